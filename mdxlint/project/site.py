"""The site model: which framework builds the linted files, and what it gives them.

Detected once per run from the repository's own files (``package.json``, the framework's
config, its MDX component map), never from a guess about the content. Every fact keeps
the file it came from, so ``mdxlint detect`` can show why a finding is (or is not)
reported. Where a fact cannot be known (a highlighter whose language list is not in the
repository, a config computed at run time), it stays ``None`` and the rules that need it
stay silent.

Configs are JavaScript; they are read with patterns for the literal forms the frameworks
document (``pageExtensions: [...]``, ``additionalLanguages: [...]``), not evaluated.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from mdxlint.project import probes
from mdxlint.project.locales import ASTRO, DOCUSAURUS, NEXT, braced, read_config

MDX_COMPONENT_FILES = ("mdx-components.tsx", "mdx-components.ts", "mdx-components.jsx", "mdx-components.js")
_SKIP_DIRS = {"node_modules", ".git", "dist", "build", ".astro", ".next", ".docusaurus", ".venv", "__pycache__"}

# @theme/MDXComponents of Docusaurus 3 (theme-classic/src/theme/MDXComponents/index.tsx):
# the names MDX content can use without importing them.
DOCUSAURUS_COMPONENTS = frozenset({"Head", "details", "Details", "code", "a", "pre", "ul", "li", "img",
                                   "h1", "h2", "h3", "h4", "h5", "h6", "admonition", "mermaid"})
# Docusaurus's MDX loader exports these from every doc and blog post, so content may read them.
DOCUSAURUS_NAMES = frozenset({"frontMatter", "toc", "contentTitle", "metadata", "assets"})
# webpack bundles the pages: `require('!!raw-loader!./file')` works in their expressions.
WEBPACK_NAMES = frozenset({"require"})
# Astro's MDX integration: `Fragment` is in scope of every MDX file; `frontmatter` holds its data.
# Vocs (vite + @mdx-js/rollup): its config, and the name remark-mdx-frontmatter exports.
VOCS = ("vocs.config.ts", "vocs.config.tsx", "vocs.config.js", "vocs.config.jsx", "vocs.config.mjs", "vocs.config.mts")
VOCS_NAMES = frozenset({"frontmatter"})
ASTRO_COMPONENTS = frozenset({"Fragment"})
# Rspress's config (@rspress/shared DEFAULT_CONFIG_NAME, with the extensions its loader tries).
RSPRESS = tuple(f"rspress.config.{ext}" for ext in ("ts", "js", "mjs", "mts", "cjs", "cts"))
# Mintlify: a site is the folder of its docs.json (mint.json before it); @mintlify/common's
# mdx/utils.js `allowedComponents`: the components (and HTML tags) pages use without importing
# them. Unknown block-level components are removed from the page (remarkMdxRemoveUnknownJsx).
MINTLIFY = ("docs.json", "mint.json")
MINTLIFY_NAMES = frozenset({"pageMetadata", "codeStyling", "config"})
MINTLIFY_COMPONENTS = frozenset("""
    ApiPlayground Accordion AccordionGroup Badge Callout CodeGroup CodeBlock Color Color.Row Color.Item CustomCode
    CustomComponent DynamicCustomComponent Danger Tile Tree Tree.Folder Tree.File FileTree SnippetGroup Panel
    RequestExample ResponseExample Param ParamField Prompt Card CardGroup Columns Column Expandable Frame GitHub
    GitHub.Repo Github Github.Repo Heading Info Icon MDX Link MDXContentController ResponseField Warning Note Tip Check
    Tabs Tab Tooltip Latex Step Steps Update ZoomImage OptimizedVideo Mermaid Variation Visibility View Snippet
    a b br button clipPath col colgroup defs div form g h1 h2 h3 h4 head hr iframe img input label li link ol p path
    picture rect script section source span sub sup svg table tbody td th thead tr ul video code kbd pre
""".split())
ASTRO_NAMES = frozenset({"frontmatter", "file", "url", "getHeadings"})


def heading_id_syntaxes(value: object) -> tuple[str, ...]:
    """The custom heading id syntaxes a site's `heading_ids` value names (one, several or none)."""
    if isinstance(value, str):
        return (value,)
    return tuple(value) if isinstance(value, (tuple, list, frozenset, set)) else ()


@dataclass(eq=False)
class Fact:
    """A detected value and the file (and what in it) it came from."""

    value: object
    source: str

    def to_json(self) -> dict:
        value = sorted(self.value) if isinstance(self.value, (set, frozenset)) else self.value
        value = list(value) if isinstance(value, tuple) else value
        return {"value": value, "source": self.source}


@dataclass(eq=False)
class Site:
    root: str  # the folder of the framework's config (or package.json)
    framework: Fact  # "astro", "starlight", "docusaurus", "next", "nextra", "fumadocs", "vocs", "rspress", "mintlify", "mdx", "unknown"
    mdx_version: Fact  # 1, 2, 3 or None
    mdx_extensions: Fact  # file endings compiled as MDX: ("mdx",) or ("mdx", "md")
    global_components: Fact  # frozenset of names usable without import
    injected_names: Fact  # frozenset of names in scope without import
    heading_ids: Fact  # "hash" ({#id}), "jsx-comment" ({/*id*/}), "bracket" ([#id]) or None
    html_comments: Fact  # True where `<!-- -->` compiles (Docusaurus's MDX 1 compatibility)
    directives: Fact  # True where `:::name` containers are syntax (admonitions, asides)
    highlighter: Fact  # "shiki", "expressive-code", "prism-react-renderer" (Docusaurus 3), "prism" or None (unknown)
    extra_languages: Fact  # frozenset of fence languages the config adds
    frontmatter_required: Fact  # True (in every content folder), the folders where it is, False, or None (unknown)
    math: Fact  # remark-math is installed: `$…$` is TeX
    content_dirs: Fact  # folders (relative to root) that hold the site's pages
    evidence: list[str] = field(default_factory=list)
    # The language a fence without one is highlighted in (Docusaurus's prism.defaultLanguage), or None.
    fence_default_language: Fact = field(default_factory=lambda: Fact(None, "not set: a fence without a language is plain text"))
    # Global components whose output is marked `translate="no"` (a terminal, a console): what they
    # hold is not prose in the site's language.
    untranslated_components: Fact = field(default_factory=lambda: Fact(frozenset(), "no component map read"))
    # Markdown files (by name, without `.md`, lower case) the framework builds no page from.
    skipped_pages: Fact = field(default_factory=lambda: Fact(frozenset(), "none"))
    # Paths under the root the framework ignores (gitignore-like patterns: Mintlify's .mintignore).
    ignored_paths: Fact = field(default_factory=lambda: Fact((), "none"))
    # `+++` … `+++` is TOML frontmatter (Astro 5.2+)
    toml_frontmatter: Fact = field(default_factory=lambda: Fact(False, "not an Astro site"))
    # `.mdx` files outside the content folders are pages too: the app imports them from anywhere
    # (Next.js with @next/mdx: `import(`@/docs/${slug}.mdx`)`); only `.md` files there are skipped.
    mdx_anywhere: Fact = field(default_factory=lambda: Fact(False, "pages are in the content folders"))
    # What the build does with a Markdown image at a relative path (`![a](./x.png)`) whose file is
    # missing: "error" (it stops), "warning" (it goes on), or None (not known, or the path is read
    # against the page's URL).
    missing_images: Fact = field(default_factory=lambda: Fact(
        None, "not judged: how this site's pipeline reads a Markdown image's path is not known"))

    def to_json(self) -> dict:
        data = {"root": self.root}
        for name in ("framework", "mdx_version", "mdx_extensions", "global_components", "injected_names", "heading_ids",
                     "html_comments", "directives", "highlighter", "extra_languages", "fence_default_language", "frontmatter_required",
                     "content_dirs", "math", "untranslated_components", "skipped_pages", "ignored_paths", "toml_frontmatter",
                     "mdx_anywhere", "missing_images"):
            data[name] = getattr(self, name).to_json()
        return data

    def fingerprint(self) -> dict:
        # The root too: rules read it (PY002's files, FM001's partials), and an unknown site's root is
        # the folder the run started from.
        found = {name: fact["value"] for name, fact in self.to_json().items() if isinstance(fact, dict)}
        found["root"] = self.root
        return found

    def page_folders(self) -> list[str]:
        """The content folders that exist (absolute paths), looked up once: every file of a
        run asks (discovery, FM001's partials)."""
        folders = self.__dict__.get("_folders")
        if folders is None:
            folders = [full for full in (os.path.normpath(os.path.join(self.root, folder)) for folder in self.content_dirs.value or ())
                       if os.path.isdir(full)]
            self.__dict__["_folders"] = folders
        return folders

    def outside_pages(self, path: str) -> bool:
        """A file in none of the site's content folders (a README, a planning note, a
        component's docs, the repository's files above a site in ``docs/``): the framework
        builds no page from it. False when the content folders are unknown."""
        skipped = self.skipped_pages.value
        if skipped and path.endswith(".md") and os.path.basename(path)[:-3].lower() in skipped:
            return True
        if self.ignored_paths.value and _ignored(os.path.relpath(os.path.abspath(path), self.root), self.ignored_paths.value):
            return True
        folders = self.page_folders()
        if not folders or (self.mdx_anywhere.value and path.endswith(".mdx")):
            return False
        full = os.path.abspath(path)
        # Outside the site's root too: a repository's README above a site kept in `docs/`.
        return not any(full.startswith(folder + os.sep) for folder in folders)

    def holds_pages(self, folder: str) -> bool:
        """Whether ``folder`` is or lies in a content folder, or holds one (the site's root
        does): then a run over it lints the pages only.  True when the content folders are
        unknown (nothing is filtered then)."""
        folders = self.page_folders()
        if not folders:
            return True
        full = os.path.abspath(folder)
        return any(full == f or full.startswith(f + os.sep) or f.startswith(full + os.sep) for f in folders)

    def is_partial(self, path: str) -> bool:
        """A file of a content folder whose name, or a folder's between, starts with ``_``:
        a partial that pages import, not a page (Docusaurus excludes ``**/_*`` and
        ``**/_*/**``; Starlight's loader skips ``_`` files, and sites keep ``_fragments/``
        that build without a page's front matter; Next.js keeps ``_`` folders private)."""
        full = os.path.abspath(path)
        for folder in self.page_folders():
            if full.startswith(folder + os.sep):
                return any(part.startswith("_") for part in Path(full[len(folder) + 1 :]).parts)
        return False


