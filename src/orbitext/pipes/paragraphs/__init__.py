from .component import ParagraphBreaks, make_paragraph_breaks

__all__ = ["ParagraphBreaks", "make_paragraph_breaks"]
