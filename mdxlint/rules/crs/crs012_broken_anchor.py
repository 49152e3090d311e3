from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext


class BrokenAnchor(Rule):
    """`#anchor` that matches no heading in the target lesson.

    ## What it does
    For links with a fragment (`#…`) to a lesson of the course, or to the same
    lesson, checks that the target has a heading whose id (as the site makes it:
    github-slugger, Cyrillic kept, `-1`, `-2` for repeats) is that fragment.

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

    # Comparisons `did you mean` may spend per target lesson, in proportion to its
    # headings (a full search for the first twenty broken anchors, and more in a small
    # lesson): a page with thousands of broken anchors gets hints for the first ones,
    # and its time stays linear.
    HINT_BUDGET = 2_000
    HINT_SEARCHES = 20

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        import difflib

        headings: dict[int, tuple[set[str], list[str]]] = {}  # per target: heading ids, sorted
        budgets: dict[int, int] = {}
        hints: dict[tuple[int, str], str] = {}
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
            else:
                continue
            key = id(target)
            known = headings.get(key)
            if known is None:
                ids = {heading.slug for heading in target.headings}
                known = headings[key] = (ids, sorted(ids))
            ids, ordered = known
            anchor = resolved.anchor
            if anchor in ids or anchor.lower() in ids:
                continue
            hint = hints.get((key, anchor))
            if hint is None:
                hint = ""
                budget = budgets.get(key, self.HINT_BUDGET + self.HINT_SEARCHES * len(ordered))
                if len(ordered) <= budget:
                    budgets[key] = budget - len(ordered)
                    close = difflib.get_close_matches(anchor, ordered, n=1, cutoff=0.6)
                    hint = f"; did you mean `#{close[0]}`?" if close else ""
                    hints[(key, anchor)] = hint
            where = "this lesson" if target is facts else f"`{course.lesson_id(target.path)}`"
            ctx.report(start, end, f"`#{anchor}` matches no heading in {where}{hint}", path=facts.path)
