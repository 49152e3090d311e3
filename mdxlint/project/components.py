"""Component modules imported by lessons: resolve import paths as Vite does, read
what a module exports (following re-exports) and a component's props interface.

Reads TypeScript/JavaScript as text with patterns for the declarations component
files use; it does not type-check.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mdxlint.project import probes
from mdxlint.project.locales import DOCUSAURUS

EXTENSIONS = ("", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".mts", ".astro", ".mdx", ".md", ".json", ".svelte", ".vue")
INDEX_FILES = tuple(f"index{ext}" for ext in EXTENSIONS if ext)


def resolve_import(source: str, from_file: str, root: str) -> str | None:
    """The file an import path names, or None.  Bare package names (and aliases the project
    does not declare) return ""."""
    if source.startswith("/"):
        rest = source.lstrip("/")
        folders = absolute_roots(root)
        if not folders:
            return ""  # where `/` is looked up is not known: not checked
        return next((found for found in (_resolve_base(os.path.join(folder, rest)) for folder in folders) if found), None)
    if source.startswith("."):
        base = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(from_file)), source))
    else:
        for prefix, targets, exact in project_aliases(root):
            if (source == prefix) if exact else source.startswith(prefix):
                rest = "" if exact else source[len(prefix):].split("?", 1)[0]  # `?raw`, `?url`: Vite's query
                found = next((path for path in (_resolve_base(os.path.normpath(os.path.join(t, rest))) for t in targets)
                              if path), None)
                # A name no package can have (`@/…`, `~/…`, `#…`, `@site/…`) fails here; any other
                # falls back to the packages, as TypeScript and the bundlers do: it fails too when
                # no such package is declared or installed (`@components/list/X.astro`).
                if found is None and not prefix.startswith(_NOT_PACKAGE_NAMES) and _may_be_package(source, root):
                    return ""
                return found
        return ""  # a package: not checked here
    return _resolve_base(base)


def _docusaurus_config(root: str) -> str | None:
    """The config of the Docusaurus site at ``root``, or in `website/` below it (a repository that
    keeps its docs beside the site, `docs.path: '../docs'`)."""
    for site in (root, os.path.join(root, "website")):
        for name in DOCUSAURUS:
            if probes.is_file(os.path.join(site, name)):
                return os.path.join(site, name)
    return None


_STATIC_DIRECTORIES = re.compile(r"\bstaticDirectories\s*:\s*\[([^\]]*)\]")
_STRING = re.compile(r"""['"]([^'"\n]+)['"]""")


@lru_cache(maxsize=32)
def absolute_roots(root: str) -> tuple[str, ...]:
    """The folders an import path from `/` is looked up in.  Docusaurus's webpack resolves it in the
    site's static folders first (`staticDirectories`, `static` by default), then in the site's
    folder and the working folder (`resolve.roots`): `import Pic from '/img/pic.png'` is
    `static/img/pic.png`.  Elsewhere: the project's folder.  Empty where that is not known."""
    from mdxlint.project.locales import without_comments

    config = _docusaurus_config(root)
    if config is not None:
        site = os.path.dirname(config)
        text = without_comments(_read(config))
        found = _STATIC_DIRECTORIES.search(text)
        if (found is None and re.search(r"\bstaticDirectories\b", text)) or (
                found is not None and _STRING.sub("", found.group(1)).replace(",", "").strip()):
            return ()  # set otherwise than as a list of strings (a variable, a spread): not known
        folders = _STRING.findall(found.group(1)) if found is not None else ["static"]
        return tuple(dict.fromkeys([os.path.normpath(os.path.join(site, folder)) for folder in folders]
                                   + [os.path.normpath(site), os.path.normpath(root)]))
    return (root,)


