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

EXTENSIONS = ("", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".mts", ".astro", ".mdx", ".md", ".json", ".svelte", ".vue")
INDEX_FILES = tuple(f"index{ext}" for ext in EXTENSIONS if ext)


def resolve_import(source: str, from_file: str, root: str) -> str | None:
    """The file an import path names, or None.  Bare package names return ""."""
    if source.startswith("/"):
        base = os.path.join(root, source.lstrip("/"))
    elif source.startswith("."):
        base = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(from_file)), source))
    else:
        return ""  # a package or an alias: not checked here
    for ext in EXTENSIONS:
        candidate = base + ext
        if os.path.isfile(candidate):
            return candidate
    if os.path.isdir(base):
        for name in INDEX_FILES:
            candidate = os.path.join(base, name)
            if os.path.isfile(candidate):
                return candidate
    return None


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            return stream.read()
    except OSError:
        return ""


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


_DECL = re.compile(r"\bexport\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)")
_DEFAULT = re.compile(r"\bexport\s+default\b")
_LIST = re.compile(r"\bexport\s+(?:type\s+)?\{([^}]*)\}(?:\s*from\s*(['\"])([^'\"]+)\2)?")
_STAR = re.compile(r"\bexport\s+\*\s+(?:as\s+([A-Za-z_$][\w$]*)\s+)?from\s*(['\"])([^'\"]+)\2")
_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def module_exports(path: str, root: str) -> frozenset[str]:
    return _module_exports(path, root, _mtime(path))


@lru_cache(maxsize=512)
def _module_exports(path: str, root: str, mtime: float, depth: int = 0) -> frozenset[str]:
    text = _COMMENT.sub(" ", _read(path))
    names = set(match.group(1) for match in _DECL.finditer(text))
    if _DEFAULT.search(text):
        names.add("default")
    for match in _LIST.finditer(text):
        for part in match.group(1).split(","):
            pieces = re.split(r"\s+as\s+", part.strip())
            if pieces[-1].strip():
                names.add(pieces[-1].strip().removeprefix("type ").strip())
    if depth < 8:
        for match in _STAR.finditer(text):
            if match.group(1):
                names.add(match.group(1))
                continue
            target = resolve_import(match.group(3), path, root)
            if target:
                names |= _module_exports(target, root, _mtime(target), depth + 1) - {"default"}
    return frozenset(names)


@dataclass
class Prop:
    name: str
    optional: bool
    values: tuple[str, ...] | None = None  # string literal union, when the type is one


@dataclass
class Props:
    interface: str
    file: str
    props: dict[str, Prop] = field(default_factory=dict)
    open_ended: bool = False  # an index signature or an extended type: unknown props allowed


_MEMBER = re.compile(r"^\s*(?:readonly\s+)?(['\"]?)([A-Za-z_$][\w$:-]*)\1(\?)?\s*:\s*(.+?)\s*[;,]?\s*$")


def _interface_body(text: str, name: str) -> tuple[str, bool] | None:
    match = re.search(rf"\b(?:interface\s+{re.escape(name)}\b([^{{]*)\{{|type\s+{re.escape(name)}\s*=\s*([^{{;]*)\{{)", text)
    if not match:
        return None
    heritage = (match.group(1) or match.group(2) or "").strip()
    depth = 1
    index = match.end()
    while index < len(text) and depth:
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
        index += 1
    return text[match.end() : index - 1], bool(heritage and ("extends" in heritage or "&" in heritage))


def _exported_component(text: str, local: str, imported: str) -> str:
    """The declared name of the component an import refers to."""
    if imported == "default":
        match = re.search(r"\bexport\s+default\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)", text)
        if match:
            return match.group(1)
        match = re.search(r"\bexport\s+default\s+([A-Za-z_$][\w$]*)\s*;?", text)
        if match and match.group(1) not in ("function", "class", "async"):
            return match.group(1)
        return local
    return imported


def component_props(path: str, local: str, imported: str, root: str) -> Props | None:
    return _component_props(path, local, imported, root, _mtime(path))


@lru_cache(maxsize=512)
def _component_props(path: str, local: str, imported: str, root: str, mtime: float, depth: int = 0) -> Props | None:
    text = _COMMENT.sub(" ", _read(path))
    name = _exported_component(text, local, imported)
    # Re-exported from another module: follow it.
    for match in _LIST.finditer(text):
        if not match.group(3):
            continue
        for part in match.group(1).split(","):
            pieces = [p.strip() for p in re.split(r"\s+as\s+", part.strip())]
            exported_as = pieces[-1]
            original = pieces[0]
            if exported_as == name or (imported == "default" and exported_as == "default"):
                target = resolve_import(match.group(3), path, root)
                if target and depth < 8:
                    return _component_props(target, local, original, root, _mtime(target), depth + 1)
    interface = None
    signature = re.search(rf"\bfunction\s+{re.escape(name)}\s*(?:<[^>]*>)?\s*\(([^)]*)\)", text)
    if signature:
        typed = re.search(r":\s*([A-Za-z_$][\w$]*)\s*$", signature.group(1).strip())
        if typed:
            interface = typed.group(1)
    arrow = re.search(rf"\b(?:const|let)\s+{re.escape(name)}\s*(?::\s*[\w.]+<\s*([A-Za-z_$][\w$]*)\s*>)?\s*=\s*\(([^)]*)\)", text)
    if interface is None and arrow:
        interface = arrow.group(1)
        if interface is None:
            typed = re.search(r":\s*([A-Za-z_$][\w$]*)\s*$", arrow.group(2).strip())
            interface = typed.group(1) if typed else None
    candidates = [interface] if interface else []
    candidates.append(f"{name}Props")
    for candidate in candidates:
        found = _interface_body(text, candidate)
        if found is None:
            continue
        body, open_ended = found
        props = Props(candidate, path, open_ended=open_ended)
        for line in re.split(r"[;\n]", body):
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
            props.props[member.group(2)] = Prop(member.group(2), bool(member.group(3)), values)
        return props
    return None
