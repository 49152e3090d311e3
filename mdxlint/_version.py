"""The package version, importable from every layer without importing any other."""

__version__ = "0.1.0"
