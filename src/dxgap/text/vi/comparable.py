"""Vietnamese text on what is compared with what (issue 16): figures set aside because they are
of another ranking or of part of a year, figures on another definition, the task filters, and
a task's chart (its reported states)."""

TEXT: dict[str, str] = {
    "aside.out_of": (
        "Không so sánh được: số liệu là thứ hạng trên {n} đơn vị (mới nhất: {value}, {when}); "
        "chỉ tiêu là thứ hạng trên {target_n} đơn vị."
    ),
    "aside.rankings": (
        "Không so sánh được: thứ hạng năm {year} có cả bảng xếp hạng {sizes:and} đơn vị, còn chỉ "
        "tiêu không ghi 'out_of': tỉnh, thành phố có trong cả 63 đơn vị trước sắp xếp và 34 đơn vị "
        "sau sắp xếp, nên không biết chỉ tiêu đề cập bảng nào; hãy ghi 'out_of' cho chỉ tiêu (số "
        "đơn vị của bảng xếp hạng mà chỉ tiêu đề cập)."
    ),
    "aside.period": (
        "Không so sánh được: số liệu chỉ có của một phần năm (mới nhất: {value}, {when}), không "
        "đại diện cho cả năm."
    ),
    "aside.ended": (
        "Không so sánh được: không thể đo thứ hạng trên 63 đơn vị của năm {due}: bảng xếp hạng "
        "63 tỉnh, thành phố chỉ có đến năm {last}; sau khi sắp xếp đơn vị hành chính năm 2025, "
        "các bảng xếp hạng chỉ còn 34 đơn vị (mới nhất: {value}, {when})."
    ),
    "aside.why.ended": (
        "không thể đo thứ hạng trên 63 đơn vị của năm {due}: bảng xếp hạng 63 tỉnh, thành phố "
        "chỉ có đến năm {last}"
    ),
    "aside.why.out_of": (
        "số liệu là thứ hạng trên {n} đơn vị, còn chỉ tiêu là thứ hạng trên {target_n} đơn vị"
    ),
    "aside.why.rankings": (
        "thứ hạng năm {year} có cả bảng xếp hạng {sizes:and} đơn vị, còn chỉ tiêu không ghi 'out_of'"
    ),
    "aside.why.period": "số liệu chỉ có của một phần năm",
    "usage.nothing_comparable_to_draw": (
        "{province}: không có gì để vẽ cho {target}: không so sánh được ({why})"
    ),
    "compare.other_definition": (
        "† Số liệu theo định nghĩa khác ({definition}), không theo định nghĩa mà các số liệu "
        "khác nêu ({usual}): không so sánh trực tiếp được."
    ),
    "compare.left_out": (
        "Không xếp hạng: {figures}: số liệu của một phần năm không được xếp hạng cùng số liệu "
        "cả năm; thêm --snapshots để xếp hạng cả số liệu này."
    ),
    "compare.left_out_many": (
        "Không xếp hạng: {figures}: số liệu của một phần năm không được xếp hạng cùng số liệu "
        "cả năm; thêm --snapshots để xếp hạng cả các số liệu này."
    ),
    "usage.unknown_state": "không có tình trạng '{state}'{hint}; chọn một trong: {known:names}",
    "usage.status_qualitative": (
        "--status '{status}': chỉ tiêu định tính nay là nhiệm vụ, mỗi nhiệm vụ có tình trạng "
        "thực hiện do tỉnh, thành phố báo cáo; hãy chọn theo tình trạng với --state "
        "({states:names}) hoặc xem tất cả với --qualitative"
    ),
    "chart.reported": "tình trạng được báo cáo",
    "chart.alt_task": "{name}: mục tiêu {goal}, {status}; tình trạng đã báo cáo: {reports}.",
    "chart.alt_report": "{state} ({when})",
}
