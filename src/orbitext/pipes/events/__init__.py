from .component import EventExtractor, make_events

__all__ = ["EventExtractor", "make_events"]
