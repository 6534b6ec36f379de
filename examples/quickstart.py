"""orbitext in a dozen lines: run ``python examples/quickstart.py`` (writes quickstart.html beside you).

A French dispatch written for this example: a launch and a docking, with crew, date and site.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from spacy.language import Language

import orbitext

TEXT = (
    "La fusée Falcon 9 de SpaceX a décollé jeudi à 11h49 du centre spatial Kennedy, en Floride, "
    "avec la capsule Crew Dragon et quatre astronautes, dont le Danois Andreas Mogensen. "
    "Le vaisseau s'est amarré le lendemain à la Station spatiale internationale pour la mission Crew-7, "
    "qui doit durer six mois."
)
DATE = "2023-08-27"  # publication date: "jeudi" is read against it


def main(html_out: str = "quickstart.html", nlp: Language | None = None) -> None:
    """Print what orbitext reads in TEXT and write its views to ``html_out``."""
    nlp = nlp or orbitext.load()
    doc = nlp(orbitext.make_doc(nlp, TEXT, DATE))
    record = orbitext.doc_to_record(doc, doc_id="crew-7")

    for ent in record.entities:
        print(f"{ent.label:<10} {ent.text:<40} {ent.value or ent.canonical or ''}")
    for event in record.events:
        print(json.dumps(event.model_dump(mode="json", exclude={"evidence", "trigger"}), ensure_ascii=False))
    for mission in record.missions:
        print(json.dumps(mission.model_dump(mode="json", exclude={"evidence"}), ensure_ascii=False))

    # the same views as the notebook, as one HTML page
    from orbitext.display import html_page

    Path(html_out).write_text(html_page(doc, title="orbitext quickstart"), encoding="utf-8")
    print(f"views written to {html_out}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
