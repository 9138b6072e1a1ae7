"""`dxgap extract`: đọc văn bản và các ghi chú về chỉ tiêu đề xuất, bằng tiếng Việt."""

TEXT: dict[str, str] = {
    "extract.suffix": (
        "không đọc tệp '{suffix}': hãy dùng tệp .txt, .md, .html hoặc .htm, hoặc - để đọc từ "
        "đầu vào chuẩn (tệp PDF, Word cần chuyển sang văn bản thuần trước)"
    ),
    "extract.too_big": (
        "có {size:n} byte, vượt giới hạn {limit:n} byte: hãy dùng phần văn bản nêu các chỉ tiêu"
    ),
    "extract.binary": (
        "không phải tệp văn bản (tại byte thứ {offset:n} có byte mà văn bản không có: tệp PDF, "
        "Word, hình ảnh hay chương trình?): hãy chuyển sang văn bản thuần trước"
    ),
    "extract.not_text": (
        "không phải tệp văn bản (định dạng {kind}): hãy chuyển sang văn bản thuần trước (.txt, .md "
        "hoặc .html)"
    ),
    "extract.source_id": (
        "--source-id '{given}' không phải mã hợp lệ trong tệp chỉ tiêu (chữ thường, chữ số và dấu "
        "gạch nối): hãy viết, ví dụ, {fix}"
    ),
    "extract.empty": "văn bản trống: không có gì để trích xuất",
    "extract.no_vietnamese": (
        "không thấy văn bản tiếng Việt (không có chữ như ă, ơ, đ, ạ): không có gì để trích xuất"
    ),
    "extract.shipped_catalogue": (
        "thư mục làm việc không có targets/indicators.yaml: đối chiếu với danh mục chỉ số kèm theo dxgap"
    ),
    "extract.wrote": "đã ghi {n:n} chỉ tiêu đề xuất vào {path}",
    "extract.yaml.header": (
        "Dự thảo do dxgap extract lập từ {path}: {n:n} chỉ tiêu đề xuất. Cần đối chiếu từng mục "
        "với văn bản trước khi sử dụng."
    ),
    "extract.check.year_far": "năm {year} lấy từ câu hoặc đề mục phía trên: {text:q}",
    "extract.check.year_in_force": "năm {year} là năm văn bản có hiệu lực: {text:q}",
    "extract.check.approx": "con số ước chừng ({word})",
    "extract.check.comparator": "văn bản không nêu phép so sánh (tối thiểu, trên, không quá…): tạm hiểu là đạt ít nhất bằng giá trị",
    "extract.check.new_indicator": (
        "không có chỉ số nào trong danh mục phù hợp (gần nhất là {closest}, điểm {score}): dùng "
        "chỉ số đó nếu đúng là chỉ số cần, hoặc bổ sung vào targets/indicators.yaml, ví dụ mã "
        '{id}, tên "{name}"; sau đó bỏ dấu chú thích'
    ),
    "extract.check.indicator_score": "chỉ số tìm được có độ khớp thấp ({score})",
    "extract.check.number": "con số viết chưa rõ nghĩa: '{text}'",
    "extract.check.national": "có thể là chỉ tiêu quốc gia được dẫn trước chỉ tiêu của tỉnh ({word})",
    "extract.check.source": "tên văn bản; bổ sung ngày ban hành và địa chỉ trang (url)",
    "extract.check.no_source": (
        "bổ sung văn bản nguồn (id, title, date, url) và ghi mã của văn bản vào source của từng chỉ tiêu"
    ),
    "extract.check.province": "mã, tên tiếng Việt và tên tiếng Anh của tỉnh",
    "extract.check.annual_no_year": (
        "chỉ tiêu hằng năm nhưng văn bản không nêu năm cuối: bổ sung year và frequency: annual"
    ),
    "extract.check.change": "mức tăng/giảm (tăng/giảm …), không phải mức đạt: chỉ số phải đo mức thay đổi",
    "extract.check.restated": "văn bản nêu lại chỉ tiêu này (dòng {lines}): chỉ giữ một mục",
    "extract.check.empty_list": "chưa có mục nào dùng được: khi bỏ dấu chú thích một mục bên dưới, sửa dòng này thành `targets:`",
    "extract.check.bounds": "giá trị nằm ngoài giới hạn của đơn vị đo",
}
