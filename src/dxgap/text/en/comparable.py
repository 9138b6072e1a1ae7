"""English text on what is compared with what (issue 16): figures set aside because they are
of another ranking or of part of a year, figures on another definition, the task filters, and
a task's chart (its reported states)."""

TEXT: dict[str, str] = {
    "aside.out_of": (
        "Not comparable: the figures are ranks out of {n} units (latest: {value}, {when}); the "
        "target is a rank out of {target_n}."
    ),
    "aside.rankings": (
        "Not comparable: the ranks of {year} are out of {sizes:and} units, and the target states "
        "no out_of: its province is a unit both of the 63 and of the 34, so either ranking could "
        "be meant; add out_of to the target (the number of units of the ranking it refers to)."
    ),
    "aside.period": (
        "Not comparable: the only figures are of part of a year (latest: {value}, {when}), which "
        "does not stand for the year."
    ),
    "aside.ended": (
        "Not comparable: a rank out of 63 in {due} cannot be measured: the rankings of the 63 "
        "provinces ended with {last} (the 2025 reorganisation), those since rank the 34 units "
        "(latest: {value}, {when})."
    ),
    "aside.why.ended": (
        "a rank out of 63 in {due} cannot be measured: the rankings of the 63 provinces ended "
        "with {last}"
    ),
    "aside.why.out_of": "its figures are ranks out of {n} units, the target a rank out of {target_n}",
    "aside.why.rankings": (
        "its ranks of {year} are out of {sizes:and} units and the target states no out_of"
    ),
    "aside.why.period": "its only figures are of part of a year",
    "usage.nothing_comparable_to_draw": (
        "{province}: nothing to draw for {target}: not comparable ({why})"
    ),
    "compare.other_definition": (
        "† On another definition ({definition}) than the other figures that state one "
        "({usual}): not directly comparable."
    ),
    "compare.left_out": (
        "Left out: {figures}: a figure of part of a year is not ranked with whole years; "
        "--snapshots ranks it too."
    ),
    "compare.left_out_many": (
        "Left out: {figures}: figures of part of a year are not ranked with whole years; "
        "--snapshots ranks them too."
    ),
    "usage.unknown_state": "unknown state '{state}'{hint}; choose from {known:names}",
    "usage.status_qualitative": (
        "--status '{status}': qualitative targets are tasks now, each with the state its "
        "province reports; choose them with --state ({states:names}), or list them all with "
        "--qualitative"
    ),
    "chart.reported": "reported state",
    "chart.alt_task": "{name}: goal {goal}, {status}; reported: {reports}.",
    "chart.alt_report": "{state} ({when})",
}
