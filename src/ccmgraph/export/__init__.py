"""Outputs of the store: deterministic exports, VoID, ontology docs, push to other stores."""