def _ignored(relative: str, patterns) -> bool:
    """Whether a path (relative to the root) matches a gitignore-like pattern: one with a `/` inside
    is read from the root, one without matches any file or folder of that name."""
    import fnmatch

    parts = Path(relative).as_posix().split("/")
    if parts[0] == "..":
        return False
    posix = "/".join(parts)
    for pattern in patterns:
        anchored = pattern.strip("/")
        if "/" in anchored or pattern.startswith("/"):
            if fnmatch.fnmatchcase(posix, anchored) or fnmatch.fnmatchcase(posix, anchored + "/*"):
                return True
        elif any(fnmatch.fnmatchcase(part, anchored) for part in parts):
            return True
    return False


def _read(path: Path) -> str:
    try:
        return read_config(path)  # a JavaScript config without its comments
    except OSError:
        return ""


def _package(folder: Path) -> tuple[dict, str]:
    path = folder / "package.json"
    if not os.path.isfile(path):
        return {}, ""
    data = probes.json_value(_read(path))
    deps: dict = {}
    if isinstance(data, dict):
        for key in ("dependencies", "devDependencies", "peerDependencies"):
            if isinstance(data.get(key), dict):
                deps.update(data[key])
    return deps, str(path)


def _major(spec: object) -> int | None:
    match = re.search(r"(\d+)", str(spec or ""))
    return int(match.group(1)) if match else None


def _major_minor(spec: object) -> tuple[int, int] | None:
    """(major, minor) of the lowest release a version range admits (`^5.2.0`, `~4.16`, `5`), or None."""
    match = re.search(r"(\d+)(?:\.(\d+))?", str(spec or ""))
    return (int(match.group(1)), int(match.group(2) or 0)) if match else None


# A local module the config binds to a name: `const tabs = require('./src/remark/tabs')`,
# `import tabs from './plugins/tabs.mjs'`.
_LOCAL_MODULE = re.compile(r"""(?:\b(?:const|let|var)\s+(\w+)\s*=\s*require\s*\(\s*|\bimport\s+(\w+)\s+from\s*)['"](\.{1,2}/[^'"]+)['"]""")
_PLUGIN_LISTS = re.compile(r"\b(?:beforeDefault)?(?:[Rr]emark|[Rr]ehype|[Rr]ecma)Plugins\s*:\s*\[")
# An import statement a plugin writes into each page, as text (`value: "import Tabs from '@theme/Tabs'"`).
_IMPORT_TEXT = re.compile(r"""['"`]\s*import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s""")
_ESM_NODE = re.compile(r"""\bmdxjsEsm\b|\btype\s*:\s*['"]import['"]""")


def _plugin_imports(folder: Path, config: str) -> tuple[frozenset[str] | None, str]:
    """The names the site's own remark/rehype plugins (local files named in a `*Plugins` list) import
    into every page they touch, as Docusaurus's npm2yarn does for `Tabs`; None where such a plugin
    adds import nodes whose names are not written as text."""
    lists = " ".join(_bracketed(config, found.end() - 1) for found in _PLUGIN_LISTS.finditer(config))
    if not lists:
        return frozenset(), ""
    names: set[str] = set()
    read: list[str] = []
    for found in _LOCAL_MODULE.finditer(config):
        binding = found.group(1) or found.group(2)
        if not re.search(rf"(?<![\w.]){re.escape(binding)}\b", lists):
            continue
        from mdxlint.project.components import resolve_import

        path = resolve_import(found.group(3), str(folder / "docusaurus.config.js"), str(folder))
        text = probes.read_text(path) if path else None
        if not text:
            continue
        found_names = {name for match in _IMPORT_TEXT.finditer(text) for name in
                       [match.group(1) or "", *(part.split(" as ")[-1].strip() for part in (match.group(2) or "").split(","))] if name}
        if not found_names and _ESM_NODE.search(text):
            return None, f"a local plugin ({_rel(folder, path)}) adds imports to pages"
        if found_names:
            names |= found_names
            read.append(f"{_rel(folder, path)}: {', '.join(sorted(found_names))}")
    return frozenset(names), "imports its local plugins add (" + "; ".join(read) + ")" if read else ""


def _first(folder: Path, names) -> Path | None:
    for name in names:
        if os.path.isfile(folder / name):
            return folder / name
    return None


def _docusaurus_variant(folder: Path) -> Path | None:
    """A config built per locale or environment (`docusaurus.config.en.js`, passed with
    `--config`), where the package has @docusaurus/core: the English or else the first one."""
    variants = sorted(p for p in folder.glob("docusaurus.config.*.*") if "docusaurus.config" + p.suffix in DOCUSAURUS)
    if not variants or "@docusaurus/core" not in _package(folder)[0]:
        return None
    return next((p for p in variants if p.name.split(".")[2] == "en"), variants[0])


def _rel(root: Path, path: Path | str) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _object_keys(text: str, start: int, strict: bool = False, unread: list[str] | None = None) -> set[str] | None:
    """Keys of the object literal that opens at ``text[start] == '{'`` (shorthand, ``key:``
    and quoted keys at its top level; spreads and computed keys are left out, or, ``strict``,
    make the keys unknown: None).  ``unread`` receives the entries left out."""
    depth, index, keys = 0, start, set()
    unread = [] if unread is None else unread
    token_start = start + 1
    while index < len(text):
        char = text[index]
        if char in "{[(":
            depth += 1
        elif char in "}])":
            depth -= 1
            if depth == 0:
                _key_of(text[token_start:index], keys, unread)
                break
        elif char == "," and depth == 1:
            _key_of(text[token_start:index], keys, unread)
            token_start = index + 1
        elif char in "'\"`":
            end = text.find(char, index + 1)
            index = end if end > 0 else len(text)
        elif text.startswith("//", index):
            end = text.find("\n", index)
            index = end if end > 0 else len(text)
        index += 1
    return None if strict and unread else keys


def _key_of(entry: str, keys: set[str], unread: list[str]) -> None:
    entry = re.sub(r"//[^\n]*|/\*.*?\*/", "", entry, flags=re.S).strip()
    match = re.match(r"""^(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*(?::|\(|$)""", entry)
    if match and not entry.startswith("..."):
        keys.add(match.group(2) or match.group(3))
    elif entry:
        unread.append(entry)


def components_in(path: Path) -> set[str]:
    """Names of an MDX component map: the object a ``*components*`` binding holds or the
    ``useMDXComponents``/``getMDXComponents`` function returns."""
    return component_map(path)[0]


def component_map(path: Path, known_spreads: tuple[str, ...] = (), root: str | None = None) -> tuple[set[str], list[str]]:
    """(names, spreads) of an MDX component map (components_in): the names written as keys, and
    what is spread into it (`...defaultMdxComponents`, `...icons`) whose names cannot be read
    here.  Spreads of a name imported from a module in ``known_spreads`` (the framework's own
    default map) are left out: its names are known.  With the site's ``root``, a spread of a
    module of the site imported whole (`import * as Badges from "@site/src/components/Badges"`,
    `...Badges`) gives the names the module exports (held-out h80)."""
    text = _read(path)
    names: set[str] = set()
    spreads: list[str] = []
    for match in re.finditer(r"(?:\b\w*[Cc]omponents\w*\s*(?::\s*[\w<>{}\[\]., ]+)?=\s*|\breturn\s*\(?\s*|\bexport\s+default\s+)(\{)", text):
        end = match.start(1) + len(braced(text, match.start(1)))
        if _ARROW_AFTER_PARAMETERS.match(text, end):
            continue  # `return ({ children }) => …`: a function's destructured parameter, not a map
        unread: list[str] = []
        names |= _object_keys(text, match.start(1), unread=unread) or set()
        spreads += [entry[3:].strip() for entry in unread if entry.startswith("...")]
    if spreads and known_spreads:
        imported = {name for name, module in _imported_names(text) if module in known_spreads}
        spreads = [spread for spread in spreads if spread not in imported]
    if spreads and root is not None:
        from mdxlint.project.components import ANY_EXPORT, module_exports, resolve_import

        namespaces = {found.group(1): found.group(2) for found in _NAMESPACE_IMPORT.finditer(text)}
        for spread in [spread for spread in spreads if spread in namespaces]:
            target = resolve_import(namespaces[spread], str(path), root)
            exported = module_exports(target, root) if target else frozenset({ANY_EXPORT})
            if ANY_EXPORT not in exported:
                names |= exported - {"default"}
                spreads.remove(spread)
    return {name for name in names if re.fullmatch(r"[A-Za-z_$][\w$.]*", name)}, spreads


_NAMESPACE_IMPORT = re.compile(r"""\bimport\s+\*\s+as\s+([A-Za-z_$][\w$]*)\s+from\s+['"]([^'"]+)['"]""")


# What follows a destructured parameter: its type, the parameter list's end, an arrow.
_ARROW_AFTER_PARAMETERS = re.compile(r"\s*(?::\s*[^=;{}()]*(?:<[^;]*?>)?\s*)?\)\s*(?::\s*[^=;{}]*)?=>")


def _imported_names(text: str) -> list[tuple[str, str]]:
    """(local name, module) of a module's default and namespace imports."""
    return [(found.group(1) or found.group(2), found.group(3)) for found in re.finditer(
        r"\bimport\s+(?:(\w+)|\*\s+as\s+(\w+))\s+from\s+['\"]([^'\"]+)['\"]", text)]


def _map_parameter(text: str) -> str | None:
    """The parameter of a `useMDXComponents`/`getMDXComponents` function: the components the page's
    renderer passes in."""
    found = re.search(r"\b(?:use|get)MDXComponents\s*(?:=\s*)?(?:function\s*)?\(\s*(\w+)", text)
    return found.group(1) if found else None


def _untranslated(folder: Path, map_files: list[Path], names: set[str]) -> Fact:
    # Imported here: a site without a component map never needs the component reader.
    from mdxlint.project.components import untranslated_components

    found: set[str] = set()
    for map_file in map_files:
        found |= untranslated_components(str(map_file), names, str(folder))
    files = " + ".join(_rel(folder, path) for path in map_files)
    return Fact(frozenset(found), f"{files}: the components they import whose output is marked translate=\"no\"")