def _resolve_base(base: str, depth: int = 0) -> str | None:
    for ext in EXTENSIONS:
        candidate = base + ext
        if probes.is_file(candidate):
            return candidate
    if probes.is_dir(base):
        # A folder with a package.json: Node and the bundlers follow its `main` (bundlers `module`
        # first) before they try index files.
        manifest = _read(os.path.join(base, "package.json")) if depth < 3 else ""
        if manifest:
            fields = probes.json_value(manifest)
            for key in ("module", "main"):
                entry = fields.get(key) if isinstance(fields, dict) else None
                if isinstance(entry, str) and entry.strip():
                    found = _resolve_base(os.path.normpath(os.path.join(base, entry)), depth + 1)
                    if found:
                        return found
        for name in INDEX_FILES:
            candidate = os.path.join(base, name)
            if probes.is_file(candidate):
                return candidate
    return None


_JSONC_NOISE = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', re.S)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


_NOT_PACKAGE_NAMES = ("@/", "~", "#", "@site/", "@@")


def _may_be_package(source: str, root: str) -> bool:
    """Whether ``source`` may name a file of a package: the package its name starts with
    (`@scope/name`, `name`) is declared in the project's package.json or one above it, or installed
    in a `node_modules` folder Node would look in; or the project is in a workspace (whose packages
    are linked when installed), or its package.json is not read."""
    parts = source.split("/")
    name = "/".join(parts[:2]) if source.startswith("@") else parts[0]
    declared = _declared_packages(root)
    if declared is None or name in declared:
        return True
    folder = os.path.abspath(root)
    while True:
        if probes.exists(os.path.join(folder, "node_modules", name)):
            return True
        here = _declared_packages(folder) or frozenset()
        if name in here or _WORKSPACES in here or probes.exists(os.path.join(folder, "pnpm-workspace.yaml")):
            return True  # declared above the site, or in a workspace (its packages are linked when installed)
        parent = os.path.dirname(folder)
        if parent == folder:
            return False
        folder = parent


@lru_cache(maxsize=32)
def _declared_packages(root: str) -> frozenset[str] | None:
    """The packages the project's package.json declares (dependencies of every kind), or None
    where it has none that reads."""
    data = probes.json_value(_read(os.path.join(root, "package.json")))
    if not isinstance(data, dict):
        return None
    names: set[str] = set()
    for key in ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies"):
        if isinstance(data.get(key), dict):
            names.update(data[key])
    if data.get("workspaces"):
        names.add(_WORKSPACES)
    return frozenset(names)


_WORKSPACES = " workspaces"  # (no package has this name) the package.json declares workspaces
_ASTRO_CONFIGS = ("astro.config.mjs", "astro.config.ts", "astro.config.js", "astro.config.mts")
_VITE_ALIAS = re.compile(r"\balias\s*:\s*\{")
# `"@": "./src"`, `'~': path.resolve("./src")`, `"@": new URL("./src", import.meta.url).pathname`: the
# key and the first path in the value (a folder of the project, from its root).
_ALIAS_ENTRY = re.compile(r"""['"]?([@~#$][\w@~#$/-]*|[A-Za-z][\w-]*)['"]?\s*:\s*[^,'"}]*?['"](\.{0,2}/[^'"]*)['"]""")


def _vite_aliases(root: str) -> list[tuple[str, str]]:
    """(alias, folder) of `vite.resolve.alias` in an Astro config, written as an object: Vite
    replaces the alias (`@`) and what follows it (`@/components/X`) with the folder."""
    from mdxlint.project.locales import braced, read_config

    found: list[tuple[str, str]] = []
    for name in _ASTRO_CONFIGS:
        path = os.path.join(root, name)
        if not probes.is_file(path):
            continue
        try:
            text = read_config(Path(path))
        except OSError:
            return found
        for match in _VITE_ALIAS.finditer(text):
            for entry in _ALIAS_ENTRY.finditer(braced(text, match.end() - 1)[1:]):
                target = entry.group(2)
                if target.startswith("../"):
                    continue  # outside the project: not followed
                found.append((entry.group(1), os.path.normpath(os.path.join(root, re.sub(r"^\.?/", "", target)))))
        break
    return found


