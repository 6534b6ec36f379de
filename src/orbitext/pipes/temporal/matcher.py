"""Find French DATE, TIME and DURATION expressions with regex pieces per unit.

Like edsnlp's ``dates`` pipe: each pattern family is one compiled regex whose named groups
carry the pieces (day, month, year, hour, number, unit...); a small validator per family
reads the context around a hit (is "mars" the month or the planet, is "2 heures" a clock
time or a length of time). Overlapping hits keep the longest one. Values are computed in
:mod:`.normalize`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ...fastmatch import first_char_guard
from .vocab import TemporalVocab, fold

_W = r"\w"


@dataclass(frozen=True)
class Candidate:
    """One temporal expression found in a text (char offsets, end exclusive)."""

    start: int
    end: int
    label: str  # DATE, TIME or DURATION
    kind: str  # which pattern family found it
    groups: tuple[tuple[str, str], ...]  # named groups that matched, as (name, text)

    def group(self, name: str) -> str | None:
        """Text of a named group, None when it did not take part in the match."""
        for key, value in self.groups:
            if key == name:
                return value
        return None


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of words (longest first), with accent-less and apostrophe variants."""
    forms: set[str] = set()
    for word in words:
        forms.update({word, fold(word)})
    parts = []
    for form in sorted(forms, key=lambda w: (-len(w), w)):
        piece = re.sub(r"['’]", "['’]", re.escape(form))
        piece = piece.replace(r"\ ", r"\s+").replace(r"\-", r"[\s-]?")
        parts.append(piece)
    return "(?:" + "|".join(_by_first_letter(parts)) + ")"


def _by_first_letter(parts: list[str]) -> list[str]:
    """Factor the alternatives by their first letter: ``dix|deux|trois`` -> ``d(?:ix|eux)|trois``.

    ``re`` tries every alternative at every position; factored, a position fails after one test
    per first letter. The same alternatives are tried in the same order wherever one can match
    (those with another first letter fail at once), so the matches are unchanged. Left as they
    are when two first letters are the same letter in another case (IGNORECASE would merge them).
    """
    groups: dict[str, list[str]] = {}
    for part in parts:
        head = part[:1]
        # Latin letters and digits only: their IGNORECASE classes are plain lower/upper pairs
        if not head.isalnum() or ord(head) >= 0x250 or head in _CASE_SPECIALS or head == "µ":
            return parts
        groups.setdefault(head, []).append(part[1:])
    if len({h.lower() for h in groups}) != len(groups):
        return parts
    return [
        head + ("(?:" + "|".join(rests) + ")" if len(rests) > 1 else rests[0])
        for head, rests in groups.items()
    ]


#: characters whose case-insensitive matching in ``re`` differs from ``str.lower`` equality
_CASE_SPECIALS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _has(*words: str) -> Callable[[str, str], bool]:
    """Literal pre-test: some of ``words`` (lower case) occurs in the lower-cased text."""

    def test(text: str, low: str) -> bool:
        for word in words:  # a plain loop: ``any`` over a generator costs more than the tests
            if word in low:
                return True
        return False

    return test


def _heads(forms: Iterable[str]) -> tuple[str, ...] | None:
    """The first word of each form as :func:`_alt` writes it (lower case, with and without
    accents): a text where none occurs cannot match the alternation. None: no usable word."""
    heads = set()
    for form in forms:
        for variant in (form, fold(form)):
            head = re.split(r"[\s-]", variant.lower(), maxsplit=1)[0]
            elided = re.match(r"[^'’]*['’]", head)
            if elided:
                # "l'armistice", "aujourd'hui": the elided word with either apostrophe, never a
                # bare "l" (every word starting with an l would be tried)
                head = elided.group()[:-1]
                heads.update({head + "'", head + "’"} if head else set())
            elif head:
                heads.add(head)
            if not head:
                return None
    return tuple(sorted(heads)) if heads else None


def _keywords(forms: Iterable[str]) -> tuple[str, ...] | None:
    """The longest letter run of each form, lower case, with and without accents: :func:`_alt`
    only varies the spaces, hyphens, apostrophes and accents between and in them, so a text
    holding none of these runs cannot match the alternation ("la saint-sylvestre" ->
    "sylvestre"). None when a form has no such run."""
    words: set[str] = set()
    for form in forms:
        pieces = [p for p in re.split(r"[\s'’-]+", form.lower()) if p]
        if not pieces:
            return None
        longest = max(pieces, key=len)
        words.update({longest, fold(longest)})
    return tuple(sorted(words))


#: the end of "deux ans plus tard", "trois jours auparavant", "quatre ans après,": without one,
#: no "later" expression (a number before it is far more common than the words themselves);
#: each pattern opens with a letter, so ``re`` skips to it in C instead of trying every position
_LATER_PLUS = re.compile(r"plus\s+t(?:ard|ôt|ot)")
_LATER_ADVERB = re.compile(r"a(?:près|pres|vant)\s*(?:[,;.:!?)]|$)")


#: "deux heures avant que ...", "trois heures après le décollage": an amount before a reference
_BEFORE_AFTER_REF = re.compile(
    r"\s+(?:avant|après|apres)\s+(?:que|qu['’]|le|la|l['’]|les|son|sa|ses|leur|leurs|d['’]|de)\b",
    re.IGNORECASE,
)


def _later_gate(text: str, low: str) -> bool:
    """Does ``low`` hold the end of a "later" expression ("plus tard", "auparavant", "après,")?"""
    return (
        "auparavant" in low
        or ("plus" in low and _LATER_PLUS.search(low) is not None)
        or _LATER_ADVERB.search(low) is not None
    )


#: families that cannot match without one of these words: skipped with one ``in`` test
_NEEDS: dict[str, Callable[[str, str], bool]] = {
    "quarter_hour": _has("quart"),
    "half": _has("demi"),
    "midi": _has("midi", "minuit"),
    # "fin de", "début du", "milieu de", "courant de", "cours de" (any spaces)
    "unit_part": _has("fin", "but", "milieu", "cour"),
    "month_mod": _has("fin", "début", "debut", "mi", "courant"),
    "range_day": lambda text, low: _RANGE_GATE.search(low) is not None,
    "ref_of": lambda text, low: ("lendemain" in low or "veille" in low) and (" du " in low or " de " in low),
    "later": _later_gate,
    "dm_num": lambda text, low: "/" in text,
    "ago": _has("dans", "y"),  # "dans", "il y a"
    "ref_part": _has("dans"),
    "part_mod": _has("en "),
    "year_end": lambda text, low: _SPAN_GATE.search(text) is not None,
    "decade": _has("années", "annees"),
    "same_unit": _has("même", "meme"),
    "ref_event": _has("lendemain", "veille"),
    "century": _has("siècle", "siecle"),
    "approx": _has("une"),
    "nth_weekday": _has(" de", " d'", " d’", " du"),
    "frac_hour": lambda text, low: "/" in text,
    "whole": _has("tout"),  # "toute la", "tout le" (any spaces)
    "colon": lambda text, low: ":" in text,
    "iso": lambda text, low: "-" in text,
}


#: "(1894-1966)": without one, no second year of a span
_SPAN_GATE = re.compile(r"\(\d{4}[-–]\d{4}\)")

#: "du 13 au 18": without it in the text, no end of a bare day range can be found
_RANGE_GATE = re.compile(r"du\s+[0-3]?\d(?:er)?\s+au\s+[0-3]?\d")

#: "3 h 30 de vol", "2 h 40 de retard": what an amount of time is of
_LAPSE_OF = re.compile(
    r"(?i)\s*(?:de|d['’])\s*(?:vol|retard|marche|route|trajet|voyage|travail|sortie|attente|avance"
    r"|autonomie|décalage|decalage|navigation|plongée|plongee|course)(?!\w)"
)

#: a noun after "une seconde" ("une seconde fois", "une seconde ligne"): the ordinal adjective
_ORDINAL_SECOND = re.compile(
    r"\s+(?!(?:de|plus|après|apres|avant|et|à|a|pour|par|ou|sur|seulement|environ)(?!\w)|d['’])[a-zà-ÿ]"
)

#: "il était (un peu plus de)", "il est presque": what tells the clock time (folded text)
_TELLING_TIME = re.compile(
    r"\bil\s+(?:est|etait|sera)\s+(?:(?:un|peu|presque|deja|exactement|environ|pres|plus|moins|de|a|peine"
    r"|tout|juste|alors|precisement)\s+)*$"
)

