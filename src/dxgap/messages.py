"""Human text in both languages dxgap speaks, in one place (keys must exist in both)."""

from __future__ import annotations

Lang = str

STATUS: dict[str, dict[str, str]] = {
    "en": {
        "achieved": "achieved",
        "on_track": "on track",
        "acceleration_needed": "acceleration needed",
        "limited_progress": "limited progress",
        "deterioration": "deterioration",
        "pending": "pending",
        "insufficient_data": "insufficient data",
        "overdue": "overdue, no data",
        "missed": "missed",
        "no_data": "no data",
        "not_quantified": "not quantified",
    },
    "vi": {
        "achieved": "Đã đạt",
        "on_track": "Đúng tiến độ",
        "acceleration_needed": "Cần tăng tốc",
        "limited_progress": "Tiến triển chậm",
        "deterioration": "Đi lùi",
        "pending": "Đang thực hiện",
        "insufficient_data": "Chưa đủ số liệu",
        "overdue": "Quá hạn, chưa có số liệu",
        "missed": "Không đạt",
        "no_data": "Chưa có số liệu",
        "not_quantified": "Định tính",
    },
}
"""Status labels; the Vietnamese ones as the steering committees' reports word them."""

PILLAR: dict[str, dict[str, str]] = {
    "en": {
        "digital_government": "Digital government",
        "digital_economy": "Digital economy",
        "digital_society": "Digital society",
        "infrastructure": "Digital infrastructure",
        "human_resources": "Digital human resources",
        "other": "Other",
    },
    "vi": {
        "digital_government": "Chính quyền số",
        "digital_economy": "Kinh tế số",
        "digital_society": "Xã hội số",
        "infrastructure": "Hạ tầng số",
        "human_resources": "Nhân lực số",
        "other": "Khác",
    },
}


def status_label(status: str, lang: Lang = "en") -> str:
    """A status in words."""
    return STATUS.get(lang, STATUS["en"]).get(status, status)


def pillar_label(pillar: str | None, lang: Lang = "en") -> str:
    """A pillar in words."""
    table = PILLAR.get(lang, PILLAR["en"])
    return table.get(pillar or "other", pillar or table["other"])
