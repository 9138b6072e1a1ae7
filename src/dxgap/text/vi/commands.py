"""Lỗi của dòng lệnh và các hàm thư viện phía sau (tên không tồn tại, tùy chọn sai, không ghi
được tệp kết quả), tiếng Việt."""

TEXT: dict[str, str] = {
    "legacy.text": "{text}",
    "unknown.province": "không có tỉnh/thành '{query}'; {hint}",
    "unknown.target": "{province} không có chỉ tiêu '{query}'; {hint}",
    "unknown.indicator": "không có chỉ số '{query}'; {hint}",
    "hint.did_you_mean": " (có phải là '{name}'?)",
    "hint.did_you_mean_any": "có phải là {names}?",
    "hint.known": "các mã đã có: {names}",
    "validate.empty_folder": "thư mục không có tệp chỉ tiêu (*.yaml) hay tệp số liệu (*.csv) nào",
    "validate.no_catalogue": (
        "không có danh mục chỉ số ({name}) hợp lệ cạnh tệp này hoặc trong thư mục targets/ của "
        "thư mục làm việc; chưa kiểm tra được các mã chỉ số được tham chiếu"
    ),
    "validate.targets_invalid": (
        "chưa kiểm tra các tệp số liệu: các tệp chỉ tiêu của thư mục làm việc có lỗi"
    ),
    "output.no_folder": "{path}: thư mục {folder} không tồn tại; hãy tạo thư mục trước",
    "output.is_folder": "{path} là một thư mục; hãy ghi tên tệp (hoặc dùng --split để ghi vào thư mục)",
    "output.cannot_write": "{path}: không ghi được: {reason}",
}
