"""Problems reading any input file, and the operating system's reasons, in English."""

TEXT: dict[str, str] = {
    "file.utf16": "file is UTF-16 encoded; save it as UTF-8",
    "file.not_utf8": "not valid UTF-8 (byte {byte}); save the file as UTF-8",
    "file.too_big": "file is {size:n} bytes; the limit is {limit:n} bytes",
    "file.is_folder": "is a directory, expected a file",
    "file.not_found": "no such file",
    "file.cannot_read": "cannot read: {reason}",
    "file.outside_workspace": (
        "leads outside the workspace (a link, or inside a linked folder); not read: copy the "
        "file into the workspace"
    ),
    "file.not_regular": "is not a regular file (a pipe, a device or a socket); not read",
    "file.linked_folder": "is a link to a folder; dxgap does not follow linked folders (move the files here or link each file); not read",
    "os.no_space": "no space left on the device",
    "os.quota": "disk quota exceeded",
    "os.permission": "permission denied",
    "os.not_permitted": "operation not permitted",
    "os.read_only": "the file system is read-only",
    "os.not_found": "no such file or folder",
    "os.is_folder": "it is a folder",
    "os.not_folder": "a part of the path is not a folder",
    "os.too_large": "the file is too large",
    "os.name_too_long": "the file name is too long",
    "os.io": "input/output error",
    "os.other": "{text}",
}
