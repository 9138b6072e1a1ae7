"""Human text in both languages dxgap speaks, in one place (keys must exist in both)."""

from __future__ import annotations

import re

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
        "wrote.export": "wrote {rows} rows of {table} for {n} province(s) to {output}",
        "wrote.plot": "wrote {n} chart(s) to {output}",
        "wrote.report": "wrote the report for {n} province(s) to {output}",
        "report.title": "Digital transformation targets: progress report",
        "report.as_of": "As of {year}",
        "report.method": "method",
        "report.generated": "generated",
        "report.summary": "Summary",
        "report.coverage": "Data coverage: {with_data} of {quantified} quantified targets have a measurement ({pct}).",
        "report.gaps": "Gap table by pillar",
        "report.charts": "Trajectories",
        "report.qualitative": "Qualitative targets",
        "report.target": "Target",
        "report.goal": "Goal",
        "report.latest": "Latest",
        "report.gap": "Gap",
        "report.progress": "Progress",
        "report.status": "Status",
        "report.source": "Source",
        "report.quote": "quote",
        "report.by": "by",
        "report.merged": "{name} was merged into {successor} on {date}; these are its targets as adopted.",
        "report.method_note": "Formulas and status rules: docs/methodology.md in the dxgap repository.",
        "report.recommended": "recommended",
        "chart.planned": "planned path",
        "chart.actual": "measured",
        "chart.projected": "projection",
        "chart.target": "target",
        "chart.as_of": "as of {year}",
        "chart.status": "status",
        "chart.year": "year",
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
        "wrote.export": "đã ghi {rows} dòng {table} của {n} tỉnh/thành vào {output}",
        "wrote.plot": "đã vẽ {n} biểu đồ vào {output}",
        "wrote.report": "đã ghi báo cáo của {n} tỉnh/thành vào {output}",
        "report.title": "Báo cáo tiến độ các chỉ tiêu chuyển đổi số",
        "report.as_of": "Tính đến năm {year}",
        "report.method": "phương pháp",
        "report.generated": "lập ngày",
        "report.summary": "Tổng quan",
        "report.coverage": "Độ phủ số liệu: {with_data}/{quantified} chỉ tiêu định lượng có số liệu ({pct}).",
        "report.gaps": "Bảng khoảng cách theo trụ cột",
        "report.charts": "Lộ trình",
        "report.qualitative": "Chỉ tiêu định tính",
        "report.target": "Chỉ tiêu",
        "report.goal": "Mục tiêu",
        "report.latest": "Mới nhất",
        "report.gap": "Còn thiếu",
        "report.progress": "Tiến độ",
        "report.status": "Trạng thái",
        "report.source": "Nguồn",
        "report.quote": "trích dẫn",
        "report.by": "đến",
        "report.merged": "{name} đã sáp nhập vào {successor} từ {date}; đây là các chỉ tiêu đã được ban hành.",
        "report.method_note": "Công thức và quy tắc đánh giá: docs/methodology.md trong kho mã dxgap.",
        "report.recommended": "khuyến nghị",
        "chart.planned": "lộ trình kế hoạch",
        "chart.actual": "số liệu đo được",
        "chart.projected": "dự báo",
        "chart.target": "mục tiêu",
        "chart.as_of": "tính đến {year}",
        "chart.status": "trạng thái",
        "chart.year": "năm",
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


