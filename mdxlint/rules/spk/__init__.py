"""SPK: Spark Structured Streaming semantics."""

from mdxlint.analyzers.spark import when_called
from mdxlint.lint.diagnostics import Severity


def report_when_called(ctx, site, message: str) -> None:
    """Report ``message`` at ``site``: an error, or a warning where it is read in a function the
    lesson never calls (the failure is then the function's, once it is called: when_called)."""
    text, warning = when_called(site, message)
    ctx.report(*site.range(), text, severity=Severity.WARNING if warning else None)
