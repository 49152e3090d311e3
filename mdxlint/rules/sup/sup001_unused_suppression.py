from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule


class UnusedSuppression(Rule):
    """A suppression comment that silences nothing.

    ## What it does
    Reports `{/* mdxlint-disable … */}`, `{/* mdxlint-disable-next-line … */}` and
    `# noqa: CODE` (in Python fences) that silence no finding, suppressions that
    name codes no rule has (also beside codes they do silence), and comments that start as a
    directive does with a word mdxlint does not read (`{/* mdxlint-disable-line CODE */}`,
    ESLint's word: it silences nothing). Words after ` -- ` are the suppression's reason, as in
    ESLint (`{/* mdxlint-disable-next-line CNT002 -- until the page exists */}`). A code that is known but not enabled in this
    configuration is not reported, and neither is a bare `# noqa`, which usually
    serves Python linters.

    ## Why is this bad
    A stale suppression hides the next real finding on that line, and tells the
    reader there is a problem where there is none.

    ## Example
    ```mdx
    ---
    title: x
    ---

    {/* mdxlint-disable-next-line FNC001 */}
    Текст без блоков кода.
    ```

    ## Use instead
    ```mdx
    ---
    title: x
    ---

    Текст без блоков кода.
    ```
    """

    code = "SUP001"
    name = "unused-suppression"
    severity = Severity.WARNING
    scope = "engine"  # reported by the engine itself, see mdxlint.engine
