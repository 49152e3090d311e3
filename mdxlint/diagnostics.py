"""Deprecated path: the rule API moved to :mod:`mdxlint.lint.diagnostics`.

Third-party rules written against ``mdxlint.diagnostics`` keep working; this shim warns and
will be removed in a later release.
"""

import warnings

from mdxlint.lint.diagnostics import *  # noqa: F401,F403
from mdxlint.lint.diagnostics import __all__  # noqa: F401

warnings.warn(
    "mdxlint.diagnostics is deprecated; import from mdxlint.lint.diagnostics instead",
    DeprecationWarning,
    stacklevel=2,
)
