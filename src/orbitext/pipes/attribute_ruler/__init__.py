from .component import FastAttributeRuler, make_attribute_ruler

__all__ = ["FastAttributeRuler", "make_attribute_ruler"]