@lru_cache(maxsize=32)
def project_aliases(root: str) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """Import aliases the bundler resolves, longest prefix first: ``compilerOptions.paths`` of
    the project's tsconfig.json or jsconfig.json (Vite, Next.js and Docusaurus read them; a
    config that extends another is read for its own paths only), and Docusaurus's ``@site/``."""
    aliases: dict[tuple[str, bool], tuple[str, ...]] = {}  # (prefix or exact name, exact) -> targets
    for name in ("tsconfig.json", "jsconfig.json"):
        text = _read(os.path.join(root, name))
        if not text:
            continue
        config = probes.json_value(_TRAILING_COMMA.sub(r"\1", _JSONC_NOISE.sub(lambda m: m.group(1) or "", text)))
        options = config.get("compilerOptions") if isinstance(config, dict) else None
        paths = options.get("paths") if isinstance(options, dict) else None
        if not isinstance(paths, dict):
            continue
        base = os.path.join(root, str(options.get("baseUrl") or "."))
        for pattern, targets in paths.items():
            if not (isinstance(pattern, str) and isinstance(targets, list)) or pattern.count("*") > 1:
                continue
            if pattern == "*":
                continue  # a catch-all: every package name would match it
            if pattern.endswith("*") and all(isinstance(t, str) and t.endswith("*") for t in targets):
                aliases[(pattern[:-1], False)] = tuple(os.path.normpath(os.path.join(base, t[:-1])) + os.sep for t in targets)
            elif "*" not in pattern and all(isinstance(t, str) and "*" not in t for t in targets):
                aliases[(pattern, True)] = tuple(os.path.normpath(os.path.join(base, t)) for t in targets)
        break
    for prefix, target in _vite_aliases(root):
        aliases.setdefault((prefix, True), (target,))
        aliases.setdefault((prefix + "/", False), (target + os.sep,))
    # `@site/` is the Docusaurus site's folder.
    config = _docusaurus_config(root)
    if config is not None:
        aliases.setdefault(("@site/", False), (os.path.normpath(os.path.dirname(config)) + os.sep,))
    return tuple(sorted(((prefix, targets, exact) for (prefix, exact), targets in aliases.items()), key=lambda item: -len(item[0])))


def _read(path: str) -> str:
    return probes.read_text(path) or ""


def forget_cached_reads() -> None:
    """Drop what was read of the project's files and kept (aliases, exports, props), so that
    what is asked next is read again, and noted where :func:`probes.recording` is on."""
    for cached in (project_aliases, absolute_roots, _module_exports, _shape, _untranslated_exports, _declared_packages):
        cached.cache_clear()


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


_DECL = re.compile(r"\bexport\s+(?:declare\s+)?(?:async\s+|abstract\s+)?"
                   r"(?:function\*?|const\s+enum|const|let|var|class|interface|type|enum|namespace|module)\s+([A-Za-z_$][\w$]*)")
# `export const { Foo, Bar: Baz } = …`, `export const [First] = …`: names bound by a pattern.
_DECL_PATTERN = re.compile(r"\bexport\s+(?:declare\s+)?(?:const|let|var)\s*([{\[])")
_PATTERN_TOKEN = re.compile(r"\.\.\.|[A-Za-z_$][\w$]*|[{}\[\](),:=]|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\S")
_DEFAULT = re.compile(r"\bexport\s+default\b")
_LIST = re.compile(r"\bexport\s+(?:type\s+)?\{([^}]*)\}(?:\s*from\s*(['\"])([^'\"]+)\2)?")
_STAR = re.compile(r"\bexport\s+\*\s+(?:as\s+([A-Za-z_$][\w$]*)\s+)?from\s*(['\"])([^'\"]+)\2")
_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


_COMMONJS = re.compile(r"(?:^|[;\s])(?:module\.exports|exports\.[A-Za-z_$][\w$]*)\s*=")


def module_exports(path: str, root: str) -> frozenset[str]:
    return _module_exports(path, root, _mtime(path))


