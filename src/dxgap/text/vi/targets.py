"""Lỗi trong tệp chỉ tiêu và danh mục chỉ số (YAML), tiếng Việt."""

TEXT: dict[str, str] = {
    "bounds.below": "{value} nhỏ hơn {limit}, mức tối thiểu của {owner}",
    "bounds.above": "{value} lớn hơn {limit}, mức tối đa của {owner}",
    "owner.unit": "đơn vị '{unit}'",
    "owner.indicator": "chỉ số '{indicator}'",
}
