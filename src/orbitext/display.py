"""Views of a processed Doc: displaCy with our colours, an events view, and a terminal view (rich).

``DISPLACY_COLORS`` is also exposed through the ``spacy_displacy_colors`` entry point, so plain
``displacy.render(doc, style="ent")`` already uses our colours once orbitext is installed.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from spacy import displacy
from spacy.tokens import Doc

from .schema import EVENT_SLOTS

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

#: colours of event triggers in the events view, one per event type
EVENT_COLORS: dict[str, str] = {
    "LAUNCH": "#ff6b6b",
    "LANDING": "#4dabf7",
    "DOCKING": "#51cf66",
    "UNDOCKING": "#94d82d",
    "SPACEWALK": "#fcc419",
}

#: colours of event arguments in the events view, one per slot (the label is ``TYPE.slot``)
SLOT_COLORS: dict[str, str] = {
    "status": "#dee2e6",
    "date": DISPLACY_COLORS["DATE"],
    "time": DISPLACY_COLORS["TIME"],
    "place": DISPLACY_COLORS["LOC"],
    "destination": "#ffc9c9",
    "spacecraft": DISPLACY_COLORS["SPACECRAFT"],
    "participants": DISPLACY_COLORS["PER"],
    "organizations": DISPLACY_COLORS["ORG"],
}

#: rich styles of entity labels in the terminal view
RICH_STYLES: dict[str, str] = {
    "SPACECRAFT": "bold black on cyan",
    "MISSION": "bold black on magenta",
    "PER": "bold black on bright_blue",
    "ORG": "bold black on yellow",
    "LOC": "bold black on dark_orange",
    "DATE": "black on green",
    "TIME": "black on bright_green",
    "DURATION": "black on bright_cyan",
    "MISC": "underline",
}

_QID = re.compile(r"Q[1-9][0-9]*")

_RICH_EVENT_STYLES: dict[str, str] = {
    "LAUNCH": "red",
    "LANDING": "blue",
    "DOCKING": "green",
    "UNDOCKING": "green",
    "SPACEWALK": "yellow",
}

Style = Literal["ent", "events", "span", "dep"]

#: label names of the events view: every (type, slot) pair
_EVENT_LABELS = [f"{etype}.{slot}" for etype in EVENT_COLORS for slot in SLOT_COLORS]


def displacy_options(style: Style = "ent") -> dict[str, Any]:
    """Options for ``displacy.render(..., style=style, options=...)`` with our colours.

    ``style="ent"``: entity colours. ``style="events"`` (or ``"span"``): trigger and argument
    colours for the events view that :func:`render` builds.
    """
    if style in ("events", "span"):
        colors = dict(EVENT_COLORS)
        for label in _EVENT_LABELS:
            colors[label] = SLOT_COLORS[label.split(".", 1)[1]]
        return {"colors": colors}
    return {"colors": dict(DISPLACY_COLORS)}


def entity_data(
    doc: Doc, *, temporals: bool = True, labels: list[str] | None = None, kb_ids: bool = True
) -> dict[str, Any]:
    """displaCy "ent" data of a Doc: ``doc.ents`` plus our DATE/TIME/DURATION (overlaps dropped).

    ``kb_ids``: show each entity's gazetteer id (Wikidata QID or entry id) beside its label.
    """
    items = [(ent.start_char, ent.end_char, ent.label_, ent.kb_id_ if kb_ids else "") for ent in doc.ents]
    if temporals:
        items += [(t["start"], t["end"], t["label"], "") for t in doc._.orbitext_temporals]
    if labels is not None:
        items = [item for item in items if item[2] in labels]
    # displaCy "ent" cannot draw overlapping spans: keep the first, then the longest
    items.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    ents: list[dict[str, Any]] = []
    last_end = -1
    for start, end, label, kb_id in items:
        if start >= last_end:
            # a Wikidata QID links to its page; other ids (gazetteer entries, patterns) link nowhere
            url = f"https://www.wikidata.org/wiki/{kb_id}" if _QID.fullmatch(kb_id or "") else "#"
            ents.append({"start": start, "end": end, "label": label, "kb_id": kb_id or "", "kb_url": url})
            last_end = end
    return {"text": doc.text, "ents": ents, "title": None}


def event_spans(doc: Doc) -> list[dict[str, Any]]:
    """Trigger and argument spans of ``doc._.events`` as displaCy "span" items (token offsets).

    Triggers are labelled with the event type (``LANDING``), arguments with ``TYPE.slot``
    (``LANDING.date``); values come from each event's ``trigger`` and ``evidence`` offsets.
    """
    spans: list[dict[str, Any]] = []
    seen: set[tuple[int, int, str]] = set()

    def add(evidence: dict[str, Any] | None, label: str) -> None:
        if not evidence:
            return
        span = doc.char_span(evidence["start"], evidence["end"], alignment_mode="expand")
        if span is None or len(span) == 0 or (span.start, span.end, label) in seen:
            return
        seen.add((span.start, span.end, label))
        spans.append(
            {
                "start": span.start_char,
                "end": span.end_char,
                "start_token": span.start,
                "end_token": span.end,
                "label": label,
            }
        )

    for event in doc._.events:
        etype = event.get("type", "EVENT")
        add(event.get("trigger"), etype)
        for slot, items in (event.get("evidence") or {}).items():
            # "mentions": other words reporting the same event, drawn like the trigger
            label = etype if slot in ("mentions", "trigger") else f"{etype}.{slot}"
            for item in items or []:
                add(item, label)
    spans.sort(key=lambda s: (s["start_token"], -s["end_token"]))
    return spans


def events_data(doc: Doc) -> dict[str, Any]:
    """displaCy "span" data (``manual=True``) of the events view of a Doc."""
    return {
        "text": doc.text,
        "spans": event_spans(doc),
        "tokens": [token.text for token in doc],
        "title": None,
    }


def render(
    doc: Doc,
    style: Style = "ent",
    *,
    jupyter: bool | None = None,
    page: bool = False,
    options: dict[str, Any] | None = None,
    kb_ids: bool = True,
) -> str | None:
    """Render a processed Doc with displaCy and our colours.

    ``style="ent"``: named entities and temporal expressions; ``style="events"`` (alias
    ``"span"``): event triggers and their arguments; ``style="dep"``: the parse. In Jupyter the
    view is displayed (and None returned); elsewhere the HTML markup is returned. ``kb_ids=False``
    hides the gazetteer ids the entity view shows beside labels (Wikidata ids link to Wikidata).
    """
    if not isinstance(doc, Doc):
        raise TypeError(f"render expects a spaCy Doc processed by orbitext, got {type(doc).__name__}")
    if style == "dep":
        return displacy.render(doc, style="dep", jupyter=jupyter, page=page, options=options or {})
    if style in ("events", "span"):
        opts = displacy_options("events")
        opts.update(options or {})
        return displacy.render(
            events_data(doc), style="span", manual=True, jupyter=jupyter, page=page, options=opts
        )
    if style == "ent":
        opts = displacy_options("ent")
        opts.update(options or {})
        data = entity_data(doc, kb_ids=kb_ids)
        return displacy.render(data, style="ent", manual=True, jupyter=jupyter, page=page, options=opts)
    raise ValueError(f"style: expected 'ent', 'events', 'span' or 'dep', got {style!r}")


def rich_view(doc: Doc, *, title: str | None = None) -> list[Any]:
    """Renderables for a terminal: the text with entities highlighted, then events and missions.

    Needs ``rich`` (installed with typer, or with the ``notebook`` extra).
    """
    from rich import box
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    data = entity_data(doc)
    text = Text(doc.text)
    for ent in data["ents"]:
        text.stylize(RICH_STYLES.get(ent["label"], "underline"), ent["start"], ent["end"])
    legend = Text()
    for label, style in RICH_STYLES.items():
        legend.append(f" {label} ", style=style)
        legend.append(" ")
    out: list[Any] = [Panel(text, title=title or "orbitext", subtitle=legend)]

    # one narrow slot/value table per event and mission: readable in an 80-column terminal
    if not doc._.events:
        out.append(Text("no events", style="dim"))
    for index, event in enumerate(doc._.events):
        etype = event.get("type", "EVENT")
        trigger = (event.get("trigger") or {}).get("text")
        table = Table(
            box=box.SIMPLE,
            show_header=False,
            title_justify="left",
            title=Text(
                f"event {index}: {etype}" + (f"  « {trigger} »" if trigger else ""),
                style="bold " + _RICH_EVENT_STYLES.get(etype, ""),
            ),
        )
        table.add_column("slot", style="dim")
        table.add_column("value", overflow="fold")
        table.add_column("read from", style="italic", overflow="fold")
        evidence = event.get("evidence") or {}
        for slot in EVENT_SLOTS:
            value = event.get(slot)
            if value in (None, [], ""):
                continue
            shown = ", ".join(value) if isinstance(value, list | tuple) else str(value)
            quotes = " | ".join(item["text"] for item in evidence.get(slot) or [])
            table.add_row(slot, shown, quotes)
        out.append(table)

    for index, mission in enumerate(doc._.missions):
        table = Table(
            box=box.SIMPLE,
            show_header=False,
            title_justify="left",
            title=Text(
                f"mission {index}" + (f": {mission['name']}" if mission.get("name") else ""), style="bold"
            ),
        )
        table.add_column("slot", style="dim")
        table.add_column("value", overflow="fold")
        crew = ", ".join(
            member["name"]
            + (
                f" ({', '.join(str(x) for x in (member.get('role'), member.get('age')) if x)})"
                if member.get("role") or member.get("age")
                else ""
            )
            for member in mission.get("crew") or []
        )
        rows = {
            "crew": crew,
            "spacecraft": ", ".join(mission.get("spacecraft") or []),
            "organizations": ", ".join(mission.get("organizations") or []),
            "destination": mission.get("destination") or "",
            "duration": mission.get("duration") or "",
            "launch": _phase(mission.get("launch")),
            "landing": _phase(mission.get("landing")),
        }
        for slot, value in rows.items():
            if value:
                table.add_row(slot, value)
        out.append(table)
    return out


TIMELINE_ORDER = ("LAUNCH", "DOCKING", "SPACEWALK", "UNDOCKING", "LANDING")


def plot_timeline(records: Any, *, ax: Any = None, label: str = "doc_id", title: str | None = None) -> Any:
    """Plot the dated events of ``records`` (anything :func:`records_to_dataframe` takes) by type.

    One row per event type, one point per event at its date (``YYYY-MM`` and ``YYYY`` dates at
    their first day), annotated with the column ``label`` (``doc_id``, ``spacecraft``...).
    Returns the matplotlib Axes. Needs pandas and matplotlib (``pip install 'orbitext[notebook]'``).
    """
    from .frames import records_to_dataframe

    try:
        import matplotlib.pyplot as plt
        import pandas as pd
    except ImportError as err:  # pragma: no cover - depends on the install
        raise ImportError(
            "plot_timeline needs pandas and matplotlib, in the 'notebook' extra: "
            "pip install 'orbitext[notebook]'"
        ) from err
    frame = records if isinstance(records, pd.DataFrame) else records_to_dataframe(records, kind="events")
    frame = frame.assign(when=pd.to_datetime(frame["date"], format="mixed", errors="coerce"))
    dated = frame.dropna(subset=["when"])
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 3))
    for row, event_type in enumerate(TIMELINE_ORDER):
        points = dated[dated["type"] == event_type]
        ax.scatter(
            points["when"],
            [row] * len(points),
            s=80,
            color=EVENT_COLORS[event_type],
            edgecolors="black",
            label=event_type,
            zorder=3,
        )
        for _, point in points.iterrows():
            ax.annotate(
                str(point.get(label) or ""),
                (point["when"], row),
                xytext=(4, 6),
                textcoords="offset points",
                fontsize=8,
            )
    ax.set_yticks(range(len(TIMELINE_ORDER)), TIMELINE_ORDER)
    ax.set_ylim(-0.7, len(TIMELINE_ORDER) - 0.3)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(title or f"{len(dated)} dated events of {len(frame)}")
    ax.figure.autofmt_xdate()
    return ax


def html_page(doc: Doc, *, title: str = "orbitext") -> str:
    """A standalone HTML page: the entity view, then the events view of a processed Doc."""
    import html as html_lib

    ents = render(doc, "ent", jupyter=False)
    events = render(doc, "events", jupyter=False) if doc._.events else "<p>no events</p>"
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{html_lib.escape(title)}</title></head>\n"
        '<body style="font-family: sans-serif; margin: 2em">\n'
        f"<h1>{html_lib.escape(title)}</h1>\n<h2>Entities</h2>\n{ents}\n<h2>Events</h2>\n{events}\n"
        "</body></html>\n"
    )


def read_document(file: str, *, doc_id: str | None = None) -> dict[str, Any]:
    """One document ``{"id", "text", "date"}`` from a .txt file, a JSONL corpus or ``-`` (stdin)."""
    import json
    import sys
    from pathlib import Path

    raw = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    if file.endswith((".jsonl", ".json")):
        for line in raw.splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if doc_id is None or str(item.get("id")) == doc_id:
                return {"id": item.get("id"), "text": item.get("text") or "", "date": item.get("date")}
        raise ValueError(f"{file}: no document" + (f" with id {doc_id!r}" if doc_id else ""))
    return {"id": doc_id or (None if file == "-" else Path(file).name), "text": raw, "date": None}


def show_file(
    file: str, *, date: str | None = None, doc_id: str | None = None, html: str | None = None
) -> int:
    """``orbitext show``: process one document and print it (rich) or write an HTML page; exit code."""
    import sys
    from pathlib import Path

    from .pipeline import default_pipeline, make_doc

    try:
        item = read_document(file, doc_id=doc_id)
    except (OSError, ValueError) as err:
        print(f"orbitext show: {err}", file=sys.stderr)
        return 2
    nlp = default_pipeline()
    doc = nlp(make_doc(nlp, item["text"], date or item["date"]))
    title = str(item["id"] or "orbitext")
    if html:
        Path(html).write_text(html_page(doc, title=title), encoding="utf-8")
        print(f"wrote {html}", file=sys.stderr)
        return 0
    from rich.console import Console

    console = Console()
    for renderable in rich_view(doc, title=title):
        console.print(renderable)
    return 0


def _phase(phase: dict[str, Any] | None) -> str:
    if not phase:
        return ""
    return " ".join(str(phase[key]) for key in ("date", "time", "place") if phase.get(key))


__all__ = [
    "DISPLACY_COLORS",
    "EVENT_COLORS",
    "SLOT_COLORS",
    "displacy_options",
    "entity_data",
    "event_spans",
    "events_data",
    "html_page",
    "plot_timeline",
    "read_document",
    "render",
    "rich_view",
    "show_file",
]