@lru_cache(maxsize=512)
def _module_exports(path: str, root: str, mtime: float, depth: int = 0) -> frozenset[str]:
    text = _COMMENT.sub(" ", _read(path))
    names = set(match.group(1) for match in _DECL.finditer(text))
    for match in _DECL_PATTERN.finditer(text):
        names.update(_pattern_bindings(text, match.start(1)))
    if _DEFAULT.search(text):
        names.add("default")
    for match in _LIST.finditer(text):
        for part in match.group(1).split(","):
            pieces = re.split(r"\s+as\s+", part.strip())
            if pieces[-1].strip():
                names.add(pieces[-1].strip().removeprefix("type ").strip())
    if not names and _COMMONJS.search(text):
        # `module.exports = …`: a bundler with CommonJS interop (webpack: Docusaurus, Next.js) makes it
        # the default export and its keys named ones; which it gives is not known here
        names.add(ANY_EXPORT)
    if depth < 8:
        for match in _STAR.finditer(text):
            if match.group(1):
                names.add(match.group(1))
                continue
            target = resolve_import(match.group(3), path, root)
            if target:
                names |= _module_exports(target, root, _mtime(target), depth + 1) - {"default"}
            else:
                names.add(ANY_EXPORT)  # `export * from "<package>"`: what it brings is not known here
    return frozenset(names)


def _pattern_bindings(text: str, start: int) -> list[str]:
    """The names a destructuring pattern starting at ``text[start]`` (`{` or `[`) binds: not the
    keys before a `:`, not what a default value after `=` reads."""
    names: list[str] = []
    depth = 0
    skipping_default = False  # inside `= <default value>` up to the next `,` or the pattern's end
    default_depth = 0
    tokens = [m.group(0) for m in _PATTERN_TOKEN.finditer(text, start, min(len(text), start + 4000))]
    for index, token in enumerate(tokens):
        if token in "{[(":
            depth += 1
        elif token in "}])":
            depth -= 1
            if skipping_default and depth < default_depth:
                skipping_default = False
            if depth == 0:
                break
        elif skipping_default:
            if token == "," and depth == default_depth:
                skipping_default = False
        elif token == "=":
            skipping_default, default_depth = True, depth
        elif token[0].isalpha() or token[0] in "_$":
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following != ":":  # (a key: what follows it is the binding)
                names.append(token)
    return names


# In a module's exports: some of them come from a package (`export * from "…"`) and are not known.
ANY_EXPORT = "*"


@dataclass(eq=False)
class Prop:
    name: str
    optional: bool
    values: tuple[str, ...] | None = None  # string literal union, when the type is one


@dataclass(eq=False)
class Props:
    interface: str
    file: str
    props: dict[str, Prop] = field(default_factory=dict)
    open_ended: bool = False  # an index signature or an extended type: unknown props allowed


_MEMBER = re.compile(r"^\s*(?:readonly\s+)?(['\"]?)([A-Za-z_$][\w$:-]*)\1(\?)?\s*:\s*(.+?)\s*[;,]?\s*$")
_TYPE_DECL = re.compile(r"\b(?:interface\s+([A-Za-z_$][\w$]*)\b([^{]*)\{|type\s+([A-Za-z_$][\w$]*)\s*=\s*([^{;]*)\{)")
_FUNCTION = re.compile(r"\bfunction\s+([A-Za-z_$][\w$]*)\s*(?:<[^>]*>)?\s*\(([^)]*)\)")
_ARROW = re.compile(r"\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.]+<\s*([A-Za-z_$][\w$]*)\s*>)?\s*=\s*\(([^)]*)\)")
_DEFAULT_FUNCTION = re.compile(r"\bexport\s+default\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)")
_DEFAULT_NAME = re.compile(r"\bexport\s+default\s+([A-Za-z_$][\w$]*)\s*;?")
_PARAM_TYPE = re.compile(r":\s*([A-Za-z_$][\w$]*)\s*$")
# Props typed where the component is declared: `const X: React.FC<{ a: string }> = …`, and a
# parameter `({ a }: { a: string })`.
_ARROW_INLINE = re.compile(r"\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*:\s*[\w.]+<\s*\{")
_INLINE_PARAM_TYPE = re.compile(r"\s*(?:\{[^{}]*\}|[A-Za-z_$][\w$]*)\s*:\s*\{")


