"""From many articles to one record per journey: cross-document linking, merging and provenance.

``merge_records(records)`` takes the :class:`~orbitext.schema.DocumentRecord` s that
``orbitext extract`` writes and returns a :class:`KnowledgeBase`: one :class:`MergedMission` per
journey and one :class:`MergedEvent` per real-world event. Every slot value lists the documents
and character spans it was read from; conflicting values (two landing dates) are all kept,
best-supported first.

Linking: people and vehicles are identified across documents by their ``kb_id`` (gazetteer id or
Wikidata QID) when the extractor gave one, else by a normalised key of their canonical name that
ignores case, accents and the usual transliteration variants (Chkaplerov/Shkaplerov,
Novitski/Novitskiy, Gagarine/Gagarin). The rules live in ``models/kb/linking.json``.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel, ConfigDict, Field

from .resources import MODELS_DIR, read_jsonl
from .schema import DocumentRecord, Event, Evidence, Mission

# --------------------------------------------------------------------------------------------
# merged record models


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """One document that supports a value, and the span it was read from (None when not found)."""

    doc_id: str
    start: int | None = None
    end: int | None = None
    text: str | None = None


class SlotValue(_Model):
    """One value of a slot with the documents behind it; ``count`` = number of distinct documents."""

    value: str | int
    key: str = Field(description="the normalised form values were grouped by")
    count: int = 0
    sources: list[Source] = Field(default_factory=list)


class MergedPhase(_Model):
    """Launch or landing of a merged mission: every value reported for each slot, best first."""

    date: list[SlotValue] = Field(default_factory=list)
    time: list[SlotValue] = Field(default_factory=list)
    place: list[SlotValue] = Field(default_factory=list)


class MergedCrewMember(_Model):
    """One person aboard, linked across documents."""

    name: str
    key: str = Field(description="identity key: kb_id when known, else 'name:' + normalised name")
    kb_id: str | None = None
    count: int = 0
    sources: list[Source] = Field(default_factory=list)
    roles: list[SlotValue] = Field(default_factory=list)
    ages: list[SlotValue] = Field(default_factory=list)


class MentionRef(_Model):
    """Where a merged record was read: the document and the index of the record in it."""

    doc_id: str
    index: int


class MergedMission(_Model):
    """One journey reported by one or more documents."""

    id: str
    name: list[SlotValue] = Field(default_factory=list)
    crew: list[MergedCrewMember] = Field(default_factory=list)
    spacecraft: list[SlotValue] = Field(default_factory=list)
    organizations: list[SlotValue] = Field(default_factory=list)
    destination: list[SlotValue] = Field(default_factory=list)
    duration: list[SlotValue] = Field(default_factory=list)
    launch: MergedPhase = Field(default_factory=MergedPhase)
    landing: MergedPhase = Field(default_factory=MergedPhase)
    events: list[str] = Field(default_factory=list, description="ids of the merged events of this journey")
    sources: list[str] = Field(default_factory=list, description="ids of the documents behind this record")
    mentions: list[MentionRef] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list, description="single-valued slots with rival values")

    def best(self, slot: str) -> str | int | None:
        """The best-supported value of a slot ("name", "launch.date"...), None when empty."""
        values = _slot(self, slot)
        return values[0].value if values else None


class MergedEvent(_Model):
    """One real-world event reported by one or more documents."""

    id: str
    type: str
    mission: str | None = Field(None, description="id of the merged mission this event belongs to")
    status: list[SlotValue] = Field(default_factory=list)
    date: list[SlotValue] = Field(default_factory=list)
    time: list[SlotValue] = Field(default_factory=list)
    place: list[SlotValue] = Field(default_factory=list)
    destination: list[SlotValue] = Field(default_factory=list)
    spacecraft: list[SlotValue] = Field(default_factory=list)
    participants: list[SlotValue] = Field(default_factory=list)
    organizations: list[SlotValue] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    mentions: list[MentionRef] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)

    def best(self, slot: str) -> str | int | None:
        values = _slot(self, slot)
        return values[0].value if values else None


class KnowledgeBase(_Model):
    """The result of a merge."""

    missions: list[MergedMission] = Field(default_factory=list)
    events: list[MergedEvent] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list, description="ids of the documents merged")

    def untraceable(self) -> list[tuple[str, str, str | int]]:
        """(record id, slot, value) of every source that points to no span: should be empty."""
        missing: list[tuple[str, str, str | int]] = []
        for record in [*self.missions, *self.events]:
            for slot, value in iter_values(record):
                if any(src.start is None for src in value.sources):
                    missing.append((record.id, slot, value.value))
        return missing


def _slot(record: BaseModel, slot: str) -> list[SlotValue]:
    obj: Any = record
    for part in slot.split("."):
        obj = getattr(obj, part)
    return obj


def iter_values(record: MergedMission | MergedEvent) -> Iterator[tuple[str, SlotValue]]:
    """Every (slot, value) of a merged record, crew names and their roles and ages included."""
    for name in type(record).model_fields:
        attr = getattr(record, name)
        if isinstance(attr, MergedPhase):
            for part in ("date", "time", "place"):
                for value in getattr(attr, part):
                    yield f"{name}.{part}", value
        elif isinstance(attr, list) and attr and isinstance(attr[0], SlotValue):
            for value in attr:
                yield name, value
        elif name == "crew":
            for member in attr:
                yield (
                    "crew",
                    SlotValue(value=member.name, key=member.key, count=member.count, sources=member.sources),
                )
                for value in member.roles:
                    yield "crew.role", value
                for value in member.ages:
                    yield "crew.age", value


# --------------------------------------------------------------------------------------------
# linking: normalised keys and identities


@functools.lru_cache(maxsize=1)
def linking_rules() -> dict[str, Any]:
    """The linking rules shipped in ``models/kb/linking.json``."""
    return json.loads((MODELS_DIR / "kb" / "linking.json").read_text(encoding="utf-8"))


_ROMAN = {
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
    "vi": "6",
    "vii": "7",
    "viii": "8",
    "ix": "9",
    "x": "10",
    "xi": "11",
    "xii": "12",
    "xiii": "13",
    "xiv": "14",
    "xv": "15",
}


@functools.lru_cache(maxsize=200_000)  # names repeat across an archive
def fold(text: str) -> str:
    """Lowercase without accents, typographic apostrophes made plain, spaces squeezed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("\u02bc", "'")
    return " ".join(text.split())


