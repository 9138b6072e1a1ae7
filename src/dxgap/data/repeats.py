"""Rows that contradict other rows: the same province, indicator, area, breakdown and time given
twice (in one file or across files; for a rank, out of the same number of units: a rank of 63
provinces and one of 34 merged units are two figures), two states of one task (province and
target) at the same time, and area rows of one province total of which only some carry counts.

A row's time is its date, or its year when undated; a `period` does not make rows distinct: two
figures of one year for different periods (a week's, a month's) are told apart by the dates of
their reports, and two undated ones are a duplicate.

Both are first looked for in the grouped pass's small result (`screen.grouped`); only when it
shows a possible repeat are the rows read again, and only the repeating ones located. A repeat
of area rows cannot be seen in the groups (many areas share one); their key hashes are sorted
instead: hashed in the grouped pass itself when the files are text small enough
(`KeyHashes`), else read again from the key columns, once: up to `KEY_BUDGET` rows sorted in
memory, more spilled to disk in buckets by their hashes' top bits, each bucket sorted alone
(`spilled_repeat`; at most `KEY_BUDGET` hashes in memory at once). Without a disk to spill to,
the key columns are read once per batch of provinces instead (`province_batches`; slower, the
same answer).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import polars as pl

from dxgap.data.screen import AREA_KEY
from dxgap.data.table import Where
from dxgap.errors import Problem
from dxgap.text import Msg

KEY_BUDGET = 50_000_000
"""Key hashes held at once by the repeat check (8 bytes each: 400 MB). Beyond this the hashes
are spilled to disk in buckets (`spilled_repeat`), or, without a disk, the key columns are read
once per batch of provinces (repeats can only be within one province)."""

AREA_KEY_COLUMNS = ("province", "indicator", "area", "breakdown", "date", "year", "out_of")
"""What makes an area or breakdown row one figure (hashed by `_row_key`)."""

MAX_REPEATS = 200
"""Duplicate rows reported."""

MAX_MIXED = 50
"""Area rows without counts reported."""

Lines = Callable[[Iterable[tuple[int, int]]], dict[tuple[int, int], Where]]
"""Where each (file number, data row) is, as the files' readers locate them."""


def when() -> pl.Expr:
    """The time part of a row's key: its date, or its year when undated."""
    return (
        pl.when(pl.col("date").is_null())
        .then(pl.col("year").cast(pl.String))
        .otherwise(pl.col("date"))
    )


def repeated_totals(groups: pl.DataFrame) -> bool:
    """Whether two province-total rows (or task states) share province, indicator (or target),
    date (or year when undated) and `out_of` (none is a value), in one file or across files."""
    given = groups.filter(~pl.col("_area"), ~pl.col("_breakdown"))
    if given.height == 0:
        return False
    return bool(
        given.lazy()  # lazily: three times faster than the same group-by run eagerly
        .group_by("province", "indicator", "target", "out_of", _when=when())
        .agg(pl.col("_rows").sum())
        .select((pl.col("_rows") > 1).any())
        .collect()
        .item()
    )


def mixed_groups(groups: pl.DataFrame) -> pl.DataFrame:
    """Province totals (`AREA_KEY`) whose area rows carry counts in some rows but not in
    others."""
    areas = groups.lazy().filter(pl.col("_area"), ~pl.col("_breakdown"))
    return (
        areas.group_by(AREA_KEY)
        .agg(pl.col("_counted").sum(), pl.col("_rows").sum())
        .filter((pl.col("_counted") > 0) & (pl.col("_counted") < pl.col("_rows")))
        .select(AREA_KEY)
        .collect()
    )


def province_batches(counts: pl.DataFrame) -> list[list[str]]:
    """Provinces (`province`, `_rows`) in batches of at most `KEY_BUDGET` rows, sorted by name
    (a larger province is a batch alone)."""
    batches: list[list[str]] = [[]]
    size = 0
    for province, n in counts.sort("province").iter_rows():
        if batches[-1] and size + n > KEY_BUDGET:
            batches.append([])
            size = 0
        batches[-1].append(province)
        size += n
    return batches


