"""orbitext_entities: gazetteer and designation-family entities merged with the base NER.

Rule hits (PhraseMatcher over every gazetteer alias, regexes for designation families such
as "Soyouz MS-18" or "Crew-2") win over the base model where they overlap; base PER/LOC/ORG
entities are kept otherwise, cleaned (leading articles and generic heads stripped, cookie
words, nationality adjectives and bare titles dropped) and MISC is relabelled from the
generic head in front of it ("la sonde X" -> SPACECRAFT).

Besides: a lone "person" after a place word is a place ("né à Vevey"); a vehicle named after a
person needs a cue at each mention ("le Jules Verne"); a name in apposition to a vehicle head is
that vehicle ("Taranis, un microsatellite"); a lowercase company head makes an ORG ("le studio X");
a byline in capitals with its paper under it gives PER and ORG.
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import compress
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import IDX, LENGTH, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ...extensions import FURNITURE_GROUP, GAZETTEER_GROUP, record_component_error
from ...fastmatch import BranchDispatch, MatchSpans, doc_text, line_matches
from ...resources import MODELS_DIR, read_jsonl, write_jsonl
from ...symbols import LOC_LABEL, MISC_LABEL, MISSION_LABEL, ORG_LABEL, PER_LABEL, SPACECRAFT_LABEL
from ...text import compact_key
from ...text import strip_accents as fold
from ..batching import BatchedPipe

DEFAULT_LABELS = ["PER", "ORG", "LOC", "SPACECRAFT", "MISSION"]
APOSTROPHES = ("'", "’")
_ARTICLE_START = re.compile(r"^(?:Le|La|Les|L['’])(?=[\s\w])")
#: a sentence-final "SpaceX." that the French tokenizer keeps as one token
_TRAILING_DOT = re.compile(r"\b[^\W\d_a-zà-ÿ](?:[\w-]*[^\W\d_])?\.(?=\s|$|[\"»”)\]])")

#: two or three capitalised words alone between credit separators: a photographer's name
_CREDIT_PERSON = (
    r"(?:(?<=[:/|])|(?<=\bvia))[ \t]*([A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})"
    r"[ \t]*(?=[/|;,)]|\bvia\b|$)"
)
#: a run of word characters and hyphens (matched on a reversed text: the run before a place)
_WORD_RUN = re.compile(r"[\w-]*")
#: (found by a scan that skips to the punctuation and line breaks in C: ``re`` tries this
#: alternation at every character)
_SENTENCE_END = MatchSpans(r"[.!?…][\"»”)]*\s+|\n")
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+"
#: initials in brackets that close a text: a dispatch writer's signature
_SIGN_OFF = re.compile(r"\(([A-Z]{2,4})\)\s*$")
#: the desk codes closing a dispatch on a line of their own: "MP/JR", "nm/ab", "JF/MB/fff" (or an
#: agency credit, "ATS/AFP")
_DESK_CODES = re.compile(r"(?m)^[ \t]*[A-Za-z]{2,4}(?:[ \t]*/[ \t]*[A-Za-z]{2,4})+[ \t]*$")
_TITLE_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
#: a byline on a line of its own: "Par SIMON TREMBLAY", "SIMON TREMBLAY", or "Simon Tremblay"
#: (the title-case form only with the paper's name under it)
_BYLINE = re.compile(
    rf"^[ \t]*(?P<par>(?:Par|PAR)[ \t]+)?(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,2}}"
    rf"|(?P<title>{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{1,2}}))[ \t]*$",
    re.MULTILINE,
)
#: a dispatch's dateline: a place in capitals opening a line, then a day or a bracket and a dash
#: ("WASHINGTON, 2 mars (Reuters) -", "KOUROU (Guyane française), 21 octobre", "MOSCOU (AFP) -")
_DATELINE = re.compile(
    rf"^[ \t]*(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{0,3}})"
    r"(?=[ \t]*(?:\([^()\n]{2,40}\)[ \t]*)?,[ \t]*\d{1,2}(?:er)?[ \t]+[a-zéû]"
    r"|[ \t]*\([^()\n]{2,40}\)[ \t]*[-–—])",
    re.MULTILINE,
)
#: the paper's name on the line under a byline: "Le Quotidien de Montréal", "Le Journal de la
#: Capitale", "Le Quotidien de l'Estuaire"
_MASTHEAD = re.compile(
    r"[ \t]*(?P<name>(?:Le|La|Les|L['’])[ \t]?[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t]+(?:(?:de[ \t]+la|de|du|des)[ \t]+|(?:de[ \t]+l|d)['’])?[A-ZÀ-Ý][\w'’-]*){0,4})[ \t]*$",
    re.MULTILINE,
)

logger = logging.getLogger(__name__)


def variants(form: str) -> set[str]:
    """The written variants of a form: as given, accent-folded, with either apostrophe."""
    out = {form, fold(form)}
    for text in list(out):
        for a, b in (("'", "’"), ("’", "'")):
            if a in text:
                out.add(text.replace(a, b))
    return out


def shipped_gazetteers() -> list[Path]:
    """Every gazetteer file shipped under models/gazetteers (supplement last: others win)."""
    folder = MODELS_DIR / "gazetteers"
    files = sorted(folder.glob("*.jsonl")) if folder.exists() else []
    last = "supplement.jsonl"
    return [p for p in files if p.name != last] + [p for p in files if p.name == last]


def load_entries(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Read gazetteer entries; entries sharing an id are merged (first label and name win; a
    later name becomes an alias).

    A missing file only warns: a saved pipeline moved to another machine names files that are
    gone, and its own copy of the data arrives through ``from_disk``.
    """
    by_id: dict[str, dict[str, Any]] = {}
    for path in paths:
        if not Path(path).exists():
            warnings.warn(f"orbitext_entities: gazetteer file not found, skipped: {path}", stacklevel=2)
            continue
        for entry in read_jsonl(Path(path)):
            if not entry.get("id") or not entry.get("label") or not entry.get("name"):
                continue
            known = by_id.get(entry["id"])
            if known is None:
                by_id[entry["id"]] = dict(entry)
                continue
            for key in ("aliases", "short"):
                merged = list(known.get(key) or [])
                # the later entry's own name is one more form of the referent ("Gateway")
                later = [entry["name"]] if key == "aliases" and entry["name"] != known["name"] else []
                merged += [f for f in later + list(entry.get(key) or []) if f not in merged]
                known[key] = merged
    return list(by_id.values())


_TABLE_ATTRS = [ORTH, LOWER, IDX, LENGTH, POS, SENT_START, SPACY]
_NOUN, _ADJ = POS_IDS["NOUN"], POS_IDS["ADJ"]
#: tags the parser gives the last word of a name it cut short ("Ousmane Sonko", "Sonko" NOUN)
_NAME_POS = frozenset(POS_IDS[p] for p in ("PROPN", "NOUN", "ADJ", "X"))
#: lexeme flags, in the order of ``_Tokens.flags``
_FLAG_NAMES = ("is_lower", "is_space", "is_punct", "is_stop", "is_digit", "is_title", "is_alpha", "is_upper")
LOWER_F, SPACE_F, PUNCT_F, STOP_F, DIGIT_F, TITLE_F, ALPHA_F, UPPER_F = range(len(_FLAG_NAMES))


def _positions(values: list[int], wanted: frozenset[int]) -> list[int]:
    """The indexes of ``values`` that are in ``wanted``, found by loops in C: most documents
    hold none of a word list (one ``isdisjoint`` pass), the others are read by map and compress."""
    if wanted.isdisjoint(values):
        return []
    return list(compress(range(len(values)), map(wanted.__contains__, values)))


def _filter_spans(spans: list[Span]) -> list[Span]:
    """``spacy.util.filter_spans`` (longest first, then leftmost; the same ties and checks),
    reading each span's bounds once instead of at every comparison."""
    bounds = [(s.start, s.end) for s in spans]
    # the sort keys made once, read by index in C (a lambda call per comparison key cost more)
    keys = [(end - start, -start) for start, end in bounds]
    order = sorted(range(len(spans)), key=keys.__getitem__, reverse=True)
    kept: list[int] = []
    seen: set[int] = set()
    for i in order:
        start, end = bounds[i]
        if start not in seen and end - 1 not in seen:
            kept.append(i)
            seen.update(range(start, end))
    kept.sort(key=lambda i: bounds[i][0])
    return [spans[i] for i in kept]


def _set_ents(doc: Doc, ents: list[Span]) -> None:
    """``doc.set_ents(ents, default="outside")``, with the same annotation: every token is first
    made outside by one ``outside`` span, then ``ents`` are set with the others left unmodified.
    spaCy's default pass compares with a ``SetEntsDefault`` member for every token outside
    ``ents`` (an enum attribute look-up each time, ~900 instructions per token); the ``outside``
    span costs a set insertion per token. (IOB "O" leaves a token's kb and entity ids as they
    were in both ways.)"""
    doc.set_ents([], outside=[Span(doc, 0, len(doc))], default="unmodified")
    doc.set_ents(ents, default="unmodified")


