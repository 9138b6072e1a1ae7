"""Problems in measured-data files (CSV, xlsx, Parquet) and their sidecars, in English."""

TEXT: dict[str, str] = {}
