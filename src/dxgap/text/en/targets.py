"""Problems in target files and the indicator catalogue (YAML), in English."""

TEXT: dict[str, str] = {
    # bounds of a value, shared with data files: value as written (text) or as read (number)
    "bounds.below": "{value} is below {limit}, the minimum for {owner}",
    "bounds.above": "{value} is above {limit}, the maximum for {owner}",
    "owner.unit": "unit '{unit}'",
    "owner.indicator": "indicator '{indicator}'",
    # --- pieces of messages ---------------------------------------------------------------------
    # a key or an id inside a list of them ("missing: comparator, value")
    "ident": "{name}",
    "what.value": "value",
    "what.milestone": "milestone",
    # what a YAML value looks like to the person who wrote it ("got a mapping")
    "kind.empty": "nothing (an empty value)",
    "kind.list": "a list",
    "kind.mapping": "a mapping",
    "kind.bool": "true/false ({value})",
    "kind.number": "a number ({number})",
    "kind.text": "text ('{text:q}')",
    "kind.date": "a date ({date})",
    # a value the user gave, quoted ("got 'ninety'")
    "given.text": "'{text:q}'",
    # --- the file as YAML -------------------------------------------------------------------------
    "yaml.empty": "file is empty; expected a YAML mapping",
    "yaml.top_not_mapping": "expected a mapping at the top level, got {got}",
    "yaml.tag": "YAML tag {tag} is not allowed: target files hold plain data, never objects",
    "yaml.merge_key": "merge keys ('<<') are not supported; write keys out",
    "yaml.key_not_scalar": "mapping keys must be plain scalars",
    "yaml.duplicate_key": (
        "duplicate key '{key}' (first defined on line {line}); "
        "YAML would silently keep only the last one"
    ),
    "yaml.scalar": "cannot read scalar '{text:q}': {reason}",
    "scalar.month": "month must be in 1..12",
    "scalar.day": "day is out of range for month",
    "scalar.time": "not a valid time of day",
    "scalar.date": "not a valid date",
    "scalar.int": "not a valid integer",
    "scalar.float": "not a valid number",
    "scalar.bool": "not true/false",
    "scalar.other": "{detail}",
    # numbers: only plain decimals (`10`, `-3`, `2.5`); what YAML 1.1 reads otherwise, and why
    "yaml.number_form": (
        "'{text}' is not a plain decimal number: {why}; write {meant}, or quote it if it is text"
    ),
    "number.octal": "YAML 1.1 reads a leading 0 as octal, so this is {read}",
    "number.leading_zero": "YAML 1.1 reads a leading 0 as octal (010 is 8) or as text",
    "number.base": "YAML 1.1 reads it as a base-{base} number, {read}",
    "number.sexagesimal": "YAML 1.1 reads ':' as base 60, so this is {read}",
    "number.plain": (
        "numbers are written as plain digits: no leading zero, '+', '_' or exponent, "
        "and digits on both sides of a decimal point"
    ),
    "yaml.number_special": (
        "'{text}' is not a finite number (YAML reads it as infinity or not-a-number); "
        "write a plain decimal number, or quote it if it is text"
    ),
    # a value starting with a character YAML reserves (`comparator: >=`)
    "yaml.comparator_value": (
        "'{text:q}' must be quoted: {why}; and a comparator and its number are two keys: "
        "write {fix} and value: {value}"
    ),
    "yaml.unquoted_indicator": "'{text:q}' must be quoted: {why}; write {fix}",
    "yaml.indicator.block": "in YAML, '{char}' at the start of a value opens a block of text",
    "yaml.indicator.reserved": "in YAML, a value cannot start with '{char}' unless it is quoted",
    "yaml.control_character": (
        "character {code} is not allowed in YAML (control characters are not text)"
    ),
    "yaml.control_escaped": (
        "the text holds character {code}, written as an escape: control characters and marks "
        "that reorder text are not text (they can recolour a terminal or show words reversed); "
        "remove it"
    ),
    "yaml.too_deep": "YAML nesting is too deep",
    "yaml.too_deep_brackets": "YAML nesting is too deep (more than {limit} levels of brackets)",
    "yaml.too_many_nodes": (
        "the document expands to more than {limit:n} nodes (aliases referring to aliases?); "
        "refusing to expand it"
    ),
    "yaml.error": "YAML error: {detail}",
    # syntax errors: PyYAML's context and problem, each a phrase below
    "yaml.syntax": "YAML syntax error: {detail}",
    "yaml.syntax.context": "{context}: {problem}",
    "yaml.syntax.opened": "{context} (opened at line {line}, column {column}): {problem}",
    "yaml.syntax.opened_only": "{context} (opened at line {line}, column {column})",
    "yaml.syntax.invalid": "invalid YAML",
    "yaml.phrase.other": "{text}",
    # PyYAML's phrases, word for word (dxgap.targets.yamlsyntax.PHRASES)
    "yaml.ctx.next_token": "while scanning for the next token",
    "yaml.ctx.simple_key": "while scanning a simple key",
    "yaml.ctx.directive": "while scanning a directive",
    "yaml.ctx.parse_directive": "while parsing a directive",
    "yaml.ctx.anchor": "while scanning an anchor",
    "yaml.ctx.alias": "while scanning an alias",
    "yaml.ctx.tag": "while scanning a tag",
    "yaml.ctx.parse_tag": "while parsing a tag",
    "yaml.ctx.block_scalar": "while scanning a block scalar",
    "yaml.ctx.double_quoted": "while scanning a double-quoted scalar",
    "yaml.ctx.quoted": "while scanning a quoted scalar",
    "yaml.ctx.node": "while parsing a node",
    "yaml.ctx.block_node": "while parsing a block node",
    "yaml.ctx.flow_node": "while parsing a flow node",
    "yaml.ctx.block_collection": "while parsing a block collection",
    "yaml.ctx.block_mapping": "while parsing a block mapping",
    "yaml.ctx.flow_sequence": "while parsing a flow sequence",
    "yaml.ctx.flow_mapping": "while parsing a flow mapping",
    "yaml.ctx.single_document": "expected a single document in the stream",
    "yaml.ctx.duplicate_anchor": "found duplicate anchor {anchor}; first occurrence",
    "yaml.problem.bad_character": "found character {char} that cannot start any token",
    "yaml.problem.no_colon": "could not find expected ':'",
    "yaml.problem.entry_here": "sequence entries are not allowed here",
    "yaml.problem.key_here": "mapping keys are not allowed here",
    "yaml.problem.value_here": "mapping values are not allowed here",
    "yaml.problem.alphanumeric": "expected alphabetic or numeric character, but found {char}",
    "yaml.problem.digit_or_dot": "expected a digit or '.', but found {char}",
    "yaml.problem.digit_or_space": "expected a digit or ' ', but found {char}",
    "yaml.problem.digit": "expected a digit, but found {char}",
    "yaml.problem.space": "expected ' ', but found {char}",
    "yaml.problem.line_end": "expected a comment or a line break, but found {char}",
    "yaml.problem.angle": "expected '>', but found {char}",
    "yaml.problem.bang": "expected '!', but found {char}",
    "yaml.problem.uri": "expected URI, but found {char}",
    "yaml.problem.uri_escape": (
        "expected URI escape sequence of 2 hexadecimal numbers, but found {char}"
    ),
    "yaml.problem.indent_zero": "expected indentation indicator in the range 1-9, but found 0",
    "yaml.problem.block_indicator": (
        "expected chomping or indentation indicators, but found {char}"
    ),
    "yaml.problem.hex_escape": (
        "expected escape sequence of {count} hexadecimal numbers, but found {char}"
    ),
    "yaml.problem.escape": "found unknown escape character {char}",
    "yaml.problem.end_of_stream": "found unexpected end of stream",
    "yaml.problem.separator": "found unexpected document separator",
    "yaml.problem.document_start": "expected '<document start>', but found {token}",
    "yaml.problem.duplicate_directive": "found duplicate YAML directive",
    "yaml.problem.version": "found incompatible YAML document (version 1.* is required)",
    "yaml.problem.duplicate_handle": "duplicate tag handle {handle}",
    "yaml.problem.undefined_handle": "found undefined tag handle {handle}",
    "yaml.problem.node_content": "expected the node content, but found {token}",
    "yaml.problem.block_end": "expected <block end>, but found {token}",
    "yaml.problem.flow_sequence": "expected ',' or ']', but got {token}",
    "yaml.problem.flow_mapping": "expected ',' or '}}', but got {token}",
    "yaml.problem.another_document": "but found another document",
    "yaml.problem.undefined_alias": "found undefined alias {alias}",
    "yaml.problem.second_occurrence": "second occurrence",
    "yaml.token.directive": "'<directive>'",
    "yaml.token.document_start": "'<document start>'",
    "yaml.token.document_end": "'<document end>'",
    "yaml.token.stream_start": "'<stream start>'",
    "yaml.token.stream_end": "'<stream end>'",
    "yaml.token.block_sequence": "'<block sequence start>'",
    "yaml.token.block_mapping": "'<block mapping start>'",
    "yaml.token.block_end": "'<block end>'",
    "yaml.token.alias": "'<alias>'",
    "yaml.token.anchor": "'<anchor>'",
    "yaml.token.tag": "'<tag>'",
    "yaml.token.scalar": "'<scalar>'",
    # --- the shape of a file (pydantic's checks) --------------------------------------------------
    "schema.missing_key": "required key '{key}' is missing",
    "schema.unknown_key": "unknown key '{key}'{hint}; allowed keys: {allowed}",
    "schema.not_mapping": "expected a mapping (key: value pairs), got {got}",
    "schema.not_list": "expected a list (lines starting with '- '), got {got}",
    "schema.not_value": "expected a number (or true/false), got {given}",
    "schema.not_value_hint": "expected a number (or true/false), got {given}; {hint}",
    "schema.float_hint": "expected a valid number, got {given}; {hint}",
    "number_hint.unquote": "numbers are written without quotes: {meant}",
    "number_hint.unquote_whole": "numbers and years are written without quotes: {meant}",
    "number_hint.octal": (
        "'{text}' is an octal literal ({meant} in decimal); write {meant}, or quote it "
        '("{text}") if it is text'
    ),
    "number_hint.thousands": "if the points group thousands, write {meant}",
    "number_hint.decimal_comma": "a decimal is written with a point: {meant}",
    "number_hint.boolean": "write true or false, without quotes",
    "number_hint.plain": "write {meant}",
    "number_hint.range": "a range is written range: [{low}, {high}], in place of value",
    "schema.string_unquoted": (
        "expected text, but YAML 1.1 reads the unquoted '{written:q}' as {given}; quote it: {fix}"
    ),
    "schema.int": "expected a valid integer, got {given}",
    "schema.int_hint": "expected a whole number, got {given}; {hint}",
    "schema.int_point": "expected a whole number, got '{written}'; write {meant}",
    "schema.int_parsing": (
        "expected a valid integer, unable to parse string as an integer, got {given}"
    ),
    "schema.int_fraction": (
        "expected a valid integer, got a number with a fractional part ({given})"
    ),
    "schema.float": "expected a valid number, got {given}",
    "schema.float_parsing": "expected a valid number, unable to parse string as a number, got {given}",
    "schema.finite": "expected a finite number, got {given}",
    "schema.bool": "expected a valid boolean, got {given}",
    "schema.bool_parsing": "expected a valid boolean, unable to interpret input, got {given}",
    "schema.string": "expected a valid string, got {given}",
    "schema.key_type": "keys should be strings, got {given}",
    "schema.too_short_one": "string should have at least 1 character, got {given}",
    "schema.too_short": "string should have at least {min} characters, got {given}",
    "schema.too_long": "string should have at most {max} characters, got {given}",
    "schema.pattern": "string should match pattern '{pattern}', got {given}",
    "schema.comparator_value": (
        "expected '>=', '>', '<=' or '<', got {given}: a comparator and its number are "
        "two keys; write {fix} and value: {value}"
    ),
    "schema.comparator_hint": "expected '>=', '>', '<=' or '<', got {given}; write {fix}",
    "schema.choice": "expected {choices} or {last}, got {given}",
    "schema.choice_one": "expected {choice}, got {given}",
    "schema.at_least": "expected greater than or equal to {limit}, got {given}",
    "schema.at_most": "expected less than or equal to {limit}, got {given}",
    "schema.greater": "expected greater than {limit}, got {given}",
    "schema.less": "expected less than {limit}, got {given}",
    "schema.other": "{given} is not accepted here (check '{check}')",
    "date.format": "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {given}",
    "date.not_calendar": "{given} is not a calendar date",
    "source.url": "expected an http:// or https:// address, got {given}",
    "range.not_list": (
        "expected a range as a list of two numbers, [low, high] (range: [25, 30]), got {given}"
    ),
    "range.count": (
        "a range is two numbers, [low, high] (range: [25, 30]), but this list has {count}; "
        "a single number is a value (value: 30)"
    ),
    "range.text": "expected a range as a list of two numbers, got {given}; write range: [{low}, {high}]",
    # --- rules across fields and files ------------------------------------------------------------
    "province.declared_twice": (
        "province '{province}' is declared by {other} too: keep one file per province"
    ),
    "province.file_name": (
        "province id '{id}' does not match the file name '{stem}'; name the file {id}.yaml"
    ),
    "province.merged_on_alone": "merged_on needs merged_into",
    "province.merged_into_itself": "a province cannot be merged into itself",
    "province.merged_into_unknown": (
        "merged_into '{id}' is not a known provincial unit of the 34-unit scheme{hint}"
    ),
    "source.duplicate_id": "duplicate source id '{id}' (first used at {first})",
    "target.duplicate_id": "duplicate target id '{id}' (first used at {first})",
    "indicator.duplicate_id": "duplicate indicator id '{id}' (first used at {first})",
    "target.unknown_source": "source '{source}' is not in this file's sources ({known}){hint}",
    "target.no_sources": "none defined",
    "target.unknown_baseline_source": "source '{source}' is not in this file's sources",
    "target.unknown_indicator": (
        "indicator '{indicator}' is not in the catalogue (targets/indicators.yaml){hint}"
    ),
    "target.qualitative_with": (
        "a qualitative target has no {key}; drop '{key}' or the 'qualitative' text"
    ),
    "target.needs_indicator": (
        "a quantified target needs 'indicator' (or 'qualitative' text instead)"
    ),
    "target.quantified_incomplete": (
        "a quantified target needs a comparator and a value (or a range); missing: {missing} "
        "(or write a 'qualitative' target instead)"
    ),
    "target.boolean_comparator": (
        "a boolean target takes no comparator: 'value: true' means 'done by the year'"
    ),
    "target.not_boolean": "{what} {value} is not true/false, as unit 'boolean' requires",
    "target.not_number": "{what} {value} is not a number, as unit '{unit}' requires",
    "target.not_finite": "{what} {value} is not a finite number",
    "target.thousands": (
        "'{text}' is read as {read}, but it is written like a number in Vietnamese style, with a "
        "point grouping thousands: did you mean {meant}? Write {meant}, or {decimal} if you "
        "meant {read}"
    ),
    "target.thousands_quoted": (
        "'{text}' is read as {read}, but the quote writes {text} with a point grouping "
        "thousands, so {meant} is meant; write {meant}"
    ),
    "target.rank_comparator": (
        "comparator '{comparator}' on a rank asks for a worse rank; "
        "ranks are lower-is-better, did you mean '<='?"
    ),
    "target.baseline_year": "baseline year {baseline} must be before the target year {year}",
    "target.milestone_between": (
        "milestone year {milestone} must lie strictly between {low} and {year}"
    ),
    "target.milestone_before": "milestone year {milestone} must be before the target year {year}",
    "target.baseline_meets": "the baseline {baseline} already meets the target {comparator:sign} {value}",
    "target.weak_source": (
        "source '{source}' is graded {grade}; "
        "say why the figure is used (and that it needs verifying) in 'note'"
    ),
    "target.value_and_range": (
        "a target has a value or a range, not both: keep value: for one number, "
        "or range: [low, high] for a range"
    ),
    "target.boolean_range": ("a boolean target takes value: true (done by the year), not a range"),
    "target.range_order": "range [{low}, {high}] lists its high end first; write range: {fix}",
    "target.range_equal": "range [{value}, {value}] holds a single number; write value: {fix}",
    "target.rank_range_comparator": (
        "a range on a rank with no comparator reads '>=' (rank {low} or worse), but ranks are "
        'lower-is-better; write comparator: "<=" so that its high end decides '
        "(rank {high} or better)"
    ),
    "target.annual_needs_year": (
        "an annual target needs year, the last year its level must be met (and from_year, the "
        "first, if the plan states it); for a target with no deadline, drop frequency: annual"
    ),
    "target.from_year_not_annual": (
        "from_year {from_year} opens a standing window, whose level is to be met every year up "
        "to year: add frequency: annual, or drop from_year"
    ),
    "target.from_year_needs_year": (
        "from_year {from_year} needs year, the window's last year "
        '("in 2025–2030": from_year: 2025, year: 2030)'
    ),
    "target.from_year_order": (
        "from_year {from_year} must not be after the target year {year}: "
        "the window runs from from_year to year"
    ),
    "target.from_year_baseline": (
        "baseline year {baseline} is after the window's first year {from_year}: the baseline "
        "is where the plan starts from, in {from_year} or before"
    ),
    "target.milestone_in_window": (
        "milestone year {milestone} lies in the window {from_year}–{year}, where the target's "
        "level holds every year; a milestone comes before {from_year}"
    ),
    "target.milestones_need_year": (
        "milestones need a target year (a target with no deadline has no path): "
        "add year, or drop milestones"
    ),
    "target.out_of_not_rank": (
        "out_of, the number of units a ranking has, is for rank indicators only, and this one "
        "has unit '{unit}': drop out_of"
    ),
    "target.rank_beyond_out_of": (
        "rank {rank} is beyond {out_of}, the number of ranked units (out_of): "
        "check the rank or out_of"
    ),
    "target.out_of_quote": (
        "out_of is {out_of}, but the quote names a ranking of {quoted}: "
        "write out_of: {quoted} if the target refers to that ranking"
    ),
    "catalogue.bounds_order": "max {max} must be greater than min {min}",
    "catalogue.breaks_repeated": "break year {year} is listed twice; write breaks: {fix}",
    "catalogue.breaks_order": (
        "break years go in increasing order, and {year} comes after {previous}; write breaks: {fix}"
    ),
    "catalogue.boolean_bounds": "a boolean indicator takes no min/max",
    # --- the workspace's targets folder -----------------------------------------------------------
    "targets.no_folder": (
        "no targets folder in {folder}: run dxgap inside a workspace "
        "(a folder with targets/ and data/) or give --workspace DIR"
    ),
    "targets.no_catalogue": (
        "the indicator catalogue is missing; every workspace needs one: dxgap init DIR starts a "
        "workspace with the catalogue dxgap ships"
    ),
    "source.translated": "{title} (translated from the English title)",
    "quote.translated": "{quote} (translated from the English quote)",
}
