"""Rule data survives ``nlp.to_bytes``/``from_bytes`` and pickling, like it survives ``to_disk``."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import orbitext
from orbitext.extensions import FURNITURE_GROUP
from orbitext.pipes.entities.component import shipped_gazetteers
from orbitext.resources import MODELS_DIR

USER_ID = "spacecraft:zephyrine"
USER_SENTENCE = "Zéphyrine a quitté son orbite de parking hier soir."

SENTENCES = [
    "Le lanceur Ariane 6 a décollé de Kourou le 6 mars 2024 à 17 h 30 avec un satellite militaire.",
    "Thomas Pesquet restera six mois à bord de la Station spatiale internationale, a indiqué l'ESA.",
    "La NASA prévoit de lancer Artemis III en septembre 2026, trois ans après la date annoncée.",
    "Zéphyrine, conçue par le CNES, doit atteindre Mars dans deux ans.",
]


def signature(doc: Doc) -> tuple:
    """Everything our data-driven components put on a Doc."""
    return (
        [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents],
        [(s.start_char, s.end_char, s.id_) for s in doc.spans.get("orbitext_gazetteer", [])],
        [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(FURNITURE_GROUP, [])],
        doc._.orbitext_temporals,
        doc._.orbitext_canonicals,
    )


def fresh_pipeline() -> Language:
    """The base model plus our components with their shipped (default) data."""
    return orbitext.add_components(spacy.load(orbitext.pipeline.BASE_PIPELINE))


@pytest.fixture(scope="module")
def user_nlp(tmp_path_factory: pytest.TempPathFactory) -> Language:
    """The pipeline with one gazetteer entry a user added through the config."""
    path = tmp_path_factory.mktemp("gazetteer") / "user.jsonl"
    entry = {"id": USER_ID, "label": "SPACECRAFT", "name": "Zéphyrine", "type": "probe"}
    path.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    paths = [*map(str, shipped_gazetteers()), str(path)]
    return orbitext.load(config={"orbitext_entities": {"gazetteer_paths": paths}})


@pytest.fixture(scope="module")
def restored(user_nlp: Language) -> Language:
    nlp = fresh_pipeline()
    assert USER_ID not in {e.kb_id_ for e in nlp(USER_SENTENCE).ents}  # the default data lacks it
    return nlp.from_bytes(user_nlp.to_bytes())


def test_user_entry_survives_bytes(restored: Language) -> None:
    assert USER_ID in {e.kb_id_ for e in restored(USER_SENTENCE).ents}


@pytest.mark.parametrize("text", SENTENCES)
def test_same_output_after_bytes(user_nlp: Language, restored: Language, text: str) -> None:
    assert signature(restored(text)) == signature(user_nlp(text))


def test_pickle_round_trip(user_nlp: Language) -> None:
    copy = pickle.loads(pickle.dumps(user_nlp))
    for text in (USER_SENTENCE, *SENTENCES):
        assert signature(copy(text)) == signature(user_nlp(text))


def test_custom_furniture_and_temporal_data_travel(tmp_path: Path) -> None:
    """Data from other files than the shipped ones reaches a default component through bytes."""
    cues = json.loads((MODELS_DIR / "patterns" / "furniture.json").read_text(encoding="utf-8"))
    cues["line_patterns"] = [*cues.get("line_patterns", []), r"publicité maison\b"]
    (tmp_path / "furniture.json").write_text(json.dumps(cues), encoding="utf-8")
    vocab = json.loads((MODELS_DIR / "patterns" / "temporal.json").read_text(encoding="utf-8"))
    vocab["months"]["brumaire"] = 11
    (tmp_path / "temporal.json").write_text(json.dumps(vocab), encoding="utf-8")

    source = spacy.blank("fr")
    source.add_pipe("orbitext_furniture", config={"patterns_path": str(tmp_path / "furniture.json")})
    source.add_pipe("orbitext_temporal", config={"vocab_path": str(tmp_path / "temporal.json")})
    target = spacy.blank("fr")
    target.add_pipe("orbitext_furniture")
    target.add_pipe("orbitext_temporal")
    target.from_bytes(source.to_bytes())

    doc = target("Le tir a eu lieu le 3 brumaire 2025.\nPublicité maison : abonnez-vous")
    assert [s.text for s in doc.spans[FURNITURE_GROUP]] == ["Publicité maison : abonnez-vous"]
    assert [t["value"] for t in doc._.orbitext_temporals] == ["2025-11-03"]


@pytest.mark.parametrize("name", ["msgpack_encoders", "msgpack_decoders"])
def test_msgpack_registries_answer_as_catalogue_does(name: str) -> None:
    """Sped up at import (see ``cache_msgpack_entry_points``), srsly's msgpack registries give
    what catalogue's own methods give, in the same order, and see functions registered later."""
    import catalogue
    import srsly

    registry = getattr(srsly, name)
    fresh = catalogue.AVAILABLE_ENTRY_POINTS.select(group=registry.entry_point_namespace)
    assert list(registry._get_entry_points()) == list(fresh)
    assert registry._get_entry_points() is registry._get_entry_points()  # selected once
    assert "numpy" in registry.get_all()  # srsly's own registration
    registry.register("orbitext_test", func=len)
    try:
        found = registry.get_all()
        assert list(found.items()) == list(catalogue.Registry.get_all(registry).items())
        assert found["orbitext_test"] is len
    finally:
        catalogue._remove((*registry.namespace, "orbitext_test"))
    assert "orbitext_test" not in registry.get_all()


def test_doc_bytes_round_trip_keeps_our_data(nlp: Language) -> None:
    """``Doc.to_bytes``/``from_bytes`` (what ``n_process`` workers use) keep everything we set."""
    from orbitext.pipeline import make_doc

    doc = nlp(make_doc(nlp, SENTENCES[0], "2024-03-07"))
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert signature(copy) == signature(doc)
    assert copy._.events == doc._.events and copy._.orbitext_date == "2024-03-07"
