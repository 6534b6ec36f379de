"""orbitext_canonical: the fullest written form of each entity's referent in the document.

Mentions are grouped when they share a gazetteer id, when they are the same name up to case,
accents and punctuation ("Chang'e-5" / "Chang’e 5"), when a person mention is the end or
the start of a longer, unambiguous person name ("Novitski" -> "Oleg Novitski"), and when an
acronym in parentheses follows a name ("Agence ... (JAXA)"). Each group takes its longest form.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...fastmatch import doc_text
from ...text import UnionFind
from ...text import compact_key as name_key
from ..batching import BatchedPipe

NAME_LABELS = ("PER", "ORG", "LOC", "SPACECRAFT", "MISSION")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")


class CanonicalNames(BatchedPipe):
    """Fill ``doc._.orbitext_canonicals`` for every named entity."""

    def __init__(self, nlp: Language, name: str, *, labels: list[str]) -> None:
        self.name = name
        self.labels = set(labels)

    def __call__(self, doc: Doc) -> Doc:
        ents = [e for e in doc.ents if e.label_ in self.labels]
        doc._.orbitext_canonicals = self.canonicals(doc, ents)
        return doc

    def canonicals(self, doc: Doc, ents: list[Span]) -> dict[str, str]:
        # every Span attribute is a property call (``label_`` a string look-up too): each is read
        # once per mention; Span.text joins tokens on each access: slice the document's text once
        labels = [e.label_ for e in ents]
        chars = [(e.start_char, e.end_char) for e in ents]
        bounds = [(e.start, e.end) for e in ents]
        text = doc_text(doc)
        texts = [text[a:b] for a, b in chars]
        groups = UnionFind(len(ents))
        ambiguous = self._link_people(ents, labels, groups)
        first_by_key: dict[tuple[str, str], int] = {}
        for i, ent in enumerate(ents):
            first = first_by_key.setdefault(("text", labels[i] + ":" + name_key(texts[i])), i)
            if first != i:
                groups.union(first, i)
            # a bare surname shared by two people named in the text keeps no gazetteer link
            kb_id = ent.kb_id_
            if kb_id and i not in ambiguous:
                first = first_by_key.setdefault(("kb", kb_id), i)
                if first != i:
                    groups.union(first, i)
        self._link_acronyms(doc, bounds, labels, groups, texts)
        roots = [groups.find(i) for i in range(len(ents))]
        sizes = [(end - start, len(t)) for (start, end), t in zip(bounds, texts, strict=True)]
        best: dict[int, int] = {}
        for i, root in enumerate(roots):
            known = best.get(root)
            if known is None or sizes[i] > sizes[known]:
                best[root] = i
        return {f"{a}:{b}": texts[best[root]] for (a, b), root in zip(chars, roots, strict=True)}

    @staticmethod
    def _link_people(ents: list[Span], labels: list[str], groups: UnionFind) -> set[int]:
        """A shorter person mention points to the one longer name that ends or starts with it;
        returns the mentions that fit several people (``labels``: the mentions' labels)."""
        ambiguous: set[int] = set()
        people = [
            (i, tuple(name_key(t.text) for t in ents[i] if not t.is_punct))
            for i, label in enumerate(labels)
            if label == "PER"
        ]
        for i, words in people:
            if not words:
                continue
            size = len(words)
            fuller = {
                other
                for _, other in people
                if len(other) > size and (other[-size:] == words or other[:size] == words)
            }
            # "Bezos" with both "Jeff Bezos" and "Mark Bezos" in the text stays on its own
            if len(fuller) > 1:
                ambiguous.add(i)
            if len(fuller) != 1:
                continue
            target = next(iter(fuller))
            for j, other in people:
                if other == target:
                    groups.union(i, j)
                    break
        return ambiguous

    @staticmethod
    def _link_acronyms(
        doc: Doc, bounds: list[tuple[int, int]], labels: list[str], groups: UnionFind, texts: list[str]
    ) -> None:
        """``Name (ACR)``: the entity in parentheses right after another names the same thing
        (``bounds``, ``labels``, ``texts``: the entities' token bounds, labels and texts)."""
        n = len(doc)
        for i in range(len(bounds) - 1):
            (_, a_end), (b_start, b_end) = bounds[i], bounds[i + 1]
            if b_start - a_end != 1 or b_end >= n:
                continue
            in_parens = doc[a_end].text == "(" and doc[b_end].text == ")"
            # "Kourou (Guyane)" is a place and its region, not a name and its acronym
            if in_parens and _ACRONYM.match(texts[i + 1]):
                a, b = labels[i], labels[i + 1]
                if b == a or {a, b} <= {"ORG", "SPACECRAFT", "LOC", "MISSION"}:
                    groups.union(i, i + 1)


@Language.factory(
    "orbitext_canonical",
    assigns=["doc._.orbitext_canonicals"],
    requires=["doc.ents"],
    default_config={"labels": list(NAME_LABELS)},
)
def make_canonical(nlp: Language, name: str, *, labels: list[str]) -> CanonicalNames:
    """Canonical names for the entities of ``labels``."""
    return CanonicalNames(nlp, name, labels=labels)
