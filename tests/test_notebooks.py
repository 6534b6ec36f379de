"""Every notebook in examples/ runs top to bottom, and the committed copy keeps its outputs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from spacy.language import Language

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))
CELL_TIMEOUT = 300  # seconds per cell: loading fr_core_news_md twice is the slowest step


def test_there_is_a_notebook() -> None:
    assert NOTEBOOKS, "examples/ should hold at least one notebook"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_notebook_keeps_its_outputs(path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.execution_count is not None for cell in code), "run examples/run_notebooks.py"
    assert not [o for cell in code for o in cell.outputs if o.output_type == "error"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes(path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()  # raises CellExecutionError with the failing cell and traceback
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    if path.name == "orbitext_tour.ipynb":  # the tour shows every view the README promises
        assert 'class="entities"' in html, "displaCy entity view"
        assert "spans" in html, "events view (displaCy span style)"
        assert "<table" in html, "DataFrame"
        assert any("image/png" in o.get("data", {}) for o in outputs), "timeline plot"


def test_quickstart_script_runs(nlp: Language, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("orbitext_quickstart", EXAMPLES / "quickstart.py")
    assert spec and spec.loader
    quickstart = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quickstart)
    out = tmp_path / "quickstart.html"
    quickstart.main(str(out), nlp=nlp)  # the session pipeline: no second load
    assert "Crew Dragon" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
