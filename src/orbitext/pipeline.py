"""Load the orbitext pipeline and run it on texts with their publication dates."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the Doc/Span extensions)
from .pipes import canonical, entities, events, furniture, missions, temporal  # noqa: F401  (factories)
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


def load(base: str | Language = BASE_PIPELINE, config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Return a ready spaCy pipeline: ``base`` (a package name, path or Language) plus our components.

    A path to a pipeline saved with ``nlp.to_disk`` that already holds our components is
    loaded as it is.
    """
    nlp = spacy.load(base) if isinstance(base, str) else base
    return add_components(nlp, config)


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


def make_doc(nlp: Language, text: str, date: str | dt.date | None = None) -> Doc:
    """Tokenise ``text`` and attach its publication date, ready for ``nlp(doc)`` or ``nlp.pipe``."""
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    doc = nlp.make_doc(text)
    doc._.orbitext_date = check_date(date)
    return doc


def extract(
    text: str, date: str | dt.date | None = None, *, doc_id: str | None = None, nlp: Language | None = None
) -> DocumentRecord:
    """Read one French text and return its entities, events and missions.

    ``date`` is the publication date (``YYYY-MM-DD``): relative expressions ("mardi dernier",
    "le 5 octobre") are resolved against it; without it, against the latest full date in the text.
    """
    nlp = nlp or default_pipeline()
    doc = nlp(make_doc(nlp, text, date))
    return doc_to_record(doc, doc_id)


def pipe_records(
    items: Iterable[tuple[str, str | None, str | None]],
    *,
    nlp: Language | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[DocumentRecord]:
    """Process ``(doc_id, text, date)`` triples in order, yielding one record per item."""
    nlp = nlp or default_pipeline()
    ids: list[str | None] = []

    def docs() -> Iterator[Doc]:
        for doc_id, text, date in items:
            ids.append(doc_id)
            yield make_doc(nlp, text, date)

    for index, doc in enumerate(nlp.pipe(docs(), batch_size=batch_size, n_process=n_process)):
        yield doc_to_record(doc, ids[index])
