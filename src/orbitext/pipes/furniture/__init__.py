from .component import FurnitureDetector, make_furniture

__all__ = ["FurnitureDetector", "make_furniture"]
