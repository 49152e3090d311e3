from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Applicability, Rule, RuleContext


class FenceWithoutLanguage(Rule):
    """Code fence without a language.

    ## What it does
    Reports a code fence whose opening line names no language.

    ## Why is this bad
    Without a language the site cannot highlight the code, screen readers and search
    cannot tell what it is, and the language-specific checks (JSON, YAML, Python,
    Spark, connector configs) skip it. Name the language, or `text` for plain
    output and diagrams.

    The fix adds `text` after the opening marker. It is marked unsafe: the right
    language may be another one. Where the site highlights such fences in a default
    language (Docusaurus's `prism.defaultLanguage`), the finding is an info that names
    that language, with no fix.

    ## Example
    ````mdx
    ```
    SELECT 1;
    ```
    ````

    ## Use instead
    ````mdx
    ```sql
    SELECT 1;
    ```
    ````
    """

    code = "FNC001"
    name = "fence-without-language"
    severity = Severity.WARNING
    fix_applicability = Applicability.UNSAFE

    severities = (Severity.WARNING, Severity.INFO)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        site = ctx.settings.site
        default = site.fence_default_language.value if site is not None else None
        for fence in doc.fences:
            if fence.lang:
                continue
            marker_end = fence.start + len(fence.marker)
            if default:
                ctx.report(fence.start, marker_end,
                           f"code fence without a language: the site highlights it as `{default}` "
                           f"({site.fence_default_language.source}); name its language if it is not {default}",
                           severity=Severity.INFO)
                continue
            ctx.report(
                fence.start,
                marker_end,
                "code fence without a language: name it (for example `sql`, `json`, `bash`) or use `text`",
                Fix.replace(marker_end, marker_end + len(fence.info) if not fence.info.strip() else marker_end, "text", safe=False, message="mark the fence as `text`"),
            )
