from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

# Frameworks whose MDX renders with React (MDX 2 and later pass attributes to React as written).
REACT_FRAMEWORKS = frozenset({"docusaurus", "next", "nextra", "fumadocs", "vocs"})
REACT_STYLE_ERROR = "The `style` prop expects a mapping from style properties to values, not a string."


class StyleString(Rule):
    """An HTML element with a `style="…"` string, on a site whose MDX renders with React.

    ## What it does
    Reports a lower-case JSX element (`<div>`, `<span>`, `<img>`) whose `style` attribute
    is a quoted string, on a site detected as Docusaurus 3, Next.js, Nextra, fumadocs or
    Vocs (React). Components (`<Card style="…">`) decide what their props mean and are not
    reported; nor are Astro sites, whose MDX renders HTML with Astro's own JSX runtime, nor
    MDX 1 (Docusaurus 2), which turned such strings into objects, nor a site whose
    framework is not known.

    ## Why is this bad
    MDX 2 and later pass attributes to React as they are written, and React refuses a
    string for `style` when it renders the element ("The `style` prop expects a mapping
    from style properties to values, not a string."). The page fails to build (or to
    render in the browser). HTML copied into MDX is the usual cause.

    ## Example
    ```mdx
    <div style="color: red">Внимание</div>
    ```

    ## Use instead
    ```mdx
    <div style={{color: 'red'}}>Внимание</div>
    ```
    """

    code = "MDX107"
    name = "style-string"
    severity = Severity.ERROR
    # The site its Example and Use instead are read in (the reference page's tests): Docusaurus 3.
    example_site = ("docusaurus", 3)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        site = ctx.settings.site
        if site is None or site.framework.value not in REACT_FRAMEWORKS or site.mdx_version.value == 1:
            return
        for tag in doc.jsx_tags:
            if not tag.name or not tag.name[0].islower() or "." in tag.name or ":" in tag.name:
                continue
            style = tag.attribute("style")
            if style is not None and style.value_kind == "string":
                ctx.report(
                    style.start,
                    style.end,
                    f"`style` of `<{tag.name}>` is a string: React refuses it when it renders the element — "
                    f"\"{REACT_STYLE_ERROR}\"; write an object: style={{{{…}}}}",
                )