@functools.lru_cache(maxsize=200_000)  # names repeat across an archive
def name_key(name: str) -> str:
    """A spelling-insensitive key: accents, case, punctuation, roman numerals, transliterations.

    >>> name_key("Anton Chkaplerov") == name_key("Anton Shkaplerov")
    True
    >>> name_key("Oleg Novitskiy") == name_key("Oleg Novitski") == name_key("Oleg Novitsky")
    True
    """
    text = re.sub(r"[^\w\s]|_", " ", fold(name))
    tokens: list[str] = []
    for position, token in enumerate(text.split()):
        if position and token in _ROMAN:  # "Artemis II" = "Artemis 2"; a first "I" stays a word
            tokens.append(_ROMAN[token])
            continue
        if token.isalpha():
            for old, new in linking_rules()["transliteration"]:
                token = token.replace(old, new)
            token = re.sub(r"(.)\1+", r"\1", token)  # Peressild/Peresild, Novitskii/Novitski
            if len(token) > 4 and token.endswith("e"):  # French -e: Gagarine/Gagarin, Rogozine/Rogozin
                token = token[:-1]
        tokens.append(token)
    return " ".join(tokens)


@functools.lru_cache(maxsize=200_000)  # names repeat across an archive
def person_key(name: str) -> str:
    """First and last words of the name key: middle names and patronymics vary between sources."""
    tokens = name_key(name).split()
    return " ".join([tokens[0], tokens[-1]]) if len(tokens) > 2 else " ".join(tokens)


class Linker:
    """Gives people, vehicles and places a cross-document identity key."""

    def __init__(self, entries: Iterable[dict[str, Any]] = ()) -> None:
        rules = linking_rules()
        self._serial = [re.compile(p) for p in rules["serial_designations"]]
        self._unique_types = set(rules["unique_types"])
        self._reusable_types = set(rules["reusable_types"])
        self._reusable_keys = {name_key(n) for n in rules["reusable_names"]}
        self._by_key: dict[str, tuple[str, str | None]] = {}  # name key -> (id, type)
        self._canon: dict[str, str] = {}  # gazetteer id or QID -> one identity (the QID when known)
        self._designation: dict[str, bool] = {}
        self._names: dict[str, str] = {}  # identity -> the gazetteer's canonical (French) name
        ambiguous: set[str] = set()
        for entry in entries:
            entry_id = entry.get("wikidata") or entry.get("id")
            if not entry_id:
                continue
            for alias in (entry.get("id"), entry.get("wikidata")):
                if alias:
                    self._canon[alias] = entry_id
            if entry.get("name"):
                self._names.setdefault(entry_id, entry["name"])
            forms = [entry.get("name", ""), *entry.get("aliases", []), *entry.get("short", [])]
            for form in filter(None, forms):
                key = name_key(form)
                known = self._by_key.get(key)
                if known and known[0] != entry_id:
                    ambiguous.add(key)  # a short form shared by two entries identifies neither
                self._by_key[key] = (entry_id, entry.get("type"))
        for key in ambiguous:
            self._by_key.pop(key, None)

    @classmethod
    def from_models(cls) -> Linker:
        """A linker over every gazetteer in ``models/gazetteers`` (none is fine)."""
        entries: list[dict[str, Any]] = []
        folder = MODELS_DIR / "gazetteers"
        if folder.is_dir():
            for path in sorted(folder.glob("*.jsonl")):
                try:
                    entries.extend(read_jsonl(path))
                except (OSError, ValueError):  # a gazetteer being edited must not stop a merge
                    continue
        return cls(entries)

    def lookup(self, name: str) -> tuple[str, str | None] | None:
        """(id, type) of the gazetteer entry this name is a form of, if any."""
        return self._by_key.get(name_key(name))

    def identify(self, name: str, kb_id: str | None = None, person: bool = False) -> str:
        """The identity key of a name: its kb_id when known, else ``name:`` + normalised name."""
        if kb_id:
            return self._canon.get(kb_id, kb_id)
        known = self.lookup(name)
        if known:
            return known[0]
        return "name:" + (person_key(name) if person else name_key(name))

    def keys(self, name: str, kb_id: str | None = None, person: bool = False) -> frozenset[str]:
        """Every key a name is known by: its identity and its normalised name, so that a document
        whose extractor gave a kb_id still meets one that did not."""
        if not name_key(name):  # punctuation or blanks name nothing and must link nothing
            return frozenset()
        name_form = "name:" + (person_key(name) if person else name_key(name))
        return frozenset({self.identify(name, kb_id, person), name_form})

    def canonical_name(self, key: str) -> str | None:
        """The gazetteer's name for an identity key (None for unknown names)."""
        return self._names.get(self._canon.get(key, key))

    def is_designation(self, name: str) -> bool:
        """True when the vehicle name identifies one flight or one vehicle (Soyouz MS-18, James Webb)."""
        cached = self._designation.get(name)
        if cached is None:
            cached = self._designation[name] = self._is_designation(name)
        return cached

    def _is_designation(self, name: str) -> bool:
        known = self.lookup(name)
        kind = known[1] if known else None
        if kind in self._reusable_types or name_key(name) in self._reusable_keys:
            return False
        if kind in self._unique_types:
            return True
        folded = fold(name)
        return any(p.search(folded) for p in self._serial)


