import re

from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext

_MODULE_WORD = re.compile(r"(?i)\b(?:module|модул[ьяюеи]|модулем|модулях)\s*№?\s*(\d+)")


class ModuleMismatch(Rule):
    """Link text names "Module N" / "Модуль N" while the link goes to another module.

    ## What it does
    Reads the module number in a link's text and compares it with the module of the
    lesson the link resolves to.

    ## Why is this bad
    After modules are renumbered, the text promises one module and the link opens
    another: the reader cannot tell which one is right.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    Подробнее в [Модуле 4](/example-course/course/01-module-1/01-introduction).
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    Подробнее в [Модуле 1](/example-course/course/01-module-1/01-introduction).
    ```
    """

    code = "CRS013"
    name = "module-mismatch"
    severity = Severity.WARNING
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        for ref in course.links():
            facts, link, href = ref.facts, ref.link, ref.href
            match = _MODULE_WORD.search(link.text)
            if not match:
                continue
            resolved = course.resolve_href(href, facts.path)
            number = None
            if resolved.lesson_id is not None:
                number = course.module_number(resolved.lesson_id)
            elif resolved.kind == "module":
                number = course.module_number(resolved.path.rstrip("/").split("/")[-1])
            if number is None or number == int(match.group(1)):
                continue
            ctx.report(
                link.start,
                link.end,
                f"the text says “{match.group(0)}” but the link goes to module {number}",
                path=facts.path,
            )
