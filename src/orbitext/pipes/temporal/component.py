"""orbitext_temporal: DATE, TIME and DURATION expressions with their normalised values.

Our own regex grammar (:mod:`.matcher`) finds the expressions; :mod:`.normalize` computes
each value against the anchor date (the caller's ``doc._.orbitext_date``, else the latest
full date written in the text) and the tense of the clause the expression belongs to.
Results go to ``doc._.orbitext_temporals`` and ``doc.spans["orbitext_temporal"]``, never
to ``doc.ents`` (names live there).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.symbols import ADJ, AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from ...extensions import FURNITURE_GROUP, TEMPORAL_GROUP, record_component_error
from ...fastmatch import doc_text, morph_values
from ...symbols import DEP_AUX, DEP_AUX_PASS, DEP_AUX_TENSE, DEP_ROOT
from ..batching import BatchedPipe
from .matcher import Candidate, TemporalGrammar
from .normalize import Normalizer, Tense
from .vocab import TemporalVocab, fold

logger = logging.getLogger(__name__)

VOCAB_FILE = "temporal.json"

# year-less dates a retrospective gives its own year ("Le 16 juillet 1969, ... Le 24 juillet, ...")
RETRO_KINDS = frozenset(
    {"day_month", "month", "month_mod", "holiday", "range_start", "nth_weekday", "dm_num", "season"}
)
#: kinds counted from the reference date the text set before them ("le lendemain", "deux ans
#: plus tard", "dans la soirée")
_COUNTED = frozenset({"ref_day", "later", "ref_part", "part_mod"})
_UNTIL = re.compile(r"(?i)\b(?:jusqu['’](?:en|à|au)|d['’]ici)\s+(?:le\s+|la\s+|l['’])?\Z")
# "d'ici avril", "d'ici le printemps": ahead of the writer whatever the verb's tense
_BY = re.compile(r"(?i)\bd['’]ici\s+(?:le\s+|la\s+|l['’])?\Z")
_SINCE = re.compile(r"(?i)\bdepuis\s+(?:le\s+|l['’]|la\s+fin\s+|le\s+début\s+)?\Z")
# what may precede a year that opens its sentence: "En 1965, ...", "Mais dès 1957, ...", "C'est en 1998 que"
_OPENING = re.compile(
    # (after a headline's kicker: "Inde : 2017, l'année des records")
    r"(?i)(?:[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s*)?"
    r"[\s«\"“(—–-]*(?:(?:mais|puis|et|or|alors|ainsi|déjà|deja|c['’]est)\s+)?(?:en|dès|des|vers)?\s*"
)
# between a year-less date and the year that follows it: "Le 21 juillet, en 1969", "de l'an 1969",
# "en mai et juin 2011", "du 3 au 5 mars 2012"
_JUST_AFTER = re.compile(
    # "en juin puis en septembre 1966", "en mars et en mai 2020": the next month's year
    r"(?i)\s*,?\s*(?:(?:et|ou|puis|au|à|-|–)\s*(?:puis\s+)?(?:le\s+|en\s+)?(?:[0-3]?\d(?:er)?\s+)?(?:\w+\.?\s+)?)?"
    r"(?:en|de\s+l['’]an(?:née)?)?\s*"
)
# a page's time stamp line: "Publié le 18/03/2025 à 06h30 - Mis à jour le …", "Par la rédaction |
# Publié le 27 août 2023 à 17h02" (capitalised, a short line of its own)
_STAMP_LINE = re.compile(r"(?m)^[^\n]{0,60}\b(?:Publié|Mis à jour|Actualisé|Modifié)\s+le\s[^\n]{0,140}$")
# a future ends in -rai, -ras, -ra, -rons, -rez, -ront: the tagger also marks "redécolle" Fut
_FUTURE_FORM = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
# folded text: "plus tôt", "auparavant", a pluperfect ("avait été écarté", "s'était déclaré")
_BACK_CUE = re.compile(
    r"\bplus\s+tot\b|\bauparavant\b|\b(?:avai(?:t|ent)|etai(?:t|ent))\s+(?:(?:deja|ete|pas|jamais|alors)\s+)*"
    r"[a-z]+(?:e|es|ee|ees|i|is|ie|u|us|ue|it|ert|int)\b"
)
#: the ids ``Token.pos`` and ``Token.dep`` hold for the tags and labels the tense checks test
#: per word (``pos_`` and ``dep_`` look a string up on each read)
_VERB_POS = frozenset((VERB, AUX))
_NOMINAL_POS = frozenset((ADJ, NOUN))
_AUX_DEPS = frozenset((DEP_AUX, DEP_AUX_TENSE, DEP_AUX_PASS))
# an imperfect ends in -ais, -ait, -aient, -ions, -iez ("lançait", "étaient")
_IMPERFECT_FORM = re.compile(r"(?:ai[st]|aient|ions|iez)$")
# the future of a past ("aurait", "serait", "pourrait"): the clause looks ahead
_LATER_IN_PAST = re.compile(r"\b(?:aur|ser|pourr|devr|ir|fer|voudr|viendr)ai(?:t|ent)\b")
# ", arrivé en", ", lancée le": a participle in apposition, what was done before
# "il faudra attendre mars 1965 pour", "un record qui ne sera battu qu'en 2024": a glance ahead
_GLANCE_AHEAD = re.compile(r"\battendre\b|\bqu['’]\s*(?:en|a|au|le|la|l['’])?\s*$")
_APPOSED = re.compile(r",\s*[a-z]+(?:e|es|ee|ees|i|is|ie|u|us|ue)\s+(?:en|le|au|depuis)\s*$")
# "une station lancée en juin": a participle of an -er verb right after its noun (read on the
# text with its accents; an auxiliary before it makes it a compound tense, "a lancé en juin")
_NOUN_PARTICIPLE = re.compile(
    r"(?i)\b(?!(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|été|fut|furent)\b)"
    r"[a-zà-ÿ]{3,}\s+[a-zà-ÿ]{3,}(?:é|ée|és|ées)\s+(?:en|le|au)\s*$"
)
_SENT_END = re.compile(r"[.!?…]\s|\n")
# a relative clause still open before a date: ", qui s'y était posée en avril 1967"
_RELATIVE = re.compile(r"(?i),\s*(?:qui|où|dont|lequel|laquelle)\s[^,;:]*\Z")
# a line without closing punctuation is a heading ("Un voyage de sept ans", "Par Jean Dupont"):
# it belongs to the paragraph it announces (at most 120 characters, not ending with one of these)
_HEADING_MAX = 120
_CLOSING = frozenset('.!?…:;»"”)')
# "Deux jours plus tard, le 8 juin": a date set in apposition to a counted expression
_APPOSITION = re.compile(r"\s*,\s*")
#: "aujourd'hui" in a retrospective is the present of the writer ("qui vole encore aujourd'hui",
#: "a aujourd'hui 83 ans"): no day of the story
_NOWADAYS = ("aujourd'hui", "aujourd’hui")
#: families whose value, once their year is written out, no tense changes (``Normalizer._v_day_month``
#: returns the written day before reading the tense)
_YEAR_FIXED = frozenset(("day_month", "ref_of", "range_dash"))
#: how many paragraphs before its own a relative expression looks back for its reference date
#: (a retrospective tells one day over a few paragraphs: "Le 16 juin 1963, ..." then, two
#: paragraphs on, "Deux jours plus tôt, ...")
WINDOW = 2
#: how far back "le lendemain" looks when the paragraphs before it told no date at all
FAR_WINDOW = 5


def paragraph_breaks(text: str, furniture: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Where the paragraphs of ``text`` begin, a heading taken with the paragraph after it.

    A line of ``furniture`` (a "Publié le" line, a share bar between the lead and the body)
    opens no paragraph: it stands between the story's paragraphs, not in the story.
    """
    breaks, line = [], 0
    # each run of line breaks (what ``\n+`` finds), by str.find: re tries ``\n+`` at every
    # character, several times slower
    end = text.find("\n")
    while end >= 0:
        after = end + 1
        while text.startswith("\n", after):
            after += 1
        # a length and a last character (the one before the line when it is empty): no regex
        # backtracking over every long line
        heading = end - line <= _HEADING_MAX and (end == 0 or text[end - 1] not in _CLOSING)
        if not heading and not (furniture and any(start <= after < stop for start, stop in furniture)):
            breaks.append(end)
        line = after
        end = text.find("\n", after)
    return breaks


