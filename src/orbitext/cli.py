"""The ``orbitext`` command line: a thin layer over :mod:`orbitext.corpus` and the Python API."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="French space-flight news to records.")


@app.command()
def extract(
    input: str = typer.Argument("-", help="JSONL corpus (id, text, date), .jsonl.gz, a .txt file, or -"),
    output: str = typer.Option("-", "-o", "--output", help="output .jsonl, .jsonl.gz, .parquet, or -"),
    date: str = typer.Option(None, "--date", help="publication date YYYY-MM-DD (plain text; JSONL default)"),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="documents per nlp.pipe batch"),
    n_process: int = typer.Option(1, "--n-process", min=1, help="worker processes for nlp.pipe"),
    resume: bool = typer.Option(False, "--resume", help="keep the records OUT already holds, do the rest"),
    dask: str = typer.Option(None, "--dask", help="Dask scheduler address tcp://host:8786, local or local:N"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress (docs/s, ETA) on stderr"),
) -> None:
    """Extract entities, events and missions; one output line per input document.

    Exit status: 0 all documents done, 1 some documents failed (their lines hold an error
    object), 2 the run could not go on (unreadable input, unwritable output, bad option).
    """
    from .corpus import CorpusError, RunSummary, run_extract

    summary = RunSummary()
    try:
        failed = run_extract(
            input,
            output,
            date=date,
            batch_size=batch_size,
            n_process=n_process,
            progress=progress,
            resume=resume,
            dask=dask,
            summary=summary,
        )
    except CorpusError as err:
        print(f"orbitext: error: {err}", file=sys.stderr)
        raise typer.Exit(code=2) from None
    except KeyboardInterrupt:
        done = summary.resumed + summary.written
        print(f"\norbitext: interrupted, {done} records in output; finish with --resume", file=sys.stderr)
        raise typer.Exit(code=130) from None
    raise typer.Exit(code=1 if failed else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    from .schema import DocumentRecord

    print(json.dumps(DocumentRecord.model_json_schema(), ensure_ascii=False, indent=2))


@app.command()
def show(
    file: str = typer.Argument(..., help="a .txt file, a JSONL corpus (first line, or --id), or - for stdin"),
    date: str = typer.Option(None, "--date", help="publication date YYYY-MM-DD (default: the JSONL date)"),
    doc_id: str = typer.Option(None, "--id", help="which document of a JSONL corpus to show"),
    html: str = typer.Option(None, "--html", help="write an HTML page (entities and events) to this path"),
) -> None:
    """Render the entities and events of one text in the terminal (rich), or to HTML with --html."""
    from .display import show_file

    raise typer.Exit(code=show_file(file, date=date, doc_id=doc_id, html=html))


@app.command()
def demo() -> None:
    """Run orbitext on the built-in French example and print what it finds."""
    from .demo import run_demo

    run_demo()


@app.command()
def merge(
    records: Annotated[list[str], typer.Argument(help="DocumentRecord JSONL files from `orbitext extract`")],
    output: str = typer.Option("-", "-o", "--output", help="merged missions JSONL, or - for stdout"),
    events: str = typer.Option(None, "--events", help="also write the merged events to this JSONL file"),
    db: str = typer.Option(None, "--db", help="also write a SQLite store (documents, events, missions...)"),
    texts: Annotated[
        list[str] | None,
        typer.Option("--texts", help="the corpus JSONL (id, text): spans for roles and ages"),
    ] = None,
) -> None:
    """Merge the missions and events of many documents: one record per journey, with sources."""
    from .kb import run_merge

    raise typer.Exit(code=run_merge(records, output, events=events, db=db, texts=texts))


@app.command()
def evaluate(
    gold: str = typer.Argument(..., help="gold JSONL corpus (records.md format)"),
    scorer: str = typer.Option(None, "--scorer", help="path of score.py (default ../shared/tools/score.py)"),
    misses: bool = typer.Option(True, "--misses/--no-misses", help="also list what was missed or invented"),
    output: str = typer.Option(None, "-o", "--output", help="also write the predictions to this JSONL"),
) -> None:
    """Run the pipeline over a gold corpus and print the scorer's table and misses."""
    import importlib.util

    # benchmarks/evaluate.py lives next to src/ in a checkout; it is not part of the wheel
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "evaluate.py"
    if not script.exists():
        raise typer.BadParameter(f"{script} not found: run from a source checkout")
    spec = importlib.util.spec_from_file_location("orbitext_evaluate", script)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.evaluate(gold, scorer=scorer, misses=misses, output=output)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except BrokenPipeError:  # `orbitext extract ... | head` closes stdout early
        sys.stderr.close()


__all__ = ["app", "main", "Path"]
