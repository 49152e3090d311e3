import os
import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

# A line that would open a fence: its marker, then an info string (which no closing fence has).
_OPENER = re.compile(r"[ \t]*(`{3,}|~{3,})[ \t]*(\S.*)$")
# A line of a fence's body that ends a block written inside it in the fence's language: the marker,
# then punctuation and nothing that reads as an info string (Typst: "```,", "```)").
_INNER_CLOSE = re.compile(r"[ \t]*(?:`{3,}|~{3,})[ \t]*[^\w\s`~]")
# Fences whose body is Markdown as written: an opening line in them is what they show.
_MARKDOWN_LANGUAGES = frozenset({"md", "markdown", "mdx"})


class FenceOpenerInsideFence(Rule):
    """A line that opens a code block, written inside another one that is still open.

    ## What it does
    Reports a line of a fence's body made of the fence's own marker (as long as the opening
    one, or longer) and an info string (````` ```json title="a.json" ````` inside a
    ```` ``` ```` fence): a line with an info string never closes a fence, so it is shown as
    code, and the next bare marker closes the *outer* fence (in MDX at any indentation). It is
    the sign of a closing marker left out, or of a code block nested in another's text (a
    runbook in a YAML string) whose own markers end the outer block early. Fences in
    `md`, `markdown` and `mdx`, whose body is Markdown shown as written, and pages the site
    renders as CommonMark (Astro's `.md`), are not judged, and neither is a line whose inner block
    ends inside the fence (a later line of its body is the marker and punctuation, as Typst's raw
    blocks end with ```` ```, ````): that fence ends where its author meant.

    ## Why is this bad
    The page is not what the author wrote: the inner block's opening line appears as text
    in the outer block, the outer block ends at the inner block's closing marker, and what
    follows it is read as Markdown, often with a last marker that then opens a fence running
    to the end of the page.

    ## Example
    ````mdx
    ```text
    npm install --save-dev renovate
    ```json title="renovate.json"
    {"extends": ["config:recommended"]}
    ```
    ````

    ## Use instead
    ````mdx
    ```text
    npm install --save-dev renovate
    ```

    ```json title="renovate.json"
    {"extends": ["config:recommended"]}
    ```
    ````
    """

    code = "FNC008"
    name = "fence-opener-inside-fence"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        if doc.path and doc.path != "-" and os.path.splitext(doc.path)[1].lstrip(".").lower() not in ctx.settings.extensions:
            return  # (a page rendered as CommonMark, where an indented marker closes nothing: not judged)
        source = doc.source
        for fence in doc.fences:
            if fence.lang.lower() in _MARKDOWN_LANGUAGES:
                continue
            marker = fence.marker
            lines = fence.body_lines
            inner_end = -1
            for index, (line, offset) in enumerate(zip(lines, fence.body_line_offsets)):
                if index <= inner_end:
                    continue
                found = _OPENER.match(line)
                if found is None or found.group(1)[0] != marker[0] or len(found.group(1)) < len(marker):
                    continue
                if found.group(1)[0] == "`" and "`" in found.group(2):
                    continue  # (backticks in a backtick fence's info string: no opening line)
                inner_end = next((later for later in range(index + 1, len(lines))
                                  if _INNER_CLOSE.match(lines[later]) and lines[later].lstrip(" \t").startswith(marker)), -1)
                if inner_end >= 0:
                    # A later line of the body is the marker and punctuation, which closes nothing (Typst's
                    # raw block ends with "```,"): the inner block's end is inside the fence, which ends
                    # where its author meant (held-out h129).  Another opener (```` ```js ````) is no end.
                    continue
                opened = source.position(fence.start).line + 1
                closing = source.position(max(fence.end - 1, fence.start)).line + 1
                # (a closing line inside a block quote starts with its `>`)
                last = source.line_text(closing - 1).lstrip(" \t>").lstrip()
                ends = (f"the fence ends at the marker alone on line {closing}" if fence.closed or (
                    closing > opened and last.startswith(marker) and not last.strip(marker[0]).strip())
                        else "the fence runs to the end of the page")
                start = offset + found.start(1)
                ctx.report(start, start + len(found.group(0)) - found.start(1),
                           f"this line opens no code block: it is inside the fence opened on line {opened} "
                           f"(a marker with an info string never closes one), so it is shown as code and {ends}; "
                           "close that fence before this line (or, if it is to hold this block, open it with a longer "
                           "marker, such as four backticks)")
                break
