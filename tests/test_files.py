"""Shared file helpers: atomic writes that never lose a file, paths as messages show them,
UTF-8 reading that says where the bytes go wrong."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dxgap import files
from dxgap.errors import InputError, OutputError
from dxgap.text import Msg


def test_write_atomic_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    out = tmp_path / "gaps.csv"
    out.write_text("old\n")
    files.write_bytes(out, b"new\n")
    assert out.read_bytes() == b"new\n"
    assert list(tmp_path.iterdir()) == [out]


@pytest.fixture
def failing_write(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Make the next file write put half its bytes down, then fail with the exception the test
    appends."""
    failures: list[BaseException] = []
    real = Path.write_bytes

    def half_then_fail(self: Path, data: bytes) -> int:
        real(self, data[: len(data) // 2])
        raise failures[0]

    monkeypatch.setattr(Path, "write_bytes", half_then_fail)
    return failures


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")])
def test_a_failure_mid_write_leaves_the_existing_file_untouched(
    tmp_path: Path, failure: BaseException, failing_write: list[BaseException]
) -> None:
    out = tmp_path / "gaps.parquet"
    out.write_text("precious")
    failing_write.append(failure)
    with pytest.raises((KeyboardInterrupt, OutputError)):
        files.write_bytes(out, b"a whole new file")
    assert out.read_text() == "precious"
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_a_full_disk_is_told_in_the_users_language(
    tmp_path: Path, failing_write: list[BaseException]
) -> None:
    failing_write.append(OSError(28, "No space left on device"))
    with pytest.raises(OutputError) as info:
        files.write_bytes(tmp_path / "x.csv", b"data")
    assert info.value.lines("en") == [
        f"{tmp_path / 'x.csv'}: cannot write: no space left on the device"
    ]
    assert info.value.lines("vi") == [
        f"{tmp_path / 'x.csv'}: không ghi được: thiết bị đã hết dung lượng"
    ]


def test_a_new_file_gets_the_umask_permissions_and_a_replaced_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    old = os.umask(0o027)
    try:
        files.write_bytes(tmp_path / "new.csv", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640
    kept = tmp_path / "kept.csv"
    kept.write_bytes(b"x")
    kept.chmod(0o600)
    files.write_bytes(kept, b"y")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_missing_folder_and_folder_as_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as info:
        files.write_bytes(tmp_path / "nope" / "x.csv", b"x")
    assert "does not exist" in str(info.value)
    with pytest.raises(OutputError) as info:
        files.write_bytes(tmp_path, b"x")
    assert "is a folder" in str(info.value)


def test_a_device_is_written_to_never_replaced() -> None:
    null = Path("/dev/null")
    files.write_bytes(null, b"nothing")
    assert stat.S_ISCHR(null.stat().st_mode)


def test_a_full_device_is_an_output_error() -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full on this system")
    with pytest.raises(OutputError) as info:
        files.write_bytes(full, b"x" * 10_000)
    assert "no space left on the device" in str(info.value)
    assert stat.S_ISCHR(full.stat().st_mode)


def test_a_pipe_is_written_to_in_place(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    files.write_bytes(fifo, b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_link_keeps_pointing_at_its_file(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "gaps.csv"
    target.write_text("old")
    link = tmp_path / "gaps.csv"
    link.symlink_to(target)
    files.write_bytes(link, b"new")
    assert link.is_symlink()
    assert target.read_text() == "new"


def test_an_unwritable_folder_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # simulated: CI runs as root, whom a read-only folder does not stop (the case
    # ../shared/cases/hostile-o-rodir used chattr +i and a read-only bind mount)
    real_open = os.open

    def refuse(path: str, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".tmp"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(OutputError) as info:
        files.write_bytes(tmp_path / "x.csv", b"x")
    assert str(info.value) == f"{tmp_path / 'x.csv'}: cannot write: permission denied"


def test_display_is_relative_to_the_workspace_when_inside(tmp_path: Path) -> None:
    assert files.display(tmp_path / "data" / "x.csv", tmp_path) == "data/x.csv"
    assert files.display(Path("/elsewhere/x.csv"), tmp_path) == "/elsewhere/x.csv"


def test_decode_locates_the_first_bad_byte() -> None:
    with pytest.raises(InputError) as info:
        files.decode(b"ok\nab\xffc\n", "x.csv")
    (problem,) = info.value.problems
    assert (problem.line, problem.column, problem.code) == (2, 3, "file.not_utf8")
    assert problem.message() == "not valid UTF-8 (byte 0xff); save the file as UTF-8"


def test_decode_names_utf16_with_or_without_a_bom() -> None:
    for raw in ("a,b\n".encode("utf-16"), "a,b\n1,2\n".encode("utf-16-le")):
        with pytest.raises(InputError) as info:
            files.decode(raw, "x.csv")
        assert info.value.problems[0].code == "file.utf16"


def test_sidecars_and_data_files(tmp_path: Path) -> None:
    data = tmp_path / "bd.csv"
    data.write_text("x")
    (tmp_path / "~$bd.xlsx").write_text("lock")
    assert files.is_data_file(data)
    assert not files.is_data_file(tmp_path / "~$bd.xlsx")
    assert files.sidecar_of(data) == tmp_path / "bd.csv.yaml"
    assert files.is_sidecar(tmp_path / "bd.csv.yaml")
    assert not files.is_sidecar(tmp_path / "binh-duong.yaml")


def test_a_link_out_of_the_workspace_is_refused(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    (ws / "data").mkdir(parents=True)
    secret = tmp_path / "git-credentials"  # a FAKE secret, made for the test
    secret.write_text("https://user:FAKE-TOKEN@example.invalid\n")
    (ws / "data" / "notes.csv").symlink_to(secret)
    (ws / "data" / "inside.csv").write_text("x")
    (ws / "data" / "alias.csv").symlink_to(ws / "data" / "inside.csv")
    (ws / "linked").symlink_to(tmp_path, target_is_directory=True)
    assert files.refusal(ws / "data" / "notes.csv", ws) == Msg("file.outside_workspace")
    assert files.refusal(ws / "linked" / "git-credentials", ws) == Msg("file.outside_workspace")
    assert files.refusal(ws / "data" / "alias.csv", ws) is None  # a link that stays inside
    assert files.refusal(secret, ws) is None  # named outside by the user: their choice
    assert files.display(ws / "data" / "notes.csv", ws) == "data/notes.csv"  # the link's place


def test_a_linked_folder_under_data_is_told_not_skipped(tmp_path: Path) -> None:
    # verification of issue 14: data/linked → a folder elsewhere gave "✓ 3 files valid" and
    # check said "no data", reading nothing and saying nothing
    from dxgap.workspace import Workspace

    ws = tmp_path / "ws"
    (ws / "data" / "real").mkdir(parents=True)
    (ws / "inner").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.csv").write_text("province,indicator,year,value\n")
    (ws / "data" / "out").symlink_to(elsewhere, target_is_directory=True)
    (ws / "data" / "in").symlink_to(ws / "inner", target_is_directory=True)
    assert files.linked_folders(ws / "data") == [ws / "data" / "in", ws / "data" / "out"]
    assert files.refusal(ws / "data" / "out", ws) == Msg("file.outside_workspace")
    assert files.refusal(ws / "data" / "in", ws) == Msg("file.linked_folder")
    assert files.refusal(ws / "data" / "real", ws) is None  # a real subfolder is read
    with pytest.raises(InputError) as info:
        Workspace(ws).data_paths()
    assert [(p.path, p.code) for p in info.value.problems] == [
        ("data/in", "file.linked_folder"),
        ("data/out", "file.outside_workspace"),
    ]


def test_pipes_and_devices_are_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "x.csv"
    os.mkfifo(fifo)
    assert files.refusal(fifo, None) == Msg("file.not_regular")
    assert files.refusal(Path("/dev/zero"), None) == Msg("file.not_regular")
    with pytest.raises(InputError) as info:
        files.read_text(Path("/dev/zero"), "zero.yaml", 1_000)  # would read without end
    assert info.value.problems[0].code == "file.not_regular"