class KeyHashes:
    """The key hash of each area or breakdown row (`AREA_KEY_COLUMNS`), taken as the grouped
    pass streams its rows by, so that a text file is parsed once: `aggregation` is added to
    that pass's aggregations (Polars hands it each batch of rows once; it keeps the batch's
    hashes and counts them), `hashes` read once the pass is done. A column of the pass's own
    result would need a second query over the same scan, which Polars holds whole in memory
    (L CSV: 3.1 GB); a list of hashes per group, every row in memory (6.2 GB)."""

    NAME = "_hashed"

    def __init__(self) -> None:
        self._parts: list[pl.Series] = []

    def _take(self, batch: pl.Series) -> pl.Series:
        self._parts.append(batch.drop_nulls())
        return batch.is_not_null()

    def aggregation(self) -> pl.Expr:
        """The pass's aggregation `NAME`: how many of a group's rows were hashed."""
        areas = pl.col("area").is_not_null() | pl.col("breakdown").is_not_null()
        key = pl.when(areas).then(_row_key(*AREA_KEY_COLUMNS))
        taken = key.map_batches(self._take, return_dtype=pl.Boolean, is_elementwise=True)
        return taken.sum().alias(self.NAME)

    def hashes(self) -> pl.Series:
        """Every hash taken, in no particular order (8 bytes a row)."""
        hashes = pl.concat(self._parts) if self._parts else pl.Series([], dtype=pl.UInt64)
        self._parts = []
        return hashes


def area_keys_repeat(
    keys: Sequence[Callable[[], pl.LazyFrame]],
    groups: pl.DataFrame,
    hashes: pl.Series | None = None,
) -> bool:
    """Whether two area or breakdown rows may share their whole key: the same dated rows under
    two years (seen in the groups), or a repeat among their key hashes, sorted: `hashes`
    (`KeyHashes` of every file, taken in the grouped pass) when given and one for each area row
    the groups count, else read once from `keys`, each file's key columns (built when called):
    up to `KEY_BUDGET` rows sorted in memory, more spilled to disk (`spilled_repeat`), or, when
    that fails (`OSError`: no temporary directory, or no room in it), read again for each batch
    of provinces (`province_batches`). At most `KEY_BUDGET` hashes (8 bytes each) are held at
    once, save for one province larger than that in the batched fallback."""
    areas = groups.filter(pl.col("_area") | pl.col("_breakdown"))
    if not areas.height:
        return False
    dated = areas.filter(pl.col("date").is_not_null())
    by_date = ["province", "indicator", "date", "out_of", "_area", "_breakdown"]
    years = dated.lazy().group_by(by_date).agg(pl.col("year").n_unique())
    if years.filter(pl.col("year") > 1).collect().height:
        return True
    count = int(areas["_rows"].sum())
    if hashes is not None and hashes.len() == count:  # each row once
        return _sorted_repeat(hashes)
    rows = pl.concat([key() for key in keys]).filter(
        pl.col("area").is_not_null() | pl.col("breakdown").is_not_null()
    )
    if count <= KEY_BUDGET:
        return _sorted_repeat(rows.select(_area_key()).collect(engine="streaming")["_key"])
    try:
        if hasattr(pl, "PartitionBy"):  # Polars' partitioned sinks (not in older releases)
            return spilled_repeat(rows, count)
    except OSError:  # no temporary directory, or no room in it: slower, the same answer
        pass
    by_province = areas.lazy().group_by("province").agg(pl.col("_rows").sum())
    for batch in province_batches(by_province.collect()):
        part = rows.filter(pl.col("province").is_in(batch)).select(_area_key())
        if _sorted_repeat(part.collect(engine="streaming")["_key"]):
            return True
    return False


