"""A drop-in for spaCy's ``Matcher`` that only runs it where a match can start.

spaCy's ``Matcher`` starts every pattern at every token and evaluates each ``IN``/``REGEX``
predicate of the first token in Python, once per token: with a few dozen trigger patterns that
costs more than the rest of a rule component. Most trigger patterns begin with a token that
names its word (``{"LEMMA": {"IN": [...]}}``, ``{"LOWER": {"REGEX": ...}}``), so a vectorised
pre-scan over the token attribute arrays finds the few tokens where some pattern could start,
and the real ``Matcher`` runs on a short window from each of them. The result is the same list
of ``(match_id, start, end)`` (the same order for matches that share a start and end); pattern
sets the pre-scan cannot read (optional first tokens, ``+``/``*`` operators, other attributes,
callbacks) fall back to one ordinary ``Matcher`` call.
"""

from __future__ import annotations

import itertools
import operator
import re
import sys
import weakref
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, NORM, ORTH, SPACY
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

#: token attributes the pre-scan can read: pattern key -> spaCy attribute id
_ATTRS: dict[str, int] = {"LEMMA": LEMMA, "LOWER": LOWER, "TEXT": ORTH, "ORTH": ORTH, "NORM": NORM}
#: keys of a first token that only narrow a match further (ignored: the pre-scan is a superset)
_NARROWING = {
    "POS",
    "TAG",
    "MORPH",
    "DEP",
    "ENT_TYPE",
    "IS_PUNCT",
    "IS_ALPHA",
    "IS_TITLE",
    "IS_LOWER",
    "IS_UPPER",
    "LENGTH",
    "IS_SENT_START",
    "SENT_START",
}


_UNBOUNDED = sys.maxsize  # the length of a pattern with a repeated token: any


