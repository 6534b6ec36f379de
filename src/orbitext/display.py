"""displaCy colours for our labels (also exposed through the ``spacy_displacy_colors`` entry point)."""

from __future__ import annotations

DISPLACY_COLORS: dict[str, str] = {
    "SPACECRAFT": "#7aecec",
    "MISSION": "#f0b3ff",
    "PER": "#aa9cfc",
    "ORG": "#feca74",
    "LOC": "#ff9561",
    "DATE": "#bfe1d9",
    "TIME": "#e4e7d2",
    "DURATION": "#c9e4ff",
}


def displacy_options() -> dict:
    """Options for ``spacy.displacy.render(doc, style="ent", options=...)`` with our colours."""
    return {"colors": dict(DISPLACY_COLORS)}
