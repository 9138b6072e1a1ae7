"""The record scanner against Polars: it finds the rows Polars reads where they are written,
and a reason for every file Polars refuses; block boundaries change nothing."""

from __future__ import annotations

import csv
import io
import os
import re

import polars as pl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dxgap.data import records
from dxgap.text import Msg

BOUNDED = settings(
    max_examples=int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

CELL = st.lists(
    st.sampled_from(["a", "é", " ", ",", '"', "\n", "\r\n", "\t", "Bình"]), max_size=6
).map("".join)
RAW = st.lists(
    st.sampled_from([",", '"', "\n", "\r\n", "a", "b", " ", "é", ";", '""', '"x"', "\t"]),
    max_size=16,
).map("".join)


def polars_rows(data: bytes, separator: str = ",") -> list[tuple[str | None, ...]] | None:
    """The rows Polars reads, or None when it refuses the file."""
    try:
        return pl.read_csv(
            io.BytesIO(data),
            separator=separator,
            infer_schema=False,
            truncate_ragged_lines=False,
            raise_if_empty=False,
        ).rows()
    except pl.exceptions.PolarsError:
        return None


def written(rows: list[list[str]], blank: list[bool], separator: str) -> tuple[bytes, list[int]]:
    """A CSV file of `rows` as the csv module writes them (blank lines where `blank` says),
    and the line where each data row starts."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    writer.writerow(["a", "b", "c"])
    starts = []
    for row, gap in zip(rows, blank, strict=True):
        if gap:  # a blank line is a row of missing cells
            starts.append(out.getvalue().count("\n") + 1)
            out.write("\n")
        starts.append(out.getvalue().count("\n") + 1)
        writer.writerow(row)
    return out.getvalue().encode(), starts


@BOUNDED
@given(
    rows=st.lists(st.lists(CELL, min_size=1, max_size=3), max_size=6),
    blank=st.lists(st.booleans(), min_size=6, max_size=6),
    separator=st.sampled_from([",", "\t"]),
)
def test_rows_are_found_where_they_are_written(
    rows: list[list[str]], blank: list[bool], separator: str
) -> None:
    data, starts = written(rows, blank[: len(rows)], separator)
    read = polars_rows(data, separator)
    assert read is not None
    assert len(read) == len(starts)
    found = records.records_at(io.BytesIO(data), separator, range(1, len(starts) + 1))
    assert [found[r + 1].line for r in range(len(starts))] == starts
    for r, row in enumerate(read):
        cells = [v.decode() for _, v in records.fields(found[r + 1].text, separator)]
        assert [c or None for c in cells] == [c or None for c in row[: len(cells)]]


@BOUNDED
@given(body=RAW)
@example(body='1,x"')
@example(body='1,"x" ,2')
@example(body='1,"open')
@example(body="1,2,3,4")
def test_every_file_polars_refuses_has_a_located_reason(body: str) -> None:
    """And a file Polars reads has no ragged row (a quote it reads leniently may be called
    malformed: that is only ever said of a file Polars refused for another reason)."""
    data = f"a,b,c\n{body}\n".encode()
    fault = records.first_fault(io.BytesIO(data), ",", 3)
    if polars_rows(data) is None:
        assert fault is not None
        assert 2 <= fault.line <= data.count(b"\n")
    else:
        assert fault is None or fault.msg.code in ("csv.malformed", *AFTER_QUOTE)
        # what Polars reads leniently, text after a closing quote, the vectorised scan finds
        # where the walk does
        after = records.text_after_quote(io.BytesIO(data), ",")
        if fault is not None and fault.msg.code in AFTER_QUOTE:
            assert after == fault
        if after is not None:
            assert fault is not None
            assert (fault.line, fault.column) <= (after.line, after.column)


AFTER_QUOTE = ("csv.text_after_quote", "csv.text_after_quote_opened")


@BOUNDED
@given(body=RAW, wanted=st.sets(st.integers(0, 12), max_size=4))
def test_block_boundaries_change_nothing(body: str, wanted: set[int]) -> None:
    data = f"a,b,c\n{body}\n{body}".encode()
    whole = (
        records.records_at(io.BytesIO(data), ",", wanted),
        records.first_fault(io.BytesIO(data), ",", 3),
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(records, "BLOCK", 3)
        small = (
            records.records_at(io.BytesIO(data), ",", wanted),
            records.first_fault(io.BytesIO(data), ",", 3),
        )
    assert small == whole


def test_a_cell_is_located_by_line_and_character() -> None:
    data = 'a,b,c\n"Bình\nDương",x,y\r\n'.encode()
    (record,) = records.records_at(io.BytesIO(data), ",", [1]).values()
    assert record == records.Record(2, '"Bình\nDương",x,y'.encode())
    assert [records.position(record, k, ",") for k in range(4)] == [
        (2, 1),
        (3, 8),
        (3, 10),
        (3, 11),  # a field the row does not have: after its end
    ]


@pytest.mark.parametrize(
    ("body", "line", "msg"),
    [
        ("1,2,3\n4,5,6,7\n", 3, Msg("csv.ragged_row", fields=4, width=3)),
        ('1,"a\nb",3\n4,5,6,7\n', 4, Msg("csv.ragged_row", fields=4, width=3)),
        ('1,2"x,3\n4,5,6\n', 2, Msg("csv.malformed", reason=Msg("csv.quote_in_field"))),
    ],
)
def test_faults_are_found_at_the_start_of_their_record(body: str, line: int, msg: Msg) -> None:
    fault = records.first_fault(io.BytesIO(f"a,b,c\n{body}".encode()), ",", 3)
    assert fault == records.Fault(line, msg)


@pytest.mark.parametrize(
    ("body", "fault"),
    [
        ('1,2,"3\n', (2, 5, Msg("csv.quote_never_closed", line=2, column=5))),
        ('1,2,3\n4,"5\n6,7\n', (3, 3, Msg("csv.quote_never_closed", line=3, column=3))),
        ('1,"2"x,3\n', (2, 5, Msg("csv.text_after_quote", cell='"2"x,3'))),
        (
            '"Báo cáo "số 12" ngày 5",2,3\n',
            (2, 10, Msg("csv.text_after_quote", cell='"Báo cáo "số 12" ngày 5"')),
        ),
        (
            '1,2,"a\nb" c\n',
            (3, 2, Msg("csv.text_after_quote_opened", cell='b" c', line=2, column=5)),
        ),
    ],
    ids=[
        "never-closed",
        "never-closed-later",
        "after-quote",
        "after-quote-inside",
        "opened-before",
    ],
)
def test_quote_faults_are_found_where_the_quote_is(body: str, fault: tuple[int, int, Msg]) -> None:
    line, column, msg = fault
    found = records.first_fault(io.BytesIO(f"a,b,c\n{body}".encode()), ",", 3)
    assert found == records.Fault(line, msg, column)


@pytest.mark.parametrize(
    ("body", "fault"),
    [
        ('"Báo cáo "số 12" ngày 5",2,3\n', (2, 10)),  # Polars reads it: Báo cáo số 12 ngày 5
        ('1,2,"a\nb"\n"x" "y",2,3\n', (4, 3)),
        ('1,2,"a""b"\n"c\nd""e\nf"g"\n', (5, 2)),  # starts inside a cell opened 2 lines before
        ('1;2;"a" ;x\n', None),  # another separator: the quote is in one field "1;2;…"
    ],
)
def test_text_after_a_closing_quote_is_found_in_any_line(
    body: str, fault: tuple[int, int] | None
) -> None:
    found = records.text_after_quote(io.BytesIO(f"a,b,c\n{body}".encode()), ",")
    assert (None if found is None else (found.line, found.column)) == fault


@pytest.mark.parametrize(
    "body",
    [
        '1,"a,b",3\n',
        '1,"say ""hi""",3\r\n',
        '1,"",3\n',
        '1,"a\nb\n""c""",3\n',
        '1,a"b"c,3\n',  # quotes inside an unquoted field are text
        '"1","2","3"\n"4","5","6"\n',
        '1,2,"a\n"\n',
        "1,2,3\n" * 50,
    ],
)
def test_well_quoted_files_have_no_text_after_a_quote(body: str) -> None:
    for separator in (",", ";", "\t", "|"):
        text = f"a,b,c\n{body}".replace(",", separator)
        assert records.text_after_quote(io.BytesIO(text.encode()), separator) is None