class PrefilteredMatcher:
    """``Matcher`` with a first-token pre-scan; same ``add``/``__call__``/``__len__`` interface."""

    def __init__(self, vocab: Vocab, **kwargs: Any) -> None:
        self.vocab = vocab
        self.kwargs = kwargs
        self.matcher = Matcher(vocab, **kwargs)  # every pattern: the fallback
        # per pattern, in add order: (key hash, sub-matcher or None when one token decides, length;
        # _UNBOUNDED when a later token repeats with "*" or "+")
        self.parts: list[tuple[int, Matcher | None, int]] = []
        # per pattern, in add order: what its second token must be (see _second_literal)
        self.seconds: list[tuple[int, frozenset[int]] | None] = []
        # per pattern, in add order: what its later required tokens must be (see _later_literals)
        self.laters: list[tuple[tuple[int, frozenset[int]], ...]] = []
        self.literal: dict[tuple[int, int], list[int]] = {}  # (attribute, value hash) -> pattern numbers
        self.regexes: dict[int, list[tuple[int, re.Pattern[str]]]] = {}  # attribute -> (number, regex)
        self.filterable = True
        self._regex_cache: dict[tuple[int, int], tuple[int, ...]] = {}
        # (attributes to read, sorted literal hashes per attribute): built on first use after add()
        self._lookup: tuple[list[int], dict[int, numpy.ndarray]] | None = None

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: str) -> bool:
        return key in self.matcher

    def add(self, key: str, patterns: list[list[dict[str, Any]]], **kwargs: Any) -> None:
        """Add patterns as ``Matcher.add`` does, and index their first tokens."""
        self.matcher.add(key, patterns, **kwargs)
        self._lookup = None
        if kwargs.get("on_match") is not None or kwargs.get("greedy") is not None:
            self.filterable = False
        for pattern in patterns:
            if not self._index(key, pattern):
                self.filterable = False

    def _index(self, key: str, pattern: list[dict[str, Any]]) -> bool:
        """Index the first token of one pattern; False when it cannot be pre-scanned."""
        if not pattern or any(tok.get("OP", "1") not in ("?", "!", "1", "*", "+") for tok in pattern):
            return False
        first = pattern[0]
        named = [name for name in first if name in _ATTRS]
        if first.get("OP", "1") != "1" or len(named) != 1:
            return False
        if any(name not in _ATTRS and name not in _NARROWING and name != "OP" for name in first):
            return False
        attr, value = _ATTRS[named[0]], first[named[0]]
        strings = self.vocab.strings
        number = len(self.parts)
        if isinstance(value, str):
            self.literal.setdefault((attr, strings.add(value)), []).append(number)
        elif isinstance(value, dict) and set(value) == {"IN"}:
            for item in dict.fromkeys(value["IN"]):
                self.literal.setdefault((attr, strings.add(item)), []).append(number)
        elif isinstance(value, dict) and set(value) == {"REGEX"}:
            self.regexes.setdefault(attr, []).append((number, re.compile(value["REGEX"])))
            self._regex_cache.clear()
        else:
            return False
        # a one-token pattern that tests one attribute is decided by the pre-scan itself
        sub = None
        if len(pattern) > 1 or len(first) > 1:
            sub = Matcher(self.vocab, **self.kwargs)
            sub.add(key, [pattern])
        # a repeated token ("sortie de plus de 6 heures") has no last token: the sub-matcher reads on to
        # the end of the Doc (a match starting here depends only on the tokens from here on)
        unbounded = any(tok.get("OP", "1") in ("*", "+") for tok in pattern)
        self.parts.append((strings.add(key), sub, _UNBOUNDED if unbounded else len(pattern)))
        self.seconds.append(self._second_literal(pattern))
        self.laters.append(self._later_literals(pattern) if not unbounded else ())
        return True

    def _second_literal(self, pattern: list[dict[str, Any]]) -> tuple[int, frozenset[int]] | None:
        """(attribute, value hashes) the second token must have, when it is a required literal
        ("la" in "quitter la Terre"): a candidate whose next token has none cannot match, and
        needs no sub-matcher call. None when the second token is optional or not a literal."""
        if len(pattern) < 2:
            return None
        second = pattern[1]
        if second.get("OP", "1") != "1":
            return None
        named = [name for name in second if name in _ATTRS]
        if len(named) != 1:
            return None
        value = second[named[0]]
        strings = self.vocab.strings
        if isinstance(value, str):
            return _ATTRS[named[0]], frozenset({strings.add(value)})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return _ATTRS[named[0]], frozenset(strings.add(item) for item in value["IN"])
        return None

    def _later_literals(self, pattern: list[dict[str, Any]]) -> tuple[tuple[int, frozenset[int]], ...]:
        """(attribute, value hashes) of each later required token (``OP`` 1) that tests one literal
        attribute ("se ... poser"): some token of the window after the first must have it, wherever
        the optional tokens before put it, or the pattern cannot match there."""
        out: list[tuple[int, frozenset[int]]] = []
        strings = self.vocab.strings
        for tok in pattern[1:]:
            named = [name for name in tok if name in _ATTRS]
            if tok.get("OP", "1") != "1" or len(named) != 1:
                continue
            value = tok[named[0]]
            if isinstance(value, str):
                out.append((_ATTRS[named[0]], frozenset({strings.add(value)})))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                out.append((_ATTRS[named[0]], frozenset(strings.add(item) for item in value["IN"])))
        return tuple(out)

    def _literal_lookup(self) -> tuple[list[int], dict[int, numpy.ndarray]]:
        """The attributes the first tokens test, and per attribute the sorted literal hashes."""
        if self._lookup is None:
            attrs = sorted({attr for attr, _ in self.literal} | set(self.regexes))
            keys = {
                attr: numpy.array(sorted(v for a, v in self.literal if a == attr), dtype=numpy.uint64)
                for attr in attrs
            }
            self._lookup = (attrs, keys)
        return self._lookup

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        """(token index, pattern number) pairs where the pattern's first token matches."""
        attrs, keys = self._literal_lookup()
        table = doc.to_array(attrs).reshape(len(doc), len(attrs))
        strings = self.vocab.strings
        cache = self._regex_cache
        if len(cache) > 500_000:  # the vocabulary only grows: keep the cache bounded
            cache.clear()
        out: list[tuple[int, int]] = []
        for column, attr in enumerate(attrs):
            if attr not in self.regexes:
                # literals only: one vectorised look-up of every token in the sorted hashes
                # instead of a Python loop over the distinct values
                known, values = keys[attr], table[:, column]
                if not len(known):
                    continue
                where = numpy.searchsorted(known, values)
                where[where == len(known)] = 0
                hit = numpy.flatnonzero(known[where] == values)
                for index, value in zip(hit.tolist(), values[hit].tolist(), strict=True):
                    for number in self.literal[(attr, value)]:
                        out.append((index, number))
                continue
            unique, inverse = numpy.unique(table[:, column], return_inverse=True)
            regexes = self.regexes.get(attr, [])
            numbers: list[list[int] | tuple[int, ...]] = []
            for value in unique.tolist():
                hits = self.literal.get((attr, value), [])
                if regexes:
                    found = cache.get((attr, value))
                    if found is None:
                        text = strings[value]
                        found = cache[(attr, value)] = tuple(n for n, rx in regexes if rx.search(text))
                    if found:
                        hits = [*hits, *found]
                numbers.append(hits)
            inverse = inverse.reshape(-1)
            hit = numpy.fromiter((bool(n) for n in numbers), dtype=bool, count=len(numbers))
            # visit only the tokens some pattern can start on (a few per hundred)
            for index in numpy.flatnonzero(hit[inverse]).tolist():
                for number in numbers[inverse[index]]:
                    out.append((index, number))
        out.sort()
        return out

    def __call__(self, doclike: Doc | Span, **kwargs: Any) -> list[tuple[int, int, int]]:
        usable = self.filterable and self.parts and isinstance(doclike, Doc) and len(doclike)
        if kwargs or not usable:
            return self.matcher(doclike, **kwargs)
        doc = doclike
        found: list[tuple[int, int, int]] = []
        checked = False
        n = len(doc)
        nexts: dict[int, list[int]] = {}  # attribute -> its value for every token, read on first need
        for start, number in self._candidates(doc):
            key, sub, length = self.parts[number]
            if sub is None:
                found.append((key, start, start + 1))
                continue
            second = self.seconds[number]
            if second is not None and checked:
                # a required literal second token: skip the sub-matcher when it is absent (the first
                # call still runs, for the annotation checks a full call would make)
                attr, values = second
                column = nexts.get(attr)
                if column is None:
                    column = nexts[attr] = doc.to_array(attr).tolist()
                if start + 1 >= n or column[start + 1] not in values:
                    continue
            stop = min(n, start + length)
            if checked and self._lacks_later(doc, nexts, number, start, stop):
                continue
            window = doc[start:stop]
            # the first call checks the annotations the patterns need, as a full call would
            for match_key, begin, end in sub(window, allow_missing=checked):
                if begin == 0:
                    found.append((match_key, start, start + end))
            checked = True
        # candidates come by start, then in pattern order: Matcher's order for the same span
        return found

    def _lacks_later(self, doc: Doc, columns: dict[int, list], number: int, start: int, stop: int) -> bool:
        """Whether a later required token of pattern ``number`` has no token to match in the window
        ``start + 1 .. stop`` (``columns``: attribute -> its value for every token, read on first need)."""
        for attr, values in self.laters[number]:
            column = columns.get(attr)
            if column is None:
                column = columns[attr] = doc.to_array(attr).tolist()
            if values.isdisjoint(column[start + 1 : stop]):
                return True
        return False


