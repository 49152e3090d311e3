"""mdxlint: a linter for MDX content.

The public in-process API is :mod:`mdxlint.api`; ``lint_paths`` and ``lint_text`` are
also reachable here. They are imported on first use, so that importing a lower layer
(``mdxlint.mdx``, ``mdxlint.project``…) does not pull in the whole linter.
"""

from mdxlint._version import __version__

__all__ = ["lint_paths", "lint_text", "__version__"]


def __getattr__(name: str):
    if name in ("lint_paths", "lint_text"):
        import mdxlint.api

        return getattr(mdxlint.api, name)
    raise AttributeError(f"module 'mdxlint' has no attribute {name!r}")
