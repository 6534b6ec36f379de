"""orbitext_temporal: DATE, TIME and DURATION expressions with their normalised values.

Our own regex grammar (:mod:`.matcher`) finds the expressions; :mod:`.normalize` computes
each value against the anchor date (the caller's ``doc._.orbitext_date``, else the latest
full date written in the text) and the tense of the clause the expression belongs to.
Results go to ``doc._.orbitext_temporals`` and ``doc.spans["orbitext_temporal"]``, never
to ``doc.ents`` (names live there).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...extensions import FURNITURE_GROUP, TEMPORAL_GROUP
from .matcher import Candidate, TemporalGrammar
from .normalize import Normalizer, Tense
from .vocab import TemporalVocab, fold

logger = logging.getLogger(__name__)

VOCAB_FILE = "temporal.json"


class TemporalTagger:
    """Finds and normalises temporal expressions; cheap beside the parser (regexes compiled once)."""

    def __init__(
        self, nlp: Language, name: str, *, vocab_path: str | None = None, use_tense: bool = True
    ) -> None:
        self.name = name
        self.use_tense = use_tense
        self._set_vocab(TemporalVocab.load(Path(vocab_path) if vocab_path else None))

    def _set_vocab(self, vocab: TemporalVocab) -> None:
        self.vocab = vocab
        self.grammar = TemporalGrammar(vocab)
        self.normalizer = Normalizer(vocab)
        self._future_lemmas = {fold(w) for w in vocab.future_lemmas}
        self._future_cues = {fold(w) for w in vocab.future_cues}
        self._past_cues = {fold(w) for w in vocab.past_cues}

    # -- the component ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            self._annotate(doc)
        except Exception:  # noqa: BLE001  (a component must give a Doc for any text)
            logger.exception("orbitext_temporal failed on a document; no temporal values set")
            doc._.orbitext_temporals = []
            doc.spans[TEMPORAL_GROUP] = []
        return doc

    def _annotate(self, doc: Doc) -> None:
        text = doc.text  # Doc.text joins every token: read it once
        furniture = [(s.start_char, s.end_char) for s in doc.spans.get(FURNITURE_GROUP, [])]
        cands = [
            c
            for c in self.grammar.find(text)
            if not any(c.start < end and start < c.end for start, end in furniture)
        ]
        anchor = self._anchor(doc, cands)
        doc._.orbitext_anchor = anchor.isoformat() if anchor else None
        # has_annotation walks every token: ask once per document, not per expression
        flags = (doc.has_annotation("DEP"), doc.has_annotation("SENT_START"), doc.has_annotation("MORPH"))
        items: list[dict[str, Any]] = []
        spans: list[Span] = []
        for cand in cands:
            tense = (
                self.tense(doc, cand.start, cand.end, flags)
                if self.use_tense and self._needs_tense(cand)
                else None
            )
            value = self.normalizer.value(cand, anchor, tense)
            if value is None:
                continue
            items.append(
                {
                    "start": cand.start,
                    "end": cand.end,
                    "label": cand.label,
                    "text": text[cand.start : cand.end],
                    "value": value,
                }
            )
            span = doc.char_span(cand.start, cand.end, label=cand.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc._.orbitext_temporals = items
        doc.spans[TEMPORAL_GROUP] = spans

    def _anchor(self, doc: Doc, cands: list[Candidate]) -> dt.date | None:
        """The caller's date, else the latest full date (day, month, year) of the text."""
        if doc._.orbitext_date:
            try:
                return dt.date.fromisoformat(str(doc._.orbitext_date)[:10])
            except ValueError:
                pass
        dates = []
        for cand in cands:
            if self.normalizer.is_absolute(cand):
                value = self.normalizer.value(cand, None, None)
                if value and len(value) == 10:
                    dates.append(dt.date.fromisoformat(value))
        return max(dates) if dates else None

    @staticmethod
    def _needs_tense(cand: Candidate) -> bool:
        return cand.label == "DATE" and cand.kind not in (
            "iso",
            "dmy_num",
            "month_year",
            "year",
            "relday",
            "ago",
        )

    # -- tense of the clause ----------------------------------------------------------------------
    def tense(self, doc: Doc, start: int, end: int, flags: tuple[bool, bool, bool] | None = None) -> Tense:
        """ "past", "future" or None for the clause holding the characters start..end."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        if flags is None:
            flags = (doc.has_annotation("DEP"), doc.has_annotation("SENT_START"), doc.has_annotation("MORPH"))
        has_dep, has_sents, has_morph = flags
        if has_dep:
            token: Token = span.root
            direct = True
            for _ in range(8):
                if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
                    tense = self._verb_tense(token, direct=direct)
                    if tense:
                        return tense
                    direct = False
                if token.head.i == token.i:
                    break
                token = token.head
        sent = span.sent if has_sents or has_dep else doc[:]
        words = {fold(t.text) for t in sent if t.i not in range(span.start, span.end)}
        if words & self._future_cues:
            return "future"
        if words & self._past_cues:
            return "past"
        if has_morph:
            votes = [
                self._verb_tense(t)
                for t in sent
                if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense", "aux:pass")
            ]
            votes = [v for v in votes if v]
            if votes:
                return max(set(votes), key=votes.count)
        return None

    def _verb_tense(self, verb: Token, *, direct: bool = False) -> Tense:
        """Tense of a verb with its auxiliaries; ``direct``: it governs the expression itself."""
        morph = verb.morph
        lemma = fold(verb.lemma_ or verb.text)
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        if direct and lemma in self._future_lemmas and lemma not in ("aller", "devoir"):
            # "est prévu le 5", "a été reporté au 5": the date is ahead; "initialement prévu
            # le 5" (no auxiliary) or "était prévu" says nothing: read the governing clause
            if auxes:
                if any(t in a.morph.get("Tense") for a in auxes for t in ("Pres", "Fut")):
                    return "future"
                return None
            if "Part" in morph.get("VerbForm"):
                return None
            return None if "Imp" in morph.get("Tense") else "future"
        if "Fut" in morph.get("Tense") or any("Fut" in a.morph.get("Tense") for a in auxes):
            return "future"
        if lemma in ("aller", "devoir") and any("Inf" in c.morph.get("VerbForm") for c in verb.children):
            return "future" if "Imp" not in morph.get("Tense") else None
        if "Inf" in morph.get("VerbForm"):
            head = verb.head
            if (
                head.i != verb.i
                and fold(head.lemma_) in ("aller", "devoir")
                and "Imp" not in head.morph.get("Tense")
            ):
                return "future"
            if any(fold(a.lemma_) in ("aller", "devoir") for a in auxes):
                return "future"
        if "Cnd" in morph.get("Mood") and "Part" not in morph.get("VerbForm"):
            return "future"
        if "Part" in morph.get("VerbForm"):
            tense_aux = [a for a in auxes if a.dep_ in ("aux", "aux:tense")]
            if tense_aux:
                return "past"
            if any(t in a.morph.get("Tense") for a in auxes for t in ("Imp", "Past")):
                return "past"
            return None
        if "Imp" in morph.get("Tense") or ("Past" in morph.get("Tense") and "Fin" in morph.get("VerbForm")):
            return "past"
        return None

    # -- serialisation ------------------------------------------------------------------------------
    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Save the vocabulary so a saved pipeline carries its own copy."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / VOCAB_FILE).write_text(
            json.dumps(self.vocab.dump(), ensure_ascii=False, indent=1), encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> TemporalTagger:
        """Restore the vocabulary written by :meth:`to_disk`."""
        file = Path(path) / VOCAB_FILE
        if file.exists():
            self._set_vocab(TemporalVocab.load(file))
        return self


@Language.factory(
    "orbitext_temporal",
    assigns=["doc._.orbitext_temporals", "doc._.orbitext_anchor", "doc.spans"],
    default_config={"vocab_path": None, "use_tense": True},
)
def make_temporal(
    nlp: Language, name: str, *, vocab_path: str | None = None, use_tense: bool = True
) -> TemporalTagger:
    """Factory of ``orbitext_temporal`` (``vocab_path``: another temporal.json)."""
    return TemporalTagger(nlp, name, vocab_path=vocab_path, use_tense=use_tense)
