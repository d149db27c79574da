"""ccmgraph: a knowledge graph of the Convention on Cluster Munitions and its sister conventions."""

from ccmgraph.api import KnowledgeGraph
from ccmgraph.errors import CcmGraphError, ExtractionError, InputError, QueryError, StoreError, ValidationError

__all__ = ["KnowledgeGraph", "CcmGraphError", "ExtractionError", "InputError", "QueryError",
           "StoreError", "ValidationError"]
__version__ = "0.1.0"
