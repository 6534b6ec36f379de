"""The ``orbitext extract`` command: one line out per document, errors as lines, exit status."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from orbitext import corpus
from orbitext.cli import app

ROWS: list[dict | str] = [
    {"id": "a", "text": "La fusée Ariane 5 a décollé de Kourou le 25 décembre 2021.", "date": "2021-12-26"},
    "{pas du json",
    {"id": "c", "text": ["une", "liste"]},
    {"id": "d", "text": "Le lancement est prévu demain.", "date": "26/12/2021"},
    {"id": "e"},
    {"id": "f", "text": "Thomas Pesquet est rentré sur Terre.", "date": None},
]


@pytest.fixture()
def runner(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CLI runner whose runs reuse the session pipeline (no second model load)."""
    monkeypatch.setattr(corpus, "default_pipeline", lambda: nlp)
    return CliRunner()


def _write(path: Path, rows: list[dict | str]) -> None:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
        encoding="utf-8",
    )


def test_bad_lines_are_reported_and_the_run_goes_on(tmp_path: Path, runner: CliRunner) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(source, ROWS)
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--no-progress"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(ROWS)
    assert [line["id"] for line in lines] == ["a", None, "c", "d", "e", "f"]
    errors = [line["error"] for line in lines]
    assert errors[0] is None and errors[5] is None
    assert [(e["type"], e["line"]) for e in errors[1:5]] == [
        ("InvalidJSON", 2),
        ("MissingText", 3),
        ("InvalidDate", 4),
        ("MissingText", 5),
    ]
    assert "date" in errors[3]["message"]
    assert "6 documents in, 6 written, 4 failed" in result.stderr


def test_clean_run_exits_zero_gzip_in_and_out(tmp_path: Path, runner: CliRunner) -> None:
    source, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(ROWS[0], ensure_ascii=False) + "\n")
    result = runner.invoke(
        app, ["extract", str(source), "-o", str(out), "--no-progress", "--batch-size", "1"]
    )
    assert result.exit_code == 0, result.stderr
    with gzip.open(out, "rt", encoding="utf-8") as handle:
        (record,) = [json.loads(line) for line in handle]
    assert record["id"] == "a" and any(e["text"] == "Kourou" for e in record["entities"])


def test_plain_text_from_stdin_with_date(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["extract", "-", "--date", "2021-10-17", "--no-progress"], input="Le vol a eu lieu hier."
    )
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == "stdin" and record["date"] == "2021-10-17"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["extract", "missing.jsonl", "-o", "out.jsonl"], "cannot read input"),
        (["extract", "in.jsonl", "-o", "nodir/out.jsonl"], "cannot write output"),
        (["extract", "in.jsonl", "-o", "out.jsonl", "--date", "hier"], "--date"),
        (["extract", "in.jsonl", "-o", "out.jsonl", "--resume"], "cannot resume"),
    ],
)
def test_run_level_errors_are_one_line_exit_2(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str], words: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "in.jsonl", ROWS[:1])
    (tmp_path / "out.jsonl").write_text('{"id": "not-a"}\n', encoding="utf-8")
    result = runner.invoke(app, [*args, "--no-progress"])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("orbitext: error:") and words in message and "\n" not in message


def test_dask_without_the_extra_says_how_to_install(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # makes the import fail
    _write(tmp_path / "in.jsonl", ROWS[:1])
    result = runner.invoke(
        app, ["extract", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "o.jsonl"), "--dask", "local"]
    )
    assert result.exit_code == 2
    assert "pip install 'orbitext[dask]'" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path, runner: CliRunner) -> None:
    source = tmp_path / "in.jsonl"
    _write(source, ROWS[:1])
    source.chmod(0)
    result = runner.invoke(app, ["extract", str(source), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "cannot read input" in result.stderr


def test_console_script_end_to_end(tmp_path: Path) -> None:
    """The installed entry point, in its own process, with two worker processes."""
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(source, [ROWS[0], ROWS[1], ROWS[5]])
    command = [sys.executable, "-m", "orbitext", "extract", str(source), "-o", str(out), "--n-process", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert "3 documents in, 3 written, 1 failed" in done.stderr
