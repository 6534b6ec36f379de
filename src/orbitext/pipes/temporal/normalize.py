"""Turn a found temporal expression into its value: ISO date, ``HH:MM`` time, ISO 8601 duration.

Every relative value is computed from an explicit anchor date (the article's date), never
from the clock. ``tense`` is ``"past"``, ``"future"`` or ``None`` (present or unknown) and
decides between the two readings of year-less dates and bare weekdays.

Choices (documented in the README):
- "la semaine dernière/prochaine", "cette semaine" -> the Monday of that week (YYYY-MM-DD);
  "le week-end dernier" -> its Saturday; "le mois dernier" -> YYYY-MM; "l'an dernier" -> YYYY.
- "il y a cinquante ans" -> YYYY, "il y a trois mois", "dans un an et demi" -> YYYY-MM, "il y a
  deux semaines", "dans trois jours", "il y a 60 ans jour pour jour" -> the day (the unit's
  granularity, as HeidelTime gives it).
- A bare weekday equal to the anchor's weekday is the anchor itself; with "dernier" it is a
  week before, with "prochain" a week after; "ce mercredi" follows the tense, and without one
  is the nearer Wednesday (the coming one on a tie). "ce week-end" in a past clause written
  on a weekday is the one just gone.
- "trimestre" = 3 months (P3M each), "semestre" = 6 months, "décennie" = 10 years.
- A year-less month: past -> the latest such month not after the anchor's, future -> the next
  one (or the anchor's own), present with no cue -> the anchor's year. "le 5 octobre" alike
  (past -> latest on or before the anchor, future -> next on or after, else the nearest,
  a date behind the anchor counting double: the present of news announces).
- "le lendemain", "la veille", "deux jours plus tard", "trois mois plus tard", "quatre ans
  après," count from the last date of that granularity the text set in the same paragraph or
  the two before (a heading belongs to the paragraph it announces; HeidelTime's reference
  time; no value without one) and keep the unit's granularity (day, YYYY-MM, YYYY); "le jour
  même", "ce jour-là", "ce dimanche-là" is that date, else the anchor when the text set no date
  before; "dans la soirée", "en fin de journée" that date, else the anchor; "l'année suivante",
  "le mois précédent" count from it too. "sept minutes plus tard", "trois heures plus tôt"
  keep the DURATION (news gives the lapse); "moins de deux ans plus tard" is still a year.
- "d'ici six mois" is the DURATION "six mois"; "dans six mois" is a DATE.
- "fin avril", "début mai", "mi-juin", "courant mars", "jusqu'en avril", "d'ici avril", "à partir
  de mars" -> YYYY-MM (the month is the finest honest value); "courant 2025" -> YYYY.
- Seasons ("au printemps 2026", "à l'automne", "l'été dernier", "cet hiver") -> YYYY, the year
  of the season's first month (winter starts in December); year-less: past -> the latest one
  begun by the anchor, otherwise the current one or the next; "cet été" -> the nearer one.
- "mercredi suivant", "mardi d'après" -> that weekday in the next week (Duckling's reading);
  "lundi en huit" / "en quinze" -> one / two weeks after the coming Monday (today counts).
- "en fin d'année", "au début du mois prochain" -> YYYY / YYYY-MM; "fin 2013", "mi-2014" -> YYYY.
- Two-digit years ("31 octobre 74", "novembre 98", "l'été 69"): 19xx from 50 up, else 20xx.
- "le lendemain du 13 février" -> the day it names plus one; "du 13 au 18", "les 3 et 7 mars",
  "13-15 juillet" -> one DATE per end, the first taking the month and year of the second.
- "toute la semaine" -> P1W; "1/2 heure" -> PT30M; "1 an, 9 mois et 1 semaine" -> P1Y9M1W;
  "1.000 jours" -> P1000D.
- "les années 1990" -> 1990; "au XXe siècle" -> 19; "(1894-1966)" -> two years; "il y a une
  trentaine d'années" -> YYYY; "il y a un an et deux mois" -> YYYY-MM.
- Retrospectives (resolved by the component): a year-less date in a paragraph whose story set an
  earlier year ("Le 16 juillet 1969, ... Le 24 juillet, ...", "En avril 1970, ... le 19 mars")
  takes the story's year, or the next one when the story moves on ("Le 30 décembre 1968 ... le
  2 janvier"), capped at the anchor. A story is opened by a full date, a month of a year, or a
  year / "il y a cinquante ans" opening its sentence; not by a year in the background ("créée
  en 1975", "depuis 2011"), nor, once the text dated its news, by a full date closing a
  sentence; it stops at a date of the article's own year. The future stays
  the article's, unless the sentence carries a story told before it on (historical future). A
  present tense in a sentence that writes an earlier year is a historical present (past).
  Without a publication date the anchor is the latest full date of the text, and a story's
  year wins whatever the tense.
- Session 5: without a publication date a bare weekday is the one nearest the anchor (a day
  the text tells); a story's year-less date whose clause looks back (pluperfect, "plus tôt",
  "Linenger, arrivé en janvier") stays in the story's year rather than the next; "la même
  année" / "le même mois" are the story's; "ce jour-là" looks back however far; "au lendemain
  d'un report" is the day the sentence dates; a bare "le 5" takes the month its paragraph is
  at; a page's "Publié le … Mis à jour le …" line is given its values but sets no reference.
  "dans environ un mois" is the DURATION "un mois"; "les années soixante" -> 1960; "deux nuits"
  -> P2D; "un quart de siècle" -> P25Y; "3 h 30 de vol" is a DURATION, "il était plus de 7 h
  30" a TIME; "à ce jour" (so far) is no date; movable feasts (Pâques, l'Ascension, la
  Pentecôte...) count from Easter Sunday (``E+N`` in the holidays table).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .matcher import Candidate, TemporalGrammar
from .vocab import TemporalVocab, fold

#: "past", "future", None (present or unknown), or "nearest" (a weekday around a day the text
#: tells: the nearer reading, the coming one on a tie)
Tense = str | None

_UNIT_DELTA: dict[str, tuple[str, int]] = {
    "S": ("seconds", 1),
    "MIN": ("minutes", 1),
    "H": ("hours", 1),
    "D": ("days", 1),
    "W": ("days", 7),
    "M": ("months", 1),
    "Q": ("months", 3),
    "SEM": ("months", 6),
    "Y": ("years", 1),
    "DEC": ("years", 10),
    "CEN": ("years", 100),
}


#: units finer than a day
_CLOCK_UNITS = ("hours", "minutes", "seconds")


# -- small date helpers -----------------------------------------------------------------------
def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(cands: list[dt.date], anchor: dt.date, tense: Tense) -> dt.date | None:
    """Among possible readings, the one the tense asks for (nearest when it says nothing)."""
    cands = [c for c in cands if c is not None]
    if not cands:
        return None
    if tense == "past":
        before = [c for c in cands if c <= anchor]
        if before:
            return max(before)
    elif tense == "future":
        after = [c for c in cands if c >= anchor]
        if after:
            return min(after)
    # no tense: the present of news announces ("le lancement a lieu le 1er novembre"); a date
    # behind the anchor only when it is much nearer than the one ahead
    return min(cands, key=lambda c: (abs((c - anchor).days) * (2 if c < anchor else 1), c < anchor))


def _month_shift(anchor: dt.date, months: int) -> tuple[int, int]:
    shifted = anchor.replace(day=1) + relativedelta(months=months)
    return shifted.year, shifted.month


def _weekday(anchor: dt.date, wd: int, rel: str | None, det: str | None, tense: Tense) -> dt.date:
    """Resolve a weekday name against the anchor (see the module doc)."""
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if rel in ("past",):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("future",):
        return anchor + dt.timedelta(days=ahead or 7)
    if (det == "ce" and tense is None) or tense == "nearest":
        # "dès ce lundi" written on a Sunday is tomorrow: the nearer one, the coming one on a tie
        return anchor - dt.timedelta(days=back) if back < ahead else anchor + dt.timedelta(days=ahead)
    if tense == "past":
        return anchor - dt.timedelta(days=back)
    # future tense, and the present of news ("la fusée décolle samedi"): the next such day
    return anchor + dt.timedelta(days=ahead)


def _rel(word: str | None) -> str | None:
    if not word:
        return None
    word = fold(word)
    if word.startswith(("dernier", "derniere", "passe", "precedent", "d'avant")):
        return "past"
    if word.startswith(("prochain", "suivant", "d'apres")):
        return "future"
    return None


def _full_year(text: str) -> int:
    """A written year; two digits read as 19xx from 50 up, 20xx below ("74" -> 1974)."""
    year = int(text)
    if year < 100:
        year += 2000 if year < 50 else 1900
    return year


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# -- durations --------------------------------------------------------------------------------
def format_duration(parts: dict[str, float]) -> str | None:
    """ISO 8601 duration from unit codes -> amounts (fractions carried to the smaller unit)."""
    years = parts.get("Y", 0) + 10 * parts.get("DEC", 0) + 100 * parts.get("CEN", 0)
    months = parts.get("M", 0) + 3 * parts.get("Q", 0) + 6 * parts.get("SEM", 0)
    weeks, days = parts.get("W", 0), parts.get("D", 0)
    hours, minutes, seconds = parts.get("H", 0), parts.get("MIN", 0), parts.get("S", 0)
    # carry fractions down: 1.5 an -> 1 an 6 mois, 2.5 heures -> 2 h 30 min
    months += (years % 1) * 12
    years = int(years)
    days += (months % 1) * 30 + (weeks % 1) * 7
    months, weeks = int(months), int(weeks)
    hours += (days % 1) * 24
    days = int(days)
    minutes += (hours % 1) * 60
    hours = int(hours)
    seconds += (minutes % 1) * 60
    minutes = int(minutes)
    # "0,4 seconde" -> PT0.4S: seconds told alone keep their fraction (to the millisecond)
    seconds = round(seconds, 3) if seconds % 1 and not (hours or minutes) else round(seconds)
    date_part = "".join(
        f"{int(v)}{u}" for v, u in ((years, "Y"), (months, "M"), (weeks, "W"), (days, "D")) if v
    )
    time_part = "".join(
        f"{v:g}{u}" if isinstance(v, float) else f"{int(v)}{u}"
        for v, u in ((hours, "H"), (minutes, "M"), (seconds, "S"))
        if v
    )
    if not date_part and not time_part:
        return None
    return "P" + date_part + ("T" + time_part if time_part else "")


def _half(code: str) -> dict[str, float]:
    return {code: 0.5}


# -- the resolver -----------------------------------------------------------------------------
class Normalizer:
    """Computes the value of a :class:`Candidate` given an anchor date and a tense."""

    #: how many values :meth:`value` keeps: emptied when full, so memory stays bounded
    VALUES_KEPT = 4096

    def __init__(self, vocab: TemporalVocab) -> None:
        self.vocab = vocab
        # (kind, groups, anchor, tense) -> value: the ``_v_*`` methods read nothing else, and
        # the same expressions ("samedi", "deux heures") recur against the same anchor
        self._values: dict[tuple[Any, ...], str | None] = {}

    def number(self, text: str | None) -> float | None:
        if text is None:
            return None
        # text[:1].isdecimal(): what ``re.match(r"\d", text)`` says (Unicode category Nd)
        text = re.sub(r"(?i)(er|re|ère)$", "", text.strip()) if text[:1].isdecimal() else text
        if re.fullmatch(r"\d{1,3}(?:[.\s]\d{3})+", text):  # "1.000", "1 000": thousands
            return float(re.sub(r"[.\s]", "", text))
        if re.fullmatch(r"\d+[.,]\d+", text):
            return float(text.replace(",", "."))
        return self.vocab.number(text)

    def is_absolute(self, cand: Candidate) -> bool:
        """Does the expression give day, month and year itself (an anchor candidate)?"""
        return (
            cand.kind in ("iso", "dmy_num")
            or (cand.kind == "day_month" and cand.group("y") is not None)
            or (cand.kind == "month_year" and cand.group("d") is not None)
        )

    def value(self, cand: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """The normalised value, None when it cannot be computed (e.g. relative without anchor)."""
        key = (cand.kind, cand.groups, anchor, tense)
        values = self._values
        if key in values:
            return values[key]
        try:
            method = getattr(self, f"_v_{cand.kind}")
            value = method(cand, anchor, tense)
        except (ValueError, OverflowError, TypeError, KeyError):
            value = None
        if len(values) >= self.VALUES_KEPT:
            values.clear()
        values[key] = value
        return value

    # DATE ----------------------------------------------------------------------------------------
    def _v_iso(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return _iso(_date(int(c.group("y")), int(c.group("m")), int(c.group("d"))))

    def _v_dmy_num(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        year = int(c.group("y"))
        if year < 100:
            year += 2000 if year < 50 else 1900
        return _iso(_date(year, int(c.group("m")), int(c.group("d"))))

    def _v_dm_num(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        day, month = int(c.group("d")), int(c.group("m"))
        return _iso(_pick([_date(anchor.year + k, month, day) for k in (-1, 0, 1)], anchor, tense))

    def _v_day_month(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        day = int(self.number(c.group("d")))
        month = self.vocab.month(c.group("month"))
        if c.group("y"):
            return _iso(_date(_full_year(c.group("y")), month, day))
        if anchor is None:
            return None
        cands = [_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
        tense = _rel(c.group("rel")) or tense
        if c.group("wd"):
            wd = self.vocab.weekday(c.group("wd"))
            matching = [d for d in cands if d is not None and d.weekday() == wd]
            if matching:
                return _iso(min(matching, key=lambda d: abs((d - anchor).days)))
        return _iso(_pick(cands, anchor, tense))

    def _v_ref_of(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """ "le lendemain du 13 février": the day it names, moved by the reference word's offset."""
        base = self._v_day_month(c, anchor, tense)
        offset = self.vocab._folded("reference_days").get(fold(re.sub(r"\s+", " ", c.group("ref"))))
        if base is None or offset is None:
            return None
        return _iso(dt.date.fromisoformat(base) + dt.timedelta(days=offset))

    def _v_unit_part(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """ "en fin d'année" -> the anchor's year, "à la fin du mois prochain" -> that month,
        "la fin de l'année 2026" -> 2026."""
        if c.group("y") and fold(c.group("unit")) != "mois":
            return c.group("y")
        if anchor is None:
            return None
        shift = {"past": -1, "future": 1}.get(_rel(c.group("rel")) or "", 0)
        if fold(c.group("unit")) == "mois":
            year, month = _month_shift(anchor, shift)
            return f"{year:04d}-{month:02d}"
        return f"{anchor.year + shift:04d}"

    def _v_range_dash(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return self._v_day_month(c, anchor, tense)

    def _v_range_day(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return self._v_day_only(c, anchor, tense)

    def _v_weekday_day(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        day = int(self.number(c.group("d")))
        wd = self.vocab.weekday(c.group("wd"))
        cands = [_date(*_month_shift(anchor, k), day) for k in (-1, 0, 1)]
        matching = [d for d in cands if d is not None and d.weekday() == wd]
        if matching:
            return _iso(_pick(matching, anchor, tense) or min(matching, key=lambda d: abs((d - anchor).days)))
        return self._day_in_month(day, anchor, tense)

    def _day_in_month(self, day: int, anchor: dt.date, tense: Tense) -> str | None:
        same = _date(anchor.year, anchor.month, day)
        if tense == "future" and (same is None or same < anchor):
            return _iso(_date(*_month_shift(anchor, 1), day))
        if tense == "past" and (same is None or same > anchor):
            return _iso(_date(*_month_shift(anchor, -1), day))
        return _iso(same)

    def _v_day_only(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        day = int(self.number(c.group("d")))
        return self._day_in_month(day, anchor, tense) if 1 <= day <= 31 else None

    def _v_nth_weekday(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        wd = self.vocab.weekday(c.group("wd"))
        digits = re.match(r"\d+", c.group("ord"))
        nth = int(digits.group()) if digits else self.vocab._folded("ordinals").get(fold(c.group("ord")))
        if not nth:
            return None
        if c.group("month"):
            month = self.vocab.month(c.group("month"))
            if c.group("y"):
                year = int(c.group("y"))
            elif anchor is None:
                return None
            else:
                year = self._year_for_month(month, anchor, tense)
        else:
            if anchor is None:
                return None
            shift = {"past": -1, "future": 1}.get(_rel(c.group("rel")) or "", 0)
            year, month = _month_shift(anchor, shift)
        first = dt.date(year, month, 1)
        if wd is None:  # "le premier/dernier jour de ..."
            last = first + relativedelta(months=1) - dt.timedelta(days=1)
            return _iso(last if nth == -1 else first + dt.timedelta(days=nth - 1))
        if nth == -1:
            last = first + relativedelta(months=1) - dt.timedelta(days=1)
            return _iso(last - dt.timedelta(days=(last.weekday() - wd) % 7))
        return _iso(first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1)))

    def _year_for_month(self, month: int, anchor: dt.date, tense: Tense) -> int:
        cands = [dt.date(anchor.year + k, month, 1) for k in (-1, 0, 1)]
        ref = anchor.replace(day=1)
        # past: the latest such month not after the anchor's; future: the next one (or this one)
        if tense == "past":
            return max(c for c in cands if c <= ref).year
        if tense == "future":
            return min(c for c in cands if c >= ref).year
        # the present with no cue ("le lancement a lieu en février"): the anchor's own year
        return anchor.year

    def _v_holiday(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        key = fold(re.sub(r"\s+", " ", c.group("hol")))
        rule = self.vocab._folded("holidays")[key]

        def on(year: int) -> dt.date | None:
            if rule.startswith("E"):  # a movable feast: days from Easter Sunday ("E+1": Easter Monday)
                return easter(year) + dt.timedelta(days=int(rule[1:]))
            month, day = (int(x) for x in rule.split("-"))
            return _date(year, month, day)

        if c.group("y"):
            return _iso(on(int(c.group("y"))))
        if anchor is None:
            return None
        return _iso(_pick([on(anchor.year + k) for k in (-1, 0, 1)], anchor, tense))

    def _v_month_year(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if c.group("d"):  # "décembre 5 2014"
            return self._v_day_month(c, anchor, tense)
        return f"{_full_year(c.group('y')):04d}-{self.vocab.month(c.group('month')):02d}"

    def _v_month_rel(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        month = self.vocab.month(c.group("month"))
        if c.group("yr"):  # "novembre de l'année dernière": that month of the year named
            return f"{anchor.year + (-1 if _rel(c.group('rel')) == 'past' else 1):04d}-{month:02d}"
        if _rel(c.group("rel")) == "past":
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        return f"{year:04d}-{month:02d}"

    def _v_month(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        month = self.vocab.month(c.group("month"))
        return f"{self._year_for_month(month, anchor, tense):04d}-{month:02d}"

    def _v_month_mod(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        # "fin avril" -> YYYY-04: the month is the finest honest value; "fin 2013" -> 2013
        if c.group("yo"):
            return c.group("yo")
        if c.group("y"):
            return self._v_month_year(c, anchor, tense)
        return self._v_month(c, anchor, tense)

    def _v_season(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """A season is a year at most: the year its first month falls in ("l'hiver 2025" -> 2025)."""
        if c.group("y"):
            return f"{_full_year(c.group('y')):04d}"
        if anchor is None:
            return None
        first = self.vocab._folded("seasons")[fold(c.group("season"))]
        starts = [dt.date(anchor.year + k, first, 1) for k in (-2, -1, 0, 1)]
        # the season the anchor lies in started at most 2 months before it
        current = max(s for s in starts if s <= anchor)
        in_season = anchor < current + relativedelta(months=3)
        rel = _rel(c.group("rel"))
        if rel == "past":
            chosen = current - relativedelta(years=1) if in_season else current
        elif rel == "future":
            chosen = current + relativedelta(years=1)
        elif in_season:
            chosen = current
        elif fold(c.group("det")) in ("ce", "cet"):
            # "cet été" is the nearer one: in April, the coming summer whatever the verb says;
            # "cet hiver" in April, the one just ended
            ended = current + relativedelta(months=3)
            ahead = current + relativedelta(years=1)
            chosen = current if (anchor - ended) < (ahead - anchor) else ahead
        elif tense == "past":
            chosen = current
        else:
            chosen = current + relativedelta(years=1)
        return f"{chosen.year:04d}"

    def _v_year(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return c.group("y")

    def _v_decade(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """ "les années 1990" -> 1990 (the decade's first year: the contract's YYYY), "années 80"
        -> 1980."""
        year = c.group("y")
        if year is None:  # "les années soixante"
            word = fold(re.sub(r"[\s-]+", "-", c.group("yw")))
            return f"19{self.vocab._folded('decade_words')[word]}"
        return year if len(year) == 4 else f"19{year}"

    def _v_century(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """ "au XXe siècle" -> "19" (the century's two leading digits, as HeidelTime writes it)."""
        number = c.group("c").upper()
        if not number.isdigit():
            values = {"I": 1, "V": 5, "X": 10}
            digits = [values[ch] for ch in number]
            number = str(sum(-d if d < nxt else d for d, nxt in zip(digits, [*digits[1:], 0], strict=True)))
        return f"{int(number) - 1:02d}" if 1 <= int(number) <= 30 else None

    def _v_year_end(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return c.group("y")  # the second year of "(1894-1966)"

    def _v_relday(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        offset = self.vocab._folded("relative_days").get(fold(re.sub(r"\s+", " ", c.group("rd"))))
        if offset is None:
            offset = self.vocab._folded("relative_days").get(fold(c.group("rd")).replace(" ", "-"), 0)
        return _iso(anchor + dt.timedelta(days=offset))

    def _v_this_part(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return self._v_relday(c, anchor, tense)  # "ce soir": the anchor's day

    def _v_ago(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        if c.group("approx"):
            amount = self.vocab._folded("approximate_numbers").get(fold(c.group("approx")))
        else:
            amount = self.number(c.group("n"))
        code = self.vocab.unit(c.group("unit"))
        if amount is None or code is None:
            return None
        if c.group("half"):
            amount += 0.5  # "il y a un an et demi"
        if c.group("demi"):
            amount *= 0.5  # "il y a un demi-siècle"
        sign = -1 if fold(c.group("dir")).startswith("il") else 1
        name, factor = _UNIT_DELTA[code]
        code2 = self.vocab.unit(c.group("unit2")) if c.group("unit2") else None
        amount2 = self.number(c.group("n2")) if code2 else None
        if code2 and amount2 is not None and amount == int(amount) and name not in _CLOCK_UNITS:
            # "il y a un an et deux mois": both amounts, the value at the finer unit's grain
            name2, factor2 = _UNIT_DELTA[code2]
            if name2 in _CLOCK_UNITS:
                return None
            both = relativedelta(**{name: int(amount) * factor}) + relativedelta(
                **{name2: int(amount2) * factor2}
            )
            moment = anchor + both if sign > 0 else anchor - both
            if name2 == "years":
                return f"{moment.year:04d}"
            return moment.strftime("%Y-%m") if name2 == "months" else _iso(moment)
        if name in ("hours", "minutes", "seconds"):
            moment = dt.datetime.combine(anchor, dt.time(12)) + sign * dt.timedelta(**{name: amount * factor})
            return _iso(moment.date())
        amount = amount * factor
        if name == "days":
            return _iso(anchor + dt.timedelta(days=sign * amount))
        whole = int(amount)
        delta = relativedelta(**{name: sign * whole})
        if amount != whole and name == "years":
            delta += relativedelta(months=sign * round((amount - whole) * 12))
        elif amount != whole:
            delta += relativedelta(days=sign * round((amount - whole) * 30))
        moment = anchor + delta
        if c.group("exact"):  # "il y a cinquante ans jour pour jour": that very day
            return _iso(moment)
        # the unit is the finest honest value: "il y a cinquante ans" -> YYYY, "il y a trois
        # mois" / "il y a un an et demi" -> YYYY-MM (HeidelTime's granularity of the unit)
        if name == "years" and amount == whole:
            return f"{moment.year:04d}"
        return moment.strftime("%Y-%m") if amount == whole or name == "years" else _iso(moment)

    def lapse(self, c: Candidate) -> str | None:
        """The amount of "dans environ un mois" as a DURATION (P1M): an approximate lapse
        names no day."""
        amount = self.number(c.group("n")) if c.group("n") else None
        if c.group("approx"):
            amount = self.vocab._folded("approximate_numbers").get(fold(c.group("approx")))
        code = self.vocab.unit(c.group("unit"))
        if amount is None or code is None:
            return None
        if c.group("half"):
            amount += 0.5
        return format_duration({code: amount})

    def _v_same_unit(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return None  # "la même année": only from the story's date (the component)

    def _v_ref_day(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return None  # needs the previous date of the paragraph: see :meth:`relative_to`

    def _v_later(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return None  # idem

    def _v_ref_part(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return None  # idem

    def _v_part_mod(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return None  # idem

    def relative_to(
        self,
        c: Candidate,
        reference: Callable[[int], str | None],
        anchor: dt.date | None = None,
    ) -> tuple[str, int, int, str] | None:
        """(label, start, end, value) of "le lendemain", "deux ans plus tard", "une heure plus tard".

        ``reference(size)``: the last DATE value the text set before the expression (in its
        paragraph or the few before) at least ``size`` characters long (10 a day, 7 a month,
        4 a year), HeidelTime's reference time. The value keeps the unit's granularity: "deux
        jours plus tard" is a day, "trois mois plus tard" a month, "quatre ans après" a year.
        Without the reference no moment is guessed: "le lendemain" gets nothing, "N unit plus
        tard" keeps its amount as a DURATION, as hours and minutes always do ("sept minutes plus
        tard" -> PT7M). "Le jour même", "ce jour-là" fall back on ``anchor`` when the text set no
        earlier date at all; "dans la soirée" whenever it set no earlier day.
        """
        if c.kind in ("ref_part", "part_mod"):
            day = reference(10) or (anchor.isoformat() if anchor else None)
            return ("DATE", c.start, c.end, day) if day else None
        if c.kind == "ref_day":
            offset = self.vocab._folded("reference_days").get(fold(re.sub(r"\s+", " ", c.group("ref"))))
            if offset is None:
                return None
            day = reference(10)
            if day is not None:
                return "DATE", c.start, c.end, _iso(dt.date.fromisoformat(day) + dt.timedelta(days=offset))
            if offset == 0 and anchor is not None and reference(4) is None:
                return "DATE", c.start, c.end, anchor.isoformat()
            return None
        amount = self.number(c.group("n"))
        code = self.vocab.unit(c.group("unit"))
        if amount is None or code is None:
            return None
        amount_end = c.start + len(c.group("amount") or "")
        sign = -1 if re.search(r"tot|avant", fold(c.group("dir"))) else 1
        name, factor = _UNIT_DELTA[code]
        # "sept minutes plus tard", "une heure plus tard": news gives the lapse, not the clock
        # time it leads to, so the amount stays a DURATION; "moins de deux ans plus tard" is
        # still a year of the story (the approximation is finer than the year)
        if name not in ("hours", "minutes", "seconds") and amount == int(amount):
            steps = sign * int(amount) * factor
            value: str | None = None
            if name == "days" and (day := reference(10)):
                value = _iso(dt.date.fromisoformat(day) + dt.timedelta(days=steps))
            elif name == "months" and (month := reference(7)):
                year, month_no = _month_shift(dt.date.fromisoformat(month[:7] + "-01"), steps)
                value = f"{year:04d}-{month_no:02d}"
            elif name == "years" and (year_ref := reference(4)):
                value = f"{int(year_ref[:4]) + steps:04d}"
            if value:
                return "DATE", c.start, c.end, value
        duration = format_duration({code: amount})
        return ("DURATION", c.start, amount_end, duration) if duration else None

    def _v_rel_unit(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        shift = {"past": -1, "future": 1}.get(_rel(c.group("rel")) or "", 0)
        unit = fold(c.group("unit")).replace(" ", "").replace("-", "")
        if unit == "semaine":
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return _iso(monday + dt.timedelta(days=7 * shift))
        if unit == "weekend":
            saturday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=5)
            if shift == 0 and tense == "past" and anchor.weekday() < 5:
                shift = -1  # "a franchi une étape ce week-end", written on a Monday: the one just gone
            if shift == -1:
                saturday = anchor - dt.timedelta(days=((anchor.weekday() - 5) % 7) or 7)
            elif shift == 1:
                saturday = anchor + dt.timedelta(days=((5 - anchor.weekday()) % 7) or 7)
            return _iso(saturday)
        if unit == "mois":
            year, month = _month_shift(anchor, shift)
            return f"{year:04d}-{month:02d}"
        return f"{anchor.year + shift:04d}"

    def _v_weekday(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        if anchor is None:
            return None
        wd = self.vocab.weekday(c.group("wd"))
        det = fold(c.group("det")) if c.group("det") else None
        if c.group("wrel"):
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return _iso(monday + dt.timedelta(days=7 * (1 if _rel(c.group("wrel")) == "future" else -1) + wd))
        if c.group("rel") and fold(c.group("rel")).startswith(("suivant", "d'apres", "precedent")):
            # "mercredi suivant", "mardi d'après": that day of the next week (the previous one)
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return _iso(monday + dt.timedelta(days=wd + (-7 if _rel(c.group("rel")) == "past" else 7)))
        if c.group("en"):
            # "lundi en huit": a week after the coming Monday (today's weekday counts as coming)
            weeks = 2 if fold(c.group("en")) in ("quinze", "15") else 1
            return _iso(anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 + 7 * weeks))
        return _iso(_weekday(anchor, wd, _rel(c.group("rel")), det, tense))

    # TIME ----------------------------------------------------------------------------------------
    def _minutes(self, c: Candidate) -> tuple[int, int]:
        """(minutes, hour shift) from the minute pieces of a clock or midi hit."""
        frac = fold(c.group("frac") or "")
        if frac:
            if "trois" in frac:
                return 45, 0  # "onze heures trois quarts"
            if "quart" in frac and "moins" in frac:
                return 45, -1
            if "quart" in frac:
                return 15, 0
            if "demi" in frac:
                return 30, 0
            if "moins" in frac:
                return 60 - int(self.number(c.group("mm"))), -1
        for key in ("m", "mu", "mw"):
            if c.group(key):
                value = self.number(re.sub(r"\s*(minutes?|min)$", "", c.group(key)))
                return int(value), 0
        return 0, 0

    def _clock(self, hour: int, minute: int, shift: int, part: str | None) -> str | None:
        hour += shift
        if part == "pm" and hour < 12:
            hour += 12
        elif part == "am" and hour == 12:
            hour = 0
        elif part == "night" and hour == 12:
            hour = 0
        hour %= 24
        if not (0 <= minute < 60):
            return None
        return f"{hour:02d}:{minute:02d}"

    def _v_clock(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        hour = int(self.number(c.group("h")))
        if hour > 24:
            return None
        minute, shift = self._minutes(c)
        part = None
        if c.group("part"):
            part = self.vocab._folded("day_parts").get(fold(re.sub(r"\s+", " ", c.group("part"))))
        return self._clock(hour, minute, shift, part)

    def _v_colon(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return self._clock(int(c.group("h")), int(c.group("m")), 0, None)

    def _v_midi(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        hour = 12 if fold(c.group("base")) == "midi" else 0
        minute, shift = self._minutes(c)
        return f"{(hour + shift) % 24:02d}:{minute:02d}"

    # DURATION ------------------------------------------------------------------------------------
    def _v_half(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        code = self.vocab.unit(c.group("unit"))
        count = self.number(c.group("n")) if c.group("n") and re.match(r"\d", c.group("n")) else 1
        return format_duration({code: 0.5 * count})

    def _v_range_start(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        return self._v_day_month(c, anchor, tense)

    def _v_approx(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        amount = self.vocab._folded("approximate_numbers").get(fold(c.group("approx")))
        code = self.vocab.unit(c.group("unit"))
        return format_duration({code: amount}) if amount and code else None

    def _v_frac_hour(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """ "1/2 heure", "3/4 h": the fraction of an hour, in minutes."""
        num, den = (int(x) for x in c.group("fr").split("/"))
        return format_duration({"MIN": 60 * num / den})

    def _v_whole(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """ "toute la semaine", "toute l'année": one of the unit."""
        code = self.vocab.unit(c.group("unit"))
        return format_duration({code: 1}) if code else None

    def _v_quarter_hour(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        """ "trois quarts d'heure" -> PT45M, "un quart de siècle" -> P25Y."""
        count = self.number(c.group("n")) or 1
        return format_duration({"Y": 25 * count} if c.group("cen") else {"MIN": 15 * count})

    def _v_duration(self, c: Candidate, anchor: dt.date | None, tense: Tense) -> str | None:
        parts: dict[str, float] = {}
        amount = self.number(c.group("n"))
        code = self.vocab.unit(c.group("unit"))
        if amount is None or code is None:
            return None
        parts[code] = amount
        if c.group("half"):
            parts[code] += 0.5
        if c.group("hm"):
            parts["MIN"] = parts.get("MIN", 0) + int(c.group("hm"))
        for n_key, unit_key in (("n2", "unit2"), ("n3", "unit3")):
            if c.group(unit_key):
                code2 = self.vocab.unit(c.group(unit_key))
                amount2 = self.number(c.group(n_key))
                if code2 and amount2 is not None:
                    parts[code2] = parts.get(code2, 0) + amount2
        return format_duration(parts)


# -- the public pure function ---------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def default_grammar() -> tuple[TemporalGrammar, Normalizer]:
    """The shipped vocabulary compiled once per process."""
    vocab = TemporalVocab.load()
    return TemporalGrammar(vocab), Normalizer(vocab)


def _as_date(anchor: str | dt.date | None) -> dt.date | None:
    if anchor is None or isinstance(anchor, dt.date):
        return anchor
    return dt.date.fromisoformat(anchor[:10])


@functools.lru_cache(maxsize=8192)
def normalize_date_expression(
    text: str, anchor: str | dt.date | None = None, tense: Tense = None
) -> str | None:
    """Value of one French temporal expression ("le 5 octobre", "mardi dernier", "4h36", "six mois").

    ``anchor`` is the reference date (ISO string or date), ``tense`` "past", "future" or None.
    Our grammar is tried first; dateparser (``languages=["fr"]``) is the fallback for
    expressions it does not know. Returns None when nothing can be read.
    """
    grammar, normalizer = default_grammar()
    day = _as_date(anchor)
    found = grammar.find(text)
    if found:
        best = max(found, key=lambda c: c.end - c.start)
        value = normalizer.value(best, day, tense)
        if value is not None:
            return value
    return _dateparser_value(text, day.isoformat() if day else None, tense)


@functools.lru_cache(maxsize=64)
def _date_parser(anchor: str | None, tense: Tense) -> Any:
    """One dateparser DateDataParser per (anchor, tense), French only, settings built once."""
    from dateparser.date import DateDataParser  # imported lazily: it is slow to import

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(tense or "", "current_period"),
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
    }
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor)
    return DateDataParser(languages=["fr"], settings=settings)


@functools.lru_cache(maxsize=4096)
def _dateparser_value(text: str, anchor: str | None, tense: Tense) -> str | None:
    if not anchor and not re.search(r"\d{4}", text):
        return None  # without an anchor dateparser would fall back on today's date
    try:
        data = _date_parser(anchor, tense).get_date_data(text)
    except Exception:  # noqa: BLE001  (dateparser raises assorted errors on odd input)
        return None
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    if period == "year":
        return f"{data.date_obj.year:04d}"
    if period == "month":
        return data.date_obj.strftime("%Y-%m")
    return data.date_obj.date().isoformat()