class _Tokens:
    """The token attributes the clean-up rules read, for one document, as plain lists.

    ``doc[i].lower_`` builds a Token and looks a string up on every call; one ``to_array`` per
    document answers the same questions with ints (string hashes, POS ids). Lexeme flags
    (``is_lower``, ``is_stop``...) are slow to export for every token and read for few: they come
    from a table by ``orth`` shared by every document.
    """

    __slots__ = ("orth", "lower", "idx", "length", "pos", "sent_start", "spacy", "text", "vocab", "lexemes")

    def __init__(self, doc: Doc, text: str, lexemes: dict[int, tuple[bool, ...]]) -> None:
        table = doc.to_array(_TABLE_ATTRS).reshape(len(doc), len(_TABLE_ATTRS))
        # the columns as lists, two conversions in all (one per dtype)
        self.orth, self.lower = table[:, :2].T.tolist()  # string hashes: unsigned
        signed = table.view(numpy.int64)  # SENT_START is -1, 0 or 1
        self.idx, self.length, self.pos, self.sent_start, self.spacy = signed[:, 2:].T.tolist()
        self.text = text
        self.vocab = doc.vocab
        self.lexemes = lexemes

    def flags(self, i: int) -> tuple[bool, ...]:
        """The lexeme flags of token ``i`` (``_FLAG_NAMES``)."""
        orth = self.orth[i]
        found = self.lexemes.get(orth)
        if found is None:
            lex = self.vocab[orth]
            found = self.lexemes[orth] = tuple(bool(getattr(lex, name)) for name in _FLAG_NAMES)
        return found

    def token_text(self, i: int) -> str:
        """``doc[i].text``."""
        start = self.idx[i]
        return self.text[start : start + self.length[i]]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (``end > start``)."""
        return self.text[self.idx[start] : self.idx[end - 1] + self.length[end - 1]]


def _initials_fit(short: str, name: str) -> bool:
    """``short`` reads as initials of ``name``: its first letter opens the name and its letters
    open words of the name in order ("CNES" in "Centre national d'études spatiales")."""
    words = [w for w in re.split(r"[\s'’-]+", fold(name).upper()) if w]
    letters = fold(short).upper()
    if not words or words[0][0] != letters[0]:
        return False
    i = 0
    for word in words:
        if i < len(letters) and word[0] == letters[i]:
            i += 1
    return i == len(letters)


class EntityRecognizer(BatchedPipe):
    """Find rule entities and merge them with the base model's ``doc.ents``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        gazetteer_paths: list[str],
        families_path: str,
        rules_path: str,
        labels: list[str],
        overwrite_ents: bool,
        drop_furniture_ents: bool,
        flights_path: str = "",
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.labels = list(labels)
        self.overwrite_ents = overwrite_ents
        self.drop_furniture_ents = drop_furniture_ents
        paths = [Path(p) for p in gazetteer_paths] if gazetteer_paths else shipped_gazetteers()
        families_file = Path(families_path) if families_path else MODELS_DIR / "patterns" / "families.jsonl"
        rules_file = Path(rules_path) if rules_path else MODELS_DIR / "patterns" / "entity_rules.json"
        self.entries = load_entries(paths)
        self.families = list(read_jsonl(families_file)) if families_file.exists() else []
        flights_file = Path(flights_path) if flights_path else MODELS_DIR / "kb" / "flights.jsonl"
        self.flights = list(read_jsonl(flights_file)) if flights_file.exists() else []
        self.rules: dict[str, Any] = (
            json.loads(rules_file.read_text(encoding="utf-8")) if rules_file.exists() else {}
        )
        self._build()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        """Compile matchers and lookup sets once (creation or from_disk)."""
        rules = self.rules
        self.articles = set(rules.get("articles", []))
        self.strip_heads = set(rules.get("strip_heads", []))
        self.alias_skip = tuple(h.lower() for h in rules.get("alias_skip_heads", []))
        self._skip_prefixes: tuple[str, ...] | None = None
        self.context_heads: dict[str, str] = rules.get("context_heads", {})
        self.context_fillers = set(rules.get("context_fillers", []))
        self.keep_base_heads = set(rules.get("keep_base_heads", []))
        self.stop = {fold(s).lower() for s in rules.get("stop", [])}
        self.nationalities = {fold(s).lower() for s in rules.get("nationalities", [])}
        # whole-span only: "le Normand" is no entity, but "Stade rennais" keeps its last word
        self.demonyms = {fold(s).lower() for s in rules.get("demonyms", [])}
        self.inhabitant_endings = tuple(rules.get("inhabitant_endings", []))
        self.adjective_keys = self.nationalities | self.demonyms
        self.demonym_prefixes = {fold(s).lower() for s in rules.get("demonym_prefixes", [])}
        self.titles = {fold(s).lower() for s in rules.get("titles", [])}
        # "M. Dupont", "le Premier ministre X": the words before a name that are no part of it
        # (accents kept: "General Motors" is no "général")
        self.title_words = {w for t in rules.get("titles", []) for w in t.lower().split()} | {
            s.lower() for s in rules.get("title_words", [])
        }
        self.person_abbrevs = set(rules.get("person_abbreviations", []))
        # "St. Jude", "Mt. Hopkins": the dot belongs to a word inside a name, never to a sentence end
        self.name_abbrevs = set(rules.get("name_abbreviations", []))
        # "Banque centrale des États de l'Afrique de l'Ouest": an institution's name goes on over
        # "de" + a place; "sur" only before a geographic noun ("sur le lac Léman")
        self.institution_links = set(rules.get("institution_links", []))
        self.institution_geo = set(rules.get("institution_geo_nouns", []))
        # "Conférence internationale": an event, not an institution, however it is spelt
        self.institution_name_heads = (
            self.keep_base_heads | set(rules.get("institution_name_heads", []))
        ) - set(rules.get("institution_name_skip", []))
        self.institution_body_links = set(rules.get("institution_body_links", []))
        self.list_only_heads = set(rules.get("list_only_heads", []))
        self.start_drop_pos = set(rules.get("sentence_start_drop_pos", []))
        self.split_tokens = set(rules.get("split_tokens", []))
        self.lowercase_stop = {fold(s).lower() for s in rules.get("lowercase_stop", [])}
        self.one_letter_cues = set(rules.get("one_letter_cues", []))
        self.furniture_keep_types = set(rules.get("furniture_keep_types", []))
        self.cue_labels = set(rules.get("ambiguous_cue_labels", []))
        self.cue_label_ids = frozenset(map(get_string_id, self.cue_labels))
        # the labels kept in doc.ents, as string hashes (``Span.label``: no StringStore look-up)
        self.label_ids = frozenset(map(get_string_id, [*self.labels, "MISC"]))
        self.cue_types = set(rules.get("ambiguous_cue_types", []))
        self.space_doc_anchors = int(rules.get("space_doc_anchors", 2))
        self.credit_org_words = set(rules.get("credit_org_words", []))
        self.credit_person_re = re.compile(_CREDIT_PERSON, re.MULTILINE)
        self.product_re = re.compile(rules.get("product_regex") or r"(?!x)x")
        self.cardinals = set(rules.get("cardinal_words", []))
        self.serial_re = re.compile(rules.get("serial_regex") or r"(?!x)x")
        self.series_re = re.compile(rules.get("series_regex") or r"(?!x)x")
        self.designation_re = re.compile(rules.get("designation_regex") or r"(?!x)x")
        self.designation_stop = frozenset(w.upper() for w in rules.get("designation_stop", []))
        credit = rules.get("credit_regex")
        # photo-credit lines: found by a scan that skips to their first letters in C
        self.credit_spans = MatchSpans(credit) if credit else None

        vocab = self.nlp.vocab
        self.lower_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.exact_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.entry_by_key: dict[str, dict[str, Any]] = {}
        lower_terms: dict[str, set[str]] = {}
        exact_terms: dict[str, set[str]] = {}
        for entry in self.entries:
            key = entry["id"]
            self.entry_by_key[key] = entry
            exact = entry.get("case") == "exact"
            full = [entry["name"], *(entry.get("aliases") or [])]
            for form in full:
                if self._skip_form(form):
                    continue
                # "Le Point", "La Recherche": with a lowercase article they are common phrases
                target = exact_terms if exact or _ARTICLE_START.match(form) else lower_terms
                target.setdefault(key, set()).update(variants(form))
            for form in entry.get("short") or []:
                if not self._skip_form(form):
                    exact_terms.setdefault(key, set()).update(variants(form))
        tokenizer = self.nlp.tokenizer
        # the tokenizer caches at most max_cache_size chunks and never evicts: the gazetteer forms
        # must not take the places the texts' words need (20,000 entries fill it, 4x slower texts)
        cache_size = tokenizer.max_cache_size
        tokenizer.max_cache_size = 0
        try:
            for terms, matcher in ((lower_terms, self.lower_matcher), (exact_terms, self.exact_matcher)):
                for key, forms in terms.items():
                    ordered = sorted(forms)
                    matcher.add(key, list(tokenizer.pipe(ordered)))
        finally:
            tokenizer.max_cache_size = cache_size
        # match id -> (label, kb id, entry id) as string hashes, for the entries of our labels
        strings = vocab.strings
        label_set = set(self.labels) | {"MISC"}
        self.match_info: dict[int, tuple[int, int, int]] = {
            strings.add(key): (
                strings.add(entry["label"]),
                strings.add(entry.get("wikidata") or entry["id"]),
                strings.add(entry["id"]),
            )
            for key, entry in self.entry_by_key.items()
            if entry["label"] in label_set
        }

        # a designation's own Wikidata item (Soyouz MS-18), keyed like the family referents below
        self.flight_qids: dict[str, str] = {
            f"{flight['family']}:{compact_key(name)}": flight["wikidata"]
            for flight in self.flights
            for name in flight["names"]
        }

        # one alternation for every family: a single scan of the text per document
        parts = []
        self.family_by_group: dict[str, dict[str, Any]] = {}
        for number, fam in enumerate(self.families):
            body = fam["regex"]
            inner = fam.get("group")
            if inner:
                body = body.replace(f"(?P<{inner}>", f"(?P<g{number}_{inner}>")
            flag = "(?i:" if fam.get("ignore_case") else "(?:"
            parts.append(f"(?P<f{number}>{flag}{body}))")
            self.family_by_group[f"f{number}"] = fam
        # "(?<![\w-])(?:f0|f1|...)(?!\w)", where at each word start only the families that can
        # start with its first letter are tried
        self.family_scan = BranchDispatch(parts, r"(?<![\w-])", r"(?!\w)", r"[\w-]") if parts else None

        # the same word lists as string hashes and POS ids, for the per-document token table
        strings = vocab.strings
        self.article_hashes = frozenset(strings.add(w) for w in self.articles)
        self.plural_determiner_hashes = frozenset(strings.add(w) for w in rules.get("plural_determiners", []))
        self.strip_head_hashes = frozenset(strings.add(w) for w in self.strip_heads)
        self.trailing_hashes = frozenset(strings.add(w) for w in ("de", "du", "des", "d'", "d’"))
        self.opener_hashes = frozenset(strings.add(w) for w in ("\n", "«", '"', "“"))
        self.split_hashes = frozenset(strings.add(w) for w in self.split_tokens)
        self.institution_head_hashes = frozenset(strings.add(w) for w in self.institution_name_heads)
        self.filler_hashes = frozenset(strings.add(w) for w in self.context_fillers)
        # "la start-up nantaise X": a demonym adjective the tagger may take for a name
        self.adjective_hashes = frozenset(
            strings.add(w.lower()) for w in rules.get("nationalities", []) + rules.get("demonyms", [])
        )
        self.de_hashes = frozenset(strings.add(w) for w in ("de", "d'", "d’"))
        self.quote_hashes = frozenset(strings.add(w) for w in ("«", '"', "“"))
        self.la_hashes = frozenset(strings.add(w) for w in ("la", "l'", "l’"))
        self.du_hashes = frozenset(strings.add(w) for w in ("du", "de", "d'", "d’"))
        # "le pilote du module lunaire Edwin Aldrin": a crew role owns the vehicle head
        self.role_hashes = frozenset(
            strings.add(w)
            for w in [h for h, label in self.context_heads.items() if label == "PER"]
            + list(rules.get("titles", []))
        )
        # "la station Châtelet", "la station de Courchevel": a place the base model found
        # stays a place behind these heads (space stations are in the gazetteer)
        self.weak_head_hashes = frozenset(strings.add(w) for w in rules.get("weak_vehicle_heads", []))
        self.one_letter_cue_hashes = frozenset(strings.add(w) for w in self.one_letter_cues)
        self.head_lower_hashes = frozenset(strings.add(w) for w in self.context_heads)
        self.hyphen_hash = strings.add("-")
        self.common_determiner_hashes = frozenset(
            strings.add(w) for w in rules.get("common_noun_determiners", [])
        )
        self.place_head_hashes = frozenset(strings.add(w) for w in rules.get("place_heads", []))
        self.programme_hashes = frozenset(strings.add(w) for w in rules.get("programme_heads", []))
        self.ambiguous_ids = frozenset(
            key for key, entry in self.entry_by_key.items() if (entry.get("attrs") or {}).get("ambiguous")
        )
        # vehicles named after people ("Jules Verne", "Georges Lemaître"): a vehicle only with a
        # cue of their own; a space article is no cue (it cites the people as often)
        self.eponym_ids = frozenset(
            key for key, entry in self.entry_by_key.items() if (entry.get("attrs") or {}).get("eponym")
        )
        # "l'armée de l'air": institutions French writes in lowercase, which stay names
        self.lowercase_ok_ids = frozenset(
            key for key, entry in self.entry_by_key.items() if (entry.get("attrs") or {}).get("lowercase")
        )
        self.eponym_cue_hashes = frozenset(strings.add(w) for w in rules.get("eponym_cues", []))
        # "à Vevey", "la piste de Bierset": one or two words before a lone name that make it a place
        self.place_cues = {tuple(c.split()) for c in rules.get("place_cues", [])}
        # "une Tesla", "du Boeing": a vehicle maker after a determiner names the vehicle
        self.vehicle_makers = set(rules.get("vehicle_makers", []))
        self.product_det_hashes = frozenset(strings.add(w) for w in rules.get("product_determiners", []))
        self.kin_hashes = frozenset(strings.add(w) for w in rules.get("kin_nouns", []))
        self.company_suffixes = set(rules.get("company_suffixes", []))
        self.acronym_article_hashes = frozenset(strings.add(w) for w in ("le", "la", "l'", "l’", "du", "au"))
        self.body_heads = [tuple(h.split()) for h in rules.get("named_body_heads", [])]
        self.body_first_hashes = frozenset(strings.add(h[0]) for h in self.body_heads)
        self.airport_words = ("Airport", "Aéroport")
        self.a_cap_hashes = frozenset(strings.add(w) for w in ("À", "A"))
        self.not_places = set(rules.get("not_places", []))
        self.geo_head_hashes = frozenset(strings.add(w) for w in rules.get("geo_heads", []))
        self.geo_link_hashes = frozenset(strings.add(w) for w in ("du", "de", "d'", "d’"))
        self.apposition_det_hashes = frozenset(
            strings.add(w) for w in rules.get("apposition_determiners", [])
        )
        # "Freinée par trois parachutes": a participle opening a sentence, not a name
        self.participle_next = set(rules.get("participle_followers", []))
        self.maker_ids = frozenset(
            key
            for key, entry in self.entry_by_key.items()
            if entry.get("label") == "ORG" and entry.get("type") in rules.get("maker_types", [])
        )
        # programme entries (Apollo, Gemini, Gaganyaan) also name their vehicle or a crater
        self.city_ids = frozenset(
            key for key, entry in self.entry_by_key.items() if entry.get("type") == "city"
        )
        # people who flew: a vehicle head in apposition does not make them a vehicle
        self.flyer_ids = frozenset(
            key
            for key, entry in self.entry_by_key.items()
            if entry.get("label") == "PER" and entry.get("type") == "astronaut"
        )
        self.programme_ids = frozenset(
            key for key, entry in self.entry_by_key.items() if entry.get("type") == "programme"
        )
        # the same id sets as string hashes, tested against ``Span.id`` (``id_`` looks it up)
        self.ambiguous_id_hashes = frozenset(map(get_string_id, self.ambiguous_ids))
        self.maker_id_hashes = frozenset(map(get_string_id, self.maker_ids))
        self.programme_id_hashes = frozenset(map(get_string_id, self.programme_ids))
        self.city_id_hashes = frozenset(map(get_string_id, self.city_ids))
        self.flyer_id_hashes = frozenset(map(get_string_id, self.flyer_ids))
        self.lowercase_ok_id_hashes = frozenset(map(get_string_id, self.lowercase_ok_ids))
        self.start_drop_pos_ids = frozenset(POS_IDS[p] for p in self.start_drop_pos if p in POS_IDS)
        self._lexemes: dict[int, tuple[bool, ...]] = {}

        # "la sonde X": a head noun, optional adjectives, then capitalised words
        self.head_hashes = numpy.array(sorted(strings.add(h) for h in self.context_heads), dtype=numpy.uint64)
        # a set test per token is cheaper than numpy.isin (which sorts) on a few hundred tokens
        self.head_hash_set = frozenset(int(h) for h in self.head_hashes)
        # heads the tokenizer cuts at their hyphen ("start-up" -> start, -, up): found at their
        # last piece, checked against the pieces before it
        self.compound_heads: dict[int, tuple[str, tuple[int, ...]]] = {}
        for head in self.context_heads:
            pieces = [strings.add(t.lower_) for t in self.nlp.tokenizer(head)]
            if len(pieces) > 1:
                self.compound_heads[pieces[-1]] = (head, tuple(pieces[:-1]))
        self.head_hash_set |= frozenset(self.compound_heads)

        # "le restaurant Soyouz", "le groupe de rock Apollo 11": heads of non-space things, keyed by
        # their last piece (hash) -> (pieces before it, label, whether other mentions follow)
        self.nonspace_heads: dict[int, list[tuple[tuple[int, ...], str, bool]]] = {}
        for group in rules.get("nonspace_heads", []):
            for head in group["heads"]:
                forms = [head] if " " in head or head[-1:] in ("s", "x") else [head, head + "s"]
                for form in forms:
                    pieces = tuple(strings.add(t.lower_) for t in self.nlp.tokenizer(form))
                    found = (pieces[:-1], group["label"], bool(group.get("spread")))
                    self.nonspace_heads.setdefault(pieces[-1], []).append(found)
        self.nonspace_head_keys = frozenset(self.nonspace_heads)
        self.nonspace_cased = frozenset(
            strings.add(head)
            for group in rules.get("nonspace_heads", [])
            for head in group["heads"]
            if not head.islower()
        )
        self.naming_hashes = frozenset(strings.add(w) for w in rules.get("naming_participles", []))
        self.space_adjective_hashes = frozenset(strings.add(w) for w in rules.get("space_adjectives", []))
        self.apposition_article_hashes = frozenset(
            strings.add(w) for w in rules.get("apposition_articles", [])
        )
        # "le groupe de fusées X": a space head in the way keeps the name a space one
        self.space_head_hashes = frozenset(
            strings.add(h) for h, label in self.context_heads.items() if label in ("SPACECRAFT", "MISSION")
        )

    def _skip_form(self, form: str) -> bool:
        """Forms that begin with a generic head ("cosmodrome de Baïkonour") would break span rules."""
        low = form.lower().strip()
        if not low or any(word in self.split_tokens for word in low.split()):
            return True
        # one tuple startswith instead of a Python loop per head: 20k-entry gazetteers load ~1 s faster
        if self._skip_prefixes is None:
            self._skip_prefixes = tuple(h + " " for h in self.alias_skip) + tuple(
                h for h in self.alias_skip if h.endswith(("'", "’"))
            )
        return low in self.alias_skip or low.startswith(self._skip_prefixes)

    # ------------------------------------------------------------------ run
    def __call__(self, doc: Doc) -> Doc:
        try:
            return self._process(doc)
        except Exception as err:  # noqa: BLE001  (a rule bug must never lose the document)
            logger.exception("orbitext_entities failed on a document; base-model entities kept")
            record_component_error(doc, self.name, err)
            if GAZETTEER_GROUP not in doc.spans:
                doc.spans[GAZETTEER_GROUP] = []
            return doc

    def _process(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # Doc.text joins every token: built once per document
        family_hits = self._family_hits(text)
        marked = doc.spans[FURNITURE_GROUP] if FURNITURE_GROUP in doc.spans else []
        lines = [(s.start_char, s.end_char, s.label_) for s in marked]
        if len(self._lexemes) > 200_000:  # the vocabulary only grows: keep the table bounded
            self._lexemes.clear()
        # the token table before the splits (most documents need none, and it serves to find them)
        tokens = _Tokens(doc, text, self._lexemes)
        if self._split_tokens(doc, text, family_hits, tokens):
            tokens = _Tokens(doc, text, self._lexemes)  # token indexes are final from here on
        # splitting tokens does not move the token offsets of span groups: rebuild from chars
        rebuilt = [doc.char_span(a, b, label=label, alignment_mode="expand") for a, b, label in lines]
        doc.spans[FURNITURE_GROUP] = [s for s in rebuilt if s is not None]

        rule_spans: list[Span] = []
        label_set = set(self.labels) | {"MISC"}
        info = self.match_info
        for matcher in (self.lower_matcher, self.exact_matcher):
            for match_id, start, end in matcher(doc):
                found = info.get(match_id)
                if found is not None:
                    label, kb, key = found
                    rule_spans.append(Span(doc, start, end, label=label, kb_id=kb, span_id=key))
        for start_char, end_char, fam in family_hits:
            if fam["label"] not in label_set:
                continue
            # the family names the pattern; the referent is this one designation (Crew-7, not Crew-6)
            referent = f"{fam['id']}:{compact_key(text[start_char:end_char])}"
            referent = self.flight_qids.get(referent, referent)
            span = doc.char_span(start_char, end_char, label=fam["label"], kb_id=referent, span_id=fam["id"])
            if span is not None:
                rule_spans.append(span)
        doc.spans[GAZETTEER_GROUP] = rule_spans

        group = doc.spans[FURNITURE_GROUP] if FURNITURE_GROUP in doc.spans else []
        # CAPTION lines (a video caption about the same story) keep their names
        furniture = [(s.start, s.end) for s in group if s.label_ != "CAPTION"]
        plausible = [s for s in rule_spans if self._rule_ok(s, tokens)]
        kept = self._products(doc, self._extend_names(doc, plausible, tokens), tokens)
        context = self._context_spans(doc, tokens)
        kept = self._by_context(kept, context, tokens)
        kept = self._borrowed_names(doc, kept, context, tokens)
        chosen = _filter_spans(self._cued(doc, kept, tokens))
        # filter_spans gives disjoint spans sorted by start (so by end too): overlaps by bisection
        chosen_starts = [span.start for span in chosen]
        chosen_ends = [span.end for span in chosen]
        # one byte per token: slices test (find) and mark faster than a numpy array's
        taken = bytearray(len(doc) + 1)
        for start, end in zip(chosen_starts, chosen_ends, strict=True):
            taken[start:end] = b"\x01" * (end - start)

        # "la station Liedts" in a text with no space name is a metro or bus stop, not a space
        # station; "la station de métro Chevaleret", "la place Liedts" are places in any text
        weak_places: set[int] = set()
        space_names = sum(
            1
            for s in chosen
            if s.label in (SPACECRAFT_LABEL, MISSION_LABEL) and s.id not in self.ambiguous_id_hashes
        )
        for key, value in list(context.items()):
            if not isinstance(key, tuple):
                continue
            if value == "LOC" and self._head_before(tokens, key[0], place=True):
                weak_places.add(key[0])
            elif (
                value == "SPACECRAFT"
                and space_names < self.space_doc_anchors
                and self._head_before(tokens, key[0], weak=True)
            ):
                context[key] = context[key[0]] = "LOC"
                weak_places.add(key[0])
        # "l'estuaire du Wouri", "la base aérienne d'Edwards": a place behind a geographic head
        for start, end in self._geo_names(tokens):
            context[(start, end)] = context[start] = "LOC"
            weak_places.add(start)
        credits = self.credit_spans(text) if self.credit_spans is not None else []
        # "la mission Futura": a head saying vehicle or mission beats a gazetteer ORG/PER reading
        # a programme name after a vehicle or place head is that vehicle or place: "la capsule
        # Apollo" (the Apollo spacecraft), "le cratère Apollo"; so is a word-named mission that
        # shares its word with a vehicle ("la fusée Epsilon", not the εpsilon mission)
        # but a maker named before its vehicle stays the maker: "la fusée SpaceX", "la capsule
        # Boeing Starliner"
        final: list[Span] = [
            Span(doc, s.start, s.end, label=context[s.start], kb_id=s.kb_id, span_id=s.id)
            if s.label in (ORG_LABEL, PER_LABEL)
            and context.get(s.start) in ("SPACECRAFT", "MISSION", "MISC")
            and not (context[s.start] != "MISC" and s.id in self.maker_id_hashes)
            and not self._apposed_flyer(s, tokens)
            or s.label == MISSION_LABEL
            and context.get(s.start) in ("SPACECRAFT", "LOC")
            and (s.id in self.programme_id_hashes or s.id in self.ambiguous_id_hashes)
            else s
            for s in chosen
        ]
        # "la sonde Phoenix": a city's name behind a vehicle head (not "la station", which also
        # names metro stops) is the vehicle's, with none of the city's ids
        told = {
            tokens.span_text(s.start, s.end)
            for s in final
            if s.id in self.city_id_hashes
            and context.get(s.start) == "SPACECRAFT"
            # the head just before, not an apposition ("heure de Paris, une fusée ...")
            and self._head_before(tokens, s.start)
            and not self._head_before(tokens, s.start, weak=True)
        }
        if told:
            # and so are its bare mentions: one sense per document ("Phoenix s'est posé")
            final = [
                Span(doc, s.start, s.end, label="SPACECRAFT")
                if s.id in self.city_id_hashes and tokens.span_text(s.start, s.end) in told
                else s
                for s in final
            ]
        # a vehicle told by its head ("la fusée Vega", "le satellite Proba-V")
        told_vehicle = any(v == "SPACECRAFT" for v in context.values())
        # the base model's entities, read once (spaCy builds a Span per entity at each access)
        base_ents = doc.ents
        for fixed in self._base_pieces(doc, tokens, base_ents):
            fstart, fend = fixed.start, fixed.end
            if furniture:
                if self.drop_furniture_ents and any(a <= fstart and fend <= b for a, b in furniture):
                    continue
                # "Lire aussi", "Newsletter Sciences": the cue word that opens a furniture line
                if any(fstart == a for a, _ in furniture):
                    continue
            if taken.find(1, fstart, fend) >= 0:
                inside = chosen[bisect_right(chosen_ends, fstart) : bisect_left(chosen_starts, fend)]
                # a rule hit on the very same words (the common case): it wins, and no word is
                # left over (what _keeps_over_rules and _leftovers would find, without their walk)
                if (
                    self.overwrite_ents
                    and len(inside) == 1
                    and (inside[0].start, inside[0].end) == (fstart, fend)
                ):
                    continue
                if not self.overwrite_ents or self._keeps_over_rules(fixed, inside, tokens):
                    inner = [s for s in final if s.start < fend and fstart < s.end]
                    if len(inner) == 1 and inner[0].label == fixed.label and not fixed.kb_id_:
                        fixed = Span(doc, fstart, fend, label=fixed.label, kb_id=inner[0].kb_id_)
                    final = [s for s in final if not (s.start < fend and fstart < s.end)]
                    taken[fstart:fend] = b"\x01" * (fend - fstart)
                    final.append(fixed)
                else:
                    final.extend(self._leftovers(fixed, inside, taken, tokens))
                continue
            flabel = fixed.label
            if flabel == MISC_LABEL and credits and self._in_credit(fixed, credits):
                # photo credits name photographers and agencies: "Kit MacAvoy / SOPA Images"
                person = 1 < len(fixed) <= 3 and all(t.text[:1].isupper() and not t.is_upper for t in fixed)
                fixed = Span(doc, fstart, fend, label="PER" if person else "ORG")
                flabel = fixed.label
            label = context.get((fstart, fend)) or context.get(fstart)
            if label == "SPACECRAFT" and flabel == LOC_LABEL and self._head_before(tokens, fstart, weak=True):
                label = None
            # "la citadine Twingo", "le modèle Megane": a product head makes a consumer product
            if label and (
                flabel == MISC_LABEL
                or label in ("SPACECRAFT", "MISSION")
                or label == "MISC"
                and flabel in (ORG_LABEL, PER_LABEL)
                or fstart in weak_places
                # "le studio Pixel Chamois", "l'école Bauman": a lowercase company head
                or label == "ORG"
                and flabel in (LOC_LABEL, PER_LABEL)
                and self._lower_org_head(tokens, fstart)
            ):
                fixed = Span(doc, fstart, fend, label=label)
            elif (
                not label
                and flabel in (MISC_LABEL, PER_LABEL, ORG_LABEL)
                and " " not in (fixed_text := tokens.span_text(fstart, fend))
                and (space_names or told_vehicle)
                and self.designation_re.fullmatch(fixed_text)
                and fixed_text.split("-")[0].upper() not in self.designation_stop
            ):
                # "Alcomsat-1", "ESTCube-1", "Proba-V" in an article naming a space vehicle: a
                # name with a serial number or letter is a vehicle's designation, not a person or a
                # company
                fixed = Span(doc, fstart, fend, label="SPACECRAFT")
            taken[fstart:fend] = b"\x01" * (fend - fstart)
            final.append(fixed)
        # names the base model missed, introduced by a telling head ("la sonde Juno")
        for (start, end), label in ((k, v) for k, v in context.items() if isinstance(k, tuple)):
            if (
                label in ("SPACECRAFT", "MISSION")
                or start in weak_places
                or label == "ORG"
                and self._lower_org_head(tokens, start)
            ) and taken.find(1, start, end) < 0:
                taken[start:end] = b"\x01" * (end - start)
                final.append(Span(doc, start, end, label=label))
        # institutions written out with lowercase words, which the base model cuts or calls places
        rule_taken = bytearray(len(doc) + 1)
        for start, end in zip(chosen_starts, chosen_ends, strict=True):
            rule_taken[start:end] = b"\x01" * (end - start)
        for inst in self._institutions(doc, tokens, rule_taken, base_ents):
            # the base model's own ORG from the same head may run on over a list ("Ministère du
            # développement, de l'innovation et ..."): it stays
            if any(s.start == inst.start and s.end >= inst.end and s.label == ORG_LABEL for s in final):
                continue
            final = [s for s in final if not (s.start < inst.end and inst.start < s.end)]
            taken[inst.start : inst.end] = b"\x01" * len(inst)
            final.append(inst)
        # photographers the base model missed: "© Photo : Joel Kowsky / NASA"
        for a, b in credits:
            for m in self.credit_person_re.finditer(text, a, b):
                if m.group(1).split()[-1] in self.credit_org_words:
                    continue
                span = doc.char_span(m.start(1), m.end(1), label="PER")
                if span is not None and taken.find(1, span.start, span.end) < 0:
                    taken[span.start : span.end] = b"\x01" * len(span)
                    final.append(span)
        # "la zone de secours Hesbaye": a lowercase public body with its name
        for inst in self._named_bodies(doc, tokens):
            final = [s for s in final if not (s.start < inst.end and inst.start < s.end)]
            taken[inst.start : inst.end] = b"\x01" * len(inst)
            final.append(inst)
        # "À Redu, ...": a name opening a sentence after "À" is a place, unless the base model
        # or a rule names it otherwise ("À Google, ...")
        for start, end in self._opening_places(tokens):
            if taken.find(1, start, end) < 0:
                taken[start:end] = b"\x01" * (end - start)
                final.append(Span(doc, start, end, label="LOC"))
            else:
                final = [
                    Span(doc, start, end, label="LOC")
                    if (s.start, s.end) == (start, end) and s.label in (PER_LABEL, MISC_LABEL) and not s.id
                    else s
                    for s in final
                ]
        for span in self._bylines(doc, text):
            final = [s for s in final if not (s.start < span.end and span.start < s.end)]
            final.append(span)
        # "WASHINGTON, 2 mars (Reuters)": the base model reads a capitalised city as a body
        for m in line_matches(_DATELINE, text):  # (tried at line starts only)
            span = doc.char_span(m.start("name"), m.end("name"), label="LOC", alignment_mode="expand")
            if span is None or any(
                (s.start, s.end, s.label) == (span.start, span.end, LOC_LABEL) for s in final
            ):
                continue
            final = [s for s in final if not (s.start < span.end and span.start < s.end)]
            final.append(span)
        final = self._bracket_initials(doc, final, tokens)
        final = self._ship_names(doc, self._drop_glosses(final, tokens), tokens)
        final = self._capitals_follow(doc, self._one_sense(doc, final, context, tokens), tokens)
        # "(GFR)" closing a dispatch: the writer's initials, unless a known agency ("(AFP)")
        sign_off = _SIGN_OFF.search(text)
        if sign_off is not None:
            final = [s for s in final if s.start_char != sign_off.start(1) or bool(s.id)]
        codes = [(m.start(), m.end()) for m in line_matches(_DESK_CODES, text)] if "/" in text else []
        if codes:
            # (a known agency in the credit keeps its name: "ATS/AFP")
            final = [s for s in final if bool(s.id) or not any(a <= s.start_char < b for a, b in codes)]
        # "Baptisée ainsi par les élèves, ...": a capitalised participle opening a sentence is no one
        final = [
            s
            for s in final
            if not (
                s.label == PER_LABEL
                and len(s) == 1
                and not s.id
                and "Part" in s[0].morph.get("VerbForm")
                and s[0].lower_.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us"))
            )
        ]
        final = [s for s in final if s.label in self.label_ids]
        if self.drop_furniture_ents and furniture:
            final = self._outside_furniture(final, rule_spans, furniture)
        _set_ents(doc, _filter_spans(self._join_hyphens(doc, final, tokens)))
        return doc

    def _by_context(self, spans: list[Span], context: dict[Any, str], tokens: _Tokens) -> list[Span]:
        """Two entries on the same words ("Antares" the launcher, "Antarès" the mission): keep the
        one the head before agrees with. A vehicle entry after "programme" names the programme
        ("le programme Vostok")."""
        by_bounds: dict[tuple[int, int], list[Span]] = {}
        for s in spans:
            by_bounds.setdefault((s.start, s.end), []).append(s)
        # one sense per discourse: "la fusée Antares" ... "le premier étage d'Antares"
        sense: dict[str, str] = {}
        for (start, end), same in by_bounds.items():
            wanted = context.get(start)
            if len(same) > 1 and wanted in {o.label_ for o in same}:
                sense.setdefault(tokens.span_text(start, end), wanted)
        out = []
        for s in spans:
            same = by_bounds[(s.start, s.end)]
            if len(same) > 1:
                wanted = context.get(s.start) or sense.get(tokens.span_text(s.start, s.end))
                if wanted in {o.label_ for o in same} and s.label_ != wanted:
                    continue
            if (
                s.label == SPACECRAFT_LABEL
                and not s.id_.startswith("pattern:")
                and self._programme_before(tokens, s.start)
            ):
                s = Span(s.doc, s.start, s.end, label="MISSION", kb_id=s.kb_id, span_id=s.id)
            out.append(s)
        return out

    def _borrowed_names(
        self, doc: Doc, spans: list[Span], context: dict[Any, str], tokens: _Tokens
    ) -> list[Span]:
        """Space names borrowed by non-space things: "le restaurant Soyouz", "la start-up lyonnaise
        Spoutnik", "le bateau Soyouz, un voilier", "son application, baptisée Apollo". The head
        gives the label (ORG for businesses, MISC for products, boats, artworks) and, but for
        artworks, the same name's bare mentions elsewhere in the document follow."""
        # most documents hold no such head: one set test in C
        if self.nonspace_head_keys.isdisjoint(tokens.lower):
            return spans
        marked: dict[tuple[int, int], str] = {}
        told: dict[str, str] = {}
        for s in spans:
            if s.label not in (SPACECRAFT_LABEL, MISSION_LABEL):
                continue
            found = self._nonspace_before(tokens, s.start) or self._nonspace_after(tokens, s.end)
            if found is not None:
                marked[(s.start, s.end)] = found[0]
                if found[1]:
                    told.setdefault(tokens.span_text(s.start, s.end), found[0])
        if not marked:
            return spans
        out = []
        for s in spans:
            label = marked.get((s.start, s.end))
            if (
                label is None
                and s.label in (SPACECRAFT_LABEL, MISSION_LABEL)
                # a space head keeps its own sense: "le restaurant Soyouz ... la fusée Soyouz"
                and context.get(s.start) not in ("SPACECRAFT", "MISSION")
            ):
                label = told.get(tokens.span_text(s.start, s.end))
            out.append(s if label is None else Span(doc, s.start, s.end, label=label))
        return out

    def _nonspace_head_at(self, tokens: _Tokens, i: int) -> tuple[str, bool] | None:
        """(label, spread) of a non-space head whose last token is ``i``, else None."""
        found = self.nonspace_heads.get(tokens.lower[i])
        # lowercase, or written as listed ("SUV"): "CINÉMA" is a page kicker
        if found is None or not tokens.flags(i)[LOWER_F] and tokens.orth[i] not in self.nonspace_cased:
            return None
        for before, label, spread in found:
            first = i - len(before)
            if first >= 0 and tuple(tokens.lower[first:i]) == before:
                return label, spread
        return None

    def _complement_head(self, tokens: _Tokens, i: int) -> bool:
        """The (one-token) head at ``i`` follows "de", "du", "des", maybe with an article."""
        j = i - 1
        if j >= 0 and tokens.lower[j] in self.apposition_article_hashes:
            j -= 1
        return j >= 0 and (tokens.lower[j] in self.du_hashes or tokens.token_text(j).lower() == "des")

    def _nonspace_before(self, tokens: _Tokens, start: int) -> tuple[str, bool] | None:
        """A non-space head before the name at ``start``, over an opening quote, ", baptisée",
        lowercase adjectives and "de" + noun complements ("le groupe de rock X")."""
        lower, pos = tokens.lower, tokens.pos
        i = start - 1
        # a line break ends the head's reach ("CINÉMA" as a kicker over a title)
        while i >= 0 and (
            lower[i] in self.quote_hashes or tokens.flags(i)[SPACE_F] and "\n" not in tokens.token_text(i)
        ):
            i -= 1
        named = i >= 0 and lower[i] in self.naming_hashes
        if named:
            i -= 1
            if i >= 0 and tokens.token_text(i) == ",":
                i -= 1
        for _ in range(4):
            if i < 0 or lower[i] in self.space_adjective_hashes or lower[i] in self.space_head_hashes:
                return None
            found = self._nonspace_head_at(tokens, i)
            if found is not None:
                # "le vaisseau Crew Dragon de la société, nommé Endeavour": the participle goes
                # with a noun before the complement the head opens
                return None if named and self._complement_head(tokens, i) else found
            if not tokens.flags(i)[LOWER_F]:
                return None
            if i >= 1 and pos[i] == _NOUN and lower[i - 1] in self.de_hashes:
                i -= 2
            # adjectives, which the tagger may take for nouns ("la start-up rennaise X")
            elif pos[i] in (_ADJ, _NOUN) or lower[i] in self.adjective_hashes:
                i -= 1
            else:
                return None
        return None

    def _nonspace_after(self, tokens: _Tokens, end: int) -> tuple[str, bool] | None:
        """A non-space head in apposition after the name ending at ``end``: "Soyouz, un voilier
        de 12 mètres", "Spoutnik, une start-up lyonnaise"."""
        n = len(tokens.lower)
        if end + 2 >= n or tokens.token_text(end) != ",":
            return None
        if tokens.lower[end + 1] not in self.apposition_article_hashes:
            return None
        for i in range(end + 2, min(end + 6, n)):
            lower = tokens.lower[i]
            if lower in self.space_head_hashes or lower in self.space_adjective_hashes:
                return None
            found = self._nonspace_head_at(tokens, i)
            if found is not None:
                return found
            flags = tokens.flags(i)
            # adjectives before the head and the first pieces of a compound ("start", "-")
            if not (flags[LOWER_F] or tokens.token_text(i) == "-") or flags[STOP_F]:
                return None
        return None

    def _bracket_initials(self, doc: Doc, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """Initials in brackets right after a name are that name's, with its label: "Rocket
        Factory Augsburg (RFA)" (not the gazetteer's "RFA", West Germany), "Centre national
        d'études spatiales (CNES)". The letters must be the name's initials, in order; the
        initials' other mentions take the same label (one sense per document)."""
        n = len(doc)
        out = spans
        told: dict[str, str] = {}
        for s in spans:
            at = s.end
            if at + 2 >= n or tokens.token_text(at) != "(" or tokens.token_text(at + 2) != ")":
                continue
            short = tokens.token_text(at + 1)
            if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
                continue
            if not _initials_fit(short, tokens.span_text(s.start, s.end)):
                continue
            if any(o.start == at + 1 and o.end == at + 2 and o.label_ == s.label_ for o in out):
                continue
            told[short] = s.label_
            out = [o for o in out if not (o.start < at + 2 and at + 1 < o.end)]
            out.append(Span(doc, at + 1, at + 2, label=s.label_))
        if told:
            out = [
                Span(doc, o.start, o.end, label=told[text])
                if o.end - o.start == 1
                and (text := tokens.token_text(o.start)) in told
                and o.label_ != told[text]
                else o
                for o in out
            ]
        return out

    def _apposed_flyer(self, span: Span, tokens: _Tokens) -> bool:
        """A person who flew, set off by a comma after a vehicle head ("les occupants de la
        station, Jing Haipeng, ..."), stays a person: only a head right before names a vehicle
        after them ("la capsule Gagarine")."""
        return span.id in self.flyer_id_hashes and not self._head_before(tokens, span.start)

    def _programme_before(self, tokens: _Tokens, start: int) -> bool:
        i = start - 1
        while i >= 0 and tokens.lower[i] in self.filler_hashes:
            i -= 1
        return i >= 0 and tokens.lower[i] in self.programme_hashes

    def _products(self, doc: Doc, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """A maker followed by a model designation names the product, not the company:
        "un Airbus A321", "un Boeing 737" become one unscored MISC span."""
        out = []
        n = len(doc)
        for s in spans:
            end = s.end
            if (
                end < n
                and tokens.spacy[end - 1]
                and s.label == ORG_LABEL
                and self.product_re.fullmatch(tokens.token_text(end))
            ):
                s = Span(doc, s.start, end + 1, label="MISC", kb_id=s.kb_id, span_id=s.id)
            # "une Tesla vers Mars", "la sortie du Boeing": a vehicle maker after a determiner
            elif (
                s.label == ORG_LABEL
                and s.start > 0
                and tokens.lower[s.start - 1] in self.product_det_hashes
                and tokens.span_text(s.start, end) in self.vehicle_makers
                and not (end < n and tokens.flags(end)[TITLE_F])
            ):
                s = Span(doc, s.start, end, label="MISC", kb_id=s.kb_id, span_id=s.id)
            out.append(s)
        return out

    def _extend_names(self, doc: Doc, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """Widen a vehicle or place hit over the words that finish its name: a serial number
        ("Pléiades Neo 5", "Galileo FOC 23", "Starliner II"), a cardinal direction ("Pacifique Sud")."""
        n = len(doc)
        bounds = [(s.start, s.end) for s in spans]
        longest: dict[int, int] = {}
        for start, end in bounds:
            longest[start] = max(longest.get(start, 0), end)
        out = []
        text_of, spacy = tokens.token_text, tokens.spacy
        for s, (start, s_end) in zip(spans, bounds, strict=True):
            end = s_end
            if end < n and longest[start] == s_end and spacy[end - 1]:
                label = s.label
                if label == LOC_LABEL and text_of(end) in self.cardinals:
                    end += 1
                # "Thales Alenia Space Belgium", "Airbus Defence and Space GmbH": a subsidiary's
                # country or a legal form finishes a company's name
                elif label == ORG_LABEL and text_of(end) in self.company_suffixes:
                    end += 1
                # "l'armée de l'air italienne": the nationality finishes the lowercase name
                elif (
                    s.id in self.lowercase_ok_id_hashes
                    and tokens.flags(end)[LOWER_F]
                    and fold(text_of(end)) in self.nationalities
                ):
                    end += 1
                elif label in (SPACECRAFT_LABEL, MISSION_LABEL):
                    step = 0
                    nxt = text_of(end)
                    if self.serial_re.fullmatch(nxt):
                        step = 1
                    elif (
                        self.series_re.fullmatch(nxt)
                        and end + 1 < n
                        and spacy[end]
                        and self.serial_re.fullmatch(text_of(end + 1))
                    ):
                        step = 2
                    # "Starlink 60 satellites", "Juno 5 ans": a count, not a serial number
                    if step:
                        after = end + step
                        if not (
                            after < n
                            and tokens.flags(after)[ALPHA_F]
                            and tokens.flags(after)[LOWER_F]
                            and tokens.pos[after] in (_NOUN, _ADJ)
                        ):
                            end += step
            if end == s_end:
                out.append(s)
            else:
                # "Galileo FOC 23" is one member of the "Galileo" entry: no shared id, or the
                # canonical step would merge every member into one referent
                out.append(Span(doc, start, end, label=s.label, span_id=s.id))
        return out

    def _outside_furniture(
        self, spans: list[Span], rules: list[Span], furniture: list[tuple[int, int]]
    ) -> list[Span]:
        """Drop entities inside furniture lines, except the publisher naming itself (a media
        entry: "Suivez RT France sur Telegram")."""
        keep = {
            (r.start, r.end)
            for r in rules
            if (self.entry_by_key.get(r.id_) or {}).get("type") in self.furniture_keep_types
        }
        return [
            s
            for s in spans
            if (s.start, s.end) in keep or not any(a <= s.start and s.end <= b for a, b in furniture)
        ]

    def _cued(self, doc: Doc, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """Ambiguous entries ("Grace", "Freedom", "Vega") count only with a cue: a generic head
        just before ("la capsule Freedom"), another unambiguous space name in the sentence, or a
        cued mention of the same entry elsewhere in the document (one sense per discourse)."""
        ids = [s.id_ for s in spans]
        if self.ambiguous_ids.isdisjoint(ids):
            return spans
        cue_labels = self.cue_label_ids
        labels = [s.label for s in spans]
        flags = [
            key in self.ambiguous_ids and label in cue_labels for key, label in zip(ids, labels, strict=True)
        ]
        doubtful = [s for s, flag in zip(spans, flags, strict=True) if flag]
        if not doubtful:
            return spans
        # the parser's sentences break inside names ("... Vikram de la mission ..."): cut on
        # final punctuation and line breaks instead
        cuts = [end for _, end in _SENTENCE_END(tokens.text)]

        def sent_of(span: Span) -> int:
            return bisect_right(cuts, tokens.idx[span.start])

        anchors: dict[int, int] = {}
        for s, key, label, flag in zip(spans, ids, labels, flags, strict=True):
            entry = self.entry_by_key.get(key)
            space = (
                label in (SPACECRAFT_LABEL, MISSION_LABEL)
                if entry is None
                else (label in (SPACECRAFT_LABEL, MISSION_LABEL) or entry.get("type") in self.cue_types)
            )
            if space and not flag:
                sent = sent_of(s)
                anchors[sent] = anchors.get(sent, 0) + 1
        # a space article (several unambiguous space names) is context enough for a bare name
        space_doc = sum(anchors.values()) >= self.space_doc_anchors
        covered = bytearray(len(doc) + 1)
        for s in spans:
            covered[s.start : s.end] = b"\x01" * len(s)
        cued_ids: set[str] = set()
        bad: set[tuple[int, int]] = set()
        vehicle_ends = {
            s.end
            for s, label, flag in zip(spans, labels, flags, strict=True)
            if label == SPACECRAFT_LABEL and not flag
        }
        for s in doubtful:
            if s.id_ in self.eponym_ids:
                # each mention needs its own cue: the article goes on about the person too
                if not self._eponym_cue(tokens, s.start, vehicle_ends):
                    bad.add((s.start, s.end))
            elif self._head_before(tokens, s.start):
                cued_ids.add(s.id_)
            elif self._name_goes_on(tokens, s, covered):
                bad.add((s.start, s.end))
            elif anchors.get(sent_of(s), 0) > 0:
                cued_ids.add(s.id_)
            elif not space_doc or self._noun_before(tokens, s):
                bad.add((s.start, s.end))
        if not bad:
            return spans
        return [s for s in spans if (s.start, s.end) not in bad or s.id_ in cued_ids]

    def _eponym_cue(self, tokens: _Tokens, start: int, vehicle_ends: set[int]) -> bool:
        """A vehicle named after a person is told by a masculine article ("le Jules Verne": a
        person takes none), "baptisé", a vehicle head, or a vehicle name just before ("ATV-5
        Georges Lemaître")."""
        i = start - 1
        while i >= 0 and (tokens.lower[i] in self.quote_hashes or tokens.flags(i)[SPACE_F]):
            i -= 1
        if i < 0:
            return False
        if tokens.lower[i] in self.eponym_cue_hashes or i + 1 in vehicle_ends:
            return True
        if tokens.token_text(i) == "," and i in vehicle_ends:
            return True
        return self._head_before(tokens, start)

    def _noun_before(self, tokens: _Tokens, span: Span) -> bool:
        """A common noun just before names something else: "son vélo Freedom", "l'actrice Grace";
        in a space article a kinship noun does not ("son jumeau Opportunity")."""
        i = span.start - 1
        if i < 0 or tokens.pos[i] != _NOUN or tokens.lower[i] in self.kin_hashes:
            return False
        flags = tokens.flags(i)
        return bool(flags[LOWER_F] and not flags[STOP_F])

    @staticmethod
    def _name_goes_on(tokens: _Tokens, span: Span, covered: bytearray) -> bool:
        """A capitalised word right after makes a longer name: "Grace Kelly", "Vikram Sarabhai"."""
        i = span.end
        if i >= len(tokens.orth) or not tokens.spacy[i - 1]:
            return False
        flags = tokens.flags(i)
        return bool(flags[TITLE_F] and flags[ALPHA_F] and not covered[i] and tokens.sent_start[i] != 1)

    def _lower_org_head(self, tokens: _Tokens, start: int) -> bool:
        """A lowercase company head ("la plateforme", "le studio") just before, maybe with fillers:
        a capitalised one ("Le Quotidien de Montréal") opens a name of its own."""
        i = start - 1
        # "la start-up lyonnaise Colibri": lowercase adjectives too, as after any head
        while i >= 0 and (
            tokens.lower[i] in self.filler_hashes
            or (tokens.pos[i] == _ADJ or tokens.lower[i] in self.adjective_hashes)
            and tokens.flags(i)[LOWER_F]
        ):
            i -= 1
        return i >= 0 and tokens.flags(i)[LOWER_F] and self._head_label(tokens, i) == "ORG"

    def _head_label(self, tokens: _Tokens, i: int) -> str | None:
        """The label a head at token ``i`` gives the name after it, also for a head the
        tokenizer cut at its hyphen (``i`` is then its last piece: "up" of "start-up")."""
        label = self.context_heads.get(self.nlp.vocab.strings[tokens.lower[i]])
        compound = self.compound_heads.get(tokens.lower[i])
        if label is None and compound is not None:
            head, before = compound
            first = i - len(before)
            if first >= 0 and tuple(tokens.lower[first:i]) == before:
                return self.context_heads[head]
        return label

    def _head_before(self, tokens: _Tokens, start: int, *, weak: bool = False, place: bool = False) -> bool:
        """A generic head ("capsule", "lanceur", "mission"), maybe with fillers, just before
        (with ``weak``: one of the heads that also name places, "station"; with ``place``: a
        head that only names places, "métro", "place")."""
        i = start - 1
        lower = tokens.lower
        while i >= 0 and lower[i] in self.filler_hashes:
            i -= 1
        heads = self.place_head_hashes if place else self.weak_head_hashes if weak else self.head_lower_hashes
        return i >= 0 and lower[i] in heads

    def _join_hyphens(self, doc: Doc, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """Widen a name over capitalised parts glued to it by a hyphen: "Blackwell" in
        "Blackwell-Thompson", "Neyadi" in "Al-Neyadi"."""
        out = []
        n = len(doc)
        orth, spacy, hyphen = tokens.orth, tokens.spacy, self.hyphen_hash

        def capitalised(i: int) -> bool:
            return tokens.text[tokens.idx[i]].isupper() and tokens.flags(i)[ALPHA_F]

        # a part that is a name of its own stays apart: "Didymos-Dimorphos" is two bodies
        starts = {s.start for s in spans}
        ends = {s.end for s in spans}
        # but a place glued to a lone "person" names a place: "aéroport Montréal-Trudeau"
        lone_people = {s.start for s in spans if s.label == PER_LABEL and len(s) == 1}
        for s in spans:
            start, end = s.start, s.end
            while (
                end + 1 < n
                and orth[end] == hyphen
                and not spacy[end - 1]
                and not spacy[end]
                and capitalised(end + 1)
                and (end + 1 not in starts or s.label == LOC_LABEL and end + 1 in lone_people)
            ):
                end += 2
            while (
                start >= 2
                and orth[start - 1] == hyphen
                and not spacy[start - 1]
                and not spacy[start - 2]
                and capitalised(start - 2)
                and start - 1 not in ends
            ):
                start -= 2
            if (start, end) == (s.start, s.end):
                out.append(s)
            # "Germano-Suisse": a country glued to a combining form is a nationality noun
            elif not self._compound_demonym(fold(tokens.span_text(start, end)).lower()):
                out.append(Span(doc, start, end, label=s.label, kb_id=s.kb_id, span_id=s.id))
        return out

    def _rule_ok(self, span: Span, tokens: _Tokens) -> bool:
        """Gazetteer hits that are evidently not the name here: a lowercase descriptive phrase
        ("l'agence spatiale russe"), a lowercase common word ("les progrès"), a bare letter ("X")
        not introduced as a network ("sur X"). Lowercase vehicle and body names ("soyouz",
        "lune") stay."""
        start, end = span.start, span.end
        text = tokens.span_text(start, end)  # = span.text, without a token walk
        if len(text) == 1:
            return start > 0 and tokens.lower[start - 1] in self.one_letter_cue_hashes
        if not text.islower():
            return True
        if fold(text) in self.lowercase_stop:
            return False
        # "l'histoire spatiale suisse": a lowercase nationality adjective is never the country
        if end - start == 1 and fold(text) in self.adjective_keys:
            return False
        # "sa lune glacée", "une autre lune de Jupiter": a lowercase body word after a determiner
        # other than "la" is the common noun (any moon), not the Moon
        if end - start == 1 and span.label == LOC_LABEL:
            i = start - 1
            while i >= 0 and tokens.pos[i] == _ADJ and tokens.flags(i)[LOWER_F]:
                i -= 1
            if i >= 0 and tokens.lower[i] in self.common_determiner_hashes:
                return False
            # "la petite lune": an adjective between "la" and the word makes it the noun too
            if 0 <= i < start - 1 and tokens.lower[i] in self.la_hashes:
                return False
        return not (
            end - start > 1 and span.label == ORG_LABEL and span.id not in self.lowercase_ok_id_hashes
        )

    @staticmethod
    def _in_credit(span: Span, credits: list[tuple[int, int]]) -> bool:
        return any(a <= span.start_char and span.end_char <= b for a, b in credits)

    def _leftovers(self, base: Span, inside: list[Span], taken: bytearray, tokens: _Tokens) -> list[Span]:
        """The part of a base entity outside the rule hits it overlaps (``inside``: "NASA Kate
        Rubins" -> "Kate Rubins"), kept only when the base label differs from theirs (so it
        named that part)."""
        label = base.label_
        if label == "MISC" or any(r.label_ == label for r in inside):
            return []
        out = []
        i, end = base.start, base.end
        while i < end:
            if taken[i]:
                i += 1
                continue
            j = i
            while j < end and not taken[j]:
                j += 1
            piece = self._clean_base(base.doc, i, j, label, (base.label, 0), tokens)
            if piece is not None and (len(piece) > 1 or label == "PER"):
                taken[piece.start : piece.end] = b"\x01" * len(piece)
                out.append(piece)
            i = j
        return out

    def _keeps_over_rules(self, base: Span, inside: list[Span], tokens: _Tokens) -> bool:
        """A base entity beats the rule hits inside it (``inside``: those it overlaps) when it is
        an institution name ("Centre de contrôle ... de Pékin") or the same name with an
        adjective ("Guyane française")."""
        start, end = base.start, base.end
        if not inside or not all(
            start <= r.start and r.end <= end and r.end - r.start < end - start for r in inside
        ):
            return False
        # "Institut de recherche en astrophysique et planétologie de Toulouse": a known
        # institution, then its city, is two names
        if (
            base.label == ORG_LABEL
            and len(inside) == 2
            and inside[0].label in (ORG_LABEL, LOC_LABEL)
            and inside[0].start == start
            and inside[1].label == LOC_LABEL
            and inside[1].end == end
            and inside[1].start == inside[0].end + 1
            and tokens.lower[inside[0].end] in self.de_hashes
        ):
            return False
        if end - start >= 3 and base.label == ORG_LABEL and tokens.token_text(start) in self.keep_base_heads:
            return True
        # "Liège Airport": the airport company around its city
        if base.label == ORG_LABEL and tokens.token_text(end - 1) in self.airport_words:
            return True
        if len(inside) == 1 and inside[0].label_ == base.label_:
            rule = inside[0]
            extra = [t for t in base if not rule.start <= t.i < rule.end]
            if all(t.pos_ == "ADJ" and t.is_lower for t in extra):
                return True
            # "Terre de Feu", "Atlantique Nord": the place name goes on after the hit
            if (
                base.label == LOC_LABEL
                and rule.start == base.start
                and extra[-1].is_title
                and all(t.is_title or t.lower_ in ("de", "du") for t in extra)
            ):
                return True
            # "Dmitru Rogozine" around the surname "Rogozine": the person's fuller name
            return base.label == PER_LABEL and all(t.is_title for t in extra)
        return False

    # ------------------------------------------------------------------ helpers
    def _family_hits(self, text: str) -> list[tuple[int, int, dict[str, Any]]]:
        hits = []
        if self.family_scan is None:
            return hits
        for m in self.family_scan.finditer(text):
            group = m.lastgroup
            fam = self.family_by_group.get(group or "")
            if fam is None:
                continue
            inner = fam.get("group")
            name = f"g{group[1:]}_{inner}" if inner else group
            hits.append((m.start(name), m.end(name), fam))
        return hits

    def _split_tokens(
        self, doc: Doc, text: str, family_hits: list[tuple[int, int, dict[str, Any]]], tokens: _Tokens
    ) -> bool:
        """Split tokens so that every rule boundary falls between tokens (Chang' + e-5, SpaceX.);
        ``tokens``: the table of ``doc`` as it is. Whether the Doc was retokenized."""
        forced = {b for s, e, _ in family_hits for b in (s, e)}
        bounds = forced | self._trailing_dots(text)
        if not bounds or not len(doc):
            return False
        # a bisection per boundary in the token starts (a few per document: cheaper than numpy)
        starts, lengths = tokens.idx, tokens.length
        cuts: dict[int, list[int]] = {}
        for point in sorted(bounds):
            i = bisect_right(starts, point) - 1
            offset = point - starts[i]
            if i >= 0 and 0 < offset < lengths[i]:
                cuts.setdefault(i, []).append(offset)
        if not cuts:
            return False
        with doc.retokenize() as retokenizer:
            for i, offsets in cuts.items():
                token = doc[i]
                by_rule = forced.intersection(token.idx + o for o in offsets)
                if not by_rule and not self._may_split(token, offsets):
                    continue
                pieces, last = [], 0
                for off in sorted(set(offsets)):
                    pieces.append(token.text[last:off])
                    last = off
                pieces.append(token.text[last:])
                if any(not p or p.isspace() for p in pieces):
                    continue
                n = len(pieces)
                head = token.head if token.head.i != token.i else (token, n - 1)
                heads = [(token, n - 1)] * (n - 1) + [head]
                retokenizer.split(token, pieces, heads=heads)
        return True

    @staticmethod
    def _trailing_dots(text: str) -> set[int]:
        """The dots ``_TRAILING_DOT`` matches ("SpaceX." at a sentence end), found from the dots.

        A match holds one dot, at its end, after a run of word characters and hyphens: so each
        dot is matched or not on its own, and only a start inside the run before it can match
        it. Trying those few starts costs less than scanning the whole text.
        """
        out: set[int] = set()
        dot = text.find(".")
        if dot < 0:
            return out
        # the run before a dot, read backwards in C: ``[\w-]`` is ``isalnum()``, "_" or "-"
        backwards, size = text[::-1], len(text)
        while dot >= 0:
            after = size - dot  # where the character before the dot is in ``backwards``
            start = dot - (_WORD_RUN.match(backwards, after).end() - after)
            # \b then a word character: the run's start, or just after a hyphen in it
            begin = start
            while begin < dot:
                if _TRAILING_DOT.match(text, begin):
                    out.add(dot)
                    break
                begin = text.find("-", begin, dot) + 1  # 0: no hyphen left
                if not begin:
                    break
            dot = text.find(".", dot + 1)
        return out

    def _may_split(self, token: Any, offsets: list[int]) -> bool:
        text = token.text
        if text.endswith(".") and offsets == [len(text) - 1]:
            if len(text) == 2:
                # "sur X." at a sentence end, but not an initial ("John F. Kennedy"); "une fusée
                # Saturn V." (a Roman numeral closing a name)
                before = token.doc[token.i - 1] if token.i > 0 else None
                return before is not None and (
                    before.lower_ in self.one_letter_cues
                    or (text[0] in "IVX" and before.text[:1].isupper() and len(before.text) > 2)
                )
            # "SpaceX." but not "etc.", "J.-C." or "St."
            return (
                text[:1].isupper()
                and len(text) >= 3
                and text.count(".") == 1
                and text not in self.name_abbrevs
            )
        return True

    def _context_spans(self, doc: Doc, tokens: _Tokens) -> dict[Any, str]:
        """(start, end) and start -> label implied by a generic head in front of a name."""
        out: dict[Any, str] = {}
        if not len(doc):
            return out
        heads = self.head_hash_set
        lowers, pos = tokens.lower, tokens.pos
        strings = self.nlp.vocab.strings
        n = len(doc)
        for head in _positions(lowers, heads):
            label = self._head_label(tokens, head)
            # "spécialiste de mission Christina Koch", "chef de mission X": a bare "de" makes the
            # head a complement of a role noun, not the head of the name that follows
            if (
                label == "MISSION"
                and head >= 2
                and lowers[head - 1] in self.de_hashes
                and pos[head - 2] == _NOUN
            ):
                continue
            if label == "SPACECRAFT" and self._role_before(lowers, head):
                continue
            i = self._skip_fillers(tokens, head + 1)
            end = i
            while end < n and self._name_word(tokens, end):
                end += 1
            # "le satellite Falcon Eye 1", "la mission Virtute 1": a small serial number closes
            # the name
            if (
                label in ("SPACECRAFT", "MISSION")
                and i < end < n
                and tokens.flags(end)[DIGIT_F]
                and len(tokens.token_text(end)) <= 2
                and tokens.spacy[end - 1]
                and (end + 1 >= n or pos[end + 1] != _NOUN)
            ):
                end += 1
            if label == "SPACECRAFT":
                self._appositions(tokens, head, i, out)
            if label and end > i and not tokens.text[tokens.idx[i]].isdigit():
                head_word = strings[lowers[head]]
                # "pour les programmes habités Kenneth Bowersox" (a job title): some plural heads
                # count only before a list, "les programmes Gemini et Apollo"
                if head_word in self.list_only_heads:
                    listed: dict[Any, str] = {}
                    self._listed_names(tokens, end, label, listed)
                    if not listed:
                        continue
                    out.update(listed)
                out[(i, end)] = label
                out.setdefault(i, label)
                # a plural head governs a list: "les sondes Spirit et Opportunity"
                if head_word[-1:] in ("s", "x"):
                    self._listed_names(tokens, end, label, out)
        return out

    def _appositions(self, tokens: _Tokens, head: int, after: int, out: dict[Any, str]) -> None:
        """A name set off by commas beside a vehicle head is that vehicle: "le premier satellite
        sénégalais, GaindeSAT-1A, ..." (``after``: first token after the head's fillers) and
        "Taranis, un microsatellite de 175 kg"."""
        n = len(tokens.lower)
        if after < n and tokens.token_text(after) == ",":
            start = stop = after + 1
            while stop < n and self._apposed_word(tokens, stop):
                stop += 1
            if stop > start and (stop >= n or tokens.token_text(stop) in (",", ".", ")", ";")):
                out[(start, stop)] = "SPACECRAFT"
                out.setdefault(start, "SPACECRAFT")
        j = head - 1
        while j > 0 and tokens.pos[j] == _ADJ and tokens.flags(j)[LOWER_F]:
            j -= 1  # "Taifa-1, son premier satellite"
        if j >= 2 and tokens.lower[j] in self.apposition_det_hashes and tokens.token_text(j - 1) == ",":
            start = stop = j - 1
            while start > 0 and tokens.sent_start[start] != 1 and self._apposed_word(tokens, start - 1, True):
                start -= 1
            # "Nilesat 301": a number goes on a name but does not open one
            while start < stop and not tokens.token_text(start)[:1].isupper():
                start += 1
            # "à 14 h 51 GMT, une fusée Soyouz": a time zone after a clock time names nothing
            if start < stop and start > 0 and tokens.token_text(start - 1)[-1:].isdigit():
                start = stop
            if start < stop:
                out[(start, stop)] = "SPACECRAFT"
                out.setdefault(start, "SPACECRAFT")

    @staticmethod
    def _apposed_word(tokens: _Tokens, i: int, number: bool = False) -> bool:
        """A word of a vehicle name in apposition: capitalised, not a function word
        ("GaindeSAT-1A", "Nusantara Satu"), or with ``number`` a serial number ("301")."""
        text = tokens.token_text(i)
        if number and text.isdigit() and len(text) <= 4:
            return True
        return text[:1].isupper() and not tokens.flags(i)[STOP_F] and not tokens.flags(i)[PUNCT_F]

    def _geo_names(self, tokens: _Tokens) -> list[tuple[int, int]]:
        """(start, end) of the names after a lowercase geographic head, its adjectives and "du" /
        "de la" / "d'": "l'estuaire du Wouri", "sur la base aérienne d'Edwards" (not "sur la base
        de" with no adjective: a preposition)."""
        out: list[tuple[int, int]] = []
        n = len(tokens.lower)
        for head in _positions(tokens.lower, self.geo_head_hashes):
            if not tokens.flags(head)[LOWER_F]:
                continue
            i = head + 1
            while i < n and tokens.pos[i] == _ADJ and tokens.flags(i)[LOWER_F]:
                i += 1
            if i == head + 1 and head >= 2 and tokens.token_text(head - 2).lower() == "sur":
                continue
            # "l'estuaire du Wouri", "le champ Baleine"
            if i < n and tokens.lower[i] in self.geo_link_hashes:
                i += 1
                if i < n and tokens.lower[i] in self.la_hashes:
                    i += 1
            end = i
            while end < n and self._name_word(tokens, end) and not tokens.flags(end)[STOP_F]:
                end += 1
            if end > i:
                out.append((i, end))
        return out

    def _named_bodies(self, doc: Doc, tokens: _Tokens) -> list[Span]:
        """ORG spans for a lowercase body head of ``named_body_heads`` and the capitalised name
        after it, both kept: "la zone de secours Hesbaye", "la zone de police Bruxelles-Ixelles"."""
        out: list[Span] = []
        n = len(tokens.lower)
        for i in _positions(tokens.lower, self.body_first_hashes):
            for words in self.body_heads:
                end = i + len(words)
                if end >= n or tuple(tokens.token_text(j) for j in range(i, end)) != words:
                    continue
                stop = end
                while stop < n and self._name_word(tokens, stop) and not tokens.flags(stop)[STOP_F]:
                    stop += 1
                if stop > end:
                    out.append(Span(doc, i, stop, label="ORG"))
                break
        return out

    def _opening_places(self, tokens: _Tokens) -> list[tuple[int, int]]:
        """(start, end) of the name in a sentence that opens with "À X," ("A Redu, où ...",
        "À Saint-Hubert, ..."): a place, except a feast ("À Noël, ...")."""
        out: list[tuple[int, int]] = []
        n = len(tokens.lower)
        for i in _positions(tokens.orth, self.a_cap_hashes):
            if not (i == 0 or tokens.sent_start[i] == 1 or "\n" in tokens.token_text(i - 1)):
                continue
            end = i + 1
            while end < n and end - i <= 3 and self._name_word(tokens, end) and not tokens.flags(end)[STOP_F]:
                end += 1
            if end == i + 1 or end >= n or tokens.token_text(end) != ",":
                continue
            if tokens.span_text(i + 1, end) in self.not_places:
                continue
            out.append((i + 1, end))
        return out

    @staticmethod
    def _one_sense(doc: Doc, spans: list[Span], context: dict[Any, str], tokens: _Tokens) -> list[Span]:
        """A name a head has told a thing ("le ferry Wouri Express") keeps that sense at its other
        mentions, where the base model guessed ("Le Wouri Express doit ..."). Not vehicles: a
        cargo named after a person shares the name with the person."""
        # "la compagnie Mare Nostru ... Mare Nostru envisage": a company a head has told too
        told = {
            tokens.span_text(s.start, s.end): s.label_
            for s in spans
            if s.label in (MISC_LABEL, ORG_LABEL) and not s.id and context.get(s.start) == s.label_
        }
        if not told:
            return spans
        return [
            Span(doc, s.start, s.end, label=told[text])
            if s.label in (LOC_LABEL, ORG_LABEL, PER_LABEL, MISC_LABEL)
            and not s.id
            and (text := tokens.span_text(s.start, s.end)) in told
            else s
            for s in spans
        ]

    @staticmethod
    def _capitals_follow(doc: Doc, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """A headline in capitals ("GAINDESAT-1A : ...") names what the body names: the label of
        the same name in other letters."""
        # (Span.text joins the span's tokens on each access: the document's string is sliced)
        vehicles = {
            tokens.span_text(s.start, s.end).casefold(): s.label_
            for s in spans
            if s.label in (SPACECRAFT_LABEL, MISSION_LABEL)
        }
        if not vehicles:
            return spans
        return [
            Span(doc, s.start, s.end, label=vehicles[text.casefold()])
            if s.label in (LOC_LABEL, ORG_LABEL, PER_LABEL)
            and not s.id
            and (text := tokens.span_text(s.start, s.end)).isupper()
            and text.casefold() in vehicles
            else s
            for s in spans
        ]

    def _drop_glosses(self, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """A translation in quotes and brackets after a vehicle's name is no name of its own:
        "Tiangong («Palais céleste»)", "Queqiao («Pont des pies»)"."""
        ends = {s.end for s in spans if s.label in (SPACECRAFT_LABEL, MISSION_LABEL)}
        if not ends:
            return spans

        def before(i: int) -> int:
            i -= 1
            while i >= 0 and tokens.flags(i)[SPACE_F]:
                i -= 1
            return i

        out = []
        for s in spans:
            quote = before(s.start)
            bracket = before(quote) if quote >= 0 and tokens.lower[quote] in self.quote_hashes else -1
            if bracket >= 0 and tokens.token_text(bracket) == "(" and bracket in ends:
                continue
            out.append(s)
        return out

    def _ship_names(self, doc: Doc, spans: list[Span], tokens: _Tokens) -> list[Span]:
        """ "S.S." before a name makes a vehicle of it ("baptisé S.S. Patricia Hilliard Robertson",
        as Cygnus cargo ships are named), the prefix included."""
        prefixes = {s.start - 1 for s in spans if s.start > 0 and tokens.token_text(s.start - 1) == "S.S."}
        if not prefixes:
            return spans
        return [
            Span(doc, s.start - 1, s.end, label="SPACECRAFT") if s.start - 1 in prefixes else s for s in spans
        ]

    def _bylines(self, doc: Doc, text: str) -> list[Span]:
        """A byline in capitals (PER) on a line of its own, with the paper's name on the line
        under it (ORG): "SIMON TREMBLAY / Le Quotidien de Montréal", "Par JEAN DUPONT"."""
        out: list[Span] = []
        for m in line_matches(_BYLINE, text):  # (tried at line starts only)
            words = m.group("name").split()
            if any(self.nlp.vocab[w.lower()].is_stop for w in words):
                continue
            paper = None
            if m.end() + 1 < len(text) and text[m.end()] == "\n":
                paper = _MASTHEAD.match(text, m.end() + 1)
            if (
                paper is None
                and (not m.group("par") or m.group("title"))
                and not self._lone_caps_line(text, m)
            ):
                continue
            person = doc.char_span(m.start("name"), m.end("name"), label="PER")
            if person is None:
                continue
            out.append(person)
            if paper is not None:
                org = doc.char_span(paper.start("name"), paper.end("name"), label="ORG")
                if org is not None:
                    out.append(org)
        return out

    @staticmethod
    def _lone_caps_line(text: str, m: re.Match[str]) -> bool:
        """ "...standfirst.\n\nJULIEN PERRIARD\n\nLa sonde ...": two or three words in capitals,
        a paragraph of their own after the head of the article (a headline at least before it:
        a kicker or a masthead stands first), near its head: a byline without "Par"."""
        if m.group("title") or m.start() > max(len(text) // 3, 600) or len(text[: m.start()].strip()) < 30:
            return False  # (a kicker or a masthead stands before the headline)
        return text[max(0, m.start() - 2) : m.start()] == "\n\n" and text[m.end() : m.end() + 2] == "\n\n"

    def _listed_names(self, tokens: _Tokens, end: int, label: str, out: dict[Any, str]) -> None:
        """Label the names listed after a plural head's first one ("X, Y et Z"), up to three."""
        n = len(tokens.lower)
        for _ in range(3):
            if end + 1 >= n or tokens.token_text(end) not in (",", "et"):
                return
            start = stop = end + 1
            while stop < n and self._name_word(tokens, stop):
                stop += 1
            if stop == start:
                return
            out[(start, stop)] = label
            out.setdefault(start, label)
            end = stop

    def _skip_fillers(self, tokens: _Tokens, i: int) -> int:
        """First token after the words that may stand between a head and its name: listed
        fillers, lowercase adjectives ("le satellite toulousain X"), a "de" + lowercase noun
        complement ("le satellite d'observation X") and an opening quote ("le cargo « X »")."""
        lowers, pos, fillers, n = tokens.lower, tokens.pos, self.filler_hashes, len(tokens.lower)
        for _ in range(6):
            if i >= n:
                break
            if lowers[i] in fillers or lowers[i] in self.quote_hashes:
                i += 1
            elif lowers[i] in self.adjective_hashes and tokens.flags(i)[LOWER_F]:
                i += 1
            elif tokens.flags(i)[SPACE_F] and "\n" not in tokens.token_text(i):
                i += 1  # a no-break space after a quote; a line break ends the head's reach
            elif pos[i] == _ADJ and tokens.flags(i)[LOWER_F]:
                i += 1
            elif (
                lowers[i] in self.de_hashes
                and i + 1 < n
                and pos[i + 1] == _NOUN
                and tokens.flags(i + 1)[LOWER_F]
            ):
                i += 2
            else:
                break
        return i

    def _institutions(
        self, doc: Doc, tokens: _Tokens, rule_taken: bytearray, base_ents: tuple[Span, ...]
    ) -> list[Span]:
        """ORG spans for institution names spelt as a capitalised head, lowercase adjectives and
        noun complements, then an optional place ("l'Agence sénégalaise d'études spatiales",
        "l'Office national marocain du tourisme", "la Caisse de dépôt et placement du Québec"),
        plus the acronym in brackets right after one. Names on a rule span are left alone
        (``base_ents``: the base model's entities, which may name what follows a head)."""
        out: list[Span] = []
        n = len(tokens.orth)
        heads, links = self.institution_name_heads, self.institution_body_links
        # a hash test per token instead of a text slice: a document has few heads, often none
        orth, head_hashes = tokens.orth, self.institution_head_hashes
        candidates = _positions(orth[: n - 1], head_hashes)
        if not candidates:
            return out
        named = {e.start for e in base_ents if e.label in (PER_LABEL, LOC_LABEL)}
        for head in candidates:
            if tokens.token_text(head) not in heads:
                continue
            # a sentence-initial head may be a common noun ("Centre névralgique du projet, ...")
            if tokens.sent_start[head] == 1 or (head > 0 and tokens.orth[head - 1] in self.opener_hashes):
                continue
            j, end, content = head + 1, head + 1, False
            while j < n and j - head <= 8:
                low = tokens.token_text(j).lower()
                if low in links:
                    j += 1
                elif (
                    tokens.flags(j)[LOWER_F]
                    # "l'Agence spatiale kényane": a nationality the tagger reads otherwise
                    and (tokens.pos[j] in (_NOUN, _ADJ) or tokens.lower[j] in self.adjective_hashes)
                    and not tokens.flags(j)[STOP_F]
                ):
                    j += 1
                    end, content = j, True
                # "sud-africaine": a compound adjective the tokenizer cut at its hyphen
                elif (
                    content
                    and tokens.orth[j] == self.hyphen_hash
                    and not tokens.spacy[j - 1]
                    and not tokens.spacy[j]
                    and j + 1 < n
                    and tokens.flags(j + 1)[LOWER_F]
                ):
                    j += 1
                else:
                    break
            if not content:
                continue
            # "Centre spatial Kennedy": a known name or a person or place right after is its own
            # entity, but another capitalised word finishes the name ("Service public fédéral
            # Mobilité", "... fédéral Justice")
            if end < n and tokens.flags(end)[TITLE_F] and tokens.spacy[end - 1]:
                if rule_taken[end] or end in named:
                    continue
                end += 1
            if rule_taken.find(1, head, end) >= 0:
                continue
            # "Ministère de l'industrie, de l'innovation et ...": the name goes on past a comma
            # as a list of complements whose end the words do not tell
            if (
                end + 1 < n
                and tokens.token_text(end) == ","
                and tokens.lower[end + 1] in self.trailing_hashes
            ):
                continue
            # the place that ends the name may be a gazetteer place ("... du Québec"): it joins
            wider = self._extend_institution(tokens, head, end)
            if not (wider < n and rule_taken[wider - 1] and rule_taken[wider]):
                end = wider
            out.append(Span(doc, head, end, label="ORG"))
            # "(ASES)": the acronym the text gives the institution
            if (
                end + 2 < n
                and tokens.token_text(end) == "("
                and tokens.token_text(end + 2) == ")"
                and tokens.flags(end + 1)[UPPER_F]
                and len(tokens.token_text(end + 1)) >= 2
                and rule_taken.find(1, end + 1, end + 2) < 0
            ):
                out.append(Span(doc, end + 1, end + 2, label="ORG"))
        return out

    def _role_before(self, lowers: list[int], head: int) -> bool:
        """A crew role then "du" / "de la" just before ``head``: "le pilote du module lunaire X"
        names a person after the vehicle, not the vehicle."""
        i = head - 1
        if i >= 0 and lowers[i] in self.la_hashes:  # "de la capsule": two tokens
            i -= 1
        return i >= 1 and lowers[i] in self.du_hashes and lowers[i - 1] in self.role_hashes

    @staticmethod
    def _name_word(tokens: _Tokens, i: int) -> bool:
        if tokens.flags(i)[TITLE_F]:
            return True
        text = tokens.token_text(i)
        # all capitals ("MASCOT") or capitalised inner words ("SuperCam", "BepiColombo")
        return len(text) >= 2 and text[0].isupper() and text.isalpha()

    def _base_pieces(self, doc: Doc, tokens: _Tokens, base_ents: tuple[Span, ...]) -> list[Span]:
        """Base entities split at credit separators ("X via Y", "A / B"), cleaned, and
        relabelled PER when they repeat the surname of a person named in the document
        (``base_ents``: the base model's ``doc.ents``)."""
        pieces: list[Span] = []
        # the tests of _splits_entity inline (a method call per token cost more than they do)
        orth, split_hashes, flags = tokens.orth, self.split_hashes, tokens.flags
        for ent in base_ents:
            start, end = ent.start, ent.end
            label, ids = ent.label_, (ent.label, ent.kb_id)
            for i in range(start, end + 1):
                if i == end or orth[i] in split_hashes or flags(i)[SPACE_F] and "\n" in tokens.token_text(i):
                    if i > start:
                        fixed = self._clean_base(doc, start, i, label, ids, tokens)
                        if fixed is not None:
                            pieces.append(fixed)
                    start = i + 1
        surnames = {tokens.token_text(s.end - 1) for s in pieces if s.label == PER_LABEL and len(s) > 1}
        if surnames:
            pieces = [
                Span(doc, s.start, s.end, label="PER")
                if len(s) == 1 and s.label != PER_LABEL and tokens.token_text(s.start) in surnames
                else s
                for s in pieces
            ]
        return self._lone_places(doc, pieces, tokens)

    def _lone_places(self, doc: Doc, pieces: list[Span], tokens: _Tokens) -> list[Span]:
        """A lone capitalised word the base model read as a person is a place when no person of
        the document bears it as a name and a place word comes before it ("né à Vevey", "la piste
        de Bierset"), or the model reads it as a place elsewhere; every mention follows."""
        lone = [s for s in pieces if s.label == PER_LABEL and len(s) == 1]
        if not lone:
            return pieces
        names = {
            tokens.token_text(j)
            for s in pieces
            if s.label == PER_LABEL and len(s) > 1
            for j in range(s.start, s.end)
        }
        places = {tokens.span_text(s.start, s.end) for s in pieces if s.label == LOC_LABEL}
        for s in lone:
            word = tokens.token_text(s.start)
            if word not in names and self._place_cue(tokens, s.start):
                places.add(word)
        places -= names
        if not places.intersection(tokens.token_text(s.start) for s in lone):
            return pieces
        return [
            Span(doc, s.start, s.end, label="LOC")
            if s.label == PER_LABEL and len(s) == 1 and tokens.token_text(s.start) in places
            else s
            for s in pieces
        ]

    def _place_cue(self, tokens: _Tokens, start: int) -> bool:
        """One of ``place_cues`` ends just before ``start`` ("A Redu": a capital A is "à")."""
        words: list[str] = []
        i = start - 1
        while i >= 0 and len(words) < 2:
            if tokens.flags(i)[SPACE_F]:
                i -= 1
                continue
            word = tokens.token_text(i)
            words.insert(0, "à" if word == "A" else word.lower())
            if tuple(words) in self.place_cues:
                return True
            i -= 1
        return False

    def _splits_entity(self, tokens: _Tokens, i: int) -> bool:
        """Separators no name spans: credit slashes, "via", line breaks."""
        if tokens.orth[i] in self.split_hashes:
            return True
        return bool(tokens.flags(i)[SPACE_F] and "\n" in tokens.token_text(i))

    def _clean_base(
        self, doc: Doc, start: int, end: int, label: str, ids: tuple[int, int], tokens: _Tokens
    ) -> Span | None:
        """Trim a base-model entity (``doc[start:end]``, ``label``; ``ids``: the label's and the kb
        id's string hashes) to the name and drop it when it is not a name."""
        lower, flags = tokens.lower, tokens.flags
        articles, strip_heads = self.article_hashes, self.strip_head_hashes
        while start < end and (
            lower[start] in articles or (lower[start] in strip_heads and flags(start)[LOWER_F])
        ):
            start += 1
        while start < end and flags(start)[SPACE_F]:
            start += 1
        # "à La Tour-de-Peilz", "de La Haye": a capitalised article inside a sentence is the name's
        if (
            label == "LOC"
            and 1 < start < end
            and (
                tokens.token_text(start - 1) in ("La", "Le", "Les")
                and tokens.spacy[start - 1]
                # "ou L’Haÿ-les-Roses": the elided article is glued to the name
                or tokens.token_text(start - 1) in ("L'", "L’")
                and not tokens.spacy[start - 1]
            )
            and tokens.sent_start[start - 1] != 1
            # "Antony, Le Plessis-Robinson et Clamart": in a list of places too
            and (flags(start - 2)[LOWER_F] or tokens.token_text(start - 2) == ",")
        ):
            start -= 1
        if label == "PER" and start < end:
            # "Premier ministre" + "Moussa Traoré" as two pieces: the title first takes the name
            end = self._extend_person(tokens, end)
            # "Cyrus Ngo'o": the tokenizer cuts the name after its apostrophe
            if (
                end < len(tokens.orth)
                and tokens.token_text(end - 1).endswith(APOSTROPHES)
                and len(tokens.token_text(end - 1)) > 2
                and not tokens.spacy[end - 1]
                and tokens.flags(end)[ALPHA_F]
            ):
                end += 1
        if start < end and label in ("PER", "MISC", "ORG", "LOC") and self._titled(tokens, start):
            named = self._strip_person_title(tokens, start, end)
            # an ORG or LOC reading ("Premier ministre X" as ORG) counts only when a name follows
            if named is not None and label not in ("PER", "MISC"):
                named = named if all(flags(j)[TITLE_F] for j in range(*named)) else None
            if named is not None:
                start, end = named
                label, ids = "PER", (self.nlp.vocab.strings["PER"], 0)
        if label == "ORG" and start < end and tokens.token_text(start) in self.keep_base_heads:
            end = self._extend_institution(tokens, start, end)
        trailing = self.trailing_hashes
        while end > start and (
            (last := flags(end - 1))[PUNCT_F] or last[SPACE_F] or lower[end - 1] in trailing
        ):
            end -= 1
        if start >= end:
            return None
        text = tokens.span_text(start, end)
        # (an ASCII string has no accent to drop: most names)
        key = (text if text.isascii() else fold(text)).lower()
        if (
            key in self.stop
            or key in self.nationalities
            or key in self.demonyms
            or key in self.titles
            or "-" in key
            and self._compound_demonym(key)
        ):
            return None
        if not (text[:1].isupper() or text[:1].isdigit()):
            return None
        single = end - start == 1
        first = flags(start)
        if len(text) < 2 or first[DIGIT_F] and single:
            return None
        # "Les Poperingeois avaient attendu": a plural noun of inhabitants, not a person or a place
        if (
            single
            and start > 0
            and lower[start - 1] in self.plural_determiner_hashes
            and (label == "PER" and text[-1] in "sx" or key.endswith(self.inhabitant_endings))
        ):
            return None
        # "Après", "Ensuite": a function word the model took for a name; "l'A321": a model number
        if single and (
            first[STOP_F] or self.product_re.fullmatch(text) and sum(c.isdigit() for c in text) >= 3
        ):
            return None
        pos = tokens.pos[start]
        # (start - 1 is -1 for the first token: the last one, as doc[-1] was)
        opens = tokens.sent_start[start] == 1 or tokens.orth[start - 1] in self.opener_hashes
        if single and opens and pos in self.start_drop_pos_ids and label != "PER":
            return None
        # "Commençait alors ...", "Restaient deux sorties": an imperfect verb opening a sentence
        # before its subject is no name, whatever the model read
        if single and opens and len(text) > 5 and text.lower().endswith(("ait", "aient")):
            return None
        # "Freinée par trois parachutes", "Placé en orbite": a participle opening a sentence or
        # a line (after a blank line the token before is a whitespace run)
        if (
            single
            and label != "PER"
            and (opens or start == 0 or "\n" in tokens.token_text(start - 1))
            # "Partie pour rapporter ...": the -i participles too
            and text.lower().endswith(("é", "ée", "és", "ées", "ie", "ies"))
            and start + 1 < len(tokens.orth)
            and tokens.token_text(start + 1).lower() in self.participle_next
        ):
            return None
        # "Parlement russe", "Sénat américain": an institution head keeps its nationality adjective
        institution = (
            label != "LOC"
            and not single
            and tokens.token_text(start) in self.keep_base_heads
            and key.split()[-1] in self.nationalities
        )
        if institution:
            ids = (self.nlp.vocab.strings["ORG"], ids[1])
        elif label in ("LOC", "ORG", "MISC") and key.split()[-1] in self.nationalities:
            return None
        # "Conférence internationale": a capitalised common noun with lowercase words after it;
        # "Quatre astronautes en route": a headline opening with a number or function word
        if (
            not institution
            and not single
            and (pos == _NOUN or pos in self.start_drop_pos_ids and pos != _ADJ)
            and all(not text[tokens.idx[j] - tokens.idx[start]].isupper() for j in range(start + 1, end))
        ):
            return None
        # "Liège Airport", "Genève Aéroport": the airport company (the model may stop before the
        # last word)
        if label == "LOC" and end < len(tokens.orth) and tokens.spacy[end - 1]:
            if tokens.token_text(end) in self.airport_words:
                end += 1
                single = False
        if label == "LOC" and not single and tokens.token_text(end - 1) in self.airport_words:
            ids = (self.nlp.vocab.strings["ORG"], ids[1])
        # "diplômée de l'ECAL": an unknown acronym after an article names a body, not a place
        # (datelines in capitals, "MOSCOU (AFP)", take no article; known ones are rule spans)
        if (
            label == "LOC"
            and single
            and 2 <= len(text) <= 6
            and text.isupper()
            and text.isalpha()
            and start > 0
            and lower[start - 1] in self.acronym_article_hashes
        ):
            ids = (self.nlp.vocab.strings["ORG"], ids[1])
        return Span(doc, start, end, label=ids[0], kb_id=ids[1])

    def _compound_demonym(self, key: str) -> bool:
        """A hyphenated nationality noun ("Britanno-Américain", "Franco-Suisse"): a known
        demonym last, each part before it a demonym or its combining form ("britanno")."""
        if "-" not in key:
            return False
        *heads, last = key.split("-")
        return last in self.adjective_keys and all(
            p in self.demonym_prefixes or p in self.adjective_keys for p in heads
        )

    def _titled(self, tokens: _Tokens, start: int) -> bool:
        """Does token ``start`` open a title or role (the test :meth:`_strip_person_title` starts
        with: without one it returns None)?"""
        word = tokens.token_text(start)
        return word in self.person_abbrevs or word.lower() in self.title_words

    def _strip_person_title(self, tokens: _Tokens, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the name after a title or role ("M. Dupont", "Premier ministre Ousmane
        Sonko", "le général X"), or None when the span opens with none or holds only the title."""
        i = start
        while i < end:
            word = tokens.token_text(i)
            low = word.lower()
            if low in ("premier", "première") and (i + 1 >= end or tokens.token_text(i + 1) != "ministre"):
                break  # "Premier League" names no title
            if word in self.person_abbrevs or low in self.title_words:
                i += 1
            elif i > start and tokens.flags(i)[LOWER_F] and tokens.pos[i] == _ADJ:
                i += 1  # "le président américain X"
            else:
                break
        if i == start or i >= end or not tokens.token_text(i)[:1].isupper():
            return None
        # "Premier ministre Ousmane": the model cut the name short; its capitalised words go on
        return i, self._extend_person(tokens, end)

    def _extend_person(self, tokens: _Tokens, end: int) -> int:
        """Widen a person's name over the capitalised words right after it ("Sonko") and an
        apostrophe particle ("N'Guessan", "O'Hara")."""
        n = len(tokens.orth)
        for _ in range(3):
            if end >= n or not tokens.spacy[end - 1]:
                break
            word = tokens.token_text(end)
            if (
                len(word) == 2
                and word[0].isupper()
                and word[1] in APOSTROPHES
                and end + 1 < n
                and not tokens.spacy[end]
                and tokens.flags(end + 1)[TITLE_F]
            ):
                end += 2
            # "Armel Le Cléac'h": a name word cut after its inner apostrophe, after a particle
            elif (
                len(word) > 2
                and word[0].isupper()
                and word[-1] in APOSTROPHES
                and end + 1 < n
                and not tokens.spacy[end]
                and tokens.flags(end + 1)[ALPHA_F]
                and tokens.text[tokens.idx[end - 1]].isupper()
                and tokens.flags(end - 1)[STOP_F]
            ):
                end += 2
            elif (
                tokens.flags(end)[TITLE_F]
                and tokens.flags(end)[ALPHA_F]
                and not tokens.flags(end)[STOP_F]
                and word.lower() not in self.title_words
                and tokens.pos[end] in _NAME_POS
            ):
                end += 1
            else:
                break
        return end

    def _extend_institution(self, tokens: _Tokens, start: int, end: int) -> int:
        """Widen an institution over the place complements that finish its name ("... de
        l'Afrique de l'Ouest", "... sur le lac Léman"); ``end`` when there are none."""
        n = len(tokens.orth)
        links, geo = self.institution_links, self.institution_geo
        j = end
        while j > start + 1 and fold(tokens.token_text(j - 1)).lower() in links:
            j -= 1
        best = end
        for _ in range(3):
            k = j
            words: list[str] = []
            while k < n and len(words) < 3 and fold(tokens.token_text(k)).lower() in links:
                words.append(fold(tokens.token_text(k)).lower())
                k += 1
            # "Direction la Floride" (a headline): a complement opens with "de" or "sur"
            if not words or words[0] not in ("de", "du", "des", "d'", "d’", "sur"):
                break
            if k < n and tokens.token_text(k) in geo:
                k += 1
                if k < n and tokens.lower[k] in self.de_hashes:  # "sur le lac de Neuchâtel"
                    k += 1
            elif "sur" in words:
                break
            m = k
            while (
                m < n and tokens.flags(m)[TITLE_F] and tokens.flags(m)[ALPHA_F] and tokens.sent_start[m] != 1
            ):
                m += 1
            if m == k:
                break
            j = best = max(m, end)
        return best

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the gazetteer, families and rules so a saved pipeline carries them."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_jsonl(path / "gazetteer.jsonl", self.entries)
        write_jsonl(path / "families.jsonl", self.families)
        write_jsonl(path / "flights.jsonl", self.flights)
        rules = json.dumps(self.rules, ensure_ascii=False, indent=1)
        (path / "rules.json").write_text(rules, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        """Read back what :meth:`to_disk` wrote and recompile the matchers."""
        path = Path(path)
        return self._load_data(
            {
                "entries": list(read_jsonl(path / "gazetteer.jsonl")),
                "families": list(read_jsonl(path / "families.jsonl")),
                "flights": list(read_jsonl(path / "flights.jsonl"))
                if (path / "flights.jsonl").exists()
                else [],
                "rules": json.loads((path / "rules.json").read_text(encoding="utf-8")),
            }
        )

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The gazetteer, families, flight ids and rules as msgpack (``nlp.to_bytes``, pickling)."""
        return srsly.msgpack_dumps(
            {"entries": self.entries, "families": self.families, "flights": self.flights, "rules": self.rules}
        )

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        """Read back what :meth:`to_bytes` wrote and recompile the matchers."""
        return self._load_data(srsly.msgpack_loads(bytes_data))

    def _load_data(self, data: dict[str, Any]) -> EntityRecognizer:
        """Take saved rule data (from_disk and from_bytes); recompile only when it differs."""
        entries, families, rules = data["entries"], data["families"], data["rules"]
        flights = data.get("flights", [])
        # the factory already compiled the shipped data: recompiling it again costs seconds
        if (entries, families, flights, rules) != (self.entries, self.families, self.flights, self.rules):
            self.entries, self.families, self.flights, self.rules = entries, families, flights, rules
            self._build()
        return self


@Language.factory(
    "orbitext_entities",
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
    default_config={
        "gazetteer_paths": [],
        "families_path": "",
        "rules_path": "",
        "labels": DEFAULT_LABELS,
        "overwrite_ents": True,
        "drop_furniture_ents": True,
        "flights_path": "",
    },
)
def make_entities(
    nlp: Language,
    name: str,
    *,
    gazetteer_paths: list[str],
    families_path: str,
    rules_path: str,
    labels: list[str],
    overwrite_ents: bool,
    drop_furniture_ents: bool,
    flights_path: str,
) -> EntityRecognizer:
    """Gazetteer + designation-family entities; empty paths mean the shipped rule data
    (``flights_path``: Wikidata ids of single flights, ``models/kb/flights.jsonl``).

    ``drop_furniture_ents`` (on by default) drops names inside page furniture (share buttons,
    cookie banners, lists of other headlines), except media entries (the publisher's own name).
    """
    return EntityRecognizer(
        nlp,
        name,
        gazetteer_paths=gazetteer_paths,
        families_path=families_path,
        rules_path=rules_path,
        labels=labels,
        overwrite_ents=overwrite_ents,
        drop_furniture_ents=drop_furniture_ents,
        flights_path=flights_path,
    )
