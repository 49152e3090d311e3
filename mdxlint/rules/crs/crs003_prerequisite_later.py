from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.crs.crs001_prerequisite_unresolved import prerequisite_items


class PrerequisiteLater(Rule):
    """A prerequisite comes later in the course than the lesson that needs it.

    ## What it does
    Compares course order (module number, then the lesson's `NN-` prefix) of each
    lesson and each of its resolved prerequisites.

    ## Why is this bad
    A student following the course in order meets the lesson before what it
    builds on. Usually the prerequisite points to a renumbered module.

    ## Example
    ```mdx
    ---
    title: "Ссылается вперёд"
    prerequisites: ["module-1/04-later"]
    ---

    Текст.
    ```

    ## Use instead
    ```mdx
    ---
    title: "Ссылается назад"
    prerequisites: ["module-1/02-basics"]
    ---

    Текст.
    ```
    """

    code = "CRS003"
    name = "prerequisite-later"
    severity = Severity.WARNING
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        for lesson_id, facts in course.by_id.items():
            for value, start, end in prerequisite_items(facts):
                target = course.resolve_prerequisite(value)
                if target is None or target == lesson_id:
                    continue
                if course.order_key(target) > course.order_key(lesson_id):
                    ctx.report(
                        start,
                        end,
                        f"prerequisite `{value}` ({target}) comes after this lesson ({lesson_id}) in course order",
                        path=facts.path,
                    )
