"""The ``orbitext`` command line: a thin layer over :mod:`orbitext.corpus` and the Python API."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="French space-flight news to records.")


@app.command()
def extract(
    input: str = typer.Argument("-", help="JSONL corpus (id, text, date), a .txt file, or - for stdin"),
    output: str = typer.Option("-", "-o", "--output", help="output JSONL, or - for stdout"),
    date: str = typer.Option(None, "--date", help="publication date for plain-text input"),
    batch_size: int = typer.Option(32, "--batch-size", min=1),
    n_process: int = typer.Option(1, "--n-process", min=1),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress bar on stderr"),
) -> None:
    """Extract entities, events and missions; one output line per input document."""
    from .corpus import run_extract

    failed = run_extract(
        input, output, date=date, batch_size=batch_size, n_process=n_process, progress=progress
    )
    raise typer.Exit(code=1 if failed else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output records."""
    from .schema import DocumentRecord

    print(json.dumps(DocumentRecord.model_json_schema(), ensure_ascii=False, indent=2))


@app.command()
def demo() -> None:
    """Run orbitext on the built-in French example and print what it finds."""
    from .demo import run_demo

    run_demo()


def main() -> None:
    """Console entry point."""
    try:
        app()
    except BrokenPipeError:  # `orbitext extract ... | head` closes stdout early
        sys.stderr.close()


__all__ = ["app", "main", "Path"]