#: the words :meth:`TemporalGrammar._before` reads (compiled once: validators call it per hit)
_WORDS = re.compile(r"[\w']+")

#: a decimal digit other than 0-9 (``\d`` and ``str.isdecimal`` both take Unicode category Nd)
_TOUT_BEFORE = re.compile(r"(?i)(?<!\w)tout\s+\Z")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # one class test per character

#: families of ``TemporalGrammar._starts`` whose words include digits
_DIGIT_KINDS = frozenset(
    {
        "clock",
        "duration",
        "day_month",
        "iso",
        "dmy_num",
        "colon",
        "range_start",
        "range_day",
        "range_dash",
        "later",
        "half",
        "dm_num",
        "frac_hour",
        # their "le" heads are followed by an ASCII digit (see TemporalGrammar._starts)
        "day_only",
        "nth_weekday",
    }
)


def _lead_runs(forms: Iterable[str]) -> tuple[str, ...] | None:
    """Every word (a maximal ``\\w`` run, lower case, with and without accents) a match of
    the alternation :func:`_alt` builds from ``forms`` can begin with: the first word of each
    form, glued to the next ones where :func:`_alt` makes a hyphen optional ("avant-hier" ->
    "avant", "avanthier"). None when a form opens with no word."""
    runs: set[str] = set()
    for form in forms:
        for variant in {form.lower(), fold(form)}:
            pieces = re.split(r"(\s+|-|['’])", variant)
            if not pieces[0]:
                return None
            run = pieces[0]
            runs.add(run)
            for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
                if sep != "-" or not piece:
                    break
                run += piece
                runs.add(run)
    return tuple(sorted(runs)) if runs else None


def _lead_heads(forms: Iterable[str]) -> tuple[str, ...] | None:
    """:func:`_lead_runs`, but where spaces or an apostrophe follow the first word of a form, that
    word with the beginning of the next one: "la veille" -> "la veille" (the word "la", spaces,
    then "veille"), "l'avant-veille" -> "l'avant". A determiner alone is in every text; with the
    next word, it starts far fewer matches to try (see :meth:`_RunIndex.starts`)."""
    heads: set[str] = set()
    for form in forms:
        for variant in {form.lower(), fold(form)}:
            pieces = re.split(r"(\s+|-|['’])", variant)
            if len(pieces) > 2 and pieces[1] != "-" and pieces[2] and re.fullmatch(r"\w+", pieces[0]):
                heads.add(pieces[0] + (" " if pieces[1].isspace() else "'") + pieces[2])
            elif (runs := _lead_runs([variant])) is not None:
                heads.update(runs)
            else:
                return None
    return tuple(sorted(heads)) if heads else None


#: (first word, separator, beginnings of the next word) of two-word heads
_Follows = tuple[tuple[str, str, tuple[str, ...]], ...]


def _follows(heads: tuple[str, ...]) -> _Follows:
    """The two-word heads of :func:`_lead_heads` as (first word, separator, beginnings of the
    next word), one entry per first word and separator."""
    found: dict[tuple[str, str], set[str]] = {}
    for head in heads:
        split = re.fullmatch(r"(\w+)([ '])(.+)", head)
        if split is not None:
            found.setdefault((split[1], split[2]), set()).add(split[3])
    return tuple((first, sep, tuple(sorted(nexts))) for (first, sep), nexts in sorted(found.items()))


#: the spaces between two words (``\s+`` in :func:`_alt`)
_SPACES = re.compile(r"\s+")


def _index_regex(keep: frozenset[str]) -> re.Pattern[str]:
    """One regex finding, in a lower-case text, the whole words (maximal ``\\w`` runs) that are
    in ``keep`` or begin with an ASCII digit: ``re`` skips the other words in C, where a Python
    loop over every ``\\w+`` run cost more than the searches the index serves."""
    words = sorted((w for w in keep if re.fullmatch(r"\w+", w)), key=lambda w: (-len(w), w))
    alternation = "|".join(_by_first_letter([re.escape(w) for w in words]))
    # every alternative begins and ends with a word character: ``\\b`` is the word-start
    # look-behind and the word-end look-ahead there, and cheaper
    return re.compile(rf"\b(?:[0-9]\w*|(?:{alternation})\b)" if words else r"\b[0-9]\w*")


class _RunIndex:
    """The words of one text (its lower case), indexed once: where each begins."""

    __slots__ = ("by_digit", "digits", "low", "nexts", "runs", "words")

    def __init__(self, low: str, keep: re.Pattern[str]) -> None:
        """``keep``: :func:`_index_regex` of the words worth indexing (and every word beginning
        with a digit)."""
        self.low = low
        runs: dict[str, list[int]] = {}
        for match in keep.finditer(low):
            word = match.group()
            known = runs.get(word)
            if known is None:
                runs[word] = [match.start()]
            else:
                known.append(match.start())
        self.runs = runs
        # "1", "2": where a word begins with that ASCII digit ("2021", "12h30")
        self.by_digit: dict[str, list[int]] = {}
        for word, positions in runs.items():
            if "0" <= word[0] <= "9":
                self.by_digit.setdefault(word[0], []).extend(positions)
        # the key sets, made once: starts() intersects them with a head list per family
        self.words = frozenset(runs)
        self.digits = frozenset(self.by_digit)
        # (first word, separator) of two-word heads -> where that word stands followed by the
        # separator, with where the next word begins: several head lists share a first word
        # ("la veille", "la nuit"), each read once per text
        self.nexts: dict[tuple[str, str], list[tuple[int, int]]] = {}

    def has(self, words: tuple[str, ...]) -> bool:
        """Is one of ``words`` a whole word of the text?"""
        return not self.words.isdisjoint(words)

    def starts(
        self,
        heads: tuple[str, ...],
        anywhere: tuple[str, ...] = (),
        head_set: frozenset[str] | None = None,
        follows: _Follows | None = None,
    ) -> list[int]:
        """Sorted positions where a word of the text is one of ``heads`` (a digit head: a word
        beginning with that digit; a two-word head of :func:`_lead_heads`: that word, then spaces
        or one apostrophe, then text beginning with the rest), or where one of ``anywhere``
        occurs, even inside a word. ``head_set`` and ``follows``: ``frozenset(heads)`` and
        ``_follows(heads)`` when the caller keeps them."""
        found: set[int] = set()
        head_set = frozenset(heads) if head_set is None else head_set
        # set intersections (in C): a text has a few dozen indexed words, a head list up to a
        # few hundred (two-word heads hold a space or an apostrophe: never a word of the text)
        runs, by_digit = self.runs, self.by_digit
        for word in self.words & head_set:
            found.update(runs[word])
        for digit in self.digits & head_set:
            found.update(by_digit[digit])
        low = self.low
        for first, sep, nexts in _follows(heads) if follows is None else follows:
            places = self.nexts.get((first, sep))
            if places is None:
                places = self.nexts[(first, sep)] = self._next_words(first, sep)
            for pos, at in places:
                if low.startswith(nexts, at):
                    found.add(pos)
        for word in anywhere:
            pos = low.find(word)
            while pos >= 0:
                found.add(pos)
                pos = low.find(word, pos + 1)
        return sorted(found)

    def _next_words(self, first: str, sep: str) -> list[tuple[int, int]]:
        """(position of ``first``, where the next word begins) wherever the word ``first`` is
        followed by ``sep``: spaces (``" "``) or one apostrophe (``"'"``, straight or curly)."""
        low, size = self.low, len(first)
        out: list[tuple[int, int]] = []
        for pos in self.runs.get(first, ()):
            after = pos + size
            if sep == "'":
                if low[after : after + 1] in ("'", "’"):
                    out.append((pos, after + 1))
            else:
                spaces = _SPACES.match(low, after)
                if spaces is not None:
                    out.append((pos, spaces.end()))
        return out


