"""Draft target entries from the text of a Vietnamese plan or news report (`dxgap extract`).

A rule-based reader, offline, with no model: `read` turns a file (.txt, .md, .html) into NFC
text; `propose.extract` finds each quantity (`numbers`), reads its comparator, year and
frequency from the wording (`wording`), keeps it only when the text states it as a target
(`stance`), and matches it to the catalogue (`indicators`); `render` writes the proposals as a
target-file skeleton (YAML) or as JSON. Importable without the command line.

    from dxgap.extract import Matcher, extract, read_path
    doc = read_path(Path("plan.txt"))
    for p in extract(doc.text, Matcher(catalogue.indicators)):
        print(p.quote, p.value, p.comparator, p.year)
"""

from dxgap.extract.indicators import Matcher
from dxgap.extract.proposal import JSON_KEYS, Proposal
from dxgap.extract.propose import extract
from dxgap.extract.read import Document, from_bytes, read_path

__all__ = [
    "JSON_KEYS",
    "Document",
    "Matcher",
    "Proposal",
    "extract",
    "from_bytes",
    "read_path",
]
