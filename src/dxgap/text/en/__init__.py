"""The English catalogue: every code dxgap renders, in one mapping (see `dxgap.text`).

Split by what the text is about, so that a reviewer reads one subject at a time; the same files
exist for every language and hold the same codes (a test checks).
"""

from dxgap.text.en import (
    ci,
    commands,
    comparable,
    data,
    database,
    extract,
    files,
    help,
    interface,
    opensdg,
    parsing,
    scaffold,
    sheets,
    targets,
)

CATALOGUE: dict[str, str] = {
    **interface.TEXT,
    **files.TEXT,
    **targets.TEXT,
    **data.TEXT,
    **database.TEXT,
    **commands.TEXT,
    **sheets.TEXT,
    **scaffold.TEXT,
    **opensdg.TEXT,
    **ci.TEXT,
    **extract.TEXT,
    **comparable.TEXT,
    **help.TEXT,
    **parsing.TEXT,
}
