from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.analyzers.python.notebook import NestingTooDeep, notebook
from mdxlint.lint.rule import Rule, RuleContext


class PythonSyntaxError(Rule):
    """A Python fence that is not valid Python.

    ## What it does
    Parses every `python` fence with Python's own parser and reports the first
    syntax error at its line and column in the `.mdx` file. `...` placeholders are
    valid Python; a fence that starts with `.method(...)` lines is read as a chain
    on an unknown DataFrame. Fences marked `skip-lint` are not read.

    ## Why is this bad
    Students copy the code; a syntax error (often prose typed into code, or a
    result written as an assignment) fails before anything runs.

    ## Example
    ````mdx
    ```python
    chunk_size = (50 * 1024) / 5 = 10240
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    chunk_size = (50 * 1024) // 5  # 10240
    ```
    ````
    """

    code = "PY001"
    name = "python-syntax-error"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for item in notebook(doc).fences:
            error = item.error
            if error is None:
                continue
            line = error.lineno or 1
            column = max(0, (error.offset or 1) - 1)
            start = item.offset(line, column)
            end_column = (error.end_offset or 0) - 1
            end = item.offset(error.end_lineno or line, end_column) if end_column > column else start + 1
            message = error.msg if isinstance(error, NestingTooDeep) else f"Python syntax error: {error.msg}"
            ctx.report(start, max(end, start + 1), message)
