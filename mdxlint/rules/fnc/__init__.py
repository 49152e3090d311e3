"""FNC: fences (languages, JSON, YAML)."""
