from .component import TemporalTagger, make_temporal
from .normalize import normalize_date_expression

__all__ = ["TemporalTagger", "make_temporal", "normalize_date_expression"]
