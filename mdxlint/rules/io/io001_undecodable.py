from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule


class UndecodableFile(Rule):
    """The file is not valid UTF-8.

    ## What it does
    Reports a file whose bytes are not valid UTF-8, at the line and column of the
    first byte that cannot be decoded. Nothing else is checked in that file.

    ## Why is this bad
    Astro, the MDX compiler and every editor read lessons as UTF-8. A file saved in
    another encoding (cp1251, for example) shows garbled Cyrillic or fails the build.
    Save the file as UTF-8.

    ## Example
    A lesson saved as Windows-1251.

    ## Use instead
    The same lesson saved as UTF-8.
    """

    code = "IO001"
    name = "undecodable-file"
    severity = Severity.ERROR
    scope = "engine"  # reported by the engine itself, see mdxlint.engine
