"""orbitext_canonical PLACEHOLDER, to be replaced."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class CanonicalNames:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("orbitext_canonical")
def make_canonical(nlp: Language, name: str) -> CanonicalNames:
    return CanonicalNames(nlp, name)
