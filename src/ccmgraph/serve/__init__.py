"""The read-only SPARQL endpoint: HTTP front, bounded worker processes, result formats."""
