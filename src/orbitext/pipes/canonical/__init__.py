from .component import CanonicalNames, make_canonical

__all__ = ["CanonicalNames", "make_canonical"]
