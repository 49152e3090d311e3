"""LNG: the language policy (prose language, code language, mixed scripts)."""
