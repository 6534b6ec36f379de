"""Dask: a real LocalCluster with two worker processes gives the records of a plain run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from orbitext import corpus
from orbitext.corpus import InputDocument, process_documents, run_extract

pytest.importorskip("dask.distributed")

TEXTS = [
    "Le vaisseau Soyouz MS-18 a atterri au Kazakhstan le 17 octobre 2021 à 4h36.",
    "La fusée Falcon 9 de SpaceX a décollé de Cap Canaveral mardi avec quatre astronautes.",
    "Thomas Pesquet a rejoint la Station spatiale internationale en avril.",
    "",
    "Roscosmos prévoit le lancement d'un module vers l'ISS le 24 novembre.",
    "Le marché des voitures électriques progresse en France.",
]


@pytest.fixture(scope="module")
def client():  # noqa: ANN201
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def _rows() -> list[dict]:
    rows: list[dict] = [{"id": f"t{n}", "text": text, "date": "2021-10-18"} for n, text in enumerate(TEXTS)]
    rows.insert(3, {"id": "bad", "text": 12})
    return rows


def test_records_from_bag_equals_plain_run(client, nlp: Language) -> None:  # noqa: ANN001
    import dask.bag as db

    from orbitext.distributed import records_from_bag

    rows = _rows()
    bag = db.from_sequence(rows, npartitions=3)
    distributed = records_from_bag(bag, batch_size=2).compute()
    docs = [InputDocument(None, r["id"], r.get("text"), r.get("date")) for r in rows]
    plain = [r.model_dump(mode="json") for r in process_documents(docs, nlp)]
    assert distributed == plain
    assert distributed[3]["error"]["type"] == "TypeError"
    # one pipeline per worker process, two processes
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_cli_path_over_a_running_scheduler(client, nlp: Language, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(corpus, "default_pipeline", lambda: nlp)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows()), encoding="utf-8")
    plain, remote = tmp_path / "plain.jsonl", tmp_path / "dask.jsonl"
    assert run_extract(str(source), str(plain), progress=False) == 1
    address = client.scheduler.address
    assert run_extract(str(source), str(remote), progress=False, dask=address, batch_size=2) == 1
    assert remote.read_text(encoding="utf-8") == plain.read_text(encoding="utf-8")
