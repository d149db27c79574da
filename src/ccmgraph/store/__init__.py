"""Storage: the on-disk Oxigraph store (whole-or-nothing commits) and remote SPARQL stores."""
