"""PrefilteredMatcher gives exactly what spaCy's Matcher gives, on the event triggers and beyond."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from orbitext.fastmatch import PrefilteredMatcher
from orbitext.resources import MODELS_DIR

SENTENCES = [
    "La fusée a décollé mardi de Kourou ; le décollage était prévu à 10h.",
    "Ils se sont doucement posés dans la steppe, puis sont revenus sur la Terre.",
    "Le vaisseau s'est amarré à l'ISS avant de se désamarrer trois jours plus tard.",
    "Deux sorties extravéhiculaires, une EVA et une marche spatiale sont au programme.",
    "Le retour de l'espace a eu lieu après le lancement réussi de la mission.",
    "Rien à signaler ici.",
    "",
]

EXTRA_PATTERNS = {
    "plus": [[{"LOWER": "la"}, {"IS_ALPHA": True, "OP": "+"}]],  # not pre-scannable: fallback
    "optional-first": [[{"LOWER": "le", "OP": "?"}, {"LEMMA": "retour"}]],
}


def _triggers() -> dict[str, list[list[dict]]]:
    rules = json.loads((MODELS_DIR / "patterns" / "events.json").read_text(encoding="utf-8"))
    return {rule["id"]: [rule["pattern"]] for rule in rules["triggers"]}


def _both(nlp: Language, patterns: dict[str, list[list[dict]]]) -> tuple[Matcher, PrefilteredMatcher]:
    plain, fast = Matcher(nlp.vocab), PrefilteredMatcher(nlp.vocab)
    for key, pats in patterns.items():
        plain.add(key, pats)
        fast.add(key, pats)
    return plain, fast


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_matcher(nlp: Language, text: str) -> None:
    plain, fast = _both(nlp, _triggers())
    assert fast.filterable
    doc = nlp(text)
    assert sorted(fast(doc)) == sorted(plain(doc))


@pytest.mark.parametrize("name", sorted(EXTRA_PATTERNS))
def test_patterns_it_cannot_prescan_fall_back(nlp: Language, name: str) -> None:
    plain, fast = _both(nlp, {name: EXTRA_PATTERNS[name]})
    assert not fast.filterable
    doc = nlp(SENTENCES[1] + " " + SENTENCES[4])
    assert sorted(fast(doc)) == sorted(plain(doc))
