"""Property-based tests (hypothesis, bounded): no exception, valid offsets, deterministic, pipe == call."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import orbitext
from orbitext.chunking import split_text
from orbitext.corpus import record_line

# a small French grammar of space news, so that generated texts reach the rules, not only the tokenizer
SUBJECTS = [
    "Le vaisseau Soyouz MS-18",
    "La fusée Falcon 9",
    "Thomas Pesquet",
    "L'équipage de Crew-2",
    "La capsule Crew Dragon",
    "Roscosmos",
    "La NASA",
    "Le lanceur Ariane 6",
    "Ioulia Peressild",
]
VERBS = [
    "a décollé de",
    "a atterri à",
    "s'est amarré à",
    "doit décoller de",
    "a quitté",
    "rejoindra",
    "a été lancé depuis",
    "devrait se poser près de",
]
PLACES = [
    "Baïkonour",
    "Kourou",
    "Cap Canaveral",
    "l'ISS",
    "la Station spatiale internationale",
    "la steppe kazakhe",
    "Tiangong",
    "la Lune",
]
WHEN = [
    "",
    " le 17 octobre 2021",
    " mardi dernier",
    " à 4h36",
    " demain",
    " il y a trois jours",
    " après 12 jours dans l'espace",
    " en 1961",
    " le 5 oct. 2021 à 16 h 09",
]

sentence = st.builds(
    lambda s, v, p, w: f"{s} {v} {p}{w}.",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(PLACES),
    st.sampled_from(WHEN),
)
french_text = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
noisy_french = st.tuples(french_text, st.text(max_size=30), french_text).map("".join)
any_text = st.text(max_size=200)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1957, 1, 1)).map(str))

BOUNDED = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _assert_valid(record: orbitext.DocumentRecord, text: str) -> None:
    assert record.error is None
    for entity in record.entities:
        assert text[entity.start : entity.end] == entity.text
    for item in [*record.events, *record.missions]:
        for spans in item.evidence.values():
            for span in spans:
                assert text[span.start : span.end] == span.text
    record_line(record).encode("utf-8")


@BOUNDED
@given(text=st.one_of(any_text, french_text, noisy_french), date=dates)
def test_any_text_gives_a_valid_deterministic_record(nlp: Language, text: str, date: str | None) -> None:
    first = orbitext.extract(text, date, nlp=nlp)
    _assert_valid(first, text)
    assert orbitext.extract(text, date, nlp=nlp) == first


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.one_of(french_text, any_text), min_size=1, max_size=6), date=dates)
def test_pipe_equals_one_by_one(nlp: Language, texts: list[str], date: str | None) -> None:
    items = [(str(n), text, date) for n, text in enumerate(texts)]
    piped = list(orbitext.pipe_records(items, nlp=nlp, batch_size=2))
    assert piped == [orbitext.extract(text, date, doc_id=doc_id, nlp=nlp) for doc_id, text, date in items]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab .!?\n\t\u00a0é"), max_size=300), limit=st.integers(1, 80))
def test_split_text_is_a_partition(text: str, limit: int) -> None:
    chunks = split_text(text, limit)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(0 < len(chunk) <= limit for _, chunk in chunks) or text == ""


@pytest.mark.parametrize("limit", [60, 150])
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paragraphs=st.lists(french_text, min_size=2, max_size=5))
def test_chunked_text_keeps_names_of_each_paragraph(nlp: Language, paragraphs: list[str], limit: int) -> None:
    text = "\n\n".join(paragraphs)
    names = {"SPACECRAFT", "PER", "ORG"}
    whole = {(e.start, e.end, e.label) for e in orbitext.extract(text, nlp=nlp).entities if e.label in names}
    saved = nlp.max_length
    nlp.max_length = max(limit, max(len(p) for p in paragraphs) + 2)
    try:
        record = orbitext.extract(text, nlp=nlp)
    finally:
        nlp.max_length = saved
    _assert_valid(record, text)
    chunked = {(e.start, e.end, e.label) for e in record.entities if e.label in names}
    assert (
        whole <= chunked or len(whole - chunked) <= len(whole) // 4
    )  # model entities may shift with context
