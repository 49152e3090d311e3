from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.lint.rule import Applicability, Rule, RuleContext


class LinkWithoutBase(Rule):
    """Root-relative internal link that misses the site's `base` path.

    ## What it does
    When the site is served under a base path (`base: '/debezium-course'` in
    `astro.config.mjs`, or `site-base` in the configuration), reports links that
    start with `/` but not with the base. The fix prefixes the base.

    ## Why is this bad
    Astro does not rewrite links inside Markdown: `/course/…` points to the root of
    the host, outside the site, and is a 404 once deployed, while it works on the
    local dev server if that serves at the root.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    См. [введение](/course/01-module-1/01-introduction).
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    См. [введение](/example-course/course/01-module-1/01-introduction).
    ```
    """

    code = "CRS011"
    name = "link-without-base"
    severity = Severity.ERROR
    scope = "course"
    fix_applicability = Applicability.SAFE

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        base = course.site_base
        if not base:
            return
        for ref in course.links(images=True):
            facts, link, href, start, end = ref.facts, ref.link, ref.href, ref.start, ref.end
            if not href.startswith("/") or href.startswith("//"):
                continue
            if href == base or href.startswith(base + "/"):
                continue
            fix = Fix.replace(start, start, base, message=f"prefix `{base}`") if link.href_start >= 0 else None
            ctx.report(
                start,
                end,
                f"`{href}` misses the site base `{base}`: Astro does not rewrite Markdown links, so on the deployed "
                f"site it points outside the course (`{base}{href}`)",
                fix,
                path=facts.path,
            )
