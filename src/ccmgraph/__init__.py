"""ccmgraph: a knowledge graph of the Convention on Cluster Munitions and its sister conventions."""

from .api import KnowledgeGraph
from .errors import CcmGraphError, ExtractionError, InputError, QueryError, StoreError, ValidationError

__all__ = ["KnowledgeGraph", "CcmGraphError", "ExtractionError", "InputError", "QueryError",
           "StoreError", "ValidationError"]
__version__ = "0.1.0"
