"""The course index: what every lesson declares and references, built once per run.

Course rules read :class:`CourseIndex`; it is built from :class:`LessonFacts`, which
are small, picklable extracts of each :class:`~mdxlint.document.Document` (so cached
files need not be parsed again).

Layout conventions come from ``[tool.mdxlint.course]``; the defaults fit a course laid
out as ``src/content/course/NN-module-N/NN-slug.mdx``, with prerequisites written
``module-N/NN-slug`` and links ``/course/NN-module-N/NN-slug``.
"""

from __future__ import annotations

import bisect
import os
import posixpath
import re
import urllib.parse
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Sequence

from mdxlint.project.settings import Settings
from mdxlint.mdx.document import Document, Frontmatter, Heading, JsxElement, Link
from mdxlint.mdx.esm import Export, Import
from mdxlint.project import probes
from mdxlint.project.discovery import find_project_root
from mdxlint.project.locales import ASTRO as ASTRO_CONFIGS, DOCUSAURUS as DOCUSAURUS_CONFIGS, read_config, starlight_locale_folders
from mdxlint.project.routes import DocusaurusRoutes, StarlightRoutes, frontmatter_slug
from mdxlint.project.site import heading_id_syntaxes
from mdxlint.mdx.slug import slugify, slugify_mintlify

_FRONTMATTER_FIELD = re.compile(r"\bfrontmatter\.([A-Za-z_$][\w$]*)")
_BASE = re.compile(r"""\bbase\s*:\s*(['"`])([^'"`]*)\1""")
_INTEGRATIONS = re.compile(r"\b(?:integrations|plugins)\s*:\s*\[")


def astro_base(config_text: str):
    """The `base:` option of an Astro config (a match of _BASE, group 2), not one of an
    integration's or plugin's options (starlight-openapi's `base: 'api'`)."""
    text = config_text
    for found in list(_INTEGRATIONS.finditer(config_text)):
        depth, index = 0, found.end() - 1
        while index < len(text):
            depth += {"[": 1, "]": -1}.get(text[index], 0)
            if depth == 0:
                break
            index += 1
        text = text[: found.end()] + " " * (index - found.end()) + text[index:]  # (same length)
    return _BASE.search(text)
_MODULE_NUMBER = re.compile(r"module-(\d+)")


