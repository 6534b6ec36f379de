"""Execute every notebook in examples/ and save it with its outputs (so it reads well on a code host).

python examples/run_notebooks.py            # all notebooks
python examples/run_notebooks.py FILE.ipynb # some
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def execute(path: Path, timeout: int = 600) -> nbformat.NotebookNode:
    """Run ``path`` top to bottom in a fresh kernel, from its own folder; return the executed notebook."""
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    return notebook


def main(paths: list[str]) -> None:
    for path in [Path(p) for p in paths] or sorted(HERE.glob("*.ipynb")):
        notebook = execute(path)
        nbformat.write(notebook, path)
        print(f"executed {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
