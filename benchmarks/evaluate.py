"""Run the orbitext pipeline over a gold JSONL corpus and print the scorer's table and misses.

    python benchmarks/evaluate.py GOLD.jsonl [--scorer PATH] [--no-misses] [-o PRED.jsonl]

The scorer is ``shared/tools/score.py`` (standard library only); it is imported by path, from
``--scorer`` or from ``../shared/tools/score.py`` next to the checkout when present.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

DEFAULT_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


def load_scorer(path: str | Path | None = None) -> ModuleType:
    """Import the scorer module from ``path`` (default: ../shared/tools/score.py)."""
    path = Path(path) if path else DEFAULT_SCORER
    if not path.exists():
        raise FileNotFoundError(f"scorer not found: {path} (pass --scorer PATH)")
    spec = importlib.util.spec_from_file_location("orbitext_scorer", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import the scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(gold_path: str | Path, output: str | Path | None = None) -> dict[str, dict]:
    """Run the pipeline over every gold document; return predictions keyed by id."""
    from orbitext.pipeline import pipe_records

    docs = [
        json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    items = [(str(d.get("id")), d.get("text") or "", d.get("date")) for d in docs]
    preds = {}
    for record in pipe_records(items):
        preds[str(record.id)] = record.model_dump(mode="json")
    if output:
        with open(output, "w", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(json.dumps(preds[str(doc.get("id"))], ensure_ascii=False) + "\n")
    return preds


def evaluate(
    gold_path: str | Path,
    *,
    scorer: str | Path | None = None,
    misses: bool = True,
    output: str | Path | None = None,
) -> dict:
    """Score the pipeline on ``gold_path``; print the table (and misses) and return the scores."""
    module = load_scorer(scorer)
    gold = module.read_jsonl(str(gold_path))
    preds = predict(gold_path, output)
    lost: list[str] | None = [] if misses else None
    result = module.score(gold, preds, lost)
    print(format_table(result))
    for line in lost or []:
        print(line)
    return result


def format_table(result: dict) -> str:
    """The scorer's table, as ``score.py`` prints it."""
    lines = [
        f"documents {result['documents']}  missing {len(result['missing_documents'])}"
        f"  errors {len(result['error_documents'])}",
        f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}",
    ]
    rows = [("entities exact", result["entities_exact"]), ("entities lenient", result["entities_lenient"])]
    rows += [(f"  {label} exact", v["exact"]) for label, v in result["entities_by_label"].items()]
    rows += [
        ("event detection", result["event_detection"]),
        ("event slots", result["event_slots"]),
        ("mission slots", result["mission_slots"]),
    ]
    if result["temporal_values"]["gold"]:
        rows.append(("temporal values", result["temporal_values"]))
    for name, v in rows:
        lines.append(f"{name:<22}{v['p']:>7.3f}{v['r']:>7.3f}{v['f']:>7.3f}{v['gold']:>7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--scorer", default=None, help="path of score.py (default ../shared/tools/score.py)")
    parser.add_argument("--no-misses", action="store_true", help="print the table only")
    parser.add_argument("-o", "--output", default=None, help="also write the predictions here")
    args = parser.parse_args(argv)
    evaluate(args.gold, scorer=args.scorer, misses=not args.no_misses, output=args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
