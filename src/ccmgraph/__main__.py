"""`python -m ccmgraph` runs the CLI."""

from .cli import main

main()
