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

import re
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

#: token attributes the pre-scan can read: pattern key -> spaCy attribute id
_ATTRS: dict[str, int] = {"LEMMA": LEMMA, "LOWER": LOWER, "TEXT": ORTH, "ORTH": ORTH, "NORM": NORM}
#: keys of a first token that only narrow a match further (ignored: the pre-scan is a superset)
_NARROWING = {"POS", "TAG", "MORPH", "DEP", "ENT_TYPE", "IS_PUNCT", "IS_ALPHA", "IS_TITLE", "IS_LOWER",
              "IS_UPPER", "LENGTH", "IS_SENT_START", "SENT_START"}


class PrefilteredMatcher:
    """``Matcher`` with a first-token pre-scan; same ``add``/``__call__``/``__len__`` interface."""

    def __init__(self, vocab: Vocab, **kwargs: Any) -> None:
        self.vocab = vocab
        self.kwargs = kwargs
        self.matcher = Matcher(vocab, **kwargs)  # every pattern: the fallback
        # per pattern, in add order: (key hash, sub-matcher or None when one token decides, length)
        self.parts: list[tuple[int, Matcher | None, int]] = []
        self.literal: dict[tuple[int, int], list[int]] = {}  # (attribute, value hash) -> pattern numbers
        self.regexes: dict[int, list[tuple[int, re.Pattern[str]]]] = {}  # attribute -> (number, regex)
        self.filterable = True
        self._regex_cache: dict[tuple[int, int], tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key: str) -> bool:
        return key in self.matcher

    def add(self, key: str, patterns: list[list[dict[str, Any]]], **kwargs: Any) -> None:
        """Add patterns as ``Matcher.add`` does, and index their first tokens."""
        self.matcher.add(key, patterns, **kwargs)
        if kwargs.get("on_match") is not None or kwargs.get("greedy") is not None:
            self.filterable = False
        for pattern in patterns:
            if not self._index(key, pattern):
                self.filterable = False

    def _index(self, key: str, pattern: list[dict[str, Any]]) -> bool:
        """Index the first token of one pattern; False when it cannot be pre-scanned."""
        if not pattern or any(tok.get("OP", "1") not in ("?", "!", "1") for tok in pattern):
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
        self.parts.append((strings.add(key), sub, len(pattern)))
        return True

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        """(token index, pattern number) pairs where the pattern's first token matches."""
        attrs = sorted({attr for attr, _ in self.literal} | set(self.regexes))
        table = doc.to_array(attrs).reshape(len(doc), len(attrs))
        strings = self.vocab.strings
        cache = self._regex_cache
        if len(cache) > 500_000:  # the vocabulary only grows: keep the cache bounded
            cache.clear()
        out: list[tuple[int, int]] = []
        for column, attr in enumerate(attrs):
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
        for start, number in self._candidates(doc):
            key, sub, length = self.parts[number]
            if sub is None:
                found.append((key, start, start + 1))
                continue
            window = doc[start : min(len(doc), start + length)]
            # the first call checks the annotations the patterns need, as a full call would
            for match_key, begin, end in sub(window, allow_missing=checked):
                if begin == 0:
                    found.append((match_key, start, start + end))
            checked = True
        # candidates come by start, then in pattern order: Matcher's order for the same span
        return found


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
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_NOT_WORD": r"\W"}


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


def _render(items: set[Any]) -> str:
    """A class (or two: exact and ignore-case) matching any of the first-character items."""
    classes = []
    for icase in (False, True):
        out = []
        for (op, av), _ in sorted((i for i in items if i[1] == icase), key=repr):
            if op is _C.LITERAL:
                out.append(re.escape(chr(av)))
            elif op is _C.RANGE:
                out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
            elif op is _C.CATEGORY and str(av) in _CATEGORIES:
                out.append(_CATEGORIES[str(av)])
            else:
                raise ValueError(op)
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


# -- Doc.text, once per document --------------------------------------------------------------------
# spaCy rebuilds ``Doc.text`` from every token on each access (about 0.4 ms per 1,000 tokens);
# our components run one after the other on the same Doc and all need it. Splitting or merging
# tokens never changes the characters, so the string of the last Doc seen stays valid.
_last_text: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once for the Doc the pipeline is working on."""
    global _last_text
    last, text = _last_text
    if last is not doc:
        text = "".join([t.text_with_ws for t in doc])  # what Doc.text does, as a faster list join
        _last_text = (doc, text)
    return text
