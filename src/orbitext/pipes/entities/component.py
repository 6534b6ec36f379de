"""orbitext_entities: gazetteer and designation-family entities merged with the base NER.

Rule hits (PhraseMatcher over every gazetteer alias, regexes for designation families such
as "Soyouz MS-18" or "Crew-2") win over the base model where they overlap; base PER/LOC/ORG
entities are kept otherwise, cleaned (leading articles and generic heads stripped, cookie
words, nationality adjectives and bare titles dropped) and MISC is relabelled from the
generic head in front of it ("la sonde X" -> SPACECRAFT).
"""

from __future__ import annotations

import json
import logging
import re
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import IDX, LENGTH, LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...extensions import FURNITURE_GROUP, GAZETTEER_GROUP, record_component_error
from ...fastmatch import doc_text, first_char_guard
from ...resources import MODELS_DIR, read_jsonl, write_jsonl
from ...text import compact_key
from ...text import strip_accents as fold

DEFAULT_LABELS = ["PER", "ORG", "LOC", "SPACECRAFT", "MISSION"]
APOSTROPHES = ("'", "’")
_ARTICLE_START = re.compile(r"^(?:Le|La|Les|L['’])(?=[\s\w])")
#: a sentence-final "SpaceX." that the French tokenizer keeps as one token
_TRAILING_DOT = re.compile(r"\b[^\W\d_a-zà-ÿ](?:[\w-]*[^\W\d_])?\.(?=\s|$|[\"»”)\]])")

#: two or three capitalised words alone between credit separators: a photographer's name
_CREDIT_PERSON = (r"(?:(?<=[:/|])|(?<=\bvia))[ \t]*([A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})"
                  r"[ \t]*(?=[/|;,)]|\bvia\b|$)")