@dataclass(eq=False)
class LessonFacts:
    path: str
    line_starts: Sequence[int]  # a list, or an array once a linter keeps it
    text_length: int
    frontmatter: Frontmatter | None
    headings: list[Heading]
    links: list[Link]
    imports: list[Import]
    exports: list[Export]
    jsx: list[JsxElement]
    used_names: frozenset[str] = frozenset()  # names read by expressions and JSX tags
    extra: dict = field(default_factory=dict)  # code -> what a course rule's `collect` found in the file

    @classmethod
    def from_document(cls, doc: Document) -> "LessonFacts":
        from mdxlint.mdx.js import free_names

        used: set[str] = set()
        for expression in doc.expressions:
            if expression.comment is None:
                used.update(name for name, *_ in free_names(expression.body))
        for tag in doc.jsx_tags:
            if tag.name:
                used.add(tag.name.split(".")[0])
            for attr in tag.attributes:
                if attr.value_kind == "expression":
                    used.update(name for name, *_ in free_names(attr.value or ""))
                elif attr.value_kind == "spread":
                    body = attr.value or ""
                    used.update(name for name, *_ in free_names(body[body.find("...") + 3 :]))
        for block in doc.esm:
            # Names the ESM code itself reads (an import used only inside an exported
            # function's body is used). Imports are cut out; the rest is scanned for
            # identifiers, which may over-count (a name in a string) but never under-counts.
            code = block.text
            for imp in sorted(block.imports, key=lambda i: i.start, reverse=True):
                start, end = imp.start - block.start, imp.end - block.start
                if 0 <= start <= end <= len(code):
                    code = code[:start] + " " * (end - start) + code[end:]
            used.update(re.findall(r"(?<![\w$.])[A-Za-z_$][\w$]*", code))
        if doc.syntax_problems:
            # The compiler stops at the first: what the page would use after it is not known
            # (an import of a component used below a broken tag is no unused import).
            used.update(name.local for imp in doc.imports for name in imp.names)
        return cls(
            doc.path,
            doc.source.line_starts,
            len(doc.source.text),
            doc.frontmatter,
            doc.headings,
            doc.links,
            doc.imports,
            doc.exports,
            doc.jsx,
            frozenset(used),
        )

    @cached_property
    def jsx_links(self) -> list[Link]:
        """The links written as JSX (jsx_links), found once for every rule that reads the links."""
        return jsx_links(self)

    def anchor_ids(self, site=None) -> set[str]:
        """Fragment ids this page has: its headings' ids (a custom ``{#id}``/``{/*id*/}``
        where the site's pipeline honours that syntax, else the slug) and the ``id`` of
        elements written as JSX (``<Card id="setup">``)."""
        syntaxes = heading_id_syntaxes(site.heading_ids.value) if site is not None else ()
        framework = site.framework.value if site is not None else None
        mintlify: dict[str, int] | None = {} if framework == "mintlify" else None
        ids = set()
        for heading in self.headings:
            if heading.custom_id is not None and heading.custom_id_syntax in syntaxes:
                ids.add(heading.custom_id)
            else:
                if heading.text_untrimmed is not None and framework not in ("astro", "starlight"):
                    # `--flag <Since/>`: Docusaurus and Nextra slug the text with the space before the
                    # element (`--flag-`); where the pipeline is not known, either id is taken.
                    ids.add(slugify(heading.text_untrimmed))
                    if framework not in ("docusaurus", "nextra"):
                        ids.add(heading.slug)
                elif heading.text_with_expressions is not None and framework in ("astro", "starlight"):
                    # Astro puts an expression's value in the id: `{frontmatter.title}` is the page's title.
                    data = self.data
                    fields = [_FRONTMATTER_FIELD.fullmatch(source.strip()) for source in heading.expression_sources]
                    # (a string's value; any other value leaves the expression's source in the text)
                    if all(field is not None and isinstance(data.get(field.group(1)), str) for field in fields):
                        valued = _FRONTMATTER_FIELD.sub(lambda m: str(data[m.group(1)]), heading.text_with_expressions)
                        ids.add(slugify(valued))
                    else:
                        ids.add(heading.slug)  # (a value not known: the text's slug is taken, as before)
                        ids.add(slugify(heading.text_with_expressions))
                else:
                    ids.add(heading.slug)
                own = slugify_mintlify(heading.text) if mintlify is not None else None
                if own:
                    # Mintlify's own slugs, a repeated one with `-2`, `-3`… (github-slugger's are kept too:
                    # a fragment either reading finds is not reported)
                    seen = mintlify[own] = mintlify.get(own, 0) + 1
                    ids.add(own if seen == 1 else f"{own}-{seen}")
                if heading.text_with_expressions is not None:
                    # A heading with an expression: Docusaurus slugs the expression's source with the
                    # text; other pipelines may not (both are taken).
                    ids.add(slugify(heading.text_with_expressions))
        for element in self.jsx:
            for attr in element.opening.attributes:
                if attr.name in ("id", "titleId", "permalink") and attr.value_kind == "string" and attr.value:
                    ids.add(attr.value)
        return ids

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, self.text_length))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line, offset - self.line_starts[line]

    @property
    def data(self) -> dict:
        fm = self.frontmatter
        return fm.data if fm is not None and isinstance(fm.data, dict) else {}


# Components that render their `href` as an `<a href>` without changing it, by the module they
# come from: Starlight's link card and link button.
LINK_COMPONENTS = {"@astrojs/starlight/components": frozenset({"LinkCard", "LinkButton"})}


def jsx_links(facts: "LessonFacts") -> list[Link]:
    """The links written as JSX whose `href` the browser follows as written: an `<a href="…">`, and
    the components of LINK_COMPONENTS imported from their module.  Other components may
    rewrite their props (Docusaurus's `<Link to>` adds the base): not read."""
    imported = {name.local for imp in facts.imports for name in imp.names
                if name.imported in LINK_COMPONENTS.get(imp.source, ())}
    links = []
    for element in facts.jsx:
        if element.name != "a" and element.name not in imported:
            continue
        for attr in element.opening.attributes:
            if attr.name == "href" and attr.value_kind == "string" and attr.value and attr.value.strip() == attr.value:
                links.append(Link(attr.value, "", element.start, element.end, raw_href=attr.value,
                                  href_start=attr.value_start, href_end=attr.value_end))
    return links


