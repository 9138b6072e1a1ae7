"""Problems in target files and the indicator catalogue (YAML), in English."""

TEXT: dict[str, str] = {
    # bounds of a value, shared with data files: value as written (text) or as read (number)
    "bounds.below": "{value} is below {limit}, the minimum for {owner}",
    "bounds.above": "{value} is above {limit}, the maximum for {owner}",
    "owner.unit": "unit '{unit}'",
    "owner.indicator": "indicator '{indicator}'",
}
