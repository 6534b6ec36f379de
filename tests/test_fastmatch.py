"""PrefilteredMatcher gives exactly what spaCy's Matcher gives, on the event triggers and beyond."""

from __future__ import annotations

import json
import re

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from orbitext.fastmatch import (
    BranchDispatch,
    MatchSpans,
    PrefilteredMatcher,
    doc_text,
    guarded_alternation,
    literal_prefixes,
    required_literals,
)
from orbitext.resources import MODELS_DIR

SENTENCES = [
    "La fusée a décollé mardi de Kourou ; le décollage était prévu à 10h.",
    "Ils se sont doucement posés dans la steppe, puis sont revenus sur la Terre.",
    "Le vaisseau s'est amarré à l'ISS avant de se désamarrer trois jours plus tard.",
    "Deux sorties extravéhiculaires, une EVA et une marche spatiale sont au programme.",
    "Le retour de l'espace a eu lieu après le lancement réussi de la mission.",
    "Rien à signaler ici.",
    "",
]

EXTRA_PATTERNS = {
    "plus-first": [[{"LOWER": "la", "OP": "+"}, {"IS_ALPHA": True}]],  # not pre-scannable: fallback
    "optional-first": [[{"LOWER": "le", "OP": "?"}, {"LEMMA": "retour"}]],
}

# a repeated token after the first: pre-scanned, the sub-matcher reads on to the end of the Doc
REPEATED_PATTERNS = {
    "plus": [[{"LOWER": "la"}, {"IS_ALPHA": True, "OP": "+"}]],
    "star": [
        [
            {"LOWER": "sortie"},
            {"LOWER": "de"},
            {"LOWER": {"IN": ["plus", "de", "près"]}, "OP": "*"},
            {"LIKE_NUM": True},
        ]
    ],
}


def _triggers() -> dict[str, list[list[dict]]]:
    rules = json.loads((MODELS_DIR / "patterns" / "events.json").read_text(encoding="utf-8"))
    return {rule["id"]: [rule["pattern"]] for rule in rules["triggers"]}


def _both(nlp: Language, patterns: dict[str, list[list[dict]]]) -> tuple[Matcher, PrefilteredMatcher]:
    plain, fast = Matcher(nlp.vocab), PrefilteredMatcher(nlp.vocab)
    for key, pats in patterns.items():
        plain.add(key, pats)
        fast.add(key, pats)
    return plain, fast


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_matcher(nlp: Language, text: str) -> None:
    plain, fast = _both(nlp, _triggers())
    assert fast.filterable
    doc = nlp(text)
    assert sorted(fast(doc)) == sorted(plain(doc))


@pytest.mark.parametrize("name", sorted(EXTRA_PATTERNS))
def test_patterns_it_cannot_prescan_fall_back(nlp: Language, name: str) -> None:
    plain, fast = _both(nlp, {name: EXTRA_PATTERNS[name]})
    assert not fast.filterable
    doc = nlp(SENTENCES[1] + " " + SENTENCES[4])
    assert sorted(fast(doc)) == sorted(plain(doc))


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("plus", SENTENCES[1] + " " + SENTENCES[4], 3),
        (
            "star",
            "Une sortie de plus de 6 heures, puis une sortie de 7 heures et une sortie de près de 5 heures.",
            3,
        ),
        ("star", "La sortie de la mission est prévue.", 0),
    ],
)
def test_repeated_tokens_after_the_first_are_prescanned(
    nlp: Language, name: str, text: str, count: int
) -> None:
    plain, fast = _both(nlp, {name: REPEATED_PATTERNS[name]})
    assert fast.filterable
    doc = nlp(text)
    assert sorted(fast(doc)) == sorted(plain(doc))
    assert len(fast(doc)) == count


# -- BranchDispatch, MatchSpans, doc_text -----------------------------------------------------------

DESIGNATIONS = [
    "(?i:(?:Soyouz|Soyuz)[- ]MS-?\\d{1,2})",
    "(?:(?:SpaceX )?Crew-\\d{1,2})",
    "(?:\\bsatellites? (?P<g2_name>[A-Z][a-z]+-\\d+))",
    "(?:[A-ZÀ-Ý][a-zà-ÿ]+ «[A-ZÀ-Ý][a-zà-ÿ]+» [A-ZÀ-Ý][a-zà-ÿ]+)",
    "(?i:Longue[- ]Marche \\d[A-F]?)",
]
DESIGNATION_TEXTS = [
    "Le vaisseau Soyouz MS-25 a rejoint l'ISS ; la capsule soyuz ms-24 est rentrée.",
    "La mission SpaceX Crew-8 a décollé, Crew-9 suivra ; le satellite Galaxy-30 aussi.",
    "Youri «Gaga» Gagarine parlait peu. La fusée LONGUE MARCHE 2F est partie le long du pas de tir.",
    "ſoyouz MS-3, SOYOUZ MS-4, İ, ı, K : des lettres que re rapproche de s, i, k.",
    "Rien à signaler ici.",
    "",
]


