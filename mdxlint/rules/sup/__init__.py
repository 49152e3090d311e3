"""SUP: suppressions."""
