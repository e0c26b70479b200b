"""Careless input files: a CSV with an unterminated quote, keys that differ only in case.

Either would lose rows without a word (the quote swallows the rows after it into one paid
create; `A` and `a` write one output file on macOS and Windows). Both are refused before
anything is sent: exit 2, no journal, nothing at the mock.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from creatify import InvalidInputError
from creatify.batch import BatchInputError, BatchRow, read_rows
from creatify.batch._journal import default_journal
from creatify.batch._rows import KINDS

from tests.batch.helpers import CREATOR, batch, creates_per_key, new_account


def test_an_unterminated_quote_refuses_the_file_and_sends_nothing(
    mock_base_url: str, tmp_path: Path
) -> None:
    account = new_account()
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(
        "key,creator,text\n"
        f'a,{CREATOR},"Hello from a\n'  # the quote is never closed
        f"b,{CREATOR},Hello from b\n"
        f"c,{CREATOR},Hello from c\n"
    )
    result = batch(mock_base_url, account, "run", str(jobs), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "is not valid CSV at line 2" in result.stderr
    assert "never closed" in result.stderr and "nothing was sent" in result.stderr
    assert "Traceback" not in result.stderr
    assert creates_per_key(mock_base_url, account) == {}
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "jobs.csv.journal.sqlite").exists()


def test_a_quoted_cell_over_several_lines_is_still_one_cell(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(f'key,creator,text\na,{CREATOR},"line one\nline two"\nb,{CREATOR},Hi\n')
    rows = read_rows(jobs, KINDS["lipsync"])
    assert [row.key for row in rows] == ["a", "b"]
    assert rows[0].options["text"] == "line one\nline two"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_keys_that_differ_only_in_case_are_refused(tmp_path: Path, suffix: str) -> None:
    jobs = tmp_path / f"jobs{suffix}"
    if suffix == ".csv":
        jobs.write_text(f"key,creator,text\nIntro,{CREATOR},Hi\nintro,{CREATOR},Ho\n")
    else:
        jobs.write_text(
            f'{{"key": "Intro", "creator": "{CREATOR}", "text": "Hi"}}\n'
            f'{{"key": "intro", "creator": "{CREATOR}", "text": "Ho"}}\n'
        )
    with pytest.raises(BatchInputError) as caught:
        read_rows(jobs, KINDS["lipsync"])
    assert [str(e) for e in caught.value.errors] == ["row 2: key: repeats row 1's key (case aside)"]


def test_a_home_relative_input_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "jobs.csv").write_text(f"key,creator,text\na,{CREATOR},Hi\n")
    assert [row.key for row in read_rows("~/jobs.csv", KINDS["lipsync"])] == ["a"]
    assert default_journal("~/jobs.csv") == tmp_path / "jobs.csv.journal.sqlite"


def test_rows_given_as_a_generator_are_read_once(tmp_path: Path) -> None:
    """`run` reads its rows once: an empty generator is "no rows" (before, the checks
    counted nothing and the batch ran empty), refused before anything is sent."""
    from creatify.batch import run

    with pytest.raises(BatchInputError) as caught:
        run(
            (row for row in []),
            out_dir=tmp_path / "out",
            journal=tmp_path / "journal.db",
            api_id="id",
            api_key="key",
            base_url="http://127.0.0.1:9",
        )
    assert "the batch has no rows" in str(caught.value)


def test_a_row_whose_options_are_not_a_mapping_is_refused_by_name() -> None:
    """A row built in code with a list of options: the field and rule, not an AttributeError."""
    with pytest.raises(InvalidInputError) as info:
        BatchRow("z", [CREATOR])  # type: ignore[arg-type]
    assert (info.value.field, info.value.rule) == (
        "options",
        "must be a mapping of create options, got list",
    )


def test_every_broken_field_of_a_row_is_listed(tmp_path: Path) -> None:
    """W1-6: a row with three broken fields lists all three (it listed the first only),
    a cell that cannot be read once (not again as "is required"), and the cross-field
    rule (text or audio) once the fields pass."""
    jobs = tmp_path / "jobs.csv"
    long_name = "n" * 300
    jobs.write_text(
        "key,creator,text,aspect_ratio,name\n"
        f"a,not-a-uuid,hello,4:3,{long_name}\n"
        f"b,{CREATOR},,9:16,\n"
    )
    with pytest.raises(BatchInputError) as caught:
        read_rows(jobs, KINDS["lipsync"])
    assert [(e.row, e.field) for e in caught.value.errors] == [
        (1, "creator"),
        (1, "name"),
        (1, "aspect_ratio"),
        (2, "text or audio"),
    ]
    assert str(caught.value).startswith("rows: 2 invalid, nothing was sent:\n")
    v2 = tmp_path / "v2.csv"
    v2.write_text("key,video_inputs,aspect_ratio\na,[oops,4:3\n")
    with pytest.raises(BatchInputError) as caught:
        read_rows(v2, KINDS["lipsync_v2"])
    assert [e.field for e in caught.value.errors] == ["video_inputs", "aspect_ratio"]