@functools.lru_cache(maxsize=1)
def default_linker() -> Linker:
    return Linker.from_models()


# --------------------------------------------------------------------------------------------
# per-document view: identities and evidence lookup


class DocView:
    """One document record with fast lookups of entity identities and value spans."""

    def __init__(self, record: DocumentRecord, linker: Linker, text: str | None = None) -> None:
        self.record = record
        self.id = record.id or ""
        self.linker = linker
        self.text = text  # the document text when the caller has it: spans for roles and ages
        self._kb: dict[str, str] = {}
        self._names: dict[str, list[Evidence]] = defaultdict(list)
        self._values: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
        for ent in record.entities:
            span = Evidence(start=ent.start, end=ent.end, text=ent.text)
            if ent.value is not None:
                self._values[(ent.label, ent.value)].append(span)
                continue
            for form in {ent.text, ent.canonical or ent.text}:
                self._names[name_key(form)].append(span)
                if ent.kb_id:
                    self._kb.setdefault(name_key(form), ent.kb_id)

    def kb_id(self, name: str) -> str | None:
        return self._kb.get(name_key(name))

    def identify(self, name: str, person: bool = False) -> str:
        return self.linker.identify(name, self.kb_id(name), person=person)

    def keys(self, name: str, person: bool = False) -> frozenset[str]:
        return self.linker.keys(name, self.kb_id(name), person=person)

    def find(self, value: str | int, kind: str, candidates: Iterable[Evidence] = ()) -> Evidence | None:
        """The span a value was read from: a matching evidence span first, then any entity span.

        ``kind`` is "name", "DATE", "TIME", "DURATION" or "text" (roles, ages, statuses).
        """
        candidates = list(candidates)
        text = str(value)
        key = name_key(text)
        for ev in candidates:
            if self._matches(ev, text, key, kind):
                return ev
        if kind in ("DATE", "TIME", "DURATION"):
            spans = self._values.get((kind, text))
            if spans:
                return spans[0]
        elif kind == "name":
            spans = self._names.get(key)
            if spans:
                return spans[0]
            for ent_key, spans in self._names.items():  # "Novitski" read for "Oleg Novitski"
                if ent_key and key.endswith(" " + ent_key):
                    return spans[0]
        return None

    def find_near(self, pattern: str, anchor: Evidence | None) -> Evidence | None:
        """The match of ``pattern`` (a regex) in the document text nearest to ``anchor``.

        Roles and ages are not entities, so when the record gives no span for them, the text
        (if the caller passed it) is searched around the person's mention.
        """
        if not self.text:
            return None
        matches = list(re.finditer(pattern, self.text, flags=re.IGNORECASE))
        if not matches:
            return None
        where = anchor.start if anchor else 0
        best = min(matches, key=lambda m: abs(m.start() - where))
        return Evidence(start=best.start(), end=best.end(), text=best.group())

    def _matches(self, ev: Evidence, text: str, key: str, kind: str) -> bool:
        if kind in ("DATE", "TIME", "DURATION"):
            spans = self._values.get((kind, text), [])
            return any(s.start < ev.end and ev.start < s.end for s in spans) or fold(ev.text) == fold(text)
        ev_key = name_key(ev.text)
        if not ev_key or not key:
            return False
        if kind == "text":  # a role or an age inside a longer span ("Ioulia Peressild, 37 ans")
            return f" {key} " in f" {ev_key} " or f" {ev_key} " in f" {key} "
        return ev_key == key or key.endswith(" " + ev_key) or f" {key} " in f" {ev_key} "


