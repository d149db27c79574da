"""Text helpers shared by ingesters: dates, times, name lists. No RDF, no I/O."""
