"""Shared file helpers: atomic writes that never lose a file, paths as messages show them,
UTF-8 reading that says where the bytes go wrong."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dxgap import files
from dxgap.errors import InputError, OutputError


def test_write_atomic_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    out = tmp_path / "gaps.csv"
    out.write_text("old\n")
    files.write_bytes(out, b"new\n")
    assert out.read_bytes() == b"new\n"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("failure", [KeyboardInterrupt(), OSError(28, "No space left on device")])
def test_a_failure_mid_write_leaves_the_existing_file_untouched(
    tmp_path: Path, failure: BaseException
) -> None:
    out = tmp_path / "gaps.parquet"
    out.write_bytes(b"precious")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"half a file")
        raise failure

    with pytest.raises((KeyboardInterrupt, OutputError)):
        files.write_atomic(out, half_then_fail)
    assert out.read_bytes() == b"precious"
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_a_full_disk_is_told_in_the_users_language(tmp_path: Path) -> None:
    def full(_: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError) as info:
        files.write_atomic(tmp_path / "x.csv", full)
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
