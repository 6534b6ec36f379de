"""orbitext_entities PLACEHOLDER, to be replaced."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntityRecognizer:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("orbitext_entities")
def make_entities(nlp: Language, name: str) -> EntityRecognizer:
    return EntityRecognizer(nlp, name)
