import os
from urllib.parse import unquote

from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.project import probes


class ImageMissing(Rule):
    """A Markdown image at a relative path (`![Схема](./schema.png)`) whose file is not there.

    ## What it does
    Reports a Markdown image whose path starts with `./` or `../` when no file is at that
    path beside the page (the path read as the build reads it: percent-escapes decoded, a
    `?query` and a `#fragment` taken off), on the sites whose build reads such a path as a
    file beside the page: Astro and Starlight (the image is imported), Docusaurus (its
    image plugin), Nextra 2 and later (`staticImage`, on by default). `mdxlint detect`
    shows what it found (`missing_images`). Elsewhere (Next.js, an unknown pipeline) the
    path may be read against the page's URL, and nothing is reported. Absolute paths
    (`/img/x.png`, served from a static folder), URLs and images in JSX (`<img src>`) are not
    judged, nor pages the site renders as CommonMark (Astro's `.md`), nor files whose path has
    a part starting with `_` (partials, and what Docusaurus's docs plugin and Astro's content
    collections leave out: built only where another page imports them). The path is read
    beside the page's real file (a symbolic link's target), as the bundlers read it.

    ## Why is this bad
    These builds stop: Astro with `ImageNotFound` ("Could not find requested image"),
    Docusaurus with "Image … used in … not found", Nextra with webpack's "Module not found".
    One missing screenshot keeps the whole site from deploying. Where Docusaurus's
    `markdown.hooks.onBrokenMarkdownImages` is `'warn'`, the build goes on and the page shows
    a broken image: a warning.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    ![Схема конвейера](./no-such-diagram.png)
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    Схема конвейера: источник, Kafka, приёмник.
    ```
    """

    code = "CRS014"
    name = "image-missing"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)
    example_site = ("astro", 3)
    example_site_facts = {"missing_images": "error"}

    def check(self, doc: Document, ctx: RuleContext) -> None:
        site = ctx.settings.site
        outcome = site.missing_images.value if site is not None else None
        if outcome is None or not doc.path or doc.path == "-":
            return
        extension = os.path.splitext(doc.path)[1].lstrip(".").lower()
        if extension not in ctx.settings.extensions:
            return  # (a page the site renders as CommonMark, which reads images in HTML otherwise: not judged)
        relative = os.path.relpath(os.path.abspath(doc.path), site.root)  # type: ignore[union-attr]
        if any(part.startswith("_") for part in relative.split(os.sep)):
            return  # (a partial, or a file the docs plugin or a content collection leaves out: built only where imported)
        # (the bundlers hand the loaders a page's real path: a symbolic link's target decides)
        folder = os.path.dirname(os.path.realpath(doc.path))
        for link in doc.links:
            if not link.image or not link.href.startswith(("./", "../")):
                continue
            written = link.href.split("#", 1)[0].split("?", 1)[0]
            target = os.path.normpath(os.path.join(folder, unquote(written)))
            if probes.is_file(target):
                continue
            start, end = (link.href_start, link.href_end) if link.href_start >= 0 else (link.start, link.end)
            shown = os.path.relpath(target, site.root).replace(os.sep, "/")  # type: ignore[union-attr]
            ctx.report(start, end, f"image `{written}` goes to no file: nothing at `{shown}`; {site.missing_images.source}",  # type: ignore[union-attr]
                       severity=Severity.ERROR if outcome == "error" else Severity.WARNING)
