import re

from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

STARLIGHT_COMPONENTS = "@astrojs/starlight/components"
# The HTML element each Markdown block renders to (a fence: Expressive Code's <div>).
_BLOCK_ELEMENTS = {
    "ordered_list_open": "ol", "bullet_list_open": "ul", "paragraph_open": "p", "blockquote_open": "blockquote",
    "table_open": "table", "hr": "hr", "fence": "pre", "code_block": "pre",
}
STEPS_MESSAGE = "The `<Steps>` component expects its content to be a single ordered list (`<ol>`)"


def _steps_names(doc: Document) -> set[str]:
    return {name.local for imp in doc.imports if imp.source == STARLIGHT_COMPONENTS
            for name in imp.names if name.imported == "Steps"}


class StepsNotOneOrderedList(Rule):
    """Starlight's `<Steps>` whose content is not exactly one ordered list.

    ## What it does
    Reads the blocks between `<Steps>` and `</Steps>` (the component imported from
    `@astrojs/starlight/components`) as the HTML elements they render to, and reports
    content that is not a single ordered list: a paragraph, a bulleted list, a heading,
    a fence or a second list beside it, or nothing at all. A numbered step whose text is
    not indented under its number is the usual cause: the text leaves the list, and the
    list is cut in two. Where another component or an expression stands in the content,
    what it renders is not known and only the elements Markdown makes are counted. HTML
    elements written as JSX (`<ol><li>…</li></ol>`) count as what they are, their content as
    theirs; a paragraph of nothing but JSX elements is unwrapped, as MDX does.

    ## Why is this bad
    Starlight checks the rendered content when it builds the page and stops the build
    with `AstroUserError: The \\`<Steps>\\` component expects its content to be a single
    ordered list (\\`<ol>\\`) but found …`.

    ## Example
    ```mdx
    import { Steps } from '@astrojs/starlight/components';

    <Steps>

    1. Start the connector.

    Check its status.

    2. Read the topic.

    </Steps>
    ```

    ## Use instead
    ```mdx
    import { Steps } from '@astrojs/starlight/components';

    <Steps>

    1. Start the connector.

       Check its status.

    2. Read the topic.

    </Steps>
    ```
    """

    code = "MDX106"
    name = "steps-not-one-ordered-list"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        names = _steps_names(doc)
        if not names:
            return
        tokens = doc.tokens
        line_starts = doc.source.line_starts
        for index, token in enumerate(tokens):
            if token.type != "mdx_jsx_flow" or token.map is None:
                continue
            tag = token.content.strip()
            name = next((n for n in names if tag == f"<{n}>" or (tag.startswith((f"<{n} ", f"<{n}\n"))
                                                                and tag.endswith(">") and not tag.endswith("/>"))), None)
            if name is None:
                continue
            elements: list[tuple[str, int]] = []  # (element, line) of the content's top level
            unknown = False
            closed = False
            depth = 0  # JSX elements open inside the Steps: what stands in them is their content
            for position, inner in enumerate(tokens[index + 1:], start=index + 1):
                if inner.level < token.level:
                    break
                if inner.level != token.level:
                    continue
                if inner.type == "mdx_jsx_flow" and depth == 0 and inner.content.strip() == f"</{name}>":
                    closed = True
                    break
                if inner.type == "mdx_jsx_flow":
                    for tag in _TAG.finditer(inner.content):
                        closing, tag_name, self_closing = tag.group(1), tag.group(2), tag.group(3)
                        if closing:
                            depth = max(0, depth - 1)
                            continue
                        if depth == 0:
                            if tag_name[:1].islower() and "." not in tag_name:
                                elements.append((tag_name, inner.map[0] if inner.map else -1))  # `<ol>` written as JSX
                            else:
                                unknown = True  # a component: what it renders is not known
                        if not self_closing:
                            depth += 1
                    continue
                if depth:
                    continue
                if inner.type == "paragraph_open":
                    unravelled = _only_jsx(tokens[position + 1])
                    if unravelled is not None:
                        # MDX unwraps a paragraph of nothing but JSX elements: the elements stand in its place
                        line = inner.map[0] if inner.map else -1
                        for element in unravelled:
                            if element[:1].islower() and "." not in element:
                                elements.append((element, line))
                            else:
                                unknown = True
                        continue
                if inner.type == "heading_open":
                    elements.append((inner.tag, inner.map[0] if inner.map else -1))
                elif inner.type in _BLOCK_ELEMENTS:
                    elements.append((_BLOCK_ELEMENTS[inner.type], inner.map[0] if inner.map else -1))
                elif inner.type == "mdx_expression_flow" and _comment_only(inner.content):
                    continue
                elif inner.type.startswith("mdx_") or inner.type == "html_block":
                    unknown = True  # a component or an expression: what it renders is not known
            if not closed:
                continue  # MDX001 reports an unclosed tag
            others = [(element, line) for element, line in elements if element != "ol"]
            if others:
                element, line = others[0]
                found = (f"holds a `<{element}>` here" if len(elements) == 1
                         else f"holds {len(elements)} elements, a `<{element}>` here")
            elif len(elements) > 1:
                element, line = elements[1]
                found = f"holds {len(elements)} ordered lists, the second here"
            elif not elements and not unknown:
                line = token.map[0]
                found = "holds nothing"
            else:
                continue
            start = line_starts[line] if 0 <= line < len(line_starts) else line_starts[token.map[0]]
            text = doc.text
            while start < len(text) and text[start] in " \t>":
                start += 1
            end = text.find("\n", start)
            ctx.report(start, end if end != -1 else len(text),
                       f"`<{name}>` {found}, not a single ordered list; Starlight stops the build: "
                       f"\"{STEPS_MESSAGE} but found …\"")


_TAG = re.compile(r"<(/?)([A-Za-z][\w.:-]*)(?:[^>\"'{]|\"[^\"]*\"|'[^']*'|\{[^{}]*\})*?(/?)>")


def _only_jsx(inline) -> list[str] | None:
    """The names of the top-level elements of a paragraph that holds only JSX elements (and
    whitespace between them), which MDX unwraps; None for any other paragraph."""
    names: list[str] = []
    depth = 0
    for child in inline.children or ():
        tag = child.meta.get("tag") if child.type == "mdx_jsx_inline" and child.meta else None
        if tag is not None:
            if tag.kind == "close":
                depth -= 1
            elif depth == 0:
                names.append(tag.name)
            depth += tag.kind == "open"
        elif depth == 0 and (child.type not in ("text", "softbreak") or child.content.strip()):
            return None
    return names or None


def _comment_only(content: str) -> bool:
    body = content.strip()
    return body.startswith("{/*") and body.endswith("*/}") and body.count("*/") == 1
