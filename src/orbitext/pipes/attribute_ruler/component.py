"""orbitext_attribute_ruler: spaCy's ``attribute_ruler`` with a table look-up for one-token rules.

``fr_core_news_md``'s attribute ruler holds 23 rules of the form ``[{"POS": "ADJ"}] -> {"TAG":
"ADJ"}`` (it copies the coarse tag into the fine one). spaCy runs them through its ``Matcher``,
which tries every rule at every token: about 3 % of the whole pipeline's CPU, as much as our
furniture, entities and canonical components together. A rule that matches one token on equal
attribute values is a dictionary look-up on that token's values, and its effect on plain token
fields (TAG, POS, LEMMA, MORPH, NORM) is an array write. This component does exactly that and
leaves every other rule to the inherited ``Matcher`` path, so it gives the same tokens as
``AttributeRuler`` for any rule set. Patterns, ``to_disk``/``from_disk`` and scoring are
``AttributeRuler``'s own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import DEP, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: token attributes a one-token rule may test and still be a table look-up: for these the
#: Matcher compares the token's value (what ``Doc.to_array`` gives) with the pattern's value
#: interned in the string store
_LOOKUP_ATTRS = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "NORM": NORM,
    "POS": POS,
    "TAG": TAG,
    "LEMMA": LEMMA,
    "DEP": DEP,
    "IS_SPACE": IS_SPACE,
    "IS_PUNCT": IS_PUNCT,
    "IS_ALPHA": IS_ALPHA,
    "IS_DIGIT": IS_DIGIT,
}
#: fields a rule may set and still be written with ``Doc.from_array``: ``set_token_attrs`` puts
#: them on the token only (the lexeme has no such field, and NORM is never set on it); DEP without
#: HEAD sets nothing else in ``from_array``
_WRITABLE_ATTRS = frozenset({TAG, POS, LEMMA, MORPH, NORM, DEP})


class FastAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose one-token, equal-value rules run as a table look-up."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._plan: _Plan | None = None

    # every change of the rules goes through ``clear`` or ``add``: the plan is rebuilt lazily
    def clear(self) -> None:
        super().clear()
        self._plan = None

    def add(self, patterns: Iterable, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._plan = None

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            if self._plan is None:
                self._plan = _Plan.build(self)
            if self._plan.complete:
                self._plan.apply(doc)
            else:
                self.set_annotations(doc, self.match(doc))
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


#: what a pattern asks of one attribute: ("==", value), ("IN", values) or ("NOT_IN", values), all true
_Test = tuple[tuple[str, Any], ...]
#: one pattern of a rule: ((position of the attribute in the plan's keys, test), ...)
_Option = tuple[tuple[int, _Test], ...]


class _Plan:
    """The rules as look-up tables (``complete`` is False when some rule does not allow it)."""

    def __init__(
        self, complete: bool, keys: list[int], alternatives: list[list[_Option]], writes: list
    ) -> None:
        self.complete = complete
        self.keys = keys  # the attributes read from each token
        self.alternatives = alternatives  # per rule: its patterns as ((key position, test), ...)
        self.writes = writes  # per rule: [(attribute, value)] to write
        self.columns = sorted({attr for rule in writes for attr, _ in rule})
        self.writes_by_values: dict[tuple[int, ...], list[tuple[int, int]]] = {}  # filled as met

    @classmethod
    def build(cls, ruler: AttributeRuler) -> _Plan:
        strings = ruler.vocab.strings
        tests, writes = [], []
        for number, attrs in enumerate(ruler.attrs):
            options = _one_token_tests(ruler.matcher.get(str(number))[1], strings)
            rule_writes = [(attr, value) for attr, value in attrs.items() if attr in _WRITABLE_ATTRS]
            if options is None or len(rule_writes) != len(attrs) or ruler.indices[number] not in (0, -1):
                return _INCOMPLETE
            tests.append(options)
            writes.append(rule_writes)
        keys = sorted({attr for options in tests for option in options for attr in option})
        if not keys and tests:  # a rule matching every token: left to the Matcher
            return _INCOMPLETE
        alternatives = [
            [tuple((keys.index(attr), value) for attr, value in option.items()) for option in options]
            for options in tests
        ]
        return cls(True, keys, alternatives, writes)

    def _writes_for(self, values: tuple[int, ...]) -> list[tuple[int, int]]:
        """[(column, value)] the rules leave on a token with these values (memoised).

        The rules apply in rule order, as AttributeRuler sorts its matches by rule, so a later
        rule's value wins."""
        final: dict[int, int] = {}
        for number, options in enumerate(self.alternatives):
            if any(all(_passes(values[k], test) for k, test in option) for option in options):
                for attr, value in self.writes[number]:
                    final[self.columns.index(attr)] = value
        found = sorted(final.items())
        self.writes_by_values[values] = found
        return found

    def apply(self, doc: Doc) -> None:
        if not self.columns or not len(doc):
            return
        rows = doc.to_array(self.keys).reshape(len(doc), len(self.keys)).tolist()
        out = doc.to_array(self.columns).reshape(len(doc), len(self.columns))
        memo = self.writes_by_values
        touched = False
        # measured: a per-token loop with item writes beats numpy.unique over the rows and
        # plain-list tables converted back (0.68 against 0.82-0.89 ms per 1,000 tokens)
        for i, values in enumerate(map(tuple, rows)):
            writes = memo.get(values)
            if writes is None:
                writes = self._writes_for(values)
            for column, value in writes:
                out[i, column] = value
                touched = True
        if touched:
            doc.from_array(self.columns, out)


_INCOMPLETE = _Plan(False, [], [], [])


def _one_token_tests(patterns: list, strings: Any) -> list[dict[int, _Test]] | None:
    """Per alternative pattern, {attribute id: test} when it is one token whose every key is an
    attribute of ``_LOOKUP_ATTRS`` tested for an equal value or with IN / NOT_IN; None when any
    alternative is anything else. Values are interned as the Matcher interns them."""
    alternatives = []
    for pattern in patterns:
        if len(pattern) != 1:
            return None
        tests: dict[int, _Test] = {}
        for key, value in pattern[0].items():
            attr = _LOOKUP_ATTRS.get(key.upper()) if isinstance(key, str) else None
            if attr is None:
                return None
            if isinstance(value, dict):  # set predicates, all of which must hold (_SetPredicate)
                if not value or set(value) - {"IN", "NOT_IN"}:
                    return None
                if not all(
                    isinstance(v, (str, int)) and not isinstance(v, bool) for vs in value.values() for v in vs
                ):
                    return None
                tests[attr] = tuple((op, frozenset(get_string_id(v) for v in vs)) for op, vs in value.items())
            elif isinstance(value, (str, bool, int)):
                # the Matcher's _get_attr_values: strings interned, booleans as 0/1
                tests[attr] = (("==", strings.add(value) if isinstance(value, str) else int(value)),)
            else:
                return None
        alternatives.append(tests)
    return alternatives


def _passes(value: int, test: _Test) -> bool:
    for op, operand in test:
        if op == "==":
            if value != operand:
                return False
        elif (value in operand) != (op == "IN"):  # type: ignore[operator]
            return False
    return True


@Language.factory(
    "orbitext_attribute_ruler",
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable | None = attribute_ruler_score
) -> FastAttributeRuler:
    """Create an empty :class:`FastAttributeRuler` (rules come from ``from_disk`` or ``add_patterns``)."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)
