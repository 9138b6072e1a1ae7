"""Trang tóm tắt của GitHub Actions (`dxgap.output.summary`), bằng tiếng Việt."""

TEXT: dict[str, str] = {
    "ci.file": "Tệp",
    "ci.errors": "Lỗi",
    "ci.warnings": "Cảnh báo",
    "ci.more": "… và {n:n} lỗi, cảnh báo khác (xem các chú thích)",
    "ci.check": "dxgap check: {name}, tính đến năm {year}",
    "ci.status": "Trạng thái",
    "ci.targets": "Số chỉ tiêu",
    "ci.total": "Tổng số",
    "ci.coverage": "Độ phủ số liệu: {n:n}/{of:n} chỉ tiêu định lượng có số liệu.",
    "ci.coverage_tasks": "Nhiệm vụ: {n:n}/{of:n} nhiệm vụ có báo cáo tình trạng.",
}
