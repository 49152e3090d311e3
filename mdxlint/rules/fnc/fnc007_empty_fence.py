from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class EmptyFence(Rule):
    """Code fence with nothing in it.

    ## What it does
    Reports a code fence whose body is empty or only blank lines, written in the page's own
    flow. A fence inside a component (a sandbox's `<Sandpack>`, where an empty file is for the
    reader to fill in) or whose opening line names a file or a title after the language is
    not judged.

    ## Why is this bad
    The page shows an empty code block where the reader expects code: usually the code was
    never pasted in, or was lost in an edit.

    ## Example
    ````mdx
    Verify the signature:

    ```tsx
    ```
    ````

    ## Use instead
    ````mdx
    Verify the signature:

    ```tsx
    const valid = await verifyMessage({ address, message, signature });
    ```
    ````
    """

    code = "FNC007"
    name = "empty-fence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for fence in doc.fences:
            if fence.body.strip() or fence.jsx_ancestors or fence.meta.strip():
                continue
            ctx.report(fence.start, fence.start + len(fence.marker) + len(fence.info),
                       "this code fence is empty: the page shows an empty code block")
