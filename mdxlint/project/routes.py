"""The pages a Starlight site makes of its docs collection, to tell a link to a missing page.

Starlight makes a page of every Markdown file under ``src/content/docs`` (``.md``, ``.mdx``,
``.mdoc``), at its path with each segment slugified as Astro does (github-slugger), an
``index`` file at its folder's URL, a ``slug`` in its front matter in place of the path, and
files whose name starts with ``_`` left out.  A locale's reader sees every page of
the default locale that the locale lacks (Starlight's fallback content).

Other routes (``src/pages``, redirects, plugins that generate pages) are not known, so a link
is called missing only where nothing else can answer it: its first segment is a section of
the docs (a folder there), no file in ``src/pages`` and no redirect or ignored generated
folder names that section, and no page has the path.
"""

from __future__ import annotations

import difflib
import os
import re
from functools import cached_property

from mdxlint.mdx.slug import slugify
from mdxlint.project import probes

# The files Starlight's docs loader reads (`**/[^_]*.{markdown,mdown,mkdn,mkd,mdwn,md,mdx}`, and Markdoc)
MARKDOWN_PAGE = re.compile(r"\.(?:mdx?|mdoc|markdown|mdown|mkdn|mkd|mdwn)$", re.I)


_PLUGIN_PATH_OPTION = re.compile(r"""\b(?:base|output|outputDirectory|prefix|route|path)\s*:\s*['"`]([^'"`\n]+)['"`]""")


class StarlightRoutes:
    def __init__(self, root: str, locale_folders: frozenset[str], default_folder: str | None, config_text: str):
        self.root = root
        self.docs = os.path.join(root, "src", "content", "docs")
        self.locale_folders = locale_folders  # folders of the locales other than the root one
        self.default_folder = default_folder  # the default locale's folder when it has one (no `root` locale)
        self.config_text = config_text

    @cached_property
    def pages(self) -> frozenset[str]:
        """Every page's route, lower case, without slashes at either end ("" is the home page)."""
        routes: set[str] = set()
        for folder, dirs, files in os.walk(self.docs):
            dirs[:] = [name for name in dirs if not name.startswith(".")]  # (a `_` folder's files are read)
            relative = os.path.relpath(folder, self.docs)
            segments = [] if relative == "." else relative.split(os.sep)
            for name in files:
                if name.startswith("_") or not MARKDOWN_PAGE.search(name) or not os.path.isfile(os.path.join(folder, name)):
                    continue  # (a pipe or a device is no page, and opening one would block)
                slug = frontmatter_slug(os.path.join(folder, name))
                if slug is not None:
                    routes.add(slug.strip("/").lower())
                    continue
                stem = MARKDOWN_PAGE.sub("", name)
                parts = [slugify(part) for part in [*segments, stem]]
                if parts[-1] == "index":
                    parts.pop()
                routes.add("/".join(parts))
        return frozenset(routes)

    @cached_property
    def sections(self) -> frozenset[str]:
        """The first segments of the routes of the default locale (`guides`, `reference`)."""
        return frozenset(route.split("/", 1)[0] for route in self.pages if "/" in route)

    @cached_property
    def other_routes(self) -> frozenset[str]:
        """First segments that something other than the docs may answer: src/pages files and
        folders, and folders that generated pages fill (named in a .gitignore)."""
        names: set[str] = set()
        pages = os.path.join(self.root, "src", "pages")
        try:
            names.update(slugify(MARKDOWN_PAGE.sub("", os.path.splitext(entry.name)[0])) for entry in os.scandir(pages))
        except OSError:
            pass
        # Plugins that add pages under a path of their options (starlight-openapi's `base: 'api'`,
        # starlight-typedoc's `output: 'api'`, starlight-blog's `prefix`): those sections are theirs too.
        for option in _PLUGIN_PATH_OPTION.finditer(self.config_text):
            first = option.group(1).strip("/").split("/", 1)[0].lower()
            if first:
                names.add(first)
        for ignore in (os.path.join(self.root, ".gitignore"), os.path.join(self.docs, ".gitignore")):
            text = probes.read_text(ignore) if probes.is_file(ignore) else None
            for line in (text or "").splitlines():
                line = line.strip().strip("/")
                if line and not line.startswith("#"):
                    names.add(line.rsplit("/", 1)[-1].lower())
        return frozenset(names)

    def missing(self, path: str) -> list[str] | None:
        """For a URL path (the base taken off) that is no page though it names a section of the
        docs: the closest routes (maybe none).  None when a page has it or it cannot be known."""
        route = path.split("?", 1)[0].strip("/").lower()
        if not route or "[" in route:
            return None
        segments = route.split("/")
        locale = segments[0] if segments[0] in self.locale_folders else None
        rest = "/".join(segments[1:]) if locale else route
        candidates = [route, rest]  # (a locale's page, else the default locale's shown in its place)
        if self.default_folder:
            candidates.append(f"{self.default_folder}/{rest}")
        if any(candidate in self.pages for candidate in candidates):
            return None
        section = rest.split("/", 1)[0]
        if self.default_folder:
            sections = {route.split("/")[1] for route in self.pages if route.startswith(self.default_folder + "/") and route.count("/") > 1}
        else:
            sections = self.sections
        if not rest or section not in sections or section in self.other_routes or section in self.locale_folders:
            return None
        if f"/{route}" in self.config_text.lower() or "[..." in self._page_names():
            return None  # (a redirect of it, or a catch-all route in src/pages)
        known = sorted(page for page in self.pages if page.split("/", 1)[0] == section
                       or (self.default_folder and page.startswith(f"{self.default_folder}/{section}")))
        prefix = f"{locale}/" if locale and not self.default_folder else ""
        return [f"/{prefix}{page}/" for page in difflib.get_close_matches(
            rest if not self.default_folder else f"{self.default_folder}/{rest}", known, n=2, cutoff=0.8)]

    def _page_names(self) -> str:
        try:
            return " ".join(entry.name for entry in os.scandir(os.path.join(self.root, "src", "pages")))
        except OSError:
            return ""


def frontmatter_slug(path: str) -> str | None:
    """The `slug` a page's front matter gives, if any: YAML between `---` lines (after blank lines
    too, as Astro reads it) or TOML between `+++` lines."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return None
    text = head.lstrip("\ufeff")
    stripped = text.lstrip("\r\n\t ")
    fence = stripped[:3]
    if fence not in ("---", "+++") or "slug" not in stripped:
        return None
    first = stripped.find("\n")
    end = re.search(rf"(?m)^{re.escape(fence)}[ \t]*\r?$", stripped[first + 1 :]) if first >= 0 else None
    if end is None:
        return None
    block = stripped[first + 1 : first + 1 + end.start()]
    try:
        if fence == "---":
            import yaml

            data = yaml.safe_load(block)
        else:
            try:
                import tomllib
            except ImportError:  # pragma: no cover - Python 3.10
                import tomli as tomllib  # type: ignore[no-redef]
            data = tomllib.loads(block)
    except Exception:  # noqa: BLE001 - front matter that does not parse moves no page (FM001 reports it)
        return None
    slug = data.get("slug") if isinstance(data, dict) else None
    return slug if isinstance(slug, str) else None