@dataclass(eq=False)
class LinkRef:
    """A link of a lesson, with its destination decoded and where to point at it."""

    facts: "LessonFacts"
    link: Link
    href: str  # percent-decoded destination as written
    start: int  # the destination in the file, or the whole link when it has none
    end: int


@dataclass(eq=False)
class ResolvedLink:
    kind: str  # "lesson", "module", "anchor-only", "external", "unknown", "asset", "file", "missing-page", "missing-doc"
    lesson_id: str | None = None
    anchor: str | None = None
    has_base: bool = False
    path: str = ""  # the path part that was resolved (without base)
    near: tuple[str, ...] = ()  # for a "missing-page" or "missing-doc": the closest pages' URLs


# Sites whose relative links the browser resolves against the page's URL (the extension taken off),
# and the files whose URL is their folder's.
_URL_RELATIVE_LINKS = ("next", "nextra", "fumadocs")
_INDEX_PAGE = re.compile(r"(?:index|page)\.mdx?", re.I)
# A relative link to a Markdown file (`./setup.md`, `../api/index.mdx`): Docusaurus turns it
# into the page's URL; wherever it stands, a file that does not exist is a broken link.
_MARKDOWN_FILE = re.compile(r"\.mdx?$", re.I)


@dataclass(eq=False)
class CourseIndex:
    settings: Settings
    lessons: dict[str, LessonFacts] = field(default_factory=dict)
    focus: frozenset[str] | None = None  # when set, only these lessons' findings are wanted (absolute paths)
    # The first lesson's path when its facts are not read yet (a cached run): the
    # project's root is found from it as from the first lesson added.
    first_path: str | None = None
    # Set by a command-line run, which reads the lessons' facts in one course pass and then
    # frees them: a course rule may let go of what only it reads (its `collect` results) as
    # soon as it is done with a lesson.  A language server reads them again: never set there.
    read_once: bool = False

    def links(self, *, images: bool = False):
        """Every link of the wanted lessons (bare URLs in prose are left out)."""
        import urllib.parse

        for facts in self.targets():
            for link in facts.links:
                if link.autolink or (link.image and not images):
                    continue
                href = urllib.parse.unquote(link.raw_href or link.href)
                if link.href_start >= 0:
                    yield LinkRef(facts, link, href, link.href_start, link.href_end)
                else:
                    yield LinkRef(facts, link, href, link.start, link.end)
            for link in facts.jsx_links:
                yield LinkRef(facts, link, urllib.parse.unquote(link.href), link.href_start, link.href_end)

    def targets(self) -> list[LessonFacts]:
        """The lessons whose findings are wanted (all, or those in focus)."""
        if self.focus is not None:
            return [facts for path, facts in self.lessons.items() if path in self.focus]
        return list(self.lessons.values())

    def add(self, facts: LessonFacts) -> None:
        self.lessons[os.path.abspath(facts.path)] = facts
        self.__dict__.pop("by_id", None)

    def remove(self, path: str) -> None:
        """Forget a lesson (an editor buffer closed without a file behind it)."""
        if self.lessons.pop(os.path.abspath(path), None) is not None:
            self.__dict__.pop("by_id", None)

    def get(self, path: str) -> LessonFacts | None:
        return self.lessons.get(os.path.abspath(path))

    # -- layout ----------------------------------------------------------------------
    @cached_property
    def root(self) -> str:
        if self.settings.config_path:
            return str(Path(self.settings.config_path).resolve().parent)
        if self.lessons:
            return find_project_root(next(iter(self.lessons)))
        if self.first_path is not None:
            return find_project_root(self.first_path)
        return self.settings.root

    @cached_property
    def import_root(self) -> str:
        """The folder a root import (`/snippets/x.mdx`, `/src/components/X`) is read from: the
        site's root where its framework is known (Vite's project root, the folder of Mintlify's
        docs.json), else the project's root."""
        site = self.settings.site
        if site is not None and site.framework.value != "unknown" and not self.settings.config_path:
            return site.root
        return self.root

    def root_for(self, source: str) -> str:
        """The root an import path is resolved against: :attr:`import_root` for a root import, else the project's."""
        return self.import_root if source.startswith("/") else self.root

    @cached_property
    def content_root(self) -> str:
        return os.path.normpath(os.path.join(self.root, self.settings.course.content_root))

    @cached_property
    def lesson_pattern(self) -> re.Pattern:
        return re.compile(self.settings.course.lesson_pattern)

    @cached_property
    def site_base(self) -> str:
        """The site's ``base`` (``/debezium-course``), or "" when it has none."""
        base = self.settings.course.site_base
        if base is None:
            for name in ASTRO_CONFIGS:
                config = Path(self.root) / name
                if probes.is_file(str(config)):
                    text = probes.read_text(str(config))
                    match = astro_base(text) if text is not None else None
                    if match:
                        base = match.group(2)
                    break
        base = (base or "").strip()
        if base in ("", "/"):
            return ""
        return "/" + base.strip("/")

    def lesson_id(self, path: str) -> str | None:
        cache = self.__dict__.setdefault("_ids", {})
        if path in cache:
            return cache[path]
        cache[path] = result = self._lesson_id(path)
        return result

    def _lesson_id(self, path: str) -> str | None:
        try:
            rel = Path(os.path.abspath(path)).relative_to(self.content_root).as_posix()
        except ValueError:
            return None
        match = self.lesson_pattern.search(rel)
        if not match:
            return None
        return f"{match.group('module')}/{match.group('lesson')}"

    @cached_property
    def by_id(self) -> dict[str, LessonFacts]:
        out: dict[str, LessonFacts] = {}
        for path, facts in self.lessons.items():
            lesson = self.lesson_id(path)
            if lesson is not None:
                out[lesson] = facts
        return dict(sorted(out.items(), key=lambda item: self.order_key(item[0])))

    @staticmethod
    def module_number(lesson_id: str) -> int | None:
        match = _MODULE_NUMBER.search(lesson_id.split("/")[0])
        return int(match.group(1)) if match else None

    @staticmethod
    def slug(lesson_id: str) -> str:
        return lesson_id.split("/")[-1]

    def order_key(self, lesson_id: str) -> tuple:
        number = self.module_number(lesson_id)
        slug = self.slug(lesson_id)
        prefix = re.match(r"(\d+)", slug)
        return (number if number is not None else 10**6, int(prefix.group(1)) if prefix else 10**6, slug)

    def modules(self) -> set[str]:
        return {lesson_id.split("/")[0] for lesson_id in self.by_id}

    def _modules(self) -> set[str]:
        cached = self.__dict__.get("_modules_cache")
        if cached is None or cached[0] is not self.by_id:
            cached = self.__dict__["_modules_cache"] = (self.by_id, self.modules())
        return cached[1]

    def _ids_by(self) -> tuple[dict[str, list[str]], dict[tuple[int | None, str], str]]:
        cached = self.__dict__.get("_ids_by_cache")
        if cached is None or cached[0] is not self.by_id:
            by_slug: dict[str, list[str]] = {}
            by_module: dict[tuple[int | None, str], str] = {}
            for lesson_id in self.by_id:
                by_slug.setdefault(self.slug(lesson_id), []).append(lesson_id)
                by_module.setdefault((self.module_number(lesson_id), self.slug(lesson_id)), lesson_id)
            cached = self.__dict__["_ids_by_cache"] = (self.by_id, by_slug, by_module)
        return cached[1], cached[2]

    def same_slug(self, slug: str) -> list[str]:
        return list(self._ids_by()[0].get(slug, []))

    # -- references ----------------------------------------------------------------------
    def resolve_prerequisite(self, value: str) -> str | None:
        match = re.fullmatch(self.settings.course.prerequisite_pattern, value.strip())
        if not match:
            return None
        number, slug = int(match.group("module_number")), match.group("lesson")
        return self._ids_by()[1].get((number, slug))

    def prerequisite_for(self, lesson_id: str) -> str:
        """How a prerequisite naming ``lesson_id`` is written (``module-N/NN-slug``)."""
        return f"module-{self.module_number(lesson_id)}/{self.slug(lesson_id)}"

    def url_for(self, lesson_id: str, *, with_base: bool = True) -> str:
        prefix = self.settings.course.url_prefix.rstrip("/")
        return (self.site_base if with_base else "") + f"{prefix}/{lesson_id}"

    def resolve_href(self, href: str, from_path: str) -> ResolvedLink:
        if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("//"):
            return ResolvedLink("external")
        path, _, anchor = href.partition("#")
        anchor_value = anchor or None
        if not path:
            return ResolvedLink("anchor-only", self.lesson_id(from_path), anchor_value)
        path = path.split("?", 1)[0]
        if path.startswith(("/", "@site/")) and _MARKDOWN_FILE.search(path):
            page = self.docusaurus_file(path, from_path)
            if page is not None:
                return ResolvedLink("file", None, anchor_value, False, page)
        if not path.startswith("/"):
            here = self.lesson_id(from_path)
            if here is None:
                if _MARKDOWN_FILE.search(path):
                    return ResolvedLink("file", None, anchor_value, False, self.markdown_file(path, from_path))
                docusaurus = self.docusaurus_routes
                missing_doc = docusaurus.missing_relative(path, from_path) if docusaurus is not None else None
                if missing_doc is not None:
                    return ResolvedLink("missing-doc", None, anchor_value, False, missing_doc[0], tuple(missing_doc[1]))
                starlight = self.starlight_routes
                missing = starlight[0].missing_relative(path, from_path) if starlight is not None else None
                if missing is not None:
                    return ResolvedLink("missing-page", None, anchor_value, False, missing[0],
                                        tuple(starlight[1] + url for url in missing[1]))
                return ResolvedLink("unknown")
            base_url = self.url_for(here, with_base=False)
            path = posixpath.normpath(posixpath.join(posixpath.dirname(base_url), path))
        has_base = bool(self.site_base) and (path == self.site_base or path.startswith(self.site_base + "/"))
        if has_base:
            path = path[len(self.site_base) :] or "/"
        prefix = self.settings.course.url_prefix.rstrip("/") + "/"
        if not path.startswith(prefix):
            docusaurus = self.docusaurus_routes
            missing_doc = docusaurus.missing(path) if docusaurus is not None and not self._translated(from_path) else None
            if missing_doc is not None:
                return ResolvedLink("missing-doc", None, anchor_value, has_base, missing_doc[0], tuple(missing_doc[1]))
            page = self.starlight_page(path)
            if page:
                return ResolvedLink("file", None, anchor_value, has_base, page)
            missing = self.missing_starlight_page(path, has_base)
            if missing is not None:
                return ResolvedLink("missing-page", None, anchor_value, has_base, path, tuple(missing))
            if re.search(r"\.[a-z0-9]{2,5}$", path, re.I):
                return ResolvedLink("asset", None, anchor_value, has_base, path)
            return ResolvedLink("unknown", None, anchor_value, has_base, path)
        rest = path[len(prefix) :].strip("/")
        if rest.endswith(".mdx") or rest.endswith(".md"):
            rest = rest.rsplit(".", 1)[0]
        if rest in self.by_id:
            return ResolvedLink("lesson", rest, anchor_value, has_base, path)
        if rest in self._modules():
            return ResolvedLink("module", None, anchor_value, has_base, path)
        return ResolvedLink("lesson", None, anchor_value, has_base, path)

    def starlight_page(self, path: str) -> str:
        """The page of a Starlight site that a URL path (base taken off) is, or "": Starlight makes
        a page of every file under src/content/docs at its path (`/guides/setup/` is
        guides/setup.mdx or guides/setup/index.mdx).  Other routes (plugins, src/pages) are not
        known: "" says nothing about them."""
        site = self.settings.site
        if site is None or site.framework.value != "starlight" or not path.startswith("/"):
            return ""
        docs = os.path.join(site.root, "src", "content", "docs")
        rest = path.strip("/")
        for candidate in (f"{rest}.mdx", f"{rest}.md", f"{rest}/index.mdx", f"{rest}/index.md") if rest else ("index.mdx", "index.md"):
            full = os.path.normpath(os.path.join(docs, candidate))
            if full.startswith(docs + os.sep) and probes.is_file(full):
                slug = frontmatter_slug(full)
                if slug is not None and slug.strip("/").lower() != rest.lower():
                    return ""  # (its front matter moves it: `slug: guides/elsewhere`)
                return full
        return ""

    @cached_property
    def docusaurus_routes(self) -> DocusaurusRoutes | None:
        """The URLs of the docs of a Docusaurus site (routes.DocusaurusRoutes), None on other sites."""
        site = self.settings.site
        if site is None or site.framework.value != "docusaurus":
            return None
        config = next((os.path.join(site.root, name) for name in DOCUSAURUS_CONFIGS
                       if probes.is_file(os.path.join(site.root, name))), None)
        try:
            text = read_config(Path(config)) if config is not None else None
        except OSError:
            return None
        return DocusaurusRoutes(site.root, text) if text else None

    def _translated(self, path: str) -> bool:
        """A page of a translation (under the site's `i18n/`), whose docs may carry other slugs."""
        site = self.settings.site
        if site is None:
            return False
        relative = os.path.relpath(os.path.abspath(path), site.root)
        if relative.split(os.sep)[0] != "i18n":
            return False
        routes = self.docusaurus_routes
        if routes is not None and routes.options is not None:
            # The docs plugin's own `path` may lie there (a site written in its default locale keeps its
            # docs as the translation folder of it: feature-sliced, held-out h123): its pages are the docs.
            docs = os.path.normpath(routes.docs_path)
            if relative == docs or relative.startswith(docs + os.sep):
                return False
        return True

    @cached_property
    def starlight_routes(self) -> tuple[StarlightRoutes, str] | None:
        """The pages of the Starlight site, and its `base` ("" when none)."""
        site = self.settings.site
        if site is None or site.framework.value != "starlight":
            return None
        config = next((os.path.join(site.root, name) for name in ASTRO_CONFIGS if probes.is_file(os.path.join(site.root, name))), None)
        text = probes.read_text(config) if config is not None else None
        if config is None or text is None:
            return None
        base = astro_base(text)
        base_path = "/" + base.group(2).strip().strip("/") if base and base.group(2).strip().strip("/") else ""
        folders, default = starlight_locale_folders(config)
        return StarlightRoutes(site.root, folders, default, text), base_path

    def missing_starlight_page(self, path: str, has_base: bool) -> list[str] | None:
        """For an absolute link (the course's base taken off) on a Starlight site that goes to no
        page of its docs: the closest pages' URLs; None when it has a page or cannot be known."""
        found = self.starlight_routes
        if found is None or re.search(r"\.[a-z0-9]{2,5}/?$", path, re.I):
            return None
        routes, base = found
        if base:
            if has_base and self.site_base == base:
                pass  # (taken off already)
            elif path == base or path.startswith(base + "/"):
                path = path[len(base):]
            else:
                return None  # a link without the site's base: another rule's matter
        near = routes.missing(path)
        return None if near is None else [base + url for url in near]

    def docusaurus_file(self, path: str, from_path: str) -> str | None:
        """The file an absolute link to a Markdown file names on a Docusaurus site (``/guide/setup.mdx``):
        Docusaurus looks it up under the linking page's own content folder (its translation's, then
        its version's: ``i18n/fr/docusaurus-plugin-content-docs/current``, ``versioned_docs/version-1.0``,
        ``docs``), then the site's folder, never beside the page (resolveMarkdownLinkPathname); what it
        does not find is left to the browser, which finds a file ``static/`` serves.  A translation's
        lookup also reads the other content folders (its original's folder is not mapped here).
        "" when there is none, None on other sites."""
        site = self.settings.site
        if site is None or site.framework.value != "docusaurus":
            return None
        root = site.root
        if path.startswith("@site/"):  # the site's folder, as written
            candidate = os.path.normpath(os.path.join(root, urllib.parse.unquote(path[len("@site/"):])))
            return candidate if probes.is_file(candidate) else ""
        parts = os.path.relpath(os.path.abspath(from_path), root).split(os.sep)
        docs = list(site.content_dirs.value or ())
        own: list[str] = []
        if parts[0] == "i18n" and len(parts) > 3 and parts[2].startswith("docusaurus-plugin-content-"):
            version = parts[3] if len(parts) > 4 else ""
            own.append(os.path.join(*parts[:4]) if version else os.path.join(*parts[:3]))
            if version.startswith("version-"):
                own.append(os.path.join("versioned_docs", version))
        else:
            own += self._own_content_folders(from_path)
            if own:
                # Docusaurus looks only in the page's own content folder and the site's folder
                # (resolveMarkdownLinkPathname): a file in another version's folder is not found, and
                # the link is left to the browser, which finds only what `static/` serves there.
                docs = []
        relative = urllib.parse.unquote(path).lstrip("/")
        for folder in [*own, ".", *docs, "static"]:
            candidate = os.path.normpath(os.path.join(root, folder, relative))
            if probes.is_file(candidate):
                return candidate
        return ""

    def _own_content_folders(self, from_path: str) -> list[str]:
        """The content folders (relative to the site's root) that hold a Docusaurus page outside
        `i18n/`: its plugin's and version's folder (a translation's lookup also reads the original's
        folder, which is not mapped here: empty for it, and for a page of no known folder)."""
        site = self.settings.site
        if site is None:
            return []
        relative = os.path.relpath(os.path.abspath(from_path), site.root)
        if relative.split(os.sep)[0] in ("i18n", ".."):
            return []
        parts = relative.split(os.sep)
        own = []
        for folder in site.content_dirs.value or ():
            folder = os.path.normpath(folder)
            if folder != "." and relative.startswith(folder + os.sep):
                # (all versions' folders are listed as one: the page's version is the folder below it)
                own.append(os.path.join(*parts[:2]) if folder == "versioned_docs" and len(parts) > 2 else folder)
        return own

    def markdown_file(self, path: str, from_path: str) -> str:
        """The file a relative link to a Markdown file names, or "" when there is none: beside the
        linking file, else (Docusaurus resolves file links so, a translation falling back to the
        original) under each of the site's content folders."""
        here = os.path.dirname(os.path.abspath(from_path))
        folders = [here]
        site = self.settings.site
        if site is not None and site.framework.value == "docusaurus":
            own = self._own_content_folders(from_path)
            if own:
                # Docusaurus reads `./x.md` and `../x.md` from the page's folder alone, any other
                # relative path from there, then from the page's own content folder and the site's
                # folder (resolveMarkdownLinkPathname; a page of no known folder keeps the wider lookup).
                if not path.startswith(("./", "../")):
                    folders += [os.path.join(site.root, folder) for folder in (*own, ".")]
                for folder in folders:
                    candidate = os.path.normpath(os.path.join(folder, urllib.parse.unquote(path)))
                    if probes.is_file(candidate):
                        return candidate
                return ""
        if site is not None and site.framework.value in _URL_RELATIVE_LINKS and _INDEX_PAGE.fullmatch(os.path.basename(from_path)):
            # Nextra takes the extension off and leaves the link to the browser, which reads it
            # against the page's URL: an index page's URL (`/guide/providers`, no trailing slash
            # unless `trailingSlash` is set) is its folder's, so the link is read from the folder
            # above as well. (Either reading may be the site's: a link is reported when neither finds it.)
            folders.append(os.path.dirname(here))
        if site is not None:
            folders += [os.path.join(site.root, folder) for folder in site.content_dirs.value or ()]
        for folder in folders:
            candidate = os.path.normpath(os.path.join(folder, path))
            if probes.is_file(candidate):
                return candidate
        return ""

    def closest(self, wanted: str, limit: int = 3) -> list[str]:
        """Lesson ids whose slug is closest to the slug of ``wanted``."""
        wanted_slug = wanted.rstrip("/").split("/")[-1]
        wanted_slug = wanted_slug.split("-", 1)[-1] if re.match(r"\d+-", wanted_slug) else wanted_slug
        # Valid while the set of lessons is the same (``by_id`` is rebuilt whenever a lesson
        # is added or removed; their number alone can stay the same when one replaces another).
        cached = self.__dict__.get("_closest_cache")
        if cached is None or cached[0] is not self.by_id:
            cached = self.__dict__["_closest_cache"] = (self.by_id, {})
        cache = cached[1]
        key = (wanted_slug, limit)
        if key not in cache:
            cache[key] = self._closest(wanted_slug, limit)
        return cache[key]

    def _closest(self, wanted_slug: str, limit: int) -> list[str]:
        import difflib

        slugs = self._slug_index()
        # Only slugs sharing a word with the wanted one are compared: difflib over a
        # whole large course for every broken reference would be quadratic.
        words = set(wanted_slug.split("-"))
        pool = sorted({slug for word in words for slug in self._word_index().get(word, ())})
        matches = difflib.get_close_matches(wanted_slug, pool, n=limit, cutoff=0.5)
        return [lesson_id for match in matches for lesson_id in slugs[match]][:limit]

    def _slug_index(self) -> dict[str, list[str]]:
        cached = self.__dict__.get("_slugs")
        if cached is None or cached[0] is not self.by_id:
            slugs: dict[str, list[str]] = {}
            for lesson_id in self.by_id:
                slugs.setdefault(self.slug(lesson_id).split("-", 1)[-1], []).append(lesson_id)
            words: dict[str, set[str]] = {}
            for slug in slugs:
                for word in slug.split("-"):
                    words.setdefault(word, set()).add(slug)
            cached = self.__dict__["_slugs"] = (self.by_id, slugs, words)
        return cached[1]

    def _word_index(self) -> dict[str, set[str]]:
        self._slug_index()
        return self.__dict__["_slugs"][2]
