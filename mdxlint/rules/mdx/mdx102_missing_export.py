from mdxlint.project.components import ANY_EXPORT, module_exports, resolve_import
from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext


class MissingExport(Rule):
    """A named (or default) import that the target module does not export.

    ## What it does
    For imports that resolve to a file, reads the module's exports (declarations,
    `export { … }`, `export default`, and re-exports with `export … from`, followed)
    and reports imported names it does not have. A CommonJS module (`module.exports = …`)
    is not judged: bundlers with CommonJS interop (webpack) make it the default export.

    ## Why is this bad
    The build fails with `"X" is not exported by "…"`, or the component is
    `undefined` at render time.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    import { Tag } from '../../../components/Badge';

    <Tag label="новое" />
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    import { Badge } from '../../../components/Badge';

    <Badge label="новое" />
    ```
    """

    code = "MDX102"
    name = "missing-export"
    severity = Severity.ERROR
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        for facts in course.targets():
            for imp in facts.imports:
                target = resolve_import(imp.source, facts.path, course.root_for(imp.source))
                if not target or not target.endswith((".ts", ".tsx", ".js", ".jsx", ".mjs", ".mts")):
                    continue
                exports = module_exports(target, course.root)
                if ANY_EXPORT in exports:
                    continue  # it re-exports a package: its names are not known here
                if not exports and imp.names:
                    names = ", ".join(f"`{n.imported}`" for n in imp.names)
                    ctx.report(
                        imp.names[0].start,
                        imp.names[-1].end,
                        f"`{imp.source}` ({target.rsplit('/', 1)[-1]}) exports nothing, so {names} cannot be imported from it",
                        path=facts.path,
                    )
                    continue
                for name in imp.names:
                    if name.imported == "*" or name.imported in exports:
                        continue
                    what = "default export" if name.imported == "default" else f"export named `{name.imported}`"
                    known = ", ".join(sorted(e for e in exports if e != "default")[:8])
                    ctx.report(
                        name.start,
                        name.end,
                        f"`{imp.source}` has no {what}" + (f" (it exports {known})" if known else ""),
                        path=facts.path,
                    )