# -- a first-character guard for regexes --------------------------------------------------------
# A pattern that opens with a look-behind or an optional group gives CPython's ``re`` no prefix
# to skip ahead with, so it tries its long alternations at every character. A zero-width
# look-ahead listing the characters a match can start with (read from the parsed pattern, so
# it is a necessary condition only) lets most positions fail on one class test: the matches
# and their groups stay exactly the same.
try:  # the parser is private: without it no guard is added
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    _P = _C = None  # type: ignore[assignment]

_ANY = object()
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_NOT_WORD": r"\W",
}


def _word_guard(op: Any, av: Any) -> bool:
    r"""``(?<!\w)``-like look-behind: the character before cannot be a word character."""
    if op is not _C.ASSERT_NOT or av[0] != -1:
        return False
    sub = list(av[1])
    if len(sub) != 1 or sub[0][0] is not _C.IN:
        return False
    items = sub[0][1]
    return not any(o is _C.NEGATE for o, _ in items) and any(
        o is _C.CATEGORY and str(a) in ("CATEGORY_WORD", "CATEGORY_UNI_WORD") for o, a in items
    )


def _first(items: list[Any], guarded: bool, icase: bool) -> tuple[Any, Any, bool, bool]:
    """First characters of a parsed sequence as (item, ignore-case) pairs:
    (at any position, after a word character, nullable, guarded after a nullable path)."""
    ws: set[Any] = set()
    mid: set[Any] = set()
    for op, av in items:
        if _word_guard(op, av):
            guarded = True
            continue
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue
        if op is _C.LITERAL or op is _C.IN:
            if op is _C.IN and any(o is _C.NEGATE for o, _ in av):
                return _ANY, _ANY, False, guarded
            add = {((op, av), icase)} if op is _C.LITERAL else {(item, icase) for item in av}
            w, m, n = add, (set() if guarded else add), False
        elif op is _C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner = icase
            if add_flags == re.IGNORECASE and not del_flags:
                inner = True
            elif add_flags or del_flags:
                return _ANY, _ANY, False, guarded
            w, m, n, g = _first(list(sub), guarded, inner)
            if n:
                guarded = g
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            low, _, sub = av
            w, m, n, _ = _first(list(sub), guarded, icase)
            n = n or low == 0
        elif op is _C.BRANCH:
            w, m, n = set(), set(), False
            for alt in av[1]:
                aw, am, an, _ = _first(list(alt), guarded, icase)
                if aw is _ANY or am is _ANY:
                    return _ANY, _ANY, False, guarded
                w, m, n = w | aw, m | am, n or an
        else:
            return _ANY, _ANY, False, guarded
        if w is _ANY or m is _ANY:
            return _ANY, _ANY, False, guarded
        ws |= w
        mid |= m
        if not n:
            return ws, mid, False, guarded
    return ws, mid, True, guarded


