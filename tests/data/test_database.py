"""A database as a data source (`data/NAME.source.yaml`): its query's rows go through exactly the
checks of a file, problems are located by row number and key, and everything that stops the
rows being read is one located problem with a code — never a traceback, never the password.

SQLite databases are made by the tests; the PostgreSQL test runs when DXGAP_TEST_POSTGRES_URI
names a server where it may create tables (`.ci/run` starts one).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import polars as pl
import pytest
from tests.conftest import REPO, run_cli
from tests.data.helpers import check, codes, problems, problems_of, totals, write

from dxgap.data.database import _scrubbed, redacted

HEADER = ("province", "indicator", "year", "value", "date", "source")


def sqlite_db(path: Path, rows: list[tuple[object, ...]], header: tuple[str, ...] = HEADER) -> str:
    """A SQLite file holding `rows` in table `m`; its URI."""
    con = sqlite3.connect(path)
    con.execute(f"CREATE TABLE m ({', '.join(header)})")  # SQLite: columns of any type
    con.executemany(f"INSERT INTO m VALUES ({', '.join('?' * len(header))})", rows)
    con.commit()
    con.close()
    return f"sqlite:///{path}"  # the path is absolute: sqlite:////tmp/…


def source(folder: Path, query: str = "SELECT * FROM m", **keys: str) -> Path:
    """`warehouse.source.yaml` reading the URI from DXGAP_DB_URI (unless `keys` say otherwise)."""
    lines = [f"{k}: {v}" for k, v in (keys or {"uri_env": "DXGAP_DB_URI"}).items()]
    return write(folder, "\n".join([*lines, f"query: {query}", ""]), "warehouse.source.yaml")


ROWS: list[tuple[object, ...]] = [
    ("binh-duong", "rate", 2023, 70.5, "2023-12-01", "report A"),
    ("binh-duong", "rate", 2024, 76, None, "report B"),
    ("bac-lieu", "count", 2024, 1200, None, None),
]


def test_rows_of_a_database_are_the_rows_of_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", ROWS))
    db = totals(source(tmp_path))
    csv = totals(
        write(
            tmp_path,
            "province,indicator,year,value,date,source\n"
            "binh-duong,rate,2023,70.5,2023-12-01,report A\n"
            "binh-duong,rate,2024,76,,report B\n"
            "bac-lieu,count,2024,1200,,\n",
        )
    )
    assert db.equals(csv)
    assert db.select("province", "indicator", "year", "value").rows() == [
        ("bac-lieu", "count", 2024, 1200.0),
        ("binh-duong", "rate", 2023, 70.5),
        ("binh-duong", "rate", 2024, 76.0),
    ]


def test_a_bad_cell_is_located_by_row_number_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [*ROWS, ("binh-duong", "rate", 2022, "abc", None, None)]
    rows += [("binh-duong", "rate", 2021, 180, None, None)]
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", rows))
    path = source(tmp_path)
    assert problems(path) == [
        "warehouse.source.yaml: row 4 (province=binh-duong, indicator=rate, year=2022): "
        "value: 'abc' is not a number",
        "warehouse.source.yaml: row 5 (province=binh-duong, indicator=rate, year=2021): "
        "value: 180 is above 100, the maximum for unit 'percent'",
    ]
    found = problems_of(path)[0]
    assert (found.line, found.record) == (4, "province=binh-duong, indicator=rate, year=2022")
    assert found.format("vi").startswith(
        "warehouse.source.yaml: hàng 4 (province=binh-duong, indicator=rate, year=2022): value: "
    )


def test_a_repeated_row_names_the_earlier_row_of_the_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", [*ROWS, ROWS[1]]))
    (found,) = problems_of(source(tmp_path))
    assert found.code == "data.duplicate_undated"
    assert found.record == "province=binh-duong, indicator=rate, year=2024"
    assert found.line == 4
    assert found.message("en").startswith(
        "duplicate row: same province, indicator and year (both undated) as row 2; "
    )


def test_a_row_repeating_a_file_row_names_the_file_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", ROWS))
    csv = write(tmp_path, "province,indicator,year,value\nbac-lieu,count,2024,1200\n")
    (found,) = problems_of(csv, source(tmp_path))
    assert (found.path, found.line) == ("warehouse.source.yaml", 3)
    assert found.record == "province=bac-lieu, indicator=count, year=2024"
    assert "as line 2 of d.csv;" in found.message("en")


def test_a_column_of_bytes_is_refused_at_the_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [("binh-duong", "rate", 2024, b"\x01\x02", None, None)]
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", rows))
    (found,) = problems_of(source(tmp_path))
    assert (found.code, found.line, found.column, found.location) == (
        "parquet.column_type",
        2,
        8,
        "value",
    )


def test_a_source_file_that_is_no_yaml_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "uri_env: [DXGAP_DB_URI\n", "warehouse.source.yaml")
    assert codes(problems_of(path)) == ["yaml.syntax"]


def test_a_missing_or_empty_variable_is_told_at_uri_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DXGAP_DB_URI", raising=False)
    path = source(tmp_path)
    assert problems(path) == [
        "warehouse.source.yaml:1:10: uri_env: the environment variable DXGAP_DB_URI is not "
        "set; set it to the database's URI (postgresql://user:password@host:5432/database, "
        "or sqlite:////path/to/file.db)"
    ]
    monkeypatch.setenv("DXGAP_DB_URI", "  ")
    assert codes(problems_of(path)) == ["source.env_empty"]


def test_a_password_written_in_the_file_is_refused_and_never_shown(tmp_path: Path) -> None:
    path = source(tmp_path, uri="postgresql://reader:s3cr3t-pw@db.example:5432/warehouse")
    (found,) = problems_of(path)
    assert (found.code, found.line, found.column, found.location) == (
        "source.password_in_file",
        1,
        6,
        "uri",
    )
    for lang in ("en", "vi"):
        assert "s3cr3t-pw" not in found.format(lang)
        assert "postgresql://reader:***@db.example:5432/warehouse" in found.format(lang)
    as_parameter = source(tmp_path, uri="postgresql://db.example/w?user=r&password=s3cr3t-pw")
    assert codes(problems_of(as_parameter)) == ["source.password_in_file"]


def test_a_uri_without_credentials_may_be_written_in_the_file(tmp_path: Path) -> None:
    uri = sqlite_db(tmp_path / "w.db", ROWS)
    assert totals(source(tmp_path, uri=uri)).height == 3


def test_one_of_uri_env_and_uri(tmp_path: Path) -> None:
    both = source(tmp_path, uri_env="DXGAP_DB_URI", uri="sqlite:////x.db")
    assert codes(problems_of(both)) == ["source.uri_and_env"]
    neither = write(tmp_path, "query: SELECT 1\n", "n.source.yaml")
    assert codes(problems_of(neither)) == ["source.no_uri"]
    unknown = write(tmp_path, "uri_env: X\nquery: SELECT 1\nsql: x\n", "u.source.yaml")
    assert codes(problems_of(unknown)) == ["schema.unknown_key"]


def test_a_query_the_database_refuses_is_told_at_the_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", ROWS))
    (found,) = problems_of(source(tmp_path, "SELECT * FROM measurements"))
    assert (found.code, found.line, found.location) == ("source.query_failed", 2, "query")
    assert "no such table: measurements" in found.message("en")


def test_columns_of_the_result_are_checked_as_a_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", ROWS))
    path = source(tmp_path, "SELECT province, indicator, year, value AS valeu FROM m")
    found = problems_of(path)
    assert codes(found) == ["data.unknown_column", "data.missing_column"]
    assert {(p.line, p.column) for p in found} == {(2, 8)}  # at the query


def test_a_sqlite_file_that_does_not_exist_is_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nothere.db"
    monkeypatch.setenv("DXGAP_DB_URI", f"sqlite:///{missing}")
    assert codes(problems_of(source(tmp_path))) == ["source.sqlite_missing"]
    assert not missing.exists()


def test_a_server_that_cannot_be_reached_never_shows_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXGAP_DB_URI", "postgresql://reader:s3cr3t-pw@127.0.0.1:1/warehouse")
    (found,) = problems_of(source(tmp_path))
    assert (found.code, found.location) == ("source.connect_failed", "uri_env")
    assert "s3cr3t-pw" not in found.format("en") + found.format("vi")
    assert "postgresql://reader:***@127.0.0.1:1/warehouse" in found.message("en")


def test_a_database_without_a_driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DXGAP_DB_URI", "nosuchdb://host/db")
    (found,) = problems_of(source(tmp_path))
    assert found.code == "source.no_driver"
    assert "pip install 'dxgap[db]'" in found.message("en")


def test_a_password_the_driver_echoes_is_taken_out() -> None:
    uri = "postgresql://u:p%40ss@h/d"
    said = f"cannot log in to {uri} with p@ss or p%40ss"
    assert _scrubbed(said, uri) == "cannot log in to postgresql://u:***@h/d with *** or ***"


def test_redacted_hides_the_password_only() -> None:
    assert redacted("postgresql://u:p%40ss@h:5432/d") == "postgresql://u:***@h:5432/d"
    assert redacted("sqlite:////srv/w.db") == "sqlite:////srv/w.db"


def test_text_columns_follow_the_declared_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [("binh-duong", "rate", "2024", "86,3", None, None)]
    monkeypatch.setenv("DXGAP_DB_URI", sqlite_db(tmp_path / "w.db", rows))
    path = source(tmp_path, uri_env="DXGAP_DB_URI", decimal="comma")
    assert check(path).totals["value"].to_list() == [86.3]


# --- the command line on a workspace -----------------------------------------------------------


def workspace_from(tmp_path: Path, uri_env: str = "DXGAP_DB_URI") -> Path:
    """The bundled targets with a data/ folder holding only a source reading `dx_data`."""
    ws = tmp_path / "ws"
    shutil.copytree(REPO / "targets", ws / "targets")
    (ws / "data").mkdir()
    write(ws / "data", f"uri_env: {uri_env}\nquery: SELECT * FROM dx_data\n", "w.source.yaml")
    return ws


def bundled_frame() -> pl.DataFrame:
    """Every bundled CSV data file's rows as text, in one table (the columns of them all)."""
    frames = [pl.read_csv(p, infer_schema=False) for p in sorted((REPO / "data").glob("*.csv"))]
    return pl.concat(frames, how="diagonal")


