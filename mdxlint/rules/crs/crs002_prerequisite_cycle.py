from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.crs.crs001_prerequisite_unresolved import prerequisite_items


class PrerequisiteCycle(Rule):
    """Prerequisites that form a cycle.

    ## What it does
    Follows the resolved prerequisites of every lesson and reports each cycle once,
    naming all lessons in it, at the entry that closes it in the first lesson.

    ## Why is this bad
    A student can never start a lesson whose prerequisites lead back to itself;
    ordering and progress tracking break.

    ## Example
    ```mdx
    ---
    title: "Сам себе пререквизит"
    prerequisites: ["module-1/03-example"]
    ---

    Текст.
    ```

    ## Use instead
    ```mdx
    ---
    title: "Без цикла"
    prerequisites: []
    ---

    Текст.
    ```
    """

    code = "CRS002"
    name = "prerequisite-cycle"
    severity = Severity.ERROR
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        edges: dict[str, list[tuple[str, int, int]]] = {}
        for lesson_id, facts in course.by_id.items():
            for value, start, end in prerequisite_items(facts):
                target = course.resolve_prerequisite(value)
                if target is not None:
                    edges.setdefault(lesson_id, []).append((target, start, end))
        reported: set[frozenset[str]] = set()
        state: dict[str, int] = {}  # 1 on the stack, 2 done
        stack: list[str] = []
        where: dict[str, int] = {}  # node -> its index on the stack

        def visit(root: str) -> None:
            # Depth-first, with a stack of edge iterators instead of recursion: a chain of
            # thousands of prerequisites must not end in RecursionError.
            state[root] = 1
            where[root] = len(stack)
            stack.append(root)
            iterators = [iter(edges.get(root, []))]
            while iterators:
                node = stack[-1]
                for target, start, end in iterators[-1]:
                    if state.get(target) == 1:
                        cycle = stack[where[target] :]
                        key = frozenset(cycle)
                        if key not in reported:
                            reported.add(key)
                            names = " → ".join(course.prerequisite_for(c) for c in cycle + [target])
                            ctx.report(
                                start,
                                end,
                                f"prerequisite cycle: {names}",
                                path=course.by_id[node].path,
                            )
                    elif target not in state:
                        state[target] = 1
                        where[target] = len(stack)
                        stack.append(target)
                        iterators.append(iter(edges.get(target, [])))
                        break
                else:
                    iterators.pop()
                    stack.pop()
                    state[node] = 2

        for lesson_id in course.by_id:
            if lesson_id not in state:
                visit(lesson_id)
