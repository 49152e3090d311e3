"""INT: internal errors."""