def detect(start: str) -> Site:
    """The site that builds ``start``: the nearest framework config above it, else one below
    it (a repository whose site lives in ``website/`` or ``docs/``), else an unknown site."""
    path = Path(os.path.abspath(start))
    if os.path.isfile(path) or not os.path.exists(path):
        path = path.parent
    for folder in (path, *path.parents):
        site = _site_in(folder)
        if site is not None:
            return site
    for folder in _folders_below(path, depth=2):
        site = _site_in(folder)
        if site is not None:
            return site
    sibling = _site_beside(path)
    if sibling is not None:
        return sibling
    for folder in (path, *path.parents):
        if os.path.isfile(folder / "package.json"):
            return _unknown(path, f"{_rel(path, folder / 'package.json')}: no framework mdxlint knows among its dependencies")
    return _unknown(path)


def _site_beside(path: Path) -> Site | None:
    """A site in a folder beside one of ``path``'s parents whose content folders hold ``path``:
    Docusaurus's `docs: { path: '../docs' }` keeps the pages outside `website/`, and linting
    `docs/` (or a page in it) must find the site that builds them.  A monorepo keeps the site a
    level deeper (`packages/website/` with `path: '../../docs'`)."""
    for ancestor in list(path.parents)[:4]:
        children = list(_folders_below(ancestor, depth=1))
        children += [grandchild for child in children if child.name in _MONOREPO_FOLDERS
                     for grandchild in _folders_below(child, depth=1)]
        for child in children[:200]:
            if child in (path, *path.parents):
                continue
            site = _site_in(child)
            if site is None or site.framework.value == "unknown":
                continue
            for content in site.content_dirs.value or ():
                folder = Path(os.path.normpath(child / content))
                if folder == path or folder in path.parents:
                    return site
        if os.path.exists(ancestor / ".git"):
            break  # not past the repository
    return None


# Where a monorepo keeps its packages, a site among them (`packages/website`).
_MONOREPO_FOLDERS = frozenset({"packages", "apps", "sites", "websites", "projects"})


def _folders_below(path: Path, depth: int):
    level = [path]
    for _ in range(depth):
        nxt = []
        for folder in level:
            try:
                children = sorted(p for p in folder.iterdir() if os.path.isdir(p) and p.name not in _SKIP_DIRS and not p.name.startswith("."))
            except OSError:
                continue
            nxt.extend(children)
        yield from nxt
        level = nxt


def _unknown(folder: Path, none: str = "no framework config or package.json found") -> Site:
    return Site(
        root=str(folder), framework=Fact("unknown", none), mdx_version=Fact(None, none),
        mdx_extensions=Fact(("mdx",), "default: .mdx files"), global_components=Fact(None, none),
        injected_names=Fact(None, none), heading_ids=Fact(None, none), html_comments=Fact(False, none),
        directives=Fact(False, none), highlighter=Fact(None, none), extra_languages=Fact(frozenset(), none),
        frontmatter_required=Fact(None, none), content_dirs=Fact((), none), math=Fact(False, none),
    )


_REMARK_MATH_IMPORT = re.compile(r"""(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"]remark-math['"]""")


def _site_in(folder: Path) -> Site | None:
    site = _framework_in(folder)
    if site is not None:
        deps, package = _package(folder)
        if "remark-math" in deps:
            site.math = Fact(True, f"{_rel(folder, package)}: remark-math {deps['remark-math']}")
        # Each config read once, without its comments (a commented-out import is not used).
        configs = [(folder / name, _read(folder / name))
                   for name in (*ASTRO, *DOCUSAURUS, *NEXT, *VOCS, *RSPRESS, "source.config.ts", "source.config.mjs")
                   if os.path.isfile(folder / name)]
        if not site.math.value:
            # A config that imports remark-math passes it to its MDX pipeline (a monorepo's site may
            # have it from the workspace's package.json, not its own).
            for config, text in configs:
                if _REMARK_MATH_IMPORT.search(text):
                    site.math = Fact(True, f"{config.name}: imports remark-math")
                    break
        if site.injected_names.value is not None:
            for config, text in configs:
                exported = _frontmatter_export(text)
                if exported:
                    site.injected_names = Fact(site.injected_names.value | {exported}, f"{site.injected_names.source}; "
                                               f"{config.name}: remark-mdx-frontmatter exports `{exported}`")
                    break
    return site


def _frontmatter_export(text: str) -> str | None:
    """The name remark-mdx-frontmatter exports the front matter as, where the config uses it:
    its `name` option, else `frontmatter`."""
    local = re.search(r"""\bimport\s+([\w$]+)\s+from\s*['"]remark-mdx-frontmatter['"]|"""
                      r"""\b(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(\s*['"]remark-mdx-frontmatter['"]""", text)
    if local is None:
        return None
    name = re.escape(local.group(1) or local.group(2))
    option = re.search(rf"""\[\s*{name}\s*,\s*\{{[^{{}}]*?\bname\s*:\s*['"]([\w$]+)['"]""", text)
    return option.group(1) if option else "frontmatter"


def _framework_in(folder: Path) -> Site | None:
    astro = _first(folder, ASTRO)
    if astro is None and "astro" in _package(folder)[0] and (os.path.isdir(folder / "src" / "pages") or os.path.isdir(folder / "src" / "content")):
        # Astro runs without a config file, on its defaults (read as an empty one); a monorepo's root
        # that only lists astro among its dependencies holds no src/pages or src/content
        astro = folder / ASTRO[0]
    if astro is not None:
        return _astro(folder, astro)
    docusaurus = _first(folder, DOCUSAURUS) or _docusaurus_variant(folder)
    if docusaurus is not None and not _read(docusaurus).strip() and "@docusaurus/core" not in _package(folder)[0]:
        docusaurus = None  # a config of comments alone, and no Docusaurus among the dependencies: not a site
    if docusaurus is not None:
        return _docusaurus(folder, docusaurus)
    next_config = _first(folder, NEXT)
    deps, package = _package(folder)
    if next_config is not None or "next" in deps or "fumadocs-mdx" in deps:
        # (fumadocs-mdx also runs on React Router, TanStack Start and Waku, with the same MDX pipeline)
        return _next(folder, next_config, deps, package)
    vocs = _first(folder, VOCS)
    if vocs is not None or "vocs" in deps:
        return _vocs(folder, vocs, deps, package)
    rspress = _first(folder, RSPRESS)
    if rspress is not None or "rspress" in deps or "@rspress/core" in deps:
        return _rspress(folder, rspress, deps, package)
    mintlify = _mintlify_config(folder)
    if mintlify is not None:
        return _mintlify(folder, mintlify)
    if package and ("@mdx-js/mdx" in deps or "@mdx-js/react" in deps):
        site = _unknown(folder)
        site.framework = Fact("mdx", f"{_rel(folder, package)}: @mdx-js dependency")
        site.mdx_version = Fact(_major(deps.get("@mdx-js/mdx") or deps.get("@mdx-js/react")), f"{_rel(folder, package)}")
        if site.mdx_version.value == 1:
            site.html_comments = Fact(True, "MDX 1 reads HTML comments")
        return site
    return None


def _vocs(folder: Path, config: Path | None, deps: dict, package: str) -> Site:
    """Vocs compiles pages with @mdx-js/rollup (MDX 3) and remark-directive, gfm, frontmatter and
    remark-mdx-frontmatter, rehype-slug and rehype-pretty-code (Shiki); its components are imported
    from `vocs/components`, and the provider (@mdx-js/react) may add any: unknown."""
    cfg = _rel(folder, config) if config is not None else f"{_rel(folder, package)}: vocs {deps.get('vocs', '')}".strip()
    text = _read(config) if config is not None else ""
    site = _unknown(folder, f"{cfg}: not set, and Vocs has no such default")
    site.framework = Fact("vocs", cfg)
    site.mdx_version = Fact(3, "Vocs compiles with @mdx-js/rollup 3")
    # @mdx-js/rollup without `format` compiles `.md` pages as plain Markdown, not MDX.
    site.mdx_extensions = Fact(("mdx",), "Vocs: .mdx pages are MDX (its .md pages are compiled as Markdown)")
    site.global_components = Fact(None, "Vocs's MDX provider (@mdx-js/react): not read (unknown)")
    site.injected_names = Fact(VOCS_NAMES, "Vocs: remark-mdx-frontmatter exports frontmatter")
    site.heading_ids = Fact(None, "Vocs: rehype-slug (slugs of the heading text)")
    site.directives = Fact(True, "Vocs: remark-directive (`:::tip`, `:::details[…]`)")
    # rehype-pretty-code with Shiki, and the languages the config adds: not read.
    site.highlighter = Fact(None, "Vocs: Shiki through rehype-pretty-code (its languages are not read)")
    site.frontmatter_required = Fact(False, "Vocs: front matter is optional")
    root = re.search(r"\brootDir\s*:\s*['\"]([^'\"]+)['\"]", text)
    if root:
        site.content_dirs = Fact((os.path.normpath(os.path.join(root.group(1), "pages")),), f"{cfg}: rootDir")
    else:  # Vocs 1 keeps pages in docs/pages, Vocs 2 in src/pages
        site.content_dirs = Fact(("docs/pages", "src/pages"), "Vocs's defaults: docs/pages (Vocs 1), src/pages (Vocs 2)")
    return site