# --- problems in input files, as Vietnamese readers get them ----------------------------------
# The library words problems in English (stable for scripts and tests); `translate` renders them
# in Vietnamese for `--lang vi`. Each entry: key, the English message as a pattern, the
# Vietnamese template. `tests/test_messages.py` checks every data problem the test corpus
# produces has a translation.
_Q = r"'(?P<v>.*?)'"
PROBLEMS: dict[str, tuple[str, str]] = {
    "data.province_empty": (r"province is empty", "thiếu mã tỉnh"),
    "data.unknown_province": (
        rf"unknown province {_Q}; known: (?P<known>.*)",
        "không có tỉnh '{v}'; các tỉnh đã biết: {known}",
    ),
    "data.indicator_empty": (r"indicator is empty", "thiếu mã chỉ số"),
    "data.unknown_indicator": (
        rf"unknown indicator {_Q} \(not in targets/indicators\.yaml\)",
        "chỉ số '{v}' không có trong danh mục (targets/indicators.yaml)",
    ),
    "data.year_empty": (r"year is empty", "thiếu năm"),
    "data.not_whole": (rf"{_Q} is not a whole number", "'{v}' không phải số nguyên"),
    "data.year_range": (
        r"year (?P<v>\S+) is outside (?P<lo>\d+)\.\.(?P<hi>\d+)",
        "năm {v} nằm ngoài khoảng {lo}..{hi}",
    ),
    "data.value_empty": (
        r"value is empty \(give a value, or a numerator and a denominator\)",
        "thiếu giá trị (ghi giá trị, hoặc tử số và mẫu số)",
    ),
    "data.not_boolean": (
        rf"{_Q} is not true/false \(the indicator's unit is boolean\)",
        "'{v}' không phải đúng/sai (chỉ số có đơn vị boolean)",
    ),
    "data.vn_hint": (
        rf"{_Q} is not a number; if the file writes Vietnamese style \(86,3 and 1\.586\), "
        r"declare decimal: comma \(see docs/formats\.md\)",
        "'{v}' không phải số; nếu tệp ghi số theo kiểu Việt Nam (86,3 và 1.586), "
        "hãy khai báo decimal: comma (xem docs/formats.md)",
    ),
    "data.grouped": (
        rf"{_Q} uses ',' to group thousands; write the number without separators",
        "'{v}' dùng ',' để phân cách hàng nghìn; hãy ghi số không có dấu phân cách",
    ),
    "data.ambiguous_comma": (
        rf"{_Q} is ambiguous: in this file's Vietnamese style ',' is the decimal mark, but "
        r"1,586-like cells are often thousands; write 1\.586 \(thousands\) or 1,5860 \(decimal\)",
        "'{v}' không rõ nghĩa: trong tệp kiểu Việt Nam dấu ',' là dấu thập phân, nhưng số dạng "
        "1,586 thường là hàng nghìn; hãy ghi 1.586 (hàng nghìn) hoặc 1,5860 (thập phân)",
    ),
    "data.ambiguous_point": (
        rf"{_Q} is ambiguous: ',' is a decimal mark in Vietnamese style and a thousands "
        r"separator in English; write 1586 or 1\.586, or declare decimal: comma",
        "'{v}' không rõ nghĩa: ',' là dấu thập phân theo kiểu Việt Nam nhưng là dấu phân cách "
        "hàng nghìn theo kiểu tiếng Anh; hãy ghi 1586 hoặc 1.586, hoặc khai báo decimal: comma",
    ),
    "data.not_vn_number": (
        rf"{_Q} is not a number in Vietnamese style \(86,3 or 1\.586 or 1\.586,5\)",
        "'{v}' không phải số theo kiểu Việt Nam (86,3 hoặc 1.586 hoặc 1.586,5)",
    ),
    "data.not_number": (rf"{_Q} is not a number", "'{v}' không phải số"),
    "data.percent_sign": (
        rf"{_Q} has a % sign but the indicator is not a percentage",
        "'{v}' có dấu % nhưng chỉ số không tính theo phần trăm",
    ),
    "data.not_finite": (rf"{_Q} is not a finite number", "'{v}' không phải số hữu hạn"),
    "data.counts_pair": (
        r"give both numerator and denominator, or neither",
        "ghi cả tử số và mẫu số, hoặc không ghi cả hai",
    ),
    "data.denominator": (
        r"denominator (?P<v>.*) must be greater than 0",
        "mẫu số {v} phải lớn hơn 0",
    ),
    "data.numerator": (r"numerator (?P<v>.*) must not be negative", "tử số {v} không được âm"),
    "data.counts_unit": (
        r"numerator/denominator give a rate in percent, but indicator '(?P<i>.*)' is in unit "
        r"'(?P<u>.*)'",
        "tử số/mẫu số cho ra tỷ lệ phần trăm, nhưng chỉ số '{i}' có đơn vị '{u}'",
    ),
    "data.counts_disagree": (
        r"(?P<v>\S+) disagrees with numerator/denominator: (?P<n>\S+)/(?P<d>\S+) = (?P<r>\S+)%",
        "{v} không khớp với tử số/mẫu số: {n}/{d} = {r}%",
    ),
    "bounds.below": (
        r"(?P<v>\S+) is below (?P<lo>\S+), the minimum for (?P<owner>.*)",
        "{v} nhỏ hơn {lo}, mức tối thiểu của {owner}",
    ),
    "bounds.above": (
        r"(?P<v>\S+) is above (?P<hi>\S+), the maximum for (?P<owner>.*)",
        "{v} lớn hơn {hi}, mức tối đa của {owner}",
    ),
    "data.date": (
        rf"date {_Q} is not YYYY, YYYY-MM or YYYY-MM-DD",
        "ngày '{v}' không theo dạng YYYY, YYYY-MM hoặc YYYY-MM-DD",
    ),
    "data.duplicate": (
        r"duplicate row: same province, indicator and (?P<what>.*?)(?P<scope> \(same area\))? as "
        r"(?P<first>.*); keep one, or give each row the date of its report",
        "dòng trùng: cùng tỉnh, chỉ số và {what} với {first}; giữ một dòng, hoặc ghi ngày báo cáo "
        "cho từng dòng",
    ),
    "data.mixed_areas": (
        r"this area row has a value but no numerator/denominator, .*",
        "dòng địa bàn này có giá trị nhưng không có tử số/mẫu số, trong khi các địa bàn khác "
        "cùng tỉnh, chỉ số và ngày có: tỷ lệ bình quân gia quyền của tỉnh cần số đếm của mọi "
        "địa bàn",
    ),
    "data.missing_column": (
        r"missing required column '(?P<c>.*?)'; the header has: (?P<h>.*)",
        "thiếu cột bắt buộc '{c}'; dòng tiêu đề có: {h}",
    ),
    "data.unknown_column": (
        r"unknown column '(?P<c>.*?)'(?P<hint>.*?); allowed: (?P<a>.*)",
        "cột không hợp lệ '{c}'; các cột được phép: {a}",
    ),
    "data.repeated_column": (
        r"column '(?P<c>.*)' appears twice in the header",
        "cột '{c}' xuất hiện hai lần trong dòng tiêu đề",
    ),
    "file.empty_csv": (
        r"file is empty; expected a header line: (?P<h>.*)",
        "tệp rỗng; cần dòng tiêu đề: {h}",
    ),
    "file.utf16": (
        r"file is UTF-16 encoded; save it as UTF-8.*",
        "tệp mã hoá UTF-16; hãy lưu lại dạng UTF-8",
    ),
    "file.utf16_nobom": (
        r"file looks UTF-16 but has no byte-order mark; save it as UTF-8",
        "tệp có vẻ là UTF-16 nhưng không có BOM; hãy lưu lại dạng UTF-8",
    ),
    "file.not_utf8": (
        r"not valid UTF-8 \(byte (?P<b>\S+)\); save the file as UTF-8",
        "không phải UTF-8 hợp lệ (byte {b}); hãy lưu tệp dạng UTF-8",
    ),
    "file.binary": (
        r"file holds binary data \(NUL bytes\), not CSV text; expected UTF-8 CSV",
        "tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản CSV; cần CSV UTF-8",
    ),
    "file.bare_cr": (
        r"lines end with a bare carriage return .*",
        "dòng kết thúc bằng ký tự CR đơn (kiểu Mac cũ); hãy lưu với LF hoặc CRLF",
    ),
    "file.long_line": (
        r"the first line is longer than (?P<n>\S+) bytes; is this a CSV file with a header\?",
        "dòng đầu dài hơn {n} byte; đây có phải tệp CSV có dòng tiêu đề không?",
    ),
    "file.ragged": (
        r"row has (?P<n>\d+) fields, the header has (?P<h>\d+); quote fields that contain commas",
        "dòng có {n} trường, dòng tiêu đề có {h}; hãy đặt trong ngoặc kép các trường chứa dấu phẩy",
    ),
    "file.malformed": (
        r"malformed CSV record starting here: (?P<e>.*)",
        "bản ghi CSV hỏng bắt đầu từ đây: {e}",
    ),
    "file.xlsx": (r"not a readable \.xlsx workbook: (?P<e>.*)", "không đọc được tệp .xlsx: {e}"),
    "file.sheet": (
        r"no sheet '(?P<s>.*)'; the workbook has: (?P<a>.*)",
        "không có trang tính '{s}'; tệp có: {a}",
    ),
    "target.missing_key": (r"required key '(?P<k>.*)' is missing", "thiếu khoá bắt buộc '{k}'"),
    "target.unknown_key": (
        r"unknown key '(?P<k>.*?)'(?P<hint>.*?); allowed keys: (?P<a>.*)",
        "khoá không hợp lệ '{k}'; các khoá được phép: {a}",
    ),
    "target.unknown_indicator": (
        r"indicator '(?P<i>.*?)' is not in the catalogue \(targets/indicators\.yaml\).*",
        "chỉ số '{i}' không có trong danh mục (targets/indicators.yaml)",
    ),
    "target.unknown_source": (
        r"source '(?P<s>.*?)' is not in this file's sources \((?P<k>.*?)\).*",
        "nguồn '{s}' không có trong danh sách nguồn của tệp ({k})",
    ),
    "target.duplicate_key": (
        r"duplicate key '(?P<k>.*)' \(first defined on line (?P<n>\d+)\); .*",
        "khoá '{k}' bị trùng (đã khai báo ở dòng {n}); YAML sẽ chỉ giữ giá trị cuối",
    ),
    "target.quantified": (
        r"a quantified target needs comparator, value and year; missing: (?P<m>.*?) \(.*",
        "chỉ tiêu định lượng cần comparator, value và year; còn thiếu: {m}",
    ),
    "target.baseline_year": (
        r"baseline year (?P<b>\d+) must be before the target year (?P<y>\d+)",
        "năm cơ sở {b} phải trước năm mục tiêu {y}",
    ),
    "target.file_name": (
        r"province id '(?P<p>.*?)' does not match the file name '(?P<f>.*?)'.*",
        "mã tỉnh '{p}' không khớp với tên tệp '{f}'; hãy đặt tên tệp {p}.yaml",
    ),
    "target.merged_into": (
        r"merged_into '(?P<m>.*?)' is not a known provincial unit.*",
        "merged_into '{m}' không phải đơn vị cấp tỉnh đã biết",
    ),
    "data.after_merger": (
        r"(?P<p>\S+) was merged into (?P<s>\S+) on (?P<d>\S+), but this figure is dated "
        r"(?P<x>\S+); .*",
        "{p} đã sáp nhập vào {s} từ {d}, nhưng số liệu này ghi ngày {x}; số liệu mới thuộc về "
        "đơn vị sau sáp nhập (báo cáo có thể đến muộn)",
    ),
    "yaml.syntax": (r"YAML syntax error: (?P<e>.*)", "lỗi cú pháp YAML: {e}"),
    "file.empty_yaml": (r"file is empty; expected a YAML mapping", "tệp rỗng; cần một ánh xạ YAML"),
}

