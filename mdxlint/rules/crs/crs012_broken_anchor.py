import os

from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext


# Mintlify's field components, each rendered with an anchor `param-<its name>` (review h49).
_MINTLIFY_FIELDS = frozenset({"ParamField", "ResponseField"})


class BrokenAnchor(Rule):
    """`#anchor` that matches no heading in the target lesson.

    ## What it does
    For links with a fragment (`#…`) to a lesson of the course, to the same lesson,
    or (outside the course) to a Markdown file this run reads (`./setup.md#install`, and on a
    Starlight site `/guides/setup/#install`, the page src/content/docs/guides/setup.mdx), checks that the target has a heading whose id (as the site makes it:
    github-slugger, Cyrillic kept, `-1`, `-2` for repeats) is that fragment. On a Mintlify
    site, whose slugs keep some punctuation (`a-—-b`, `faq-/-troubleshooting`), a fragment with
    the letters and digits of a heading's text is taken, no id is suggested, and a `#param-…`
    fragment of a page with `<ParamField>` or `<ResponseField>` (each anchored `param-<name>`)
    is not judged. Docusaurus
    and Nextra keep the space before an element that ends a heading (`--quality <Since/>` is
    `#--quality-`); Astro puts the value of `{frontmatter.x}` in the id. `#top` is always
    fine: browsers scroll to the top of the page for it when no element has that id (HTML's
    "scroll to the fragment").

    ## Why is this bad
    The page opens at the top instead of the section the reader was promised.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    ### Настройка

    См. [раздел](#установка).
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    ### Настройка

    См. [раздел](#настройка).
    ```
    """

    code = "CRS012"
    name = "broken-anchor"
    severity = Severity.WARNING
    scope = "course"

    # "Did you mean" compares a broken anchor with every id of its page: the first 50
    # broken anchors of a page get a hint, so the work stays linear in the page's size.
    HINTED_PER_PAGE = 50

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        import difflib

        headings: dict[int, tuple[set[str], list[str]]] = {}  # per target: heading ids, sorted
        budgets: dict[int, int] = {}
        hints: dict[tuple[int, str], str] = {}
        site = course.settings.site
        mintlify = site is not None and site.framework.value == "mintlify"
        for ref in course.links():
            facts, href, start, end = ref.facts, ref.href, ref.start, ref.end
            if "#" not in href:
                continue
            resolved = course.resolve_href(href, facts.path)
            if not resolved.anchor:
                continue
            if resolved.kind == "anchor-only":
                target = facts
            elif resolved.kind == "lesson" and resolved.lesson_id is not None:
                target = course.by_id[resolved.lesson_id]
            elif resolved.kind == "file" and course.get(resolved.path) is not None:
                target = course.get(resolved.path)  # a Markdown file this run reads
            else:
                continue
            key = id(target)
            known = headings.get(key)
            if known is None:
                ids = target.anchor_ids(course.settings.site)
                known = headings[key] = (ids, sorted(ids))
            ids, ordered = known
            anchor = resolved.anchor
            if anchor in ids or anchor.lower() in ids:
                continue
            if anchor.lower() == "top":
                continue  # HTML: a fragment no element has that is "top" (any case) scrolls to the page's top
            if mintlify and _letters_and_digits(anchor) in {_letters_and_digits(heading.text) for heading in target.headings}:
                continue  # Mintlify's ids are not modelled exactly: one of a heading's letters and digits is taken
            if mintlify and anchor.lower().startswith("param-") and any(
                    element.name in _MINTLIFY_FIELDS for element in target.jsx):
                continue  # Mintlify anchors each `<ParamField>`/`<ResponseField>` as `param-…` (its exact slug not modelled)
            hint = "" if mintlify else hints.get((key, anchor))
            if hint is None:
                hint = ""
                budget = budgets.get(key, self.HINTED_PER_PAGE * max(len(ordered), 1))
                if len(ordered) <= budget:
                    budgets[key] = budget - len(ordered)
                    close = difflib.get_close_matches(anchor, ordered, n=1, cutoff=0.6)
                    hint = f"; did you mean `#{close[0]}`?" if close else ""
                    hints[(key, anchor)] = hint
            here = "this lesson" if course.lesson_id(facts.path) is not None else "this page"
            where = here if target is facts else f"`{course.lesson_id(target.path) or os.path.basename(target.path)}`"
            ctx.report(start, end, f"`#{anchor}` matches no heading in {where}{hint}", path=facts.path)


def _letters_and_digits(text: str) -> str:
    """``text`` lower-cased with everything but letters and digits taken out (`A — B/C` is `abc`)."""
    return "".join(char for char in text.lower() if char.isalnum())
