"""Deprecated path: the rule API moved to :mod:`mdxlint.lint.rule`.

Third-party rules written against ``mdxlint.rule`` keep working; this shim warns and
will be removed in a later release.
"""

import warnings

from mdxlint.lint.rule import *  # noqa: F401,F403
from mdxlint.lint.rule import __all__  # noqa: F401

warnings.warn(
    "mdxlint.rule is deprecated; import from mdxlint.lint.rule instead",
    DeprecationWarning,
    stacklevel=2,
)
