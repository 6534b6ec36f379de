"""Batch runs: reading corpora, one record per document in order, failures as records, resume."""

from __future__ import annotations

import gzip
import io
import json
import threading
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import orbitext
from orbitext.chunking import merge_records, split_text
from orbitext.corpus import (
    CorpusError,
    InputDocument,
    parse_jsonl_line,
    prepare_resume,
    process_documents,
    read_documents,
    run_extract,
)
from orbitext.schema import DocumentRecord, Entity

# ---------------------------------------------------------------------------------------------
# a tiny pipeline that fails on purpose, so failure handling is tested fast (no model)


@Language.component("orbitext_test_boom")
def _boom(doc: Doc) -> Doc:
    """Fails on any text that holds BOOM."""
    if "BOOM" in doc.text:
        raise RuntimeError("boom on purpose")
    return doc


class _PipeBoom:
    """Fails inside ``.pipe`` (spaCy calls it without an error handler, like its Cython parsers)."""

    def __call__(self, doc: Doc) -> Doc:
        if "KRACH" in doc.text:
            raise ValueError("kaboom on purpose")
        return doc

    def pipe(self, docs, batch_size: int = 32):  # noqa: ANN001, ANN201
        for doc in docs:
            yield self(doc)


@Language.factory("orbitext_test_pipe_boom")
def _make_pipe_boom(nlp: Language, name: str) -> _PipeBoom:
    return _PipeBoom()


@pytest.fixture()
def boom_nlp() -> Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("orbitext_test_boom")
    nlp.add_pipe("orbitext_test_pipe_boom")
    return nlp


def _docs(texts: list[str]) -> list[InputDocument]:
    return [InputDocument(number, f"d{number}", text, "2021-10-17") for number, text in enumerate(texts, 1)]


TEXTS = [
    "La fusée a décollé.",
    "Ici BOOM au milieu.",
    "",
    "Encore un texte.",
    "Et KRACH ici.",
    "   ",
    "Dernier texte sans souci.",
]


@pytest.mark.parametrize("n_process", [1, 2])
@pytest.mark.parametrize("batch_size", [1, 3])
def test_every_document_gives_one_record_in_order(
    boom_nlp: Language, n_process: int, batch_size: int
) -> None:
    records = list(process_documents(_docs(TEXTS), boom_nlp, batch_size=batch_size, n_process=n_process))
    assert [r.id for r in records] == [f"d{n}" for n in range(1, len(TEXTS) + 1)]
    failed = {r.id: r.error for r in records if r.error is not None}
    assert set(failed) == {"d2", "d5"}
    assert "boom on purpose" in failed["d2"].message and failed["d2"].type == "ComponentError"
    assert "kaboom on purpose" in failed["d5"].message
    assert failed["d2"].line == 2
    # the spaCy error handler is restored afterwards: a plain call raises again
    with pytest.raises(RuntimeError):
        boom_nlp("BOOM")


def test_pipe_records_never_raises(boom_nlp: Language) -> None:
    items = [("a", "Texte correct.", None), ("b", 42, None), ("c", "Texte", "hier"), ("d", "BOOM", None)]
    records = list(orbitext.pipe_records(items, nlp=boom_nlp))  # type: ignore[arg-type]
    assert [r.id for r in records] == ["a", "b", "c", "d"]
    assert [r.error.type if r.error else None for r in records] == [
        None,
        "TypeError",
        "InvalidDate",
        "ComponentError",
    ]
    assert "date" in records[2].error.message  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------
# reading


@pytest.mark.parametrize(
    ("raw", "error_type", "words"),
    [
        ("{not json", "InvalidJSON", "invalid JSON"),
        ("[1, 2]", "InvalidRecord", "JSON object"),
        ('{"id": "x"}', "MissingText", "missing field 'text'"),
        ('{"id": "x", "text": 3}', "MissingText", "must be a string"),
        ('{"id": "x", "text": null}', "MissingText", "missing field 'text'"),
        ('{"id": "x", "text": "t", "date": "17/10/2021"}', "InvalidDate", "date"),
        ('{"id": "x", "text": "t", "date": 2021}', "InvalidDate", "date"),
    ],
)
def test_bad_lines_become_errors_with_line_numbers(raw: str, error_type: str, words: str) -> None:
    item = parse_jsonl_line(raw, 7)
    assert item.error is not None
    assert item.error.type == error_type and item.error.line == 7 and words in item.error.message


def test_good_line_and_defaults() -> None:
    item = parse_jsonl_line('{"id": 12, "text": "Bonjour", "date": null}', 3, default_date="2021-10-17")
    assert (item.id, item.text, item.date, item.error) == ("12", "Bonjour", "2021-10-17", None)
    assert parse_jsonl_line('{"text": "x"}', 5).id == "line-5"


