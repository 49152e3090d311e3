import os

from mdxlint.project import probes
from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.lint.rule import Applicability, Rule, RuleContext


class BrokenLink(Rule):
    """Internal link to a lesson that does not exist.

    ## What it does
    Resolves every link under the course's URL prefix (`/course/…`, with or without
    the site base, or relative to the lesson) to a lesson file. When the lesson's
    slug exists in exactly one module, the fix points the link there; otherwise the
    closest lesson ids are suggested. On pages outside the course, a relative link to a
    Markdown file (`./setup.md#install`, as Docusaurus resolves them) whose file exists
    neither beside the page nor under the site's content folders is a warning (Docusaurus
    builds with a warning; the link is a 404), and an error where the config sets
    `onBrokenMarkdownLinks: 'throw'` (at its top level, or under `markdown.hooks` since
    Docusaurus 3.9), which fails the build. On Next.js, Nextra and Fumadocs sites, whose
    links the browser reads against the page's URL, an index page's link is also read
    from the folder above (`index.mdx` has its folder's URL). On Starlight sites, an absolute
    link into a section of the docs (`/guides/…`, with the site's `base` and a locale) that no
    file under `src/content/docs` makes a page of (its path slugified as Astro does, an
    `index`, a front-matter `slug`, or the default locale's page shown in a locale's place) is
    a warning, and so is a relative link without an extension (`guides/setup`, `../api/`) that goes
    to no such page whether the page's URL is read with its trailing slash or without (unless
    `trailingSlash` says which); paths that `src/pages`, redirects or generated folders may answer
    are not judged. An `<a href>` and Starlight's `LinkCard` and `LinkButton` are links too.
    On Docusaurus sites, an absolute link under the docs' base (`/docs/…`, `/docs/next/…`,
    `/docs/1.0/…`) that no doc's URL answers (its path with number prefixes taken off, its front
    matter's `id` or `slug`, an `index.md`, `README.md` or a file named as its folder at the
    folder's URL; the last version of `versions.json` at the base, the others under their names,
    the docs folder under `next`), or a doc's relative link without an extension (`setup`,
    `../api/`, resolved against the doc's URL as Docusaurus's link checker does), is an error, since Docusaurus fails the build on it
    (`onBrokenLinks: 'throw'`, its default), and a warning where `onBrokenLinks` lets the build
    go on. Sites whose docs plugin moves its pages otherwise (several instances, `lastVersion`,
    `versions`, redirects made by a function) and translated pages are not
    judged, nor tag and category pages and archived versions. With the docs at the site's root
    (`routeBasePath: '/'`, no versions), only links into a section of the docs (a folder of them)
    that no page of `src/pages`, static file, the blog or another plugin's path may answer are
    judged. The docs plugin's `include` and `exclude` are not read: every .md and .mdx file of
    the docs folder (node_modules aside) is taken for a doc, so a link is never judged broken for
    them.

    ## Why is this bad
    The link is a 404 on the site. Links rot when modules are renumbered and lessons
    renamed.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    См. [введение](/example-course/course/09-module-9/01-introduction).
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    См. [введение](/example-course/course/01-module-1/01-introduction).
    ```
    """

    code = "CRS010"
    name = "broken-link"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)
    scope = "course"
    fix_applicability = Applicability.SAFE

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        prefix = course.settings.course.url_prefix.rstrip("/") + "/"
        for ref in course.links():
            facts, link, href, start, end = ref.facts, ref.link, ref.href, ref.start, ref.end
            resolved = course.resolve_href(href, facts.path)
            if resolved.kind == "file":
                if not resolved.path:
                    where = ("under this page's content folder (nor the site's root), where Docusaurus looks up a "
                             "path that starts with /" if href.startswith("/") else
                             "beside this page" if href.startswith(("./", "../")) else
                             "beside this page (nor under its content folder or the site's root)")
                    routes = course.docusaurus_routes
                    fails = routes is not None and routes.on_broken_markdown_links == "throw"
                    outcome = "; Docusaurus fails the build on it (`onBrokenMarkdownLinks: 'throw'`)" if fails else ""
                    ctx.report(start, end, f"link to `{href.partition('#')[0]}` goes to no file: there is none at that "
                               f"path {where}{outcome}", path=facts.path,
                               severity=Severity.ERROR if fails else Severity.WARNING)
                continue
            if resolved.kind == "missing-page":
                hint = f"; did you mean {', '.join(f'`{url}`' for url in resolved.near)}?" if resolved.near else ""
                read = "" if href.startswith("/") else f" (read against this page's URL it is `{resolved.path}`)"
                ctx.report(start, end, f"link to `{href.partition('#')[0]}`{read} goes to no page: no file under src/content/docs "
                           f"has that path (nor a front-matter `slug`, nor the default locale's){hint}", path=facts.path, severity=Severity.WARNING)
                continue
            if resolved.kind == "missing-doc":
                self._missing_doc(course, ctx, facts, href, resolved, start, end)
                continue
            if resolved.kind == "module":
                self._module_link(course, ctx, facts, href, resolved, prefix, start, end)
                continue
            if resolved.kind != "lesson" or resolved.lesson_id is not None:
                continue
            wanted = resolved.path[len(prefix) :].strip("/")
            slug = wanted.split("/")[-1]
            candidates = course.same_slug(slug)
            if len(candidates) == 1 and link.href_start >= 0:
                target = course.url_for(candidates[0], with_base=resolved.has_base)
                if href.startswith("/") is False:
                    target = course.url_for(candidates[0], with_base=bool(course.site_base))
                # The query and fragment stay as written (`?tab=ru#setup`).
                raw = link.raw_href or link.href
                cut = min((i for i in (raw.find("?"), raw.find("#")) if i >= 0), default=len(raw))
                target += raw[cut:]
                ctx.report(
                    start,
                    end,
                    f"link to `{href}` goes to no lesson; `{slug}` is `{candidates[0]}`",
                    Fix.replace(start, end, target, message=f"link to `{target}`"),
                    path=facts.path,
                )
                continue
            closest = course.closest(wanted)
            hint = f"; did you mean {', '.join(f'`{c}`' for c in closest)}?" if closest else ""
            ctx.report(start, end, f"link to `{href}` goes to no lesson{hint}", path=facts.path)

    @staticmethod
    def _missing_doc(course: CourseIndex, ctx: RuleContext, facts, href, resolved, start, end) -> None:
        """A link under the Docusaurus docs' base that no doc's URL answers."""
        routes = course.docusaurus_routes
        hint = f"; did you mean {', '.join(f'`{url}`' for url in resolved.near)}?" if resolved.near else ""
        fails = routes is not None and routes.on_broken_links == "throw"
        outcome = ("Docusaurus fails the build on it (`onBrokenLinks: 'throw'`, its default)" if fails else
                   "the link is a 404 (`onBrokenLinks` does not stop the build)")
        ctx.report(start, end, f"link to `{href.partition('#')[0]}` goes to no doc: no file under `{resolved.path}/` has "
                   f"that URL (its path with number prefixes taken off, or the `id` or `slug` of its front matter); "
                   f"{outcome}{hint}", path=facts.path, severity=Severity.ERROR if fails else Severity.WARNING)

    @staticmethod
    def _module_link(course: CourseIndex, ctx: RuleContext, facts, href, resolved, prefix, start, end) -> None:
        """A module's folder is a URL only when the module has an index page: lessons
        inside a folder do not make a page of the folder."""
        module = resolved.path[len(prefix) :].strip("/")
        folder = os.path.join(course.content_root, module)
        if any(probes.is_file(os.path.join(folder, f"index.{ext}")) for ext in ("mdx", "md")):
            return
        lessons = [lesson for lesson in course.by_id if lesson.startswith(module + "/")]
        hint = f"; link to its first lesson, `{course.url_for(lessons[0], with_base=bool(course.site_base))}`" if lessons else ""
        ctx.report(
            start,
            end,
            f"link to `{href}` goes to the folder of module `{module}`, which has no page of its own "
            f"(no `index.mdx` in it): the site answers 404{hint}",
            path=facts.path,
        )
