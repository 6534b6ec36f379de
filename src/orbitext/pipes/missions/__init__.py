from .component import MissionLinker, make_missions

__all__ = ["MissionLinker", "make_missions"]
