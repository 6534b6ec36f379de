"""Batch runs over corpora: read documents, run the pipeline in order, write one record per input.

Every input document yields exactly one output record, in input order; a document that cannot be
read or processed yields a record with an ``error`` object instead of being dropped. Input is
streamed (JSONL, ``.jsonl.gz``, plain text, stdin), so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import itertools
import json
import os
import sys
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from .chunking import merge_records
from .pipeline import (
    ERROR_KEY,
    check_date,
    default_pipeline,
    empty_record,
    make_doc,
    restore_text,
    sanitize_text,
    text_chunks,
)
from .records import doc_to_record
from .schema import DocumentError, DocumentRecord


class CorpusError(Exception):
    """A whole run cannot go on (unreadable input, unwritable output): one clear line, exit 2."""


@dataclass
class InputDocument:
    """One input document, or the reason it could not be read."""

    line: int | None
    id: str | None
    text: Any = None
    date: Any = None
    error: DocumentError | None = None


# ---------------------------------------------------------------------------------------------
# reading


def parse_jsonl_line(raw: str, line: int, default_date: str | None = None) -> InputDocument:
    """Validate one corpus line (``{"id", "text", "date"}``) into an InputDocument."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        message = f"invalid JSON: {err}"
        return InputDocument(line, None, error=DocumentError(type="InvalidJSON", message=message, line=line))
    if not isinstance(obj, dict):
        message = f"expected a JSON object, got {type(obj).__name__}"
        return InputDocument(
            line, None, error=DocumentError(type="InvalidRecord", message=message, line=line)
        )
    doc_id = obj.get("id")
    doc_id = doc_id if isinstance(doc_id, str) else (f"line-{line}" if doc_id is None else json.dumps(doc_id))
    text = obj.get("text")
    if not isinstance(text, str):
        message = (
            "missing field 'text'" if text is None else f"'text' must be a string, got {type(text).__name__}"
        )
        return InputDocument(
            line, doc_id, error=DocumentError(type="MissingText", message=message, line=line)
        )
    try:
        date = check_date(obj["date"]) if obj.get("date") is not None else default_date
    except ValueError as err:
        return InputDocument(
            line, doc_id, error=DocumentError(type="InvalidDate", message=str(err), line=line)
        )
    return InputDocument(line, doc_id, text, date)


def is_gzip(path: str | Path) -> bool:
    """Whether ``path`` names a gzip file (by its suffix)."""
    return str(path).lower().endswith(".gz")


def _open_text_input(path: Path) -> IO[str]:
    """Open a (possibly gzipped) input file as UTF-8 text; undecodable bytes become U+FFFD."""
    try:
        if is_gzip(path):
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", errors="replace")
        return path.open(encoding="utf-8-sig", errors="replace")
    except OSError as err:
        raise CorpusError(f"cannot read input {str(path)!r}: {err.strerror or err}") from err


def _is_text_path(path: Path) -> bool:
    name = path.name.lower().removesuffix(".gz")
    return name.endswith((".txt", ".text"))


def read_documents(source: str, date: str | None = None) -> Iterator[InputDocument]:
    """Stream documents from a JSONL file (``.gz`` too), a plain-text file (one document) or ``-``.

    On stdin, input whose first non-blank character is ``{`` is read as JSONL, anything else as
    one plain-text document. ``date`` is the publication date of plain text and the default date
    of JSONL lines without one. Blank lines are not documents and yield nothing.
    """
    default = check_date(date, "--date")
    if source == "-":
        handle = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="replace")
        first = ""
        for first in handle:
            if first.strip():
                break
        if not first.strip():
            return
        if first.lstrip().startswith("{"):
            yield from _jsonl_lines(_chain_first(first, handle), default)
        else:
            yield InputDocument(1, "stdin", first + handle.read(), default)
        return
    path = Path(source)
    if path.is_dir():
        raise CorpusError(f"cannot read input {source!r}: it is a directory")
    handle = _open_text_input(path)
    try:
        if _is_text_path(path):
            yield InputDocument(1, path.name.split(".")[0], _read_all(handle, source), default)
        else:
            yield from _jsonl_lines(_guarded_lines(handle, source), default)
    finally:
        handle.close()


