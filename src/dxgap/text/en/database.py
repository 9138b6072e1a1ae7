"""A database as a data source (`data/<name>.source.yaml`, `dxgap.data.database`), in English.

`{target}` is the database's URI with its password replaced by `***`; `{reason}` the driver's
own first line (English), with the same replacement.
"""

TEXT: dict[str, str] = {
    "location.record": "row {row} ({key})",
    "source.no_uri": (
        "no database named: give 'uri_env', the environment variable that holds the "
        "database's URI (uri_env: DXGAP_DB_URI)"
    ),
    "source.uri_and_env": "give 'uri_env' or 'uri', not both",
    "source.password_in_file": (
        "the URI holds a password ({uri}); a password is never written in a file: put the URI "
        "in an environment variable and name it here (uri_env: DXGAP_DB_URI)"
    ),
    "source.env_missing": (
        "the environment variable {name} is not set; set it to the database's URI "
        "(postgresql://user:password@host:5432/database, or sqlite:////path/to/file.db)"
    ),
    "source.env_empty": "the environment variable {name} is empty; set it to the database's URI",
    "source.sqlite_missing": "the SQLite database '{file}' does not exist",
    "source.no_driver": (
        "no driver for '{scheme}' databases is installed: dxgap reads PostgreSQL and SQLite "
        "with its database extra (pip install 'dxgap[db]')"
    ),
    "source.connect_failed": "cannot open the database {target}: {reason}",
    "source.query_failed": "the database refused the query: {reason}",
}