def spilled_repeat(rows: pl.LazyFrame, count: int) -> bool:
    """Whether a key hash of `rows` (`AREA_KEY_COLUMNS`, about `count` rows) may repeat, the
    rows read once: one streaming query writes each row's hash to a temporary directory
    (uncompressed IPC, 8 bytes a row: L 10×, 1.6 GB on disk, or in memory where `tempfile`'s
    directory is a tmpfs) in 2^b buckets by its top b bits, enough buckets to hold
    `KEY_BUDGET` / 2 rows each on average. Equal hashes share a bucket, so each bucket is then
    read and sorted alone (`_sorted_repeat`, on one thread), stopping at the first repeat. At
    most `KEY_BUDGET` hashes are in memory at once: a bucket holding more (only repeated keys
    fill one so far beyond its share) is answered a possible repeat unread, for the exact
    search to decide. The directory is removed whatever happens; `OSError` when it cannot be
    made, written or read."""
    bits = max(1, (2 * count - 1) // KEY_BUDGET).bit_length()  # 2^bits ≥ 2 × count / budget
    bucket = pl.col("_key") // pl.lit(1 << (64 - bits), pl.UInt64)
    with tempfile.TemporaryDirectory(prefix="dxgap-keys-", ignore_cleanup_errors=True) as tmp:
        spill = pl.PartitionBy(tmp, key=bucket.alias("_bucket"), include_key=False)
        rows.select(_area_key()).sink_ipc(spill, compression="uncompressed", maintain_order=False)
        buckets: dict[Path, list[Path]] = {}  # a bucket's directory: its files
        for path in Path(tmp).rglob("*.ipc"):
            buckets.setdefault(path.parent, []).append(path)
        for files in buckets.values():
            bucket_rows = pl.scan_ipc(files, glob=False, hive_partitioning=False)
            hashes = bucket_rows.head(KEY_BUDGET + 1).collect()["_key"]
            if hashes.len() > KEY_BUDGET or _sorted_repeat(hashes, multithreaded=False):
                return True
    return False


def _sorted_repeat(hashes: pl.Series, *, multithreaded: bool = True) -> bool:
    """Whether a value of `hashes` repeats: sorted in place (8 bytes a row, no copy), then
    compared with its neighbour. A spilled bucket (25 million hashes) sorts as fast on one
    thread as on two, at half the CPU time."""
    hashes.sort(in_place=True, multithreaded=multithreaded)
    return hashes.len() > 1 and bool((hashes.slice(1) == hashes.slice(0, hashes.len() - 1)).any())


def _row_key(*columns: str) -> pl.Expr:
    """A 64-bit hash of a row's `columns`: each column's own hash, seeded apart, combined by
    exclusive or. Equal keys hash equal, so distinct hashes prove distinct keys; two keys that
    collide only send the check to the exact search (`find_duplicates`). A third of the cost
    of hashing the columns as one struct."""
    key = pl.col(columns[0]).hash(seed=0)
    for seed, column in enumerate(columns[1:], 1):
        key = key ^ pl.col(column).hash(seed=seed)
    return key


def _area_key() -> pl.Expr:
    """An area row's key hash (`_row_key` of `AREA_KEY_COLUMNS`), as column `_key` (UInt64)."""
    return _row_key(*AREA_KEY_COLUMNS).alias("_key")


def _key_hash() -> pl.Expr:
    """A 64-bit hash of the duplicate key; equal keys hash equal, so only rows whose hash
    repeats need a closer look (group-by state: 8 bytes a row, not the key's text)."""
    key = pl.struct("province", "indicator", "target", "area", "breakdown", "out_of", when())
    return key.hash(seed=0)


def duplicates(df: pl.DataFrame) -> pl.DataFrame:
    """Rows of `df` (sorted by file and row) repeating an earlier row's key — province,
    indicator (or target), area, breakdown, date (or year when undated), `out_of` — with
    `_first_fileno`, `_first_file` and `_first_row` of that earlier row; at most
    `MAX_REPEATS`."""
    key = ["province", "indicator", "target", "area", "breakdown", "out_of", "_when"]
    with_key = df.with_row_index("_seq").with_columns(_when=when())
    first = with_key.group_by(key).agg(pl.col("_seq").min().alias("_first_seq"))
    return (
        with_key.join(first, on=key, nulls_equal=True)
        .filter(pl.col("_seq") != pl.col("_first_seq"))
        .join(
            with_key.select(
                pl.col("_seq").alias("_first_seq"),
                pl.col("_fileno").alias("_first_fileno"),
                pl.col("_file").alias("_first_file"),
                pl.col("_row").alias("_first_row"),
            ),
            on="_first_seq",
        )
        .sort("_seq")
        .head(MAX_REPEATS)
    )


def find_duplicates(details: pl.LazyFrame, lines: Lines) -> list[Problem]:
    """Located problems for rows of `details` (`DETAIL_SCHEMA`, `_file`, `_fileno`, `_row`)
    repeating an earlier row's key: a pass that runs only when the grouped pass found repeats."""
    hashed = details.with_columns(_key=_key_hash())
    repeated = (
        hashed.group_by("_key")
        .agg(pl.len())
        .filter(pl.col("len") > 1)
        .select("_key")
        .collect(engine="streaming")
    )
    suspects = (
        hashed.filter(pl.col("_key").is_in(repeated["_key"].implode()))
        .drop("_key")
        .collect(engine="streaming")
        .sort("_fileno", "_row")
    )
    dups = duplicates(suspects)
    if dups.height == 0:
        return []
    rows = dups.select("_fileno", "_row").rows()
    at = lines([*rows, *dups.select("_first_fileno", "_first_row").rows()])
    columns = ["_file", "_fileno", "_row", "_first_file", "_first_fileno", "_first_row"]
    problems = []
    for file, fileno, row, first_file, first_fileno, first_row, date, area, task in dups.select(
        *columns, "date", "area", "target"
    ).iter_rows():
        earlier = at[(first_fileno, first_row)]
        kind = "data.row" if earlier.sheet is not None else "data.line"  # a sheet has rows
        first = (
            Msg(kind, line=earlier.line)
            if first_fileno == fileno
            else Msg(f"{kind}_of", line=earlier.line, file=first_file)
        )
        code = "data.duplicate_dated" if date is not None else "data.duplicate_undated"
        scope = Msg("data.same_area") if area is not None else None
        msg = Msg(code, scope=scope, first=first)
        if task is not None:
            code = "data.duplicate_state_dated" if date is not None else "data.duplicate_state"
            msg = Msg(code, target=task, first=first)
        where = at[(fileno, row)]
        problems.append(Problem(file, msg, where.line, 1, "row", sheet=where.sheet))
    return problems


def mixed_area_rows(details: pl.LazyFrame, mixed: pl.DataFrame, lines: Lines) -> list[Problem]:
    """Area rows without counts of the province totals in `mixed` (see `mixed_groups`): one
    province total's areas must all carry counts, or the weighted rate would silently leave
    some out."""
    found = (
        details.filter(
            pl.col("area").is_not_null(),
            pl.col("breakdown").is_null(),
            pl.col("numerator").is_null(),
        )
        .join(mixed.lazy(), on=AREA_KEY, how="semi", nulls_equal=True)
        .collect(engine="streaming")
        .sort("_fileno", "_row")
        .head(MAX_MIXED)
    )
    at = lines(found.select("_fileno", "_row").rows())
    return [
        Problem(
            file,
            Msg("data.mixed_area_counts"),
            at[(fileno, row)].line,
            1,
            "row",
            sheet=at[(fileno, row)].sheet,
        )
        for file, fileno, row in found.select("_file", "_fileno", "_row").iter_rows()
    ]
