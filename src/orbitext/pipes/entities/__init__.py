from .component import EntityRecognizer, make_entities

__all__ = ["EntityRecognizer", "make_entities"]
