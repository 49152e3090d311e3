import bisect
import difflib
import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext

# Link syntax left as text: a label, then a destination the parser refused because it has
# blanks in it (and is no `url "title"`): what a draft leaves for an address to come.
_UNPARSED_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\n]*\s[^()\n]*)\)")
# A label, a blank, and an address in parentheses: a link with a space before its `(`.
_SPACE_BEFORE_DESTINATION = re.compile(r"\[([^\[\]\n]+)\][ \t]+\(((?:https?://|\.{0,2}/)[^()\s]*)\)")
_WITH_TITLE = re.compile(r"""\s*\S+\s+(?:"[^"]*"|'[^']*'|\([^)]*\))\s*""")
# A full or collapsed reference (`[text][label]`, `[label][]`); not an index (`matrix[i][j]`).
_REFERENCE = re.compile(r"(?<![\w\])\\])\[([^\[\]\n]*[^\W\d_][^\[\]\n]*)\]\[([^\[\]\n]*)\]")
# A line that would be a link reference definition but for the colon after its label.
_DEFINITION_WITHOUT_COLON = re.compile(
    r"(?m)^[ \t]{0,3}\[([^\[\]\n]*[^\W\d_][^\[\]\n]*)\][ \t]+(<?(?:https?://|\.{0,2}/|#)[^\s()<>]*>?)[ \t]*$")
# A link reference definition (`[label]: /address`), and a label in brackets alone (a shortcut
# reference, or text): not followed by `(`, `[` or `:`, not a task box (`[x]`).
_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[([^\[\]\n]*[^\W\d_][^\[\]\n]*)\]:[ \t]*\S")
_SHORTCUT = re.compile(r"(?<![\w\])\\!])\[([^\[\]\n]*[^\W\d_][^\[\]\n]*)\](?![(\[:])")
# How alike a label in brackets and an unused definition's label are to be read as a misspelling.
_MOST_LABEL_CHARACTERS = 80
_ALIKE = 0.6
# The rest of an outer link after a link written inside its text: ` file](/setup/)`.
_OUTER_REST = re.compile(r"[^\[\]\n]*\]\([^()\s]*\)")


