"""Small text and grouping helpers shared by the components."""

from __future__ import annotations

import functools
import re
import unicodedata


@functools.lru_cache(maxsize=65536)  # the same names and words are folded over and over
def strip_accents(text: str) -> str:
    """Drop combining accents (NFKD), keep case: "Baïkonour" -> "Baikonour"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def compact_key(text: str) -> str:
    """Case-, accent- and punctuation-free key: "Shenzhou-13" and "shenzhou 13" share one."""
    return re.sub(r"[\W_]+", "", strip_accents(text).lower())


class UnionFind:
    """Union-find over the indexes ``0..n-1``; a group's root is its smallest index."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
