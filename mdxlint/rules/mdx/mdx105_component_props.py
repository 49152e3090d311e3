from mdxlint.project.components import component_props, resolve_import
from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext

# Attributes every Astro page may put on a framework component.
ALWAYS_ALLOWED = {"key", "ref", "slot"}
DIRECTIVE_PREFIXES = ("client:", "server:", "set:", "is:", "transition:")


class ComponentProps(Rule):
    """A component prop the component does not declare, a required prop missing, or a
    literal value outside the prop's union type.

    ## What it does
    For components imported from a file of the site, reads the props interface
    (`interface CalloutProps { type?: 'note' | 'tip'; … }`, found through the
    component's parameter type or by the name `XProps`, or written in place:
    `React.FC<{ … }>`, `({ a }: { a: string })`; an Astro component's
    `interface Props` in its frontmatter, open to any prop when it hands the rest of
    `Astro.props` on) and checks each use: every
    attribute must be a declared prop (Astro directives such as `client:load` are
    fine), every required prop must be given (`children` by content between the
    tags; a prop the component's parameter gives a default, `{ url = "…" }`, is never
    missing, nor is a `boolean`, which left out reads as false, nor a prop an Astro component
    never reads: it takes `Astro.props` apart and leaves it out), and a quoted value for
    a prop typed as a union of string literals must be one of them.

    ## Why is this bad
    React ignores unknown props: `<Callout title="Важно">` shows no title and nobody
    notices. A value outside the union (`type="info"`) falls through to the default
    styling. A missing required prop renders `undefined`.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    import Callout from '../../../components/Callout';

    <Callout type="info" title="Важно">
    Текст.
    </Callout>
    ```

    ## Use instead
    ```mdx
    ---
    title: "Урок"
    ---

    import Callout from '../../../components/Callout';

    <Callout type="tip">
    **Важно.** Текст.
    </Callout>
    ```
    """

    code = "MDX105"
    name = "component-props"
    severity = Severity.ERROR
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        for facts in course.targets():
            sources: dict[str, tuple[str, str]] = {}
            for imp in facts.imports:
                target = resolve_import(imp.source, facts.path, course.root_for(imp.source))
                if not target:
                    continue
                for name in imp.names:
                    sources[name.local] = (target, name.imported)
            for element in facts.jsx:
                if element.name not in sources:
                    continue
                target, imported = sources[element.name]
                props = component_props(target, element.name, imported, course.root)
                if props is None:
                    continue
                tag = element.opening
                given = set()
                for attr in tag.attributes:
                    if attr.name is None:  # a spread may carry anything
                        given.add("...")
                        continue
                    given.add(attr.name)
                    if attr.name in ALWAYS_ALLOWED or attr.name.startswith(DIRECTIVE_PREFIXES):
                        continue
                    prop = props.props.get(attr.name)
                    if prop is None:
                        if props.open_ended:
                            continue
                        declared = ", ".join(sorted(props.props)) or "none"
                        ctx.report(
                            attr.start,
                            attr.end,
                            f"`{element.name}` has no prop `{attr.name}` ({props.interface} declares: {declared}); "
                            + ("the component never reads it and nothing of it is shown" if target.endswith(".astro")
                               else "React drops it and nothing of it is shown"),
                            path=facts.path,
                        )
                    elif prop.values is not None and attr.value_kind == "string" and attr.value not in prop.values:
                        allowed = " | ".join(f"'{v}'" for v in prop.values)
                        ctx.report(
                            attr.value_start - 1,
                            attr.value_end + 1,
                            f"`{attr.name}=\"{attr.value}\"` is not one of {allowed} ({props.interface})",
                            path=facts.path,
                        )
                if "..." in given:
                    continue
                has_children = element.closing is not None
                for prop in props.props.values():
                    if prop.optional or prop.name in given:
                        continue
                    if prop.name == "children" and has_children:
                        continue
                    ctx.report(
                        tag.start,
                        tag.end,
                        f"`<{element.name}>` lacks the required prop `{prop.name}` ({props.interface})",
                        path=facts.path,
                    )
