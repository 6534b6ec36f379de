"""A catalogue of hostile inputs: no crash, offsets into the original text, clear API errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from spacy.language import Language

import orbitext
from orbitext.corpus import record_line
from orbitext.schema import DocumentRecord

BASE = "Le vaisseau Soyouz MS-18 a atterri au Kazakhstan le 17 octobre 2021 avec Oleg Novitski."

HOSTILE: list[tuple[str, str]] = [
    ("empty", ""),
    ("blank", " \n\t \r\n "),
    ("html", "<p>Le vaisseau <b>Soyouz MS-18</b> a atterri&nbsp;au <a href='x'>Kazakhstan</a>.</p>"),
    ("html-entities", "Roscosmos &amp; la NASA &eacute;voquent le lancement &#8220;r&eacute;ussi&#8221;."),
    ("script", "<script>var lancement = 'Soyouz';</script><style>p{color:red}</style>" + BASE),
    ("control-chars", "Le\x00 vaisseau\x07 Soyouz\x1b[31m MS-18\x0b a\x0c atterri\x7f au Kazakhstan."),
    (
        "zero-width",
        "Le vaisseau So\u200byouz MS\u200d-18 a atterri au Ka\u200czakh\ufeffstan avec Oleg\u2060 Novitski.",
    ),
    ("lone-surrogate", "Roscosmos \ud800 a lancé la fusée Soyouz \udfff depuis Baïkonour le 5 octobre."),
    ("surrogate-in-name", "Oleg Novi\udc80tski est rentré sur Terre."),
    ("bidi", "\u202eLe vaisseau Soyouz MS-18\u202c a atterri au \u200fKazakhstan."),
    ("combining", "Bai\u0308konour et Kourou accueillent des lancements; Pe\u0301ressild est actrice."),
    ("mixed-scripts", "Союз МС-18 (Soyouz MS-18) a atterri; 神舟十三号 Shenzhou-13 a décollé de Jiuquan."),
    ("emoji", "🚀 La fusée Falcon 9 a décollé 🚀🚀 de Cap Canaveral 👩‍🚀 avec Crew-2 !"),
    ("english", "The Soyuz MS-18 spacecraft landed in Kazakhstan on October 17, 2021 with Oleg Novitskiy."),
    ("german", "Die Sojus MS-18 ist am 17. Oktober 2021 in Kasachstan gelandet."),
    ("non-space-french", "Le lancement du nouveau parfum a eu lieu mardi; l'avion a atterri à Orly à 14h."),
    ("only-punctuation", "!!!???...;;;:::,,,---___((()))[[[]]]"),
    ("numbers", "12 34 5678 9.10 1e10 0x1F 17/10/2021 25:99 4h36 -1 +2"),
    ("long-token", "Soyouz" + "x" * 5000 + " a atterri."),
    ("repeated-newlines", "\n" * 500 + BASE + "\n" * 500),
    ("many-short-lines", "\n".join(["Soyouz MS-18."] * 300)),
    ("tabs-nbsp", "Le\u00a0vaisseau\tSoyouz\u202fMS-18\u2009a atterri\u3000au Kazakhstan."),
    ("crlf", "Le vaisseau Soyouz MS-18 a atterri.\r\nOleg Novitski était à bord.\r\n"),
    ("private-use", "Le vaisseau \ue000\uf8ff Soyouz MS-18 \U000f0000 a atterri."),
    ("noncharacters", "Le vaisseau \ufffe\uffff Soyouz MS-18 a atterri \ufffd au Kazakhstan."),
    ("json-like", '{"id": "x", "text": "Soyouz"} [1, 2, 3] null true'),
    ("url-email", "Voir https://www.roscosmos.ru/soyouz-ms-18?x=1&y=2 ou écrire à presse@nasa.gov."),
    ("cookie-banner", "Tout Accepter Refuser Paramétrer. " + BASE + " Partager sur Twitter Facebook."),
    ("upper", BASE.upper()),
    ("no-spaces", BASE.replace(" ", "")),
    ("repeated-entity", " ".join(["Soyouz MS-18 Baïkonour Roscosmos"] * 200)),
]


def _check_offsets(record: DocumentRecord, text: str) -> None:
    for entity in record.entities:
        assert 0 <= entity.start <= entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text, entity
    for item in [*record.events, *record.missions]:
        for spans in item.evidence.values():
            for span in spans:
                assert text[span.start : span.end] == span.text, span
    for event in record.events:
        if event.trigger is not None:
            assert text[event.trigger.start : event.trigger.end] == event.trigger.text


@pytest.mark.parametrize(("name", "text"), HOSTILE, ids=[name for name, _ in HOSTILE])
def test_hostile_text_gives_a_valid_record(nlp: Language, name: str, text: str) -> None:
    record = orbitext.extract(text, date="2021-10-18", doc_id=name, nlp=nlp)
    assert record.error is None and record.id == name
    _check_offsets(record, text)
    # it can always be written as one JSON line and read back
    line = record_line(record)
    assert line.endswith("\n") and "\n" not in line[:-1]
    line.encode("utf-8")
    assert json.loads(line)["id"] == name
    if not text.strip():
        assert record.entities == [] and record.events == [] and record.missions == []


def test_hostile_batch_equals_one_by_one(nlp: Language) -> None:
    items = [(name, text, "2021-10-18") for name, text in HOSTILE]
    piped = list(orbitext.pipe_records(items, nlp=nlp, batch_size=7))
    assert [r.id for r in piped] == [name for name, _ in HOSTILE]
    for record, (name, text, date) in zip(piped, items, strict=True):
        assert record.model_dump() == orbitext.extract(text, date, doc_id=name, nlp=nlp).model_dump()


def test_surrogates_survive_in_the_output(nlp: Language) -> None:
    text = "Oleg Novi\udc80tski est rentré sur Terre."
    line = record_line(orbitext.extract(text, nlp=nlp))
    back = DocumentRecord.model_validate(json.loads(line))
    _check_offsets(back, text)


@pytest.mark.parametrize("text", [None, 42, b"Soyouz MS-18", ["Soyouz"], {"text": "x"}])
def test_non_string_text_is_a_type_error(nlp: Language, text: object) -> None:
    with pytest.raises(TypeError, match="text"):
        orbitext.extract(text, nlp=nlp)  # type: ignore[arg-type]


@pytest.mark.parametrize("date", ["17/10/2021", "2021-13-01", "hier", "", 20211017, ["2021-10-17"]])
def test_bad_date_is_a_value_error_naming_the_field(nlp: Language, date: object) -> None:
    with pytest.raises(ValueError, match="date"):
        orbitext.extract("Soyouz MS-18 a atterri.", date=date, nlp=nlp)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "date", ["2021-10-17", dt.date(2021, 10, 17), dt.datetime(2021, 10, 17, 8, 30), None]
)
def test_good_dates(nlp: Language, date: object) -> None:
    record = orbitext.extract("", date=date, nlp=nlp)  # type: ignore[arg-type]
    assert record.date == (None if date is None else "2021-10-17")


def test_blank_text_gives_an_empty_record(nlp: Language) -> None:
    record = orbitext.extract("  \n ", date="2021-10-17", doc_id="vide", nlp=nlp)
    assert record.model_dump(exclude={"anchor"}) == DocumentRecord(id="vide", date="2021-10-17").model_dump(
        exclude={"anchor"}
    )
