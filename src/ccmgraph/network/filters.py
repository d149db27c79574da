"""Check a network's filters against what the store knows, so that a typo in a convention or
a theme is an error naming the choices instead of an empty network and exit 0."""

from __future__ import annotations

from ccmgraph.errors import UsageError
from ccmgraph.network.graph import Select


def check_filters(select: Select, convention: str | None, theme: str | None) -> None:
    """UsageError for a convention or theme (slug or label, any case) the store does not hold."""
    if not convention and not theme:
        return
    rows = select("themes").to_dicts()
    conventions = sorted({str(r["convention"]) for r in rows})
    if convention and convention not in conventions:
        raise UsageError(f"no convention {convention!r}; conventions: {', '.join(conventions)}")
    if theme:
        wanted = theme.strip().lower()
        scope = [r for r in rows if r["notation"] and (not convention or r["convention"] == convention)]
        if not any(wanted in (str(r["notation"]).lower(), str(r["theme_label"]).lower(),
                              str(r["notation"]).replace("-", " ")) for r in scope):
            slugs = sorted({str(r["notation"]) for r in scope})
            raise UsageError(f"no theme {theme!r}{' under ' + convention if convention else ''}; "
                             f"themes: {', '.join(slugs)}")
