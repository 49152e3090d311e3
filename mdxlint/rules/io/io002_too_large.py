from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule


class FileTooLarge(Rule):
    """The file is larger than `max-file-size` and was not linted, or nests deeper than mdxlint reads.

    ## What it does
    Skips and reports a file over the configured size limit (`max-file-size`,
    default 5,000,000 bytes). Also reports block quotes and lists nested more than
    64 levels deep: mdxlint reads what is nested deeper as plain paragraphs, so the
    rules do not see its structure; a file whose constructs nest past what the parser's
    recursion reads (template literals inside template literals, thousands deep) is
    not checked and says so. (JSON and Python nested past what mdxlint reads are
    reported by `FNC003` and `PY001`.)

    ## Why is this bad
    A lesson of many megabytes is almost always a generated or pasted artefact (a
    log, a data dump). It slows the site build and every editor; linting it would
    slow every run.

    ## Example
    A 20 MB `.mdx` file.

    ## Use instead
    Keep data files out of lessons, or raise `max-file-size` in the configuration.
    """

    code = "IO002"
    name = "file-too-large"
    severity = Severity.ERROR
    scope = "engine"  # reported by the engine itself, see mdxlint.engine
