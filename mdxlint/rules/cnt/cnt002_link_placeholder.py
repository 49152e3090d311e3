import bisect
import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext

# Link syntax left as text: a label, then a destination the parser refused because it has
# blanks in it (and is no `url "title"`): what a draft leaves for an address to come.
_UNPARSED_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\n]*\s[^()\n]*)\)")
_WITH_TITLE = re.compile(r"""\s*\S+\s+(?:"[^"]*"|'[^']*'|\([^)]*\))\s*""")


class LinkPlaceholder(Rule):
    """A link with no address, or link syntax the page shows as text.

    ## What it does
    Reports a link with an empty destination (`[Vercel]()`), and text written as a
    link whose destination has spaces in it (`[the guide](link to the guide)`):
    Markdown reads no link there and the page shows the brackets as written. Both are
    what a draft leaves where an address was still to come.

    ## Why is this bad
    An empty link leads back to the page it is on; the other is no link at all, and
    readers see the square brackets and the placeholder words.

    ## Example
    ```mdx
    Deploy it on [Vercel]() and read [the guide](link to the deploy guide).
    ```

    ## Use instead
    ```mdx
    Deploy it on [Vercel](https://vercel.com) and read [the guide](/guides/deploy).
    ```
    """

    code = "CNT002"
    name = "link-placeholder"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for link in doc.links:
            if not link.href and not link.raw_href.strip() and not link.image and not link.autolink:
                ctx.report(link.start, link.end, f"the link `[{_short(link.text)}]()` has no destination: it leads back "
                           "to this page; give it its address")
        # The file is searched once; only its rare matches are looked up among the text runs (link
        # syntax the parser left as text), not every run searched.
        candidates = [found for found in _UNPARSED_LINK.finditer(doc.text) if not _WITH_TITLE.fullmatch(found.group(2))]
        if not candidates:
            return
        runs = sorted(((run.start, run.start + len(run.text)) for run in doc.text_runs()))
        starts = [start for start, _ in runs]
        for found in candidates:
            index = bisect.bisect_right(starts, found.start()) - 1
            if index < 0 or runs[index][1] < found.end():
                continue  # not text the page shows as written (a parsed link, code, a comment)
            ctx.report(found.start(), found.end(),
                       f"`[{_short(found.group(1))}]({_short(found.group(2))})` is not a link: a destination with "
                       "spaces is shown as written; put the address there (a path with spaces goes in `<…>`)")


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