def _class_item(op: Any, av: Any) -> str | None:
    """One parsed first-character item as the inside of a character class (None: not renderable)."""
    if op is _C.LITERAL:
        return re.escape(chr(av))
    if op is _C.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    if op is _C.CATEGORY and str(av) in _CATEGORIES:
        return _CATEGORIES[str(av)]
    return None


def _render(items: set[Any]) -> str:
    """A class (or two: exact and ignore-case) matching any of the first-character items."""
    classes = []
    for icase in (False, True):
        out = []
        for (op, av), _ in sorted((i for i in items if i[1] == icase), key=repr):
            part = _class_item(op, av)
            if part is None:
                raise ValueError(op)
            out.append(part)
        if out:
            classes.append(("(?i:[{}])" if icase else "[{}]").format("".join(out)))
    return classes[0] if len(classes) == 1 else "(?:" + "|".join(classes) + ")"


def first_char_guard(pattern: str, flags: int = 0) -> str:
    """A look-ahead every match of ``pattern`` satisfies where it starts ("" when none is found).

    ``first_char_guard(p, f) + p`` compiled with ``f`` finds the same matches as ``p``.
    """
    if _P is None:
        return ""
    try:
        ws, mid, nullable, _ = _first(list(_P.parse(pattern, flags)), False, False)
        if ws is _ANY or nullable or not ws:
            return ""
        # the class test first: it rejects most positions before any look-behind is tried
        every = _render(ws | mid)
        if mid == ws | mid:  # no word-start requirement to add
            return rf"(?={every})"
        return rf"(?={every})(?:(?<!\w)|(?={_render(mid)}))" if mid else rf"(?={every})(?<!\w)"
    except Exception:  # noqa: BLE001  (an unusual pattern gets no guard, never a wrong one)
        return ""


def guarded_alternation(patterns: list[str], flags: int = 0) -> str:
    """``"|".join(f"(?:{p})" for p in patterns)`` with a first-character guard before each run of
    consecutive patterns that have one (see :func:`first_char_guard`): a place no pattern can
    start at fails on one class test instead of a try of every branch. The branches keep their
    order, so the first one that matches is the same (and so are the match and its groups)."""
    runs: list[tuple[bool, list[str]]] = []
    for pattern in patterns:
        guarded = bool(first_char_guard(f"(?:{pattern})", flags))
        if guarded and runs and runs[-1][0]:
            runs[-1][1].append(pattern)
        else:
            runs.append((guarded, [pattern]))
    parts = []
    for guarded, run in runs:
        body = "|".join(f"(?:{p})" for p in run)
        guard = first_char_guard(body, flags) if guarded else ""
        parts.append(f"{guard}(?:{body})" if guard else body)
    return "|".join(parts)


