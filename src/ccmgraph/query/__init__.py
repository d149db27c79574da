"""Querying: named queries with typed, safely bound parameters, typed rows, the update guard."""
