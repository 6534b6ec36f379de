"""The held-out corpus (tests/data/heldout) through the shared scorer.

These 17 articles were written for evaluation only and nobody tunes rules on them: the floors
sit a little below the scores measured when the set was made, so a drop means a regression in
generalisation, and a rise means the floors can be raised.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import SCORER, read_jsonl
from orbitext.pipeline import pipe_records

HELDOUT = Path(__file__).parent / "data" / "heldout" / "gold.jsonl"

# measured 2026-11-25 (first version of the set): entities exact F 0.90, event detection 0.65,
# event slots 0.61, mission slots 0.70, temporal values 0.93
FLOORS = {
    "entities_exact": 0.85,
    "event_detection": 0.60,
    "event_slots": 0.56,
    "mission_slots": 0.65,
    "temporal_values": 0.88,
}

NON_SPACE = ["ho-15-lancement-smartphone", "ho-16-atterrissage-avion", "ho-17-football-fusee"]

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared scorer not present")


@pytest.fixture(scope="module")
def scores(nlp):
    spec = importlib.util.spec_from_file_location("orbitext_scorer", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = {str(d["id"]): d for d in read_jsonl(HELDOUT)}
    items = [(doc_id, d["text"], d.get("date")) for doc_id, d in gold.items()]
    preds = {str(r.id): r.model_dump(mode="json") for r in pipe_records(items, nlp=nlp)}
    return scorer.score(gold, preds, None), preds


def test_gold_file_is_well_formed():
    docs = read_jsonl(HELDOUT)
    assert 14 <= len(docs) <= 18
    for doc in docs:
        for ent in doc["entities"]:
            assert doc["text"][ent["start"] : ent["end"]] == ent["text"], (doc["id"], ent)
            if ent["label"] in ("DATE", "TIME", "DURATION"):
                assert ent.get("value"), (doc["id"], ent)


@needs_scorer
def test_every_document_is_processed(scores):
    result, _ = scores
    assert result["missing_documents"] == [] and result["error_documents"] == []


@needs_scorer
@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_heldout_scores_stay_above_floor(scores, metric):
    result, _ = scores
    assert result[metric]["f"] >= FLOORS[metric], result[metric]


@needs_scorer
@pytest.mark.parametrize("doc_id", NON_SPACE)
def test_no_events_on_non_space_texts(scores, doc_id):
    _, preds = scores
    assert preds[doc_id]["events"] == []
    assert preds[doc_id]["missions"] == []
