"""Lỗi của dòng lệnh và các hàm thư viện phía sau (tên không tồn tại, tùy chọn sai, không ghi
được tệp kết quả), tiếng Việt."""

TEXT: dict[str, str] = {
    "unknown.successor": (
        "{name} chưa có tệp chỉ tiêu riêng trong thư mục làm việc này; đơn vị này được hình thành "
        "năm 2025 trên cơ sở sắp xếp {formed_from:and}: xem các chỉ tiêu của {predecessors:and} bằng lệnh "
        "dxgap check {id} --with-predecessors"
    ),
    "unknown.no_plan": (
        "{name} ({id}) chưa có tệp chỉ tiêu trong thư mục làm việc này nên chưa có kế hoạch để "
        "đối chiếu; số liệu đo được (nếu có) xem bằng dxgap compare CHỈ_SỐ và dxgap list; để "
        "đối chiếu kế hoạch, thêm tệp targets/{id}.yaml (lệnh dxgap init tạo tệp mẫu có chú thích)"
    ),
    "unknown.province": "không có tỉnh, thành phố '{query}'; {hint}",
    "unknown.target": "{province} không có chỉ tiêu '{query}'; {hint}",
    "unknown.indicator": "không có chỉ số '{query}'; {hint}",
    "unknown.no_provinces": "thư mục làm việc này chưa có tệp chỉ tiêu của tỉnh, thành phố nào trong targets/",
    "unknown.no_targets_here": (
        "{province}: thư mục làm việc này không có chỉ tiêu của đơn vị này hay của các đơn vị "
        "trước khi sắp xếp"
    ),
    "usage.provinces_needed": "hãy ghi tên một hoặc nhiều tỉnh, thành phố, hoặc dùng --all",
    "usage.unknown_pillar": "không có trụ cột '{pillar}'{hint}; chọn một trong: {known:names}",
    "usage.unknown_status": "không có trạng thái '{status}'{hint}; chọn một trong: {known:names}",
    "usage.thresholds": (
        "--on-track {on_track} và --acceleration {acceleration} phải là số từ 0 trở lên, "
        "và --acceleration không lớn hơn --on-track (mặc định 0.95 và 0.6)"
    ),
    "usage.too_many_charts": (
        "{n:n} chỉ tiêu sẽ cho {n:n} biểu đồ trong một hình (tối đa {limit}): hãy ghi mã các chỉ "
        "tiêu cần vẽ (dxgap plot TỈNH CHỈ_TIÊU …), hoặc xem tất cả trong dxgap report"
    ),
    "usage.split_file_name": (
        "--split ghi mỗi tỉnh, thành phố một tệp vào một thư mục, nhưng '{output}' là tên "
        "một tệp; hãy ghi một thư mục (ví dụ --output {folder}) và --format {fmt}"
    ),
    "usage.split_to_stdout": (
        "--split ghi mỗi tỉnh, thành phố một tệp: hãy chỉ định một thư mục bằng --output"
    ),
    "usage.binary_to_stdout": "{format} là định dạng nhị phân: hãy ghi ra tệp bằng --output",
    "usage.tally_not_by": "--tally đếm các nhiệm vụ của cả tỉnh, thành phố: không dùng cùng --by",
    "usage.by_gaps_only": "--by chỉ dùng với --table gaps",
    "usage.format_unknown": (
        "không xác định được định dạng từ '{path}'; hãy dùng --format ({formats})"
    ),
    "usage.indicator_or_summary": "hãy ghi một chỉ số, hoặc dùng --summary (không dùng cả hai)",
    "usage.chart_suffix": "{path}: hãy đặt tên tệp có đuôi .svg hoặc .png",
    "usage.nothing_to_draw": (
        "{province}: không có chỉ tiêu định lượng nào có kỳ gốc hoặc số liệu để vẽ"
    ),
    "usage.nothing_to_draw_for": (
        "{province}: không có gì để vẽ cho {targets}: chưa có kỳ gốc hoặc số liệu (biểu đồ chỉ "
        "có điểm mục tiêu); bỏ tên chỉ tiêu để vẽ mọi chỉ tiêu đã có kỳ gốc hoặc số liệu"
    ),
    "charts.missing": (
        'cần matplotlib để vẽ biểu đồ: pip install "dxgap[charts]" (hoặc pip install matplotlib)'
    ),
    "internal.error": (
        "lỗi nội bộ: {detail}\n"
        "Đây là lỗi của dxgap; hãy chạy lại với --debug để xem chi tiết và báo lỗi."
    ),
    "hint.did_you_mean": " (có phải là '{name}'?)",
    "hint.did_you_mean_any": "có phải là {names}?",
    "hint.known": "các mã đã có: {names}",
    "hint.known_places": (
        "các mã đã có: {names} (có kế hoạch trong thư mục làm việc) và mã của 63 tỉnh, thành phố "
        "trước khi sắp xếp và 34 tỉnh, thành phố sau sắp xếp"
    ),
    "path.is_folder": "{path}: là thư mục, cần một tệp",
    "path.no_such": "{path}: không có tệp hoặc thư mục này",
    "validate.empty_folder": "thư mục không có tệp chỉ tiêu (*.yaml) hay tệp số liệu (*.csv, *.xlsx, *.parquet) nào",
    "validate.no_workspace": (
        "{path}: không có thư mục này; hãy chỉ ra các tệp cần kiểm tra, hoặc tạo thư mục làm "
        "việc tại đây bằng lệnh `dxgap init`"
    ),
    "validate.no_catalogue": (
        "không có danh mục chỉ số ({name}) hợp lệ cạnh tệp này hoặc trong thư mục targets/ của "
        "thư mục làm việc; chưa kiểm tra được các mã chỉ số được tham chiếu (lệnh `dxgap init` "
        "ghi danh mục kèm theo dxgap)"
    ),
    "validate.targets_invalid": (
        "chưa kiểm tra các tệp số liệu vì tệp chỉ tiêu của thư mục làm việc còn lỗi; hãy sửa "
        "các lỗi trên rồi kiểm tra lại"
    ),
    "output.no_folder": "{path}: thư mục {folder} không tồn tại; hãy tạo thư mục trước",
    "output.is_folder": "{path} là một thư mục; hãy ghi tên tệp (hoặc dùng --split để ghi vào thư mục)",
    "output.cannot_write": "{path}: không ghi được: {reason}",
    "output.xlsx_rows": (
        "{rows:n} dòng không vừa một trang tính (tối đa {limit:n} dòng): hãy xuất CSV hoặc "
        "Parquet, hoặc mỗi tỉnh, thành phố một tệp bằng --split"
    ),
    "output.split_not_folder": "{path} là một tệp; --split ghi mỗi tỉnh, thành phố một tệp vào một thư mục",
}