# --------------------------------------------------------------------------------------------
# dates


@functools.lru_cache(maxsize=50_000)
def _parse(value: str | None) -> tuple[dt.date, int] | None:
    """(first day, precision) of an ISO date, year-month or year; precision 3/2/1."""
    if not value:
        return None
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
        if len(numbers) == 3:
            return dt.date(*numbers), 3
        if len(numbers) == 2:
            return dt.date(numbers[0], numbers[1], 1), 2
        return dt.date(numbers[0], 1, 1), 1
    except (ValueError, TypeError):
        return None


def dates_compatible(a: str | None, b: str | None, tolerance_days: int) -> bool:
    """Unknown dates are compatible with anything; partial dates must agree on what they say."""
    pa, pb = _parse(a), _parse(b)
    if pa is None or pb is None:
        return True
    precision = min(pa[1], pb[1])
    if precision == 3:
        return abs((pa[0] - pb[0]).days) <= tolerance_days
    if tolerance_days >= 28:  # journey-level: months and years are close enough when near
        return abs((pa[0] - pb[0]).days) <= tolerance_days + 366
    assert a is not None and b is not None
    width = 7 if precision == 2 else 4
    return a[:width] == b[:width]


def _full(value: str | None) -> bool:
    parsed = _parse(value)
    return parsed is not None and parsed[1] == 3


# --------------------------------------------------------------------------------------------
# mentions: one mission or event of one document, with its identity features


@dataclass
class _Mention:
    view: DocView
    index: int
    # each item is the key set of one referent (see Linker.keys)
    ident: list[frozenset[str]] = field(default_factory=list)  # designations and mission names
    designations: list[frozenset[str]] = field(default_factory=list)
    vehicles: list[frozenset[str]] = field(default_factory=list)
    people: list[frozenset[str]] = field(default_factory=list)
    launch: str | None = None
    landing: str | None = None
    date: str | None = None  # events
    kind: str = ""  # events: type + status class
    mission: int | None = None  # events: the mission cluster of the same document

    @property
    def doc(self) -> str:
        return self.view.id

    def strength(self) -> tuple[int, ...]:
        return (
            bool(self.ident),
            len(self.people),
            bool(self.launch or self.landing or self.date),
            len(self.vehicles),
        )


def _shared(xs: list[frozenset[str]], ys: list[frozenset[str]]) -> int:
    """How many referents of ``xs`` are also in ``ys`` (sharing any key)."""
    return sum(any(x & y for y in ys) for x in xs)


def _vehicles(m: _Mention, view: DocView, names: Iterable[str]) -> None:
    for name in names:
        keys = view.keys(name)
        m.vehicles.append(keys)
        if view.linker.is_designation(name):
            m.designations.append(keys)
    m.ident = list(m.designations)


def _mission_mention(view: DocView, index: int, mission: Mission) -> _Mention:
    m = _Mention(view, index)
    _vehicles(m, view, mission.spacecraft)
    if mission.name:
        m.ident.append(view.keys(mission.name))
    m.people = [view.keys(c.name, person=True) for c in mission.crew]
    m.launch = mission.launch.date if mission.launch else None
    m.landing = mission.landing.date if mission.landing else None
    return m


def _event_mention(view: DocView, index: int, event: Event) -> _Mention:
    m = _Mention(view, index)
    _vehicles(m, view, event.spacecraft)
    m.people = [view.keys(p, person=True) for p in event.participants]
    m.date = event.date
    # a cancelled or scrubbed attempt is its own event, apart from the flight that followed
    m.kind = f"{event.type}:{'cancelled' if event.status == 'cancelled' else 'done'}"
    return m


def _complementary(a: _Mention, b: _Mention) -> bool:
    """Two records of one document that fill different slots (one has the vehicle and the date,
    the other the crew): halves of one journey the extractor split, not two journeys."""
    return not (
        (a.people and b.people)
        or (a.ident and b.ident)
        or (a.launch and b.launch)
        or (a.landing and b.landing)
    )