_SENTENCE_END = re.compile(r"[.!?…][\"»”)]*\s+|\n")

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
    """Read gazetteer entries; entries sharing an id are merged (first label and name win).

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
                merged += [f for f in entry.get(key) or [] if f not in merged]
                known[key] = merged
    return list(by_id.values())


class EntityRecognizer:
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
        self.titles = {fold(s).lower() for s in rules.get("titles", [])}
        self.start_drop_pos = set(rules.get("sentence_start_drop_pos", []))
        self.split_tokens = set(rules.get("split_tokens", []))
        self.lowercase_stop = {fold(s).lower() for s in rules.get("lowercase_stop", [])}
        self.one_letter_cues = set(rules.get("one_letter_cues", []))
        self.furniture_keep_types = set(rules.get("furniture_keep_types", []))
        self.cue_labels = set(rules.get("ambiguous_cue_labels", []))
        self.cue_types = set(rules.get("ambiguous_cue_types", []))
        self.space_doc_anchors = int(rules.get("space_doc_anchors", 2))
        self.credit_org_words = set(rules.get("credit_org_words", []))
        self.credit_person_re = re.compile(_CREDIT_PERSON, re.MULTILINE)
        self.product_re = re.compile(rules.get("product_regex") or r"(?!x)x")
        self.cardinals = set(rules.get("cardinal_words", []))
        self.serial_re = re.compile(rules.get("serial_regex") or r"(?!x)x")
        self.series_re = re.compile(rules.get("series_regex") or r"(?!x)x")
        credit = rules.get("credit_regex")
        self.credit_re = re.compile(first_char_guard(credit) + credit) if credit else None

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
        for terms, matcher in ((lower_terms, self.lower_matcher), (exact_terms, self.exact_matcher)):
            for key, forms in terms.items():
                ordered = sorted(forms)
                matcher.add(key, list(tokenizer.pipe(ordered)))

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
        family = r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)"
        # a first-character look-ahead: same matches, most positions rejected at once
        self.family_re = re.compile(first_char_guard(family) + family) if parts else None

        # "la sonde X": a head noun, optional adjectives, then capitalised words
        strings = vocab.strings
        self.head_hashes = numpy.array(sorted(strings.add(h) for h in self.context_heads), dtype=numpy.uint64)
        # a set test per token is cheaper than numpy.isin (which sorts) on a few hundred tokens
        self.head_hash_set = frozenset(int(h) for h in self.head_hashes)

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
        self._split_tokens(doc, text, family_hits)
        # splitting tokens does not move the token offsets of span groups: rebuild from chars
        rebuilt = [doc.char_span(a, b, label=label, alignment_mode="expand") for a, b, label in lines]
        doc.spans[FURNITURE_GROUP] = [s for s in rebuilt if s is not None]

        rule_spans: list[Span] = []
        label_set = set(self.labels) | {"MISC"}
        for matcher in (self.lower_matcher, self.exact_matcher):
            for match_id, start, end in matcher(doc):
                key = self.nlp.vocab.strings[match_id]
                entry = self.entry_by_key.get(key)
                if entry is None or entry["label"] not in label_set:
                    continue
                kb = entry.get("wikidata") or entry["id"]
                rule_spans.append(Span(doc, start, end, label=entry["label"], kb_id=kb, span_id=entry["id"]))
        for start_char, end_char, fam in family_hits:
            if fam["label"] not in label_set:
                continue
            # the family names the pattern; the referent is this one designation (Crew-7, not Crew-6)
            referent = f'{fam["id"]}:{compact_key(text[start_char:end_char])}'
            span = doc.char_span(start_char, end_char, label=fam["label"], kb_id=referent, span_id=fam["id"])
            if span is not None:
                rule_spans.append(span)
        doc.spans[GAZETTEER_GROUP] = rule_spans

        group = doc.spans[FURNITURE_GROUP] if FURNITURE_GROUP in doc.spans else []
        # CAPTION lines (a video caption about the same story) keep their names
        furniture = [(s.start, s.end) for s in group if s.label_ != "CAPTION"]
        kept = self._products(doc, self._extend_names(doc, [s for s in rule_spans if self._rule_ok(s)]))
        chosen = filter_spans(self._cued(doc, kept, text))
        taken = numpy.zeros(len(doc) + 1, dtype=bool)
        for span in chosen:
            taken[span.start : span.end] = True

        context = self._context_spans(doc)
        credits = [m.span() for m in self.credit_re.finditer(text)] if self.credit_re is not None else []
        # "la mission Futura": a head saying vehicle or mission beats a gazetteer ORG/PER reading
        final: list[Span] = [
            Span(doc, s.start, s.end, label=context[s.start], kb_id=s.kb_id_, span_id=s.id_)
            if s.label_ in ("ORG", "PER") and context.get(s.start) in ("SPACECRAFT", "MISSION", "MISC") else s
            for s in chosen
        ]
        for fixed in self._base_pieces(doc):
            if self.drop_furniture_ents and any(a <= fixed.start and fixed.end <= b for a, b in furniture):
                continue
            # "Lire aussi", "Newsletter Sciences": the cue word that opens a furniture line
            if any(fixed.start == a for a, _ in furniture):
                continue
            if taken[fixed.start : fixed.end].any():
                if not self.overwrite_ents or self._keeps_over_rules(fixed, chosen):
                    inner = [s for s in final if s.start < fixed.end and fixed.start < s.end]
                    if len(inner) == 1 and inner[0].label_ == fixed.label_ and not fixed.kb_id_:
                        fixed = Span(doc, fixed.start, fixed.end, label=fixed.label_, kb_id=inner[0].kb_id_)
                    final = [s for s in final if not (s.start < fixed.end and fixed.start < s.end)]
                    taken[fixed.start : fixed.end] = True
                    final.append(fixed)
                else:
                    final.extend(self._leftovers(fixed, chosen, taken))
                continue
            if fixed.label_ == "MISC" and credits and self._in_credit(fixed, credits):
                # photo credits name photographers and agencies: "Kit MacAvoy / SOPA Images"
                person = 1 < len(fixed) <= 3 and all(t.text[:1].isupper() and not t.is_upper for t in fixed)
                fixed = Span(doc, fixed.start, fixed.end, label="PER" if person else "ORG")
            label = context.get((fixed.start, fixed.end)) or context.get(fixed.start)
            # "la citadine Twingo", "le modèle Megane": a product head makes a consumer product
            if label and (fixed.label_ == "MISC" or label in ("SPACECRAFT", "MISSION")
                          or label == "MISC" and fixed.label_ in ("ORG", "PER")):
                fixed = Span(doc, fixed.start, fixed.end, label=label)
            taken[fixed.start : fixed.end] = True
            final.append(fixed)
        # names the base model missed, introduced by a telling head ("la sonde Juno")
        for (start, end), label in ((k, v) for k, v in context.items() if isinstance(k, tuple)):
            if label in ("SPACECRAFT", "MISSION") and not taken[start:end].any():
                taken[start:end] = True
                final.append(Span(doc, start, end, label=label))
        # photographers the base model missed: "© Photo : Joel Kowsky / NASA"
        for a, b in credits:
            for m in self.credit_person_re.finditer(text, a, b):
                if m.group(1).split()[-1] in self.credit_org_words:
                    continue
                span = doc.char_span(m.start(1), m.end(1), label="PER")
                if span is not None and not taken[span.start : span.end].any():
                    taken[span.start : span.end] = True
                    final.append(span)
        final = [s for s in final if s.label_ in label_set]
        if self.drop_furniture_ents and furniture:
            final = self._outside_furniture(final, rule_spans, furniture)
        doc.set_ents(filter_spans(self._join_hyphens(doc, final)), default="outside")
        return doc

    def _products(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A maker followed by a model designation names the product, not the company:
        "un Airbus A321", "un Boeing 737" become one unscored MISC span."""
        out = []
        for s in spans:
            nxt = doc[s.end] if s.end < len(doc) else None
            if (s.label_ == "ORG" and nxt is not None and s[-1].whitespace_
                    and self.product_re.fullmatch(nxt.text)):
                s = Span(doc, s.start, s.end + 1, label="MISC", kb_id=s.kb_id_, span_id=s.id_)
            out.append(s)
        return out

    def _extend_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Widen a vehicle or place hit over the words that finish its name: a serial number
        ("Pléiades Neo 5", "Galileo FOC 23", "Starliner II"), a cardinal direction ("Pacifique Sud")."""
        n = len(doc)
        longest: dict[int, int] = {}
        for s in spans:
            longest[s.start] = max(longest.get(s.start, 0), s.end)
        out = []
        for s in spans:
            end = s.end
            if end < n and longest[s.start] == s.end and s[-1].whitespace_:
                nxt = doc[end]
                if s.label_ == "LOC" and nxt.text in self.cardinals:
                    end += 1
                elif s.label_ in ("SPACECRAFT", "MISSION"):
                    step = 0
                    if self.serial_re.fullmatch(nxt.text):
                        step = 1
                    elif (self.series_re.fullmatch(nxt.text) and end + 1 < n and nxt.whitespace_
                          and self.serial_re.fullmatch(doc[end + 1].text)):
                        step = 2
                    after = doc[end + step] if step and end + step < n else None
                    # "Starlink 60 satellites", "Juno 5 ans": a count, not a serial number
                    if step and not (after is not None and after.is_alpha and after.is_lower
                                     and after.pos_ in ("NOUN", "ADJ")):
                        end += step
            if end == s.end:
                out.append(s)
            else:
                # "Galileo FOC 23" is one member of the "Galileo" entry: no shared id, or the
                # canonical step would merge every member into one referent
                out.append(Span(doc, s.start, end, label=s.label_, span_id=s.id_))
        return out

    def _outside_furniture(
        self, spans: list[Span], rules: list[Span], furniture: list[tuple[int, int]]
    ) -> list[Span]:
        """Drop entities inside furniture lines, except the publisher naming itself (a media
        entry: "Suivez RT France sur Telegram")."""
        keep = {(r.start, r.end) for r in rules
                if (self.entry_by_key.get(r.id_) or {}).get("type") in self.furniture_keep_types}
        return [s for s in spans if (s.start, s.end) in keep
                or not any(a <= s.start and s.end <= b for a, b in furniture)]

    def _cued(self, doc: Doc, spans: list[Span], text: str | None = None) -> list[Span]:
        """Ambiguous entries ("Grace", "Freedom", "Vega") count only with a cue: a generic head
        just before ("la capsule Freedom"), another unambiguous space name in the sentence, or a
        cued mention of the same entry elsewhere in the document (one sense per discourse)."""
        def ambiguous(span: Span) -> bool:
            entry = self.entry_by_key.get(span.id_) or {}
            return span.label_ in self.cue_labels and bool((entry.get("attrs") or {}).get("ambiguous"))

        doubtful = [s for s in spans if ambiguous(s)]
        if not doubtful:
            return spans
        # the parser's sentences break inside names ("... Vikram de la mission ..."): cut on
        # final punctuation and line breaks instead
        text = doc_text(doc) if text is None else text
        cuts = numpy.array([m.end() for m in _SENTENCE_END.finditer(text)], dtype=numpy.int64)

        def sent_of(span: Span) -> int:
            return int(numpy.searchsorted(cuts, span.start_char, side="right"))

        anchors: dict[int, int] = {}
        for s in spans:
            entry = self.entry_by_key.get(s.id_)
            space = s.label_ in ("SPACECRAFT", "MISSION") if entry is None else (
                s.label_ in ("SPACECRAFT", "MISSION") or entry.get("type") in self.cue_types)
            if space and not ambiguous(s):
                sent = sent_of(s)
                anchors[sent] = anchors.get(sent, 0) + 1
        # a space article (several unambiguous space names) is context enough for a bare name
        space_doc = sum(anchors.values()) >= self.space_doc_anchors
        covered = numpy.zeros(len(doc) + 1, dtype=bool)
        for s in spans:
            covered[s.start : s.end] = True
        cued_ids: set[str] = set()
        bad: set[tuple[int, int]] = set()
        for s in doubtful:
            if self._head_before(doc, s.start):
                cued_ids.add(s.id_)
            elif self._name_goes_on(doc, s, covered):
                bad.add((s.start, s.end))
            elif anchors.get(sent_of(s), 0) > 0:
                cued_ids.add(s.id_)
            elif not space_doc or self._noun_before(doc, s):
                bad.add((s.start, s.end))
        return [s for s in spans if (s.start, s.end) not in bad or s.id_ in cued_ids]

    @staticmethod
    def _noun_before(doc: Doc, span: Span) -> bool:
        """A common noun just before names something else: "son vélo Freedom", "l'actrice Grace"."""
        before = doc[span.start - 1] if span.start > 0 else None
        return before is not None and before.pos_ == "NOUN" and before.is_lower and not before.is_stop

    @staticmethod
    def _name_goes_on(doc: Doc, span: Span, covered: Any) -> bool:
        """A capitalised word right after makes a longer name: "Grace Kelly", "Vikram Sarabhai"."""
        after = doc[span.end] if span.end < len(doc) else None
        return (after is not None and span[-1].whitespace_ != "" and after.is_title and after.is_alpha
                and not covered[after.i] and not after.is_sent_start)

    def _head_before(self, doc: Doc, start: int) -> bool:
        """A generic head ("capsule", "lanceur", "mission"), maybe with fillers, just before."""
        i = start - 1
        while i >= 0 and doc[i].lower_ in self.context_fillers:
            i -= 1
        return i >= 0 and doc[i].lower_ in self.context_heads

    @staticmethod
    def _join_hyphens(doc: Doc, spans: list[Span]) -> list[Span]:
        """Widen a name over capitalised parts glued to it by a hyphen: "Blackwell" in
        "Blackwell-Thompson", "Neyadi" in "Al-Neyadi"."""
        out = []
        n = len(doc)
        for s in spans:
            start, end = s.start, s.end
            while (end + 1 < n and doc[end].text == "-" and not doc[end - 1].whitespace_
                   and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()
                   and doc[end + 1].is_alpha):
                end += 2
            while (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
                   and not doc[start - 2].whitespace_ and doc[start - 2].text[:1].isupper()
                   and doc[start - 2].is_alpha):
                start -= 2
            if (start, end) == (s.start, s.end):
                out.append(s)
            else:
                out.append(Span(doc, start, end, label=s.label_, kb_id=s.kb_id_, span_id=s.id_))
        return out

    def _rule_ok(self, span: Span) -> bool:
        """Gazetteer hits that are evidently not the name here: a lowercase descriptive phrase
        ("l'agence spatiale russe"), a lowercase common word ("les progrès"), a bare letter ("X")
        not introduced as a network ("sur X"). Lowercase vehicle and body names ("soyouz",
        "lune") stay."""
        text = doc_text(span.doc)[span.start_char : span.end_char]  # = span.text, without a token walk
        if len(text) == 1:
            return span.start > 0 and span.doc[span.start - 1].lower_ in self.one_letter_cues
        if not text.islower():
            return True
        if fold(text) in self.lowercase_stop:
            return False
        return not (span.label_ == "ORG" and len(span) > 1)

    @staticmethod
    def _in_credit(span: Span, credits: list[tuple[int, int]]) -> bool:
        return any(a <= span.start_char and span.end_char <= b for a, b in credits)

    def _leftovers(self, base: Span, rules: list[Span], taken: Any) -> list[Span]:
        """The part of a base entity outside the rule hits it overlaps ("NASA Kate Rubins" ->
        "Kate Rubins"), kept only when the base label differs from theirs (so it named that part)."""
        labels = {r.label_ for r in rules if r.start < base.end and base.start < r.end}
        if base.label_ in labels or base.label_ == "MISC":
            return []
        out = []
        i = base.start
        while i < base.end:
            if taken[i]:
                i += 1
                continue
            j = i
            while j < base.end and not taken[j]:
                j += 1
            piece = self._clean_base(Span(base.doc, i, j, label=base.label_))
            if piece is not None and (len(piece) > 1 or base.label_ == "PER"):
                taken[piece.start : piece.end] = True
                out.append(piece)
            i = j
        return out

    def _keeps_over_rules(self, base: Span, rules: list[Span]) -> bool:
        """A base entity beats the rule hits inside it when it is an institution name
        ("Centre de contrôle ... de Pékin") or the same name with an adjective ("Guyane française")."""
        inside = [r for r in rules if r.start < base.end and base.start < r.end]
        if not inside or not all(base.start <= r.start and r.end <= base.end and len(r) < len(base)
                                 for r in inside):
            return False
        if base.label_ == "ORG" and len(base) >= 3 and base[0].text in self.keep_base_heads:
            return True
        if len(inside) == 1 and inside[0].label_ == base.label_:
            rule = inside[0]
            extra = [t for t in base if not rule.start <= t.i < rule.end]
            if all(t.pos_ == "ADJ" and t.is_lower for t in extra):
                return True
            # "Terre de Feu", "Atlantique Nord": the place name goes on after the hit
            if base.label_ == "LOC" and rule.start == base.start and extra[-1].is_title \
                    and all(t.is_title or t.lower_ in ("de", "du") for t in extra):
                return True
            # "Dmitru Rogozine" around the surname "Rogozine": the person's fuller name
            return base.label_ == "PER" and all(t.is_title for t in extra)
        return False

    # ------------------------------------------------------------------ helpers
    def _family_hits(self, text: str) -> list[tuple[int, int, dict[str, Any]]]:
        hits = []
        if self.family_re is None:
            return hits
        for m in self.family_re.finditer(text):
            group = m.lastgroup
            fam = self.family_by_group.get(group or "")
            if fam is None:
                continue
            inner = fam.get("group")
            name = f"g{group[1:]}_{inner}" if inner else group
            hits.append((m.start(name), m.end(name), fam))
        return hits

    def _split_tokens(self, doc: Doc, text: str, family_hits: list[tuple[int, int, dict[str, Any]]]) -> None:
        """Split tokens so that every rule boundary falls between tokens (Chang' + e-5, SpaceX.)."""
        forced = {b for s, e, _ in family_hits for b in (s, e)}
        bounds = set(forced)
        for m in _TRAILING_DOT.finditer(text):
            bounds.add(m.end() - 1)
        if not bounds or not len(doc):
            return
        arr = doc.to_array([IDX, LENGTH])
        starts, lengths = arr[:, 0], arr[:, 1]
        points = numpy.array(sorted(bounds), dtype=starts.dtype)
        index = numpy.searchsorted(starts, points, side="right") - 1
        offsets = points - starts[index]
        inside = (index >= 0) & (offsets > 0) & (offsets < lengths[index])
        cuts: dict[int, list[int]] = {}
        for i, offset in zip(index[inside].tolist(), offsets[inside].tolist(), strict=True):
            cuts.setdefault(i, []).append(offset)
        if not cuts:
            return
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

    def _may_split(self, token: Any, offsets: list[int]) -> bool:
        text = token.text
        if text.endswith(".") and offsets == [len(text) - 1]:
            if len(text) == 2:
                # "sur X." at a sentence end, but not an initial ("John F. Kennedy")
                return token.i > 0 and token.doc[token.i - 1].lower_ in self.one_letter_cues
            # "SpaceX." but not "etc." or "J.-C."
            return text[:1].isupper() and len(text) >= 3 and text.count(".") == 1
        return True

    def _context_spans(self, doc: Doc) -> dict[Any, str]:
        """(start, end) and start -> label implied by a generic head in front of a name."""
        out: dict[Any, str] = {}
        if not len(doc):
            return out
        heads = self.head_hash_set
        lowers = doc.to_array([LOWER]).reshape(-1).tolist()
        n = len(doc)
        for head in [i for i, h in enumerate(lowers) if h in heads]:
            label = self.context_heads.get(doc[int(head)].lower_)
            # "spécialiste de mission Christina Koch", "chef de mission X": a bare "de" makes the
            # head a complement of a role noun, not the head of the name that follows
            if label == "MISSION" and head >= 2 and doc[int(head) - 1].lower_ in ("de", "d'", "d’") \
                    and doc[int(head) - 2].pos_ == "NOUN":
                continue
            i = int(head) + 1
            while i < n and doc[i].lower_ in self.context_fillers:
                i += 1
            end = i
            while end < n and self._name_word(doc[end]):
                end += 1
            if label and end > i and not doc[i].text[:1].isdigit():
                out[(i, end)] = label
                out.setdefault(i, label)
        return out

    @staticmethod
    def _name_word(token: Any) -> bool:
        text = token.text
        return token.is_title or (len(text) >= 2 and text.isupper() and text.isalpha())

    def _base_pieces(self, doc: Doc) -> list[Span]:
        """Base entities split at credit separators ("X via Y", "A / B"), cleaned, and
        relabelled PER when they repeat the surname of a person named in the document."""
        pieces: list[Span] = []
        for ent in doc.ents:
            start = ent.start
            for i in range(ent.start, ent.end + 1):
                if i == ent.end or self._splits_entity(doc[i]):
                    if i > start:
                        fixed = self._clean_base(Span(doc, start, i, label=ent.label_, kb_id=ent.kb_id_))
                        if fixed is not None:
                            pieces.append(fixed)
                    start = i + 1
        surnames = {s[-1].text for s in pieces if s.label_ == "PER" and len(s) > 1}
        return [Span(doc, s.start, s.end, label="PER") if len(s) == 1 and s.label_ != "PER"
                and s.text in surnames else s for s in pieces]

    def _splits_entity(self, token: Any) -> bool:
        """Separators no name spans: credit slashes, "via", line breaks."""
        return token.text in self.split_tokens or (token.is_space and "\n" in token.text)

    def _clean_base(self, span: Span) -> Span | None:
        """Trim a base-model entity to the name and drop it when it is not a name."""
        doc = span.doc
        start, end = span.start, span.end
        # each doc[i] builds a Token object: fetch every token once
        articles, strip_heads = self.articles, self.strip_heads
        while start < end:
            token = doc[start]
            lower = token.lower_
            if not (lower in articles or (token.is_lower and lower in strip_heads)):
                break
            start += 1
        while start < end and doc[start].is_space:
            start += 1
        while end > start:
            token = doc[end - 1]
            if not (token.is_punct or token.is_space or token.lower_ in ("de", "du", "des", "d'", "d’")):
                break
            end -= 1
        if start >= end:
            return None
        fixed = Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)
        text = doc_text(doc)[fixed.start_char : fixed.end_char]  # = fixed.text, without a token walk
        key = fold(text).lower()
        if key in self.stop or key in self.nationalities or key in self.titles:
            return None
        if not (text[:1].isupper() or text[:1].isdigit()):
            return None
        first = doc[start]
        single = end - start == 1
        if len(text) < 2 or first.is_digit and single:
            return None
        # "Après", "Ensuite": a function word the model took for a name; "l'A321": a model number
        if single and (first.is_stop or self.product_re.fullmatch(text)
                       and sum(c.isdigit() for c in text) >= 3):
            return None
        if single and (first.is_sent_start or doc[start - 1].text in ("\n", "«", '"', "“")):
            if first.pos_ in self.start_drop_pos and fixed.label_ != "PER":
                return None
        if fixed.label_ in ("LOC", "ORG", "MISC") and key.split()[-1] in self.nationalities:
            return None
        # "Conférence internationale": a capitalised common noun with lowercase words after it;
        # "Quatre astronautes en route": a headline opening with a number or function word
        pos = first.pos_
        if not single and (pos == "NOUN" or pos in self.start_drop_pos and pos != "ADJ") \
                and all(not t.text[:1].isupper() for t in fixed[1:]):
            return None
        return fixed

    # ------------------------------------------------------------------ serialisation
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the gazetteer, families and rules so a saved pipeline carries them."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_jsonl(path / "gazetteer.jsonl", self.entries)
        write_jsonl(path / "families.jsonl", self.families)
        rules = json.dumps(self.rules, ensure_ascii=False, indent=1)
        (path / "rules.json").write_text(rules, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        """Read back what :meth:`to_disk` wrote and recompile the matchers."""
        path = Path(path)
        return self._load_data({
            "entries": list(read_jsonl(path / "gazetteer.jsonl")),
            "families": list(read_jsonl(path / "families.jsonl")),
            "rules": json.loads((path / "rules.json").read_text(encoding="utf-8")),
        })

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The gazetteer, families and rules as msgpack (``nlp.to_bytes``, pickling)."""
        return srsly.msgpack_dumps({"entries": self.entries, "families": self.families, "rules": self.rules})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        """Read back what :meth:`to_bytes` wrote and recompile the matchers."""
        return self._load_data(srsly.msgpack_loads(bytes_data))

    def _load_data(self, data: dict[str, Any]) -> EntityRecognizer:
        """Take saved rule data (from_disk and from_bytes); recompile only when it differs."""
        entries, families, rules = data["entries"], data["families"], data["rules"]
        # the factory already compiled the shipped data: recompiling it again costs seconds
        if (entries, families, rules) != (self.entries, self.families, self.rules):
            self.entries, self.families, self.rules = entries, families, rules
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
) -> EntityRecognizer:
    """Gazetteer + designation-family entities; empty paths mean the shipped rule data.

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
    )
