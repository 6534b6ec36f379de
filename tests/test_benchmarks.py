"""Smoke test of benchmarks/speed.py: the harness runs on two short texts (no timing asserted)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

SPEED = Path(__file__).resolve().parents[1] / "benchmarks" / "speed.py"

TEXTS = [
    (
        "a",
        "Le vaisseau Soyouz MS-20 a décollé mercredi de Baïkonour avec deux touristes japonais.",
        "2021-12-08",
    ),
    ("b", "La NASA prévoit une sortie extravéhiculaire de six heures la semaine prochaine.", None),
]


@pytest.fixture(scope="module")
def speed() -> ModuleType:
    """benchmarks/speed.py imported from its path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("orbitext_bench_speed", SPEED)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_own_texts_are_readable(speed: ModuleType) -> None:
    items = speed.load_items(dev=None)
    assert len(items) >= 5
    assert all(text.strip() and (date is None or len(date) == 10) for _, text, date in items)


def test_fresh_texts_are_every_corpus_text(speed: ModuleType, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        lines = [
            {"id": f"{name}{i}", "text": f"Texte {i} du corpus {name}.", "date": "2024-01-02"} for i in (1, 2)
        ]
        (tmp_path / name / "gold.jsonl").write_text(
            "".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8"
        )
    items = speed.load_fresh_items(tmp_path)
    assert [doc_id for doc_id, _, _ in items] == ["a1", "a2", "b1", "b2"]
    assert items[0] == ("a1", "Texte 1 du corpus a.", "2024-01-02")


def test_harness_runs_and_renders(speed: ModuleType, nlp: Language, blank_nlp: Language) -> None:
    pipelines = {"bare": (blank_nlp, False), "ours": (nlp, True), "ours_no_memo": (nlp, True)}
    fresh_texts = speed.fresh_text_throughput(
        {"bare": (blank_nlp, False), "ours": (nlp, True)}, TEXTS, chunk=1
    )
    fresh_texts["texts"] = {"count": 2.0}
    results = {
        "when": "now",
        "rounds": 1,
        "repeats": 1,
        "scale_copies": 1,
        "input": "2 texts",
        "machine": {"CPU": "test"},
        "throughput": speed.throughput(pipelines, TEXTS, rounds=1, warmup=0),
        "components": speed.component_times(nlp, TEXTS, rounds=1),
        "components_bare": speed.component_times(blank_nlp, TEXTS, rounds=1),
        "factories": {name: nlp.get_pipe_meta(name).factory for name in nlp.pipe_names},
        "fresh": {
            "bare": {"load_s": 1.0, "rss_peak_mb": 100.0},
            "ours": {"load_s": 1.2, "rss_peak_mb": 110.0},
        },
        "fresh_texts": fresh_texts,
    }
    assert results["throughput"]["ours"]["tokens"] > 0
    assert 0 < fresh_texts["ours"]["memo_hit_rate"] < 1 and fresh_texts["ours"]["tokens"] > 0
    assert set(results["components"]) >= {"tokenizer", *nlp.pipe_names}
    table = speed.render(results)
    assert "| throughput, 1 process" in table and "orbitext_entities" in table
    assert "| same, embedding memo off" in table and "| fresh texts: 2 texts" in table
    # the base components orbitext runs with its twins are named in the table
    assert "| attribute_ruler (orbitext_attribute_ruler) |" in table
    assert "`lemmatizer` as `orbitext_lemmatizer`" in table


def test_scaling_runs_both_pipelines(speed: ModuleType, nlp: Language, blank_nlp: Language) -> None:
    """The n_process run covers ours and the bare pipeline on the same documents; both rows render."""
    both = speed.scalings(
        {"ours": (nlp, True), "bare": (blank_nlp, False)}, TEXTS, rounds=1, copies=2, n_process=2
    )
    assert set(both) == {"ours", "bare"}
    assert all(row["documents"] == 4 and row["one"] > 0 and row["multi"] > 0 for row in both.values())
    results = {
        "when": "now",
        "rounds": 1,
        "input": "2 texts",
        "machine": {"CPU": "test"},
        "throughput": {
            name: {"tokens_per_s": 1.0, "ratio": 1.0, "ratio_min": 1.0, "ratio_max": 1.0}
            for name in ("bare", "ours")
        },
        "scaling": both["ours"],
        "scaling_bare": both["bare"],
    }
    table = speed.render(results)
    assert "orbitext `n_process=2` vs 1 process (tokens/s, 4 documents)" in table
    assert "bare fr_core_news_md `n_process=2` vs 1 process" in table


def test_synthetic_gazetteer(speed: ModuleType, tmp_path: Path) -> None:
    total = 200
    folder, real = speed.build_gazetteer_dir(total, tmp_path, source=tmp_path / "none")
    lines = (folder / "zz_synthetic.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert real == 0 and len(entries) == total
    assert len({e["id"] for e in entries}) == total
    assert {"PER", "ORG", "LOC", "SPACECRAFT"} == {e["label"] for e in entries}


def test_readme_table_is_replaced_between_markers(speed: ModuleType, tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    start, end = speed.README_MARKERS
    readme.write_text(f"# x\n\n{start}\nold\n{end}\n\nrest\n", encoding="utf-8")
    assert speed.update_readme("# orbitext speed benchmark (now)\n\n| a |", readme)
    text = readme.read_text(encoding="utf-8")
    assert "old" not in text and "Latest run (now)" in text and text.endswith("rest\n")