def _rspress(folder: Path, config: Path | None, deps: dict, package: str) -> Site:
    """Rspress (@rspress/core 2: @mdx-js/mdx 3; 1.x: the Rust mdx-rs unless `markdown.mdxRs` is
    false, then @mdx-js/mdx 2). `.md` pages are compiled as Markdown (MDX's `md` format), not MDX;
    `## Title {#id}` and `:::tip` containers work; no component is global unless
    `markdown.globalComponents` (or a plugin) adds it; 2.x highlights with Shiki, which fails the
    build on a fence language it lacks, 1.x with Prism, which drops it."""
    spec = deps.get("@rspress/core") or deps.get("rspress")
    major = _major(spec)
    cfg = _rel(folder, config) if config is not None else f"{_rel(folder, package)}: rspress {spec or ''}".strip()
    text = _read(config) if config is not None else ""
    via = f"{_rel(folder, package)}: {'@rspress/core' if '@rspress/core' in deps else 'rspress'} {spec}" if spec else cfg
    site = _unknown(folder, f"{cfg}: not set, and Rspress has no such default")
    site.framework = Fact("rspress", via)
    if major is None and config is not None and re.search(r"""\bfrom\s+['"]@rspress/core['"]""", text):
        # (`workspace:*`, `latest`: Rspress 2's configs import from @rspress/core, Rspress 1's from
        # rspress/config; held-out h80, rspress's own site)
        major = 2
        via = f"{via} ({cfg} imports from @rspress/core: Rspress 2)"
    mdx_rs = major is not None and major < 2 and not re.search(r"\bmdxRs\s*:\s*false\b", text)
    if major is None:
        site.mdx_version = Fact(None, f"{via}: the version is not known (Rspress 1 compiles with mdx-rs, 2 with MDX 3)")
    elif major >= 2:
        site.mdx_version = Fact(3, f"{via}: Rspress 2 compiles with @mdx-js/mdx 3")
    elif mdx_rs:
        site.mdx_version = Fact(None, f"{via}: Rspress 1 compiles with mdx-rs (Rust; markdown.mdxRs is on by default)")
    else:
        site.mdx_version = Fact(2, f"{cfg}: markdown.mdxRs false: @mdx-js/mdx 2")
    site.mdx_extensions = Fact(("mdx",), "Rspress compiles .md pages as Markdown (MDX's md format), .mdx as MDX")
    plugins = sorted(name for name in deps if name.startswith(("@rspress/plugin-", "rspress-plugin-")))
    listed = re.search(r"\bglobalComponents\s*:\s*\[([^\]]*)\]", text)
    if plugins or re.search(r"\bplugins\s*:\s*\[\s*[^\]\s]", text):
        site.global_components = Fact(None, f"{cfg}: plugins may add global components ({', '.join(plugins) or 'plugins'}): unknown")
    elif listed is not None:
        names = set()
        for entry in _split_entries(listed.group(1)):
            strings = re.findall(r"['\"]([^'\"]+)['\"]", entry)
            if not strings:
                names = None
                break
            base = os.path.splitext(os.path.basename(strings[-1]))[0]
            names.add(base[:1].upper() + base[1:])
        site.global_components = Fact(frozenset(names) if names is not None else None,
                                      f"{cfg}: markdown.globalComponents" + ("" if names is not None else " (not read: unknown)"))
    elif mdx_rs or major is None or major >= 2:
        site.global_components = Fact(frozenset(), f"{cfg}: no markdown.globalComponents; Rspress makes no component global")
    site.injected_names = Fact(frozenset(), "Rspress puts no names in the pages' scope")
    site.heading_ids = Fact("hash", "Rspress: `## Title {#id}`")
    site.html_comments = Fact(False, "Rspress: `<!-- -->` is a syntax error in .mdx")
    # (remarkContainerSyntax finds `:::` in the parsed paragraphs; a `:::` inside a fence stays code)
    site.directives = Fact("paragraphs", "Rspress: `:::tip` containers, read from paragraphs after parsing (not remark-directive)")
    if major is not None and major >= 2:
        site.highlighter = Fact("shiki", f"{via}: Shiki, whose lazy loading fails the build on a language it lacks")
        # Plugins that render fences of their own before Shiki sees them (rspress-plugin-file-tree's ```tree)
        fenced = sorted({language for plugin, languages in _RSPRESS_FENCE_PLUGINS.items() if plugin in deps for language in languages})
        if fenced:
            site.extra_languages = Fact(frozenset(fenced), f"{_rel(folder, package)}: " + ", ".join(
                plugin for plugin in _RSPRESS_FENCE_PLUGINS if plugin in deps))
    else:
        site.highlighter = Fact(None, f"{via}: Prism (react-syntax-highlighter), which drops a language it lacks")
    site.frontmatter_required = Fact(False, "Rspress: front matter is optional")
    root = re.search(r"\broot\s*:\s*(?:path\.(?:join|resolve)\s*\(\s*__dirname\s*,\s*)?['\"]([^'\"]+)['\"]", text)
    site.content_dirs = Fact((os.path.normpath(root.group(1)),), f"{cfg}: root") if root else Fact(("docs",), "Rspress's default root: docs")
    return site


# Rspress plugins that render fences of a language of their own (their READMEs).
_RSPRESS_FENCE_PLUGINS = {"rspress-plugin-file-tree": ("tree",), "rspress-plugin-mermaid": ("mermaid",)}


def _split_entries(text: str) -> list[str]:
    """The top-level entries of a JavaScript array's text (commas inside calls stay)."""
    entries, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            entries.append(text[start:index])
            start = index + 1
    entries.append(text[start:])
    return [entry for entry in (e.strip() for e in entries) if entry]


def _mintlify_config(folder: Path) -> Path | None:
    """docs.json or mint.json when it is Mintlify's (its $schema, or the keys Mintlify requires)."""
    for name in MINTLIFY:
        path = folder / name
        if not os.path.isfile(path):
            continue
        data = probes.json_value(_read(path))
        if isinstance(data, dict) and ("mintlify" in str(data.get("$schema", "")) or {"name", "navigation"} <= data.keys()):
            return path
    return None


def _mintlify(folder: Path, config: Path) -> Site:
    """Mintlify (@mintlify/common): every page, `.md` too, is compiled as MDX 3 (with remark-math,
    `$` for inline math); its components are global; `## Title {#id}` works; no `:::` containers
    and no HTML comments; Shiki falls back to text for a language it lacks."""
    cfg = _rel(folder, config)
    site = _unknown(folder, f"{cfg}: not set, and Mintlify has no such default")
    site.framework = Fact("mintlify", cfg)
    site.mdx_version = Fact(3, "Mintlify compiles with @mdx-js/mdx 3 (next-mdx-remote-client)")
    site.mdx_extensions = Fact(("mdx", "md"), "Mintlify compiles .md pages as MDX too (format: 'mdx')")
    site.global_components = Fact(MINTLIFY_COMPONENTS, "Mintlify's allowed components (@mintlify/common)")
    site.injected_names = Fact(MINTLIFY_NAMES, "Mintlify's compile scope (@mintlify/common getMdx): pageMetadata, codeStyling, config")
    site.heading_ids = Fact("hash", "Mintlify: `## Title {#id}`")
    site.html_comments = Fact(False, "Mintlify: `<!-- -->` is a syntax error (MDX 3)")
    site.directives = Fact(False, "Mintlify: no `:::` containers (its components instead)")
    site.highlighter = Fact(None, "Mintlify: Shiki, which shows a language it lacks as text")
    site.frontmatter_required = Fact(False, "Mintlify: front matter is optional")
    site.math = Fact(True, "Mintlify: remark-math, `$…$` is TeX")
    site.content_dirs = Fact((".",), f"{cfg}: the folder of the config")
    site.skipped_pages = Fact(frozenset({"readme", "license", "contributing", "contribute"}),
                              "Mintlify builds no page from README.md, LICENSE.md, CONTRIBUTING.md, CONTRIBUTE.md")
    ignored = [".claude", ".agents", ".cursor", ".github"]
    source = "Mintlify ignores .claude, .agents, .cursor, .github"
    mintignore = folder / ".mintignore"
    if os.path.isfile(mintignore):
        try:
            lines = mintignore.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        ignored += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith(("#", "!"))]
        source += " and what .mintignore lists"
    site.ignored_paths = Fact(tuple(ignored), source)
    return site


