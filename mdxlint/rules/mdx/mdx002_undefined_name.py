import os
import re
from pathlib import Path

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.mdx.js import free_names
from mdxlint.lint.rule import Option, Rule, RuleContext

# What every page's JavaScript can read without importing it: ECMAScript's globals, and those that
# both Node (18+, where pages render on the server) and browsers have. `process` exists in Node, and
# bundlers replace `process.env.NODE_ENV` for the browser: whether a page may read it is not known here.
JS_GLOBALS = frozenset(
    """
    undefined NaN Infinity globalThis eval arguments
    Math JSON Date Intl Number String Boolean Object Array Symbol BigInt RegExp Function Reflect Proxy
    Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError
    Map Set WeakMap WeakSet WeakRef FinalizationRegistry Promise Atomics SharedArrayBuffer WebAssembly
    ArrayBuffer DataView Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array
    Float32Array Float64Array BigInt64Array BigUint64Array
    parseInt parseFloat isNaN isFinite encodeURIComponent decodeURIComponent encodeURI decodeURI escape unescape
    window document navigator location console process
    setTimeout clearTimeout setInterval clearInterval queueMicrotask structuredClone fetch
    URL URLSearchParams TextEncoder TextDecoder atob btoa crypto performance
    AbortController AbortSignal Blob Event EventTarget FormData Headers Request Response
    """.split()
)


_EVENT_HANDLER = re.compile(r"on[A-Z]\w*")


class UndefinedName(Rule):
    """An expression reads a name that nothing defines: the page throws when it renders.

    ## What it does
    Looks at every `{…}` expression and every `{…}` attribute value and reports the
    names they read that are not imported, not exported from the file, not `props`
    and not a name the page always has (JavaScript's globals and those Node and browsers
    share, the names the site's framework puts in scope, such as Astro's `frontmatter` or
    Docusaurus's `toc`, and what the `globals` option adds). A JSX element written inside
    an expression (`icon={<Icon />}`) is taken from the site's components, as MDX does,
    and reported only where those are known. The functions of an
    event handler attribute (`onClick={() => …}`) run on the event, in the browser, not
    when the page renders: what they read is not checked. A Mintlify snippet (a file in a
    folder named `snippets`, at any depth) gets its free names from the props of the page that
    imports it: not checked. Where the framework is not known,
    or its pipeline may put any name in scope (`next-mdx-remote`'s `scope`), nothing is
    reported.

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
        # A JSX element in the content's expressions (`icon={<CpuIcon />}`) that no import or export
        # defines is taken from the components provider, as a tag of the page is: its components,
        # where they are known (not on MDX 1 or Mintlify, whose pipelines treat tags their own way).
        components: set[str] | None = set(ctx.settings.course.global_components)
        if site is not None:
            if site.injected_names.value is None:
                return  # the site's pipeline may put any name in scope (an unknown framework, a `scope` option)
            if site.framework.value == "mintlify" and "snippets" in Path(os.path.relpath(doc.path, site.root)).parts[:-1]:
                # A Mintlify snippet's free names are filled in by the props of the page that imports
                # it (`{word}` with `<MySnippet word="bananas" />`): not known here.
                return
            defined |= site.injected_names.value  # Docusaurus's `toc`, `frontMatter`, …
            provided = site.global_components.value
            if provided is None or site.mdx_version.value == 1 or site.framework.value == "mintlify":
                components = None
            else:
                components |= provided
        imported = {name.local for imp in doc.imports for name in imp.names}
        exported = {export.name for export in doc.exports}
        defined |= imported | exported
        if components is not None and (
                any(part.startswith("_") for part in Path(doc.path).parts[-3:]) or ("components" in exported and "components" not in imported)):
            # As MDX103 reads them: a partial gets its components from the page that imports it, and
            # `export const components = {…}` gives the page its own (neither is read here).
            components = None
        for expression in doc.expressions:
            if expression.comment is not None or not expression.rendered:
                continue  # (a cell beyond a table's header count is dropped: never evaluated)
            self._check(expression.body, expression.start + 1, defined, components, ctx)
        for tag in doc.jsx_tags:
            for attr in tag.attributes:
                if attr.value_kind == "expression":
                    # An event handler (`onClick={() => alert('x')}`) runs in the browser on the event,
                    # not while the page renders: the names its functions read are not read then.
                    handler = _EVENT_HANDLER.fullmatch(attr.name or "") is not None
                    self._check(attr.value or "", attr.value_start, defined, components, ctx, outside_functions=handler)
                elif attr.value_kind == "spread":
                    body = attr.value or ""
                    offset = body.find("...") + 3
                    self._check(body[offset:], attr.value_start + offset, defined, components, ctx)

    @staticmethod
    def _check(body: str, start: int, defined: set[str], components: set[str] | None, ctx: RuleContext,
               outside_functions: bool = False) -> None:
        # (called as the course facts call it where it can: the same cache entry, read once)
        names = free_names(body, outside_functions=True) if outside_functions else free_names(body)
        for name, index, element in names:
            if name in defined:
                continue
            offset = start + index
            if not element:
                ctx.report(
                    offset,
                    offset + len(name),
                    f"`{name}` is not defined: it is neither imported, exported from this file, nor a prop; "
                    f"rendering the page throws `ReferenceError: {name} is not defined`",
                )
            elif components is not None and name not in components:
                ctx.report(
                    offset,
                    offset + len(name),
                    f"`<{name}>` is neither imported nor one of the site's components: MDX takes it from the "
                    f"components provider, and rendering fails with \"Expected component `{name}` to be defined\"",
                )
