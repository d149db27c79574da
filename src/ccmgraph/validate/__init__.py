"""Validation: the SHACL gate every graph passes before it is committed, and store checks."""