def _mission_link(a: _Mention, b: _Mention) -> float | None:
    """How strongly two mission mentions describe one journey: None when they cannot (a conflict),
    0 when nothing says they do."""
    tol = linking_rules()["tolerance_days"]
    shared_ident = _shared(a.ident, b.ident)
    if a.doc == b.doc and not shared_ident and _shared(a.people, b.people) < 2 and not _complementary(a, b):
        return None  # the extractor kept them apart; only a shared name or crew says otherwise
    if a.designations and b.designations and not _shared(a.designations, b.designations):
        return None
    window = tol["journey"] if shared_ident else tol["phase"]
    if not (dates_compatible(a.launch, b.launch, window) and dates_compatible(a.landing, b.landing, window)):
        return None
    for start, end in ((a.launch, b.landing), (b.launch, a.landing)):
        ps, pe = _parse(start), _parse(end)
        if ps and pe and min(ps[1], pe[1]) == 3 and (ps[0] - pe[0]).days > tol["phase"]:
            return None  # one launched after the other had landed
    score = 3.0 * shared_ident + _shared(a.people, b.people)
    same_day = any(
        _full(x) and _full(y) and dates_compatible(x, y, tol["event"])
        for x, y in ((a.launch, b.launch), (a.landing, b.landing))
    )
    if _shared(a.vehicles, b.vehicles) and same_day:
        score += 2.0  # one launcher or capsule flies once on a given day
    if score <= 0:
        return 0.0
    return score + 0.5 * _shared(a.vehicles, b.vehicles) + same_day


def _event_link(a: _Mention, b: _Mention) -> float | None:
    """How strongly two event mentions report one event: None when they cannot, 0 when unknown."""
    tol = linking_rules()["tolerance_days"]
    if a.kind != b.kind or a.doc == b.doc:
        return None  # one event per real event per document (the spec), so never two of one doc
    if a.designations and b.designations and not _shared(a.designations, b.designations):
        return None
    if a.mission is not None and b.mission is not None and a.mission != b.mission:
        return None  # the mission merge already decided these are two journeys
    if not dates_compatible(a.date, b.date, tol["event"]):
        return None
    score = 3.0 * _shared(a.ident, b.ident) + _shared(a.people, b.people)
    same_day = _full(a.date) and _full(b.date)
    if _shared(a.vehicles, b.vehicles) and same_day:
        score += 2.0
    if a.mission is not None and a.mission == b.mission:
        score += 3.0
    if score <= 0:
        return 0.0
    return score + 0.5 * _shared(a.vehicles, b.vehicles) + same_day


def _blocking_keys(m: _Mention) -> set[str]:
    """Keys a linked pair must share (a link needs a shared referent or mission): only clusters
    holding one of them are compared, so a merge stays near-linear on large archives."""
    keys = {k for item in [*m.ident, *m.people, *m.vehicles] for k in item}
    if m.mission is not None:
        keys.add(f"#mission:{m.mission}")
    return keys


def _cluster(mentions: list[_Mention], link: Any) -> list[list[_Mention]]:
    """Greedy clustering, strongest mentions first: a mention joins the cluster it links to best,
    provided it conflicts with no member of it (so clusters never chain through a weak record)."""
    order = sorted(range(len(mentions)), key=lambda i: tuple(-x for x in mentions[i].strength()) + (i,))
    clusters: list[list[int]] = []
    index: dict[str, set[int]] = defaultdict(set)  # blocking key -> clusters holding it
    for i in order:
        mention = mentions[i]
        keys = _blocking_keys(mention)
        best: int | None = None
        best_score = 0.0
        for number in sorted({n for k in keys for n in index.get(k, ())}):
            cluster = clusters[number]
            scores = [link(mention, mentions[j]) for j in cluster]
            if any(s is None for s in scores):
                continue
            score = max(scores)
            if score > best_score or (
                score == best_score and best is not None and len(cluster) > len(clusters[best])
            ):
                best, best_score = number, score
        if best is None or best_score <= 0:
            best = len(clusters)
            clusters.append([])
        clusters[best].append(i)
        for key in keys:
            index[key].add(best)
    # clusters in order of first appearance in the input, for a stable output
    return [[mentions[j] for j in sorted(c)] for c in sorted(clusters, key=min)]


# --------------------------------------------------------------------------------------------
# value collection


@dataclass
class _Group:
    keys: set[str]
    first: int
    forms: Counter[str | int] = field(default_factory=Counter)
    sources: dict[str, Source] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # crew members: their roles and ages

    def key(self) -> str:
        """The preferred key: an identity (kb id) before a normalised name."""
        return sorted(self.keys, key=lambda k: (k.startswith("name:"), k))[0]


