"""The public Python API: load, extract, make_doc, records."""

from __future__ import annotations

import datetime as dt

import pytest

import orbitext
from orbitext import DocumentRecord

SENTENCES = [
    "Le vaisseau Soyouz MS-18 s'est posé au Kazakhstan le 17 octobre 2021.",
    "La NASA prépare le lancement d'Artemis II depuis le centre spatial Kennedy.",
    "",
]


def test_load_has_our_components_in_order(nlp):
    ours = [name for name in nlp.pipe_names if name.startswith("orbitext_")]
    # the base pipeline's twins and the paragraph breaks run among its own components
    before = ["orbitext_paragraph_breaks"]
    assert ours == before + list(orbitext.COMPONENTS)
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("orbitext_entities")


@pytest.mark.parametrize("text", SENTENCES)
def test_extract_returns_a_valid_record(nlp, text):
    record = orbitext.extract(text, date="2021-10-17", doc_id="x", nlp=nlp)
    assert isinstance(record, DocumentRecord)
    assert record.id == "x" and record.date == "2021-10-17"
    for ent in record.entities:
        assert text[ent.start : ent.end] == ent.text
    assert DocumentRecord.model_validate_json(record.model_dump_json()) == record


@pytest.mark.parametrize(
    ("date", "expected"),
    [(None, None), ("2021-10-17", "2021-10-17"), (dt.date(2021, 10, 17), "2021-10-17")],
)
def test_make_doc_attaches_the_publication_date(nlp, date, expected):
    doc = orbitext.make_doc(nlp, "Le lanceur Ariane 6 a décollé.", date)
    assert doc._.orbitext_date == expected


@pytest.mark.parametrize("bad", ["17/10/2021", "2021-13-01", "hier", 20211017])
def test_bad_date_is_a_value_error_naming_the_field(nlp, bad):
    with pytest.raises(ValueError, match="date"):
        orbitext.extract("Le lanceur Ariane 6 a décollé.", date=bad, nlp=nlp)


@pytest.mark.parametrize("bad", [None, 42, b"octets", ["liste"]])
def test_non_string_text_is_a_type_error(nlp, bad):
    with pytest.raises(TypeError, match="text"):
        orbitext.extract(bad, nlp=nlp)


def test_pipe_records_keeps_order_and_ids(nlp):
    items = [(f"doc-{i}", text, "2021-10-17") for i, text in enumerate(SENTENCES)]
    records = list(orbitext.pipe_records(items, nlp=nlp, batch_size=2))
    assert [r.id for r in records] == ["doc-0", "doc-1", "doc-2"]
    single = [orbitext.extract(t, date=d, doc_id=i, nlp=nlp) for i, t, d in items]
    assert records == single


def test_schema_documents_the_output():
    schema = DocumentRecord.model_json_schema()
    assert {"entities", "events", "missions"} <= set(schema["properties"])
    assert "Event" in schema["$defs"] and "Mission" in schema["$defs"]
