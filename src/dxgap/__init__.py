"""dxgap: line up Vietnamese provinces' digital-transformation targets with measured data.

The library is usable without the command line (docs/architecture.md)::

    from dxgap import Workspace, api
    from dxgap.engine import Options

    ws = Workspace("path/to/workspace")
    result = api.check(ws, "Bình Phước", Options(as_of=2024))
    print([(r.target_id, r.status) for r in result.rows])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dxgap.errors import DxgapError, InputError, NotFoundError, OutputError, Problem, UsageError
from dxgap.text import Msg
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
    "Msg",
    "NotFoundError",
    "OutputError",
    "Problem",
    "UsageError",
    "Workspace",
    "__version__",
]
