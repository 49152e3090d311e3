import re

from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.lint.rule import Applicability, Rule, RuleContext


def prerequisite_items(facts):
    """(value, start, end) for every string in a lesson's ``prerequisites``."""
    values = facts.data.get("prerequisites")
    fm = facts.frontmatter
    if not isinstance(values, list) or fm is None or "prerequisites" not in fm.keys:
        return []
    key = fm.keys["prerequisites"]
    out = []
    for index, value in enumerate(values):
        if not isinstance(value, str):
            continue
        start, end = key.items[index] if index < len(key.items) else (key.value_start, key.value_end)
        out.append((value, start, end))
    return out


class PrerequisiteUnresolved(Rule):
    """A prerequisite names no lesson.

    ## What it does
    Resolves every entry of a lesson's `prerequisites` (written `module-N/NN-slug`)
    to a lesson file. When the slug exists in exactly one other module (modules were
    renumbered), the fix rewrites the entry to it; otherwise the closest lesson ids
    are suggested.

    ## Why is this bad
    The site shows prerequisites as links and uses them to order a student's path.
    An entry that names no lesson is a dead link and a missing step.

    ## Example
    ```mdx
    ---
    title: "Второй урок"
    prerequisites: ["module-9/01-introduction"]
    ---

    Текст.
    ```

    ## Use instead
    ```mdx
    ---
    title: "Второй урок"
    prerequisites: ["module-1/01-introduction"]
    ---

    Текст.
    ```
    """

    code = "CRS001"
    name = "prerequisite-unresolved"
    severity = Severity.ERROR
    scope = "course"
    fix_applicability = Applicability.SAFE

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        pattern = re.compile(course.settings.course.prerequisite_pattern)
        for facts in course.targets():
            if course.lesson_id(facts.path) is None:
                continue
            for value, start, end in prerequisite_items(facts):
                if course.resolve_prerequisite(value) is not None:
                    continue
                match = pattern.fullmatch(value.strip())
                candidates = course.same_slug(match.group("lesson")) if match else []
                if len(candidates) == 1:
                    target = course.prerequisite_for(candidates[0])
                    quote = '"'
                    ctx.report(
                        start,
                        end,
                        f"prerequisite `{value}` names no lesson; `{course.slug(candidates[0])}` is in module "
                        f"{course.module_number(candidates[0])}: `{target}`",
                        Fix.replace(start, end, f"{quote}{target}{quote}", message=f"point to `{target}`"),
                        path=facts.path,
                    )
                    continue
                wanted = value if not match else f"{match.group('lesson')}"
                closest = [course.prerequisite_for(c) for c in course.closest(wanted)] or []
                if not closest and match:
                    closest = [course.prerequisite_for(c) for c in course.by_id if course.slug(c).split("-", 1)[-1] in value][:3]
                hint = f"; did you mean {', '.join(f'`{c}`' for c in closest)}?" if closest else ""
                form = "" if match else f" (prerequisites are written like `{course.prerequisite_for(next(iter(course.by_id)))}`)" if course.by_id else ""
                ctx.report(start, end, f"prerequisite `{value}` names no lesson{form}{hint}", path=facts.path)
