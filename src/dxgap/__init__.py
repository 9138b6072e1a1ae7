"""dxgap: line up Vietnamese provinces' digital-transformation targets with measured data.

The library is usable without the CLI::

    from dxgap import Workspace, engine, frames
    ws = Workspace(Path("."))
    gaps = engine.gaps(frames.targets_frame(ws.targets(), ["binh-duong"]), ws.measurements())
"""

from __future__ import annotations

from dxgap.errors import DxgapError, InputError, NotFoundError, OutputError, Problem, UsageError
from dxgap.workspace import Workspace

__version__ = "0.1.0"

__all__ = [
    "DxgapError",
    "InputError",
    "NotFoundError",
    "OutputError",
    "Problem",
    "UsageError",
    "Workspace",
    "__version__",
]
