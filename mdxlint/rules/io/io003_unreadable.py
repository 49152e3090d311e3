from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule


class UnreadableFile(Rule):
    """The file could not be read.

    ## What it does
    Reports a file that exists but cannot be read (permissions, a broken link that
    disappeared during the run).

    ## Why is this bad
    What cannot be read cannot be checked, and usually cannot be built either.

    ## Example
    A lesson with mode `000`.

    ## Use instead
    Make the file readable.
    """

    code = "IO003"
    name = "unreadable-file"
    severity = Severity.ERROR
    scope = "engine"  # reported by the engine itself, see mdxlint.engine
