"""Coverage-guided fuzzing of the text path with atheris, for a bounded time.

    .venv/bin/pip install 'orbitext[fuzz]'
    .venv/bin/python benchmarks/fuzz_text.py -max_total_time=120      # two minutes
    .venv/bin/python benchmarks/fuzz_text.py -runs=500 -max_len=2000

Each input becomes a text (bytes decoded as UTF-8 with surrogates allowed through
``surrogatepass``, or as UTF-16 so lone surrogates appear) and a date, goes through
``orbitext.extract`` and ``record_line``; the target fails when anything raises, when an entity's
offsets do not point at its text in the original string, or when the JSON line is not valid UTF-8.
Extra arguments are passed to libFuzzer (``-max_total_time``, ``-runs``, ``-max_len``, a corpus dir).
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from orbitext.corpus import record_line
    from orbitext.pipeline import default_pipeline, extract

NLP = None


def _text(data: bytes) -> tuple[str, str | None]:
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 3)
    date = [None, "2021-10-17", "1961-04-12", "2030-01-01"][provider.ConsumeIntInRange(0, 3)]
    rest = provider.ConsumeBytes(provider.remaining_bytes())
    if mode == 0:
        return rest.decode("utf-8", "surrogatepass" if b"\xed" in rest else "replace"), date
    if mode == 1:
        return rest.decode("utf-16-le", "surrogatepass")[: len(rest)] if len(rest) % 2 == 0 else "", date
    if mode == 2:  # French space news with fuzz spliced in: reaches the rules, not only the tokenizer
        middle = rest.decode("latin-1")
        return f"Le vaisseau Soyouz MS-18 {middle} a atterri au Kazakhstan le 17 octobre 2021 à 4h36.", date
    return rest.decode("latin-1"), date


def test_one_input(data: bytes) -> None:
    try:
        text, date = _text(data)
    except UnicodeDecodeError:
        return
    record = extract(text, date, nlp=NLP)
    for entity in record.entities:
        if text[entity.start : entity.end] != entity.text:
            raise AssertionError(f"bad offsets {entity!r} in {text!r}")
    record_line(record).encode("utf-8")


def main() -> None:
    global NLP
    NLP = default_pipeline()
    args = (
        sys.argv
        if any(a.startswith(("-max_total_time", "-runs")) for a in sys.argv)
        else [*sys.argv, "-max_total_time=60"]
    )
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