def _write_corpus(path: Path, rows: list[dict | str]) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write((row if isinstance(row, str) else json.dumps(row, ensure_ascii=False)) + "\n")


@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
def test_read_jsonl_plain_and_gzip(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _write_corpus(path, [{"id": "a", "text": "Un."}, "", {"id": "b", "text": "Deux.", "date": "2021-01-02"}])
    items = list(read_documents(str(path)))
    assert [(i.id, i.text, i.date, i.line) for i in items] == [
        ("a", "Un.", None, 1),
        ("b", "Deux.", "2021-01-02", 3),
    ]


def test_read_plain_text_with_date(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Le lanceur est parti.\n\nDeuxième paragraphe.", encoding="utf-8")
    (item,) = read_documents(str(path), date="2021-10-05")
    assert item.id == "article" and item.date == "2021-10-05" and item.text.startswith("Le lanceur")
    with pytest.raises(ValueError, match="--date"):
        list(read_documents(str(path), date="5 octobre"))


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = '\n{"id": "s1", "text": "Un."}\n{"id": "s2", "text": "Deux."}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    assert [i.id for i in read_documents("-")] == ["s1", "s2"]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Texte brut.\nSuite.")))
    (item,) = read_documents("-", date="2021-10-17")
    assert item.text == "Texte brut.\nSuite." and item.date == "2021-10-17"


# ---------------------------------------------------------------------------------------------
# chunking


@pytest.mark.parametrize("limit", [1, 7, 40, 100, 10_000])
def test_split_text_covers_the_text(limit: int) -> None:
    text = (
        "Premier paragraphe. Une phrase.\n\nDeuxième paragraphe ici ! Et puis ?\nLigne suivante sans fin" * 3
    )
    chunks = split_text(text, limit)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(len(chunk) <= limit for _, chunk in chunks)
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)


def test_split_text_prefers_paragraphs() -> None:
    text = "Phrase un. Phrase deux.\n\nPhrase trois. Phrase quatre."
    assert split_text(text, 40) == [(0, "Phrase un. Phrase deux.\n\n"), (25, "Phrase trois. Phrase quatre.")]


def test_merge_records_shifts_offsets() -> None:
    first = DocumentRecord(id="x", entities=[Entity(start=0, end=3, label="ORG", text="ESA")])
    second = DocumentRecord(id="x", entities=[Entity(start=2, end=6, label="ORG", text="NASA")])
    merged = merge_records([(0, first), (10, second)], "x")
    assert [(e.start, e.end) for e in merged.entities] == [(0, 3), (12, 16)]


def test_long_text_is_chunked_without_losing_entities(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = (
        "Le vaisseau Soyouz MS-18 a atterri au Kazakhstan le 17 octobre 2021 avec Oleg Novitski. "
        "La NASA et Roscosmos ont salué le retour de l'équipage."
    )
    text = "\n\n".join([paragraph] * 6)
    whole = orbitext.extract(text, date="2021-10-18", nlp=nlp)
    monkeypatch.setattr(nlp, "max_length", len(paragraph) + 10)
    chunked = orbitext.extract(text, date="2021-10-18", nlp=nlp)
    piped = list(orbitext.pipe_records([("long", text, "2021-10-18")], nlp=nlp))[0]
    for record in (chunked, piped):
        assert record.error is None
        assert all(text[e.start : e.end] == e.text for e in record.entities)
        names = [
            (e.start, e.end, e.label)
            for e in record.entities
            if e.label in {"PER", "ORG", "LOC", "SPACECRAFT"}
        ]
        assert names == [
            (e.start, e.end, e.label)
            for e in whole.entities
            if e.label in {"PER", "ORG", "LOC", "SPACECRAFT"}
        ]
        assert len(record.events) >= len(whole.events) // 2  # per-chunk events are concatenated, none dropped
        for event in record.events:
            for spans in event.evidence.values():
                assert all(text[s.start : s.end] == s.text for s in spans)


# ---------------------------------------------------------------------------------------------
# runs, resume, formats (on the failing toy pipeline: fast)


ROWS = [
    {"id": f"r{n}", "text": ("BOOM " if n == 4 else "") + f"Texte numéro {n}.", "date": "2021-10-17"}
    for n in range(12)
]


def _lines(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_resume_after_a_killed_run(tmp_path: Path, boom_nlp: Language, suffix: str) -> None:
    source = tmp_path / "in.jsonl"
    _write_corpus(source, ROWS)
    full = tmp_path / f"full{suffix}"
    assert run_extract(str(source), str(full), nlp=boom_nlp, progress=False) == 1
    expected = _lines(full)
    assert [r["id"] for r in expected] == [r["id"] for r in ROWS]

    # an interrupted run: five complete lines and half of the sixth
    partial = tmp_path / f"partial{suffix}"
    head = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in expected[:5])
    tail = json.dumps(expected[5])[:30]
    if suffix.endswith(".gz"):
        data = gzip.compress((head + tail).encode())
        partial.write_bytes(data[: len(data) - 12])  # cut inside the stream: no trailer
    else:
        partial.write_text(head + tail, encoding="utf-8")
    state = prepare_resume(str(partial))
    assert len(state.ids) in (4, 5)  # gzip cut may lose the last complete line too; never more
    assert run_extract(str(source), str(partial), nlp=boom_nlp, progress=False, resume=True) == 1
    assert _lines(partial) == expected


def test_resume_refuses_another_corpus(tmp_path: Path, boom_nlp: Language) -> None:
    source = tmp_path / "in.jsonl"
    _write_corpus(source, ROWS)
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "other"}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="cannot resume"):
        run_extract(str(source), str(out), nlp=boom_nlp, progress=False, resume=True)


