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
import posixpath
import re
import urllib.parse
from functools import cached_property

from mdxlint.mdx.slug import slugify
from mdxlint.project import probes
from mdxlint.project.site import docusaurus_plugin_options

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
            for name in files:
                if name.startswith("_") or not MARKDOWN_PAGE.search(name) or not os.path.isfile(os.path.join(folder, name)):
                    continue  # (a pipe or a device is no page, and opening one would block)
                routes.add(self._route(os.path.join(folder, name)))
        return frozenset(routes)

    def _route(self, path: str) -> str:
        """The route of the page a file under the docs makes: its front matter's `slug`, else its
        path slugified, `index` taken off (lower case, no slash at either end)."""
        slug = frontmatter_slug(path)
        if slug is not None:
            return slug.strip("/").lower()
        relative = os.path.relpath(path, self.docs).split(os.sep)
        parts = [slugify(part) for part in [*relative[:-1], MARKDOWN_PAGE.sub("", relative[-1])]]
        if parts[-1] == "index":
            parts.pop()
        return "/".join(parts)

    def missing_relative(self, href: str, from_path: str) -> tuple[str, list[str]] | None:
        """For a relative link without an extension (`guides/setup`, `../api/`) on a page of the docs:
        (the URL it goes to, the closest pages) when it goes to no page whether the browser shows
        the page's URL with its trailing slash or without (Astro serves both unless `trailingSlash`
        says which); None when it has a page, leaves the docs, or cannot be known."""
        page = os.path.abspath(from_path)
        if not page.startswith(self.docs + os.sep) or not MARKDOWN_PAGE.search(page) or href.startswith(("?", "#")):
            return None
        route = self._route(page)
        trailing = re.search(r"""\btrailingSlash['"]?\s*:\s*['"](always|never)['"]""", self.config_text)
        urls = ["/"] if not route else {"always": [f"/{route}/"], "never": [f"/{route}"]}.get(
            trailing.group(1) if trailing else "", [f"/{route}/", f"/{route}"])
        found = None
        for url in urls:
            joined = posixpath.normpath(posixpath.join("/__docs__" + (url if url.endswith("/") else posixpath.dirname(url)), href))
            if not joined.startswith("/__docs__/"):
                return None  # above the site's root: another site's matter
            target = joined[len("/__docs__"):] + ("/" if href.endswith("/") else "")
            near = self.missing(target)
            if near is None:
                return None  # a page, or a path the docs alone do not answer
            found = found or (target, near)
        return found

    @cached_property
    def sections(self) -> frozenset[str]:
        """The first segments of the routes of the default locale (`guides`, `reference`), and the
        folders of the docs whose index page is their only one (`fr/index.mdx`, held-out h105)."""
        sections = {route.split("/", 1)[0] for route in self.pages if "/" in route}
        try:
            folders = [entry.name for entry in os.scandir(self.docs) if entry.is_dir() and not entry.name.startswith((".", "_"))]
        except OSError:
            folders = []
        for name in folders:
            if slugify(name) in self.pages and any(
                    self._route(os.path.join(self.docs, name, f"index{ext}")) == slugify(name)
                    for ext in (".mdx", ".md", ".mdoc") if os.path.isfile(os.path.join(self.docs, name, f"index{ext}"))):
                sections.add(slugify(name))
        return frozenset(sections)

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
    slug = frontmatter_fields(path, ("slug",)).get("slug")
    return slug if isinstance(slug, str) else None


