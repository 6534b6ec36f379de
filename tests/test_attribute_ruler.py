"""orbitext_attribute_ruler gives exactly the tokens spaCy's AttributeRuler gives, faster."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

import orbitext
from orbitext.pipeline import use_fast_base_components
from orbitext.pipes.attribute_ruler import FastAttributeRuler

ATTRS = [TAG, POS, LEMMA, MORPH, NORM, DEP]

SENTENCES = [
    "Thomas Pesquet a décollé de Cap Canaveral à bord de la capsule Crew Dragon Endeavour.",
    "Le lanceur Ariane 6 a quitté Kourou mardi à 21 h 30, heure de Guyane.",
    "La sortie dans l'espace a duré six heures et demie ; les deux astronautes sont rentrés.",
    "  Deux espaces  en tête, puis\n\nun saut de paragraphe et un chiffre : 42 !",
    "",
]

# (rules, whether they run as table look-ups): each rule is (patterns, attrs, index)
RULE_SETS = [
    ([([[{"POS": "PROPN"}]], {"TAG": "NPP"}, 0), ([[{"POS": "VERB"}]], {"TAG": "V"}, 0)], True),
    # later rules win on the same token; one rule with two alternative patterns
    (
        [
            ([[{"LOWER": "kourou"}], [{"ORTH": "Cap"}]], {"TAG": "LIEU"}, 0),
            ([[{"POS": "PROPN"}]], {"TAG": "NP"}, 0),
        ],
        True,
    ),
    ([([[{"TEXT": "a"}]], {"LEMMA": "avoir", "MORPH": "Mood=Ind|Tense=Pres"}, 0)], True),
    ([([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE"}, 0)], True),
    ([([[{"IS_PUNCT": True, "DEP": {"NOT_IN": [""]}}]], {"DEP": "punct"}, 0)], True),
    ([([[{"LOWER": {"IN": ["heure", "heures"]}}]], {"NORM": "heure"}, 0)], True),
    ([([[{"POS": "DET"}]], {"TAG": "D"}, -1)], True),
    # anything else goes through the Matcher, as in spaCy
    ([([[{"LOWER": "la"}, {"POS": "NOUN"}]], {"TAG": "NC"}, 1)], False),
    ([([[{"LOWER": {"REGEX": "^heure"}}]], {"TAG": "H"}, 0)], False),
    ([([[{"POS": "ADJ", "OP": "?"}]], {"TAG": "A"}, 0)], False),
    ([([[{}]], {"TAG": "TOUT"}, 0)], False),
    ([([[{"POS": "NOUN"}]], {"_": {"orbitext_test_flag": True}}, 0)], False),
    ([], True),
]
pytestmark = pytest.mark.filterwarnings("ignore:.*W036")  # the empty rule set


def _rulers(nlp: Language, rules: list) -> tuple[AttributeRuler, FastAttributeRuler]:
    plain, fast = AttributeRuler(nlp.vocab), FastAttributeRuler(nlp.vocab)
    for ruler in (plain, fast):
        for patterns, attrs, index in rules:
            ruler.add(patterns, attrs, index=index)
    return plain, fast


@pytest.fixture(scope="module")
def parsed(nlp: Language) -> list[Doc]:
    """The sentences parsed up to (not through) the attribute ruler."""
    names = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=names):
        return list(nlp.pipe(SENTENCES))


@pytest.mark.parametrize(("rules", "as_tables"), RULE_SETS)
def test_same_tokens_as_spacy_attribute_ruler(
    nlp: Language, parsed: list[Doc], rules: list, as_tables: bool
) -> None:
    if not Doc.has_extension("orbitext_test_flag"):
        Doc.set_extension("orbitext_test_flag", default=False)
        spacy.tokens.Token.set_extension("orbitext_test_flag", default=False)
    plain, fast = _rulers(nlp, rules)
    for doc in parsed:
        expected, got = plain(doc.copy()), fast(doc.copy())
        assert got.to_array(ATTRS).tolist() == expected.to_array(ATTRS).tolist()
        assert [t._.orbitext_test_flag for t in got] == [t._.orbitext_test_flag for t in expected]
    assert fast._plan is not None and fast._plan.complete is as_tables


def test_new_rules_are_taken_into_account(nlp: Language, parsed: list[Doc]) -> None:
    fast = FastAttributeRuler(nlp.vocab)
    fast.add([[{"POS": "PROPN"}]], {"TAG": "NPP"})
    fast(parsed[0].copy())
    fast.add([[{"LOWER": "pesquet"}]], {"TAG": "ASTRONAUTE"})
    assert fast(parsed[0].copy())[1].tag_ == "ASTRONAUTE"
    fast.clear()
    assert fast(parsed[0].copy())[1].tag_ == parsed[0][1].tag_


def test_load_runs_the_base_rules_as_tables(nlp: Language, stock_nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    assert nlp.get_pipe_meta("attribute_ruler").factory == "orbitext_attribute_ruler"
    reference = stock_nlp.get_pipe("attribute_ruler")
    assert ruler.patterns == reference.patterns
    doc = nlp("Sophie Adenot a rejoint la Station spatiale internationale.")
    assert ruler._plan is not None and ruler._plan.complete
    assert all(t.tag_ == t.pos_ for t in doc if not t.is_space)


def test_saved_pipeline_keeps_the_rules(nlp: Language, tmp_path) -> None:
    nlp.get_pipe("attribute_ruler").to_disk(tmp_path / "ruler")
    copy = FastAttributeRuler(nlp.vocab).from_disk(tmp_path / "ruler")
    assert copy.patterns == nlp.get_pipe("attribute_ruler").patterns


def test_pipelines_given_to_add_components_keep_their_ruler() -> None:
    base = spacy.blank("fr")
    base.add_pipe("attribute_ruler")
    assert type(use_fast_base_components(base).get_pipe("attribute_ruler")) is FastAttributeRuler
    other = spacy.blank("fr")
    other.add_pipe("attribute_ruler")
    orbitext.add_components(other)
    assert type(other.get_pipe("attribute_ruler")) is AttributeRuler
