"""dxgap: line up Vietnamese provinces' digital-transformation targets with measured data.

The library is usable without the CLI::

    from dxgap import Workspace, engine, frames
    ws = Workspace(Path("."))
    gaps = engine.gaps(frames.targets_frame(ws.targets(), ["binh-duong"]), ws.measurements())
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dxgap.errors import DxgapError, InputError, NotFoundError, OutputError, Problem, UsageError
from dxgap.version import __version__

if TYPE_CHECKING:
    from dxgap.workspace import Workspace



def __getattr__(name: str) -> Any:
    """`dxgap.Workspace` on first use (PEP 562): `dxgap --help` then never builds the pydantic
    models that `dxgap.workspace` pulls in."""
    if name == "Workspace":
        from dxgap.workspace import Workspace

        return Workspace
    raise AttributeError(f"module 'dxgap' has no attribute {name!r}")


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