def test_text_after_a_quote_is_found_across_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quoted cell that opens in one block and is closed in the next, followed by text."""
    monkeypatch.setattr(records, "BLOCK", 64)
    data = b"a,b,c\n" + b"".join(b"%d,x,y\n" % i for i in range(20)) + b'1,2,"q\n'
    data += b"".join(b"r%d\n" % i for i in range(20)) + b'r" s,t\n'
    found = records.text_after_quote(io.BytesIO(data), ",")
    assert found is not None
    assert (found.line, found.column, found.msg.code) == (43, 2, "csv.text_after_quote")


def test_a_large_file_is_scanned_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain lines are skipped a block at a time, and a block never splits a line."""
    monkeypatch.setattr(records, "BLOCK", 64)
    data = b"a,b,c\n" + b"".join(b"%d,x,y\n" % i for i in range(1000)) + b'1,"q\nr",z\n'
    sizes = [len(b) for b in records.blocks(io.BytesIO(data))]
    assert sum(sizes) == len(data)
    assert all(b.endswith(b"\n") for b in records.blocks(io.BytesIO(data)))
    found = records.records_at(io.BytesIO(data), ",", [500, 1001])
    assert (found[500].line, found[500].text) == (501, b"499,x,y")
    assert found[1001].line == 1002
    assert records.first_fault(io.BytesIO(data + b"1,2,3,4\n"), ",", 3) == records.Fault(
        1004, Msg("csv.ragged_row", fields=4, width=3)
    )