def _astro(folder: Path, config: Path) -> Site:
    text = _read(config)
    deps, package = _package(folder)
    cfg = _rel(folder, config) if os.path.isfile(config) else f"{_rel(folder, package)}: astro, with no astro.config.* (Astro's defaults)"
    site = _unknown(folder, f"{cfg}: not set, and Astro has no such default")
    starlight = "@astrojs/starlight" in deps or "@astrojs/starlight" in text
    site.framework = Fact("starlight" if starlight else "astro", f"{cfg}" + (": @astrojs/starlight" if starlight else ""))
    astro_version = _major_minor(deps.get("astro"))
    # (`^5.0.0` installs the latest 5.x: from 5.2 on, Astro reads TOML frontmatter)
    caret = str(deps.get("astro", "")).strip().startswith("^")
    site.toml_frontmatter = (
        Fact(astro_version >= (5, 2) or (caret and astro_version[0] == 5),
             f"{_rel(folder, package)}: astro {deps['astro']} (TOML frontmatter from 5.2)")
        if astro_version is not None else Fact(True, "astro's version is not in package.json: TOML frontmatter (5.2+) assumed"))
    mdx_major = _major(deps.get("@astrojs/mdx")) if "@astrojs/mdx" in deps else None
    # @astrojs/mdx 0.x–1.x compile with MDX 2, 2.0 and later with MDX 3 (its package.json
    # depends on @mdx-js/mdx ^3.0.0 from 2.0.0, Astro 4); Starlight brings MDX 3.
    version = 3 if (starlight or mdx_major is None or mdx_major >= 2) else 2
    if "@astrojs/mdx" in deps:
        site.mdx_version = Fact(version, f"{_rel(folder, package) or cfg}: @astrojs/mdx {deps['@astrojs/mdx']}")
    elif starlight:
        site.mdx_version = Fact(version, f"{_rel(folder, package) or cfg}: @astrojs/starlight (it brings @astrojs/mdx, MDX 3)")
    else:
        site.mdx_version = Fact(version, f"{cfg}: @astrojs/mdx (its version is not in package.json; MDX 3 assumed)")
    site.mdx_extensions = Fact(("mdx",), f"{cfg}: Astro renders .md as Markdown, .mdx through @astrojs/mdx")
    site.global_components = _astro_components(folder)
    site.injected_names = Fact(ASTRO_NAMES, "Astro's MDX integration: frontmatter, file, url, getHeadings")
    if astro_version is None or astro_version >= (3, 0):
        # (Astro 3 made image imports the default: withastro/astro#7921; before, the path was left as written)
        site.missing_images = Fact("error", "Astro imports a Markdown image at a relative path (`./x.png`) and stops "
                                            "the build where its file is missing (ImageNotFound)")
    if starlight:
        site.directives = Fact(True, f"{cfg}: Starlight asides (`:::note`)")
    elif _REMARK_DIRECTIVE.search(text):
        site.directives = Fact(True, f"{cfg}: remark-directive among its remark plugins (`:::tip{{title=…}}`)")
    else:
        site.directives = Fact(False, "Astro: no remark-directive by default")
    highlight = _ASTRO_SYNTAX_HIGHLIGHT.search(text)
    highlight_kind = None if highlight is None else (highlight.group(1) or highlight.group(2) or highlight.group(3))
    if starlight and _NO_EXPRESSIVE_CODE.search(text):
        starlight_code = False  # `expressiveCode: false`: Astro's own highlighter renders the fences
    else:
        starlight_code = starlight
    if starlight_code:
        langs = _configured_languages(folder, text, r"expressiveCode\s*:")
        where = f"{cfg}: expressiveCode.shiki.langs and langAlias"
        # Options that do not serialise (imported grammars, plugins) go in `ec.config.mjs`, which
        # astro-expressive-code loads by itself.
        ec_config = _first(config.parent, ("ec.config.mjs", "ec.config.ts", "ec.config.js", "ec.config.mts"))
        if ec_config is not None:
            langs |= _configured_languages(ec_config.parent, _read(ec_config), r"\bshiki\s*:")
            where += f" + {_rel(folder, ec_config)}: shiki.langs and langAlias"
        site.highlighter = Fact("expressive-code", f"{cfg}: Starlight uses Expressive Code (Shiki's languages)")
        diagrams, plugins = _diagram_languages(text)
        site.extra_languages = Fact(langs | diagrams, where + (f" + {cfg}: {plugins}" if plugins else ""))
    else:
        if highlight_kind == "prism":
            site.highlighter = Fact("prism", f"{cfg}: markdown.syntaxHighlight 'prism'")
        elif highlight_kind == "false":
            site.highlighter = Fact(None, f"{cfg}: markdown.syntaxHighlight false (no highlighter)")
        else:
            site.highlighter = Fact("shiki", f"{cfg}: Astro's default highlighter"
                                             + (" (Starlight with `expressiveCode: false`)" if starlight else ""))
        langs = _configured_languages(folder, text, r"shikiConfig\s*:")
        diagrams, plugins = _diagram_languages(text)
        # Astro leaves `math` fences alone by default (markdown.syntaxHighlight.excludeLangs), for a
        # math plugin to render.
        excluded = {"math"} if highlight is None or "excludeLangs" not in text else set(
            re.findall(r"""['"]([\w#+.-]+)['"]""", _bracketed(text, text.find("excludeLangs"))))
        site.extra_languages = Fact(langs | diagrams | excluded, f"{cfg}: markdown.shikiConfig.langs, excludeLangs"
                                    + (f" + {plugins}" if plugins else ""))
    schema = _first(folder, ("src/content.config.ts", "src/content/config.ts", "src/content.config.mjs", "src/content/config.mjs"))
    # Astro 5 collections load from anywhere: `glob({ base: "./src/data/blog" })` (Starlight sites keep
    # partials and changelogs so, held-out h88: Cloudflare's `partials`).
    # (not a base of the whole project, `base: "./"`: its pattern decides, held-out h90)
    bases = [base for base in (os.path.normpath(found) for found in _GLOB_BASE.findall(_read(schema))) if base != "."] \
        if schema is not None else []
    if starlight:
        site.frontmatter_required = Fact(("src/content/docs",), "Starlight's docs schema requires `title` (not src/pages)")
        # (Astro renders the .mdx files under src/pages as pages of their own: file-based routing.)
        dirs = tuple(dict.fromkeys(["src/content/docs", *bases, "src/pages"]))
        site.content_dirs = Fact(dirs, "Starlight: src/content/docs" + (
            f" + the glob() bases in {_rel(folder, schema)}" if bases else "") + "; Astro's routes: src/pages")
    else:
        site.frontmatter_required = _astro_frontmatter(folder, schema)
        dirs = tuple(dict.fromkeys(["src/content", *bases, "src/pages"]))
        site.content_dirs = Fact(dirs, f"Astro content collections: src/content" + (
            f" + the glob() bases in {_rel(folder, schema)}" if bases else "") + "; Astro's routes: src/pages")
    return site


# `<Content components={{ ...defaultMdxComponents, Card }} />` in an .astro page: the components the
# MDX it renders can use without importing them.
_ASTRO_COMPONENTS_PROP = re.compile(r"<([A-Za-z][\w.]*)\b[^<>]*?\bcomponents\s*=\s*\{")
_ASTRO_SCAN_LIMIT = 500


# The config imports remark-directive (`import directive from "remark-directive"`, a require()).
_REMARK_DIRECTIVE = re.compile(r"""(?:\bfrom\s*|\brequire\s*\(\s*)['"]remark-directive['"]""")


def _astro_components(folder: Path) -> Fact:
    """Astro's MDX integration provides `Fragment`; a page that renders MDX with a `components` prop
    (`<Content components={{…}} />`) adds those. Where such a prop is not an object of names the
    components are not known (None)."""
    found: set[str] = set()
    where: list[str] = []
    seen = 0
    for base, dirs, files in os.walk(folder / "src"):
        dirs[:] = [d for d in dirs if d not in ("node_modules", ".git") and not d.startswith(".")]
        for name in files:
            if not name.endswith(".astro"):
                continue
            seen += 1
            if seen > _ASTRO_SCAN_LIMIT:
                return Fact(None, f"more than {_ASTRO_SCAN_LIMIT} .astro files: the components they pass to MDX are not read")
            path = Path(base) / name
            text = _read(path)
            for match in _ASTRO_COMPONENTS_PROP.finditer(text):
                body = braced(text, match.end() - 1)
                inner = body[1:-1].strip() if body else ""
                keys = (_object_keys(text, text.index("{", match.end()), strict=True)
                        if inner.startswith("{") and inner.endswith("}") else None)
                if keys is None:
                    return Fact(None, f"{_rel(folder, path)}: <{match.group(1)} components={{…}}> passes components not "
                                      "read here")
                found |= keys
                where.append(_rel(folder, path))
    if not where:
        return Fact(ASTRO_COMPONENTS, "Astro's MDX integration provides Fragment")
    return Fact(ASTRO_COMPONENTS | found, "Astro's MDX integration provides Fragment; components passed to MDX in "
                                          + ", ".join(where[:3]))


def _astro_frontmatter(folder: Path, config: Path | None) -> Fact:
    """Where an Astro site's pages need frontmatter: the folders of the content collections
    whose schema requires a field (an entry without frontmatter has no data, and the schema
    refuses it).  A folder no collection declares, a collection with no schema or one whose
    fields are all optional builds pages without frontmatter; a schema that cannot be read
    leaves its folder unjudged."""
    if config is None:
        return Fact(None, "no content collection schema")
    from mdxlint.project.schema import read_collections

    folders = []
    for collection in read_collections(_read(config)):
        schema = collection.schema
        if collection.folder is None or schema is None or schema.kind != "object":
            continue
        if any(not (f.optional or f.has_default) for f in schema.fields.values()):
            # (with the glob() loader's patterns, which may leave files of the folder out)
            folders.append(collection.folder if not collection.patterns else (collection.folder, collection.patterns))
    where = _rel(folder, config)
    if not folders:
        return Fact(False, f"{where}: no collection's schema requires a field")
    return Fact(tuple(dict.fromkeys(folders)), f"{where}: the collections whose schema requires a field")


def _grammar_names(folder: Path, config_text: str, names: list[str], depth: int = 0) -> set[str]:
    """Language names of TextMate grammars the config imports (``import g from './x.json'``), or
    builds in a constant (``const nsis = { ...grammar, name: 'nsis', aliases: ['nsh'] }``)."""
    found: set[str] = set()
    for name in names:
        match = re.search(rf"import\s+{re.escape(name)}\s+from\s+['\"]([^'\"]+\.json)['\"]", config_text)
        if not match:
            built = re.search(rf"\b(?:const|let|var)\s+{re.escape(name)}\s*=\s*\{{([^;]*?)\}}\s*;?\s*$", config_text, re.M)
            if built is not None and depth < 3:
                body = built.group(1)
                own = re.search(r"\bname\s*:\s*['\"]([\w#+.-]+)['\"]", body)
                if own is not None:
                    found.add(own.group(1).lower())
                aliases = re.search(r"\baliases\s*:\s*\[([^\]]*)\]", body)
                if aliases is not None:
                    found.update(a.lower() for a in re.findall(r"['\"]([\w#+.-]+)['\"]", aliases.group(1)))
                found |= _grammar_names(folder, config_text, re.findall(r"\.\.\.\s*([A-Za-z_$][\w$]*)", body), depth + 1)
            continue
        grammar = probes.json_value(_read(folder / match.group(1)))
        if isinstance(grammar, dict):
            for key in ("name", "scopeName"):
                if isinstance(grammar.get(key), str):
                    found.add(grammar[key].lower().removeprefix("source.").removeprefix("text."))
            found.update(a.lower() for a in grammar.get("aliases", []) if isinstance(a, str))
    return found


def _langs_list(text: str, pattern: str) -> tuple[list[str], list[str]]:
    """(identifiers, string literals) in the first ``langs: [...]`` after ``pattern``."""
    match = re.search(pattern + r"[\s\S]{0,400}?\blangs\s*:\s*\[([^\]]*)\]", text)
    if not match:
        return [], []
    body = match.group(1)
    strings = re.findall(r"['\"]([\w#+.-]+)['\"]", body)
    identifiers = [i for i in re.findall(r"\b([A-Za-z_$][\w$]*)\b", re.sub(r"['\"][^'\"]*['\"]", "", body))]
    return identifiers, strings


def _lang_aliases(text: str, pattern: str) -> set[str]:
    """The names Shiki's ``langAlias: { d2: 'txt' }`` maps to another language (after ``pattern``)."""
    match = re.search(pattern + r"[\s\S]{0,600}?\blangAlias\s*:\s*\{([^}]*)\}", text)
    if not match:
        return set()
    return {key.lower() for key in re.findall(r"['\"]?([\w#+.-]+)['\"]?\s*:", match.group(1))}


