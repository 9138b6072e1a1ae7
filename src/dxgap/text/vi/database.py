"""Cơ sở dữ liệu làm nguồn số liệu (`data/<tên>.source.yaml`, `dxgap.data.database`), tiếng Việt.

`{target}` là URI của cơ sở dữ liệu, mật khẩu được thay bằng `***`; `{reason}` là dòng đầu
thông báo của trình điều khiển (tiếng Anh), cũng đã thay như vậy.
"""

TEXT: dict[str, str] = {
    "location.record": "hàng {row} ({key})",
    "source.no_uri": (
        "chưa chỉ ra cơ sở dữ liệu: hãy ghi 'uri_env', tên biến môi trường chứa URI của cơ sở "
        "dữ liệu (uri_env: DXGAP_DB_URI)"
    ),
    "source.uri_and_env": "chỉ ghi 'uri_env' hoặc 'uri', không ghi cả hai",
    "source.password_in_file": (
        "URI có chứa mật khẩu ({uri}); không bao giờ ghi mật khẩu vào tệp: hãy đặt URI vào "
        "một biến môi trường và ghi tên biến đó ở đây (uri_env: DXGAP_DB_URI)"
    ),
    "source.env_missing": (
        "chưa đặt biến môi trường {name}; hãy đặt biến này bằng URI của cơ sở dữ liệu "
        "(postgresql://user:password@host:5432/database, hoặc sqlite:////đường/dẫn/tệp.db)"
    ),
    "source.env_empty": (
        "biến môi trường {name} đang để trống; hãy đặt biến này bằng URI của cơ sở dữ liệu"
    ),
    "source.sqlite_missing": "không có cơ sở dữ liệu SQLite '{file}'",
    "source.no_driver": (
        "chưa cài trình điều khiển cho cơ sở dữ liệu '{scheme}': dxgap đọc PostgreSQL và "
        "SQLite khi cài thêm phần cơ sở dữ liệu (pip install 'dxgap[db]')"
    ),
    "source.connect_failed": "không mở được cơ sở dữ liệu {target}: {reason}",
    "source.query_failed": "cơ sở dữ liệu không thực hiện được câu truy vấn: {reason}",
}
