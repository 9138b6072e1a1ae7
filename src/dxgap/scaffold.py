"""`dxgap init`: a new workspace, ready for `dxgap validate`, written in one go.

    from dxgap import scaffold

    made = scaffold.init_workspace("../w", "Thanh Hóa")
    print(made.files)   # [Path('targets/indicators.yaml'), Path('targets/thanh-hoa.yaml'), …]

The indicator catalogue is the one dxgap ships (`catalogue_text`); the target file's province
comes from the place reference (`dxgap.places`: id, name, English name, GSO code, and the merger
of a former unit). Nothing is overwritten: when any of the files exists, nothing is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dxgap import places
from dxgap.errors import NotFoundError, OutputError
from dxgap.files import write_tree
from dxgap.names import Named, resolve
from dxgap.text import Msg, t
from dxgap.text.fmt import in_sentence
from dxgap.version import __version__

MERGED_ON = "2025-07-01"
"""When the 34 new provincial governments began (National Assembly resolution of 12/6/2025)."""

DATA_COLUMNS = ("province", "indicator", "year", "value", "date", "source", "note")
"""The columns of the data files `init` writes (docs/formats.md: the data format)."""

PRE_COMMIT_FILES = r"^(targets/.*\.ya?ml|data/.*\.([cC][sS][vV]|[xX][lL][sS][xX]|[pP][aA][rR][qQ][uU][eE][tT]|ya?ml))$"
"""Every file dxgap reads: target files, data files (their suffix in any case, as dxgap reads
`.CSV` and `.XLSX` too) and their sidecars."""


@dataclass(frozen=True)
class Scaffold:
    """A workspace `init_workspace` wrote: its folder, its province (None without one) and the
    files written, relative to the folder, in the order written."""

    root: Path
    province: places.Unit | None
    files: list[Path]

    @property
    def data_file(self) -> Path:
        """The data file for figures written the default way (`data/<province>.csv`)."""
        return Path("data") / f"{_stem(self.province)}.csv"


def catalogue_text() -> str:
    """The indicator catalogue shipped with dxgap (`targets/indicators.yaml` of its repository),
    as text.

    A wheel carries it as `dxgap/resources/indicators.yaml` (pyproject.toml force-includes the
    repository's file at build time: one copy, never edited twice); an editable install from a
    clone reads the repository's own file. `OutputError` when neither is there (a broken
    installation)."""
    shipped = resources.files("dxgap").joinpath("resources/indicators.yaml")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parents[2] / "targets" / "indicators.yaml"
    if checkout.is_file():
        return checkout.read_text(encoding="utf-8")
    raise OutputError(Msg("init.no_catalogue"))


def find_unit(query: str) -> places.Unit:
    """The provincial unit `query` names (id, name with or without diacritics or "tỉnh", short
    or English name, or GSO code), a current unit before a former one of the same name or code;
    `NotFoundError` with the closest ids otherwise."""
    for scheme in (places.CURRENT, places.PREVIOUS):
        index = _index(scheme)
        try:
            found = resolve(query, index).split("~")[0]
        except NotFoundError:
            continue
        unit = places.get(found, scheme)
        if unit is not None:
            return _as_adopted(unit)
    resolve(query, {u.id: Named(u.id, u.name) for u in places.units()})  # raises, with hints
    raise NotFoundError(Msg("unknown.province", query=query, hint=""))  # pragma: no cover


def _index(scheme: str) -> dict[str, Named]:
    """The units of a scheme by id, and by short name under `<id>~short` ("Hồ Chí Minh")."""
    index: dict[str, Named] = {}
    for u in places.units():
        if u.scheme == scheme:
            index[u.id] = Named(u.id, u.name, u.name_en, u.code)
            index[f"{u.id}~short"] = Named(f"{u.id}~short", u.short)
    return index


def _as_adopted(unit: places.Unit) -> places.Unit:
    """A former unit that kept its id and code in the new scheme is the current unit."""
    if unit.scheme == places.PREVIOUS:
        now = places.successor(unit.id)
        if now is not None and now.id == unit.id:
            return now
    return unit


def _stem(unit: places.Unit | None) -> str:
    return unit.id if unit is not None else "measured"


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _comment(key: str, lang: str, /, **params: object) -> str:
    """A catalogue text as YAML/gitignore comment lines."""
    return "".join(f"# {line}".rstrip() + "\n" for line in t(key, lang, **params).splitlines())


def target_file(unit: places.Unit, lang: str) -> str:
    """The commented target file of `unit`: its province entry filled from the place reference,
    no sources and no targets yet, and a commented example of each."""
    merged = ""
    if unit.scheme == places.PREVIOUS:
        after = places.successor(unit.id)
        if after is not None:
            merged = f", merged_into: {after.id}, merged_on: {MERGED_ON}"
    province = (
        f"province: {{id: {unit.id}, name: {_q(unit.short)}, name_en: {_q(unit.name_en)}, "
        f"code: {_q(unit.code)}{merged}}}\n"
    )
    head = "# yaml-language-server: $schema=../schema/targets.schema.json\n"
    name = in_sentence(unit.name, lang)  # "tỉnh Bình Dương" inside a sentence
    intro = _comment("init.targets_intro", lang, name=name, code=unit.code, scheme=unit.scheme)
    return (
        head
        + intro
        + province
        + "\n"
        + _comment("init.sources_help", lang)
        + "sources: []\n"
        + _comment("init.source_example", lang)
        + "\n"
        + _comment("init.targets_help", lang)
        + "targets: []\n"
        + _comment("init.target_example", lang)
    )


def data_readme(unit: places.Unit | None, lang: str) -> str:
    """`data/README.md`: the columns, an example row in each number style, and why the example
    is not in the CSV (data files have no comment lines: every line after the header is read).
    Without a province the example names `<province-id>`."""
    stem, pid = _stem(unit), unit.id if unit is not None else "<province-id>"
    return t("init.data_readme", lang, file=f"{stem}.csv", comma=f"{stem}-comma.csv", id=pid)


def _workflow(lang: str) -> str:
    return (
        _comment("init.workflow_intro", lang) + "name: dxgap\n"
        "on: [push, pull_request]\n"
        "jobs:\n"
        "  validate:\n"
        "    runs-on: ubuntu-latest\n"
        "    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-python@v5\n"
        '        with: {python-version: "3.12"}\n'
        + "".join(
            f"      {line}\n" for line in _comment("init.workflow_install", lang).splitlines()
        )
        + f'      - run: pip install "dxgap=={__version__}"\n'
        "      - run: dxgap validate\n"
    )


def _pre_commit(lang: str) -> str:
    return (
        _comment("init.pre_commit_intro", lang) + "repos:\n"
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: dxgap-validate\n"
        "        name: dxgap validate\n"
        "        entry: dxgap validate\n"
        "        language: system\n"
        f"        files: '{PRE_COMMIT_FILES}'\n"
        "        pass_filenames: false\n"
    )


def plan(unit: places.Unit | None, lang: str = "en") -> dict[Path, str]:
    """Every file of a new workspace (relative path → text), in the order written."""
    from dxgap.targets.schema import schema_text

    stem = _stem(unit)
    comma_header = ";".join(DATA_COLUMNS)
    files = {
        Path("targets/indicators.yaml"): catalogue_text(),
        Path("schema/targets.schema.json"): schema_text("targets"),
        Path("schema/indicators.schema.json"): schema_text("indicators"),
    }
    if unit is not None:
        files[Path(f"targets/{unit.id}.yaml")] = target_file(unit, lang)
    files[Path(f"data/{stem}.csv")] = ",".join(DATA_COLUMNS) + "\n"
    files[Path(f"data/{stem}-comma.csv")] = comma_header + "\n"
    files[Path(f"data/{stem}-comma.csv.yaml")] = (
        _comment("init.sidecar_intro", lang) + "decimal: comma\n" + 'separator: ";"\n'
    )
    files[Path("data/README.md")] = data_readme(unit, lang)
    files[Path(".gitignore")] = _comment("init.gitignore", lang) + ".dxgap_cache/\n"
    files[Path(".pre-commit-config.yaml")] = _pre_commit(lang)
    files[Path(".github/workflows/dxgap.yml")] = _workflow(lang)
    return files


def init_workspace(
    root: str | os.PathLike[str], province: str | None = None, lang: str = "en"
) -> Scaffold:
    """Write a new workspace into `root` (made if missing, its parent included) for `province`
    (any name `find_unit` takes; None: no target file yet), comments in `lang` ("en"/"vi").

    Returns the `Scaffold` written. Raises `NotFoundError` for an unknown province and
    `OutputError`, writing nothing, when `root` is a file or any file to write exists already
    (the message names them all); `OutputError` too when a file cannot be written.
    """
    folder = Path(root)
    unit = find_unit(province) if province is not None else None
    files = plan(unit, lang)
    if folder.exists() and not folder.is_dir():
        raise OutputError(Msg("init.not_folder", path=str(folder)))
    present = [str(p) for p in files if (folder / p).exists() or (folder / p).is_symlink()]
    if present:
        raise OutputError(Msg("init.exists", folder=str(folder), files=present))
    write_tree(folder, files)
    return Scaffold(folder, unit, list(files))


__all__ = ["Scaffold", "catalogue_text", "find_unit", "init_workspace", "plan"]
