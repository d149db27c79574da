"""Shared readers for documents whose tables reach us flattened into runs of words.

Composition pages, treaty status tables, overdue-report lists and action plans all need the
same few things: the dates a cell can hold in any language, the States a run of words names
(with the words glued by the flattening pulled apart), and the convention a text is about.
"""
