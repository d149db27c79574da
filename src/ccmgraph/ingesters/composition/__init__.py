"""Composition pages, coordinator tables, committee pages and coordinator logs (kind "composition")."""
