"""The embedding memo gives the stock networks' output exactly, for less work."""

from __future__ import annotations

import pickle

import numpy
import pytest
from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc

from orbitext.embedding_memo import EmbeddingMemo, _feature_columns, embedding_memos, memoize_embeddings
from orbitext.pipeline import COMPONENTS

SENTENCES = [
    "Thomas Pesquet a décollé de Cap Canaveral à bord de la capsule Crew Dragon Endeavour.",
    "La fusée Longue Marche 2F a lancé Shenzhou-17 depuis Jiuquan jeudi à 11 h 14.",
    "Le vaisseau Soyouz MS-24 s'est amarré à la Station spatiale internationale (ISS).",
    "Les cosmonautes Oleg Kononenko et Nikolaï Tchoub sont sortis dans le vide pendant 6 h 23.",
    "  Espaces,\n\nsauts de ligne, chiffres : 42, 3,5 km, 21 h 30 ; ÉMOJIS 🚀 et MAJUSCULES.",
    "",
    "\n",
    "L'ESA, la NASA et Roscosmos ont salué le retour de l'équipage au Kazakhstan.",
]
#: token attributes the base pipeline sets after the embeddings
ATTRS = ["POS", "TAG", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE", "SENT_START"]


def _base_only(nlp: Language) -> list[str]:
    """The base pipeline's components (their twins included), without the paragraph breaks."""
    return [name for name in nlp.pipe_names if name not in COMPONENTS and name != "orbitext_paragraph_breaks"]


def _parse(nlp: Language, texts: list[str], batch_size: int) -> list[Doc]:
    with nlp.select_pipes(enable=_base_only(nlp)):
        return list(nlp.pipe(texts, batch_size=batch_size))


def _same(got: Doc, expected: Doc) -> None:
    assert numpy.array_equal(got.tensor, expected.tensor)
    assert got.to_array(ATTRS).tolist() == expected.to_array(ATTRS).tolist()


@pytest.fixture(scope="module")
def stock_docs(stock_nlp: Language) -> list[Doc]:
    return list(stock_nlp.pipe(SENTENCES))


def test_load_memoises_both_networks(nlp: Language) -> None:
    memos = embedding_memos(nlp)
    assert len(memos) == 2  # the shared tok2vec and the ner's own
    assert [SPACY in memo.columns for memo in memos] == [True, False]
    assert all(isinstance(memo, EmbeddingMemo) for memo in memos)
    assert memoize_embeddings(nlp) == memos  # a second call adds nothing


@pytest.mark.parametrize("batch_size", [1, 3, 64])
@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_same_tensors_tags_parses_and_entities(
    nlp: Language, stock_docs: list[Doc], batch_size: int, order: str
) -> None:
    texts = SENTENCES if order == "forward" else SENTENCES[::-1]
    docs = _parse(nlp, texts, batch_size)
    if order == "reversed":
        docs = docs[::-1]
    for got, expected in zip(docs, stock_docs, strict=True):
        _same(got, expected)


def test_seen_words_are_served_from_the_table(nlp: Language) -> None:
    memos = embedding_memos(nlp)
    text = "Samantha Cristoforetti a rejoint la station orbitale chinoise Tiangong ?"
    _parse(nlp, [text], 1)
    before = [(memo.hits, memo.misses, len(memo)) for memo in memos]
    doc = _parse(nlp, [text], 1)[0]
    after = [(memo.hits, memo.misses, len(memo)) for memo in memos]
    for (hits, misses, size), (hits2, misses2, size2) in zip(before, after, strict=True):
        assert (hits2 - hits, misses2 - misses, size2) == (len(doc), 0, size)


def test_a_full_table_still_gives_the_same_rows(nlp: Language, stock_docs: list[Doc]) -> None:
    memos = embedding_memos(nlp)
    limits = [memo.max_entries for memo in memos]
    try:
        for memo in memos:
            memo.clear()
            memo.max_entries = 12
        for got, expected in zip(_parse(nlp, SENTENCES, 4), stock_docs, strict=True):
            _same(got, expected)
        assert all(0 < len(memo) <= 12 for memo in memos)
        assert all(memo.misses > 12 for memo in memos)
    finally:
        for memo, limit in zip(memos, limits, strict=True):
            memo.max_entries = limit


def test_training_goes_through_the_stock_layer(nlp: Language) -> None:
    memo = embedding_memos(nlp)[0]
    doc = nlp.make_doc("Le lanceur Ariane 6 a quitté Kourou.")
    hits, misses = memo.hits, memo.misses
    rows, backprop = memo.forward(memo.layer, [doc], True)
    assert (memo.hits, memo.misses) == (hits, misses)
    assert rows[0].shape == (len(doc), memo.layer.get_dim("nO"))
    assert backprop is not None


def test_layers_that_read_neighbours_are_not_memoised(nlp: Language) -> None:
    tok2vec = nlp.get_pipe("tok2vec").model
    assert _feature_columns(tok2vec.get_ref("embed")) is not None
    assert _feature_columns(tok2vec.get_ref("encode")) is None  # expand_window mixes neighbours


def test_saved_networks_are_the_stock_ones(nlp: Language, stock_nlp: Language) -> None:
    for name in ("tok2vec", "ner"):
        assert nlp.get_pipe(name).model.to_bytes() == stock_nlp.get_pipe(name).model.to_bytes()


def test_a_pickled_memo_leaves_its_rows_behind(nlp: Language) -> None:
    memo = embedding_memos(nlp)[1]
    _parse(nlp, ["La capsule Orion a amerri dans le Pacifique."], 1)
    assert len(memo) > 0
    copy = pickle.loads(pickle.dumps(memo))
    assert len(copy) == 0 and copy.columns == memo.columns and len(memo) > 0


def test_uninstall_and_load_without_memo(stock_nlp: Language) -> None:
    memos = memoize_embeddings(stock_nlp, max_entries=100)
    try:
        assert len(memos) == 2 and all(memo.max_entries == 100 for memo in memos)
    finally:
        for memo in memos:
            memo.uninstall()
    assert embedding_memos(stock_nlp) == []
