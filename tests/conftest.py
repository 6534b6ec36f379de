"""Shared fixtures: the full pipeline is loaded once per test session."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import orbitext

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev.jsonl"
TEMPORAL_CORPUS = SHARED / "corpus" / "temporal-dev.jsonl"
SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full orbitext pipeline on fr_core_news_md, loaded once."""
    return orbitext.load()


@pytest.fixture(scope="session")
def stock_nlp() -> Language:
    """fr_core_news_md as shipped, for comparisons with what orbitext runs instead (read only)."""
    return spacy.load(orbitext.BASE_PIPELINE)


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """A blank French pipeline, for fast rule tests that need no parse."""
    return spacy.blank("fr")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


needs_shared = pytest.mark.skipif(not DEV_CORPUS.exists(), reason="../shared corpus not present")


def score_corpus(nlp: Language, gold_path: Path) -> tuple[dict, dict[str, dict]]:
    """Run the pipeline over a gold JSONL and score it with the shared scorer.

    Returns the scorer's result and the predicted records by id.
    """
    spec = importlib.util.spec_from_file_location("orbitext_scorer", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = {str(d["id"]): d for d in read_jsonl(gold_path)}
    items = [(doc_id, d["text"], d.get("date")) for doc_id, d in gold.items()]
    preds = {str(r.id): r.model_dump(mode="json") for r in orbitext.pipe_records(items, nlp=nlp)}
    return scorer.score(gold, preds, None), preds
