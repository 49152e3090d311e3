"""Layer 3, the lint engine: rule API, registry, engine, fixes, suppressions, cache."""
