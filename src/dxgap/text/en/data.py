"""Problems in measured-data files (CSV, xlsx, Parquet) and their sidecars, in English.

`{cell:q}` and the like quote a cell as written (cut to 40 characters); `{limit:n}` groups
thousands. The codes are stable: scripts read them from `dxgap validate --format json`.
"""

TEXT: dict[str, str] = {
    # reading a file
    "data.empty_file": "file is empty; expected a header line: {header}",
    "data.binary": "file holds binary data (NUL bytes), not CSV text; expected UTF-8 CSV",
    "data.utf16_no_bom": "file looks UTF-16 but has no byte-order mark; save it as UTF-8",
    "data.broken_utf16": "broken UTF-16: {reason}",
    "data.long_first_line": (
        "the first line is longer than {limit:n} bytes; is this a CSV file with a header?"
    ),
    "data.bare_cr": (
        "lines end with a bare carriage return (old Mac style); save with LF or CRLF endings"
    ),
    "csv.unparsable": "cannot parse as CSV: {reason}",
    "csv.ragged_row": (
        "row has {fields} fields, the header has {width}; quote fields that contain commas"
    ),
    "csv.ragged_row_tab": (
        "row has {fields} fields, the header has {width}; quote fields that contain tabs"
    ),
    "csv.malformed": "malformed CSV record starting here: {reason}",
    "csv.unexpected_end": "unexpected end of data",
    "csv.after_quote": "'{separator}' expected after '\"'",
    "csv.quote_in_field": (
        'a quote (") inside an unquoted field; quote the whole field and double the quotes '
        "inside it"
    ),
    "xlsx.unreadable": "not a readable .xlsx workbook: {reason}",
    "xlsx.no_sheet": "no sheet '{sheet}'; the workbook has: {sheets}",
    "xlsx.empty_sheet": "the sheet is empty; expected a header row",
    "parquet.unreadable": "not a readable Parquet file: {reason}",
    "parquet.column_type": "column '{column}' holds {dtype}; expected text, numbers or dates",
    "sidecar.sheet_not_xlsx": "'sheet' applies to .xlsx files only",
    # the header
    "data.column_twice": "column '{column}' appears twice in the header",
    "data.unknown_column": "unknown column '{column:q}'{hint}; allowed: {allowed}",
    "data.missing_column": "missing required column '{column}'; the header has: {header}",
    # cells
    "data.province_empty": "province is empty",
    "data.unknown_province": "unknown province '{province:q}'; known: {known}",
    "data.indicator_empty": "indicator is empty",
    "data.unknown_indicator": "unknown indicator '{indicator:q}' (not in targets/indicators.yaml)",
    "data.year_empty": "year is empty",
    "data.not_whole_number": "'{cell:q}' is not a whole number",
    "data.year_out_of_range": "year {year} is outside {min}..{max}",
    "data.value_empty": "value is empty (give a value, or a numerator and a denominator)",
    "data.not_boolean": "'{cell:q}' is not true/false (the indicator's unit is boolean)",
    "data.not_a_number": "'{cell:q}' is not a number",
    "data.vietnamese_style": (
        "'{cell:q}' is not a number; if the file writes Vietnamese style (86,3 and 1.586), "
        "declare decimal: comma (see docs/formats.md)"
    ),
    "data.thousands_grouped": (
        "'{cell:q}' uses ',' to group thousands; write the number without separators"
    ),
    "data.ambiguous_point": (
        "'{cell:q}' is ambiguous: ',' is a decimal mark in Vietnamese style and a thousands "
        "separator in English; write 1586 or 1.586, or declare decimal: comma"
    ),
    "data.ambiguous_comma": (
        "'{cell:q}' is ambiguous: in this file's Vietnamese style ',' is the decimal mark, but "
        "1,586-like cells are often thousands; write 1.586 (thousands) or 1,5860 (decimal)"
    ),
    "data.not_vietnamese_number": (
        "'{cell:q}' is not a number in Vietnamese style (86,3 or 1.586 or 1.586,5)"
    ),
    "data.percent_sign": "'{cell:q}' has a % sign but the indicator is not a percentage",
    "data.not_finite": "'{cell:q}' is not a finite number",
    "data.counts_unpaired": "give both numerator and denominator, or neither",
    "data.denominator_not_positive": "denominator {cell:q} must be greater than 0",
    "data.numerator_negative": "numerator {cell:q} must not be negative",
    "data.counts_not_percent": (
        "numerator/denominator give a rate in percent, but indicator '{indicator}' is in unit "
        "'{unit}'"
    ),
    "data.counts_disagree": (
        "{value:q} disagrees with numerator/denominator: {numerator:q}/{denominator:q} = {rate}%"
    ),
    "data.bad_date": "date '{cell:q}' is not YYYY, YYYY-MM or YYYY-MM-DD",
    # rows against other rows
    "data.duplicate_dated": (
        "duplicate row: same province, indicator and date{scope} as {first}; keep one, or give "
        "each row the date of its report"
    ),
    "data.duplicate_undated": (
        "duplicate row: same province, indicator and year (both undated){scope} as {first}; "
        "keep one, or give each row the date of its report"
    ),
    "data.same_area": " (same area)",
    "data.line": "line {line}",
    "data.line_of": "line {line} of {file}",
    "data.mixed_area_counts": (
        "this area row has a value but no numerator/denominator, while other areas of the same "
        "province, indicator and date do: the province's weighted rate needs counts for every "
        "area"
    ),
    "data.after_merger": (
        "{province} was merged into {successor} on {date}, but this figure is dated {dated}; "
        "new measurements belong to the successor (a late report is fine: this is a warning)"
    ),
    # validate's arguments
}