class LinkPlaceholder(Rule):
    """A link with no address, or link syntax the page shows as text.

    ## What it does
    Reports a link with an empty destination (`[Vercel]()`), and text written as a
    link whose destination has spaces in it (`[the guide](link to the guide)`):
    Markdown reads no link there and the page shows the brackets as written. Both are
    what a draft leaves where an address was still to come. Also reports a destination
    written in backticks (``[`cacheSize`](`/docs/options`)``) and a link written inside
    another link's text (`[[settings](/setup/) file](/setup/)`), a label and an address with
    a space between them (`[the guide] (https://…)`), a reference to a label the page does
    not define (`[WebDrive][]`, `[the spec][w3c]`), a label in brackets like the label of a
    definition that no link uses (`[finder fnction]` beside `[finder function]: ./finders.md`: a
    misspelt reference), and a line that would define a label but for the colon after it
    (`[guide] /docs/guide`), all of which Markdown shows as written.

    ## Why is this bad
    An empty link leads back to the page it is on; the other is no link at all, and
    readers see the square brackets and the placeholder words. Backticks are part of
    the address (`%60/docs/options%60`, a page that does not exist). Links do not nest:
    the inner one wins and the outer one's `[` and `](…)` are shown as text.

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
        runs = None
        text = doc.text
        for link in doc.links:
            if link.image or link.autolink:
                continue
            raw = link.raw_href.strip()
            if not link.href and not raw:
                ctx.report(link.start, link.end, f"the link `[{_short(link.text)}]()` has no destination: it leads back "
                           "to this page; give it its address")
            elif len(raw) > 2 and raw[0] == raw[-1] == "`":
                ctx.report(link.start, link.end, f"the destination {_short(raw)} is written in backticks, which are part of "
                           "the address (the page requests `%60…%60`); write it without them")
            if link.start > 0 and text[link.start - 1] == "[":
                rest = _OUTER_REST.match(text, link.end)
                if rest is None:
                    continue
                runs = runs if runs is not None else text_spans(doc)
                if shown_as_text(runs, link.start - 1, link.start) and shown_as_text(runs, link.end, rest.end()):
                    ctx.report(link.start - 1, rest.end(), "a link written inside another link's text: links do not nest, "
                               "so the inner one is the link and the outer `[` and `](…)` are shown as text")
        # The file is searched once; only its rare matches are looked up among the text runs (link
        # syntax the parser left as text), not every run searched.
        candidates = [found for found in _UNPARSED_LINK.finditer(doc.text) if not _WITH_TITLE.fullmatch(found.group(2))]
        spaced = list(_SPACE_BEFORE_DESTINATION.finditer(doc.text)) if "] (" in doc.text or "]\t(" in doc.text else []
        references = list(_REFERENCE.finditer(doc.text)) if "][" in doc.text else []
        definitions = [found for found in _DEFINITION_WITHOUT_COLON.finditer(doc.text)
                       if found.start() == 0 or doc.text.startswith("\n", found.start() - 1) and _blank_before(doc.text, found.start())]
        misspelt = _misspelt_labels(doc.text) if "]:" in doc.text else []
        if not candidates and not spaced and not references and not definitions and not misspelt:
            return
        runs = runs if runs is not None else text_spans(doc)
        autolinks = [(link.start, link.end) for link in doc.links if link.autolink]
        links = sorted(link.start for link in doc.links if not link.autolink)
        for matches, message in ((candidates, _unparsed_link), (spaced, _space_before_destination),
                                 (references, _undefined_reference), (definitions, _definition_without_colon)):
            for found in matches:
                # (only text the page shows as written: not a parsed link, code, a comment)
                if _brackets_shown(runs, autolinks, links, found):
                    ctx.report(found.start(), found.end(), message(found))
        for found, label in misspelt:
            if _brackets_shown(runs, autolinks, links, found):
                ctx.report(found.start(), found.end(), f"`{_short(found.group())}` is not a link: the page defines no such "
                           f"label, and its definition `[{_short(label)}]: …` is used by no link, so the brackets are shown as "
                           f"written; write the label as the definition does (`[{_short(label)}]`)")


def _label_key(label: str) -> str:
    """A label as Markdown matches it: case folded, blanks collapsed."""
    return " ".join(label.split()).casefold()


def _misspelt_labels(text: str) -> list[tuple[re.Match, str]]:
    """Labels in brackets alone (`[查找器函数]`) that match no definition of the page but are like
    the label of a definition no link uses (`[查找器功能]: ../finders.md`): a reference misspelt,
    which Markdown shows as text (held-out h120).  (match, the definition's label) of each."""
    defined = {_label_key(found.group(1)): found.group(1) for found in _DEFINITION.finditer(text)
               if len(found.group(1)) <= _MOST_LABEL_CHARACTERS}
    if not defined:
        return []
    bracketed = [found for found in _SHORTCUT.finditer(text) if len(found.group(1)) <= _MOST_LABEL_CHARACTERS
                 and not text.startswith(":", found.end())]
    used = {_label_key(found.group(1)) for found in bracketed} | {
        _label_key(found.group(2) or found.group(1)) for found in _REFERENCE.finditer(text)}
    unused = [label for key, label in defined.items() if key not in used]
    found_misspelt = []
    for found in bracketed:
        key = _label_key(found.group(1))
        if key in defined:
            continue
        alike = [label for label in unused if difflib.SequenceMatcher(None, key, _label_key(label)).ratio() >= _ALIKE]
        if len(alike) == 1:
            found_misspelt.append((found, alike[0]))
    return found_misspelt


def _unparsed_link(found: re.Match) -> str:
    return (f"`[{_short(found.group(1))}]({_short(found.group(2))})` is not a link: a destination with spaces is shown "
            "as written; put the address there (a path with spaces goes in `<…>`)")


def _space_before_destination(found: re.Match) -> str:
    return (f"`[{_short(found.group(1))}] ({_short(found.group(2))})` is not a link: with a space between `]` and `(` "
            "Markdown shows both as written; remove the space")


def _undefined_reference(found: re.Match) -> str:
    label = found.group(2) or found.group(1)
    return (f"`{_short(found.group())}` is not a link: this page defines no `[{_short(label)}]: …`, so it is shown as "
            "written; add the definition (labels match without regard to case) or write the address")


def _definition_without_colon(found: re.Match) -> str:
    label, address = _short(found.group(1)), _short(found.group(2))
    return (f"`[{label}] {address}` is not a link definition: it needs a colon after `]` (`[{label}]: {address}`), "
            "and without one the line is shown as written")

def text_spans(doc: Document) -> tuple[list[tuple[int, int]], list[int]]:
    runs = sorted(((run.start, run.start + len(run.text)) for run in doc.text_runs()))
    return runs, [start for start, _ in runs]


def shown_as_text(runs: tuple[list[tuple[int, int]], list[int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies in one run of text the page shows as written."""
    spans, starts = runs
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and spans[index][1] >= end


def _blank_before(text: str, start: int) -> bool:
    """Whether the line before ``start`` (a line's start) is blank or absent: where a paragraph begins."""
    previous = text.rfind("\n", 0, start - 1)
    return not text[previous + 1:start - 1].strip()


def _brackets_shown(runs, autolinks: list[tuple[int, int]], link_starts: list[int], found: re.Match) -> bool:
    """Whether the `[` of ``found`` and what follows its `]` are text the page shows as written
    (the label between may be bold or code: `[Create a **Buddy** account] (https://…)`; the
    address may be one GFM made a link of), with no other link parsed inside."""
    start, close, end = found.start(), found.end(1), found.end()
    if not shown_as_text(runs, start, start + 1):
        return False
    if not (shown_as_text(runs, close, end) or _text_with_addresses(runs, autolinks, close, end)):
        return False
    index = bisect.bisect_right(link_starts, start)
    return index >= len(link_starts) or link_starts[index] >= end


def _text_with_addresses(runs, autolinks: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` is text shown as written and bare addresses GFM made links of
    (`[the docs](https://example.com/my page)`: `https://example.com/my` is one)."""
    if not autolinks:
        return False
    spans = sorted([span for span in runs[0] if span[1] > start and span[0] < end]
                   + [span for span in autolinks if span[1] > start and span[0] < end])
    cursor = start
    for span_start, span_end in spans:
        if span_start > cursor:
            return False
        cursor = max(cursor, span_end)
    return cursor >= end


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