@functools.lru_cache(maxsize=256)  # asked for one expression by several rules
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Char bounds of the sentence around start..end as punctuation and line breaks delimit it."""
    lo = 0
    for match in _SENT_END.finditer(text, max(0, start - 400), start):
        lo = match.end()
    after = _SENT_END.search(text, end)
    return lo, after.start() + 1 if after else len(text)


def _story_relative(cand: Candidate) -> bool:
    """ "suivante", "précédent", "d'après", "d'avant": counted from the story, not the article."""
    rel = cand.group("rel")
    return bool(rel) and fold(rel).startswith(("suivant", "precedent", "d'apres", "d'avant"))


def _looks_back(text: str, cand: Candidate, event_of_day: re.Pattern[str] | None = None) -> bool:
    """Does the clause of a story's year-less date look back from the story's day? A pluperfect
    or "plus tôt" in its sentence ("Quelques mois plus tôt, en février, un incendie s'était
    déclaré"), or a participle it completes after a comma ("Linenger, arrivé en janvier")."""
    lo, hi = sentence_bounds(text, cand.start, cand.end)
    sentence = fold(text[lo:hi])
    if _LATER_IN_PAST.search(sentence):
        return False  # "avait promis qu'il aurait une chance au printemps": ahead of the story
    if _BACK_CUE.search(sentence):
        return True
    before = fold(text[max(lo, cand.start - 40) : cand.start])
    if _APPOSED.search(before) is not None:
        return True
    if _NOUN_PARTICIPLE.search(text[max(lo, cand.start - 40) : cand.start]) is not None:
        return True
    # "lors du vol du 12 avril" (``event_of_day``, from the vocabulary's event_day_nouns)
    return event_of_day is not None and event_of_day.search(before) is not None


# "Le lendemain, il s'amarrait à la station": an imperfect right after the reference word
_IMPERFECT_AFTER = re.compile(r"^[^.!?;\n]{0,40}?\b[a-zà-ÿ']+(?:ait|aient)\b", re.I)


def _goes_on_in_imperfect(text: str, cand: Candidate) -> bool:
    """ "Le 17 juillet, le vaisseau avait décollé. Le lendemain, il s'amarrait": a day counted in
    the imperfect after a flashback goes on with the flashback, not back to the story's day."""
    return _IMPERFECT_AFTER.search(text[cand.end : cand.end + 60]) is not None


_CONVERSION = re.compile(r"\(\s*\d{1,2}\s?[hH:]\s?\d{0,2}[^()]{0,25}$")


def _clock_conversion(text: str, start: int) -> bool:
    """The date at ``start`` sits inside parentheses that open on a clock time: "(22h23 GMT mercredi)"."""
    return _CONVERSION.search(text, max(0, start - 40), start) is not None


def _weekday_reference(
    points: list[tuple[int, str]], para: int, weekday: int, fallback: Callable[[int], str | None], size: int
) -> str | None:
    """The last full day told (in any paragraph up to ``para``) that falls on ``weekday``, else what
    ``fallback`` gives."""
    if size == 10:
        for where, value in reversed(points):
            if where <= para and len(value) == 10 and dt.date.fromisoformat(value).weekday() == weekday:
                return value
    return fallback(size)


def _first_day(value: str) -> dt.date:
    """The first day of a DATE value ("1969" -> 1969-01-01, "1969-07" -> 1969-07-01)."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _reference(points: list[tuple[int, str]], para: int, size: int, window: int = WINDOW) -> str | None:
    """The last DATE value of ``points`` at least ``size`` long (10 a day, 7 a month, 4 a year)
    set in paragraph ``para`` or the ``window`` before: the reference time of a relative
    expression."""
    for where, value in reversed(points):
        if where < para - window:
            return None
        if len(value) >= size:
            return value
    return None


def _frames(text: str, cand: Candidate, value: str, news: bool = False, told: bool = False) -> bool:
    """Does a date the text writes out open a story its year-less dates belong to?

    A full date or a month of a year does ("lancée le 20 février 1986", "en avril 1970"); a
    year alone, or "il y a cinquante ans", only where it opens its sentence ("En 1965, Leonov
    ..."): "l'agence, créée en 1975, a lancé le 3 mars" and "le record date de 1995" are the
    background of a news story. Nothing counted from "depuis" tells a story ("Depuis 2011, ...").
    ``news``: the text has already dated its own news (a date of the publication year): then
    a full date too opens a story only at the head of its sentence ("..., qui s'était renversé
    en février 2024." is the background of this year's landing). ``told``: a story is being
    told; a relative clause does not leave it ("près de la sonde Surveyor 3, qui s'y était posée
    en avril 1967").
    """
    if _SINCE.search(text, max(0, cand.start - 24), cand.start):
        return False
    if told and _RELATIVE.search(text, sentence_bounds(text, cand.start, cand.end)[0], cand.start):
        return False
    if len(value) > 4 and not news:
        return True
    lo = sentence_bounds(text, cand.start, cand.end)[0]
    return _OPENING.fullmatch(text, lo, cand.start) is not None


def _rel_word(cand: Candidate) -> str | None:
    """ "suivant" or "precedent" when the expression ends with one ("le 9 septembre suivant",
    "le 3 mai précédent"), else None."""
    rel = fold(cand.group("rel") or "")
    return next((word for word in ("suivant", "precedent") if rel.startswith(word)), None)


def explicit_year(cand: Candidate) -> int | None:
    """The year an expression writes out ("le 16 juillet 1969", "en 1969", "12/03/21"), else None."""
    year = cand.group("y") or cand.group("yo")  # "yo": a year alone after "fin", "mi-"
    if year is None or not year.isdigit():
        return None
    value = int(year)
    if value < 100:
        value += 2000 if value < 50 else 1900
    return value


class TemporalTagger(BatchedPipe):
    """Finds and normalises temporal expressions; cheap beside the parser (regexes compiled once)."""

    def __init__(
        self, nlp: Language, name: str, *, vocab_path: str | None = None, use_tense: bool = True
    ) -> None:
        self.name = name
        self.use_tense = use_tense
        self._nlp = nlp
        self._verbs: set[str] | None = None
        self._set_vocab(TemporalVocab.load(Path(vocab_path) if vocab_path else None))

    def _set_vocab(self, vocab: TemporalVocab) -> None:
        self.vocab = vocab
        self.grammar = TemporalGrammar(vocab)
        self.normalizer = Normalizer(vocab)
        self._future_lemmas = {fold(w) for w in vocab.future_lemmas}
        self._future_cues = {fold(w) for w in vocab.future_cues}
        self._past_cues = {fold(w) for w in vocab.past_cues}
        self._etre_participles = {fold(w) for w in vocab.etre_participles}
        self._mistagged_verbs = {fold(w) for w in vocab.mistagged_verbs}
        nouns = sorted({fold(w) for w in vocab.event_day_nouns}, key=len, reverse=True)
        self._event_of_day = (
            re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})s?\s+du\s*$") if nouns else None
        )

    # -- the component ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            self._annotate(doc)
        except Exception as err:  # noqa: BLE001  (a component must give a Doc for any text)
            logger.exception("orbitext_temporal failed on a document; no temporal values set")
            record_component_error(doc, self.name, err)
            doc._.orbitext_temporals = []
            doc.spans[TEMPORAL_GROUP] = []
        return doc

    def _annotate(self, doc: Doc) -> None:
        text = doc_text(doc)  # Doc.text joins every token: built once per document
        furniture = [(s.start_char, s.end_char) for s in doc.spans.get(FURNITURE_GROUP, [])]
        # the page's own "Publié le … Mis à jour le …" line dates the page, not the story: its
        # values are given, but no relative expression counts from them
        stamps = (
            [m.span() for m in _STAMP_LINE.finditer(text)] if "Publié" in text or "Mis à jour" in text else []
        )
        cands = [
            c
            for c in self.grammar.find(text)
            if not any(c.start < end and start < c.end for start, end in furniture)
        ]
        dated = self._doc_date(doc)
        anchor = dated or self._anchor_from_text(cands)
        doc._.orbitext_anchor = anchor.isoformat() if anchor else None
        # has_annotation walks every token: ask once per document, not per expression
        flags = (doc.has_annotation("DEP"), doc.has_annotation("SENT_START"), doc.has_annotation("MORPH"))
        items: list[dict[str, Any]] = []
        spans: list[Span] = []
        # the reference times: every DATE value set so far with its paragraph, for "le lendemain",
        # "deux ans plus tard", "ce jour-là" (never the anchor: it is another day)
        points: list[tuple[int, str]] = []
        years = [(c.start, y) for c in cands if (y := explicit_year(c)) is not None]
        # dates the story itself set (explicit year, or resolved from one), for retrospectives
        story: list[tuple[int, dt.date]] = []
        paragraphs = paragraph_breaks(text, furniture + stamps)
        news_seen = False  # a date of the publication year set so far
        pending: list[Candidate] = []  # "au lendemain d'un report": dated once the sentence is
        counted_item: dict[str, Any] | None = None  # the last item counted from the story
        # the reference days set by a sentence that went back before the story's day ("Le vol
        # avait été repoussé : le 9 octobre, puis le lendemain"), and where that sentence ends
        flash_points: list[tuple[int, str]] = []
        flash_end = -1
        # a year-told glance ahead, not yet part of the story: (position, day, reference point)
        glance: tuple[int, dt.date, tuple[int, str]] | None = None

        def read(cand: Candidate, told: list[tuple[int, dt.date]]) -> tuple[str | None, bool]:
            """The expression read against the anchor or the story ``told`` (whole while no date of
            the publication year has been told yet)."""
            return self._absolute_or_anchored(
                doc, text, cand, flags, anchor, dated, years, told, paragraphs, whole_story=not news_seen
            )

        for cand in cands:
            if cand.kind == "ref_event":
                pending.append(cand)
                continue
            if (
                flash_points
                and cand.start >= flash_end
                and not _looks_back(text, cand, self._event_of_day)
                and not (cand.kind == "ref_day" and _goes_on_in_imperfect(text, cand))
            ):
                # back to the story ("Le lendemain, Gordon sort"): it counts from the story's day
                dropped = {id(point) for point in flash_points}
                points = [point for point in points if id(point) not in dropped]
                flash_points = []
            para = bisect.bisect_right(paragraphs, cand.start)
            if glance is not None:
                if cand.kind in RETRO_KINDS and explicit_year(cand) is None and story:
                    found, from_story = read(cand, story)
                    if found is not None and from_story and _first_day(found) < story[-1][1]:
                        # "Il faudra attendre Gemini 12, en novembre 1966. Parti le 11 novembre": read
                        # with the story's year the day goes back, so the text tells the glance on
                        story.append(glance[:2])
                        points.append(glance[2])
                glance = None
            start, end, label = cand.start, cand.end, cand.label
            backward = False
            from_story = False
            present = False
            if cand.kind == "ago" and cand.group("about") and fold(cand.group("dir")) == "dans":
                # "dans environ un mois": the approximate amount is a lapse, not a day
                start = text.index(cand.group("about"), cand.start) + len(cand.group("about"))
                label, value = "DURATION", self.normalizer.lapse(cand)
            elif cand.kind == "ago" and dated is None:
                # "Il y a plus d'un demi-siècle" in an undated text: counted from a day no one told
                continue
            elif (
                cand.kind == "relday"
                and (cand.group("rd") or "").lower() in _NOWADAYS
                and (
                    (dated is None and story)
                    or (story and dated and story[-1][1].year < dated.year and not news_seen)
                )
            ):
                continue
            elif cand.kind in _COUNTED:
                reference = functools.partial(_reference, points, para)
                if cand.kind == "ref_day" and _reference(points, para, 4) is None:
                    # "Le lendemain" after paragraphs that told no date: the day told before them
                    reference = functools.partial(_reference, points, para, window=FAR_WINDOW)
                if cand.kind == "ref_day" and re.search(r"-\s*l[àa]$", cand.group("ref") or "", re.I):
                    # "ce jour-là" points back at a day the story told, however far back
                    reference = functools.partial(_reference, points, para, window=para)
                    weekday = next(
                        (
                            day
                            for word in re.split(r"[\s-]+", cand.group("ref").strip())
                            if (day := self.normalizer.vocab.weekday(word)) is not None
                        ),
                        None,
                    )
                    if weekday is not None:
                        # "Ce mardi-là": the last day told that was a Tuesday, if the story told one
                        reference = functools.partial(_weekday_reference, points, para, weekday, reference)
                found = self.normalizer.relative_to(cand, reference, anchor)
                if found is None:
                    continue
                label, start, end, value = found
                if cand.kind == "later" and label == "DATE" and dated is not None:
                    value = self._before_publication(doc, text, cand, flags, points, para, dated, value)
                # a story moves on with "le lendemain" but "la veille" looks back: keep the reference
                last = _reference(points, para, len(value)) if label == "DATE" else None
                backward = last is not None and value < last[: len(value)]
                from_story = label == "DATE"
                if (
                    label == "DATE"
                    and len(value) == 4
                    and dated is not None
                    and int(value) == dated.year
                    and last is not None
                    and int(last[:4]) < dated.year
                ):
                    # "Le 24 juillet 1980, ... Quarante-cinq ans plus tard, il nous reçoit": years
                    # counted from the story up to the publication year are the interview's
                    # present, an aside; the story's next dates and counts go on from 1980
                    present = True
            elif (value := self._following(cand, points, para)) is not None or (
                (value := self._story_year_part(doc, text, cand, flags, points, para, dated, news_seen))
                is not None
            ):
                from_story = True
                # "sélectionné l'année précédente": a unit before the story's looks back from it
                last = _reference(points, para, len(value)) if label == "DATE" else None
                backward = last is not None and value < last[: len(value)]
            elif cand.kind == "day_only" and (value := self._day_of_month(cand, points, para)) is not None:
                from_story = True
            else:
                # a date of the article's own year since the story's: the text is back to the news
                recent = _reference(points, para, 4)
                news = dated is not None and recent is not None and int(recent[:4]) >= dated.year
                value, from_story = read(cand, [] if news else story)
            if value is None:
                continue
            in_story = label == "DATE" and not present and not any(lo <= start < hi for lo, hi in stamps)
            ahead = in_story and self._prolepsis(doc, text, cand, value, story, dated)
            if ahead:
                # "il faudra attendre mars 1965", "un record qui ne sera battu qu'en 2024": a
                # retrospective's glance ahead; its next dates go on from the story's day, unless
                # that day would take them back (the glance became the story)
                glance = (cand.start, _first_day(value), (para, value))
            if in_story and not ahead:
                flashback = (
                    from_story
                    and cand.kind in RETRO_KINDS
                    and bool(story)
                    and _first_day(value) < story[-1][1]
                )
                if flashback or (backward and story):
                    # a year-less date behind the story's ("un cargo était arrivé en janvier"), or a
                    # day counted back from it ("un an auparavant"): the story goes on from where it
                    # was, and is still told here
                    story.append((cand.start, story[-1][1]))
                    if flashback and _looks_back(text, cand, self._event_of_day):
                        flash_end = max(flash_end, sentence_bounds(text, cand.start, cand.end)[1])
                elif from_story or (
                    (cand.kind == "ago" or explicit_year(cand) is not None)
                    and _frames(text, cand, value, news_seen, told=bool(story))
                ):
                    story.append((cand.start, _first_day(value)))
                elif (
                    story
                    and len(value) > 4
                    and story[-1][1].year == int(value[:4])
                    and story[-1][1] == dt.date(story[-1][1].year, 1, 1)
                    and sentence_bounds(text, cand.start, cand.end)[0] <= story[-1][0]
                ):
                    # "Il y a deux ans, en avril 2023": the sentence that set the story's year
                    # tells its month
                    story[-1] = (story[-1][0], _first_day(value))
                # "(22h23 GMT mercredi)": the day of a clock's conversion to another zone is no
                # reference for what follows ("la veille" counts from the local day told first)
                if not backward and not _clock_conversion(text, cand.start):
                    points.append((para, value))
                    if cand.start < flash_end:
                        flash_points.append(points[-1])
                # the news dated by itself, not reached by counting from the story ("Vingt ans
                # plus tard, ..." in a retrospective)
                # (a year well past the publication is a plan, "prolongée jusqu'en 2031", not news)
                news_seen = news_seen or (
                    dated is not None
                    and dated.year <= int(value[:4]) <= dated.year + 1
                    and cand.kind not in _COUNTED
                )
            if (
                label == "DATE"
                and counted_item is not None
                and counted_item is items[-1]
                and len(value) >= len(counted_item["value"])
                and _APPOSITION.fullmatch(text, counted_item["end"], start)
            ):
                # "Deux jours plus tard, le 8 juin": the date the text writes out tells the day
                counted_item["value"] = value[: len(counted_item["value"])]
            items.append(
                {"start": start, "end": end, "label": label, "text": text[start:end], "value": value}
            )
            counted_item = items[-1] if cand.kind in _COUNTED and label == "DATE" else None
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        for cand in pending:
            if (value := self._event_day(text, cand, items)) is not None:
                items.append(
                    {
                        "start": cand.start,
                        "end": cand.end,
                        "label": "DATE",
                        "text": text[cand.start : cand.end],
                        "value": value,
                        # the day of another event of the sentence: not a date of its own event
                        "of_event": True,
                    }
                )
                span = doc.char_span(cand.start, cand.end, label="DATE", alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        if pending:
            items.sort(key=lambda item: item["start"])
            spans.sort(key=lambda span: span.start_char)
        doc._.orbitext_temporals = items
        doc.spans[TEMPORAL_GROUP] = spans

    def _prolepsis(
        self,
        doc: Doc,
        text: str,
        cand: Candidate,
        value: str,
        story: list[tuple[int, dt.date]],
        dated: dt.date | None,
    ) -> bool:
        """A year told in the future tense past the day of a retrospective's story ("il faudra
        attendre mars 1965"): a glance ahead, not the story moving on."""
        if not story or explicit_year(cand) is None or cand.kind in _COUNTED:
            return False
        told = story[-1][1]
        if dated is not None and told.year >= dated.year:
            return False  # a news story: its future is a plan
        lo = sentence_bounds(text, cand.start, cand.end)[0]
        if _first_day(value) <= told or _GLANCE_AHEAD.search(fold(text[lo : cand.start])) is None:
            return False
        # the future read on the verb itself ("faudra", "sera"), not guessed from the paragraph
        before = doc.char_span(lo, cand.start, alignment_mode="expand")
        return before is not None and any("Fut" in t.morph.get("Tense") for t in before)

    def _absolute_or_anchored(
        self,
        doc: Doc,
        text: str,
        cand: Candidate,
        flags: tuple[bool, bool, bool],
        anchor: dt.date | None,
        dated: dt.date | None,
        years: list[tuple[int, int]],
        story: list[tuple[int, dt.date]],
        paragraphs: list[int],
        whole_story: bool = False,
    ) -> tuple[str | None, bool]:
        """(value, read in a retrospective) of an expression read against the anchor or the story.

        ``dated``: the caller's publication date (None when the anchor comes from the text: then
        nothing is read as later than it and the story's year wins whatever the tense).
        ``whole_story``: no date of the publication year has been told yet, so a story set
        paragraphs before still holds the text (a retrospective told over subheadings).
        """
        if cand.kind in _YEAR_FIXED and cand.group("y"):
            # "le 16 juillet 1969": the year written out fixes the value whatever the clause's
            # tense, and a retrospective reads only year-less dates: no tense to read
            return self.normalizer.value(cand, anchor, None), False
        needs_tense = self.use_tense and self._needs_tense(cand)
        # what the preposition alone says ("depuis juin"), before the clause's tense
        told_past = needs_tense and self._context_tense(text, cand) == "past"
        tense = (
            ("past" if told_past else self.tense(doc, cand.start, cand.end, flags, text))
            if needs_tense
            else None
        )
        if needs_tense and dated is None and cand.kind == "weekday":
            # without a publication date the anchor is a day the text tells, not the day it
            # was written: its weekdays are the ones around it ("Samedi 14 septembre ... Dès
            # vendredi soir ... Le dimanche")
            tense = "nearest"
        elif needs_tense and _BY.search(text, max(0, cand.start - 12), cand.start):
            tense = "future"
        elif tense is None and needs_tense and _UNTIL.search(text, max(0, cand.start - 16), cand.start):
            # "la fenêtre s'étend jusqu'en avril": a limit in the present lies ahead
            tense = "future"
        value = None
        retro = False
        if needs_tense and tense == "future" and dated is not None:
            # a historical future ("Le 12 avril 1961, ... Sept ans plus tard, il mourra ... le 27
            # mars") only inside a story told before this sentence that the sentence carries on
            # with a date of its own: elsewhere the future is the article's ("confirmé que la
            # mission, la première depuis décembre 1972, pourrait décoller le 5 février")
            lo = sentence_bounds(text, cand.start, cand.end)[0]
            para = bisect.bisect_right(paragraphs, cand.start)
            historical = any(lo <= pos < cand.start for pos, _ in story) and any(
                pos < lo and bisect.bisect_right(paragraphs, pos) >= para - WINDOW for pos, _ in story
            )
            # "Le 3 juin suivant, Ed White réussira ...": "suivant" counts from the story's day
            historical = historical or (
                bool(story) and cand.kind in RETRO_KINDS and _rel_word(cand) in ("suivant", "precedent")
            )
        else:
            historical = True
        if needs_tense and historical:
            sent_years, ref = self._story_reference(text, cand, years, story, paragraphs)
            if ref is None and whole_story and not sent_years and len(story) > 1:
                # a story told with several dates (not one background date, "avait aluni en
                # décembre 1972") still holds its year-less dates paragraphs later
                ref = self._nearest_story_date(cand, story)
            if anchor is not None and tense is None and any(y < anchor.year for y in sent_years):
                # "Le 20 juillet 1969, Armstrong pose le pied...": a historical present
                tense = "past"
            if (
                ref is not None
                and (dated is None or ref.year < dated.year)
                and cand.kind in RETRO_KINDS
                and cand.group("y") is None
                and (cand.group("rel") is None or _rel_word(cand) in ("suivant", "precedent"))
                and (cand.kind != "nth_weekday" or cand.group("month"))
            ):
                # a retrospective: the year-less date takes the story's year ("En avril 1970,
                # ... Le 17 avril"), or the next one when that is nearer the story's previous
                # date ("Le 30 décembre 1968 ... Le 2 janvier"); never after the publication date
                # an anniversary page ("Il y a 50 ans jour pour jour"): its story's day is the
                # publication's day years back, and the months it tells belong to that year
                anniversary = dated is not None and (ref.month, ref.day) == (dated.month, dated.day)
                value = self._story_value(
                    cand,
                    ref,
                    anniversary or _looks_back(text, cand, self._event_of_day),
                    since=told_past,
                )
                if value is not None and dated is not None and value > dated.isoformat()[: len(value)]:
                    value = None
                para = bisect.bisect_right(paragraphs, cand.start)
                if (
                    value is not None
                    and not whole_story
                    and _first_day(value) < ref
                    and not any(bisect.bisect_right(paragraphs, pos) == para for pos, _ in story)
                ):
                    # a news text that dated its own news, back from an aside ("Il y a deux ans, en
                    # avril 2023, Hakuto-R s'était écrasé.\n\nResilience avait été lancé le 15
                    # janvier"): a date behind the aside in a new paragraph is the news's own
                    value = None
                retro = value is not None
        if value is None:
            value = self.normalizer.value(cand, anchor, tense)
        return value, retro

    def _before_publication(
        self,
        doc: Doc,
        text: str,
        cand: Candidate,
        flags: tuple[bool, bool, bool],
        points: list[tuple[int, str]],
        para: int,
        dated: dt.date,
        value: str,
    ) -> str:
        """ "Quarante ans plus tard" counted past the publication date from the last date set
        ("le projet abandonné au début des années 1990", "Ce vendredi, soixante ans plus tard")
        is counted from the story's earlier date: a text tells no past beyond its own day
        (unless the clause is in the future)."""
        if value <= dated.isoformat()[: len(value)]:
            return value
        for cut in range(len(points) - 1, 0, -1):
            if points[cut - 1][1] > dated.isoformat()[: len(points[cut - 1][1])]:
                continue
            found = self.normalizer.relative_to(cand, functools.partial(_reference, points[:cut], para))
            if found is None or found[0] != "DATE":
                return value
            if found[3] <= dated.isoformat()[: len(found[3])]:
                if self.tense(doc, cand.start, cand.end, flags, text) == "future":
                    return value
                return found[3]
        return value

    def _nearest_story_date(self, cand: Candidate, story: list[tuple[int, dt.date]]) -> dt.date | None:
        """The date of a long story a year-less date far from it belongs to: the told date its
        reading lies nearest to ("Le 3 février 1984 ... Ils seront récupérés en novembre ...
        [three paragraphs] Le 11 février" belongs to February 1984, not to the aside)."""
        best: tuple[dt.timedelta, dt.date] | None = None
        for day in dict.fromkeys(day for _, day in story):
            value = self._story_value(cand, day)
            if value is None:
                continue
            gap = abs(_first_day(value) - day)
            if best is None or gap < best[0]:
                best = (gap, day)
        return best[1] if best else None

    def _story_value(
        self, cand: Candidate, ref: dt.date, looks_back: bool = False, since: bool = False
    ) -> str | None:
        """A year-less date of a story: the first such date on or after the story's date, unless
        the one before it in the same year is much nearer (a story moves on, but "En avril 1970
        ... Le 19 mars, il avait été écarté" looks back a few weeks), or the clause looks back
        (``looks_back``: a pluperfect, "plus tôt", "Linenger, arrivé en janvier"). ``since``:
        "depuis décembre" counts from the last such date up to the story's day."""
        ahead = self.normalizer.value(cand, ref, "future")
        if _rel_word(cand) == "suivant":  # "le 9 septembre suivant": the next one, whatever the gap
            return ahead
        back = self.normalizer.value(cand, ref, "past")
        if _rel_word(cand) == "precedent" or (since and back is not None):
            return back
        if ahead is None or _first_day(ahead).year <= ref.year:
            return ahead
        if back is None or _first_day(back).year != ref.year:
            return ahead
        if looks_back:  # earlier in the story's year rather than in the next one
            return back
        return back if 2 * (ref - _first_day(back)) < _first_day(ahead) - ref else ahead

    def _event_day(self, text: str, cand: Candidate, items: list[dict[str, Any]]) -> str | None:
        """ "Au lendemain d'un report, la sonde a décollé vendredi": the day the sentence dates
        (the day after the report is the launch's day). A date inside the complement itself
        ("au lendemain de son lancement le 5 mai") is the event's: the reference word moves it."""
        lo, hi = sentence_bounds(text, cand.start, cand.end)
        days = [
            item
            for item in items
            if item["label"] == "DATE" and len(item["value"]) == 10 and lo <= item["start"] < hi
        ]
        if not days:
            return None
        near = min(days, key=lambda item: abs(item["start"] - cand.start))
        if near["start"] < cand.start or re.search(r"[,;:]", text[cand.end : near["start"]]):
            return near["value"]
        offset = self.vocab._folded("reference_days").get(
            fold(re.sub(r"^au\s+", "le ", cand.group("ref").strip()))
        )
        day = dt.date.fromisoformat(near["value"]) + dt.timedelta(days=offset or 0)
        return day.isoformat()

    def _day_of_month(self, cand: Candidate, points: list[tuple[int, str]], para: int) -> str | None:
        """ "depuis le 4 juillet. Ce soir-là (on était déjà le 5 au matin ...)": a bare day of
        the month the paragraph is at (the next month when the day is behind the paragraph's)."""
        point = _reference(points, para, 7, window=0)
        day = self.normalizer.number(cand.group("d"))
        if point is None or day is None:
            return None
        ref = _first_day(point)
        year, month = (ref.year, ref.month)
        if len(point) == 10 and int(day) < int(point[8:10]):
            year, month = (ref.year + ref.month // 12, ref.month % 12 + 1)
        try:
            return dt.date(year, month, int(day)).isoformat()
        except ValueError:
            return None

    def _following(self, cand: Candidate, points: list[tuple[int, str]], para: int) -> str | None:
        """ "l'année suivante", "le mois précédent", "l'année d'après", "cette année-là", "en
        juillet suivant": counted from the story's last date, if any."""
        if cand.kind == "same_unit":
            # "la même année" -> the story's year, "le même mois" -> its month
            size = 7 if fold(cand.group("unit")) == "mois" else 4
            point = _reference(points, para, size)
            return point[:size] if point else None
        if cand.kind == "unit_part":
            # "au début de l'année suivante": part of the unit after the story's
            if cand.group("y") or not _story_relative(cand):
                return None
            size = 7 if fold(cand.group("unit")) == "mois" else 4
        elif cand.kind == "month_rel" and not cand.group("yr"):
            # "Apollo 11 en juillet suivant": the July after the story's day, not the article's
            if not _story_relative(cand):
                return None
            size = 7
        elif cand.kind == "rel_unit" and (cand.group("rel") or cand.group("la")):
            if cand.group("rel") and not _story_relative(cand):
                return None
            unit = fold(cand.group("unit")).replace(" ", "").replace("-", "")
            size = {"mois": 7, "semaine": 10, "weekend": 10}.get(unit, 4)
        else:
            return None
        point = _reference(points, para, size)
        return self.normalizer.value(cand, _first_day(point), None) if point else None

    def _story_year_part(
        self,
        doc: Doc,
        text: str,
        cand: Candidate,
        flags: tuple[bool, bool, bool],
        points: list[tuple[int, str]],
        para: int,
        dated: dt.date | None,
        news_seen: bool,
    ) -> str | None:
        """ "avant la fin de l'année" in a retrospective of 1968 that has not come back to the news:
        the story's year, not the publication's (unless the clause looks ahead: "Le musée rouvrira
        à la fin de l'année")."""
        if cand.kind != "unit_part" or cand.group("rel") or cand.group("y") or news_seen or dated is None:
            return None
        if fold(cand.group("unit")) == "mois":
            return None
        point = _reference(points, para, 4)
        if point is None or int(point[:4]) >= dated.year:
            return None
        if self.tense(doc, cand.start, cand.end, flags, text) == "future":
            return None
        return point[:4]

    @staticmethod
    def _doc_date(doc: Doc) -> dt.date | None:
        """The caller's publication date, None when unknown or unreadable."""
        if doc._.orbitext_date:
            try:
                return dt.date.fromisoformat(str(doc._.orbitext_date)[:10])
            except ValueError:
                pass
        return None

    def _anchor(self, doc: Doc, cands: list[Candidate]) -> dt.date | None:
        """The caller's date, else the latest full date (day, month, year) of the text."""
        return self._doc_date(doc) or self._anchor_from_text(cands)

    def _anchor_from_text(self, cands: list[Candidate]) -> dt.date | None:
        """The latest full date (day, month, year) the text writes out, None without one."""
        dates = []
        for cand in cands:
            if self.normalizer.is_absolute(cand):
                value = self.normalizer.value(cand, None, None)
                if value and len(value) == 10:
                    dates.append(dt.date.fromisoformat(value))
        return max(dates) if dates else None

    @staticmethod
    def _story_reference(
        text: str,
        cand: Candidate,
        years: list[tuple[int, int]],
        story: list[tuple[int, dt.date]],
        paragraphs: list[int],
    ) -> tuple[list[int], dt.date | None]:
        """Explicit years of the expression's sentence, and the date a retrospective set for it.

        That date is the latest one the story set before it in its paragraph, else the first
        of January of a year written just after it ("Le 21 juillet, en 1969, ..."; not "a
        photographié le 12 janvier une galaxie découverte en 1995"), else the last date of the
        ``WINDOW`` paragraphs before.
        """
        lo, hi = sentence_bounds(text, cand.start, cand.end)
        in_sent = [y for pos, y in years if lo <= pos < hi and pos != cand.start]
        para = bisect.bisect_right(paragraphs, cand.start)
        before = [d for pos, d in story if bisect.bisect_right(paragraphs, pos) == para]
        if before:
            return in_sent, before[-1]
        near = [y for pos, y in years if cand.end <= pos < hi and _JUST_AFTER.fullmatch(text, cand.end, pos)]
        if near:
            return in_sent, dt.date(near[0], 1, 1)
        previous = [d for pos, d in story if para - WINDOW <= bisect.bisect_right(paragraphs, pos) < para]
        return in_sent, previous[-1] if previous else None

    @staticmethod
    def _needs_tense(cand: Candidate) -> bool:
        return cand.label == "DATE" and cand.kind not in (
            "iso",
            "dmy_num",
            "month_year",
            "year",
            "year_end",
            "decade",
            "century",
            "relday",
            "same_unit",
            "ago",
            "unit_part",
        )

    # -- tense of the clause ----------------------------------------------------------------------
    @staticmethod
    def _context_tense(text: str, cand: Candidate) -> Tense:
        """What the preposition alone says: "depuis juin" / "depuis lundi" lie in the past."""
        if re.search(
            r"(?i)\bdepuis\s+(?:le\s+|la\s+|l['’]|ce\s+)?$", text[max(0, cand.start - 16) : cand.start]
        ):
            return "past"
        return None

    def tense(
        self,
        doc: Doc,
        start: int,
        end: int,
        flags: tuple[bool, bool, bool] | None = None,
        text: str | None = None,
    ) -> Tense:
        """ "past", "future" or None for the clause holding the characters start..end.

        ``text``: ``doc.text`` when the caller has it (spaCy rebuilds it on every access).
        """
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        if flags is None:
            flags = (doc.has_annotation("DEP"), doc.has_annotation("SENT_START"), doc.has_annotation("MORPH"))
        has_dep, has_sents, has_morph = flags
        text = doc_text(doc) if text is None else text
        # the parser may join two paragraphs into one sentence: the clause ends at a line break
        line_lo = text.rfind("\n", 0, start) + 1
        line_hi = text.find("\n", end) % (len(text) + 1)  # -1 (no break) -> len(text)
        if has_dep:
            token: Token = span.root
            direct = True
            for _ in range(8):
                # a verb of another paragraph the parser hung it on says nothing of it
                inside = line_lo <= token.idx < line_hi and token.i not in range(span.start, span.end)
                if inside and self._opening_participle(token):
                    return "past"
                if inside and self._is_verb(token):
                    tense = self._verb_tense(token, direct=direct)
                    if tense:
                        return tense
                    direct = False
                elif inside and token.pos in _NOMINAL_POS:
                    # "sera disponible le 16 octobre", "était prêt en mai": the copula's tense
                    cop = next((c for c in token.children if c.dep_ == "cop"), None)
                    if cop is not None and (tense := self._verb_tense(cop)):
                        return tense
                if token.head.i == token.i:
                    break
                token = token.head
        sent = span.sent if has_sents or has_dep else doc[:]
        if sent.start_char < line_lo or sent.end_char > line_hi:
            sent = (
                doc.char_span(
                    max(sent.start_char, line_lo), min(sent.end_char, line_hi), alignment_mode="expand"
                )
                or sent
            )
        tense = self._sentence_tense(sent, span, has_morph)
        if tense is None and (has_sents or has_dep):
            # the parser may cut "Dimanche, la capsule s'est posée" after the weekday: read
            # the sentence as the punctuation delimits it
            lo, hi = sentence_bounds(text, start, end)
            wide = doc.char_span(lo, hi, alignment_mode="expand")
            if wide is not None and (wide.start < sent.start or wide.end > sent.end):
                tense = self._sentence_tense(wide, span, has_morph)
            wide = wide or sent
            verbs = (t for t in wide if t.pos in _VERB_POS or self._mistagged_present(t))
            if tense is None and next(verbs, None) is None:
                # a sentence without a verb ("Frayeur dimanche soir à l'aéroport.") opens the
                # story its paragraph tells: read that paragraph's verbs
                line = doc.char_span(line_lo, line_hi, alignment_mode="expand")
                if line is not None:
                    tense = self._sentence_tense(line, span, has_morph)
        return tense

    def _sentence_tense(self, sent: Span, span: Span, has_morph: bool) -> Tense:
        """Cue words, then the majority tense of the verbs of ``sent`` (outside ``span``)."""
        lo, hi = span.start, span.end
        words = {fold(t.text) for t in sent if not lo <= t.i < hi}
        if words & self._future_cues:
            return "future"
        if words & self._past_cues:
            return "past"
        if has_morph:
            votes = [
                self._verb_tense(t)
                for t in sent
                # the label id first (no string read): most words are no auxiliary
                if t.dep not in _AUX_DEPS and self._is_verb(t)
            ]
            votes = [v for v in votes if v]
            if votes:
                # a fixed order: ``set`` iteration follows string hashing, which changes from one
                # process to the next, and a tie went either way (the past wins it: news reports)
                return max(("past", "future"), key=votes.count)
        return None

    def _is_verb(self, token: Token) -> bool:
        """A verb, or one the tagger missed ("sont partis", "décolla" tagged NOUN)."""
        # asked of every word of a sentence: the tag and label ids, not their strings
        if token.pos in _VERB_POS:
            return True
        if not (token.n_lefts or token.n_rights):
            # most words of a sentence head nothing: no auxiliary, no subject to read
            return token.dep == DEP_ROOT and self._simple_past(token)
        return any(c.dep_.startswith("aux") for c in token.children) or self._simple_past(token)

    def _verb_tense(self, verb: Token, *, direct: bool = False) -> Tense:
        """Tense of a verb with its auxiliaries; ``direct``: it governs the expression itself."""
        tenses, forms = morph_values(verb, "Tense"), morph_values(verb, "VerbForm")
        lemma = fold(verb.lemma_ or verb.text)
        if lemma == "avoir" and self._participle_after(verb):
            return "past"  # "a amerri" with "amerri" tagged ADJ: a compound past all the same
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        if direct and lemma in self._future_lemmas and lemma not in ("aller", "devoir"):
            # "est prévu le 5", "a été reporté au 5": the date is ahead; "initialement prévu
            # le 5" (no auxiliary) or "était prévu" says nothing: read the governing clause
            if auxes:
                if any(t in morph_values(a, "Tense") for a in auxes for t in ("Pres", "Fut")):
                    return "future"
                return None
            if "Part" in forms:
                return None
            return None if "Imp" in tenses else "future"
        if lemma in self._future_lemmas and "Part" in forms and not auxes:
            # "le lancement de Rosetta, prévu le 12 janvier": a bare participle of planning tells
            # no past, whatever governs it
            return None
        if ("Fut" in tenses and _FUTURE_FORM.search(fold(verb.text))) or any(
            "Fut" in morph_values(a, "Tense") and _FUTURE_FORM.search(fold(a.text)) for a in auxes
        ):
            return "future"
        perfect = self._perfect(verb, auxes)
        if lemma in ("aller", "devoir") and any("Inf" in morph_values(c, "VerbForm") for c in verb.children):
            # "a dû / avait dû lancer" is a past obligation; "doit lancer" is ahead
            if perfect:
                return "past"
            return "future" if "Imp" not in tenses else None
        if "Inf" in forms and not perfect:
            head = verb.head
            if (
                head.i != verb.i
                and fold(head.lemma_) in ("aller", "devoir")
                and "Imp" not in morph_values(head, "Tense")
            ):
                head_auxes = [c for c in head.children if c.dep_.startswith("aux")]
                return "past" if self._perfect(head, head_auxes) else "future"
            if any(fold(a.lemma_) in ("aller", "devoir") for a in auxes):
                return "future"
        if perfect:
            return "past"
        if "Cnd" in morph_values(verb, "Mood") and "Part" not in forms:
            # the tagger reads some imperfects as conditionals ("transportait"): no -r- ending
            return "future" if self._conditional_form(verb.text, lemma) else "past"
        if "Part" in forms:
            if any(t in morph_values(a, "Tense") for a in auxes for t in ("Imp", "Past")):
                return "past"
            if not auxes and verb.dep_ in ("acl", "advcl") and "Past" in tenses:
                # "l'appareil, présenté lundi, ...": a bare past participle tells what was done
                return "past"
            if (
                direct
                and not auxes
                and "Past" in tenses
                and (verb.is_sent_start or verb.i == 0 or verb.nbor(-1).is_punct)
                and lemma not in ("attendre", "annoncer")
            ):
                # "Parti mercredi de Wenchang, le cargo...": a clause opened by a participle
                return "past"
            return None
        if ("Imp" in tenses and _IMPERFECT_FORM.search(fold(verb.text))) or (
            "Past" in tenses and "Fin" in forms
        ):
            # the tagger reads some presents as imperfects ("s'envolent"): the ending decides
            return "past"
        if self._simple_past(verb):
            return "past"
        return None

    @staticmethod
    def _participle_after(verb: Token) -> bool:
        """Is the word after this form of avoir (adverbs skipped: "a déjà amerri") a past
        participle, even one the tagger took for an adjective or a noun ("a amerri")?"""
        doc = verb.doc
        i = verb.i + 1
        while i < len(doc) and doc[i].pos_ == "ADV" and i <= verb.i + 3:
            i += 1
        if i >= len(doc) or verb.text.lower() not in ("a", "ont", "avait", "avaient"):
            return False
        word = doc[i]
        if word.pos_ not in ("ADJ", "NOUN", "PROPN") or not word.text.islower():
            return False
        if "Part" in morph_values(word, "VerbForm"):
            return True
        folded, lemma = fold(word.text), fold(word.lemma_)
        if folded in ("lieu", "vu"):  # "a lieu samedi": the present of an event to come
            return folded == "vu"
        # "amerri" (lemma amerrir), "aluni" (no lemma: the tagger took it for a name)
        return folded.endswith(("e", "i", "u")) or (
            lemma != folded
            and lemma.endswith(("er", "ir", "re"))
            and folded.endswith(("es", "is", "ie", "us", "ue", "it", "int", "ert"))
        )

    @staticmethod
    def _conditional_form(word: str, lemma: str) -> bool:
        """Is ``word`` a conditional ("lancerait", "serait"), not an imperfect ("lançait",
        "déclarait" of déclarer: the -er stem itself ends in r)?"""
        word = fold(word)
        ending = re.search(r"r(ais|ait|aient|ions|iez)$", word)
        if ending is None:
            return False
        return not (lemma.endswith("er") and word == lemma[:-2] + ending.group(1))

    def _opening_participle(self, token: Token) -> bool:
        """A past participle opening its sentence that the tagger took for a name or a noun
        ("Partis du centre Kennedy le 1er août, ils...", "Arrivés à bord en novembre, ..."): the
        clause tells what was done. Not "Arrivée prévue le 5" (a noun and its adjective), not
        the participles of planning ("Attendu mardi", "Prévu le 5")."""
        if token.pos in _VERB_POS or not token.text[:1].isupper():
            return False
        if not (token.i == 0 or token.is_sent_start or token.nbor(-1).is_punct or token.nbor(-1).is_space):
            return False
        if token.i + 1 >= len(token.doc) or token.nbor(1).pos_ not in ("ADP", "DET", "NUM", "ADV"):
            return False
        # "arrivées" -> "arrivee" -> "arrive"; "parties" -> "partie" -> "parti"
        base = re.sub(r"ee$", "e", re.sub(r"s$", "", fold(token.text)))
        if {base, base[:-1]} & self._etre_participles:
            return True
        infinitive = base[:-1] + "er"  # "lance" -> "lancer"
        return (
            base.endswith("e")
            and infinitive in self._verb_lemmas()
            and infinitive not in self._future_lemmas | {"annoncer"}
        )

    def _perfect(self, verb: Token, auxes: list[Token]) -> bool:
        """A compound past: avoir + participle, or être + participle of a verb of motion / reflexive.

        The parser marks "s'est posé" aux:tense but "est arrivé", "sont partis" aux:pass (and may
        tag the participle NOUN or Inf), so être needs the verb's own evidence: a reflexive pronoun,
        or a participle of the verbs that take être (``etre_participles``). A plain passive in the
        present ("est lancé") stays present. Future auxiliaries are handled by the caller.
        """
        for aux in auxes:
            aux_lemma = fold(aux.lemma_ or aux.text)
            if aux_lemma == "avoir" or aux.dep_ in ("aux", "aux:tense") and aux_lemma == "etre":
                return True
            if aux_lemma == "etre" and aux.dep_ == "aux:pass":
                if any(c.dep_.startswith("expl") or fold(c.text) in ("se", "s'") for c in verb.children):
                    return True
                base = re.sub(r"s$", "", fold(verb.text))  # "arrivées" -> "arrivee" -> "arrive"
                if {base, base[:-1] if base.endswith("e") else base} & self._etre_participles:
                    return True
        return False

    def _simple_past(self, verb: Token) -> bool:
        """Passé simple the tagger missed ("décolla" tagged NOUN): -a/-èrent form of a known -er verb."""
        if verb.pos == VERB or not (verb.dep == DEP_ROOT or any(c.dep_ == "nsubj" for c in verb.children)):
            return False
        if not verb.text.islower():
            return False  # "Opéra", "Nasa": names, not verbs
        word = fold(verb.text)
        for ending in ("erent", "a"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                return word[: -len(ending)] + "er" in self._verb_lemmas()
        return False

    def _mistagged_present(self, token: Token) -> bool:
        """A present the tagger reads as an adjective ("la capsule amerrit"): the sentence has its
        verb, it is not a verbless opener."""
        return token.pos in _NOMINAL_POS and fold(token.text) in self._mistagged_verbs

    def _verb_lemmas(self) -> set[str]:
        """Folded -er verb lemmas of the base lemmatizer's index (empty without one)."""
        if self._verbs is None:
            verbs: set[str] = set()
            try:
                table = self._nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
                verbs = {fold(v) for v in table.get("verb", [])}
            except (KeyError, AttributeError, ValueError):
                pass
            self._verbs = verbs
        return self._verbs

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
            self._load_data(json.loads(file.read_text(encoding="utf-8")))
        return self

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """The vocabulary as msgpack (``nlp.to_bytes``, pickling)."""
        return srsly.msgpack_dumps(self.vocab.dump())

    def from_bytes(self, bytes_data: bytes, *, exclude: tuple[str, ...] = ()) -> TemporalTagger:
        """Restore the vocabulary written by :meth:`to_bytes`."""
        return self._load_data(srsly.msgpack_loads(bytes_data))

    def _load_data(self, data: dict[str, Any]) -> TemporalTagger:
        """Validate saved vocabulary data and recompile the grammar (from_disk and from_bytes)."""
        self._set_vocab(TemporalVocab.model_validate(data))
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
