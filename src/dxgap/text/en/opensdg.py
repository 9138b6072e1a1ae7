"""Open SDG import and export: messages in English."""

TEXT: dict[str, str] = {
    "opensdg.no_files": "no Open SDG files (*.csv) in this folder",
    "opensdg.no_column": (
        "not an Open SDG indicator file: no column {columns:names} (Open SDG files have Year "
        "first and Value last)"
    ),
    "opensdg.year": "{given:q} is not a year (Open SDG years are written 2024)",
    "opensdg.value": "{given:q} is not a number (write 86.3; an empty cell is no figure)",
    "opensdg.duplicate": (
        "the same figure of '{province}' as the row at {other} (same indicator, year, area and "
        "breakdown): map the columns that tell them apart (breakdown, area), or leave one out "
        "with the map's series or province values"
    ),
    "opensdg.wrote": "wrote {rows:n} rows from {files} to {output}",
    "opensdg.skipped_empty": "skipped {n:n} rows with an empty value (no figure)",
    "opensdg.skipped_series": (
        "skipped {n:n} rows of series or units the map does not name: {causes:names}{more}"
    ),
    "opensdg.skipped_province": (
        "skipped {n:n} rows of places the map's province values do not name: {causes:names}{more}"
    ),
    "opensdg.skipped_disaggregated": (
        "skipped {n:n} rows disaggregated by columns the map does not place (breakdown, area or "
        "ignore): {causes:names}{more}"
    ),
    "opensdg.exported": "wrote {n} Open SDG files for {provinces} to {output}",
    "opensdg.province_form": (
        "give either one province for every row (province: canada) or the column naming the "
        "province and its values (province: {{column: Geography, values: …}})"
    ),
    "opensdg.more": " and {n:n} more",
}
