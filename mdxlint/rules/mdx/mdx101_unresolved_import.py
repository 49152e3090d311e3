import os

from mdxlint.project.components import EXTENSIONS, absolute_roots, resolve_import
from mdxlint.project import probes
from mdxlint.project.discovery import ASTRO_CONFIGS
from mdxlint.project.course import CourseIndex
from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.lint.rule import Applicability, Rule, RuleContext

_TRIED = ", ".join(ext for ext in EXTENSIONS if ext)


class UnresolvedImport(Rule):
    """An import path that names no file.

    ## What it does
    Resolves relative (`./`, `../`) and root (`/src/…`) import paths of every lesson
    as Vite does: the path itself, then with `.tsx`, `.ts`, `.jsx`, `.js`, `.mjs`,
    `.astro`, `.mdx`, `.json`…, then `index.*` in a folder. Aliases the project
    declares are resolved too: `compilerOptions.paths` of its `tsconfig.json` or
    `jsconfig.json` (`@/*`, `~/*`), and Docusaurus's `@site/`. Package imports and
    other aliases are not checked. When the file exists one folder higher or lower (one
    `../` too many or too few), the fix uses that path. A root path is read against the
    site's root only where the framework is known, or a configuration file marks the root:
    what `/` means is the build's choice (Vite's project root; Mintlify's docs folder), so
    on a site of an unknown framework without one such imports are not checked. On
    Docusaurus a root path is looked up as its webpack does (`resolve.roots`): in the
    static folders first (`staticDirectories`, `static/` by default), then in the site's
    folder, so `import Pic from '/img/pic.png'` names `static/img/pic.png`.

    ## Why is this bad
    The site build stops with "Could not resolve" and no page is built.

    ## Example
    ```mdx
    ---
    title: "Урок"
    ---

    import { Badge } from '../../../../components/Badge';

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

    code = "MDX101"
    name = "unresolved-import"
    severity = Severity.ERROR
    scope = "course"
    fix_applicability = Applicability.SAFE

    def check_course(self, course: CourseIndex, ctx: RuleContext) -> None:
        site = course.settings.site
        # (a configuration file says where the project's root is: its folder)
        root_known = site is None or site.framework.value != "unknown" or course.settings.config_path is not None
        roots: dict[str, str] = {}
        for facts in course.targets():
            for imp in facts.imports:
                source = imp.source.split("?", 1)[0]  # Vite's `?raw`, `?url` name the same file
                if source.startswith("/") and not root_known:
                    continue
                root = course.root_for(source)
                if resolve_import(source, facts.path, root) is not None:
                    continue
                if _beyond_what_we_see(source, facts.path, _package_root(facts.path, course.root, roots)):
                    continue
                fix = None
                alternatives = []
                if imp.source.startswith("../"):
                    alternatives.append(imp.source[3:] if imp.source.startswith("../../") else "./" + imp.source[3:])
                if imp.source.startswith((".", "../")):
                    alternatives.append("../" + imp.source.removeprefix("./"))
                found = [alt for alt in alternatives if resolve_import(alt.split("?", 1)[0], facts.path, root)]
                message = f"cannot resolve `{imp.source}` from this page: no such file, with any of {_TRIED} added, or folder with an `index.*`"
                folders = absolute_roots(root) if source.startswith("/") else ()
                if len(folders) > 1:  # (Docusaurus: the static folders, then the site's)
                    shown = [os.path.relpath(folder, root) for folder in folders]
                    message += " (a path from `/` is looked up in " + ", ".join(f"`{name}/`" if name != "." else "the site's folder" for name in shown) + ")"
                if len(found) == 1:
                    message += f"; `{found[0]}` exists"
                    fix = Fix.replace(imp.source_start, imp.source_end, found[0], message=f"import from `{found[0]}`")
                ctx.report(imp.source_start, imp.source_end, message, fix, path=facts.path)



def _package_root(path: str, root: str, known: dict[str, str]) -> str:
    """The folder of the package a page belongs to: the nearest one above it with a package.json
    or an Astro config (one run may lint several packages side by side), else the site's root."""
    folder = os.path.dirname(os.path.abspath(path))
    root = os.path.abspath(root)
    if folder in known:
        return known[folder]
    walked = []
    found = root
    while True:
        if folder in known:
            found = known[folder]
            break
        walked.append(folder)
        if any(probes.is_file(os.path.join(folder, name)) for name in ("package.json", *ASTRO_CONFIGS)):
            found = folder
            break
        parent = os.path.dirname(folder)
        if parent == folder or folder == root:
            break  # (not above the site's root: a page under it belongs to it, or to a package inside it)
        folder = parent
    for folder in walked:
        known[folder] = found
    return found


def _beyond_what_we_see(source: str, from_file: str, root: str) -> bool:
    """A relative import that leaves the site's folder into a repository we were not given
    (a workspace member linted on its own): whether it resolves cannot be known."""
    if not source.startswith("."):
        return False
    target = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(from_file)), source))
    root = os.path.abspath(root)
    if target == root or target.startswith(root + os.sep):
        return False
    folder = os.path.dirname(root)
    while True:
        if any(probes.exists(os.path.join(folder, marker)) for marker in (".git", "package.json", "pnpm-workspace.yaml")):
            return not (target == folder or target.startswith(folder + os.sep))
        parent = os.path.dirname(folder)
        if parent == folder:
            return True  # no repository above the site: its surroundings are not here
        folder = parent
