"""Corpus scale: flat memory while streaming, speed-up with processes and Dask workers, same records.

    .venv/bin/python benchmarks/scale.py                 # memory 1k/10k/100k (streaming), speed on 1k
    .venv/bin/python benchmarks/scale.py --speed-docs 10000 --check 600

Three parts, each printed as a table:

1. memory: ``run_extract`` over 1,000 / 10,000 / 100,000 generated documents, each size in a fresh
   process, peak RSS of that process. The real pipeline is used up to ``--real-max`` documents
   (default 1,000); above that a tokenizer-only pipeline (``spacy.blank("fr")``) measures the
   streaming machinery itself (reading, ordering, records, writing), which is what could grow.
2. speed: the real pipeline on ``--speed-docs`` documents, loaded once, run with 1 process, 2
   processes (``n_process=2``) and a 2-worker Dask LocalCluster (workers warmed up first).
3. check (``--check N``): plain, ``--n-process 2``, ``--dask local:2`` and a run killed mid-way then
   finished with ``--resume`` must give the same record for every id.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUBJECTS = [
    "Le vaisseau Soyouz MS-{n}",
    "La capsule Crew Dragon",
    "La fusée Falcon 9 de SpaceX",
    "Le lanceur Ariane 6",
    "Le cargo Progress MS-{n}",
    "L'équipage de Crew-{n}",
    "Le vaisseau Shenzhou-{n}",
]
PEOPLE = [
    "Oleg Novitski",
    "Thomas Pesquet",
    "Ioulia Peressild",
    "Klim Chipenko",
    "Anton Chkaplerov",
    "Sophie Adenot",
]
VERBS = ["a décollé de", "a atterri près de", "doit décoller de", "a quitté", "s'est amarré à"]
PLACES = ["Baïkonour", "Kourou", "Cap Canaveral", "l'ISS", "la Station spatiale internationale", "Jiuquan"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "octobre", "novembre"]
FILLER = [
    "Roscosmos a confirmé l'information dans un communiqué.",
    "La NASA suivra l'opération en direct.",
    "Les conditions météo étaient favorables selon l'agence.",
    "Le marché des voitures électriques progresse pourtant en France.",
    "Partager sur Twitter Facebook. Tout accepter Refuser.",
]


def make_document(number: int, rng: random.Random) -> dict:
    """One generated article of about 60 tokens."""
    sentences = []
    for _ in range(rng.randint(2, 4)):
        subject = rng.choice(SUBJECTS).format(n=rng.randint(1, 30))
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2000, 2025)
        sentences.append(
            f"{subject} {rng.choice(VERBS)} {rng.choice(PLACES)} le {day} {month} {year} "
            f"avec {rng.choice(PEOPLE)} et {rng.choice(PEOPLE)}."
        )
        sentences.append(rng.choice(FILLER))
    return {"id": f"gen-{number:06d}", "text": " ".join(sentences), "date": "2025-06-30"}


def generate(path: Path, count: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps(make_document(number, rng), ensure_ascii=False) + "\n")
    return path


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------------------------------- memory


def child_memory(source: str, target: str, real: bool) -> None:
    """In a fresh process: one streaming run, then print JSON with its peak RSS and rate."""
    import spacy

    from orbitext.corpus import run_extract

    nlp = None if real else spacy.blank("fr")
    if real:
        import orbitext

        nlp = orbitext.load()
    base = peak_rss_mb()
    start = time.perf_counter()
    run_extract(source, target, nlp=nlp, progress=False)
    seconds = time.perf_counter() - start
    count = sum(1 for _ in open(target, encoding="utf-8"))
    print(
        json.dumps({"docs": count, "seconds": seconds, "rss_before_mb": base, "peak_rss_mb": peak_rss_mb()})
    )


def memory_table(sizes: list[int], real_max: int, folder: Path) -> list[dict]:
    rows = []
    for size in sizes:
        source = generate(folder / f"mem-{size}.jsonl", size)
        real = size <= real_max
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child-memory",
                str(source),
                str(folder / f"mem-{size}.out"),
                str(int(real)),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["pipeline"] = "orbitext (full)" if real else "tokenizer only"
        rows.append(result)
        rate = result["docs"] / result["seconds"]
        print(
            f"  {size:>7} docs  {result['pipeline']:<16} peak RSS {result['peak_rss_mb']:7.0f} MB "
            f"(after load {result['rss_before_mb']:6.0f} MB)  {rate:8.1f} docs/s",
            flush=True,
        )
    return rows


# -------------------------------------------------------------------------------------------- speed


def speed_table(count: int, folder: Path, batch_size: int) -> list[dict]:
    import orbitext
    from orbitext.corpus import run_extract
    from orbitext.distributed import warm_up

    source = generate(folder / f"speed-{count}.jsonl", count, seed=11)
    nlp = orbitext.load()
    # warm-up: first calls build caches
    run_extract(str(generate(folder / "warm.jsonl", 20)), str(folder / "warm.out"), nlp=nlp, progress=False)
    rows = []

    def measure(name: str, **kwargs: object) -> None:
        target = folder / f"speed-{name}.jsonl"
        start = time.perf_counter()
        run_extract(str(source), str(target), nlp=nlp, progress=False, batch_size=batch_size, **kwargs)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        rows.append({"run": name, "docs": count, "seconds": seconds, "docs_per_s": count / seconds})
        print(f"  {name:<22} {count} docs in {seconds:7.1f} s  {count / seconds:7.1f} docs/s", flush=True)

    measure("1 process")
    measure("n_process=2", n_process=2)
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("  (dask not installed: pip install 'orbitext[dask]')")
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        client.run(warm_up)  # load time is not throughput: workers load the pipeline first
        measure("Dask LocalCluster x2", dask=cluster.scheduler_address)
        client.close()
        cluster.close()
    base = rows[0]["docs_per_s"]
    for row in rows:
        row["speedup"] = row["docs_per_s"] / base
    print(
        "  speed-up vs 1 process: " + ", ".join(f"{r['run']} {r['speedup']:.2f}x" for r in rows), flush=True
    )
    return rows


# -------------------------------------------------------------------------------------------- check


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "orbitext", "extract", *args, "--no-progress"]


def _by_id(path: Path) -> dict[str, dict]:
    return {
        json.loads(line)["id"]: json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
    }


def check_same_records(count: int, folder: Path) -> bool:
    source = generate(folder / f"check-{count}.jsonl", count, seed=13)
    runs = {
        "plain": [],
        "n-process 2": ["--n-process", "2"],
        "dask local:2": ["--dask", "local:2"],
    }
    outputs = {}
    for name, extra in runs.items():
        target = folder / f"check-{name.replace(' ', '_').replace(':', '')}.jsonl"
        done = subprocess.run(_cli(str(source), "-o", str(target), *extra), capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{name} run failed:\n{done.stderr[-2000:]}")
        outputs[name] = target
    # an interrupted run: killed once some records are written, then resumed
    target = folder / "check-resumed.jsonl"
    process = subprocess.Popen(_cli(str(source), "-o", str(target)), stderr=subprocess.DEVNULL)
    while process.poll() is None and (not target.exists() or target.stat().st_size < 40_000):
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    killed_at = len(target.read_bytes().split(b"\n")) - 1
    subprocess.run(_cli(str(source), "-o", str(target), "--resume"), check=False, capture_output=True)
    outputs[f"killed after {killed_at} + --resume"] = target
    reference = _by_id(outputs["plain"])
    ok = len(reference) == count
    for name, path in outputs.items():
        records = _by_id(path)
        lines = len(path.read_text(encoding="utf-8").splitlines())
        same = records == reference and lines == count
        ok &= same
        print(f"  {name:<32} {lines} lines, {len(records)} ids, identical to plain: {same}", flush=True)
    return ok


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-memory":
        child_memory(sys.argv[2], sys.argv[3], sys.argv[4] == "1")
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,10000,100000", help="memory run sizes")
    parser.add_argument(
        "--real-max", type=int, default=1000, help="largest memory run with the real pipeline"
    )
    parser.add_argument("--speed-docs", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--check", type=int, default=0, help="documents for the same-records check (0: skip)")
    parser.add_argument("--skip", default="", help="comma list of parts to skip: memory,speed")
    parser.add_argument("--json", help="write all results to this JSON file")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    results: dict[str, object] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory(prefix="orbitext-scale-") as tmp:
        folder = Path(tmp)
        if "memory" not in skip:
            print("memory (each size in a fresh process):", flush=True)
            results["memory"] = memory_table([int(s) for s in args.sizes.split(",")], args.real_max, folder)
        if "speed" not in skip:
            print(f"speed (real pipeline, {args.speed_docs} docs, batch size {args.batch_size}):", flush=True)
            results["speed"] = speed_table(args.speed_docs, folder, args.batch_size)
        if args.check:
            print(f"same records ({args.check} docs):", flush=True)
            results["check_ok"] = check_same_records(args.check, folder)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