def frontmatter_fields(path: str, names: tuple[str, ...]) -> dict:
    """The front matter of a page (see frontmatter_slug), read only when one of ``names`` is written
    in its first 8 KB; {} otherwise."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = handle.read(8192)
    except OSError:
        return {}
    text = head.lstrip("\ufeff")
    stripped = text.lstrip("\r\n\t ")
    fence = stripped[:3]
    if fence not in ("---", "+++") or not any(name in stripped for name in names):
        return {}
    first = stripped.find("\n")
    end = re.search(rf"(?m)^{re.escape(fence)}[ \t]*\r?$", stripped[first + 1 :]) if first >= 0 else None
    if end is None:
        return {}
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
        return {}
    return data if isinstance(data, dict) else {}


# Docusaurus's default number-prefix parser (plugin-content-docs numberPrefix.ts): `01-intro` is
# `intro`, but dates (`2021-01-01-x`) and versions (`1.2-x`) keep their digits.
_IGNORED_NUMBER_PREFIX = re.compile(r"^(?:(?:\d{2}|\d{4})[-_.]\d{2}(?:[-_.](?:\d{2}|\d{4}))?|\d+[-_.]\d+)")
_NUMBER_PREFIX = re.compile(r"^\d+\s*[-_.]+\s*(?P<suffix>[^-_.\s].*)$")
# Options of the docs plugin that move its pages in ways not read here: versions chosen or renamed,
# another parser of number prefixes, other files, a named instance (its own versioned folders).
_UNREAD_DOCS_OPTIONS = re.compile(
    r"\b(?:lastVersion|versions|onlyIncludeVersions|includeCurrentVersion|disableVersioning|numberPrefixParser|id"
    r"|homePageId)['\"]?\s*:")
# (`include` and `exclude` narrow which files of the docs folder are docs: every .md and .mdx file is
# read as one, a superset, so a link to a doc is never judged broken for them; node_modules, which
# they serve to leave out, is never read.)
# The keys of themeConfig's `docs: {…}` (Docusaurus 3), which is no instance of the plugin.
_THEME_DOCS_KEYS = re.compile(r"""\s*(?:['"]?(?:sidebar|versionPersistence)['"]?\s*:\s*[^,]*,?\s*)*""")
_CLASSIC_PRESET = re.compile(r"""['"](?:@docusaurus/preset-classic|classic)['"]""")
_NO_DOCS = re.compile(r"""\bdocs['"]?\s*:\s*false\b""")
_VERSION_LIKE = re.compile(r"v?\d+(?:\.[\dx]+)*(?:-[\w.]+)?", re.I)
_QUOTED_OPTION = r"""\b{name}['"]?\s*:\s*['"`]([^'"`\n]*)['"`]"""


def strip_number_prefix(name: str) -> str:
    if _IGNORED_NUMBER_PREFIX.match(name):
        return name
    found = _NUMBER_PREFIX.match(name)
    return found.group("suffix") if found is not None else name


class DocusaurusRoutes:
    """The URLs the docs plugin of a Docusaurus site gives its docs (plugin-content-docs: docs.ts and
    slug.ts): a doc's folders and file name with number prefixes stripped (``01-guides/02-setup.md`` is
    ``guides/setup``), its front matter's ``id`` in place of the file name, a ``slug`` (absolute, or
    resolved against the folder) in place of both, and ``index.md``, ``README.md`` or a file named as
    its folder at the folder's URL; under ``routeBasePath`` and each version's path (the last version
    of ``versions.json`` at the plugin's base, the others under their names, the docs folder under
    ``next``).  Only one instance of the plugin with none of the options that move pages otherwise
    is read; any other setup answers None (not known)."""

    def __init__(self, site_root: str, config_text: str):
        self.root = site_root
        self.config_text = config_text
        instances = [own for own in docusaurus_plugin_options(config_text) if not _THEME_DOCS_KEYS.fullmatch(own)]
        if not instances and _CLASSIC_PRESET.search(config_text) and not _NO_DOCS.search(config_text):
            instances = [""]  # the classic preset's docs plugin with its defaults
        self.options = instances[0] if len(instances) == 1 else None
        self.route_base = self._option("routeBasePath", "docs").strip("/")
        self.docs_path = self._option("path", "docs")
        base_url = re.search(_QUOTED_OPTION.format(name="baseUrl"), config_text)
        self.base_url = "/" + base_url.group(1).strip("/") if base_url and base_url.group(1).strip("/") else ""
        trailing = re.search(r"""\btrailingSlash['"]?\s*:\s*(true|false)\b""", config_text)
        self.trailing_slash = None if trailing is None else trailing.group(1) == "true"
        broken = re.search(_QUOTED_OPTION.format(name="onBrokenLinks"), config_text)
        self.on_broken_links = broken.group(1) if broken else "throw"
        # (top level before Docusaurus 3.9, `markdown.hooks` since; "warn" by default)
        broken = re.search(_QUOTED_OPTION.format(name="onBrokenMarkdownLinks"), config_text)
        self.on_broken_markdown_links = broken.group(1) if broken else "warn"

    def _option(self, name: str, default: str) -> str:
        found = re.search(_QUOTED_OPTION.format(name=name), self.options or "")
        return found.group(1) if found is not None else default

    @cached_property
    def readable(self) -> bool:
        """Whether the docs' URLs can be known: one plain instance at a base of its own, no pages of
        src/pages under that base, no redirects made by a function."""
        if self.options is None or _UNREAD_DOCS_OPTIONS.search(self.options):
            return False
        if "createRedirects" in self.config_text or "toExtensions" in self.config_text:
            return False
        if not self.route_base:
            return not self.versions  # (docs at the site's root: their sections are judged, see missing)
        return not os.path.exists(os.path.join(self.root, "src", "pages", self.route_base))

    @cached_property
    def taken_at_root(self) -> frozenset[str]:
        """With the docs at the site's root (`routeBasePath: '/'`): the first segments something else
        may answer: src/pages entries, static files, the blog, and paths other plugins are given."""
        names = {"blog"} if not re.search(r"""\bblog['"]?\s*:\s*false\b""", self.config_text) else set()
        for folder in (os.path.join(self.root, "src", "pages"), os.path.join(self.root, "static")):
            try:
                names.update(entry.name.rsplit(".", 1)[0].lower() for entry in os.scandir(folder))
            except OSError:
                pass
        for found in re.finditer(_QUOTED_OPTION.format(name="(?:routeBasePath|path)"), self.config_text):
            names.add(found.group(1).strip("/").split("/", 1)[0].lower())
        return frozenset(names)

    @cached_property
    def versions(self) -> list[str]:
        text = probes.read_text(os.path.join(self.root, "versions.json"))
        if not text:
            return []
        names = probes.json_value(text)
        return [name for name in names if isinstance(name, str)] if isinstance(names, list) else []

    def _folder(self, version: str | None) -> str:
        if version is None:
            return os.path.normpath(os.path.join(self.root, self.docs_path))
        return os.path.join(self.root, "versioned_docs", f"version-{version}")

    def slugs(self, version: str | None) -> frozenset[str]:
        """The URL of every doc of a version (None: the docs folder), lower case, without slashes at
        either end and without the plugin's base."""
        cache = self.__dict__.setdefault("_slugs", {})
        if version in cache:
            return cache[version]
        folder = self._folder(version)
        slugs: set[str] = set()
        for here, dirs, files in os.walk(folder):
            dirs[:] = [name for name in dirs if not name.startswith(("_", ".")) and name != "node_modules"]
            relative = os.path.relpath(here, folder).replace(os.sep, "/")
            for name in files:
                if name.startswith("_") or not name.lower().endswith((".md", ".mdx")):
                    continue
                fields = frontmatter_fields(os.path.join(here, name), ("slug", "id", "parse_number_prefixes"))
                slugs.add(doc_slug(relative, name, fields).strip("/").lower())
        cache[version] = result = frozenset(slugs)
        return result

    def resolve(self, link: str, from_path: str) -> str | None:
        """The URL path a relative link of a doc goes to (``setup``, ``../api/``), resolved against the
        doc's own URL as Docusaurus's link checker does; None for other pages and for links to files."""
        if not self.readable or re.search(r"\.[A-Za-z0-9]{1,5}$", link) or link.startswith(("#", "?")):
            return None
        url = self.page_url(from_path)
        return None if url is None else urllib.parse.urlsplit(urllib.parse.urljoin("http://site" + url, link)).path

    def missing_relative(self, link: str, from_path: str) -> tuple[str, list[str]] | None:
        """missing() for a doc's relative link (resolve); a folder's index doc, whose URL ends with a
        slash unless `trailingSlash: false`, is also read without it, and the link is missing only
        when it is missing both ways (a site served without the slash)."""
        absolute = self.resolve(link, from_path)
        if absolute is None:
            return None
        found = self.missing(absolute)
        url = self.page_url(from_path) or ""
        if found is not None and url.endswith("/") and url != "/":
            other = urllib.parse.urlsplit(urllib.parse.urljoin("http://site" + url.rstrip("/"), link)).path
            if self.missing(other) is None:
                return None
        return found

    def page_url(self, path: str) -> str | None:
        """The URL of the doc at ``path`` (base URL left out), or None when it is no doc of a version."""
        full = os.path.abspath(path)
        folders = [(None, self._folder(None), f"{self.route_base}/next" if self.versions else self.route_base)]
        for index, version in enumerate(self.versions):
            folders.append((version, self._folder(version), self.route_base if index == 0 else f"{self.route_base}/{version}"))
        for version, folder, prefix in folders:
            if full.startswith(os.path.abspath(folder) + os.sep):
                relative = os.path.relpath(full, folder).replace(os.sep, "/")
                directory, name = posixpath.split(relative)
                if name.startswith("_") or any(part.startswith(("_", ".")) for part in directory.split("/") if part):
                    return None
                fields = frontmatter_fields(full, ("slug", "id", "parse_number_prefixes"))
                slug = doc_slug(directory or ".", name, fields)
                url = (f"/{prefix}" if prefix else "") + ("/" + slug.lstrip("/") if slug.strip("/") else "/")
                if self.trailing_slash is True and not url.endswith("/"):
                    url += "/"
                elif self.trailing_slash is False and url != "/":
                    url = url.rstrip("/")
                return url
        return None

    def missing(self, path: str) -> tuple[str, list[str]] | None:
        """For a URL path under the docs' base that no doc has: (the docs folder it was looked up in,
        the closest docs' URLs).  None when a doc has it or it cannot be known."""
        if not self.readable:
            return None
        route = urllib.parse.unquote(path.split("?", 1)[0]).strip("/")
        if self.base_url and (route + "/").startswith(self.base_url.strip("/") + "/"):
            route = route[len(self.base_url.strip("/")):].strip("/")
        if not self.route_base:
            # Docs at the site's root share it with pages, the blog and plugins: a path is judged only
            # in a section of the docs (a folder of them) that nothing else may answer.
            first = route.split("/", 1)[0].lower()
            if "/" not in route or first in self.taken_at_root or not any(
                    slug.startswith(first + "/") for slug in self.slugs(None)):
                return None
        elif route.lower() != self.route_base.lower() and not route.lower().startswith(self.route_base.lower() + "/"):
            return None
        rest = route[len(self.route_base):].strip("/")
        segments = rest.split("/")
        version: str | None = None
        prefix = self.route_base
        if self.versions:
            if segments[0] == "next":
                rest, prefix = "/".join(segments[1:]), f"{self.route_base}/next"
            elif segments[0] in self.versions[1:]:
                version = segments[0]
                rest, prefix = "/".join(segments[1:]), f"{self.route_base}/{version}"
            elif _VERSION_LIKE.fullmatch(segments[0]) and segments[0] != self.versions[0]:
                return None  # (a version no longer built here: archived, served from elsewhere)
            else:
                version = self.versions[0]
        if not rest or rest.split("/", 1)[0] in ("tags", "category") or re.search(r"\.[A-Za-z0-9]{1,5}$", rest):
            return None  # (a version's home, generated tag and category pages, files)
        if not os.path.isdir(self._folder(version)):
            return None
        slugs = self.slugs(version)
        if rest.lower() in slugs or os.path.exists(os.path.join(self.root, "static", *route.split("/"))):
            return None
        if f"/{route.lower()}" in self.config_text.lower():
            return None  # (a redirect from it)
        near = difflib.get_close_matches(rest.lower(), sorted(slugs), n=2, cutoff=0.8)
        folder = os.path.relpath(self._folder(version), self.root).replace(os.sep, "/")
        return folder, [f"{self.base_url}{'/' + prefix if prefix else ''}/{slug}" for slug in near]


def doc_slug(directory: str, file_name: str, fields: dict) -> str:
    """A doc's URL in its version, from its folder (relative to the docs folder, "." at the top), file
    name and front matter (getSlug of plugin-content-docs)."""
    stem = file_name.rsplit(".", 1)[0]
    parse_prefixes = fields.get("parse_number_prefixes", True) is not False
    base_id = fields.get("id") if isinstance(fields.get("id"), str) else (strip_number_prefix(stem) if parse_prefixes else stem)
    slug = fields.get("slug") if isinstance(fields.get("slug"), str) else None
    if directory in ("", "."):
        folder = "/"
    else:
        parts = directory.split("/")
        folder = "/" + "/".join(strip_number_prefix(part) if parse_prefixes else part for part in parts) + "/"
    if slug and slug.startswith("/"):
        return slug
    last_folder = directory.rsplit("/", 1)[-1].lower() if directory not in ("", ".") else None
    if not slug and stem.lower() in ("index", "readme", last_folder):
        return folder
    return posixpath.normpath(posixpath.join(folder, slug or base_id))
