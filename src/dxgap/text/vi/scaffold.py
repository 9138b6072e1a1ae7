"""`dxgap init`: thông báo và chú thích trong các tệp do lệnh tạo ra, bằng tiếng Việt."""

TEXT: dict[str, str] = {
    "init.no_catalogue": (
        "bản cài đặt dxgap này thiếu danh mục chỉ số đi kèm; hãy cài đặt lại dxgap"
    ),
    "init.not_folder": "{path} là một tệp; hãy chỉ định một thư mục (mới hoặc đã có) làm thư mục làm việc",
    "init.exists": (
        "{folder}: các tệp sau đã có và được giữ nguyên; chưa ghi tệp nào: {files:names}"
    ),
    "init.done": "Đã tạo thư mục làm việc {folder}: {n} tệp.",
    "init.done_province": (
        "Đã tạo thư mục làm việc cho {name} tại {folder}: {n} tệp. Tiếp theo: ghi các chỉ tiêu "
        "của kế hoạch vào {targets} và số liệu thực tế vào {data}, rồi chạy dxgap validate."
    ),
    "init.done_no_province": (
        "Đã tạo thư mục làm việc {folder}: {n} tệp. Tiếp theo: dxgap init --province TÊN để thêm "
        "tệp chỉ tiêu của một tỉnh, thành phố (hoặc tự soạn), rồi chạy dxgap validate."
    ),
    "init.targets_intro": (
        "Chỉ tiêu của {name} (mã đơn vị hành chính {code}, danh mục {scheme} đơn vị), do "
        "dxgap init tạo.\n"
        "Mỗi chỉ tiêu ghi văn bản nguồn (source) và câu trích dẫn (quote) nêu chỉ tiêu đó.\n"
        "Cấu trúc tệp và các quy tắc: docs/formats.md của dxgap; kiểm tra bằng: dxgap validate"
    ),
    "init.sources_help": ("Các văn bản nêu chỉ tiêu. Thay [] bằng các mục như ví dụ dưới đây."),
    "init.source_example": (
        "  - id: nq-05-2022                # chữ thường nối bằng gạch ngang, không trùng trong tệp\n"
        '    title: "Nghị quyết … về chuyển đổi số …"\n'
        "    date: 2022-05-19              # YYYY, YYYY-MM hoặc YYYY-MM-DD\n"
        '    url: "https://…"              # không bắt buộc\n'
        "    reliability: A                # không bắt buộc: A chính thức, B báo chí, "
        "C tổng hợp, D suy ra"
    ),
    "init.targets_help": (
        "Mỗi chỉ tiêu một mục. Thay [] bằng các mục như ví dụ dưới đây; indicator là mã một "
        "chỉ số trong targets/indicators.yaml."
    ),
    "init.target_example": (
        "  - id: online-dossiers-2025\n"
        "    indicator: online_dossier_rate\n"
        '    comparator: ">="              # >= | > | <= | <  (đặt trong dấu nháy)\n'
        "    value: 80\n"
        "    year: 2025\n"
        "    source: nq-05-2022\n"
        '    quote: "… câu trong văn bản nêu chỉ tiêu …"\n'
        "  - id: smart-tools-direction     # chỉ tiêu định tính: nhiệm vụ nêu bằng lời\n"
        '    qualitative: "…"\n'
        "    source: nq-05-2022\n"
        '    quote: "…"'
    ),
    "init.sidecar_intro": (
        "Cách dxgap đọc tệp số liệu cùng tên bên cạnh: số viết kiểu Việt Nam (86,3 và 1.586),\n"
        "các ô cách nhau bằng dấu chấm phẩy, như Excel ghi tệp CSV trên máy cài tiếng Việt. "
        "Không cần thì xóa cả hai tệp."
    ),
    "init.gitignore": "dxgap ghi nhớ tại đây kết quả kiểm tra các tệp chưa thay đổi",
    "init.pre_commit_intro": (
        "pre-commit (https://pre-commit.com) chạy dxgap validate trước mỗi lần commit có sửa\n"
        "tệp chỉ tiêu, tệp số liệu hoặc tệp khai báo đi kèm (máy cần cài dxgap)."
    ),
    "init.workflow_intro": (
        "GitHub Actions: chạy dxgap validate mỗi lần push và pull request; mỗi lỗi được chú thích\n"
        "ngay tại tệp và dòng có lỗi."
    ),
    "init.workflow_install": (
        "Phiên bản dxgap đã tạo thư mục làm việc này; cài từ nơi bạn vẫn cài dxgap\n"
        "(kho gói, hoặc pip install git+<địa chỉ kho mã nguồn dxgap>)."
    ),
    "init.data_readme": (
        "# Số liệu\n\n"
        "Số liệu thực tế, mỗi số liệu một dòng, trong tệp `{file}` (các cột và quy tắc: "
        "docs/formats.md của dxgap):\n\n"
        "| cột | ý nghĩa |\n"
        "|---|---|\n"
        "| `province` | mã tỉnh, thành phố như trong `targets/` (`{id}`) |\n"
        "| `indicator` | mã một chỉ số trong `targets/indicators.yaml` |\n"
        "| `year` | năm của số liệu |\n"
        "| `value` | giá trị, theo đơn vị tính của chỉ số (tỷ lệ ghi 86.3, không ghi 0.863) |\n"
        "| `date` | không bắt buộc: ngày của báo cáo (YYYY, YYYY-MM hoặc YYYY-MM-DD) |\n"
        "| `source` | nguồn số liệu: địa chỉ trang hoặc văn bản |\n"
        "| `note` | không bắt buộc: ghi chú cho người đọc |\n"
        "| `note_vi` | không bắt buộc: ghi chú bằng tiếng Việt; kết quả bằng tiếng Việt hiển thị "
        "ghi chú này thay cho `note` |\n\n"
        "Một dòng ví dụ (để minh họa, không phải số liệu thật):\n\n"
        "```csv\n"
        "{id},online_dossier_rate,2024,86.3,2024-12-31,Báo cáo số …/BC-UBND,\n"
        "```\n\n"
        "Dòng ví dụ được ghi ở đây mà không ghi trong `{file}` vì mọi dòng sau dòng tiêu đề của "
        "tệp số liệu đều được đọc là số liệu (tệp số liệu không có dòng chú thích).\n\n"
        "Tệp `{comma}` được đọc theo kiểu số Việt Nam, như tệp khai báo `{comma}.yaml` bên cạnh "
        "ghi (`decimal: comma`, các ô cách nhau bằng `;`, như Excel ghi trên máy cài tiếng Việt):\n\n"
        "```csv\n"
        "{id};online_dossier_rate;2024;86,3;2024-12-31;Báo cáo số …/BC-UBND;\n"
        "```\n\n"
        "Kiểm tra các tệp bằng `dxgap validate`; xem khoảng cách đến chỉ tiêu bằng "
        "`dxgap check {id}`.\n"
    ),
}