def _det_starts(low: str, words: tuple[str, ...], dets: tuple[str, ...], pre: tuple[str, ...]) -> list[int]:
    """Sorted positions where a family written "determiner, spaces or none, word" can begin:
    each occurrence of one of ``words`` in ``low`` (a lower-case text) whose preceding
    non-space characters end with one of ``dets`` gives the determiner's position, and, after
    an elided "l'", the position of one of ``pre`` before it ("à l'été")."""
    found: set[int] = set()
    lasts = {det[-1] for det in dets}  # "an" is in "dans", "grand": most hits end here
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            end = pos
            while end and low[end - 1].isspace():
                end -= 1
            for det in dets if end and low[end - 1] in lasts else ():
                if low.endswith(det, 0, end):
                    start = end - len(det)
                    found.add(start)
                    if pre and det[-1] in "'’":
                        before = start
                        while before and low[before - 1].isspace():
                            before -= 1
                        if before < start:
                            found.update(before - len(p) for p in pre if low.endswith(p, 0, before))
            pos = low.find(word, pos + 1)
    return sorted(found)


@functools.lru_cache(maxsize=256)
def _phrases_before(text: str, start: int) -> frozenset[str]:
    """The last one to four folded words before ``start``, each run of them joined by spaces
    ("de", "pres de", "un peu pres de"...): the cue phrases a hit may follow, one set test."""
    before = _words_before(text, start)[-4:]
    return frozenset(" ".join(before[i:]) for i in range(len(before)))


@functools.lru_cache(maxsize=256)
def _words_before(text: str, start: int) -> tuple[str, ...]:
    """The folded words of the 40 characters before ``start``: validators read them for one hit
    several times (``text`` hashes once: a string keeps its hash)."""
    return tuple(_WORDS.findall(fold(text[max(0, start - 40) : start])))


