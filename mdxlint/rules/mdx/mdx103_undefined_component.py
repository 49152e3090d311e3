import re
from pathlib import Path

from mdxlint.mdx.esm import JS_NAME
from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext


# A JavaScript identifier: MDX takes a tag name for a component only if it is one (`<my-tag>` is HTML-style).
_IDENTIFIER = re.compile(JS_NAME)


class UndefinedComponent(Rule):
    """A JSX component used but neither imported, exported, nor a configured global.

    ## What it does
    Reports JSX elements whose name MDX takes for a component — on MDX 2 and 3 any
    JavaScript identifier that does not start with a–z (`Card`, `ébauche`, `_x`, `샌드박스`, a
    tag name a translation tool translated; not `my-tag` or `svg:rect`), on MDX 1 and
    Mintlify a capital — or a member such as `Tabs.Item` or `motion.div` (not `props.Icon`:
    the page's props are in scope), when the lesson does not import or export that name and it
    is not listed in `[tool.mdxlint.course] global-components` (components a
    layout passes to every page). A partial (a file or folder whose name starts with
    `_`) is not read: the page that imports it may pass its components
    (`<Partial components={{ Highlight }} />`), nor a page that exports its own
    `components` (Astro renders the page with them). The site's own global components
    are known from its framework: Docusaurus's and Next.js's component maps,
    Mintlify's components, Rspress's `markdown.globalComponents`, and on Astro the
    components its pages pass to the MDX they render (`<Content components={{ Card }} />`;
    where that object is not a list of names, nothing is reported).

    ## Why is this bad
    MDX compiles the page, and rendering it fails with "Expected component `X` to
    be defined: you likely forgot to import, pass, or provide it." MDX 1 (Docusaurus 2)
    renders a plain `<div>` in its place and warns in the console instead: a warning there.
    Mintlify takes an unknown component out of the page.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    <Badge label="новое" />
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

    code = "MDX103"
    name = "undefined-component"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)
    scope = "course"

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        globals_ = set(course.settings.course.global_components)
        site = course.settings.site
        if site is not None:
            provided = site.global_components.value
            if provided is None:
                return  # the site passes components we cannot see (no component map found)
            globals_ |= provided
        mdx1 = site is not None and site.mdx_version.value == 1
        mintlify = site is not None and site.framework.value == "mintlify"
        for facts in course.targets():
            if any(part.startswith("_") for part in Path(facts.path).parts[-3:]):
                continue  # a partial: the page that imports it may pass its components (`components={{…}}`)
            defined = {name.local for imp in facts.imports for name in imp.names}
            defined.update(export.name for export in facts.exports)
            if "components" in defined and not any(imp for imp in facts.imports for name in imp.names if name.local == "components"):
                continue  # `export const components = {…}`: Astro renders the page with these (not read here)
            reported: set[str] = set()
            for element in facts.jsx:
                root = element.name.split(".")[0]
                # MDX 2 and 3 take a name that does not start with a-z for a component (`<Card>`, `<ébauche>`,
                # `<샌드박스>`: a tag name a translation tool translated); MDX 1 and Mintlify, a capital only.
                member = "." in element.name and not (mdx1 or mintlify)  # `<motion.div>`: an object's member, whatever its case
                if not root or (not root[0].isupper() if mdx1 or mintlify
                                else not _IDENTIFIER.fullmatch(root) or ("a" <= root[0] <= "z" and not member)) \
                        or root in defined or root in globals_ or (member and root == "props"):
                    continue  # (`<props.Icon>`: the props are in scope; `<my-tag>`, `<svg:rect>`: HTML-style tags)
                if root in reported:
                    continue
                reported.add(root)
                tag = element.opening
                if mdx1:
                    # MDX 1 renders a placeholder: `makeShortcode` gives a `<div>` and a console warning.
                    ctx.report(tag.name_start, tag.name_start + len(element.name),
                               f"`<{element.name}>` is not imported: MDX 1 renders a plain `<div>` in its place and "
                               "warns in the console; import it or add it to `global-components`",
                               path=facts.path, severity=Severity.WARNING)
                    continue
                if mintlify:
                    # Mintlify's pipeline takes an unknown component out of the page (remarkMdxRemoveUnknownJsx)
                    ctx.report(tag.name_start, tag.name_start + len(element.name),
                               f"`<{element.name}>` is neither imported nor one of Mintlify's components: Mintlify "
                               "does not render it (a block element is left out of the page with the comment "
                               f"\"Component {element.name} does not exist\"); import it from a snippet",
                               path=facts.path)
                    continue
                if member:  # (MDX names the object it reads a member of)
                    ctx.report(tag.name_start, tag.name_start + len(element.name),
                               f"`<{element.name}>` reads `{root}`, which is not imported: rendering fails with "
                               f"\"Expected object `{root}` to be defined\"; import it", path=facts.path)
                    continue
                ctx.report(
                    tag.name_start,
                    tag.name_start + len(element.name),
                    f"`<{element.name}>` is not imported: rendering fails with \"Expected component `{element.name}` "
                    "to be defined\"; import it or add it to `global-components`",
                    path=facts.path,
                )
