"""Files as both sides of dxgap meet them: which files are which, reading text safely, showing
paths, and writing outputs so that nothing is ever half-written.

The target-file reader (`dxgap.targets`), the data-file reader (`dxgap.data`), the cache and the
exporters all go through these few functions.
"""

from __future__ import annotations

import errno
import os
import secrets
import signal
import stat
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from dxgap.errors import InputError, OutputError
from dxgap.text import Msg

DATA_SUFFIXES = (".csv", ".xlsx", ".parquet")
"""Measured-data files."""

YAML_SUFFIXES = (".yaml", ".yml")
"""Target files, the indicator catalogue and data files' sidecars."""

SOURCE_SUFFIX = ".source.yaml"
"""`data/<name>.source.yaml`: a database and the query whose result is read as a data file
(`dxgap.data.database`)."""


def is_source(path: Path) -> bool:
    """`data/warehouse.source.yaml`: a database source, by its name."""
    return path.name.lower().endswith(SOURCE_SUFFIX) and not path.is_dir()


def is_data_file(path: Path) -> bool:
    """A CSV, xlsx or Parquet file or a database source (`is_source`) by its name (not
    Excel's `~$` lock file, not a folder); whether it may be read is `refusal`'s question."""
    return (
        path.suffix.lower() in DATA_SUFFIXES
        and not path.name.startswith("~$")
        and not path.is_dir()
    ) or is_source(path)


def sidecar_of(path: Path) -> Path:
    """`data/x.csv` → `data/x.csv.yaml`: the file holding the reading options of a data file."""
    return path.with_name(path.name + ".yaml")


def is_sidecar(path: Path) -> bool:
    """`x.csv.yaml`: the reading options of data file `x.csv`."""
    return path.suffix in YAML_SUFFIXES and Path(path.stem).suffix.lower() in DATA_SUFFIXES


def refusal(path: Path, root: Path | None) -> Msg | None:
    """Why a file must not be read, or None: it lies in the workspace `root` (by its name) but
    leads outside it (a link, or a linked folder: a pull request must not make CI print files of
    the machine), or it is not a regular file (a pipe would hang the reader, /dev/zero would
    fill the memory)."""
    if root is not None:
        inside = path.absolute().is_relative_to(root.absolute())
        if inside and not path.resolve().is_relative_to(root.resolve()):
            return Msg("file.outside_workspace")
    if path.is_symlink() and path.is_dir():
        return Msg("file.linked_folder")
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # reading it will say what is wrong
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else Msg("file.not_regular")


def linked_folders(folder: Path) -> list[Path]:
    """The links to folders under `folder`, sorted: dxgap does not follow them (a link leading
    out of the workspace must not be read, and a folder read twice would hold every row
    twice), and `refusal` says why each is not read rather than skipping its files unseen."""
    return sorted(p for p in folder.rglob("*") if p.is_symlink() and p.is_dir())


def display(path: Path, root: Path | None) -> str:
    """A path as messages show it: relative to `root` (the workspace) when inside it — by its
    name first, so that a link is shown where it is, not where it leads — else as given."""
    if root is not None:
        named = Path(os.path.normpath(path.absolute()))
        for inside, folder in ((named, root.absolute()), (path.resolve(), root.resolve())):
            if inside.is_relative_to(folder):
                return str(inside.relative_to(folder))
    return str(path)


# --- reading -----------------------------------------------------------------------------------


def looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: text whose every other byte is NUL."""
    head = raw[:512]
    if len(head) < 4 or b"\x00" not in head:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd)


def decode(raw: bytes, shown: Path | str) -> str:
    """UTF-8 text (a byte-order mark is fine), or an `InputError` saying precisely why the
    bytes are not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_utf16(raw):
        raise InputError.single(shown, Msg("file.utf16"), 1, 1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        col = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise InputError.single(
            shown, Msg("file.not_utf8", byte=f"0x{raw[e.start]:02x}"), line, col
        ) from None


@contextmanager
def reading(shown: str) -> Iterator[None]:
    """Turn the operating system's refusals while reading a file (missing, a folder, no
    permission, …) into an `InputError` located at the file `shown`."""
    try:
        yield
    except IsADirectoryError:
        raise InputError.single(shown, Msg("file.is_folder")) from None
    except FileNotFoundError:
        raise InputError.single(shown, Msg("file.not_found")) from None
    except OSError as e:
        raise InputError.single(shown, Msg("file.cannot_read", reason=os_reason(e))) from e


def read_text(path: Path, shown: str, max_bytes: int | None = None) -> str:
    """A whole file as UTF-8 text, refusing files over `max_bytes` and other encodings with the
    bad byte's place."""
    with reading(shown):
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            raise InputError.single(shown, Msg("file.not_regular"))
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError.single(shown, Msg("file.too_big", size=size, limit=max_bytes), 1, 1)
        raw = path.read_bytes()
    return decode(raw, shown)


_OS_REASONS = {
    errno.ENOSPC: "os.no_space",
    errno.EDQUOT: "os.quota",
    errno.EACCES: "os.permission",
    errno.EPERM: "os.not_permitted",
    errno.EROFS: "os.read_only",
    errno.ENOENT: "os.not_found",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EFBIG: "os.too_large",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EIO: "os.io",
}


def os_reason(error: OSError) -> Msg:
    """Why the operating system refused, in words of the catalogue (its own text otherwise)."""
    code = _OS_REASONS.get(error.errno or 0)
    if code is not None:
        return Msg(code)
    return Msg("os.other", text=error.strerror or str(error))


# --- writing -----------------------------------------------------------------------------------


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that nothing is ever half-written or lost.

    A regular file is written to a temporary file beside it and renamed over it when complete:
    readers never see half a file, and an error, a full disk or Ctrl-C leaves an existing file
    byte-identical (the temporary file is removed). A symbolic link keeps pointing where it
    did: its target is replaced the same way. A device, a pipe or a socket (`/dev/null`,
    `/dev/stdout` in a pipeline) is written to directly, never replaced. A new file gets the
    permissions the user's umask gives; a replaced file keeps the old one's. Raises
    `OutputError` when the folder is missing, the path is a folder, or the file cannot be
    written.
    """
    try:
        kind = path.stat().st_mode  # follows links: what the bytes would land in
    except FileNotFoundError:
        kind = None
    except OSError as e:
        raise _cannot_write(path, e) from e
    if kind is not None and stat.S_ISDIR(kind):
        raise OutputError(Msg("output.is_folder", path=str(path)))
    if kind is not None and not stat.S_ISREG(kind):
        _write_through(path, data)
    else:
        _replace(path.resolve() if path.is_symlink() else path, data, shown=path)


def write_tree(root: Path, files: Mapping[Path, str]) -> list[Path]:
    """Write each text of `files` (relative path → UTF-8 text) under the folder `root`, making
    subfolders as needed, each file atomically (`write_bytes`); the paths written, in order.
    `OutputError` naming the first folder or file that cannot be made."""
    paths = []
    for relative, text in files.items():
        path = root / relative
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise _cannot_write(path.parent, e) from e
        write_bytes(path, text.encode("utf-8"))
        paths.append(path)
    return paths


def _cannot_write(path: Path, error: OSError) -> OutputError:
    return OutputError(Msg("output.cannot_write", path=str(path), reason=os_reason(error)))


def _write_through(path: Path, data: bytes) -> None:
    """Write to a device or pipe as it is (renaming over it would replace the device)."""
    try:
        with path.open("wb") as fh:
            fh.write(data)
    except OSError as e:
        raise _cannot_write(path, e) from e


def _replace(path: Path, data: bytes, shown: Path) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`.

    Ctrl-C is held back from making the temporary file to renaming it (`_interrupts_held`):
    one that comes before the rename removes the temporary file and leaves `path` as it was;
    one that comes during the rename is acted upon once the new file is whole in place. Held
    back, it cannot strike between making the temporary file and knowing its name, nor while
    it is being removed, which would leave it behind."""
    if not path.parent.is_dir():
        raise OutputError(Msg("output.no_folder", path=str(shown), folder=str(path.parent)))
    with _interrupts_held() as interrupted:
        try:
            tmp = _temporary(path)
        except OSError as e:
            raise _cannot_write(shown, e) from e
        try:
            tmp.write_bytes(data)
            if path.exists():
                tmp.chmod(stat.S_IMODE(path.stat().st_mode))
            if interrupted():
                raise KeyboardInterrupt
            tmp.replace(path)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise _cannot_write(shown, e) from e
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


@contextmanager
def _interrupts_held() -> Iterator[Callable[[], bool]]:
    """Note Ctrl-C (SIGINT) rather than act on it inside the block, which may ask whether one
    came; on leaving the block normally, act on the first one noted as the handler in place
    before would have (Python's own raises `KeyboardInterrupt`). Only the main thread may set
    a handler: elsewhere, and where Ctrl-C is ignored or left to the system, nothing changes."""
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(previous):
        yield lambda: False
        return
    noted: list[tuple[int, FrameType | None]] = []
    signal.signal(signal.SIGINT, lambda signum, frame: noted.append((signum, frame)))
    try:
        yield lambda: bool(noted)
    finally:
        signal.signal(signal.SIGINT, previous)
    if noted:
        previous(*noted[0])


def _temporary(path: Path) -> Path:
    """A new empty file of this process's own beside `path` (two writers never share one),
    created with mode 0o666 so that the user's umask decides a new file's permissions."""
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
