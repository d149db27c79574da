"""News pages of presidencies and conventions: items, the meetings and events they report."""
