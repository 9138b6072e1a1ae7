"""`--help`: mỗi lệnh và mỗi tùy chọn dùng để làm gì, tiếng Việt.

Tên lệnh, tên tùy chọn và các giá trị phải gõ đúng (table, json, linear, done…) giữ nguyên.
"""

TEXT: dict[str, str] = {
    # chính trang hướng dẫn
    "help.ui.usage": "Cách dùng: ",
    "help.ui.arguments": "Tham số",
    "help.ui.options": "Tùy chọn",
    "help.ui.commands": "Lệnh",
    "help.ui.default": "[mặc định: {value}]",
    "help.ui.env": "[biến môi trường: {value}]",
    "help.type.str": "văn bản",
    "help.type.int": "số nguyên",
    "help.type.float": "số",
    "help.type.path": "đường dẫn",
    "help.type.int_range": "số nguyên",
    "help.type.float_range": "số",
    "help.type.export.output": "đường dẫn",  # a file, a folder (--split) or - (stdout)
    "help.ui.options_metavar": "[TÙY CHỌN]",
    "help.ui.command_metavar": "LỆNH [THAM SỐ]...",
    "help.arg.folder": "thư mục",
    "help.arg.paths": "đường dẫn",
    "help.arg.province": "tỉnh",
    "help.arg.target_id": "mã chỉ tiêu",
    "help.arg.provinces": "tỉnh",
    "help.arg.indicator": "chỉ số",
    "help.arg.target_ids": "mã chỉ tiêu",
    "help.arg.files": "tệp",
    "help.arg.source": "nguồn",
    "help.ui.required": "[bắt buộc]",
    "help.ui.try_help": "Xem hướng dẫn: [blue]'{value}'[/]",
    # ứng dụng và các tùy chọn chung
    "help.app": ("Đối chiếu các chỉ tiêu chuyển đổi số của tỉnh, thành phố với số liệu thực tế."),
    "help.opt.help": "In hướng dẫn này rồi kết thúc.",
    "help.opt.version": "In số phiên bản.",
    "help.opt.debug": "In đầy đủ thông tin truy vết khi có lỗi nội bộ.",
    "help.app.lang": "vi hoặc en, cho mọi lệnh trong lần chạy.",
    "help.opt.decimal": (
        "Cách ghi số của tệp số liệu không có tệp tùy chọn đi kèm: point (86.3, 1586) hoặc "
        "comma (kiểu Việt Nam: 86,3 và 1.586)."
    ),
    "help.opt.lang": (
        "vi hoặc en (mặc định: theo biến DXGAP_LANG, nếu không có thì theo ngôn ngữ của hệ thống)."
    ),
    "help.opt.workspace": "Thư mục làm việc, chứa targets/ và data/.",
    "help.default.workspace": "thư mục hiện tại",
    "help.opt.as_of": "Đánh giá tính đến năm này.",
    "help.default.as_of": "năm hiện tại",
    "help.opt.method": (
        "linear (tuyến tính) hoặc cagr (tăng trưởng kép bình quân); xem docs/methodology.md."
    ),
    "help.opt.on_track": (
        "Tỷ số tốc độ (thực tế so với cần đạt) từ mức này trở lên thì chỉ tiêu đúng tiến độ."
    ),
    "help.opt.acceleration": (
        "Tỷ số tốc độ từ mức này trở lên (dưới mức đúng tiến độ) thì chỉ tiêu cần đẩy nhanh "
        "tiến độ."
    ),
    "help.opt.fmt": "table, json, csv hoặc markdown.",
    "help.opt.province": "Mã, tên hoặc mã đơn vị hành chính của tỉnh, thành phố.",
    "help.opt.provinces": ("Các tỉnh, thành phố (mã, tên hoặc mã đơn vị hành chính); hoặc --all."),
    "help.opt.all_provinces": "Mọi tỉnh, thành phố trong thư mục làm việc.",
    # init
    "help.cmd.init": (
        "Khởi tạo thư mục làm việc: danh mục chỉ số, tệp chỉ tiêu, tệp số liệu, kiểm tra tự "
        "động (CI) và pre-commit.\n\nKhông ghi tệp nào nếu đã có sẵn một trong các tệp đó (mã "
        'thoát 1, kèm tên các tệp).\n\nVí dụ: dxgap init ../thanh-hoa --province "Thanh Hóa"'
    ),
    "help.init.folder": "Thư mục làm việc (tạo mới nếu chưa có).",
    "help.default.init.folder": ".",
    "help.init.province": (
        "Tạo tệp chỉ tiêu cho tỉnh, thành phố này: mã, tên (có hoặc không dấu) hoặc mã đơn vị "
        "hành chính."
    ),
    "help.init.lang": (
        "vi hoặc en: ngôn ngữ của thông báo và chú thích trong các tệp (mặc định: theo biến "
        "DXGAP_LANG, nếu không có thì theo ngôn ngữ của hệ thống)."
    ),
    # validate, schema
    "help.cmd.validate": (
        "Kiểm tra tệp chỉ tiêu và tệp số liệu; báo từng lỗi kèm vị trí tệp:dòng:cột.\n\n"
        "Mã thoát 0 khi hợp lệ (có thể có cảnh báo), 1 khi có lỗi.\n\nVí dụ: dxgap validate "
        "targets/ --format github"
    ),
    "help.validate.paths": "Tệp hoặc thư mục chỉ tiêu (*.yaml), số liệu (*.csv).",
    "help.default.validate.paths": "targets/ và data/",
    "help.validate.fmt": (
        "text, json hoặc github (chú thích trong GitHub Actions; mặc định khi GITHUB_ACTIONS=true)."
    ),
    "help.default.validate.fmt": "text",
    "help.validate.strict": "Coi cảnh báo là lỗi.",
    "help.cmd.schema": (
        "In JSON Schema của tệp chỉ tiêu (hoặc của danh mục chỉ số).\n\nKhai báo cho trình "
        "soạn thảo: # yaml-language-server: $schema=../schema/targets.schema.json\n\nVí dụ: "
        "dxgap schema > schema/targets.schema.json"
    ),
    "help.schema.kind": "Lược đồ của loại tệp nào.",
    # check, trajectory, list
    "help.cmd.check": (
        "Cho biết mỗi chỉ tiêu của tỉnh, thành phố còn thiếu bao nhiêu và tốc độ thực hiện có "
        "đủ để đạt không; liệt kê các nhiệm vụ cùng tình trạng thực hiện và bảng tổng hợp "
        '("hoàn thành 23/34; …").\n\nVí dụ: dxgap check binh-duong --as-of 2024'
    ),
    "help.check.province": (
        "Mã, tên hoặc mã đơn vị hành chính của tỉnh, thành phố (ví dụ binh-duong)."
    ),
    "help.check.pillar": "Chỉ trụ cột này (dùng được nhiều lần).",
    "help.check.status": (
        "Chỉ các chỉ tiêu có trạng thái này, ghi như bảng hiển thị ('Đúng tiến độ') hoặc bằng "
        "mã (on_track) (dùng được nhiều lần)."
    ),
    "help.check.state": (
        "Chỉ các nhiệm vụ có tình trạng này: Hoàn thành, Đang thực hiện, Chưa thực hiện, "
        "Không thực hiện, Chưa có thông tin (hoặc mã: done, in_progress, not_started, dropped, "
        "no_information) (dùng được nhiều lần)."
    ),
    "help.check.qualitative": "Liệt kê cả các chỉ tiêu định tính.",
    "help.check.by": "Mỗi địa bàn (xã, huyện) hoặc mỗi phân tổ của số liệu một dòng.",
    "help.check.with_predecessors": (
        "Kèm các chỉ tiêu của các tỉnh, thành phố đã được sắp xếp vào đơn vị này năm 2025."
    ),
    "help.check.tally": (
        "Tổng hợp nhiệm vụ theo tình trạng, theo trụ cột và theo văn bản (theo mẫu báo cáo của "
        "các tỉnh)."
    ),
    "help.cmd.trajectory": (
        "Lộ trình của từng chỉ tiêu theo từng năm: kế hoạch, số liệu thực tế và giá trị ước "
        "tính theo xu hướng.\n\nVí dụ: dxgap trajectory binh-phuoc dti-top10-2030"
    ),
    "help.trajectory.target_id": "Mã một chỉ tiêu (mặc định: mọi chỉ tiêu định lượng).",
    "help.trajectory.chart": (
        "Vẽ biểu đồ cho từng chỉ tiêu (mặc định: khi in ra cửa sổ lệnh rộng từ 60 cột)."
    ),
    "help.cmd.list": (
        "Liệt kê các tỉnh, thành phố trong thư mục làm việc, với số chỉ tiêu và số dòng số "
        "liệu.\n\nVí dụ: dxgap list"
    ),
    # export
    "help.cmd.export": (
        "Ghi bảng khoảng cách, lộ trình, danh sách chỉ tiêu hoặc số liệu của nhiều tỉnh, thành "
        "phố ra tệp.\n\nTệp cũ chỉ được thay khi tệp mới đã ghi xong trọn vẹn.\n\nVí dụ: dxgap "
        "export --all --format csv --output gaps.csv"
    ),
    "help.export.table": "Bảng cần xuất.",
    "help.export.fmt": "Mặc định: theo phần mở rộng của tên tệp ghi ra.",
    "help.export.output": ("Tệp ghi ra ('-' để in ra màn hình; một thư mục khi dùng --split)."),
    "help.export.split": "Mỗi tỉnh, thành phố một tệp, trong thư mục --output.",
    "help.export.excel_compatible": (
        "CSV có dấu BOM UTF-8 (Excel hiển thị đúng tiếng Việt) và vô hiệu hóa nội dung có dạng "
        "công thức."
    ),
    "help.export.quiet": "Không hiển thị tiến trình.",
    "help.export.by": (
        "Khoảng cách theo địa bàn hoặc theo phân tổ (thêm cột địa bàn hoặc phân tổ)."
    ),
    # compare
    "help.cmd.compare": (
        "Xếp hạng các tỉnh, thành phố theo một chỉ số, đối chiếu với mục tiêu riêng và mục "
        "tiêu quốc gia.\n\nVí dụ: dxgap compare adult_smartphone_rate --against vietnam"
    ),
    "help.compare.indicator": "Mã chỉ số (hoặc tên chỉ số) trong danh mục.",
    "help.compare.against": "Tệp chỉ tiêu dùng để đối chiếu, ví dụ vietnam.",
    "help.compare.summary": (
        "Theo từng tỉnh, thành phố: số chỉ tiêu theo trạng thái và độ phủ số liệu."
    ),
    "help.compare.snapshots": (
        "Xếp hạng cả số liệu của một phần năm (tuần, tháng) cùng với số liệu cả năm."
    ),
    # plot, report
    "help.cmd.plot": (
        "Vẽ biểu đồ lộ trình (kế hoạch, thực tế, ước tính theo xu hướng, mục tiêu) ra tệp SVG "
        'hoặc PNG.\n\nCần cài thêm phần vẽ biểu đồ: pip install "dxgap[charts]".\n\nVí dụ: '
        "dxgap plot binh-phuoc --output bp.png --lang vi"
    ),
    "help.plot.target_ids": (
        "Các chỉ tiêu cần vẽ (mặc định: mọi chỉ tiêu có số liệu hoặc có kế hoạch)."
    ),
    "help.plot.output": "TỆP.svg hoặc TỆP.png.",
    "help.plot.columns": "Số biểu đồ trên một hàng.",
    "help.cmd.report": (
        "Ghi báo cáo tiến độ dạng một tệp HTML: tổng quan, bảng khoảng cách, biểu đồ từng chỉ "
        "tiêu, nguồn.\n\nMở được khi không có mạng (CSS và SVG nằm trong tệp); in ra PDF từ "
        "trình duyệt. Cần cài thêm phần vẽ biểu đồ.\n\nVí dụ: dxgap report binh-duong "
        "--output bd.html"
    ),
    "help.report.output": "Tệp HTML ghi ra.",
    # extract
    "help.cmd.extract": (
        "Đề xuất các mục chỉ tiêu từ văn bản kế hoạch hoặc bài báo tiếng Việt.\n\nMỗi mục gồm "
        "nguyên văn trích dẫn, giá trị, đơn vị, phép so sánh, năm, có phải hằng năm không, và "
        "chỉ số gần nhất trong danh mục của thư mục làm việc; kết quả đã đạt, ngày tháng và số "
        "hiệu văn bản được bỏ qua. Bản YAML là khung tệp chỉ tiêu kèm ghi chú '# check:'; cần "
        "rà soát từng mục.\n\nVí dụ: dxgap extract "
        "tests/fixtures/extract/003_57a534363e9e645b.txt --province binh-duong --source-id "
        "seed-003"
    ),
    "help.extract.files": "Văn bản: tệp .txt, .md, .html hoặc .htm; - để đọc từ đầu vào chuẩn.",
    "help.extract.province": (
        "Tỉnh, thành phố mà văn bản đề cập (mã, tên hoặc mã đơn vị hành chính): các chỉ tiêu "
        "quốc gia và số liệu của tỉnh, thành phố khác được trích trong văn bản được bỏ qua; "
        "vietnam cho Chương trình quốc gia hoặc kế hoạch của một bộ (chỉ tiêu quốc gia là chỉ "
        "tiêu của chính văn bản)."
    ),
    "help.extract.fmt": "yaml (khung tệp chỉ tiêu) hoặc json.",
    "help.extract.source_id": "Mã nguồn mà các chỉ tiêu dẫn chiếu (dạng chữ-thường-nối-gạch).",
    "help.extract.qualitative": "Đề xuất cả các nhiệm vụ không có con số.",
    "help.extract.output": "Tệp ghi ra.",
    "help.default.extract.output": "in ra màn hình",
    "help.extract.lang": (
        "vi hoặc en: ngôn ngữ của thông báo và ghi chú '# check:' (mặc định: theo biến "
        "DXGAP_LANG, nếu không có thì theo ngôn ngữ của hệ thống)."
    ),
    "help.extract.workspace": (
        "Thư mục chứa targets/ (đối chiếu với danh mục chỉ số indicators.yaml trong đó)."
    ),
    # import opensdg
    "help.cmd.import": "Chuyển số liệu ở định dạng khác thành tệp số liệu của dxgap.",
    "help.cmd.import.opensdg": (
        "Chuyển tệp chỉ số Open SDG thành một tệp số liệu của dxgap, theo tệp ánh xạ.\n\n"
        "Phân tổ để trống là số tổng; giá trị trống được bỏ qua và được đếm (in ra luồng lỗi) "
        "cùng mọi dòng khác mà tệp ánh xạ không xác định được vị trí.\n\nVí dụ: dxgap import "
        "opensdg indicator_17-6-1.csv --map map.yaml -o data/ca-17-6-1.csv"
    ),
    "help.import.opensdg.source": "Một tệp CSV chỉ số Open SDG, hoặc một thư mục các tệp đó.",
    "help.import.opensdg.map_file": "Tệp ánh xạ (YAML): chuỗi số liệu, tỉnh, phân tổ.",
    "help.import.opensdg.output": "Tệp số liệu dxgap ghi ra (CSV).",
}