def same_check_json(uri: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`dxgap check binh-duong --format json` gives the same JSON from the database as from the
    bundled CSV files."""
    bundled_frame().write_database("dx_data", uri, engine="adbc", if_table_exists="replace")
    monkeypatch.setenv("DXGAP_DB_URI", uri)
    ws = workspace_from(tmp_path)
    args = ("check", "binh-duong", "--format", "json", "--as-of", "2025")
    code, from_csv, err = run_cli(*args, "-w", REPO)
    assert code == 0, err
    code, from_db, err = run_cli(*args, "-w", ws)
    assert code == 0, err
    assert json.loads(from_db) == json.loads(from_csv)
    assert len(json.loads(from_db)) > 10


def test_check_from_sqlite_is_check_from_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    same_check_json(f"sqlite:///{tmp_path / 'w.db'}", tmp_path, monkeypatch)


@pytest.mark.skipif(
    not os.environ.get("DXGAP_TEST_POSTGRES_URI"),
    reason="no PostgreSQL server: set DXGAP_TEST_POSTGRES_URI (.ci/run starts one)",
)
def test_check_from_postgresql_is_check_from_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    same_check_json(os.environ["DXGAP_TEST_POSTGRES_URI"], tmp_path, monkeypatch)


@pytest.mark.skipif(
    not os.environ.get("DXGAP_TEST_POSTGRES_URI"),
    reason="no PostgreSQL server: set DXGAP_TEST_POSTGRES_URI (.ci/run starts one)",
)
def test_typed_postgresql_columns_are_read_as_stored(tmp_path: Path) -> None:
    """A warehouse's own types: integer years, `numeric` values (passed on as their decimal
    text, 86.30 exactly), `date` days, smallint ranks out of N, NULL for nothing."""
    import adbc_driver_postgresql.dbapi as pg

    uri = os.environ["DXGAP_TEST_POSTGRES_URI"]
    with pg.connect(uri) as con, con.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS dx_typed")
        cur.execute(
            "CREATE TABLE dx_typed (province text, indicator text, year integer, "
            "value numeric(8, 2), date date, out_of smallint, source text)"
        )
        cur.execute(
            "INSERT INTO dx_typed VALUES "
            "('binh-duong', 'rate', 2024, 86.30, '2024-01-23', NULL, 'report'), "
            "('binh-duong', 'rank', 2022, 19, NULL, 63, NULL), "
            "('bac-lieu', 'count', 2023, 1586, NULL, NULL, NULL)"
        )
        con.commit()
    path = source(tmp_path, "SELECT * FROM dx_typed", uri=uri)
    found = totals(path).select("province", "indicator", "year", "value", "date", "out_of")
    assert found.rows() == [
        ("bac-lieu", "count", 2023, 1586.0, None, None),
        ("binh-duong", "rank", 2022, 19.0, None, 63),
        ("binh-duong", "rate", 2024, 86.3, "2024-01-23", None),
    ]


def test_the_check_cache_never_remembers_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DXGAP_NO_CACHE")  # the command line's cache, on
    db = tmp_path / "w.db"
    # a quantified target's indicator (a task's row shows no figure: methodology §15)
    uri = sqlite_db(db, [("binh-duong", "procedures_fully_digital_rate", 2024, 70, None, None)])
    monkeypatch.setenv("DXGAP_DB_URI", uri)
    ws = workspace_from(tmp_path)
    (ws / "data" / "w.source.yaml").write_text("uri_env: DXGAP_DB_URI\nquery: SELECT * FROM m\n")
    args = ("check", "binh-duong", "--format", "json", "-w", ws)

    def latest() -> object:
        code, out, err = run_cli(*args)
        assert code == 0, err
        rows = json.loads(out)
        (row,) = [r for r in rows if r["indicator"] == "procedures_fully_digital_rate"][:1]
        return row["latest_value"]

    assert latest() == 70.0
    con = sqlite3.connect(db)
    con.execute("UPDATE m SET value = 80")  # the source file itself is unchanged
    con.commit()
    con.close()
    assert latest() == 80.0


def test_validate_and_check_tell_a_missing_variable_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DXGAP_DB_URI", raising=False)
    ws = workspace_from(tmp_path)
    for args in (("validate", "-w", ws), ("check", "binh-duong", "-w", ws, "--lang", "vi")):
        code, out, err = run_cli(*args)
        assert code == 1
        assert "data/w.source.yaml:1:10: uri_env:" in out + err
