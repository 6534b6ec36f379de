"""orbitext_lemmatizer gives exactly the lemmas of spaCy's French lemmatizer."""

from __future__ import annotations

import pytest
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

from orbitext.pipes.lemmatizer import FastFrenchLemmatizer

SENTENCES = [
    "Les astronautes sont arrivés à la Station spatiale internationale samedi.",
    "Thomas Pesquet et ses coéquipiers s'étaient amarrés après vingt-trois heures de vol.",
    "La fusée décollera, si la météo le permet, depuis le pas de tir 39A ; on l'espérait hier.",
    "Ils ont dû repousser le lancement : les ingénieurs vérifiaient encore les moteurs.",
    "  Espaces,\n\nsauts de ligne et nombres : 42, 3,5 km, 21 h 30.",
    "",
]


@pytest.fixture(scope="module")
def reference(stock_nlp: Language) -> Language:
    """The stock pipeline, with spaCy's own French lemmatizer."""
    return stock_nlp


@pytest.fixture(scope="module")
def before_lemmas(reference: Language) -> list[Doc]:
    names = reference.pipe_names[: reference.pipe_names.index("lemmatizer")]
    with reference.select_pipes(enable=names):
        return list(reference.pipe(SENTENCES))


@pytest.mark.parametrize("overwrite", [False, True])
@pytest.mark.parametrize("mode", ["rule", "lookup"])
def test_same_lemmas_as_spacy(
    reference: Language, before_lemmas: list[Doc], mode: str, overwrite: bool
) -> None:
    stock = reference.get_pipe("lemmatizer")
    plain = FrenchLemmatizer(reference.vocab, None, mode=mode, overwrite=overwrite)
    fast = FastFrenchLemmatizer(reference.vocab, None, mode=mode, overwrite=overwrite)
    for lemmatizer in (plain, fast):
        lemmatizer.lookups = stock.lookups
    for doc in before_lemmas:
        preset = doc.copy()
        if len(preset):
            preset[0].lemma_ = "déjà-là"  # a lemma set earlier: kept unless overwrite
        for source in (doc, preset):
            expected, got = plain(source.copy()), fast(source.copy())
            assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]


def test_load_uses_it_and_matches_the_stock_pipeline(nlp: Language, reference: Language) -> None:
    assert isinstance(nlp.get_pipe("lemmatizer"), FastFrenchLemmatizer)
    assert nlp.get_pipe_meta("lemmatizer").factory == "orbitext_lemmatizer"
    for ours, stock in zip(nlp.pipe(SENTENCES), reference.pipe(SENTENCES), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in stock]


def test_tables_travel_with_to_disk(nlp: Language, reference: Language, tmp_path) -> None:
    nlp.get_pipe("lemmatizer").to_disk(tmp_path / "lemmatizer")
    copy = FastFrenchLemmatizer(nlp.vocab, None, mode="rule").from_disk(tmp_path / "lemmatizer")
    doc = nlp.make_doc("Les fusées décollaient")
    doc[0].pos_, doc[1].pos_, doc[2].pos_ = "DET", "NOUN", "VERB"
    expected = reference.get_pipe("lemmatizer")(doc.copy())
    assert [t.lemma_ for t in copy(doc)] == [t.lemma_ for t in expected] == ["le", "fusée", "décoller"]