WITH_CR = st.lists(
    st.sampled_from([",", '"', "\n", "\r\n", "\r", "a", "é", '""', "\t"]), max_size=16
).map("".join)


@BOUNDED
@given(body=WITH_CR)
@example(body="1,2\r3,4")
@example(body='1,"a\rb",3')
def test_a_bare_carriage_return_is_found_whatever_the_blocks(body: str) -> None:
    """(hostile-d-csv-messages) A CR before anything but a line feed ends no line: Polars reads
    it into a cell, or joins two lines into a row too wide. The fault search names the first
    one, at its line and column, before any fault after it, wherever blocks end."""
    data = f"a,b,c\n{body}\n{body}".encode()
    fault = records.first_fault(io.BytesIO(data), ",", 3)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(records, "BLOCK", 3)
        assert records.first_fault(io.BytesIO(data), ",", 3) == fault
    bare = re.search(rb"\r(?!\n)", data)
    if fault is not None and fault.msg.code == "data.bare_cr":
        assert bare is not None
        start = data.rfind(b"\n", 0, bare.start()) + 1
        assert fault.line == data.count(b"\n", 0, bare.start()) + 1
        assert fault.column == len(data[start : bare.start()].decode()) + 1
    elif polars_rows(data) is None and bare is not None:
        assert fault is not None
        assert fault.line < data.count(b"\n", 0, bare.start()) + 1


def test_a_bare_carriage_return_joining_two_rows_is_named() -> None:
    data = b"a,b,c\n1,2,3\n4,5,6\r7,8,9\n"
    assert records.first_fault(io.BytesIO(data), ",", 3) == records.Fault(3, Msg("data.bare_cr"), 6)
