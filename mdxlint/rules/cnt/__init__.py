"""CNT: content patterns."""
