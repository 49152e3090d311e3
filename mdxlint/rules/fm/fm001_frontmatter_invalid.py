import os

from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Option, Rule, RuleContext
from mdxlint.project.schema import patterns_hold


class FrontmatterInvalid(Rule):
    """Frontmatter is missing, not closed, not valid YAML, or not a mapping.

    ## What it does
    Checks that a lesson starts with a YAML frontmatter block between two `---`
    lines, that the YAML parses, and that it is a mapping of keys to values. A YAML
    error is reported at the line and column YAML names, counted in the `.mdx` file.
    YAML is read as js-yaml reads it (the frontmatter parser of Astro, and through
    gray-matter of Docusaurus and Nextra): a key twice in one mapping is an error there.
    On Astro sites a `+++` block is TOML frontmatter (Astro 5.2+), checked the same way;
    empty or scalar frontmatter is none to Astro (`{}`), left to FM002's required keys.

    ## Why is this bad
    Astro reads the lesson's title, order and the rest from the frontmatter. YAML it
    cannot parse fails the site build; frontmatter that is missing or is a list
    instead of a mapping fails the content collection's schema.

    ## Example
    ```mdx
    ---
    title: "Kafka: основы
    order: 1
    ---

    # Kafka
    ```

    ## Use instead
    ```mdx
    ---
    title: "Kafka: основы"
    order: 1
    ---

    # Kafka
    ```
    """

    code = "FM001"
    name = "frontmatter-invalid"
    severity = Severity.ERROR
    options = {
        "required": Option(True, "Report files that have no frontmatter at all (default: where the site's framework requires it)."),
    }

    @staticmethod
    def _required(doc: Document, ctx: RuleContext) -> bool:
        """Configured, or what the site's framework demands: Starlight's docs and the Astro
        content collections whose schema requires a field need frontmatter in their folders; Docusaurus,
        Next.js and Nextra do not, and a file outside the content folders, or a partial
        (``_``-prefixed, :meth:`Site.is_partial`), is no page."""
        if "required" in ctx.settings.rule_options.get("FM001", {}) or ctx.settings.site is None:
            return bool(ctx.options["required"])
        site = ctx.settings.site
        required = site.frontmatter_required.value
        if required is True:
            folders = site.content_dirs.value
        elif isinstance(required, tuple):
            folders = required  # an Astro site: the collections whose schema requires a field
        else:
            return False
        path = os.path.abspath(doc.path)
        if site.is_partial(path):
            return False  # `_fragments/cta.mdx`: imported by pages, no page of its own
        for entry in folders:
            folder, patterns = (entry, None) if isinstance(entry, str) else entry
            folder = os.path.normpath(os.path.join(site.root, folder))
            if path.startswith(folder + os.sep) and patterns_hold(patterns, os.path.relpath(path, folder).replace(os.sep, "/")):
                return True
        return False

    def check(self, doc: Document, ctx: RuleContext) -> None:
        fm = doc.frontmatter
        if fm is None:
            if self._required(doc, ctx):
                end = doc.source.line_end(0)
                ctx.report(0, end, "the file has no frontmatter: it must start with a `---` line, YAML, and a closing `---` line")
            return
        if fm.error is not None:
            offset = fm.error.offset
            end = min(offset + 1, doc.source.line_end(doc.source.position(offset).line)) if fm.closed else doc.source.line_end(0)
            ctx.report(offset, max(end, offset), fm.error.message)
            return
        site = ctx.settings.site
        if site is not None and site.framework.value in ("astro", "starlight") and not isinstance(fm.data, (dict, list)):
            return  # Astro reads empty or scalar frontmatter as none (`{}`): FM002 judges what its schema requires
        if fm.data is None:
            if self._required(doc, ctx):
                ctx.report(0, doc.source.line_end(0), "the frontmatter is empty: it must hold a YAML mapping (key: value lines)")
        elif not isinstance(fm.data, dict):
            kind = type(fm.data).__name__
            kind = {"list": "a list", "str": "a single string", "int": "a number", "float": "a number"}.get(kind, kind)
            ctx.report(fm.body_start, fm.body_end, f"the frontmatter is {kind}, not a mapping of keys to values")
