from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.mdx.js import free_names
from mdxlint.lint.rule import Option, Rule, RuleContext

# What every page's JavaScript can read without importing it.
JS_GLOBALS = frozenset(
    """
    undefined NaN Infinity globalThis window document navigator location console
    Math JSON Date Intl Number String Boolean Object Array Symbol BigInt RegExp Error
    TypeError RangeError Map Set WeakMap WeakSet Promise Proxy Reflect URL URLSearchParams
    parseInt parseFloat isNaN isFinite encodeURIComponent decodeURIComponent encodeURI
    decodeURI setTimeout clearTimeout setInterval clearInterval fetch structuredClone
    arguments
    """.split()
)


class UndefinedName(Rule):
    """An expression reads a name that nothing defines: the page throws when it renders.

    ## What it does
    Looks at every `{…}` expression and every `{…}` attribute value and reports the
    names they read that are not imported, not exported from the file, not `props`
    and not a name the page always has (JavaScript's globals, Astro's `frontmatter`,
    and what the `globals` option adds).

    ## Why is this bad
    The file compiles, but rendering it runs the expression, and JavaScript throws
    `ReferenceError: name is not defined`: the build fails on that page, or the page
    shows an error.

    ## Example
    ```mdx
    Текущая версия: {debeziumVersion}.
    ```

    ## Use instead
    ```mdx
    export const debeziumVersion = '2.5.4'

    Текущая версия: {debeziumVersion}.
    ```
    """

    code = "MDX002"
    name = "undefined-name"
    severity = Severity.ERROR
    options = {
        "globals": Option(
            ["props", "frontmatter"],
            "Names every page can read besides JavaScript's globals (Astro gives MDX `frontmatter`).",
        ),
    }

    def check(self, doc: Document, ctx: RuleContext) -> None:
        defined = set(JS_GLOBALS) | set(ctx.options["globals"])
        site = ctx.settings.site
        if site is not None:
            defined |= site.injected_names.value  # Docusaurus's `toc`, `frontMatter`, …
        defined.update(name.local for imp in doc.imports for name in imp.names)
        defined.update(export.name for export in doc.exports)
        for expression in doc.expressions:
            if expression.comment is not None:
                continue
            self._check(expression.body, expression.start + 1, defined, ctx)
        for tag in doc.jsx_tags:
            for attr in tag.attributes:
                if attr.value_kind == "expression":
                    self._check(attr.value or "", attr.value_start, defined, ctx)
                elif attr.value_kind == "spread":
                    body = attr.value or ""
                    offset = body.find("...") + 3
                    self._check(body[offset:], attr.value_start + offset, defined, ctx)

    @staticmethod
    def _check(body: str, start: int, defined: set[str], ctx: RuleContext) -> None:
        for name, index in free_names(body):
            if name not in defined:
                offset = start + index
                ctx.report(
                    offset,
                    offset + len(name),
                    f"`{name}` is not defined: it is neither imported, exported from this file, nor a prop; "
                    f"rendering the page throws `ReferenceError: {name} is not defined`",
                )
