"""orbitext_events: space-flight events (LAUNCH, LANDING, DOCKING, UNDOCKING, SPACEWALK).

Triggers come from one token Matcher built once from ``models/patterns/events.json`` (lemmas
and phrases with their French variants). A trigger counts only when its sentence holds a space
participant (spacecraft, astronaut, space agency, space place or a space noun), and when the
trigger-specific check of its rule passes (a plane landing, a product launch or "lancer un
appel" give nothing). Arguments are read from the trigger's dependency subtree first, then its
sentence; mentions of the same event are merged into one record.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import functools
import logging
import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LEMMA, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import ADJ, ADP, ADV, AUX, DET, NOUN, NUM, PRON, PROPN, VERB, X
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ...extensions import FURNITURE_GROUP, TRIGGER_GROUP, _span_canonical, record_component_error
from ...fastmatch import PrefilteredMatcher, doc_text, first_char_guard, line_matches, morph_values
from ...resources import MODELS_DIR, read_jsonl
from ...schema import Event
from ...symbols import (
    DEP_ACL,
    DEP_ACL_RELCL,
    DEP_ADVCL,
    DEP_ADVMOD,
    DEP_AMOD,
    DEP_APPOS,
    DEP_AUX,
    DEP_AUX_PASS,
    DEP_AUX_TENSE,
    DEP_CASE,
    DEP_CC,
    DEP_CCOMP,
    DEP_CONJ,
    DEP_DEP,
    DEP_DET,
    DEP_EXPL_SUBJ,
    DEP_FLAT_NAME,
    DEP_IOBJ,
    DEP_MARK,
    DEP_NMOD,
    DEP_NSUBJ,
    DEP_NSUBJ_PASS,
    DEP_NUMMOD,
    DEP_OBJ,
    DEP_OBL_AGENT,
    DEP_OBL_ARG,
    DEP_OBL_MOD,
    DEP_PARATAXIS,
    DEP_ROOT,
    DEP_XCOMP,
    LOC_LABEL,
    MISC_LABEL,
    MISSION_LABEL,
    ORG_LABEL,
    PER_LABEL,
    SPACECRAFT_LABEL,
)
from ..batching import BatchedPipe

logger = logging.getLogger(__name__)
RULES_FILE = "events.json"
ROLES_FILE = "missions.json"
SITE_TYPES = {"launch_site", "landing_site", "spaceport"}
# futur simple / conditionnel endings: the morphologizer often tags "rejoindra" as past
FUTURE_FORM = re.compile(r"(?:r(?:a|ai|as|ez|ons|ont)|rai(?:t|ent|s))$")
ELIDED = {"l'", "l’", "d'", "d’"}
CLAUSE_DEPS = {"acl:relcl", "advcl", "ccomp", "parataxis"}
_CLAUSE_DEP_IDS = frozenset(get_string_id(label) for label in CLAUSE_DEPS)  # as Token.dep holds them
# "BAÏKONOUR (Kazakhstan), 23 mars 2024 (AFP) - ": a wire dateline; its date is the dispatch's,
# not an event's
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ' .-]+(?:\s*\([^)\n]{1,40}\))?\s*,\s*[^\n]{3,40}?"
    r"(?:\s*\([^)\n]{1,20}\))?\s+[-–—]\s"
)
# "22h57", "9 h 05", "14:30": the time stamp heading an entry of a live blog
LIVE_STAMP = re.compile(r"\d{1,2} ?[h:] ?\d{2}")
# "02h41 — Amerrissage !": the stamp opening an entry of a live blog, on the entry's own line
LIVE_ENTRY = re.compile(r"(?m)^[ \t]*\d{1,2} ?[h:] ?\d{2}[ \t]*[—–-][ \t]")
# "Soyouz du Bocage", "Mir des Prés": a name + "du/de la/des + Name", how breeders name a horse
ANIMAL_AFFIX = re.compile(r"[ \t]+(?:du|des|de la|de l'|de l’|de|d'|d’)[ \t]*[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def _overcome(tok: Token) -> bool:
    """ "a grimpé jusqu'à 100 km, malgré une embardée qui l'a dévié de sa route": a mishap told
    inside a "malgré" / "sans" phrase (its own, or the noun its relative clause hangs on) was
    overcome, or did not happen."""
    nodes = [tok] + ([tok.head] if tok.dep in (DEP_ACL_RELCL, DEP_ACL) and tok.head.i != tok.i else [])
    return any(
        c.dep in (DEP_CASE, DEP_MARK) and c.lower_ in ("malgré", "sans") for n in nodes for c in _kids(n)
    )


def default_rules_path() -> Path:
    return MODELS_DIR / "patterns" / RULES_FILE


def load_kb_types(folder: Path | None = None) -> dict[str, str]:
    """Gazetteer id -> subkind ("station", "astronaut", ...), read from ``models/gazetteers``."""
    folder = folder or MODELS_DIR / "gazetteers"
    types: dict[str, str] = {}
    if not folder.is_dir():
        return types
    for path in sorted(folder.glob("*.jsonl")):
        try:
            for entry in read_jsonl(path):
                if entry.get("id") and entry.get("type"):
                    types[str(entry["id"])] = str(entry["type"])
                    if entry.get("wikidata"):
                        types.setdefault(str(entry["wikidata"]), str(entry["type"]))
        except (OSError, ValueError):
            continue
    # designation families ("Surveyor 1", "Luna 16", "Longue Marche 2F") give their members a kind
    families = folder.parent / "patterns" / "families.jsonl"
    if families.is_file():
        for entry in read_jsonl(families):
            if entry.get("id") and entry.get("type"):
                types[str(entry["id"])] = str(entry["type"])
    # a single flight tagged with its Wikidata id ("Vostok 3", models/kb/flights.jsonl), under
    # "flight:<id>": the kind of its designation family
    flights = folder.parent / "kb" / "flights.jsonl"
    if flights.is_file():
        for flight in read_jsonl(flights):
            kind = types.get(str(flight.get("family", "")))
            if kind and flight.get("wikidata"):
                types[f"flight:{flight['wikidata']}"] = kind
    return types


def kb_kind(kb_types: dict[str, str], kb_id: str) -> str:
    """The kind of a knowledge-base id; a designation family's member
    ("pattern:numbered-probe:surveyor1") has its family's."""
    if not kb_id:
        return ""
    found = kb_types.get(kb_id, "")
    if not found and kb_id.startswith("pattern:"):
        found = kb_types.get(":".join(kb_id.split(":", 2)[:2]), "")
    return found


def _sentences(doc: Doc) -> list[Span]:
    """Reference version of :func:`sentences` (token by token); used when a ``sents`` hook is set."""
    cuts: list[int] = []
    for sent in doc.sents:
        last = sent[-1]
        if (
            last.text in (".", "!", "?", "…", ";")
            or last.text.endswith((".", "!", "?", "»", '"', "”"))
            or (
                "\n" in last.text
                or "\n" in last.whitespace_
                or sent.end == len(doc)
                or "\n" in doc[sent.end].text
            )
        ):
            cuts.append(sent.end)
    if not cuts or cuts[-1] != len(doc):
        cuts.append(len(doc))
    # line breaks inside a parser sentence
    breaks = {m.start() for m in re.finditer(r"\n", doc_text(doc))}
    if breaks:
        starts = [t.idx for t in doc]
        for pos in sorted(breaks):
            i = bisect.bisect_right(starts, pos)
            if 0 < i < len(doc):
                cuts.append(i)
    return _spans(doc, cuts)


def lemma_set(doc: Doc, span: Span, lemmas: numpy.ndarray | None = None) -> set[str]:
    """``{t.lemma_.lower() for t in span}`` read from the lemma ids (``doc.to_array(LEMMA)``,
    pass it when asking about several spans) instead of one Token per word."""
    if lemmas is None:
        lemmas = doc.to_array(LEMMA)
    # a set of a few dozen ids: cheaper than numpy.unique on so small an array
    ids = set(lemmas[span.start : span.end].tolist())
    known = _known_strings(doc, ids, _lower_of, fold=True)
    return {known[value] for value in ids}


def _known_strings(doc: Doc, ids: set[int], known: dict[int, str], *, fold: bool) -> dict[int, str]:
    """``known`` (a string cache by hash) holding every hash of ``ids``, lower-cased if ``fold``."""
    missing = ids.difference(known)
    if missing:
        if len(known) > 500_000:  # a long run over many texts: start again rather than grow
            known.clear()
            missing = ids
        strings = doc.vocab.strings
        known.update((value, strings[value].lower() if fold else strings[value]) for value in missing)
    return known


# lower-cased string by hash (a hash of the string itself, so the same in every vocabulary):
# a dict read instead of a StringStore read and a str.lower() per lemma
_lower_of: dict[int, str] = {}
# string by hash, for hashes of strings that are their own lower case (LOWER): see _Context.words
_string_of: dict[int, str] = {}


def span_text(span: Span) -> str:
    """``span.text`` sliced from the Doc's text (spaCy rebuilds it from one Token per word)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _spans(doc: Doc, cuts: list[int]) -> list[Span]:
    out: list[Span] = []
    prev = 0
    for cut in sorted(set(cuts)):
        if cut > prev:
            out.append(Span(doc, prev, cut))  # 0 <= prev < cut <= len(doc): no slice normalising
            prev = cut
    return out


_SENT_END_MARKS = (".", "!", "?", "…", ";")
_SENT_END_TAILS = (".", "!", "?", "»", '"', "”")
# events and missions both need the sentences of the same Doc: keep the result per Doc, with a
# fingerprint of the annotations it was read from (a component in between may retokenise). Weakly
# keyed, and only token bounds are kept (a Span would keep its Doc alive): a stage-by-stage run
# (``component.pipe`` over a list) finds them as well as ``nlp.pipe``, and a freed Doc is forgotten.
_sents_memo: weakref.WeakKeyDictionary[Doc, tuple[bytes, list[tuple[int, int]]]] = weakref.WeakKeyDictionary()


def sentences(doc: Doc) -> list[Span]:
    """Sentences for argument reading: the parser's, glued back where it cut inside a sentence
    (no final mark), and cut where the text has a line break (titles, captions, paragraphs)."""
    if "sents" in doc.user_hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        return _sentences(doc)  # the hook decides, or doc.sents raises as it always did
    table = doc.to_array([SENT_START, IDX, LENGTH])
    key = table.tobytes()
    known = _sents_memo.get(doc)
    if known is not None and known[0] == key:
        return [Span(doc, start, end) for start, end in known[1]]  # no slice normalising: bounds are valid
    n = len(doc)
    text = doc_text(doc)
    idx = table[:, 1].tolist()
    length = table[:, 2].tolist()
    # the parser's sentence ends, as doc.sents yields them (token 0 always starts one)
    ends = [int(i) for i in numpy.flatnonzero(table[1:, 0] == 1).tolist()]
    ends = [i + 1 for i in ends] + [n]
    cuts: list[int] = []
    for end in ends:
        last_tok = end - 1
        word = text[idx[last_tok] : idx[last_tok] + length[last_tok]]
        # the last token's text and trailing whitespace, up to where the next token starts
        tail = text[idx[last_tok] : idx[end] if end < n else len(text)]
        if (
            word in _SENT_END_MARKS
            or word.endswith(_SENT_END_TAILS)
            or "\n" in tail
            or end == n
            or "\n" in text[idx[end] : idx[end] + length[end]]
        ):
            cuts.append(end)
    if not cuts or cuts[-1] != n:
        cuts.append(n)
    # line breaks inside a parser sentence
    if "\n" in text:
        breaks = numpy.fromiter((m.start() for m in re.finditer(r"\n", text)), dtype=numpy.int64)
        found = numpy.searchsorted(table[:, 1], breaks, side="right")
        cuts.extend(int(i) for i in found.tolist() if 0 < i < n)
    out = _spans(doc, cuts)
    _sents_memo[doc] = (key, [(sent.start, sent.end) for sent in out])
    return out


@dataclass
class Mention:
    """One trigger occurrence with the arguments read around it."""

    type: str
    status: str
    start: int  # char offsets of the trigger
    end: int
    text: str
    sent: int
    para: int
    date: tuple[str, dict] | None = None
    time: tuple[str, dict] | None = None
    weak_date: tuple[str, dict] | None = None
    weak_time: tuple[str, dict] | None = None
    place: tuple[str, dict, int] | None = None  # value, evidence, rank (lower is better)
    destination: tuple[str, dict, int] | None = None
    spacecraft: dict[str, dict] = field(default_factory=dict)
    participants: dict[str, dict] = field(default_factory=dict)
    organizations: dict[str, dict] = field(default_factory=dict)
    weak: bool = False
    split: bool = False  # one of several flights named together ("les vols de X et de Y")
    after_launch: bool = False  # "sept heures après le décollage": the launch's day
    at_site: bool = False  # "rattrapé par la tour de lancement": back where it took off
    next_time: tuple[str, dict] | None = None  # "... a décollé mercredi. Il était 4h27."
    hours_from_prev: bool = False  # "trois heures plus tôt": the day of the event just told
    crew_ref: bool = False  # "l'équipage s'est posé": the subject is the crew, unnamed
    unnamed_walker: bool = False  # "l'astronaute émirien est sorti avec X": one walker unnamed
    past_plan: bool = False  # "devait se poser sur la Lune": a plan told in the past
    outcome: bool = False  # "Le lancement a échoué.": the outcome of the event just told


# "initialement prévue le", "d'abord programmé pour le": the day first set for an event
_FIRST_PLAN = re.compile(
    r"(?:(?:initialement|d['’]abord|originellement|primitivement)\s+(?:prévue?s?|programmée?s?|fixée?s?)"
    r"|(?:prévue?s?|programmée?s?|fixée?s?)\s+(?:initialement|à\s+l['’]origine|d['’]abord))"
    r"\s+(?:pour\s+)?(?:le\s+|la\s+|l['’]|au\s+|en\s+|à\s+)?\Z",
    re.IGNORECASE,
)
# "le 20 novembre 2005, puis le 26 novembre": two days, one after the other
_THEN = re.compile(r"\s*,?\s*(?:et\s+)?puis\s*")
DIGITS = re.compile(r"\d+")
YEAR_DIGITS = re.compile(r"\b\d{4}\b")
# words opening a relative clause, whose subject may follow its verb ("où les attendaient X")
RELATIVE_WORDS = frozenset({"où", "que", "qu'", "qu’"})


# canon() is asked about the same entities many times per document (~40 reads per event):
# while a component works on a Doc it keeps the answers, keyed by span (see canon_scope)
_canon_memo: tuple[Doc | None, dict[tuple[int, int, int], Any]] = (None, {})
# doc.ents of the Doc in scope (see _doc_ents)
_scope_ents: tuple[Span, ...] | None = None
# the answers per Doc, so that missions reuses those events found: weakly keyed (a freed Doc is
# forgotten), with a fingerprint of all canon() reads (tokens, entities, canonical names) so that
# a change of annotations between two components starts afresh
_canon_answers: weakref.WeakKeyDictionary[Doc, tuple[bytes, dict[str, str], dict]] = (
    weakref.WeakKeyDictionary()
)


def canon_scope(doc: Doc | None) -> None:
    """Start (``doc``) or end (``None``) memoising :func:`canon` for one component call."""
    global _canon_memo, _scope_ents, _scope_names
    _scope_ents = None
    _scope_names = None
    _item_memo.clear()
    _kids_memo.clear()
    _subtree_memo.clear()
    _morph_memo.clear()
    _scope_tokens.clear()
    _char_token_memo.clear()
    if doc is None:
        _canon_memo = (None, {})
        return
    table = doc.to_array([ORTH, ENT_IOB, ENT_TYPE, ENT_KB_ID]).tobytes()
    names = dict(doc._.orbitext_canonicals or {})
    known = _canon_answers.get(doc)
    if known is not None and known[0] == table and known[1] == names:
        memo = known[2]
    else:
        memo = {}
        _canon_answers[doc] = (table, names, memo)
    _canon_memo = (doc, memo)
    # ent._.canonical is read from this table while the extension is ours (see _canonical_name)
    _scope_names = names if Span.get_extension("canonical")[2] is _span_canonical else None


# answers of pure checks of one token or entity (see _per_item), while a component works on a Doc
_item_memo: dict[tuple, bool] = {}


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    """One case-blind regex for whole words or phrases (either apostrophe, any spacing). The
    phrases are grouped by first letter, each group behind a look-ahead for it: at a word start
    ``re`` tries one group instead of every phrase (a text holds a match exactly when the plain
    alternation finds one; callers only ask whether it does)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        part = re.sub(r"['’]", "['’]", re.escape(phrase)).replace(r"\ ", r"\s+")
        groups.setdefault(phrase[:1].lower().replace("’", "'"), []).append(part)
    alternations = [f"(?:{'|'.join(group)})" for group in groups.values()]
    body = "|".join(first_char_guard(alt, re.IGNORECASE) + alt for alt in alternations)
    whole = rf"(?<!\w)(?:{body})(?!\w)"
    return re.compile(first_char_guard(whole, re.IGNORECASE) + whole, re.IGNORECASE)


def _per_item(method: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    """Memoise ``method(self, tok_or_ent)``, a check that reads only that token or entity, its Doc
    and the rule data, while a component works on the Doc (reset by canon_scope): the trigger
    checks ask about the same entities and verbs again for every trigger of a sentence."""
    name = method.__name__

    @functools.wraps(method)
    def memoised(self: Any, item: Any) -> bool:
        if _canon_memo[0] is not item.doc:
            return method(self, item)
        if isinstance(item, Token):
            key: tuple = (name, id(self), item.i)
        else:
            key = (name, id(self), item.start, item.end, item.label, item.kb_id)
        found = _item_memo.get(key)
        if found is None:
            found = _item_memo[key] = method(self, item)
        return found

    return memoised


# children of the tokens of the Doc in scope, by token index (see _kids)
_kids_memo: dict[int, tuple[Token, ...]] = {}


def _kids(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``, read once per token while a component works on its Doc (reset by
    canon_scope): the checks ask about the same verbs' dependents for every trigger, and each
    read builds a generator and a Token per child."""
    if _canon_memo[0] is not tok.doc:
        return tuple(tok.children)
    found = _kids_memo.get(tok.i)
    if found is None:
        found = _kids_memo[tok.i] = tuple(tok.children)
    return found


# subtree token indices of the tokens of the Doc in scope, by token index (see _subtree_ids)
_subtree_memo: dict[int, tuple[int, ...]] = {}


def _subtree_ids(tok: Token) -> tuple[int, ...]:
    """``tuple(t.i for t in tok.subtree)``, read once per token while a component works on its
    Doc: every trigger of a sentence asks which clauses are nested under its own."""
    if _canon_memo[0] is not tok.doc:
        return tuple(t.i for t in tok.subtree)
    found = _subtree_memo.get(tok.i)
    if found is None:
        found = _subtree_memo[tok.i] = tuple(t.i for t in tok.subtree)
    return found


# the Tokens of the Doc in scope, made on first need (see _toks)
_scope_tokens: list[Token] = []


# the first word of a French negation ("ne ... pas"), as the tokenizer writes it
_NE = frozenset({"ne", "n'", "n’"})

# where a clock given again in another time zone ends: "(11 h 03 GMT mercredi)", ", soit 4h06 ce mardi,"
_CLAUSE_STOP = re.compile(r"[),;.]")


def _family(name: str) -> str:
    """The first word of a vehicle name: "Soyouz-2.1a" and "Soyouz" are one family of rockets."""
    return re.split(r"[\s\-]", name.lower(), maxsplit=1)[0]


def _toks(doc: Doc | Span, start: int, stop: int) -> list[Token]:
    """``list(doc[start:stop])`` (same bounds rules) from one list of the scope Doc's Tokens: the
    checks read short windows around every trigger, and each slice builds a Span in Python."""
    n = len(doc)
    if start < 0:
        start += n
    start = min(n, max(0, start))
    if stop < 0:
        stop += n
    stop = min(n, max(start, stop))
    if _canon_memo[0] is not doc:
        return [doc[i] for i in range(start, stop)]
    if not _scope_tokens:
        _scope_tokens.extend(doc)
    return _scope_tokens[start:stop]


# first token of char ranges of the Doc in scope, by (start, end) (see _start_token)
_char_token_memo: dict[tuple[int, int], int] = {}


def _start_token(doc: Doc, start: int, end: int) -> int:
    """The first token of ``doc.char_span(start, end, alignment_mode="expand")`` (-1 when there is
    none), read once per range while a component works on the Doc: every trigger of a sentence
    asks about the same dates, and each read builds a Span."""
    key = (start, end)
    found = _char_token_memo.get(key) if _canon_memo[0] is doc else None
    if found is None:
        span = doc.char_span(start, end, alignment_mode="expand")
        found = span.start if span is not None else -1
        if _canon_memo[0] is doc:
            _char_token_memo[key] = found
    return found


def _tok(doc: Doc, i: int) -> Token:
    """``doc[i]`` from the scope Doc's list of Tokens (see _toks): a Token is built per read."""
    if _canon_memo[0] is not doc:
        return doc[i]
    if not _scope_tokens:
        _scope_tokens.extend(doc)
    return _scope_tokens[i]


# morph.get answers of the tokens of the Doc in scope, by (token index, field) (see _morph)
_morph_memo: dict[tuple[int, str], list[str]] = {}


def _morph(tok: Token, field: str) -> list[str]:
    """``tok.morph.get(field)``, read once per token and field while a component works on its Doc
    (a MorphAnalysis and a parse of its string per read). Callers only read the list."""
    if _canon_memo[0] is not tok.doc:
        return tok.morph.get(field)
    key = (tok.i, field)
    found = _morph_memo.get(key)
    if found is None:
        found = _morph_memo[key] = morph_values(tok, field)
    return found


# the Doc's canonical-name table, copied by canon_scope (None: read the extension)
_scope_names: dict[str, str] | None = None


def _canonical_name(ent: Span) -> str:
    """``ent._.canonical`` (what orbitext's getter returns), read from the table canon_scope
    copied: the extension costs two Underscore objects and a ``Span.text`` per read."""
    if _scope_names is None or _canon_memo[0] is not ent.doc:
        return ent._.canonical
    return _scope_names.get(f"{ent.start_char}:{ent.end_char}", span_text(ent))


def _doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once per component call (spaCy builds the spans anew on each read)."""
    global _scope_ents
    if _canon_memo[0] is not doc:
        return doc.ents
    if _scope_ents is None:
        _scope_ents = doc.ents
    return _scope_ents


def canon(ent: Span) -> str:
    """The entity's canonical name, unless it plainly names another referent: "Crew-7" read as
    "Crew-6", "Soyouz MS-22" as "MS-23" (other numbers), a person with no word in common."""
    memo_doc, memo = _canon_memo
    if memo_doc is not None and memo_doc is ent.doc:
        key = (ent.start, ent.end, ent.label)
        found = memo.get(key)
        if found is None:
            found = memo[key] = _canon(ent)
        return found
    return _canon(ent)


_ARTICLES = frozenset({"le", "la", "l'", "l’", "ce", "cette", "du", "au"})


def _canon(ent: Span) -> str:
    text = span_text(ent)  # ent.text, without a Token per word
    name = _canonical_name(ent) or text
    if name == text:
        if ent.label == SPACECRAFT_LABEL and ent.start > 0 and not DIGITS.search(name):
            return _family_member(ent, name)
        return name
    if DIGITS.findall(text) and DIGITS.findall(text) != DIGITS.findall(name):
        return text
    if ent.label == PER_LABEL and not ent.kb_id_:
        words = {w.strip('"«»“”').lower() for w in name.split()}
        if not words & {w.strip('"«»“”').lower() for w in text.split()}:
            return text
    return name


def _family_member(ent: Span, name: str) -> str:
    """ "Le vaisseau Progress MS-25 ... Arrivé le 17 février, le Progress avait livré": a bare family
    name with an article points back to the last member of the family named before."""
    if ent.doc[ent.start - 1].lower_ not in _ARTICLES:
        return name
    prefix = name.lower()
    for other in reversed(_doc_ents(ent.doc)):
        if other.start >= ent.start or other.label != SPACECRAFT_LABEL:
            continue
        full = _canonical_name(other) or span_text(other)
        if full.lower().startswith((prefix + " ", prefix + "-")) and DIGITS.search(full):
            return full
    return name


def _ev(span: Span | Token) -> dict[str, Any]:
    if isinstance(span, Token):
        return {"start": span.idx, "end": span.idx + len(span.text), "text": span.text}
    return {"start": span.start_char, "end": span.end_char, "text": span_text(span)}


# the words that open a subordinate clause: "lorsque", or "que" after "avant", "alors" ...
_WHEN_WORDS = frozenset({"lorsque", "lorsqu'", "lorsqu’"})
_THAT_WORDS = frozenset({"que", "qu'", "qu’"})
_SUBORDINATE_OPENERS = _WHEN_WORDS | _THAT_WORDS
_TIMED_FROM = frozenset({"après", "avant"})
# the words that may sit between "sans" (or "sauf") and the event word: "sans pouvoir s'y poser",
# "sauf l'alunissage"
_BETWEEN_SANS_AND_VERB = frozenset(
    {"pouvoir", "parvenir", "réussir", "à", "se", "s'", "s’", "y", "en", "l'", "l’", "le", "la"}
)
# a date told by its weekday alone ("devait être arrimé mardi"), see _doomed_dockings
_WEEKDAY_NAMES = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
# "Le décollage", "Cet amarrage est de fait annulé": determiners that point back to an event told
_BACK_POINTING_DETS = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})
# "huit heures après la séparation", "deux heures après l'amarrage"
_AFTER_DOCKING_STEP = re.compile(
    r"après (?:la |le |l['’])\s*(?:séparation|désamarrage|amarrage|arrimage|largage)\b"
)


def _in_turn(tok: Token) -> bool:
    """ "à son tour", "à leur tour" (in turn): the idiom, not a tower."""
    return (
        tok.lower_ == "tour"
        and tok.i >= 2
        and tok.doc[tok.i - 2].lower_ == "à"
        and tok.doc[tok.i - 1].pos == DET
    )


def _lap(tok: Token) -> bool:
    """ "dès le premier tour", "un tour de la Terre": the masculine "tour" (a lap, a turn), not
    the feminine tower of a launch pad."""
    if tok.lower_ != "tour":
        return False
    before = tok.doc[max(0, tok.i - 2) : tok.i]
    return _in_turn(tok) or any(t.pos in (DET, ADJ) and "Masc" in t.morph.get("Gender") for t in before)


def _tower_word(tok: Token, tower_nouns: set[str]) -> bool:
    """A word for a launch tower ("tour", "pylône"), not the lap of "le premier tour"."""
    return (tok.lemma_.lower() in tower_nouns or tok.lower_ in tower_nouns) and not _lap(tok)


def _nested_clause(tok: Token) -> bool:
    """``tok`` heads a clause of its own under its head; not a verbless name the parser hung as
    one ("Le 26 août 1978, à 14 h 51 GMT, une fusée s'élevait": "GMT" read as an adverbial clause)."""
    if tok.dep not in _CLAUSE_DEP_IDS:
        return False
    return tok.pos != PROPN or any(t.pos in (VERB, AUX) for t in tok.subtree)


def _guess_contradicted(event: dict[str, Any], m: Mention) -> bool:
    """The day told for one side contradicts the day guessed (from the sentence before) for the
    other."""
    pairs = ((event["date"], m.weak_date), (m.date, event["weak_date"]))
    return any(
        told and guess and not (event["date"] and m.date) and not _dates_compatible(told[0], guess[0])
        for told, guess in pairs
    )


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


# "la nuit de vendredi à samedi", "la nuit du 4 au 5": a night across two days ("la nuit" alone
# is the day told)
_NIGHT_SPAN = re.compile(r"nuit\s+d(?:e|u)\s.*\s(?:à|au)\s", re.IGNORECASE)


def _night_apart(a: tuple[str, dict] | None, b: tuple[str, dict] | None) -> bool:
    """ "dans la nuit de dimanche à lundi" and "lundi à 1h24": two days a night joins."""
    if not a or not b or len(a[0]) != 10 or len(b[0]) != 10:
        return False
    if "nuit" not in (a[1].get("text", "") + b[1].get("text", "")).lower():
        return False
    try:
        gap = abs(dt.date.fromisoformat(a[0]) - dt.date.fromisoformat(b[0]))
    except ValueError:
        return False
    return gap == dt.timedelta(days=1)


def _day_range(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a date value can mean ("2009-12": the whole of December)."""
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            return day, day
        if len(value) == 7:
            first = dt.date.fromisoformat(value + "-01")
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        year = int(value[:4])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def _within(start: str | None, end: str | None, days: int) -> bool:
    """Whether ``end`` can fall from zero to ``days`` days after ``start`` (unknown dates can)."""
    a, b = _day_range(start or ""), _day_range(end or "")
    if a is None or b is None:
        return True
    return (b[1] - a[0]).days >= 0 and (b[0] - a[1]).days <= days


def _months_after(value: str, anchor: str) -> int:
    """Whole months from ``anchor`` to ``value`` (ISO prefixes; 0 when either has no month)."""
    if len(value) < 7 or len(anchor) < 7 or not (value[:4] + value[5:7] + anchor[:4] + anchor[5:7]).isdigit():
        return 0
    return (int(value[:4]) - int(anchor[:4])) * 12 + int(value[5:7]) - int(anchor[5:7])


class EventExtractor(BatchedPipe):
    """Find space-flight event triggers, fill their slots, merge mentions into events."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        rules_path: str | None = None,
        lookback_sentences: int = 8,
        place_window: int = 30,
        keep_triggers: bool = False,
    ) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.keep_triggers = keep_triggers
        self.lookback_sentences = lookback_sentences
        self.place_window = place_window
        path = Path(rules_path) if rules_path else default_rules_path()
        rules = srsly.read_json(path)
        roles_path = path.parent / ROLES_FILE
        roles = srsly.read_json(roles_path) if roles_path.exists() else {"role_nouns": []}
        self._set_rules(rules, roles, load_kb_types())

    # -- rule data -------------------------------------------------------------------------
    def _set_rules(self, rules: dict[str, Any], roles: dict[str, Any], kb_types: dict[str, str]) -> None:
        self.rules = rules
        self.roles = roles
        self.kb_types = kb_types
        self._types_by_hash: dict[int, str] = {}  # _type's answers, by kb id hash
        self._surname_memo: tuple[Doc | None, dict[str, str]] = (None, {})
        # same matches as spacy's Matcher, ~9x faster: it only runs where a trigger can start
        self.matcher = PrefilteredMatcher(self.vocab)
        self.trigger_rules: dict[str, dict[str, Any]] = {}
        # the lemmas that open a strong LAUNCH trigger ("décoller", "lancement", "partir" ...)
        self.launch_lemmas: set[str] = set()
        for rule in rules["triggers"]:
            self.matcher.add(rule["id"], [rule["pattern"]])
            self.trigger_rules[rule["id"]] = rule
            first = rule["pattern"][0].get("LEMMA")
            if rule["type"] == "LAUNCH" and not rule.get("weak") and first is not None:
                self.launch_lemmas.update(first.get("IN", []) if isinstance(first, dict) else [first])
        self.space_lemmas = set(rules["space_lemmas"])
        self.space_words = self.space_lemmas | {"espace"}  # the lemmas _space_token may accept
        self.space_lemma_ids = numpy.array(
            sorted({self.vocab.strings.add(w) for w in self.space_lemmas}), dtype=numpy.uint64
        )
        self.space_org_types = set(rules["space_org_types"])
        self.space_org_names = {n.lower() for n in rules["space_org_names"]}
        self.space_per_types = set(rules["space_per_types"])
        self.space_loc_types = set(rules["space_loc_types"])
        self.station_types = set(rules["station_types"])
        self.station_names = {n.lower() for n in rules["station_names"]}
        self.launcher_types = set(rules["launcher_types"])
        self.non_flyer_per_types = set(rules.get("non_flyer_per_types", []))
        self.non_flyer_doc_types = set(rules.get("non_flyer_doc_types", []))
        self.flown_officials = {n.lower() for n in rules.get("flown_officials", [])}
        withdrawn = rules.get("withdrawn_lemmas", {})
        self.withdrawn_lemmas: dict[int, tuple[str, str]] = {
            self.vocab.strings.add(lemma): (lemma, how) for lemma, how in withdrawn.items()
        }
        self._withdrawn_ids = numpy.array(sorted(self.withdrawn_lemmas), dtype="uint64")
        self.non_space_craft_types = set(rules.get("non_space_craft_types", []))
        self.uncrewed_types = set(rules.get("uncrewed_craft_types", []))
        # flown up empty, then met by a crew ("une fusée Atlas avait lancé leur cible, un étage Agena")
        self.uncrewed_launch_types = frozenset(rules.get("uncrewed_launch_types", []))
        self.relief_nouns = frozenset(rules.get("relief_nouns", []))
        openers = rules.get("byline_openers", [])
        self._byline = (
            re.compile(rf"(?i)(?:{'|'.join(re.escape(o) for o in openers)})\s+\S+(?:\s+\S+){{0,5}}\s*")
            if openers
            else None
        )
        departures = rules.get("departure_nouns", [])
        self._after_departure = (
            re.compile(
                r"(?i)\b(?:minutes?|heures?)\s+(?:plus\s+tard\s+)?après\s+(?:son|sa|leur|le|l['’])\s*"
                rf"(?:{'|'.join(map(re.escape, departures))})\b"
            )
            if departures
            else None
        )
        self.uncrewed_names = tuple(n.lower() for n in rules.get("uncrewed_craft_names", []))
        self.non_space = set(rules["non_space_complements"])
        self.non_space_heads = set(rules["non_space_heads"])
        self.spectator_heads = set(rules["spectator_heads"])
        self.generic_craft: dict[str, str] = rules["generic_craft"]
        status = rules["status"]
        self.planned_lemmas = set(status["planned_lemmas"])
        self.planned_blockers = set(status["planned_blockers_before"])
        self.planned_heads = set(status.get("planned_heads", []))
        self.cancelled_lemmas = set(status["cancelled_lemmas"])
        self.failed_lemmas = set(status["failed_lemmas"])
        self.failed_verbs = set(status.get("failed_verbs", []))
        self.failed_docking_lemmas = set(status.get("failed_docking_lemmas", []))
        self.place_blockers = set(rules.get("place_blockers", []))
        self.host_subject_verbs = set(rules.get("host_subject_verbs", []))
        self.host_object_verbs = set(rules.get("host_object_verbs", []))
        self.host_verbs = self.host_subject_verbs | self.host_object_verbs
        self.flight_compound_heads = set(rules.get("flight_compound_heads", []))
        self.lost_verbs = set(rules.get("lost_verbs", []))
        self.aim_verbs = set(rules.get("aim_verbs", []))
        self.plan_verbs = set(rules.get("plan_verbs", []))
        self.aim_or_plan_verbs = self.aim_verbs | self.plan_verbs
        self.anchor_nouns = frozenset(rules.get("anchor_nouns", []))
        self.egress_purpose_words = frozenset(rules.get("egress_purpose_words", []))
        self.site_nouns = frozenset(rules.get("launch_site_nouns", []))
        self.happening_verbs = frozenset(rules.get("happening_verbs", []))
        self.carrier_types = set(rules.get("carrier_types", []))
        self.carried_types = set(rules.get("carried_types", []))
        self.bord_id = self.vocab.strings.add("bord")
        self.sequence_preps = set(rules.get("sequence_preps", []))
        self.contrast_marks = set(rules.get("contrast_marks", []))
        self.place_preps = {k: set(v) for k, v in rules["place_preps"].items()}
        self.destination_preps = set(rules["destination_preps"])
        self.speech_lemmas = set(rules["speech_lemmas"])
        self.official_titles = set(rules["official_titles"])
        self.non_flyer_heads = set(rules["non_flyer_heads"])
        self.role_nouns = {r for r in roles.get("role_nouns", []) if " " not in r}
        # a name made only of these words is a title misread as a person ("Médecin")
        self.title_words = self.role_nouns | self.official_titles | self.non_flyer_heads
        self.comparison_cues = set(rules.get("comparison_cues", []))
        self.coref_pronouns = set(rules.get("coref_pronouns", []))
        self.moment_preps = frozenset(rules.get("moment_preps", []))
        self.wish_words = frozenset(rules.get("wish_words", []))
        self.twin_landing_kinds = frozenset(rules.get("twin_landing_kinds", []))
        self.release_verbs = frozenset(rules.get("release_verbs", []))
        self.release_from_nouns = frozenset(rules.get("release_from_nouns", []))
        self.twin_landing_nouns = frozenset(rules.get("twin_landing_nouns", []))
        self.orbit_payload_nouns = frozenset(rules.get("orbit_payload_nouns", []))
        self.commerce_words = frozenset(rules.get("commerce_words", []))
        self.spacewalk_doc_cues = tuple(rules.get("spacewalk_doc_cues", []))
        self.crew_role_nouns = frozenset(rules.get("crew_role_nouns", []))
        self.work_part_nouns = frozenset(rules.get("work_part_nouns", []))
        self.appearance_verbs = frozenset(rules.get("appearance_verbs", []))
        self.first_flight_adjectives = frozenset(rules.get("first_flight_adjectives", []))
        self.denying_determiners = frozenset(rules.get("denying_determiners", []))
        self.denying_adverbs = frozenset(rules.get("denying_adverbs", []))
        self.plural_subject_pronouns = frozenset(rules.get("plural_subject_pronouns", []))
        self.outside_vehicle_words = frozenset(rules.get("outside_vehicle_words", []))
        self.hold_delay_words = frozenset(rules.get("hold_delay_words", []))
        self.carrier_launcher_types = frozenset(rules.get("carrier_launcher_types", []))
        self.hold_delay_units = frozenset(rules.get("hold_delay_units", []))
        self.outside_capsule_words = frozenset(rules.get("outside_capsule_words", []))
        cues = rules.get("time_conversion_cues", [])
        self.conversion_cue_re = re.compile(
            "|".join(re.escape(c) if not c[0].isalpha() else rf"\b{re.escape(c)}\b" for c in cues) or "(?!)"
        )
        self.plane_words = frozenset(rules.get("plane_words", []))
        self.lost_link_nouns = frozenset(rules.get("lost_link_nouns", []))
        self.solid_ground_words = frozenset(rules.get("solid_ground_words", []))
        self.crew_subject_nouns = set(rules.get("crew_subject_nouns", []))
        self.crew_list_nouns = set(rules.get("crew_list_nouns", []))
        self.witness_nouns = frozenset(rules.get("witness_nouns", []))
        self.aboard_openers = tuple(rules.get("aboard_openers", []))
        self.area_nouns = frozenset(rules.get("area_nouns", []))
        self.veteran_nouns = frozenset(rules.get("veteran_nouns", []))
        self.remains_nouns = frozenset(rules.get("remains_nouns", []))
        self.ordinal_launch_nouns = frozenset(rules.get("ordinal_launch_nouns", []))
        # "avait tourné court": a verb and the adverbs that make it a failure
        self.silent_idioms = {
            verb: frozenset(words) for verb, words in rules.get("status", {}).get("silent_idioms", {}).items()
        }
        self.failed_idioms = {
            verb: frozenset(words) for verb, words in rules.get("status", {}).get("failed_idioms", {}).items()
        }
        # "À bord de la station restent X, Y et Z": verbs of the crew staying aboard
        self.staying_verbs = frozenset(rules.get("staying_verbs", []))
        # "initialement prévue le 20 mai mais reportée": a word saying the first planned day moved
        moved = rules.get("moved_plan_words", [])
        self.moved_plan_re = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, moved)) + ")", re.IGNORECASE) if moved else None
        )
        self.fiction_nouns = set(rules.get("fiction_nouns", []))
        self.fiction_verbs = set(rules.get("fiction_verbs", []))
        self.imagined_verbs = set(rules.get("imagined_verbs", []))
        self.landmark_words = frozenset(rules.get("landmark_words", []))
        self.demonyms = frozenset(rules.get("demonyms", []))
        self.subordinate_heads = frozenset(rules.get("subordinate_heads", []))
        self.fiction_doc_ids = numpy.array(
            sorted({self.vocab.strings.add(w) for w in rules.get("fiction_doc_nouns", [])}),
            dtype=numpy.uint64,
        )
        self.fiction_doc_min = int(rules.get("fiction_doc_min", 0))
        self.weak_space_lemmas = set(rules.get("weak_space_lemmas", []))
        self.docking_device_heads = set(rules.get("docking_device_heads", []))
        self.docking_target_nouns = frozenset(rules.get("docking_target_nouns", []))
        self.landing_place_nouns = set(rules.get("landing_place_nouns", []))
        self.agent_launch_verbs = set(rules.get("agent_launch_verbs", []))
        self.failed_modals = set(status.get("failed_modals", []))
        self.bare_ne_modals = frozenset(status.get("bare_ne_modals", []))
        self.fatal_verbs = frozenset(status.get("fatal_verbs", []))
        self.celestial_adjectives: dict[str, str] = rules.get("celestial_adjectives", {})
        self.celestial_names = {v.lower() for v in self.celestial_adjectives.values()} | {"terre"}
        # longest heads first: "centre spatial de X" before "centre de X"
        self.site_heads = sorted(rules.get("site_heads", []), key=len, reverse=True)
        self.site_head_lemmas = {h.split()[0] for h in self.site_heads} | {"tir"}
        self.ship_launchers = {n.lower() for n in rules.get("ship_launchers", [])}
        self.tower_nouns = set(rules.get("tower_nouns", []))
        self.crewed_types = set(rules.get("crewed_craft_types", []))
        self.docking_craft_types = set(rules.get("capsule_types", []))
        self.event_nouns = set(rules.get("event_nouns", []))
        self.orbit_verbs = set(rules.get("orbit_verbs", []))
        self.leaving_verbs = set(rules.get("leaving_crew_verbs", []))
        self.leaving_words = set(rules.get("leaving_crew_words", []))
        self.namesake_cues = set(rules.get("namesake_cues", []))
        self.negation_words = set(rules.get("negation_words", []))
        self.first_plan_words = set(rules.get("first_plan_words", []))
        self.record_preps = set(rules.get("record_preps", []))
        self.record_words = set(rules.get("record_words", []))
        self.never_lemmas = set(rules.get("never_lemmas", []))
        self.career_lemmas = frozenset(rules.get("career_lemmas", []))
        self.deliberate_words = frozenset(rules.get("deliberate_words", []))
        self.purpose_launch_heads = frozenset(rules.get("purpose_launch_heads", []))
        self.rank_words = frozenset(rules.get("rank_words", []))
        self.simile_words = set(rules.get("simile_words", []))
        # "espace aérien", "espace client": "espace" followed by these is no outer space
        self.not_space_after_espace = set(rules.get("not_space_after_espace", []))
        # "après le décollage": nouns naming the launch that a later event is counted from
        self.launch_ref_nouns = frozenset(rules.get("launch_reference_nouns", []))
        nouns = "|".join(map(re.escape, sorted(self.launch_ref_nouns)))
        # "sept heures après le décollage" (the time is told) / "quelques minutes après le
        # décollage" (a vague count the temporal layer leaves out): on the launch's day
        self.after_launch_start_re = re.compile(rf"\s*après (?:le|son|leur) (?:{nouns})")
        self.after_launch_re = re.compile(
            rf"\b(?:secondes?|minutes?|heures?) après (?:le|son|leur) (?:{nouns})\b", re.IGNORECASE
        )
        # "Le jour même du lancement, X et Y étaient sortis dans l'espace": the launch's day
        self.launch_day_re = re.compile(
            rf"\bjour (?:même )?(?:du|de son|de leur) (?:{nouns})\b", re.IGNORECASE
        )
        # theme parks, games, toys, flares, matches: one regex, tried only where no real space
        # participant is named (see _play_sentence)
        animals = rules.get("animal_cues", [])
        self.animal_cues = _phrase_regex(animals) if animals else None
        cues = sorted(rules.get("play_cues", []), key=len, reverse=True)
        self.play_cues = _phrase_regex(cues) if cues else None
        self.non_space_subjects = frozenset(rules.get("non_space_subjects", []))
        self.figure_units = frozenset(rules.get("figure_units", []))
        marks, nouns = rules.get("metaphor_marks", []), rules.get("metaphor_nouns", [])
        self.metaphor_nouns = frozenset(nouns)
        self.metaphor_re = (
            re.compile(
                rf"(?<!\w)(?:{'|'.join(map(re.escape, marks))})\s+(?:«\s*)?(?:la\s+|une\s+)?"
                rf"(?:{'|'.join(map(re.escape, nouns))})(?!\w)",
                re.IGNORECASE,
            )
            if marks and nouns
            else None
        )

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / RULES_FILE, self.rules)
        srsly.write_json(path / ROLES_FILE, self.roles)
        srsly.write_json(path / "kb_types.json", self.kb_types)

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> EventExtractor:
        path = Path(path)
        kb_types = srsly.read_json(path / "kb_types.json") if (path / "kb_types.json").exists() else {}
        self._set_rules(srsly.read_json(path / RULES_FILE), srsly.read_json(path / ROLES_FILE), kb_types)
        return self

    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        """The rule data of ``to_disk``, for ``nlp.to_bytes()``."""
        return srsly.msgpack_dumps({"rules": self.rules, "roles": self.roles, "kb_types": self.kb_types})

    def from_bytes(self, bytes_data: bytes, *, exclude: tuple = ()) -> EventExtractor:
        """Restore what :meth:`to_bytes` wrote."""
        data = srsly.msgpack_loads(bytes_data)
        self._set_rules(data["rules"], data["roles"], data.get("kb_types") or {})
        return self

    # -- entity helpers ----------------------------------------------------------------------
    def _type(self, ent: Span) -> str:
        # keyed by the kb id's hash: ``kb_id_`` is a StringStore read, and this is asked ~30 times
        # per entity
        kb = ent.kb_id
        if not kb and ent.label == PER_LABEL:
            return self._surname_type(ent)
        found = self._types_by_hash.get(kb)
        if found is None:
            if len(self._types_by_hash) > 100_000:  # new family referents keep coming: stay bounded
                self._types_by_hash.clear()
            found = self._types_by_hash[kb] = kb_kind(self.kb_types, ent.kb_id_)
        return found

    def _surname_type(self, ent: Span) -> str:
        """ "Newman" after "James Newman": a person named short is the one named in full (the
        canonical name), with that one's kind."""
        doc, kinds = self._surname_memo
        if doc is not ent.doc:
            kinds = {}
            for other in _doc_ents(ent.doc):
                if other.label == PER_LABEL and other.kb_id:
                    kinds.setdefault(canon(other), self._type(other))
            self._surname_memo = (ent.doc, kinds)
        return kinds.get(canon(ent), "")

    @_per_item
    def _is_station(self, ent: Span) -> bool:
        if ent.label != SPACECRAFT_LABEL:
            return False
        return (
            self._type(ent) in self.station_types
            or span_text(ent).lower() in self.station_names
            or (canon(ent).lower() in self.station_names)
        )

    @_per_item
    def _is_space_ent(self, ent: Span) -> bool:
        label = ent.label_
        kind = self._type(ent)
        if label == "SPACECRAFT":
            return kind not in self.non_space_craft_types
        if label == "MISSION":
            return True
        if label == "ORG":
            return kind in self.space_org_types or span_text(ent).lower() in self.space_org_names
        if label == "PER":
            return kind in self.space_per_types
        if label == "LOC":
            return kind in self.space_loc_types and span_text(ent).lower() != "terre"
        return False

    @_per_item
    def _space_org(self, ent: Span) -> bool:
        return ent.label == ORG_LABEL and (
            self._type(ent) in self.space_org_types
            or span_text(ent).lower() in self.space_org_names
            or canon(ent).lower() in self.space_org_names
        )

    def _space_token(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma == "espace":
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            return nxt is None or nxt.lower_ not in self.not_space_after_espace
        if lemma not in self.space_lemmas and tok.lower_ not in self.space_lemmas:
            return False
        # "dans l'orbite de Paris / du Kremlin": a sphere of influence, not a path around a body
        if lemma == "orbite" and self._figurative_orbit(tok):
            return False
        # "la courbe est partie comme une fusée": a simile, not a space word
        return not any(t.lower_ in self.simile_words for t in _toks(tok.doc, max(0, tok.i - 2), tok.i))

    def _figurative_orbit(self, tok: Token) -> bool:
        """ "l'orbite de Paris", "l'orbite de Moscou": "orbite" whose complement names a place,
        a body or a person that is no celestial body (the Earth, the Moon, Mars...)."""
        for child in _kids(tok):
            if child.dep == DEP_NMOD and child.ent_type in (LOC_LABEL, ORG_LABEL, PER_LABEL):
                kind = kb_kind(self.kb_types, child.ent_kb_id_)
                if kind != "celestial" and child.lower_ not in self.celestial_names:
                    return True
        return False

    def _space_document(self, ctx: _Context) -> bool:
        """Whether the text is about space flight at all: a name the gazetteers know as a space
        vehicle, mission, agency or site, or a space word (astronaute, fusée, orbite...). A name
        that only a generic head made a vehicle ("la station Châtelet") is not enough."""
        # "la Terre" counts here (a return to Earth), though it is no space participant of its own
        if any(
            ent.kb_id_ and (self._is_space_ent(ent) or span_text(ent).lower() == "terre") for ent in ctx.ents
        ):
            return True
        # a businessman the gazetteers know as one who flew (Richard Branson, Jeff Bezos)
        if any(ent.label == PER_LABEL and canon(ent).lower() in self.flown_officials for ent in ctx.ents):
            return True
        # membership in the sorted ids by one binary search per token (numpy.isin sorts both arrays)
        known, lemmas = self.space_lemma_ids, ctx.lemma_ids()
        where = numpy.searchsorted(known, lemmas)
        where[where == len(known)] = 0
        found = numpy.flatnonzero(known[where] == lemmas) if len(known) else where[:0]
        # a word with an everyday sense too ("une pelle et une sonde" before an avalanche) needs
        # another space word beside it: two different ones, or one without that sense
        weak: set[str] = set()
        for i in found[:20]:
            tok = ctx.doc[int(i)]
            if self._space_token(tok):
                lemma = tok.lemma_.lower()
                if lemma not in self.weak_space_lemmas:
                    return True
                weak.add(lemma)
                if len(weak) > 1:
                    return True
        return False

    def _fiction_document(self, ctx: _Context) -> bool:
        """Whether the text is about a work (a film review, a novel): its fiction nouns ("film",
        "scénario", "long-métrage") reach ``fiction_doc_min``."""
        known = self.fiction_doc_ids
        if not self.fiction_doc_min or not len(known):
            return False
        lemmas = ctx.lemma_ids()
        where = numpy.searchsorted(known, lemmas)
        where[where == len(known)] = 0
        return int(numpy.count_nonzero(known[where] == lemmas)) >= self.fiction_doc_min

    @_per_item
    def _real_participant(self, ent: Span) -> bool:
        """A name that makes a text about real space flight: a known vehicle other than a station
        (a ride "vers l'ISS" flies no one there), a mission, a person known to have flown, a space
        agency, a launch or landing site. A celestial body is not one."""
        label = ent.label_
        if label == "SPACECRAFT":
            return self._is_space_ent(ent) and not self._is_station(ent) and not self._animal_name(ent)
        if label == "MISSION":
            return not self._animal_name(ent)
        if label == "ORG":
            return self._space_org(ent)
        if label == "PER":
            return self._type(ent) in self.space_per_types or canon(ent).lower() in self.flown_officials
        if label == "LOC":
            kind = self._type(ent)
            return kind in self.space_loc_types and kind != "celestial"
        return False

    def _play_document(self, ctx: _Context) -> bool:
        """A text about a ride, a game, a toy or a match (a play cue) that names no real space
        participant anywhere: its rockets and take-offs are no space flights."""
        if self.play_cues is None or any(self._real_participant(e) for e in ctx.ents):
            return False
        return self.play_cues.search(doc_text(ctx.doc)) is not None

    def _animal_name(self, ent: Span) -> bool:
        """« Soyouz » or Soyouz du Bocage in a text about horses or dogs: a vehicle name inside a
        quoted name, or followed by a breeder's "du/de la/des + Name", in a text with an animal
        word, names the animal."""
        if self.animal_cues is None:
            return False
        text = doc_text(ent.doc)
        after = text[ent.end_char : ent.end_char + 30]
        if not self._breeder_affix(ent, after):
            # inside a short quoted name: « Soyouz », « Vostok Girl »
            before = text[max(0, ent.start_char - 30) : ent.start_char]
            opened = before.rfind("«")
            closed = after.find("»")
            if opened < 0 or closed < 0 or "»" in before[opened:] or "«" in after[:closed]:
                return False
        return self.animal_cues.search(text) is not None

    def _breeder_affix(self, ent: Span, after: str) -> bool:
        """ "Soyouz du Bocage", not "Soyouz de Roscosmos" nor "Soyouz de Baïkonour": the name after
        "du/de la/des" is no company and no space place."""
        found = ANIMAL_AFFIX.match(after)
        if found is None:
            return False
        doc = ent.doc
        end = ent.end_char + found.end()
        at = doc.char_span(end - 2, end, alignment_mode="expand")
        if at is None or not at.root.ent_type_:
            return True
        named = next((e for e in doc.ents if e.start <= at.start < e.end), None)
        return named is None or not (named.label == ORG_LABEL or self._is_space_ent(named))

    def _play_sentence(self, ctx: _Context, sent: Span) -> bool:
        """ "Au parc, le simulateur fait décoller les enfants à bord d'une navette", "la fusée des
        Bleus, X, a décollé": a play cue or a space metaphor for a person, and no real space
        participant named in the sentence."""
        ents = ctx.ents_in(sent)
        # a ride flies "from Kourou" or "to Mars" as well: a place is no participant here
        if any(self._real_participant(e) for e in ents if e.label != LOC_LABEL):
            return False
        text = span_text(sent)
        if self.play_cues is not None and self.play_cues.search(text):
            return True
        if self.metaphor_re is not None and self.metaphor_re.search(text):
            return True
        # "Mbappé, la fusée du PSG" / "la fusée des Bleus, Kylian Mbappé": a space noun in
        # apposition to a person (no flyer: those returned above)
        for ent in ents:
            if ent.label == PER_LABEL:
                root = ent.root
                # the parser reads the comma-set name as an apposition or a conjunct
                linked = [c for c in _kids(root) if c.dep in (DEP_APPOS, DEP_CONJ)]
                if root.dep in (DEP_APPOS, DEP_CONJ):
                    linked.append(root.head)
                if any(t.lower_ in self.metaphor_nouns for t in linked):
                    return True
        return False

    def _told_flight(self, ctx: _Context, sent: Span) -> bool:
        """A sentence that dates its flight or names a space vehicle, mission or a person known to
        have flown: what a real flight told in an article about a film has ("l'actrice a décollé
        le 5 octobre", "les vols de Richard Branson"), and a plot summary lacks ("la fusée
        s'envole dans les dernières minutes")."""
        if any(t["label"] == "DATE" for t in ctx.temporals_in(sent.start_char, sent.end_char)):
            return True
        return any(
            (e.label in (SPACECRAFT_LABEL, MISSION_LABEL, PER_LABEL) and self._is_space_ent(e))
            or (e.label == PER_LABEL and canon(e).lower() in self.flown_officials)
            for e in ctx.ents_in(sent)
        )

    # -- main ------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            canon_scope(doc)
            events, triggers = self._extract(doc)
        except Exception as err:  # noqa: BLE001  (a rule bug must never stop a corpus run)
            logger.warning("orbitext_events failed on a document; it gets no events", exc_info=True)
            record_component_error(doc, self.name, err)
            events, triggers = [], []
        finally:
            canon_scope(None)
        doc._.events = events
        # Off by default: every span group costs a msgpack round trip when Docs travel between
        # processes (nlp.pipe(n_process=...)), and the events already carry their evidence.
        if self.keep_triggers:
            doc.spans[TRIGGER_GROUP] = triggers
        return doc

    def _extract(self, doc: Doc) -> tuple[list[dict], list[Span]]:
        if not doc.has_annotation("SENT_START") or len(doc) == 0:
            return [], []
        furniture = [(s.start, s.end) for s in doc.spans.get(FURNITURE_GROUP, [])]
        sents = sentences(doc)
        sent_starts = [s.start for s in sents]
        text = doc_text(doc)
        # a run of breaks is one (its first "\n": re scans for "\n+" four times slower)
        newlines = [i for i in (m.start() for m in re.finditer("\n", text)) if i == 0 or text[i - 1] != "\n"]
        paras = [bisect.bisect_left(newlines, s.start_char) for s in sents]
        ents = list(_doc_ents(doc))
        ent_of: dict[int, Span] = {}
        for ent in ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        temporals = sorted(doc._.orbitext_temporals or [], key=lambda t: t["start"])
        datelines = [(m.start(), m.end()) for m in line_matches(DATELINE, text)]
        # "01h38 — Le propulseur a amerri": a live blog's stamp is the entry's, not the event's clock
        datelines += [(m.start(), m.end()) for m in line_matches(LIVE_ENTRY, text)]
        if datelines:
            temporals = [t for t in temporals if not any(a <= t["start"] < b for a, b in datelines)]
        ctx = _Context(doc, sents, sent_starts, paras, ents, ent_of, temporals)
        ctx.roles = self._role_index(ctx)

        spans = []
        for match_id, start, end in self.matcher(doc):
            span = Span(doc, start, end, label=self.vocab.strings[match_id])
            if any(fs <= start < fe for fs, fe in furniture):
                continue
            spans.append(span)
        if spans and not self._space_document(ctx):
            return [], []
        ctx.fiction_doc = bool(spans) and self._fiction_document(ctx)
        if spans and self._play_document(ctx):
            return [], []
        ctx.has_launch = any(
            self.trigger_rules[s.label_]["type"] == "LAUNCH" and s.label_ != "launch:tentative" for s in spans
        )
        # rules are tried in file order on each longest trigger span ("arrivé": a landing on the
        # ground, or a docking at the station); the first whose checks pass names the event
        by_span: dict[tuple[int, int], list[Span]] = {}
        for span in spans:
            by_span.setdefault((span.start, span.end), []).append(span)
        order = {rule_id: k for k, rule_id in enumerate(self.trigger_rules)}
        # "La sortie extravéhiculaire": a weak cue ("la sortie") overlapping a full trigger of the
        # same length must not win the tie on its earlier start
        strong = [s for s in spans if not self.trigger_rules[s.label_].get("weak")]
        spans = [
            s
            for s in spans
            if not self.trigger_rules[s.label_].get("weak")
            or not any(o.start < s.end and s.start < o.end for o in strong)
        ]
        accepted: list[Span] = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            for cand in sorted(by_span[(span.start, span.end)], key=lambda s: order[s.label_]):
                if self._accepted(ctx, cand, self.trigger_rules[cand.label_]):
                    accepted.append(cand)
                    break
        mentions: list[Mention] = []
        kept: list[Span] = []
        # dates go to the nearest accepted trigger of their sentence
        ctx.trigger_chars = [self._key_token(s).idx for s in accepted]
        ctx.trigger_kinds = [self.trigger_rules[s.label_]["type"] for s in accepted]
        ctx.weak_chars = {
            c
            for c, s in zip(ctx.trigger_chars, accepted, strict=True)
            if self.trigger_rules[s.label_].get("weak")
        }
        for span in accepted:
            rule = self.trigger_rules[span.label_]
            for mention in self._mentions(ctx, span, rule):
                mentions.append(mention)
            if mentions and mentions[-1].start == span.start_char:
                kept.append(span)
        kinds = {canon(e): self._type(e) for e in ents if e.label == SPACECRAFT_LABEL}
        # "une fusée Soyouz": rockets by their kind or by the head noun they are told with
        rockets = frozenset(
            canon(e)
            for e in ents
            if e.label == SPACECRAFT_LABEL
            and (
                self._type(e) in self.launcher_types
                or e.start > 0
                and self.generic_craft.get(e.doc[e.start - 1].lemma_.lower()) == "launcher"
            )
        )
        uncrewed = frozenset(canon(e) for e in ents if e.label == SPACECRAFT_LABEL and self._uncrewed_ent(e))
        events = self._merge(mentions, kinds, self._crew_lists(ctx, furniture), uncrewed, rockets)
        self._one_name_per_vehicle(ctx, events)
        self._doc_crew(ctx, events, furniture)
        modules = {canon(e) for e in ents if e.label == SPACECRAFT_LABEL and self._told_module(e)}
        for event in events:
            # "le cargo s'est amarré ... L'astronaute X l'a capturé": an uncrewed vehicle's event
            # has no flyers, whoever supervised or waited for it
            crafts = [c for c in event["spacecraft"] if c not in modules]
            empty = uncrewed
            if event["type"] == "LAUNCH":
                empty = empty | {c for c in crafts if kinds.get(c) in self.uncrewed_launch_types}
            if (
                event["type"] != "SPACEWALK"
                and any(c in empty for c in crafts)
                and not any(kinds.get(c) in self.crewed_types for c in crafts)
            ):
                event["participants"] = []
                event.get("evidence", {}).pop("participants", None)
        self._drop_leaving(ctx, events)
        self._drop_non_flyers(ctx, events)
        self._one_failed_launch(events)
        self._doomed_dockings(events, kinds, {m.start for m in mentions if m.past_plan})
        self._riders(ctx, events)
        self._journey_crew(ctx, events, kinds, uncrewed)
        self._counted_crews(ctx, events, furniture, kinds, uncrewed)
        self._spacewalk_station(ctx, events)
        self._dated_from_departure(ctx, events)
        events = self._split_twin_landings(ctx, events, kinds)
        self._released_payloads(ctx, events, kinds)
        events = self._anchored(ctx, events)
        events = self._join_launcher_and_payload(events, kinds, rockets)
        events = self._fell_back(ctx, events)
        if not doc._.orbitext_date:
            self._historical_future(events)
        published = str(doc._.orbitext_date or "")[:10]
        for event in events:
            date = event["date"] or ""
            if event["status"] == "occurred" and (
                (len(published) == 10 and date[:7] > published[:7])
                # "un nouveau vol ... pour l'automne prochain": a day told as "prochain" lies ahead
                or any("prochain" in item["text"].lower() for item in event["evidence"].get("date", []))
            ):
                # "le lancement de Rosetta, prévu le 12 janvier" in December: what happens in a
                # month after the publication's has not happened yet
                event["status"] = "planned"
            # "doit rentrer sur Terre en octobre": a return told ahead names no landing site yet
            if event["type"] == "LANDING" and event["status"] == "planned" and event["place"] == "Terre":
                event["place"] = None
                event["evidence"].pop("place", None)
        return events, kept

    @staticmethod
    def _historical_future(events: list[dict]) -> None:
        """An undated retrospective: a plan dated before a flight it tells as done ("Voskhod 2
        décollera à son tour" in March 1965, "Komarov trouvera la mort en 1967") happened."""
        done = [e["date"] for e in events if e["status"] in ("occurred", "failed") and e["date"]]
        latest = max(done, default="")
        for event in events:
            date = event["date"] or ""
            if event["status"] == "planned" and date and date[:4] < latest[:4]:
                event["status"] = "occurred"

    @staticmethod
    def _fell_back(ctx: _Context, events: list[dict]) -> list[dict]:
        """ "La fusée s'est élevée d'un mètre avant de retomber et d'exploser": a vehicle that
        falls back in the sentence of its lift-off did not land, its launch failed."""
        starts = [s.start_char for s in ctx.sents]

        def sents_of(event: dict) -> set[int]:
            return {
                bisect.bisect_right(starts, m["start"]) - 1 for m in event["evidence"].get("mentions", [])
            }

        dropped: set[int] = set()
        for event in events:
            if event["type"] != "LANDING" or event["status"] != "failed":
                continue
            if not event["trigger"]["text"].lower().startswith("retomb"):
                continue
            fell = {bisect.bisect_right(starts, event["trigger"]["start"]) - 1}
            launches = [
                o
                for o in events
                if o["type"] == "LAUNCH"
                and o["status"] in ("occurred", "failed")
                and set(o["spacecraft"]) & set(event["spacecraft"])
                and sents_of(o) & fell
            ]
            if launches:
                for launch in launches:
                    launch["status"] = "failed"
                dropped.add(id(event))
        return [e for e in events if id(e) not in dropped]

    def _join_launcher_and_payload(
        self, events: list[dict], kinds: dict[str, str], rockets: frozenset[str]
    ) -> list[dict]:
        """ "Le satellite Proba-3 a décollé jeudi ... La fusée PSLV-C59 s'est élancée à 16 h 04": a
        launch that names only launchers and one that names only payloads, on the same day, are
        one launch when no other launch is told that day."""

        # "PSLV-C59", a flight number the gazetteers do not know, is of the PSLV family
        families = {_family(n) for n, k in kinds.items() if k in self.launcher_types}

        def is_rocket(name: str) -> bool:
            kind = kinds.get(name)
            return kind in self.launcher_types or name in rockets or (not kind and _family(name) in families)

        def only(event: dict, launchers: bool) -> bool:
            crafts = event["spacecraft"]
            return bool(crafts) and all(is_rocket(c) is launchers for c in crafts)

        launches = [e for e in events if e["type"] == "LAUNCH" and e["date"] and len(e["date"]) == 10]
        dropped: list[dict] = []
        for rocket in launches:
            if not only(rocket, True):
                continue
            same_day = [e for e in launches if e is not rocket and e["date"] == rocket["date"]]
            if len(same_day) != 1:
                continue
            payload = same_day[0]
            if (
                not only(payload, False)
                or payload["status"] != rocket["status"]
                or (payload["time"] and rocket["time"] and payload["time"] != rocket["time"])
                or (payload["participants"] and rocket["participants"])
            ):
                continue
            # the event told first keeps its trigger and takes the other's values
            first, second = sorted((rocket, payload), key=lambda e: e["trigger"]["start"])
            evidence, more = first["evidence"], second["evidence"]
            for slot in ("time", "place", "destination"):
                if first[slot] is None and second[slot] is not None:
                    first[slot] = second[slot]
                    if slot in more:
                        evidence[slot] = more[slot]
            for slot in ("spacecraft", "participants", "organizations"):
                for k, name in enumerate(second[slot]):
                    if name not in first[slot]:
                        first[slot].append(name)
                        evidence.setdefault(slot, []).append(more[slot][k])
            evidence["mentions"] = sorted(
                evidence.get("mentions", []) + more.get("mentions", []), key=lambda m: m["start"]
            )
            dropped.append(second)
        return [e for e in events if not any(e is d for d in dropped)]

    def _dated_from_departure(self, ctx: _Context, events: list[dict]) -> None:
        """ "Il s'est posé dans le Pacifique, une centaine de minutes après son départ": a landing,
        docking or separation told minutes or hours after the departure, and not dated in its own
        sentence, is on the day of the launch told last before it."""
        if self._after_departure is None:
            return
        text = doc_text(ctx.doc)
        for event in events:
            if event["type"] == "LAUNCH" or event["status"] == "cancelled":
                continue
            evidence = event.get("evidence", {})
            mentions = evidence.get("mentions") or []
            if not mentions or (event["date"] and not evidence.get("date")):
                continue
            first = mentions[0]["start"]
            word = ctx.doc.char_span(first, first + 1, alignment_mode="expand")
            if word is None:
                continue
            sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, word.start) - 1]
            if any(sent.start_char <= item["start"] < sent.end_char for item in evidence.get("date") or []):
                continue  # the sentence dates it itself
            if not self._after_departure.search(text, sent.start_char, sent.end_char):
                continue
            told: list[tuple[int, str]] = []
            for launch in events:
                if launch["type"] != "LAUNCH" or launch["status"] not in ("occurred", "failed"):
                    continue
                before = [
                    m["start"] for m in launch.get("evidence", {}).get("mentions") or [] if m["start"] < first
                ]
                if before and len(launch["date"] or "") == 10:
                    told.append((max(before), launch["date"]))
            if told:
                event["date"] = max(told)[1]
                evidence.pop("date", None)

    def _anchored(self, ctx: _Context, events: list[dict]) -> list[dict]:
        """ "Les pilotes X et Y ont décollé à 11 h", "la brasserie a lancé sa bière": when none of
        an article's events names a vehicle, a known space traveller, a space company or agency, a
        space destination or a space place, the article tells no space flight, whatever its
        trigger words (one event that does anchors them all: "la sortie prévue mardi" in a story
        about the station)."""
        # (most articles: a vehicle or a destination, with no entity to look at)
        if any(event.get("destination") for event in events):
            return events
        if any(event["spacecraft"] for event in events):
            # a horse named Spoutnik du Vivier is no vehicle (every mention of the name is the animal's)
            named = [
                (canon(e), self._animal_name(e))
                for e in ctx.ents
                if e.label in (SPACECRAFT_LABEL, MISSION_LABEL)
            ]
            animals = {name for name, animal in named if animal} - {
                name for name, animal in named if not animal
            }
            if any(set(event["spacecraft"]) - animals for event in events):
                return events
        flyers = {
            canon(e)
            for e in ctx.ents
            if e.label == PER_LABEL and (self._is_space_ent(e) or self._real_participant(e))
        }
        places = {canon(e) for e in ctx.ents if e.label in (LOC_LABEL, ORG_LABEL) and self._is_space_ent(e)}
        agencies = {canon(e) for e in ctx.ents if e.label == ORG_LABEL and self._space_org(e)}
        if any(
            flyers & set(event["participants"])
            or agencies & set(event["organizations"])
            or (event.get("place") and event["place"] in places)
            for event in events
        ):
            return events
        # "Les astronautes sortiront mardi", "le vaisseau s'est placé en orbite": space travellers or
        # vehicles told by a common noun anchor it too (lowercase: « Cosmonaute », a beer, is none)
        # when they are in the trigger's sentence or the one before
        starts = [sent.start_char for sent in ctx.sents]
        for event in events:
            # the trigger's sentence and the one before ("Une capsule a été larguée par la sonde.
            # Elle a atterri mardi")
            at = bisect.bisect_right(starts, event["trigger"]["start"]) - 1
            # "Le retour sur Terre de l'équipage de l'ISS est prévu le 27 mars": a real space
            # participant told with the trigger, though not one of the event's values
            if self._real_sentence(ctx, at) or any(self._is_station(e) for e in ctx.ents_in(ctx.sents[at])):
                return events
            lemmas = ctx.word_strings()[1]  # token i's lemma_.lower(): a Token only for an anchor noun
            for sent in ctx.sents[max(0, at - 1) : at + 1]:
                if any(
                    lemmas[i] in self.anchor_nouns and _tok(ctx.doc, i).text[:1].islower()
                    for i in range(sent.start, sent.end)
                ):
                    return events
        return []

    def _released_payloads(self, ctx: _Context, events: list[dict], kinds: dict[str, str]) -> None:
        """ "Vingt minutes après le décollage, Alcomsat-1 s'est séparé du lanceur", "Le lanceur a
        ensuite libéré ses deux autres passagers, X et Y": the satellites a launcher releases in
        the sentences after a launch are that launch's payloads."""
        # (sentence of the first mention, event)
        launches = [
            (bisect.bisect_right(ctx.sent_starts, self._token_at(ctx, told[0]["start"])) - 1, e)
            for e in events
            if e["type"] == "LAUNCH"
            and e["status"] in ("occurred", "failed")
            and (told := e.get("evidence", {}).get("mentions"))
        ]
        if not launches:
            return
        for sent_i, sent in enumerate(ctx.sents):
            _, lemmas = ctx.words(sent_i)
            if not lemmas & self.release_verbs:
                continue
            ents = [e for e in ctx.ents_in(sent) if e.label == SPACECRAFT_LABEL]
            # the launcher or its stage is in the sentence; a station there makes it an undocking
            if any(self._is_station(e) for e in ents) or not (
                any(kinds.get(canon(e)) in self.launcher_types for e in ents)
                or lemmas & self.release_from_nouns
            ):
                continue
            payloads = [
                e
                for e in ents
                if kinds.get(canon(e)) not in self.launcher_types
                and kinds.get(canon(e)) not in self.crewed_types
                and not self._is_station(e)
            ]
            before = [(j, e) for j, e in launches if 0 <= sent_i - j <= 3]
            if not payloads or not before:
                continue
            last, event = max(before, key=lambda pair: pair[0])
            if ctx.paras[sent_i] - ctx.paras[last] > 1:
                continue
            told = event.setdefault("evidence", {}).setdefault("spacecraft", [])
            for ent in payloads:
                name = canon(ent)
                if not any(self._same_craft(name, known) for known in event["spacecraft"]):
                    event["spacecraft"].append(name)
                    told.append(_ev(ent))

    def _split_twin_landings(self, ctx: _Context, events: list[dict], kinds: dict[str, str]) -> list[dict]:
        """ "Spirit et Opportunity se sont posés sur Mars en janvier 2004", "Luna 7 et Luna 8
        s'écrasent": two uncrewed vehicles of one kind (two rovers, two landers, two of a family)
        coordinated in one sentence landed each on its own: one event each. A lander and the
        rover it carries ("Vikram et Pragyan") land together and stay one event."""
        out: list[dict] = []
        for event in events:
            crafts = event["spacecraft"]
            told = event.get("evidence", {}).get("spacecraft", [])
            # "Vostok 3 et Vostok 4 décolleront à un jour d'intervalle": two crewed ships of one
            # family, each with its own designation, flew each its own flight
            launch = event["type"] == "LAUNCH" and all(
                (ent := ctx.ent_of.get(self._token_at(ctx, item["start"]))) is not None
                and self.kb_types.get(f"flight:{ent.kb_id_}", self._type(ent)) in self.crewed_types
                for item in told
            )
            if (
                (event["type"] != "LANDING" and not launch)
                or (event["participants"] and not launch)
                or len(crafts) < 2
                or len(told) != len(crafts)
            ):
                out.append(event)
                continue
            roots = [self._token_at(ctx, item["start"]) for item in told]
            twins: set[int] = set()
            for a in range(len(crafts)):
                for b in range(a + 1, len(crafts)):
                    ea, eb = ctx.ent_of.get(roots[a]), ctx.ent_of.get(roots[b])
                    if ea is None or eb is None:
                        continue
                    # (any word of the name: "Vostok 3 et Vostok 4" may hang its number elsewhere)
                    coordinated = any(
                        t.dep == DEP_CONJ and t.head.i in range(other.start, other.end)
                        for one, other in ((ea, eb), (eb, ea))
                        for t in one
                    )
                    kind_a, kind_b = kinds.get(crafts[a], ""), kinds.get(crafts[b], "")
                    # "les rovers Spirit et Opportunity": a plural vehicle noun over both says they
                    # are of one kind, whatever the gazetteer knows of one of them
                    plural = any(
                        h.pos == NOUN
                        and h.lemma_.lower() in self.twin_landing_nouns
                        and "Plur" in _morph(h, "Number")
                        for h in (ea.root.head, eb.root.head)
                    )
                    alike = (
                        (launch and self._rival_crafts(crafts[a], crafts[b]))
                        or not launch
                        and (
                            (kind_a == kind_b and kind_a in self.twin_landing_kinds)
                            or (plural and {kind_a, kind_b} - {""} <= self.twin_landing_kinds)
                            or self._rival_crafts(crafts[a], crafts[b])
                        )
                    )
                    if coordinated and alike:
                        twins.update((a, b))
            if not twins:
                out.append(event)
                continue
            shared = [k for k in range(len(crafts)) if k not in twins]
            order = sorted(twins, key=lambda k: told[k]["start"])
            # "En octobre, puis en décembre, Luna 7 et Luna 8 s'écrasent": as many days as vehicles
            # in the sentence, one each, in order
            sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, roots[order[0]]) - 1]
            days = [
                t
                for t in ctx.temporals_in(sent.start_char, sent.end_char)
                if t["label"] == "DATE" and t.get("value")
            ]
            for n, k in enumerate(order):
                keep = sorted([k, *shared])
                twin = copy.deepcopy(event)
                twin["spacecraft"] = [crafts[j] for j in keep]
                twin["evidence"]["spacecraft"] = [told[j] for j in keep]
                if launch:
                    # whose ship is whose the sentence does not say
                    twin["participants"] = []
                    twin["evidence"].pop("participants", None)
                if len(days) == len(order):
                    twin["date"] = days[n]["value"]
                    twin["evidence"]["date"] = [{key: days[n][key] for key in ("start", "end", "text")}]
                out.append(twin)
        return out

    def _counted_crews(
        self,
        ctx: _Context,
        events: list[dict],
        furniture: list[tuple[int, int]],
        kinds: dict[str, str],
        uncrewed: frozenset[str],
    ) -> None:
        """ "Les quatre astronautes d'Ax-4 sont de retour ... La commandante, X, ... Le pilote, Y,
        ...": a crew told by its number at an event, then presented one by one, is the flyers
        named next, up to that number (not hosts, not the flyers of another journey, not a
        predecessor told in the pluperfect, "son prédécesseur Z avait séjourné"). The events of
        the same vehicle told with part of that crew, or none of it, take it too."""
        counts = self.rules.get("crew_count_words", {})
        if not counts:
            return
        people = [
            e
            for e in ctx.ents
            if e.label == PER_LABEL
            and not any(fs <= e.start < fe for fs, fe in furniture)
            and not self._in_byline(ctx, e)
        ]
        if not people:
            return
        for event in events:
            if event["type"] == "SPACEWALK" or event["status"] == "cancelled":
                continue
            vehicles = self._journey_vehicles(event, kinds, uncrewed)
            if any(c in uncrewed for c in event["spacecraft"]):
                continue
            told = event.get("evidence", {}).get("mentions", [])
            sent_ids = sorted(
                {bisect.bisect_right(ctx.sent_starts, self._token_at(ctx, m["start"])) - 1 for m in told}
            )
            size, where = None, None
            # the trigger characters are those of the key words ("arrachait" in "s'arrachait")
            starts = {c for c in ctx.trigger_chars for m in told if m["start"] <= c < m["end"]}
            for sent_i in sent_ids:
                size = self._crew_count(ctx, sent_i, counts, starts)
                nxt = sent_i + 1
                if (
                    size is None
                    and nxt < len(ctx.sents)
                    and ctx.paras[nxt] == ctx.paras[sent_i]
                    and not any(
                        ctx.sents[nxt].start_char <= c < ctx.sents[nxt].end_char for c in ctx.trigger_chars
                    )
                    # "À son bord, quatre astronautes" (not "Les trois occupants de la station ont
                    # assisté à la manœuvre")
                    and "bord" in ctx.words(nxt)[1]
                ):
                    size = self._crew_count(ctx, nxt, counts)
                if size is not None:
                    where = sent_i
                    break
            if size is None or where is None:
                continue
            year = self._record_year(event)
            ahead = event["status"] == "planned"
            # a counted crew leaves out who another rule took from a clause about an earlier
            # flight ("depuis X, qui avait séjourné sur Mir en 1987")
            earlier = {
                name
                for name in event["participants"]
                if (told := [e for e in people if canon(e) == name])
                and all(
                    self._after_since(e) or (year is not None and self._other_year_verb(ctx, e, year))
                    for e in told
                )
            }
            if earlier:
                self._drop_participants(event, earlier)
            if len(event["participants"]) >= size:
                continue
            # the crew of another vehicle flying at the same time ("l'équipage de Crew-4, X et Y,
            # doit rentrer"); a flight of long ago told beside this crew ("le premier Indien depuis
            # Z, qui avait volé en 1984") does not rule its neighbours out: _told_before does Z
            others = {
                name
                for o in events
                if o is not event
                and vehicles
                and (o_vehicles := self._journey_vehicles(o, kinds, uncrewed))
                and not o_vehicles & vehicles
                and not (year is not None and (y := self._record_year(o)) is not None and abs(y - year) > 1)
                for name in o["participants"]
            }
            last = ctx.sents[min(len(ctx.sents) - 1, where + 10)].end
            for k in range(where + 1, min(len(ctx.sents), where + 11)):
                # "En 1982, Svetlana Savitskaïa ...": a sentence opening on another year tells
                # another flight
                sent = ctx.sents[k]
                opening = ctx.temporals_in(sent.start_char, min(sent.end_char, sent.start_char + 30))
                if year is not None and any(
                    t["label"] == "DATE"
                    and str(t["value"])[:4].isdigit()
                    and abs(int(str(t["value"])[:4]) - year) > 1
                    for t in opening
                ):
                    last = sent.start
                    break
            found: dict[str, dict] = {}
            for ent in people:
                if not ctx.sents[where].start <= ent.start < last:
                    continue
                if (
                    self._type(ent) in self.non_flyer_doc_types
                    and canon(ent).lower() not in self.flown_officials
                ):
                    continue
                name = canon(ent)
                if name in event["participants"] or name in found or name in others:
                    continue
                if not self._flyer(ctx, ent, ent.root) or self.is_host(ent) or self._told_before(ent, ahead):
                    continue
                if year is not None and self._other_year_verb(ctx, ent, year):
                    continue
                found[name] = _ev(ent)
            needed = size - len(event["participants"])
            if len(found) < needed:
                continue
            added = list(found.items())[:needed]
            crew = list(event["participants"]) + [n for n, _ in added]
            evidence = event.setdefault("evidence", {})
            if len(evidence.get("participants", [])) == len(event["participants"]):
                evidence["participants"] = evidence.get("participants", []) + [ev for _, ev in added]
            else:
                evidence.pop("participants", None)
            event["participants"] = crew
            for other in events:
                if (
                    other is event
                    or other["type"] == "SPACEWALK"
                    or not set(other["participants"]) < set(crew)
                ):
                    continue
                other_vehicles = self._journey_vehicles(other, kinds, uncrewed)
                # "la fusée Falcon 9 s'était élancée ... avec X": a launch told by its launcher and
                # part of the crew, the same year
                part = (
                    not other_vehicles
                    and other["participants"]
                    and year is not None
                    and self._record_year(other) == year
                )
                if not (vehicles & other_vehicles or part):
                    continue
                # "la même navette a explosé en 1986": the vehicle's flight of another year
                if (
                    year is not None
                    and (other_year := self._record_year(other)) is not None
                    and other_year != year
                ):
                    continue
                other["participants"] = list(crew)
                if "participants" in evidence:
                    other.setdefault("evidence", {})["participants"] = list(evidence["participants"])
                else:
                    other.get("evidence", {}).pop("participants", None)

    @staticmethod
    def _drop_participants(event: dict, names: set[str]) -> None:
        """Remove ``names`` from an event record, with their evidence when it is aligned."""
        evidence = event.get("evidence", {})
        told = evidence.get("participants", [])
        if len(told) == len(event["participants"]):
            kept = [ev for n, ev in zip(event["participants"], told, strict=True) if n not in names]
            if kept:
                evidence["participants"] = kept
            else:
                evidence.pop("participants", None)
        event["participants"] = [n for n in event["participants"] if n not in names]

    def _crew_count(
        self, ctx: _Context, sent_i: int, counts: dict[str, int], mentions: set[int] | None = None
    ) -> int | None:
        """The number a plural crew noun of the sentence is counted with ("les quatre astronautes",
        "À son bord, trois cosmonautes"; "X et ses trois coéquipiers" are four), None without one.
        ``mentions``: the event's trigger characters, when the count must be told with one of them
        rather than with another event of the sentence ("a décollé avec quatre astronautes pour
        ramener X et Y": the four fly the launch, not the return)."""
        triggers = [
            c for c in ctx.trigger_chars if ctx.sents[sent_i].start_char <= c < ctx.sents[sent_i].end_char
        ]
        # most sentences have no crew noun at all: no Token to read one by one
        words = ctx.words(sent_i)[1]
        sent = ctx.sents[sent_i]
        lemmas = ctx.word_strings()[1]  # lemmas[i] is token i's lemma_.lower(): a Token only for a crew noun
        for i in range(sent.start, sent.end) if not words.isdisjoint(self.crew_subject_nouns) else ():
            if lemmas[i] not in self.crew_subject_nouns:
                continue
            tok = _tok(ctx.doc, i)
            if "Plur" not in _morph(tok, "Number"):
                continue
            for child in _kids(tok):
                if child.dep != DEP_NUMMOD or child.i > tok.i:
                    continue
                value = counts.get(child.lower_) or (int(child.text) if child.text.isdigit() else None)
                if value is None or not 2 <= value <= 7:
                    continue
                if mentions is not None and triggers:
                    nearest = min(triggers, key=lambda c: abs(c - tok.idx))
                    if nearest not in mentions:
                        continue
                # "les trois occupants de la station": the crew aboard, hosts of what arrives
                if any(
                    c.dep == DEP_NMOD
                    and (
                        c.lemma_.lower() == "station"
                        or ((e := ctx.ent_of.get(c.i)) is not None and self._is_station(e))
                    )
                    for c in _kids(tok)
                ):
                    continue
                if any(c.dep == DEP_DET and "Yes" in _morph(c, "Poss") for c in _kids(tok)):
                    value += 1  # "ses trois coéquipiers": the owner flies too
                return value
        return None

    @staticmethod
    def _governing_verb(ent: Span) -> Token | None:
        """The verb a name is told with, through the nouns it hangs on ("le vol de X", "son
        prédécesseur X"), None when the name hangs on no verb within four steps."""
        node = ent.root
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos in (VERB, AUX):
                return node
        return None

    @staticmethod
    def _after_since(ent: Span) -> bool:
        """ "le premier depuis X", "depuis le Québécois Y": the name marks an earlier flight."""
        root = ent.root
        heads = [root] if root.head.i == root.i else [root, root.head]
        return any(c.dep == DEP_CASE and c.lower_ == "depuis" for h in heads for c in _kids(h))

    def _told_before(self, ent: Span, ahead: bool = False) -> bool:
        """ "son prédécesseur X avait séjourné à bord", "depuis Y, qui avait volé en 1984", "Z
        sortira à son tour": a person told in the pluperfect, the future or after "depuis"
        belongs to another flight. ``ahead``: the event itself lies ahead, so the future is its
        own time."""
        if self._after_since(ent):
            return True
        root = ent.root

        def other_time(verb: Token) -> bool:
            if not ahead and "Fut" in _morph(verb, "Tense"):
                return True
            # (a tense auxiliary: "était entouré de X" is a passive in the imperfect, the story's time)
            return any(
                c.dep in (DEP_AUX, DEP_AUX_TENSE)
                and c.lemma_ in ("avoir", "être")
                and ("Imp" in _morph(c, "Tense") or (not ahead and "Fut" in _morph(c, "Tense")))
                for c in _kids(verb)
            )

        # "depuis Y, qui avait volé en 1984" (but "Le commandant X, qui avait volé trois ans plus
        # tôt, était entouré de ...": the subject of the story's clause flies this flight)
        if not self._subject_like(ent) and any(c.dep == DEP_ACL_RELCL and other_time(c) for c in _kids(root)):
            return True
        verb = self._governing_verb(ent)
        return verb is not None and other_time(verb)

    def _already(self, ent: Span) -> bool:
        """ "les lucioles déjà observées par Glenn": a person whose verb says "déjà" did it before
        the story's time."""
        verb = self._governing_verb(ent)
        return verb is not None and any(c.lower_ == "déjà" for c in _kids(verb))

    def _other_year_verb(self, ctx: _Context, ent: Span, year: int) -> bool:
        """ "Svetlana Savitskaïa s'envole en août 1982": the verb the name is told with carries a
        date of another year (not a date in a clause about someone else)."""
        verb = self._governing_verb(ent)
        if verb is None:
            return False
        sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, ent.start) - 1]
        for t in ctx.temporals_in(sent.start_char, sent.end_char):
            value = str(t["value"])
            if t["label"] != "DATE" or not value[:4].isdigit() or abs(int(value[:4]) - year) <= 1:
                continue
            # the date on the verb itself, or on a noun of it ("en août 1982": two steps)
            node = ctx.doc[self._token_at(ctx, t["start"])]
            for _ in range(3):
                if node.i == verb.i:
                    return True
                if node.dep == DEP_ACL_RELCL:  # "il succède à X, qui avait volé en 1980": X's date
                    break
                node = node.head
        return False

    @staticmethod
    def _record_year(event: dict) -> int | None:
        date = event.get("date")
        return int(date[:4]) if date and date[:4].isdigit() else None

    def _drop_non_flyers(self, ctx: _Context, events: list[dict]) -> None:
        """Whatever rule gave them to an event, people the gazetteers know as officials who never
        flew (a company founder, an agency head) and a title misread as a name ("Médecin") are
        no participants."""
        banned: set[str] = set()
        for ent in ctx.ents:
            if ent.label != PER_LABEL:
                continue
            name = canon(ent)
            if self._type(ent) in self.non_flyer_doc_types and name.lower() not in self.flown_officials:
                banned.add(name)
            elif all(w.lower() in self.title_words for w in name.split()):
                banned.add(name)
            elif self._in_byline(ctx, ent) and not self._is_space_ent(ent):
                banned.add(name)
        for event in events:
            if banned & set(event["participants"]):
                self._drop_participants(event, banned)
        withdrawn = self._withdrawn(ctx)
        for event in events:
            told = {
                item["text"]: item["start"]
                for item in event.get("evidence", {}).get("participants", [])
                if len(event.get("evidence", {}).get("participants", [])) == len(event["participants"])
            }
            # a name the event itself tells outside the withdrawal's sentence still flies it
            gone = {
                name
                for name, (lo, hi) in withdrawn.items()
                if name in event["participants"] and not (name in told and not lo <= told[name] < hi)
            }
            if gone:
                self._drop_participants(event, gone)

    def _in_byline(self, ctx: _Context, ent: Span) -> bool:
        """The person signs the article: "Par Hélène Marchadier" on a short line of its own."""
        if self._byline is None:
            return False
        text = doc_text(ctx.doc)
        lo = text.rfind("\n", 0, ent.start_char) + 1
        hi = text.find("\n", ent.end_char)
        return self._byline.fullmatch(text, lo, len(text) if hi < 0 else hi) is not None

    def _withdrawn(self, ctx: _Context) -> dict[str, tuple[int, int]]:
        """People told as giving up their seat ("Pete Davidson, annoncé à bord, a renoncé", "X a
        cédé sa place à Y", "X a été remplacé par Y"), with the characters of that sentence: the
        last person named before the verb in its sentence."""
        out: dict[str, tuple[int, int]] = {}
        if not self.withdrawn_lemmas:
            return out
        ids = ctx.lemma_ids()
        for i in numpy.flatnonzero(numpy.isin(ids, self._withdrawn_ids)).tolist():
            tok = ctx.doc[i]
            how = self.withdrawn_lemmas[int(ids[i])][1]
            if how == "seat" and not any(t.lower_ == "place" for t in ctx.doc[i + 1 : i + 4]):
                continue
            if how == "passive" and not any(c.dep == DEP_AUX_PASS for c in _kids(tok)):
                continue
            sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, i) - 1]
            people = [e for e in ctx.ents_in(sent) if e.label == PER_LABEL and e.end <= i]
            if people:
                out[canon(people[-1])] = (sent.start_char, sent.end_char)
        return out

    def _riders(self, ctx: _Context, events: list[dict]) -> None:
        """ "A bord de Vikram se trouvait aussi le petit rover Pragyan": a rover carried aboard a
        lander or probe goes with it, so it launches and lands with it."""
        carriers, carried = self.carrier_types, self.carried_types
        rides: dict[str, dict[str, dict]] = {}
        for i in numpy.flatnonzero(ctx.lemma_ids() == self.bord_id).tolist():
            tok = ctx.doc[i]
            hosts = [ctx.ent_of.get(c.i) for c in _kids(tok) if c.dep == DEP_NMOD]
            host = next((e for e in hosts if e is not None and self._type(e) in carriers), None)
            if host is None:
                continue
            sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, i) - 1]
            for ent in ctx.ents_in(sent):
                if ent.label == SPACECRAFT_LABEL and self._type(ent) in carried and canon(ent) != canon(host):
                    rides.setdefault(canon(host), {})[canon(ent)] = _ev(ent)
        for event in events:
            if event["type"] not in ("LAUNCH", "LANDING"):
                continue
            for host, riders in rides.items():
                if host not in event["spacecraft"]:
                    continue
                for name, ev in riders.items():
                    if name not in event["spacecraft"]:
                        event["spacecraft"].append(name)
                        event.setdefault("evidence", {}).setdefault("spacecraft", []).append(ev)

    def _doomed_dockings(self, events: list[dict], kinds: dict[str, str], past_plans: set[int]) -> None:
        """ "La fusée Falcon 9 a explosé dimanche ... Le Dragon devait être arrimé mardi à l'ISS": a
        docking planned (told in the past) for a vehicle whose launch failed is cancelled; told
        with a weekday that falls before that launch, it is the weekday after it."""
        failed = [e for e in events if e["type"] == "LAUNCH" and e["status"] == "failed"]
        if not failed:
            return
        stations = self.station_types | {"station_module"}
        for event in events:
            if event["type"] != "DOCKING" or event["status"] != "planned":
                continue
            # ("devait s'amarrer": a plan told in the past, see _past_plan)
            if not any(m["start"] in past_plans for m in event.get("evidence", {}).get("mentions", [])):
                continue
            crafts = set(event["spacecraft"])
            launch = next((f for f in failed if crafts & set(f["spacecraft"])), None)
            # "Il devait s'amarrer samedi au module Zvezda": only the station named, one failed launch
            if launch is None and len(failed) == 1 and all(kinds.get(c) in stations for c in crafts):
                launch = failed[0]
            if launch is None:
                continue
            event["status"] = "cancelled"
            date, start = event["date"], launch["date"]
            told = event.get("evidence", {}).get("date") or [{}]
            if (
                date
                and start
                and len(date) == len(start) == 10
                and date < start
                and told[0].get("text", "").lower() in _WEEKDAY_NAMES
            ):
                event["date"] = (dt.date.fromisoformat(date) + dt.timedelta(days=7)).isoformat()

    @staticmethod
    def _one_failed_launch(events: list[dict]) -> None:
        """ "Vega a échoué dans la nuit de lundi à mardi ... Le décollage s'était pourtant déroulé
        normalement lundi, à 22 h 52": a launch told as going well on the day (or the day before) of
        a failed launch of the same vehicle is its start, one failed event."""
        failed = [e for e in events if e["type"] == "LAUNCH" and e["status"] == "failed" and e["date"]]
        for good in [e for e in events if e["type"] == "LAUNCH" and e["status"] == "occurred" and e["date"]]:
            same = [
                f
                for f in failed
                if (_within(f["date"], good["date"], 1) or _within(good["date"], f["date"], 1))
                and (not good["spacecraft"] or set(good["spacecraft"]) <= set(f["spacecraft"]))
                and len(good["date"]) == len(f["date"]) == 10
            ]
            if len(same) != 1:
                continue
            f = same[0]
            for slot in ("time", "place", "destination"):
                if f[slot] is None and good[slot] is not None:
                    f[slot] = good[slot]
                    if slot in good.get("evidence", {}):
                        f.setdefault("evidence", {})[slot] = good["evidence"][slot]
            f["participants"] += [n for n in good["participants"] if n not in f["participants"]]
            f.setdefault("evidence", {}).setdefault("mentions", []).extend(
                good.get("evidence", {}).get("mentions", [])
            )
            events.remove(good)

    def _hosts_of(self, ctx: _Context, event: dict) -> set[str]:
        """The participants of an event its evidence shows as hosts already aboard."""
        evidence = event.get("evidence", {}).get("participants", [])
        if len(evidence) != len(event["participants"]):
            return set()
        out = set()
        for name, ev in zip(event["participants"], evidence, strict=True):
            ent = ctx.ent_of.get(self._token_at(ctx, ev["start"]))
            if ent is not None and ent.label == PER_LABEL and self.is_host(ent):
                out.add(name)
        return out

    def _journey_crew(
        self, ctx: _Context, events: list[dict], kinds: dict[str, str], uncrewed: frozenset[str]
    ) -> None:
        """ "Le Soyouz a décollé avec X, Y et Z ... Le vaisseau doit s'amarrer vendredi à l'ISS, où
        les trois hommes rejoindront A et B": the docking, undocking and landing of a crewed vehicle
        carry the crew that launched in it (one journey), not the hosts aboard the station. A
        crew told in part at the later event ("son retour, avec Y et Z") is completed."""
        windows = {"DOCKING": 10, "UNDOCKING": 400, "LANDING": 400}
        # "Armstrong et Aldrin se posent sur la Lune": a landing elsewhere than on Earth is made by
        # part of the crew only
        celestial = {canon(e) for e in ctx.ents if e.label == LOC_LABEL and self._type(e) == "celestial"}
        launches = [
            e
            for e in events
            if e["type"] == "LAUNCH" and e["status"] in ("occurred", "planned") and e["participants"]
        ]
        for event in events:
            days = windows.get(event["type"])
            if days is None or event["status"] == "cancelled":
                continue
            vehicles = self._journey_vehicles(event, kinds, uncrewed)
            own = set(event["participants"])
            # "Son retour sur Terre, avec Y et Z": a return told without its vehicle but with part of
            # one launch crew is that crew's journey
            crews = [
                launch["participants"]
                for launch in launches
                if _within(launch["date"], event["date"], days)
                and (
                    vehicles & set(launch["spacecraft"])
                    # "Il doit s'amarrer samedi": a docking told without its vehicle, days after
                    # a crewed launch, ends that launch's trip
                    or (
                        event["type"] == "DOCKING"
                        and not vehicles
                        and not any(c in uncrewed for c in event["spacecraft"])
                        and len(launch["date"] or "") == len(event["date"] or "") == 10
                    )
                    or (
                        event["type"] != "DOCKING"
                        and not vehicles
                        and own
                        and own < set(launch["participants"])
                        and event["place"] not in celestial
                    )
                )
            ]
            if not crews or any(set(c) != set(crews[0]) for c in crews):
                continue
            crew = crews[0]
            # a return told with other people than the launch ("X et Y se sont posés"): the text
            # knows better than the launch's crew, which may hold a name told in passing
            if own >= set(crew) or (event["type"] != "DOCKING" and own and not own & set(crew)):
                continue
            # "où les trois hommes rejoindront X et Y": the hosts aboard give way to the crew
            hosts = self._hosts_of(ctx, event) if event["type"] == "DOCKING" else set()
            event["participants"] = list(crew) + [
                n for n in event["participants"] if n not in crew and n not in hosts
            ]
            event.get("evidence", {}).pop("participants", None)
        # "X s'est envolé ... Le vaisseau, avec X, Y et Z à bord, s'est amarré": the launch of the
        # same vehicle a few days before carries the crew told at the docking
        for launch in events:
            if launch["type"] != "LAUNCH" or launch["status"] not in ("occurred", "planned"):
                continue
            # the docking target launched empty ("un étage Agena") is met by the crew, not flown
            vehicles = {
                c
                for c in self._journey_vehicles(launch, kinds, uncrewed)
                if kinds.get(c) not in self.uncrewed_launch_types
            }
            crews = [
                e["participants"]
                for e in events
                if e["type"] == "DOCKING"
                and e["status"] != "cancelled"
                and vehicles & set(e["spacecraft"])
                and _within(launch["date"], e["date"], windows["DOCKING"])
                and set(e["participants"]) > set(launch["participants"])
                and not self._hosts_of(ctx, e)
            ]
            if len(crews) == 1:
                launch["participants"] = list(crews[0])
                launch.get("evidence", {}).pop("participants", None)

    def _journey_vehicles(self, event: dict, kinds: dict[str, str], uncrewed: frozenset[str]) -> set[str]:
        """The vehicles of an event that can carry a crew through a journey: no launcher,
        station or uncrewed craft."""
        return {
            c
            for c in event["spacecraft"]
            if c not in uncrewed
            and kinds.get(c, "") not in self.launcher_types | self.station_types
            and c.lower() not in self.station_names
        }

    def _spacewalk_station(self, ctx: _Context, events: list[dict]) -> None:
        """ "l'astronaute avait déjà effectué une sortie de six heures": a spacewalk told with no
        vehicle leaves the station the article named last before it."""
        for event in events:
            if event["type"] != "SPACEWALK" or event["spacecraft"]:
                continue
            told = [item["start"] for item in event.get("evidence", {}).get("mentions", [])]
            if not told:
                continue
            stations = [e for e in ctx.ents if self._is_station(e) and e.start_char < min(told)]
            if stations and self._type(stations[-1]) != "station_module":
                event["spacecraft"] = [canon(stations[-1])]
                event.setdefault("evidence", {})["spacecraft"] = [_ev(stations[-1])]

    def _drop_leaving(self, ctx: _Context, events: list[dict]) -> None:
        """ "L'équipage sortant, X et Y, qui rentreront mercredi": people told as leaving or being
        relieved do not fly the arriving launch or docking, whichever rule gave them to it."""
        if not any(event["type"] in ("LAUNCH", "DOCKING") and event["participants"] for event in events):
            return  # nobody to take off: no need to read every person's clause
        leaving = {ent.start_char for ent in ctx.ents if ent.label == PER_LABEL and self._leaving(ctx, ent)}
        if not leaving:
            return
        for event in events:
            if event["type"] not in ("LAUNCH", "DOCKING") or not event["participants"]:
                continue
            evidence = event.get("evidence", {}).get("participants", [])
            if len(evidence) != len(event["participants"]):
                continue
            kept = [
                (n, ev)
                for n, ev in zip(event["participants"], evidence, strict=True)
                if ev["start"] not in leaving
            ]
            event["participants"] = [n for n, _ in kept]
            if kept:
                event["evidence"]["participants"] = [ev for _, ev in kept]
            else:
                event["evidence"].pop("participants", None)

    def leaving_people(self, doc: Doc) -> set[str]:
        """Canonical names of the people told as leaving or being relieved ("l'équipage sortant,
        X et Y", "X, qui rentrera mercredi"): a later layer keeps them off arriving flights."""
        if not doc.has_annotation("SENT_START") or len(doc) == 0:
            return set()
        sents = sentences(doc)
        ents = [e for e in _doc_ents(doc) if e.label == PER_LABEL]
        if not ents:
            return set()
        ctx = _Context(doc, sents, [s.start for s in sents], [], ents, {}, [])
        return {canon(ent) for ent in ents if self._leaving(ctx, ent)}

    def _leaving(self, ctx: _Context, ent: Span) -> bool:
        """A person told as leaving: "l'équipage sortant, X", "X et Y, qui rentreront sur Terre",
        "X, qu'ils remplacent", "X et Y quitteront la station"."""
        doc = ctx.doc
        sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, ent.start) - 1]
        # the noun phrase that presents the list ("l'équipage sortant, X et Y")
        # or the verb that has the list as object ("Ils remplaceront l'équipage de X, Y et Z")
        for tok in reversed(_toks(doc, max(sent.start, ent.start - 10), ent.start)):
            if tok.lower_ in self.leaving_words:
                return True
            if tok.pos == VERB and tok.ent_type != PER_LABEL:
                lemma = tok.lemma_.lower()
                if lemma in self.host_object_verbs and self._leaving_verb(tok):
                    return True
                break
            if tok.text in (".", ";", ":") or tok.pos == AUX:
                break
        # a relative clause after the list ("X et Y, qui rentreront", "X, qu'ils remplacent")
        relative = False
        for tok in _toks(doc, ent.end, min(sent.end, ent.end + 14)):
            if tok.text in (".", ";", ":"):
                break
            if tok.lower_ in ("qui", "qu'", "qu’", "que"):
                relative = True
            elif tok.pos == VERB and tok.ent_type != PER_LABEL:
                return relative and self._leaving_verb(tok)
        # the subject of a leaving verb ("X et Y quitteront la station")
        node = ent.root
        for _ in range(4):
            head = node.head
            if head.i == node.i:
                return False
            if head.pos in (VERB, AUX):
                return node.dep_.startswith("nsubj") and self._leaving_verb(head)
            node = head
        return False

    def _leaving_verb(self, verb: Token) -> bool:
        """A leaving verb still to come ("rentreront", "qu'ils remplacent"): a crew that has come
        back ("ils ont atterri mardi") had flown its own launch before."""
        if verb.lemma_.lower() not in self.leaving_verbs:
            return False
        # a bare participle is often a misread present ("remplacent"): the tense is in its auxiliary
        tense = _morph(verb, "Tense")
        past = "Fin" in _morph(verb, "VerbForm") and ("Past" in tense or "Imp" in tense)
        return not past and not any(c.dep == DEP_AUX_TENSE for c in _kids(verb))

    def _one_name_per_vehicle(self, ctx: _Context, events: list[dict]) -> None:
        """ "la capsule Crew Dragon Freedom", "Crew Dragon, baptisée Freedom": a model and the one
        vehicle of it the article names are one vehicle, told by its own name."""
        glue = set(self.rules.get("vehicle_name_glue", []))
        named: dict[str, set[str]] = {}
        crafts = [e for e in ctx.ents if e.label == SPACECRAFT_LABEL]
        for a, b in zip(crafts, crafts[1:], strict=False):
            between = ctx.doc[a.end : b.start]
            # adjacent, or joined by a naming word ("X, Y" alone is a list of two vehicles)
            if (
                len(between) <= 2
                and all(t.lower_ in glue for t in between)
                and (not len(between) or between[-1].lower_ != ",")
            ):
                if not (self._is_station(a) or self._is_station(b)) and canon(a) != canon(b):
                    named.setdefault(canon(a), set()).add(canon(b))
        alias = {model: next(iter(names)) for model, names in named.items() if len(names) == 1}
        if not alias:
            return
        for event in events:
            out: list[str] = []
            evidence = event.get("evidence", {}).get("spacecraft", [])
            kept: list[dict] = []
            for k, name in enumerate(event["spacecraft"]):
                name = alias.get(name, name)
                if name not in out:
                    out.append(name)
                    if k < len(evidence):
                        kept.append(evidence[k])
            event["spacecraft"] = out
            if evidence:
                event["evidence"]["spacecraft"] = kept

    def _doc_crew(self, ctx: _Context, events: list[dict], furniture: list[tuple[int, int]]) -> None:
        """ "Trois taïkonautes ont décollé ... L'équipage est commandé par X. Il est accompagné de Y":
        when no event found its flyers, the known astronauts the article presents as a crew fly
        every crewed event of it (uncrewed vehicles excepted). When some events have flyers, the
        crew lists told apart ("Les trois taïkonautes, X, Y et Z, resteront six mois") go to the
        events of a journey that has none: the journey of the vehicle the list names, else one
        no one flies yet."""
        if not events:
            return
        if any(e["participants"] for e in events):
            self._listed_crews(ctx, events, furniture)
            return
        cues = set(self.rules.get("crew_cues", []))
        crew: dict[str, dict] = {}
        ties: dict[str, set[str]] = {}
        for ent in ctx.ents:
            if ent.label != PER_LABEL or self._type(ent) not in self.space_per_types:
                continue
            if any(fs <= ent.start < fe for fs, fe in furniture):
                continue
            sent_i = bisect.bisect_right(ctx.sent_starts, ent.start) - 1
            sent = ctx.sents[sent_i]
            lowers, lemmas = ctx.words(sent_i)
            cued = bool(lemmas & cues or lowers & cues) or any(
                sent.start_char <= c < sent.end_char for c in ctx.trigger_chars
            )
            if (
                cued
                and self._flyer(ctx, ent, ent.root)
                and not self.is_host(ent)
                and not self._staying(ent, sent)
            ):
                crew.setdefault(canon(ent), _ev(ent))
                ties[canon(ent)] = self._crew_tie(ctx, sent)
        if not 1 <= len(crew) <= 7:
            return
        if not any(ties.values()):
            # "... Le 28 janvier 1986, la même navette a explosé": a crew presented with a flight
            # flies the events of that flight's year, not the vehicle's flight of another year
            first = min(self._token_at(ctx, ev["start"]) for ev in crew.values())
            told = [
                (self._token_at(ctx, m["start"]), e)
                for e in events
                for m in e.get("evidence", {}).get("mentions", [])
            ]
            before = [pair for pair in told if pair[0] < first]
            year = self._record_year(max(before, key=lambda pair: pair[0])[1]) if before else None
            self._give_crew(
                ctx,
                events,
                crew,
                lambda event: year is None or self._record_year(event) in (None, year),
            )
            return
        # "L'équipage de Crew-9, X et Y, ...": a crew told with its vehicle or mission flies only
        # that one's events; the others get the crew told with no name
        names = {id(e): self._event_names(ctx, e) for e in events}
        for tie in {frozenset(t) for t in ties.values()}:
            group = {n: ev for n, ev in crew.items() if ties[n] == tie}
            if tie:
                self._give_crew(ctx, events, group, lambda e, t=tie: bool(names[id(e)] & t))
            else:
                tied = set().union(*ties.values())
                self._give_crew(ctx, events, group, lambda e, t=tied: not names[id(e)] & t)

    @staticmethod
    def _subject_like(ent: Span) -> bool:
        """The name is the subject of its clause, or names the subject noun ("Le commandant X")."""
        root = ent.root
        return root.dep_.startswith("nsubj") or (
            root.dep in (DEP_APPOS, DEP_FLAT_NAME, DEP_NMOD) and root.head.dep_.startswith("nsubj")
        )

    def _crew_tie(self, ctx: _Context, sent: Span) -> set[str]:
        """The vehicles and missions a crew noun of the sentence names ("l'équipage de Crew-9",
        "les astronautes de Soyouz MS-25")."""
        nouns = self.crew_subject_nouns | {"équipage"}
        out: set[str] = set()
        lemmas = ctx.word_strings()[1]  # token i's lemma_.lower(): a Token only for a crew noun
        for i in range(sent.start, sent.end):
            if lemmas[i] not in nouns:
                continue
            tok = _tok(ctx.doc, i)
            for child in _kids(tok):
                ent = ctx.ent_of.get(child.i)
                if (
                    child.dep == DEP_NMOD
                    and ent is not None
                    and ent.label in (SPACECRAFT_LABEL, MISSION_LABEL)
                ):
                    out.add(canon(ent))
        return out

    def _event_names(self, ctx: _Context, event: dict) -> set[str]:
        """The vehicles and missions of an event: its own and those named in its sentences."""
        out = set(event["spacecraft"])
        for item in event.get("evidence", {}).get("mentions", []):
            sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, self._token_at(ctx, item["start"])) - 1]
            out |= {canon(e) for e in ctx.ents_in(sent) if e.label in (SPACECRAFT_LABEL, MISSION_LABEL)}
        return out

    @staticmethod
    def _token_at(ctx: _Context, char: int) -> int:
        found = _start_token(ctx.doc, char, char + 1)
        return found if found >= 0 else 0

    def _listed_crews(self, ctx: _Context, events: list[dict], furniture: list[tuple[int, int]]) -> None:
        """Crew lists in sentences without a trigger of their own, presented by a plural crew noun
        or "l'équipage" ("Les trois taïkonautes, X, Y et Z, ...", "L'équipage d'Ax-4 — X, Y, Z et
        W — ...") or a crew phrase ("la mission est commandée par X", "À bord se trouvait Y"),
        given to the crewless events of their journey."""
        flying = {name for e in events for name in e["participants"]}
        crewed_crafts = {c for e in events if e["participants"] for c in e["spacecraft"]}
        # (sentence, first name's token, vehicles named with it, flyers)
        lists: list[tuple[int, int, set[str], dict[str, dict]]] = []
        nouns = self.crew_subject_nouns | {"équipage"}
        # (lists, compared with slices of lemma lists; a slice is made only where the first word fits)
        phrases = [list(p) for p in self.rules.get("crew_list_phrases", [])]
        by_sent: dict[int, list[Span]] = {}
        for ent in ctx.ents:
            if ent.label == PER_LABEL and not any(fs <= ent.start < fe for fs, fe in furniture):
                by_sent.setdefault(bisect.bisect_right(ctx.sent_starts, ent.start) - 1, []).append(ent)
        for sent_i, people in sorted(by_sent.items()):
            sent = ctx.sents[sent_i]
            first = people[0]
            # the crew noun presents the names: before the first of them, in the same clause
            head = [t for t in _toks(ctx.doc, max(sent.start, first.start - 6), first.start)]
            presented = any(
                t.lemma_.lower() in nouns
                and (t.lemma_.lower() == "équipage" or "Plur" in _morph(t, "Number"))
                for t in head
            )
            if (
                not presented
                and phrases
                and not any(sent.start_char <= c < sent.end_char for c in ctx.trigger_chars)
            ):
                # "la mission est commandée par X", "à bord se trouvait Y", "ont pris place X et Y",
                # but not the hosts waiting aboard ("l'équipage qui les attend à bord : X, Y")
                # "X, 45 ans, est accompagnée de Y et Z": with a flyer named first, the phrase
                # comes before the first name not flying yet
                new = next((e for e in people if canon(e) not in flying), first)

                def phrased(lemmas: list[str]) -> bool:
                    return any(
                        (not p or lemmas[k] == p[0]) and lemmas[k : k + len(p)] == p
                        for p in phrases
                        for k in range(len(lemmas))
                    )

                doc_lemmas = ctx.word_strings()[1]  # token i's lemma_.lower(), read once per document
                lemmas = doc_lemmas[sent.start : new.start]
                # ("À bord de la station restent X, Y et Z": the crew staying, not flying)
                presented = phrased(lemmas) and not set(lemmas) & (self.host_verbs | self.staying_verbs)
                after = [e for e in people if e.start > new.start]
                if not presented and after and self._subject_like(new):
                    # "Le commandant X, qui ..., était entouré du pilote Y, de Z": the phrase after
                    # the subject presents it with the others
                    between = doc_lemmas[new.end : after[0].start]
                    presented = phrased(between) and not (set(lemmas) | set(between)) & self.host_verbs
            if not presented:
                continue
            full = {canon(e): _ev(e) for e in people if self._flyer(ctx, e, e.root) and not self.is_host(e)}
            names = {n: ev for n, ev in full.items() if n not in flying}
            if not names or len(full) > 7:
                continue
            # "Aux commandes, X. Elle est accompagnée de Y et Z": a list right after flyers completes
            # their crew
            told = set(full)
            if sent_i > 0 and ctx.paras[sent_i - 1] == ctx.paras[sent_i] and len(names) == len(full):
                before = [e for e in by_sent.get(sent_i - 1, []) if self._flyer(ctx, e, e.root)]
                told = {canon(e) for e in before} & flying
                if not told and len(before) == 1 and not self.is_host(before[0]):
                    # "Le commandant, X, effectue son troisième séjour. Il est accompagné de Y et Z"
                    names = {canon(before[0]): _ev(before[0]), **names}
            if told and (len(names) < len(full) or told.isdisjoint(full)):
                # "Quatre astronautes prendront place : X, Y, Z et W" with Y, Z and W already flying:
                # the list completes the crew told before
                for event in events:
                    if event["type"] != "SPACEWALK" and set(event["participants"]) & told:
                        for name, ev in names.items():
                            if name not in event["participants"]:
                                event["participants"].append(name)
                                event.setdefault("evidence", {}).setdefault("participants", []).append(ev)
                continue
            crafts = {
                canon(e)
                for e in ctx.ents_in(sent)
                if e.label == SPACECRAFT_LABEL
                and not self._is_station(e)
                and self._type(e) not in self.launcher_types
            }
            if (
                lists
                and not crafts
                and sent_i - lists[-1][0] <= 2
                and ctx.paras[sent_i] == ctx.paras[lists[-1][0]]
                and not any(
                    ctx.sents[lists[-1][0]].end_char <= c < sent.start_char for c in ctx.trigger_chars
                )
            ):
                # "À bord se trouvait X, ... Autour d'elle avaient pris place Y et Z": one list
                for name, ev in names.items():
                    lists[-1][3].setdefault(name, ev)
                continue
            lists.append((sent_i, first.start, crafts, names))
        if not lists:
            return
        vehicles = [
            e
            for e in ctx.ents
            if e.label == SPACECRAFT_LABEL
            and not self._is_station(e)
            and self._type(e) not in self.launcher_types
        ]
        for _, first, crafts, names in lists:
            if crafts:
                self._give_crew(ctx, events, names, lambda e, c=crafts: bool(set(e["spacecraft"]) & c))
                continue
            fits = self._journey_before(ctx, events, vehicles, first)
            if fits is not None:
                self._give_crew(ctx, events, names, fits)
                continue
            # a list naming no vehicle: the journey no one flies yet, told near it (a retrospective
            # tells many journeys, and one crew list is not all of them)
            para = ctx.paras[bisect.bisect_right(ctx.sent_starts, first) - 1]

            def near(event: dict, para: int = para) -> bool:
                told = [item["start"] for item in event.get("evidence", {}).get("mentions", [])]
                paras = {
                    ctx.paras[bisect.bisect_right(ctx.sent_starts, self._token_at(ctx, c)) - 1] for c in told
                }
                return not paras or any(abs(p - para) <= 1 for p in paras)

            self._give_crew(
                ctx, events, names, lambda e, near=near: not set(e["spacecraft"]) & crewed_crafts and near(e)
            )

    def _journey_before(self, ctx: _Context, events: list[dict], vehicles: list[Span], first: int) -> Any:
        """ "Challenger s'élève ... Car à bord se trouvait X": a crew list naming no vehicle tells the
        crew of the vehicle named last before it, whose events it flies, and of the events naming
        no vehicle told from there up to the next vehicle. None when that vehicle has no event."""
        before = [v for v in vehicles if v.start < first]
        if not before:
            return None
        last = before[-1]
        name = canon(last)
        if not any(name in e["spacecraft"] and not e["participants"] for e in events):
            return None
        after = [v.start_char for v in vehicles if v.start > first and canon(v) != name]
        stop = after[0] if after else len(doc_text(ctx.doc)) + 1
        own = {canon(v) for v in vehicles}

        def fits(event: dict) -> bool:
            if name in event["spacecraft"]:
                return True
            if set(event["spacecraft"]) & own:
                return False
            told = [item["start"] for item in event.get("evidence", {}).get("mentions", [])]
            return bool(told) and all(last.start_char <= c < stop for c in told)

        return fits

    def _give_crew(self, ctx: _Context, events: list[dict], crew: dict[str, dict], fits: Any) -> None:
        """Give ``crew`` to the crewless, crewed events that ``fits`` accepts."""
        uncrewed = {canon(e) for e in ctx.ents if e.label == SPACECRAFT_LABEL and self._uncrewed_ent(e)}
        # "la capsule s'est posée sans équipage": a flight told as empty has no crew
        empty_cues = tuple(self.rules.get("empty_flight_cues", []))
        empty = [
            (sent.start_char, sent.end_char)
            for sent in ctx.sents
            if empty_cues and any(cue in span_text(sent).lower() for cue in empty_cues)
        ]
        for event in events:
            if event["type"] == "SPACEWALK" or event["participants"] or not fits(event):
                continue
            if any(c in uncrewed for c in event["spacecraft"]):
                continue
            told = event.get("evidence", {}).get("mentions", [])
            if any(a <= item["start"] < b for item in told for a, b in empty):
                continue
            event["participants"] = list(crew)
            event.setdefault("evidence", {})["participants"] = list(crew.values())

    # -- doc-level indexes -------------------------------------------------------------------
    def _role_index(self, ctx: _Context) -> dict[str, list[tuple[str, int]]]:
        """Role noun -> canonical names it introduces ("l'actrice Ioulia Peressild"), with the token
        where each is first introduced."""
        index: dict[str, list[tuple[str, int]]] = {}
        doc = ctx.doc
        for ent in ctx.ents:
            if ent.label != PER_LABEL:
                continue
            found: list[str] = []
            for tok in reversed(_toks(doc, max(0, ent.start - 4), ent.start)):
                if (
                    tok.lemma_.lower() in self.role_nouns
                    or tok.lower_ in self.role_nouns
                    or self._demonym(tok)
                ):
                    found.append(tok.lower_)
                    break
                if tok.ent_type == PER_LABEL or tok.lower_ in (".", ";", "et"):
                    break
            if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
                # "Sigmund Jähn, le premier Allemand de l'espace": past the article and adjectives
                for tok in _toks(doc, ent.end + 1, min(len(doc), ent.end + 4)):
                    if tok.lemma_.lower() in self.role_nouns or self._demonym(tok):
                        found.append(tok.lower_)
                        break
                    if not (tok.is_stop or tok.pos in (DET, ADJ)):
                        break
            for role in found:
                names = index.setdefault(role, [])
                if all(canon(ent) != name for name, _ in names):
                    names.append((canon(ent), ent.start))
        return index

    @staticmethod
    def _pluperfect(verb: Token) -> bool:
        """ "avait volé", "était partie": a tense auxiliary in the imperfect."""
        return verb.pos == VERB and any(
            c.dep == DEP_AUX_TENSE and "Imp" in _morph(c, "Tense") for c in _kids(verb)
        )

    def _demonym(self, tok: Token) -> bool:
        """ "l'Allemand", "la Française": a capitalised nationality noun stands for a person."""
        return tok.text in self.demonyms

    # -- one trigger -------------------------------------------------------------------------
    def _key_token(self, span: Span) -> Token:
        toks = _toks(span.doc, span.start, span.end)  # the scope's Tokens: no new Token per word
        for tok in toks:
            if tok.pos in (VERB, NOUN) and tok.lower_ not in ("se", "s'", "s’"):
                return tok
        # "s'est lentement élevé" with the participle read as an adjective: the verb is the last word
        if len(toks) > 1 and toks[0].lower_ in ("se", "s'", "s’"):
            return toks[-1]
        return toks[0]

    def _accepted(self, ctx: _Context, span: Span, rule: dict[str, Any]) -> bool:
        """The trigger sits in a space context, outside fiction, and passes its rule's check."""
        key = self._key_token(span)
        sent_i = bisect.bisect_right(ctx.sent_starts, span.start) - 1
        sent = ctx.sents[sent_i]
        fiction = ctx.fiction.get(sent_i)
        if fiction is None:  # one look per sentence, however many triggers it holds
            fiction = ctx.fiction[sent_i] = (
                self._fiction(sent, lemmas=ctx.words(sent_i)[1])
                # in a review of a space film, a plot sentence tells no real flight
                or (ctx.fiction_doc and not self._told_flight(ctx, sent))
                # a ride, a game, a water rocket, a flare, a sports metaphor
                or self._play_sentence(ctx, sent)
            )
        # "Hergé a imaginé l'alunissage quinze ans avant Neil Armstrong": dreamt up by the author
        if ctx.fiction_doc and key.head.lemma_ in self.imagined_verbs:
            return False
        if self._without(span):
            return False
        # "Les enfants ont crié comme pour un lancement de fusée": an event in a simile
        if (
            key.pos == NOUN
            and any(c.dep == DEP_DET and c.lower_ in ("un", "une") for c in _kids(key))
            and any(t.lower_ in self.simile_words for t in _toks(key.doc, max(sent.start, key.i - 4), key.i))
        ):
            return False
        # "les passagers du manège reviennent sur la terre ferme": solid ground, said of anyone,
        # unless a vehicle of the sentence comes back ("le premier étage de la Falcon 9 est
        # revenu se poser sur la terre ferme")
        if (
            span.end < len(span.doc)
            and span.doc[span.end].lower_ in self.solid_ground_words
            and not any(
                (e.label == SPACECRAFT_LABEL and self._is_space_ent(e))
                # "Thomas Pesquet a retrouvé la terre ferme": a known astronaut comes back
                or (e.label == PER_LABEL and self._type(e) in self.space_per_types)
                for e in ctx.ents_in(sent)
            )
        ):
            return False
        if fiction or not (
            rule.get("inherent")
            or self._space_sentence(ctx, sent_i)
            # "... a été reporté. Une nouvelle tentative de lancement aura lieu samedi."
            or (
                sent_i > 0
                and ctx.paras[sent_i - 1] == ctx.paras[sent_i]
                and self._space_sentence(ctx, sent_i - 1)
            )
            # "La capsule entame sa rentrée. Le pilote s'éjecte ; le Soviétique se pose": a
            # nationality subject is the flyer the paragraph's space sentences speak of
            or (
                key.pos == VERB
                and any(c.dep == DEP_NSUBJ and self._demonym(c) for c in _kids(key))
                and any(
                    ctx.paras[j] == ctx.paras[sent_i] and self._space_sentence(ctx, j)
                    for j in range(max(0, sent_i - 3), sent_i)
                )
            )
            # "La navette IXV a décollé ... Après avoir survolé l'Afrique, il a ouvert ses parachutes et
            # s'est posé": a pronoun subject stands for the vehicle of a space sentence just before
            or (
                key.pos == VERB
                and self._pronoun_led(key)
                and any(self._space_sentence(ctx, j) for j in range(max(0, sent_i - 3), sent_i))
            )
            # "... vers l'ISS.\n\nLe décollage, prévu mercredi, avait été reporté": a definite event
            # noun, subject of its sentence, points back to a space sentence just before (a quote
            # may sit between)
            or (
                self._definite_subject(key)
                and any(self._space_sentence(ctx, j) for j in range(max(0, sent_i - 3), sent_i))
            )
            # "Le décollage a eu lieu à 4h27. La fusée Longue Marche 2F emportait ...": the vehicle
            # named in the next sentence of the paragraph
            or (
                sent_i + 1 < len(ctx.sents)
                and ctx.paras[sent_i + 1] == ctx.paras[sent_i]
                and any(
                    e.label == SPACECRAFT_LABEL
                    and self._is_space_ent(e)
                    # "une petite balise GPS": a thing named after a space system
                    and not (
                        e.start > 0
                        and ctx.doc[e.start - 1].pos == NOUN
                        and ctx.doc[e.start - 1].lemma_.lower() not in self.generic_craft
                    )
                    for e in ctx.ents_in(ctx.sents[sent_i + 1])
                )
            )
        ):
            return False
        # « un retour sur terre douloureux », "après une telle envolée, un retour sur terre": the
        # earth in lowercase is solid ground or reality, a space return only with a real
        # participant in the sentence
        if (
            span[-1].text == "terre"
            and self.trigger_rules.get(span.label_, {}).get("type") == "LANDING"
            and not self._real_sentence(ctx, sent_i)
        ):
            return False
        # "l'application le met en orbite autour de son bourg", "la brasserie met en orbite sa
        # nouvelle bière": put in orbit, a thing that is no space vehicle is promoted, not launched
        if span[-1].lemma_.lower() == "orbite" and not self._orbit_payload(ctx, key, sent_i):
            return False
        # "Le lancement national aura lieu aux Galeries Lafayette et dans les boutiques": a
        # product put on sale; "La scène de la sortie extravéhiculaire": a part of a work
        if key.pos == NOUN and not self._real_sentence(ctx, sent_i):
            lowers, lemmas = ctx.words(sent_i)
            if self.trigger_rules.get(span.label_, {}).get("type") == "LAUNCH" and (
                lemmas & self.commerce_words or lowers & self.commerce_words
            ):
                return False
            if key.dep == DEP_NMOD and key.head.lemma_.lower() in self.work_part_nouns:
                return False
        # "une danseuse qui semble décoller du sable": an appearance, no event
        if (
            key.pos == VERB
            and "Inf" in _morph(key, "VerbForm")
            and key.head.lemma_.lower() in self.appearance_verbs
            and key.dep in (DEP_XCOMP, DEP_CCOMP)
        ):
            return False
        # "un nom qui donne envie de décoller", "il rêve de s'envoler": a wish is no event (read
        # on the words: the parser hangs the infinitive on "donner" as often as on "envie")
        if key.pos == VERB and "Inf" in _morph(key, "VerbForm"):
            k = key.i - 1
            if k >= 0 and key.doc[k].lower_ in ("s'", "s’", "se"):
                k -= 1
            if (
                k >= 1
                and key.doc[k].lower_ in ("de", "d'", "d’")
                and key.doc[k - 1].lemma_.lower() in self.wish_words
            ):
                return False
        # "Les astronautes doivent s'envoler pour Houston", "se sont envolés vers Moscou à bord d'un
        # avion": a trip on Earth, after the landing
        if key.pos == VERB and self.trigger_rules.get(span.label_, {}).get("type") == "LAUNCH":
            for c in _kids(key):
                if not c.dep_.startswith("obl"):
                    continue
                cases = {k.lower_ for k in _kids(c) if k.dep == DEP_CASE}
                ent = ctx.ent_of.get(c.i)
                if (
                    cases & {"pour", "vers"}
                    and ent is not None
                    and ent.label == LOC_LABEL
                    and not self._is_space_ent(ent)
                    and not any(
                        self._space_tok_or_ent(ctx, t, people=False) for t in _kids(key) if t is not c
                    )
                ):
                    return False
                if c.lemma_.lower() == "bord" and any(
                    k.lemma_.lower() in self.plane_words for k in _kids(c) if k.dep == DEP_NMOD
                ):
                    return False
        # "Depuis son vol inaugural en février 2012, le lanceur a enchaîné quatorze succès": a first
        # flight counted from is the reference of a record, not a flight of the story
        if (
            key.pos == NOUN
            and any(c.dep == DEP_CASE and c.lower_ == "depuis" for c in _kids(key))
            and any(c.lemma_.lower() in self.first_flight_adjectives for c in _kids(key) if c.dep == DEP_AMOD)
        ):
            return False
        # "Soyouz TM-34, amarré à l'ISS depuis le printemps": a state since a date, told of a
        # vehicle already there, not the event
        if key.pos == VERB and self._state_since(ctx, key):
            return False
        # "Pas de décollage spectaculaire ni d'amerrissage", "aucun lancement": an event denied
        if key.pos == NOUN and self._denied_noun(key):
            return False
        # "aucun autre Indien n'a volé", "nul équipage ne s'est posé": nobody did
        if key.pos == VERB and self._denied_subject(key):
            return False
        # "le décollage des ventes", "l'atterrissage en douceur de l'économie": a figure's rise
        # or fall
        if key.pos == NOUN and any(
            c.dep == DEP_NMOD
            and (c.lower_ in self.non_space_subjects or c.lemma_.lower() in self.non_space_subjects)
            for c in _kids(key)
        ):
            return False
        # "l'action X s'est envolée de 20 %": a share price or a turnover takes off, no craft
        # ("le titre s'est envolé de 12 %": a rise by a figure, whatever the parse made the subject)
        if key.pos == VERB and any(
            (c.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS) and c.lower_ in self.non_space_subjects)
            or (c.dep_.startswith("obl") and c.lower_ in self.figure_units)
            for c in _kids(key)
        ):
            return False
        # "faire décoller le stade": a causative launch needs a space object
        if key.pos == VERB and key.i > 0 and key.nbor(-1).lemma_.lower() == "faire":
            # what is made to take off is the noun right after the verb ("fait décoller le stade");
            # a person counts only when known as a flyer (gazetteer type)
            first = next(
                (t for t in _toks(key.doc, key.i + 1, min(sent.end, key.i + 5)) if t.pos in (NOUN, PROPN, X)),
                None,
            )
            if first is None or not self._space_tok_or_ent(ctx, first, people=False):
                return False
        # "une première depuis le vol de X en 1963": the record's reference, not an event told
        if key.pos == NOUN and any(
            c.dep == DEP_CASE and c.lower_ in self.record_preps and self._record_before(c) for c in _kids(key)
        ):
            return False
        # "La sonde ne se posera pas": a negated future tells what will not happen, no event
        if self._negated(key) and self._future(key):
            return False
        # "l'ISS, à laquelle il ne devait pas s'amarrer": a plan denied, no event either (but "ne
        # doit pas se poser avant plusieurs mois" puts the plan later)
        if key.pos == VERB and key.dep == DEP_XCOMP and key.head.lemma_.lower() in ("devoir", "aller"):
            later = any(t.lower_ == "avant" for t in _toks(key.doc, key.i + 1, min(sent.end, key.i + 8)))
            if self._ne_negated([key.head]) and not later:
                return False
        # "Aucun des quatre n'avait jamais volé": a life story, not a flight
        if key.lemma_.lower() in self.never_lemmas and (
            any(c.lower_ == "jamais" and c.dep == DEP_ADVMOD for c in _kids(key))
            # "qui n'avait volé qu'une seule fois": a count of flights, a track record
            or any(t.lower_ == "fois" for t in _toks(key.doc, key.i + 1, min(sent.end, key.i + 5)))
        ):
            return False
        if key.lemma_.lower() in self.career_lemmas and self._career(key):
            return False
        check = rule.get("requires")
        return not check or getattr(self, f"_check_{check}")(ctx, key, span, sent)

    @staticmethod
    def _state_since(ctx: _Context, key: Token) -> bool:
        """A participle without "avoir" ("amarré à l'ISS depuis le printemps", "est posé depuis
        2019") whose complement counts from a date: it tells how long a state has lasted."""
        if "Part" not in _morph(key, "VerbForm") or any(c.dep == DEP_AUX_TENSE for c in _kids(key)):
            return False  # "s'est amarrée au module, en orbite depuis avril": a compound past
        doc = key.doc
        lowers = ctx.word_strings()[0]  # a Token only for a "depuis"
        for i in range(key.i + 1, key.right_edge.i + 1):
            if lowers[i] != "depuis":
                continue
            tok = _tok(doc, i)
            if tok.dep != DEP_CASE:
                continue
            # the complement's own word, hung on the participle or on its object ("amarré à la
            # station depuis juin"), not inside another clause
            head = tok.head
            if head.head.i != key.i and head.head.head.i != key.i:
                continue
            if head.i in ctx.ent_of:
                continue  # "lancée depuis Cap Canaveral": from a place
            words = doc[head.left_edge.i : head.right_edge.i + 1]
            if any(t["label"] == "DATE" for t in ctx.temporals_in(words.start_char, words.end_char + 1)):
                return True
        return False

    @staticmethod
    def _without(span: Span) -> bool:
        """ "descendu à quinze kilomètres de la surface sans pouvoir s'y poser": a verb after
        "sans" tells what did not happen; "tout tester, sauf l'alunissage": nor does the event
        noun after "sauf"."""
        for tok in reversed(_toks(span.doc, max(0, span.start - 4), span.start)):
            word = tok.lower_
            # "tout tester, sauf l'alunissage": the one thing left out
            if word == "sauf" and span.root.pos == NOUN:
                return True
            if word == "sans":
                return span[0].pos in (PRON, VERB, AUX) or span.root.pos == VERB
            if word not in _BETWEEN_SANS_AND_VERB:
                return False
        return False

    def _real_sentence(self, ctx: _Context, sent_i: int) -> bool:
        """A real space participant is named in the sentence (looked at once per sentence)."""
        if sent_i not in ctx.real_sents:
            ctx.real_sents[sent_i] = any(self._real_participant(e) for e in ctx.ents_in(ctx.sents[sent_i]))
        return ctx.real_sents[sent_i]

    def _orbit_payload(self, ctx: _Context, key: Token, sent_i: int) -> bool:
        """What is put in orbit is a space vehicle: a vehicle named or a vehicle noun ("satellite",
        "sonde") in the sentence, or a real space participant (agency, launch site, launcher)."""
        if self._real_sentence(ctx, sent_i):
            return True
        # "Il sera placé en orbite autour du Soleil": the vehicle told before
        verb = key if key.pos == VERB else key.head
        if any(c.dep == DEP_NSUBJ_PASS and c.pos == PRON for c in _kids(verb)):
            return True
        # (a common noun: "la brasserie Cosmonaute" is a brand)
        return any(
            t.text[:1].islower()
            and (t.lemma_.lower() in self.generic_craft or t.lemma_.lower() in self.orbit_payload_nouns)
            for t in ctx.sents[sent_i]
        )

    def _denied_noun(self, key: Token) -> bool:
        """ "pas de décollage", "ni d'amerrissage", "aucun lancement": a noun trigger whose
        determiner denies it."""
        before = [t.lower_ for t in _toks(key.doc, max(0, key.i - 3), key.i)]
        if before and before[-1] in self.denying_determiners:
            return True
        for k in range(len(before) - 1):
            if before[k] in self.denying_adverbs and before[k + 1] in ("de", "d'", "d’"):
                # "pas de X", "ni d'X", with at most the noun's adjective after
                return k + 2 == len(before) or (k + 3 == len(before))
        return False

    def _denied_subject(self, verb: Token) -> bool:
        """The verb's subject is denied by its determiner ("aucun autre Indien", "nul équipage") or
        is the pronoun "aucun" / "personne", with the "ne" of the verb."""
        ne = next((c for c in _kids(verb) if c.lower_ in _NE and c.i < verb.i), None)
        if ne is None:
            return False
        # the words just before "ne", back to a comma: "…, aucun autre Indien n'a volé" (whatever
        # the parser made the subject)
        for tok in reversed(_toks(verb.doc, max(0, ne.i - 4), ne.i)):
            if tok.is_punct or tok.pos in (VERB, AUX):
                break
            if tok.lower_ in self.denying_determiners or (tok.lower_ == "personne" and tok.pos == PRON):
                return True
        subject = self._subject_of(verb)
        if subject is None and verb.dep in (DEP_ACL, DEP_ACL_RELCL) and verb.head.i != verb.i:
            subject = verb.head  # "Aucune fusée Ariane 6 n'a décollé" parsed as a noun and its clause
        if subject is None:
            return False
        return (
            subject.lower_ in self.denying_determiners
            or subject.lower_ == "personne"
            or any(
                c.dep in (DEP_DET, DEP_AMOD) and c.lower_ in self.denying_determiners for c in _kids(subject)
            )
        )

    def _career(self, key: Token) -> bool:
        """ "X avait déjà volé en 2005", "il avait déjà commandé le vol de Y", "le premier Français à
        avoir volé": a flyer's past told as background or a record, not a flight of the story."""
        # the verb that carries the tense: the trigger itself, or the verb a flight noun hangs on
        verb = (
            key if key.pos == VERB else key.head if key.dep in (DEP_OBJ, DEP_NSUBJ, DEP_NSUBJ_PASS) else None
        )
        if verb is not None:
            kids = _kids(verb)
            if any(c.lower_ == "déjà" for c in kids) and any(
                c.dep_.startswith("aux") and "Imp" in _morph(c, "Tense") for c in kids
            ):
                return True
        if key.pos != VERB or not any(c.dep == DEP_MARK and c.lower_ == "à" for c in _kids(key)):
            return False
        # "premier civil chinois à voler": a rank word just before the infinitive's "à"
        mark = next(c for c in _kids(key) if c.dep == DEP_MARK and c.lower_ == "à")
        return any(t.lower_ in self.rank_words for t in _toks(key.doc, max(0, mark.i - 7), mark.i))

    def _record_before(self, prep: Token) -> bool:
        """ "une première depuis ...": a record word just before the preposition."""
        doc = prep.doc
        return any(t.lower_ in self.record_words for t in _toks(doc, max(0, prep.i - 3), prep.i))

    def _mentions(self, ctx: _Context, span: Span, rule: dict[str, Any]) -> list[Mention]:
        key = self._key_token(span)
        sent_i = bisect.bisect_right(ctx.sent_starts, span.start) - 1
        sent = ctx.sents[sent_i]
        # "les lancements sont toujours incroyables": a generic statement, no event
        if (
            key.pos == NOUN
            and "Plur" in _morph(key, "Number")
            and not rule.get("per_participant_when_plural")
            and not rule.get("allow_plural")
        ):
            # "une partie des lancements": so is a share of many
            if any(c.lower_ == "les" or (c.lower_ == "des" and key.dep == DEP_NMOD) for c in _kids(key)):
                return []
        if self._count_or_generic(ctx, key, sent):
            return []
        if key.pos == NOUN and self._veteran_of(key):
            return []
        if self._hypothetical(key, sent):
            return []
        kind = rule["type"]
        if kind == "SPACEWALK" and self._tally(ctx, key, sent):
            return []
        if (
            kind == "LANDING"
            and key.lemma_.lower() == "écraser"
            and any(
                sent.start_char <= c < sent.end_char and other == "LAUNCH"
                for c, other in zip(ctx.trigger_chars, ctx.trigger_kinds, strict=False)
            )
            and any(t.lemma_.lower() in self.failed_lemmas for t in sent if t.i != key.i)
            # ("s'était écrasé sur la Lune, et ... le premier lancement avait échoué": a landing)
            and not any(
                e.label == LOC_LABEL and self._type(e) == "celestial" and e.start > key.i
                for e in ctx.ents_in(sent)
            )
        ):
            # "Un cargo s'écrase après un échec au lancement": the crash is the launch's failure
            return []
        mention = Mention(
            type=kind,
            status=self._status(key, span, sent),
            start=span.start_char,
            end=span.end_char,
            text=span_text(span),
            sent=sent_i,
            para=ctx.paras[sent_i],
            weak=bool(rule.get("weak")),
            at_site=rule.get("requires") == "tower_catch",
        )
        if rule.get("status"):
            # "le cargo a percuté le module": the trigger tells the outcome itself
            mention.status = rule["status"]
        elif mention.status == "occurred" and kind == "DOCKING" and self._docking_collision(key, sent):
            mention.status = "failed"
        if mention.status == "occurred" and kind in ("LAUNCH", "LANDING") and self._fails_next(ctx, sent_i):
            mention.status = "failed"
        if mention.status == "planned" and self._past_plan(key, span, sent):
            mention.past_plan = True
            # "devait se poser sur la Lune, mais la descente a été annulée": the plan was dropped
            if self._dropped_after(key, sent) or self._first_plan(key, span, sent):
                mention.status = "cancelled"
            # "Le premier étage devait se poser sur une barge. Il a été perdu pendant sa descente"
            elif kind == "LANDING" and (self._fails_next(ctx, sent_i) or self._lost_next(ctx, sent_i)):
                mention.status = "failed"
        mention.outcome = mention.status == "failed" and self._outcome(key)
        nested: list[Token] = []  # the clauses nested under the trigger's own (see _scope)
        scope = self._scope(key, span, sent, nested)
        # a subordinate clause telling its own event keeps its people and vehicles
        foreign = self._foreign_clauses(ctx, sent_i, key, kind)
        self._fill_people(
            ctx, mention, key, span, scope, sent, local_only=rule["id"] == "launch:vol", foreign=foreign
        )
        mention.crew_ref = kind != "SPACEWALK" and self._crew_reference(ctx, key)
        mention.unnamed_walker = kind == "SPACEWALK" and self._unnamed_walker(ctx, key)
        self._fill_craft(ctx, mention, key, scope, sent, foreign)
        if kind == "LAUNCH":
            self._named_craft_next(ctx, mention, sent_i)
            self._aboard_next(ctx, mention, sent_i)
        if key.pos == NOUN and any(
            c.dep == DEP_NMOD and c.lemma_.lower() in self.relief_nouns for c in _kids(key)
        ):
            # "le décollage de leurs remplaçants": others fly, in a ship the sentence does not name
            inside = {t.idx for t in key.subtree}
            mention.participants = {}
            mention.spacecraft = {
                name: ev for name, ev in mention.spacecraft.items() if ev["start"] in inside
            }
        if mention.participants and self._empty_flight(sent):
            mention.participants = {}
        if mention.participants and kind != "SPACEWALK" and self._uncrewed(ctx, mention, sent):
            # "le cargo Progress s'est amarré à l'ISS, où séjournent X et Y": hosts, not flyers
            # (the walkers who service a telescope are people all the same)
            mention.participants = {}
        self._fill_orgs(ctx, mention, sent)
        self._fill_place(ctx, mention, span, sent, rule)
        if kind == "LAUNCH":
            self._fill_destination(ctx, mention, span, sent)
        self._fill_temporal(ctx, mention, key, scope, sent, sent_i, nested)
        if mention.status == "planned" and not mention.past_plan and self._told_as_past(ctx, mention):
            # "Cinq mois plus tard, Voskhod 2 décollera à son tour": a historical future
            mention.status = "occurred"
        first_plan = self._first_planned_date(ctx, mention, sent)
        if first_plan is not None:
            # "sa mission NS-21, initialement prévue le 20 mai mais reportée": the day first set is
            # an attempt called off, not the day of the flight told
            called_off = Mention(
                **{**mention.__dict__, "status": "cancelled", "date": first_plan, "time": None}
            )
            mention.date = None
            return [called_off, mention]
        if rule.get("per_participant_when_plural") and "Plur" in _morph(key, "Number"):
            if len(mention.participants) > 1:
                out = []
                for name, ev in mention.participants.items():
                    copy = Mention(**{**mention.__dict__, "participants": {name: ev}, "split": True})
                    out.append(copy)
                return out
        gapped = self._gapped(ctx, mention, key, sent)
        if gapped is not None:
            return [mention, gapped]
        twice = self._two_days(ctx, mention, sent)
        if twice:
            # "Le 20 novembre 2005, puis le 26 novembre, elle s'était posée": two landings
            return [Mention(**{**mention.__dict__, "date": day, "time": None}) for day in twice]
        if kind in ("LAUNCH", "LANDING") and mention.status == "cancelled":
            dates = self._attempt_dates(ctx, sent, key)
            if len(dates) > 1:
                # "annulé à deux reprises, le 6 mai et le 1er juin", "lundi puis mardi, la NASA a dû
                # renoncer à faire atterrir la navette": each attempt is its own event
                return [Mention(**{**mention.__dict__, "date": item}) for item in dates]
        if (
            kind == "LAUNCH"
            and rule["id"] == "launch:vol"
            and not (mention.participants or mention.spacecraft or mention.organizations)
        ):
            return []
        if mention.weak and kind == "LAUNCH" and key.pos == VERB:
            carried = self._carried(ctx, mention, key, sent)
            if carried:
                return carried
            # "le vol VV15 avait échoué, emportant le satellite X": the failure verb the carrying
            # verb hangs on tells a failed launch of that payload on its own
            if mention.status == "failed" and key.dep == DEP_ADVCL and mention.spacecraft:
                mention.weak = False
        return [mention]

    @staticmethod
    def _outcome(key: Token) -> bool:
        """ "Le lancement a échoué.": a definite event noun, no rank word ("le premier tir avait
        échoué" is another flight), subject of a verb not in the pluperfect."""
        if key.pos != NOUN or key.dep != DEP_NSUBJ or key.head.pos != VERB:
            return False
        kids = _kids(key)
        return (
            any(c.dep == DEP_DET and c.lower_ in ("le", "la", "l'", "l’") for c in kids)
            and not any(c.dep == DEP_AMOD for c in kids)
            and not EventExtractor._pluperfect(key.head)
        )

    def _veteran_of(self, words: Span | Token) -> bool:
        """ "vétéran du vol Vostok 3": a flight (or vehicle) named as a flyer's past (any word of
        the name: the parser may hang its number on the noun itself)."""
        for tok in [words] if isinstance(words, Token) else _toks(words.doc, words.start, words.end):
            for _ in range(2):
                head = tok.head  # (each read of Token.head makes a new Token)
                if head.i == tok.i or head.pos in (VERB, AUX):
                    break
                tok = head
                if tok.lemma_.lower() in self.veteran_nouns or tok.lower_ in self.veteran_nouns:
                    return True
        return False

    def _named_craft_next(self, ctx: _Context, m: Mention, sent_i: int) -> None:
        """ "Une fusée Atlas décolle avec Scott Carpenter. Sa capsule Mercury porte le nom d'Aurora
        7": the next sentence, on "sa capsule" and telling no event, names the ship that flew (not
        the family said as its kind, "capsule Mercury")."""
        nxt = sent_i + 1
        if nxt >= len(ctx.sents) or ctx.paras[nxt] != m.para:
            return
        sent = ctx.sents[nxt]
        if (
            len(sent) < 3
            or sent[0].lower_ not in ("sa", "son")
            or sent[1].lemma_.lower() not in self.generic_craft
        ):
            return
        if any(sent.start_char <= c < sent.end_char for c in ctx.trigger_chars):
            return
        for ent in ctx.ents_in(sent):
            if (
                ent.label == SPACECRAFT_LABEL
                and ent.start != sent.start + 2
                and self._is_space_ent(ent)
                and not self._is_station(ent)
                and self._type(ent) not in self.launcher_types
                and not self._compared(ent)
            ):
                m.spacecraft.setdefault(self._same_vehicle(ctx, ent), _ev(ent))

    def _aboard_next(self, ctx: _Context, m: Mention, sent_i: int) -> None:
        """ "Une fusée Vostok s'élève de Baïkonour. Au sommet, dans la capsule Vostok 2, un pilote,
        Guerman Titov.": the verbless sentence right after the lift-off names who and what flew
        (not the people it names through another noun: "suppléant de Iouri Gagarine")."""
        following = None
        for nxt in (sent_i + 1, sent_i + 2):
            if nxt >= len(ctx.sents) or ctx.paras[nxt] != m.para:
                return
            if span_text(ctx.sents[nxt]).lower().startswith(self.aboard_openers):
                following = ctx.sents[nxt]
                break
            # ("C'est la première fois qu'un équipage décolle de nuit. À bord du vaisseau Soyouz 9,
            # ...": a sentence between that names nobody and nothing)
            if any(e.label in (PER_LABEL, SPACECRAFT_LABEL) for e in ctx.ents_in(ctx.sents[nxt])):
                return
        if following is None or any(t.pos in (VERB, AUX) for t in following):
            return
        for ent in ctx.ents_in(following):
            if ent.label == SPACECRAFT_LABEL:
                if (
                    self._is_space_ent(ent)
                    and not self._is_station(ent)
                    and not self._compared(ent)
                    and not self._veteran_of(ent)
                ):
                    m.spacecraft.setdefault(self._same_vehicle(ctx, ent), _ev(ent))
            elif (
                ent.label == PER_LABEL
                and ent.root.dep != DEP_NMOD
                and self._type(ent) in self.space_per_types
                and not DIGITS.search(span_text(ent))
            ):
                m.participants.setdefault(canon(ent), _ev(ent))

    @staticmethod
    def _told_as_past(ctx: _Context, m: Mention) -> bool:
        """A plan dated in a month before the article's publication (see :meth:`_historical_future`
        for undated articles)."""
        if m.date is None:
            return False
        day = m.date[0]
        published = str(ctx.doc._.orbitext_date or "")[:10]
        return len(published) == 10 and len(day) >= 7 and day[:7] < published[:7]

    def _first_planned_date(self, ctx: _Context, m: Mention, sent: Span) -> tuple[str, dict] | None:
        """The mention's date when the text gives it as the day first planned and then moved
        ("initialement prévue le 20 mai mais reportée", "d'abord prévu le 9 février, ... décalé")."""
        if m.type not in ("LAUNCH", "LANDING", "DOCKING", "UNDOCKING"):
            return None
        text = doc_text(ctx.doc)
        date = m.date
        if date is None:
            # "Le lancement, d'abord prévu le 9 février, avait été décalé": the day set beside the
            # trigger, which the clause test kept from it
            for t in ctx.temporals_in(m.end, min(sent.end_char, m.end + 60)):
                if t["label"] == "DATE" and t.get("value"):
                    date = (t["value"], {"start": t["start"], "end": t["end"], "text": t["text"]})
                    break
        if date is None:
            return None
        start = date[1].get("start")
        if start is None or not _FIRST_PLAN.search(text, max(sent.start_char, start - 40), start):
            return None
        if self.moved_plan_re is None or not self.moved_plan_re.search(text, start, sent.end_char):
            return None
        return date

    def _gapped(self, ctx: _Context, m: Mention, key: Token, sent: Span) -> Mention | None:
        """ "Tianwen-1 doit décoller jeudi de Hainan, et le rover Perseverance le 30 juillet, depuis
        la Floride": after ", et", a vehicle with a day of its own and no verb shares the trigger
        (a gapped clause): a second event of its own, with its own day and place."""
        if key.pos != VERB or m.weak:
            return None  # (a weak verb's payloads are read by _carried)
        doc = ctx.doc
        # the words read from the document's lower-case strings: a Token only where one may fit
        lowers = ctx.word_strings()[0]
        comma_et = next(
            (i for i in range(key.i + 2, sent.end) if lowers[i] == "et" and doc[i - 1].text == ","), None
        )
        if comma_et is None:
            return None
        ends = (";", ".", ":", "!", "?")
        stop = next(
            (j for j in range(comma_et + 1, sent.end) if lowers[j] in ends and doc[j].text in ends), sent.end
        )
        segment = doc[comma_et + 1 : stop]
        if not len(segment) or any(t.pos in (VERB, AUX) for t in segment):
            return None
        crafts = [e for e in ctx.ents_in(segment) if e.label == SPACECRAFT_LABEL]
        days = [
            t
            for t in ctx.temporals_in(segment.start_char, segment.end_char)
            if t["label"] == "DATE" and t.get("value")
        ]
        if len(crafts) != 1 or len(days) != 1 or m.date is None or m.date[0] == days[0]["value"]:
            return None
        craft, day = crafts[0], days[0]
        if (
            m.date[1]["start"] >= doc[comma_et].idx
            or "depuis" in ctx.lower_text[max(0, day["start"] - 8) : day["start"]]
        ):
            return None  # the first event's day is not its own, or "en orbite depuis 2020" is a state
        name = self._same_vehicle(ctx, craft)
        m.spacecraft.pop(name, None)
        # "le lanceur a emporté X en 2021, et Y en 2023": the launcher flies both
        launchers = {}
        for other, ev in m.spacecraft.items():
            tok = doc[self._token_at(ctx, ev["start"])]
            ent = ctx.ent_of.get(tok.i)
            if (ent is not None and self._type(ent) in self.launcher_types) or (
                ent is None and self.generic_craft.get(tok.lemma_.lower()) == "launcher"
            ):
                launchers[other] = ev
        places = [e for e in ctx.ents_in(segment) if e.label == LOC_LABEL]
        place = (self._site_name(canon(places[0])), _ev(places[0]), 0) if places else None
        if place is not None and m.place is not None and m.place[1]["start"] == place[1]["start"]:
            m.place = None  # the place the first event took belongs to the gapped one
        return Mention(
            **{
                **m.__dict__,
                "start": craft.start_char,
                "end": craft.end_char,
                "spacecraft": {**launchers, name: _ev(craft)},
                "participants": {},
                "organizations": {},
                "date": (day["value"], {k: day[k] for k in ("start", "end", "text")}),
                "time": None,
                "weak_date": None,
                "weak_time": None,
                "place": place,
            }
        )

    def _hypothetical(self, key: Token, sent: Span) -> bool:
        """ "Si le rendez-vous échoue, Spider ne peut pas revenir sur Terre": what could not happen
        under a condition is no event."""
        # the sentence's first words, past an opening quote: "Si ...", "« S'il ..."
        words = [
            t.lower_ for t in _toks(key.doc, sent.start, min(sent.end, sent.start + 3)) if not t.is_punct
        ]
        conditional = words[:1] == ["si"] or (
            len(words) > 1 and words[0] in ("s'", "s’") and words[1] in ("il", "ils")
        )
        return conditional and self._negated(key)

    @staticmethod
    def _two_days(ctx: _Context, m: Mention, sent: Span) -> list[tuple[str, dict]]:
        """Two full days joined by "puis" (or "et puis") in a sentence that tells one event that
        happened: the event happened on each day."""
        if m.status != "occurred" or m.date is None:
            return []
        if sum(1 for c in ctx.trigger_chars if sent.start_char <= c < sent.end_char) != 1:
            return []
        days = [
            t
            for t in ctx.temporals_in(sent.start_char, sent.end_char)
            if t["label"] == "DATE" and len(t.get("value") or "") == 10
        ]
        if len(days) != 2 or days[0]["value"] == days[1]["value"]:
            return []
        if not _THEN.fullmatch(doc_text(ctx.doc), days[0]["end"], days[1]["start"]):
            return []
        return [(t["value"], {k: t[k] for k in ("start", "end", "text")}) for t in days]

    def _carried(self, ctx: _Context, m: Mention, key: Token, sent: Span) -> list[Mention]:
        """ "le lanceur a emporté le télescope James Webb, en décembre 2021, et la sonde Juice, en
        avril 2023": a launcher (named, "le lanceur", or "elle") that carried named payloads tells
        launches of its own, one per payload when each has its own date."""
        subject = self._subject_of(key)
        if subject is None:
            return []
        ent = ctx.ent_of.get(subject.i)
        launcher: Span | None = None
        if ent is not None and ent.label == SPACECRAFT_LABEL and self._type(ent) in self.launcher_types:
            launcher = ent
        elif (
            self.generic_craft.get(subject.lemma_.lower()) == "launcher"
            or subject.lower_ in self.coref_pronouns
        ):
            launcher = self._previous_craft(ctx, key.i, "launcher", max_back=150)
            if launcher is not None and self._type(launcher) not in self.launcher_types:
                launcher = None
        if launcher is None:
            return []
        payloads = [
            e
            for e in ctx.ents_in(sent)
            if e.start > key.i
            and e.label == SPACECRAFT_LABEL
            and not self._is_station(e)
            and self._type(e) not in self.launcher_types | self.non_space_craft_types
        ]
        if not payloads:
            return []
        m.weak = False
        m.spacecraft.setdefault(canon(launcher), _ev(launcher))
        ends = [p.start_char for p in payloads[1:]] + [sent.end_char]
        dated: list[tuple[Span, tuple[str, dict]]] = []
        for payload, stop in zip(payloads, ends, strict=True):
            found = [
                t for t in ctx.temporals_in(payload.end_char, stop) if t["label"] == "DATE" and t.get("value")
            ]
            if found:
                t = found[0]
                dated.append(
                    (payload, (t["value"], {"start": t["start"], "end": t["end"], "text": t["text"]}))
                )
        if len(dated) < 2 or len(dated) != len(payloads) or len({d[1][0] for d in dated}) < 2:
            return [m]
        out: list[Mention] = []
        for payload, date in dated:
            crafts = {canon(launcher): _ev(launcher), canon(payload): _ev(payload)}
            stop = ends[payloads.index(payload)]
            # "la sonde Juice, vers Jupiter, en avril": the destination said with that payload
            dest = (
                m.destination
                if m.destination and payload.end_char <= m.destination[1]["start"] < stop
                else None
            )
            out.append(
                Mention(
                    **{**m.__dict__, "spacecraft": crafts, "date": date, "destination": dest, "split": True}
                )
            )
        return out

    def _count_or_generic(self, ctx: _Context, key: Token, sent: Span) -> bool:
        """ "Il volera encore deux fois": a count of flights; "c'est la première fois qu'un équipage
        décolle de ce pas de tir": an indefinite subject in the present, with no name and no date,
        tells what happens in general, not an event."""
        if key.pos != VERB:
            return False
        after = _toks(key.doc, key.i + 1, min(sent.end, key.i + 5))
        if any(t.lemma_.lower() == "fois" and t.i > 0 and t.nbor(-1).pos == NUM for t in after):
            return True
        # "l'entreprise veut placer en orbite les satellites d'Amazon": an aim with no date of its own
        aim = None
        if "Inf" in _morph(key, "VerbForm"):
            # up the chain of infinitives ("veut concurrencer X et placer Y", parsed in any order)
            node = key
            for _ in range(3):
                if node.head.i == node.i or node.dep not in (DEP_XCOMP, DEP_CONJ, DEP_OBJ):
                    break
                node = node.head
                if node.lemma_.lower() in self.aim_verbs:
                    aim = node
                    break
        if aim is not None:
            told = {t.i for t in key.subtree}
            if not any(
                t["label"] == "DATE" and self._token_at(ctx, t["start"]) in told
                for t in ctx.temporals_in(sent.start_char, sent.end_char)
            ):
                return True
        # "un accord permet à des cosmonautes de voler sur les capsules X": an infinitive whose
        # doer is an indefinite plural tells what may happen in general
        # ("avant de s'amarrer", "pour rejoindre": an adverbial infinitive's doer is the subject of
        # the verb it hangs on, never one of that verb's complements)
        adverbial = any(
            c.dep == DEP_MARK and c.lower_ in ("avant", "pour", "sans", "afin", "après") for c in _kids(key)
        )
        if "Inf" in _morph(key, "VerbForm") and key.head.i != key.i and not adverbial:
            if key.head.pos == VERB:
                doers = [c for c in _kids(key.head) if c.dep in (DEP_OBL_ARG, DEP_IOBJ, DEP_OBL_MOD, DEP_OBJ)]
            else:  # "à des cosmonautes de voler" read as the noun's clause
                doers = [key.head]
            if any(
                d.pos == NOUN
                and "Plur" in _morph(d, "Number")
                and any(c.dep == DEP_DET and c.lower_ == "des" for c in _kids(d))
                and not any(
                    ctx.ent_of.get(t.i) is not None and ctx.ent_of[t.i].label == PER_LABEL for t in d.subtree
                )
                for d in doers
            ):
                return True
        # a simple tense (present or imperfect: no auxiliary, no participle, no future)
        if (
            any(c.dep_.startswith("aux") for c in _kids(key))
            or key.lower_.endswith(("é", "ée", "és", "ées", "er"))
            or self._future(key)
        ):
            return False
        subject = next((c for c in _kids(key) if c.dep == DEP_NSUBJ), None)
        if subject is None and key.dep == DEP_ACL:  # "qu'une fusée décolle" read as a relative
            subject = key.head
        if subject is None or subject.pos != NOUN:
            return False
        if not any(c.dep == DEP_DET and "Ind" in _morph(c, "Definite") for c in _kids(subject)):
            return False
        if any(ctx.ent_of.get(t.i) is not None for t in key.subtree):
            return False
        return not ctx.temporals_in(sent.start_char, sent.end_char)

    @staticmethod
    def _tally(ctx: _Context, key: Token, sent: Span) -> bool:
        """ "ils ont réalisé quatre sorties extravéhiculaires": outings counted, with no day, are a
        tally, not an event."""
        if key.pos != NOUN or "Plur" not in _morph(key, "Number"):
            return False
        counted = any((c.dep == DEP_NUMMOD and c.pos == NUM) or c.lower_ == "plusieurs" for c in _kids(key))
        return counted and not any(
            t["label"] == "DATE" for t in ctx.temporals_in(sent.start_char, sent.end_char)
        )

    def _empty_flight(self, sent: Span) -> bool:
        """ "la capsule s'est posée sans équipage": a flight told as empty has no crew."""
        text = span_text(sent).lower()
        return any(cue in text for cue in self.rules.get("empty_flight_cues", []))

    def _uncrewed(self, ctx: _Context, m: Mention, sent: Span) -> bool:
        """Every vehicle of the mention is a cargo, probe or other uncrewed craft."""
        crafts = [e for e in ctx.ents_in(sent) if e.label == SPACECRAFT_LABEL and canon(e) in m.spacecraft]
        vehicles = [
            e
            for e in crafts
            if not self._is_station(e)
            and self._type(e) not in self.launcher_types
            and not self._told_module(e)
        ]
        if not vehicles:
            return False
        # "Cygnus a été capturé par le bras ..., puis arrimé au module Unity": the vehicle the
        # sentence is about comes first; a module or arm named after it carries nobody either
        return self._uncrewed_ent(vehicles[0]) and not any(
            self._type(e) in self.crewed_types for e in vehicles
        )

    @staticmethod
    def _told_module(ent: Span) -> bool:
        """ "arrimé au module Unity": a part of the station, whatever else the name may be."""
        return ent.start > 0 and ent.doc[ent.start - 1].lemma_.lower() == "module"

    def _uncrewed_ent(self, ent: Span) -> bool:
        """A cargo, probe or other uncrewed vehicle: by gazetteer type, by name, or "le cargo X"."""
        if self._type(ent) in self.uncrewed_types:
            return True
        name = canon(ent).lower()
        if any(name.startswith(n) for n in self.uncrewed_names):
            return True
        return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "cargo"

    def _attempt_dates(self, ctx: _Context, sent: Span, key: Token | None = None) -> list[tuple[str, dict]]:
        """Full dates of the sentence, except a new target ("reporté au 12 mai") and, given the
        trigger, the dates closer to another trigger ("après un essai avorté jeudi, la fusée a
        décollé samedi")."""
        out: list[tuple[str, dict]] = []
        text = doc_text(ctx.doc)
        others = (
            []
            if key is None
            else [c for c in ctx.trigger_chars if c != key.idx and sent.start_char <= c < sent.end_char]
        )
        for item in ctx.temporals_in(sent.start_char, sent.end_char):
            value = item.get("value") or ""
            if item["label"] != "DATE" or len(value) != 10 or any(v == value for v, _ in out):
                continue
            if key is not None and any(abs(item["start"] - c) < abs(item["start"] - key.idx) for c in others):
                continue
            before = text[max(sent.start_char, item["start"] - 9) : item["start"]].lower().split()
            if before and before[-1] in ("au", "à", "pour", "jusqu'au", "jusqu’au", "vers"):
                continue
            out.append((value, {"start": item["start"], "end": item["end"], "text": item["text"]}))
        return out

    def _docking_collision(self, key: Token, sent: Span) -> bool:
        """ "une collision lors de l'amarrage", "est entré en collision avec la station pendant son
        accostage": a docking that struck its target failed."""
        doc = key.doc
        window = _toks(doc, max(sent.start, key.i - 12), min(sent.end, key.i + 9))
        return any(t.lemma_.lower() in self.failed_docking_lemmas for t in window)

    def _check_attempt(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "Une première tentative, lundi, avait été annulée": a scrubbed launch attempt, in an
        article that tells of a launch; "un essai de moteur annulé" is no launch."""
        if not ctx.has_launch or self._status(key, span, sent) != "cancelled":
            return False
        # "Le compte à rebours avait été interrompu, ce qui a retardé le départ d'une cinquantaine
        # de minutes": a hold on the day, measured in minutes, is no scrubbed attempt
        lemmas = ctx.words(bisect.bisect_right(ctx.sent_starts, sent.start) - 1)[1]
        if lemmas & self.hold_delay_words and lemmas & self.hold_delay_units:
            return False
        # "après deux tentatives avortées": a count of attempts told with no date is no event
        # ("les essais précédents, le 29 août puis le 3 septembre, avaient été annulés" name theirs
        # between the noun and its verb)
        # the tagger leaves some plurals unmarked ("plusieurs reports"): the -s of these nouns says it
        if "Plur" in _morph(key, "Number") or key.lower_.endswith(("s", "x")):
            verb = next(
                (
                    t
                    for t in _toks(key.doc, key.i + 1, sent.end)
                    if t.pos == AUX or (t.pos == VERB and t.dep not in (DEP_ACL, DEP_AMOD))
                ),
                None,
            )
            stop = verb.idx if verb is not None else sent.end_char
            if not any(key.idx < ev["start"] < stop for _, ev in self._attempt_dates(ctx, sent)):
                return False
        allowed = set(self.rules.get("attempt_complements", []))
        for child in _kids(key):
            # "tentative de sauvetage", "essai de moteur" (not "tentative, lundi, ...")
            if child.dep != DEP_NMOD or not any(c.dep == DEP_CASE and c.lemma_ == "de" for c in _kids(child)):
                continue
            if child.lemma_.lower() not in allowed:
                ent = ctx.ent_of.get(child.i)
                if ent is None or ent.label != SPACECRAFT_LABEL:
                    return False
        return True

    def _lost_next(self, ctx: _Context, sent_i: int) -> bool:
        """ "Il a été perdu pendant sa descente": the next sentence of the paragraph, with no trigger
        of its own, tells the vehicle (a pronoun or a vehicle noun) was lost."""
        nxt = sent_i + 1
        if nxt >= len(ctx.sents) or ctx.paras[nxt] != ctx.paras[sent_i]:
            return False
        following = ctx.sents[nxt]
        if any(following.start_char <= c < following.end_char for c in ctx.trigger_chars):
            return False
        for tok in following:
            if tok.pos != VERB or tok.lemma_.lower() not in self.lost_verbs:
                continue
            subject = next((c for c in _kids(tok) if c.dep_.startswith("nsubj")), None)
            if subject is not None and (
                subject.lower_ in self.coref_pronouns or subject.lemma_.lower() in self.generic_craft
            ):
                return True
        return False

    def _fails_next(self, ctx: _Context, sent_i: int) -> bool:
        """ "a décollé ... Mais l'ensemble s'est mis à tournoyer avant d'exploser": the next sentence
        of the paragraph, with no trigger of its own, tells the flight failed."""
        nxt = sent_i + 1
        if nxt >= len(ctx.sents) or ctx.paras[nxt] != ctx.paras[sent_i]:
            return False
        following = ctx.sents[nxt]
        # "Mais huit minutes après le décollage, le lanceur a dévié": a trigger told as the moment
        # of what follows points back to this flight, it is no event of its own
        moment_preps = self.moment_preps
        if any(
            following.start_char <= c < following.end_char
            and not any(
                k.dep == DEP_CASE and k.lower_ in moment_preps
                for k in _kids(_tok(ctx.doc, self._token_at(ctx, c)))
            )
            for c in ctx.trigger_chars
        ):
            return False
        # "Un premier essai, la veille, avait été annulé à cause d'une anomalie": the mishap called
        # off an attempt, the flight told before went well
        lemmas = ctx.words(nxt)[1]
        if not lemmas.isdisjoint(self.cancelled_lemmas):
            return False
        if any(
            (
                (t.pos == VERB and (t.lemma_.lower() in self.failed_verbs or self._failure_verb(t)))
                # "Elle s'est abîmée dans l'océan": the tagger may miss the verb of a failure word
                or (
                    t.lemma_.lower() in self.failed_verbs
                    and any(c.dep_.startswith(("aux", "cop", "expl")) for c in _kids(t))
                )
            )
            and not _overcome(t)
            for t in _toks(ctx.doc, following.start, following.end)
        ):
            return True
        # "La perte du lanceur est un revers": a failure noun whose complement is the vehicle
        return not lemmas.isdisjoint(self.failed_lemmas) and any(
            t.pos == NOUN
            and t.lemma_.lower() in self.failed_lemmas
            and any(
                c.dep == DEP_NMOD
                and (
                    c.lemma_.lower() in self.generic_craft
                    or ((e := ctx.ent_of.get(c.i)) is not None and e.label == SPACECRAFT_LABEL)
                )
                for c in _kids(t)
            )
            for t in _toks(ctx.doc, following.start, following.end)
        )

    def _space_sentence(self, ctx: _Context, sent_i: int) -> bool:
        if sent_i not in ctx.space_sents:  # one look per sentence, however many triggers it holds
            lowers, lemmas = ctx.words(sent_i)
            if lemmas & self.space_words or lowers & self.space_lemmas:
                found = self._space_context(ctx, ctx.sents[sent_i])
            else:  # no word _space_token could take (most sentences): only a space entity counts
                found = any(self._is_space_ent(ent) for ent in ctx.ents_in(ctx.sents[sent_i]))
            ctx.space_sents[sent_i] = found
        return ctx.space_sents[sent_i]

    def _fiction(
        self,
        sent: Span,
        lemma_ids: numpy.ndarray | None = None,
        lemmas: set[str] | frozenset[str] | None = None,
    ) -> bool:
        """A film or novel plot ("le film raconte la sortie dans l'espace d'une astronaute");
        ``lemmas``: the sentence's lemma set when the caller has it (see _Context.words)."""
        if lemmas is None:
            lemmas = lemma_set(sent.doc, sent, lemma_ids)
        return bool(lemmas & self.fiction_nouns) and bool(lemmas & self.fiction_verbs)

    def _space_context(self, ctx: _Context, sent: Span) -> bool:
        for ent in ctx.ents_in(sent):
            if self._is_space_ent(ent):
                return True
        words = ctx.words_of(sent)
        if words is not None:
            lowers, lemmas = words
            # no space word at all in the sentence: no token to read one by one
            if (
                "espace" not in lemmas
                and lemmas.isdisjoint(self.space_lemmas)
                and lowers.isdisjoint(self.space_lemmas)
            ):
                return False
        return any(self._space_token(tok) for tok in sent)

    def _scope(self, key: Token, span: Span, sent: Span, nested: list[Token] | None = None) -> list[Token]:
        """Tokens of the trigger's own clause: its subtree without nested clauses (relatives...);
        ``nested`` gets the heads of the nested clauses left out that are in the sentence."""
        head = key
        # coordinated or infinitive verbs share the arguments of their governor
        if key.pos == VERB and key.dep in (DEP_CONJ, DEP_XCOMP) and key.head.pos in (VERB, AUX):
            head = key.head
        tokens: list[Token] = []
        stack = [head]
        while stack:
            tok = stack.pop()
            if not sent.start <= tok.i < sent.end:
                continue
            tokens.append(tok)
            for child in _kids(tok):
                if child.i == key.i or not _nested_clause(child):
                    stack.append(child)
                elif nested is not None and sent.start <= child.i < sent.end:
                    nested.append(child)
        return sorted(tokens, key=lambda t: t.i)

    @staticmethod
    def _outside_clauses(nested: list[Token]) -> set[int]:
        """Token indices of the clauses nested under the trigger's clause (their dates are theirs),
        from their heads in the sentence that _scope left out: a title line the parser hung on the
        trigger ("Il y a 33 ans, un Vaudois aidait ...\n\nLe 2 décembre 1993, la navette
        s'arrachait") is another sentence, whose subtree may reach into this one."""
        out: set[int] = set()
        for head in nested:
            out.update(_subtree_ids(head))
        return out

    def _foreign_clauses(self, ctx: _Context, sent_i: int, key: Token, kind: str) -> set[int]:
        """Token indices of a subordinate clause of the trigger's sentence ("avant que", "alors
        que", "lorsque" ... up to the next comma) that tells an event of its own, when the trigger
        is outside it: "s'était écrasée le 21 juillet, deux heures avant qu'Armstrong et Aldrin ne
        redécollent à bord d'Eagle" (its vehicles and people are that event's). Read on the
        surface: the parser often makes the subordinate verb the root."""
        sent = ctx.sents[sent_i]
        triggers = {c for c in ctx.trigger_chars if sent.start_char <= c < sent.end_char and c != key.idx}
        if not triggers:  # most sentences hold one trigger
            return set()
        out = self._coordinated_clauses(ctx, sent, key, kind)
        words = ctx.words(sent_i)[0]
        if words.isdisjoint(_SUBORDINATE_OPENERS) and words.isdisjoint(_TIMED_FROM):
            return out
        doc = ctx.doc
        i = sent.start
        while i < sent.end:
            tok = doc[i]
            opens = tok.lower_ in _WHEN_WORDS or (
                tok.lower_ in _THAT_WORDS and i > sent.start and doc[i - 1].lower_ in self.subordinate_heads
            )
            # "une heure après le lancement par une fusée Atlas de l'étage-cible Agena 10": another
            # event the trigger is timed from
            timed = (
                tok.lower_ in _TIMED_FROM
                and i + 2 < sent.end
                and doc[i + 1].pos == DET
                and (doc[i + 2].idx in triggers or doc[i + 2].i == key.i)
                and doc[i + 2].pos == NOUN
            )
            if not (opens or timed):
                i += 1
                continue
            end = i + 1
            while end < sent.end and doc[end].text not in (",", ";", ":", "(", ")"):
                end += 1
            if timed and i <= key.i < end:
                # the trigger is that other event: what the sentence tells before is not its own
                out.update(range(sent.start, i))
            # (its own event, not a trigger word inside a name: "lorsque Voyager 2, lancée ...")
            if not i <= key.i < end and any(
                doc[j].idx in triggers and j not in ctx.ent_of for j in range(i, end)
            ):
                out.update(range(i, end))
            i = end
        return out

    @staticmethod
    def _coordinated_clauses(ctx: _Context, sent: Span, key: Token, kind: str) -> set[int]:
        """ "La sonde GRAIL doit décoller le 8 septembre, et le robot Curiosity doit partir vers
        Mars": a second clause with its own subject and its own trigger of the same kind tells
        another event of that kind; for a trigger outside it, its words are foreign, and for a
        trigger inside it, the words before it are. (A trigger of another kind, "Apollo 14
        décollait vers Fra Mauro, où Shepard et Mitchell se poseront", is the same journey.)"""
        triggers = {
            c
            for c, other in zip(ctx.trigger_chars, ctx.trigger_kinds, strict=False)
            if other == kind and c != key.idx and sent.start_char <= c < sent.end_char
        }
        out: set[int] = set()
        if not triggers:
            return out
        for tok in _toks(ctx.doc, sent.start, sent.end):
            # (the parser makes the second clause a conjunct or an adverbial clause)
            if tok.dep not in (DEP_CONJ, DEP_ADVCL) or tok.pos not in (VERB, AUX) or tok.head.i >= tok.i:
                continue
            if not any(c.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS) for c in _kids(tok)):
                continue
            start, end = tok.left_edge.i, tok.right_edge.i + 1
            inside = start <= key.i < end
            if inside:
                if any(sent.start_char <= c < ctx.doc[start].idx for c in triggers):
                    out.update(range(sent.start, start))
            elif any(ctx.doc[start].idx <= c <= ctx.doc[end - 1].idx for c in triggers):
                out.update(range(start, end))
        return out

    # requires= checks
    def _check_space_complement(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        if key.head.i != key.i and key.head.lemma_.lower() in self.non_space_heads and not _in_turn(key.head):
            return False
        if key.i > 0 and key.nbor(-1).lower_ in ("train", "piste", "pistes"):
            return False
        for child in _kids(key):
            if child.dep in (DEP_NMOD, DEP_OBJ, DEP_NSUBJ, DEP_NSUBJ_PASS, DEP_OBL_ARG):
                ent = ctx.ent_of.get(child.i)
                if ent is not None and self._is_space_ent(ent):
                    return True
                if child.lemma_.lower() in self.non_space or child.lower_ in self.non_space:
                    return False
                if ent is not None and ent.label in (ORG_LABEL, MISC_LABEL) and not self._is_space_ent(ent):
                    if not any(self._space_token(t) for t in child.subtree):
                        return False
        return True

    def _space_tok_or_ent(self, ctx: _Context, tok: Token, *, people: bool = True) -> bool:
        ent = ctx.ent_of.get(tok.i)
        if ent is not None and (self._is_space_ent(ent) or (people and ent.label == PER_LABEL)):
            return True
        return self._space_token(tok)

    def _pronoun_led(self, key: Token) -> bool:
        """The verb's subject, or that of the verb it is coordinated with ("il a ouvert ses
        parachutes et s'est posé"), is a personal pronoun."""
        return self._pronoun_subject(key) or (
            key.dep == DEP_CONJ
            and key.head.pos == VERB
            and not any(c.dep_.startswith("nsubj") for c in _kids(key))
            and self._pronoun_subject(key.head)
        )

    @staticmethod
    def _in_space_name(ctx: _Context, tok: Token) -> bool:
        """Is the word part of a longer place or vehicle name ("Site" of "Launch Site One")?"""
        ent = ctx.ent_of.get(tok.i)
        return ent is not None and len(ent) > 1 and ent.label in (LOC_LABEL, SPACECRAFT_LABEL)

    def _check_space_argument(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        if key.pos == NOUN:
            return self._check_space_complement(ctx, key, span, sent)
        if self._describes_launched_vehicle(key):
            return False
        if key.lemma_.lower() in self.agent_launch_verbs:
            # "« Mission accomplie », a lancé X": reported speech, the verb after the quote
            # (the parser may cut the sentence after the closing quote: look past its start)
            before = [t for t in _toks(key.doc, max(0, key.i - 4), key.i) if t.pos != AUX]
            if len(before) >= 2 and before[-1].text == "," and before[-2].text in ("»", '"', "”"):
                return False
        # "lancés ... par une fusée PSLV": the passive's agent too
        candidates = [
            c
            for c in _kids(key)
            if c.dep in (DEP_OBJ, DEP_NSUBJ, DEP_NSUBJ_PASS, DEP_OBL_ARG, DEP_OBL_MOD, DEP_OBL_AGENT)
        ]
        # (not a noun of another line the parser hung it on: "Une mission semée d'embûches\n\nLancée
        # le 9 mai 2003 par une fusée M-V, Hayabusa ...")
        outside = not sent.start <= key.head.i < sent.end
        if key.dep in (DEP_ACL, DEP_ACL_RELCL, DEP_AMOD) and not outside:
            candidates.append(key.head)
        # "quand la fusée Titan II, un ancien missile reconverti, s'élève du complexe 19": a verb the
        # parser hung on its subject noun as a conjunct, with no subject of its own
        if (
            key.dep == DEP_CONJ
            and key.head.pos in (NOUN, PROPN)
            and not any(c.dep_.startswith("nsubj") for c in _kids(key))
        ):
            candidates.append(key.head)
        # "La fusée a explosé après avoir quitté le sol": the infinitive's doer is the subject of
        # the verb it depends on
        if key.dep == DEP_ADVCL and (
            "Inf" in _morph(key, "VerbForm")
            or any(c.dep_.startswith("aux") and "Inf" in _morph(c, "VerbForm") for c in _kids(key))
        ):
            candidates.extend(c for c in _kids(key.head) if c.dep_.startswith("nsubj"))
        # "Parti mercredi de Wenchang, le cargo s'est amarré": the opening participle's subject
        # is the subject of the clause it opens
        if key.i == sent.start and key.head.i != key.i and key.head.pos in (VERB, AUX):
            subjects = [c for c in _kids(key.head) if c.dep_.startswith("nsubj")]
            # "Parti de ce même centre le 5 juin, l'équipage de la mission X avait rejoint la
            # station": a crew opening a space sentence flew (the sentence test is done above)
            if any(
                c.lemma_.lower() in self.crew_subject_nouns or c.lemma_.lower() == "équipage"
                for c in subjects
            ):
                return True
            candidates.extend(subjects)
        # "Lancé en avril 1990 depuis la soute de Discovery, le télescope Hubble devait ...": the
        # parser may hang the opening participle on a noun of its own clause; what was launched is
        # still the subject of the sentence's main verb
        elif key.i == sent.start and "Part" in _morph(key, "VerbForm") and sent.root.i != key.i:
            candidates.extend(c for c in _kids(sent.root) if c.dep_.startswith("nsubj") and c.i > key.i)
        # "Tim Peake, parti en 2015, ...": a participle set after a known traveller's name
        if self._participle_after(key) and (owner := ctx.ent_of.get(key.i - 2)) is not None:
            if owner.label == PER_LABEL and self._type(owner) in self.space_per_types:
                return True
        for cand in candidates:
            if (
                cand.lemma_.lower() in self.non_space
                and cand.dep == DEP_OBJ
                # "s'arrache de Launch Site One": a word of a place's or vehicle's name
                and not self._in_space_name(ctx, cand)
            ):
                return False
            # "Le chantier de Vostotchny, lancé en 2012": the noun the participle qualifies
            if (
                cand.i == key.head.i
                and key.dep in (DEP_ACL, DEP_AMOD)
                and cand.lemma_.lower() in self.non_space
            ):
                return False
        for cand in candidates:
            # "« Mission accomplie », a lancé X": a person launches words, a rocket launches craft
            if (
                key.lemma_.lower() in self.agent_launch_verbs
                and (e := ctx.ent_of.get(cand.i)) is not None
                and e.label == PER_LABEL
            ):
                continue
            if any(self._space_tok_or_ent(ctx, t) for t in [cand, *_kids(cand)]):
                return True
        # "une Hayabusa 2, qu'elle espère lancer en 2014": the vehicle the relative "que" stands for
        if not any(c.dep == DEP_OBJ for c in _kids(key)):
            for tok in _toks(key.doc, max(sent.start + 2, key.i - 5), key.i):
                if tok.lower_ in ("que", "qu'", "qu’") and key.doc[tok.i - 1].text == ",":
                    ent = ctx.ent_of.get(tok.i - 2)
                    if ent is not None and ent.label == SPACECRAFT_LABEL and self._is_space_ent(ent):
                        return True
        # "Les engins avaient été lancés le 30 décembre à 22h00 par une fusée PSLV": a passive's
        # agent the parser hung elsewhere
        if any(c.dep == DEP_AUX_PASS for c in _kids(key)):
            after = _toks(key.doc, key.i + 1, min(sent.end, key.i + 16))
            for tok in after:
                if tok.lower_ == "par" and any(
                    self._space_tok_or_ent(ctx, t, people=False)
                    for t in _toks(key.doc, tok.i + 1, min(sent.end, tok.i + 4))
                ):
                    return True
        # "Elle a été lancée pour la dernière fois en 2023": a pronoun standing for the vehicle named
        # just before (a passive, or no object: "elle a lancé le débat" launches no vehicle)
        has_obj = any(c.dep == DEP_OBJ for c in _kids(key))
        for cand in candidates:
            if cand.lower_ in self.coref_pronouns and (cand.dep == DEP_NSUBJ_PASS or not has_obj):
                referent = self._previous_craft(ctx, key.i, "", max_back=40)
                if referent is not None and self._type(referent) not in self.non_space_craft_types:
                    return True
        # "Parti mercredi de Wenchang, ..., à bord d'une fusée Longue Marche 7, le cargo ...": an
        # opening participle the parser made a root of its own; "à bord d'un vaisseau" says it flies
        if key.i == sent.start and (key.dep == DEP_ROOT or outside) and "Part" in _morph(key, "VerbForm"):
            for tok in _toks(key.doc, key.i + 1, sent.end):
                if tok.dep_.startswith("nsubj") and tok.head.i != key.i:
                    if self.generic_craft.get(tok.lemma_.lower()) or self._space_tok_or_ent(
                        ctx, tok, people=False
                    ):
                        return True
                    break
        for tok in key.subtree:
            if tok.lemma_.lower() == "bord" and any(
                self._space_tok_or_ent(ctx, c, people=False) for c in _kids(tok) if c.dep == DEP_NMOD
            ):
                return True
        # "la sonde Europa Clipper, lancée lundi depuis la Floride, ...": a participle set off by a
        # comma right after the vehicle it qualifies (the parser may hang it on the main verb)
        if key.i >= sent.start + 2 and key.nbor(-1).text == "," and "Part" in _morph(key, "VerbForm"):
            ent = ctx.ent_of.get(key.i - 2)
            # (not a rocket: "la fusée Ariane 6, lancée en 2014 par l'ESA" is a programme started)
            if (
                ent is not None
                and ent.label == SPACECRAFT_LABEL
                and self._is_space_ent(ent)
                and self._type(ent) not in self.launcher_types
            ):
                return True
        return False

    def _check_flyer_complement(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        # "l'ingénieur de vol X", "le plan de vol", "l'Agence des vols habités": a job, a thing or
        # a body, no flight
        if key.i >= 2 and key.nbor(-1).lower_ in ("de", "d'", "d’", "des", "du"):
            if key.nbor(-2).lemma_.lower() in self.flight_compound_heads:
                return False
            if key.dep == DEP_NMOD and key.head.lemma_.lower() in self.flight_compound_heads:
                return False
        for tok in key.subtree:
            ent = ctx.ent_of.get(tok.i)
            if ent is not None and ent.label in (PER_LABEL, SPACECRAFT_LABEL) and tok.i != key.i:
                return True
            if ent is not None and self._space_org(ent):
                return True
        if any(c.lemma_.lower() == "spatial" for c in _kids(key)):
            return True
        # "Ariane 5 a effectué son dernier vol": the possessive points to the vehicle subject
        if self._possessive(key):
            verb = key.head if key.dep in (DEP_OBJ, DEP_NSUBJ) else None
            subjects = [c for c in _kids(verb) if c.dep_.startswith("nsubj")] if verb is not None else []
            # (or the space company that flies it: "Virgin Galactic a effectué son septième vol";
            # "a entamé ses vols commerciaux" is a series, no one flight)
            single = "Plur" not in _morph(key, "Number")
            if any(
                (e := ctx.ent_of.get(c.i)) is not None
                and (e.label == SPACECRAFT_LABEL or (single and self._space_org(e)))
                for c in subjects
            ):
                return True
            # "Son vol inaugural, en 1996, ...": the vehicle the article just named
            named = self._previous_craft(ctx, key.i, "launcher", max_back=60)
            if named is not None and self._type(named) in self.launcher_types:
                return True
            # "Le vaisseau Starliner ... Son premier vol, en juin 2024, ...": the vehicle of the
            # sentence just before
            named = self._previous_craft(ctx, key.i, "", max_back=30)
            if (
                named is not None
                and self._type(named) not in self.non_space_craft_types
                and not self._is_station(named)
            ):
                return True
        # "le premier vol du lanceur", "le vol inaugural de la fusée"
        if any(
            c.dep == DEP_NMOD and self.generic_craft.get(c.lemma_.lower()) == "launcher" for c in _kids(key)
        ):
            return True
        # "des vols ..., comme ceux de X et Y": flyers named just after, in the same clause
        return bool(self._people_after(ctx, key, sent))

    @staticmethod
    def _possessive(key: Token) -> bool:
        return any(c.dep == DEP_DET and "Yes" in _morph(c, "Poss") for c in _kids(key))

    def _people_after(self, ctx: _Context, key: Token, sent: Span) -> list[Span]:
        out: list[Span] = []
        for tok in _toks(sent.doc, key.i + 1, min(sent.end, key.i + 16)):
            if tok.pos in (VERB, AUX) and tok.ent_type != PER_LABEL:
                break
            ent = ctx.ent_of.get(tok.i)
            if ent is not None and ent.label == PER_LABEL and ent not in out:
                out.append(ent)
        return out

    def _check_crew_complement(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "le retour de l'équipage", "le retour de la capsule Crew Dragon": a flyer or a vehicle
        is the noun's complement."""
        crew_nouns = set(self.rules.get("crew_nouns", []))
        for child in _kids(key):
            if child.dep != DEP_NMOD:
                continue
            ent = ctx.ent_of.get(child.i)
            if ent is not None and ent.label == SPACECRAFT_LABEL and not self._is_station(ent):
                return True
            if ent is not None and ent.label == PER_LABEL and self._type(ent) in self.space_per_types:
                return True
            if child.lemma_.lower() in crew_nouns:
                return True
        # "Leur retour, prévu mardi matin, avait dû être annulé", "Le retour, initialement prévu le
        # 5, a été reporté": the return of the crew or craft the sentence just before names
        # ("Ce retour en mer était la dernière inconnue": a demonstrative points back to the
        # landing already told, no new one)
        if (
            key.lemma_.lower() == "retour"
            and key.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS)
            and any(c.dep == DEP_DET and c.lower_ in ("le", "leur", "son", "sa") for c in _kids(key))
        ):
            sent_i = bisect.bisect_right(ctx.sent_starts, sent.start) - 1
            if sent_i > 0 and ctx.paras[sent_i - 1] >= ctx.paras[sent_i] - 1:
                return any(
                    (e.label == PER_LABEL and self._type(e) in self.space_per_types)
                    or (
                        e.label == SPACECRAFT_LABEL
                        and self._is_space_ent(e)
                        and not self._is_station(e)
                        and self._type(e) not in self.launcher_types
                        and not self._uncrewed_ent(e)
                    )
                    for e in ctx.ents_in(ctx.sents[sent_i - 1])
                )
        return False

    def _check_celestial_target(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "la sonde s'est écrasée sur la Lune": a celestial body other than the Earth just after."""
        # "s'est écrasée volontairement sur la Lune": a crash on purpose ends a mission, no landing
        if key.pos == VERB and any(c.lower_ in self.deliberate_words for c in _kids(key)):
            return False
        for ent in ctx.ents_in(sent):
            if 0 < ent.start - key.i <= 5 and ent.label == LOC_LABEL and self._type(ent) == "celestial":
                return span_text(ent).lower() != "terre"
        # "s'est écrasée samedi à la surface lunaire"
        if any(
            t.lower_ in self.celestial_adjectives for t in _toks(key.doc, key.i + 1, min(sent.end, key.i + 7))
        ):
            return True
        return key.pos == VERB and key.lemma_.lower() == "écraser" and self._crashed_craft(ctx, key)

    def _crashed_craft(self, ctx: _Context, key: Token) -> bool:
        """ "la capsule s'écrase près d'Orsk", "Mars Polar Lander, qui s'était écrasé en 1999": a
        spacecraft that crashed, wherever it fell, is a failed landing (a rocket's crash is its
        launch's failure)."""
        subject = self._subject_of(key)
        if subject is not None and subject.lower_ == "qui" and key.dep == DEP_ACL_RELCL:
            subject = key.head
        if subject is None:
            return False
        ent = ctx.ent_of.get(subject.i)
        if ent is None and subject.lower_ in self.coref_pronouns:
            ent = self._previous_craft(ctx, key.i, "", max_back=40)
        if ent is not None:
            return (
                ent.label == SPACECRAFT_LABEL
                and self._is_space_ent(ent)
                and not self._is_station(ent)
                and self._type(ent) not in self.launcher_types
                and self._type(ent) not in self.non_space_craft_types
            )
        return self.generic_craft.get(subject.lemma_.lower()) in ("capsule", "probe", "lander")

    def _check_craft_complement(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "le tir de la fusée Ariane 5", "le tir d'Ariane": a vehicle is the noun's complement;
        "le premier tir avait échoué": an ordinal on the shot of the launcher just named."""
        for tok in list(key.subtree) + _toks(sent.doc, key.i + 1, min(sent.end, key.i + 5)):
            ent = ctx.ent_of.get(tok.i)
            if ent is not None and ent.label == SPACECRAFT_LABEL and self._is_space_ent(ent):
                return True
        if any(c.dep == DEP_AMOD and "Ord" in _morph(c, "NumType") for c in _kids(key)) or self._possessive(
            key
        ):
            named = self._previous_craft(ctx, key.i, "launcher", max_back=150)
            return named is not None and self._type(named) in self.launcher_types
        return False

    def _check_tower_catch(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "Le propulseur a été rattrapé par les bras de la tour de lancement": a booster caught
        back at its launch site (not a cargo grappled by a station's arm)."""
        if key.pos not in (VERB, ADJ):
            return False
        # "revenu vers sa tour de lancement, dont les bras l'ont saisi": the tower before or after
        around = _toks(key.doc, max(sent.start, key.i - 10), min(sent.end, key.i + 9))
        if not any(_tower_word(t, self.tower_nouns) for t in around):
            return False
        if any(self._is_station(e) for e in ctx.ents_in(sent)):
            return False
        return any(
            self.generic_craft.get(t.lemma_.lower()) == "launcher"
            or ((e := ctx.ent_of.get(t.i)) is not None and e.label == SPACECRAFT_LABEL)
            or t.lower_ in self.coref_pronouns
            or t.lemma_.lower() == "étage"
            for t in _toks(key.doc, sent.start, key.i)
        )

    def _check_arm_capture(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "Le bras robotique a capturé le cargo Cygnus", "le HTV-X a été capturé par le bras de
        l'ISS": a vehicle grappled by a station's arm (not a booster caught by its tower)."""
        if key.pos not in (VERB, ADJ):
            return False
        arms = set(self.rules.get("arm_capture_words", []))
        if arms.isdisjoint(ctx.word_strings()[0][sent.start : sent.end]):  # the words' lower_, no Token
            return False
        after = _toks(key.doc, key.i + 1, min(sent.end, key.i + 9))
        if any(_tower_word(t, self.tower_nouns) for t in after):
            return False
        caught = [c for c in _kids(key) if c.dep in (DEP_OBJ, DEP_NSUBJ_PASS)]
        if key.dep in (DEP_ACL, DEP_AMOD) and key.head.i != key.i:
            caught.append(key.head)
        for node in caught:
            for tok in node.subtree:
                ent = ctx.ent_of.get(tok.i)
                if ent is not None and ent.label == SPACECRAFT_LABEL:
                    kind = self._type(ent)
                    # ("saisir Solar Max avec le bras": a satellite retrieved by a shuttle docks nowhere)
                    retrieved = kind in self.uncrewed_types and kind != "cargo"
                    if not self._is_station(ent) and kind not in self.launcher_types and not retrieved:
                        return True
                elif tok.i == node.i and self.generic_craft.get(tok.lemma_.lower()) in ("capsule", "cargo"):
                    return True
        return False

    def _stations_in(self, ctx: _Context, tokens: list[Token]) -> list[Span]:
        out = []
        for tok in tokens:
            ent = ctx.ent_of.get(tok.i)
            if ent is not None and self._is_station(ent) and ent not in out:
                out.append(ent)
        return out

    def _two_ships(self, key: Token, sent: Span) -> bool:
        """ "Les deux engins s'arriment", "les deux vaisseaux se séparent": the subject is two ships
        (one another's docking partner); a verb the tagger missed ("arriment" read as an adverb)
        still has the noun just before it."""
        if key.pos == VERB:
            nouns = [c for c in _kids(key) if c.dep_.startswith("nsubj")]
        else:
            nouns = list(_toks(key.doc, max(sent.start, key.i - 3), key.i))
        return any(
            n.lemma_.lower() in self.generic_craft and any(k.lower_ == "deux" for k in _kids(n))
            for n in nouns
        )

    def _check_station(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        # "son port d'arrimage", "le système d'amarrage": a part named after docking, no docking
        if (
            key.pos == NOUN
            and key.dep == DEP_NMOD
            and key.head.i < key.i
            and key.head.lemma_.lower() in self.docking_device_heads
        ):
            return False
        if self._stations_in(ctx, _toks(sent.doc, sent.start, sent.end)):
            return True
        # "s'est amarré à la station", "un amarrage manuel à leur petit laboratoire"
        if any(
            t.lemma_.lower() in self.docking_target_nouns
            for t in _toks(sent.doc, key.i + 1, min(sent.end, key.i + 7))
        ):
            return True
        # "les satellites X et Y se sont arrimés l'un à l'autre": two vehicles docking together
        low = span_text(sent).lower().replace("’", "'")
        if any(cue in low for cue in self.rules.get("reciprocal_cues", [])) and (
            sum(e.label == SPACECRAFT_LABEL for e in ctx.ents_in(sent)) >= 2
        ):
            return True
        # "Le 22 mai, Atlantis se désamarre": a vehicle that only ever docks to a station (shuttle,
        # capsule, cargo) just before the verb, the station told in an earlier sentence
        for tok in _toks(sent.doc, max(sent.start, key.i - 4), key.i):
            ent = ctx.ent_of.get(tok.i)
            if (
                ent is not None
                and ent.label == SPACECRAFT_LABEL
                and self._type(ent) in self.docking_craft_types
                # "le voilier Atlantis s'est amarré": a namesake told by a non-space noun
                and not (
                    ent.start > sent.start
                    and sent.doc[ent.start - 1].pos == NOUN
                    and sent.doc[ent.start - 1].lemma_.lower() not in self.generic_craft
                )
            ):
                return True
        # "jusqu'au module Unity, où il a été arrimé": a named module anywhere in the sentence
        lemmas = ctx.word_strings()[1]  # token i's lemma_.lower(), no Token per word
        if any(
            lemmas[i] == "module"
            and i + 1 < sent.end
            and (e := ctx.ent_of.get(i + 1)) is not None
            and e.label == SPACECRAFT_LABEL
            for i in range(sent.start, sent.end)
        ):
            return True
        if self._docked_to_craft(ctx, key, sent):
            return True
        if self._two_ships(key, sent):
            return True
        # "Vers la station Saliout 6. Ils s'y amarrent le lendemain": "y" is the station just named
        if key.pos == VERB and any(c.lower_ == "y" for c in _kids(key)):
            sent_i = bisect.bisect_right(ctx.sent_starts, sent.start) - 1
            previous = (
                _toks(sent.doc, ctx.sents[sent_i - 1].start, ctx.sents[sent_i - 1].end) if sent_i > 0 else []
            )
            if (
                sent_i > 0
                and ctx.paras[sent_i - 1] == ctx.paras[sent_i]
                # ("les deux nouveaux occupants de la station. Le vaisseau s'y était arrimé")
                and (self._stations_in(ctx, previous) or any(t.lemma_.lower() == "station" for t in previous))
            ):
                return True
        # "Shenzhou-11 s'est arrimé mercredi à Tiangong-2. L'amarrage a eu lieu à 3h31": the
        # definite noun, subject of its sentence, tells the docking to the station just named
        if key.pos == NOUN and self._definite_subject(key):
            sent_i = bisect.bisect_right(ctx.sent_starts, sent.start) - 1
            before = [j for j in (sent_i - 1, sent_i - 2) if j >= 0 and ctx.paras[j] == ctx.paras[sent_i]]
            if any(
                self._stations_in(ctx, _toks(sent.doc, ctx.sents[j].start, ctx.sents[j].end)) for j in before
            ):
                return True
        words = lemmas[sent.start : sent.end]
        return "station" in words and "spatial" in words

    @staticmethod
    def _crafts_named_by(ctx: _Context, tok: Token) -> list[Span]:
        """The vehicles a noun names: itself ("Soyouz 19") or the name under it ("le vaisseau
        Soyouz 19", "la sonde Europa Clipper")."""
        out: list[Span] = []
        for t in [tok, *(c for c in _kids(tok) if c.dep in (DEP_NMOD, DEP_APPOS, DEP_FLAT_NAME))]:
            ent = ctx.ent_of.get(t.i)
            if ent is not None and ent.label == SPACECRAFT_LABEL:
                out.append(ent)
        return out

    def _docked_to_craft(self, ctx: _Context, key: Token, sent: Span) -> bool:
        """A docking to a named space vehicle right after the trigger: "Challenger s'amarre à
        America", "la capsule s'est arrimée au vaisseau Soyouz 19", "Apollo accostait Soyouz 19"
        (a ship moored at a quay names no vehicle)."""
        doc = key.doc
        # "la capsule Apollo accostait Soyouz 19": the vehicle is the verb's object
        for child in _kids(key):
            if child.dep != DEP_OBJ:
                continue
            if any(self._is_space_ent(e) for e in self._crafts_named_by(ctx, child)):
                return True
        stop = min(sent.end, key.i + 5)
        for tok in _toks(doc, key.i + 1, stop):
            if tok.lower_ not in ("à", "au", "aux"):
                continue
            for nxt in _toks(doc, tok.i + 1, min(sent.end, tok.i + 4)):
                ent = ctx.ent_of.get(nxt.i)
                if ent is not None:
                    return ent.label == SPACECRAFT_LABEL and self._is_space_ent(ent)
            return False
        return False

    def _check_not_self_insertion(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "la sonde s'est placée en orbite autour de la Lune", "doit se mettre en orbite de
        Ryugu": a vehicle that puts itself in orbit arrives at a body, it is not launched."""
        doc = key.doc
        return not any(
            t.lower_ in ("se", "s'", "s’") for t in _toks(doc, max(sent.start, span.start - 3), span.start)
        )

    def _check_craft_sent_to_space(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "La NASA a envoyé la sonde Europa Clipper vers Jupiter": a space vehicle sent towards a
        body of the sky (a message or a picture sent is no launch)."""
        if key.pos != VERB:
            return False
        kids = _kids(key)
        sent_craft = False
        for child in kids:
            if child.dep not in (DEP_OBJ, DEP_NSUBJ_PASS):
                continue
            if any(not self._is_station(e) for e in self._crafts_named_by(ctx, child)):
                sent_craft = True
        if not sent_craft:
            return False
        # "vers Jupiter" after the verb, wherever the parser hung it
        for tok in _toks(key.doc, key.i + 1, sent.end):
            if tok.lower_ != "vers" or tok.i + 1 >= sent.end:
                continue
            ent = ctx.ent_of.get(tok.i + 1)
            if (
                ent is not None
                and ent.label == LOC_LABEL
                and (self._type(ent) == "celestial" or canon(ent).lower() in self.celestial_names)
            ):
                return True
        return False

    def _check_launch_site_object(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "la navette Endeavour a quitté le centre spatial Kennedy": a launcher or crewed vehicle
        leaving a launch site lifts off (a person leaving it only travels)."""
        if key.pos != VERB:
            return False
        # the sentence's own subject, not a title line the parser hung on the verb
        subjects = [c for c in _kids(key) if c.dep == DEP_NSUBJ and sent.start <= c.i < sent.end]
        if not subjects:
            return False
        subj = subjects[0]
        ent = ctx.ent_of.get(subj.i)
        # "Le 21 décembre 1968, Apollo 8 quittait la Floride": a named flight or vehicle leaving
        # the region or country of its launch site lifts off too
        named = ent is not None and ent.label in (SPACECRAFT_LABEL, MISSION_LABEL)
        if ent is not None:
            # "La sonde Venera 9 avait quitté Baïkonour le 8 juin 1975": any space vehicle but a
            # station leaves a launch site by its launch
            if (
                not named
                or self._type(ent) in self.non_space_craft_types
                or self._is_station(ent)
                or (ent.label == MISSION_LABEL and not self._is_space_ent(ent))
            ):
                return False
        elif self.generic_craft.get(subj.lemma_.lower()) is None:
            return False
        site_types = (
            ("launch_site", "spaceport", "region", "country") if named else ("launch_site", "spaceport")
        )
        for child in _kids(key):
            if child.dep not in (DEP_OBJ, DEP_OBL_ARG, DEP_OBL_MOD):
                continue
            # "quittait le cosmodrome de Baïkonour": the site named under a site noun
            places = (
                [child] + [c for c in _kids(child) if c.dep == DEP_NMOD]
                if child.lemma_.lower() in self.site_nouns
                else [child]
            )
            for place in places:
                site = ctx.ent_of.get(place.i)
                if site is not None and site.label == LOC_LABEL and self._type(site) in site_types:
                    return True
        return False

    def _check_astronaut_outing(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "Grunsfeld et Feustel sont sortis une dernière fois", "le commandant est ressorti le 17":
        known astronauts (a crew role, or "ils") going out, with no place left ("sortir de
        l'hôpital") nor an attribute ("est sorti vainqueur"), in a text that tells spacewalks
        ("sortie extravéhiculaire", "dans l'espace")."""
        after = _toks(key.doc, key.i + 1, min(sent.end, key.i + 2))
        # (a day is no attribute: "doivent ressortir mercredi")
        dated = {t["start"] for t in ctx.temporals_in(sent.start_char, sent.end_char)}
        if key.pos not in (VERB, ADJ) or any(
            t.lower_ in ("de", "du", "des", "d'", "d’")
            or (t.pos in (NOUN, ADJ, PROPN) and t.idx not in dated)
            for t in after
        ):
            return False
        flyers = False
        # "Ross et Newman doivent ressortir": the subject of the modal
        governors = [key, key.head] if key.dep == DEP_XCOMP and key.head.i != key.i else [key]
        subjects = [s for g in governors if (s := self._subject_of(g)) is not None]
        for subj in subjects:
            if subj.lower_ in self.plural_subject_pronouns:
                flyers = True
            for tok in [subj, *(c for c in _kids(subj) if c.dep in (DEP_CONJ, DEP_APPOS, DEP_FLAT_NAME))]:
                ent = ctx.ent_of.get(tok.i)
                if ent is not None and ent.label == PER_LABEL and self._type(ent) in self.space_per_types:
                    flyers = True
                if tok.lemma_.lower() in self.crew_role_nouns:
                    flyers = True
        if not flyers:
            return False
        return any(cue in ctx.lower_text for cue in self.spacewalk_doc_cues)

    def _check_outside_vehicle(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "Chrétien s'était aventuré hors de la station Mir", "la prochaine sortie du binôme hors
        de la station": people (or an outing) going out of their station, shuttle or airlock, the
        vehicle hung on the motion word itself. A capsule or a ship counts only in a text that tells
        spacewalks: crews also climb out of them after landing."""
        out = next((t for t in _toks(key.doc, span.start, span.end) if t.lower_ == "hors"), None)
        if out is None or out.dep != DEP_CASE:
            return False
        place = out.head
        # the parse hangs the vehicle on the motion word, on a word between ("a passé six heures
        # hors de"), or on what governs the motion noun ("le but de la sortie ... hors de")
        governor = place.head.i
        if not (
            governor == key.i or key.i < governor < out.i or (key.pos == NOUN and governor == key.head.i)
        ):
            return False
        word = place.lemma_.lower()
        ent = ctx.ent_of.get(place.i)
        if ent is not None and ent.label == SPACECRAFT_LABEL:
            vehicle = self._is_station(ent) or self._type(ent) in self.crewed_types
        else:
            vehicle = word in self.outside_vehicle_words
        if not vehicle and (word in self.outside_capsule_words or ent is not None):
            vehicle = any(cue in ctx.lower_text for cue in self.spacewalk_doc_cues)
        if not vehicle:
            return False
        if key.pos == NOUN and key.lemma_.lower() == "sortie":
            return True
        subject = self._subject_of(key)
        if subject is None:
            return False
        if subject.lower_ in self.plural_subject_pronouns or subject.lemma_.lower() in self.crew_role_nouns:
            return True
        for tok in [subject, *(c for c in _kids(subject) if c.dep in (DEP_CONJ, DEP_APPOS, DEP_FLAT_NAME))]:
            person = ctx.ent_of.get(tok.i)
            if person is not None and person.label == PER_LABEL:
                return True
        return False

    def _describes_launched_vehicle(self, key: Token) -> bool:
        """ "L'équipage devait décoller à bord d'une capsule Apollo lancée par une fusée Saturn
        IB": a participle on the vehicle of another launch word of its clause describes that
        vehicle; it tells no launch of its own."""
        # (on the subject, "la capsule Sigma 7, lancée par une fusée Atlas, emportait X", the
        # participle is the launch told)
        if key.dep != DEP_ACL or key.head.pos not in (NOUN, PROPN) or key.head.dep_.startswith("nsubj"):
            return False
        # (a bare participle: "s'était arrachée" read as a clause on its subject is a verb)
        if any(c.dep_.startswith(("aux", "expl")) for c in _kids(key)):
            return False
        node = key.head
        for _ in range(4):
            if node.head.i == node.i:
                return False
            node = node.head
            if node.i != key.i and node.lemma_.lower() in self.launch_lemmas:
                return True
        return False

    def _check_carried_by_launcher(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "Galileo avait été emportée par la navette Atlantis en octobre 1989": a passive carry
        verb whose agent is a launcher or a shuttle, and whose subject is no launcher itself."""
        agents = [c for c in _kids(key) if c.dep == DEP_OBL_AGENT]
        if not any(
            self._type(e) in self.carrier_launcher_types
            for a in agents
            for e in self._crafts_named_by(ctx, a)
        ):
            return False
        for child in _kids(key):
            if child.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS):
                return not any(
                    self._type(e) in self.carrier_launcher_types for e in self._crafts_named_by(ctx, child)
                )
        return True

    def _check_rocket_lost_in_flight(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "La fusée H3 a dû être détruite en vol", "le lanceur a explosé en vol": the subject (of
        the verb or of the modal it depends on) is a space vehicle (a plane lost in flight is not)."""
        node = key
        for _ in range(2):
            for subj in (c for c in _kids(node) if c.dep_.startswith("nsubj")):
                if any(self._is_space_ent(e) for e in self._crafts_named_by(ctx, subj)):
                    return True
            if node.dep != DEP_XCOMP or node.head.i == node.i:
                break
            node = node.head
        return False

    def _check_craft_set_down(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "L'Inde a réussi à poser son module Vikram près du pôle Sud de la Lune": a space vehicle
        set down (not "se poser", its own rule) on a body of the sky named in the sentence ("poser
        une question", "poser le pied sur la Lune" set down no vehicle)."""
        if key.i > sent.start and key.nbor(-1).lower_ in ("se", "s'", "s’"):
            return False
        craft = False
        for child in _kids(key):
            if child.dep != DEP_OBJ:
                continue
            if any(self._is_space_ent(e) for e in self._crafts_named_by(ctx, child)):
                craft = True
        if not craft:
            return False
        return any(
            e.label == LOC_LABEL
            and (self._type(e) == "celestial" or canon(e).lower() in self.celestial_names)
            for e in ctx.ents_in(sent)
            if e.start > key.i
        )

    def _check_misread_departure(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        """ "la sonde Phobos 2, partie de Baïkonour le 12 juillet": the participle the tagger took for
        the noun "partie"; with no article before it and a launch site right after "de", it lifts
        off ("une partie de Baïkonour" is a piece of it)."""
        if key.i > sent.start and key.nbor(-1).pos in (DET, ADJ, NUM):
            return False
        after = _toks(key.doc, key.i + 1, min(sent.end, key.i + 4))
        if not after or after[0].lower_ not in ("de", "d'", "d’", "du", "depuis"):
            return False
        for tok in after[1:]:
            site = ctx.ent_of.get(tok.i)
            if site is not None:
                return site.label == LOC_LABEL and self._type(site) in ("launch_site", "spaceport")
        return False

    def _leaves_to_work_outside(self, ctx: _Context, key: Token, sent: Span) -> bool:
        """ "Les astronautes ont quitté la station pour des travaux dans le vide": people leaving
        the station to work outside (a purpose clause with an egress word) start a spacewalk; no
        vehicle undocks. A vehicle as the subject keeps the undocking."""
        subject = self._subject_of(key)
        if subject is not None:
            ent = ctx.ent_of.get(subject.i)
            if ent is not None and ent.label == SPACECRAFT_LABEL:
                return False
            if subject.lemma_.lower() in self.generic_craft:
                return False
        after = _toks(sent.doc, key.i + 1, min(sent.end, key.i + 16))
        for i, tok in enumerate(after):
            if tok.lower_ in ("pour", "afin"):
                return any(t.lower_ in self.egress_purpose_words for t in after[i + 1 : i + 9])
        return False

    def _check_station_object(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        # "doit décoller le 17 août pour rejoindre Mir": the launch's aim, its destination, not a
        # docking told (the docking, when it comes, has a verb of its own)
        # ("doit décoller ... pour rejoindre l'ISS": the aim may hang on the modal)
        launch_heads = [key.head, *(c for c in _kids(key.head) if c.dep == DEP_XCOMP)]
        if (
            key.lemma_.lower() in self.rules.get("orbit_verbs", ())
            and key.dep == DEP_ADVCL
            and any(h.lemma_.lower() in self.purpose_launch_heads for h in launch_heads)
            and any(c.dep == DEP_MARK and c.lower_ in ("pour", "afin") for c in _kids(key))
        ):
            return False
        # "La Russie a annoncé son intention de quitter la station": a country or an agency leaves
        # a programme, no vehicle undocks
        node = key
        for _ in range(3):
            subject = self._subject_of(node)
            if subject is not None:
                ent = ctx.ent_of.get(subject.i)
                if ent is not None and ent.label in (LOC_LABEL, ORG_LABEL):
                    return False
                break
            if node.head.i == node.i:
                break
            node = node.head
        after = _toks(sent.doc, key.i + 1, min(sent.end, key.i + 9))
        # "29 heures après avoir quitté la Floride, la capsule s'est amarrée": the place left is a
        # region or a launch site, not a station (the parse may hang the main clause on the verb)
        for child in _kids(key):
            ent = ctx.ent_of.get(child.i)
            if child.dep == DEP_OBJ and ent is not None and ent.label == LOC_LABEL:
                return False
        # "ils ont quitté le sas Quest": the airlock, at the start of a spacewalk
        airlocks = set(self.rules.get("airlock_words", []))
        if any(t.lemma_.lower() in airlocks or t.lower_ in airlocks for t in after[:3]):
            return False
        if self._leaves_to_work_outside(ctx, key, sent):
            return False
        around = [t for t in key.subtree if t.dep != DEP_NSUBJ] + after + [key.head]
        if any(t.lemma_.lower() == "station" and t.ent_type_ in ("", "SPACECRAFT") for t in after):
            return True
        # "Leur vaisseau s'était détaché du module": a crew vehicle leaving the module named before
        # undocks (a heat shield or a lander leaving it does not); "séparée de son module orbiteur",
        # "du module de service": a part of the vehicle itself, told with a possessive or a qualifier
        subject = self._subject_of(key)
        if (
            subject is not None
            and any(
                t.lemma_.lower() == "module"
                and not any(
                    c.lower_ in ("son", "sa", "ses", "leur", "leurs")
                    or c.dep in (DEP_AMOD, DEP_APPOS)
                    or c.pos in (ADJ, PROPN)
                    or any(k.dep == DEP_CASE and k.lower_ in ("de", "d'", "d’") for k in _kids(c))
                    for c in _kids(t)
                )
                and not (t.i + 1 < sent.end and t.nbor().pos in (ADJ, PROPN))
                for t in after[:4]
            )
            and (
                self.generic_craft.get(subject.lemma_.lower()) == "capsule"
                or ((e := ctx.ent_of.get(subject.i)) is not None and e.label == SPACECRAFT_LABEL)
            )
        ):
            return True
        if key.lemma_.lower() != "quitter" and self._two_ships(key, sent):
            return True
        # "Snoopy se sépare de Charlie Brown": a vehicle leaving the vehicle it was docked to (not
        # a stage leaving its launcher)
        if (
            subject is not None
            and (mover := ctx.ent_of.get(subject.i)) is not None
            and mover.label == SPACECRAFT_LABEL
            and self._type(mover) not in self.launcher_types
            and any(
                (left := ctx.ent_of.get(t.i)) is not None
                and left is not mover
                and left.label == SPACECRAFT_LABEL
                and self._type(left) not in self.launcher_types
                and t.i > 0
                and t.nbor(-1).lower_ in ("de", "du", "d'", "d’")
                for t in after[:4]
            )
        ):
            return True
        return bool(self._stations_in(ctx, around))

    def _check_craft_subject_ground(self, ctx: _Context, key: Token, span: Span, sent: Span) -> bool:
        before = [e for e in ctx.ents_in(sent) if e.end <= key.i]
        # "l'équipage de X, arrivé en octobre, qui doit regagner la Terre": up to the next verb
        stop = next(
            (t.i for t in _toks(key.doc, key.i + 1, min(sent.end, key.i + 11)) if t.pos in (VERB, AUX)),
            key.i + 11,
        )
        after = [e for e in ctx.ents_in(sent) if key.i < e.start < stop]
        # "Gorbatko et Pham Tuân redescendent à bord de Soyouz 36": coming back aboard a vehicle
        # (not "rentrer à bord de la station", going back inside)
        back = key.lemma_.lower() in ("redescendre", "rentrer")
        # (past the companions, up to the next verb: "elle est redescendue le 26 mai avec X et Y, à
        # bord du Soyouz TM-11")
        reach = next(
            (t.i for t in _toks(key.doc, key.i + 1, min(sent.end, key.i + 17)) if t.pos in (VERB, AUX)),
            key.i + 16,
        )
        aboard = [e for e in ctx.ents_in(sent) if key.i < e.start <= reach]
        if back and any(
            e.label == SPACECRAFT_LABEL
            and not self._is_station(e)
            and any(t.lower_ == "bord" for t in _toks(key.doc, key.i + 1, e.start))
            for e in aboard
        ):
            return True
        # "Artsebarski est rentré en octobre": a known traveller comes back on a day, from nowhere
        # else named ("rentré en France", "rentré chez lui" are trips on Earth)
        subject = self._subject_of(key)
        who = ctx.ent_of.get(subject.i) if subject is not None else None
        if (
            back
            and who is not None
            and who.label == PER_LABEL
            and self._type(who) in self.space_per_types
            and not any(e.label in (LOC_LABEL, ORG_LABEL) for e in after)
            and not any(
                t.lower_ in ("chez", "à", "au", "aux", "dans")
                for t in _toks(key.doc, key.i + 1, min(sent.end, key.i + 3))
            )
            and any(
                t["label"] == "DATE"
                for t in ctx.temporals_in(key.idx, key.doc[min(sent.end, key.i + 4) - 1].idx + 1)
            )
        ):
            return True
        if not any(e.label == SPACECRAFT_LABEL and not self._is_station(e) for e in before):
            # "la capsule est redescendue dans le désert": a vehicle noun pointing back to the
            # vehicle named before (not "la capsule est arrivée à Moscou", brought by truck)
            if key.lemma_.lower() != "redescendre":
                return False
            kinds = [
                self.generic_craft.get(c.lemma_.lower())
                for c in _kids(key)
                if c.dep_.startswith("nsubj") and c.pos == NOUN
            ]
            if not any(
                kind in ("capsule", "lander")
                and self._previous_craft(ctx, key.i, kind, max_back=60) is not None
                for kind in kinds
            ):
                return False
        if any(self._is_station(e) for e in after):
            return False
        # "arrivée en 2005 auprès de l'astéroïde Itokawa", "arrivé en orbite autour de Mars": near
        # a body, not on it
        if any(t.lower_ in ("auprès", "autour", "orbite") for t in _toks(key.doc, key.i + 1, stop)):
            return False
        if any(e.label == LOC_LABEL for e in after):
            return True
        # "est arrivé dans la steppe kazakhe"
        return any(
            t.lemma_.lower() in self.landing_place_nouns
            for t in _toks(sent.doc, key.i + 1, min(stop, key.i + 5))
        )

    # status
    def _status(self, key: Token, span: Span, sent: Span) -> str:
        doc = key.doc
        # a trigger that tells its outcome itself ("détruite en vol")
        told = self.trigger_rules.get(span.label_, {}).get("status")
        if told:
            return told
        lo, hi = max(sent.start, key.i - 5), min(sent.end, key.i + 6)
        # "La sortie ... est annulée, et la capsule amerrit": the words before ", et" + a new subject
        # belong to another clause and tell nothing of this trigger
        before = _toks(doc, lo, key.i)  # the scope's Tokens: before[k] is doc[lo + k]
        for j in range(key.i - 1, lo, -1):
            if before[j - lo].lower_ in ("et", "mais") and before[j - lo - 1].text == ",":
                if any(t.pos in (NOUN, PROPN, PRON) for t in _toks(doc, j + 1, key.i)):
                    lo = j + 1
                break
        window = _toks(doc, lo, hi) + [key.head]
        # "s'est écrasée samedi en tentant de se poser": the verbs the trigger hangs under
        # ("annuler la deuxième tentative de lancement"); a noun only through its complements, not
        # as an adjunct ("un sac perdu lors d'une sortie": the bag was lost, not the spacewalk)
        node = key
        for _ in range(3):
            if node.head.i == node.i or not sent.start <= node.head.i < sent.end:
                break
            # ("partie de Baïkonour" read as a noun hangs on its subject as a clause: a participle)
            if node.pos != VERB and node.dep not in (DEP_NMOD, DEP_OBJ, DEP_NSUBJ, DEP_NSUBJ_PASS):
                if not (node.i == key.i and node.dep == DEP_ACL):
                    break
            # "l'approche s'était interrompue et le commandant a pris les commandes pour amarrer":
            # a clause coordinated with its own subject tells its own outcome
            if node.dep == DEP_CONJ and any(c.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS) for c in _kids(node)):
                break
            node = node.head
            if node.pos in (VERB, AUX):
                window.append(node)
        if key.pos == NOUN:
            # "Le premier vol d'Ariane 5, le 4 juin 1996, s'était terminé par une explosion": the
            # clause the parser hung on the noun (with its auxiliary: a clause, not a modifier)
            window.extend(
                c
                for c in _kids(key)
                if c.dep in (DEP_ACL, DEP_ACL_RELCL)
                and c.pos == VERB
                and (self._has_aux(c) or any(k.dep_.startswith("expl") for k in _kids(c)))
            )
        governor = self._governor(key, sent)
        if governor is not None:
            # "le lancement ..., prévu lundi, a été reporté": the verb the trigger is subject of
            window.append(governor)
            # "l'alunissage a dû être abandonné": the verb under the governing modal says it too
            # ... and "avant d'être ajourné" after it: what became of the plan
            window.extend(
                c
                for c in _kids(governor)
                if c.dep_.startswith("aux")
                or c.dep in (DEP_CONJ, DEP_XCOMP)
                or (c.dep == DEP_ADVCL and c.i > governor.i and any(m.lower_ == "avant" for m in _kids(c)))
            )
        lemmas = [(t.lemma_.lower(), t) for t in window]
        for lemma, tok in lemmas:
            # (the word itself too: "la fusée explose au décollage", "explose" tagged ADJ, lemma
            # "explos")
            if (lemma in self.failed_lemmas or tok.lower_ in self.failed_lemmas) and not self._other_loss(
                tok
            ):
                return "failed"
        if self._failed_after_launch(key, span):
            return "failed"
        # "ils meurent lors de leur retour sur Terre": the crew died during it ("lors" may carry it)
        dying = key.head.head if key.head.pos == ADV else key.head
        if (
            key.pos == NOUN
            and key.dep_.startswith("obl")
            and dying.lemma_.lower() in self.fatal_verbs
            and not self._ne_negated([dying])
        ):
            return "failed"
        # "a décollé lundi mais n'a pas atteint l'orbite": a coordinated verb tells the outcome
        conj = self._outcome_clauses(key) if key.pos == VERB else []
        if key.pos == VERB and key.dep == DEP_XCOMP and key.head.lemma_.lower() in ("devoir", "aller"):
            # "devait se poser le 25 décembre et n'a jamais donné signe de vie": the modal's clause
            conj = conj + self._outcome_clauses(key.head)
        # "s'était soldé par la perte du satellite": a participle the tagger read as a noun is still
        # a verb when it has its auxiliary
        if any(self._failure_verb(t) for t in [*window, *conj] if t.pos in (VERB, AUX) or self._has_aux(t)):
            return "failed"
        if self._relative_failure(key):
            return "failed"
        if key.pos == NOUN and key.dep == DEP_NSUBJ and self._did_not_happen(key.head):
            # "Le décollage, prévu mardi, n'a pas eu lieu": called off
            return "cancelled"
        if self._negated(key):
            # "n'a jamais pu se poser", "ne s'est pas posé": the attempt failed; a launch that did
            # not take off ("n'a pas pu décoller") was scrubbed
            kind = self.trigger_rules[span.label_]["type"] if span.label_ in self.trigger_rules else ""
            # "n'a pas réussi à placer son satellite en orbite": it flew, and missed the orbit
            into_orbit = span[-1].lemma_.lower() == "orbite"
            return "cancelled" if kind == "LAUNCH" and not into_orbit else "failed"
        for lemma, tok in lemmas:
            if lemma in self.cancelled_lemmas:
                if lemma == "reporter" and tok.pos == NOUN:
                    continue
                # "Après plusieurs reports, la fusée décolle": the delays are behind the event
                if tok.pos == NOUN and any(
                    c.dep == DEP_CASE and c.lower_ in ("après", "malgré") for c in _kids(tok)
                ):
                    continue
                return "cancelled"
        if self._counterfactual(key, span):
            return "cancelled"
        return "planned" if self._planned(key, span, sent) else "occurred"

    def _counterfactual(self, key: Token, span: Span) -> bool:
        """ "Ce vol aurait dû avoir lieu le 23 mars", "la fusée aurait dû décoller mardi": what
        should have happened did not, that day (a launch, docking or outing called off; a landing
        that did not come is left to the other checks)."""
        rule = self.trigger_rules.get(span.label_)
        if rule is None or rule["type"] == "LANDING":
            return False
        verb = key.head if key.dep in (DEP_XCOMP, DEP_NSUBJ, DEP_NSUBJ_PASS) else None
        return (
            verb is not None
            and verb.lower_ in ("dû", "du")
            and any(c.dep_.startswith("aux") and c.lower_ in ("aurait", "auraient") for c in _kids(verb))
        )

    def _failed_after_launch(self, key: Token, span: Span) -> bool:
        """ "l'explosion survenue le 28 juin, deux minutes après son décollage", "le satellite
        perdu peu après le décollage": a launch told as the moment of a loss of the vehicle or its
        payload failed (whatever the distance to the failure word)."""
        rule = self.trigger_rules.get(span.label_)
        if rule is None or rule["type"] != "LAUNCH":
            return False
        moment_preps = self.moment_preps
        if not any(c.dep == DEP_CASE and c.lower_ in moment_preps for c in _kids(key)):
            return False
        node = key
        for _ in range(3):
            if node.head.i == node.i:
                break
            node = node.head
            lemma = node.lemma_.lower()
            if node.pos == NOUN and lemma in self.failed_lemmas:
                return True
            if node.pos in (VERB, ADJ) and (lemma in self.failed_verbs or lemma in self.lost_verbs):
                # the thing lost is the vehicle, a payload or the launch itself
                theme = (
                    node.head
                    if node.dep in (DEP_ACL, DEP_AMOD)
                    else next((c for c in _kids(node) if c.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS)), None)
                )
                if theme is None or self._space_token(theme) or theme.lemma_.lower() in self.generic_craft:
                    return True
                # "SpaceX a perdu le contact neuf minutes après le décollage": the link to the craft
                if any(c.dep == DEP_OBJ and c.lemma_.lower() in self.lost_link_nouns for c in _kids(node)):
                    return True
        # a parse lost in the dates ("l'explosion survenue le 28 juin, deux minutes après son
        # décollage"): a failure noun just before, with only participles between
        for tok in reversed(_toks(key.doc, max(key.sent.start, key.i - 12), key.i)):
            if tok.pos in (VERB, AUX) and "Part" not in _morph(tok, "VerbForm"):
                return False
            if tok.text in (";", ":", "(") or tok.lower_ in ("mais", "et"):
                return False
            if tok.pos == NOUN and tok.lemma_.lower() in self.failed_lemmas:
                return True
        return False

    @staticmethod
    def _has_aux(tok: Token) -> bool:
        """An auxiliary hangs on ``tok`` (not memoised: one in twenty asks is a repeat, and the
        memo's key costs more than the check on the children _kids keeps)."""
        return any(c.dep_.startswith("aux") for c in _kids(tok))

    @staticmethod
    def _outcome_clauses(key: Token) -> list[Token]:
        """Verbs coordinated after the trigger verb, which tell how it went: "a décollé mais n'a
        pas atteint l'orbite", "a décollé mais l'étage supérieur a connu une anomalie et le
        satellite n'a pas atteint l'orbite" (the parser may hang the second clause as a bare
        dependent; its "mais" says it is coordinated)."""
        out: list[Token] = []
        for child in _kids(key):
            if child.i < key.i or child.pos != VERB:
                continue
            if child.dep == DEP_CONJ or (
                child.dep in (DEP_DEP, DEP_PARATAXIS)
                and any(t.lower_ == "mais" and t.dep == DEP_CC for t in _toks(key.doc, key.i + 1, child.i))
            ):
                out.append(child)
                out.extend(c for c in _kids(child) if c.dep == DEP_CONJ and c.pos == VERB)
        return out

    def _negated(self, key: Token) -> bool:
        """ "ne s'est pas posé", "n'a jamais pu se poser", "n'a pas réussi à se poser": the trigger
        verb, or the modal it depends on ("pouvoir", "réussir"), is negated."""
        if key.pos != VERB:
            return False
        nodes = [key]
        if key.dep == DEP_XCOMP and key.head.lemma_.lower() in self.failed_modals:
            nodes.append(key.head)
            modal = key.head
            if (
                modal.lemma_.lower() in self.bare_ne_modals
                and any(c.dep == DEP_ADVMOD and c.lower_ in _NE for c in _kids(modal))
                and not any(c.lower_ in _THAT_WORDS for n in nodes for c in _kids(n))
            ):
                return True  # "n'avait pu rejoindre la station": "ne" alone negates the modal
        return self._ne_negated(nodes)

    def _ne_negated(self, verbs: list[Token]) -> bool:
        """A "ne" and a negation word ("pas", "jamais", "plus") among the adverbs of ``verbs``:
        "ne" must be there ("le plus puissant jamais envoyé" means "ever")."""
        words = {c.lower_ for n in verbs for c in _kids(n) if c.dep == DEP_ADVMOD}
        return bool(words & self.negation_words) and bool(words & _NE)

    def _did_not_happen(self, verb: Token) -> bool:
        """ "n'a pas eu lieu", "ne s'est jamais produit": a verb of happening, negated."""
        lemma = verb.lemma_.lower()
        happens = lemma in self.happening_verbs or (
            lemma == "avoir" and any(c.dep == DEP_OBJ and c.lower_ == "lieu" for c in _kids(verb))
        )
        return happens and self._ne_negated([verb])

    def _relative_failure(self, key: Token) -> bool:
        """ "son premier vol, en juin 1996, qui s'était soldé par une explosion": a relative clause
        on the trigger noun (the parser may hang it on the noun's verb) tells the outcome."""
        if key.pos != NOUN:
            return False
        nodes = [key] + ([key.head] if key.head.i != key.i and key.dep in (DEP_OBJ, DEP_NSUBJ) else [])
        for node in nodes:
            for clause in _kids(node):
                if clause.i <= key.i or clause.pos != VERB or clause.dep not in (DEP_ACL_RELCL, DEP_ADVCL):
                    continue
                if not any(c.lower_ == "qui" and c.dep_.startswith("nsubj") for c in _kids(clause)):
                    continue
                if clause.lemma_.lower() in self.failed_verbs or self._failure_verb(clause):
                    return True
        return False

    @_per_item
    def _failure_verb(self, verb: Token) -> bool:
        """ "s'est soldé par un échec", "a connu une défaillance", "n'a pas atteint l'orbite"."""
        objs = [c for c in _kids(verb) if c.dep in (DEP_OBJ, DEP_OBL_ARG, DEP_OBL_MOD, DEP_OBL_AGENT)]
        # "placé en orbite malgré une anomalie", "sans défaillance": a failure overcome or denied
        objs = [c for c in objs if not any(k.lower_ in ("malgré", "sans") for k in _kids(c))]
        if any(c.lemma_.lower() in self.failed_lemmas for c in objs):
            return True
        lemma = verb.lemma_.lower()
        # "le troisième lancement avait tourné court"
        idiom = self.failed_idioms.get(lemma)
        if idiom and any(
            c.lower_ in idiom and c.dep in (DEP_ADVMOD, DEP_OBJ, DEP_XCOMP) for c in _kids(verb)
        ):
            return True
        # "n'a jamais donné signe de vie": silence, negated
        silent = self.silent_idioms.get(lemma)
        if (
            silent
            and any(c.lower_ in silent and c.dep == DEP_OBJ for c in _kids(verb))
            and self._ne_negated([verb])
        ):
            return True
        # "SpaceX a perdu le contact": the link to the craft is lost
        if lemma in self.lost_verbs and any(
            c.dep == DEP_OBJ and c.lemma_.lower() in self.lost_link_nouns for c in objs
        ):
            return True
        # "le lanceur a dévié de sa trajectoire": leaving its path (told with "de", not "dévier sa
        # trajectoire", a planned manoeuvre) is a failure
        off = self.rules.get("off_course", {})
        if lemma in off.get("verbs", []) and any(
            c.lemma_.lower() in off.get("nouns", []) and any(k.lower_ in ("de", "d'", "d’") for k in _kids(c))
            for c in objs
        ):
            return True
        return (
            # "n'a pas atteint l'orbite", "n'avait jamais quitté l'orbite terrestre"
            lemma in ("atteindre", "rejoindre", "gagner", "quitter")
            and any(c.lower_ in ("pas", "jamais") for c in _kids(verb))
            and any(c.lemma_.lower() == "orbite" for c in objs)
        )

    def _other_loss(self, tok: Token) -> bool:
        """ "un sac d'outils perdu lors d'une sortie": what failed or was lost is a plain object,
        not the vehicle, so the event itself went on."""
        if tok.pos not in (VERB, ADJ):
            return False
        # "la fusée atteint l'orbite mais perd son propulseur": the booster, lost on its way back,
        # is not the flight
        parts = set(self.rules.get("recovered_parts", []))
        if any(c.dep == DEP_OBJ and c.lemma_.lower() in parts for c in _kids(tok)):
            return True
        if tok.dep in (DEP_ACL, DEP_AMOD):
            theme = tok.head
        else:
            theme = next((c for c in _kids(tok) if c.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS)), None)
        if theme is None or theme.pos != NOUN or theme.ent_type_:
            return False
        lemma = theme.lemma_.lower()
        return (
            lemma not in self.generic_craft
            and not self._space_token(theme)
            and lemma not in ("ensemble", "étage", "engin", "mission", "appareil", "moteur")
            # "le premier tir avait échoué": the event itself failed
            and lemma not in self.event_nouns
        )

    @staticmethod
    def _governor(key: Token, sent: Span) -> Token | None:
        """The verb a noun trigger is (through "tentative de", "date du"...) the subject of."""
        if key.pos != NOUN:
            return None
        node = key
        for _ in range(3):
            if node.dep_.startswith("nsubj") and node.head.pos in (VERB, AUX, ADJ):
                return node.head
            if node.dep != DEP_NMOD or node.head.i == node.i:
                break
            node = node.head
        # a noun opening its sentence that the parser left as a root: the first main verb after it
        if node.dep == DEP_ROOT and node.head.i == node.i:
            if not any(t.pos in (VERB, AUX) for t in _toks(key.doc, sent.start, key.i)):
                for tok in _toks(key.doc, key.i + 1, sent.end):
                    if tok.dep == DEP_ROOT and tok.pos in (VERB, AUX) and not tok.ent_type_:
                        return tok
        return None

    @_per_item
    def _future(self, tok: Token) -> bool:
        if _morph(tok, "Tense") == ["Fut"] or _morph(tok, "Mood") == ["Cnd"]:
            # every French future and conditional ends in r + ending ("sera", "ira", "décollerait"):
            # a tag on another form is the tagger's slip on a narrative present ("redécolle")
            return bool(FUTURE_FORM.search(tok.lower_))
        if tok.pos not in (VERB, AUX) or len(tok) <= 4 or not FUTURE_FORM.search(tok.lower_):
            return False  # short forms ("sera", "va") are handled through their lemmas
        # "s'amarrait", "entraient": the imperfect of a verb whose stem ends in r ("amarr-ait")
        lemma = tok.lemma_.lower()
        imperfect = tok.lower_[len(lemma) - 2 :] in ("ait", "aient", "ais")
        if lemma.endswith("er") and tok.lower_.startswith(lemma[:-2]) and imperfect:
            return False
        return True

    def _planned(self, key: Token, span: Span, sent: Span) -> bool:
        doc = key.doc
        verbs = [key]
        if key.dep == DEP_CONJ and key.head.pos == VERB:
            verbs.append(key.head)
        for verb in verbs:
            if verb.pos == VERB:
                if self._future(verb):
                    return True
                for child in _kids(verb):
                    if child.dep_.startswith("aux") and (
                        self._future(child) or child.lower_ in ("sera", "seront", "serait", "aura", "auront")
                    ):
                        return True
        # "doit s'envoler", "va décoller", "devrait être lancé"
        for tok in _toks(doc, max(sent.start, span.start - 4), span.start):
            # "avait dû lancer": it had to, and did; not a plan
            if tok.lower_ in ("dû", "dus", "due", "dues"):
                continue
            lemma = tok.lemma_.lower()
            if lemma in ("devoir", "aller") and tok.pos in (VERB, AUX):
                return True
            # "pourrait décoller dès le 5 février": a possibility, not a fact
            if lemma == "pouvoir" and self._future(tok):
                return True
            # "l'agence veut lancer la sonde en 2027", "la NASA prévoit de lancer": an aim or a plan
            # in the present
            if lemma in self.aim_or_plan_verbs and tok.pos == VERB and "Pres" in _morph(tok, "Tense"):
                return True
            # "la NASA comptait lancer son télescope en 2007": a plan told in the imperfect (a
            # past plan, see _past_plan)
            if lemma in self.plan_verbs and tok.pos == VERB and "Imp" in _morph(tok, "Tense"):
                return True
        # "doit quant à elle s'élancer", "doit ensuite décoller": the modal governs the infinitive
        # over an aside the window above does not reach
        if (
            key.pos == VERB
            and key.dep == DEP_XCOMP
            and "Inf" in _morph(key, "VerbForm")
            and key.head.lemma_.lower() in ("devoir", "aller")
            and key.head.pos in (VERB, AUX)
            and key.head.lower_ not in ("dû", "dus", "due", "dues")
        ):
            return True
        # "doit quitter la station début septembre et se poser", "doit s'approcher ... avant de
        # rentrer sur Terre": a verb coordinated to, or governed by, a planned one
        if key.pos == VERB and key.dep in (DEP_CONJ, DEP_ADVCL, DEP_XCOMP) and key.head.pos == VERB:
            for tok in _toks(doc, max(sent.start, key.head.i - 3), key.head.i):
                if (
                    tok.lemma_.lower() in ("devoir", "aller")
                    and tok.pos in (VERB, AUX)
                    and tok.lower_ != "dû"
                ):
                    return True
        if (
            key.pos == VERB
            and key.dep != DEP_CONJ
            and "Inf" in _morph(key, "VerbForm")
            # "il s'est envolé" tagged as an infinitive: a tense auxiliary makes it a participle
            and not any(c.dep == DEP_AUX_TENSE for c in _kids(key))
        ):
            # "Orion reviendra amerrir", "ils resteront douze jours dans la station avant de
            # rentrer": an infinitive under a verb in the future (through a noun it may hang on)
            node = key
            for _ in range(3):
                if node.head.i == node.i:
                    break
                node = node.head
                if node.pos in (VERB, AUX) and "Inf" not in _morph(node, "VerbForm"):
                    if self._future(node) or any(
                        c.dep_.startswith("aux") and self._future(c) for c in _kids(node)
                    ):
                        return True
                    break
        if key.pos == VERB and key.dep == DEP_CONJ and "Inf" in _morph(key, "VerbForm"):
            # "doit décoller jeudi ... et s'amarrer samedi": a coordinated infinitive shares the
            # modal of the last finite verb before it (whatever the parser hung it on)
            for tok in reversed(doc[sent.start : key.i]):
                if tok.pos in (VERB, AUX) and "Fin" in _morph(tok, "VerbForm"):
                    if tok.lemma_.lower() in ("devoir", "aller") or self._future(tok):
                        return True
                    break
        if key.pos == NOUN:
            # "le lancement de Shenzhou-17, prévu fin octobre"
            for tok in key.subtree:
                if tok.lemma_.lower() in ("prévoir", "programmer", "planifier") and not self._blocked_prevu(
                    tok
                ):
                    return True
            # "Le vol de la fusée New Glenn est prévu vendredi", parsed as two clauses: the
            # participle the noun phrase is the subject of ("est prévu", not the aside ", prévu en
            # 2001, avait été annulé"), with no other verb between
            for tok in _toks(doc, key.i + 1, min(sent.end, key.i + 10)):
                if tok.pos == VERB:
                    if (
                        tok.lemma_.lower() in ("prévoir", "programmer", "planifier")
                        and doc[tok.i - 1].pos == AUX
                        and not self._blocked_prevu(tok)
                    ):
                        return True
                    break
            if key.head.i != key.i and key.head.lemma_.lower() in self.planned_heads and key.dep == DEP_OBJ:
                return True
            # "la NASA vise le 12 mars pour le lancement": the aim of a planning verb
            if (
                key.head.i != key.i
                and key.head.lemma_.lower() in self.planned_heads
                and key.dep_.startswith("obl")
                and any(c.dep == DEP_CASE and c.lower_ == "pour" for c in _kids(key))
            ):
                return True
            for child in _kids(key):
                if child.lemma_.lower() in (
                    "prochain",
                    "futur",
                    "prévu",
                    "programmé",
                    "prévoir",
                    "programmer",
                ):
                    if not self._blocked_prevu(child):
                        return True
            governor = self._governor(key, sent)
            if governor is not None and governor.i != key.head.i:
                if self._future(governor) or any(
                    c.dep_.startswith("aux") and self._future(c) for c in _kids(governor)
                ):
                    return True
            head = key.head
            # "effectueront une sortie", "le lancement aura lieu": the governing verb's tense
            if key.dep in (DEP_OBJ, DEP_OBL_ARG) and head.i != key.i and head.pos == VERB:
                if self._future(head) or any(
                    c.dep_.startswith("aux") and self._future(c) for c in _kids(head)
                ):
                    return True
            if key.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS) and head.i != key.i:
                if head.lemma_.lower() in self.planned_lemmas and not self._blocked_prevu(head):
                    return True
                if self._future(head) or any(
                    c.dep_.startswith("aux") and self._future(c) for c in _kids(head)
                ):
                    return True
                if head.lemma_.lower() == "avoir" and any(c.lower_ == "lieu" for c in _kids(head)):
                    return self._future(head)
        return False

    def _past_plan(self, key: Token, span: Span, sent: Span) -> bool:
        """ "devait se poser", "était prévu": a plan told in the imperfect, so no longer a plan
        the article looks forward to (it was dropped, or what happened is told apart)."""
        doc = key.doc
        near = _toks(doc, max(sent.start, span.start - 4), span.start) + [key.head]
        near += [c for c in _kids(key) if c.dep_.startswith("aux")]
        # "Son atterrissage était prévu le 7 août": the tense sits on the governing participle
        if key.dep_.startswith("nsubj") and key.head.i != key.i:
            near += [c for c in _kids(key.head) if c.dep_.startswith("aux")]
        return any(
            t.lemma_.lower() in {"devoir", "prévoir", "être"} | self.plan_verbs
            and t.pos in (VERB, AUX)
            and "Imp" in _morph(t, "Tense")
            and (
                t.lemma_.lower() in ("devoir", *self.plan_verbs)
                or any(x.lemma_.lower() == "prévoir" for x in near)
            )
            for t in near
        )

    @staticmethod
    def _definite_subject(key: Token) -> bool:
        """ "Le décollage ... avait été reporté": an event noun with a definite article, subject of
        its clause (the article refers back to an event already told)."""
        return (
            key.pos == NOUN
            and key.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS)
            and any(c.dep == DEP_DET and c.lower_ in _BACK_POINTING_DETS for c in _kids(key))
        )

    def _first_plan(self, key: Token, span: Span, sent: Span) -> bool:
        """ "devait initialement être lancé en 2007", "d'abord prévu le 4 juillet": a first plan
        told in the past was replaced, so that attempt is its own cancelled event."""
        doc = key.doc
        lo, hi = max(sent.start, span.start - 5), min(sent.end, span.end + 3)
        for tok in _toks(doc, lo, hi):
            word = tok.lower_
            if word == "abord" and tok.i > 0 and doc[tok.i - 1].lower_ in ("d'", "d’"):
                word = "d'abord"
            # "prévu à l'origine jeudi", "À l'origine, la NASA comptait ..."
            if word == "origine" and tok.i > 1 and doc[tok.i - 1].lower_ in ("l'", "l’"):
                word = "à l'origine" if doc[tok.i - 2].lower_ == "à" else word
            if word in self.first_plan_words:
                return True
        return False

    def _dropped_after(self, key: Token, sent: Span) -> bool:
        """ "..., mais l'alunissage a été annulé": after "mais", a cancellation in the sentence."""
        doc = key.doc
        buts = [t for t in _toks(doc, key.i + 1, sent.end) if t.lower_ == "mais"]
        if not buts:
            return False
        return any(t.lemma_.lower() in self.cancelled_lemmas for t in doc[buts[0].i + 1 : sent.end])

    def _blocked_prevu(self, tok: Token) -> bool:
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        return prev is not None and prev.lower_ in self.planned_blockers

    # arguments
    def _fill_craft(
        self,
        ctx: _Context,
        m: Mention,
        key: Token,
        scope: list[Token],
        sent: Span,
        foreign: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        """The vehicles of the mention (``foreign``: tokens of another event's subordinate clause)."""
        keep_station = m.type in ("DOCKING", "UNDOCKING", "SPACEWALK")
        sent_craft = [
            e
            for e in ctx.ents_in(sent)
            if e.label == SPACECRAFT_LABEL
            and self._type(e) not in self.non_space_craft_types
            and not self._compared(e)
            and not self._landmark(e)
            and e.start not in foreign
            and not self._veteran_of(e)
        ]
        chosen = sent_craft
        # "Sentinel-1C, parti de Kourou à bord d'une Vega-C, et Sentinel-1A, lancé en 2014": a
        # participle on a vehicle's name flies that vehicle and the ones in its own phrase
        owner = self._participle_owner(ctx, key)
        if owner is not None and owner in sent_craft:
            doc = ctx.doc
            end = key.i + 1
            while end < sent.end and doc[end].text not in (",", ";", ")") and doc[end].lower_ != "et":
                end += 1
            chosen = [e for e in sent_craft if e is owner or key.i < e.start < end]
        if m.type in ("DOCKING", "UNDOCKING") or (
            m.type != "LAUNCH"
            and any(not self._is_station(e) and self._type(e) not in self.launcher_types for e in chosen)
        ):
            # "Sa capsule, propulsée par une Falcon 9, doit s'amarrer": the launcher does not dock
            chosen = [e for e in chosen if self._type(e) not in self.launcher_types]
        for ent in chosen:
            if self._is_station(ent) and not keep_station and not self._launched_station(ent, key, m.type):
                continue
            m.spacecraft.setdefault(self._same_vehicle(ctx, ent), _ev(ent))
        if m.type in ("DOCKING", "UNDOCKING") and not any(self._is_station(e) for e in chosen):
            for ent in sent_craft:
                if self._is_station(ent):
                    m.spacecraft.setdefault(canon(ent), _ev(ent))
            sent_i = bisect.bisect_right(ctx.sent_starts, sent.start) - 1
            if (
                m.type == "DOCKING"
                and not any(self._is_station(e) for e in sent_craft)
                and key.pos == VERB
                and any(c.lower_ == "y" for c in _kids(key))
                and sent_i > 0
                and ctx.paras[sent_i - 1] == ctx.paras[sent_i]
            ):
                # "Vers la station Saliout 6. Ils s'y amarrent": "y" is the station just named
                before = ctx.sents[sent_i - 1]
                for ent in self._stations_in(ctx, _toks(sent.doc, before.start, before.end))[-1:]:
                    m.spacecraft.setdefault(canon(ent), _ev(ent))
        # "au module Zvezda de la Station spatiale internationale": the station names the target
        modules = [e for e in chosen if self._type(e) == "station_module"]
        if modules and any(self._is_station(e) and self._type(e) != "station_module" for e in chosen):
            for ent in modules:
                if not self._launched_station(ent, key, m.type):
                    m.spacecraft.pop(canon(ent), None)
        vehicles = [e for e in chosen if not self._is_station(e)]
        named_launcher = bool(vehicles) and all(self._type(e) in self.launcher_types for e in vehicles)
        if keep_station and m.type != "SPACEWALK":
            self._docking_parties(ctx, m, key, scope, chosen)
        if m.type == "LAUNCH" and key.dep == DEP_ADVCL and key.i < key.head.i:
            # "Lancé par une fusée Soyouz, le vaisseau apporte...": the participle's subject is
            # the main clause's, a generic vehicle noun pointing back to the one named before
            for child in _kids(key.head):
                kind = self.generic_craft.get(child.lemma_.lower()) if child.dep == DEP_NSUBJ else None
                if kind and kind != "launcher":
                    referent = self._previous_craft(ctx, key.i, kind, max_back=60)
                    if referent is not None and self._type(referent) not in self.launcher_types:
                        m.spacecraft.setdefault(canon(referent), _ev(child))
        if vehicles and not named_launcher:
            # "En 2023, elle a propulsé la sonde Juice": the pronoun is the launcher named before
            if (
                m.type == "LAUNCH"
                and self._pronoun_subject(key)
                and all(self._uncrewed_ent(e) for e in vehicles)
            ):
                referent = self._previous_craft(ctx, key.i, "launcher", max_back=60)
                if referent is not None and self._type(referent) in self.launcher_types:
                    m.spacecraft.setdefault(canon(referent), _ev(referent))
            return
        # "Il sera placé en orbite": a pronoun subject points back to the last vehicle named
        # "Son vol inaugural s'était soldé par un échec": so does a possessive on a noun trigger
        ordinal = key.pos == NOUN and any(
            c.dep == DEP_AMOD and "Ord" in _morph(c, "NumType") for c in _kids(key)
        )
        if (
            m.type == "LAUNCH"
            and named_launcher
            and not m.participants
            and key.pos == VERB
            and self._pronoun_subject(key)
        ):
            # "Il avait été lancé de Baïkonour par une fusée Proton": the pronoun is the payload
            # named before, not the launcher of the sentence
            referent = self._previous_craft(ctx, key.i, "capsule", max_back=60)
            if referent is not None and self._type(referent) not in self.launcher_types:
                m.spacecraft.setdefault(canon(referent), _ev(referent))
                return
        if (
            not chosen
            and not m.participants
            and (self._pronoun_subject(key) or self._possessive(key) or ordinal)
        ):
            # "le premier tir" of the launcher the article is about, which may be named far back
            # ("le premier lancement avait échoué": the launcher of the story, named paragraphs before)
            shot = ordinal and key.lemma_.lower() in self.ordinal_launch_nouns
            referent = self._previous_craft(
                ctx, key.i, "launcher" if shot else "", max_back=150 if shot else 40
            )
            if referent is not None:
                m.spacecraft.setdefault(canon(referent), _ev(referent))
                return
        # "la capsule", "le vaisseau", "la fusée": the latest matching vehicle named before
        lemmas = ctx.word_strings()[1]  # token i's lemma_.lower(), read once per document
        for tok in scope or _toks(sent.doc, sent.start, sent.end):
            kind = self.generic_craft.get(lemmas[tok.i])
            if kind is None or tok.i + 1 < len(tok.doc) and tok.nbor(1).ent_type == SPACECRAFT_LABEL:
                continue
            # "Le cargo avait été lancé par une fusée Soyouz": the launcher is named, the cargo is not
            if named_launcher and kind == "launcher":
                continue
            referent = self._previous_craft(ctx, tok.i, kind)
            if referent is not None:
                m.spacecraft.setdefault(canon(referent), _ev(tok))
                return

    @staticmethod
    def _participle_after(key: Token) -> bool:
        """``key`` is a past participle with no auxiliary right after "Name," ("Sentinel-1A, lancé")."""
        if key.pos != VERB or key.i < 2 or key.doc[key.i - 1].text != ",":
            return False
        return "Part" in _morph(key, "VerbForm") and not any(c.dep_.startswith("aux") for c in _kids(key))

    def _participle_owner(self, ctx: _Context, key: Token) -> Span | None:
        """The vehicle a participle trigger is set after: "Sentinel-1A, lancé en 2014"."""
        if not self._participle_after(key):
            return None
        owner = ctx.ent_of.get(key.i - 2)
        if owner is None or owner.label != SPACECRAFT_LABEL or self._is_station(owner):
            return None
        return owner

    def _landmark(self, ent: Span) -> bool:
        """ "se sont posés à moins de 200 mètres de Surveyor 3", "près de la sonde": a vehicle that
        marks where the event happened is not its vehicle."""
        if ent.start < 2 or _tok(ent.doc, ent.start - 1).lower_ not in ("de", "d'", "d’", "du"):
            return False
        return _tok(ent.doc, ent.start - 2).lower_ in self.landmark_words

    @staticmethod
    def _launched_station(ent: Span, key: Token, kind: str) -> bool:
        """ "La station Saliout 1, lancée en 1971", "le module Zarya a été placé en orbite": the
        station or module is what the launch put up, not its destination."""
        if kind != "LAUNCH":
            return False
        # the noun phrase of the name: "la station Saliout 1" hangs the name on "station"
        head = ent.root
        if (
            head.dep in (DEP_NMOD, DEP_APPOS, DEP_FLAT_NAME, DEP_AMOD)
            and head.head.i != head.i
            and head.head.i < ent.start
        ):
            head = head.head
        np = {head.i} | set(range(ent.start, ent.end))
        # "placé en orbite": the verb of a noun trigger
        verb = key if key.pos == VERB or key.head.pos != VERB else key.head
        if verb.dep == DEP_ACL and verb.head.i in np:
            return True
        return head.head.i == verb.i and head.dep in (DEP_NSUBJ, DEP_NSUBJ_PASS, DEP_OBJ)

    def _docking_parties(
        self, ctx: _Context, m: Mention, key: Token, scope: list[Token], chosen: list[Span]
    ) -> None:
        """ "L'équipage s'est amarré à la station Saliout 7", "Il s'est amarré à la station
        Tiangong": the subject is the vehicle told before; "s'amarrer à la station": the station
        named before."""
        doc = ctx.doc
        if chosen and all(self._is_station(e) for e in chosen) and self._pronoun_subject(key):
            referent = self._previous_craft(ctx, key.i, "", max_back=60)
            if referent is not None:
                m.spacecraft.setdefault(canon(referent), _ev(referent))
        if any(self._is_station(e) for e in chosen):
            return
        for tok in scope:
            if tok.lemma_.lower() != "station" or tok.i + 1 < len(doc) and tok.nbor(1).ent_type_:
                continue
            # the station named last before (articles name one station; it may be far back)
            for ent in reversed(ctx.ents):
                if ent.start >= tok.i:
                    continue
                if (
                    ent.label == SPACECRAFT_LABEL
                    and self._is_station(ent)
                    and self._type(ent) != "station_module"
                ):
                    m.spacecraft.setdefault(canon(ent), _ev(tok))
                    return
            return

    @_per_item
    def _compared(self, ent: Span) -> bool:
        """ "plus loin que celui de Hubble", "le successeur d'Ariane 5": a vehicle named for comparison
        (or as a kind: "n'est qu'un Vostok"); "Son successeur, Progress MS-28, ..." names the
        referent itself (apposition)."""
        doc = ent.doc
        # "Voskhod n'est qu'un Vostok": a kind named as what something is, not a vehicle in the story
        if (
            ent.start >= 2
            and _tok(doc, ent.start - 1).lower_ in ("un", "une")
            and _tok(doc, ent.start - 2).lower_ in ("qu'", "qu’", "est", "était", "étaient", "sont")
        ):
            return True
        window = _toks(doc, max(0, ent.start - 2), ent.start)
        for k, tok in enumerate(window):
            if tok.lower_ in self.comparison_cues:
                between = window[k + 1 :]
                if not (len(between) and between[-1].text in (",", ":", "(")):
                    return True
        return False

    def _other_crew_craft(self, ent: Span) -> bool:
        """ "Ils remplaceront l'équipage de Shenzhou-18": the vehicle of the crew being relieved or
        joined (host verbs) is not the one the article then calls "le vaisseau"."""
        node = ent.root
        if node.head.i == node.i or node.head.lemma_.lower() != "équipage":
            return False
        crew = node.head
        verb = crew.head
        if crew.dep_.startswith("nsubj"):
            return verb.lemma_.lower() in self.host_subject_verbs
        return crew.dep in (DEP_OBJ, DEP_OBL_ARG) and verb.lemma_.lower() in self.host_object_verbs

    @staticmethod
    def _same_vehicle(ctx: _Context, ent: Span) -> str:
        """ "à bord de ce même Soyouz": the family name said again of the vehicle named before it
        (the last "Soyouz MS-09" told earlier), else the entity's own canonical name."""
        name = canon(ent)
        if " " in name or ent.start == 0 or ctx.doc[ent.start - 1].lower_ != "même":
            return name
        prefix = name.lower() + " "
        for other in reversed(ctx.ents[: bisect.bisect_left(ctx._ent_starts, ent.start)]):
            if other.label == SPACECRAFT_LABEL and canon(other).lower().startswith(prefix):
                return canon(other)
        return name

    def _previous_craft(self, ctx: _Context, index: int, kind: str, max_back: int = 10_000) -> Span | None:
        fallback = None
        # (only the entities starting before ``index``: the later ones are skipped anyway)
        for ent in reversed(ctx.ents[: bisect.bisect_left(ctx._ent_starts, index)]):
            if ent.start >= index or ent.label != SPACECRAFT_LABEL or self._is_station(ent):
                continue
            if index - ent.start > max_back:
                break
            # "plus loin que celui de Hubble": a vehicle named for comparison
            if self._compared(ent) or self._other_crew_craft(ent) or self._veteran_of(ent):
                continue
            etype = self._type(ent)
            if kind == "capsule" and etype in self.uncrewed_launch_types:
                continue  # "La capsule s'est arrimée à l'Agena ... La capsule a amerri": not the target
            # "Roscosmos avait déjà testé ce schéma avec Progress MS-09 en 2018 ... Le cargo doit se
            # détacher": a vehicle named once in a pluperfect aside is no referent when one of its
            # kind was named before it
            fits = etype == kind or (kind == "capsule" and bool(etype) and etype not in self.launcher_types)
            if kind and fits and self._aside_once(ctx, ent):
                fallback = fallback or ent
                continue
            # "le satellite X ... le lanceur lourd a emporté": a vehicle of unknown kind is no
            # launcher's referent unless nothing else fits
            if not etype and kind == "launcher":
                fallback = fallback or ent
                continue
            if not etype or etype == kind or (kind == "capsule" and etype not in self.launcher_types):
                return ent
            # "à bord d'une fusée X, le cargo s'est arrimé": a launcher is never the capsule meant,
            # unless its upper stage is the ship itself ("le Starship ... le vaisseau a amerri")
            if kind and kind != "launcher" and etype in self.launcher_types:
                if kind == "capsule" and canon(ent).lower() in self.ship_launchers:
                    return ent
                continue
            if fallback is None:
                fallback = ent
        return fallback

    def _aside_once(self, ctx: _Context, ent: Span) -> bool:
        """The vehicle is named once in the article, in a sentence told in the pluperfect."""
        name = canon(ent)
        if sum(1 for e in ctx.ents if e.label == SPACECRAFT_LABEL and canon(e) == name) > 1:
            return False
        sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, ent.start) - 1]
        return any(self._pluperfect(t) for t in sent)

    def _namesake(self, ent: Span) -> bool:
        """ "baptisée en hommage au navire des explorateurs X et Y", "une première depuis le vol de
        X": people (or a list of them) named for a namesake or a record, before any verb."""
        doc = ent.doc
        first = ent.start
        while first > 0 and (
            (prev := _tok(doc, first - 1)).ent_type == PER_LABEL or prev.text in (",", "et")
        ):
            first -= 1
        for tok in reversed(_toks(doc, max(0, first - 9), first)):
            word = tok.lemma_.lower()
            if word in self.namesake_cues or tok.lower_ in self.namesake_cues:
                return True
            if tok.lower_ in self.record_preps and self._record_before(tok):
                return True
            # "42 ans après le vol de Youri Gagarine": the flight a time is counted from
            if (
                tok.lower_ in ("après", "avant")
                and tok.i > 0
                and _tok(doc, tok.i - 1).lemma_.lower()
                in ("an", "année", "mois", "semaine", "jour", "siècle")
            ):
                return True
            # "baptisé Endeavour par les astronautes X et Y": the name given is another entity
            if tok.text in (".", ";", ":") or tok.pos in (VERB, AUX) or tok.lower_ == "par":
                return False
            if tok.ent_type in (SPACECRAFT_LABEL, MISSION_LABEL, ORG_LABEL):
                return False
        return False

    def _flyer(self, ctx: _Context, ent: Span, trigger: Token) -> bool:
        """False for people quoted or named with an official title, or tied to a non-flight noun."""
        # what the entity's own context says is the same for every trigger of the article
        key = (ent.start, ent.end, ent.label)
        alone = ctx.flyer_alone.get(key)
        if alone is None:
            alone = ctx.flyer_alone[key] = self._flyer_alone(ctx, ent)
        if not alone and not self._flying_subject(ent, trigger) and not self._listed_aboard(ctx, ent):
            return False
        root = node = ent.root  # (Span.root walks the entity's heads: read once)
        for _ in range(3):
            head = node.head  # (each read of Token.head makes a new Token)
            if head.i == node.i or head.pos in (VERB, AUX):
                break
            node = head
            if node.lower_ in self.remains_nouns or node.lemma_.lower() in self.remains_nouns:
                return False  # "les cendres de l'acteur James Doohan"
        node = root
        for _ in range(2):
            head = node.head
            if (
                head.i == node.i
                or head.i == trigger.i
                or head.pos in (VERB, AUX)
                or head.ent_type == PER_LABEL
            ):
                break
            if head.lemma_.lower() in self.role_nouns or head.lower_ in self.role_nouns:
                break
            node = head
            if node.lemma_.lower() in self.non_flyer_heads:
                # "en compagnie de Guennadi Padalka": along with, not a company
                return node.lower_ == "compagnie" and node.i > 0 and node.doc[node.i - 1].lower_ == "en"
        return True

    def _listed_aboard(self, ctx: _Context, ent: Span) -> bool:
        """ "À bord se trouvaient Henry Wolfond, président de Bayshore Capital, Emily Calandrelli
        ...": a person listed in a sentence opening on "À bord" flies, whatever title follows."""
        sent = ctx.sents[bisect.bisect_right(ctx.sent_starts, ent.start) - 1]
        return (
            span_text(sent).lower().startswith(("à bord", "a bord"))
            and ent.root.dep not in (DEP_NMOD, DEP_OBL_MOD)
            and not DIGITS.search(span_text(ent))
        )

    def _flying_subject(self, ent: Span, trigger: Token) -> bool:
        """ "John Glenn, sénateur de l'Ohio, s'est envolé": a flown astronaut who is the subject of
        the trigger verb flies, whatever title the article gives him."""
        root = ent.root
        return (
            trigger.pos == VERB
            and root.dep == DEP_NSUBJ
            and root.head.i == trigger.i
            and self._type(ent) in self.space_per_types
            and not DIGITS.search(span_text(ent))
        )

    def _flyer_alone(self, ctx: _Context, ent: Span) -> bool:
        """The checks of :meth:`_flyer` that read the entity and its neighbours, not the trigger."""
        doc = ctx.doc
        if self._type(ent) in self.non_flyer_per_types:
            return False
        if DIGITS.search(span_text(ent)):  # "le point de Lagrange L1" misread as a person
            return False
        if self._namesake(ent):
            return False
        for j in range(ent.start - 1, max(-1, ent.start - 9), -1):
            tok = _tok(doc, j)
            # "baptisée en hommage à John Glenn": the vehicle's namesake
            if j >= ent.start - 4 and (
                tok.lemma_.lower() in self.namesake_cues or tok.lower_ in self.namesake_cues
            ):
                return False
            if tok.ent_type == PER_LABEL or tok.pos in (VERB, AUX) or tok.text in (".", ";", ":", "et"):
                break
            lemma = tok.lemma_.lower()
            if lemma in self.role_nouns:
                break
            if lemma in self.official_titles or tok.lower_ in self.official_titles:
                return False
        if ent.end + 1 < len(doc) and _tok(doc, ent.end).text == ",":
            nxt = _tok(doc, ent.end + 1)
            # "X, le patron d'Arianespace": the title may follow its article
            if nxt.pos == DET and ent.end + 2 < len(doc):
                nxt = _tok(doc, ent.end + 2)
            if nxt.lemma_.lower() in self.official_titles:
                return False
        root = ent.root
        # "Après X et Y, Z s'envole": the ones named before in a sequence did not fly this time
        first = root
        while first.dep == DEP_CONJ and first.head.i != first.i and first.head.ent_type == PER_LABEL:
            first = first.head
        if any(c.dep == DEP_CASE and c.lower_ in self.sequence_preps for c in _kids(first)):
            return False
        # "les Falcon 9 d'Elon Musk", "la fusée de Jeff Bezos": the owner of a launcher or company
        owned = (
            ctx.ent_of.get(root.head.i)
            if root.dep in (DEP_NMOD, DEP_APPOS)
            and root.head.i != root.i
            and any(c.dep == DEP_CASE and c.lower_ in ("de", "d'", "d’") for c in _kids(root))
            else None
        )
        if owned is not None and (
            owned.label == ORG_LABEL
            or (owned.label == SPACECRAFT_LABEL and self._type(owned) in self.launcher_types)
        ):
            return False
        # a speaker is no flyer: "a déclaré X", "X a indiqué"
        if root.dep_.startswith("nsubj") and root.head.lemma_.lower() in self.speech_lemmas:
            return False
        # "Le chef de projet de Hera à l'ESA, X, rappelle que ...": a name in apposition to a
        # title, or to the subject of a speech verb
        if root.dep == DEP_APPOS and root.head.i != root.i:
            title = root.head
            role = title.lemma_.lower() in self.role_nouns or title.lower_ in self.role_nouns
            if not role and (
                title.lemma_.lower() in self.official_titles or title.lower_ in self.official_titles
            ):
                return False
            if title.dep_.startswith("nsubj") and title.head.lemma_.lower() in self.speech_lemmas:
                return False
        # "sous les yeux de Bill Clinton", "en présence de X": a witness
        if (
            ent.start >= 2
            and _tok(doc, ent.start - 1).lower_ in ("de", "d'", "d’", "du")
            and _tok(doc, ent.start - 2).lower_ in self.witness_nouns
        ):
            return False
        for tok in _toks(doc, max(0, ent.start - 3), ent.start):
            if tok.lemma_.lower() in self.speech_lemmas and (
                tok.pos == VERB
                # "« ... », tempère X": right after a closing quote, whatever the tagger says
                or (tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].text in ("»", "”", '"'))
            ):
                return False
        return True

    def _fill_people(
        self,
        ctx: _Context,
        m: Mention,
        key: Token,
        span: Span,
        scope: list[Token],
        sent: Span,
        *,
        local_only: bool = False,
        foreign: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        """The flyers of the mention (``foreign``: tokens of another event's subordinate clause)."""
        # "ils ont assisté au décollage": spectators, not flyers
        if (
            key.head.i != key.i
            and key.head.lemma_.lower() in self.spectator_heads
            and not key.dep_.startswith("nsubj")
        ):
            return
        people = [e for e in ctx.ents_in(sent) if e.label == PER_LABEL and e.start not in foreign]
        if local_only:
            # "le vol de X": the flyer is the noun's complement or named right after it
            subtree = {t.i for t in key.subtree}
            after = self._people_after(ctx, key, sent)
            people = [e for e in people if e.start in subtree or e in after]
        for ent in people:
            if (
                self._flyer(ctx, ent, key)
                and not self._contrasted(ent, key)
                and not self._other_event_complement(ctx, ent, key)
                # "..., où les attendaient X et Y": the crew already aboard
                and not self._inverted_host(ent)
                and not self._awaiting(ent, key)
            ):
                m.participants.setdefault(canon(ent), _ev(ent))
        if local_only:
            return
        # "l'actrice et le réalisateur": role nouns point back to the named referent
        doc = ctx.doc
        # the whole sentence: the parser often hangs the verb under the subject's role noun
        # most articles introduce nobody by a role noun, and most sentences hold none of theirs
        roles_told = bool(ctx.roles) and not ctx.words(m.sent)[0].isdisjoint(ctx.roles)
        lowers = ctx.word_strings()[0]  # token i's lower_: a Token only for a role noun after its article
        for i in range(sent.start, sent.end) if roles_told else ():
            role = lowers[i]
            if role not in ctx.roles or i == 0 or lowers[i - 1] not in ("l'", "l’", "le", "la"):
                continue
            tok = _tok(doc, i)
            if role not in self.role_nouns and not self._demonym(tok):
                continue  # "l'allemand", the language, is not "l'Allemand"
            nxt = doc[tok.i + 1 : tok.i + 3]
            if any(t.ent_type == PER_LABEL for t in nxt):
                continue  # "le cosmonaute Anton Chkaplerov" names its referent itself
            # an anaphor: the ones introduced before it ("la Française" does not point forward to
            # "la Française Sophie Adenot" told paragraphs later)
            names = [name for name, at in ctx.roles[role] if at < tok.i]
            if len(names) == 1:
                m.participants.setdefault(names[0], _ev(tok))
        if not m.participants:
            self._latter(ctx, m, sent)
        # "... s'est posé. À son bord se trouvaient X, Y et Z": the crew list that follows; when the
        # trigger sentence named flyers already, only a list told as more of them ("aussi",
        # "accompagné de", "les autres passagers") and with no station (hosts) in it
        extra = set(self.rules.get("extra_crew_cues", []))
        had = bool(m.participants)
        nxt = m.sent + 1
        if nxt < len(ctx.sents) and ctx.paras[nxt] == m.para:
            following = ctx.sents[nxt]
            lowers, lemmas = ctx.words(nxt)
            cued = "bord" in lowers
            if had:
                lemmas = lemmas | lowers
                cued = (
                    m.type in ("LAUNCH", "LANDING")
                    and bool(lemmas & extra)
                    and (
                        cued
                        or bool(
                            lemmas & {"accompagner", "accompagné", "accompagnée", "passager", "passagers"}
                        )
                    )
                    and not any(self._is_station(e) for e in ctx.ents_in(following))
                )
            if cued and not any(following.start_char <= c < following.end_char for c in ctx.trigger_chars):
                for ent in ctx.ents_in(following):
                    if ent.label == PER_LABEL and self._flyer(ctx, ent, key) and not self.is_host(ent):
                        # "Pour X, qui avait déjà séjourné à bord en 2014, ...": a past stay
                        if self._told_before(ent, ahead=m.status == "planned"):
                            continue
                        m.participants.setdefault(canon(ent), _ev(ent))
        if had or m.participants:
            return
        # "elle a saisi Zarya, lancé le 20 novembre par une fusée Proton": a vehicle told as
        # launched (a participle on it, a passive) carries no one named before
        if m.type == "LAUNCH" and (
            key.dep in (DEP_ACL, DEP_AMOD)
            or any(c.dep == DEP_AUX_PASS for c in _kids(key))
            or self._participle_after(key)
        ):
            return
        # participants named in a previous sentence of the same paragraph
        for back in range(1, self.lookback_sentences + 1):
            j = m.sent - back
            if j < 0 or ctx.paras[j] != m.para:
                break
            prev = ctx.sents[j]
            for ent in ctx.ents_in(prev):
                if (
                    ent.label == PER_LABEL
                    and self._flyer(ctx, ent, key)
                    and not self._staying(ent, prev)
                    and not self._already(ent)
                ):
                    m.participants.setdefault(canon(ent), _ev(ent))
        if m.participants or not (self._pronoun_subject(key) or self._crew_subject(key)):
            return
        # "Ils se sont amarrés...": a pronoun subject points back to the last flyers named,
        # even in an earlier paragraph
        for j in range(m.sent - 1, max(-1, m.sent - self.lookback_sentences - 1), -1):
            found = [
                e for e in ctx.ents_in(ctx.sents[j]) if e.label == PER_LABEL and self._flyer(ctx, e, key)
            ]
            if found and ctx.paras[j] != m.para:
                # "Challenger avait explosé, tuant X et Y.\nDiscovery a décollé. Elle s'est amarrée":
                # a paragraph about another vehicle tells another journey's crew
                between = self._vehicles(ctx, j + 1, m.sent + 1)
                if between and not between & self._vehicles(ctx, j, j + 1):
                    return
            if found:
                for ent in found:
                    m.participants.setdefault(canon(ent), _ev(ent))
                return

    def _awaiting(self, ent: Span, key: Token) -> bool:
        """ "X et Y attendent (l'arrivée de) trois nouveaux équipiers, qui doivent décoller le 28
        mai": the subjects of a host verb, told before the crew it awaits, who fly the trigger.
        Read on the surface: the parser often hangs such lists of names anywhere."""
        doc = key.doc
        host = next(
            (t for t in _toks(doc, ent.end, key.i) if t.pos == VERB and t.ent_type != PER_LABEL),
            None,
        )
        if host is None or host.lemma_.lower() not in self.host_subject_verbs:
            return False
        nouns = self.crew_subject_nouns | self.crew_list_nouns
        return any(
            t.lemma_.lower() in nouns or t.ent_type == PER_LABEL for t in _toks(doc, host.i + 1, key.i)
        )

    @staticmethod
    def _other_event_complement(ctx: _Context, ent: Span, key: Token) -> bool:
        """ "La fusée a décollé ... pour permettre le retour de X et Y": people named as the
        complement of another event noun of the sentence fly that event, not this one."""
        node = ent.root
        while (
            node.dep in (DEP_CONJ, DEP_APPOS, DEP_FLAT_NAME)
            and node.head.i != node.i
            and node.head.ent_type == PER_LABEL
        ):
            node = node.head
        head = node.head
        if node.dep != DEP_NMOD or head.i == node.i or head.i == key.i or head.pos != NOUN:
            return False
        return head.idx in ctx.trigger_chars

    def _vehicles(self, ctx: _Context, first: int, last: int) -> set[str]:
        """The vehicles (not stations, not launchers) named in sentences ``first`` to ``last - 1``."""
        return {
            canon(e)
            for sent in ctx.sents[first:last]
            for e in ctx.ents_in(sent)
            if e.label == SPACECRAFT_LABEL
            and not self._is_station(e)
            and self._type(e) not in self.launcher_types
        }

    def _contrasted(self, ent: Span, key: Token) -> bool:
        """ "... avant de rentrer sur Terre, tandis que Dyson y séjournera six mois": a person in a
        clause set against the trigger's does not take part in its event."""
        node = ent.root
        for _ in range(4):
            if node.head.i == node.i:
                return False
            node = node.head
            if node.pos in (VERB, AUX):
                break
        if node.i == key.i or node.pos not in (VERB, AUX):
            return False
        return any(c.dep == DEP_MARK and c.lower_ in self.contrast_marks for c in _kids(node))

    def is_host(self, ent: Span) -> bool:
        """People already there: "X et Y accueilleront ...", "ils rejoindront X et Y"."""
        doc = ent.doc
        # the first verb after the name, when the parse is lost in a list of names
        for tok in _toks(doc, ent.end, min(len(doc), ent.end + 12)):
            if tok.text in (".", ";", ":", "!", "?"):
                break
            if tok.pos == VERB and tok.ent_type != PER_LABEL:
                if tok.lemma_.lower() in self.host_subject_verbs:
                    return True
                break
        for tok in reversed(_toks(doc, max(0, ent.start - 12), ent.start)):
            if tok.text in (".", ";", ":", "!", "?") or (tok.pos == VERB and tok.ent_type != PER_LABEL):
                if tok.pos == VERB and tok.lemma_.lower() in self.host_object_verbs:
                    return True
                # "ils ont été accueillis à bord par X et Y": the agent of a passive host verb
                if (
                    tok.pos == VERB
                    and tok.lemma_.lower() in self.host_subject_verbs
                    and any(t.lower_ == "par" for t in _toks(doc, tok.i + 1, ent.start))
                ):
                    return True
                if self._inverted_host(ent):
                    return True
                break
        node = ent.root
        for _ in range(4):
            head = node.head
            if head.i == node.i:
                return False
            if head.pos in (VERB, AUX):
                lemma = head.lemma_.lower()
                if node.dep_.startswith("nsubj"):
                    return lemma in self.host_subject_verbs
                if node.dep in (DEP_OBJ, DEP_OBL_ARG, DEP_IOBJ):
                    return lemma in self.host_object_verbs
                return False
            node = head
        return False

    def _staying(self, ent: Span, sent: Span) -> bool:
        """ "À bord de la station restent X, Y et Z": the crew staying aboard, named before the
        newcomers' flight ("Trois nouveaux occupants doivent décoller le 18 mars")."""
        stay = self.staying_verbs
        # the verb before the list of names (inverted), or right after the name
        for tok in reversed(_toks(ent.doc, sent.start, ent.start)):
            if tok.pos in (VERB, AUX) and tok.ent_type != PER_LABEL:
                if tok.lemma_.lower() in stay:
                    return True
                break
        return any(
            t.lemma_.lower() in stay and t.pos in (VERB, AUX)
            for t in _toks(ent.doc, ent.end, min(sent.end, ent.end + 2))
        )

    def _inverted_host(self, ent: Span) -> bool:
        """The subject of a host verb, after it in a relative clause: "la station, où les
        attendaient X et Y", "où les accueillent X et Y" (the crew already aboard)."""
        doc = ent.doc
        for tok in reversed(_toks(doc, max(0, ent.start - 12), ent.start)):
            if tok.text in (".", ";", ":", "!", "?"):
                return False
            if tok.pos == VERB and tok.ent_type != PER_LABEL:
                return tok.lemma_.lower() in self.host_subject_verbs and any(
                    t.lower_ in RELATIVE_WORDS for t in _toks(doc, max(0, tok.i - 3), tok.i)
                )
        return False

    @staticmethod
    def _subject_of(verb: Token) -> Token | None:
        """The verb's subject; in a parse with two roots ("L'équipage de la mission X avait
        décollé" read as a noun root and a verb root), the noun root just before the verb."""
        for child in _kids(verb):
            if child.dep_.startswith("nsubj"):
                if child.ent_iob_ != "I":
                    return child
                # "L'équipage de la mission Polaris Dawn avait décollé" with "Dawn" read as the
                # subject: the noun phrase the name hangs on
                node = child
                while node.ent_iob_ == "I" and node.i > 0:
                    node = node.doc[node.i - 1]
                while node.dep == DEP_NMOD and node.head.i != node.i and node.head.pos in (NOUN, PROPN):
                    node = node.head
                return node
        if verb.dep == DEP_ROOT and verb.pos == VERB:
            for tok in reversed(_toks(verb.doc, max(0, verb.i - 12), verb.i)):
                if tok.pos in (VERB, AUX) and tok.dep not in (DEP_AUX_TENSE, DEP_AUX_PASS):
                    return None
                if tok.dep == DEP_ROOT and tok.pos in (NOUN, PROPN):
                    return tok
        return None

    def _crew_subject(self, key: Token) -> bool:
        """The trigger's subject is a crew noun without names: "les trois hommes", "les astronautes"."""
        verb = key if key.pos == VERB else key.head
        child = self._subject_of(verb)
        if child is None or child.lemma_.lower() not in self.crew_subject_nouns:
            return False
        plural = "Plur" in _morph(child, "Number") or child.lower_.endswith(("s", "x"))
        named = any(t.ent_type == PER_LABEL for t in child.subtree)
        return plural and not named

    def _crew_reference(self, ctx: _Context, key: Token) -> bool:
        """ "L'équipage s'est posé", "les quatre astronautes ont décollé": the subject names the
        crew without naming anyone (not "l'équipage de Shenzhou-17", another vehicle's)."""
        verb = key if key.pos == VERB else key.head
        child = self._subject_of(verb)
        if child is None:
            return False
        if child.lemma_.lower() == "équipage":
            return not any(
                c.dep == DEP_NMOD and (e := ctx.ent_of.get(c.i)) is not None and e.label == SPACECRAFT_LABEL
                for c in _kids(child)
            )
        return self._crew_subject(key)

    def _unnamed_walker(self, ctx: _Context, key: Token) -> bool:
        """ "L'astronaute émirien a passé sept heures hors de la station, avec Stephen Bowen": the
        one who walks is a role, not a name, so the people found are not the whole pair."""
        subject = self._subject_of(key if key.pos == VERB else key.head)
        return (
            subject is not None
            and subject.lemma_.lower() in self.crew_role_nouns
            and subject.i not in ctx.ent_of
            and not any(c.dep in (DEP_APPOS, DEP_FLAT_NAME) for c in _kids(subject))
        )

    def _pronoun_subject(self, key: Token) -> bool:
        """The trigger's subject is "il", "elle", "ils", "elles" (or "l'équipage")."""
        verb = key if key.pos == VERB else key.head
        for child in _kids(verb):
            # "Il s'est amarré": the parser often reads a reflexive verb's "il" as expletive
            if (
                child.dep == DEP_EXPL_SUBJ
                and child.i < verb.i
                and not any(c.dep_.startswith("nsubj") for c in _kids(verb))
            ):
                return child.lower_ in self.coref_pronouns
        child = self._subject_of(verb)
        if child is None:
            return False
        return child.lower_ in self.coref_pronouns or child.lemma_.lower() in ("équipage",)

    def _latter(self, ctx: _Context, m: Mention, sent: Span) -> None:
        """ "... et l'Allemand Thomas Reiter. Ce dernier doit regagner la Terre": "ce dernier" (or
        "cette dernière"), subject in the trigger's sentence, is the person named last before it,
        in that sentence or the one before."""
        if ctx.words(m.sent)[0].isdisjoint(("dernier", "dernière")):
            return  # (most sentences: no Token read)
        for tok in sent:
            if (
                tok.lower_ not in ("dernier", "dernière")
                # (the subject, or the sentence's opening words whatever the parse made of them)
                or not (tok.dep_.startswith("nsubj") or tok.i - 1 == sent.start)
                or tok.i == 0
                or tok.nbor(-1).lower_ not in ("ce", "cette")
            ):
                continue
            sent_i = bisect.bisect_right(ctx.sent_starts, tok.i) - 1
            lo = ctx.sents[max(0, sent_i - 1)].start
            people = [e for e in ctx.ents_in(ctx.doc[lo : tok.i]) if e.label == PER_LABEL]
            if people:
                m.participants.setdefault(canon(people[-1]), _ev(tok))
            return

    def _fill_orgs(self, ctx: _Context, m: Mention, sent: Span) -> None:
        for ent in ctx.ents_in(sent):
            if self._space_org(ent):
                m.organizations.setdefault(canon(ent), _ev(ent))

    def _place_rank(self, ent: Span) -> int:
        if span_text(ent).lower() == "terre":
            return 9
        kind = self._type(ent)
        if kind in SITE_TYPES:
            return 0
        if kind in ("city", "region", "celestial", ""):
            return 1 if kind else 2
        if kind == "country":
            return 3
        return 2

    def _fill_place(self, ctx: _Context, m: Mention, span: Span, sent: Span, rule: dict[str, Any]) -> None:
        preps = self.place_preps.get(m.type)
        if preps is None:
            return
        doc = ctx.doc
        best: tuple[str, dict, int] | None = None
        if rule.get("place"):
            tok = span[-1]
            best = (rule["place"], _ev(tok), 9)
        for ent in ctx.ents_in(sent):
            if ent.label != LOC_LABEL and self._type(ent) not in SITE_TYPES:
                continue
            if (
                ent.label == SPACECRAFT_LABEL
                or ent.start < span.start
                or ent.start - span.end > self.place_window
            ):
                continue
            if span_text(ent).lower() in self.station_names or span_text(ent).lower() == "terre":
                continue
            if m.type == "LAUNCH" and self._type(ent) == "celestial":
                # launches leave from the Earth ("vers la Lune" is the destination), unless the
                # body is what the verb leaves: "a décollé de la Lune"
                if not (ent.root.dep_.startswith("obl") and ent.root.head.i == span.root.i):
                    continue
            before = doc[max(sent.start, ent.start - 4) : ent.start]
            # "9 h 31 heure de Pékin": a time zone, never a place
            # ("7 h du matin, heure de la Floride": with the article too)
            three = [t.lower_ for t in _toks(doc, max(sent.start, ent.start - 3), ent.start)]
            if three and three[-1] in ("la", "l'", "l’"):
                three = three[:-1]
            if len(three) >= 2 and three[-2] in ("heure", "heures") and three[-1] in ("de", "d'", "d’"):
                continue
            # "au large des côtes de Floride": the weather's place, not the site
            # (the verb "est" of "s'est élevée de" is no east)
            if m.type == "LAUNCH" and any(
                t.lower_ in self.place_blockers and t.pos not in (AUX, VERB) for t in before
            ):
                continue
            # "a quitté le centre spatial Kennedy": the site the verb leaves, with no preposition
            left = rule.get("place_object") and ent.root.dep == DEP_OBJ and ent.root.head.i == span.root.i
            prep = self._nearest_prep(doc, ent.start, sent.start)
            if prep is not None and prep.lower_ not in preps and m.type == "LAUNCH" and not left:
                continue  # "des Américains sur la Lune": the closest preposition is not "de"
            # "sur le site d'atterrissage de Dongfeng", "depuis la base de Vandenberg"
            sited = left or any(t.lemma_.lower() in self.site_head_lemmas for t in before)
            if not any(t.lower_ in preps for t in before) and not sited:
                # "près du pôle sud de la Lune", "à la surface de Mars"
                if m.type != "LANDING" or not any(
                    t.lemma_.lower() in self.landing_place_nouns for t in before
                ):
                    continue
            if any(t.lower_ in self.destination_preps for t in before):
                continue
            if any(
                t.lemma_.lower() in self.official_titles or t.lower_ in self.comparison_cues for t in before
            ):
                continue
            rank = self._place_rank(ent)
            if (
                best is not None
                and len(before) >= 2
                and before[-1].lower_ in ("de", "du", "d'", "d’")
                and before[-2].lemma_.lower() in self.area_nouns
            ):
                # "près de Krasny Kout, dans la région de Saratov": the area around the place told
                continue
            # "sur le site d'atterrissage de Dongfeng, en Mongolie intérieure": the named site
            # comes before the region or country said with it
            if rank > 0 and sited:
                rank = 0

            if best is None or rank < best[2]:
                best = (self._site_name(canon(ent)), _ev(ent), rank)
        if best is None or best[2] > 1:
            # "a décollé de la surface lunaire", "s'est posé sur le sol martien"
            body = self._celestial_adjective(doc, span, sent, preps)
            if body is not None:
                best = (body[0], body[1], 1)
        if best is None and m.type == "LANDING" and any(t.lower_ == "y" for t in span):
            # "Les sondes filaient vers Vénus. ... l'atterrisseur de Vega 1 s'y posait": "y" is the
            # body named in the sentence before
            # (or earlier in its own: "en route vers Vénus : le 11 juin, l'atterrisseur s'y posait")
            i = bisect.bisect_right(ctx.sent_starts, span.start) - 1

            def celestial(ents: Iterable[Span]) -> list[Span]:
                return [
                    e
                    for e in ents
                    if e.label == LOC_LABEL
                    and self._type(e) == "celestial"
                    and span_text(e).lower() != "terre"
                ]

            bodies = celestial(e for e in ctx.ents_in(sent) if e.end <= span.start)
            if not bodies and i > 0:
                bodies = celestial(ctx.ents_in(ctx.sents[i - 1]))
            if bodies:
                best = (canon(bodies[-1]), _ev(bodies[-1]), 2)
        m.place = best

    def _site_name(self, name: str) -> str:
        """ "centre spatial de Tanegashima" -> "Tanegashima": a site told by its head noun and the
        place name; "centre spatial Kennedy" (no "de") is a name of its own."""
        low = name.lower()
        for head in self.site_heads:
            for link in (" de ", " d'", " d’", " du "):
                if low.startswith(head + link):
                    rest = name[len(head) + len(link) :].strip()
                    return rest or name
        return name

    def _celestial_adjective(
        self, doc: Doc, span: Span, sent: Span, preps: set[str]
    ) -> tuple[str, dict] | None:
        """ "de la surface lunaire", "sur le sol martien": the body named by an adjective on a
        ground noun, governed by one of the event's place prepositions."""
        grounds = self.landing_place_nouns | {"sol"}
        for tok in _toks(doc, span.end, min(sent.end, span.end + self.place_window)):
            body = self.celestial_adjectives.get(tok.lower_)
            if body is None or tok.head.lemma_.lower() not in grounds:
                continue
            noun = tok.head
            if any(c.dep == DEP_CASE and c.lower_ in preps for c in _kids(noun)) or (
                noun.i > 0 and doc[noun.i - 1].lower_ in ("du", "au", "sur", "depuis")
            ):
                return body, _ev(tok)
        return None

    @staticmethod
    def _nearest_prep(doc: Doc, index: int, floor: int) -> Token | None:
        """The preposition governing a name: the closest ADP before it, over articles and generic
        words ("depuis le pas de tir 39B du centre spatial Kennedy" -> "du")."""
        for tok in reversed(_toks(doc, max(floor, index - 5), index)):
            if tok.pos == ADP or tok.lower_ in ("du", "des", "au", "aux", "d'", "d’"):
                return tok
            if tok.pos not in (DET, NOUN, ADJ, NUM, PROPN):
                return None
        return None

    def _fill_destination(self, ctx: _Context, m: Mention, span: Span, sent: Span) -> None:
        doc = ctx.doc
        best: tuple[str, dict, int] | None = None
        for ent in ctx.ents_in(sent):
            if ent.start < span.start:
                continue
            if not (self._is_station(ent) or (ent.label == LOC_LABEL and self._type(ent) == "celestial")):
                continue
            if span_text(ent).lower() == "terre":
                continue
            # "à destination de la station spatiale chinoise Tiangong": generic words between
            before = doc[max(sent.start, ent.start - 7) : ent.start]
            # ("pour rejoindre Mir": the aim verb is the cue itself, no clause break)
            cut = [
                k
                for k, t in enumerate(before)
                if t.is_punct or (t.pos in (VERB, AUX) and t.lemma_.lower() not in self.destination_preps)
            ]
            if cut:
                before = before[cut[-1] + 1 :]
            if any(
                t.lower_ in self.destination_preps or t.lemma_.lower() in self.destination_preps
                for t in before
            ):
                if best is None or best[2] > 0:
                    best = (canon(ent), _ev(ent), 0)
        # the sentence's words, to skip the scans below when their word is missing
        lowers, lemmas = ctx.words_of(sent) or (None, None)
        if (
            best is None
            and m.type == "LAUNCH"
            and (lowers is None or not lowers.isdisjoint(self.celestial_adjectives))
        ):
            # "la sonde lunaire Luna 25 a été lancée", "l'atterrisseur martien InSight a décollé":
            # the body in the adjective of the vehicle launched
            doc_lowers = ctx.word_strings()[0]  # token i's lower_: a Token only for an adjective of a body
            for i in range(sent.start, sent.end):
                body = self.celestial_adjectives.get(doc_lowers[i])
                if body is None:
                    continue
                tok = _tok(ctx.doc, i)
                if tok.head.lemma_.lower() in (
                    "sonde",
                    "atterrisseur",
                    "rover",
                    "orbiteur",
                ):
                    best = (body, _ev(tok), 1)
                    break
        if best is None and m.spacecraft and m.status != "failed" and (lemmas is None or "orbite" in lemmas):
            # "mis en orbite", "vers l'orbite basse", "a rejoint l'orbite" (a launch that failed
            # never got there, whatever it was meant to reach)
            doc_lemmas = ctx.word_strings()[1]  # token i's lemma_.lower(): a Token only for "orbite"
            for i in range(sent.start, sent.end):
                if doc_lemmas[i] != "orbite" or i == 0:
                    continue
                tok = _tok(ctx.doc, i)
                prev = tok.nbor(-1)
                if prev.pos == DET and tok.i > 1:
                    prev = tok.nbor(-2)
                reached = (
                    tok.dep == DEP_OBJ
                    and tok.head.lemma_.lower() in self.orbit_verbs
                    and not self._negated(tok.head)
                    and not any(c.lower_ in ("pas", "jamais") for c in _kids(tok.head))
                )
                if prev.lower_ in ("en", "sur", "vers") or reached:
                    best = ("orbite", _ev(tok), 1)
                    break
        m.destination = best

    def _fill_temporal(
        self,
        ctx: _Context,
        m: Mention,
        key: Token,
        scope: list[Token],
        sent: Span,
        sent_i: int,
        nested: list[Token],
    ) -> None:
        doc = ctx.doc
        items = ctx.temporals_in(sent.start_char, sent.end_char)
        inside = {t.i for t in scope}
        outside = self._outside_clauses(nested)

        def token_of(item: dict) -> int:
            return _start_token(doc, item["start"], item["end"])

        # a weak trigger inside this trigger's clause ("une fusée emportant le vaisseau X décollait")
        # is an aside of it: it takes no date or clock from it
        own_chars = {t.idx for t in scope} if not m.weak else set()
        others = [
            c
            for c in ctx.trigger_chars
            if c != key.idx
            and sent.start_char <= c < sent.end_char
            and not (c in ctx.weak_chars and c in own_chars)
        ]

        def mine(item: dict) -> bool:
            mid = item["start"]
            return all(abs(mid - key.idx) <= abs(mid - c) for c in others)

        def relative_offset(item: dict) -> bool:
            if item["label"] != "TIME":
                return False
            after = doc_text(doc)[item["end"] : item["end"] + 20].lower()
            # "une heure plus tard": a clock reckoned from another event's, not said for this one
            told = item["text"].lower()
            return after.lstrip().startswith(("plus tard", "minutes", "après", "min ")) or any(
                w in told for w in ("plus tard", "plus tôt", "après", "avant")
            )

        def since(item: dict) -> bool:
            # "immobilisé depuis l'échec de décembre 2022": when a state began, not this event's day
            if item["label"] != "DATE":
                return False
            start = token_of(item)
            for tok in reversed(_toks(doc, max(sent.start, start - 5), max(sent.start, start))):
                if tok.lower_ == "depuis":
                    # "depuis le Centre spatial Kennedy le 16 avril": from a place, not since
                    if any(
                        (e := ctx.ent_of.get(t.i)) is not None and e.label == LOC_LABEL
                        for t in _toks(doc, tok.i + 1, start)
                    ):
                        return False
                    # "Depuis son lancement le 14 octobre": the day of the trigger counted from
                    if tok.i < key.i < start:
                        return False
                    # "depuis mardi, quand le cargo Progress a quitté la station": the day of the
                    # event the "quand" clause tells
                    end = _start_token(doc, item["end"] - 1, item["end"]) + 1
                    after = [t for t in _toks(doc, end, min(sent.end, end + 2)) if not t.is_punct]
                    return not (
                        after
                        and after[0].lower_ in ("quand", "lorsque", "lorsqu'", "lorsqu’")
                        and key.i > end
                    )
                if tok.pos in (VERB, AUX) or tok.is_punct:
                    return False
            return False

        def announced(item: dict) -> bool:
            # "ont effectué leur sortie, a annoncé vendredi l'agence": the day of the report
            if item["label"] != "DATE":
                return False
            head = doc[token_of(item)].head
            return head.i != key.i and head.pos == VERB and head.lemma_.lower() in self.speech_lemmas

        converted = self._conversions(doc_text(doc), items)
        located = [
            (token_of(t), t)
            for t in items
            if mine(t) and not relative_offset(t) and not since(t) and not announced(t)
        ]
        local = [t for i, t in located if i in inside]
        rest = [t for i, t in located if i not in outside]
        gap = self._days_before(key, items)
        if gap is not None:
            # "s'est amarré le 19 novembre, deux jours après avoir décollé": the main clause's
            # day is days or years after this trigger's, never its own
            main = [
                t
                for t in items
                if t["label"] == "DATE" and len(t.get("value") or "") == 10 and token_of(t) not in inside
            ]
            rest = list(local)
            if gap and main and not any(t["label"] == "DATE" for t in local):
                day = dt.date.fromisoformat(main[0]["value"]) - dt.timedelta(days=gap)
                ev = {"start": main[0]["start"], "end": main[0]["end"], "text": main[0]["text"]}
                m.date = (day.isoformat(), ev)
        pos = key.idx
        anchor = ctx.anchor()

        def stale(item: dict) -> bool:
            # "Sélectionnée en 2022, elle doit s'envoler": a plan is never dated before the article
            # (a plan told in the past is: "Beagle 2 devait se poser le 25 décembre")
            value = item.get("value") or ""
            return (
                m.status == "planned"
                and not m.past_plan
                and item["label"] == "DATE"
                and bool(anchor)
                and (value < anchor[: len(value)])
            )

        # "Le 3 juin suivant, Ed White réussira la première sortie": the future of the verb the
        # trigger noun is the object of
        told = key if key.pos != NOUN or key.dep not in (DEP_OBJ, DEP_NSUBJ, DEP_NSUBJ_PASS) else key.head
        # ("sera lancée en avril 1971": the future is the auxiliary's)
        future = (
            "Fut" in _morph(told, "Tense")
            or any(c.dep_.startswith("aux") and "Fut" in _morph(c, "Tense") for c in _kids(told))
            # ("se poseront": a future the tagger did not mark)
            or (told.pos == VERB and "Cnd" not in _morph(told, "Mood") and self._future(told))
        )
        if m.status == "planned" and anchor and future:
            # "Clervoy repartira, en décembre 1999, à bord de Discovery": a future told of a year
            # before the article is the historical future of a retrospective, the flight happened
            # (a year-less date too, once the temporal layer read it in the story's year)
            years = [
                t
                for t in (local if told is key else rest)
                if t["label"] == "DATE" and (t.get("value") or "")[:4] < anchor[:4]
            ]
            if years:
                m.status = "occurred"
        converted_day: tuple[str, dict] | None = None
        for label, attr in (("DATE", "date"), ("TIME", "time")):
            for pool in (local, rest):
                cands = [t for t in pool if t["label"] == label and t.get("value") and not stale(t)]
                # the clock or day told first, unless only its conversion is in reach
                own = [t for t in cands if id(t) not in converted]
                if cands and not own:
                    # "(23 h 30 à Paris, la veille)", "(11 h 33 GMT)": the conversion only if the
                    # sentence (for a clock) or the text just before (for a day) told no local one
                    best = min(cands, key=lambda t: abs(t["start"] - pos))
                    found = (best["value"], {k: best[k] for k in ("start", "end", "text")})
                    if label == "DATE":
                        converted_day = converted_day or found
                    elif pool is rest and m.time is None:
                        m.time = found
                    continue
                if own:
                    best = min(own, key=lambda t: abs(t["start"] - pos))
                    ev = {"start": best["start"], "end": best["end"], "text": best["text"]}
                    setattr(m, attr, (best["value"], ev))
                    break
        if m.date is None:
            # "s'est détaché lundi du module Zvezda puis amarré au module Poisk": the day told for
            # the first of two chained verbs is the day of both
            free = [
                t for t in items if t["label"] == "DATE" and t.get("value") and not since(t) and not stale(t)
            ]
            m.date = self._sequenced_date(ctx, key, sent, free)
        if m.date and m.status == "occurred" and anchor and m.date[0] > anchor[: len(m.date[0])]:
            # "Lancée le 3 mai, la sonde doit ...": a day without a year that happened is the last
            # such day up to the article, never the next one
            # (months ahead, not a day: an article dated the eve of a night landing tells it too)
            value, ev = m.date
            if (
                not YEAR_DIGITS.search(ev["text"])
                and value[:4].isdigit()
                and _months_after(value, anchor) > 2
            ):
                earlier = f"{int(value[:4]) - 1}{value[4:]}"
                if earlier <= anchor[: len(earlier)]:
                    m.date = (earlier, ev)
        if m.time and not m.date:
            # "s'est amarré à 16 h 29, sept heures après le décollage": same day as the launch
            words = ctx.words_of(sent)
            for tok in sent if words is None or "après" in words[0] else ():
                if tok.lower_ == "après" and any(
                    t.lemma_.lower() in self.launch_ref_nouns
                    for t in _toks(doc, tok.i + 1, min(sent.end, tok.i + 4))
                ):
                    m.after_launch = True
            # "Trois heures plus tard, à 10 h 57, le vaisseau s'amarrait": the day of the event just told
            for t in items:
                after = doc_text(doc)[t["end"] : t["end"] + 14].lower().lstrip()
                if (
                    t["label"] == "DURATION"
                    and (t.get("value") or "").startswith("PT")
                    and after.startswith(("plus tôt", "plus tard"))
                ):
                    m.hours_from_prev = True
            # a time said with no date: the day named in the sentences just before, even across
            # a paragraph break ("L'Inde est devenue mercredi ... \n Le module a touché le sol à 18 h 04")
            for back in (1, 2):
                j = sent_i - back
                if j < 0 or m.after_launch:
                    break
                prev = ctx.sents[j]
                full = [
                    t
                    for t in ctx.temporals_in(prev.start_char, prev.end_char)
                    if t["label"] == "DATE" and len(t.get("value") or "") == 10
                ]
                if full:
                    t = full[-1]
                    m.weak_date = (t["value"], {"start": t["start"], "end": t["end"], "text": t["text"]})
                    break
        if not m.date and not m.time:
            for t in items:
                after = doc_text(doc)[t["end"] : t["end"] + 14].lower().lstrip()
                if (
                    t["label"] == "DURATION"
                    and (t.get("value") or "").startswith("PT")
                    and after.startswith(("plus tôt", "plus tard", "auparavant"))
                ):
                    m.hours_from_prev = True
                # "Près de huit heures après la séparation, Snoopy s'amarre": hours after the
                # undocking (or docking) told just before
                if (
                    t["label"] == "DURATION"
                    and (t.get("value") or "").startswith("PT")
                    and _AFTER_DOCKING_STEP.match(doc_text(doc)[t["end"] : t["end"] + 40].lower().lstrip())
                ):
                    m.hours_from_prev = True
                # "Après une orbite de 108 minutes, il a atterri", "six heures et demie après le
                # décollage": hours after the launch told
                before = doc_text(doc)[max(sent.start_char, t["start"] - 30) : t["start"]].lower()
                if (
                    m.type in ("LANDING", "DOCKING")
                    and t["label"] == "DURATION"
                    and (t.get("value") or "").startswith("PT")
                    and (
                        re.search(r"\baprès\b", before)
                        or self.after_launch_start_re.match(doc_text(doc)[t["end"] : t["end"] + 30].lower())
                    )
                ):
                    m.after_launch = True
            # "Quelques minutes après le décollage, les propulseurs sont revenus se poser": a vague
            # count of minutes the temporal layer leaves out still ties the event to the launch day
            if m.type in ("LANDING", "DOCKING") and self.after_launch_re.search(span_text(sent)):
                m.after_launch = True
            if m.type != "LAUNCH" and self.launch_day_re.search(span_text(sent)):
                m.after_launch = True
        before = sent_i - 1
        if (
            before > 0
            and ctx.paras[before - 1] == m.para
            and span_text(ctx.sents[before]).rstrip().endswith(";")
            and not ctx.temporals_in(ctx.sents[before].start_char, ctx.sents[before].end_char)
        ):
            # "Le lendemain, la capsule entame sa rentrée. Le pilote s'éjecte ; le Soviétique se
            # pose": a clause after a semicolon reads on from the sentence before its own
            before -= 1
        if sent_i > 0 and ctx.paras[before] == m.para and not m.hours_from_prev:
            prev = ctx.doc[ctx.sents[before].start : ctx.sents[sent_i - 1].end]
            # "La fusée a décollé à 10 h. La capsule a amerri ...": a time told with another kind
            # of event is that event's clock, not this one's
            other_kind = any(
                prev.start_char <= c < prev.end_char and kind != m.type
                for c, kind in zip(ctx.trigger_chars, ctx.trigger_kinds, strict=False)
            )
            # "Il est mort samedi. Il avait volé vers Saliout 6": a pluperfect tells a time before
            # the day of a sentence that is not in the pluperfect itself
            earlier = self._pluperfect(key) and not any(self._pluperfect(t) for t in prev if t.pos == VERB)
            for t in reversed(ctx.temporals_in(prev.start_char, prev.end_char)):
                ev = {"start": t["start"], "end": t["end"], "text": t["text"]}
                if (
                    t["label"] == "DATE"
                    and t.get("value")
                    and m.weak_date is None
                    and not stale(t)
                    and not earlier
                ):
                    m.weak_date = (t["value"], ev)
                if t["label"] == "TIME" and t.get("value") and m.weak_time is None and not other_kind:
                    m.weak_time = (t["value"], ev)
        if (
            m.date is None
            and m.weak_date is None
            and key.dep == DEP_CONJ
            and key.head.idx in ctx.trigger_chars
            and key.head.i < key.i
        ):
            # "Le 24 avril, Orion a redécollé de la Lune et s'est amarré à Casper quelques heures
            # plus tard": a trigger coordinated with a dated one shares its day
            told = [
                t
                for t in items
                if t["label"] == "DATE" and len(t.get("value") or "") == 10 and t["start"] < key.head.idx
            ]
            if told:
                t = told[-1]
                m.weak_date = (t["value"], {"start": t["start"], "end": t["end"], "text": t["text"]})
        if m.date is None and m.weak_date is None and converted_day is not None:
            m.date = converted_day
        if m.date is None and m.weak_date is None:
            heading = self._heading_date(ctx, sent_i)
            if heading is not None:
                m.weak_date = heading
        if (
            m.date is None
            and m.weak_date is None
            and m.type in ("DOCKING", "UNDOCKING", "SPACEWALK")
            and m.status == "occurred"
            and not self._pluperfect(key)
        ):
            # (a launch or a landing told in a new paragraph is often another day's)
            m.weak_date = self._previous_paragraph_day(ctx, sent_i)
        nxt = sent_i + 1
        if m.time is None and nxt < len(ctx.sents) and ctx.paras[nxt] == m.para:
            # "La fusée a décollé mercredi. Il était 4h27 heure locale.": a verbless sentence (or one
            # on "être") right after, with no trigger of its own, gives the clock
            following = ctx.sents[nxt]
            if not any(following.start_char <= c < following.end_char for c in ctx.trigger_chars) and not any(
                t.pos == VERB for t in following
            ):
                times = [
                    t
                    for t in ctx.temporals_in(following.start_char, following.end_char)
                    if t["label"] == "TIME" and t.get("value")
                ]
                if times:
                    t = times[0]
                    m.next_time = (t["value"], {"start": t["start"], "end": t["end"], "text": t["text"]})

    def _conversions(self, text: str, items: list[dict]) -> set[int]:
        """ "à 23h06 heure de Guyane, soit 4h06 ce mardi en Belgique", "à 7 h 03 (11 h 03 GMT)": the
        clock (and day) given again in another time zone; the event's own is the one told first."""
        out: set[int] = set()
        times = [t for t in items if t["label"] == "TIME" and t.get("value")]
        for first, second in zip(times, times[1:], strict=False):
            link = text[first["end"] : second["start"]].lower()
            if len(link) > 45 or any(c in link for c in ".;!?"):
                continue
            if self._local_clock(text, second) and not self._local_clock(text, first):
                # "à 10h05 à Paris, 13h05 heure locale": the site's own clock is the event's
                out.add(id(first))
                continue
            if not self.conversion_cue_re.search(link):
                continue
            out.add(id(second))
            # the day said with the converted clock: up to the bracket's or the clause's end
            stop = _CLAUSE_STOP.search(text, second["end"])
            end = stop.start() if stop else second["end"] + 30
            if (
                "(" in link
                and ")" not in link
                and (close := text.find(")", second["end"], second["end"] + 60)) > 0
            ):
                # "(23 h 30 à Paris, la veille)": the whole bracket
                end = close
            out.update(id(t) for t in items if t["label"] == "DATE" and second["end"] <= t["start"] < end)
        return out

    @staticmethod
    def _local_clock(text: str, item: dict) -> bool:
        """ "13h05 heure locale", "13h05 (heure locale)": a clock told in the site's own time."""
        return "locale" in text[item["start"] : item["end"] + 16].lower()

    @staticmethod
    def _days_before(key: Token, items: list[dict]) -> int | None:
        """ "deux jours après avoir décollé": the days told before the trigger's "après" (0 when
        weeks or years, not days, are told); None when no such span of days or more is told (hours
        after a launch fall on its day, the main clause's date stays this trigger's)."""
        mark = next((c for c in _kids(key) if c.dep == DEP_MARK and c.lower_ == "après"), None)
        if mark is None:
            return None
        for item in items:
            value = str(item.get("value") or "")
            if item["label"] != "DURATION" or not 0 <= mark.idx - item["end"] <= 2:
                continue
            if not value.startswith("P") or value.startswith("PT"):
                return None
            days = re.fullmatch(r"P(\d+)D", value)
            return int(days.group(1)) if days else 0
        return None

    def _sequenced_date(
        self, ctx: _Context, key: Token, sent: Span, dates: list[dict]
    ) -> tuple[str, dict] | None:
        """The date of another trigger chained to this one ("X lundi puis Y", "X lundi avant de Y").

        Only after an undocking, docking or landing: a launch is told with its day and the docking
        that follows it ("a décollé jeudi avant de s'amarrer") is often a day or two later.
        """
        for item in dates:
            owner = min(
                zip(ctx.trigger_chars, ctx.trigger_kinds, strict=False),
                key=lambda ck: abs(item["start"] - ck[0]),
            )
            if owner[0] == key.idx or owner[1] == "LAUNCH":
                continue
            other = ctx.doc[self._token_at(ctx, owner[0])]
            if not (sent.start <= other.i < key.i) or not self._chained(other, key):
                continue
            return item["value"], {"start": item["start"], "end": item["end"], "text": item["text"]}
        return None

    @staticmethod
    def _chained(first: Token, then: Token) -> bool:
        """`then` is coordinated with `first` or hangs on its clause by "avant de"."""
        if then.dep == DEP_CONJ:
            return then.head.i == first.i
        if then.dep != DEP_ADVCL or not any(c.dep == DEP_MARK and c.lower_ == "avant" for c in _kids(then)):
            return False
        # the parser may hang the infinitive on a noun of the first clause ("du module Rassvet")
        head = then.head
        while head.i != first.i and head.pos not in (VERB, AUX) and head.head.i != head.i:
            head = head.head
        return head.i == first.i

    def _previous_paragraph_day(self, ctx: _Context, sent_i: int) -> tuple[str, dict] | None:
        """ "Le 16 janvier, ... Les deux engins s'arriment.\n\nIelisseïev et Khrounov sortent dans
        l'espace": a paragraph that tells no date of its own before the event goes on with the
        day the paragraph just before told an event on (its last full date)."""
        para = ctx.paras[sent_i]
        first = sent_i
        while first > 0 and ctx.paras[first - 1] == para:
            first -= 1
        if first == 0:
            return None
        lo = ctx.sents[first].start_char
        if any(t["label"] == "DATE" for t in ctx.temporals_in(lo, ctx.sents[sent_i].start_char)):
            return None
        start = first - 1
        while start > 0 and ctx.paras[start - 1] == ctx.paras[first - 1]:
            start -= 1
        prev_lo, prev_hi = ctx.sents[start].start_char, ctx.sents[first - 1].end_char
        if not any(prev_lo <= c < prev_hi for c in ctx.trigger_chars):
            return None
        days = [
            t
            for t in ctx.temporals_in(prev_lo, prev_hi)
            if t["label"] == "DATE" and len(t.get("value") or "") == 10
        ]
        if not days:
            return None
        t = days[-1]
        return (t["value"], {"start": t["start"], "end": t["end"], "text": t["text"]})

    def _heading_date(self, ctx: _Context, sent_i: int) -> tuple[str, dict] | None:
        """ "12 avril 1961 : le premier homme en orbite" as the heading of a section: the full day it
        opens with dates the undated events of the paragraph right under it."""
        full = doc_text(ctx.doc)
        entry = LIVE_ENTRY.match(full, full.rfind("\n", 0, ctx.sents[sent_i].start_char) + 1)
        anchor = ctx.anchor()
        dated = len(anchor) == 10
        if entry is not None and dated:
            # "02h41 — Amerrissage !": an entry of a live blog is told on the day of publication
            stamp = entry.group(0).rstrip(" \t—–-:")
            return (anchor, {"start": entry.start(), "end": entry.start() + len(stamp), "text": stamp})
        first = sent_i
        while first > 0 and ctx.paras[first - 1] == ctx.paras[sent_i]:
            first -= 1
        if first == 0:
            return None
        head = ctx.sents[first - 1]
        text = span_text(head).strip()
        # a short line of its own, with no closing stop
        lines = full[head.start_char : ctx.sents[first].start_char]
        if len(head) > 14 or text.endswith((".", "!", "?", "»")) or "\n" not in lines:
            return None
        if any(head.start_char <= c < head.end_char for c in ctx.trigger_chars):
            return None
        dates = [
            t
            for t in ctx.temporals_in(head.start_char, head.end_char)
            if t["label"] == "DATE" and len(t.get("value") or "") == 10 and t["start"] - head.start_char <= 2
        ]
        if not dates:
            # "22h57" over an entry of a live blog: the entry is told on the day of publication
            if LIVE_STAMP.fullmatch(text) and dated:
                return (anchor, {"start": head.start_char, "end": head.start_char + len(text), "text": text})
            return None
        t = dates[0]
        return (t["value"], {"start": t["start"], "end": t["end"], "text": t["text"]})

    # -- merging -----------------------------------------------------------------------------
    @staticmethod
    def _same_craft(a: str, b: str) -> bool:
        a, b = a.lower(), b.lower()
        return a == b or a.startswith(b + " ") or b.startswith(a + " ")

    def _rival_crafts(self, a: str, b: str) -> bool:
        """Two vehicles of one family with their own designations ("Soyouz MS-10", "Soyouz MS-11")."""
        a, b = a.lower(), b.lower()
        wa, wb = a.split(), b.split()
        return len(wa) > 1 and len(wb) > 1 and wa[0] == wb[0] and not self._same_craft(a, b)

    def _shared_crafts(self, xs: set[str], ys: set[str]) -> int:
        return sum(1 for x in xs if any(self._same_craft(x, y) for y in ys))

    def _compatible(
        self,
        event: dict[str, Any],
        m: Mention,
        launchers: frozenset[str] = frozenset(),
        rockets: frozenset[str] = frozenset(),
    ) -> int:
        """-1 when the mention cannot be the same event; else how much it shares with it.
        ``launchers``: the names of launcher kind; ``rockets``: those and the names told as a rocket."""
        if event["type"] != m.type:
            return -1
        if (
            m.date
            and not _dates_compatible(event["date"] and event["date"][0], m.date[0])
            and not _night_apart(event["date"], m.date)
        ):
            return -1
        crafts = {c for c in m.spacecraft if c.lower() not in self.station_names}
        ev_crafts = {c for c in event["spacecraft"] if c.lower() not in self.station_names}
        shared_crafts = self._shared_crafts(crafts, ev_crafts)
        # "Soyouz MS-11" and "Soyouz MS-10": two designations of one family are two flights, even
        # when the bare family name ("la fusée Soyouz") sits in both
        if shared_crafts and any(self._rival_crafts(x, y) for x in crafts for y in ev_crafts):
            return -1
        # "la fusée X a décollé ... Le vaisseau Y s'est élancé": a launcher and the vehicle it
        # carries are two parts of one launch, not two flights
        if (
            crafts
            and ev_crafts
            and not shared_crafts
            and (
                (crafts <= launchers and not ev_crafts & launchers)
                or (ev_crafts <= launchers and not crafts & launchers)
            )
            # "Soyouz 11 s'envole le 6 juin 1971 ... Les Américains répliquent le 14 mai 1973. Une
            # Saturn V s'élève": a day told just before for another year makes two flights
            and not (event["date"] and m.weak_date and event["date"][0][:4] != m.weak_date[0][:4])
        ):
            shared_crafts = 1
        # "une fusée Soyouz s'élançait ... c'était au tour d'une Saturn IB de s'arracher": rockets
        # of two families are two launches, even told one after the other
        told, ev_told = crafts & rockets, ev_crafts & rockets
        if (
            m.type == "LAUNCH"
            and told
            and ev_told
            and not {_family(c) for c in told} & {_family(c) for c in ev_told}
        ):
            return -1
        stations = {c for c in m.spacecraft if c.lower() in self.station_names}
        ev_stations = {c for c in event["spacecraft"] if c.lower() in self.station_names}
        if stations and ev_stations and not stations & ev_stations and m.type in ("DOCKING", "UNDOCKING"):
            return -1
        shared_people = len(set(m.participants) & set(event["participants"]))
        # the next sentence about the same kind of event tells more about it, unless the day it
        # tells is not the one guessed for the event ("ils ont pris place le 16 novembre 1973 ...
        # La fusée s'est arrachée ... \n La station avait été lancée le 14 mai 1973 par une Saturn V")
        contradicted = _guess_contradicted(event, m)
        follows = 0 <= m.sent - event["sent"] <= 1 and not contradicted
        if crafts and ev_crafts and not shared_crafts and not follows:
            return -1
        # people found by looking back from "l'équipage" are a guess: they do not set events apart
        guessed = m.crew_ref or event.get("crew_ref", False)
        # "L'astronaute émirien a passé sept heures hors de la station avec Stephen Bowen ... l'Emirien
        # a effectué une sortie": one walker left unnamed, the other named later, is one spacewalk
        guessed = guessed or m.unnamed_walker or event.get("unnamed_walker", False)
        if (
            m.participants
            and event["participants"]
            and not shared_people
            and (m.split or not follows)
            and not guessed
        ):
            return -1
        if m.status != event["status"] and "cancelled" in (m.status, event["status"]):
            # "devait se poser sur la Lune. L'alunissage a été annulé": the plan and its cancellation
            dropped = {m.status, event["status"]} == {"planned", "cancelled"} and (
                m.past_plan or event.get("past_plan", False)
            )
            if not (dropped and follows):
                return -1
        # "devait se poser sur la Lune ... La capsule a amerri dans le Pacifique": a past plan and
        # what happened, or a plan and a fact at two places, are two events
        if {m.status, event["status"]} == {"planned", "occurred"} and (
            m.past_plan
            or event.get("past_plan", False)
            or (m.place and event["place"] and m.place[0].lower() != event["place"][0].lower())
        ):
            return -1
        # "La fusée a décollé samedi ... Le premier vol habité est prévu en 2025": a plan dated on its
        # own, told apart from a flight that happened, is another flight (also when the flight's
        # day falls in the plan's year: "partie le 5 juin ... doit s'envoler à la fin de l'été")
        if (
            m.status == "planned"
            and event["status"] == "occurred"
            and not follows
            and not m.weak
            and m.date
            and (not event["date"] or len(event["date"][0]) > len(m.date[0]))
        ):
            return -1
        # "la fusée Vanguard explose au décollage ... doit tenter de lancer son satellite en
        # janvier": a plan told ahead (not "devait", a past plan) is no part of a failed flight
        if (
            m.status == "planned"
            and event["status"] == "failed"
            and not m.past_plan
            and not follows
            and m.date
            and not event["date"]
        ):
            return -1
        # the booster caught by the tower and the ship that splashed down are two landings
        if m.at_site != event.get("at_site", False):
            return -1
        # "s'envole vers la Lune ... redécolle de la Lune": no flight leaves from where it goes
        if m.type == "LAUNCH" and any(
            a and b and a[0].lower() == b[0].lower()
            for a, b in ((m.place, event["destination"]), (m.destination, event["place"]))
        ):
            return -1
        shared = shared_crafts + shared_people + int(bool(m.date and event["date"]))
        if m.weak and m.para - event["para"] > 1:
            return -1
        return shared + 1

    def _merge(
        self,
        mentions: list[Mention],
        kinds: dict[str, str] | None = None,
        crew_lists: list[tuple[int, dict[str, dict]]] | None = None,
        uncrewed: frozenset[str] = frozenset(),
        rockets: frozenset[str] = frozenset(),
    ) -> list[dict]:
        """One event per real-world event: mentions join the most compatible event before them.
        ``kinds``: canonical vehicle name -> gazetteer kind, for the vehicles of the document;
        ``crew_lists``: (sentence, flyers) of the crew lists told apart ("les autres passagers
        étaient X et Y"); ``uncrewed``: the cargo and probe names, which carry nobody."""
        kinds = kinds or {}
        launchers = frozenset(n for n, k in kinds.items() if k in self.launcher_types)
        events: list[dict[str, Any]] = []
        for m in mentions:
            scored = [(self._compatible(e, m, launchers, rockets), -i) for i, e in enumerate(events)]
            best = max(scored, default=(-1, 0))
            if best[0] < 0:
                if m.weak:
                    continue
                events.append(
                    {
                        "type": m.type,
                        "status": m.status,
                        "date": None,
                        "time": None,
                        "weak_date": None,
                        "weak_time": None,
                        "place": None,
                        "destination": None,
                        "spacecraft": {},
                        "participants": {},
                        "organizations": {},
                        "para": m.para,
                        "sent": m.sent,
                        "mentions": [],
                        "trigger": {"start": m.start, "end": m.end, "text": m.text},
                    }
                )
                event = events[-1]
            else:
                event = events[-best[1]]
            event["crew_ref"] = event.get("crew_ref", False) or m.crew_ref
            event["unnamed_walker"] = event.get("unnamed_walker", False) or m.unnamed_walker
            event["past_plan"] = event.get("past_plan", False) or m.past_plan
            if m.status == "cancelled" and event["status"] == "planned":
                event["status"] = "cancelled"
            # "devait se poser le 25 décembre. L'atterrissage s'est soldé par un échec": a past
            # plan whose outcome is then told as a failure failed
            if m.status == "failed" and event["status"] == "planned" and event["past_plan"]:
                event["status"] = "failed"
            # "une fusée Proton s'arrache de Baïkonour ... Le lancement a échoué": the outcome told
            # after the lift-off
            if (
                m.outcome
                and event["status"] == "occurred"
                and m.type == event["type"]
                and m.date is None
                and not m.spacecraft
                and m.sent > event["sent"]
                and m.para - event["para"] <= 1
            ):
                event["status"] = "failed"
            event["after_launch"] = event.get("after_launch", False) or m.after_launch
            event["at_site"] = event.get("at_site", False) or m.at_site
            if event.get("next_time") is None:
                event["next_time"] = m.next_time
            event["hours_from_prev"] = event.get("hours_from_prev", False) or m.hours_from_prev
            event.setdefault("sents", []).append(m.sent)
            event["para"] = max(event["para"], m.para)
            event["sent"] = max(event["sent"], m.sent)
            event["mentions"].append({"start": m.start, "end": m.end, "text": m.text})
            for slot in ("date", "time", "weak_date", "weak_time"):
                if event[slot] is None and getattr(m, slot) is not None:
                    event[slot] = getattr(m, slot)
            if event["date"] and m.date and len(m.date[0]) > len(event["date"][0]):
                event["date"] = m.date
            for slot in ("place", "destination"):
                new = getattr(m, slot)
                if new is not None and (event[slot] is None or new[2] < event[slot][2]):
                    event[slot] = new
            for name, ev in m.spacecraft.items():
                # "une fusée Soyouz emportant le vaisseau Soyouz TM-11": the rocket of a family and a
                # capsule of that family are two vehicles
                same = [
                    known
                    for known in event["spacecraft"]
                    if self._same_craft(name, known) and (name in rockets) == (known in rockets)
                ]
                if not same:
                    event["spacecraft"][name] = ev
                elif (
                    len(same) == 1
                    and name not in rockets
                    and name.lower().startswith(same[0].lower() + " ")
                    and DIGITS.search(name)
                    and not DIGITS.search(same[0])
                ):
                    # "à bord d'un vaisseau Soyouz ... La capsule Soyouz TMA-18M s'est posée": the
                    # member named later says which one
                    event["spacecraft"] = {
                        (name if k == same[0] else k): (ev if k == same[0] else v)
                        for k, v in event["spacecraft"].items()
                    }
            for slot in ("participants", "organizations"):
                for name, ev in getattr(m, slot).items():
                    event[slot].setdefault(name, ev)
        launches = [
            e
            for e in events
            if e["type"] == "LAUNCH"
            and e["status"] != "cancelled"
            and (e["date"] or e["weak_date"])
            and len((e["date"] or e["weak_date"])[0]) == 10
        ]
        for e in events:
            if e.get("at_site"):
                # the booster came back to the pad it left from: the place of its launch, which it
                # flew in
                flights = [o for o in events if o["type"] == "LAUNCH" and o["status"] != "cancelled"]
                shared = [
                    o for o in flights if self._shared_crafts(set(o["spacecraft"]), set(e["spacecraft"]))
                ]
                if shared or len(flights) == 1:
                    launch = (shared or flights)[-1]
                    if e["place"] is None and launch["place"]:
                        e["place"] = launch["place"]
                    # caught minutes after lift-off: the day of its launch
                    if e["date"] is None and e["weak_date"] is None and e["status"] == launch["status"]:
                        e["weak_date"] = launch["date"] or launch["weak_date"]
                    for name, ev in e["spacecraft"].items():
                        if not any(self._same_craft(name, known) for known in launch["spacecraft"]):
                            launch["spacecraft"][name] = ev
            # (a launch is not timed from a launch: "huit heures après le décollage" names it)
            if e.get("after_launch") and not e["date"] and launches and e["type"] != "LAUNCH":
                # the launch told last before it (a launch told later is another flight's)
                told = [o for o in launches if min(o["sents"]) <= min(e["sents"])] or launches
                e["weak_date"] = told[-1]["date"] or told[-1]["weak_date"]
            if e.get("hours_from_prev") and not e["date"]:
                # "Elle avait quitté la station trois heures plus tôt": the day of the event just before
                # (told before it, in its own sentence too: "avait décollé le 20 février 1962 ...
                # avant d'amerrir cinq heures plus tard")
                first = min(m["start"] for m in e["mentions"])
                told = [
                    (max(m["start"] for m in o["mentions"] if m["start"] < first), o)
                    for o in events
                    if o is not e and any(m["start"] < first for m in o["mentions"])
                ]
                if told:
                    prior = max(told, key=lambda pair: pair[0])[1]
                    date = prior["date"] or prior["weak_date"]
                    # hours after an evening clock ("à 22h01 ... six heures plus tard") may be the
                    # next day
                    evening = prior["time"] is not None and prior["time"][0] >= "18:00"
                    if date and len(date[0]) == 10 and not evening:
                        e["weak_date"] = date
        self._share_crew(events, crew_lists or [], uncrewed, launchers)
        for e in events:
            # "au module Tianhe ... à la station Tiangong", told in two sentences: the station
            # names the target
            crafts = e["spacecraft"]
            if any(kinds.get(c) == "station" or c.lower() in self.station_names for c in crafts):
                for name in [c for c in crafts if kinds.get(c) == "station_module"]:
                    crafts.pop(name)
        return [self._record(e) for e in events]

    @staticmethod
    def _year(event: dict[str, Any]) -> int | None:
        date = event["date"] or event["weak_date"]
        return int(date[0][:4]) if date and date[0][:4].isdigit() else None

    def _share_crew(
        self,
        events: list[dict],
        crew_lists: list[tuple[int, dict[str, dict]]],
        uncrewed: frozenset[str],
        launchers: frozenset[str] = frozenset(),
    ) -> None:
        """ "Les autres passagers étaient X et Y": a crew list joins the crew told just before it;
        "L'équipage avait décollé mardi": the unnamed crew is everyone the article has flying
        (in the same years, on crewed vehicles)."""

        def crewed(e: dict[str, Any]) -> bool:
            return e["status"] != "cancelled" and not any(c in uncrewed for c in e["spacecraft"])

        for sent_i, names in crew_lists:
            told = [e for e in events if e["participants"] and min(e["sents"]) < sent_i and crewed(e)]
            if not told:
                continue
            last = set(max(told, key=lambda e: max(s for s in e["sents"] if s < sent_i))["participants"])
            for e in told:
                if e["type"] != "SPACEWALK" and set(e["participants"]) & last:
                    for name, ev in names.items():
                        e["participants"].setdefault(name, ev)

        def vehicles(e: dict[str, Any]) -> set[str]:
            return {c for c in e["spacecraft"] if c not in launchers and c.lower() not in self.station_names}

        for e in events:
            if not e.get("crew_ref") or not crewed(e):
                continue
            year = self._year(e)
            crew: dict[str, dict] = {}
            own = vehicles(e)
            for other in events:
                other_year = self._year(other)
                if other is e or not crewed(other):
                    continue
                if other["type"] == e["type"] and e["type"] != "SPACEWALK":
                    # two launches (two landings) are two flights: "Les trois hommes avaient
                    # décollé ... trois nouveaux équipiers doivent décoller le 28 mai"
                    continue
                # "les trois hommes ... L'équipage de Shenzhou-19 avait décollé le 30 octobre": the
                # crew of another named vehicle told after it is not the one the unnamed crew
                # points back to (one told before may be: "Ils sont rentrés dans le Soyouz MS-23.
                # Les trois hommes avaient décollé à bord du MS-22")
                theirs = vehicles(other)
                if (
                    own
                    and theirs
                    and min(other["sents"]) > min(e["sents"])
                    and not any(self._same_craft(a, b) for a in own for b in theirs)
                ):
                    continue
                if year is not None and other_year is not None and abs(year - other_year) > 1:
                    continue
                # "Un Soyouz a décollé avec trois hommes ... L'équipage en place doit rentrer le 20":
                # a flight that happened does not carry the crew still to come home
                if (
                    e["type"] in ("LAUNCH", "DOCKING")
                    and e["status"] == "occurred"
                    and other["type"] in ("LANDING", "UNDOCKING")
                    and other["status"] == "planned"
                ):
                    continue
                for name, ev in other["participants"].items():
                    crew.setdefault(name, ev)
            for _, names in crew_lists:
                for name, ev in names.items():
                    crew.setdefault(name, ev)
            if len(set(crew) | set(e["participants"])) <= 7:
                for name, ev in crew.items():
                    e["participants"].setdefault(name, ev)

    def _crew_lists(
        self, ctx: _Context, furniture: list[tuple[int, int]]
    ) -> list[tuple[int, dict[str, dict]]]:
        """Sentences that list crew members as more of them ("les autres passagers étaient X, Y et
        Z", "les deux autres membres d'équipage, X et Y, ..."): (sentence index, flyers)."""
        nouns = self.crew_list_nouns
        by_sent: dict[int, list[Span]] = {}
        for ent in ctx.ents:
            if ent.label == PER_LABEL and not any(a <= ent.start < b for a, b in furniture):
                by_sent.setdefault(bisect.bisect_right(ctx.sent_starts, ent.start) - 1, []).append(ent)
        out: list[tuple[int, dict[str, dict]]] = []
        for sent_i, people in by_sent.items():
            sent = ctx.sents[sent_i]
            _, lemmas = ctx.words(sent_i)
            # "accueillis par X et six autres occupants": the hosts aboard the station
            if "autre" not in lemmas or not lemmas & nouns or lemmas & self.host_verbs:
                continue
            names = {
                canon(e): _ev(e) for e in people if self._flyer(ctx, e, sent.root) and not self.is_host(e)
            }
            if names:
                out.append((sent_i, names))
        return out

    def _record(self, e: dict[str, Any]) -> dict:
        evidence: dict[str, list[dict]] = {}
        values: dict[str, Any] = {}
        date = e["date"] or e["weak_date"]
        time = e["time"] or e.get("next_time") or (e["weak_time"] if not e["date"] else None)
        if (
            date
            and time
            and len(date[0]) == 10
            and _NIGHT_SPAN.search(date[1].get("text", ""))
            and time[0] >= "12:00"
        ):
            # "dans la nuit de vendredi à samedi, à 23 h 50": before midnight, on the first day
            day = dt.date.fromisoformat(date[0]) - dt.timedelta(days=1)
            date = (day.isoformat(), *date[1:])
        for slot, item in (
            ("date", date),
            ("time", time),
            ("place", e["place"]),
            ("destination", e["destination"]),
        ):
            values[slot] = item[0] if item else None
            if item:
                evidence[slot] = [item[1]]
        for slot in ("spacecraft", "participants", "organizations"):
            values[slot] = list(e[slot])
            if e[slot]:
                evidence[slot] = list(e[slot].values())
        evidence["mentions"] = e["mentions"]
        event = Event(type=e["type"], status=e["status"], trigger=e["trigger"], evidence=evidence, **values)
        return event.model_dump(mode="json")


class _Context:
    """Per-document indexes shared by the trigger checks."""

    def __init__(self, doc, sents, sent_starts, paras, ents, ent_of, temporals) -> None:  # noqa: ANN001
        self.doc = doc
        self.sents = sents
        self.sent_starts = sent_starts
        self.paras = paras
        self.ents = ents
        self.ent_of = ent_of
        self.temporals = temporals
        self.roles: dict[str, list[tuple[str, int]]] = {}
        self.trigger_chars: list[int] = []
        self.trigger_kinds: list[str] = []
        self.weak_chars: set[int] = set()  # trigger_chars of weak triggers ("emportant")
        self.space_sents: dict[int, bool] = {}
        self.real_sents: dict[int, bool] = {}  # a real space participant named in the sentence
        self.flyer_alone: dict[tuple[int, int, int], bool] = {}  # see EventExtractor._flyer
        self.fiction: dict[int, bool] = {}
        self.fiction_doc = False  # the text is about a work (a film review, a novel)
        self.has_launch = False
        self._ent_starts = [e.start for e in ents]
        self._lemma_ids: numpy.ndarray | None = None
        self._anchor: str | None = None
        self._words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._strings: tuple[list[str], list[str]] | None = None  # see word_strings
        # starts of self.temporals, for the list they were read from (None: not sorted by start)
        self._temporal_starts: tuple[list | None, list[int] | None] = (None, None)

    @functools.cached_property
    def lower_text(self) -> str:
        """The document's text in lowercase, made once."""
        return doc_text(self.doc).lower()

    def anchor(self) -> str:
        """``doc._.orbitext_anchor or ""``, read once (an Underscore object per read)."""
        if self._anchor is None:
            self._anchor = self.doc._.orbitext_anchor or ""
        return self._anchor

    def lemma_ids(self) -> numpy.ndarray:
        """``doc.to_array(LEMMA)``, read once."""
        if self._lemma_ids is None:
            self._lemma_ids = self.doc.to_array(LEMMA)
        return self._lemma_ids

    def ents_in(self, span: Span) -> list[Span]:
        lo = bisect.bisect_left(self._ent_starts, span.start)
        hi = bisect.bisect_left(self._ent_starts, span.end)
        return self.ents[lo:hi]

    def temporals_in(self, start: int, end: int) -> list[dict]:
        """The temporals within chars ``start``-``end``, in list order (asked per trigger and per
        check: a binary search on the starts when the list is sorted by start, as _extract makes it)."""
        temporals = self.temporals
        seen, starts = self._temporal_starts
        if seen is not temporals:
            starts = [t["start"] for t in temporals]
            if any(a > b for a, b in zip(starts, starts[1:], strict=False)):
                starts = None
            self._temporal_starts = (temporals, starts)
        if starts is None:
            return [t for t in temporals if start <= t["start"] and t["end"] <= end]
        out: list[dict] = []
        for k in range(bisect.bisect_left(starts, start), len(starts)):
            if starts[k] > end:  # it ends after its start: neither it nor any later one fits
                break
            if temporals[k]["end"] <= end:
                out.append(temporals[k])
        return out

    def words_of(self, sent: Span) -> tuple[frozenset[str], frozenset[str]] | None:
        """:meth:`words` of ``sent`` when it is one of ``self.sents`` (None otherwise)."""
        k = bisect.bisect_right(self.sent_starts, sent.start) - 1
        if k < 0 or self.sents[k].end != sent.end or self.sent_starts[k] != sent.start:
            return None
        return self.words(k)

    def words(self, sent_i: int) -> tuple[frozenset[str], frozenset[str]]:
        """``({t.lower_}, {t.lemma_.lower()})`` of sentence ``sent_i``, read once per sentence."""
        found = self._words.get(sent_i)
        if found is None:
            sent = self.sents[sent_i]
            lowers, lemmas = self.word_strings()
            found = self._words[sent_i] = (
                frozenset(lowers[sent.start : sent.end]),
                frozenset(lemmas[sent.start : sent.end]),
            )
        return found

    def word_strings(self) -> tuple[list[str], list[str]]:
        """``t.lower_`` and ``t.lemma_.lower()`` of every token, read once per document: most
        sentences are asked for their words, and one pass costs less than a cache check per sentence."""
        if self._strings is None:
            doc = self.doc
            lower_ids = doc.to_array(LOWER).tolist()
            lemma_ids = self.lemma_ids().tolist()
            # the lower-case forms are strings of their own: their hashes map back to them as they are
            lowers = _known_strings(doc, set(lower_ids), _string_of, fold=False)
            lemmas = _known_strings(doc, set(lemma_ids), _lower_of, fold=True)
            self._strings = (
                list(map(lowers.__getitem__, lower_ids)),
                list(map(lemmas.__getitem__, lemma_ids)),
            )
        return self._strings


@Language.factory(
    "orbitext_events",
    assigns=["doc._.events", "doc.spans"],
    requires=["doc.ents", "token.lemma", "token.dep"],
    default_config={"rules_path": None, "lookback_sentences": 8, "place_window": 30, "keep_triggers": False},
)
def make_events(
    nlp: Language,
    name: str,
    *,
    rules_path: str | None,
    lookback_sentences: int,
    place_window: int,
    keep_triggers: bool,
) -> EventExtractor:
    """spaCy factory of :class:`EventExtractor`; ``keep_triggers`` also stores the trigger spans
    in ``doc.spans["orbitext_triggers"]``."""
    return EventExtractor(
        nlp,
        name,
        rules_path=rules_path,
        lookback_sentences=lookback_sentences,
        place_window=place_window,
        keep_triggers=keep_triggers,
    )


__all__ = ["EventExtractor", "canon", "make_events", "sentences"]
