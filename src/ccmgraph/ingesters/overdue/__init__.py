"""Lists of overdue transparency reports (kind "overdue-reports")."""
