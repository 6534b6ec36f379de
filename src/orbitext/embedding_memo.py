"""Remember what the base pipeline's embedding layers compute for each word (inference only).

In ``fr_core_news_md`` the ``tok2vec`` and ``ner`` networks each start with a ``MultiHashEmbed``
layer: hash embeddings of a token's NORM, PREFIX, SUFFIX and SHAPE (``tok2vec`` adds SPACY and
IS_SPACE), its static vector (keyed by ORTH), and a Maxout + LayerNorm that mixes them. Every
step works on one token's row alone, so the layer's output for a token is a function of those
attribute values only. It costs about 30 of the base pipeline's 115 ms of CPU per 1,000 tokens,
and news text repeats its words: after a few hundred articles most tokens are words the layer
has already seen.

:class:`EmbeddingMemo` takes the layer's place in its network (the same ``Model`` node, with
another forward function, so saving and loading the pipeline is unchanged) and computes the
layer only for the keys it has not seen, by running the original layer on a stand-in document
that holds one token per new key. The rows are the same floats the stock layer gives (BLAS rows
and LayerNorm are computed row by row), so the tensors, tags, parses and entities are identical;
``tests/test_embedding_memo.py`` compares them. Training (``is_train=True``) goes through the
stock layer untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy
from spacy.attrs import IDS, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

#: entries per network by default: 96 floats and a 56-byte key each, about 30 MB when full
DEFAULT_MAX_ENTRIES = 50_000

#: leaves of a layer whose output row depends on its own token only (``expand_window`` or any
#: other layer that mixes neighbours keeps a network out of the memo)
_PER_TOKEN_LEAVES = frozenset(
    {
        "extract_features",
        "list2ragged",
        "ragged2list",
        "ints-getitem",
        "hashembed",
        "static_vectors",
        "maxout",
        "layernorm",
        "dropout",
    }
)


class _KeyRows:
    """Stands in for a Doc in the embedding layer: one token per key, its attribute values given."""

    def __init__(self, doc: Doc, attrs: Sequence[int], rows: numpy.ndarray) -> None:
        self.vocab = doc.vocab
        self._column = {attr: index for index, attr in enumerate(attrs)}
        self._rows = rows

    def __len__(self) -> int:
        return int(self._rows.shape[0])

    def to_array(self, attrs: int | str | Sequence[int | str]) -> numpy.ndarray:
        if isinstance(attrs, int | str):
            return self._rows[:, self._column[_attr_id(attrs)]]
        return self._rows[:, [self._column[_attr_id(attr)] for attr in attrs]]


def _attr_id(attr: int | str) -> int:
    return IDS[attr] if isinstance(attr, str) else attr


def _unavailable_backprop(_: Any) -> Any:
    raise RuntimeError("orbitext's embedding memo runs at inference only; train with is_train=True")


class EmbeddingMemo:
    """The forward function of one memoised embedding layer, with its table of computed rows.

    ``max_entries`` bounds the memory: once the table is full, new keys are still computed, for
    the batch that needs them, but not kept (the words seen first in a corpus are mostly its
    frequent ones). ``hits`` and ``misses`` count tokens served from the table and computed.
    """

    def __init__(self, layer: Model, columns: Sequence[int], max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        self.layer = layer
        self.columns = list(columns)
        self.max_entries = max_entries
        self.stock_forward: Callable[..., Any] = layer._func
        self.hits = 0
        self.misses = 0
        self._index: dict[bytes, int] = {}
        self._table: numpy.ndarray | None = None

    def __len__(self) -> int:
        return len(self._index)

    def clear(self) -> None:
        """Forget every row (after changing the vocabulary's vectors, or to measure a cold start)."""
        self._index = {}
        self._table = None
        self.hits = self.misses = 0

    def uninstall(self) -> None:
        """Give the layer its stock forward function back."""
        self.layer._func = self.stock_forward

    def __getstate__(self) -> dict[str, Any]:
        # a pickled pipeline travels without the rows: they are rebuilt where it runs
        state = self.__dict__.copy()
        state.update(_index={}, _table=None, hits=0, misses=0)
        return state

    def forward(self, model: Model, docs: list[Doc], is_train: bool) -> tuple[list[numpy.ndarray], Callable]:
        """The layer's output for ``docs``: one (tokens, width) array per doc, as the stock layer."""
        if is_train or not docs or not all(isinstance(doc, Doc) for doc in docs):
            return self.stock_forward(model, docs, is_train)
        attrs = [*self.columns, getattr(docs[0].vocab.vectors, "attr", ORTH)]
        arrays = [doc.to_array(attrs) for doc in docs]
        values = numpy.ascontiguousarray(numpy.concatenate(arrays), dtype=numpy.uint64)
        if not len(values):
            return self.stock_forward(model, docs, is_train)
        keys = values.view(numpy.dtype((numpy.void, 8 * len(attrs)))).ravel().tolist()
        index = self._index
        # each unseen key, with a position where it stands (any: its values are the same)
        new = {key: position for position, key in enumerate(keys) if key not in index}
        if new:
            stand_in = _KeyRows(docs[0], attrs, values[list(new.values())])
            (computed,), _ = self.stock_forward(model, [stand_in], False)
            if self._store(list(new), computed) < len(new):  # full: the rest is read from beside
                return self._beside_the_table(arrays, keys, new, computed), _unavailable_backprop
        self.misses += len(new)
        self.hits += len(keys) - len(new)
        assert self._table is not None
        rows = self._table[numpy.fromiter(map(index.__getitem__, keys), dtype=numpy.intp, count=len(keys))]
        return _split(rows, arrays), _unavailable_backprop

    def _store(self, keys: list[bytes], computed: numpy.ndarray) -> int:
        """Append as many new rows as ``max_entries`` leaves room for; return how many."""
        used = len(self._index)
        count = max(0, min(len(keys), self.max_entries - used))
        if not count:
            return 0
        table = self._table
        if table is None or used + count > table.shape[0]:
            size = min(self.max_entries, max(4096, 2 * (used + count)))
            grown = numpy.empty((size, computed.shape[1]), dtype=computed.dtype)
            if table is not None:
                grown[:used] = table[:used]
            self._table = table = grown
        table[used : used + count] = computed[:count]
        self._index.update(zip(keys[:count], range(used, used + count), strict=True))
        return count

    def _beside_the_table(
        self, arrays: list[numpy.ndarray], keys: list[bytes], new: dict[bytes, int], computed: numpy.ndarray
    ) -> list[numpy.ndarray]:
        rows = numpy.empty((len(keys), computed.shape[1]), dtype=computed.dtype)
        new_row = {key: number for number, key in enumerate(new)}
        for position, key in enumerate(keys):
            stored = self._index.get(key)
            rows[position] = computed[new_row[key]] if stored is None else self._table[stored]  # type: ignore[index]
        self.misses += len(new)
        self.hits += len(keys) - len(new)
        return _split(rows, arrays)


def _split(rows: numpy.ndarray, arrays: list[numpy.ndarray]) -> list[numpy.ndarray]:
    """``rows`` cut back into one block per document (``arrays``: the documents' own rows)."""
    return numpy.split(rows, numpy.cumsum([len(array) for array in arrays])[:-1])


def _feature_columns(embed: Model) -> list[int] | None:
    """The attributes ``embed`` reads, if each of its output rows depends on its own token only."""
    columns: list[int] | None = None
    for node in embed.walk():
        if node.layers:
            continue
        if node.name not in _PER_TOKEN_LEAVES:
            return None
        if node.name == "extract_features":
            columns = [_attr_id(column) for column in node.attrs["columns"]]
    return columns


def memoize_embeddings(nlp: Language, max_entries: int = DEFAULT_MAX_ENTRIES) -> list[EmbeddingMemo]:
    """Put an :class:`EmbeddingMemo` on every per-token embedding layer of ``nlp``'s networks.

    Layers found through the ``embed`` reference that spaCy's ``Tok2Vec`` architectures set;
    a layer that reads neighbouring tokens, or is memoised already, is left alone. Returns the
    memos of ``nlp`` (new and old).
    """
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in model.walk():
            if not node.has_ref("embed"):
                continue
            embed = node.get_ref("embed")
            if isinstance(getattr(embed._func, "__self__", None), EmbeddingMemo):
                continue
            columns = _feature_columns(embed)
            if columns is not None:
                embed._func = EmbeddingMemo(embed, columns, max_entries).forward
    return embedding_memos(nlp)


def embedding_memos(nlp: Language) -> list[EmbeddingMemo]:
    """The embedding memos installed in ``nlp``, one per network, in pipeline order."""
    memos: list[EmbeddingMemo] = []
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                memo = getattr(node._func, "__self__", None)
                if isinstance(memo, EmbeddingMemo) and memo not in memos:
                    memos.append(memo)
    return memos
