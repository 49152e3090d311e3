import unicodedata

from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


def _space(char: str) -> bool:
    return not char or char.isspace()  # (the line's or the text's edge counts as white space)


def _punctuation(char: str) -> bool:
    return bool(char) and unicodedata.category(char).startswith(("P", "S"))


def _flanking(before: str, after: str) -> bool:
    """CommonMark's left-flanking test of a delimiter run between ``before`` and ``after`` (swap
    them for right-flanking)."""
    return not _space(after) and (not _punctuation(after) or _space(before) or _punctuation(before))


class UnclosedStrong(Rule):
    """A `**` meant to open or close bold text that pairs with nothing: the page shows the asterisks.

    ## What it does
    Reports a `**` in prose that the Markdown parser left as text because nothing pairs with it:
    one that can only open bold (written before a word, after a blank or punctuation) with no
    closing `**` in its paragraph, or one that can only close it with no opening one. A `**`
    between two words or numbers (`2**10`) can do both and is not judged, nor asterisks in code.

    ## Why is this bad
    The author meant bold text; readers see `**` before the words instead, and the emphasis is
    lost. It usually comes from an edit or a translation that dropped the other half.

    ## Example
    ```mdx
    **[Руководство Next.js](https://nextjs.org/docs) — фреймворк для React.
    ```

    ## Use instead
    ```mdx
    **[Руководство Next.js](https://nextjs.org/docs)** — фреймворк для React.
    ```
    """

    code = "CNT004"
    name = "unclosed-strong"
    severity = Severity.WARNING

    def check(self, doc: Document, ctx: RuleContext) -> None:
        text = doc.text
        if "**" not in text:
            return
        for block in doc.prose:
            runs = block.runs
            for index in range(len(runs) - 1):
                first, second = runs[index], runs[index + 1]
                # The parser leaves an unpaired delimiter run as text, one run a character.
                if first.text != "*" or second.text != "*" or second.start != first.start + 1:
                    continue
                if (index > 0 and runs[index - 1].text == "*" and runs[index - 1].start == first.start - 1) or (
                        index + 2 < len(runs) and runs[index + 2].text == "*" and runs[index + 2].start == second.start + 1):
                    continue  # a longer run of asterisks
                before = text[first.start - 1] if first.start > 0 else ""
                after = text[second.start + 1] if second.start + 1 < len(text) else ""
                left, right = _flanking(before, after), _flanking(after, before)  # (can open, can close)
                if left and not right:
                    ctx.report(first.start, second.start + 1, "`**` opens bold text that nothing closes in its paragraph: "
                               "the page shows the asterisks")
                elif right and not left:
                    ctx.report(first.start, second.start + 1, "`**` closes bold text that nothing opened in its paragraph: "
                               "the page shows the asterisks")
