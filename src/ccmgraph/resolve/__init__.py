"""Resolution: names as documents write them become keys of one registry.

States (ISO 3166 plus aliases), organisations, conventions, meetings and people are looked
up here and nowhere else; a match that is not certain is kept as a candidate, not merged.
"""
