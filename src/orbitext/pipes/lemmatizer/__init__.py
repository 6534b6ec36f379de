from .component import FastFrenchLemmatizer, make_lemmatizer

__all__ = ["FastFrenchLemmatizer", "make_lemmatizer"]
