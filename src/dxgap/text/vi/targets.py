"""Lỗi trong tệp chỉ tiêu và danh mục chỉ số (YAML), tiếng Việt.

Tên khóa YAML (`value`, `comparator`, …) và mã do người dùng đặt luôn được đặt trong dấu nháy
đơn: người đọc phải gõ đúng như vậy, nên chúng không được dịch.
"""

TEXT: dict[str, str] = {
    # giới hạn của giá trị, dùng chung với tệp số liệu
    "bounds.below": "{value} nhỏ hơn {limit}, mức tối thiểu của {owner}",
    "bounds.above": "{value} lớn hơn {limit}, mức tối đa của {owner}",
    "owner.unit": "đơn vị {unit:unit}",
    "owner.indicator": "chỉ số '{indicator}'",
    # --- các mảnh của thông báo -----------------------------------------------------------------
    "ident": "'{name}'",
    "what.value": "giá trị",
    "what.milestone": "giá trị mốc",
    "kind.empty": "một giá trị rỗng",
    "kind.list": "một danh sách",
    "kind.mapping": "một ánh xạ",
    "kind.bool": "giá trị đúng/sai ({value})",
    "kind.number": "một số ({number})",
    "kind.text": "văn bản ('{text:q}')",
    "kind.date": "một ngày ({date})",
    "given.text": "'{text:q}'",
    # --- tệp YAML ---------------------------------------------------------------------------------
    "yaml.empty": "tệp rỗng; cần một ánh xạ YAML (các cặp khóa: giá trị)",
    "yaml.top_not_mapping": "cấp ngoài cùng của tệp phải là một ánh xạ, không phải {got}",
    "yaml.tag": (
        "không được dùng thẻ YAML '{tag}': tệp chỉ tiêu chỉ chứa dữ liệu thuần, "
        "không chứa đối tượng"
    ),
    "yaml.merge_key": "không hỗ trợ khóa gộp ('<<'); hãy viết đầy đủ từng khóa",
    "yaml.key_not_scalar": "khóa của ánh xạ phải là một giá trị đơn (chữ hoặc số)",
    "yaml.duplicate_key": (
        "khóa '{key}' bị trùng (đã khai báo ở dòng {line}); "
        "khi đọc, YAML chỉ giữ giá trị khai báo sau cùng mà không báo lỗi"
    ),
    "yaml.scalar": "không đọc được giá trị '{text:q}': {reason}",
    "scalar.month": "tháng phải từ 1 đến 12",
    "scalar.day": "ngày vượt quá số ngày của tháng",
    "scalar.time": "giờ không hợp lệ",
    "scalar.date": "ngày tháng không hợp lệ",
    "scalar.int": "không phải số nguyên hợp lệ",
    "scalar.float": "không phải số hợp lệ",
    "scalar.bool": "không phải true/false",
    "scalar.other": "thông báo gốc bằng tiếng Anh: '{detail}'",
    # số: chỉ số thập phân viết thông thường ('10', '-3', '2.5')
    "yaml.number_form": (
        "'{text}' không phải cách viết số thông thường: {why}; hãy viết '{meant}', "
        "hoặc đặt trong dấu nháy nếu đây là văn bản"
    ),
    "number.octal": "YAML 1.1 đọc số có chữ số 0 ở đầu theo hệ bát phân, tức là {read}",
    "number.leading_zero": (
        "YAML 1.1 đọc số có chữ số 0 ở đầu theo hệ bát phân ('010' là 8) hoặc thành văn bản"
    ),
    "number.base": "YAML 1.1 đọc đây là số hệ cơ số {base}, tức là {read}",
    "number.sexagesimal": "YAML 1.1 đọc dấu ':' theo hệ cơ số 60, tức là {read}",
    "number.plain": (
        "số chỉ viết bằng chữ số, không có số 0 ở đầu, dấu '+', dấu '_' hay số mũ, "
        "và hai bên dấu chấm thập phân đều phải có chữ số"
    ),
    "yaml.number_special": (
        "'{text}' không phải một số hữu hạn (YAML đọc thành vô cực hoặc giá trị không phải số); "
        "hãy viết một số thập phân thông thường, hoặc đặt trong dấu nháy nếu đây là văn bản"
    ),
    "yaml.comparator_value": (
        "'{text:q}' phải đặt trong dấu nháy: {why}; hơn nữa phép so sánh và con số là hai "
        "khóa riêng: hãy viết '{fix}' và 'value: {value}'"
    ),
    "yaml.unquoted_indicator": "'{text:q}' phải đặt trong dấu nháy: {why}; hãy viết '{fix}'",
    "yaml.indicator.block": "trong YAML, ký tự '{char}' ở đầu giá trị mở một khối văn bản",
    "yaml.indicator.reserved": (
        "trong YAML, giá trị không có dấu nháy không được bắt đầu bằng ký tự '{char}'"
    ),
    "yaml.control_character": (
        "không được dùng ký tự {code} trong YAML (ký tự điều khiển không phải văn bản)"
    ),
    "yaml.control_escaped": (
        "văn bản chứa ký tự {code}, viết dưới dạng mã thoát: ký tự điều khiển và dấu đảo chiều "
        "văn bản không phải là chữ (chúng có thể đổi màu cửa sổ lệnh hoặc hiển thị chữ bị đảo "
        "ngược); hãy xóa ký tự này"
    ),
    "yaml.too_deep": "YAML lồng nhau quá sâu",
    "yaml.too_deep_brackets": "YAML lồng nhau quá sâu (quá {limit} cấp ngoặc)",
    "yaml.too_many_nodes": (
        "tài liệu bung ra hơn {limit:n} nút (bí danh trỏ tới bí danh?); dxgap từ chối bung tiếp"
    ),
    "yaml.error": "lỗi YAML, thông báo gốc bằng tiếng Anh: '{detail}'",
    # lỗi cú pháp: ngữ cảnh và vấn đề PyYAML gặp, mỗi phần là một cụm dưới đây
    "yaml.syntax": "lỗi cú pháp YAML: {detail}",
    "yaml.syntax.context": "{context}: {problem}",
    "yaml.syntax.opened": "{context} (bắt đầu ở dòng {line}, cột {column}): {problem}",
    "yaml.syntax.opened_only": "{context} (bắt đầu ở dòng {line}, cột {column})",
    "yaml.syntax.invalid": "YAML không hợp lệ",
    "yaml.phrase.other": "PyYAML báo bằng tiếng Anh: '{text}'",
    "yaml.ctx.next_token": "khi tìm thành phần tiếp theo",
    "yaml.ctx.simple_key": "khi đọc một khóa",
    "yaml.ctx.directive": "khi đọc một chỉ thị (%)",
    "yaml.ctx.parse_directive": "khi phân tích một chỉ thị (%)",
    "yaml.ctx.anchor": "khi đọc một điểm neo (&)",
    "yaml.ctx.alias": "khi đọc một bí danh (*)",
    "yaml.ctx.tag": "khi đọc một thẻ (!)",
    "yaml.ctx.parse_tag": "khi phân tích một thẻ (!)",
    "yaml.ctx.block_scalar": "khi đọc một khối văn bản (| hoặc >)",
    "yaml.ctx.double_quoted": "khi đọc một chuỗi trong ngoặc kép",
    "yaml.ctx.quoted": "khi đọc một chuỗi trong dấu nháy",
    "yaml.ctx.node": "khi phân tích một nút",
    "yaml.ctx.block_node": "khi phân tích một nút viết theo thụt lề",
    "yaml.ctx.flow_node": "khi phân tích một nút viết trong ngoặc",
    "yaml.ctx.block_collection": "khi phân tích một danh sách viết theo thụt lề",
    "yaml.ctx.block_mapping": "khi phân tích một ánh xạ viết theo thụt lề",
    "yaml.ctx.flow_sequence": "khi phân tích một danh sách trong ngoặc vuông [ ]",
    "yaml.ctx.flow_mapping": "khi phân tích một ánh xạ trong ngoặc nhọn {{ }}",
    "yaml.ctx.single_document": "tệp chỉ được chứa một tài liệu YAML",
    "yaml.ctx.duplicate_anchor": "điểm neo {anchor} bị trùng; lần thứ nhất",
    "yaml.problem.bad_character": (
        "gặp ký tự {char}, ký tự này không thể mở đầu một thành phần YAML"
    ),
    "yaml.problem.no_colon": "không tìm thấy dấu ':' cần có",
    "yaml.problem.entry_here": "không được đặt phần tử danh sách ('- ') ở chỗ này",
    "yaml.problem.key_here": "không được đặt khóa của ánh xạ ở chỗ này",
    "yaml.problem.value_here": (
        "không được đặt giá trị của ánh xạ (sau dấu ':') ở chỗ này; hãy kiểm tra thụt lề"
    ),
    "yaml.problem.alphanumeric": "cần chữ cái hoặc chữ số, nhưng gặp {char}",
    "yaml.problem.digit_or_dot": "cần chữ số hoặc '.', nhưng gặp {char}",
    "yaml.problem.digit_or_space": "cần chữ số hoặc dấu cách ' ', nhưng gặp {char}",
    "yaml.problem.digit": "cần chữ số, nhưng gặp {char}",
    "yaml.problem.space": "cần dấu cách ' ', nhưng gặp {char}",
    "yaml.problem.line_end": "cần chú thích hoặc xuống dòng, nhưng gặp {char}",
    "yaml.problem.angle": "cần '>', nhưng gặp {char}",
    "yaml.problem.bang": "cần '!', nhưng gặp {char}",
    "yaml.problem.uri": "cần một địa chỉ URI, nhưng gặp {char}",
    "yaml.problem.uri_escape": ("cần chuỗi thoát URI gồm 2 chữ số thập lục phân, nhưng gặp {char}"),
    "yaml.problem.indent_zero": "chỉ báo thụt lề phải từ 1 đến 9, nhưng gặp 0",
    "yaml.problem.block_indicator": (
        "cần chỉ báo xử lý xuống dòng hoặc chỉ báo thụt lề, nhưng gặp {char}"
    ),
    "yaml.problem.hex_escape": (
        "cần chuỗi thoát gồm {count} chữ số thập lục phân, nhưng gặp {char}"
    ),
    "yaml.problem.escape": "gặp ký tự thoát không hợp lệ {char}",
    "yaml.problem.end_of_stream": "tệp kết thúc khi chưa đóng",
    "yaml.problem.separator": "gặp dấu phân cách tài liệu ở chỗ không được phép",
    "yaml.problem.document_start": "cần phần mở đầu tài liệu ('---'), nhưng gặp {token}",
    "yaml.problem.duplicate_directive": "chỉ thị %YAML bị khai báo hai lần",
    "yaml.problem.version": "phiên bản YAML không tương thích (cần phiên bản 1.*)",
    "yaml.problem.duplicate_handle": "tên tắt của thẻ {handle} bị khai báo hai lần",
    "yaml.problem.undefined_handle": "tên tắt của thẻ {handle} chưa được khai báo",
    "yaml.problem.node_content": "cần nội dung của nút, nhưng gặp {token}",
    "yaml.problem.block_end": "cần kết thúc khối thụt lề, nhưng gặp {token}",
    "yaml.problem.flow_sequence": "cần ',' hoặc ']', nhưng gặp {token}",
    "yaml.problem.flow_mapping": "cần ',' hoặc '}}', nhưng gặp {token}",
    "yaml.problem.another_document": "nhưng lại gặp thêm một tài liệu khác",
    "yaml.problem.undefined_alias": "bí danh {alias} chưa được khai báo",
    "yaml.problem.second_occurrence": "lần thứ hai",
    "yaml.token.directive": "một chỉ thị (%)",
    "yaml.token.document_start": "phần mở đầu tài liệu ('---')",
    "yaml.token.document_end": "phần kết thúc tài liệu ('...')",
    "yaml.token.stream_start": "đầu tệp",
    "yaml.token.stream_end": "cuối tệp",
    "yaml.token.block_sequence": "đầu một danh sách viết theo thụt lề",
    "yaml.token.block_mapping": "đầu một ánh xạ viết theo thụt lề",
    "yaml.token.block_end": "chỗ kết thúc một khối thụt lề",
    "yaml.token.alias": "một bí danh (*)",
    "yaml.token.anchor": "một điểm neo (&)",
    "yaml.token.tag": "một thẻ (!)",
    "yaml.token.scalar": "một giá trị",
    # --- cấu trúc của tệp (kiểm tra của pydantic) -------------------------------------------------
    "schema.missing_key": "thiếu khóa bắt buộc '{key}'",
    "schema.unknown_key": "khóa '{key}' không hợp lệ{hint}; các khóa được phép: {allowed}",
    "schema.not_mapping": "phải là một ánh xạ (các cặp khóa: giá trị), không phải {got}",
    "schema.not_list": "phải là một danh sách (các dòng bắt đầu bằng '- '), không phải {got}",
    "schema.not_value": "{given} không hợp lệ: phải là một số (hoặc true/false)",
    "schema.not_value_hint": "{given} không hợp lệ: phải là một số (hoặc true/false); {hint}",
    "schema.float_hint": "{given} không hợp lệ: phải là một số; {hint}",
    "number_hint.unquote": "số phải viết không có dấu nháy: '{meant}'",
    "number_hint.unquote_whole": "số và năm phải viết không có dấu nháy: '{meant}'",
    "number_hint.octal": (
        "'{text}' là số viết theo hệ bát phân (bằng {meant} trong hệ thập phân); hãy viết "
        "'{meant}', hoặc nếu đó là văn bản thì đặt trong dấu nháy: '\"{text}\"'"
    ),
    "number_hint.thousands": "nếu dấu chấm là dấu phân cách hàng nghìn, hãy viết '{meant}'",
    "number_hint.decimal_comma": "phần thập phân viết sau dấu chấm: '{meant}'",
    "number_hint.boolean": "hãy viết true hoặc false, không có dấu nháy",
    "number_hint.plain": "hãy viết '{meant}'",
    "number_hint.range": "khoảng giá trị viết là 'range: [{low}, {high}]', thay cho 'value'",
    "schema.string_unquoted": (
        "cần văn bản, nhưng YAML 1.1 đọc '{written:q}' (không có dấu nháy) thành {given}; "
        "hãy đặt trong dấu nháy: '{fix}'"
    ),
    "schema.int": "{given} không hợp lệ: phải là một số nguyên",
    "schema.int_hint": "{given} không hợp lệ: phải là một số nguyên; {hint}",
    "schema.int_point": "'{written}' không hợp lệ: phải là một số nguyên; hãy viết '{meant}'",
    "schema.int_parsing": "{given} không hợp lệ: phải là một số nguyên",
    "schema.int_fraction": "{given} không hợp lệ: phải là một số nguyên, không có phần thập phân",
    "schema.float": "{given} không hợp lệ: phải là một số",
    "schema.float_parsing": "{given} không hợp lệ: phải là một số",
    "schema.finite": "{given} không hợp lệ: phải là một số hữu hạn",
    "schema.bool": "{given} không hợp lệ: phải là giá trị đúng/sai (true hoặc false)",
    "schema.bool_parsing": "{given} không hợp lệ: phải là giá trị đúng/sai (true hoặc false)",
    "schema.string": "{given} không hợp lệ: phải là nội dung dạng chữ",
    "schema.key_type": "khóa phải là chữ, không phải {given}",
    "schema.too_short_one": "không được để trống (giá trị đã ghi: {given})",
    "schema.too_short": "phải có ít nhất {min} ký tự; {given} chưa đủ",
    "schema.too_long": "chỉ được ghi tối đa {max} ký tự; {given} dài hơn",
    "schema.pattern": "{given} không đúng mẫu '{pattern}'",
    "schema.comparator_value": (
        "{given} không hợp lệ: phép so sánh chỉ được ghi '>=', '>', '<=' hoặc '<', còn con "
        "số ghi ở khóa riêng; hãy viết '{fix}' và 'value: {value}'"
    ),
    "schema.comparator_hint": (
        "{given} không hợp lệ: phép so sánh chỉ được ghi '>=', '>', '<=' hoặc '<'; hãy viết '{fix}'"
    ),
    "schema.choice": (
        "{given} không hợp lệ: chỉ được ghi một trong các giá trị {choices} hoặc {last}"
    ),
    "schema.choice_one": "{given} không hợp lệ: chỉ được ghi {choice}",
    "schema.at_least": "{given} không hợp lệ: phải lớn hơn hoặc bằng {limit}",
    "schema.at_most": "{given} không hợp lệ: phải nhỏ hơn hoặc bằng {limit}",
    "schema.greater": "{given} không hợp lệ: phải lớn hơn {limit}",
    "schema.less": "{given} không hợp lệ: phải nhỏ hơn {limit}",
    "schema.other": "không chấp nhận {given} ở chỗ này (điều kiện '{check}')",
    "date.format": (
        "{given} không hợp lệ: ngày tháng ghi theo dạng năm (2025), năm-tháng (2025-07) "
        "hoặc năm-tháng-ngày (2025-07-01)"
    ),
    "date.not_calendar": "{given} không phải một ngày có thật trên lịch",
    "source.url": "{given} không hợp lệ: địa chỉ phải bắt đầu bằng http:// hoặc https://",
    "range.not_list": (
        "{given} không hợp lệ: khoảng giá trị là danh sách hai số [cận dưới, cận trên] "
        "(ví dụ 'range: [25, 30]')"
    ),
    "range.count": (
        "khoảng giá trị gồm đúng hai số [cận dưới, cận trên] (ví dụ 'range: [25, 30]'), "
        "nhưng danh sách này có {count} phần tử; chỉ tiêu một con số thì viết 'value: 30'"
    ),
    "range.text": (
        "{given} không hợp lệ: khoảng giá trị là danh sách hai số; "
        "hãy viết 'range: [{low}, {high}]'"
    ),
    # --- quy tắc liên quan nhiều trường và nhiều tệp ------------------------------------------------
    "province.declared_twice": (
        "tỉnh, thành phố '{province}' đã được khai báo trong {other}: mỗi tỉnh, thành phố chỉ có một tệp"
    ),
    "province.file_name": (
        "mã tỉnh '{id}' không khớp với tên tệp '{stem}'; hãy đặt tên tệp là '{id}.yaml'"
    ),
    "province.merged_on_alone": "có 'merged_on' thì phải có 'merged_into'",
    "province.merged_into_itself": "một tỉnh không thể được sắp xếp vào chính nó",
    "province.merged_into_unknown": (
        "'merged_into' là '{id}', không phải đơn vị cấp tỉnh nào trong 34 đơn vị hiện hành{hint}"
    ),
    "source.duplicate_id": "mã nguồn '{id}' bị trùng (đã dùng ở '{first}')",
    "target.duplicate_id": "mã chỉ tiêu '{id}' bị trùng (đã dùng ở '{first}')",
    "indicator.duplicate_id": "mã chỉ số '{id}' bị trùng (đã dùng ở '{first}')",
    "target.unknown_source": (
        "nguồn '{source}' không có trong danh sách nguồn của tệp ({known}){hint}"
    ),
    "target.no_sources": "tệp chưa khai báo nguồn nào",
    "target.unknown_baseline_source": "nguồn '{source}' không có trong danh sách nguồn của tệp",
    "target.unknown_indicator": (
        "chỉ số '{indicator}' không có trong danh mục chỉ số (targets/indicators.yaml){hint}"
    ),
    "target.qualitative_with": (
        "chỉ tiêu định tính không có '{key}'; hãy bỏ '{key}' hoặc bỏ nội dung 'qualitative'"
    ),
    "target.needs_indicator": (
        "chỉ tiêu định lượng cần khóa 'indicator' (hoặc ghi nội dung 'qualitative' thay thế)"
    ),
    "target.quantified_incomplete": (
        "chỉ tiêu định lượng cần có 'comparator' và 'value' (hoặc 'range'); còn thiếu: {missing} "
        "(hoặc viết thành chỉ tiêu định tính bằng 'qualitative')"
    ),
    "target.boolean_comparator": (
        "chỉ tiêu dạng đúng/sai không dùng 'comparator': 'value: true' nghĩa là "
        "hoàn thành chậm nhất vào năm mục tiêu"
    ),
    "target.not_boolean": "{what} {value} không phải true/false như chỉ số dạng đúng/sai yêu cầu",
    "target.not_number": "{what} {value} không phải là số như đơn vị {unit:unit} yêu cầu",
    "target.not_finite": "{what} {value} không phải một số hữu hạn",
    "target.thousands": (
        "'{text}' được đọc thành {read}, nhưng lại được viết theo kiểu Việt Nam với dấu chấm "
        "phân cách hàng nghìn: có phải định viết {meant}? Hãy viết '{meant}', hoặc '{decimal}' nếu "
        "đúng là {read}"
    ),
    "target.thousands_quoted": (
        "'{text}' được đọc thành {read}, nhưng trích dẫn viết '{text}' với dấu chấm phân cách "
        "hàng nghìn, tức là {meant}; hãy viết '{meant}'"
    ),
    "target.rank_comparator": (
        "với thứ hạng, phép so sánh '{comparator}' nghĩa là hướng tới hạng thấp hơn (số thứ "
        "hạng càng nhỏ thì hạng càng cao); có phải cần dùng '<='?"
    ),
    "target.baseline_year": "năm gốc {baseline} phải trước năm mục tiêu {year}",
    "target.milestone_between": (
        "mốc năm {milestone} nằm ngoài lộ trình: các mốc phải ở giữa năm gốc {low} và năm "
        "mục tiêu {year}"
    ),
    "target.milestone_before": (
        "mốc năm {milestone} nằm ngoài lộ trình: các mốc phải trước năm mục tiêu {year}"
    ),
    "target.baseline_meets": "giá trị kỳ gốc {baseline} đã đạt mục tiêu {comparator:sign} {value}",
    "target.weak_source": (
        "nguồn '{source}' có độ tin cậy hạng {grade}; hãy ghi trong 'note' lý do dùng số liệu "
        "này (và lưu ý số liệu cần được kiểm chứng)"
    ),
    "target.value_and_range": (
        "chỉ tiêu có 'value' hoặc 'range', không có cả hai: giữ 'value' nếu là một con số, "
        "hoặc 'range: [cận dưới, cận trên]' nếu là một khoảng giá trị"
    ),
    "target.boolean_range": (
        "chỉ tiêu dạng đúng/sai dùng 'value: true' (hoàn thành chậm nhất vào năm mục tiêu), "
        "không dùng 'range'"
    ),
    "target.range_order": "khoảng [{low}, {high}] ghi cận trên trước; hãy viết 'range: {fix}'",
    "target.range_equal": "khoảng [{value}, {value}] chỉ có một giá trị; hãy viết 'value: {fix}'",
    "target.rank_range_comparator": (
        "khoảng thứ hạng không có 'comparator' được hiểu là '>=' (hạng {low} hoặc kém hơn), "
        "trong khi thứ hạng càng nhỏ càng tốt; hãy viết 'comparator: \"<=\"' để cận trên "
        "quyết định (hạng {high} hoặc tốt hơn)"
    ),
    "target.annual_needs_year": (
        "chỉ tiêu hằng năm cần 'year' là năm cuối phải đạt (và 'from_year' là năm đầu, nếu kế "
        "hoạch có nêu); chỉ tiêu không nêu thời hạn thì bỏ 'frequency: annual'"
    ),
    "target.from_year_not_annual": (
        "'from_year' {from_year} mở đầu một giai đoạn mà mức chỉ tiêu phải đạt hằng năm đến "
        "năm 'year': hãy thêm 'frequency: annual', hoặc bỏ 'from_year'"
    ),
    "target.from_year_needs_year": (
        "'from_year' {from_year} cần có 'year' là năm cuối của giai đoạn "
        "(\"trong giai đoạn 2025–2030\": 'from_year: 2025', 'year: 2030')"
    ),
    "target.from_year_order": (
        "năm đầu giai đoạn {from_year} không được sau năm mục tiêu {year}: "
        "giai đoạn tính từ 'from_year' đến 'year'"
    ),
    "target.from_year_baseline": (
        "năm gốc {baseline} sau năm đầu giai đoạn {from_year}: kỳ gốc là điểm xuất phát của "
        "kế hoạch, vào năm {from_year} hoặc trước đó"
    ),
    "target.milestone_in_window": (
        "mốc năm {milestone} nằm trong giai đoạn {from_year}–{year}, giai đoạn mà mức chỉ "
        "tiêu phải đạt hằng năm; các mốc phải trước năm {from_year}"
    ),
    "target.milestones_need_year": (
        "các mốc cần có năm mục tiêu (chỉ tiêu không nêu thời hạn thì không có lộ trình): "
        "hãy thêm 'year', hoặc bỏ 'milestones'"
    ),
    "target.out_of_not_rank": (
        "'out_of' (số đơn vị được xếp hạng) chỉ dùng cho chỉ số thứ hạng, còn chỉ số này có "
        "đơn vị {unit:unit}: hãy bỏ 'out_of'"
    ),
    "target.rank_beyond_out_of": (
        "hạng {rank} vượt quá {out_of}, số đơn vị được xếp hạng ('out_of'): "
        "hãy kiểm tra lại thứ hạng hoặc 'out_of'"
    ),
    "target.out_of_quote": (
        "'out_of' là {out_of}, nhưng trích dẫn nêu bảng xếp hạng {quoted} đơn vị: nếu chỉ tiêu "
        "dựa trên bảng xếp hạng đó, hãy viết 'out_of: {quoted}'"
    ),
    "catalogue.bounds_order": "'max' ({max}) phải lớn hơn 'min' ({min})",
    "catalogue.breaks_repeated": "năm {year} được ghi hai lần trong 'breaks'; hãy viết 'breaks: {fix}'",
    "catalogue.breaks_order": (
        "các năm trong 'breaks' phải theo thứ tự tăng dần, nhưng {year} đứng sau {previous}; "
        "hãy viết 'breaks: {fix}'"
    ),
    "catalogue.boolean_bounds": "chỉ số dạng đúng/sai ('boolean') không có 'min'/'max'",
    # --- thư mục chỉ tiêu của thư mục làm việc -----------------------------------------------------
    "targets.no_folder": (
        "không có thư mục 'targets' trong {folder}: hãy chạy dxgap trong một thư mục làm việc "
        "(có 'targets/' và 'data/') hoặc chỉ định --workspace DIR"
    ),
    "targets.no_catalogue": (
        "thiếu danh mục chỉ số; thư mục làm việc nào cũng cần có: dxgap init DIR tạo thư mục "
        "làm việc có sẵn danh mục chỉ số đi kèm dxgap"
    ),
    "source.translated": "{title} (dịch từ tiêu đề tiếng Anh)",
    "quote.translated": "{quote} (dịch từ trích dẫn tiếng Anh)",
}
