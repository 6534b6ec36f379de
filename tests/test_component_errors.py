"""A component that fails on one document leaves a Doc, the other results and a recorded error."""

from __future__ import annotations

import pytest

import orbitext
from orbitext.pipes.entities.component import EntityRecognizer
from orbitext.pipes.events.component import EventExtractor
from orbitext.pipes.missions.component import MissionLinker
from orbitext.pipes.temporal.component import TemporalTagger

TEXT = "Le lanceur Ariane 6 a décollé de Kourou le 9 juillet 2024."


def _explode(self, doc):  # noqa: ANN001
    raise RuntimeError("règle cassée")


@pytest.mark.parametrize(
    ("component_class", "method", "name"),
    [
        (EntityRecognizer, "_process", "orbitext_entities"),
        (TemporalTagger, "_annotate", "orbitext_temporal"),
        (EventExtractor, "_extract", "orbitext_events"),
        (MissionLinker, "_link", "orbitext_missions"),
    ],
)
def test_component_failure_is_recorded_not_raised(nlp, monkeypatch, component_class, method, name):
    monkeypatch.setattr(component_class, method, _explode)
    record = orbitext.extract(TEXT, date="2024-07-10", doc_id="d1", nlp=nlp)
    assert record.error is not None and record.error.type == "ComponentError"
    assert name in record.error.message and "règle cassée" in record.error.message
    # the base model still found its names
    assert any(e.text == "Kourou" for e in record.entities)


def test_no_error_on_a_clean_document(nlp):
    assert orbitext.extract(TEXT, date="2024-07-10", nlp=nlp).error is None
