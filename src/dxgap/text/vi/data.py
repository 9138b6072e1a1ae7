"""Lỗi trong tệp số liệu (CSV, xlsx, Parquet) và tệp tùy chọn đi kèm, tiếng Việt.

`{cell:q}` trích ô số liệu đúng như đã ghi (tối đa 40 ký tự); `{limit:n}` có phân cách hàng
nghìn. Các mã giữ nguyên giữa các phiên bản.
"""

TEXT: dict[str, str] = {
    # đọc tệp
    "data.empty_file": "tệp rỗng; cần có dòng tiêu đề: '{header}'",
    "data.binary": (
        "tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản CSV; cần tệp CSV mã hóa UTF-8"
    ),
    "data.utf16_no_bom": (
        "tệp có vẻ được mã hóa UTF-16 nhưng không có dấu BOM; hãy lưu lại dạng UTF-8"
    ),
    "data.broken_utf16": "tệp UTF-16 bị hỏng: {reason}",
    "data.long_first_line": (
        "dòng đầu tiên dài hơn {limit:n} byte; đây có phải tệp CSV có dòng tiêu đề không?"
    ),
    "data.bare_cr": (
        "dòng kết thúc bằng ký tự CR đơn lẻ (kiểu xuống dòng của máy Mac cũ), ở đây không được "
        "coi là hết dòng; hãy lưu lại tệp với kiểu xuống dòng LF hoặc CRLF"
    ),
    "csv.unparsable": "không đọc được tệp theo dạng CSV: {reason}",
    "csv.ragged_row": (
        "dòng có {fields} trường, dòng tiêu đề có {width}; hãy đặt các trường có dấu phẩy "
        "trong ngoặc kép"
    ),
    "csv.ragged_row_tab": (
        "dòng có {fields} trường, dòng tiêu đề có {width}; hãy đặt các trường có ký tự tab "
        "trong ngoặc kép"
    ),
    "csv.malformed": "bản ghi CSV bị lỗi, bắt đầu từ dòng này: {reason}",
    "csv.quote_never_closed": (
        "ô trong ngoặc kép bắt đầu ở dòng {line}, cột {column} không được đóng: tệp kết thúc "
        "khi ô vẫn chưa đóng ngoặc kép; hãy đóng ngoặc kép ở chỗ ô kết thúc (dấu ngoặc kép bên "
        'trong ô được viết thành hai dấu: "")'
    ),
    "csv.text_after_quote_opened": (
        "'{cell:q}': dấu ngoặc kép này đóng ô mở từ dòng {line}, cột {column}, nhưng sau nó vẫn "
        "còn chữ (các dòng ở giữa bị đọc thành một ô, mất các dấu ngoặc kép); hãy đóng ngoặc "
        'kép ở chỗ ô kết thúc, và viết mỗi dấu ngoặc kép bên trong ô thành hai dấu ("")'
    ),
    "csv.text_after_quote": (
        "'{cell:q}': dấu ngoặc kép này đóng ô, nhưng sau nó vẫn còn chữ (ô sẽ bị đọc mất các dấu "
        'ngoặc kép); hãy viết mỗi dấu ngoặc kép bên trong ô thành hai dấu (""), hoặc bỏ dấu '
        "ngoặc kép bao quanh ô"
    ),
    "csv.quote_in_field": (
        'có dấu ngoặc kép (") giữa một trường không đặt trong ngoặc kép; hãy đặt cả trường '
        "trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu"
    ),
    "csv.quote_runs_over": (
        "một ô trong ngoặc kép bắt đầu từ đây và kéo dài qua các dòng trông giống dòng số liệu: "
        "có dấu ngoặc kép chưa được đóng, hoặc một dấu ngoặc kép thừa đã mở ô; hãy đóng ngoặc "
        'kép ở chỗ ô kết thúc, hoặc viết dấu ngoặc kép bên trong ô thành hai dấu ("")'
    ),
    "data.header_one_cell": (
        "dòng tiêu đề chỉ là một ô, '{header:q}', có chứa '{found}': các cột đang được đọc theo "
        "dấu phân cách '{separator}'; nếu các cột được phân cách bằng '{found}', hãy ghi "
        "'separator: \"{found}\"' vào tệp '{sidecar}'"
    ),
    "data.sep_line": (
        "dòng đầu tiên '{line:q}' khai báo dấu phân cách theo cách Excel ghi (sep=;), nhưng "
        "'{found}' không phải dấu phân cách mà dxgap đọc được; hãy lưu tệp với dấu phân cách "
        "',', ';', '\\t' hoặc '|', hoặc xóa dòng này"
    ),
    "data.sep_line_conflict": (
        "dòng đầu tiên khai báo dấu phân cách '{found}' (sep={found}), nhưng tệp '{sidecar}' lại "
        "khai báo '{separator}'; hãy giữ dấu phân cách mà tệp thực sự dùng"
    ),
    "data.header_quoted": (
        "dòng tiêu đề chỉ là một ô, '{header:q}': cả dòng nằm trong ngoặc kép nên dấu '{found}' "
        "không phân cách được các cột; hãy bỏ dấu ngoặc kép bao quanh dòng tiêu đề"
    ),
    "xlsx.unreadable": "không đọc được sổ tính .xlsx: {reason}",
    "xlsx.no_sheet": "không có trang tính '{sheet:q}'; sổ tính có: {sheets:names}",
    "xlsx.empty_sheet": "trang tính trống; cần có dòng tiêu đề",
    "xlsx.broken_zip": (
        "tệp không phải là tệp nén zip, hoặc một phần của tệp bị hỏng (mọi sổ tính .xlsx đều là "
        "tệp nén zip: đây có phải là tệp .xls hoặc tệp CSV bị đổi tên không?)"
    ),
    "xlsx.broken_xml": (
        "một phần của sổ tính không phải là XML hợp lệ (dòng {line}, cột {column} của phần đó): "
        "sổ tính bị hỏng; hãy mở bằng Excel hoặc LibreOffice Calc rồi lưu lại"
    ),
    "xlsx.dtd": (
        "phần '{part}' của sổ tính có khai báo DTD (thực thể XML), điều mà không chương trình "
        "bảng tính nào ghi ra và có thể khiến chương trình đọc tệp khác hoặc làm đầy bộ nhớ; "
        "phần này không được đọc"
    ),
    "xlsx.no_worksheet": (
        "sổ tính không có trang tính nào để đọc (trang biểu đồ không chứa số liệu)"
    ),
    "xlsx.sheet_missing": (
        "sổ tính có trang tính '{sheet:q}' nhưng trong tệp thiếu phần nội dung của trang này "
        "({part}): sổ tính bị hỏng; hãy mở bằng Excel hoặc LibreOffice Calc rồi lưu lại"
    ),
    "xlsx.no_visible_sheet": (
        "mọi trang tính đều bị ẩn ({sheets:names}); hãy ghi tên trang tính cần đọc vào tệp "
        "'{sidecar}' (sheet: …) hoặc bỏ ẩn trang tính đó"
    ),
    "xlsx.hidden_sheets": (
        "đang đọc trang tính '{sheet:q}', trang hiển thị đầu tiên; các trang bị ẩn trước nó "
        "được bỏ qua: {hidden:names} (muốn đọc một trang bị ẩn, hãy ghi tên trang đó vào tệp "
        "'{sidecar}': sheet: …)"
    ),
    "xlsx.too_large": (
        "sổ tính khi giải nén có {size:n} byte, vượt quá mức {limit:n} byte mà dxgap đọc từ "
        "một sổ tính; hãy lưu số liệu dưới dạng CSV hoặc Parquet"
    ),
    "xlsx.too_many_rows": (
        "trang tính có hơn {limit:n} hàng (kể cả hàng trống có định dạng), vượt quá mức dxgap "
        "đọc từ một sổ tính; hãy lưu số liệu dưới dạng CSV hoặc Parquet"
    ),
    "parquet.unreadable": "không đọc được tệp Parquet: {reason}",
    "parquet.column_type": (
        "cột '{column:q}' có kiểu {dtype}; cần văn bản, số, đúng/sai hoặc ngày tháng"
    ),
    "sidecar.separator": (
        "'{shown}' không hợp lệ: dấu phân cách chỉ được là ',', ';', '|' hoặc ký tự tab "
        '(viết là "\\t")'
    ),
    "sidecar.sheet_not_xlsx": "tùy chọn 'sheet' chỉ dùng cho tệp .xlsx",
    "sidecar.separator_not_csv": "tùy chọn 'separator' chỉ dùng cho tệp CSV",
    # dòng tiêu đề
    "data.column_twice": "cột '{column:q}' xuất hiện hai lần trong dòng tiêu đề",
    "data.unknown_column": "cột '{column:q}' không hợp lệ{hint}; các cột được phép: {allowed:names}",
    "data.missing_column": "thiếu cột bắt buộc '{column}'; dòng tiêu đề có: '{header:q}'",
    "data.more_header_problems": (
        "… và {count:n} lỗi khác ở các cột của dòng tiêu đề (chỉ liệt kê {limit} lỗi đầu tiên)"
    ),
    "data.control_character": (
        "'{cell:q}' chứa ký tự {code}, là ký tự điều khiển hoặc dấu đảo chiều văn bản: những ký "
        "tự này không phải là chữ (chúng có thể đổi màu cửa sổ lệnh, đổi tiêu đề cửa sổ hoặc "
        "hiển thị chữ bị đảo ngược); hãy xóa ký tự này"
    ),
    "data.more_rows": (
        "… và {count:n} dòng khác có lỗi (mỗi tệp chỉ liệt kê tối đa {limit} lỗi); hãy sửa các "
        "lỗi trên rồi kiểm tra lại"
    ),
    # ô số liệu
    "data.province_empty": "chưa ghi tỉnh, thành phố",
    "data.unknown_province": "không có tỉnh, thành phố '{province:q}'; {hint}",
    "data.indicator_empty": "chưa ghi chỉ số",
    "data.unknown_indicator": (
        "chỉ số '{indicator:q}' không có trong danh mục (targets/indicators.yaml)"
    ),
    "data.year_empty": "chưa ghi năm",
    "data.not_whole_number": "'{cell:q}' không phải số nguyên",
    "data.year_out_of_range": "năm {year} nằm ngoài khoảng từ năm {min} đến năm {max}",
    "data.value_empty": "chưa ghi giá trị (hãy ghi giá trị, hoặc tử số và mẫu số)",
    "data.not_boolean": (
        "'{cell:q}' không phải giá trị đúng/sai, trong khi chỉ số này ghi nhận "
        "hoàn thành/chưa hoàn thành"
    ),
    "data.not_a_number": "'{cell:q}' không phải số",
    "data.vietnamese_style": (
        "'{cell:q}' không phải số; nếu tệp ghi số theo kiểu Việt Nam (86,3 và 1.586), hãy "
        "khai báo decimal: comma (xem docs/formats.md)"
    ),
    "data.vietnamese_thousands": (
        "'{cell:q}' được đọc thành {read} vì tệp này dùng dấu chấm làm dấu thập phân, nhưng số "
        "lượng, số tiền và thứ hạng viết dấu chấm trước đúng ba chữ số thường là cách viết hàng "
        "nghìn kiểu Việt Nam: hãy viết '{meant}', hoặc '{decimal}' nếu đúng là {read} (hoặc, nếu "
        "tệp ghi số theo kiểu Việt Nam, 86,3 và 1.586, hãy khai báo decimal: comma)"
    ),
    "data.points_grouped": (
        "'{cell:q}' dùng dấu chấm để phân cách hàng nghìn theo kiểu Việt Nam, nhưng tệp này không "
        "khai báo kiểu ghi số đó; hãy ghi số không có dấu chấm, hoặc khai báo decimal: comma nếu "
        "tệp ghi số theo kiểu Việt Nam (86,3 và 1.586)"
    ),
    "data.thousands_grouped": (
        "'{cell:q}' dùng dấu ',' để phân cách hàng nghìn; hãy ghi số không có dấu phân cách"
    ),
    "data.ambiguous_point": (
        "'{cell:q}' không rõ nghĩa: theo kiểu Việt Nam ',' là dấu thập phân, còn theo kiểu "
        "tiếng Anh lại là dấu phân cách hàng nghìn; hãy ghi 1586 hoặc 1.586, hoặc khai báo "
        "decimal: comma"
    ),
    "data.ambiguous_comma": (
        "'{cell:q}' không rõ nghĩa: tệp này ghi số kiểu Việt Nam nên ',' là dấu thập phân, "
        "nhưng ô dạng 1,586 thường là số hàng nghìn; hãy ghi 1.586 (hàng nghìn) hoặc 1,5860 "
        "(thập phân)"
    ),
    "data.not_vietnamese_number": (
        "'{cell:q}' không phải số theo kiểu Việt Nam (86,3 hoặc 1.586 hoặc 1.586,5)"
    ),
    "data.ambiguous_style": (
        "'{cell:q}' theo kiểu Việt Nam là một số, theo kiểu tiếng Anh lại là số khác (1.586: "
        "một nghìn năm trăm tám mươi sáu, hoặc một phẩy năm tám sáu), mà tệp phân cách bằng "
        "';' này không khai báo kiểu ghi số; hãy ghi 'decimal: comma' hoặc 'decimal: point' "
        "vào tệp tùy chọn đi kèm, hoặc ghi số không có dấu phân cách hàng nghìn"
    ),
    "data.space_in_number": (
        "'{cell:q}' có khoảng trắng ở giữa số; khoảng trắng chỉ được dùng để tách từng nhóm ba "
        "chữ số hàng nghìn (1 586 000)"
    ),
    "data.foreign_digits": (
        "'{cell:q}' được viết bằng chữ số khác 0-9 (chữ số toàn độ rộng hoặc chữ số Ả Rập - "
        "Ấn Độ); hãy gõ lại bằng 0-9"
    ),
    "data.percent_sign": "'{cell:q}' có dấu % nhưng chỉ số không tính theo phần trăm",
    "data.not_finite": "'{cell:q}' không phải số hữu hạn",
    "data.counts_unpaired": "hãy ghi cả tử số và mẫu số, hoặc bỏ trống cả hai",
    "data.denominator_not_positive": "mẫu số {cell:q} phải lớn hơn 0",
    "data.numerator_negative": "tử số {cell:q} không được là số âm",
    "data.counts_not_percent": (
        "tử số và mẫu số cho ra một tỷ lệ phần trăm, nhưng chỉ số '{indicator}' có đơn vị {unit:unit}"
    ),
    "data.counts_disagree": (
        "{value:q} không khớp với tử số/mẫu số: {numerator:q}/{denominator:q} = {rate}%"
    ),
    "data.bad_date": (
        "ngày '{cell:q}' không hợp lệ: ngày tháng ghi theo dạng năm (2025), năm-tháng (2025-07) "
        "hoặc năm-tháng-ngày (2025-07-01)"
    ),
    "data.no_such_date": "ngày '{cell:q}' không có trong lịch (tháng đó không có ngày này)",
    # trạng thái nhiệm vụ, thứ hạng trên tổng số, kỳ số liệu
    "data.indicator_or_target": (
        "mỗi dòng ghi chỉ số (một số liệu) hoặc chỉ tiêu (trạng thái của một nhiệm vụ), không "
        "ghi cả hai: chỉ số '{indicator:q}', chỉ tiêu '{target:q}'"
    ),
    "data.unknown_target": (
        "'{target:q}' không phải mã chỉ tiêu trong tệp chỉ tiêu của {province}{hint}; dòng "
        "trạng thái nhiệm vụ phải ghi mã một chỉ tiêu trong kế hoạch của tỉnh, thành phố"
    ),
    "data.target_not_task": (
        "chỉ tiêu '{target:q}' có giá trị cần đạt: hãy ghi số liệu của chỉ số trong một dòng "
        "có cột 'indicator', không ghi trạng thái (trạng thái chỉ dành cho chỉ tiêu định tính "
        "và chỉ tiêu có/không)"
    ),
    "data.task_cell": (
        "dòng trạng thái nhiệm vụ (có cột 'target') chỉ ghi trạng thái, ngày, nguồn và ghi "
        "chú; hãy để trống '{column}', hoặc ghi số liệu ở một dòng riêng có cột 'indicator'"
    ),
    "data.state_without_target": (
        "trạng thái '{cell:q}' không kèm chỉ tiêu: trạng thái phải thuộc một dòng ghi mã chỉ "
        "tiêu của kế hoạch trong cột 'target'"
    ),
    "data.state_empty": (
        "chỉ tiêu '{target:q}' chưa ghi trạng thái (hoàn thành, đang thực hiện, chưa thực hiện, "
        "không thực hiện)"
    ),
    "data.unknown_state": (
        "'{cell:q}' không phải trạng thái nhiệm vụ{hint}; các cách ghi được chấp nhận: "
        "{accepted:names}"
    ),
    "data.state_ambiguous": (
        "'{cell:q}' cho biết nhiệm vụ chưa xong nhưng không rõ đã bắt đầu hay chưa{hint}: hãy "
        "ghi 'đang thực hiện' hoặc 'chưa thực hiện'; các cách ghi được chấp nhận: "
        "{accepted:names}"
    ),
    "data.out_of_invalid": (
        "'{cell:q}' ở cột 'out_of' phải là số nguyên từ 1 trở lên (số đơn vị được xếp hạng)"
    ),
    "data.out_of_not_rank": (
        "cột 'out_of' chỉ dùng cho thứ hạng, nhưng chỉ số '{indicator}' có đơn vị {unit:unit}"
    ),
    "data.rank_above_out_of": (
        "hạng {value:q} lớn hơn số đơn vị được xếp hạng ({out_of}, cột 'out_of')"
    ),
    "data.bad_period": (
        "kỳ số liệu '{cell:q}' không theo một trong các dạng {forms:names} (ví dụ 2024-Q1, "
        "2024-W03)"
    ),
    "data.no_such_period": (
        "kỳ số liệu '{cell:q}' không có trong lịch (tháng đó không có ngày này, hoặc năm đó "
        "không có tuần 53)"
    ),
    "data.period_outside_year": "kỳ số liệu '{cell:q}' không thuộc năm {year} của dòng",
    # ô của sổ tính, như đã lưu
    "xlsx.formula_not_computed": (
        "'{cell:q}': sổ tính không lưu kết quả đã tính của công thức này (tệp được lưu bằng một "
        "chương trình không tính công thức: không có kết quả, hoặc chỉ có giá trị tạm mà sổ "
        "tính yêu cầu tính lại khi mở); hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice Calc, "
        "hoặc nhập trực tiếp giá trị"
    ),
    "xlsx.date_cell": (
        "'{cell:q}' là ô định dạng ngày tháng ở chỗ cần ghi số (Excel lưu ngày tháng dưới dạng "
        "số ngày); hãy định dạng ô theo kiểu Chung ('General') hoặc Số ('Number') rồi nhập số"
    ),
    "xlsx.period_date_cell": (
        "'{cell:q}' là ô định dạng ngày không hiển thị ngày trong tháng (Excel tự đổi 2024-01 "
        "thành ngày đầu tháng); hãy định dạng ô theo kiểu Văn bản ('Text') rồi nhập kỳ số liệu "
        "(2024-01, 2024-Q1, 2024-W03)"
    ),
    "xlsx.percent_cell": (
        "'{cell:q}' là ô định dạng phần trăm (Excel lưu 20% thành 0,2), nhưng chỉ giá trị của "
        "chỉ số tính theo phần trăm mới được định dạng như vậy; hãy định dạng ô theo kiểu "
        "Chung ('General') hoặc Số ('Number') rồi nhập số theo đơn vị của chỉ số"
    ),
    # dòng so với các dòng khác
    "data.duplicate_dated": (
        "dòng trùng: cùng tỉnh, thành phố, chỉ số và ngày{scope} với {first}; hãy giữ một dòng, hoặc "
        "ghi ngày báo cáo cho từng dòng"
    ),
    "data.duplicate_undated": (
        "dòng trùng: cùng tỉnh, thành phố, chỉ số và năm (cả hai dòng đều không ghi ngày){scope} "
        "với {first}; hãy giữ một dòng, hoặc ghi ngày báo cáo cho từng dòng"
    ),
    "data.duplicate_state_dated": (
        "trạng thái trùng: cùng tỉnh, thành phố, chỉ tiêu '{target:q}' và ngày với {first}; hãy "
        "giữ một dòng, hoặc ghi ngày báo cáo cho từng dòng"
    ),
    "data.duplicate_state": (
        "trạng thái trùng: cùng tỉnh, thành phố, chỉ tiêu '{target:q}' và năm (cả hai dòng đều "
        "không ghi ngày) với {first}; hãy giữ một dòng, hoặc ghi ngày báo cáo cho từng dòng"
    ),
    "data.same_area": " (cùng địa bàn)",
    "data.line": "dòng {line}",
    "data.line_of": "dòng {line} của tệp {file}",
    "data.row": "hàng {line}",
    "data.row_of": "hàng {line} của tệp {file}",
    "data.mixed_area_counts": (
        "dòng địa bàn này có giá trị nhưng không có tử số/mẫu số, trong khi các địa bàn khác "
        "cùng tỉnh, thành phố, chỉ số và ngày thì có: tỷ lệ bình quân gia quyền của tỉnh, thành phố cần "
        "tử số và mẫu số của mọi địa bàn"
    ),
    "data.two_rankings": (
        "thứ hạng năm {year} có cả bảng xếp hạng {sizes:and} đơn vị, còn chỉ tiêu '{target}' không "
        "ghi 'out_of': không biết chỉ tiêu đề cập bảng nào nên lệnh dxgap check ghi chỉ tiêu là "
        "'Không so sánh được'; hãy ghi 'out_of' cho chỉ tiêu (số đơn vị của bảng xếp hạng mà chỉ "
        "tiêu đề cập)"
    ),
    "data.after_merger": (
        "{province} đã được sắp xếp vào {successor} (chính quyền địa phương mới hoạt động từ "
        "{date:date}), nhưng số liệu này ghi thời điểm {dated:date}; số liệu mới thuộc về đơn vị hình "
        "thành sau sắp xếp (báo cáo nộp muộn vẫn được chấp nhận: đây chỉ là cảnh báo)"
    ),
    # tham số của lệnh validate
}
