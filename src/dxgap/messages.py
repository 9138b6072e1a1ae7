"""Human text in both languages dxgap speaks, in one place (keys must exist in both)."""

from __future__ import annotations

Lang = str

STATUS: dict[str, dict[str, str]] = {
    "en": {
        "achieved": "achieved",
        "on_track": "on track",
        "acceleration_needed": "acceleration needed",
        "limited_progress": "limited progress",
        "deterioration": "deterioration",
        "pending": "pending",
        "insufficient_data": "insufficient data",
        "overdue": "overdue",
        "missed": "missed",
        "no_data": "no data",
        "not_quantified": "not quantified",
    },
    "vi": {
        "achieved": "Đã đạt",
        "on_track": "Đúng tiến độ",
        "acceleration_needed": "Cần tăng tốc",
        "limited_progress": "Tiến triển chậm",
        "deterioration": "Đi lùi",
        "pending": "Đang thực hiện",
        "insufficient_data": "Chưa đủ số liệu",
        "overdue": "Quá hạn, chưa có số liệu",
        "missed": "Không đạt",
        "no_data": "Chưa có số liệu",
        "not_quantified": "Định tính",
    },
}
"""Status labels; the Vietnamese ones as the steering committees' reports word them."""

PILLAR: dict[str, dict[str, str]] = {
    "en": {
        "digital_government": "Digital government",
        "digital_economy": "Digital economy",
        "digital_society": "Digital society",
        "infrastructure": "Digital infrastructure",
        "human_resources": "Digital human resources",
        "other": "Other",
    },
    "vi": {
        "digital_government": "Chính quyền số",
        "digital_economy": "Kinh tế số",
        "digital_society": "Xã hội số",
        "infrastructure": "Hạ tầng số",
        "human_resources": "Nhân lực số",
        "other": "Khác",
    },
}


def status_label(status: str, lang: Lang = "en") -> str:
    """A status in words."""
    return STATUS.get(lang, STATUS["en"]).get(status, status)


def pillar_label(pillar: str | None, lang: Lang = "en") -> str:
    """A pillar in words."""
    table = PILLAR.get(lang, PILLAR["en"])
    return table.get(pillar or "other", pillar or table["other"])


