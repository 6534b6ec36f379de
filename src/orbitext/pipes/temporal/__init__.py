from .component import TemporalTagger, make_temporal

__all__ = ["TemporalTagger", "make_temporal"]