@pytest.mark.parametrize("text", DESIGNATION_TEXTS)
def test_branch_dispatch_finds_what_finditer_finds(text: str) -> None:
    parts = [f"(?P<f{i}>{body})" for i, body in enumerate(DESIGNATIONS)]
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)")
    fast = BranchDispatch(parts, r"(?<![\w-])", r"(?!\w)", r"[\w-]")
    assert fast.scan is not None  # the parts are readable: the fast path is the one tested
    want = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == want
    # and again on texts shaped to make branches start inside one another
    for variant in (text.upper(), text.lower(), text.replace(" ", "-")):
        want = [(m.span(), m.lastgroup) for m in plain.finditer(variant)]
        assert [(m.span(), m.lastgroup) for m in fast.finditer(variant)] == want


def test_literal_prefixes() -> None:
    found = literal_prefixes("(?i:(?:Soyouz|Soyuz)[- ]MS)")
    assert found == {"soyouz ms", "soyouz-ms", "soyuz ms", "soyuz-ms"}
    assert literal_prefixes("(?:(?:SpaceX )?Crew-\\d)") == {"spacex crew-", "crew-"}
    assert literal_prefixes("[A-Z][a-z]+") is None


def test_required_literals() -> None:
    assert required_literals('[A-Z][a-z]+ ["«][A-Z][a-z]+') == {' "', " «"}
    assert required_literals("[A-Z]\\w+ (?:Capital|Ventures?)") == {"Capital", "Venture"}
    assert required_literals("(?:(?<=astéroïde )|(?<=comète ))\\d+") == {"astéroïde ", "comète "}
    # nothing a match must hold, or letters that may be written in another case
    assert required_literals("[A-Z][a-z]+") is None
    assert required_literals("(?:x|)[a-z]") is None
    assert required_literals("(?i:capital)") is None
    assert required_literals("(?i)capital") is None


def test_branch_dispatch_leaves_out_parts_a_text_cannot_match() -> None:
    parts = [
        "(?P<f0>Crew-\\d)",
        "(?P<f1>[A-Z][a-z]+ (?:Capital|Partners))",
        "(?P<f2>[A-Z][a-z]+ «[A-Z][a-z]+»)",
    ]
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)")
    fast = BranchDispatch(parts, r"(?<![\w-])", r"(?!\w)", r"[\w-]")
    assert [number for number, _ in fast.gates] == [1, 2]
    for text in ("Crew-8 et Sequoia Capital", "Youri «Gaga» avec Crew-9", "Rien", "Crew-1", ""):
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == want


@pytest.mark.parametrize(
    "text",
    [
        "Crédit photo : NASA / Bill Ingalls (légende)",
        "© ESA, photos : CNES",
        "Image: Image: X",
        "pas de crédit ici",
        "",
    ],
)
def test_match_spans_as_finditer(text: str) -> None:
    pattern = r"(?:[Cc]r[ée]dits?(?: photos?)?|©|\b[Pp]hotos? ?:|\b[Ii]mages? ?:)[^\n()]{0,40}"
    fast = MatchSpans(pattern)
    assert fast.scan is not None
    assert fast(text) == [m.span() for m in re.finditer(pattern, text)]


CUES = [
    r"(?:tout )?(?:accepter|refuser)\W*$",
    r"lire aussi\b",
    r".{0,40}\bcookies?\b.{0,200}(?:accepter|refuser)",  # no first character to read: unguarded
    r"à (?:lire|voir) aussi",
    r"\s*partager",
    r"(?<=\n)abonnez-vous",
]
CUE_TEXTS = [
    "Accepter\nLIRE AUSSI : la suite\n  À voir aussi\nNous utilisons des cookies pour accepter",
    "\tpartager sur X\nabonnez-vous\n\nRien ici.",
    "",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_guarded_alternation_matches_as_plain(text: str) -> None:
    plain = re.compile(r"^[ \t]*(?:" + "|".join(f"(?:{p})" for p in CUES) + ")", re.I | re.M)
    body = guarded_alternation(CUES, re.IGNORECASE)
    assert "(?=" in body  # some runs got a guard
    fast = re.compile(r"^[ \t]*(?:" + body + ")", re.I | re.M)
    for variant in (text, text.upper(), text.lower()):
        assert [m.span() for m in fast.finditer(variant)] == [m.span() for m in plain.finditer(variant)]
        assert [m.span() for m in re.finditer(body, variant, re.I)] == [
            m.span() for m in re.finditer("|".join(f"(?:{p})" for p in CUES), variant, re.I)
        ]


def test_match_spans_on_line_breaks() -> None:
    # a pattern that may start with a line break (the scan's look-behind must take one)
    pattern = r"[.!?…][\"»”)]*\s+|\n"
    fast = MatchSpans(pattern)
    assert fast.scan is not None
    for text in ("Titre\n\nUn. Deux !\n», fin…", "\n", ".\n\n", "sans fin"):
        assert fast(text) == [m.span() for m in re.finditer(pattern, text)]


def test_doc_text_once_per_doc_in_any_order(nlp: Language) -> None:
    docs = [nlp.make_doc(text) for text in SENTENCES if text]
    assert [doc_text(doc) for doc in docs] == [doc.text for doc in docs]
    assert [doc_text(doc) for doc in reversed(docs)] == [doc.text for doc in reversed(docs)]
    # splitting a token keeps the characters: the remembered string stays right
    doc = docs[0]
    with doc.retokenize() as retokenizer:
        retokenizer.split(doc[1], ["fu", "sée"], heads=[(doc[1], 1), doc[1].head])
    doc_text(docs[1])
    assert doc_text(doc) == doc.text == SENTENCES[0]