TEXT: dict[str, dict[str, str]] = {
    "en": {
        # gap table
        "col.target": "Target",
        "col.goal": "Goal",
        "col.latest": "Latest",
        "col.gap": "Gap",
        "col.progress": "Progress",
        "col.pace": "Pace obs / needed",
        "col.growth": "Growth obs / needed",
        "col.projected": "Projected",
        "col.status": "Status",
        "col.by": "By",
        "col.promise": "Promise",
        "col.year": "Year",
        "col.planned": "Planned",
        "col.actual": "Actual",
        "col.ahead": "Ahead by",
        "col.id": "Id",
        "col.name": "Name",
        "col.targets": "Targets",
        "col.quantified": "Quantified",
        "col.observations": "Observations",
        "col.years": "Years",
        "col.lineage": "Lineage",
        "col.rank": "#",
        "col.province": "Province",
        "col.own_target": "Own target",
        "col.benchmark": "Benchmark target",
        "col.gap_benchmark": "Gap to benchmark",
        "col.coverage": "Coverage",
        "col.area": "Area",
        "col.breakdown": "Breakdown",
        "title.check": "{name} ({id}) · as of {year} · method {method}",
        "title.check_by": "{name} ({id}) by {by} · as of {year} · method {method}",
        "title.qualitative": "Qualitative targets",
        "title.provinces": "Provinces in this workspace",
        "title.trajectory": "{target} · {name} · goal {goal} · status {status}",
        "title.summary": "Targets by status, per province · as of {year}",
        "title.compare": "{name} ({id}) · as of {year}",
        "title.against": " · against {benchmark}",
        "title.predecessors": "with its predecessors: {names}",
        "goal.qualitative": "qualitative",
        "goal.by": "by {year}",
        "recommended": "recommended",
        "summary.head": "{n} targets: ",
        "summary.coverage": " · data coverage {with_data}/{quantified} quantified targets",
        "notice.merged": "Note: {name} was merged into {successor} on {date}; these are its targets as adopted.",
        "notice.qualitative_hidden": "{n} qualitative targets not shown (add --qualitative to list them).",
        "notice.no_trajectory": "No trajectory to show: these targets have neither a baseline nor data.",
        "notice.no_compare": "{title}: no province reports or targets this indicator.",
        "notice.no_area": "{name}: no data rows with an {by} for any quantified target.",
        "lineage.merged": "→ {successor} ({code}) from {date}, with {partners}",
        "lineage.merged_alone": "→ {successor} ({code}) from {date}",
        "lineage.absorbed": "← {predecessors}",
        "lineage.unchanged": "unchanged in 2025",
        "legend": "· plan  ● measured  ○ projection  ★ target",
        "unit.rank": "rank {v}",
        "unit.vnd_billion": "{v} bn VND",
        "unit.done": "done",
        "unit.not_done": "not done",
        "delta.percent": "{v} pp",
        "delta.rank": "{v} places",
        "delta.vnd_billion": "{v} bn VND",
        "validate.ok": "✓ {files} valid",
        "validate.ok_warnings": "✓ {files} valid ({warnings})",
        "validate.failed": "✗ {errors}, {warnings} in {files}",
        "n.files": "{n} files",
        "n.file": "{n} file",
        "n.errors": "{n} errors",
        "n.error": "{n} error",
        "n.warnings": "{n} warnings",
        "n.warning": "{n} warning",
        "warning": "warning: ",
        "error": "error: ",
    },
    "vi": {
        "col.target": "Chỉ tiêu",
        "col.goal": "Mục tiêu",
        "col.latest": "Mới nhất",
        "col.gap": "Còn thiếu",
        "col.progress": "Tiến độ",
        "col.pace": "Tốc độ thực tế / cần",
        "col.growth": "Tăng trưởng thực tế / cần",
        "col.projected": "Dự báo",
        "col.status": "Trạng thái",
        "col.by": "Hạn",
        "col.promise": "Nội dung",
        "col.year": "Năm",
        "col.planned": "Kế hoạch",
        "col.actual": "Thực tế",
        "col.ahead": "Vượt kế hoạch",
        "col.id": "Mã",
        "col.name": "Tên",
        "col.targets": "Chỉ tiêu",
        "col.quantified": "Định lượng",
        "col.observations": "Số liệu",
        "col.years": "Các năm",
        "col.lineage": "Sáp nhập",
        "col.rank": "#",
        "col.province": "Tỉnh/thành",
        "col.own_target": "Mục tiêu riêng",
        "col.benchmark": "Mục tiêu đối chiếu",
        "col.gap_benchmark": "Còn thiếu so với đối chiếu",
        "col.coverage": "Độ phủ",
        "col.area": "Địa bàn",
        "col.breakdown": "Phân tổ",
        "title.check": "{name} ({id}) · tính đến năm {year} · phương pháp {method}",
        "title.check_by": "{name} ({id}) theo {by} · tính đến năm {year} · phương pháp {method}",
        "title.qualitative": "Chỉ tiêu định tính",
        "title.provinces": "Các tỉnh, thành trong thư mục làm việc",
        "title.trajectory": "{target} · {name} · mục tiêu {goal} · trạng thái {status}",
        "title.summary": "Chỉ tiêu theo trạng thái, từng tỉnh · tính đến năm {year}",
        "title.compare": "{name} ({id}) · tính đến năm {year}",
        "title.against": " · đối chiếu với {benchmark}",
        "title.predecessors": "cùng các đơn vị trước sáp nhập: {names}",
        "goal.qualitative": "định tính",
        "goal.by": "đến năm {year}",
        "recommended": "khuyến nghị",
        "summary.head": "{n} chỉ tiêu: ",
        "summary.coverage": " · độ phủ số liệu {with_data}/{quantified} chỉ tiêu định lượng",
        "notice.merged": "Lưu ý: {name} đã sáp nhập vào {successor} từ {date}; đây là các chỉ tiêu đã được ban hành.",
        "notice.qualitative_hidden": "{n} chỉ tiêu định tính không hiển thị (thêm --qualitative để xem).",
        "notice.no_trajectory": "Không có lộ trình để hiển thị: các chỉ tiêu này chưa có mốc cơ sở hoặc số liệu.",
        "notice.no_compare": "{title}: chưa tỉnh nào có số liệu hoặc mục tiêu cho chỉ số này.",
        "notice.no_area": "{name}: không có số liệu theo {by} cho chỉ tiêu định lượng nào.",
        "lineage.merged": "→ {successor} ({code}) từ {date}, cùng {partners}",
        "lineage.merged_alone": "→ {successor} ({code}) từ {date}",
        "lineage.absorbed": "← {predecessors}",
        "lineage.unchanged": "không sáp nhập năm 2025",
        "legend": "· kế hoạch  ● thực tế  ○ dự báo  ★ mục tiêu",
        "unit.rank": "hạng {v}",
        "unit.vnd_billion": "{v} tỷ đồng",
        "unit.done": "đã xong",
        "unit.not_done": "chưa xong",
        "delta.percent": "{v} điểm %",
        "delta.rank": "{v} bậc",
        "delta.vnd_billion": "{v} tỷ đồng",
        "validate.ok": "✓ {files} hợp lệ",
        "validate.ok_warnings": "✓ {files} hợp lệ ({warnings})",
        "validate.failed": "✗ {errors}, {warnings} trong {files}",
        "n.files": "{n} tệp",
        "n.file": "{n} tệp",
        "n.errors": "{n} lỗi",
        "n.error": "{n} lỗi",
        "n.warnings": "{n} cảnh báo",
        "n.warning": "{n} cảnh báo",
        "warning": "cảnh báo: ",
        "error": "lỗi: ",
    },
}
"""Every piece of interface text, by key; `tests/test_messages.py` checks both languages match."""


def t(key: str, lang: Lang = "en", **params: object) -> str:
    """The text for `key` in `lang`, with its {placeholders} filled."""
    table = TEXT.get(lang, TEXT["en"])
    return table[key].format(**params) if params else table[key]


def number(value: float, decimals: int, lang: Lang = "en") -> str:
    """1586.5 → '1,586.5' (en) or '1.586,5' (vi): Vietnamese writes ',' for decimals."""
    text = f"{value:,.{decimals}f}"
    if lang == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
