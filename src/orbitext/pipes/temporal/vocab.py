"""French temporal vocabulary (months, weekdays, number words, units), read from rule data."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from ...resources import model_path

DEFAULT_VOCAB_PATH = ("patterns", "temporal.json")
#: what separates the words of a written number ("vingt-deux", "cent trois")
_NUMBER_SEP = re.compile(r"[\s\-]+")


class TemporalVocab(BaseModel):
    """The word lists the temporal matcher is built from (``models/patterns/temporal.json``)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    comment: str = Field("", alias="_comment")
    months: dict[str, int]
    ambiguous_months: list[str] = Field(default_factory=list)
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    relative_days: dict[str, int]
    reference_days: dict[str, int] = Field(default_factory=dict)
    # "dans la soirée", "dans la nuit": a part of the day the story (or the news) is at
    reference_day_parts: list[str] = Field(default_factory=list)
    day_parts: dict[str, str]
    timezones: list[str] = Field(default_factory=list)
    past_cues: list[str] = Field(default_factory=list)
    future_cues: list[str] = Field(default_factory=list)
    future_lemmas: list[str] = Field(default_factory=list)
    etre_participles: list[str] = Field(default_factory=list)
    # presents the tagger reads as adjectives ("la capsule amerrit"): the sentence has a verb
    mistagged_verbs: list[str] = Field(default_factory=list)
    # "lors du vol du 12 avril": a day after one of these nouns names another event
    event_day_nouns: list[str] = Field(default_factory=list)
    time_prepositions: list[str] = Field(default_factory=list)
    duration_prepositions: list[str] = Field(default_factory=list)
    year_prepositions: list[str] = Field(default_factory=list)
    holidays: dict[str, str] = Field(default_factory=dict)
    # feasts named by a common noun: only the capitalised word is the feast ("l'Ascension", not "dans
    # l'ascension", the climb)
    capitalised_holidays: list[str] = Field(default_factory=list)
    approximate_numbers: dict[str, int] = Field(default_factory=dict)
    seasons: dict[str, int] = Field(default_factory=dict)  # season -> month it starts in
    # "les années soixante" -> 60: the decade of the 1900s a number word names
    decade_words: dict[str, int] = Field(default_factory=dict)
    _cache: dict[str, dict[str, Any]] = PrivateAttr(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> TemporalVocab:
        """Read and validate the vocabulary file (the shipped one by default)."""
        path = path or model_path(*DEFAULT_VOCAB_PATH)
        return cls.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))

    def dump(self) -> dict[str, Any]:
        """Plain JSON data, as written to disk."""
        return self.model_dump(mode="json", by_alias=True)

    # -- lookups that tolerate case, missing accents and curly apostrophes -----------------
    def month(self, word: str) -> int | None:
        """Month number of a month name or abbreviation, None when unknown."""
        key = fold(word).rstrip(".")
        return self._folded("months").get(key)

    def weekday(self, word: str) -> int | None:
        """Weekday number (Monday = 0) of a weekday name."""
        return self._folded("weekdays").get(fold(word).rstrip("s"))

    def unit(self, word: str) -> str | None:
        """Unit code (S, MIN, H, D, W, M, Q, SEM, Y, DEC, CEN) of a unit word."""
        return self._folded("units").get(fold(word).rstrip("."))

    def number(self, text: str) -> int | None:
        """Value of digits or French number words ("vingt et un", "quatre-vingt-dix")."""
        text = fold(text).strip()
        if text.isdecimal():  # what ``re.fullmatch(r"\d+", text)`` says, without the regex call
            return int(text)
        ordinal = self._folded("ordinals").get(text)
        if ordinal is not None and ordinal > 0:
            return ordinal
        numbers = self._folded("numbers")
        total, current = 0, 0
        words = [w for w in _NUMBER_SEP.split(text) if w and w != "et"]
        if not words:
            return None
        for word in words:
            value = numbers.get(word)
            if value is None:
                return None
            if value == 1000:
                total += (current or 1) * 1000
                current = 0
            elif value == 100:
                current = (current or 1) * 100 if current < 100 else current + 100
            elif value == 20 and 0 < current % 100 < 10:
                # "quatre-vingt(s)": a multiplier, not an addition
                current += (current % 100) * 19
            else:
                current += value
        return total + current

    def _folded(self, field: str) -> dict[str, Any]:
        # the private attribute's dict read directly: ``self._cache`` goes through pydantic's
        # ``__getattr__``, a cost paid on every number, month and unit word looked up
        cache = self.__pydantic_private__["_cache"]
        if field not in cache:
            cache[field] = {fold(k): v for k, v in getattr(self, field).items()}
        return cache[field]


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, straight apostrophes: the key used for every lookup."""
    # cached: the tense and context checks fold the same words over and over
    text = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")
