"""Action plan texts and pages (kind "action-plan")."""