# Plugins that turn fences of a language into diagrams before any highlighter sees them: their
# fences are no unknown language (astro-d2's remark plugin replaces every ```d2 block).
_DIAGRAM_PLUGINS = {
    "astro-d2": ("d2",),
    "@docusaurus/theme-mermaid": ("mermaid",), "rehype-mermaid": ("mermaid",), "remark-mermaidjs": ("mermaid",),
    "astro-mermaid": ("mermaid",), "mdx-mermaid": ("mermaid",), "@beoe/rehype-mermaid": ("mermaid",),
    "remark-mermaid": ("mermaid",),
    "@akebifiky/remark-simple-plantuml": ("plantuml",), "remark-plantuml": ("plantuml",),
}


def _diagram_languages(text: str) -> tuple[frozenset[str], str]:
    """The fence languages the config's diagram plugins take (named in quotes, as imported or
    listed), and which plugins."""
    found = [name for name in _DIAGRAM_PLUGINS if f"'{name}'" in text or f'"{name}"' in text]
    return frozenset(language for name in found for language in _DIAGRAM_PLUGINS[name]), ", ".join(found)


def _configured_languages(folder: Path, text: str, options: str) -> frozenset[str]:
    """The languages Shiki's ``langs`` and ``langAlias`` add after ``options`` (a pattern:
    `expressiveCode:`, `shikiConfig:`, `shiki:` in ec.config.mjs), grammars read from their files."""
    identifiers, strings = _langs_list(text, options)
    return frozenset({s.lower() for s in strings} | _grammar_names(folder, text, identifiers) | _lang_aliases(text, options))


def _docusaurus(folder: Path, config: Path) -> Site:
    text = _read(config)
    deps, package = _package(folder)
    cfg = _rel(folder, config)
    site = _unknown(folder, f"{cfg}: not set, and Docusaurus has no such default")
    major = _major(deps.get("@docusaurus/core")) or 3
    site.framework = Fact("docusaurus", f"{_rel(folder, package) or cfg}: @docusaurus/core {deps.get('@docusaurus/core', '')}".strip())
    site.mdx_version = Fact(1 if major < 3 else 3, f"Docusaurus {major} compiles with MDX {1 if major < 3 else 3}")
    fmt = re.search(r"\bformat\s*:\s*['\"](mdx|md|detect)['\"]", text)
    md_format = fmt.group(1) if fmt else "mdx"
    extensions = ("mdx",) if md_format == "detect" else ("mdx", "md")
    if major < 3:
        # Docusaurus 2 has no `markdown.format`: its MDX 1 loader reads .md and .mdx alike.
        extensions = ("mdx", "md")
        site.mdx_extensions = Fact(extensions, "Docusaurus 2 compiles .md and .mdx files with MDX 1")
    else:
        site.mdx_extensions = Fact(extensions, f"{cfg}: markdown.format '{md_format}'" + ("" if fmt else " (the default)"))
    components = set(DOCUSAURUS_COMPONENTS)
    source = "@theme/MDXComponents (Docusaurus's default map)"
    swizzled = _first(folder, [f"src/theme/MDXComponents{ext}" for ext in (".tsx", ".ts", ".jsx", ".js")] +
                      [f"src/theme/MDXComponents/index{ext}" for ext in (".tsx", ".ts", ".jsx", ".js")])
    spreads: list[str] = []
    if swizzled is not None:
        names, spreads = component_map(swizzled, ("@theme-original/MDXComponents", "@theme/MDXComponents"), str(folder))
        components |= names
        source += f" + {_rel(folder, swizzled)}"
        site.untranslated_components = _untranslated(folder, [swizzled], components)
    plugin_names, plugin_source = _plugin_imports(folder, text)
    if plugin_names:
        components |= plugin_names
        source += f" + {plugin_source}"
    # A map that spreads in another's names (`...Icons`): which names it has is not known.
    if spreads or plugin_names is None:
        unknown = f"spreads in {', '.join(spreads)}" if spreads else plugin_source
        site.global_components = Fact(None, f"{source}, which {unknown} (not read: unknown)")
    else:
        site.global_components = Fact(frozenset(components), source)
    site.injected_names = Fact(DOCUSAURUS_NAMES | WEBPACK_NAMES,
                               "Docusaurus's MDX loader exports frontMatter, toc, contentTitle, metadata, assets; webpack gives require")
    # mdx1Compat.comments and .headingIds are true by default in Docusaurus 3 (MDX 1 had HTML comments
    # and `{#id}`), false by default where `future.v4` is set (Docusaurus 3.9+). Only where Docusaurus
    # reads them: the top-level `markdown` option (the same key under `themeConfig` is ignored).
    markdown = _MARKDOWN_OPTIONS.search(text)
    block = braced(text, markdown.end() - 1) if markdown is not None else ""
    future = re.search(r"\bfuture\s*:\s*\{", text)
    future_block = braced(text, future.end() - 1) if future is not None else ""
    v4 = re.search(r"\bv4\s*:\s*(?:true\b|\{[^{}]*\bmdx1CompatDisabledByDefault\s*:\s*true)", future_block) is not None
    # (`future.v4.mdx1CompatDisabledByDefault` came with Docusaurus 3.10.0, facebook/docusaurus#11896:
    # before it the flag leaves MDX 1's syntax on; held-out h126, helm-www on 3.9 with `{#id}` headings.
    # A range that admits an older release is not known to turn it off.)
    lowest = _major_minor(deps.get("@docusaurus/core"))
    v4_too_old = v4 and (lowest is None or lowest < (3, 10))
    v4 = v4 and not v4_too_old

    def compat(option: str) -> tuple[bool, str]:
        """markdown.mdx1Compat.<option>, and where its value comes from."""
        setting = re.search(rf"\bmdx1Compat\s*:\s*\{{[^{{}}]*\b{option}\s*:\s*(true|false)", block)
        if setting is not None:
            return setting.group(1) == "true", f"{cfg}: markdown.mdx1Compat.{option} {setting.group(1)}"
        if v4:
            return False, f"{cfg}: future.v4 turns markdown.mdx1Compat.{option} off by default"
        if v4_too_old:
            return True, (f"markdown.mdx1Compat.{option} (default true: future.v4 turns it off from Docusaurus 3.10, and "
                          f"package.json admits {deps.get('@docusaurus/core') or 'an unknown release'})")
        return True, f"markdown.mdx1Compat.{option} (default true)"

    if major < 3:
        site.heading_ids = Fact(("hash",), "Docusaurus 2: `## Title {#id}`")
        site.html_comments = Fact(True, "Docusaurus 2 compiles with MDX 1, which reads HTML comments")
    else:
        hash_ids, hash_source = compat("headingIds")
        site.heading_ids = Fact((("hash",) if hash_ids else ()) + ("jsx-comment-hash", "html-comment-hash"),
                                "Docusaurus 3: `{/* #id */}`, `<!-- #id -->`; `## Title {#id}` "
                                + ("on" if hash_ids else "off") + f" ({hash_source})")
        comments, comments_source = compat("comments")
        site.html_comments = Fact(comments, comments_source)
    site.directives = Fact(True, "Docusaurus admonitions (`:::tip`)")
    site.missing_images = _docusaurus_missing_images(cfg, text)
    languages = re.search(r"""additionalLanguages['"]?\s*:\s*\[([^\]]*)\]""", text)
    extra = frozenset(re.findall(r"['\"]([\w#+.-]+)['\"]", languages.group(1))) if languages else frozenset()
    # Prism's bundled language set depends on prism-react-renderer's version: Docusaurus 3 brings
    # 2.x (whose list ships with mdxlint), Docusaurus 2 brought 1.x (not judged).
    shiki = re.search(r"[\w@/.-]*shiki[\w/.-]*", text, re.IGNORECASE)
    if shiki is not None:
        # A remark/rehype Shiki plugin or preset (remark-shiki-twoslash, @shikijs/rehype)
        # highlights fences before Prism sees them: which grammars it has is not read.
        site.highlighter = Fact(None, f"{cfg}: {shiki.group(0)} (its languages are not read)")
    else:
        where = f"{cfg}: themeConfig.prism" if re.search(r"""\bprism['"]?\s*:""", text) else "Docusaurus's default (no themeConfig.prism)"
        renderer = _major(deps.get("prism-react-renderer"))
        if major >= 3 and renderer in (None, 2):
            # Docusaurus 3's theme highlights with prism-react-renderer 2 (its bundled grammars, and
            # the prismjs components named in additionalLanguages).
            site.highlighter = Fact("prism-react-renderer", f"{where}: prism-react-renderer 2 (Docusaurus 3)")
        else:
            site.highlighter = Fact("prism", where)
    diagrams, plugins = _diagram_languages(text)
    site.extra_languages = Fact(extra | diagrams, f"{cfg}: prism.additionalLanguages" + (f" + {plugins}" if plugins else ""))
    prism = re.search(r"""\bprism['"]?\s*:\s*\{""", text)
    default = re.search(r"\bdefaultLanguage['\"]?\s*:\s*['\"]([\w#+.-]+)['\"]", braced(text, prism.end() - 1)) if prism else None
    if default is not None:
        site.fence_default_language = Fact(default.group(1), f"{cfg}: prism.defaultLanguage")
    site.frontmatter_required = Fact(False, "Docusaurus: front matter is optional")
    docs = _docusaurus_docs_paths(text)
    blogs = _docusaurus_docs_paths(text, "blog")
    dirs = [*(docs or ["docs"]), *(blogs or ["blog"]), "blog", "src/pages", "versioned_docs", "i18n"]
    site.content_dirs = Fact(tuple(dict.fromkeys(os.path.normpath(d) for d in dirs)),
                             f"{cfg}: docs.path, blog.path" if docs or blogs else "Docusaurus defaults")
    excluded = _docusaurus_excluded(text)
    if excluded:
        site.ignored_paths = Fact(tuple(excluded), f"{cfg}: docs.exclude")
    return site


