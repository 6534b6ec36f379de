"""Batch runs over corpora: read documents, run the pipeline in order, write one record per input.

Every input document yields exactly one output line, in input order; a document that cannot be
read or processed yields a record with an ``error`` object instead of being dropped.
"""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import check_date, default_pipeline, make_doc
from .records import doc_to_record
from .schema import DocumentError, DocumentRecord


@dataclass
class InputDocument:
    """One input document, or the reason it could not be read."""

    line: int
    id: str | None
    text: str | None = None
    date: str | None = None
    error: DocumentError | None = None


def parse_jsonl_line(raw: str, line: int) -> InputDocument:
    """Validate one corpus line (``{"id", "text", "date"}``) into an InputDocument."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        return InputDocument(line, None, error=DocumentError(type="InvalidJSON", message=str(err), line=line))
    if not isinstance(obj, dict):
        message = f"expected a JSON object, got {type(obj).__name__}"
        return InputDocument(line, None, error=DocumentError(type="InvalidRecord", message=message, line=line))
    doc_id = obj.get("id")
    doc_id = str(doc_id) if doc_id is not None else f"line-{line}"
    text = obj.get("text")
    if not isinstance(text, str):
        message = "missing field 'text'" if text is None else f"'text' must be a string, got {type(text).__name__}"
        return InputDocument(line, doc_id, error=DocumentError(type="MissingText", message=message, line=line))
    try:
        date = check_date(obj.get("date"))
    except ValueError as err:
        return InputDocument(line, doc_id, error=DocumentError(type="InvalidDate", message=str(err), line=line))
    return InputDocument(line, doc_id, text, date)


def read_documents(source: str, date: str | None = None) -> Iterator[InputDocument]:
    """Stream documents from a JSONL file, a plain-text file (one document) or ``-`` (stdin)."""
    if source == "-":
        data = sys.stdin.read()
        if data.lstrip().startswith("{"):
            yield from _jsonl_lines(data.splitlines())
        else:
            yield InputDocument(1, "stdin", data, check_date(date))
        return
    path = Path(source)
    if path.suffix.lower() in {".txt", ".text"}:
        yield InputDocument(1, path.stem, path.read_text(encoding="utf-8", errors="replace"), check_date(date))
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        yield from _jsonl_lines(handle)


def _jsonl_lines(lines: Iterable[str]) -> Iterator[InputDocument]:
    for number, raw in enumerate(lines, 1):
        if raw.strip():
            yield parse_jsonl_line(raw, number)


def process_documents(
    documents: Iterable[InputDocument],
    nlp: Language | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[DocumentRecord]:
    """Yield one record per input document, in input order, errors included."""
    nlp = nlp or default_pipeline()
    pending: deque[InputDocument] = deque()

    def docs() -> Iterator[Doc]:
        for item in documents:
            if item.error is None:
                try:
                    doc = make_doc(nlp, item.text or "", item.date)
                except (TypeError, ValueError) as err:
                    item.error = DocumentError(type=type(err).__name__, message=str(err), line=item.line)
                else:
                    pending.append(item)
                    yield doc
                    continue
            pending.append(item)

    def flush_errors() -> Iterator[DocumentRecord]:
        while pending and pending[0].error is not None:
            failed = pending.popleft()
            yield DocumentRecord(id=failed.id, error=failed.error)

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        yield from flush_errors()
        item = pending.popleft()
        yield doc_to_record(doc, item.id)
    yield from flush_errors()


def open_output(target: str) -> IO[str]:
    """Open ``target`` for writing (``-`` is stdout)."""
    if target == "-":
        return sys.stdout
    return open(target, "w", encoding="utf-8")


def run_extract(
    source: str,
    target: str,
    *,
    date: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    progress: bool = True,
    nlp: Language | None = None,
) -> int:
    """Run the pipeline over ``source`` into ``target``; return the number of failed documents."""
    from tqdm import tqdm

    written = failed = 0
    out = open_output(target)
    try:
        records = process_documents(read_documents(source, date), nlp, batch_size=batch_size, n_process=n_process)
        bar = tqdm(records, desc="orbitext", unit="doc", file=sys.stderr, disable=not progress or None)
        for record in bar:
            out.write(record.model_dump_json() + "\n")
            written += 1
            failed += record.error is not None
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"orbitext: {written} documents written, {failed} failed", file=sys.stderr)
    return failed
