"""orbitext: French space-flight news to entities, dates, events and mission records.

>>> import orbitext
>>> record = orbitext.extract("Le vaisseau Soyouz MS-18 a atterri au Kazakhstan.", date="2021-10-17")
>>> [e.text for e in record.entities if e.label == "SPACECRAFT"]
['Soyouz MS-18']
"""

from . import extensions  # noqa: F401  (registers Doc/Span extensions before any component runs)
from .display import displacy_options, render
from .frames import records_to_dataframe
from .pipeline import BASE_PIPELINE, COMPONENTS, add_components, extract, load, make_doc, pipe_records
from .records import doc_to_record
from .schema import CrewMember, DocumentError, DocumentRecord, Entity, Event, Evidence, Mission, Phase

__version__ = "0.1.0"

__all__ = [
    "BASE_PIPELINE",
    "COMPONENTS",
    "CrewMember",
    "DocumentError",
    "DocumentRecord",
    "Entity",
    "Event",
    "Evidence",
    "Mission",
    "Phase",
    "add_components",
    "displacy_options",
    "doc_to_record",
    "extract",
    "load",
    "make_doc",
    "pipe_records",
    "records_to_dataframe",
    "render",
]