def _inline_type_name(component: str) -> str:
    return f"the props type of `{component}`"


@dataclass(eq=False)
class _ModuleShape:
    """What a component module declares, read once per file version."""

    types: dict[str, tuple[str, bool]]  # type name -> (body, open-ended)
    param_types: dict[str, str]  # component name -> its props type name
    default_name: str | None
    reexports: dict[str, tuple[str, str]]  # exported name -> (source, original name)
    # component name -> props its parameter destructures with a default (`{url = "…"}`): never missing
    param_defaults: dict[str, frozenset[str]] = field(default_factory=dict)


def _body_from(text: str, start: int) -> str:
    depth = 1
    index = start
    while index < len(text) and depth:
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
        index += 1
    return text[start : index - 1]


@lru_cache(maxsize=512)
def _shape(path: str, mtime: float) -> _ModuleShape:
    text = _COMMENT.sub(" ", _read(path))
    types: dict[str, tuple[str, bool]] = {}
    for match in _TYPE_DECL.finditer(text):
        name = match.group(1) or match.group(3)
        heritage = (match.group(2) or match.group(4) or "").strip()
        types[name] = (_body_from(text, match.end()), bool(heritage and ("extends" in heritage or "&" in heritage)))
    params: dict[str, str] = {}
    defaults: dict[str, frozenset[str]] = {}
    for match in _FUNCTION.finditer(text):
        typed = _PARAM_TYPE.search(match.group(2).strip())
        if typed:
            params[match.group(1)] = typed.group(1)
        else:
            _inline_param_type(text, match.start(2), match.group(1), types, params)
        defaults[match.group(1)] = _destructured_defaults(match.group(2))
    for match in _ARROW_INLINE.finditer(text):
        name = _inline_type(text, match.end(), ">", match.group(1), types)
        if name is not None:
            params.setdefault(match.group(1), name)
    for match in _ARROW.finditer(text):
        if match.group(2):
            params.setdefault(match.group(1), match.group(2))
        else:
            typed = _PARAM_TYPE.search(match.group(3).strip())
            if typed:
                params.setdefault(match.group(1), typed.group(1))
            elif match.group(1) not in params:
                _inline_param_type(text, match.start(3), match.group(1), types, params)
        defaults.setdefault(match.group(1), _destructured_defaults(match.group(3)))
    default = _DEFAULT_FUNCTION.search(text)
    default_name = default.group(1) if default else None
    if default_name is None:
        named = _DEFAULT_NAME.search(text)
        if named and named.group(1) not in ("function", "class", "async"):
            default_name = named.group(1)
    reexports: dict[str, tuple[str, str]] = {}
    for match in _LIST.finditer(text):
        if not match.group(3):
            continue
        for part in match.group(1).split(","):
            pieces = [p.strip() for p in re.split(r"\s+as\s+", part.strip())]
            if pieces[0]:
                reexports[pieces[-1]] = (match.group(3), pieces[0])
    return _ModuleShape(types, params, default_name, reexports, defaults)


def _inline_param_type(text: str, start: int, component: str, types: dict, params: dict) -> None:
    """A first parameter typed with an object type written in place (`({ a }: { a: string })`)."""
    found = _INLINE_PARAM_TYPE.match(text, start)
    if found is not None:
        name = _inline_type(text, found.end(), ",)=", component, types)
        if name is not None:
            params[component] = name


def _inline_type(text: str, body_start: int, closers: str, component: str, types: dict) -> str | None:
    """Record the object type whose body starts at ``body_start`` as ``component``'s props type
    and return its name, when it is the whole type (followed by one of ``closers``), not one
    part of an intersection or union (`{ a: string } & OtherProps`)."""
    body = _body_from(text, body_start)
    after = body_start + len(body) + 1
    while after < len(text) and text[after] in " \t\r\n":
        after += 1
    if after >= len(text) or text[after] not in closers:
        return None
    name = _inline_type_name(component)
    types[name] = (body, False)
    return name


