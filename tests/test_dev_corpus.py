"""The dev corpus through the shared scorer: floors a little below the measured scores."""

from __future__ import annotations

import pytest

from conftest import DEV_CORPUS, needs_shared, score_corpus

# measured 2026-11-25: event slots 0.92, mission slots 0.90, event detection 0.86
FLOORS = {"event_slots": 0.87, "mission_slots": 0.85, "event_detection": 0.80}


@pytest.fixture(scope="module")
def scores(nlp):
    return score_corpus(nlp, DEV_CORPUS)


@needs_shared
@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_scores_stay_above_floor(scores, metric):
    result, _ = scores
    assert result[metric]["f"] >= FLOORS[metric], result[metric]


@needs_shared
def test_no_events_on_non_space_texts(scores):
    _, preds = scores
    assert preds["dev-12"]["events"] == []
    assert preds["dev-12"]["missions"] == []


@needs_shared
def test_seed_article_landing(scores):
    _, preds = scores
    landings = [e for e in preds["seed-rt-soyouz-ms18"]["events"] if e["type"] == "LANDING"]
    assert len(landings) == 1
    assert landings[0]["date"] == "2021-10-17" and landings[0]["time"] == "04:36"
