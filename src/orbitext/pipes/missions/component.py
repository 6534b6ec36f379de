"""orbitext_missions PLACEHOLDER, to be replaced."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class MissionLinker:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("orbitext_missions")
def make_missions(nlp: Language, name: str) -> MissionLinker:
    return MissionLinker(nlp, name)
