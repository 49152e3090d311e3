import re

from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext


class LessonOrder(Rule):
    """Lesson `order` duplicated in a module, disagreeing with the file's `NN-` prefix, or leaving a gap.

    ## What it does
    Within each module, checks that every lesson's `order` equals the number its
    file name starts with, that no two lessons share an `order`, and that the
    orders run 1, 2, 3… without a gap.

    ## Why is this bad
    The site sorts lessons by `order`; the file names sort them in the editor and in
    links. When the two disagree, navigation ("next lesson") skips or repeats
    lessons.

    ## Example
    ```mdx
    ---
    title: "Урок"
    order: 7
    ---

    Текст.
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    order: 3
    ---

    Текст.
    ```
    """

    code = "CRS004"
    name = "lesson-order"
    severity = Severity.WARNING
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        modules: dict[str, list[tuple[str, object]]] = {}
        for lesson_id, facts in course.by_id.items():
            modules.setdefault(lesson_id.split("/")[0], []).append((lesson_id, facts))
        for module, lessons in modules.items():
            seen: dict[int, str] = {}
            orders: list[tuple[int, str, object]] = []
            for lesson_id, facts in lessons:
                order = facts.data.get("order")
                fm = facts.frontmatter
                if not isinstance(order, int) or isinstance(order, bool) or fm is None or "order" not in fm.keys:
                    continue
                key = fm.keys["order"]
                prefix = re.match(r"(\d+)", course.slug(lesson_id))
                if prefix and int(prefix.group(1)) != order:
                    ctx.report(
                        key.value_start,
                        key.value_end,
                        f"`order: {order}` disagrees with the file name `{course.slug(lesson_id)}` (prefix {int(prefix.group(1))})",
                        path=facts.path,
                    )
                if order in seen:
                    ctx.report(
                        key.value_start,
                        key.value_end,
                        f"`order: {order}` is also the order of `{seen[order]}` in {module}",
                        path=facts.path,
                    )
                else:
                    seen[order] = lesson_id
                orders.append((order, lesson_id, facts))
            orders.sort(key=lambda item: item[0])
            expected = orders[0][0] if orders and orders[0][0] in (0, 1) else 1
            for order, lesson_id, facts in orders:
                if order > expected:
                    key = facts.frontmatter.keys["order"]
                    missing = ", ".join(str(n) for n in range(expected, order))
                    ctx.report(
                        key.value_start,
                        key.value_end,
                        f"gap in {module}: no lesson has order {missing} before this one (`order: {order}`)",
                        path=facts.path,
                    )
                expected = max(expected, order + 1)
