"""Our components' ``pipe``: minibatches, same order, spaCy's error-handler semantics."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from orbitext.corpus import _record_error, recording_errors
from orbitext.pipeline import COMPONENTS
from orbitext.pipes.batching import BatchedPipe

SENTENCES = [
    "Soyouz MS-25 a décollé de Baïkonour.",
    "La capsule s'est amarrée à l'ISS.",
    "PANNE: ce texte fait échouer le composant de test.",
    "Les trois cosmonautes sont sortis dans l'espace.",
    "Le retour sur Terre est prévu en septembre.",
    "Kourou prépare le prochain tir d'Ariane 6.",
    "La NASA a confirmé l'atterrissage.",
]


class Marker(BatchedPipe):
    """Counts the documents it saw; fails on texts starting with 'PANNE'."""

    def __init__(self) -> None:
        self.name = "marker"
        self.seen: list[str] = []

    def __call__(self, doc: Doc) -> Doc:
        if doc.text.startswith("PANNE"):
            raise ValueError("panne simulée")
        self.seen.append(doc.text)
        return doc


@pytest.mark.parametrize("batch_size", [1, 2, 3, 16])
def test_pipe_keeps_order_and_passes_on_failures_like_spacy(blank_nlp: Language, batch_size: int) -> None:
    marker, failures = Marker(), []
    marker.set_error_handler(
        lambda name, proc, docs, error: failures.append((name, docs[0].text, str(error)))
    )
    out = [doc.text for doc in marker.pipe((blank_nlp(t) for t in SENTENCES), batch_size=batch_size)]
    expected = [t for t in SENTENCES if not t.startswith("PANNE")]
    assert out == expected == marker.seen
    assert failures == [("marker", SENTENCES[2], "panne simulée")]


def test_without_a_handler_the_error_is_raised(blank_nlp: Language) -> None:
    with pytest.raises(ValueError, match="panne simulée"):
        list(Marker().pipe((blank_nlp(t) for t in SENTENCES), batch_size=4))


def test_nlp_pipe_uses_it_and_the_batch_runner_reaches_our_handlers(nlp: Language) -> None:
    # nlp.set_error_handler fails on spaCy's Cython parser; the batch runner sets each handler
    assert all(isinstance(nlp.get_pipe(name), BatchedPipe) for name in COMPONENTS)
    with recording_errors(nlp):
        assert all(nlp.get_pipe(name).get_error_handler() is _record_error for name in COMPONENTS)
    assert all(nlp.get_pipe(name).get_error_handler() is spacy.util.raise_error for name in COMPONENTS)
    one_by_one = [nlp(text).to_json() for text in SENTENCES]
    batched = [doc.to_json() for doc in nlp.pipe(SENTENCES, batch_size=3)]
    assert batched == one_by_one