_OWNER = (
    (re.compile(r"^unit '(.*)'$"), "đơn vị '{0}'"),
    (re.compile(r"^indicator '(.*)'$"), "chỉ số '{0}'"),
)

_COMPILED = [(key, re.compile(f"^{pattern}$"), vi) for key, (pattern, vi) in PROBLEMS.items()]


def translate(message: str, lang: Lang = "en") -> str:
    """A problem message in `lang` (Vietnamese when a translation matches; else unchanged)."""
    if lang != "vi":
        return message
    for _key, pattern, template in _COMPILED:
        match = pattern.match(message)
        if match:
            params = {k: (v or "") for k, v in match.groupdict().items()}
            if "what" in params:
                params["what"] = {
                    "date": "ngày",
                    "year (both undated)": "năm (cả hai không ghi ngày)",
                }.get(params["what"], params["what"])
            if "first" in params:
                params["first"] = re.sub(
                    r"^line (\d+)( of (.*))?$",
                    lambda m: f"dòng {m.group(1)}" + (f" của {m.group(3)}" if m.group(3) else ""),
                    params["first"],
                )
            if "owner" in params:
                for owner_re, owner_vi in _OWNER:
                    m = owner_re.match(params["owner"])
                    if m:
                        params["owner"] = owner_vi.format(m.group(1))
            return template.format(**params)
    return message


def translated(message: str) -> bool:
    """Whether `translate` knows this message (for the catalogue's completeness test)."""
    return any(pattern.match(message) for _k, pattern, _t in _COMPILED)