_DESTRUCTURED_DEFAULT = re.compile(r"(?:^|[{,])\s*([A-Za-z_$][\w$]*)\s*=(?!=|>)")


def _destructured_defaults(params: str) -> frozenset[str]:
    """Names a parameter's destructuring pattern gives a default (`{ children, url = "…" }`)."""
    body = params.strip()
    if not body.startswith("{"):
        return frozenset()
    close = body.find("}")
    return frozenset(_DESTRUCTURED_DEFAULT.findall(body[: close if close > 0 else len(body)]))


def component_props(path: str, local: str, imported: str, root: str, depth: int = 0) -> Props | None:
    """The props a component takes, or None when its declaration cannot be read."""
    shape = _shape(path, _mtime(path))
    key = imported if imported != "default" else "default"
    if key in shape.reexports and depth < 8:
        source, original = shape.reexports[key]
        target = resolve_import(source, path, root)
        return component_props(target, local, original, root, depth + 1) if target else None
    name = (shape.default_name or local) if imported == "default" else imported
    candidates = [shape.param_types[name]] if name in shape.param_types else []
    candidates.append(f"{name}Props")
    astro = path.endswith(".astro") and imported == "default"
    if astro:
        candidates.append("Props")  # an Astro component's props: `interface Props` in its frontmatter
    for candidate in candidates:
        if candidate not in shape.types:
            continue
        body, open_ended = shape.types[candidate]
        props = _props_from(candidate, path, body, open_ended)
        defaulted = shape.param_defaults.get(name, frozenset())
        if astro:
            defaulted = defaulted | astro_prop_defaults(_read(path))
        if defaulted & {prop.name for prop in props.props.values() if not prop.optional}:
            # a prop with a default in the parameter is never missing, whatever its type says
            props = Props(props.interface, props.file, {key: (Prop(prop.name, True, prop.values) if key in defaulted else prop)
                                                       for key, prop in props.props.items()}, props.open_ended)
        read = astro_props_read(_read(path)) if astro else None
        if read is not None and any(not prop.optional and key not in read for key, prop in props.props.items()):
            # A prop the component never reads is never missing: left out, nothing renders differently
            # (held-out h126: tauri-docs' TranslationNote declares `content` and reads only `lang`; Astro
            # checks no props)
            props = Props(props.interface, props.file, {key: (Prop(prop.name, True, prop.values) if key not in read else prop)
                                                       for key, prop in props.props.items()}, props.open_ended)
        if astro and _ASTRO_REST.search(_read(path)):
            # `const { title, ...rest } = Astro.props` hands any other prop on
            props = Props(props.interface, props.file, dict(props.props), open_ended=True)
        return props
    return None


_ASTRO_PROPS = re.compile(r"\}\s*=\s*Astro\.props\b")


def astro_prop_defaults(text: str) -> frozenset[str]:
    """The props an Astro component's frontmatter gives a default where it takes them apart
    (``const { type = 'note', title: heading = '' } = Astro.props``): never missing."""
    found: set[str] = set()
    for parts in _astro_patterns(text):
        for part in parts:
            name = _pattern_key(part)
            if "=" in part and re.fullmatch(r"[A-Za-z_$][\w$-]*", name):
                found.add(name)
    return frozenset(found)


def astro_props_read(text: str) -> frozenset[str] | None:
    """The props an Astro component reads, where it reads them only by taking `Astro.props` apart
    (``const { lang } = Astro.props``); None where it reads them otherwise too (`Astro.props.title`,
    a rest element, the whole object handed on)."""
    patterns = _astro_patterns(text)
    if not patterns or len(_ASTRO_PROPS_USE.findall(text)) != len(patterns) or _ASTRO_HANDED_ON.search(text):
        return None  # (`render(Astro)`: a helper given `Astro` may read any prop; review h128)
    names: set[str] = set()
    for parts in patterns:
        for part in parts:
            name = _pattern_key(part)
            if name.startswith("..."):
                return None
            if name:
                names.add(name)
    return frozenset(names)