def _chain_first(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest


def _read_all(handle: IO[str], source: str) -> str:
    try:
        return handle.read()
    except (OSError, EOFError, zlib.error) as err:
        raise CorpusError(f"cannot read input {source!r}: {err}") from err


def _guarded_lines(handle: IO[str], source: str) -> Iterator[str]:
    """Lines of ``handle``; a read failure mid-way (truncated gzip, I/O error) stops the run clearly."""
    try:
        yield from handle
    except (OSError, EOFError, zlib.error) as err:
        raise CorpusError(f"cannot read input {source!r}: {err}") from err


def _jsonl_lines(lines: Iterable[str], default_date: str | None = None) -> Iterator[InputDocument]:
    for number, raw in enumerate(lines, 1):
        if raw.strip():
            yield parse_jsonl_line(raw, number, default_date)


def count_documents(source: str) -> int | None:
    """Number of non-blank lines of a JSONL input (for the ETA); None for stdin or plain text."""
    if source == "-":
        return None
    path = Path(source)
    if _is_text_path(path):
        return 1
    try:
        opener = gzip.open if is_gzip(path) else open
        count = 0
        with opener(path, "rb") as handle:
            for raw in handle:
                count += bool(raw.strip())
        return count
    except (OSError, EOFError, zlib.error):
        return None  # reading proper reports it


# ---------------------------------------------------------------------------------------------
# processing


def _record_error(name: str | None, proc: Any, docs: list[Doc] | None, error: Exception) -> None:
    """spaCy error handler: note the failure on each doc instead of raising.

    ``nlp.pipe`` drops the docs it reports; :func:`process_documents` notices the gap and redoes
    them one by one, where this note becomes the document's error record.
    """
    for doc in docs or ():
        if isinstance(doc, Doc) and ERROR_KEY not in doc.user_data:
            doc.user_data[ERROR_KEY] = {
                "component": name or "?",
                "type": type(error).__name__,
                "message": str(error)[:500],
            }


@contextlib.contextmanager
def recording_errors(nlp: Language) -> Iterator[None]:
    """Install :func:`_record_error` as the pipeline's error handler for the duration of a run."""
    previous = nlp.default_error_handler
    saved = []
    nlp.default_error_handler = _record_error
    for _, proc in nlp.pipeline:
        if hasattr(proc, "set_error_handler") and hasattr(proc, "get_error_handler"):
            handler = proc.get_error_handler()
            try:
                proc.set_error_handler(_record_error)
            except AttributeError:  # Cython parsers (parser, ner) have no slot for it: they raise
                continue
            saved.append((proc, handler))
    try:
        yield
    finally:
        nlp.default_error_handler = previous
        for proc, handler in saved:
            proc.set_error_handler(handler)


@dataclass
class _Job:
    """One input document on its way through the pipeline (one or more chunks)."""

    item: InputDocument
    chunks: list[tuple[int, str]] = field(default_factory=list)
    parts: list[DocumentRecord | None] = field(default_factory=list)
    record: DocumentRecord | None = None

    def done(self) -> bool:
        return self.record is not None or all(part is not None for part in self.parts)

    def result(self) -> DocumentRecord:
        if self.record is not None:
            return self.record
        parts = [(offset, part) for (offset, _), part in zip(self.chunks, self.parts, strict=True)]
        record = parts[0][1] if len(parts) == 1 else merge_records(parts, self.item.id)  # type: ignore[arg-type]
        if record.error is not None:
            return record
        text = self.item.text
        if sanitize_text(text) is not text:
            restore_text(record, text)
        if len(parts) > 1 or sanitize_text(text) is not text:
            try:  # merged or restored records were edited in place: validate what goes out
                record = DocumentRecord.model_validate(record.model_dump())
            except ValidationError as err:
                return _failed(self.item, "InvalidOutput", str(err))
        return record


def _failed(item: InputDocument, kind: str, message: str) -> DocumentRecord:
    return DocumentRecord(
        id=item.id,
        date=_safe_date(item.date),
        error=DocumentError(type=kind, message=message, line=item.line),
    )


def _safe_date(date: Any) -> str | None:
    try:
        return check_date(date)
    except ValueError:
        return None


def _doc_record(doc: Doc, job: _Job) -> DocumentRecord:
    """The record of one processed chunk, or the error its processing met."""
    failure = doc.user_data.get(ERROR_KEY)
    if failure:
        message = f"component {failure['component']!r} failed: {failure['type']}: {failure['message']}"
        return _failed(job.item, "ComponentError", message)
    try:
        return doc_to_record(doc, job.item.id)
    except Exception as err:  # a component left data the output model rejects
        return _failed(job.item, "InvalidOutput", f"{type(err).__name__}: {err}")


def _start_job(item: InputDocument, nlp: Language) -> _Job:
    """Validate an input document and cut it into chunks (or settle it at once)."""
    job = _Job(item)
    if item.error is not None:
        job.record = DocumentRecord(id=item.id, error=item.error)
        return job
    if not isinstance(item.text, str):
        job.record = _failed(item, "TypeError", f"text: expected str, got {type(item.text).__name__}")
        return job
    if item.id is not None and not isinstance(item.id, str):
        item.id = str(item.id)
    try:
        item.date = check_date(item.date)
    except ValueError as err:
        job.record = _failed(item, "InvalidDate", str(err))
        return job
    if not item.text.strip():
        job.record = empty_record(item.id, item.date)
        return job
    job.chunks = text_chunks(nlp, item.text)
    job.parts = [None] * len(job.chunks)
    return job


def _redo(nlp: Language, job: _Job, index: int) -> DocumentRecord:
    """Process one chunk on its own (after ``nlp.pipe`` dropped it) and return its record."""
    try:
        doc = nlp(make_doc(nlp, job.chunks[index][1], job.item.date))
    except Exception as err:  # the recording handler normally catches these; anything else lands here
        return _failed(job.item, "ComponentError", f"{type(err).__name__}: {err}")
    return _doc_record(doc, job)


def process_documents(
    documents: Iterable[InputDocument],
    nlp: Language | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[DocumentRecord]:
    """Yield one record per input document, in input order, errors included.

    Documents stream through ``nlp.pipe`` (``n_process`` processes, ``batch_size`` docs per
    batch). A document whose component raised is redone alone and then gets an error record;
    spaCy's own ``nlp.pipe`` would silently drop it (and its whole batch for trainable pipes).
    """
    pending = iter(documents)
    first = next(pending, None)
    if first is None:  # nothing to do (e.g. a resumed run that was complete): no model load
        return
    documents = itertools.chain([first], pending)
    nlp = nlp or default_pipeline()
    jobs: deque[_Job] = deque()
    expected: deque[tuple[int, _Job, int]] = deque()  # (job number, job, chunk) sent to nlp.pipe, in order

    feed_failed: list[BaseException] = []

    def feed() -> Iterator[tuple[Doc, tuple[int, int]]]:
        numbered = enumerate(documents)
        while True:
            try:
                number, item = next(numbered)
            except StopIteration:
                return
            except BaseException as err:  # the input broke (CorpusError...): not a pipeline failure
                feed_failed.append(err)
                raise
            job = _start_job(item, nlp)
            jobs.append(job)
            for index, (_, chunk) in enumerate(job.chunks):
                try:
                    doc = make_doc(nlp, chunk, job.item.date)
                except Exception as err:  # tokenizer failure: settle the document here
                    job.record = _failed(job.item, type(err).__name__, str(err))
                    break
                expected.append((number, job, index))
                yield doc, (number, index)

    def ready() -> Iterator[DocumentRecord]:
        while jobs and jobs[0].done():
            yield jobs.popleft().result()

    def settle(doc: Doc, key: int, index: int) -> None:
        while expected:
            number, job, position = expected.popleft()
            if number == key and position == index:
                if job.record is None:
                    job.parts[position] = _doc_record(doc, job)
                return
            if job.record is None:  # dropped by nlp.pipe: redo it alone
                job.parts[position] = _redo(nlp, job, position)

    def redo_pending() -> None:
        while expected:
            _, job, position = expected.popleft()
            if job.record is None:
                job.parts[position] = _redo(nlp, job, position)

    source = feed()
    with recording_errors(nlp):
        while True:
            try:
                for doc, (key, index) in nlp.pipe(
                    source, as_tuples=True, batch_size=batch_size, n_process=n_process
                ):
                    settle(doc, key, index)
                    yield from ready()
                break
            except Exception:
                # a component whose error handler cannot be replaced (spaCy's Cython parser and
                # NER) raised inside nlp.pipe: redo the chunks in flight one by one, then go on
                # with a new nlp.pipe over the rest of the input
                if feed_failed or not expected:
                    raise
                redo_pending()
                yield from ready()
        redo_pending()
        yield from ready()
    if jobs:  # cannot happen: every job was settled above
        raise RuntimeError(f"orbitext: {len(jobs)} documents left unprocessed")


# ---------------------------------------------------------------------------------------------
# writing


def record_line(record: DocumentRecord) -> str:
    """One output JSON line (with its newline); lone surrogates are written as ``\\ud800`` escapes."""
    try:
        return record.model_dump_json() + "\n"
    except Exception:  # pydantic refuses to UTF-8-encode lone surrogates; json escapes them
        return json.dumps(record.model_dump(mode="json"), ensure_ascii=True) + "\n"


class RecordWriter:
    """Where records go: JSONL (plain or gzip, appendable) or Parquet."""

    def write(self, record: DocumentRecord) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class JsonlWriter(RecordWriter):
    """Whole lines, flushed as they are written: a killed run leaves at most one partial last line,
    which ``--resume`` cuts off and redoes. Gzip output is flushed with Z_SYNC_FLUSH after each
    line so everything written so far stays readable; resume appends a new gzip member."""

    def __init__(self, target: str, *, append: bool = False) -> None:
        self.target = target
        self._raw: IO[bytes]
        self._gzip: gzip.GzipFile | None = None
        if target == "-":
            self._raw = sys.stdout.buffer
        else:
            try:
                self._raw = open(target, "ab" if append else "wb")  # noqa: SIM115
            except OSError as err:
                raise CorpusError(f"cannot write output {target!r}: {err.strerror or err}") from err
            if is_gzip(target):
                self._gzip = gzip.GzipFile(fileobj=self._raw, mode="ab")

    def write(self, record: DocumentRecord) -> None:
        data = record_line(record).encode("utf-8")
        try:
            if self._gzip is not None:
                self._gzip.write(data)
                self._gzip.flush(zlib.Z_SYNC_FLUSH)
            else:
                self._raw.write(data)
            self._raw.flush()
        except OSError as err:
            raise CorpusError(f"cannot write output {self.target!r}: {err.strerror or err}") from err

    def close(self) -> None:
        if self._gzip is not None:
            self._gzip.close()
        if self.target != "-":
            self._raw.close()
        else:
            self._raw.flush()


def _parquet_row(record: DocumentRecord) -> dict[str, Any]:
    data = record.model_dump(mode="json")
    error = data.pop("error") or {}
    row = {key: data[key] for key in ("id", "date", "anchor")}
    row["entities"] = data["entities"]
    row["events"] = json.dumps(data["events"], ensure_ascii=False)
    row["missions"] = json.dumps(data["missions"], ensure_ascii=False)
    row["error_type"] = error.get("type")
    row["error_message"] = error.get("message")
    row["error_line"] = error.get("line")
    return _utf8_safe(row)


def _utf8_safe(value: Any) -> Any:
    """Arrow strings are UTF-8: lone surrogates become U+FFFD in Parquet output."""
    if isinstance(value, str):
        return sanitize_text(value)
    if isinstance(value, list):
        return [_utf8_safe(item) for item in value]
    if isinstance(value, dict):
        return {key: _utf8_safe(item) for key, item in value.items()}
    return value


def parquet_schema() -> Any:
    """Arrow schema of Parquet output: entities as a list of structs, events/missions as JSON text."""
    import pyarrow as pa

    entity = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("label", pa.string()),
            ("text", pa.string()),
            ("canonical", pa.string()),
            ("value", pa.string()),
            ("kb_id", pa.string()),
            ("source", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("date", pa.string()),
            ("anchor", pa.string()),
            ("entities", pa.list_(entity)),
            ("events", pa.string()),
            ("missions", pa.string()),
            ("error_type", pa.string()),
            ("error_message", pa.string()),
            ("error_line", pa.int64()),
        ]
    )


def import_pyarrow() -> Any:
    """Import pyarrow or stop with the install hint."""
    try:
        import pyarrow.parquet as pq
    except ImportError as err:
        raise CorpusError("Parquet output needs pyarrow: pip install 'orbitext[parquet]'") from err
    return pq


class ParquetWriter(RecordWriter):
    """Parquet output, written to a temporary file renamed into place at the end: a killed run
    never leaves a corrupt file. With ``keep_rows`` the rows of an existing file come first."""

    def __init__(self, target: str, *, keep_existing: bool = False, rows_per_group: int = 1000) -> None:
        pq = import_pyarrow()
        self.target = target
        self.tmp = f"{target}.partial-{os.getpid()}"
        self.rows: list[dict[str, Any]] = []
        self.rows_per_group = rows_per_group
        try:
            self._writer = pq.ParquetWriter(self.tmp, parquet_schema())
        except OSError as err:
            raise CorpusError(f"cannot write output {target!r}: {err}") from err
        if keep_existing and Path(target).exists():
            for batch in pq.ParquetFile(target).iter_batches(batch_size=rows_per_group):
                self._writer.write_batch(batch)

    def write(self, record: DocumentRecord) -> None:
        self.rows.append(_parquet_row(record))
        if len(self.rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self._writer.write_table(pa.Table.from_pylist(self.rows, schema=parquet_schema()))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        """Drop the temporary file (the previous output, if any, stays as it was)."""
        with contextlib.suppress(Exception):
            self._writer.close()
        with contextlib.suppress(OSError):
            os.remove(self.tmp)


def is_parquet(target: str) -> bool:
    return target.lower().endswith((".parquet", ".pq"))


def open_output(target: str) -> IO[str]:
    """Open ``target`` for writing text (``-`` is stdout). Kept for callers of the first API."""
    if target == "-":
        return sys.stdout
    return open(target, "w", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# resume


@dataclass
class ResumeState:
    """What an interrupted run left in its output."""

    ids: list[str | None]
    failed: int


def _complete_lines_plain(path: Path) -> tuple[list[bytes], int]:
    """Complete lines of a plain file and the file's size."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    return data[:end].split(b"\n")[:-1], len(data)


def _complete_lines_gzip(path: Path) -> list[bytes]:
    """Every complete line that can be decompressed from a possibly truncated gzip file."""
    raw = path.read_bytes()
    out = bytearray()
    while raw:
        decompressor = zlib.decompressobj(wbits=31)
        try:
            out += decompressor.decompress(raw)
        except zlib.error:
            break
        if not decompressor.eof:
            break  # truncated member: keep what it gave
        raw = decompressor.unused_data
    end = out.rfind(b"\n") + 1
    return bytes(out[:end]).split(b"\n")[:-1]


def prepare_resume(target: str) -> ResumeState:
    """Read the records an interrupted run wrote to ``target`` and cut off a half-written tail.

    Plain JSONL is truncated after its last complete line; gzip output is rewritten (atomically,
    through a temporary file) with its complete lines; Parquet is complete or absent by design.
    A complete line that is not a JSON record ends the kept part: it is redone too.
    """
    path = Path(target)
    if target == "-" or not path.exists():
        return ResumeState([], 0)
    if is_parquet(target):
        pq = import_pyarrow()
        try:
            table = pq.read_table(target, columns=["id", "error_type"])
        except Exception as err:
            raise CorpusError(f"cannot resume from {target!r}: not a readable Parquet file ({err})") from err
        ids = table.column("id").to_pylist()
        failed = sum(value is not None for value in table.column("error_type").to_pylist())
        return ResumeState(ids, failed)
    try:
        if is_gzip(target):
            lines, end = _complete_lines_gzip(path), None
        else:
            lines, end = _complete_lines_plain(path)
    except OSError as err:
        raise CorpusError(f"cannot read output {target!r} to resume: {err.strerror or err}") from err
    ids: list[str | None] = []
    failed = 0
    kept = 0
    for raw in lines:
        try:
            obj = json.loads(raw)
        except ValueError:
            break
        if not isinstance(obj, dict):
            break
        ids.append(obj.get("id"))
        failed += obj.get("error") is not None
        kept += len(raw) + 1
    try:
        if end is not None:
            if kept != end:
                with open(path, "r+b") as handle:
                    handle.truncate(kept)
        else:
            tmp = f"{target}.resume-{os.getpid()}"
            with gzip.open(tmp, "wb") as handle:
                for raw in lines[: len(ids)]:
                    handle.write(raw + b"\n")
            os.replace(tmp, target)
    except OSError as err:
        raise CorpusError(f"cannot write output {target!r}: {err.strerror or err}") from err
    return ResumeState(ids, failed)


def skip_done(documents: Iterator[InputDocument], state: ResumeState, target: str) -> Iterator[InputDocument]:
    """Skip the documents already in the output, checking that the ids match, then pass the rest."""
    for number, done_id in enumerate(state.ids, 1):
        item = next(documents, None)
        if item is None:
            raise CorpusError(f"cannot resume: {target!r} holds {len(state.ids)} records, the input fewer")
        if item.id != done_id:
            raise CorpusError(
                f"cannot resume: record {number} of {target!r} has id {done_id!r}, input has {item.id!r}"
            )
    yield from documents


# ---------------------------------------------------------------------------------------------
# progress and the run


class Progress:
    """Documents/s and ETA on stderr: redrawn in place on a terminal, a line every 10 s otherwise."""

    def __init__(self, total: int | None, *, enabled: bool = True, stream: IO[str] | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0

    def update(self, done: int) -> None:
        self.done = done
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < (0.5 if self.tty else 10.0):
            return
        self.last = now
        self.stream.write(("\r" if self.tty else "") + self.line(now) + ("" if self.tty else "\n"))
        self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.done / elapsed
        text = f"orbitext: {self.done}"
        if self.total:
            text += f"/{self.total} docs ({100 * self.done / self.total:.0f}%)"
        else:
            text += " docs"
        text += f", {rate:.1f} docs/s"
        if self.total and rate > 0:
            text += f", ETA {_duration(max(self.total - self.done, 0) / rate)}"
        return text

    def finish(self) -> None:
        if self.enabled and self.tty and self.last:
            self.stream.write("\n")


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


@dataclass
class RunSummary:
    """What a run did: documents in, written now, already there (resume), failed (all)."""

    read: int = 0
    written: int = 0
    resumed: int = 0
    failed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.written / self.seconds if self.seconds else 0.0
        text = f"orbitext: {self.read + self.resumed} documents in, {self.written} written"
        if self.resumed:
            text += f" ({self.resumed} already done)"
        return text + f", {self.failed} failed, {self.seconds:.1f} s ({rate:.1f} docs/s)"


RecordSource = Callable[[Iterator[InputDocument]], Iterator[DocumentRecord]]


def run_extract(
    source: str,
    target: str,
    *,
    date: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    progress: bool = True,
    resume: bool = False,
    nlp: Language | None = None,
    dask: str | None = None,
    summary: RunSummary | None = None,
) -> int:
    """Run the pipeline over ``source`` into ``target``; return the number of failed documents.

    Raises :class:`CorpusError` (one clear line) when the input cannot be read or the output
    cannot be written. ``dask`` is a scheduler address, ``local`` or ``local:N``.
    """
    summary = summary if summary is not None else RunSummary()
    started = time.monotonic()
    if source != "-" and not Path(source).exists():
        raise CorpusError(f"cannot read input {source!r}: no such file")
    if source != "-" and not os.access(source, os.R_OK):
        raise CorpusError(f"cannot read input {source!r}: permission denied")
    try:
        check_date(date, "--date")
    except ValueError as err:
        raise CorpusError(str(err)) from err
    parquet = is_parquet(target)
    if parquet:
        import_pyarrow()
    if dask:
        from .distributed import require_dask

        require_dask()
    state = prepare_resume(target) if resume else ResumeState([], 0)
    summary.resumed, summary.failed = len(state.ids), state.failed
    documents = read_documents(source, date)
    if state.ids:
        documents = skip_done(documents, state, target)

    if dask:
        from .distributed import dask_records

        records: Iterator[DocumentRecord] = dask_records(documents, dask, batch_size=batch_size)
    else:
        records = process_documents(documents, nlp, batch_size=batch_size, n_process=n_process)

    total = count_documents(source) if progress else None
    bar = Progress(None if total is None else max(total - len(state.ids), 0), enabled=progress)
    writer: RecordWriter
    if parquet:
        writer = ParquetWriter(target, keep_existing=bool(state.ids))
    else:
        writer = JsonlWriter(target, append=resume)
    try:
        for record in records:
            writer.write(record)
            summary.written += 1
            summary.read += 1
            summary.failed += record.error is not None
            bar.update(summary.written)
    except BaseException:
        if isinstance(writer, ParquetWriter):
            writer.abort()
        else:
            with contextlib.suppress(Exception):
                writer.close()
        raise
    writer.close()
    bar.finish()
    summary.seconds = time.monotonic() - started
    print(summary.line(), file=sys.stderr)
    return summary.failed
