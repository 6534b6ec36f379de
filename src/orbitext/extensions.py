"""Every Doc/Span extension orbitext registers, in one table.

Values are plain JSON-able data (str, int, list, dict) so that ``DocBin``,
``Doc.to_bytes`` and ``nlp.pipe(n_process=...)`` carry them. The pydantic output
types are built from these values in :mod:`orbitext.records`.
"""

from __future__ import annotations

import functools
from typing import Any

import catalogue
import srsly
from spacy.tokens import Doc, Span

#: The spans group names our components write to ``doc.spans``.
GAZETTEER_GROUP = "orbitext_gazetteer"
FURNITURE_GROUP = "orbitext_furniture"
TEMPORAL_GROUP = "orbitext_temporal"
TRIGGER_GROUP = "orbitext_triggers"


def _span_key(span: Span) -> str:
    return f"{span.start_char}:{span.end_char}"


def _span_canonical(span: Span) -> str:
    """The fullest form of the span's referent in its document (falls back to its text)."""
    return span.doc._.orbitext_canonicals.get(_span_key(span), span.text)


def _span_value(span: Span) -> str | None:
    """The normalised value of a DATE/TIME/DURATION span, None for other spans."""
    for item in span.doc._.orbitext_temporals:
        if item["start"] == span.start_char and item["end"] == span.end_char:
            return item["value"]
    return None


# name -> (owner class, keyword arguments of set_extension)
DOC_EXTENSIONS: dict[str, dict[str, Any]] = {
    # publication date given by the caller (ISO YYYY-MM-DD) or None
    "orbitext_date": {"default": None},
    # the date relative expressions were resolved against (caller's date or latest full date)
    "orbitext_anchor": {"default": None},
    # temporal expressions: [{"start", "end", "label", "text", "value"}]
    "orbitext_temporals": {"default": []},
    # "start:end" of an entity -> canonical name of its referent
    "orbitext_canonicals": {"default": {}},
    # event and mission records, as ``Event.model_dump(mode="json")`` dicts
    "events": {"default": []},
    # components that failed on this document: [{"component", "type", "message"}]
    "orbitext_errors": {"default": []},
    "missions": {"default": []},
}

SPAN_EXTENSIONS: dict[str, dict[str, Any]] = {
    "canonical": {"getter": _span_canonical},
    "orbitext_value": {"getter": _span_value},
}


def record_component_error(doc: Doc, component: str, err: Exception) -> None:
    """Note on the Doc that ``component`` failed, so the document's record reports it."""
    entry = {"component": component, "type": type(err).__name__, "message": str(err)}
    doc._.orbitext_errors = [*doc._.orbitext_errors, entry]


def register_extensions() -> None:
    """Register the extensions once; never overwrite another package's attribute."""
    for name, kwargs in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)
    for name, kwargs in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, **kwargs)


def cache_msgpack_entry_points() -> None:
    """Let srsly find its msgpack encoders and decoders without filtering every entry point.

    Each ``srsly.msgpack_dumps``/``loads`` asks catalogue for the registered encoders, and
    catalogue's ``get_all`` selects the entry points of their group from its snapshot of every
    installed entry point, then tests every registered function's namespace with a Python
    generator, again each time (about 0.25 ms per call). ``Doc.to_bytes`` and ``from_bytes``
    make one call for the Doc, two for the user data and one per span group, so with
    ``nlp.pipe(n_process=...)`` (input Docs out, output Docs back: about 20 calls per
    document of ours) that look-up cost some 15 ms of CPU per 1,000 tokens. The snapshot
    (``catalogue.AVAILABLE_ENTRY_POINTS``) is made once at import and never changes: its
    selection is kept; the registry itself is still read at every call (a function
    registered later is found), with one tuple comparison per entry. Same result, same order.
    """
    for registry in (getattr(srsly, "msgpack_encoders", None), getattr(srsly, "msgpack_decoders", None)):
        select = getattr(registry, "_get_entry_points", None)
        namespace = getattr(registry, "namespace", None)
        if select is None or not isinstance(namespace, tuple) or getattr(registry, "_orbitext_fast", False):
            continue
        registry._get_entry_points = functools.partial(_same, select())  # type: ignore[union-attr]
        registry.get_all = functools.partial(_get_all, registry)  # type: ignore[union-attr]
        registry._orbitext_fast = True  # type: ignore[union-attr]


def _same(value: Any) -> Any:
    """The value selected once (see :func:`cache_msgpack_entry_points`)."""
    return value


def _get_all(registry: Any) -> dict[str, Any]:
    """``catalogue.Registry.get_all``: entry points first, then the registered functions of the
    registry's namespace, with a tuple comparison instead of a generator per entry."""
    result = {}
    if registry.entry_points:
        result.update(registry.get_entry_points())
    namespace = registry.namespace
    size = len(namespace) + 1
    for keys, value in catalogue.REGISTRY.copy().items():
        if len(keys) == size and keys[:-1] == namespace:
            result[keys[-1]] = value
    return result


register_extensions()
# here rather than in load(): workers started with "spawn" import this module, never call load()
cache_msgpack_entry_points()
