"""`--help`: what each command and option is for, in English.

A command's text is `help.cmd.<command>`; an option's is `help.<command>.<option>`, else the
shared `help.opt.<option>`; a default shown in words is `help.default.<command>.<option>`, else
`help.default.<option>`; `help.ui.*` are the words of the help page itself. `dxgap.cli.helptext`
applies them when help is shown, in the language of the run.
"""

TEXT: dict[str, str] = {
    # the help page itself
    "help.ui.usage": "Usage: ",
    "help.ui.arguments": "Arguments",
    "help.ui.options": "Options",
    "help.ui.commands": "Commands",
    "help.ui.default": "[default: {value}]",
    "help.ui.env": "[env var: {value}]",
    "help.type.str": "text",
    "help.type.int": "integer",
    "help.type.float": "number",
    "help.type.path": "path",
    "help.type.int_range": "integer",
    "help.type.float_range": "number",
    "help.type.export.output": "path",  # a file, a folder (--split) or - (stdout)
    "help.ui.options_metavar": "[OPTIONS]",
    "help.ui.command_metavar": "COMMAND [ARGS]...",
    "help.arg.folder": "folder",
    "help.arg.paths": "paths",
    "help.arg.province": "province",
    "help.arg.target_id": "target_id",
    "help.arg.provinces": "provinces",
    "help.arg.indicator": "indicator",
    "help.arg.target_ids": "target_ids",
    "help.arg.files": "files",
    "help.arg.source": "source",
    "help.ui.required": "[required]",
    "help.ui.try_help": "Try [blue]'{value}'[/] for help.",
    # the application and the options every command shares
    "help.app": "Line up Vietnamese provinces' digital-transformation targets with measured data.",
    "help.opt.help": "Show this message and exit.",
    "help.opt.version": "Show the version.",
    "help.opt.debug": "Show tracebacks of internal errors.",
    "help.app.lang": "vi or en, for every command of the run.",
    "help.opt.decimal": (
        "How data files without a sidecar write numbers: point (86.3, 1586) or comma "
        "(Vietnamese: 86,3 and 1.586)."
    ),
    "help.opt.lang": "vi or en (default: DXGAP_LANG, else the locale).",
    "help.opt.workspace": "Folder holding targets/ and data/.",
    "help.default.workspace": "current directory",
    "help.opt.as_of": "Analyse as it stood in this year.",
    "help.default.as_of": "this year",
    "help.opt.method": "linear or cagr (see docs/methodology.md).",
    "help.opt.on_track": "Pace ratio at or above which a target is on track.",
    "help.opt.acceleration": "Pace ratio at or above which acceleration is needed.",
    "help.opt.fmt": "table, json, csv or markdown.",
    "help.opt.province": "Province id, name or GSO code.",
    "help.opt.provinces": "Provinces (ids, names or GSO codes); or --all.",
    "help.opt.all_provinces": "Every province of the workspace.",
    # init
    "help.cmd.init": (
        "Start a workspace: the indicator catalogue, a target file, data files, CI and "
        "pre-commit.\n\nWrites nothing when any of its files exists already (exit 1, naming "
        'them).\n\nExample: dxgap init ../thanh-hoa --province "Thanh Hóa"'
    ),
    "help.init.folder": "The workspace folder (made if missing).",
    "help.default.init.folder": ".",
    "help.init.province": (
        "Write its target file: id, name (with or without diacritics) or GSO code."
    ),
    "help.init.lang": (
        "vi or en: messages and the files' comments (default: DXGAP_LANG, else the locale)."
    ),
    # validate, schema
    "help.cmd.validate": (
        "Check target and data files; report every problem as path:line:col.\n\nExit 0 when "
        "valid (warnings allowed), 1 when any problem is an error.\n\nExample: dxgap validate "
        "targets/ --format github"
    ),
    "help.validate.paths": "Target (*.yaml) or data (*.csv) files or folders.",
    "help.default.validate.paths": "targets/ and data/",
    "help.validate.fmt": (
        "text, json, or github (workflow annotations; the default when GITHUB_ACTIONS=true)."
    ),
    "help.default.validate.fmt": "text",
    "help.validate.strict": "Treat warnings as errors.",
    "help.cmd.schema": (
        "Print the JSON Schema of target files (or of the indicator catalogue).\n\nPoint editors "
        "at it: # yaml-language-server: $schema=../schema/targets.schema.json\n\nExample: dxgap "
        "schema > schema/targets.schema.json"
    ),
    "help.schema.kind": "Which file's schema.",
    # check, trajectory, list
    "help.cmd.check": (
        "Show how far each of a province's targets still is, and whether the pace is enough; "
        'its tasks with their state, and their tally ("done 23/34; …").\n\nExample: dxgap '
        "check binh-duong --as-of 2024"
    ),
    "help.check.province": "Province id, name or GSO code (e.g. binh-duong).",
    "help.check.pillar": "Only this pillar (repeatable).",
    "help.check.status": "Only targets with this status (repeatable).",
    "help.check.state": (
        "Only tasks in this state: done, in_progress, not_started, dropped, no_information "
        "(repeatable)."
    ),
    "help.check.qualitative": "Also list the qualitative targets.",
    "help.check.by": "One row per area (commune/district) or breakdown of the data.",
    "help.check.with_predecessors": (
        "Also the targets of the provinces merged into this one in 2025."
    ),
    "help.check.tally": (
        "Count the tasks by state, by pillar and by plan document (as provinces report)."
    ),
    "help.cmd.trajectory": (
        "Show each target's planned path, the measured values and the projection, year by "
        "year.\n\nExample: dxgap trajectory binh-phuoc dti-top10-2030"
    ),
    "help.trajectory.target_id": "One target id (default: all quantified).",
    "help.trajectory.chart": (
        "Draw a chart per target (default: when the terminal is a TTY at least 60 wide)."
    ),
    "help.cmd.list": (
        "List the provinces in the workspace with their counts of targets and observations."
        "\n\nExample: dxgap list"
    ),
    # export
    "help.cmd.export": (
        "Write gaps, trajectories, targets or observations of many provinces to a file.\n\n"
        "Files are written atomically: an existing file is replaced only by a complete new "
        "one.\n\nExample: dxgap export --all --format csv --output gaps.csv"
    ),
    "help.export.table": "What to export.",
    "help.export.fmt": "Default: from the output file's extension.",
    "help.export.output": "File to write ('-' for stdout; a folder with --split).",
    "help.export.split": "One file per province, in the --output folder.",
    "help.export.excel_compatible": (
        "CSV with a UTF-8 BOM (Excel shows Vietnamese correctly) and formula-like text defused."
    ),
    "help.export.quiet": "No progress display.",
    "help.export.by": "Gaps per area or breakdown (adds an area/breakdown column).",
    # compare
    "help.cmd.compare": (
        "Rank the provinces on one indicator, against their own and a national target.\n\n"
        "Example: dxgap compare adult_smartphone_rate --against vietnam"
    ),
    "help.compare.indicator": "Indicator id (or its name) from the catalogue.",
    "help.compare.against": "Benchmark target file, e.g. vietnam.",
    "help.compare.summary": "Per province: targets by status and data coverage.",
    "help.compare.snapshots": (
        "Rank figures of part of a year (a week, a month) with whole years too."
    ),
    # plot, report
    "help.cmd.plot": (
        "Draw trajectory charts (plan, measurements, projection, target) to an SVG or PNG "
        'file.\n\nNeeds the charts extra: pip install "dxgap[charts]".\n\nExample: dxgap plot '
        "binh-phuoc --output bp.png --lang vi"
    ),
    "help.plot.target_ids": "Targets to draw (default: all with data or a plan).",
    "help.plot.output": "FILE.svg or FILE.png.",
    "help.plot.columns": "Charts per row.",
    "help.cmd.report": (
        "Write a one-file HTML progress report: summary, gap table, a chart per target, "
        "sources.\n\nOpens offline (inline CSS and SVG); prints to PDF from a browser. Needs the "
        "charts extra.\n\nExample: dxgap report binh-duong --output bd.html"
    ),
    "help.report.output": "The HTML file to write.",
    # extract
    "help.cmd.extract": (
        "Propose target entries from the text of a Vietnamese plan or news report.\n\nEach "
        "entry has the exact quote, value, unit, comparator, year, yearly or not, and the "
        "closest indicator of the workspace's catalogue; results, dates and document numbers "
        "are left out. The YAML is a target-file skeleton with '# check:' notes; review every "
        "entry.\n\nExample: dxgap extract tests/fixtures/extract/003_57a534363e9e645b.txt "
        "--province binh-duong --source-id seed-003"
    ),
    "help.extract.files": "Documents: .txt, .md, .html or .htm files; - for standard input.",
    "help.extract.province": (
        "The province the document is about (id, name or GSO code): the national targets and "
        "other provinces' figures it quotes are left out; vietnam for the national programme or "
        "a ministry's plan (the nation's targets are its own)."
    ),
    "help.extract.fmt": "yaml (a target-file skeleton) or json.",
    "help.extract.source_id": "The id the targets cite as their source (kebab-case).",
    "help.extract.qualitative": "Also propose the tasks that have no figure.",
    "help.extract.output": "File to write.",
    "help.default.extract.output": "standard output",
    "help.extract.lang": (
        "vi or en: messages and the '# check:' notes (default: DXGAP_LANG, else the locale)."
    ),
    "help.extract.workspace": "Folder holding targets/ (its indicators.yaml is matched against).",
    # import opensdg
    "help.cmd.import": "Turn data in other layouts into dxgap data files.",
    "help.cmd.import.opensdg": (
        "Turn Open SDG indicator files into a dxgap data file, as the map says.\n\nBlank "
        "disaggregation is the total; empty values are skipped, and counted on stderr with "
        "every other row the map does not place.\n\nExample: dxgap import opensdg "
        "indicator_17-6-1.csv --map map.yaml -o data/ca-17-6-1.csv"
    ),
    "help.import.opensdg.source": "An Open SDG indicator CSV, or a folder of them.",
    "help.import.opensdg.map_file": "The import map (YAML): series, province, breakdowns.",
    "help.import.opensdg.output": "The dxgap data file to write (CSV).",
}