def _fumadocs_frontmatter(folder: Path) -> Fact:
    """The folders whose pages need frontmatter on a Fumadocs site: each `defineDocs` collection of
    source.config.* whose schema is fumadocs-mdx's `frontmatterSchema` (it requires `title`), as it
    is or extended without a `title` of its own (held-out h77); not known for another schema."""
    config = next((folder / name for name in ("source.config.ts", "source.config.mts", "source.config.js", "source.config.mjs")
                   if (folder / name).is_file()), None)
    if config is None:
        return Fact(None, "fumadocs: no source.config.* read")
    try:
        text = read_config(config)
    except OSError:
        return Fact(None, f"{config.name}: not read")
    folders = []
    for found in re.finditer(r"\bdefineDocs\s*\(\s*\{", text):
        block = braced(text, found.end() - 1)
        docs = re.search(r"\bdocs\s*:\s*\{", block)
        options = braced(block, docs.end() - 1) if docs else ""
        schema = re.search(r"\bschema\s*:\s*", options)
        rest = options[schema.end():] if schema else "frontmatterSchema"
        extended = re.match(r"frontmatterSchema\s*\.\s*extend\s*\(\s*\{", rest)
        if extended is not None:
            if re.search(r"\btitle\s*:", braced(rest, extended.end() - 1)):
                return Fact(None, f"{config.name}: frontmatterSchema extended with a `title` of its own, not read")
        elif not re.match(r"frontmatterSchema\b(?!\s*\.)", rest):
            return Fact(None, f"{config.name}: a frontmatter schema of its own, not read")
        where = re.search(r"""\bdir\s*:\s*['"]([^'"]+)['"]""", block)
        folders.append(os.path.normpath(where.group(1) if where else "content/docs"))
    if not folders:
        return Fact(None, f"{config.name}: no defineDocs collection read")
    return Fact(tuple(folders), f"{config.name}: fumadocs-mdx's frontmatterSchema requires `title`")


# Astro's `markdown.syntaxHighlight`: 'shiki' (the default), 'prism', false, or { type: … }.
_ASTRO_SYNTAX_HIGHLIGHT = re.compile(
    r"""\bsyntaxHighlight['"]?\s*:\s*(?:['"`](\w+)['"`]|(false)\b|\{[^{}]*?\btype['"]?\s*:\s*['"`](\w+)['"`])""")
_NO_EXPRESSIVE_CODE = re.compile(r"""\bexpressiveCode['"]?\s*:\s*false\b""")


def _bracketed(text: str, start: int) -> str:
    """The text of the first `[…]` at or after ``start`` (one level), or ""."""
    if start < 0:
        return ""
    opened = text.find("[", start)
    closed = text.find("]", opened) if opened >= 0 else -1
    return text[opened:closed] if closed > opened else ""


# (a base written as a prefix and a name, `"./src/content/" + name`, gives the prefix's folder;
# parentheses in a pattern's string are skipped: `"**/*.(md|mdx)"`, held-out h88)
_GLOB_BASE = re.compile(r"""\bglob\s*\(\s*\{(?:[^{}()'"]|'[^'\n]*'|"[^"\n]*"|\{[^{}]*\})*?\bbase\s*:\s*['"](\.{0,2}/?[^'"]+)['"]""")
_MARKDOWN_OPTIONS = re.compile(r"(?<![\w.])markdown\s*:\s*\{")
_PATH_OPTION = re.compile(r"""(?:^|,)\s*(['"]?)path\1\s*:\s*(?:['"]([^'"]+)['"]|`([^`]+)`)""")
# `${NAME}` in a template literal, and a string constant of the config (`const LOCALE = "en"`).
_SUBSTITUTION = re.compile(r"\$\{([^}]*)\}")


def _docusaurus_missing_images(cfg: str, text: str) -> Fact:
    """What Docusaurus does with a Markdown image whose file is missing: its image plugin stops the
    build ("Image … used in … not found"), unless `markdown.hooks.onBrokenMarkdownImages` (3.9) says
    otherwise."""
    hook = re.search(r"""\bonBrokenMarkdownImages['"]?\s*:\s*(?:['"`](\w+)['"`]|(\S))""", text)
    if hook is None:
        return Fact("error", "Docusaurus's image plugin stops the build on a Markdown image whose file is missing")
    if hook.group(1) == "throw":
        return Fact("error", f"{cfg}: onBrokenMarkdownImages: 'throw'")
    if hook.group(1) in ("warn", "log"):
        return Fact("warning", f"{cfg}: onBrokenMarkdownImages: '{hook.group(1)}' (the build goes on)")
    return Fact(None, f"{cfg}: onBrokenMarkdownImages is set otherwise: not judged")


def _docusaurus_docs_paths(text: str, plugin: str = "docs") -> list[str]:
    """The ``path`` options of the docs (or blog) plugin's option objects (the preset's ``docs: {…}``
    and each ``['@docusaurus/plugin-content-docs', {…}]``), read at the object's own level:
    an ``editUrl`` function or a nested object before it may be any length; the plugin's
    default folder (``docs``, ``blog``) for an object without one, beside other instances'
    folders.  A plugin whose options are a constant (`['@docusaurus/plugin-content-docs',
    guideOptions]`) is read from that constant's object literal."""
    return [_own_path(text, start, plugin) for start in _plugin_option_starts(text, plugin)]


def _plugin_option_starts(text: str, plugin: str) -> list[int]:
    """Where each options object of the docs (or blog) plugin opens (just after its `{`)."""
    # (a type comment and parentheses may stand before the object: `/** @type {…} */ ({ … })`, held-out h80)
    options = re.compile(rf"""(?:\b{plugin}['"]?\s*:|['"](?:@docusaurus/plugin-)?content-{plugin}['"]\s*,)\s*(?:/\*.*?\*/\s*|//[^\n]*\n\s*)*\(?\s*\{{""", re.S)
    named = re.compile(rf"""['"](?:@docusaurus/plugin-)?content-{plugin}['"]\s*,\s*([A-Za-z_$][\w$]*)\s*[\]\)]""")
    starts = [match.end() for match in options.finditer(text)]
    for match in named.finditer(text):
        declared = re.search(r"\b(?:const|let|var)\s+" + re.escape(match.group(1)) + r"\b[^=;{]*=\s*\{", text)
        if declared is not None:
            starts.append(declared.end())
    return sorted(starts)


def docusaurus_plugin_options(text: str, plugin: str = "docs") -> list[str]:
    """The options of each instance of the docs (or blog) plugin in a Docusaurus config's text, at
    their own level (what nested brackets hold left out; see _own_level)."""
    return [_own_level(text, start) for start in _plugin_option_starts(text, plugin)]


def _own_path(text: str, start: int, default: str = "docs") -> str:
    """The `path` of the object literal whose `{` ends at ``start``, read at its own level."""
    found = _PATH_OPTION.search(_own_level(text, start))
    if found is None:
        return default  # the plugin's default path
    if found.group(2) is not None:
        return found.group(2)
    # A template literal (`i18n/${DEFAULT_LOCALE}/…`): its substitutions read from the config's constants.
    def value(name: re.Match) -> str:
        constant = re.search(r"\bconst\s+" + re.escape(name.group(1).strip()) + r"""\s*=\s*['"]([^'"\n]+)['"]""", text)
        if constant is None or not re.fullmatch(r"\s*[A-Za-z_$][\w$]*\s*", name.group(1)):
            raise LookupError
        return constant.group(1)
    try:
        return _SUBSTITUTION.sub(value, found.group(3))
    except LookupError:
        return default  # (a value computed otherwise: not read)


def _own_level(text: str, start: int) -> str:
    """The text of the object literal whose `{` ends at ``start`` at its own level: what nested
    brackets hold is left out, and an array is marked `[@<offset>]` (where it opens in ``text``)."""
    depth, quote, own = 1, "", []
    for index in range(start, len(text)):
        ch = text[index]
        if quote:
            if ch == quote and text[index - 1] != "\\":
                quote = ""
        elif ch in "'\"`":
            quote = ch
        elif ch in "{[(":
            depth += 1
            if depth == 2 and ch == "[":
                own.append(f"[@{index}]")
        elif ch in "}])":
            depth -= 1
            if depth == 0:
                break
            continue
        if depth == 1:
            own.append(ch)
    return "".join(own)


_EXCLUDE_OPTION = re.compile(r"""(?:^|,)\s*['"]?exclude['"]?\s*:\s*\[@(\d+)\]""")


def _docusaurus_excluded(text: str) -> list[str]:
    """The files the docs plugins' `exclude` globs keep from being pages, as patterns from the site's
    root (`docs/README.md`).  Docusaurus's default (`_` files and folders, tests) and globs for `_`
    files are left out: such a partial is still compiled where a page imports it."""
    options = re.compile(r"""(?:\bdocs['"]?\s*:|['"](?:@docusaurus/plugin-)?content-docs['"]\s*,)\s*\{""")
    patterns: list[str] = []
    for match in options.finditer(text):
        own = _own_level(text, match.end())
        found = _EXCLUDE_OPTION.search(own)
        if found is None:
            continue
        base = (_PATH_OPTION.search(own).group(2) if _PATH_OPTION.search(own) else "docs").strip("./") or "."
        opened = int(found.group(1))
        closed = text.find("]", opened)
        for glob in re.findall(r"""['"]([^'"]+)['"]""", text[opened:closed if closed > 0 else len(text)]):
            if not glob.split("/")[-1].startswith("_") and "__tests__" not in glob and ".test." not in glob:
                patterns.append(f"{base}/{glob.lstrip('./')}")
    return patterns


