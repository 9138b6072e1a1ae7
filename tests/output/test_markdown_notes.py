"""`-f markdown` puts each note under a table in a paragraph of its own: GitHub reads a line
right under a table as one more row of it (issue 15: compare's "Lưu ý", "†" and "Nguồn" lines
were pasted into the ranking as rows), and joins lines with no blank line between them."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli


def test_compare_notes_are_paragraphs_after_the_table(cli: Cli, repo_workspace: Path) -> None:
    args = ["online_dossier_rate", "-f", "markdown", "--lang", "vi", "-w", repo_workspace]
    code, out, err = cli("compare", *args)
    assert code == 0, err
    lines = out.splitlines()
    notes = [i for i, line in enumerate(lines) if line.startswith(("Lưu ý:", "†", "Nguồn:"))]
    assert len(notes) == 3
    for i in notes:  # a blank line before each: the table ends, a paragraph begins
        assert lines[i - 1] == "", lines[i - 1]
    last_row = max(i for i, line in enumerate(lines) if line.startswith("|"))
    assert last_row < notes[0]
