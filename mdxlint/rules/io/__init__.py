"""IO: unreadable input."""