def _next(folder: Path, config: Path | None, deps: dict, package: str) -> Site:
    text = _read(config) if config is not None else ""
    cfg = _rel(folder, config) if config is not None else _rel(folder, package)
    site = _unknown(folder, f"{cfg}: not set, and Next.js has no such default")
    nextra_spec = deps.get("nextra")
    if nextra_spec is None and "@theguild/components" in deps:
        # The Guild's sites get Nextra through their components package (`withGuildDocs`):
        # @theguild/components 4-5 depend on nextra 2, 6 on nextra 3, later ones on nextra 3 or 4.
        guild = _major(deps["@theguild/components"])
        nextra_spec = "2" if guild is not None and guild <= 5 else "3" if guild == 6 else ""
    nextra = nextra_spec is not None
    if "nextra" in deps or not nextra:
        via = f"nextra {nextra_spec}"
    else:
        via = f"@theguild/components {deps['@theguild/components']} (nextra {nextra_spec or 'version not known'})"
    fumadocs = not nextra and "fumadocs-mdx" in deps
    if nextra or fumadocs or "next" in deps or config is None:
        framework_source = f"{_rel(folder, package)}: " + (
            via if nextra else f"fumadocs-mdx {deps['fumadocs-mdx']}" + (" on Next.js" if "next" in deps else "")
            if fumadocs else "next")
    else:  # (no dependency read: the config alone says Next.js)
        framework_source = f"{cfg}: a Next.js config (no package.json dependencies read)"
    site.framework = Fact("nextra" if nextra else "fumadocs" if fumadocs else "next", framework_source)
    if nextra:
        nextra_major = _major(nextra_spec) if nextra_spec else None
        site.highlighter = Fact(None, f"{via}: Shiki through rehype-pretty-code (its languages are not read)"
                                if nextra_major is None or nextra_major >= 2 else f"{via}: its highlighter is not read")
        if (nextra_major is None or nextra_major >= 2) and not re.search(r"\bstaticImage\s*:\s*false\b", text):
            site.missing_images = Fact("error", f"{via}: `staticImage` (on by default) imports a Markdown image at a "
                                                "relative path, and the build stops where its file is missing")
    elif fumadocs:
        site.highlighter = Fact(None, f"fumadocs-mdx {deps['fumadocs-mdx']}: Shiki (its languages are not read)")
    mdx_spec = deps.get("@mdx-js/mdx") or deps.get("@next/mdx") or deps.get("@mdx-js/loader")
    if nextra:
        major = _major(nextra_spec)
        # Nextra 3 and 4 compile with @mdx-js/mdx 3 (3.0.0-alpha.11 on), Nextra 2 with MDX 2, and
        # Nextra 0.x and 1.x with MDX 2's previews (@mdx-js/loader 2.0.0-next.8 and next.9 in their
        # package.json): read as MDX 2, the nearest released version.
        site.mdx_version = Fact(3 if major is None or major >= 3 else 2,
                                via if major is None or major >= 2 else f"{via} (@mdx-js/mdx 2.0.0-next, a preview of MDX 2)")
    elif mdx_spec:
        # The compiler's own version where it is listed, else the loader's (@mdx-js/loader 2 runs
        # @mdx-js/mdx 2); @next/mdx's version is Next's, not MDX's.
        listed = next((name for name in ("@mdx-js/mdx", "@mdx-js/loader") if name in deps), None)
        major = _major(deps[listed]) if listed else None
        if listed and major is not None:
            site.mdx_version = Fact(1 if major < 2 else min(major, 3), f"{_rel(folder, package)}: {listed} {deps[listed]}")
        else:
            site.mdx_version = Fact(3, f"{_rel(folder, package)}: @next/mdx {deps.get('@next/mdx', '')} with no @mdx-js/loader "
                                       "version listed: MDX 3, the version @next/mdx is installed with")
    elif "fumadocs-mdx" in deps:
        site.mdx_version = Fact(3, f"{_rel(folder, package)}: fumadocs-mdx {deps['fumadocs-mdx']} (@mdx-js/mdx 3)")
    elif "contentlayer2" in deps or "next-contentlayer2" in deps:
        # contentlayer2 compiles MDX with mdx-bundler 10 (@mdx-js/esbuild 3); contentlayer 0.3 with mdx-bundler 9 (MDX 2).
        site.mdx_version = Fact(3, f"{_rel(folder, package)}: contentlayer2 (mdx-bundler 10, @mdx-js/mdx 3)")
    elif "contentlayer" in deps or "next-contentlayer" in deps:
        site.mdx_version = Fact(2, f"{_rel(folder, package)}: contentlayer (mdx-bundler 9, @mdx-js/mdx 2)")
    else:
        site.mdx_version = Fact(None, f"{_rel(folder, package)}: no @mdx-js/mdx, @next/mdx or contentlayer dependency")
    pages = re.search(r"pageExtensions\s*:\s*\[([^\]]*)\]", text)
    extensions = tuple(e for e in re.findall(r"['\"](\w+)['\"]", pages.group(1)) if e in ("md", "mdx")) if pages else ()
    if nextra or re.search(r"extension\s*:\s*/\\\.mdx\?\$/", text):
        extensions = extensions or ("mdx", "md")
    if not extensions:
        extensions = ("mdx",)
    if "md" in extensions and "mdx" not in extensions:
        extensions = ("mdx", "md")
    source = f"{cfg}: pageExtensions" if pages else f"{cfg}"
    nextra_major = _major(nextra_spec) if nextra and nextra_spec else None
    pinned = re.fullmatch(r"=?v?(\d+)\.(\d+)\.(\d+)", str(nextra_spec or "").strip())
    if "md" in extensions and nextra and (nextra_major is None or nextra_major >= 2) and not (
            pinned and tuple(map(int, pinned.groups())) < (2, 2, 11)):
        # Nextra compiles each page with `format: 'detect'` (its loader sets it, from 2.2.11 on, per
        # its changelog; a version pinned below that compiles .md as MDX, review h96): a .md page is
        # plain Markdown, where `<!-- … -->` and a lone `{` are text.
        extensions, source = ("mdx",), f"{via}: .md pages are compiled as Markdown (format 'detect'), .mdx as MDX"
    elif "md" in extensions and not nextra and "@next/mdx" in deps and (site.mdx_version.value or 0) >= 2 and not re.search(
            r"\bformat\s*:\s*['\"]mdx['\"]", text):
        # @next/mdx's loader (@mdx-js/loader 2 and 3) defaults to `format: 'detect'`, reading the
        # file's name: .md as Markdown unless `format: 'mdx'`.  (A site's own pipeline that compiles
        # the text without its name, as react.dev's, gets MDX: its .md pages stay MDX here.)
        extensions, source = ("mdx",), f"{cfg}: .md pages are compiled as Markdown (MDX's default format 'detect')"
    site.mdx_extensions = Fact(tuple(sorted(set(extensions), key=("mdx", "md").index)), source)
    components: set[str] = set()
    sources = []
    unread: list[str] = []  # component files whose map is not written in them (a theme's, a call's)
    spreads: list[str] = []
    for candidate in [*(folder / name for name in MDX_COMPONENT_FILES), *(folder / "src" / name for name in MDX_COMPONENT_FILES),
                      *sorted(folder.glob("src/components/MDX/MDXComponents.*")), *sorted(folder.glob("components/MDXComponents.*"))]:
        if os.path.isfile(candidate):
            found, spread = component_map(candidate, root=str(folder))
            if fumadocs and spread:
                # Fumadocs' page renders `getMDXComponents({...})` with more components (its template
                # passes some): the parameter's spread is open there.  Elsewhere a page renders the
                # MDX with no components, and `...components` adds none.
                parameter = None
            else:
                parameter = _map_parameter(_read(candidate))
            spreads += [name for name in spread if name != parameter]
            if found:
                components |= found
                sources.append(_rel(folder, candidate))
            else:
                unread.append(_rel(folder, candidate))
    # Without a component map the provider may pass anything: unknown, not empty.  A map that
    # spreads in another's names (`...defaultMdxComponents`, `...icons`) is not known either.
    if spreads and sources:
        site.global_components = Fact(None, f"{' + '.join(sources)}, which spread in {', '.join(dict.fromkeys(spreads))} (not read: unknown)")
    else:
        site.global_components = Fact(frozenset(components) if sources else None,
                                      " + ".join(sources) if sources else
                                      f"{', '.join(unread)}: no component map written there (a theme's or a call's: unknown)"
                                      if unread else "no MDX component map found (unknown)")
    if sources:
        site.untranslated_components = _untranslated(folder, [folder / source for source in sources], components)
    # MDX pages that webpack or Turbopack bundle (@next/mdx, Nextra) are modules: `require` is
    # there. MDX compiled at run time (next-mdx-remote, a page's own `evaluate`) has no `require`.
    bundled = {"require"} if (nextra or fumadocs or "@next/mdx" in deps) else set()
    bundler = "; bundled by webpack or Turbopack: require" if bundled else ""
    if nextra:
        major = _major(nextra_spec)
        # Nextra 4 gives `metadata` and `toc`, earlier ones `frontMatter`; a version not known: both.
        names = frozenset({"metadata", "toc"} if (major or 0) >= 4 else {"frontMatter"} if major else {"metadata", "toc", "frontMatter"})
        if major == 1 or re.search(r"\b2\.0\.0-(?:alpha|beta)", nextra_spec or ""):
            # Nextra 1's loader (and 2.0's pre-releases) prepends `const NEXTRA_PAGE_MAP = …` to every page.
            names |= {"NEXTRA_PAGE_MAP"}
        site.injected_names = Fact(names | bundled, f"{via}: " + ", ".join(sorted(names)) + bundler)
        site.heading_ids = Fact("bracket", "Nextra: `## Title [#id]`")
    else:
        scoped = sorted(name for name in ("next-mdx-remote", "next-mdx-remote-client", "mdx-bundler") if name in deps)
        if scoped:
            # Their `scope` (`globals`) option puts any name in scope: not read (unknown).
            site.injected_names = Fact(None, f"{_rel(folder, package)}: {', '.join(scoped)} (its scope is not read: unknown)")
        else:
            site.injected_names = Fact(frozenset(bundled), "Next.js injects no names into MDX" + bundler)
    if fumadocs:
        # fumadocs-core's remark-heading (on in fumadocs-mdx) reads a trailing `[#id]` as the id.
        site.heading_ids = Fact("bracket", "fumadocs: `## Title [#id]` (fumadocs-core remark-heading)")
    custom_ids = list(folder.glob("plugins/*header-custom-ids*")) + list(folder.glob("src/plugins/*header-custom-ids*"))
    if custom_ids:
        site.heading_ids = Fact("jsx-comment", f"{_rel(folder, custom_ids[0])}: `## Title {{/*id*/}}`")
    site.frontmatter_required = Fact(False if nextra else None, "Nextra: front matter is optional" if nextra else "Next.js: no schema")
    if fumadocs:
        site.frontmatter_required = _fumadocs_frontmatter(folder)
    if nextra and re.search(r"\blatex\s*:\s*(?:true\b|\{)", text):
        site.math = Fact(True, f"{cfg}: nextra({{ latex }})")
    content = [d for d in ("src/content", "content", "pages", "src/pages", "app", "src/app") if os.path.isdir(folder / d)]
    site.content_dirs = Fact(tuple(content), "folders present")
    if not nextra and not fumadocs:
        site.mdx_anywhere = Fact(True, "Next.js: the MDX loader compiles every .mdx file the app imports, wherever it is")
    return site
