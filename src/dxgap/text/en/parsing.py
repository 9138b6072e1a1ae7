"""What is wrong with a command line typer could not parse (an unknown option, a missing
argument, a value of the wrong kind), in English. Shown by `dxgap.cli.parsing`."""

TEXT: dict[str, str] = {
    "parse.no_such_option": "no such option: {option}{hint}",
    "parse.no_such_command": "no such command '{name}'{hint}",
    "parse.did_you_mean": " (did you mean {names:names}?)",
    "parse.missing_argument": "missing argument '{name}'",
    "parse.missing_option": "missing option {option}",
    "parse.missing_command": "missing command",
    "parse.needs_value": "option {option} requires a value",
    "parse.takes_no_value": "option {option} takes no value",
    "parse.extra_arguments": "unexpected extra argument(s): {args:names}",
    "parse.not_integer": "{option} takes a whole number, not '{value:q}'",
    "parse.not_number": "{option} takes a number, not '{value:q}'",
    "parse.at_least": "{option} must be at least {limit} (given: '{value:q}')",
    "parse.at_most": "{option} must be at most {limit} (given: '{value:q}')",
    "parse.not_a_choice": "invalid choice for {option}: '{value:q}'{hint}; choose one of: {known:names}",
    "parse.bad_value": "invalid value for {option}: '{value:q}'",
    "parse.other": "the command line could not be read: {detail}",
}
