"""orbitext_missions: link the events of one journey into a mission record.

Events that share a flyer, or a vehicle while their crews do not conflict, belong to one
journey. A record gathers its crew (with the role and age the text gives: "l'actrice Ioulia
Peressild, 37 ans"), vehicles, organizations, destination, stay duration ("un séjour de 12
jours") and its launch and landing, and names it after a MISSION entity said with its events.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...extensions import record_component_error
from ...fastmatch import doc_text
from ...resources import MODELS_DIR
from ...schema import Mission
from ...text import UnionFind
from ..events.component import canon, canon_scope, lemma_set, load_kb_types, sentences

logger = logging.getLogger(__name__)
RULES_FILE = "missions.json"
EVENT_RULES_FILE = "events.json"
STAY_NOUN_BEFORE = re.compile(r"\b(?:mission|séjour|voyage|vol)\s+(?:de|d'|d’)\s*(?:environ\s+|près de\s+)?$")
LAUNCHER_TYPES = {"launcher", "rocket"}


def default_rules_path() -> Path:
    return MODELS_DIR / "patterns" / RULES_FILE


class MissionLinker:
    """Group ``doc._.events`` into journeys and write ``doc._.missions``."""

    def __init__(
        self, nlp: Language, name: str, *, rules_path: str | None = None, name_window: int = 3
    ) -> None:
        self.name = name
        self.name_window = name_window
        path = Path(rules_path) if rules_path else default_rules_path()
        event_rules_path = path.parent / EVENT_RULES_FILE
        if not event_rules_path.exists():
            event_rules_path = MODELS_DIR / "patterns" / EVENT_RULES_FILE
        self._set_rules(srsly.read_json(path), srsly.read_json(event_rules_path), load_kb_types())

    def _set_rules(
        self, rules: dict[str, Any], event_rules: dict[str, Any], kb_types: dict[str, str]
    ) -> None:
        self.rules = rules
        self._doc_craft_types: dict[str, str] = {}  # vehicle name -> subkind, for the current doc
        # doc.ents builds a new Span per entity on each read: read it once per document
        self._ents_doc: tuple[Doc | None, list[Span]] = (None, [])
        self.event_rules = event_rules
        self.kb_types = kb_types
        self.role_nouns = {r for r in rules["role_nouns"] if " " not in r}
        self.stay_lemmas = set(rules["stay_lemmas"])
        # a mission said with these verbs is a plan for later ("la NASA compte sur ... lors d'Artemis III")
        self.plan_verbs = set(rules.get("plan_verbs", []))
        self.duration_blockers = {b for b in rules["duration_blockers"] if " " not in b}
        self.station_names = {n.lower() for n in event_rules["station_names"]}
        self.station_types = set(event_rules["station_types"])
        self.capsule_types = set(event_rules.get("capsule_types", ["capsule"]))

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / RULES_FILE, self.rules)
        srsly.write_json(path / EVENT_RULES_FILE, self.event_rules)
        srsly.write_json(path / "kb_types.json", self.kb_types)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> MissionLinker:
        path = Path(path)
        kb_types = srsly.read_json(path / "kb_types.json") if (path / "kb_types.json").exists() else {}
        self._set_rules(
            srsly.read_json(path / RULES_FILE), srsly.read_json(path / EVENT_RULES_FILE), kb_types
        )
        return self

    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        """The rule data of ``to_disk``, for ``nlp.to_bytes()``."""
        return srsly.msgpack_dumps(
            {"rules": self.rules, "event_rules": self.event_rules, "kb_types": self.kb_types}
        )

    def from_bytes(self, bytes_data: bytes, *, exclude: tuple = ()) -> MissionLinker:
        """Restore what :meth:`to_bytes` wrote."""
        data = srsly.msgpack_loads(bytes_data)
        self._set_rules(data["rules"], data["event_rules"], data.get("kb_types") or {})
        return self

    def __call__(self, doc: Doc) -> Doc:
        try:
            canon_scope(doc)
            missions, events = self._link(doc)
        except Exception as err:  # noqa: BLE001  (a rule bug must never stop a corpus run)
            logger.warning("orbitext_missions failed on a document; it gets no missions", exc_info=True)
            record_component_error(doc, self.name, err)
            missions, events = [], doc._.events
        finally:
            canon_scope(None)
        self._ents_doc = (None, [])  # keep no reference to the Doc once done
        doc._.missions = missions
        doc._.events = events
        return doc

    # -- helpers ---------------------------------------------------------------------------
    def _ents(self, doc: Doc) -> list[Span]:
        """``list(doc.ents)``, read once per document."""
        last, ents = self._ents_doc
        if last is not doc:
            ents = list(doc.ents)
            self._ents_doc = (doc, ents)
        return ents

    def _ents_in(self, doc: Doc, span: Span) -> list[Span]:
        """``span.ents`` from the cached list (entities wholly inside the span)."""
        return [e for e in self._ents(doc) if e.start >= span.start and e.end <= span.end]

    def _is_station_name(self, name: str) -> bool:
        return name.lower() in self.station_names

    def _is_station(self, ent: Span) -> bool:
        kind = self.kb_types.get(ent.kb_id_, "") if ent.kb_id_ else ""
        return ent.label_ == "SPACECRAFT" and (kind in self.station_types or self._is_station_name(ent.text))

    def _people_index(self, doc: Doc) -> tuple[dict[str, str], dict[str, int], dict[str, tuple[int, int]]]:
        """canonical name -> role, -> age, and evidence of each, read around PER mentions."""
        roles: dict[str, str] = {}
        ages: dict[str, int] = {}
        role_refs: dict[str, list[str]] = {}
        for ent in self._ents(doc):
            if ent.label_ != "PER":
                continue
            name = canon(ent)
            role = self._role_before(doc, ent) or self._role_after(doc, ent)
            if role and name not in roles:
                roles[name] = role
            if role:
                names = role_refs.setdefault(role.split()[0], [])
                if name not in names:
                    names.append(name)
            age = self._age_after(doc, ent.end)
            if age is not None and name not in ages:
                ages[name] = age
        # "Le milliardaire japonais, âgé de 46 ans": an age said of a role noun
        for tok in self._role_tokens(doc):
            if (
                tok.lemma_.lower() in self.role_nouns
                and tok.i > 0
                and tok.nbor(-1).lower_ in ("l'", "l’", "le", "la")
            ):
                if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PER":
                    continue
                names = role_refs.get(tok.lemma_.lower()) or role_refs.get(tok.lower_)
                if names and len(names) == 1 and names[0] not in ages:
                    end = tok.i + 1
                    while end < len(doc) and doc[end].pos_ == "ADJ":
                        end += 1
                    age = self._age_after(doc, end)
                    if age is not None:
                        ages[names[0]] = age
        return roles, ages, {}

    def _role_tokens(self, doc: Doc) -> list[Token]:
        """Tokens whose lemma (lower-cased) is a role noun, in order: a pass over the lemma ids
        instead of a Token per word."""
        lemmas = doc.to_array(LEMMA)
        strings = doc.vocab.strings
        unique = numpy.unique(lemmas)
        wanted = [value for value in unique.tolist() if strings[value].lower() in self.role_nouns]
        if not wanted:
            return []
        return [doc[i] for i in numpy.flatnonzero(numpy.isin(lemmas, wanted)).tolist()]

    def _role_before(self, doc: Doc, ent: Span) -> str | None:
        for j in range(ent.start - 1, max(-1, ent.start - 7), -1):
            tok = doc[j]
            if tok.ent_type_ == "PER" or tok.text in (".", ";", ":", "et", "\n"):
                return None
            lemma = tok.lemma_.lower()
            if lemma in self.role_nouns or tok.lower_ in self.role_nouns:
                # the written gender wins over the lemma ("actrice", not "acteur")
                words = [tok.lower_ if tok.lower_ in self.role_nouns else lemma]
                for t in doc[j + 1 : ent.start]:
                    if t.is_punct:
                        break
                    words.append(t.text)
                return " ".join(words).replace("’", "'").replace("' ", "'").strip()
        return None

    def _role_after(self, doc: Doc, ent: Span) -> str | None:
        if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return None
        j = ent.end + 1
        if doc[j].pos_ == "DET" and j + 1 < len(doc):
            j += 1
        tok = doc[j]
        lemma = tok.lemma_.lower()
        if lemma not in self.role_nouns:
            return None
        words = [lemma]
        for t in doc[j + 1 : min(len(doc), j + 5)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON", "CCONJ"):
                break
            words.append(t.text)
        return " ".join(words).replace("’", "'").replace("' ", "'").strip()

    def _age_after(self, doc: Doc, index: int) -> int | None:
        """'X, 37 ans' or 'X, âgé de 46 ans' starting at token ``index``."""
        window = doc[index : min(len(doc), index + 5)]
        if not len(window) or window[0].text != ",":
            return None
        for k, tok in enumerate(window):
            if tok.like_num and k + 1 < len(window) and window[k + 1].lower_ in ("ans", "an"):
                try:
                    value = int(tok.text)
                except ValueError:
                    return None
                return value if 0 < value < 130 else None
        return None

    # -- linking ---------------------------------------------------------------------------
    def _link(self, doc: Doc) -> tuple[list[dict], list[dict]]:
        events = [dict(e) for e in doc._.events]
        self._ents_doc = (None, [])  # entities may have changed since the last call on this Doc
        if not events:
            return [], events
        sents = sentences(doc)
        starts = [s.start_char for s in sents]

        def sent_of(char: int) -> int:
            return max(0, bisect.bisect_right(starts, char) - 1)

        # mission names said with each event ("Leurs remplaçants de Crew-7 sont arrivés")
        named: dict[int, set[str]] = {}
        for ent in self._ents(doc):
            if ent.label_ == "MISSION":
                named.setdefault(sent_of(ent.start_char), set()).add(ent.text.lower())
        event_names = []
        for ev in events:
            mentions = (ev.get("evidence") or {}).get("mentions") or []
            event_names.append(set().union(*(named.get(sent_of(m["start"]), set()) for m in mentions)))
        self._doc_craft_types = {
            canon(e): self.kb_types.get(e.kb_id_, "")
            for e in self._ents(doc)
            if e.label_ == "SPACECRAFT" and e.kb_id_
        }
        groups = self._groups(events, event_names)

        roles, ages, _ = self._people_index(doc)
        # "La sortie a commencé à 13 h 05. Elle a duré 6 heures": a spacewalk's length, not a stay
        walk_sents: set[int] = set()
        for ev in events:
            if ev["type"] == "SPACEWALK":
                for mention in (ev.get("evidence") or {}).get("mentions") or []:
                    walk_sents.update({sent_of(mention["start"]), sent_of(mention["start"]) + 1})
        durations = [d for d in self._durations(doc, sent_of, sents) if d["sent"] not in walk_sents]
        missions: list[dict] = []
        group_sents: list[set[int]] = []
        for members in groups:
            spans = set()
            for i in members:
                ev = events[i]
                mentions = (ev.get("evidence") or {}).get("mentions") or (
                    [ev["trigger"]] if ev.get("trigger") else []
                )
                for mention in mentions:
                    spans.add(sent_of(mention["start"]))
            group_sents.append(spans)
        names = self._names(doc, sent_of, group_sents)
        taken_durations: set[int] = set()
        craft_types = {
            canon(e): self.kb_types.get(e.kb_id_, "")
            for e in self._ents(doc)
            if e.label_ == "SPACECRAFT" and e.kb_id_
        }
        for g, members in enumerate(groups):
            record = self._mission(doc, events, members, roles, ages)
            if names.get(g):
                record["name"] = names[g][0]
                record["evidence"]["name"] = [names[g][1]]
            duration = self._pick_duration(durations, group_sents[g], taken_durations)
            if duration is not None:
                record["duration"] = duration["value"]
                record["evidence"]["duration"] = [
                    {"start": duration["start"], "end": duration["end"], "text": duration["text"]}
                ]
            if record["destination"] is None:
                dest = self._stay_station(
                    doc, sents, group_sents[g] | ({duration["sent"]} if duration else set())
                )
                if dest is not None:
                    record["destination"] = dest[0]
                    record["evidence"]["destination"] = [dest[1]]
            nearby = self._nearby_capsules(doc, sents, group_sents[g]) if record["crew"] else []
            self._backfill_docking_craft(doc, events, members, record, nearby)
            # a crew or a cargo going to a station: the launch was bound for it
            carried = record["crew"] or any(
                (craft_types.get(c) or craft_types.get(c.split()[0], "")) in self.capsule_types
                for c in record["spacecraft"]
                if c
            )
            if record["destination"] is not None and carried:
                for i in members:
                    ev = events[i]
                    if ev["type"] == "LAUNCH" and not ev.get("destination") and ev["status"] != "cancelled":
                        ev["destination"] = record["destination"]
                        ev.setdefault("evidence", {})["destination"] = record["evidence"].get(
                            "destination", []
                        )
            missions.append(Mission.model_validate(record).model_dump(mode="json"))
        return missions, events

    @staticmethod
    def _same(a: str, b: str) -> bool:
        a, b = a.lower(), b.lower()
        return a == b or a.startswith(b + " ") or b.startswith(a + " ")

    def _nearby_capsules(self, doc: Doc, sents: list[Span], indices: set[int]) -> list[str]:
        """Capsules named in the group's sentences or the sentence right after one of them."""
        out: list[str] = []
        for s in sorted(indices | {i + 1 for i in indices}):
            if s >= len(sents) or (
                s - 1 in indices
                and s not in indices
                and "\n" in doc_text(doc)[sents[s - 1].end_char - 1 : sents[s].start_char + 1]
            ):
                continue
            for ent in self._ents_in(doc, sents[s]):
                kind = self.kb_types.get(ent.kb_id_, "") if ent.kb_id_ else ""
                if ent.label_ == "SPACECRAFT" and kind in self.capsule_types and canon(ent) not in out:
                    out.append(canon(ent))
        return out

    def _backfill_docking_craft(
        self, doc: Doc, events: list[dict], members: list[int], record: dict, nearby: list[str] | None = None
    ) -> None:
        """Events of one journey told without their vehicle or crew take the journey's: a docking
        said of "ils" is done by the journey's capsule, "le retour sur Terre" by its crew."""
        types = {
            canon(e): self.kb_types.get(e.kb_id_, "") for e in self._ents(doc) if e.label_ == "SPACECRAFT"
        }
        capsules = [c for c in record["spacecraft"] if types.get(c) in self.capsule_types]
        if not capsules:
            # an uncrewed journey told with one vehicle ("la sonde", "le robot")
            if len(record["spacecraft"]) == 1 and types.get(record["spacecraft"][0]) not in ("launcher",):
                capsules = list(record["spacecraft"])
        if not capsules and nearby:
            # "La mission a décollé ... La capsule Endeavour emporte ...": named just after
            capsules = [nearby[0]]
            record["spacecraft"].append(nearby[0])
        crew = [member["name"] for member in record["crew"]]
        real = [
            events[i] for i in members if events[i]["type"] == "LAUNCH" and events[i]["status"] != "cancelled"
        ]
        for i in members:
            ev = events[i]
            if ev["status"] == "cancelled":
                if ev["type"] != "LAUNCH":
                    continue
                # a scrubbed attempt of the same launch: same vehicles and crew
                for craft in real[0]["spacecraft"] if real else []:
                    if craft not in ev["spacecraft"] and not self._is_station_name(craft):
                        ev["spacecraft"] = [*ev["spacecraft"], craft]
            has_craft = any(not self._is_station_name(c) for c in ev["spacecraft"])
            has_capsule = any(types.get(c) in self.capsule_types for c in ev["spacecraft"])
            if capsules and not has_craft and ev["type"] in ("DOCKING", "UNDOCKING", "LANDING"):
                ev["spacecraft"] = [capsules[0], *ev["spacecraft"]]
            elif (
                capsules
                and ev["type"] == "LAUNCH"
                and not has_capsule
                and types.get(capsules[0]) in self.capsule_types
                and not any(self._same(c, capsules[0]) for c in ev["spacecraft"])
            ):
                # the launcher carried the journey's capsule (named in another sentence)
                ev["spacecraft"] = [*ev["spacecraft"], capsules[0]]
            if (
                crew
                and not ev["participants"]
                and ev["type"] in ("LAUNCH", "LANDING", "DOCKING", "UNDOCKING")
                and not self._told_empty(doc, ev)
            ):
                ev["participants"] = list(crew)

    def _told_empty(self, doc: Doc, event: dict) -> bool:
        """ "la capsule s'est posée sans équipage": the sentence of a mention says nobody flew."""
        cues = self.event_rules.get("empty_flight_cues", [])
        for item in event.get("evidence", {}).get("mentions", []):
            span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
            if span is not None and any(cue in span.sent.text.lower() for cue in cues):
                return True
        return False

    def _groups(self, events: list[dict], names: list[set[str]] | None = None) -> list[list[int]]:
        n = len(events)
        union = UnionFind(n)
        crafts = [{c for c in e["spacecraft"] if not self._is_station_name(c)} for e in events]
        people = [set(e["participants"]) for e in events]
        years = [int(e["date"][:4]) if (e.get("date") or "")[:4].isdigit() else None for e in events]
        for i in range(n):
            for j in range(i + 1, n):
                # years apart: two journeys of the same person or vehicle
                if years[i] is not None and years[j] is not None and abs(years[i] - years[j]) > 1:
                    continue
                # two launches that took place on different days: two flights (of one launcher)
                if self._distinct_flights(events[i], events[j]):
                    continue
                if people[i] & people[j]:
                    union.union(i, j)
                elif crafts[i] & crafts[j] and not (people[i] and people[j]):
                    union.union(i, j)
        self._pair_launch_landing(events, union, crafts)
        groups: dict[int, list[int]] = {}
        for i in range(n):
            groups.setdefault(union.find(i), []).append(i)
        names = names or [set() for _ in events]
        return self._merge_compatible(events, list(groups.values()), crafts, people, years, names)

    @staticmethod
    def _distinct_flights(a: dict, b: dict) -> bool:
        if a["type"] != "LAUNCH" or b["type"] != "LAUNCH":
            return False
        if a["status"] not in ("occurred", "failed") or b["status"] not in ("occurred", "failed"):
            return False
        x, y = a.get("date") or "", b.get("date") or ""
        return bool(x and y) and not (x.startswith(y) or y.startswith(x))

    def _crafts_conflict(self, xs: set[str], ys: set[str]) -> bool:
        """Two sets of vehicles that cannot be one journey. A launcher alone and a payload alone
        go together ("la fusée SLS a décollé" ... "l'amerrissage d'Orion")."""
        if not xs or not ys or xs & ys:
            return False
        launch_x = {c for c in xs if self._craft_type(c) in LAUNCHER_TYPES}
        launch_y = {c for c in ys if self._craft_type(c) in LAUNCHER_TYPES}
        if launch_x and launch_y and not launch_x & launch_y:
            return True
        return bool(xs - launch_x) and bool(ys - launch_y) and not (xs - launch_x) & (ys - launch_y)

    def _craft_type(self, name: str) -> str:
        return self._doc_craft_types.get(name, "")

    def _merge_compatible(
        self,
        events: list[dict],
        groups: list[list[int]],
        crafts: list[set[str]],
        people: list[set[str]],
        years: list[int | None],
        names: list[set[str]],
    ) -> list[list[int]]:
        """Groups that nothing tells apart are one journey: "La mission a décollé ... Le décollage
        avait été reporté ... L'amarrage est prévu mardi" (the vehicle or crew named in only some
        of them). Groups stay apart when their vehicles or crews differ, when both hold a launch
        (or a landing) that took place, or when their years are far apart."""

        def facts(group: list[int]) -> dict[str, Any]:
            done = {
                events[i]["type"]
                for i in group
                if events[i]["status"] in ("occurred", "failed")
                and events[i]["type"] in ("LAUNCH", "LANDING")
            }
            return {
                "crafts": set().union(*(crafts[i] for i in group)),
                "people": set().union(*(people[i] for i in group)),
                "years": {years[i] for i in group if years[i] is not None},
                "done": done,
                "names": set().union(*(names[i] for i in group)),
            }

        merged = [list(g) for g in groups]
        changed = True
        while changed and len(merged) > 1:
            changed = False
            for a in range(len(merged)):
                for b in range(a + 1, len(merged)):
                    fa, fb = facts(merged[a]), facts(merged[b])
                    # "Vikram ... de la mission Chandrayaan-3" and "Chandrayaan-3 avait été lancée par une
                    # fusée LVM3": one named mission, whatever vehicles each part names
                    same_name = bool(fa["names"] & fb["names"])
                    if self._crafts_conflict(fa["crafts"], fb["crafts"]) and not same_name:
                        continue
                    if fa["people"] and fb["people"] and not fa["people"] & fb["people"]:
                        continue
                    if fa["done"] & fb["done"]:
                        continue
                    if fa["names"] and fb["names"] and not fa["names"] & fb["names"]:
                        continue
                    if (
                        fa["years"]
                        and fb["years"]
                        and max(fa["years"] | fb["years"]) - min(fa["years"] | fb["years"]) > 1
                    ):
                        continue
                    merged[a] = sorted(merged[a] + merged[b])
                    del merged[b]
                    changed = True
                    break
                if changed:
                    break
        return merged

    def _pair_launch_landing(self, events: list[dict], union: UnionFind, crafts: list[set[str]]) -> None:
        """A dated launch and a later dated landing, each the only one left unpaired, are one journey
        ("elles avaient décollé le 5 octobre" ... "ont atterri le 17 octobre")."""

        def kinds(root: int) -> set[str]:
            return {events[k]["type"] for k in range(len(events)) if union.find(k) == root}

        def dated(kind: str) -> list[int]:
            out = []
            for k, e in enumerate(events):
                if e["type"] == kind and e["status"] != "cancelled" and len(e.get("date") or "") == 10:
                    other = "LANDING" if kind == "LAUNCH" else "LAUNCH"
                    if other not in kinds(union.find(k)):
                        out.append(k)
            return out

        launches, landings = dated("LAUNCH"), dated("LANDING")
        if len(launches) != 1 or len(landings) != 1:
            return
        i, j = launches[0], landings[0]
        if crafts[i] and crafts[j] and not crafts[i] & crafts[j]:
            return
        if not (events[j]["participants"] or crafts[j]):
            return  # "le retour de l'équipage précédent": nothing says it is the same journey
        try:
            start = dt.date.fromisoformat(events[i]["date"])
            end = dt.date.fromisoformat(events[j]["date"])
        except ValueError:
            return
        if 0 <= (end - start).days <= 400:
            union.union(i, j)

    def _mission(self, doc: Doc, events: list[dict], members: list[int], roles, ages) -> dict[str, Any]:  # noqa: ANN001
        crew: list[dict] = []
        spacecraft: list[str] = []
        orgs: list[str] = []
        evidence: dict[str, list[dict]] = {"crew": [], "spacecraft": [], "organizations": []}
        launches = [events[i] for i in members if events[i]["type"] == "LAUNCH"]
        landings = [events[i] for i in members if events[i]["type"] == "LANDING"]
        for i in members:
            ev = events[i]
            ev_evidence = ev.get("evidence") or {}
            for k, name in enumerate(ev["participants"]):
                if all(c["name"] != name for c in crew):
                    crew.append({"name": name, "role": roles.get(name), "age": ages.get(name)})
                    items = ev_evidence.get("participants") or []
                    if k < len(items):
                        evidence["crew"].append(items[k])
            for k, name in enumerate(ev["spacecraft"]):
                if name not in spacecraft and not self._is_station_name(name):
                    spacecraft.append(name)
                    items = ev_evidence.get("spacecraft") or []
                    if k < len(items):
                        evidence["spacecraft"].append(items[k])
            for name in ev["organizations"]:
                if name not in orgs:
                    orgs.append(name)
        destination = None
        for ev in launches:
            if ev.get("destination"):
                destination = ev["destination"]
                evidence["destination"] = (ev.get("evidence") or {}).get("destination", [])
                break
        if destination is None:
            for i in members:
                ev = events[i]
                if ev["type"] in ("DOCKING", "SPACEWALK"):
                    stations = [c for c in ev["spacecraft"] if self._is_station_name(c)]
                    if stations:
                        destination = stations[0]
                        break
        far_landing = [e for e in landings if e.get("place") and e["place"].lower() not in ("terre",)]
        if destination is None and far_landing:
            for ev in landings:
                place = ev.get("place") or ""
                if self._celestial(doc, place):
                    destination = place
                    break
        landing = None
        if landings:
            home = [e for e in landings if e.get("place") != destination]
            if crew:
                # a crewed journey ends with its return to Earth: a landing on the Moon (or any
                # other body) on the way is an event of the mission, never its landing
                home = [e for e in home if not self._celestial(doc, e.get("place") or "")]
                landing = home[0] if home else None
            else:
                landing = (home or landings)[0]
        # a scrubbed attempt is its own event, never the journey's launch
        real = [e for e in launches if e["status"] != "cancelled"]
        launch = real[0] if real else None
        return {
            "name": None,
            "crew": crew,
            "spacecraft": spacecraft,
            "organizations": orgs,
            "destination": destination,
            "duration": None,
            "launch": self._phase(launch),
            "landing": self._phase(landing),
            "events": sorted(members),
            "evidence": {k: v for k, v in evidence.items() if v},
        }

    def _celestial(self, doc: Doc, place: str) -> bool:
        for ent in self._ents(doc):
            if canon(ent) == place and ent.label_ == "LOC":
                kind = self.kb_types.get(ent.kb_id_, "") if ent.kb_id_ else ""
                return kind == "celestial" and place.lower() != "terre"
        return False

    @staticmethod
    def _phase(event: dict | None) -> dict | None:
        if event is None:
            return None
        return {"date": event.get("date"), "time": event.get("time"), "place": event.get("place")}

    def _names(self, doc: Doc, sent_of, group_sents: list[set[int]]) -> dict[int, tuple[str, dict]]:  # noqa: ANN001
        """Group index -> (mission name, evidence): a MISSION entity said with the group's events."""
        names: dict[int, tuple[str, dict]] = {}
        pending: list[tuple[int, Span]] = []
        for ent in self._ents(doc):
            if ent.label_ != "MISSION":
                continue
            s = sent_of(ent.start_char)
            owners = [g for g, sents in enumerate(group_sents) if s in sents]
            ev = {"start": ent.start_char, "end": ent.end_char, "text": ent.text}
            name = canon(ent)
            if len(owners) == 1 and owners[0] not in names:
                names[owners[0]] = (name, ev)
            elif len(owners) == 1 and name.lower().startswith(names[owners[0]][0].lower() + " "):
                names[owners[0]] = (name, ev)  # "Artemis" then "la mission Artemis I": the fuller name
            elif not owners and not self._future_sentence(doc, ent):
                pending.append((s, ent))
        for s, ent in pending:
            if s == 0 and group_sents and any(group_sents):
                # a headline name ("Artemis I : la fusée SLS s'arrache") names the article's first journey
                first = min(range(len(group_sents)), key=lambda g: min(group_sents[g] or {10**9}))
                if first not in names:
                    names[first] = (
                        canon(ent),
                        {"start": ent.start_char, "end": ent.end_char, "text": ent.text},
                    )
                    continue
            best, best_dist = None, None
            for g, sents in enumerate(group_sents):
                if g in names or not sents:
                    continue
                before = [s - x for x in sents if 0 <= s - x <= self.name_window]
                if before and (best_dist is None or min(before) < best_dist):
                    best, best_dist = g, min(before)
            if best is not None:
                names[best] = (
                    canon(ent),
                    {"start": ent.start_char, "end": ent.end_char, "text": ent.text},
                )
        return names

    def _future_sentence(self, doc: Doc, ent: Span) -> bool:
        """ "Si tout va bien, Artemis II emmènera des astronautes": a later mission, not this one."""
        sent = ent.sent
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") and (
                "Fut" in tok.morph.get("Tense") or "Cnd" in tok.morph.get("Mood")
            ):
                return True
            if tok.pos_ == "VERB" and self.plan_verbs & {tok.lemma_.lower(), tok.lower_}:
                return True
        return False

    def _durations(self, doc: Doc, sent_of, sents: list[Span] | None = None) -> list[dict]:  # noqa: ANN001
        out = []
        # sentences() walks the whole doc: reuse the list _link already built
        sents = sents if sents is not None else sentences(doc)
        lemma_ids = doc.to_array(LEMMA)
        for item in doc._.orbitext_temporals or []:
            if item.get("label") != "DURATION" or not item.get("value"):
                continue
            s = sent_of(item["start"])
            sent = sents[s]
            lemmas = lemma_set(doc, sent, lemma_ids)
            before = doc_text(doc)[max(sent.start_char, item["start"] - 30) : item["start"]].lower()
            # "pour une mission de cinq mois": the journey's length said with its noun
            said_of_journey = bool(STAY_NOUN_BEFORE.search(before))
            if (not lemmas & self.stay_lemmas and not said_of_journey) or lemmas & self.duration_blockers:
                continue
            after = doc_text(doc)[item["end"] : item["end"] + 12].lower().lstrip()
            if after.startswith(("plus tard", "après", "avant", "plus tôt")):
                continue  # "trois heures plus tard": a delay, not a stay
            if after.startswith(("lunaire", "martien")) or "prolong" in before[-20:]:
                continue  # "soit une journée lunaire", "prolongée de six mois": not the stay itself
            planned = any(cue in before[-22:] for cue in ("devait durer", "devaient durer", "prévu pour"))
            out.append({**item, "sent": s, "planned": planned})
        return out

    @staticmethod
    def _pick_duration(durations: list[dict], sents: set[int], taken: set[int]) -> dict | None:
        best, best_dist = None, None
        for k, item in enumerate(durations):
            if k in taken or not sents:
                continue
            dist = min(abs(item["sent"] - s) + (0 if item["sent"] >= s else 1) for s in sents)
            # "un séjour qui devait durer six mois" yields to the length actually spent
            dist += 3 if item.get("planned") else 0
            if dist <= 4 and (best_dist is None or dist < best_dist):
                best, best_dist = k, dist
        if best is None:
            return None
        taken.add(best)
        return durations[best]

    def _stay_station(self, doc: Doc, sents: list[Span], indices: set[int]) -> tuple[str, dict] | None:
        for s in sorted(indices):
            if s >= len(sents):
                continue
            for ent in self._ents_in(doc, sents[s]):
                if self._is_station(ent):
                    before = doc[max(sents[s].start, ent.start - 4) : ent.start]
                    if any(t.lower_ in ("bord", "dans", "vers", "rejoindre") for t in before):
                        return canon(ent), {
                            "start": ent.start_char,
                            "end": ent.end_char,
                            "text": ent.text,
                        }
        return None


@Language.factory(
    "orbitext_missions",
    assigns=["doc._.missions", "doc._.events"],
    requires=["doc._.events"],
    default_config={"rules_path": None, "name_window": 3},
)
def make_missions(nlp: Language, name: str, *, rules_path: str | None, name_window: int) -> MissionLinker:
    """spaCy factory of :class:`MissionLinker`."""
    return MissionLinker(nlp, name, rules_path=rules_path, name_window=name_window)
