import re

from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.lint.rule import Applicability, Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.cnt.cnt002_link_placeholder import shown_as_text, text_spans

# An aside's opening line with something after its name that remark-directive does not read: a blank
# and then a label (`:::tip [Title]`) or words (`:::tip Title`, Docusaurus's older way of giving one).
_OPENING = re.compile(r"^[ \t]*(:::+)(note|tip|caution|danger)([ \t]+)(\S[^\n]*)$", re.M)


class AsideNotRead(Rule):
    """An aside written so that Starlight reads no aside: the page shows the `:::` lines as text.

    ## What it does
    On Starlight sites, reports an aside's opening line with a blank between the type and
    its label (`:::tip [Title]`) or a title given as plain words (`:::tip Title`, how
    Docusaurus once wrote it). Starlight's asides are remark-directive's container
    directives, which take the label right after the name, in brackets (`:::tip[Title]`):
    otherwise the line is a paragraph, and the aside's text, the `:::` lines included, is
    shown as it is. The fix (safe) removes the blank before a bracketed label.

    ## Why is this bad
    Readers see `:::tip [Title]` and a stray `:::` where a coloured box should be; the
    build gives no warning.

    ## Example
    ```mdx
    :::tip [Did you know?]
    Starlight asides take a label.
    :::
    ```

    ## Use instead
    ```mdx
    :::tip[Did you know?]
    Starlight asides take a label.
    :::
    ```
    """

    code = "CNT003"
    name = "aside-not-read"
    severity = Severity.WARNING
    fix_applicability = Applicability.SAFE
    example_site = ("starlight", 3)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        site = ctx.settings.site
        if site is None or site.framework.value != "starlight" or ":::" not in doc.text:
            return
        runs = text_spans(doc)
        for found in _OPENING.finditer(doc.text):
            if not shown_as_text(runs, found.start(1), found.end(1)):
                continue  # not text the page shows (a fence, a comment, a read directive)
            rest = found.group(4)
            fix = None
            if rest.startswith("[") and rest.rstrip().endswith("]"):
                fix = Fix.replace(found.start(3), found.end(3), "", message="remove the blank before the label")
            what = "a blank between the type and its label" if rest.startswith("[") else "a title in plain words"
            ctx.report(found.start(1), found.end(), f"Starlight reads no aside here ({what}): the page shows this line "
                       f"and the closing `:::` as text; write `{found.group(1)}{found.group(2)}[{rest.strip('[]').strip()}]`",
                       fix)
