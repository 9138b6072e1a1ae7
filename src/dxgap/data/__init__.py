"""The data layer: measured-data files (CSV, xlsx, Parquet) read, checked and totalled.

- `table`: the columns a data file may have, the text table every reader makes, the header
  check and the sidecar options; `csv_reader` (with `records`, the quote-aware scanner),
  `xlsx_reader`, `parquet_reader`: one reader per format, each locating its own rows and cells;
- `rules`: the table of cell rules (made of `rulebase`'s parts; the rules of task states in
  `tasks`, of ranks out of N and reference periods in `periods`); `numbers`: number styles;
  `exact`: the cell-by-cell checks derived from the rules; `screen`: the cheap screen derived
  from them, and the grouped pass (province totals and task states);
- `repeats`: rows that contradict other rows (duplicates, area rows without counts);
- `check`: the orchestration (`check_files`, `rechecked`, `Checked`).

Problems are `dxgap.errors.Problem`s carrying codes; their words are in `dxgap.text.*.data`.
"""