def _match_from(regex: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """What ``regex.finditer(text)`` yields when no match can start outside ``positions``."""
    end = 0
    for pos in positions:
        if pos < end:
            continue
        match = regex.match(text, pos)  # look-behinds still see the text before pos
        if match is not None:
            yield match
            end = match.end()


class TemporalGrammar:
    """The compiled pattern families for one vocabulary; build once, reuse for every text."""

    def __reduce__(self) -> tuple[type[TemporalGrammar], tuple[TemporalVocab]]:
        """Pickle as the vocabulary alone: the literal pre-tests are lambdas, rebuilt on load."""
        return (TemporalGrammar, (self.vocab,))

    # families in tie-break order for hits of equal length (earlier wins)
    def __init__(self, vocab: TemporalVocab) -> None:
        self.vocab = vocab
        months = vocab.months
        full = [
            m for m in months if not any(fold(o) != fold(m) and fold(o).startswith(fold(m)) for o in months)
        ]
        abbr = [m for m in months if m not in full]
        month_full = _alt(full) + r"(?!\w)"
        month_any = r"(?:" + _alt(full) + r"(?!\w)|" + _alt(abbr) + r"(?:\.|(?!\w)))"
        wd = _alt(vocab.weekdays) + r"(?!\w)"
        numw = r"(?<!\w)" + _alt(vocab.numbers) + r"(?!\w)"
        numseq = rf"{numw}(?:(?:\s*-\s*|\s+et\s+|-et-|\s+){numw})*"
        num = rf"(?:\d+(?:[.,]\d+)?|{numseq})"
        long_units = [u for u in vocab.units if u not in ("h", "s")]
        unit = rf"(?:{_alt(long_units)}(?!\w)|h(?![a-zà-ÿ]))"
        date_units = _alt(
            [u for u, code in vocab.units.items() if code not in ("S",) and u not in ("h", "min", "mn")]
        )
        # "ce soir", "cet après-midi": a family of their own, run only when the text has one
        this_parts = [d for d in vocab.relative_days if re.match(r"(?i)c(?:e|et|ette)\s", d)]
        reldays = _alt([d for d in vocab.relative_days if d not in this_parts])
        dayparts = _alt(vocab.day_parts)
        tz = _alt(vocab.timezones) + r"(?!\w)"
        rel = r"(?:dernière|dernier|prochaine|prochain|passée|passé|suivante|suivant|précédente|précédent)"
        day = r"(?:[0-3]?\d(?:er|re|ère)?|premier)"
        # a two-digit year ("31 octobre 74", "novembre 98") only where punctuation or the end follows
        yy = r"\d{2}(?=\s*(?:[.;:!?)]|,(?!\d))|\s*$)"
        frac = (
            r"(?:et\s+quart|et\s+demie?|moins\s+le\s+quart|(?:et\s+)?trois\s+quarts?"
            rf"|moins\s+(?P<mm>\d{{1,2}}|{numseq}))"
        )
        ordinal = rf"(?:\d{{1,2}}(?:er|re|ère|e|ème|eme|ième|ieme)(?!\w)|{_alt(vocab.ordinals)}(?!\w))"
        ago_units = rf"(?:{date_units}|min|mn|h(?![a-zà-ÿ]))"
        sep = r"(?:\s*,\s*|\s+et\s+|\s+)"  # between the parts of "1 an, 9 mois et 1 semaine"

        self.families: list[tuple[str, str, re.Pattern[str]]] = []

        def add(kind: str, label: str, pattern: str, flags: int = re.IGNORECASE) -> None:
            # the guard lets ``re`` reject most positions on one class test; same matches
            self.families.append((kind, label, re.compile(first_char_guard(pattern, flags) + pattern, flags)))

        # -- DATE --------------------------------------------------------------------------
        add("iso", "DATE", r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/-])")
        add(
            "dmy_num",
            "DATE",
            r"(?:(?<!\w)le\s+)?(?<![\w/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)"
            r"(?P<y>\d{4}|\d{2})(?![\w/-]|[.,]\d)",
        )
        add(
            "dm_num",
            "DATE",
            r"(?:(?<!\w)(?P<le>le)\s+)?(?<![\w/.,-])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w/]|[.,]\d)",
        )
        add(
            "nth_weekday",
            "DATE",
            rf"(?<!\w)le\s+(?P<ord>{ordinal})\s+"
            rf"(?P<wd>{wd}|jour)\s+(?:du\s+mois(?:\s+(?P<rel>prochain|dernier|passé))?|(?:de\s+|d['’])"
            rf"(?P<month>{month_full})(?:\s+(?P<y>\d{{4}}))?)",
        )
        add(
            "day_month",
            "DATE",
            # "la nuit du 19 au 20 février": the night ends on the second day, which names it
            rf"(?:(?<!\w)(?:la\s+)?nuit\s+du\s+[0-3]?\d\s+au\s+)?"
            rf"(?:(?<!\w)(?P<det>le|ce|cet)\s+)?(?:(?P<wd>{wd}),?\s+)?(?<![\w,.])"
            rf"(?P<d>{day}|{numseq})\s+(?P<month>{month_any})(?:\s+(?P<y>\d{{4}}|{yy})|\s+(?P<rel>{rel}))?"
            r"(?![\w]|[.,]\d)",
        )
        # "13-15 juillet", "14 - 20 sept. 2014": the first day takes the month that follows
        add(
            "range_dash",
            "DATE",
            rf"(?<![\w/.,:-])(?P<d>[0-3]?\d)(?=\s*[-–]\s*[0-3]?\d\s+(?P<month>{month_any})(?:\s+(?P<y>\d{{4}}))?)",
        )
        # before weekday_day: "du samedi 13 au lundi 15 juillet" takes the month that follows;
        # matched from "du"/"les"/"le", the expression itself is the "span" group
        add(
            "range_start",
            "DATE",
            rf"(?<!\w)(?:(?:du|les)\s+|(?=le\s))(?P<span>(?:le\s+)?(?:(?P<wd>{wd})\s+)?"
            rf"(?P<d>[0-3]?\d(?:er)?|premier|{numseq}))"
            rf"(?=\s*(?:(?:au|et\s+le|et)\s+|[-–]\s*)(?:{wd}\s+)?(?:[0-3]?\d(?:er|e)?|{numseq})"
            rf"\s+(?P<month>{month_any})(?:\s+(?P<y>\d{{4}}))?)",
        )
        add(
            "weekday_day",
            "DATE",
            rf"(?:(?<!\w)(?P<det>le|ce)\s+)?(?<!\w)(?P<wd>{wd})\s+(?P<d>[0-3]?\d(?:er)?|premier)"
            r"(?!\w|\s*(?:[:h/.,]\s*\d|%|°))"
            # "a mis en orbite mardi 23 satellites": a count of things, not the 23rd
            r"(?!\s+(?!(?:dans|vers|après|apres|dès|des|lors|puis|mais|sans|sous|alors|plus|moins)\b)"
            r"[a-zà-ÿ]+[sx]\b)",
        )
        add(
            "holiday",
            "DATE",
            rf"(?<!\w)(?P<hol>{_alt(vocab.holidays)})(?:\s+(?P<y>\d{{4}}))?(?!\w)",
        )
        # "fin avril", "début mai 2025", "mi-juin", "courant mars": the month is all they say
        add(
            "month_mod",
            "DATE",
            rf"(?<!\w)(?P<mod>fin|début|debut|mi|courant)(?:\s+|\s*-\s*)(?:(?P<month>{month_any})"
            rf"(?:\s+(?P<y>\d{{4}}))?|(?P<yo>(?:19|20)\d{{2}}))(?!\w|[.,]\d)",
        )
        # "au printemps 2026", "à l'automne", "l'été dernier", "cet hiver": a year at most;
        # a determiner is required ("a été" is a verb)
        if vocab.seasons:
            add(
                "season",
                "DATE",
                rf"(?<!\w)(?P<det>au|à\s+l['’]|a\s+l['’]|en|cet|ce|le|l['’])\s*(?P<season>{_alt(vocab.seasons)})"
                # "l'hiver 2012-2013": the winter begins in the first year
                rf"(?:\s+(?:de\s+)?(?P<y>\d{{4}}|{yy})(?:[-/]\d{{2,4}})?"
                rf"|\s+(?P<rel>{rel}))?(?![\w-])",
            )
        # "mars 2021", "Sept. 2017", "novembre 98", and the month first as scraped pages write it:
        # "décembre 5 2014", "fév 15, 2013" (a day there needs a four-digit year)
        add(
            "month_year",
            "DATE",
            rf"(?<!\w)(?P<month>{month_any})\s+(?:(?P<d>[0-3]?\d)(?:er)?,?\s+(?=\d{{4}}))?(?P<y>\d{{4}}|{yy})"
            r"(?!\w|[.,]\d)",
        )
        # "le lendemain du 13 février", "la veille du 5 mai 2020": counted from the date it names
        add(
            "ref_of",
            "DATE",
            rf"(?<![\w-])(?P<ref>{_alt(vocab.reference_days)})\s+(?:du|de)\s+(?:(?P<wd>{wd})\s+)?"
            rf"(?P<d>{day})\s+(?P<month>{month_any})(?:\s+(?P<y>\d{{4}}))?(?!\w|[.,]\d)",
        )
        # "en fin d'année", "à la fin du mois", "au début de l'année prochaine": the year or month
        add(
            "unit_part",
            "DATE",
            # "dans le courant de l'année", "au cours du mois prochain": the unit itself
            r"(?<!\w)(?P<part>fin|début|debut|milieu|courant|cours)\s+"
            r"(?:d['’]|de\s+l['’]|du|de\s+la|de)\s*(?P<unit>année|annee|an|mois)"
            rf"(?:\s+(?P<rel>{rel})|\s+(?P<y>(?:19|20)\d{{2}})(?!\w|[.,]\d))?(?![\w-])"
            rf"(?!\s+(?:de|d['’])\s*{month_any})",
        )
        add(
            "month_rel",
            "DATE",
            rf"(?<!\w)(?P<month>{month_full})\s+(?:(?P<yr>de\s+l['’](?:année|annee|an))\s+)?(?P<rel>{rel})(?!\w)",
        )
        add("month", "DATE", rf"(?<!\w)(?P<month>{month_full})")
        add("year", "DATE", r"(?<![\w.,'’-])(?P<y>(?:1[5-9]|20)\d{2})(?!\w|[.,]\d|\s*(?:%|°))")
        # "les années 1990", "années 80": the decade, written as its first year
        decade_words = _alt(vocab.decade_words) if vocab.decade_words else r"(?!)"
        add(
            "decade",
            "DATE",
            rf"(?<!\w)(?:les\s+)?ann[ée]es\s+(?:(?P<y>(?:19|20)\d0|[2-9]0)|(?P<yw>{decade_words}))(?![\w-])",
        )
        # "au XXe siècle", "le 19e siècle": the century
        add(
            "century",
            "DATE",
            r"(?<![\w-])(?P<c>[XVI]{1,5}|\d{1,2})(?:e|è|ème|eme|ième)\s+si[èe]cle(?![\w-])",
            0,
        )
        add("year_end", "DATE", r"(?:(?<=\(\d{4}-)|(?<=\(\d{4}–))(?P<y>(?:1[5-9]|20)\d{2})(?=\))")
        add(
            "relday",
            "DATE",
            rf"(?<![\w-])(?P<rd>{reldays})(?:\s+(?P<part>matin|soir|midi|après[\s-]midi))?(?![\w-])",
        )
        if this_parts:
            add("this_part", "DATE", rf"(?<![\w-])(?P<rd>{_alt(this_parts)})(?![\w-])")
        add(
            "ago",
            "DATE",
            # "d'ici six mois" is a time limit, read as the DURATION "six mois" (not a date)
            # "dans environ un mois", "dans un peu plus d'un mois": a lapse (see the component)
            rf"(?<!\w)(?P<dir>il\s*y\s*a|dans)\s+(?P<about>(?:un\s+peu\s+)?(?:plus|moins|près)\s+d['e]\s*"
            r"|environ\s+)?"
            # "il y a une trentaine d'années": the round number counts
            rf"(?:(?P<n>{num})\s+|une\s+(?P<approx>{_alt(vocab.approximate_numbers)})\s+d(?:e\s+|['’]))"
            rf"(?:(?P<demi>demi)-)?(?P<unit>{ago_units})(?!\w)(?:\s+(?P<half>et\s+demie?)(?!\w)"
            # "il y a un an et deux mois": counted to the month
            rf"|(?:\s*,\s*|\s+et\s+)(?P<n2>\d+|{numseq})\s+(?P<unit2>{date_units})(?!\w))?"
            r"(?:,?\s+(?P<exact>jour\s+pour\s+jour)(?!\w))?",
        )
        # counted from the previous date or time of the paragraph, resolved by the component
        add(
            "ref_day",
            "DATE",
            # "le même jour que le lancement", "la veille de son départ": another day, unnamed
            # ("ce jour-là que l'URSS ...": a "-là" day is told, whatever complement follows)
            rf"(?<![\w-])(?P<ref>{_alt(vocab.reference_days)})(?![\w-])"
            r"(?:(?<=-là)|(?<=-la)|(?!\s+(?:(?:de|du|des|que)(?!\w)|d['’]|qu['’])\s*\w))",
        )
        # "au lendemain d'un report", "la veille de son départ": the day after / before an event
        # the sentence dates elsewhere (resolved by the component; nothing without that date)
        add(
            "ref_event",
            "DATE",
            r"(?<![\w-])(?P<ref>(?:au|le)\s+lendemain|la\s+veille)(?=\s+(?:(?:de|du|des)\s+|d['’])\s*\w)",
        )
        if vocab.reference_day_parts:
            # "dans la soirée", "dans l'après-midi": that part of the day the text is at; not
            # "dans la nuit de lundi à mardi" (the days say it) nor "dans la journée de travail"
            add(
                "ref_part",
                "DATE",
                rf"(?<=\bdans\s)(?P<span>{_alt(vocab.reference_day_parts)})(?![\w-])"
                # but "tentaient dans la soirée de comprendre": an infinitive after "de"
                r"(?!\s+(?:(?:de|du|des)(?!\w)|d['’])\s*(?![a-zà-ÿ]+(?:er|ir|oir|(?<!u)re)(?!\w))\w)",
            )
            # "en fin de journée", "en début d'après-midi": the same day, a part of it
            add(
                "part_mod",
                "DATE",
                r"(?<=\ben\s)(?P<span>(?:début|debut|fin|milieu)\s+(?:de\s+|d['’])"
                r"(?:matinée|matinee|journée|journee|soirée|soiree|après-midi|apres-midi))(?![\w-])",
            )
        add(
            "later",
            "DATE",
            # "deux ans après," / "trois jours auparavant": an adverb only where the clause ends
            # ("deux ans après son lancement" counts from an event, not from a date)
            rf"(?<![\w,.])(?P<amount>(?P<n>\d+|{numseq})\s+(?P<unit>{date_units}|minutes?|min))\s+"
            r"(?P<dir>plus\s+(?:tard|tôt|tot)(?!\w)|auparavant(?!\w)"
            r"|(?:après|apres|avant)(?=\s*(?:[,;.:!?)]|$)))",
        )
        add(
            "rel_unit",
            "DATE",
            rf"(?<!\w)(?P<det>la|le|l['’]|cette|ce|cet)\s*(?P<unit>semaine|mois|année|an|week[\s-]?end)"
            # "cette année-là", "l'année d'après": counted from the story (see the component)
            rf"(?:(?P<ci>-ci)|(?P<la>-là|-la))?(?:\s+(?P<rel>{rel}|d['’]après|d['’]apres|d['’]avant))?(?![\w-])",
        )
        # "la même année", "le même mois": the unit of the date the story is at (the component)
        add(
            "same_unit",
            "DATE",
            r"(?<!\w)(?:la|le|cette|ce)\s+m[êe]me\s+(?P<unit>année|annee|mois)(?![\w-])",
        )
        add(
            "weekday",
            "DATE",
            # "la nuit de dimanche à lundi": the night ends on the second day, which names it
            rf"(?:(?<!\w)(?:la\s+)?nuit\s+d[eu]\s+(?:{wd})\s+(?:à|au)\s+|(?<!\w)(?P<det>ce|le)\s+)?"
            rf"(?<!\w)(?P<wd>{wd})(?:\s+(?P<rel>{rel}|d['’]après)"
            rf"|\s+(?:de\s+)?la\s+semaine\s+(?P<wrel>{rel})"
            r"|\s+en\s+(?P<en>huit|8|quinze|15)(?![\w-])(?!\s*(?:h|min|heures?|jours?)(?!\w)))?"
            r"(?:\s+(?P<part>matin|soir|après-midi))?(?![\w-])",
        )
        add("day_only", "DATE", r"(?<!\w)le\s+(?P<d>[0-3]?\d|1er|premier)(?!\w)")
        add("range_day", "DATE", r"(?:(?<=\bdu\s)|(?<=\bau\s))(?P<d>[0-3]?\d|1er)(?!\w|[/:,.]\d)")
        # -- TIME --------------------------------------------------------------------------
        add(
            "clock",
            "TIME",
            # (not the "1H" of a designation, "IRNSS-1H")
            rf"(?<![\w:.,])(?<![A-Za-z]-)(?P<h>\d{{1,2}}|{numseq})\s*(?P<hu>h(?![a-zà-ÿ])|heures?(?!\w))"
            rf"(?:\s*(?P<m>[0-5]\d)(?![\w:])(?:\s*(?:min|mn)(?!\w))?|\s+(?P<frac>{frac})"
            rf"|(?:\s+et)?\s+(?P<mu>\d{{1,2}}|{numseq})\s*(?:minutes?|min|mn)(?!\w)"
            rf"|\s+(?P<mw>{numseq})(?!\s*{unit}))?"
            # a day part or a zone on the same line ("09h05\n\nCe matin-là" is two paragraphs)
            rf"(?:[^\S\n]+(?P<part>{dayparts}))?(?:[^\S\n]+(?P<tz>{tz}))?",
        )
        add(
            "colon",
            "TIME",
            r"(?<![\w:.,/-])(?P<h>[01]?\d|2[0-3])\s?:\s?(?P<m>[0-5]\d)(?![\w:]|[.,]\d)(?:\s*(?P<tz>GMT|UTC))?",
        )
        add(
            "midi",
            "TIME",
            rf"(?<![\w'’-])(?P<base>midi|minuit)(?:\s+(?P<frac>{frac})|\s+(?P<mw>\d{{1,2}}|{numseq})"
            rf"(?:\s*(?:minutes?|min)(?!\w))?)?(?![\w-])",
        )
        # -- DURATION ----------------------------------------------------------------------
        add(
            "half",
            "DURATION",
            r"(?<!\w)(?:(?P<n>une?|\d+)\s+)?demie?-(?P<unit>heure|journée|siècle|mois|année|an|semaine|"
            r"minute|seconde)(?!\w)",
        )
        add(
            "approx",
            "DURATION",
            rf"(?<!\w)une\s+(?P<approx>{_alt(vocab.approximate_numbers)})\s+d(?:e\s+|['’])(?P<unit>{unit})",
        )
        add(
            "quarter_hour",
            "DURATION",
            r"(?<!\w)(?P<n>un|trois|1|3)\s+quarts?\s+(?:d['’]heure|de\s+(?P<cen>siècle|siecle))(?!\w)",
        )
        add(
            "frac_hour",
            "DURATION",
            r"(?<![\w/])(?P<fr>1/2|1/4|3/4)\s*(?:d['’])?(?:h(?![a-zà-ÿ])|heures?(?!\w))",
        )
        add(
            "whole",
            "DURATION",
            r"(?<!\w)toute?\s+(?:la|le|l['’])\s*(?P<unit>semaine|journée|journee|année|annee|mois)(?![\w-])",
        )
        add(
            "duration",
            "DURATION",
            # "1.000 jours", "1 000 jours": thousands grouped by a dot or a space
            rf"(?<![\w,./])(?P<n>\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})+(?![.,]?\d)|\d+(?:[.,]\d+)?|{numseq})"
            r"(?:\s+(?:derni[eè]re?s|prochaine?s|premi[eè]re?s|bonne?s|longue?s|petite?s|pleine?s))?"
            # a second or third part may end in "s" ("3 min 30 s"), never the first ("3 s")
            rf"\s*(?P<unit>{unit})(?:\s+(?P<half>et\s+demie?)(?!\w)|{sep}(?P<n2>\d+|{numseq})\s*(?P<unit2>{unit}|s(?!\w))"
            rf"(?:{sep}(?P<n3>\d+|{numseq})\s*(?P<unit3>{unit}|s(?!\w)))?"
            rf"|(?<=h)\s*(?P<hm>[0-5]\d)(?!\w))?",
        )

        # "dans l'ascension": a feast's common noun written in lowercase
        lowered = [w.lower() for w in vocab.capitalised_holidays]
        self._lowercase_feast = re.compile(rf"(?<![\w-])(?:{_alt(lowered)})(?!\w)") if lowered else None
        self._validators: dict[str, Callable[[str, re.Match[str]], bool]] = {
            "dm_num": self._ok_dm_num,
            "range_start": self._ok_range_start,
            "range_dash": self._ok_range_start,
            "range_day": self._ok_range_day,
            "month": self._ok_month,
            "month_year": self._ok_month_year,
            "month_rel": self._ok_month_case,
            "month_mod": self._ok_month_mod,
            "day_month": self._ok_day_month,
            "year": self._ok_year,
            "day_only": self._ok_day_only,
            "rel_unit": self._ok_rel_unit,
            "clock": self._ok_clock,
            "midi": self._ok_midi,
            "duration": self._ok_duration,
            "weekday": self._ok_weekday,
            "this_part": self._ok_this_part,
            "ref_day": self._ok_ref_day,
            "holiday": self._ok_holiday,
        }
        # a bare "16 heures" is a clock time next to a day ("mardi, 21 heures", "21 heures, ce
        # mardi"), or when it says where the clock is ("16 heures à Kourou")
        day_cue = rf"(?:{wd}|{month_any}|\d{{4}}|{reldays}|matin|soir|midi|nuit)"
        self._clock_left = re.compile(rf"{day_cue}\s*,?\s*(?:à\s+|vers\s+)?$", re.IGNORECASE)
        self._clock_right = re.compile(
            rf"^\s*(?:,\s*)?(?:(?:ce|le|du|ce\s+\w+\s+)\s*)?(?:{wd}|[0-3]?\d(?:er)?\s+{month_any})",
            re.IGNORECASE,
        )
        self._clock_place = re.compile(r"^\s+(?:à|au|en)\s+[A-ZÉ]\w")  # case matters: a place name
        # a bare "17/02" after a preposition or a weekday, or before a clock time
        self._dm_left = re.compile(
            rf"(?:\b(?:au|du|dès|des|depuis|avant|après|apres|jusqu['’]au)|{wd}),?\s*$", re.IGNORECASE
        )
        self._month_first = re.compile(rf",?\s+{month_any}\s+[0-3]?\d(?:er)?,?\s+\d{{4}}", re.IGNORECASE)
        self._dm_right = re.compile(r"\s*,?\s*(?:à|a|vers)\s+\d", re.IGNORECASE)
        self._span_end = re.compile(r"\s*[-–]\s*\d{4}\)")
        self._year_after = re.compile(
            r"\s*(?:[.,;:!?)»]|$|\s(?:pour|à|a|au|aux|et|ou|le|la|les|l['’]|de|du|des|d['’]|dans|sur|avec|par"
            r"|puis|mais|qui|que|qu['’]|où|est|sera|serait|était|devrait|doit|selon|contre|comme|lors)\b)"
        )
        # a name, a number, a count's determiner, a label or a line start before the number:
        # not a year
        self._year_before = re.compile(
            r"(?:[A-ZÀ-Ý][\w-]*|\d|\b(?:les|des|ces|ses|leurs|nos|vos|plus|moins|environ|quelque|"
            r"près|sur|n°|no|numéro|article|chapitre|page|vol|route|code|modèle)|[%°])\s*$|(?:^|\n)\s*$"
        )
        # a wire dateline: "BRUXELLES 12/08 (BELGA) =", "PARIS, 27/05 (AFP) -" (case matters)
        self._dateline = re.compile(r"(?:^|\n|\s)[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,},?\s*$")
        self._agency = re.compile(r"\s*\([A-ZÀ-Ý][\w-]*\)")
        self._time_preps = {fold(p) for p in vocab.time_prepositions}
        self._dur_preps = {fold(p) for p in vocab.duration_prepositions}
        # the cue sets the validators test each hit against, built once
        self._dur_cues = frozenset(self._dur_preps - {"depuis", "apres"})
        self._clock_cues = frozenset(self._time_preps | {"depuis", "a partir de"})
        self._year_preps = {fold(p) for p in vocab.year_prepositions}
        self._ambiguous = {fold(m) for m in vocab.ambiguous_months}
        # families that need a word of a vocabulary list: skipped when the text has none
        self._needs = dict(_NEEDS)
        months = _lead_runs(vocab.months)
        number_words = _lead_runs(vocab.numbers)
        digits = tuple("0123456789")
        numbers = digits + number_words if number_words else None
        weekdays = _lead_runs(vocab.weekdays)
        # "le" with the next word's beginning: a family led by "le" is tried only where its next
        # word follows (the first word read once per text, see _RunIndex.nexts)
        le_digit = tuple(f"le {d}" for d in digits)
        ordinals = _lead_runs(vocab.ordinals)
        # "du 13 au 18", "les 4 et 5", "le mardi 3 et le mercredi 4 juin"
        range_next = ("le", "premier", *digits, *number_words, *weekdays) if numbers and weekdays else None
        relday_heads = _lead_heads([d for d in vocab.relative_days if d not in this_parts])
        word_lists = {
            # their determiners ("la", "le") are in every text: the names' own words are not
            "holiday": _keywords(vocab.holidays),
            "ref_day": _keywords(vocab.reference_days),
            "relday": _heads([d for d in vocab.relative_days if d not in this_parts]),
            "weekday": _heads(vocab.weekdays),
            "weekday_day": _heads(vocab.weekdays),
        }
        # a month name is a whole word wherever these families take it: asked of the word index
        self._needs_words: dict[str, tuple[str, ...]] = (
            dict.fromkeys(("day_month", "range_start", "month_year", "month_rel", "month"), months)
            if months
            else {}
        )
        # families whose every match begins at a word start with one of these whole words (their
        # pattern opens with a word-start look-behind and a word followed by a space or no word
        # character; a digit stands for any word it begins): matched only from those positions
        # instead of scanning the whole text
        self._starts: dict[str, tuple[str, ...]] = {
            kind: heads
            for kind, heads in {
                "month_year": months,
                "month_rel": months,
                "month": months,
                "relday": relday_heads,
                "month_mod": ("courant", "debut", "début", "fin", "mi"),
                "ago": ("dans", "il", "ily", "ilya"),  # "il y a", "ilya", "il ya"
                # ``\d`` also takes other scripts' digits: find() falls back when a text has one
                "clock": numbers,
                "duration": numbers,
                # a day (digits, "premier", number words) or a weekday, alone or after a
                # determiner (tried only where one of them follows it); a weekday has no
                # word-start look-behind: weekdays count anywhere (see ``_anywhere``); "la" only
                # before "nuit" ("la nuit du 19 au 20 février")
                "day_month": (
                    *(f"{det} {w}" for det in ("ce", "cet", "le") for w in ("premier", *numbers, *weekdays)),
                    *("la nuit", "nuit", "premier", *numbers, *weekdays),
                )
                if numbers and weekdays
                else None,
                # "ce" and "le" only before a weekday
                "weekday": (
                    *(f"{det} {w}" for det in ("ce", "le") for w in weekdays),
                    "la nuit",
                    "nuit",
                    *weekdays,
                )
                if weekdays
                else None,
                "weekday_day": (*(f"{det} {w}" for det in ("ce", "le") for w in weekdays), *weekdays)
                if weekdays
                else None,
                "iso": digits,
                "dmy_num": (*le_digit, *digits),
                "dm_num": (*le_digit, *digits),
                "colon": digits,
                "year": ("1", "2"),  # ASCII in the pattern: no fallback needed
                "nth_weekday": (*le_digit, *(f"le {w}" for w in ordinals)) if ordinals else ("le",),
                # also right after "du " and "les ", and a weekday or a number word may open it
                "range_start": tuple(f"{det} {w}" for det in ("du", "le", "les") for w in range_next)
                if range_next
                else ("du", "le", "les"),
                "range_day": digits,
                "ref_of": _lead_heads(vocab.reference_days),
                "ref_day": _lead_heads(vocab.reference_days),
                "ref_event": ("au lendemain", "la veille", "le lendemain"),
                "holiday": _lead_heads(vocab.holidays),
                "unit_part": ("fin", "début", "debut", "milieu", "courant", "cours"),
                "frac_hour": ("1", "3"),
                "whole": ("tout", "toute"),
                "day_only": (*le_digit, "le premier"),
                "later": numbers,
                "approx": ("une",),
                "half": ("un", "une", "demi", "demie", *digits),
                "quarter_hour": ("1", "3", "trois", "un"),
                "midi": ("midi", "minuit"),
                "part_mod": ("début", "debut", "fin", "milieu"),
                "ref_part": _lead_heads(vocab.reference_day_parts) or ("la", "l"),
                "decade": ("les", "années", "annees"),
                # "la même année", "ce même mois": tried where a determiner comes before "même",
                # not at every character of a text that holds "même"
                "same_unit": tuple(
                    f"{det} {w}" for det in ("ce", "cette", "la", "le") for w in ("meme", "même")
                ),
            }.items()
            if heads
        }
        self._anywhere: dict[str, tuple[str, ...]] = {"day_month": weekdays or ()}
        # "cette semaine", "l'an dernier", "au printemps", "à l'été": a determiner, maybe glued to
        # the word ("l'an"): matched only where one stands before the word (see _det_starts)
        seasons = tuple({w for s in vocab.seasons for w in (s.lower(), fold(s))})
        self._det_words: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
            "rel_unit": (
                ("semaine", "mois", "an", "week"),
                ("la", "le", "l'", "l’", "cette", "ce", "cet"),
                (),
            ),
            "season": (seasons, ("au", "en", "cet", "ce", "le", "l'", "l’"), ("à", "a")),
        }
        # "13-15 juillet": run only where two days joined by a dash precede a month name
        dash_gate = re.compile(rf"[-–]\s*[0-3]?\d[ \t]+{month_any}", re.IGNORECASE)  # dash first: fast
        self._needs["range_dash"] = lambda text, low: dash_gate.search(text) is not None
        if this_parts:
            self._needs["this_part"] = _has(*(_keywords(this_parts) or ("",)))
            if heads := _lead_heads(this_parts):
                self._starts["this_part"] = heads
        tests: dict[tuple[str, ...], Callable[[str, str], bool]] = {}
        for kind, heads in word_lists.items():
            if heads:
                # one test object per word list: find() runs each one once per text
                self._needs[kind] = tests.setdefault(heads, _has(*heads))
        # the head lists as sets, for _RunIndex.starts
        self._start_sets = {heads: frozenset(heads) for heads in self._starts.values()}
        # per family, (a number shared by equal head lists, their set): find() keys its cache of
        # start positions by the number (hashing a long tuple twice per family cost more)
        numbers: dict[tuple[str, ...], int] = {}
        self._start_keys: dict[str, tuple[int, frozenset[str], _Follows]] = {
            kind: (numbers.setdefault(heads, len(numbers)), self._start_sets[heads], _follows(heads))
            for kind, heads in self._starts.items()
        }
        # the words find() asks the word index about (words beginning with a digit are all kept)
        self._index_words = frozenset(
            re.split(r"[ ']", word, maxsplit=1)[0]  # a two-word head: its first word
            for words in (*self._starts.values(), *self._needs_words.values())
            for word in words
            if not word[0].isdigit()
        )
        self._index_regex = _index_regex(self._index_words)

    # -- finding ------------------------------------------------------------------------------
    def find(self, text: str) -> list[Candidate]:
        """All temporal expressions of ``text``, longest first where they overlap, in text order."""
        found: list[tuple[int, int, Candidate]] = []
        low = text.lower()
        # str.lower agrees with re's IGNORECASE except for a few letters: then skip no family
        prefilter = not any(c in text for c in _CASE_SPECIALS)
        answers: dict[int, bool] = {}
        starts: dict[int, list[int]] = {}  # by the number of ``_start_keys``
        index: _RunIndex | None = None  # the words of the text, built on first use
        other_digits: bool | None = None  # a non-ASCII digit in the text (``\d`` matches it)
        for rank, (kind, label, regex) in enumerate(self.families):
            if prefilter:
                needs = self._needs.get(kind)
                if needs is not None:
                    key = id(needs)
                    if key not in answers:
                        answers[key] = needs(text, low)
                    if not answers[key]:
                        continue
                words = self._needs_words.get(kind)
                if words is not None:
                    key = id(words)
                    if key not in answers:
                        index = index or _RunIndex(low, self._index_regex)
                        answers[key] = index.has(words)
                    if not answers[key]:
                        continue
            validate = self._validators.get(kind)
            heads = self._starts.get(kind) if prefilter else None
            if heads is not None and kind in _DIGIT_KINDS and other_digits is None:
                other_digits = not text.isascii() and _OTHER_DIGIT.search(text) is not None
            if other_digits and kind in _DIGIT_KINDS:
                heads = None
            det_words = self._det_words.get(kind) if prefilter else None
            if det_words is not None:
                positions = _det_starts(low, *det_words)
                if not positions:
                    continue
                matches: Iterable[re.Match[str]] = _match_from(regex, text, positions)
            elif heads is not None:
                number, head_set, follows = self._start_keys[kind]
                positions = starts.get(number)
                if positions is None:
                    index = index or _RunIndex(low, self._index_regex)
                    positions = starts[number] = index.starts(
                        heads, self._anywhere.get(kind, ()), head_set, follows
                    )
                matches = _match_from(regex, text, positions)
            else:
                matches = regex.finditer(text)
            for match in matches:
                if match.end() <= match.start() or not match.group(0).strip():
                    continue
                if validate is not None and not validate(text, match):
                    continue
                groups = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
                # a family may match words around the expression: its "span" group is the expression
                start, end = match.span("span") if "span" in regex.groupindex else match.span()
                found.append((rank, end - start, Candidate(start, end, label, kind, groups)))
        found.sort(key=lambda item: (-item[1], item[0], item[2].start))
        taken: list[Candidate] = []
        for _, _, cand in found:
            if all(cand.end <= other.start or other.end <= cand.start for other in taken):
                taken.append(cand)
        return sorted(taken, key=lambda c: c.start)

    # -- context helpers ----------------------------------------------------------------------
    @staticmethod
    def _before(text: str, match: re.Match[str], words: int = 3) -> list[str]:
        """The folded words just before the hit, nearest last."""
        return list(_words_before(text, match.start())[-words:])

    @staticmethod
    def _after(text: str, match: re.Match[str]) -> str:
        return text[match.end() : match.end() + 30]

    def _preceded_by(self, text: str, match: re.Match[str], cues: set[str] | frozenset[str]) -> bool:
        return not _phrases_before(text, match.start()).isdisjoint(cues)

    # -- validators (False rejects the hit) ------------------------------------------------------
    def _ok_month_case(self, text: str, match: re.Match[str]) -> bool:
        """An ambiguous month ("Mars", "Mai") written with a capital is a name, not a month."""
        month = match.group("month")
        return not (fold(month).rstrip(".") in self._ambiguous and month[0].isupper())

    def _ok_month_mod(self, text: str, match: re.Match[str]) -> bool:
        """ "fin mars" is the month, "fin Mars" (a capital) may be the planet; "fin 2013" a year."""
        return match.group("month") is None or self._ok_month_case(text, match)

    def _ok_month(self, text: str, match: re.Match[str]) -> bool:
        month = match.group("month")
        if fold(month) in self._ambiguous:
            cues = {
                "en",
                "debut",
                "fin",
                "mi",
                "courant",
                "depuis",
                "d'ici",
                "jusqu'en",
                "a partir de",
                "a partir du mois de",
                "des",
                "mois de",
                "avant",
                "entre",
                "et",
                "ou",
            }
            return month[0].islower() and self._preceded_by(text, match, cues)
        return not self._before(text, match, 1) or self._before(text, match, 1)[-1] not in {"le", "la"}

    def _ok_month_year(self, text: str, match: re.Match[str]) -> bool:
        """Before a year, a capitalised abbreviation ("Sept. 2017", "Juil 2018") is the month;
        "Mars 2020" may name the mission: the planet's name stays out. A word that is also a
        number ("sept 1500 personnes") needs a plausible year."""
        month = match.group("month")
        if fold(month) == "mars" and month[0].isupper():
            return False
        year = match.group("y")
        return fold(month).rstrip(".") not in self._ambiguous or len(year) == 2 or year[:2] in ("19", "20")

    def _ok_dm_num(self, text: str, match: re.Match[str]) -> bool:
        """ "le 17/02" is a date; a bare "17/02" only where a date is expected: after a
        preposition or a weekday, before a clock time ("17/02 à 18h"), or in a wire dateline
        ("BRUXELLES 12/08 (BELGA)"); "note : 10/10" is not."""
        if match.group("le"):
            return True
        if not (1 <= int(match.group("m")) <= 12 and 1 <= int(match.group("d")) <= 31):
            return False
        left = text[max(0, match.start() - 20) : match.start()]
        return bool(
            self._dm_left.search(left)
            or self._dm_right.match(text, match.end())
            or self._dateline.search(left)
            or self._agency.match(text, match.end())
        )

    def _ok_range_start(self, text: str, match: re.Match[str]) -> bool:
        day = self.vocab.number(re.sub(r"(?i)er$", "", match.group("d")))
        return day is not None and 1 <= day <= 31

    # "du 13 au 18": the words around either end (nothing but punctuation after the second)
    _RANGE_FIRST = re.compile(r"(?i)\bdu\s+(?:[0-3]?\d|1er)\s+au\s+$")
    _RANGE_LAST = re.compile(r"(?i)\s+au\s+(?:le\s+)?[0-3]?\d(?![\w/:,.]\d|\w)")
    _NOT_DAY_AFTER = re.compile(r"(?i)\s*(?:h|heures?|%|°|[a-zà-ÿ])")

    def _ok_range_day(self, text: str, match: re.Match[str]) -> bool:
        """ "du 13 au 18": both ends are days of a month when no unit or word follows the second."""
        if not 1 <= int(re.sub(r"(?i)er$", "", match.group("d"))) <= 31:
            return False
        start, end = match.start(), match.end()
        if text[start - 3 : start].lower() == "du ":
            last = self._RANGE_LAST.match(text, end)
            return bool(last) and not self._NOT_DAY_AFTER.match(text, last.end())
        return bool(self._RANGE_FIRST.search(text, max(0, start - 20), start)) and not (
            self._NOT_DAY_AFTER.match(text, end)
        )

    def _ok_day_month(self, text: str, match: re.Match[str]) -> bool:
        day_text = match.group("d")
        if day_text[0].isdigit():
            day_text = re.sub(r"(er|re|ère)$", "", day_text, flags=re.IGNORECASE)
        day = self.vocab.number(day_text)
        if day is None or not 1 <= day <= 31 or fold(day_text) in ("un", "une"):
            return False
        month = match.group("month")
        # "sept" after a number word is the number seven, and "Mars" capitalised after a bare
        # number ("3 Mars" could be a title) stays a month only when a day precedes it
        return not (fold(month) == "sept" and not month.endswith(".") and match.group("y") is None)

    def _ok_year(self, text: str, match: re.Match[str]) -> bool:
        after = text[match.end() : match.end() + 12]
        if re.match(r"\s*(?:km|kg|m|t|tonnes|mètres|kilo|euros?|dollars?|personnes)\b", after):
            return False
        start = match.start()
        if text[start - 1 : start] == "(" and self._span_end.match(text, match.end()):
            return True  # "Georges Lemaître (1894-1966)": a life or a period
        before = self._before(text, match, 2)
        if " ".join(before) in ("plus de", "moins de", "pres de"):
            return False  # "plus de 1500 satellites": a count
        if before:
            # "qu'en 2025", "lorsqu'en 2019": the elided word carries the preposition
            last = before[-1].rsplit("'", 1)[-1]
            if (
                before[-1] in self._year_preps
                or last in self._year_preps
                or " ".join(before) in self._year_preps
            ):
                return True
        # a year without preposition ("la Chine vise 2030 pour", "à l'horizon 2030.", "le
        # budget 2026 à l'Assemblée"): a count is followed by what it counts, a year by a
        # function word or punctuation; never after a name ("Mars 2020") or a number word
        left = text[max(0, start - 30) : start]
        return bool(self._year_after.match(text, match.end())) and not self._year_before.search(left)

    def _ok_day_only(self, text: str, match: re.Match[str]) -> bool:
        after = fold(self._after(text, match))
        if fold(match.group("d")) == "premier":
            return bool(re.match(r"\s+du\s+mois", after))
        if re.match(r"\s*$|\s*[,;.)!?](?!\d)", after):
            return True
        follow = re.match(r"\s+([\w']+)", after)
        allowed = {
            "a",
            "au",
            "aux",
            "et",
            "ou",
            "vers",
            "des",
            "avant",
            "apres",
            "pour",
            "dans",
            "du",
            "prochain",
            "dernier",
            "courant",
            "matin",
            "soir",
            "entre",
            "de",
            "lors",
            "sur",
            "lorsque",
        }
        return bool(follow) and follow.group(1) in allowed

    def _ok_rel_unit(self, text: str, match: re.Match[str]) -> bool:
        det = fold(match.group("det"))
        return (
            bool(match.group("rel"))
            or det in {"cette", "ce", "cet"}
            or bool(match.group("ci"))
            or bool(match.group("la"))
            # "complet tout le week-end": the weekend the news tells (a bare "le week-end" is
            # habitual: "le week-end, le musée ouvre")
            or (
                det == "le"
                and fold(match.group("unit")).startswith("week")
                and _TOUT_BEFORE.search(text, max(0, match.start() - 8), match.start()) is not None
            )
        )

    def _duration_context(self, text: str, match: re.Match[str]) -> bool:
        """Is the hit the object of a duration cue ("pendant", "a duré", "au bout de")?"""
        if self._preceded_by(text, match, self._dur_cues):
            return True
        before = self._before(text, match, 2)
        return bool(before) and (
            before[-1].startswith("dur") or before[-1] in {"demande", "necessite", "prend", "pris"}
        )

    def _ok_clock(self, text: str, match: re.Match[str]) -> bool:
        hour = self.vocab.number(match.group("h"))
        if hour is None or hour > 24:
            return False
        if _TELLING_TIME.search(fold(text[max(0, match.start() - 40) : match.start()])):
            return True  # "il était un peu plus de 7 h 30": the clock, whatever "plus de" says
        if self._duration_context(text, match):
            return False
        if hour == 24 and not (match.group("m") or match.group("mw") or match.group("mu")):
            return False  # "réagir à vingt-quatre heures d'apesanteur": a day, midnight is "minuit"
        if _LAPSE_OF.match(text, match.end()):
            return False  # "après 3 h 30 de vol", "2 h 40 de retard": an amount of time
        if fold(match.group("hu")) == "h" and re.fullmatch(r"\d{1,2}", match.group("h")):
            return True
        if match.group("mu"):
            # "quinze heures et quinze minutes" is a clock time after "à"/"vers", else a duration
            return self._preceded_by(text, match, self._time_preps)
        if match.group("part") or match.group("tz") or match.group("m") or match.group("mw"):
            return True
        if self._preceded_by(text, match, self._clock_cues):
            return True
        after = text[match.end() : match.end() + 40]
        if re.match(r"\s*(?:de|d['’]|du|des)\s", after):
            return False  # "16 heures de vol", "21 heures d'affilée": an amount of time
        if _BEFORE_AFTER_REF.match(after):
            return False  # "deux heures avant que ...", "trois heures après le décollage"
        left = text[max(0, match.start() - 30) : match.start()]
        left = re.split(r"[.;:!?\n]", left)[-1]
        return bool(
            self._clock_left.search(left)
            or self._clock_right.search(after)
            or self._clock_place.search(after)
        )

    def _ok_midi(self, text: str, match: re.Match[str]) -> bool:
        before = self._before(text, match, 1)
        # "après midi" is the afternoon; "peu après minuit" is the clock time
        afternoon = fold(match.group("base")) == "midi" and before and before[-1] == "apres"
        return match.group("base")[0].islower() and not afternoon

    def _ok_duration(self, text: str, match: re.Match[str]) -> bool:
        unit = fold(match.group("unit"))
        amount = match.group("n")
        if amount[:1].isdigit():  # "1.000", "1 000", "2,5": the whole part, unseparated
            amount = re.sub(r"[.,]\d{1,2}$|[.,]\d{4,}$|[.\s]", "", amount)
        number = self.vocab.number(amount)
        # "0,4 seconde": a fraction with no whole part
        if number is None and not (amount == "0" and unit.startswith("seconde")):
            return False
        if unit == "h" and not (self._duration_context(text, match) or _LAPSE_OF.match(text, match.end())):
            return False
        if unit.startswith("heure") and self._preceded_by(text, match, self._time_preps) and number != 24:
            return False  # "à 9 heures" is the clock; "à vingt-quatre heures de vol" a day's length
        if unit == "seconde" and fold(amount) == "une" and _ORDINAL_SECOND.match(text, match.end()):
            return False  # "une seconde fois", "une seconde ligne": the ordinal, not a second
        if self.vocab.unit(unit) == "Y":
            # an age, not a length of time: "(37 ans)", "âgé de 37 ans", "à 37 ans"
            left = fold(text[max(0, match.start() - 12) : match.start()])
            after = self._after(text, match)
            if re.search(r"(?:\(|\bagee?s?\s+de|(?<!jusqu')\ba|\bses|\bleurs)\s*$", left):
                return False
            if re.search(r",\s*$", left) and re.match(r"\s*(?:[),;]|\.(?!\d))", after):
                return False
        return True

    def _ok_ref_day(self, text: str, match: re.Match[str]) -> bool:
        """ "ce samedi-là" needs its hyphen: "annuler ce samedi la deuxième tentative" is the
        weekday and an article."""
        ref = match.group("ref")
        return not fold(ref).endswith("la") or re.search(r"-\s*l[àa]$", ref, re.IGNORECASE) is not None

    def _ok_holiday(self, text: str, match: re.Match[str]) -> bool:
        """ "l'île de Pâques" is a place; "dans l'ascension" (lowercase) is a climb, not the feast."""
        if self._lowercase_feast is not None and self._lowercase_feast.search(match.group(0)):
            return False
        return not re.search(r"(?i)\b[iî]le\s+de\s+$", text[max(0, match.start() - 12) : match.start()])

    def _ok_this_part(self, text: str, match: re.Match[str]) -> bool:
        """ "à ce jour" is "so far" (Schmitt est, à ce jour, le seul ...), not a day."""
        before = self._before(text, match, 1)
        return not (before and before[-1] == "a" and fold(match.group("rd")) == "ce jour")

    def _ok_weekday(self, text: str, match: re.Match[str]) -> bool:
        # "lundi" inside a list of opening hours or "tous les lundis" is not one date; in
        # "Vendredi, décembre 5 2014" the date that follows says it all
        before = self._before(text, match, 1)
        if before and before[-1] in {"les", "chaque", "tous"}:
            return False
        return not self._month_first.match(text, match.end())
