"""Coordination Committee minutes: meeting, attendance table, agenda items and what was agreed."""
