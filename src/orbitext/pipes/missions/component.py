"""orbitext_missions: link the events of one journey into a mission record.

Events that share a flyer, or a vehicle while their crews do not conflict, belong to one
journey. A record gathers its crew (with the role and age the text gives: "l'actrice Ioulia
Peressild, 37 ans"), vehicles, organizations, destination, stay duration ("un séjour de 12
jours") and its launch and landing, and names it after a MISSION entity said with its events.
A duration is never an age, a spacewalk's length, a delay or the way to the station; a vehicle
named only to compare ("comme Apollo") flies no journey; an abandoned or postponed landing is
never the journey's landing; each probe or lander on one launcher is a journey of its own (its
rovers ride with it), the satellites put in orbit together one journey.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ...extensions import record_component_error
from ...fastmatch import doc_text, morph_values
from ...resources import MODELS_DIR
from ...schema import Mission
from ...symbols import LOC_LABEL, PER_LABEL, SPACECRAFT_LABEL
from ...text import UnionFind
from ..batching import BatchedPipe
from ..events.component import (
    EventExtractor,
    canon,
    canon_scope,
    kb_kind,
    load_kb_types,
    sentences,
    span_text,
)

logger = logging.getLogger(__name__)
RULES_FILE = "missions.json"
EVENT_RULES_FILE = "events.json"
# "une mission de cinq mois", "un vol suborbital d'une dizaine de minutes"
# "un tour de la Lune d'une dizaine de jours": the journey said with where it goes
# "au terme d'un vol d'un peu plus de neuf jours": with how far the amount is told
STAY_NOUN_BEFORE = re.compile(
    r"\b(?:mission|séjour|voyage|vol|tour)(?:\s+[a-zéèêàç]+|\s+(?:de la|du|de l'|de l’)\s*[a-zéèêàç]+)?"
    r"\s+(?:de|d'|d’)\s*(?:environ\s+|près de\s+|(?:un peu\s+)?plus de\s+|moins de\s+)?$"
)
# "deux jours après un décollage réussi", "dix minutes après le départ": the time since the launch
SINCE_LAUNCH_AFTER = re.compile(
    r"après\s+(?:le|leur|son|sa|un|l')\s*(?:[a-zéèêàç]+\s+)?(?:décollage|lancement|départ)\b"
)
# "L'amarrage est attendu jeudi, après un voyage d'environ 28 heures": the way there
WAY_NOUN_BEFORE = re.compile(r"\b(?:voyage|trajet)\s+(?:de|d'|d’)\s*(?:environ\s+|près de\s+)?$")
LAUNCHER_TYPES = {"launcher", "rocket"}
# "en orbite lunaire": the adjective that names the body circled
ORBIT_ADJECTIVE = re.compile(r"\borbite\s+(\w+)")
RELATIVE_WORDS = frozenset(("qui", "dont", "où", "lequel", "laquelle"))
# the number of a flight in its series: "crew-10" -> "crew", "sts-51-l" -> "sts", "artemis ii" -> "artemis"
SERIES_NUMBER = re.compile(r"(?:[\s\-]*\d[\w\-]*|[\s\-]+[ivxl]+)$")
# an ISO duration counted in seconds only ("PT30S", "PT382S")
SECONDS_ONLY = re.compile(r"PT\d+(?:[.,]\d+)?S$")
# a year written out ("en 2015"), not one worked out from "il y a trente ans"
YEAR_DIGITS = re.compile(r"\b\d{4}\b")
# string ids of the words read around names: token attributes compared as ids, not as strings
# (a few tokens per name: cheaper than doc.to_array over the whole text)
LABEL_IDS: dict[str, int] = {}  # entity label -> its id, for _labelled
ROLE_STOP_IDS = frozenset(get_string_id(w) for w in (".", ";", ":", "et", "\n"))
YEARS_IDS = frozenset(get_string_id(w) for w in ("ans", "an"))
COMMA_ID = get_string_id(",")
LEAD_IDS = {w: get_string_id(w) for w in (",", "de")}
LEMMA_MEMO_MAX = 200_000  # lemma id -> lower-cased lemma: bounded like the vocabulary it reads


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    """One compiled regex trying each pattern of the rule data."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _trie_pattern(words: list[str]) -> str:
    """A regex matching exactly the literal ``words``, as a trie: one character test per step
    instead of one try per word (the same strings match; only which one is found first may differ)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def walk(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return walk(tree)


def _merge_until_stable(
    groups: list[list[int]], joinable: Callable[[list[int], list[int]], bool]
) -> list[list[int]]:
    """Join the first joinable pair of groups (in order), then look again from the start, until no
    pair joins: a join can make a group joinable with one it was not joinable with before."""
    merged = [list(g) for g in groups]
    changed = True
    while changed and len(merged) > 1:
        changed = False
        for a in range(len(merged)):
            for b in range(a + 1, len(merged)):
                if joinable(merged[a], merged[b]):
                    merged[a] = sorted(merged[a] + merged[b])
                    del merged[b]
                    changed = True
                    break
            if changed:
                break
    return merged


def default_rules_path() -> Path:
    return MODELS_DIR / "patterns" / RULES_FILE


class MissionLinker(BatchedPipe):
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
        # the events component tells who is leaving ("l'équipage sortant, X et Y"): those people
        # never fly an arriving journey (None when the pipeline has no events component yet)
        self._events_pipe: EventExtractor | None = next(
            (pipe for _, pipe in nlp.pipeline if isinstance(pipe, EventExtractor)), None
        )
        self._set_rules(srsly.read_json(path), srsly.read_json(event_rules_path), load_kb_types())
        self._partnered: set[str] = set()  # people told flying with others, per document
        self._person_kinds: dict[str, str] = {}  # canonical name -> gazetteer kind, per document

    def _set_rules(
        self, rules: dict[str, Any], event_rules: dict[str, Any], kb_types: dict[str, str]
    ) -> None:
        self.rules = rules
        self._doc_craft_types: dict[str, str] = {}  # vehicle name -> subkind, for the current doc
        # doc.ents builds a new Span per entity on each read: read it once per document
        self._ents_doc: tuple[Doc | None, list[Span]] = (None, [])
        # label -> the entities of ``_ents`` with it, in order: Span.label_ is a property that looks
        # the string up on each read, and a dozen passes filter the entities by label
        self._by_label: dict[int, list[Span]] | None = None
        self._sent_index: tuple[list[int], list[Span]] = ([], [])  # sentence starts, for the current doc
        self._place_kinds: tuple[Doc | None, dict[str, str]] = (None, {})
        # per document: (first token, end token) of each sentence -> the entities inside it, and
        # canonical vehicle name -> gazetteer kind of its last mention
        self._sent_ents: dict[tuple[int, int], list[Span]] | None = None
        self._craft_kinds: dict[str, str] | None = None
        self._empty_memo: dict[tuple, bool] = {}
        self._leaving: set[str] = set()  # per document: people told as leaving
        self._landing_sents: set[int] = set()  # per document: sentences telling a landing
        self._event_names: list[set[str]] = []  # per document: mission names said with each event
        self._vehicle_pairs: set[frozenset[str]] | None = None
        self._empty_cued = True  # the text holds an empty-flight cue somewhere (set per document)
        # per document: launch index -> (crew size told with it, people named around it)
        self._crew_sizes: dict[int, tuple[int, set[str]]] = {}
        numbers = rules.get("crew_numbers", {})
        nouns = sorted(rules.get("crew_count_nouns", []), key=len, reverse=True)
        self.crew_numbers: dict[str, int] = {str(k): int(v) for k, v in numbers.items()}
        self.crew_count_re = (
            re.compile(
                r"\b("
                + "|".join(re.escape(n) for n in sorted(self.crew_numbers, key=len, reverse=True))
                + r"|\d)\s+(?:"
                + "|".join(re.escape(n) for n in nouns)
                + r")\b"
            )
            if numbers and nouns
            else None
        )
        self.event_rules = event_rules
        self.kb_types = kb_types
        self.role_nouns = {r for r in rules["role_nouns"] if " " not in r}
        # the lemma ids of the role nouns as written lower-case, capitalised or upper-case: a set
        # look-up per lemma id instead of a string per distinct lemma (numpy.isin sorts: slower
        # on a few hundred tokens)
        self._role_ids = frozenset(
            get_string_id(form) for r in self.role_nouns for form in (r, r.capitalize(), r.upper())
        )
        self._role_lower_ids = frozenset(get_string_id(r) for r in self.role_nouns)  # ``tok.lower_``
        self._lemma_lower: dict[int, str] = {}  # lemma id -> ``lemma_.lower()``, across documents
        self.stay_lemmas = set(rules["stay_lemmas"])
        # a mission said with these verbs is a plan for later ("la NASA compte sur ... lors d'Artemis III")
        self.plan_verbs = set(rules.get("plan_verbs", []))
        self.duration_blockers = {b for b in rules["duration_blockers"] if " " not in b}
        self.blockers_after = tuple(rules.get("blockers_after", []))
        lasts = rules.get("journey_lasts")
        self.journey_lasts_re = re.compile(lasts) if lasts else None
        self.station_names = {n.lower() for n in event_rules["station_names"]}
        self.station_types = set(event_rules["station_types"])
        self.capsule_types = set(event_rules.get("capsule_types", ["capsule"]))
        self.module_types = set(rules.get("module_types", []))
        self.cargo_types = set(rules.get("cargo_types", []))
        # flies with a journey, never carries it home (the docking target, a stage, an engine)
        self.no_rider_types = frozenset(rules.get("no_rider_types", []))
        # a satellite or a probe flies nobody; a capsule, a shuttle or a spaceplane may
        self.uncrewed_types = set(rules.get("uncrewed_types", []))
        self.crewed_types = set(rules.get("crewed_types", []))
        self.flyer_types = set(rules.get("flyer_types", []))
        self.body_adjectives: dict[str, str] = dict(rules.get("body_adjectives", {}))
        # body -> its name or adjectives as words ("Lune", "lunaire"): how often a text says it
        self.body_said_re: dict[str, re.Pattern[str]] = {
            body: re.compile(
                r"\b(?:"
                + "|".join(
                    re.escape(w)
                    for w in [body.lower(), *(a for a, b in self.body_adjectives.items() if b == body)]
                )
                + r")\b"
            )
            for body in set(self.body_adjectives.values())
        }
        # gazetteer id of a site on another body -> the body ("Jezero" -> Mars)
        self.site_bodies: dict[str, str] = dict(rules.get("site_bodies", {}))
        # "le sol lunaire", "un alunissage", "la planète rouge": words that name the body a landing
        # is on (the start of a word: "lunaire" reads "lunaires" too)
        words = {**self.body_adjectives, **rules.get("body_words", {})}
        self.body_words_re = (
            re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")")
            if words
            else None
        )
        self.body_words: dict[str, str] = dict(words)
        self._bodies = {b.lower() for b in (*words.values(), *self.site_bodies.values())}
        self.crew_list_verbs = set(rules.get("crew_list_verbs", []))
        self.vehicle_name_links = set(rules.get("vehicle_name_links", []))
        self.left_behind_cues = tuple(rules.get("left_behind_cues", []))
        # "Les autres passagers étaient ...": a list of flyers said away from any event
        cues = sorted(rules.get("crew_list_cues", []), key=len, reverse=True)
        self.crew_list_re = (
            re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b") if cues else None
        )
        # "Quatre astronautes prendront place ... : le commandant X, le pilote Y"
        self.crew_colon_nouns = set(rules.get("crew_colon_nouns", []))
        after = sorted(rules.get("stay_after", []), key=len, reverse=True)
        self.stay_after = tuple(after)
        # what a duration said near a journey is not: a delay ("reporté de 24 heures"), a
        # spacewalk ("une sortie de 7 heures"), an age ("âgé de 43 ans"), the transit to the station
        self.not_stay_before_re = _alternation(rules.get("not_stay_before", []))
        self.not_stay_after = tuple(rules.get("not_stay_after", []))
        self.transit_after_re = _alternation(rules.get("transit_after", []))
        since = rules.get("since_before")
        self.since_re = re.compile(since) if since else None
        self.since_stay_cues = tuple(rules.get("since_stay_cues", []))
        self.phase_nouns = set(rules.get("phase_nouns", []))
        self.age_heads = set(rules.get("age_head_nouns", [])) | self.role_nouns
        # nouns whose "de N ans" is a length, not an age ("un voyage de sept ans")
        self.journey_nouns = set(rules.get("journey_nouns", []))
        self.partner_cues = tuple(rules.get("partner_cues", []))
        self._partner_cues_plain = not any(c in cue for cue in self.partner_cues for c in "σς")
        self.spacewalk_nouns = set(rules.get("spacewalk_nouns", []))
        # "après trois jours de voyage, Orion a atteint l'orbite lunaire": the way there
        self.arrival_lemmas = set(rules.get("arrival_lemmas", []))
        # payloads of one launch bound for different places: a probe or lander going on, a
        # satellite or telescope staying in orbit ("le télescope X et l'atterrisseur lunaire Y")
        classes = rules.get("payload_classes", {})
        self.payload_types = {t: name for name, spec in classes.items() for t in spec.get("types", [])}
        self.payload_nouns = {w: name for name, spec in classes.items() for w in spec.get("nouns", [])}
        # a lander carries its rovers: one journey ("Hakuto-R, avec les rovers Rashid et SORA-Q")
        self.carrier_types = set(rules.get("carrier_types", []))
        self.rider_types = set(rules.get("rider_types", []))
        # "dans la nuit de lundi à mardi, peu après minuit": the event fell on the second day
        night = rules.get("night_of")
        self.night_re = re.compile(night) if night else None
        self.after_midnight = tuple(rules.get("after_midnight_cues", []))
        # "à la manière de Crew Dragon", "comme Apollo": a vehicle named to compare, not flown
        cues = sorted(rules.get("compare_cues", []), key=len, reverse=True)
        fillers = "|".join(
            re.escape(w) for w in sorted(rules.get("compare_fillers", []), key=len, reverse=True)
        )
        self.compare_re = (
            re.compile(
                r"(?:^|[\s(«\"])(?:"
                + "|".join(re.escape(c) for c in cues)
                + r")"
                # an elided filler ends the stretch too: "l'incendie d'|Apollo 1"
                + (rf"(?:\s*(?:{fillers})(?:\b|(?<=')))*" if fillers else "")
                + r"\s*$"
            )
            if cues
            else None
        )
        # compare_re read backwards from the end of the stretch, as one anchored match (a search
        # for a pattern that must reach the end tries, and fails, at every start), its words as
        # tries. Each part is reversed in place: the end (``\s*$``) comes first, a filler's
        # ``(?<=')`` after it becomes ``(?=')`` before it, ``^`` the end (``\Z``); ``\b`` looks
        # both ways alike. Only whether it matches is read, never where
        rev_fillers = _trie_pattern([w[::-1] for w in rules.get("compare_fillers", [])])
        self._compare_rev = (
            re.compile(
                r"\s*"
                + (rf"(?:(?:\b|(?=')){rev_fillers}\s*)*" if fillers else "")
                + _trie_pattern([c[::-1] for c in cues])
                + r"(?:\Z|[\s(«\"])"
            )
            if cues
            else None
        )
        # "d'où partaient les missions Apollo", "le programme Gemini": a series or a programme, not
        # the name of one journey of the text
        self.programme_re = _alternation(rules.get("programme_before", []))
        # gazetteer kinds of mission names that stand for a whole programme ("Apollo", "Artemis"):
        # never the name of one flight
        self.programme_types = set(rules.get("programme_types", []))
        self.generic_homes = {p.lower() for p in rules.get("generic_home_places", [])}
        self.generic_orbits = {p.lower() for p in rules.get("generic_orbits", [])}
        self.ground_types = set(rules.get("ground_types", []))
        self.cruise_years = int(rules.get("cruise_years", 0))
        self.next_cues = tuple(rules.get("next_cues", []))
        self.bound_cues = set(rules.get("bound_cues", []))
        self.lone_list_reach = int(rules.get("lone_list_reach", 2))
        self.crew_list_openers = tuple(rules.get("crew_list_openers", []))

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
        if isinstance(doc._.events, list) and not doc._.events:
            # no event, no journey: what _link returns, without opening a canon() scope (it reads
            # a table of every token)
            doc._.missions = []
            doc._.events = []
            return doc
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
        self._by_label = None
        self._sent_index = ([], [])
        self._place_kinds = (None, {})
        self._sent_ents = None
        self._craft_kinds = None
        self._empty_memo = {}
        self._leaving = set()
        self._event_names = []
        self._crew_sizes = {}
        self._partnered = set()
        self._person_kinds = {}
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
            self._by_label = None
        return ents

    def _labelled(self, doc: Doc, label: str) -> list[Span]:
        """The entities of ``_ents`` labelled ``label``, in document order."""
        ents = self._ents(doc)
        if self._by_label is None:
            # keyed by the label id (``Span.label``): ``label_`` looks the string up per entity
            by_label: dict[int, list[Span]] = {}
            for ent in ents:
                by_label.setdefault(ent.label, []).append(ent)
            self._by_label = by_label
        label_id = LABEL_IDS.get(label)
        if label_id is None:
            label_id = LABEL_IDS[label] = get_string_id(label)
        return self._by_label.get(label_id, [])

    def _ents_in(self, doc: Doc, span: Span) -> list[Span]:
        """``span.ents`` from the cached list (entities wholly inside the span); for a sentence of
        the document, from the entities sorted by sentence once."""
        if self._sent_ents is None:
            self._sent_ents = self._ents_by_sentence(doc)
        found = self._sent_ents.get((span.start, span.end))
        if found is not None:
            return found
        return [e for e in self._ents(doc) if e.start >= span.start and e.end <= span.end]

    def _ents_by_sentence(self, doc: Doc) -> dict[tuple[int, int], list[Span]]:
        """(start, end) of each sentence -> the entities wholly inside it, in document order."""
        _, sents = self._sent_index
        out: dict[tuple[int, int], list[Span]] = {(s.start, s.end): [] for s in sents}
        if len(out) != len(sents) or any(a.end > b.start for a, b in pairwise(sents)):
            return {}  # overlapping or unsorted sentences: filter the entities per call
        firsts = [s.start for s in sents]
        for ent in self._ents(doc):
            k = bisect.bisect_right(firsts, ent.start) - 1
            if k >= 0 and ent.end <= sents[k].end:
                out[(sents[k].start, sents[k].end)].append(ent)
        return out

    def _compared_before(self, before: str) -> bool:
        """``compare_re.search(before)``: the stretch ends with a comparing cue (see _compare_rev)."""
        return self._compare_rev is not None and self._compare_rev.match(before[::-1]) is not None

    def _is_station_name(self, name: str) -> bool:
        return name.lower() in self.station_names

    def _is_station(self, ent: Span) -> bool:
        kind = kb_kind(self.kb_types, ent.kb_id_)
        return ent.label == SPACECRAFT_LABEL and (
            kind in self.station_types or self._is_station_name(span_text(ent))
        )

    def _people_index(
        self, doc: Doc, lemma_ids: list[int]
    ) -> tuple[dict[str, str], dict[str, int], dict[str, tuple[int, int]]]:
        """canonical name -> role, -> age, and evidence of each, read around PER mentions."""
        roles: dict[str, str] = {}
        ages: dict[str, int] = {}
        role_refs: dict[str, list[str]] = {}
        for ent in self._labelled(doc, "PER"):
            role = self._role_before(doc, ent) or self._role_after(doc, ent)
            age = self._age_after(doc, ent.end)
            if age is None and ent.start >= 3 and doc[ent.start - 1].lower in YEARS_IDS:
                # "l'astronaute de 43 ans Marc Durand"
                age = self._age_after(doc, ent.start - 3, lead="de")
            if not role and age is None:
                continue  # most names: no canonical name to read
            name = canon(ent)
            if role and name not in roles:
                roles[name] = role
            if role:
                names = role_refs.setdefault(role.split()[0], [])
                if name not in names:
                    names.append(name)
            if age is not None and name not in ages:
                ages[name] = age
        # "Le milliardaire japonais, âgé de 46 ans": an age said of a role noun
        for tok in self._role_tokens(doc, lemma_ids):
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

    def _role_tokens(self, doc: Doc, lemma_ids: list[int]) -> list[Token]:
        """Tokens whose lemma (lower-cased) is a role noun, in order: a pass over the lemma ids
        (``doc.to_array(LEMMA)``) instead of a Token per word."""
        # most texts hold few role nouns: find which (one set of the ids), then their places
        # with list.index (a scan in C) instead of a test per token in Python
        present = self._role_ids.intersection(lemma_ids)
        places: list[int] = []
        for lemma in present:
            at = lemma_ids.index(lemma)
            while True:
                places.append(at)
                try:
                    at = lemma_ids.index(lemma, at + 1)
                except ValueError:
                    break
        return [doc[i] for i in sorted(places)]

    def _lower_lemma(self, doc: Doc, lemma_id: int) -> str:
        """``tok.lemma_.lower()`` from the lemma id, memoised (ids are string hashes: the same
        in every document)."""
        found = self._lemma_lower.get(lemma_id)
        if found is None:
            if len(self._lemma_lower) > LEMMA_MEMO_MAX:
                self._lemma_lower.clear()
            found = self._lemma_lower[lemma_id] = doc.vocab.strings[lemma_id].lower()
        return found

    def _role_before(self, doc: Doc, ent: Span) -> str | None:
        for j in range(ent.start - 1, max(-1, ent.start - 7), -1):
            tok = doc[j]
            if tok.ent_type == PER_LABEL or tok.orth in ROLE_STOP_IDS:
                return None
            lemma_id = tok.lemma
            lowered = self._lemma_lower.get(lemma_id)  # the memo read inline: one call less per token
            if lowered is None:
                lowered = self._lower_lemma(doc, lemma_id)
            if lowered in self.role_nouns or tok.lower in self._role_lower_ids:
                lemma = tok.lemma_.lower()
                # the written gender wins over the lemma ("actrice", not "acteur")
                words = [tok.lower_ if tok.lower_ in self.role_nouns else lemma]
                for t in doc[j + 1 : ent.start]:
                    if t.like_num:
                        # "l'astronaute de 43 ans Marc Durand": the age is not the role
                        if len(words) > 1 and words[-1].lower() in ("de", "d'", "d’"):
                            words.pop()
                        break
                    if t.is_punct:
                        break
                    words.append(t.text)
                return " ".join(words).replace("’", "'").replace("' ", "'").strip()
        return None

    def _role_after(self, doc: Doc, ent: Span) -> str | None:
        if ent.end + 1 >= len(doc) or doc[ent.end].orth != COMMA_ID:
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

    def _age_after(self, doc: Doc, index: int, lead: str = ",") -> int | None:
        """'X, 37 ans' or 'X, âgé de 46 ans' starting at token ``index`` (which is ``lead``)."""
        if index >= len(doc) or doc[index].lower != LEAD_IDS[lead]:
            return None  # the common case, without building the window
        window = doc[index : min(len(doc), index + 5)]
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
        self._by_label = None
        self._place_kinds = (None, {})
        self._sent_ents = None
        self._craft_kinds = None
        self._empty_memo = {}
        if not events:
            return [], events
        sents = sentences(doc)
        starts = [s.start_char for s in sents]
        self._sent_index = (starts, sents)
        # one look at the whole text: most documents say nowhere that a vehicle flew empty
        lowered = doc_text(doc).lower()
        self._empty_cued = any(
            cue in lowered for cue in (*self.event_rules.get("empty_flight_cues", []), *self.left_behind_cues)
        )

        if self.night_re is not None and "nuit" in lowered:
            self._night_dates(doc, events, lowered)
        compared = self._compared_only(doc, lowered)
        if compared:
            for ev in events:
                self._drop_crafts(ev, compared)
        ships = self._family_members(doc)
        if ships:
            # "le cargo HTV-X ... HTV-X1 s'est amarré": the family stands for its one ship named
            for k, ev in enumerate(events):
                if set(ev["spacecraft"]) & set(ships):
                    renamed = list(dict.fromkeys(ships.get(c, c) for c in ev["spacecraft"]))
                    events[k] = {**ev, "spacecraft": renamed}

        def sent_of(char: int) -> int:
            return max(0, bisect.bisect_right(starts, char) - 1)

        # mission names said with each event ("Leurs remplaçants de Crew-7 sont arrivés")
        named: dict[int, set[str]] = {}
        for ent in self._labelled(doc, "MISSION"):
            named.setdefault(sent_of(ent.start_char), set()).add(span_text(ent).lower())
        event_names = []
        for ev in events:
            mentions = (ev.get("evidence") or {}).get("mentions") or []
            event_names.append(set().union(*(named.get(sent_of(m["start"]), set()) for m in mentions)))
        self._event_names = event_names
        self._drop_hosts(doc, events, sents, starts)
        # read only when a crewless arrival could take a crew that someone else's events gave
        self._leaving = (
            self._events_pipe.leaving_people(doc)
            if self._events_pipe is not None
            and any(e["type"] in ("LAUNCH", "DOCKING") and not e["participants"] for e in events)
            and any(e["participants"] for e in events)
            else set()
        )
        self._doc_craft_types = {
            canon(e): kb_kind(self.kb_types, e.kb_id_) for e in self._labelled(doc, "SPACECRAFT") if e.kb_id_
        }
        self._person_kinds = {
            canon(e): kb_kind(self.kb_types, e.kb_id_) for e in self._labelled(doc, "PER") if e.kb_id_
        }
        self._vehicle_pairs = None  # found when a record first holds two capsules
        self._crew_sizes = self._told_crew_sizes(doc, events)
        self._partnered = self._partnered_people(doc, sents, lowered)
        self._celestial_places(doc)  # read by the pair checks of the grouping
        on_body = [
            ev["type"] == "LANDING" and bool(ev.get("place")) and self._celestial(doc, ev["place"])
            for ev in events
        ]
        groups = self._groups(events, event_names, on_body)

        lemma_ids = doc.to_array(LEMMA).tolist()  # read once for the role nouns and the durations
        roles, ages, _ = self._people_index(doc, lemma_ids)
        # "La sortie a commencé à 13 h 05. Elle a duré 6 heures": a spacewalk's length, not a stay
        walk_sents: set[int] = set()
        for ev in events:
            if ev["type"] == "SPACEWALK":
                for mention in (ev.get("evidence") or {}).get("mentions") or []:
                    walk_sents.update({sent_of(mention["start"]), sent_of(mention["start"]) + 1})
        # "Trois jours après leur décollage, les passagers ... ont amerri": a landing told with the
        # time since the launch gives the journey's length
        self._landing_sents = {
            sent_of(mention["start"])
            for ev in events
            if ev["type"] == "LANDING"
            and ev["status"] != "cancelled"
            and not all(self._craft_type(c) in LAUNCHER_TYPES for c in ev["spacecraft"] or [""])
            for mention in self._mentions(ev)
        }
        durations = [
            d for d in self._durations(doc, sent_of, sents, lemma_ids) if d["sent"] not in walk_sents
        ]
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
        people_by_sent: dict[int, list[Span]] = {}
        for ent in self._labelled(doc, "PER"):
            people_by_sent.setdefault(sent_of(ent.start_char), []).append(ent)
        flown = {name for ev in events for name in ev["participants"]}
        mission_sents = {sent_of(e.start_char) for e in self._labelled(doc, "MISSION")}
        flyers = {
            s: [p for p in people_by_sent[s] if self._is_flyer(p, flown, roles)]
            for s in mission_sents
            if s in people_by_sent
        }
        group_people = [{p for i in members for p in events[i]["participants"]} for members in groups]
        group_years = {
            g: {int(events[i]["date"][:4]) for i in members if (events[i].get("date") or "")[:4].isdigit()}
            for g, members in enumerate(groups)
        }
        launched = {
            g
            for g, members in enumerate(groups)
            if any(events[i]["type"] == "LAUNCH" and events[i]["status"] != "cancelled" for i in members)
        }
        names, unnamed = self._names(
            doc, sent_of, group_sents, sents, group_people, flyers, group_years, launched
        )
        taken_durations: set[int] = set()
        # journeys told only by their name ("avec la mission Cassiopée, en août 1996. Elle passera
        # seize jours à bord de Mir"): they take the stay said with them before the others choose
        lone = self._lone_missions(
            doc, sents, unnamed, names, flyers, roles, ages, durations, taken_durations
        )
        craft_types = self._doc_craft_types
        # journeys said to fly nobody ("un lancement sans équipage")
        listed = self._listing_sentences(doc, sents, people_by_sent)
        empty = (
            {g for g, members in enumerate(groups) if all(self._told_empty(doc, events[i]) for i in members)}
            if listed
            else set()
        )
        records: list[dict] = []
        drafts: list[tuple[dict, bool]] = []
        # the journey told first: a headline speaks of it
        first_told = min(range(len(groups)), key=lambda g: min(group_sents[g] or {10**9}))
        crafts_of = [{c for i in members for c in events[i]["spacecraft"]} for members in groups]
        others_crafts = [
            set().union(*(crafts_of[h] for h in range(len(groups)) if h != g)) for g in range(len(groups))
        ]
        for g, members in enumerate(groups):
            record = self._mission(doc, events, members, roles, ages)
            self._pair_name(doc, record)
            if names.get(g):
                record["name"] = names[g][0]
                record["evidence"]["name"] = [names[g][1]]
            station_bound = any(events[i]["type"] in ("DOCKING", "UNDOCKING") for i in members) or bool(
                record["destination"] and self._is_station_craft(record["destination"])
            )
            drafts.append((record, station_bound))
        # each stay goes to the journey told nearest it, whatever the order of the journeys
        chosen = self._assign_durations(
            durations,
            group_sents,
            [(bool(r["crew"]), bound) for r, bound in drafts],
            taken_durations,
            [{c["name"] for c in r["crew"]} for r, _ in drafts],
            {k: {canon(p) for p in people} for k, people in people_by_sent.items()},
            [
                {(r["name"] or "").lower()} | set().union(*(event_names[i] for i in groups[g])) - {""}
                for g, (r, _) in enumerate(drafts)
            ],
            named,
            self._durations_dated_apart(
                doc, sents, durations, [group_years.get(g) for g in range(len(groups))]
            ),
        )
        for g, members in enumerate(groups):
            record, station_bound = drafts[g]
            duration = chosen.get(g)
            if duration is not None and self._lost_at_launch(events, members, str(duration["value"])):
                duration = None
            if duration is not None:
                record["duration"] = duration["value"]
                record["evidence"]["duration"] = [
                    {"start": duration["start"], "end": duration["end"], "text": duration["text"]}
                ]
            if record["destination"] is None:
                dest = self._stay_station(
                    doc, sents, group_sents[g] | ({duration["sent"]} if duration else set())
                )
                if dest is None and any(
                    events[i]["type"] in ("DOCKING", "UNDOCKING")
                    # "ont quitté le sas du module Poisk": a crew walking out of the station
                    # (not from a shuttle: "McCandless sort de Challenger" names no station)
                    or (
                        events[i]["type"] == "SPACEWALK"
                        and events[i]["participants"]
                        and all(self._is_station_craft(c) for c in events[i]["spacecraft"])
                    )
                    for i in members
                ):
                    # "le vaisseau s'est amarré à la station": the one station the text names
                    dest = self._only_station(doc)
                if dest is None and any(
                    events[i]["type"] == "LAUNCH" and events[i]["status"] != "cancelled" for i in members
                ):
                    # "quatre astronautes repartent vers la Lune": the body the launch is bound for
                    # (a sentence telling another journey too may bind the body to that one)
                    shared = set().union(*(x for h, x in enumerate(group_sents) if h != g))
                    told = (group_sents[g] | ({0} if g == first_told else set())) - shared
                    dest = self._bound_body(doc, sents, told)
                if dest is None:
                    # "Opportunity s'était posé sur Mars en 2004": the body its landing is told on
                    dest = self._landed_body(doc, events, members)
                if dest is not None:
                    record["destination"] = dest[0]
                    record["evidence"]["destination"] = [dest[1]]
            if listed:
                self._add_listed_crew(
                    doc, sents, g, group_sents, events, members, record, people_by_sent, roles, ages, empty
                )
            nearby = self._nearby_capsules(doc, sents, group_sents[g]) if record["crew"] else []
            # "En 1983, Sally Ride s'envole à bord de Challenger": a capsule another journey flies
            # is not the one of a journey told beside it
            nearby = [c for c in nearby if c not in others_crafts[g]]
            self._backfill_docking_craft(doc, events, members, record, nearby)
            # a crew or a cargo going to a station: the launch was bound for it
            carried = record["crew"] or any(
                (craft_types.get(c) or craft_types.get(c.split()[0], "")) in self.capsule_types
                for c in record["spacecraft"]
                if c
            )
            # a station known only from the way home ("s'est désamarré de l'ISS") says nothing of
            # where the launch was bound
            left_only = any(events[i]["type"] == "UNDOCKING" for i in members) and not any(
                events[i]["type"] == "DOCKING" for i in members
            )
            if record["destination"] is not None and carried and not left_only:
                for i in members:
                    ev = events[i]
                    if (
                        ev["type"] == "LAUNCH"
                        and (not ev.get("destination") or ev["destination"].lower() in self.generic_orbits)
                        and ev["status"] != "cancelled"
                    ):
                        ev["destination"] = record["destination"]
                        ev.setdefault("evidence", {})["destination"] = record["evidence"].get(
                            "destination", []
                        )
            if self._uncrewed(record["spacecraft"]):
                for i in members:
                    events[i]["participants"] = []  # an uncrewed journey's events fly nobody either
            if not record["crew"] and record["landing"] and not record["landing"].get("place"):
                # "Vikram doit se poser mercredi ... un alunissage": the body a lander sets down on
                bare = [
                    i
                    for i in members
                    if events[i]["type"] == "LANDING"
                    and not events[i].get("place")
                    and events[i]["spacecraft"]
                ]
                found = self._landed_body(doc, events, bare, surface=True) if bare else None
                if found is not None:
                    record["landing"]["place"] = found[0]
                    for i in bare:
                        events[i]["place"] = found[0]
            self._same_day_landing(events, members, record)
            records.append(record)
        self._shared_landings(events, groups, records)
        self._station_destinations(doc, events, groups, records)
        self._one_body_landers(doc, records)
        if self.payload_types and any(not r["crew"] and len(r["spacecraft"]) >= 2 for r in records):
            records = [part for record in records for part in self._split_payloads(doc, record, events)]
        for record in records + lone:
            if not (record["name"] or record["crew"] or record["spacecraft"]) and not (
                record["launch"] or record["landing"]
            ):
                # nobody, no vehicle, no name and neither launch nor landing ("le module Harmony"
                # docked to by no one told): no journey to report, only a stray place or length
                continue
            missions.append(Mission.model_validate(record).model_dump(mode="json"))
        return missions, events

    def _one_body_landers(self, doc: Doc, records: list[dict]) -> None:
        """ "En février 2024, Odysseus s'était posé de travers près du pôle Sud": when every journey
        of the text bound for a body goes to the same one, an uncrewed lander whose landing names
        no other body (and no place on Earth) set down there too."""
        bodies = {b.lower() for b in self.body_adjectives.values()}
        bound = [r for r in records if r["destination"] and r["destination"].lower() in bodies]
        if not any(not r["crew"] and not r["destination"] and r["landing"] for r in records):
            return
        if len({r["destination"] for r in bound}) != 1:
            return
        body, evidence = bound[0]["destination"], bound[0]["evidence"].get("destination", [])
        # only in an article about that body ("la Lune", "lunaire" said again and again): a text
        # that tells one Martian landing among others says nothing of where the others went
        said = self.body_said_re.get(body)
        if said is None or len(said.findall(doc_text(doc).lower())) < 3:
            return
        for record in records:
            landing = record["landing"]
            if record["crew"] or record["destination"] or not landing:
                continue
            place = landing.get("place")
            if place and not self._celestial(doc, place):
                continue  # a capsule back in the desert of Utah: its landing says nothing of the body
            record["destination"] = body
            record["evidence"]["destination"] = list(evidence)

    def _payload_class(self, doc: Doc, name: str) -> str | None:
        """ "far" (probe, lander, rover) or "orbit" (satellite, telescope): by the gazetteer kind,
        else by the noun said before the name ("le télescope X")."""
        kind = self._craft_type(name)
        if kind:
            return self.payload_types.get(kind)
        for ent in self._labelled(doc, "SPACECRAFT"):
            if ent.start > 0 and canon(ent) == name:
                found = self.payload_nouns.get(doc[ent.start - 1].lower_)
                if found:
                    return found
                # "deux satellites de télécommunications, l'indien Insat-3E et l'européen e-Bird":
                # the noun heads the list the name is in (no verb between, same sentence)
                for k in range(ent.start - 2, max(-1, ent.start - 14), -1):
                    tok = doc[k]
                    if tok.pos_ in ("VERB", "AUX") or tok.is_sent_start or tok.text in (".", ";", ":"):
                        break
                    found = self.payload_nouns.get(tok.lower_)
                    if found:
                        return found
        return None

    def _split_payloads(self, doc: Doc, record: dict, events: list[dict]) -> list[dict]:
        """One journey per payload of an uncrewed launch bound beyond orbit ("l'Atlas V a emporté
        InSight et les deux MarCO": three records, each with the launcher and the launch); the
        satellites of one launch stay one record. A rover or a helicopter rides with the lander or
        probe that carries it. A payload of unknown kind leaves the record whole; the landing and
        the stay go to the payload that landed."""
        if record["crew"] or record["launch"] is None:
            return [record]  # no launch: nothing says the vehicles flew together
        launchers = [c for c in record["spacecraft"] if self._craft_type(c) in LAUNCHER_TYPES]
        payloads = [c for c in record["spacecraft"] if c not in launchers]
        if len(payloads) < 2:
            return [record]
        kinds = {c: self._craft_type(c) for c in payloads}
        # the vehicle the rovers ride: a lander, else a probe, else the first rover itself
        carrier = next(
            (
                c
                for kind in (*self.carrier_types, "probe", *self.rider_types)
                for c in payloads
                if kinds[c] == kind
            ),
            None,
        )
        riders = [c for c in payloads if kinds[c] in self.rider_types and c != carrier]
        heads = [c for c in payloads if c not in riders]
        kind_of = {c: self._payload_class(doc, c) for c in heads}
        # satellites put in orbit together are told as one launch's cargo: one record
        if len(heads) < 2 or None in kind_of.values() or set(kind_of.values()) == {"orbit"}:
            return [record]
        landed = {
            c for i in record["events"] if events[i]["type"] == "LANDING" for c in events[i]["spacecraft"]
        }
        # a satellite or a telescope lands nowhere: the landing is a probe's, the one it names
        far = [c for c in heads if kind_of[c] == "far"]
        keeper = next((c for c in far if c in landed), far[0])
        dest = record.get("destination")
        far_dest = bool(dest) and (
            self._celestial(doc, dest) or dest.lower() in {b.lower() for b in self.body_adjectives.values()}
        )
        parts = []
        for head in heads:
            crafts = [head]
            if head == carrier:
                crafts += riders
            part = {**record, "spacecraft": launchers + [c for c in record["spacecraft"] if c in crafts]}
            part["evidence"] = dict(record["evidence"])
            if kind_of[head] == "orbit" or (head != keeper and not landed & set(crafts)):
                part.update(duration=None, landing=None)
                part["evidence"] = {
                    k: v for k, v in part["evidence"].items() if k not in ("duration", "landing")
                }
            if far_dest and kind_of[head] == "orbit":
                part["destination"] = None  # the Moon is where the probe goes, not the telescope
                part["evidence"].pop("destination", None)
            parts.append(part)
        return parts

    def _night_dates(self, doc: Doc, events: list[dict], lowered: str) -> None:
        """An event told "dans la nuit de lundi à mardi" after midnight ("peu après minuit", "à
        0 h 57") took place on the second day, not the first one its date was read from."""
        starts, sents = self._sent_index
        dates = sorted(
            (
                t
                for t in doc._.orbitext_temporals or []
                if t.get("label") == "DATE" and len(t.get("value") or "") == 10
            ),
            key=lambda t: t["start"],
        )
        for ev in events:
            day = ev.get("date") or ""
            if len(day) != 10:
                continue
            for mention in (ev.get("evidence") or {}).get("mentions") or []:
                sent = sents[max(0, bisect.bisect_right(starts, mention["start"]) - 1)]
                chunk = lowered[sent.start_char : sent.end_char]
                found = self.night_re.search(chunk)
                if found is None:
                    continue
                at = sent.start_char + found.end()
                pair = [t for t in dates if at <= t["start"] <= at + 40 and t["start"] < sent.end_char][:2]
                if len(pair) != 2 or pair[0]["value"] != day:
                    continue
                try:
                    gap = (dt.date.fromisoformat(pair[1]["value"]) - dt.date.fromisoformat(day)).days
                except ValueError:
                    continue
                early = bool(ev.get("time")) and str(ev["time"]) < "12:00"
                if gap == 1 and (early or any(cue in chunk for cue in self.after_midnight)):
                    ev["date"] = pair[1]["value"]
                    break

    def _compared_only(self, doc: Doc, lowered: str) -> set[str]:
        """Vehicles named only to compare ("comme Apollo", "à la manière de Crew Dragon",
        "contrairement à Falcon 9"): no journey of the text flies them."""
        if self.compare_re is None:
            return set()
        compared: dict[str, bool] = {}
        for ent in self._labelled(doc, "SPACECRAFT"):
            name = canon(ent)
            if compared.get(name) is False:
                continue
            before = lowered[max(0, ent.start_char - 60) : ent.start_char].replace("’", "'")
            compared[name] = self._compared_before(before)
        return {name for name, only in compared.items() if only}

    def _family_members(self, doc: Doc) -> dict[str, str]:
        """Family name -> the one numbered ship of it the text names ("HTV-X" -> "HTV-X1"), for
        cargo families only: a launcher's name stays beside its flight's capsule, and a numbered
        probe is a successor, not the same ship ("Hayabusa" and "Hayabusa2")."""
        crafts: dict[str, str] = {}
        for ent in self._labelled(doc, "SPACECRAFT"):
            crafts.setdefault(canon(ent), self.kb_types.get(ent.kb_id_, "") if ent.kb_id_ else "")
        out: dict[str, str] = {}
        for family, kind in crafts.items():
            if kind not in self.cargo_types:
                continue
            found = [c for c in crafts if c != family and self._numbered(family, c)]
            if len(found) == 1 and crafts[found[0]] not in LAUNCHER_TYPES:
                out[family] = found[0]
        return out

    @staticmethod
    def _numbered(family: str, name: str) -> bool:
        """ "HTV-X1", "ATV-5", "ATV 5" are numbered ships of the family "HTV-X", "ATV"."""
        if not name.lower().startswith(family.lower()):
            return False
        rest = name[len(family) :]
        rest = rest[1:] if rest[:1] in ("-", " ") else rest
        return rest.isdigit()

    @staticmethod
    def _drop_crafts(event: dict, names: set[str]) -> None:
        """Remove ``names`` from an event's vehicles, with their evidence."""
        crafts = event.get("spacecraft") or []
        if not set(crafts) & names:
            return
        evidence = event.get("evidence") or {}
        items = evidence.get("spacecraft") or []
        keep = [k for k, c in enumerate(crafts) if c not in names]
        event["spacecraft"] = [crafts[k] for k in keep]
        if items and len(items) == len(crafts):
            # a new evidence dict: the one of the event read from doc._.events stays as it was
            event["evidence"] = {**evidence, "spacecraft": [items[k] for k in keep]}

    def _drop_hosts(self, doc: Doc, events: list[dict], sents: list[Span], starts: list[int]) -> None:
        """The station's residents told with a docking ("le vaisseau doit s'amarrer vendredi à
        l'ISS, où les trois hommes rejoindront X, Y et Z") fly none of its journey: the docking
        is the arrival of the crew launched with the vehicle (whom its journey gives it when
        nobody else is left)."""
        launched = {p for e in events if e["type"] == "LAUNCH" for p in e["participants"]}
        if self._events_pipe is None or not launched:
            return
        for k, ev in enumerate(events):
            if ev["type"] != "DOCKING" or not ev["participants"]:
                continue
            said = {max(0, bisect.bisect_right(starts, m["start"]) - 1) for m in self._mentions(ev)}
            hosts: dict[str, bool] = {}
            for s in said:
                for ent in self._ents_in(doc, sents[s]):
                    if ent.label == PER_LABEL and canon(ent) in ev["participants"]:
                        name = canon(ent)
                        if name in launched:
                            continue  # never gone (below): no need to read the parse (is_host)
                        hosts[name] = hosts.get(name, True) and self._events_pipe.is_host(ent)
            # someone the text has launched is no resident ("a rejoint l'ISS avec à bord X")
            gone = {name for name, host in hosts.items() if host and name not in launched}
            if gone:
                events[k] = {**ev, "participants": [p for p in ev["participants"] if p not in gone]}
                events[k]["evidence"] = {
                    key: v for key, v in (ev.get("evidence") or {}).items() if key != "participants"
                }

    @staticmethod
    def _mentions(event: dict) -> list[dict]:
        """The spans that tell an event (its trigger when no mention is kept)."""
        return (event.get("evidence") or {}).get("mentions") or (
            [event["trigger"]] if event.get("trigger") else []
        )

    def _is_flyer(self, ent: Span, flown: set[str], roles: dict[str, str]) -> bool:
        """Someone the text has fly, or an astronaut by the gazetteer, or introduced by a crew role."""
        name = canon(ent)
        kind = self.kb_types.get(ent.kb_id_, "") if ent.kb_id_ else ""
        return name in flown or kind in self.flyer_types or name in roles

    def _lone_missions(
        self,
        doc: Doc,
        sents: list[Span],
        unnamed: list[tuple[int, Span]],
        names: dict[int, tuple[str, dict]],
        flyers: dict[int, list[Span]],
        roles: dict[str, str],
        ages: dict[str, int],
        durations: list[dict],
        taken: set[int],
    ) -> list[dict]:
        """Records of named journeys told without any event, from the flyers said with the name:
        "Ce n'est pas son premier vol : en 2021, il avait commandé Inspiration4"."""
        used = {n.lower() for n, _ in names.values()}
        out: list[dict] = []
        for s, ent in unnamed:
            name = canon(ent)
            people = self._said_with(doc, ent, flyers.get(s, []))
            if name.lower() in used or not people or s == 0:
                continue
            used.add(name.lower())
            crew: list[dict] = []
            evidence: dict[str, list[dict]] = {
                "name": [{"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)}],
                "crew": [],
            }
            for person in people:
                who = canon(person)
                if all(c["name"] != who for c in crew):
                    crew.append({"name": who, "role": roles.get(who), "age": ages.get(who)})
                    evidence["crew"].append(
                        {"start": person.start_char, "end": person.end_char, "text": person.text}
                    )
            record: dict[str, Any] = {
                "name": name,
                "crew": crew,
                "spacecraft": [],
                "organizations": [],
                "destination": None,
                "duration": None,
                "launch": None,
                "landing": None,
                "events": [],
                "evidence": evidence,
            }
            # the stay told in the same sentence or the next one ("Elle passera seize jours à bord de Mir")
            near = {s, s + 1}
            for k, item in enumerate(durations):
                if k not in taken and item["sent"] in near:
                    taken.add(k)
                    record["duration"] = item["value"]
                    evidence["duration"] = [
                        {"start": item["start"], "end": item["end"], "text": item["text"]}
                    ]
                    break
            dest = self._stay_station(doc, sents, near)
            if dest is not None:
                record["destination"] = dest[0]
                evidence["destination"] = [dest[1]]
            out.append(record)
        return out

    def _only_station(self, doc: Doc) -> tuple[str, dict] | None:
        """The station of the text when it names exactly one (its modules aside)."""
        found: dict[str, Span] = {}
        for ent in self._labelled(doc, "SPACECRAFT"):
            if self._is_station(ent):
                if self.kb_types.get(ent.kb_id_, "") in self.module_types:
                    continue
                found.setdefault(canon(ent), ent)
        if len(found) != 1:
            return None
        name, ent = next(iter(found.items()))
        return name, {"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)}

    def _listing_sentences(self, doc: Doc, sents: list[Span], people_by_sent: dict[int, list[Span]]) -> bool:
        """Some sentence naming people holds a crew-list cue or a colon (checked on the raw text)."""
        text = doc_text(doc)
        for s in people_by_sent:
            if s < len(sents):
                chunk = text[sents[s].start_char : sents[s].end_char]
                lowered = chunk.lower().replace("’", "'")
                if (
                    ":" in chunk
                    or (self.crew_list_re and self.crew_list_re.search(lowered))
                    or lowered.lstrip().startswith(self.crew_list_openers)
                ):
                    return True
        return False

    def _crew_list(self, doc: Doc, sent: Span, people: list[Span], header: Span | None = None) -> list[Span]:
        """The people a sentence lists as flyers: after a crew cue ("Les autres passagers étaient
        X, Y et Z"), after the colon of "Quatre astronautes prendront place ... : le commandant X",
        or after a short cue sentence of its own ("Les passagers ? X, une coach de 46 ans, et ...")."""
        text = doc_text(doc)[sent.start_char : sent.end_char].lower().replace("’", "'")
        cut = None
        if header is not None and self.crew_list_re is not None and len(header) <= 5:
            asked = doc_text(doc)[header.start_char : header.end_char].strip().lower().replace("’", "'")
            if asked.endswith(("?", ":")) and self.crew_list_re.search(asked):
                cut = sent.start_char
        found = self.crew_list_re.search(text) if self.crew_list_re else None
        if found:
            cut = sent.start_char + found.end()
        opened = text.lstrip()
        for opener in self.crew_list_openers:
            if opened.startswith(opener):
                # "A son bord, le commandant X, 56 ans, Y et Z": only as the sentence's opening words
                cut = sent.start_char + (len(text) - len(opened)) + len(opener)
                break
        colon = text.find(":")
        if colon > 0 and self.crew_colon_nouns & set(re.findall(r"\w+", text[:colon])):
            at = sent.start_char + colon + 1
            cut = at if cut is None else min(cut, at)
        if cut is None:
            return []
        stretch = doc.char_span(cut, sent.end_char, alignment_mode="contract")
        if stretch is None or not len(stretch):
            return []
        begin = stretch.start
        out: list[Span] = []
        for ent in sorted(people, key=lambda e: e.start):
            if ent.start < begin:
                continue
            # a verb between the cue and the name ends the list ("..., sont restés à bord")
            if any(
                t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in self.crew_list_verbs
                for t in doc[begin : ent.start]
            ):
                break
            out.append(ent)
            begin = ent.end
        return out

    def _add_listed_crew(
        self,
        doc: Doc,
        sents: list[Span],
        g: int,
        group_sents: list[set[int]],
        events: list[dict],
        members: list[int],
        record: dict,
        people_by_sent: dict[int, list[Span]],
        roles: dict[str, str],
        ages: dict[str, int],
        empty: set[int],
    ) -> None:
        """Flyers listed in a sentence of the journey or in the two after it, when no other journey
        is told nearer ("Les autres passagers étaient ...")."""
        if g in empty:
            return
        mine = group_sents[g]
        if not mine:
            return
        # the one journey of a text may list its flyers further on ("Le troisième passager, X")
        reach = 2 if len(group_sents) > 1 else self.lone_list_reach
        for s in range(min(mine), max(mine) + reach + 1):
            if s not in people_by_sent or s >= len(sents):
                continue
            if s not in mine:
                own = max(x for x in mine if x <= s) if any(x <= s for x in mine) else None
                closer = any(
                    other != g
                    and other not in empty
                    and any(own is not None and own < x <= s for x in sents_)
                    for other, sents_ in enumerate(group_sents)
                )
                if own is None or s - own > reach or closer:
                    continue
            if not (
                record["crew"] or any(self._craft_type(c) in self.capsule_types for c in record["spacecraft"])
            ):
                # a journey known by no crew nor capsule yet: only a list said with a capsule
                # ("Quatre astronautes prendront place dans la capsule Orion : ...")
                if not any(
                    e.label == SPACECRAFT_LABEL and self.kb_types.get(e.kb_id_, "") in self.capsule_types
                    for e in self._ents_in(doc, sents[s])
                ):
                    continue
            header = sents[s - 1] if s > 0 else None
            for ent in self._crew_list(doc, sents[s], people_by_sent[s], header):
                name = canon(ent)
                if all(c["name"] != name for c in record["crew"]):
                    record["crew"].append({"name": name, "role": roles.get(name), "age": ages.get(name)})
                    record["evidence"].setdefault("crew", []).append(
                        {"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)}
                    )

    def _same_day_landing(self, events: list[dict], members: list[int], record: dict) -> None:
        """A flight of a few minutes comes down the day it went up: "un vol suborbital d'une
        dizaine de minutes" ... "la capsule s'est posée dans le désert"."""
        launch, landing = record.get("launch"), record.get("landing")
        if not launch or not landing or landing.get("date") or len(launch.get("date") or "") != 10:
            return
        if (record.get("duration") or "").startswith("PT"):
            landing["date"] = launch["date"]

    def _station_destinations(
        self, doc: Doc, events: list[dict], groups: list[list[int]], records: list[dict]
    ) -> None:
        """The station of the text is where its journeys go: a docking to the module Tianhe is a
        journey to Tiangong, and a crew coming home ("l'équipage de Shenzhou-17 doit atterrir
        mardi") comes from the station the text's other crew flew to."""
        if not any(r["destination"] is None or self._is_module(r["destination"]) for r in records):
            return
        found = self._only_station(doc)
        if found is None:
            return
        station, evidence = found
        for record in records:
            if record["destination"] and self._is_module(record["destination"]):
                record["destination"] = station
                record["evidence"]["destination"] = [evidence]
        if not any(r["destination"] == station for r in records):
            return
        for g, members in enumerate(groups):
            record = records[g]
            kinds = {events[i]["type"] for i in members if events[i]["status"] != "cancelled"}
            if record["destination"] is not None or not record["crew"] or not kinds:
                continue
            # only the way home, and not from the Moon: "ils ont quitté la station" or a landing
            if not kinds <= {"LANDING", "UNDOCKING"} or any(
                self._celestial(doc, events[i].get("place") or "") for i in members
            ):
                continue
            record["destination"] = station
            record["evidence"]["destination"] = [evidence]

    def _is_module(self, name: str) -> bool:
        return self._craft_type(name) in self.module_types

    def _shared_landings(self, events: list[dict], groups: list[list[int]], records: list[dict]) -> None:
        """Two crews coming home in one capsule: a journey that left the station the day of another
        journey's landing, in the same vehicle, has that landing too."""
        for g, members in enumerate(groups):
            if records[g]["landing"] is not None:
                continue
            for i in members:
                leave = events[i]
                if leave["type"] != "UNDOCKING" or leave["status"] == "cancelled" or not leave.get("date"):
                    continue
                crafts = {c for c in leave["spacecraft"] if not self._is_station_craft(c)}
                for h, others in enumerate(groups):
                    if h == g or records[h]["landing"] is None:
                        continue
                    for j in others:
                        land = events[j]
                        if (
                            land["type"] == "LANDING"
                            and land["status"] != "cancelled"
                            and (land.get("date") or "") == leave["date"]
                            and crafts & set(land["spacecraft"])
                        ):
                            records[g]["landing"] = dict(records[h]["landing"])
                            break
                    if records[g]["landing"] is not None:
                        break
                if records[g]["landing"] is not None:
                    break

    @staticmethod
    def _names_apart(a: set[str], b: set[str]) -> bool:
        """Mission names that tell two journeys apart: two numbers of one series ("Crew-9" and
        "Crew-10", "Apollo 13" and "Apollo 14") or two plain names. A series name and a plain one
        may name one flight ("Crew-2" and Alpha, "Expédition 65" and "Crew-3")."""
        if not a or not b or a & b:
            return False
        for x in a:
            for y in b:
                fx, fy = SERIES_NUMBER.sub("", x), SERIES_NUMBER.sub("", y)
                numbered = (fx != x, fy != y)
                # "Artemis" and "Artemis I": the programme and its flight
                if (fx == fy and all(numbered)) or not any(numbered):
                    return True
        return False

    @classmethod
    def _two_flights(cls, names: set[str]) -> bool:
        """The names hold two that tell journeys apart ("artemis ii", "artemis iii")."""
        return len(names) > 1 and any(cls._names_apart({x}, {y}) for x in names for y in names if x < y)

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
                if ent.label == SPACECRAFT_LABEL and kind in self.capsule_types and canon(ent) not in out:
                    out.append(canon(ent))
        return out

    def _backfill_docking_craft(
        self, doc: Doc, events: list[dict], members: list[int], record: dict, nearby: list[str] | None = None
    ) -> None:
        """Events of one journey told without their vehicle or crew take the journey's: a docking
        said of "ils" is done by the journey's capsule, "le retour sur Terre" by its crew."""
        if self._craft_kinds is None:
            self._craft_kinds = {
                canon(e): self.kb_types.get(e.kb_id_, "") for e in self._labelled(doc, "SPACECRAFT")
            }
        types = self._craft_kinds
        capsules = [c for c in record["spacecraft"] if types.get(c) in self.capsule_types]
        if not capsules:
            # a journey told with one vehicle besides its launcher ("la sonde", "le robot", a
            # "Shenzhou-18" the gazetteer does not type): that vehicle docks and lands
            riders = [
                c
                for c in record["spacecraft"]
                if types.get(c) not in LAUNCHER_TYPES and types.get(c) not in self.no_rider_types
            ]
            if len(riders) == 1:
                capsules = riders
        if not capsules and nearby:
            # "La mission a décollé ... La capsule Endeavour emporte ...": named just after
            capsules = [nearby[0]]
            record["spacecraft"].append(nearby[0])
        crew = [member["name"] for member in record["crew"]]
        # the names and vehicles the crew was told with: an event said with others is not theirs
        names = self._event_names if len(self._event_names) == len(events) else [set()] * len(events)
        own_names = set().union(*(names[i] for i in members if events[i]["participants"]))
        if record.get("name"):
            own_names.add(record["name"].lower())
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
                and not self._names_apart(names[i], own_names)
                and not self._other_vehicle_said(doc, ev, record["spacecraft"])
                and not (ev["type"] == "LAUNCH" and self._target_launch(ev["spacecraft"]))
            ):
                # people told as leaving never fly the arriving launch or docking
                flyers = [
                    n for n in crew if ev["type"] not in ("LAUNCH", "DOCKING") or n not in self._leaving
                ]
                ev["participants"] = flyers

    def _other_vehicle_said(self, doc: Doc, event: dict, crafts: list[str]) -> bool:
        """A capsule outside the journey's vehicles is named in the sentence of each of the event's
        mentions ("Ils remplaceront l'équipage de Soyouz MS-25, qui atterrira mercredi"); one
        sentence that names none of them may still speak of the journey's own capsule."""
        starts, sents = self._sent_index
        mentions = (event.get("evidence") or {}).get("mentions") or []
        if not sents or not mentions:
            return False
        for mention in mentions:
            sent = sents[max(0, bisect.bisect_right(starts, mention["start"]) - 1)]
            if not any(
                ent.label == SPACECRAFT_LABEL
                and self.kb_types.get(ent.kb_id_, "") in self.capsule_types
                and not any(self._same(canon(ent), c) for c in crafts)
                for ent in self._ents_in(doc, sent)
            ):
                return False
        return True

    def _told_empty(self, doc: Doc, event: dict, every: bool = False) -> bool:
        """ "la capsule s'est posée sans équipage": the sentence of a mention says nobody flew
        (with ``every``, the sentence of each of its mentions)."""
        if not self._empty_cued:
            return False
        mentions = event.get("evidence", {}).get("mentions", [])
        if every and len(mentions) > 1:
            return all(self._told_empty(doc, {"evidence": {"mentions": [m]}}) for m in mentions)
        key = tuple((m["start"], m["end"]) for m in mentions)
        if key not in self._empty_memo:
            self._empty_memo[key] = self._said_empty(doc, event)
        return self._empty_memo[key]

    def _said_empty(self, doc: Doc, event: dict) -> bool:
        cues = self.event_rules.get("empty_flight_cues", [])
        text = doc_text(doc)
        starts, sents = self._sent_index if self._sent_index[1] else ([], [])
        for item in event.get("evidence", {}).get("mentions", []):
            if sents:
                # the text's sentences, cut at line breaks: a "Lire aussi" link is not the sentence
                sent = sents[max(0, bisect.bisect_right(starts, item["start"]) - 1)]
            else:
                span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
                sent = span.sent if span is not None else None
            if sent is not None:
                lowered = text[sent.start_char : sent.end_char].lower()
                if any(cue in lowered for cue in cues):
                    return True
            # "le vaisseau était rentré sans eux": said right after the verb, not anywhere around
            after = text[item["end"] : item["end"] + 24].lower()
            if any(after.startswith(cue) or f" {cue}" in after for cue in self.left_behind_cues):
                return True
        return False

    def _groups(
        self, events: list[dict], names: list[set[str]] | None = None, on_body: list[bool] | None = None
    ) -> list[list[int]]:
        n = len(events)
        union = UnionFind(n)
        crafts = [{c for c in e["spacecraft"] if not self._is_station_name(c)} for e in events]
        people = [set(e["participants"]) for e in events]
        years = [int(e["date"][:4]) if (e.get("date") or "")[:4].isdigit() else None for e in events]
        members = {i: [i] for i in range(n)}
        said = names or [set() for _ in events]
        group_names = {i: set(said[i]) for i in range(n)}

        def join(i: int, j: int) -> None:
            # links are checked against the whole groups they join, so that a landing told
            # without a date cannot chain a 2024 flight to a 2022 one of the same vehicle
            ri, rj = union.find(i), union.find(j)
            if ri == rj or not self._compatible(events, members[ri], members[rj], years):
                return
            # told with other mission names (Crew-9, Crew-10): two journeys of one vehicle family
            if self._names_apart(group_names[ri], group_names[rj]):
                return
            union.union(ri, rj)
            root = union.find(ri)
            members[root] = sorted(members.pop(ri) + members.pop(rj))
            group_names[root] = group_names.pop(ri) | group_names.pop(rj)

        by_people, by_craft = [], []
        for i in range(n):
            for j in range(i + 1, n):
                # years apart: two journeys of the same person or vehicle
                if years[i] is not None and years[j] is not None and abs(years[i] - years[j]) > 1:
                    continue
                # two launches that took place on different days: two flights (of one launcher)
                if self._distinct_flights(events[i], events[j]) or self._next_flight(events[i], events[j]):
                    continue
                if people[i] & people[j]:
                    by_people.append((i, j))
                elif crafts[i] & crafts[j] and not (people[i] and people[j]):
                    if not self._launcher_shared_only(events[i], events[j], crafts[i] & crafts[j]):
                        by_craft.append((i, j))
        # a shared flyer is the stronger link: it decides first
        for i, j in by_people + by_craft:
            join(i, j)
        self._pair_launch_landing(events, union, crafts, join)
        groups: dict[int, list[int]] = {}
        for i in range(n):
            groups.setdefault(union.find(i), []).append(i)
        names = names or [set() for _ in events]
        on_body = on_body or [False for _ in events]
        merged = self._merge_compatible(events, list(groups.values()), crafts, people, years, names, on_body)
        merged = self._merge_same_crew(events, merged, names) if len(merged) > 1 else merged
        merged = self._crew_told_in_parts(events, merged) if len(merged) > 1 else merged
        merged = self._landing_after_launch(events, merged) if len(merged) > 1 else merged
        return self._long_cruise(events, merged) if len(merged) > 1 else merged

    def _long_cruise(self, events: list[dict], groups: list[list[int]]) -> list[list[int]]:
        """A probe launched once and landing years later is one journey: "une fusée Titan IV
        s'élance en 1997, emportant la sonde Huygens ... Huygens se posait sur Titan en 2005".
        Only a vehicle bound far (probe, lander, rover) of a group that has no launch, and a single
        launch of it in another group that has no landing, dated before it within the cruise."""
        out = [list(g) for g in groups]

        def year(ev: dict) -> int | None:
            day = ev.get("date") or ""
            return int(day[:4]) if day[:4].isdigit() else None

        for g, members in enumerate(out):
            if not members or any(events[i]["type"] == "LAUNCH" for i in members):
                continue
            landings = [
                i for i in members if events[i]["type"] == "LANDING" and events[i]["status"] != "cancelled"
            ]
            if len(landings) != 1 or year(events[landings[0]]) is None:
                continue
            down = events[landings[0]]
            far = {c for c in down["spacecraft"] if self.payload_types.get(self._craft_type(c)) == "far"}
            if not far:
                continue
            carriers = [
                (h, i)
                for h, others in enumerate(out)
                if h != g
                for i in others
                if events[i]["type"] == "LAUNCH"
                and events[i]["status"] in ("occurred", "failed")
                and far & set(events[i]["spacecraft"])
            ]
            if len(carriers) != 1:
                continue
            h, i = carriers[0]
            up = year(events[i])
            if any(events[k]["type"] == "LANDING" for k in out[h]) or up is None:
                continue
            if 1 < year(down) - up <= self.cruise_years:
                out[h] = sorted(out[h] + members)
                out[g] = []
        return [g for g in out if g]

    def _partnered_people(self, doc: Doc, sents: list[Span], lowered: str | None = None) -> set[str]:
        """People named in a sentence that tells them flying with others ("Mark Pathy et ses trois
        coéquipiers", "fait équipe avec les Américains X et Y", "Avec lui, X et Y")."""
        if not self.partner_cues:
            return set()
        text = doc_text(doc)
        out: set[str] = set()
        # str.lower maps each character alone (but a Greek capital sigma, by its neighbours): a cue
        # no sentence holds is nowhere in the whole text, found in one pass per cue
        # ``lowered``: the text's lower case when _link has it (the whole text lowered once)
        whole = (text.lower() if lowered is None else lowered).replace("’", "'")
        if self._partner_cues_plain and not any(cue in whole for cue in self.partner_cues):
            return out
        for sent in sents:
            said = text[sent.start_char : sent.end_char].lower().replace("’", "'")
            if any(cue in said for cue in self.partner_cues):
                out.update(canon(e) for e in self._ents_in(doc, sent) if e.label == PER_LABEL)
        return out

    def _crew_told_in_parts(self, events: list[dict], groups: list[list[int]]) -> list[list[int]]:
        """A lone docking after a launch of its vehicle, or a lone undocking before a landing of it,
        days apart, is the same journey even when the text names part of the crew with each ("Pathy
        a amerri ..." / "ses coéquipiers ... s'étaient détachés de l'ISS"). A part that holds other
        events of its own (a crew that arrived months before) stays another journey."""
        out = [list(g) for g in groups]
        for g, members in enumerate(groups):
            if len(members) != 1:
                continue
            lone = events[members[0]]
            if lone["type"] not in ("DOCKING", "UNDOCKING") or not lone["participants"]:
                continue
            shared = {c for c in lone["spacecraft"] if not self._is_station_craft(c)}
            partnered = self._partnered
            for h, others in enumerate(out):
                if h == g or not others or (out[g] and not out[g] == members):
                    continue
                if any(set(lone["participants"]) & set(events[j]["participants"]) for j in others):
                    continue
                # two crews in one capsule come home together: only a text that tells them as
                # partners makes them one crew
                theirs = {p for j in others for p in events[j]["participants"]}
                if not (set(lone["participants"]) | theirs) & partnered:
                    continue
                if any(
                    self._one_vehicle_in_turn(lone, events[j], shared & set(events[j]["spacecraft"]))
                    for j in others
                ) and self._compatible(
                    events,
                    members,
                    others,
                    [int(e["date"][:4]) if (e.get("date") or "")[:4].isdigit() else None for e in events],
                ):
                    out[h] = sorted(others + members)
                    out[g] = []
                    break
        return [g for g in out if g]

    def _first_sentence(self, event: dict) -> int | None:
        """Index of the sentence of the event's first mention."""
        starts, sents = self._sent_index
        mentions = (event.get("evidence") or {}).get("mentions") or []
        if not sents or not mentions:
            return None
        return max(0, bisect.bisect_right(starts, min(m["start"] for m in mentions)) - 1)

    def _landing_after_launch(self, events: list[dict], groups: list[list[int]]) -> list[list[int]]:
        """A landing told without date nor crew, by a vehicle no launch names, just after a dated
        launch, ends that launch's journey: "La fusée a décollé lundi ... La capsule, baptisée X, s'est
        posée dans le désert", "Le premier étage Super Heavy a été rattrapé par la tour"."""
        out = [list(g) for g in groups]
        launched = {c for e in events if e["type"] == "LAUNCH" for c in e["spacecraft"]}
        ended: set[int] = set()
        for g, members in enumerate(groups):
            evs = [events[i] for i in members]
            if not all(
                e["type"] == "LANDING"
                and e["status"] in ("occurred", "failed")
                and not e.get("date")
                and not e["participants"]
                and e["spacecraft"]
                and not set(e["spacecraft"]) & launched
                for e in evs
            ):
                continue
            at = min((s for s in (self._first_sentence(e) for e in evs) if s is not None), default=None)
            if at is None:
                continue
            best, best_dist = None, None
            for h, others in enumerate(groups):
                if h == g or any(events[j]["type"] == "LANDING" for j in others):
                    continue
                for j in others:
                    up = events[j]
                    s = self._first_sentence(up)
                    if (
                        up["type"] != "LAUNCH"
                        or up["status"] not in ("occurred", "failed")
                        or len(up.get("date") or "") != 10
                        or s is None
                    ):
                        continue
                    # the last mention of the launch told before the landing
                    told = [
                        k
                        for k in (
                            max(0, bisect.bisect_right(self._sent_index[0], m["start"]) - 1)
                            for m in (up.get("evidence") or {}).get("mentions") or []
                        )
                        if k <= at
                    ]
                    if told and at - max(told) <= 2 and (best_dist is None or at - max(told) < best_dist):
                        best, best_dist = h, at - max(told)
            if best is not None and best not in ended:
                ended.add(best)  # one way home per journey
                out[best] = sorted(out[best] + members)
                out[g] = []
        return [g for g in out if g]

    def _launcher_shared_only(self, a: dict, b: dict, shared: set[str]) -> bool:
        """Two launches that share only their launcher are two flights of it when they carry other
        payloads or are dated apart ("Ariane 6 a placé Metop-SG-A1 en orbite ... le prochain Ariane 6
        emportera Metop-SG-B1 l'an prochain")."""
        if a["type"] != "LAUNCH" or b["type"] != "LAUNCH" or "cancelled" in (a["status"], b["status"]):
            return False
        if not all(self._craft_type(c) in LAUNCHER_TYPES for c in shared):
            return False

        def payload(ev: dict) -> set[str]:
            return {
                c
                for c in ev["spacecraft"]
                if self._craft_type(c) not in LAUNCHER_TYPES and not self._is_station_craft(c)
            }

        pa, pb = payload(a), payload(b)
        if pa and pb and not pa & pb:
            return True
        x, y = a.get("date") or "", b.get("date") or ""
        return bool(x and y) and not (x.startswith(y) or y.startswith(x))

    def _one_vehicle_in_turn(self, a: dict, b: dict, shared: set[str]) -> bool:
        """A vehicle's launch then its docking, or its undocking then its landing, days apart: one
        journey even when the text names part of the crew with each ("Pathy a amerri ..." / "ses
        coéquipiers ... s'étaient détachés de l'ISS")."""
        if not any(
            self._craft_type(c) not in LAUNCHER_TYPES and not self._is_station_craft(c) for c in shared
        ):
            return False
        if "cancelled" in (a["status"], b["status"]):
            return False
        order = {("LAUNCH", "DOCKING"), ("UNDOCKING", "LANDING")}
        first, second = (a, b) if (a["type"], b["type"]) in order else (b, a)
        if (first["type"], second["type"]) not in order:
            return False
        try:
            gap = (
                dt.date.fromisoformat(second.get("date") or "")
                - dt.date.fromisoformat(first.get("date") or "")
            ).days
        except ValueError:
            return False
        return 0 <= gap <= 3

    def _merge_same_crew(
        self, events: list[dict], groups: list[list[int]], names: list[set[str]]
    ) -> list[list[int]]:
        """A crew of two or more told twice is one journey when one part has its launch and the other
        its way home, even when a date read wrong sets them years apart ("Le 11 avril 1970, ..." and
        "ils amerrissent le 17 avril" read as this year's April)."""

        def facts(group: list[int]) -> tuple[set[str], set[str], set[str], set[str]]:
            crew = {p for i in group for p in events[i]["participants"]}
            done = {
                events[i]["type"]
                for i in group
                if events[i]["status"] in ("occurred", "failed")
                and events[i]["type"] in ("LAUNCH", "LANDING")
            }
            said = set().union(*(names[i] for i in group)) if names else set()
            dates = {events[i].get("date") or "" for i in group if events[i]["type"] in ("LAUNCH", "LANDING")}
            return crew, done, said, dates

        def joinable(first: list[int], second: list[int]) -> bool:
            ca, da, na, _ = facts(first)
            cb, db, nb, _ = facts(second)
            small, large = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
            if len(small) < 2 or not small <= large or da & db or self._names_apart(na, nb):
                return False
            return self._launch_first(events, first + second)

        return _merge_until_stable(groups, joinable)

    def _launch_first(self, events: list[dict], group: list[int]) -> bool:
        """No dated launch of the group that took place comes after another of its dated events, and
        no dated landing before one."""
        live = [i for i in group if events[i]["status"] != "cancelled" and events[i].get("date")]
        for i in live:
            kind, day = events[i]["type"], events[i]["date"]
            if kind not in ("LAUNCH", "LANDING") or (kind == "LAUNCH" and events[i]["status"] == "planned"):
                continue
            for j in live:
                other = events[j]["date"]
                if j == i:
                    continue
                if kind == "LAUNCH" and self._later(day, other):
                    return False
                if kind == "LANDING" and self._later(other, day):
                    return False
        return True

    @staticmethod
    def _later(x: str, y: str) -> bool:
        """Date ``x`` is surely after date ``y`` (compared on what both give: "2024-09" vs "2025-03-18")."""
        if len(x) == len(y) == 10:
            # a week of slack: "mardi" read as the past Tuesday is not another journey
            try:
                return (dt.date.fromisoformat(x) - dt.date.fromisoformat(y)).days > 7
            except ValueError:
                return False
        k = min(len(x), len(y))
        return k >= 4 and x[:k] > y[:k]

    def _compatible(self, events: list[dict], a: list[int], b: list[int], years: list[int | None]) -> bool:
        """Two sets of events can be one journey: years within one, no two launches on different
        days, and the launch before, the landing after everything else."""
        spread = [years[i] for i in a + b if years[i] is not None]
        if spread and max(spread) - min(spread) > 1:
            return False
        if self._dropped_payload(events, a, b) or self._dropped_payload(events, b, a):
            return False
        if self._other_crew_size(events, a, b) or self._other_crew_size(events, b, a):
            return False
        for i in a:
            for j in b:
                x, y = events[i], events[j]
                # two flights on different days, unless one flew a crew and the other nobody: the
                # empty replacement vehicle sent to bring a crew home ("lancer à vide un vaisseau
                # de remplacement ... pour les ramener")
                if self._distinct_flights(x, y) and bool(x["participants"]) == bool(y["participants"]):
                    return False
                if self._next_flight(x, y):
                    return False
                if self._arrival_of_others(x, y) or self._arrival_of_others(y, x):
                    return False
                if "cancelled" in (x["status"], y["status"]) or x["type"] == y["type"]:
                    continue
                dx, dy = x.get("date") or "", y.get("date") or ""
                if not dx or not dy:
                    continue
                # a launch comes before, a landing after, the other events of one journey
                for a, da, db in ((x, dx, dy), (y, dy, dx)):
                    if a["type"] == "LAUNCH" and self._later(da, db):
                        return False
                    if a["type"] == "LANDING" and self._later(db, da):
                        return False
        return True

    def _told_crew_sizes(self, doc: Doc, events: list[dict]) -> dict[int, tuple[int, set[str]]]:
        """Launch index -> the number of flyers told in its sentence without their names ("a décollé
        avec quatre astronautes", "trois hommes à son bord") and the people named in that sentence
        or the next one."""
        if self.crew_count_re is None:
            return {}
        starts, sents = self._sent_index
        if not sents:
            return {}
        text = doc_text(doc)
        sizes: dict[int, tuple[int, set[str]]] = {}
        for k, ev in enumerate(events):
            if ev["type"] != "LAUNCH" or ev["participants"] or ev["status"] not in ("occurred", "failed"):
                continue
            for mention in (ev.get("evidence") or {}).get("mentions") or []:
                s = max(0, bisect.bisect_right(starts, mention["start"]) - 1)
                sent = sents[s]
                found = self.crew_count_re.search(text[sent.start_char : sent.end_char].lower())
                if found:
                    word = found.group(1)
                    end = sents[s + 1].end_char if s + 1 < len(sents) else sent.end_char
                    named = {
                        canon(e)
                        for e in self._labelled(doc, "PER")
                        if sent.start_char <= e.start_char and e.end_char <= end
                    }
                    sizes[k] = (int(word) if word.isdigit() else self.crew_numbers[word], named)
                    break
        return sizes

    def _other_crew_size(self, events: list[dict], a: list[int], b: list[int]) -> bool:
        """A launch told with four unnamed astronauts does not carry the two people named beside it
        for a landing ("une relève qui doit permettre le retour de Jessica Meir et Loral O'Hara");
        two of three flyers coming home days later, named elsewhere, may be its crew."""
        home = {
            p for j in b if events[j]["type"] in ("LANDING", "UNDOCKING") for p in events[j]["participants"]
        }
        if not home:
            return False
        for i in a:
            if i in self._crew_sizes:
                size, named = self._crew_sizes[i]
                if len(home) != size and home <= named:
                    return True
        return False

    def _dropped_payload(self, events: list[dict], a: list[int], b: list[int]) -> bool:
        """A called-off launch of a payload that the other part's launch, in another month, does not
        carry is another journey of the same launcher ("ESCAPADE devait s'envoler en octobre" on the
        New Glenn that flew in January with another payload)."""
        flown = [
            events[j]
            for j in b
            if events[j]["type"] == "LAUNCH" and events[j]["status"] in ("occurred", "failed")
        ]
        if not flown:
            return False
        carried = {c for j in b for c in events[j]["spacecraft"]}
        for i in a:
            ev = events[i]
            if ev["type"] != "LAUNCH" or ev["status"] != "cancelled" or len(ev.get("date") or "") < 7:
                continue
            payload = {
                c
                for c in ev["spacecraft"]
                if self._craft_type(c) not in LAUNCHER_TYPES and not self._is_station_craft(c)
            }
            if not payload or payload & carried:
                continue
            months = {(f.get("date") or "")[:7] for f in flown}
            if all(len(m) == 7 and m != ev["date"][:7] for m in months):
                return True
        return False

    def _arrival_of_others(self, arrival: dict, other: dict) -> bool:
        """A crewless launch or docking and the way home of people told as leaving ("Crew-10 a
        décollé ... l'équipage sortant, X et Y, rentrera mercredi") are two journeys, unless the
        arrival is dated months before (their own flight up, "arrivés en septembre")."""
        if not self._leaving or arrival["type"] not in ("LAUNCH", "DOCKING") or arrival["participants"]:
            return False
        if other["type"] not in ("LANDING", "UNDOCKING") or not other["participants"]:
            return False
        if not set(other["participants"]) <= self._leaving:
            return False
        up, down = (arrival.get("date") or "")[:7], (other.get("date") or "")[:7]
        if len(up) == len(down) == 7 and up[:4].isdigit() and down[:4].isdigit():
            try:
                months = (int(down[:4]) - int(up[:4])) * 12 + int(down[5:7]) - int(up[5:7])
            except ValueError:
                return True
            return months < 2
        return True

    @staticmethod
    def _distinct_flights(a: dict, b: dict) -> bool:
        if a["type"] != "LAUNCH" or b["type"] != "LAUNCH":
            return False
        if a["status"] not in ("occurred", "failed") or b["status"] not in ("occurred", "failed"):
            return False
        x, y = a.get("date") or "", b.get("date") or ""
        return bool(x and y) and not (x.startswith(y) or y.startswith(x))

    def _next_flight(self, a: dict, b: dict) -> bool:
        """A launch that took place and one still planned for another day: two flights ("Soyouz a
        décollé vendredi de Guyane ... le prochain Soyouz doit emporter Pléiades en décembre"). A
        lift-off from the Moon is a step of the journey that went there; a day apart may be the
        same launch told in two time zones."""
        if a["type"] != "LAUNCH" or b["type"] != "LAUNCH":
            return False
        if {a["status"], b["status"]} not in ({"planned", "occurred"}, {"planned", "failed"}):
            return False
        if not a["spacecraft"] or not b["spacecraft"]:
            return False  # a launch told with no vehicle says too little to stand apart
        x, y = a.get("date") or "", b.get("date") or ""
        if not x or not y or x.startswith(y) or y.startswith(x):
            return False
        far = self._place_kinds[1]
        if any(ev.get("place") and ev["place"] in far for ev in (a, b)):
            return False
        if len(x) == len(y) == 10:
            try:
                return abs((dt.date.fromisoformat(x) - dt.date.fromisoformat(y)).days) > 1
            except ValueError:
                return False
        return True

    def _crafts_conflict(self, xs: set[str], ys: set[str]) -> bool:
        """Two sets of vehicles that cannot be one journey. A launcher alone and a payload alone
        go together ("la fusée SLS a décollé" ... "l'amerrissage d'Orion")."""
        if not xs or not ys:
            return False
        launch_x = {c for c in xs if self._craft_type(c) in LAUNCHER_TYPES}
        launch_y = {c for c in ys if self._craft_type(c) in LAUNCHER_TYPES}
        if xs & ys:
            # one launcher flying other payloads: two flights of it (Metop-SG-A1, then Metop-SG-B1)
            return (
                xs & ys <= launch_x & launch_y
                and bool(xs - launch_x)
                and bool(ys - launch_y)
                and not ((xs - launch_x) & (ys - launch_y))
            )
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
        on_body: list[bool] | None = None,
    ) -> list[list[int]]:
        """Groups that nothing tells apart are one journey: "La mission a décollé ... Le décollage
        avait été reporté ... L'amarrage est prévu mardi" (the vehicle or crew named in only some
        of them). Groups stay apart when their vehicles or crews differ, when both hold a launch
        (or a landing) that took place, or when their years are far apart."""

        on_body = on_body or [False] * len(events)

        def facts(group: list[int]) -> dict[str, Any]:
            done = [
                i
                for i in group
                if events[i]["status"] in ("occurred", "failed")
                and events[i]["type"] in ("LAUNCH", "LANDING")
            ]
            return {
                "crafts": set().union(*(crafts[i] for i in group)),
                "people": set().union(*(people[i] for i in group)),
                "years": {years[i] for i in group if years[i] is not None},
                "done": {events[i]["type"] for i in done},
                "launch_dates": {events[i].get("date") or "" for i in done if events[i]["type"] == "LAUNCH"},
                # "le module lunaire se posait dans la mer de la Tranquillité": a stage of a journey
                "body_landing": all(events[i]["type"] == "LANDING" and on_body[i] for i in group),
                "landing_dates": [
                    events[i].get("date") or "" for i in done if events[i]["type"] == "LANDING"
                ],
                "names": set().union(*(names[i] for i in group)),
            }

        def one_launch(fa: dict, fb: dict) -> bool:
            """The launcher's lift-off and the capsule's, told as two launches of one day."""
            dates = fa["launch_dates"] | fb["launch_dates"]
            return len(dates) == 1 and len(next(iter(dates))) == 10

        def stage_of(fa: dict, fb: dict) -> bool:
            """``fa`` is a landing on another body, a few days before the crewed ``fb`` came home."""
            if not fa["body_landing"] or not fb["people"] or fa["people"] - fb["people"]:
                return False
            for x in fa["landing_dates"]:
                for y in fb["landing_dates"]:
                    try:
                        gap = (dt.date.fromisoformat(y) - dt.date.fromisoformat(x)).days
                    except ValueError:
                        return False
                    if not 0 <= gap <= 30:
                        return False
            return bool(fa["landing_dates"] and fb["landing_dates"])

        # the facts of a group, read once: every pass compares each group with all the others
        seen: dict[tuple[int, ...], dict[str, Any]] = {}

        def known_facts(group: list[int]) -> dict[str, Any]:
            key = tuple(group)
            found = seen.get(key)
            if found is None:
                found = seen[key] = facts(group)
            return found

        def joinable(first: list[int], second: list[int]) -> bool:
            fa, fb = known_facts(first), known_facts(second)
            # "Vikram ... de la mission Chandrayaan-3" and "Chandrayaan-3 avait été lancée par une
            # fusée LVM3": one named mission, whatever vehicles each part names
            # ... unless a part is told with two flights of a series ("Si Artemis II se déroule
            # comme prévu, ... Artemis III, qui doit se poser"): the shared name decides nothing
            same_name = bool(fa["names"] & fb["names"]) and not (
                self._two_flights(fa["names"]) or self._two_flights(fb["names"])
            )
            stage = stage_of(fa, fb) or stage_of(fb, fa)
            if self._crafts_conflict(fa["crafts"], fb["crafts"]) and not (same_name or stage):
                return False
            if fa["people"] and fb["people"] and not fa["people"] & fb["people"]:
                return False
            both = fa["done"] & fb["done"]
            if "LAUNCH" in both and not one_launch(fa, fb):
                return False
            if "LANDING" in both and not stage:
                return False
            if not self._compatible(events, first, second, years):
                return False
            if self._names_apart(fa["names"], fb["names"]):
                return False
            if (
                fa["years"]
                and fb["years"]
                and max(fa["years"] | fb["years"]) - min(fa["years"] | fb["years"]) > 1
            ):
                return False
            return True

        return _merge_until_stable(self._landings_home(events, groups, joinable), joinable)

    @staticmethod
    def _landings_home(
        events: list[dict], groups: list[list[int]], joinable: Callable[[list[int], list[int]], bool]
    ) -> list[list[int]]:
        """A dated landing told alone ends the journey of the nearest launch before it that it may
        join, not the first group it may join ("En juin, Cernan était sorti dans l'espace ... La
        fusée a décollé le 11 novembre ... La capsule a amerri le 15 novembre")."""

        def day(event: dict) -> dt.date | None:
            try:
                return dt.date.fromisoformat(event.get("date") or "")
            except ValueError:
                return None

        out = [list(g) for g in groups]
        for g, members in enumerate(groups):
            landings = [events[i] for i in members]
            if not all(e["type"] == "LANDING" and e["status"] in ("occurred", "failed") for e in landings):
                continue
            end = day(landings[0])
            if end is None:
                continue
            gaps: dict[int, int] = {}
            for h, others in enumerate(out):
                if h == g or not others or any(events[j]["type"] == "LANDING" for j in others):
                    continue
                starts = [
                    start
                    for j in others
                    if events[j]["type"] == "LAUNCH"
                    and events[j]["status"] in ("occurred", "failed")
                    and (start := day(events[j])) is not None
                    and 0 <= (end - start).days <= 400
                ]
                if starts:
                    gaps[h] = (end - max(starts)).days
            if not gaps:
                continue
            nearest = min(gaps.values())
            best = [h for h, gap in gaps.items() if gap == nearest]
            if len(best) == 1 and out[g] and joinable(out[best[0]], out[g]):
                out[best[0]] = sorted(out[best[0]] + out[g])
                out[g] = []
        return [g for g in out if g]

    def _pair_launch_landing(
        self, events: list[dict], union: UnionFind, crafts: list[set[str]], join: Any = None
    ) -> None:
        """A dated launch and a later dated landing, each the only one left unpaired, are one journey
        ("elles avaient décollé le 5 octobre" ... "ont atterri le 17 octobre")."""

        # root -> the event types of its group (the groups do not change while pairing is read)
        roots = [union.find(k) for k in range(len(events))]
        kinds: dict[int, set[str]] = {}
        for k, root in enumerate(roots):
            kinds.setdefault(root, set()).add(events[k]["type"])

        def dated(kind: str) -> list[int]:
            out = []
            for k, e in enumerate(events):
                if e["type"] == kind and e["status"] != "cancelled" and len(e.get("date") or "") == 10:
                    other = "LANDING" if kind == "LAUNCH" else "LAUNCH"
                    if other not in kinds[roots[k]]:
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
        up, down = set(events[i]["participants"]), set(events[j]["participants"])
        if up and down and not up & down:
            return  # one crew goes up, another comes home
        try:
            start = dt.date.fromisoformat(events[i]["date"])
            end = dt.date.fromisoformat(events[j]["date"])
        except ValueError:
            return
        if 0 <= (end - start).days <= 400:
            if join is not None:
                join(i, j)
            else:
                union.union(i, j)

    def _mission(self, doc: Doc, events: list[dict], members: list[int], roles, ages) -> dict[str, Any]:  # noqa: ANN001
        crew: list[dict] = []
        spacecraft: list[str] = []
        orgs: list[str] = []
        evidence: dict[str, list[dict]] = {"crew": [], "spacecraft": [], "organizations": []}
        launches = [events[i] for i in members if events[i]["type"] == "LAUNCH"]
        landings = [events[i] for i in members if events[i]["type"] == "LANDING"]
        # "Le 19 avril 1971, une fusée Proton lance Saliout 1": a launch that carries a station
        # (or a module) and no visit to it is the station's own journey
        lifted = {
            c
            for ev in launches
            if ev["status"] != "cancelled"
            for c in ev["spacecraft"]
            if self._is_station_craft(c)
        }
        carried = (
            lifted
            if not any(events[i]["type"] in ("DOCKING", "UNDOCKING", "SPACEWALK") for i in members)
            # "Nauka, lancé par une Proton-M, s'est amarré à Zvezda": a module launched flies its own
            # journey to its station, docking included
            else {c for c in lifted if self._craft_type(c) in self.module_types}
        )
        for i in members:
            ev = events[i]
            ev_evidence = ev.get("evidence") or {}
            if ev["participants"] and self._told_empty(doc, ev, every=True):
                ev["participants"] = []  # "rentré sans eux": nobody flew that leg
            for k, name in enumerate(ev["participants"]):
                if all(c["name"] != name for c in crew):
                    crew.append({"name": name, "role": roles.get(name), "age": ages.get(name)})
                    items = ev_evidence.get("participants") or []
                    if k < len(items):
                        evidence["crew"].append(items[k])
            for k, name in enumerate(ev["spacecraft"]):
                # the station and its modules are where the journey goes, not its vehicles
                if name not in spacecraft and (name in carried or not self._is_station_craft(name)):
                    spacecraft.append(name)
                    items = ev_evidence.get("spacecraft") or []
                    if k < len(items):
                        evidence["spacecraft"].append(items[k])
            for name in ev["organizations"]:
                if name not in orgs:
                    orgs.append(name)
        spacecraft = self._one_name_per_vehicle(spacecraft)
        landings = [e for e in landings if not self._booster_landing(e, spacecraft)]
        grounded = self._grounded(crew, spacecraft)
        if grounded:
            # "Un pari réussi pour Elon Musk": the head of the company does not ride his rocket
            crew = [c for c in crew if c["name"] not in grounded]
            evidence.pop("crew", None)
            for i in members:
                if set(events[i]["participants"]) & grounded:
                    events[i] = {
                        **events[i],
                        "participants": [p for p in events[i]["participants"] if p not in grounded],
                    }
                    events[i]["evidence"] = {
                        k: v for k, v in (events[i].get("evidence") or {}).items() if k != "participants"
                    }
        if self._uncrewed(spacecraft) or carried:
            # a cargo flies nobody: "livré ... à l'équipage" names the station's crew
            crew = []
            evidence.pop("crew", None)
        destination = None
        for ev in launches:
            if ev.get("destination") and ev["destination"] not in carried:
                destination = ev["destination"]
                evidence["destination"] = (ev.get("evidence") or {}).get("destination", [])
                break
        # "le Soyouz a atteint son orbite ... doit s'amarrer vendredi à l'ISS": the station it goes
        # to says more than the orbit it reached first
        if destination is None or destination.lower() in self.generic_orbits:
            for i in members:
                ev = events[i]
                if ev["type"] in ("DOCKING", "UNDOCKING", "SPACEWALK"):
                    stations = [c for c in ev["spacecraft"] if self._is_station_craft(c) and c not in carried]
                    whole = [c for c in stations if self._craft_type(c) not in self.module_types]
                    if whole or stations:
                        destination = (whole or stations)[0]
                        break
        if destination is not None and destination.lower() in self.generic_orbits:
            # "l'engin s'était placé en orbite lunaire": the body it circles is where it went
            destination = self._orbited_body(doc, launches) or destination
        far_landing = [e for e in landings if e.get("place") and e["place"].lower() not in ("terre",)]
        # "placée en orbite" on the way to the Moon: the body it landed on is where it went
        if (destination is None or destination.lower() == "orbite") and far_landing:
            for ev in landings:
                place = ev.get("place") or ""
                if self._celestial(doc, place):
                    destination = self._body_of(doc, ev, place)
                    break
        landing = None
        # an abandoned landing ("l'alunissage a été annulé") or a postponed attempt is not where
        # the journey ended; a landing that took place wins over one still planned
        landings = sorted(
            (e for e in landings if e["status"] != "cancelled"), key=lambda e: e["status"] == "planned"
        )
        if landings:
            home = [e for e in landings if not e.get("place") or e["place"] != destination]
            # a crewed journey ends with its return to Earth: a landing on the Moon (or any
            # other body) on the way is an event of the mission, never its landing
            home = [e for e in home if not self._celestial(doc, e.get("place") or "")]
            if crew:
                landing = home[0] if home else None
            else:
                # a lander's touchdown on the Moon is its landing, before one still planned
                landing = landings[0] if landings[0]["status"] != "planned" else (home or landings)[0]
            landing = self._fused(landing, [e for e in landings if e["status"] != "cancelled"])
            if (
                landing is not None
                and landing["status"] == "planned"
                and (landing.get("place") or "").lower() in self.generic_homes
            ):
                # "Le trio doit revenir sur Terre en juin": a return still to come names no site
                landing = {**landing, "place": None}
        # a scrubbed attempt is its own event, never the journey's launch
        real = [e for e in launches if e["status"] != "cancelled"]
        # the launch that carried the crew, before an empty vehicle's
        real.sort(key=lambda e: not e["participants"])
        launch = self._fused(real[0], real) if real else None
        if (
            landing is not None
            and launch is not None
            and not landing.get("date")
            and len(launch.get("date") or "") == 10
            and landing.get("spacecraft")
            and all(self._craft_type(c) in LAUNCHER_TYPES for c in landing["spacecraft"])
        ):
            # a booster comes back minutes after its lift-off: the day of the launch
            landing = {**landing, "date": launch["date"]}
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

    def _booster_landing(self, event: dict, spacecraft: list[str]) -> bool:
        """ "les deux propulseurs latéraux sont revenus se poser": boosters that come back, nobody
        aboard, while the probe or the capsule they launched flies on; their landing is not the
        journey's end (a launcher flying alone, "Falcon Heavy" or "Starship", ends with it)."""
        return (
            bool(event["spacecraft"])
            and not event["participants"]
            and all(self._craft_type(c) in LAUNCHER_TYPES for c in event["spacecraft"])
            and any(
                self._craft_type(c) not in LAUNCHER_TYPES and not self._is_station_craft(c)
                for c in spacecraft
            )
        )

    def _pair_name(self, doc: Doc, record: dict) -> None:
        """ "le couple Cassini-Huygens: l'orbiteur Cassini ... et la sonde Huygens": a name joining
        two vehicles the text names on their own is the mission of both, not a third vehicle."""
        crafts = record["spacecraft"]
        if not any("-" in c or "/" in c for c in crafts):
            return
        alone = {span_text(e).lower() for e in self._labelled(doc, "SPACECRAFT")}
        for craft in list(crafts):
            parts = [p.strip().lower() for p in re.split(r"[-/]", craft)]
            if len(parts) == 2 and all(len(p) > 2 and p in alone for p in parts):
                crafts.remove(craft)
                if record["name"] is None:
                    record["name"] = craft

    def _orbited_body(self, doc: Doc, launches: list[dict]) -> str | None:
        """The body a launch's orbit is told around: "en orbite lunaire", "en orbite martienne"."""
        if not self.body_adjectives:
            return None
        starts, sents = self._sent_index
        text = doc_text(doc)
        for ev in launches:
            for mention in self._mentions(ev):
                s = max(0, bisect.bisect_right(starts, mention["start"]) - 1)
                if s >= len(sents):
                    continue
                chunk = text[sents[s].start_char : sents[s].end_char].lower()
                for found in ORBIT_ADJECTIVE.finditer(chunk):
                    body = self.body_adjectives.get(found.group(1))
                    if body:
                        return body
        return None

    def _grounded(self, crew: list[dict], spacecraft: list[str]) -> set[str]:
        """Officials and politicians (by the gazetteer) told as the only people of a journey whose
        vehicles are known and none of them can carry anyone (a launcher, a satellite): they stay
        on the ground. A capsule, a spaceplane or an astronaut beside them keeps them (Bezos,
        Branson and Isaacman flew)."""
        if not crew or not spacecraft or not self.ground_types:
            return set()
        kinds = {self._craft_type(c) for c in spacecraft}
        if "" in kinds or kinds & self.crewed_types:
            return set()
        if any(self._person_kinds.get(c["name"], "") in self.flyer_types for c in crew):
            return set()
        return {c["name"] for c in crew if self._person_kinds.get(c["name"], "") in self.ground_types}

    def _uncrewed(self, spacecraft: list[str]) -> bool:
        """Vehicles that fly nobody: a cargo, or a satellite or probe with no capsule."""
        core = [c for c in spacecraft if self._craft_type(c) not in LAUNCHER_TYPES]
        kinds = {self._craft_type(c) for c in core}
        if core and kinds <= self.cargo_types:
            return True
        return bool(kinds & self.uncrewed_types) and not kinds & self.crewed_types

    def _target_launch(self, spacecraft: list[str]) -> bool:
        """The launch of what the crew will meet ("une fusée Atlas avait lancé leur cible, un étage
        Agena"): its vehicles are launchers and targets, stages or engines only."""
        core = [self._craft_type(c) for c in spacecraft if self._craft_type(c) not in LAUNCHER_TYPES]
        return bool(core) and all(kind in self.no_rider_types for kind in core)

    @staticmethod
    def _fused(first: dict | None, others: list[dict]) -> dict | None:
        """The phase of ``first`` with the time and place another mention of the same day gives
        ("la fusée a décollé samedi de Baïkonour" + "le vaisseau s'est élancé à 15 h 36")."""
        if first is None:
            return None
        out = dict(first)
        day = out.get("date") or ""
        for ev in others:
            other = ev.get("date") or ""
            if ev is first or (day and other and not (day.startswith(other) or other.startswith(day))):
                continue
            if not day and other:
                continue
            for slot in ("date", "time", "place"):
                if not out.get(slot) and ev.get(slot):
                    out[slot] = ev[slot]
        return out

    def _is_station_craft(self, name: str) -> bool:
        """A station or a station module, by the shared list or the gazetteer kind."""
        kind = self._craft_type(name)
        return self._is_station_name(name) or kind in self.station_types or kind in self.module_types

    def _one_name_per_vehicle(self, crafts: list[str]) -> list[str]:
        """ "la capsule Crew Dragon Freedom", "Crew Dragon, baptisée Endeavour": the model and the
        vehicle's own name are one vehicle; keep the first named."""
        if sum(self._craft_type(c) in self.capsule_types for c in crafts) < 2:
            return crafts  # the pairs join two capsule names only
        if self._vehicle_pairs is None:
            self._vehicle_pairs = self._find_vehicle_pairs(self._ents_doc[0]) if self._ents_doc[0] else set()
        if not self._vehicle_pairs:
            return crafts
        out: list[str] = []
        for name in crafts:
            if any(frozenset((name, kept)) in self._vehicle_pairs for kept in out):
                continue
            out.append(name)
        return out

    def _find_vehicle_pairs(self, doc: Doc) -> set[frozenset[str]]:
        """Pairs of capsules written as one vehicle: adjacent, or joined by "baptisé(e)", "nommé(e)"."""
        pairs: set[frozenset[str]] = set()
        crafts = [
            e
            for e in self._labelled(doc, "SPACECRAFT")
            if self.kb_types.get(e.kb_id_, "") in self.capsule_types
        ]
        for a, b in zip(crafts, crafts[1:], strict=False):
            between = [t for t in doc[a.end : b.start] if not t.is_punct]
            adjacent = b.start - a.end <= 3 and all(t.lower_ in self.vehicle_name_links for t in between)
            # "le vaisseau Crew Dragon de la société, nommé Endeavour"
            named = (
                b.start - a.end <= 8
                and b.start > 0
                and doc[b.start - 1].lower_ in self.vehicle_name_links
                and not any(t.text in (".", ";", "\n") for t in doc[a.end : b.start])
            )
            if adjacent or named:
                first, second = canon(a), canon(b)
                if first != second:
                    pairs.add(frozenset((first, second)))
        return pairs

    def _body_of(self, doc: Doc, event: dict, place: str) -> str:
        """A landing site on another body names the body the journey went to: "le module lunaire
        se posait dans la mer de la Tranquillité" -> Lune."""
        bodies = {b.lower() for b in self.body_adjectives.values()}
        if place.lower() in bodies:
            return place
        site_body = self._celestial_places(doc).get(place)
        if site_body and site_body != place:
            return site_body  # "dans le cratère Jezero": a site the gazetteer puts on Mars
        for item in (event.get("evidence") or {}).get("mentions", []):
            span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
            if span is None:
                continue
            for tok in span.sent:
                body = self.body_adjectives.get(tok.lower_)
                if body:
                    return body
            # "dans le cratère Jezero, sur Mars": the body named beside the site
            for ent in span.sent.ents:
                if ent.label == LOC_LABEL and canon(ent).lower() in bodies and canon(ent) != place:
                    return canon(ent)
        return place

    def _celestial(self, doc: Doc, place: str) -> bool:
        return place in self._celestial_places(doc) and place.lower() != "terre"

    def _celestial_places(self, doc: Doc) -> dict[str, str]:
        """Canonical celestial place -> the body it lies on (itself for a body), once per document."""
        last, kinds = self._place_kinds
        if last is not doc:
            kinds = {}
            for ent in self._labelled(doc, "LOC"):
                # only the celestial ones matter: no canonical name to read for the others
                if ent.kb_id_ and self.kb_types.get(ent.kb_id_) == "celestial":
                    name = canon(ent)
                    kinds.setdefault(name, self.site_bodies.get(ent.kb_id_, name))
            self._place_kinds = (doc, kinds)
        return kinds

    @staticmethod
    def _phase(event: dict | None) -> dict | None:
        if event is None:
            return None
        return {"date": event.get("date"), "time": event.get("time"), "place": event.get("place")}

    def _names(
        self,
        doc: Doc,
        sent_of,  # noqa: ANN001
        group_sents: list[set[int]],
        sents: list[Span] | None = None,
        group_people: list[set[str]] | None = None,
        flyers: dict[int, list[Span]] | None = None,
        group_years: dict[int, set[int]] | None = None,
        launched: set[int] | None = None,
    ) -> tuple[dict[int, tuple[str, dict]], list[tuple[int, Span]]]:
        """Group index -> (mission name, evidence): a MISSION entity said with the group's events;
        and the names said of no journey of the text ("en 2021, il avait commandé Inspiration4")."""
        names: dict[int, tuple[str, dict]] = {}
        others: dict[int, list[tuple[int, Span]]] = {}  # group -> other names said with its events
        pending: list[tuple[int, Span]] = []
        left: list[tuple[int, Span]] = []
        group_people = group_people or [set() for _ in group_sents]
        flyers = flyers or {}
        compared = self._compared_missions(doc)
        # "Vostok" beside "Vostok 5", "Apollo" beside "Apollo 8": the programme, never one flight
        series_heads: set[str] = set()
        for e in (*self._labelled(doc, "MISSION"), *self._labelled(doc, "SPACECRAFT")):
            lowered = canon(e).lower()  # one canon() read and one search per name
            if SERIES_NUMBER.search(lowered):
                series_heads.add(SERIES_NUMBER.sub("", lowered))
        for ent in self._labelled(doc, "MISSION"):
            if ent.start_char in compared:
                continue
            if ent.kb_id_ and self.kb_types.get(ent.kb_id_, "") in self.programme_types:
                continue  # "le premier alunissage depuis Apollo": the programme, not a flight
            if not SERIES_NUMBER.search(canon(ent).lower()) and canon(ent).lower() in series_heads:
                continue
            s = sent_of(ent.start_char)
            owners = [g for g, sents_ in enumerate(group_sents) if s in sents_]
            ev = {"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)}
            name = canon(ent)
            if len(owners) == 1 and (
                self._other_year(doc, sents[s] if sents else None, (group_years or {}).get(owners[0]), ent)
                or self._dated_apart(doc, ent, (group_years or {}).get(owners[0]))
            ):
                left.append((s, ent))  # "en 2021, il avait commandé Inspiration4": an earlier journey
            elif len(owners) == 1 and owners[0] not in names:
                names[owners[0]] = (name, ev)
            elif len(owners) == 1 and name.lower().startswith(names[owners[0]][0].lower() + " "):
                names[owners[0]] = (name, ev)  # "Artemis" then "la mission Artemis I": the fuller name
            elif len(owners) == 1 and not names[owners[0]][0].lower().startswith(name.lower()):
                # "Ce n'est pas son premier voyage : en 2021, il avait commandé Inspiration4": another
                # name said with a named journey's event is another journey, unless both name one
                # flight ("au terme de la mission Alpha" ... "les astronautes de la mission Crew-2")
                if self._names_apart({names[owners[0]][0].lower()}, {name.lower()}):
                    left.append((s, ent))
                    others.setdefault(owners[0], []).append((s, ent))
            elif not owners and (
                not (
                    self._future_sentence(doc, ent, sents[s] if sents else None)
                    and not self._past_dated(doc, sents[s] if sents else ent.sent)
                )
                # "Pendant cette mission de 16 jours, baptisée STS-127, elle manœuvrera le bras":
                # the name given to the journey told, whatever the tense of what it will do
                or (self._christened(doc, ent) and not self._next_one(doc, ent, sents[s] if sents else None))
            ):
                pending.append((s, ent))
        for s, ent in pending:
            # "Pendant la mission Cassiopée, la chercheuse ..." after the journey took that name:
            # the same journey said again, not a name for the journey told next (unless the holder
            # was said with another name too and may yet give this one up)
            holders = [h for h, (n, _) in names.items() if n.lower() == canon(ent).lower()]
            if holders and not any(h in others for h in holders):
                continue
            if s == 0 and group_sents and any(group_sents):
                # a headline name ("Artemis I : la fusée SLS s'arrache") names the article's first journey
                first = min(range(len(group_sents)), key=lambda g: min(group_sents[g] or {10**9}))
                if first not in names:
                    names[first] = (
                        canon(ent),
                        {"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)},
                    )
                    continue
            # flyers said with the name, none of them in the journey's crew: another journey
            said = {canon(p) for p in self._said_with(doc, ent, flyers.get(s, []))}
            best, best_dist = None, None
            # "La mission du Belge, baptisée OasISS, doit durer six mois": a name given to the
            # journey reaches it however far its events are told
            christened = self._christened(doc, ent)
            # a name given to a flight goes to a journey whose launch is told, when there is one
            flights = (launched or set()) - set(names) if christened else set()
            for g, sents_ in enumerate(group_sents):
                if g in names or not sents_ or (said and not said & group_people[g]):
                    continue
                if flights and g not in flights:
                    continue
                if self._other_year(doc, sents[s] if sents else None, (group_years or {}).get(g), ent):
                    continue
                before = [s - x for x in sents_ if 0 <= s - x <= self.name_window]
                # "Virgin Galactic a réalisé hier son vol, baptisé Galactic 02. ... Jeudi, l'avion
                # porteur a décollé": a lede names the flight told just after it (ranked after any
                # journey told before the name)
                after = [self.name_window + x - s for x in sents_ if 0 < x - s <= 2]
                near = before or after
                if not near and christened:
                    near = [2 * self.name_window + abs(s - x) for x in sents_]
                if near and (best_dist is None or min(near) < best_dist):
                    best, best_dist = g, min(near)
            if best is not None:
                names[best] = (
                    canon(ent),
                    {"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)},
                )
            else:
                left.append((s, ent))
        self._two_journeys_one_name(names, others, left)
        return names, left

    def _christened(self, doc: Doc, ent: Span) -> bool:
        """The name is given to a journey: "la mission ..., baptisée X", "un vol nommé X"."""
        k = ent.start - 1
        while k >= 0 and doc[k].is_punct and doc[k].text in ("«", '"', "“"):
            k -= 1
        return k >= 0 and doc[k].lower_ in self.vehicle_name_links

    def _next_one(self, doc: Doc, ent: Span, sent: Span | None = None) -> bool:
        """ "La prochaine mission, baptisée X": a later journey, not one the text tells."""
        first = max(0, ent.start_char - 60, sent.start_char if sent is not None else 0)
        before = doc_text(doc)[first : ent.start_char].lower()
        return any(cue in before for cue in self.next_cues)

    @staticmethod
    def _two_journeys_one_name(
        names: dict[int, tuple[str, dict]],
        others: dict[int, list[tuple[int, Span]]],
        left: list[tuple[int, Span]],
    ) -> None:
        """Two journeys never share a name: "Si Artemis II se déroule comme prévu, la NASA enchaînera
        avec Artemis III, qui doit se poser ...": the landing told after the headline's Artemis II
        takes the other name said with it."""
        for g, (name, _) in list(names.items()):
            if g not in others or not any(
                h != g and n.lower() == name.lower() for h, (n, _) in names.items()
            ):
                continue
            used = {n.lower() for n, _ in names.values()}
            for item in others[g]:
                other = canon(item[1])
                if other.lower() not in used:
                    ent = item[1]
                    names[g] = (other, {"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)})
                    if item in left:
                        left.remove(item)
                    break

    def _compared_missions(self, doc: Doc) -> set[int]:
        """Start offsets of the mission names said to present someone or to compare ("Jim Lovell,
        vétéran de Gemini et d'Apollo 8", "comme Apollo 11"): they name no journey of the text."""
        if self.compare_re is None and self.programme_re is None:
            return set()
        text = doc_text(doc)
        out: set[int] = set()
        compared_end = -1
        for ent in self._labelled(doc, "MISSION"):
            before = text[max(0, ent.start_char - 60) : ent.start_char].lower().replace("’", "'")
            listed = 0 <= ent.start_char - compared_end <= 8 and text[compared_end : ent.start_char].strip(
                " ,"
            ).lower().replace("’", "'") in ("et", "et d'", "et de", "et du", "ou")
            if (
                (self.compare_re is not None and self._compared_before(before))
                or (self.programme_re is not None and self.programme_re.search(before))
                or listed
            ):
                out.add(ent.start_char)
                compared_end = ent.end_char
        return out

    @staticmethod
    def _said_with(doc: Doc, ent: Span, people: list[Span]) -> list[Span]:
        """The people of ``people`` said in the stretch of text of ``ent`` between two full stops
        (a sentence the parser left glued to the next one)."""
        text = doc_text(doc)
        start = text.rfind(". ", 0, ent.start_char)
        end = text.find(". ", ent.end_char)
        end = len(text) if end < 0 else end
        return [p for p in people if start < p.start_char and p.end_char <= end]

    def _other_year(
        self, doc: Doc, sent: Span | None, years: set[int] | None, ent: Span | None = None
    ) -> bool:
        """The sentence dates itself years away from the journey's events. A year told in a relative
        clause after the name speaks of someone's past ("Baptisée Crew-10, la mission est commandée
        par Anne McClain, qui a déjà séjourné dans l'ISS en 2019")."""
        if sent is None or not years:
            return False
        end = sent.end_char
        if ent is not None:
            for tok in doc[ent.end : sent.end]:
                if tok.lower_ in RELATIVE_WORDS:
                    end = tok.idx
                    break
        said = self._years_in(doc, sent, end)
        return bool(said) and all(abs(a - b) > 1 for a in said for b in years)

    @staticmethod
    def _dated_apart(doc: Doc, ent: Span, years: set[int] | None) -> bool:
        """The name is dated right where it is said, years away from the journey: "une première
        depuis la poignée de main d'Apollo-Soyouz en 1975" in a sentence about 1995."""
        if not years:
            return False
        for item in doc._.orbitext_temporals or []:
            value = str(item.get("value") or "")
            if item.get("label") != "DATE" or not value[:4].isdigit():
                continue
            if 0 <= item["start"] - ent.end_char <= 4 or 0 <= ent.start_char - item["end"] <= 4:
                return all(abs(int(value[:4]) - y) > 1 for y in years)
        return False

    @staticmethod
    def _years_in(doc: Doc, sent: Span, end: int | None = None) -> set[int]:
        """The years of the DATE expressions of a sentence (that start before ``end``)."""
        stop = sent.end_char if end is None else min(end, sent.end_char)
        return {
            int(item["value"][:4])
            for item in doc._.orbitext_temporals or []
            if item.get("label") == "DATE"
            and sent.start_char <= item["start"] < stop
            and (item.get("value") or "")[:4].isdigit()
        }

    def _past_dated(self, doc: Doc, sent: Span) -> bool:
        """The sentence gives a year before the publication's: "deviendra ..., en août 1996" is
        history told in the future tense."""
        anchor = doc._.orbitext_date or doc._.orbitext_anchor or ""
        if len(anchor) < 4:
            return False
        for item in doc._.orbitext_temporals or []:
            if (
                item.get("label") == "DATE"
                and sent.start_char <= item["start"] < sent.end_char
                and (item.get("value") or "")[:4].isdigit()
                and item["value"][:4] < anchor[:4]
            ):
                return True
        return False

    def _future_sentence(self, doc: Doc, ent: Span, sent: Span | None = None) -> bool:
        """ "Si tout va bien, Artemis II emmènera des astronautes": a later mission, not this one."""
        sent = sent if sent is not None else ent.sent
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX") and (
                "Fut" in morph_values(tok, "Tense") or "Cnd" in morph_values(tok, "Mood")
            ):
                return True
            if tok.pos_ == "VERB" and self.plan_verbs & {tok.lemma_.lower(), tok.lower_}:
                return True
        return False

    @staticmethod
    def _lost_at_launch(events: list[dict], members: list[int], value: str) -> bool:
        """ "perdue au bout de 382 secondes de vol": a vehicle whose launch failed flew for seconds
        or minutes until it was lost, which is the failure's time, not the journey's length (a
        stay of days, a probe's years of cruise stay the journey's)."""
        return value.startswith("PT") and any(
            events[i]["type"] == "LAUNCH" and events[i]["status"] == "failed" for i in members
        )

    def _durations(  # noqa: ANN001
        self, doc: Doc, sent_of, sents: list[Span] | None = None, lemma_ids: list[int] | None = None
    ) -> list[dict]:
        out = []
        # sentences() walks the whole doc: reuse the list _link already built
        sents = sents if sents is not None else sentences(doc)
        sent_lemmas: dict[int, set[str]] = {}  # sentence -> its lower-cased lemmas
        text = doc_text(doc)
        for item in doc._.orbitext_temporals or []:
            if item.get("label") != "DURATION" or not item.get("value"):
                continue
            s = sent_of(item["start"])
            sent = sents[s]
            lemmas = sent_lemmas.get(s)
            if lemmas is None:
                if lemma_ids is None:
                    lemma_ids = doc.to_array(LEMMA).tolist()
                # what lemma_set() gives, without a numpy.unique per duration (the memo read
                # inline: a method call per lemma costs more than the look-up)
                known = self._lemma_lower.get
                lemmas = {
                    known(v) or self._lower_lemma(doc, v) for v in set(lemma_ids[sent.start : sent.end])
                }
                sent_lemmas[s] = lemmas
            wide = text[max(sent.start_char, item["start"] - 50) : item["start"]].lower().replace("’", "'")
            before = wide[-30:]
            # "pour une mission de cinq mois": the journey's length said with its noun
            said_of_journey = bool(STAY_NOUN_BEFORE.search(before))
            far = text[item["end"] : min(sent.end_char, item["end"] + 60)].lower().lstrip().replace("’", "'")
            after = far[:16]
            value = str(item["value"])
            if (
                # "après une trentaine de secondes de vol": no journey lasts mere seconds (the time
                # until a launcher was lost, a burn, a test)
                SECONDS_ONLY.match(value)
                or (self.not_stay_before_re is not None and self.not_stay_before_re.search(wide))
                or far.startswith(self.not_stay_after)
                # "la sortie est annulée ... après seulement 10 heures de vol": the flight's length
                or (value.startswith("PT") and lemmas & self.spacewalk_nouns and not far.startswith("de vol"))
                or self._age_said(doc, item)
            ):
                continue  # a delay, a spacewalk's length, someone's age: never the journey's
            # "le premier alunissage depuis plus de cinquante ans": a time since, not a stay
            if (
                self.since_re is not None
                and self.since_re.search(before)
                and not any(cue in wide or far[:20].startswith(cue) for cue in self.since_stay_cues)
            ):
                continue
            # "la descente finale, qui doit durer une douzaine de minutes": a phase, not the flight
            if value.startswith("PT") and not said_of_journey and lemmas & self.phase_nouns:
                continue
            # "un voyage de six heures jusqu'à la station": the way there, not the stay
            transit = bool(self.transit_after_re is not None and self.transit_after_re.search(far)) or (
                (far.startswith(("de vol", "de voyage", "de trajet")) or bool(WAY_NOUN_BEFORE.search(before)))
                and bool(lemmas & self.arrival_lemmas)
            )
            # "après six mois en orbite": the time spent up there; "en cinq ans et demi avant
            # d'atteindre Jupiter": a probe's way there is its journey (a crew's stay is not)
            said_of_journey = said_of_journey or after.startswith(self.stay_after) or transit
            if (
                not said_of_journey
                and self.journey_lasts_re is not None
                and self.journey_lasts_re.search(wide)
            ):
                said_of_journey = True  # "La mission STS-1 dure un peu plus de deux jours"
            # "posée ce dimanche, deux jours après un décollage réussi": a landing's time since launch
            since_launch = s in self._landing_sents and bool(SINCE_LAUNCH_AFTER.match(far))
            said_of_journey = said_of_journey or since_launch
            # "Pendant huit jours, le Français enchaîne les expériences": a stay, if a crew is near
            weak = (
                not said_of_journey
                and not lemmas & self.stay_lemmas
                and before.strip() == "pendant"
                and not str(item.get("value", "")).startswith("PT")
            )
            if (
                (not lemmas & self.stay_lemmas and not said_of_journey and not weak)
                or lemmas & self.duration_blockers
                or any(word in far[:30] for word in self.blockers_after)
            ):
                continue
            if (
                after.startswith(("plus tard", "après", "avant", "plus tôt"))
                and not transit
                and not since_launch
            ):
                continue  # "trois heures plus tard": a delay, not a stay ("avant d'atteindre": the way)
            if after.startswith(("lunaire", "martien")) or "prolong" in before[-20:]:
                continue  # "soit une journée lunaire", "prolongée de six mois": not the stay itself
            planned = any(cue in before[-22:] for cue in ("devait durer", "devaient durer", "prévu pour"))
            out.append({**item, "sent": s, "planned": planned, "weak": weak, "transit": transit})
        return out

    def _age_said(self, doc: Doc, item: dict) -> bool:
        """ "l'astronaute de 43 ans", "Marc Durand, 43 ans", "à 90 ans": years that are an age."""
        value = str(item["value"])
        if not (value.startswith("P") and value.endswith("Y") and value[1:-1].isdigit()):
            return False
        if not item["text"].lower().rstrip().endswith(("ans", "an")):
            return False
        span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        prev = doc[span.start - 1]
        if prev.lower_ == "à" or prev.text in (",", "("):
            return True
        if prev.lower_ in ("de", "d'", "d’") and span.start >= 2:
            k = span.start - 2
            while k > 0 and doc[k].pos_ == "ADJ":
                k -= 1  # "l'astronaute américain de 43 ans"
            head = doc[k]
            if (
                head.is_title
                and head.pos_ in ("NOUN", "PROPN")
                and not head.ent_type_
                and not head.is_sent_start
            ):
                return True  # "le Japonais de 46 ans", "la Française de 45 ans"
            if (
                head.pos_ == "NOUN"
                and head.lemma_.lower() not in self.journey_nouns
                and int(value[1:-1]) >= 15
            ):
                return True  # "le physicien de 37 ans": years no journey of a noun's kind lasts
            return (
                head.ent_type_ == "PER"
                or head.lower_ in self.age_heads
                or head.lemma_.lower() in self.age_heads
            )
        return False

    def _assign_durations(
        self,
        durations: list[dict],
        group_sents: list[set[int]],
        kinds: list[tuple[bool, bool]],
        taken: set[int],
        crews: list[set[str]] | None = None,
        sent_people: dict[int, set[str]] | None = None,
        own_names: list[set[str]] | None = None,
        sent_names: dict[int, set[str]] | None = None,
        apart: list[set[int]] | None = None,
    ) -> dict[int, dict]:
        """Group -> its stay: the nearest (journey, duration) pair first, so that a station's launch
        told first does not take the stay of the crew told later ("les trois cosmonautes y passent
        vingt-deux jours"). A stay said with another journey's crew and none of this one's is
        theirs ("le retour de Wilmore et Williams, coincés depuis neuf mois")."""
        chosen: dict[int, dict] = {}
        crews = crews or [set() for _ in group_sents]
        sent_people = sent_people or {}
        flown = set().union(*crews) if crews else set()
        own_names = own_names or [set() for _ in group_sents]
        sent_names = sent_names or {}
        journey_names = set().union(*own_names) if own_names else set()
        penalties: list[dict[int, int]] = []
        for g, crew in enumerate(crews):
            extra = {}
            for k, item in enumerate(durations):
                if apart and k in apart[g]:
                    extra[k] = 100  # a stay dated years before the journey is an earlier one's
                    continue
                # "les astronautes de la mission Crew-2 ont passé 199 jours": Crew-2's stay
                told = sent_names.get(item["sent"], set()) & journey_names
                if told and not told & own_names[g]:
                    extra[k] = 2
                    continue
                said = sent_people.get(item["sent"], set()) & flown
                if said and not said & crew:
                    extra[k] = 2
                elif said and said <= crew:
                    extra[k] = -100  # "Pendant six mois, Ye, Li Cong et Li Guangsu mèneront ...": theirs
            penalties.append(extra)
        while True:
            best: tuple[int, int, int] | None = None  # (distance, group, duration)
            for g, sents in enumerate(group_sents):
                if g in chosen:
                    continue
                crewed, bound = kinds[g]
                found = self._duration_choice(durations, sents, taken, crewed, bound, penalties[g])
                if found is not None and (best is None or found[1] < best[0]):
                    best = (found[1], g, found[0])
            if best is None:
                return chosen
            _, g, k = best
            taken.add(k)
            chosen[g] = durations[k]

    @staticmethod
    def _durations_dated_apart(
        doc: Doc, sents: list[Span], durations: list[dict], years: list[set[int] | None]
    ) -> list[set[int]]:
        """Per group, the durations whose sentence gives only years written out well before the
        group's events: "il avait passé dix jours dans la station en 2015" tells an earlier stay, not
        the one of 2023. A later year may be where a planned stay ends ("jusqu'en 2030"), and a vague
        "il y a trente ans" dates something else than the stay."""
        text = doc_text(doc)
        dated: dict[int, set[int]] = {}
        for item in doc._.orbitext_temporals or []:
            value = str(item.get("value") or "")
            if (
                item.get("label") == "DATE"
                and value[:4].isdigit()
                and YEAR_DIGITS.search(text[item["start"] : item["end"]])
            ):
                dated.setdefault(item["start"], set()).add(int(value[:4]))
        said: list[set[int]] = []
        for item in durations:
            sent = sents[item["sent"]] if item["sent"] < len(sents) else None
            said.append(
                set().union(*(ys for at, ys in dated.items() if sent.start_char <= at < sent.end_char))
                if sent is not None
                else set()
            )
        return [
            {
                k
                for k, found in enumerate(said)
                if found and group and all(a < b - 1 for a in found for b in group)
            }
            for group in years
        ]

    def _pick_duration(
        self,
        durations: list[dict],
        sents: set[int],
        taken: set[int],
        crewed: bool = True,
        station_bound: bool = False,
    ) -> dict | None:
        """The stay said nearest the journey's sentences (marked taken)."""
        found = self._duration_choice(durations, sents, taken, crewed, station_bound)
        if found is None:
            return None
        taken.add(found[0])
        return durations[found[0]]

    @staticmethod
    def _duration_choice(
        durations: list[dict],
        sents: set[int],
        taken: set[int],
        crewed: bool = True,
        station_bound: bool = False,
        penalty: dict[int, int] | None = None,
    ) -> tuple[int, int] | None:
        """(index, distance) of the stay said nearest the journey's sentences. A journey to a station
        lasts days: hours there are the flight up or down ("après 28 heures de vol"); a crew's way to
        the station or the Moon ("un voyage de trois jours jusqu'à la Lune") is not its stay either."""
        best, best_dist = None, None
        for k, item in enumerate(durations):
            if k in taken or not sents:
                continue
            if station_bound and str(item["value"]).startswith("PT"):
                continue
            if item.get("transit") and (crewed or station_bound):
                continue
            dist = min(abs(item["sent"] - s) + (0 if item["sent"] >= s else 1) for s in sents)
            extra = (penalty or {}).get(k, 0)
            dist = (0 if dist <= 6 else dist) if extra < 0 else dist + extra
            if item.get("weak") and (not crewed or dist > 1):
                continue  # "Pendant huit jours, le Français ...": only next to a crew's journey
            # "un séjour qui devait durer six mois" yields to the length actually spent
            dist += 3 if item.get("planned") else 0
            if dist <= 4 and (best_dist is None or dist < best_dist):
                best, best_dist = k, dist
        if best is None or best_dist is None:
            return None
        return best, best_dist

    def _bound_body(self, doc: Doc, sents: list[Span], indices: set[int]) -> tuple[str, dict] | None:
        """A body (Lune, Mars, an asteroid) said as where the journey heads: "vers la Lune",
        "jusqu'à Mars", "à destination de Bennu", in the journey's sentences."""
        for s in sorted(indices):
            if s >= len(sents):
                continue
            for ent in self._ents_in(doc, sents[s]):
                if ent.label != LOC_LABEL or not self._celestial(doc, canon(ent)):
                    continue
                before = doc[max(sents[s].start, ent.start - 3) : ent.start]
                if any(t.lower_ in self.bound_cues for t in before):
                    return canon(ent), {"start": ent.start_char, "end": ent.end_char, "text": span_text(ent)}
        return None

    def _landed_body(
        self, doc: Doc, events: list[dict], members: list[int], surface: bool = False
    ) -> tuple[str, dict] | None:
        """The body said in a landing's sentence, nearest its trigger: "se poser sur la Lune",
        "à la surface de Mars", "le sol lunaire", "dans le cratère Jezero" (a site on Mars). With
        ``surface``, only a body said as where it set down ("sur la Lune", "un alunissage")."""
        places = self._celestial_places(doc)
        starts, sents = self._sent_index
        text = doc_text(doc)
        best: tuple[int, str, dict] | None = None
        for i in members:
            if events[i]["type"] != "LANDING":
                continue
            for mention in self._mentions(events[i]):
                s = bisect.bisect_right(starts, mention["start"]) - 1
                if not 0 <= s < len(sents):
                    continue
                sent = sents[s]
                spans = [
                    (ent.start_char, places[canon(ent)], (ent.start_char, ent.end_char))
                    for ent in self._ents_in(doc, sent)
                    if ent.label == LOC_LABEL
                    and places.get(canon(ent), "").lower() not in ("", "terre", "soleil")
                    and (
                        not surface
                        or any(t.lower_ == "sur" for t in doc[max(sent.start, ent.start - 2) : ent.start])
                    )
                ]
                if self.body_words_re is not None:
                    chunk = text[sent.start_char : sent.end_char].lower()
                    for hit in self.body_words_re.finditer(chunk):
                        if surface and hit.group(1) in self.body_adjectives:
                            continue  # "des roches lunaires" rode back; they do not say where it landed
                        at = sent.start_char + hit.start()
                        spans.append((at, self.body_words[hit.group(1)], (at, sent.start_char + hit.end())))
                for at, body, (start, end) in spans:
                    gap = abs(at - mention["start"])
                    if best is None or gap < best[0]:
                        best = (gap, body, {"start": start, "end": end, "text": text[start:end]})
        if best is None or (surface and best[1].lower() not in self._bodies):
            return None  # a site the gazetteer puts on no known body says no body
        return best[1], best[2]

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
                            "text": span_text(ent),
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
