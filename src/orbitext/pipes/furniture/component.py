"""orbitext_furniture: mark page furniture (cookie banners, menus, share prompts). PLACEHOLDER."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...extensions import FURNITURE_GROUP


class FurnitureDetector:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[FURNITURE_GROUP] = []
        return doc


@Language.factory("orbitext_furniture", assigns=["doc.spans"])
def make_furniture(nlp: Language, name: str) -> FurnitureDetector:
    return FurnitureDetector(nlp, name)