def line_matches(regex: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``regex.finditer(text)`` for a regex that opens with a multiline ``^``, trying it only at
    the line starts (``re`` would try, and reject, every other position as well)."""
    out = []
    end = 0
    start = 0
    while start >= 0:
        if start >= end:  # finditer goes on after the last match
            m = regex.match(text, start)
            if m is not None:
                out.append(m)
                end = m.end()
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return out


# -- an alternation tried only with the branches that can start on the character at hand ----------
# ``first_char_guard`` lets ``re`` reject most positions of a long alternation at once, but at
# every position the guard lets through (a word starting with "s", "c", "l"... when an
# ignore-case branch starts so) ``re`` still tries each branch in turn. Reading the character
# there and trying only the branches that can start with it finds the same first match: the
# other branches cannot match at that position at all.


_ALL_CHARS: list[str] = []  # every character but surrogates, as one string, built on first use
_START = re.Match.start  # mapped over matches in C: no Python step per match


def _may_start_lower(items: set[Any]) -> bool:
    """Whether first-character ``items`` accept some lowercase letter."""
    for (op, av), icase in items:
        if icase or op is _C.CATEGORY:
            return True
        if op is _C.LITERAL and chr(av).islower():
            return True
        if op is _C.RANGE and any(chr(c).islower() for c in range(av[0], min(av[1], 0x2FF) + 1)):
            return True
    return False


def _case_class(items: set[Any]) -> str | None:
    """A case-sensitive class holding every character the first-character ``items`` accept
    (ignore-case ones included, with the odd equivalences of ``re``: "ſ" for "s", the Kelvin
    sign for "k", "İ" for "i"), and maybe more."""
    out, folded = [], set()
    for item in items:
        (op, av), icase = item
        part = _class_item(op, av)
        if part is None:
            return None
        out.append(part)
        if icase:
            folded.add(item)
    if folded:
        # the characters an ignore-case item accepts, as ``re`` itself finds them among all
        if not _ALL_CHARS:
            _ALL_CHARS.append("".join(map(chr, itertools.chain(range(0xD800), range(0xE000, 0x110000)))))
        found = set(re.findall(_render(folded), _ALL_CHARS[0]))
        out.extend(re.escape(c) for c in sorted(found))
    return "[" + "".join(out) + "]"


def _expand(items: list[Any], limit: int) -> tuple[set[str], bool]:
    """Strings one of which begins every match of a parsed sequence, and whether they are whole
    matches (True) or the sequence may go on after them."""
    out = {""}
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: it only narrows
        if op is _C.LITERAL:
            step, whole = {chr(av)}, True
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            step, whole = {chr(a) for _, a in av}, True
        elif op is _C.SUBPATTERN and not av[2] and av[1] in (0, re.IGNORECASE):
            step, whole = _expand(list(av[3]), limit)
        elif op is _C.BRANCH:
            step, whole = set(), True
            for alt in av[1]:
                got, done = _expand(list(alt), limit)
                step |= got
                whole = whole and done
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] <= 1:
            got, done = _expand(list(av[2]), limit)
            step, whole = (got | {""} if av[0] == 0 else got), done and av[1] == 1
        else:
            return out, False
        if len(out) * len(step) > limit:
            return out, False
        out = {a + b for a in out for b in step}
        if not whole:
            return out, False
    return out, True


def literal_prefixes(pattern: str, limit: int = 32) -> set[str] | None:
    """Lowercased strings one of which begins every match of ``pattern`` (ignoring case), or
    None when a match may begin otherwise."""
    if _P is None:
        return None
    try:
        found = {p.lower() for p in _expand(list(_P.parse(pattern)), limit)[0]}
    except Exception:  # noqa: BLE001  (an unusual pattern: no prefixes)
        return None
    if "" in found:
        return None
    # "crew-" already finds every place "crew-dragon" could start
    return {p for p in found if not any(q != p and p.startswith(q) for q in found)}


def _required(items: list[Any], limit: int) -> set[str] | None:
    """Strings one of which every match of a parsed sequence contains, matched with case (the
    most telling of those its items give), or None when none is known."""
    best: set[str] | None = None
    run: set[str] | None = None  # the strings of the literal run being read

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and "" not in found:
            if best is None or min(map(len, found)) > min(map(len, best)):
                best = found

    for op, av in items:
        chars: set[str] | None = None
        if op is _C.LITERAL:
            chars = {chr(av)}
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av) and len(av) <= limit:
            chars = {chr(a) for _, a in av}
        if chars is not None:
            run = chars if run is None else {a + b for a in run for b in chars}
            if len(run) > limit:
                run = None
            continue
        consider(run)
        run = None
        found: set[str] | None = None
        if op is _C.SUBPATTERN:
            _, add_flags, _, sub = av
            # a group that ignores case: its letters may be written otherwise
            found = None if add_flags & re.IGNORECASE else _required(list(sub), limit)
        elif op is _C.ASSERT:  # what a look-ahead or look-behind requires is in the text too
            found = _required(list(av[1]), limit)
        elif op is _C.BRANCH:
            found = set()
            for alt in av[1]:
                got = _required(list(alt), limit)
                if got is None:
                    found = None
                    break
                found |= got
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            found = _required(list(av[2]), limit)
        consider(found)
    consider(run)
    return best


def required_literals(pattern: str, limit: int = 16) -> set[str] | None:
    """Strings one of which every match of ``pattern`` contains (with their case), or None when
    none is known: a text holding none of them has no match."""
    if _P is None:
        return None
    try:
        parsed = _P.parse(pattern)
        # a pattern that ignores case as a whole: its letters may be written otherwise
        found = None if parsed.state.flags & re.IGNORECASE else _required(list(parsed), limit)
    except Exception:  # noqa: BLE001  (an unusual pattern: no requirement)
        return None
    return found if found and len(found) <= limit else None


class BranchDispatch:
    r"""``re.compile(head + "(?:" + "|".join(parts) + ")" + tail).finditer`` that, at each place a
    match can start, tries only the parts whose first character fits the text there.

    ``not_after`` (a character class such as ``[\w-]``) is a class the character before a match
    is never in (what a look-behind in ``head`` says); it narrows the scan. Parts that may start
    with a lowercase letter ("(?i:Soyouz)": "le", "la", "sur" start so too) are looked for by
    their first letters instead ("soyo"), with ``str.find`` on the lowercased text. Parts whose
    first characters cannot be read make every call fall back to the plain regex.
    """

    def __init__(
        self, parts: list[str], head: str = "", tail: str = "", not_after: str = "", *, gate: bool = True
    ) -> None:
        self.parts, self.head, self.tail, self.not_after = parts, head, tail, not_after
        # parts with no literal start (tried at every capital) but with strings a match must
        # hold ("Capital", " «"): a text that holds none of them is scanned without those parts
        self.gates: list[tuple[int, tuple[str, ...]]] = []
        self._without: dict[tuple[int, ...], BranchDispatch] = {}
        whole = head + "(?:" + "|".join(parts) + ")" + tail
        self.regex = re.compile(first_char_guard(whole) + whole)  # the fallback, and the reference
        self.firsts: list[re.Pattern[str]] = []
        self.scan: re.Pattern[str] | None = None  # every part's first characters
        self.upper_scan: re.Pattern[str] | None = None  # those of the parts not in ``finds``
        self.finds: list[str] = []
        self.specials: re.Pattern[str] | None = None
        self.special_chars: tuple[str, ...] = ()  # the same characters: a few ``in`` tests beat a scan
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_parts: dict[tuple[int, ...], re.Pattern[str]] = {}
        if _P is None or not parts:
            return
        items: set[Any] = set()
        scanned: set[Any] = set()
        finds: set[str] = set()
        for part in parts:
            try:
                ws, mid, nullable, _ = _first(list(_P.parse(part)), False, False)
            except Exception:  # noqa: BLE001  (an unreadable part: plain regex)
                return
            if ws is _ANY or mid is _ANY or nullable or not ws:
                return
            try:
                self.firsts.append(re.compile(_render(ws | mid)))
            except (ValueError, re.error):  # a first character we cannot write: plain regex
                return
            items |= ws | mid
            found = literal_prefixes(part) if _may_start_lower(ws | mid) else None
            if found is not None and all(len(p) >= 2 for p in found):
                finds.update(p[:4] for p in found)
            else:
                scanned |= ws | mid
        cls, upper = _case_class(items), _case_class(scanned) if scanned else "(?!)"
        if cls is None or upper is None:
            return
        # a pattern that opens on a class: ``re`` skips to the next such character in C; the
        # look-behind then checks the character before it (the class sits between them)
        behind = rf"(?<!{not_after}.)" if not_after else ""
        try:
            self.scan = re.compile(cls + behind)
            self.upper_scan = re.compile(upper + behind)
        except re.error:  # pragma: no cover  (a class we could not write: plain regex)
            self.scan = None
            return
        self.finds = sorted(p for p in finds if not any(q != p and p.startswith(q) for q in finds))
        if gate:
            for number, part in enumerate(parts):
                if literal_prefixes(part) is None and (needed := required_literals(part)) is not None:
                    self.gates.append((number, tuple(sorted(needed))))
            del self.gates[8:]  # at most 2 ** 8 variants
        if self.finds:
            # text holding a character ``re`` takes for one of these letters but ``str.lower``
            # does not ("ſ" for "s") is scanned the slow way
            letters = set("".join(self.finds))
            if not _ALL_CHARS:
                _ALL_CHARS.append("".join(map(chr, itertools.chain(range(0xD800), range(0xE000, 0x110000)))))
            like = set(re.findall("(?i)[" + re.escape("".join(sorted(letters))) + "]", _ALL_CHARS[0]))
            odd = sorted(c for c in like if c.lower() not in letters)
            self.specials = re.compile("[" + re.escape("".join(odd)) + "]") if odd else None
            self.special_chars = tuple(odd)

    def _for_char(self, char: str) -> re.Pattern[str] | None:
        """The alternation of the parts that can start with ``char`` (None: none can)."""
        if char in self._by_char:
            return self._by_char[char]
        chosen = tuple(i for i, first in enumerate(self.firsts) if first.match(char))
        regex = None
        if chosen:
            regex = self._by_parts.get(chosen)
            if regex is None:
                body = "|".join(self.parts[i] for i in chosen)
                regex = self._by_parts[chosen] = re.compile(self.head + "(?:" + body + ")" + self.tail)
        if len(self._by_char) < 4096:  # one entry per character seen: bounded anyway
            self._by_char[char] = regex
        return regex

    def _without_parts(self, off: tuple[int, ...]) -> BranchDispatch:
        """The same alternation without the parts numbered ``off`` (built once per such set)."""
        found = self._without.get(off)
        if found is None:
            left = [part for number, part in enumerate(self.parts) if number not in off]
            # no part left: an empty alternation, which matches nothing
            found = BranchDispatch(left or ["(?!)"], self.head, self.tail, self.not_after, gate=False)
            self._without[off] = found
        return found

    def _has_special(self, text: str) -> bool:
        """Whether ``text`` holds one of ``special_chars``."""
        for char in self.special_chars:
            if char in text:
                return True
        return False

    def _starts(self, text: str) -> list[int]:
        """Places where a part may match, in order (a superset)."""
        if self.finds:
            lowered = text.lower()
            if len(lowered) == len(text) and not self._has_special(text):
                starts = set(map(_START, self.upper_scan.finditer(text)))
                find = lowered.find
                for prefix in self.finds:
                    at = find(prefix)
                    while at >= 0:
                        starts.add(at)
                        at = find(prefix, at + 1)
                return sorted(starts)
        return list(map(_START, self.scan.finditer(text)))

    def finditer(self, text: str) -> list[re.Match[str]]:
        """The matches ``self.regex.finditer(text)`` gives, as a list."""
        if self.scan is None:
            return list(self.regex.finditer(text))
        if self.gates:
            off = tuple(number for number, needed in self.gates if not any(s in text for s in needed))
            if off:
                # the parts that cannot match here are left out: the others match as before
                return self._without_parts(off).finditer(text)
        out = []
        end = 0
        by_char = self._by_char
        for start in self._starts(text):
            if start < end:
                continue  # finditer goes on after the last match
            char = text[start]
            regex = by_char[char] if char in by_char else self._for_char(char)
            if regex is None:
                continue
            m = regex.match(text, start)
            if m is not None and m.end() > start:
                out.append(m)
                end = m.end()
        return out


class MatchSpans:
    """``[m.span() for m in re.finditer(pattern, text)]`` as a call, faster when the pattern's
    first characters can be read: ``[first](?<=(?=(PATTERN)).)`` opens on a class, so ``re``
    skips to those characters in C and tries the pattern there, all without a Python step per
    place; the overlapping matches it also reports are dropped as ``finditer`` would."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        self.scan: re.Pattern[str] | None = None
        cls = None
        try:
            if _P is not None and not self.regex.groups:
                ws, mid, nullable, _ = _first(list(_P.parse(pattern)), False, False)
                if ws is not _ANY and mid is not _ANY and not nullable and ws:
                    cls = _case_class(ws | mid)
            if cls is not None:
                # (?s:.): the class may hold a line break, which a bare dot does not match
                self.scan = re.compile(cls + f"(?<=(?=({pattern}))(?s:.))")
        except Exception:  # noqa: BLE001  (an unreadable pattern: plain finditer)
            self.scan = None

    def __call__(self, text: str) -> list[tuple[int, int]]:
        if self.scan is None:
            return [m.span() for m in self.regex.finditer(text)]
        out = []
        end = 0
        for m in self.scan.finditer(text):
            start, stop = m.span(1)
            if start >= end and stop > start:
                out.append((start, stop))
                end = stop
        return out


# -- Doc.text, once per document --------------------------------------------------------------------
# spaCy rebuilds ``Doc.text`` from every token on each access (about 0.3 ms per 1,000 tokens);
# our components all need it. Splitting or merging tokens never changes the characters, so a
# Doc's string stays valid for its whole life. ``nlp.pipe`` hands one Doc through our components
# in turn (the one-slot cache answers), while stage-by-stage runs (``component.pipe`` over a list,
# the benchmark's profile) revisit a Doc later: a weak-keyed table answers them, and forgets a
# Doc when it is freed.
_last_text: tuple[Doc | None, str] = (None, "")
_texts: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()

# morph.get answers by (analysis hash, field), for every Doc: the analysis a hash names never
# changes, and parsing it costs ten times reading the hash. Callers only read the list.
_morph_by_key: dict[tuple[int, str], list[str]] = {}


def morph_values(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)``, memoised by the analysis (each ``get`` builds an array and
    splits strings; a text holds a few dozen analyses). Read the list, never change it."""
    morph = token.morph
    key = (morph.key, field)
    found = _morph_by_key.get(key)
    if found is None:
        if len(_morph_by_key) > 100_000:  # a long run over many texts: start again rather than grow
            _morph_by_key.clear()
        found = _morph_by_key[key] = morph.get(field)
    return found


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc."""
    global _last_text
    last, text = _last_text
    if last is doc:
        return text
    known = _texts.get(doc)
    # a cheap check that the string still fits the Doc (its last token ends where it does)
    if known is None or not len(doc) or len(known) != doc[-1].idx + len(doc[-1].text_with_ws):
        known = _join_tokens(doc)
        _texts[doc] = known
    _last_text = (doc, known)
    return known


#: token string by ``orth`` (a hash of the string itself, so the same in every vocabulary), as
#: (without, with a trailing space): indexed by the token's ``SPACY`` value
_orth_text: dict[int, tuple[str, str]] = {}


def remember_text(doc: Doc, text: str) -> Doc:
    """Tell :func:`doc_text` the string ``doc`` was made from (a tokenizer keeps every
    character), so that no component has to rebuild it."""
    _texts[doc] = text
    return doc


def _join_tokens(doc: Doc) -> str:
    """What ``Doc.text`` returns, built from the token hashes: a Token object per token costs
    more than a dictionary look-up per token, and the look-ups, the choice of the spaced form
    and the join all run in C (no Python step, no new string per token)."""
    # the vocabulary only grows: keep the table bounded (two strings an entry: about the memory
    # 500,000 single strings took)
    if len(_orth_text) > 300_000:
        _orth_text.clear()
    orths, spaces = doc.to_array([ORTH, SPACY]).reshape(-1, 2).T.tolist()
    forms = list(map(_orth_text.get, orths))
    if None in forms:  # words not seen yet: a few per document once the table is warm
        strings = doc.vocab.strings
        for i, form in enumerate(forms):
            if form is None:
                word = strings[orths[i]]
                forms[i] = _orth_text[orths[i]] = (word, word + " ")
    return "".join(map(operator.getitem, forms, spaces))
