"""English text on what is compared with what (issue 16): figures set aside because they are
of another ranking or of part of a year, figures on another definition, and the task filters."""

TEXT: dict[str, str] = {
    "aside.out_of": (
        "Not comparable: the figures are ranks out of {n} units (latest: {value}, {when}); the "
        "target is a rank out of {target_n}."
    ),
    "aside.period": (
        "Not comparable: the only figures are of part of a year (latest: {value}, {when}), which "
        "does not stand for the year."
    ),
    "aside.why.out_of": "its figures are ranks out of {n} units, the target a rank out of {target_n}",
    "aside.why.period": "its only figures are of part of a year",
    "usage.nothing_comparable_to_draw": (
        "{province}: nothing to draw for {target}: not comparable ({why})"
    ),
}
