"""Load the orbitext pipeline and run it on texts with their publication dates."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the Doc/Span extensions)
from .embedding_memo import DEFAULT_MAX_ENTRIES, memoize_embeddings
from .fastmatch import remember_text
from .pipes import (  # noqa: F401
    attribute_ruler,
    canonical,
    entities,
    events,
    furniture,
    lemmatizer,
    missions,
    paragraphs,
    temporal,
)
from .records import doc_to_record
from .schema import DocumentRecord

BASE_PIPELINE = "fr_core_news_md"

#: our components, in the order they run after the base pipeline
COMPONENTS: tuple[str, ...] = (
    "orbitext_furniture",
    "orbitext_entities",
    "orbitext_canonical",
    "orbitext_temporal",
    "orbitext_events",
    "orbitext_missions",
)


def add_components(nlp: Language, config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Add the orbitext components to an existing French pipeline (after its NER)."""
    config = config or {}
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def load(
    base: str | Language = BASE_PIPELINE,
    config: dict[str, dict[str, Any]] | None = None,
    *,
    embedding_memo: int = DEFAULT_MAX_ENTRIES,
) -> Language:
    """Return a ready spaCy pipeline: ``base`` (a package name, path or Language) plus our components.

    A path to a pipeline saved with ``nlp.to_disk`` that already holds our components is
    loaded as it is. The base networks' embedding layers remember up to ``embedding_memo`` words
    each (:mod:`orbitext.embedding_memo`: same output, about a quarter less CPU on news text);
    ``embedding_memo=0`` runs them as shipped.
    """
    nlp = spacy.load(base) if isinstance(base, str) else base
    use_fast_base_components(nlp)
    mark_paragraph_breaks(nlp)
    if embedding_memo > 0:
        memoize_embeddings(nlp, embedding_memo)
    return add_components(nlp, config)


def use_fast_base_components(nlp: Language) -> Language:
    """Run spaCy's ``AttributeRuler`` and French lemmatizer in ``nlp`` as orbitext's faster twins.

    Each twin gives the same token attributes from the same rules and tables (read through token
    arrays instead of one Token object per word): for ``fr_core_news_md``, 3.8 -> 0.7 and 1.1 ->
    0.3 ms of CPU per 1,000 tokens. :func:`load` does it; pipelines given to
    :func:`add_components` are left as they are.
    """
    for name, proc in list(nlp.pipeline):
        if type(proc) is AttributeRuler:
            patterns = proc.patterns
            nlp.replace_pipe(name, "orbitext_attribute_ruler", config={"validate": proc.validate})
            nlp.get_pipe(name).add_patterns(patterns)
        elif type(proc) is FrenchLemmatizer:
            config = {"mode": proc.mode, "overwrite": proc.overwrite}
            nlp.replace_pipe(name, "orbitext_lemmatizer", config=config)
            nlp.get_pipe(name).lookups = proc.lookups
    return nlp


def mark_paragraph_breaks(nlp: Language) -> Language:
    """Put ``orbitext_paragraph_breaks`` before ``nlp``'s parser: a blank line ends a sentence.

    :func:`load` does it; pipelines given to :func:`add_components` are left as they are.
    """
    if "parser" in nlp.pipe_names and not any(
        nlp.get_pipe_meta(name).factory == "orbitext_paragraph_breaks" for name in nlp.pipe_names
    ):
        nlp.add_pipe("orbitext_paragraph_breaks", before="parser")
    return nlp


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The pipeline ``extract`` uses, loaded once per process."""
    return load()


def check_date(date: str | dt.date | None, field: str = "date") -> str | None:
    """Validate a publication date; return it as ``YYYY-MM-DD`` or None.

    Raises ValueError naming ``field`` when the value is not an ISO date.
    """
    if date is None:
        return None
    if isinstance(date, dt.datetime):
        return date.date().isoformat()
    if isinstance(date, dt.date):
        return date.isoformat()
    if isinstance(date, str):
        try:
            return dt.date.fromisoformat(date.strip()).isoformat()
        except ValueError:
            pass
    raise ValueError(f"{field}: expected an ISO date YYYY-MM-DD or null, got {date!r}")


_SURROGATES = re.compile("[\ud800-\udfff]")


def sanitize_text(text: str) -> str:
    """Replace lone surrogates (which UTF-8 cannot encode) by U+FFFD, keeping every offset.

    JSON can carry ``"\\ud800"``; spaCy's serialisation (DocBin, ``n_process``) cannot, so the
    pipeline reads the sanitised text and records take entity texts from the original one.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.sub("\ufffd", text)
    return text


