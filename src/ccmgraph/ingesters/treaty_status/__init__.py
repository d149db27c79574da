"""Treaty status tables, gazette notices and status prose (kind "treaty-status")."""
