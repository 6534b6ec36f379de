"""orbitext_paragraph_breaks: a blank line ends a sentence before the parser runs."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import orbitext
from orbitext.pipes.paragraphs import ParagraphBreaks

#: (text, the first words of the sentences that must start after a paragraph break)
CASES = [
    # a heading without a full stop, then its paragraph
    ("Un miroir mal poli\n\nLancé en avril 1990, le télescope a déçu.", ["Lancé"]),
    # a closing quote ends a paragraph
    ("« C'est du travail pour eux. »\n\nLa navette doit repartir en 1999.", ["La"]),
    # page furniture on lines of its own
    ("Partager : Facebook | X\n\n\nLe cargo s'est amarré lundi.", ["Le"]),
    # a single line break is no paragraph break (hard-wrapped text)
    ("La fusée a décollé de Kourou\nvendredi soir avec deux satellites.", []),
]


@pytest.mark.parametrize(("text", "starts"), CASES)
def test_paragraph_starts_a_sentence(nlp: Language, text: str, starts: list[str]) -> None:
    doc = nlp(text)
    after_break = [t.text for t in doc[1:] if doc[t.i - 1].is_space and doc[t.i - 1].text.count("\n") >= 2]
    assert after_break == starts
    assert all(doc[t.i].is_sent_start for t in doc[1:] if t.text in starts and doc[t.i - 1].is_space)
    if not starts:
        assert len(list(doc.sents)) == 1


def test_load_puts_it_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index("orbitext_paragraph_breaks") == names.index("parser") - 1
    assert orbitext.pipeline.mark_paragraph_breaks(nlp).pipe_names == names  # once only


def test_other_pipelines_are_left_alone() -> None:
    blank = spacy.blank("fr")
    assert "orbitext_paragraph_breaks" not in orbitext.add_components(blank).pipe_names


def test_component_alone_and_saved(tmp_path) -> None:
    blank = spacy.blank("fr")
    blank.add_pipe("orbitext_paragraph_breaks", config={"min_newlines": 3})
    doc = blank("Titre\n\nTexte.\n\n\nSuite.")
    assert [t.is_sent_start for t in doc if t.text in ("Texte", "Suite")] == [None, True]
    blank.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert isinstance(again.get_pipe("orbitext_paragraph_breaks"), ParagraphBreaks)
    assert again.get_pipe("orbitext_paragraph_breaks").min_newlines == 3
    assert blank("") is not None and blank("\n\n") is not None
