"""mdxlint: a linter for MDX course content."""

__version__ = "0.1.0"

from .api import lint_paths, lint_text  # noqa: E402

__all__ = ["lint_paths", "lint_text", "__version__"]