def test_parquet_output_and_resume(tmp_path: Path, boom_nlp: Language) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    source = tmp_path / "in.jsonl"
    _write_corpus(source, ROWS[:5])
    out = tmp_path / "out.parquet"
    assert run_extract(str(source), str(out), nlp=boom_nlp, progress=False) == 1
    _write_corpus(source, ROWS)
    run_extract(str(source), str(out), nlp=boom_nlp, progress=False, resume=True)
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [r["id"] for r in ROWS]
    assert table.column("error_type").to_pylist()[4] == "ComponentError"
    assert not list(tmp_path.glob("*.partial-*"))


@pytest.mark.parametrize(
    ("source", "target", "words"),
    [
        ("missing.jsonl", "out.jsonl", "cannot read input"),
        (".", "out.jsonl", "cannot read input"),
        ("in.jsonl", "no/such/dir/out.jsonl", "cannot write output"),
    ],
)
def test_unreadable_input_or_unwritable_output(
    tmp_path: Path, boom_nlp: Language, monkeypatch: pytest.MonkeyPatch, source: str, target: str, words: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _write_corpus(tmp_path / "in.jsonl", ROWS[:2])
    with pytest.raises(CorpusError, match=words):
        run_extract(source, target, nlp=boom_nlp, progress=False)


# ---------------------------------------------------------------------------------------------
# the real pipeline: same records single process, n_process=2, threads


SENTENCES = [
    "Le vaisseau Soyouz MS-18 a atterri au Kazakhstan le 17 octobre 2021 à 4h36.",
    "La fusée Falcon 9 de SpaceX a décollé de Cap Canaveral mardi avec quatre astronautes.",
    "Thomas Pesquet a rejoint la Station spatiale internationale en avril.",
    "",
    "Le marché des voitures électriques progresse en France.",
    "Roscosmos prévoit le lancement d'un module vers l'ISS le 24 novembre.",
]


def test_n_process_gives_identical_records(nlp: Language) -> None:
    items = [(f"s{n}", text, "2021-10-17") for n, text in enumerate(SENTENCES)]
    single = [r.model_dump() for r in orbitext.pipe_records(items, nlp=nlp, batch_size=2)]
    double = [r.model_dump() for r in orbitext.pipe_records(items, nlp=nlp, batch_size=2, n_process=2)]
    assert single == double
    assert single == [orbitext.extract(t, d, doc_id=i, nlp=nlp).model_dump() for i, t, d in items]


def test_extract_from_several_threads(nlp: Language) -> None:
    texts = [t for t in SENTENCES if t] * 3
    sequential = [orbitext.extract(t, "2021-10-17", nlp=nlp).model_dump() for t in texts]
    results: dict[int, dict] = {}

    def work(indices: range) -> None:
        for index in indices:
            results[index] = orbitext.extract(texts[index], "2021-10-17", nlp=nlp).model_dump()

    threads = [threading.Thread(target=work, args=(range(k, len(texts), 3),)) for k in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[i] for i in range(len(texts))] == sequential


def test_progress_and_summary_lines() -> None:
    from orbitext.corpus import Progress, RunSummary

    stream = io.StringIO()
    bar = Progress(100, stream=stream)
    bar.start -= 10.0
    bar.update(25)
    assert "25/100 docs (25%), 2.5 docs/s, ETA 30s" in stream.getvalue()
    summary = RunSummary(read=7, written=7, resumed=3, failed=2, seconds=2.0)
    assert (
        summary.line()
        == "orbitext: 10 documents in, 7 written (3 already done), 2 failed, 2.0 s (3.5 docs/s)"
    )
