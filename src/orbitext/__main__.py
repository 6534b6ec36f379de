"""``python -m orbitext``: the same command line as ``orbitext``."""

from .cli import main

main()
