"""The views behind the notebooks: displaCy with our colours, the events view, DataFrames, `orbitext show`."""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

import orbitext
from orbitext.cli import app
from orbitext.display import DISPLACY_COLORS, entity_data, event_spans, html_page, read_document
from orbitext.frames import ENTITY_COLUMNS, EVENT_COLUMNS, MISSION_COLUMNS, records_to_dataframe
from orbitext.schema import CrewMember, Event, Evidence, Mission, Phase

TEXT = "La capsule Soyouz MS-25 a atterri le 6 avril au Kazakhstan avec Oleg Novitski, 52 ans."


def ev(text: str, part: str) -> Evidence:
    start = text.index(part)
    return Evidence(start=start, end=start + len(part), text=part)


def hand_made_doc(nlp: Language) -> Doc:
    """A Doc with records written by hand: the views must not depend on what the rules find."""
    doc = nlp.make_doc(TEXT)
    doc._.orbitext_date = "2024-04-07"
    doc._.events = [
        Event(
            type="LANDING",
            date="2024-04-06",
            place="Kazakhstan",
            spacecraft=["Soyouz MS-25"],
            participants=["Oleg Novitski"],
            trigger=ev(TEXT, "atterri"),
            evidence={
                "date": [ev(TEXT, "le 6 avril")],
                "place": [ev(TEXT, "Kazakhstan")],
                "spacecraft": [ev(TEXT, "Soyouz MS-25")],
                "participants": [ev(TEXT, "Oleg Novitski")],
            },
        ).model_dump(mode="json")
    ]
    doc._.missions = [
        Mission(
            crew=[CrewMember(name="Oleg Novitski", role="cosmonaute", age=52)],
            spacecraft=["Soyouz MS-25"],
            landing=Phase(date="2024-04-06", place="Kazakhstan"),
            events=[0],
        ).model_dump(mode="json")
    ]
    doc._.orbitext_temporals = [
        {"start": 34, "end": 44, "label": "DATE", "text": "le 6 avril", "value": "2024-04-06"}
    ]
    return doc


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return hand_made_doc(nlp)


def test_displacy_options_carry_our_colours() -> None:
    colors = orbitext.displacy_options()["colors"]
    assert colors["SPACECRAFT"] == DISPLACY_COLORS["SPACECRAFT"]
    assert colors["MISSION"] == DISPLACY_COLORS["MISSION"]
    events = orbitext.displacy_options("events")["colors"]
    assert {"LAUNCH", "LANDING", "LANDING.place", "SPACEWALK.participants"} <= set(events)


def test_entity_view_uses_our_colours(nlp: Language) -> None:
    real = nlp(orbitext.make_doc(nlp, "Le vaisseau Soyouz MS-25 a rejoint l'ISS pour l'Expédition 70.", None))
    html = orbitext.render(real, jupyter=False)
    assert 'class="entities"' in html
    for ent in real.ents:
        if ent.label_ in DISPLACY_COLORS:
            assert DISPLACY_COLORS[ent.label_] in html
    assert "<svg" in orbitext.render(real, style="dep", jupyter=False)


def test_entity_view_adds_temporals_without_overlaps(doc: Doc) -> None:
    ents = entity_data(doc)["ents"]
    assert {"start": 34, "end": 44, "label": "DATE", "kb_id": "", "kb_url": "#"} in ents
    assert all(a["end"] <= b["start"] for a, b in zip(ents, ents[1:], strict=False))


def test_events_view_highlights_trigger_and_arguments(doc: Doc) -> None:
    labels = {(s["label"], doc.text[s["start"] : s["end"]]) for s in event_spans(doc)}
    assert ("LANDING", "atterri") in labels
    assert ("LANDING.place", "Kazakhstan") in labels
    assert ("LANDING.participants", "Oleg Novitski") in labels
    html = orbitext.render(doc, style="events", jupyter=False)
    assert "LANDING.date" in html and "spans" in html


@pytest.mark.parametrize("style", ["ent", "events", "span"])
def test_render_styles_return_markup(doc: Doc, style: str) -> None:
    assert orbitext.render(doc, style=style, jupyter=False)