class _Values:
    """Collects the values of one slot, grouped by referent (values sharing a key), with sources."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []

    def group(self, keys: Iterable[str]) -> _Group:
        """The group of these keys, merging the groups they bridge."""
        keys = set(keys)
        hits = [g for g in self.groups if g.keys & keys]
        if not hits:
            self.groups.append(_Group(keys, len(self.groups)))
            return self.groups[-1]
        main, *rest = hits
        main.keys |= keys
        for other in rest:
            main.keys |= other.keys
            main.forms.update(other.forms)
            for doc_id, src in other.sources.items():
                _keep(main.sources, doc_id, src)
            for name, values in other.extra.items():
                main.extra.setdefault(name, _Values()).absorb(values)
            main.first = min(main.first, other.first)
            self.groups.remove(other)
        return main

    def add(
        self, value: str | int | None, keys: Iterable[str], doc_id: str, span: Evidence | None
    ) -> _Group | None:
        keys = set(keys)
        if value is None or value == "" or not keys:  # a name made of punctuation names nothing
            return None
        group = self.group(keys)
        group.forms[value] += 1
        source = Source(
            doc_id=doc_id,
            start=span.start if span else None,
            end=span.end if span else None,
            text=span.text if span else None,
        )
        _keep(group.sources, doc_id, source)
        return group

    def absorb(self, other: _Values) -> None:
        for g in other.groups:
            target = self.group(g.keys)
            target.forms.update(g.forms)
            for doc_id, src in g.sources.items():
                _keep(target.sources, doc_id, src)

    def result(self) -> list[SlotValue]:
        values = _results(self)
        # best-supported first; then the more precise (2021-10-17 before 2021-10); then first seen
        rank = {id(v): i for i, v in enumerate(values)}
        values.sort(key=lambda v: (-v.count, -len(str(v.value)), rank[id(v)]))
        return values


def _keep(sources: dict[str, Source], doc_id: str, source: Source) -> None:
    """One source per document; a span wins over none."""
    known = sources.get(doc_id)
    if known is None or known.start is None:
        sources[doc_id] = source


def _conflicting(values: list[SlotValue], slot: str) -> bool:
    if len(values) < 2:
        return False
    if slot.endswith("date") or slot == "date":
        return any(
            not dates_compatible(str(a.value), str(b.value), 0) for a in values for b in values if a is not b
        )
    return True


def _phase_candidates(view: DocView, events: list[Event], type_: str, slot: str) -> list[Evidence]:
    found: list[Evidence] = []
    for event in events:
        if event.type == type_:
            found.extend(event.evidence.get(slot, []))
    return found


def _evidence(mission: Mission, *slots: str) -> list[Evidence]:
    found: list[Evidence] = []
    for slot in slots:
        found.extend(mission.evidence.get(slot, []))
    return found


def _merge_missions(cluster: list[_Mention], mission_id: str) -> MergedMission:
    slots: dict[str, _Values] = defaultdict(_Values)
    crew = _Values()
    mentions = sorted(cluster, key=lambda m: (m.view.id, m.index))
    for m in mentions:
        view = m.view
        mission = view.record.missions[m.index]
        events = [view.record.events[i] for i in mission.events if 0 <= i < len(view.record.events)]
        doc = view.id

        def ev(*keys: str, _m: Mission = mission) -> list[Evidence]:
            return _evidence(_m, *keys)

        def add(
            slot: str, value: str | int | None, kind: str, candidates: list[Evidence], _v: DocView = view
        ) -> None:
            if value is None:
                return
            keys = _v.keys(str(value)) if kind == "name" else {str(value)}
            slots[slot].add(value, keys, _v.id, _v.find(value, kind, candidates))

        add("name", mission.name, "name", ev("name"))
        for name in mission.spacecraft:
            add(
                "spacecraft",
                name,
                "name",
                ev("spacecraft") + _flat(e.evidence.get("spacecraft", []) for e in events),
            )
        for name in mission.organizations:
            add(
                "organizations",
                name,
                "name",
                ev("organizations") + _flat(e.evidence.get("organizations", []) for e in events),
            )
        add(
            "destination",
            mission.destination,
            "name",
            ev("destination") + _phase_candidates(view, events, "LAUNCH", "destination"),
        )
        add("duration", mission.duration, "DURATION", ev("duration"))
        for phase_name, type_ in (("launch", "LAUNCH"), ("landing", "LANDING")):
            phase = getattr(mission, phase_name)
            if phase is None:
                continue
            for part, kind in (("date", "DATE"), ("time", "TIME"), ("place", "name")):
                candidates = ev(f"{phase_name}.{part}", f"{phase_name}_{part}", phase_name)
                candidates += _phase_candidates(view, events, type_, part)
                add(f"{phase_name}.{part}", getattr(phase, part), kind, candidates)
        crew_evidence = ev("crew", "participants") + _flat(e.evidence.get("participants", []) for e in events)
        for member in mission.crew:
            span = view.find(member.name, "name", crew_evidence)
            group = crew.add(member.name, view.keys(member.name, person=True), doc, span)
            if group is None:
                continue
            # roles and ages are no entities: their spans can only come from the mission's evidence
            everything = _flat(mission.evidence.values())
            if member.role:
                candidates = ev("crew.role", "role", "roles") + everything
                role_span = view.find(member.role, "text", candidates) or view.find_near(
                    _loose(member.role), span
                )
                group.extra.setdefault("roles", _Values()).add(
                    member.role, {fold(member.role)}, doc, role_span
                )
            if member.age is not None:
                candidates = ev("crew.age", "age", "ages") + everything
                age_span = view.find(member.age, "text", candidates) or view.find_near(
                    rf"\b{member.age}\s*ans\b", span
                )
                group.extra.setdefault("ages", _Values()).add(member.age, {str(member.age)}, doc, age_span)

    merged = MergedMission(
        id=mission_id,
        sources=sorted({m.view.id for m in cluster}),
        mentions=[MentionRef(doc_id=m.view.id, index=m.index) for m in mentions],
    )
    linker = cluster[0].view.linker
    for slot, values in slots.items():
        obj: Any = merged
        *path, last = slot.split(".")
        for part in path:
            obj = getattr(obj, part)
        setattr(obj, last, _named(values.result(), linker))
    members = []
    for group, names in zip(sorted(crew.groups, key=lambda g: g.first), _results(crew), strict=True):
        members.append(
            MergedCrewMember(
                name=linker.canonical_name(names.key) or str(names.value),
                key=names.key,
                kb_id=_kb_like(names.key),
                count=names.count,
                sources=names.sources,
                roles=group.extra["roles"].result() if "roles" in group.extra else [],
                ages=group.extra["ages"].result() if "ages" in group.extra else [],
            )
        )
    members.sort(key=lambda c: -c.count)
    merged.crew = members
    merged.conflicts = [
        slot
        for slot in linking_rules()["single_valued"]
        if slot.split(".")[0] in MergedMission.model_fields and _conflicting(_slot(merged, slot), slot)
    ]
    return merged


def _merge_events(cluster: list[_Mention], event_id: str, mission_id: str | None) -> MergedEvent:
    slots: dict[str, _Values] = defaultdict(_Values)
    mentions = sorted(cluster, key=lambda m: (m.view.id, m.index))
    for m in mentions:
        view = m.view
        event = view.record.events[m.index]
        trigger = [event.trigger] if event.trigger else []
        evidence = event.evidence

        def add(slot: str, value: str | None, kind: str, _v: DocView = view, _e: dict = evidence) -> None:
            if value is None:
                return
            keys = _v.keys(value, person=slot == "participants") if kind == "name" else {value}
            slots[slot].add(value, keys, _v.id, _v.find(value, kind, _e.get(slot, [])))

        slots["status"].add(
            event.status, {event.status}, view.id, (evidence.get("status") or trigger or [None])[0]
        )
        add("date", event.date, "DATE")
        add("time", event.time, "TIME")
        add("place", event.place, "name")
        add("destination", event.destination, "name")
        for name in event.spacecraft:
            add("spacecraft", name, "name")
        for name in event.participants:
            add("participants", name, "name")
        for name in event.organizations:
            add("organizations", name, "name")
    merged = MergedEvent(
        id=event_id,
        type=cluster[0].view.record.events[cluster[0].index].type,
        mission=mission_id,
        sources=sorted({m.view.id for m in cluster}),
        mentions=[MentionRef(doc_id=m.view.id, index=m.index) for m in mentions],
    )
    for slot, values in slots.items():
        setattr(merged, slot, _named(values.result(), cluster[0].view.linker))
    merged.conflicts = [
        slot
        for slot in linking_rules()["single_valued"]
        if slot in MergedEvent.model_fields and _conflicting(getattr(merged, slot), slot)
    ]
    return merged


def _flat(lists: Iterable[list[Evidence]]) -> list[Evidence]:
    return [item for items in lists for item in items]


def _loose(phrase: str) -> str:
    """A regex for a phrase as the text may inflect it: a role is given as lemmas ("cosmonaute
    russe") while the text says "les cosmonautes russes"."""
    words = [re.escape(w[: max(3, len(w) - 3)]) + r"\w*" for w in phrase.split()]
    return r"\b" + r"\W+".join(words)


def _results(values: _Values) -> list[SlotValue]:
    """The SlotValue of each group, in first-seen order (not ranked)."""
    return [
        SlotValue(
            value=max(g.forms.items(), key=lambda kv: (kv[1], len(str(kv[0]))))[0],
            key=g.key(),
            count=len(g.sources),
            sources=list(g.sources.values()),
        )
        for g in sorted(values.groups, key=lambda g: g.first)
    ]


def _named(values: list[SlotValue], linker: Linker) -> list[SlotValue]:
    """Show a referent the gazetteer knows under its canonical name (the sources keep the text)."""
    for value in values:
        name = linker.canonical_name(value.key) if isinstance(value.value, str) else None
        if name:
            value.value = name
    return values


def _kb_like(key: str) -> str | None:
    return None if key.startswith("name:") else key


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _mission_label(mission: MergedMission) -> str:
    for slot in ("name", "spacecraft"):
        if _slot(mission, slot):
            return str(mission.best(slot))
    if mission.crew:
        return mission.crew[0].name
    return "mission"


# --------------------------------------------------------------------------------------------
# entry points


def documents(
    records: Iterable[DocumentRecord | dict[str, Any]],
) -> Iterator[tuple[DocumentRecord, str | None]]:
    """The records to merge, with their original ids: failed documents are left out, and ids are
    made unique (``id#line``) because they are the provenance key."""
    seen: set[str] = set()
    for number, raw in enumerate(records, 1):
        record = raw if isinstance(raw, DocumentRecord) else DocumentRecord.model_validate(raw)
        if record.error is not None:
            continue
        original = record.id
        if not record.id or record.id in seen:
            record = record.model_copy(update={"id": f"{record.id or 'doc'}#{number}"})
        seen.add(record.id or "")
        yield record, original


def merge_records(
    records: Iterable[DocumentRecord | dict[str, Any]],
    linker: Linker | None = None,
    texts: dict[str, str] | None = None,
) -> KnowledgeBase:
    """Cluster the missions and events of many documents into one record per journey and event.

    ``texts`` (document id -> text, e.g. from the corpus the records were extracted from) lets
    values that are not entities (crew roles and ages) point to their span too.
    """
    linker = linker or default_linker()
    texts = texts or {}
    views = [DocView(record, linker, texts.get(original or "")) for record, original in documents(records)]

    mission_mentions = [
        _mission_mention(view, i, mission) for view in views for i, mission in enumerate(view.record.missions)
    ]
    mission_clusters = _cluster(mission_mentions, _mission_link)
    taken: set[str] = set()
    missions: list[MergedMission] = []
    cluster_of: dict[tuple[str, int], int] = {}  # (doc, event index) -> mission cluster number
    for number, cluster in enumerate(mission_clusters):
        merged = _merge_missions(cluster, "")
        merged.id = _unique("mission:" + _slug(_mission_label(merged)), taken)
        missions.append(merged)
        for m in cluster:
            for event_index in m.view.record.missions[m.index].events:
                cluster_of[(m.view.id, event_index)] = number

    event_mentions = []
    for view in views:
        for i, event in enumerate(view.record.events):
            mention = _event_mention(view, i, event)
            mention.mission = cluster_of.get((view.id, i))
            event_mentions.append(mention)
    events: list[MergedEvent] = []
    for cluster in _cluster(event_mentions, _event_link):
        votes = Counter(m.mission for m in cluster if m.mission is not None)
        mission_number = votes.most_common(1)[0][0] if votes else None
        mission_id = missions[mission_number].id if mission_number is not None else None
        merged = _merge_events(cluster, "", mission_id)
        anchor = mission_id.split(":", 1)[1] if mission_id else _slug(str(merged.best("spacecraft") or "x"))
        merged.id = _unique(f"{merged.type.lower()}:{anchor}:{merged.best('date') or 'undated'}", taken)
        events.append(merged)
        if mission_number is not None:
            missions[mission_number].events.append(merged.id)
    return KnowledgeBase(missions=missions, events=events, documents=[v.id for v in views])


def _open(path: str | Path) -> IO[str]:
    """Open a JSONL file for reading, gzip-compressed when it ends in ``.gz``."""
    if str(path).endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return Path(path).open(encoding="utf-8")


def read_records(paths: Iterable[str | Path]) -> Iterator[DocumentRecord]:
    """Stream the DocumentRecords of ``orbitext extract`` output files (``.jsonl`` or
    ``.jsonl.gz``); lines that are no valid record are skipped."""
    for path in paths:
        with _open(path) as handle:
            for line in handle:
                if not line.strip():
                    continue
                try:
                    yield DocumentRecord.model_validate_json(line)
                except ValueError:
                    continue


__all__ = [
    "KnowledgeBase",
    "Linker",
    "MergedCrewMember",
    "MergedEvent",
    "MergedMission",
    "MergedPhase",
    "MentionRef",
    "SlotValue",
    "Source",
    "dates_compatible",
    "documents",
    "iter_values",
    "merge_records",
    "name_key",
    "person_key",
    "read_records",
    "read_texts",
    "run_merge",
]


def read_texts(paths: Iterable[str | Path]) -> dict[str, str]:
    """Document id -> text from corpus JSONL files (the input of ``orbitext extract``)."""
    texts: dict[str, str] = {}
    for path in paths:
        with _open(path) as handle:
            for line in handle:
                try:
                    doc = json.loads(line)
                except ValueError:
                    continue
                if isinstance(doc, dict) and isinstance(doc.get("text"), str) and doc.get("id") is not None:
                    texts[str(doc["id"])] = doc["text"]
    return texts


def run_merge(
    paths: list[str],
    output: str,
    *,
    events: str | None = None,
    db: str | None = None,
    texts: list[str] | None = None,
) -> int:
    """The ``orbitext merge`` command: read records, merge, write JSONL (and a SQLite store)."""
    import sys

    try:
        records = list(read_records(paths))
        corpus = read_texts(texts or [])
    except OSError as err:
        print(f"orbitext merge: cannot read input: {err}", file=sys.stderr)
        return 2
    kb = merge_records(records, texts=corpus)
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        for mission in kb.missions:
            out.write(mission.model_dump_json() + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if events:
        with open(events, "w", encoding="utf-8") as handle:
            for event in kb.events:
                handle.write(event.model_dump_json() + "\n")
    if db:
        from .store import write_store

        write_store(db, records, kb)
    conflicts = sum(bool(m.conflicts) for m in kb.missions)
    print(
        f"orbitext merge: {len(kb.documents)} documents, {len(kb.missions)} missions "
        f"({conflicts} with conflicts), {len(kb.events)} events, "
        f"{len(kb.untraceable())} values without a span",
        file=sys.stderr,
    )
    return 0
