"""Dòng lệnh typer không đọc được (tùy chọn không có, thiếu tham số, giá trị sai kiểu), tiếng
Việt. Tên lệnh, tên tùy chọn và các giá trị phải gõ đúng giữ nguyên."""

TEXT: dict[str, str] = {
    "parse.no_such_option": "không có tùy chọn {option}{hint}",
    "parse.no_such_command": "không có lệnh '{name}'{hint}",
    "parse.did_you_mean": " (có phải là {names:names}?)",
    "parse.missing_argument": "chưa ghi tham số bắt buộc '{name}'",
    "parse.missing_option": "chưa ghi tùy chọn bắt buộc {option}",
    "parse.missing_command": "chưa ghi lệnh",
    "parse.needs_value": "tùy chọn {option} cần một giá trị",
    "parse.takes_no_value": "tùy chọn {option} không nhận giá trị",
    "parse.extra_arguments": "thừa tham số: {args:names}",
    "parse.not_integer": "{option} nhận một số nguyên, không phải '{value:q}'",
    "parse.not_number": "{option} nhận một số, không phải '{value:q}'",
    "parse.at_least": "{option} phải từ {limit} trở lên (đã ghi '{value:q}')",
    "parse.at_most": "{option} phải từ {limit} trở xuống (đã ghi '{value:q}')",
    "parse.not_a_choice": (
        "{option} không nhận giá trị '{value:q}'{hint}; chọn một trong: {known:names}"
    ),
    "parse.bad_value": "giá trị của {option} không hợp lệ: '{value:q}'",
    "parse.other": "không đọc được dòng lệnh: {detail}",
}