def test_render_rejects_bad_input(doc: Doc) -> None:
    with pytest.raises(ValueError, match="style"):
        orbitext.render(doc, style="tree", jupyter=False)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Doc"):
        orbitext.render("Soyouz")  # type: ignore[arg-type]


def test_events_view_of_a_doc_without_events(nlp: Language) -> None:
    assert "spans" in orbitext.render(nlp.make_doc("Rien à signaler."), style="events", jupyter=False)


# ---- DataFrames -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "columns", "rows"),
    [("events", EVENT_COLUMNS, 1), ("missions", MISSION_COLUMNS, 1), ("entities", ENTITY_COLUMNS, 1)],
)
def test_records_to_dataframe(doc: Doc, kind: str, columns: list[str], rows: int) -> None:
    pytest.importorskip("pandas")
    record = orbitext.doc_to_record(doc, "d1")
    frame = records_to_dataframe([record, record.model_dump(mode="json")], kind=kind)  # type: ignore[arg-type]
    assert list(frame.columns) == columns
    assert len(frame) >= 2 * rows
    assert set(frame["doc_id"]) == {"d1"}


def test_dataframe_values(doc: Doc) -> None:
    pytest.importorskip("pandas")
    events = records_to_dataframe(doc, kind="events")
    assert events.loc[0, "participants"] == "Oleg Novitski"
    assert events.loc[0, "trigger"] == "atterri"
    missions = records_to_dataframe(doc, kind="missions", sep=None)
    assert missions.loc[0, "crew"] == ["Oleg Novitski"] and missions.loc[0, "landing_place"] == "Kazakhstan"
    with pytest.raises(ValueError, match="kind"):
        records_to_dataframe(doc, kind="people")  # type: ignore[arg-type]


def test_dataframe_without_pandas_names_the_extra(doc: Doc, monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"orbitext\[notebook\]"):
        records_to_dataframe(doc)


# ---- orbitext show ---------------------------------------------------------------------------


def test_html_page(doc: Doc) -> None:
    page = html_page(doc, title="essai")
    assert page.startswith("<!DOCTYPE html>") and "<title>essai</title>" in page and "LANDING" in page


def test_read_document_from_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "a", "text": "Premier.", "date": None},
        {"id": "b", "text": "Second.", "date": "2024-01-02"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert read_document(str(path))["id"] == "a"
    assert read_document(str(path), doc_id="b") == {"id": "b", "text": "Second.", "date": "2024-01-02"}
    with pytest.raises(ValueError, match="'c'"):
        read_document(str(path), doc_id="c")


def test_show_command_terminal_and_html(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(orbitext.pipeline, "default_pipeline", lambda: nlp)  # reuse the session pipeline
    text = tmp_path / "depeche.txt"
    text.write_text("Le vaisseau Shenzhou-17 s'est posé mardi en Mongolie-Intérieure.", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["show", str(text), "--date", "2024-05-01"])
    assert result.exit_code == 0, result.output
    assert "Shenzhou-17" in result.output and "depeche.txt" in result.output
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["show", str(text), "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert 'class="entities"' in out.read_text(encoding="utf-8")
    missing = runner.invoke(app, ["show", str(tmp_path / "absent.txt")])
    assert missing.exit_code == 2


def test_readme_notebook_example_runs(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first code block of the README's "Notebooks and spaCy" section runs as written."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Notebooks and spaCy", 1)[1]
    block = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.setattr(orbitext, "load", lambda *args, **kwargs: nlp)  # the session pipeline
    namespace: dict = {}
    exec(compile(block, "README.md", "exec"), namespace)
    assert isinstance(namespace["doc"], Doc)


def test_plot_timeline(doc: Doc) -> None:
    pytest.importorskip("pandas")
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")  # no screen
    from orbitext.display import plot_timeline

    record = orbitext.doc_to_record(doc, "d1")
    ax = plot_timeline([record, record.model_copy(update={"id": "d2"})])
    assert ax.get_title() == "2 dated events of 2"
    assert [t.get_text() for t in ax.texts] == ["d1", "d2"]
    empty = plot_timeline(orbitext.DocumentRecord(id="vide"))
    assert empty.get_title() == "0 dated events of 0"
