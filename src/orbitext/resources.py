"""Where the rule data shipped with orbitext lives.

The project's root ``models/`` folder is reached through ``src/orbitext/models`` (a link in
the source tree, real files in the wheel), so one path works for a checkout and an install.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

MODELS_DIR = Path(__file__).parent / "models"


def model_path(*parts: str) -> Path:
    """Path of a file or folder under ``models/``; FileNotFoundError when it is missing."""
    path = MODELS_DIR.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"orbitext rule data not found: {path}")
    return path


def read_jsonl(path: Path) -> Iterator[dict]:
    """Yield the JSON objects of a JSONL file, skipping blank lines and naming bad ones."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{number}: invalid JSON: {err}") from err


def write_jsonl(path: Path, records: list[dict]) -> None:
    """Write records one per line (UTF-8, unescaped accents) to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
