from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext


class UnusedImport(Rule):
    """An imported name the lesson never uses.

    ## What it does
    Reports imported names that no JSX element, expression or export of the lesson
    refers to.

    ## Why is this bad
    A leftover import still loads the component's module (and its client bundle when
    hydrated elsewhere), and hints at a diagram or widget that was meant to be shown
    and is missing.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    import { Badge } from '../../../components/Badge';

    Текст без значков.
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    Текст без значков.
    ```
    """

    code = "MDX104"
    name = "unused-import"
    severity = Severity.WARNING
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        for facts in course.targets():
            used = set(facts.used_names) | {export.name for export in facts.exports}
            for imp in facts.imports:
                for name in imp.names:
                    if name.local not in used:
                        ctx.report(name.start, name.end, f"`{name.local}` is imported but never used", path=facts.path)
