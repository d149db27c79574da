"""`python -m ccmgraph` runs the CLI."""

from ccmgraph.cli import main

main()