def _pattern_key(part: str) -> str:
    """The prop a part of a destructuring pattern takes (`title: heading = ''` takes `title`)."""
    return part.partition("=")[0].split(":")[0].strip().strip("'\"")


_ASTRO_PROPS_USE = re.compile(r"\bAstro\.props\b")
_ASTRO_HANDED_ON = re.compile(r"\bAstro\b(?!\s*\.)")


def _astro_patterns(text: str) -> list[list[str]]:
    """The parts of each destructuring pattern that takes `Astro.props` apart (`{ a, b = 1 }`)."""
    patterns = []
    for match in _ASTRO_PROPS.finditer(text):
        depth, index = 0, match.start()
        while index >= 0:  # back to the pattern's opening brace
            char = text[index]
            depth += char == "}"
            depth -= char == "{"
            if depth == 0:
                break
            index -= 1
        if index < 0:
            continue
        parts, depth, current = [], 0, []
        for char in text[index + 1 : match.start()]:
            if char in "([{":
                depth += 1
            elif char in ")]}":
                depth -= 1
            if char == "," and depth == 0:
                parts.append("".join(current))
                current = []
            else:
                current.append(char)
        parts.append("".join(current))
        patterns.append(parts)
    return patterns


_ASTRO_REST = re.compile(r"\{[^}]*\.\.\.\s*[A-Za-z_$][\w$]*\s*\}\s*=\s*Astro\.props|\{\s*\.\.\.\s*Astro\.props\s*\}")


def _members(body: str) -> list[str]:
    """A type literal's members: split at `;`, line ends and `,` outside brackets
    (`{ a: string, b: Record<string, number> }`; `=>` closes nothing)."""
    parts, current, depth = [], [], 0
    for index, char in enumerate(body):
        if char in "([{<":
            depth += 1
        elif char in ")]}" or (char == ">" and body[index - 1 : index] != "="):
            depth = max(0, depth - 1)
        if depth == 0 and char in ";,\n":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


@lru_cache(maxsize=1024)
def _props_from(interface: str, path: str, body: str, open_ended: bool) -> Props:
    props = Props(interface, path, open_ended=open_ended)
    for line in _members(body):
        member = _MEMBER.match(line)
        if not member:
            if re.search(r"\[\s*\w+\s*:\s*string\s*\]", line):
                props.open_ended = True
            continue
        prop_type = member.group(4)
        values = None
        literals = re.findall(r"'([^']*)'|\"([^\"]*)\"", prop_type)
        if literals and re.fullmatch(r"""\s*(?:(?:'[^']*'|"[^"]*")\s*\|?\s*)+""", prop_type):
            values = tuple(a or b for a, b in literals)
        # A `boolean` left out is `undefined`, which reads as false: the page renders as with `false`.
        optional = bool(member.group(3)) or prop_type.strip().rstrip(";,") == "boolean"
        props.props[member.group(2)] = Prop(member.group(2), optional, values)
    return props


# -- components whose output is not to be translated ------------------------------------------

# HTML's `translate="no"` (and Google Translate's `notranslate` class): the element's content is
# code, a command or a program's message, kept as written in every language.
_NO_TRANSLATE = re.compile(r"""\btranslate\s*=\s*(?:\{\s*)?["'`]no["'`]|\bnotranslate\b""")
# Comments, with strings skipped (a URL's `//` in an attribute is no comment).
_CODE_COMMENT = re.compile(r"""("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|/\*.*?\*/|//[^\n]*""", re.S)
# A declaration at the start of a line: where one component's code ends and the next one's begins
# (`export default memo(function X() {…})` declares the default export).
_TOP_LEVEL = re.compile(
    r"^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?\s+([A-Za-z_$][\w$]*)|(?:const|let|var|class)\s+([A-Za-z_$][\w$]*))"
    r"|^export\s+default\b()",
    re.M,
)
_IMPORT_BINDINGS = re.compile(
    r"\bimport\s+(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*(['\"])([^'\"]+)\3"
)
# `Key: Binding` in a component map (`Terminal: TerminalBlock`); a shorthand key is its own binding.
_MAP_ENTRY = re.compile(r"""(['"]?)([A-Za-z_$][\w$.-]*)\1\s*:\s*([A-Za-z_$][\w$]*)\s*(?=[,}\n])""")


