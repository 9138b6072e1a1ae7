"""Lỗi trong tệp số liệu (CSV, xlsx, Parquet) và tệp tùy chọn đi kèm, tiếng Việt."""

TEXT: dict[str, str] = {}