def make_doc(nlp: Language, text: str, date: str | dt.date | None = None) -> Doc:
    """Tokenise ``text`` and attach its publication date, ready for ``nlp(doc)`` or ``nlp.pipe``.

    Lone surrogates are replaced by U+FFFD (same length, so offsets are unchanged).
    """
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    iso = check_date(date)
    clean = sanitize_text(text)
    doc = nlp.make_doc(clean)
    doc._.orbitext_date = iso
    return remember_text(doc, clean)  # the tokenizer keeps every character: no rebuild later


def restore_text(record: DocumentRecord, text: str) -> DocumentRecord:
    """Give every entity and evidence span of ``record`` the characters of ``text`` it points at.

    Only needed when :func:`sanitize_text` changed the text; offsets are never changed.
    """
    for entity in record.entities:
        entity.text = text[entity.start : entity.end]
    for item in [*record.events, *record.missions]:
        spans = [span for spans in item.evidence.values() for span in spans]
        trigger = getattr(item, "trigger", None)
        for span in [*spans, *([trigger] if trigger is not None else [])]:
            span.text = text[span.start : span.end]
    return record


#: piece size for texts over ``nlp.max_length``: the parser needs about 1 GB per 100,000 characters
LONG_TEXT_CHUNK = 100_000


def text_chunks(nlp: Language, text: str) -> list[tuple[int, str]]:
    """``[(offset, piece)]``: the text itself when it fits ``nlp.max_length``, else pieces of at most
    ``min(nlp.max_length, LONG_TEXT_CHUNK)`` characters cut at paragraph or sentence ends."""
    from .chunking import split_text

    limit = max(1, int(nlp.max_length))
    if len(text) <= limit:
        return [(0, text)]
    return split_text(text, min(limit, LONG_TEXT_CHUNK))


def empty_record(doc_id: str | None, date: str | None) -> DocumentRecord:
    """The record of an empty or blank text: nothing found."""
    return DocumentRecord(id=doc_id, date=date, anchor=date)


def extract(
    text: str, date: str | dt.date | None = None, *, doc_id: str | None = None, nlp: Language | None = None
) -> DocumentRecord:
    """Read one French text and return its entities, events and missions.

    ``date`` is the publication date (``YYYY-MM-DD``): relative expressions ("mardi dernier",
    "le 5 octobre") are resolved against it; without it, against the latest full date in the text.
    Raises TypeError when ``text`` is not a string, ValueError (naming the field) for a bad date.
    A text longer than ``nlp.max_length`` is read in chunks cut at paragraph or sentence ends.
    """
    from .chunking import merge_records

    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    iso = check_date(date)
    if doc_id is not None and not isinstance(doc_id, str):
        raise TypeError(f"doc_id: expected str or None, got {type(doc_id).__name__}")
    if not text.strip():
        return empty_record(doc_id, iso)
    nlp = nlp or default_pipeline()
    parts: list[tuple[int, DocumentRecord]] = []
    for offset, chunk in text_chunks(nlp, text):
        doc = nlp(make_doc(nlp, chunk, iso))
        failure = doc.user_data.get(ERROR_KEY)
        if failure:  # another thread runs a batch with the recording error handler installed
            message = f"{failure['type']}: {failure['message']}"
            raise RuntimeError(f"component {failure['component']!r} failed: {message}")
        parts.append((offset, doc_to_record(doc, doc_id)))
    record = parts[0][1] if len(parts) == 1 else merge_records(parts, doc_id)
    if sanitize_text(text) is not text:
        restore_text(record, text)
    return DocumentRecord.model_validate(record.model_dump())


def pipe_records(
    items: Iterable[tuple[str | None, str, str | None]],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[DocumentRecord]:
    """Process ``(doc_id, text, date)`` triples in order, yielding exactly one record per item.

    Unlike :func:`extract`, a bad item or a failing component never raises: that item's record
    carries an ``error`` object instead, and the stream goes on.
    """
    from .corpus import InputDocument, process_documents

    documents = (InputDocument(None, doc_id, text, date) for doc_id, text, date in items)
    yield from process_documents(documents, nlp, batch_size=batch_size, n_process=n_process)


#: ``doc.user_data`` key where the batch error handler records a component failure
ERROR_KEY = "orbitext_error"
