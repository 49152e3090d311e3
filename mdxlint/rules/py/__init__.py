"""PY: Python fences (syntax, undefined names)."""
