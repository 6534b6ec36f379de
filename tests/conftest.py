"""Shared fixtures: the full pipeline is loaded once per test session."""

from __future__ import annotations

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
def blank_nlp() -> Language:
    """A blank French pipeline, for fast rule tests that need no parse."""
    return spacy.blank("fr")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


needs_shared = pytest.mark.skipif(not DEV_CORPUS.exists(), reason="../shared corpus not present")
