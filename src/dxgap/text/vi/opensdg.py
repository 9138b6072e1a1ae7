"""Nhập và xuất dữ liệu Open SDG: thông báo bằng tiếng Việt."""

TEXT: dict[str, str] = {
    "opensdg.no_files": "thư mục này không có tệp Open SDG nào (*.csv)",
    "opensdg.no_column": (
        "không phải tệp chỉ số Open SDG: không có cột {columns:names} (tệp Open SDG có cột Year "
        "đầu tiên và cột Value cuối cùng)"
    ),
    "opensdg.year": "{given:q} không phải là năm (năm trong tệp Open SDG ghi dạng 2024)",
    "opensdg.value": "{given:q} không phải là số (ghi dạng 86.3; ô trống là không có số liệu)",
    "opensdg.duplicate": (
        "trùng số liệu của '{province}' với dòng tại {other} (cùng chỉ số, năm, địa bàn và "
        "phân tổ): hãy khai báo trong tệp ánh xạ các cột phân biệt hai dòng (breakdown, area), "
        "hoặc bỏ một dòng qua danh sách series hoặc giá trị tỉnh, thành phố của tệp ánh xạ"
    ),
    "opensdg.wrote": "đã ghi {rows:n} dòng từ {files} vào {output}",
    "opensdg.skipped_empty": "bỏ qua {n:n} dòng có giá trị trống (không có số liệu)",
    "opensdg.skipped_series": (
        "bỏ qua {n:n} dòng thuộc chuỗi số liệu hoặc đơn vị tính không có trong tệp ánh xạ: "
        "{causes:names}{more}"
    ),
    "opensdg.skipped_province": (
        "bỏ qua {n:n} dòng của địa danh không có trong danh sách tỉnh, thành phố của tệp ánh xạ: "
        "{causes:names}{more}"
    ),
    "opensdg.skipped_disaggregated": (
        "bỏ qua {n:n} dòng được phân tổ theo cột mà tệp ánh xạ không khai báo (breakdown, area "
        "hoặc ignore): {causes:names}{more}"
    ),
    "opensdg.exported": "đã ghi {n} tệp Open SDG của {provinces} vào {output}",
    "opensdg.province_form": (
        "hãy ghi hoặc một tỉnh, thành phố cho mọi dòng (province: canada), hoặc cột ghi tên "
        "tỉnh, thành phố và các giá trị của cột đó (province: {{column: Geography, values: …}})"
    ),
    "opensdg.more": " và {n:n} giá trị khác",
}
