"""Lỗi khi đọc tệp đầu vào và lý do từ hệ điều hành, tiếng Việt."""

TEXT: dict[str, str] = {
    "file.utf16": "tệp được mã hóa UTF-16; hãy lưu lại dạng UTF-8",
    "file.not_utf8": "không phải UTF-8 hợp lệ (byte {byte}); hãy lưu tệp dạng UTF-8",
    "file.too_big": "tệp có {size:n} byte; giới hạn là {limit:n} byte",
    "file.is_folder": "là thư mục, cần một tệp",
    "file.not_found": "không có tệp này",
    "file.cannot_read": "không đọc được: {reason}",
    "file.outside_workspace": (
        "trỏ ra ngoài thư mục làm việc (liên kết, hoặc nằm trong thư mục liên kết); không đọc: "
        "hãy chép tệp vào thư mục làm việc"
    ),
    "file.not_regular": "không phải tệp thông thường (ống dẫn, thiết bị hoặc socket); không đọc",
    "file.linked_folder": "là liên kết tới một thư mục; dxgap không đọc thư mục liên kết (hãy chuyển các tệp vào đây hoặc liên kết từng tệp); không đọc",
    "os.no_space": "thiết bị đã hết dung lượng",
    "os.quota": "vượt hạn mức dung lượng đĩa",
    "os.permission": "không có quyền truy cập",
    "os.not_permitted": "thao tác không được phép",
    "os.read_only": "hệ thống tệp chỉ cho phép đọc",
    "os.not_found": "không có tệp hoặc thư mục này",
    "os.is_folder": "đây là một thư mục",
    "os.not_folder": "một phần của đường dẫn không phải là thư mục",
    "os.too_large": "tệp quá lớn",
    "os.name_too_long": "tên tệp quá dài",
    "os.io": "lỗi vào/ra",
    "os.other": "lỗi hệ thống: {text}",
}
