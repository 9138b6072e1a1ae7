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
        "a line ends with a bare carriage return (CR, as old Macs ended lines), which does not "
        "end a row here; save the file with LF or CRLF line endings"
    ),
    "csv.unparsable": "cannot parse as CSV: {reason}",
    "csv.ragged_row": (
        "row has {fields} fields, the header has {width}; quote fields that contain commas"
    ),
    "csv.ragged_row_tab": (
        "row has {fields} fields, the header has {width}; quote fields that contain tabs"
    ),
    "csv.malformed": "malformed CSV record starting here: {reason}",
    "csv.quote_never_closed": (
        "the quoted cell starting at line {line}, column {column} is never closed: the file "
        "ends inside it; close the quote where the cell ends (a quote inside a quoted cell is "
        'written twice: "")'
    ),
    "csv.text_after_quote_opened": (
        "'{cell:q}': this quote closes the quoted cell opened at line {line}, column {column}, "
        "yet text follows it (the lines between are read as one cell, with its quotes dropped); "
        'close the quote where the cell ends, and write a quote inside a quoted cell twice ("")'
    ),
    "csv.text_after_quote": (
        "'{cell:q}': this quote closes the quoted cell, yet text follows it (the cell would be "
        'read with its quotes dropped); write a quote inside a quoted cell twice (""), or '
        "remove the quotes around the cell"
    ),
    "csv.quote_in_field": (
        'a quote (") inside an unquoted field; quote the whole field and double the quotes '
        "inside it"
    ),
    "csv.quote_runs_over": (
        "a quoted cell starts here and runs over lines that look like data rows: a quote is "
        "left open, or a stray one opened the cell; close the quote where the cell ends, or "
        'write a quote inside a quoted cell as two ("")'
    ),
    "data.header_one_cell": (
        "the header is a single cell, '{header:q}', holding '{found}': its columns are read as "
        "separated by '{separator}'; if '{found}' separates them, write 'separator: \"{found}\"' "
        "in '{sidecar}'"
    ),
    "data.sep_line": (
        "the first line '{line:q}' declares the separator as Excel writes it (sep=;), but "
        "'{found}' is not one dxgap reads; save the file with ',', ';', '\\t' or '|' as its "
        "separator, or remove the line"
    ),
    "data.sep_line_conflict": (
        "the first line declares the separator '{found}' (sep={found}), but '{sidecar}' declares "
        "'{separator}'; keep the one the file uses"
    ),
    "data.header_quoted": (
        "the header is a single cell, '{header:q}': the whole line is in quotes, so its "
        "'{found}' separates nothing; remove the quotes around the header line"
    ),
    "xlsx.unreadable": "not a readable .xlsx workbook: {reason}",
    "xlsx.no_sheet": "no sheet '{sheet:q}'; the workbook has: {sheets:names}",
    "xlsx.empty_sheet": "the sheet is empty; expected a header row",
    "xlsx.broken_zip": (
        "it is no zip archive, or a part of it is damaged (every .xlsx workbook is a zip "
        "archive: is this an .xls or a CSV file renamed?)"
    ),
    "xlsx.broken_xml": (
        "one of its parts is not well-formed XML (line {line}, column {column} of the part): the "
        "workbook is damaged; open it in Excel or LibreOffice Calc and save it again"
    ),
    "xlsx.dtd": (
        "its part '{part}' declares a DTD (XML entities), which no spreadsheet program writes "
        "and which can make a reader fetch files or fill memory; it is not read"
    ),
    "xlsx.no_worksheet": "the workbook has no worksheet to read (chart sheets hold no data)",
    "xlsx.sheet_missing": (
        "the workbook lists sheet '{sheet:q}' but the file lacks its part ({part}): the workbook "
        "is damaged; open it in Excel or LibreOffice Calc and save it again"
    ),
    "xlsx.no_visible_sheet": (
        "every worksheet is hidden ({sheets:names}); name the sheet to read in '{sidecar}' "
        "(sheet: …) or unhide it"
    ),
    "xlsx.hidden_sheets": (
        "sheet '{sheet:q}' is read, the first visible one; the hidden sheets before it are "
        "skipped: {hidden:names} (to read a hidden sheet, name it in '{sidecar}': sheet: …)"
    ),
    "xlsx.too_large": (
        "the workbook unpacks to {size:n} bytes, more than the {limit:n} dxgap reads from a "
        "workbook; save the data as CSV or Parquet"
    ),
    "xlsx.too_many_rows": (
        "the sheet has more than {limit:n} rows (empty rows that carry formatting count too), "
        "more than dxgap reads from a workbook; save the data as CSV or Parquet"
    ),
    "parquet.unreadable": "not a readable Parquet file: {reason}",
    "parquet.column_type": (
        "column '{column:q}' holds {dtype}; expected text, numbers, true/false or dates"
    ),
    "sidecar.separator": "expected ',', ';', '|' or a tab (written \"\\t\"), got '{shown}'",
    "sidecar.sheet_not_xlsx": "'sheet' applies to .xlsx files only",
    "sidecar.separator_not_csv": "'separator' applies to CSV files only",
    # the header
    "data.column_twice": "column '{column:q}' appears twice in the header",
    "data.unknown_column": "unknown column '{column:q}'{hint}; allowed: {allowed}",
    "data.missing_column": "missing required column '{column}'; the header has: {header:q}",
    "data.more_header_problems": (
        "… and {count:n} more problems with the header's columns (the first {limit} are listed)"
    ),
    "data.control_character": (
        "'{cell:q}' holds character {code}, a control character or a mark that reorders text: "
        "such characters are not text (they can recolour a terminal, set its title or show "
        "words reversed); remove it"
    ),
    "data.more_rows": (
        "… and {count:n} more rows with problems (at most {limit} problems are listed per "
        "file); fix these and check again"
    ),
    # cells
    "data.province_empty": "province is empty",
    "data.unknown_province": "unknown province '{province:q}'; {hint}",
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
    "data.vietnamese_thousands": (
        "'{cell:q}' reads as {read} in this file, where a point is the decimal mark, but counts, "
        "money and ranks written with a point before exactly three digits are Vietnamese "
        "thousands far more often: write {meant}, or {decimal} if {read} is meant (or, if the "
        "file writes Vietnamese style, 86,3 and 1.586, declare decimal: comma)"
    ),
    "data.points_grouped": (
        "'{cell:q}' groups thousands with points, as Vietnamese style writes numbers, which this "
        "file does not declare; write the number without the points, or declare decimal: comma "
        "if the file writes Vietnamese style (86,3 and 1.586)"
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
    "data.ambiguous_style": (
        "'{cell:q}' is one number in Vietnamese style and another in English style (1.586: "
        "one thousand five hundred and eighty-six, or one point five eight six), and this "
        "';'-separated file does not declare its style; write 'decimal: comma' or "
        "'decimal: point' in its sidecar, or write the number without a thousands separator"
    ),
    "data.space_in_number": (
        "'{cell:q}' has a space inside the number; spaces may only group thousands, three "
        "digits at a time (1 586 000)"
    ),
    "data.foreign_digits": (
        "'{cell:q}' is written with digits other than 0-9 (full-width or Arabic-Indic); "
        "retype it with 0-9"
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
    "data.no_such_date": "date '{cell:q}' is not a day of the calendar (no such day that month)",
    # task states, ranks out of N, periods
    "data.indicator_or_target": (
        "a row gives either an indicator (a figure) or a target (a task's state), not both: "
        "indicator '{indicator:q}', target '{target:q}'"
    ),
    "data.unknown_target": (
        "'{target:q}' is no target of {province}'s target file{hint}; a task state row names "
        "the id of a target of the province's plan"
    ),
    "data.target_not_task": (
        "target '{target:q}' has a figure to reach: report its indicator's value in a row "
        "with 'indicator', not a state (a state is for qualitative and yes/no targets)"
    ),
    "data.task_cell": (
        "a task state row (with 'target') gives its state, date, source and note only; "
        "leave '{column}' empty, or give the figure in a row of its own with 'indicator'"
    ),
    "data.state_without_target": (
        "state '{cell:q}' without a target: a state belongs to a row naming a target of the "
        "province's plan in 'target'"
    ),
    "data.state_empty": "target '{target:q}' has no state (done, in_progress, not_started, dropped)",
    "data.unknown_state": "'{cell:q}' is not a task state{hint}; accepted: {accepted:names}",
    "data.state_ambiguous": (
        "'{cell:q}' says the task is not done without saying whether it has started{hint}: write "
        "'đang thực hiện' (in_progress) or 'chưa thực hiện' (not_started); accepted: "
        "{accepted:names}"
    ),
    "data.out_of_invalid": (
        "'out_of' '{cell:q}' must be a whole number of at least 1 (how many units the ranking has)"
    ),
    "data.out_of_not_rank": (
        "'out_of' is for ranks only, but indicator '{indicator}' is in unit '{unit}'"
    ),
    "data.rank_above_out_of": (
        "rank {value:q} is beyond the {out_of} units the ranking has ('out_of')"
    ),
    "data.bad_period": "period '{cell:q}' is not one of {forms:names} (e.g. 2024-Q1, 2024-W03)",
    "data.no_such_period": (
        "period '{cell:q}' is not in the calendar (no such day that month, or no week 53 that year)"
    ),
    "data.period_outside_year": "period '{cell:q}' does not lie in the row's year {year}",
    # a workbook's cells as stored
    "xlsx.formula_not_computed": (
        "'{cell:q}': the workbook holds no computed result for this formula (it was saved by a "
        "program that does not calculate formulas: no result, or a placeholder the workbook "
        "asks to recalculate when opened); open and save it in Excel or LibreOffice Calc, or "
        "type the value"
    ),
    "xlsx.date_cell": (
        "'{cell:q}' is a date-formatted cell where a number belongs (Excel stores a date as a "
        "count of days); format the cell as 'General' or 'Number' and type the number"
    ),
    "xlsx.period_date_cell": (
        "'{cell:q}' is a date-formatted cell that shows no day (Excel turns a typed 2024-01 into "
        "the first day of that month); format the cell as 'Text' and type the period (2024-01, "
        "2024-Q1, 2024-W03)"
    ),
    "xlsx.percent_cell": (
        "'{cell:q}' is a percentage-formatted cell (Excel stores 20% as 0.2), which only a "
        "value of a percent indicator may be; format the cell as 'General' or 'Number' and type "
        "the number in the indicator's unit"
    ),
    # rows against other rows
    "data.duplicate_dated": (
        "duplicate row: same province, indicator and date{scope} as {first}; keep one, or give "
        "each row the date of its report"
    ),
    "data.duplicate_undated": (
        "duplicate row: same province, indicator and year (both undated){scope} as {first}; "
        "keep one, or give each row the date of its report"
    ),
    "data.duplicate_state_dated": (
        "duplicate state: same province, target '{target:q}' and date as {first}; keep one, or "
        "give each report of the task its date"
    ),
    "data.duplicate_state": (
        "duplicate state: same province, target '{target:q}' and year (both undated) as {first}; "
        "keep one, or give each report of the task its date"
    ),
    "data.same_area": " (same area)",
    "data.line": "line {line}",
    "data.line_of": "line {line} of {file}",
    "data.row": "row {line}",
    "data.row_of": "row {line} of {file}",
    "data.mixed_area_counts": (
        "this area row has a value but no numerator/denominator, while other areas of the same "
        "province, indicator and date do: the province's weighted rate needs counts for every "
        "area"
    ),
    "data.two_rankings": (
        "the ranks of {year} are out of {sizes:and} units, and target '{target}' states no out_of: "
        "check cannot tell which ranking it refers to and leaves it not comparable; add out_of to "
        "the target (the number of units of the ranking it refers to)"
    ),
    "data.after_merger": (
        "{province} was merged into {successor} on {date:date}, but this figure is dated {dated:date}; "
        "new measurements belong to the successor (a late report is fine: this is a warning)"
    ),
    # validate's arguments
}
