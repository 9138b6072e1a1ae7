"""`dxgap init`: its messages and the comments of the files it writes, in English."""

TEXT: dict[str, str] = {
    "init.no_catalogue": (
        "the indicator catalogue shipped with dxgap is missing from this installation; "
        "reinstall dxgap"
    ),
    "init.not_folder": "{path} is a file; give a folder (new or existing) for the workspace",
    "init.exists": (
        "{folder}: these files exist already and are left as they are; nothing was written: "
        "{files:names}"
    ),
    "init.done": "Wrote a workspace in {folder}: {n} files.",
    "init.done_province": (
        "Wrote a workspace for {name} in {folder}: {n} files. Next: add the plan's targets to "
        "{targets} and the figures measured to {data}, then run dxgap validate."
    ),
    "init.done_no_province": (
        "Wrote a workspace in {folder}: {n} files. Next: dxgap init --province NAME adds a "
        "province's target file (or write one by hand), then run dxgap validate."
    ),
    "init.targets_intro": (
        "Targets of {name} (GSO code {code}, {scheme}-unit scheme), written by dxgap init.\n"
        "Every target names its source document and the sentence it was taken from (quote).\n"
        "The format and every rule: docs/formats.md of dxgap; check with: dxgap validate"
    ),
    "init.sources_help": (
        "The documents that state targets. Replace [] by entries like the example below."
    ),
    "init.source_example": (
        "  - id: nq-05-2022                # kebab-case, unique in this file\n"
        '    title: "Nghị quyết … về chuyển đổi số …"\n'
        "    date: 2022-05-19              # YYYY, YYYY-MM or YYYY-MM-DD\n"
        '    url: "https://…"              # optional\n'
        "    reliability: A                # optional: A official, B press, C aggregator, D derived"
    ),
    "init.targets_help": (
        "One entry per promise. Replace [] by entries like the example below; indicator is an "
        "id of targets/indicators.yaml."
    ),
    "init.target_example": (
        "  - id: online-dossiers-2025\n"
        "    indicator: online_dossier_rate\n"
        '    comparator: ">="              # >= | > | <= | <  (quote it)\n'
        "    value: 80\n"
        "    year: 2025\n"
        "    source: nq-05-2022\n"
        '    quote: "… the sentence of the document that states the target …"\n'
        "  - id: smart-tools-direction     # a qualitative target: a promise in words\n"
        '    qualitative: "…"\n'
        "    source: nq-05-2022\n"
        '    quote: "…"'
    ),
    "init.sidecar_intro": (
        "How dxgap reads the data file beside this one: Vietnamese number style (86,3 and "
        "1.586),\nsemicolons between cells, as Excel writes CSV on a Vietnamese computer. "
        "Delete both files if you do not need them."
    ),
    "init.gitignore": "dxgap remembers checks of unchanged files here",
    "init.pre_commit_intro": (
        "pre-commit (https://pre-commit.com) runs dxgap validate before each commit that\n"
        "changes a target file, a data file or a sidecar (dxgap must be installed)."
    ),
    "init.workflow_intro": (
        "GitHub Actions: dxgap validate on every push and pull request; each problem becomes an\n"
        "annotation on the file and line it concerns."
    ),
    "init.workflow_install": (
        "The dxgap this workspace was made with; install it from where you install dxgap\n"
        "(a package index, or pip install git+<address of the dxgap repository>)."
    ),
    "init.data_readme": (
        "# Data\n\n"
        "Measured figures, one row per figure, in `{file}` (docs/formats.md of dxgap gives every "
        "column and rule):\n\n"
        "| column | meaning |\n"
        "|---|---|\n"
        "| `province` | the province id, as in `targets/` (`{id}`) |\n"
        "| `indicator` | an indicator id of `targets/indicators.yaml` |\n"
        "| `year` | the year the figure describes |\n"
        "| `value` | the figure, in the indicator's unit (percentages as 86.3, not 0.863) |\n"
        "| `date` | optional: the date of the report (YYYY, YYYY-MM or YYYY-MM-DD) |\n"
        "| `source` | where the figure comes from: an address or a document |\n"
        "| `note` | optional: anything a reader should know |\n"
        "| `note_vi` | optional: the note in Vietnamese, which Vietnamese output shows |\n\n"
        "An example row (an illustration, not a real figure):\n\n"
        "```csv\n"
        "{id},online_dossier_rate,2024,86.3,2024-12-31,Báo cáo số …/BC-UBND,\n"
        "```\n\n"
        "It is here and not in `{file}` because every line of a data file after the header is "
        "read as a figure (data files have no comment lines).\n\n"
        "`{comma}` is read in the Vietnamese number style, as its sidecar `{comma}.yaml` says "
        "(`decimal: comma`, cells separated by `;`, as Excel writes on a Vietnamese computer):\n\n"
        "```csv\n"
        "{id};online_dossier_rate;2024;86,3;2024-12-31;Báo cáo số …/BC-UBND;\n"
        "```\n\n"
        "Check the files with `dxgap validate`; see the gaps with `dxgap check {id}`.\n"
    ),
}