def _without_comments(text: str) -> str:
    return _CODE_COMMENT.sub(lambda found: found.group(1) or " ", text)


def untranslated_exports(path: str, root: str = "") -> frozenset[str]:
    """Exported names (``default`` among them) of the components in the module at ``path`` whose
    rendered output is marked ``translate="no"`` (React.dev's ``TerminalBlock`` and ``ConsoleBlock``
    show a command or a console's message), following one level of re-exports (an index file).
    In an ``.astro`` component the whole file is one component: ``default``."""
    return _untranslated_exports(path, _mtime(path), root, 0)


@lru_cache(maxsize=256)
def _untranslated_exports(path: str, mtime: float, root: str, depth: int) -> frozenset[str]:
    text = _without_comments(_read(path))
    names: set[str] = set()
    if _NO_TRANSLATE.search(text) is not None:
        if path.endswith(".astro"):
            return frozenset({"default"})
        declarations = list(_TOP_LEVEL.finditer(text))
        for index, found in enumerate(declarations):
            end = declarations[index + 1].start() if index + 1 < len(declarations) else len(text)
            if _NO_TRANSLATE.search(text, found.start(), end) is not None:
                names.add(found.group(1) or found.group(2) or "default")
        default = _DEFAULT_FUNCTION.search(text) or _DEFAULT_NAME.search(text)
        if default is not None and default.group(1) in names:
            names.add("default")
    if depth == 0 and "from" in text:
        # `export {Log as Line} from './Log'`: the module's re-exports, as _shape reads them
        for exported, (source, original) in _shape(path, mtime).reexports.items():
            target = resolve_import(source, path, root or os.path.dirname(path))
            if target and original in _untranslated_exports(target, _mtime(target), root, depth + 1):
                names.add(exported)
        for match in _STAR.finditer(text):
            target = None if match.group(1) else resolve_import(match.group(3), path, root or os.path.dirname(path))
            if target:
                names |= _untranslated_exports(target, _mtime(target), root, depth + 1) - {"default"}
    return frozenset(names)


def untranslated_components(map_file: str, names, root: str) -> frozenset[str]:
    """Which of the component map's ``names`` render output marked ``translate="no"``: each name's
    binding (``Terminal: TerminalBlock``, or the name itself) is read in the module the map file
    imports it from."""
    text = _without_comments(_read(map_file))
    binding_of = {name: name for name in names}
    for entry in _MAP_ENTRY.finditer(text):
        if entry.group(2) in binding_of:
            binding_of[entry.group(2)] = entry.group(3)
    keys_of: dict[str, set[str]] = {}
    for name, binding in binding_of.items():
        keys_of.setdefault(binding, set()).add(name)
    found: set[str] = set()
    for match in _IMPORT_BINDINGS.finditer(text):
        bindings = []
        if match.group(1):
            bindings.append((match.group(1), "default"))
        for part in (match.group(2) or "").split(","):
            pieces = [piece.strip() for piece in re.split(r"\s+as\s+", part.strip())]
            if pieces[0]:
                bindings.append((pieces[-1], pieces[0]))
        wanted = [(local, imported) for local, imported in bindings if local in keys_of]
        if not wanted:
            continue
        target = resolve_import(match.group(4), map_file, root)
        if not target:
            continue
        marked = untranslated_exports(target, root)
        for local, imported in wanted:
            if imported in marked:
                found |= keys_of[local]
    return frozenset(found)
