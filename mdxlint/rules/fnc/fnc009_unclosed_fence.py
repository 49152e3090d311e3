from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class UnclosedFence(Rule):
    """Code fence that no closing fence ends: it runs to the end of the page, list item or quote.

    ## What it does
    Reports a fenced code block with no closing fence: no line of the same marker (at least as
    many backticks or tildes as the opening) ends it before the end of the page, or of the list
    item or block quote it stands in. It names a line in it that looks meant to close it (the
    marker too short, of the other kind, or with text after it), if there is one.

    ## Why is this bad
    Everything from the opening line to the end of the page (or of its list item or quote) is
    shown as code: the explanation and the next steps after it turn into one code block. The
    page still builds, so nothing else tells the author.

    ## Example
    ````mdx
    1. Install the plugin:
       ```sh
       npm install @tauri-apps/plugin-haptics
       `
       Then register it in `lib.rs`.
    2. Use it.
    ````

    ## Use instead
    ````mdx
    1. Install the plugin:
       ```sh
       npm install @tauri-apps/plugin-haptics
       ```
       Then register it in `lib.rs`.
    2. Use it.
    ````
    """

    code = "FNC009"
    name = "unclosed-fence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        source = doc.source
        for fence in doc.fences:
            if fence.closed:
                continue
            end_line = source.position(fence.end).line + 1
            whole = not source.text[fence.end:].strip()
            where = "the end of the page" if whole else f"line {end_line}, where the list item or block quote it is in ends"
            lines = fence.body.split("\n")
            meant = next((index for index, line in enumerate(lines) if line.strip()[:1] in ("`", "~")
                          and len(line.strip()) - len(line.strip().lstrip(line.strip()[0])) >= 1
                          and not line.strip().strip(line.strip()[0]).strip(" \t").count(" ")), None)
            hint = ""
            if meant is not None:
                written = lines[meant].strip()
                kind = "backtick" if written[0] == "`" else "tilde"
                run = len(written) - len(written.lstrip(written[0]))
                wanted = "backticks" if fence.marker[0] == "`" else "tildes"
                hint = (f"; line {fence.opening_line + meant + 2} does not close it ({run} {kind}{'s' if run > 1 else ''}"
                        f"{' and text' if written.strip(written[0]) else ''}): a closing fence is {len(fence.marker)} or "
                        f"more {wanted} alone on a line")
            ctx.report(fence.start, fence.start + len(fence.marker) + len(fence.info),
                       f"this code block is never closed: it runs to {where}, and the page shows all of that as code{hint}")
