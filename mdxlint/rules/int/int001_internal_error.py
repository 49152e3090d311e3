from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule


class InternalError(Rule):
    """A rule or the parser failed on this file.

    ## What it does
    When a rule raises an exception, mdxlint reports it here, names the rule and the
    place in mdxlint's code where it failed, and goes on with the other rules and
    files. Set `MDXLINT_DEBUG=1` to print the full traceback.

    ## Why is this bad
    It is a bug in mdxlint, not in the lesson: the findings of that rule are missing
    for this file. Please report it together with the file.

    ## Example
    Any input that makes a rule fail.

    ## Use instead
    Nothing to change in the lesson.
    """

    code = "INT001"
    name = "internal-error"
    severity = Severity.ERROR
    scope = "engine"  # reported by the engine itself, see mdxlint.engine
