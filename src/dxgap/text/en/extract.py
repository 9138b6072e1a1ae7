"""`dxgap extract`: reading a document and the notes on proposed targets, in English."""

TEXT: dict[str, str] = {
    "extract.suffix": (
        "'{suffix}' files are not read: give a .txt, .md, .html or .htm file, or - for "
        "standard input (convert a PDF or Word file to text first)"
    ),
    "extract.too_big": (
        "is {size:n} bytes; the limit is {limit:n} bytes: give the part of the document that "
        "states the targets"
    ),
    "extract.binary": (
        "is not a text file (a byte text never has, at byte {offset:n}: a PDF, a Word file, an "
        "image or a program?): convert it to text first"
    ),
    "extract.not_text": (
        "is not a text file (format: {kind}): convert it to text first (.txt, .md or .html)"
    ),
    "extract.source_id": (
        "--source-id '{given}' is not an id a target file accepts (lower-case letters, digits and "
        "hyphens): write e.g. {fix}"
    ),
    "extract.empty": "the document is empty: nothing to extract",
    "extract.no_vietnamese": (
        "no Vietnamese text found (no letter such as ă, ơ, đ or ạ): nothing to extract"
    ),
    "extract.shipped_catalogue": (
        "no targets/indicators.yaml in this workspace: matching against the catalogue dxgap ships"
    ),
    "extract.wrote": "wrote the proposed targets ({n:n}) to {path}",
    "extract.yaml.header": (
        "Drafted by dxgap extract from {path}; proposed targets: {n:n}. Check every entry "
        "against the document before use."
    ),
    "extract.check.year_far": "year {year} taken from a sentence or heading above: {text:q}",
    "extract.check.year_in_force": "year {year} is the year the text takes effect: {text:q}",
    "extract.check.approx": "approximate wording ({word})",
    "extract.check.comparator": "no comparator written (tối thiểu, trên, không quá …): at least the value is assumed",
    "extract.check.new_indicator": (
        "no catalogue indicator fits (the closest, {closest}, scores {score}): use it if it is "
        'the one meant, or add one to targets/indicators.yaml, e.g. id {id}, name "{name}"; '
        "then uncomment"
    ),
    "extract.check.indicator_score": "indicator matched with a low score ({score})",
    "extract.check.number": "number written ambiguously: '{text}'",
    "extract.check.national": "may be a national target quoted before the province's ({word})",
    "extract.check.source": "the document's title; add its date and address (url)",
    "extract.check.no_source": (
        "add the document (id, title, date, url) and set each target's source to its id"
    ),
    "extract.check.province": "the province's id, name and English name",
    "extract.check.annual_no_year": (
        "to be met every year, but the text states no last year: add year and frequency: annual"
    ),
    "extract.check.change": "a change (tăng/giảm …), not a level: the indicator must measure the change",
    "extract.check.restated": "the text states this target again (line {lines}): one entry kept",
    "extract.check.empty_list": "no entry is ready yet: once you uncomment one below, change this line to `targets:`",
    "extract.check.bounds": "value outside the unit's bounds",
}
