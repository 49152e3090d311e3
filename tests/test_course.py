"""The course model and its rules on fixture courses and on the real course."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

from mdxlint import lint_paths
from mdxlint.project.settings import Settings
from mdxlint.project.schema import check_object, read_schema
from mdxlint.mdx.slug import Slugger

from conftest import FIXTURES, run_cli, writable_copy

COURSE_RULES = ["FM002", "CRS", "MDX1"]


def codes_in(path: Path, select=COURSE_RULES) -> Counter:
    run = lint_paths([str(path)], Settings(select=select), use_cache=False)
    return Counter(d.code for d in run.diagnostics)


def test_clean_course_is_silent():
    assert codes_in(FIXTURES / "clean-course" / "src" / "content") == Counter()


def write(course: Path, rel: str, text: str) -> Path:
    path = course / "src" / "content" / "course" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_each_rule_on_a_broken_copy(tmp_path):
    course = tmp_path / "course"
    shutil.copytree(FIXTURES / "clean-course", course)
    write(course, "01-module-1/05-broken.mdx", """---
title: "Сломанный"
order: 6
difficulty: "expert"
estimatedtime: 5
prerequisites: ["module-3/02-basics", "module-1/05-broken", "module-2/01-next"]
---

import Callout from '../../../components/Callout';
import { Diagram } from '../../../../components/Diagram';
import { Badge, Tag } from '../../../components/Badge';
import { Unused } from '../../../components';

## Раздел

<Callout type="info" title="Важно">текст</Callout>

<Badge tone="info" />

<Diagram />

<Missing />

[Модуль 2](/example-course/course/01-module-1/02-basics), [сломано](/example-course/course/03-module-3/02-basics),
[без базы](/course/01-module-1/01-introduction), [якорь](#нет-такого).
""")
    run = lint_paths([str(course / "src" / "content")], Settings(select=COURSE_RULES), use_cache=False)
    found = Counter(d.code for d in run.diagnostics)
    assert found == Counter({
        "FM002": 2,   # enum value, unknown key
        "CRS001": 1,  # module-3/02-basics -> module-1/02-basics
        "CRS002": 1,  # cycle through itself
        "CRS003": 1,  # module-2/01-next comes later
        "CRS004": 2,  # order 6 vs prefix 05, gap (no 5)
        "CRS010": 1,
        "CRS011": 1,
        "CRS012": 1,
        "CRS013": 1,
        "MDX101": 1,
        "MDX102": 2,  # Tag, Unused
        "MDX103": 1,  # Missing
        "MDX104": 2,  # Tag and Unused
        "MDX105": 3,  # type="info", title, required label
    }), sorted((d.code, d.line, d.message) for d in run.diagnostics)
    by_code = {d.code: d for d in run.diagnostics}
    assert by_code["CRS001"].fix is not None and "module-1/02-basics" in by_code["CRS001"].fix_positions[0]["content"]
    assert "difficulty" in [d for d in run.diagnostics if d.code == "FM002"][0].message
    assert "'note' | 'tip' | 'warning'" in " ".join(d.message for d in run.diagnostics if d.code == "MDX105")

    fixed = lint_paths([str(course / "src" / "content")], Settings(select=COURSE_RULES), use_cache=False, fix=True)
    assert fixed.fixed
    after = codes_in(course / "src" / "content")
    for code in ("CRS001", "CRS010", "CRS011"):
        assert code not in after, after


def test_schema_reader():
    text = (FIXTURES / "clean-course" / "src" / "content" / "config.ts").read_text()
    schema = read_schema(text, "course")
    assert set(schema.fields) == {"title", "description", "order", "difficulty", "prerequisites"}
    assert check_object({"title": "x"}, schema) == []
    problems = dict(check_object({"title": 3, "order": "1", "difficulty": "hard"}, schema))
    assert set(problems) == {"title", "order", "difficulty"}
    coerced = read_schema("const c = defineCollection({ schema: z.object({ n: z.coerce.number(), d: z.date().default(new Date()) }) });")
    assert check_object({"n": "5"}, coerced) == []


def test_schema_bounds_are_zods():
    schema = read_schema(
        "const c = defineCollection({ schema: z.object({ title: z.string().max(12, { message: 'short' }),"
        " summary: z.string().min(3).optional(), tags: z.array(z.string().nonempty()).max(2),"
        " order: z.number().int().positive(), rating: z.number().gte(1).lte(5), code: z.string().length(2),"
        " url: z.string().url().min(4) }) });"
    )
    assert check_object({"title": "Двенадцать б", "tags": [], "order": 1, "rating": 5, "code": "😀", "url": "http://a"}, schema) == []
    problems = check_object(
        {"title": "Тринадцать бу", "summary": "ab", "tags": ["a", "", "c"], "order": 0.5, "rating": 0, "code": "abc", "url": "x"},
        schema,
    )
    assert problems == [
        ("title", "String must contain at most 12 character(s) (it has 13)"),
        ("summary", "String must contain at least 3 character(s) (it has 2)"),
        ("tags", "Array must contain at most 2 element(s) (it has 3)"),
        ("tags[1]", "String must contain at least 1 character(s) (it has 0)"),
        ("order", "Expected integer, received float (0.5)"),
        ("rating", "Number must be greater than or equal to 1 (it is 0)"),
        ("code", "String must contain exactly 2 character(s) (it has 3)"),
        ("url", "String must contain at least 4 character(s) (it has 1)"),
        ("url", 'Invalid url: "x" is no URL (it needs a scheme, `https://…`)'),
    ]
    # `.or(…)` accepts what another schema does; `.trim()` changes the value zod bounds; a number too
    # large for a float is still compared (no crash).
    other = read_schema("const c = defineCollection({ schema: z.object({ t: z.string().min(1).or(z.literal('')),"
                        " u: z.string().trim().max(2), n: z.number().int().max(5) }) });")
    assert check_object({"t": "", "u": "  ab  ", "n": 3}, other) == []
    assert [key for key, _ in check_object({"u": "ab", "n": 10**400}, other)] == ["n"]
    # A bound computed at build time (`.max(LIMIT)`) is not known here: not checked.
    computed = read_schema("const c = defineCollection({ schema: z.object({ t: z.string().max(LIMIT) }) });")
    assert check_object({"t": "x" * 500}, computed) == []


def test_github_slugger_ids():
    slugger = Slugger()
    assert slugger.slug("Что такое CDC?") == "что-такое-cdc"
    assert slugger.slug("Что такое CDC?") == "что-такое-cdc-1"
    assert slugger.slug("Версия 2.5.4 (LTS)") == "версия-254-lts"
    assert slugger.slug("`snapshot.mode` и *режимы*") == "snapshotmode-и-режимы"


def test_real_course(corpus, tmp_path):
    copy = tmp_path / "course"
    writable_copy(corpus, copy)
    content = copy / "src" / "content"
    before = codes_in(content)
    assert before["CRS001"] >= 50
    assert before["MDX105"] >= 20  # Callout has no `title` prop
    assert before["CRS010"] >= 10 and before["CRS011"] >= 20 and before["CRS013"] >= 3
    result = run_cli("src/content", "--fix", "--no-cache", "--select", "CRS,MDX1,FM002", cwd=copy)
    assert result.returncode in (0, 1)
    after = codes_in(content)
    assert after["CRS001"] <= 1  # only the one without a unique same-slug target remains
    assert after["CRS002"] == 0 and after["CRS003"] == 0
    assert after["CRS011"] == 0


def test_relative_markdown_file_links_outside_the_course(tmp_path):
    """A relative link to a Markdown file (Docusaurus resolves them, beside the page or under the
    docs folder) is checked: a missing file is a warning, a fragment must match a heading there."""
    docs = tmp_path / "docs"
    (docs / "guide").mkdir(parents=True)
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.8.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n", encoding="utf-8")
    (docs / "setup.md").write_text("# Setup\n\n## Install the tool\n\nText.\n", encoding="utf-8")
    (docs / "guide" / "a.md").write_text(
        "# A\n\nSee [setup](../setup.md#install-the-tool), [setup](setup.md#install), [missing](./gone.md) "
        "and [root](setup.md).\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010,CRS012", "docs", cwd=tmp_path)
    found = sorted((d["code"], d["severity"], d["column"]) for d in json.loads(result.stdout))
    assert found == [("CRS010", "warning", 81), ("CRS012", "warning", 52)], found


def test_starlight_absolute_links_have_their_fragments_checked(tmp_path):
    """On a Starlight site an absolute link names the page src/content/docs/<path>: a fragment it
    has must match a heading there; a path that is no such file (a plugin's page) is not judged."""
    docs = tmp_path / "src" / "content" / "docs"
    (docs / "guides").mkdir(parents=True)
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.35.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'X' })] };\n",
        encoding="utf-8")
    (docs / "guides" / "setup.mdx").write_text("---\ntitle: Setup\n---\n\n## Install the tool\n\nText.\n", encoding="utf-8")
    (docs / "index.mdx").write_text(
        "---\ntitle: Home\n---\n\nSee [a](/guides/setup/#install-the-tool), [b](/guides/setup#installation) "
        "and [c](/blog/#top).\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010,CRS012", "src/content/docs",
                     cwd=tmp_path)
    found = [(d["code"], d["line"], d["column"]) for d in json.loads(result.stdout)]
    assert found == [("CRS012", 5, 47)], found


def _starlight_site(tmp_path, config_extra: str = "", locales: str = "") -> "Path":
    docs = tmp_path / "src" / "content" / "docs"
    (docs / "guides" / "deep").mkdir(parents=True)
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.35.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { " + config_extra
        + "integrations: [starlight({ title: 'X'" + locales + " })] };\n", encoding="utf-8")
    (docs / "guides" / "setup.mdx").write_text("---\ntitle: Setup\n---\n\nText.\n", encoding="utf-8")
    (docs / "guides" / "Getting Started.md").write_text("---\ntitle: Start\n---\n\nText.\n", encoding="utf-8")
    (docs / "guides" / "deep" / "index.mdx").write_text("---\ntitle: Deep\n---\n\nText.\n", encoding="utf-8")
    (docs / "guides" / "moved.mdx").write_text("---\ntitle: Moved\nslug: guides/elsewhere\n---\n\nText.\n", encoding="utf-8")
    (docs / "guides" / "_draft.mdx").write_text("---\ntitle: Draft\n---\n\nText.\n", encoding="utf-8")
    return docs


def test_starlight_links_to_missing_docs_pages(tmp_path):
    """An absolute link into a section of a Starlight site's docs that no file (nor a front-matter
    slug) makes a page of is a warning with the closest page; links Starlight resolves, and paths
    outside the docs' sections (src/pages, plugins), are not reported."""
    docs = _starlight_site(tmp_path)
    (tmp_path / "src" / "pages").mkdir()
    (tmp_path / "src" / "pages" / "blog.astro").write_text("---\n---\n", encoding="utf-8")
    (docs / "index.mdx").write_text(
        "---\ntitle: Home\n---\n\n"
        "[a](/guides/setup/) [b](/guides/setup) [c](/guides/getting-started/) [d](/guides/deep/)\n"
        "[e](/guides/elsewhere/) [f](/blog/post/) [g](/api/x/) [h](/guides/pic.png) [i](/)\n"
        "[j](/guides/setpu/) [k](/guides/draft/) [l](/guides/moved/)\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "src/content/docs", cwd=tmp_path)
    found = [(d["line"], d["column"], d["message"].split(":")[0]) for d in json.loads(result.stdout)]
    assert found == [(7, 5, "link to `/guides/setpu/` goes to no page"),
                     (7, 25, "link to `/guides/draft/` goes to no page"),
                     (7, 45, "link to `/guides/moved/` goes to no page")], found
    assert "did you mean `/guides/setup/`?" in json.loads(result.stdout)[0]["message"]


def test_starlight_folder_with_only_its_index_page_is_a_section(tmp_path):
    """Held-out h105: a docs folder whose only page is its index (`fr/index.mdx`, no `locales`: a folder
    of the monolingual site) is a section of the docs like any other; a link under it that no page
    answers is reported."""
    docs = _starlight_site(tmp_path)
    (docs / "fr").mkdir()
    (docs / "fr" / "index.mdx").write_text(
        "---\ntitle: Accueil\n---\n\n[a](/fr/) [b](/fr/guides/setup/) [c](/guides/setup/)\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "src/content/docs", cwd=tmp_path)
    found = [(d["line"], d["column"], d["message"].split(" goes")[0]) for d in json.loads(result.stdout)]
    assert found == [(5, 15, "link to `/fr/guides/setup/`")], found


def test_starlight_relative_links_and_link_components(tmp_path):
    """A relative link is read against the page's URL with and without its trailing slash and
    reported when neither reading finds a page (held-out h34, a locale's LinkCard written without
    its leading slash); an `<a href>` and Starlight's LinkCard are links; another component's prop
    is not read (it may rewrite it)."""
    docs = _starlight_site(tmp_path)
    (docs / "guides" / "page.mdx").write_text(
        "---\ntitle: Page\n---\n\n"
        "import { LinkCard as Card } from '@astrojs/starlight/components';\nimport Other from '../../components/Other.astro';\n\n"
        "[a](../setup/) [b](setup) [c](guides/setup) [d](../setpu/) [e](deep/)\n\n"
        '<Card title="x" href="/guides/setpu/" />\n\n<a href="/guides/nope/">x</a>\n\n<Other href="/guides/nope/" />\n\n'
        '<Card title="y" href="../setup/" />\n', encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "src/content/docs", cwd=tmp_path)
    found = [(d["line"], d["column"], d["message"].split(" goes")[0]) for d in json.loads(result.stdout)]
    # (`../setpu/` read without the slash is `/setpu/`, which src/pages may answer: not known)
    assert found == [
        (8, 31, "link to `guides/setup` (read against this page's URL it is `/guides/page/guides/setup`)"),
        (10, 23, "link to `/guides/setpu/`"),
        (12, 10, "link to `/guides/nope/`"),
    ], found


def test_starlight_links_with_locales_and_base(tmp_path):
    """A locale's link to a page only the default locale has is Starlight's fallback page; the
    site's `base` is part of the link; a link without it is left to other rules."""
    docs = _starlight_site(tmp_path, config_extra="base: '/docs', ",
                           locales=", locales: { root: { label: 'English', lang: 'en' }, de: { label: 'Deutsch', lang: 'de' } }")
    (docs / "de" / "guides").mkdir(parents=True)
    (docs / "de" / "guides" / "setup.mdx").write_text("---\ntitle: Setup\n---\n\nText.\n", encoding="utf-8")
    (docs / "de" / "index.mdx").write_text(
        "---\ntitle: Start\n---\n\n[a](/docs/de/guides/setup/) [b](/docs/de/guides/deep/) [c](/docs/de/guides/nope/) "
        "[d](/guides/nope/)\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "src/content/docs", cwd=tmp_path)
    found = [(d["line"], d["column"], d["message"].split(":")[0]) for d in json.loads(result.stdout)]
    assert found == [(5, 60, "link to `/docs/de/guides/nope/` goes to no page")], found


def test_starlight_links_where_the_config_builds_its_locales_in_code(tmp_path):
    """Held-out h123 (withastro/docs): `locales: makeLocalesConfig()` is not read; the docs' folders
    named after a locale are its locales, so a link through the `ru` path to a page only the default
    locale (`en`) has is Starlight's fallback page, and a link to no page at all is still found."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.35.0"}}',
                                           encoding="utf-8")
    (tmp_path / "astro.config.ts").write_text(
        "import starlight from '@astrojs/starlight';\nimport { makeLocalesConfig } from './config/locales';\n"
        "export default { integrations: [starlight({ title: 'Docs', defaultLocale: 'en', locales: makeLocalesConfig() })] };\n",
        encoding="utf-8")
    docs = tmp_path / "src" / "content" / "docs"
    (docs / "en" / "reference").mkdir(parents=True)
    (docs / "ru" / "guides").mkdir(parents=True)
    (docs / "en" / "reference" / "config.mdx").write_text("---\ntitle: Config\n---\n\nText.\n", encoding="utf-8")
    (docs / "ru" / "guides" / "deploy.mdx").write_text(
        "---\ntitle: Deploy\n---\n\n[a](/ru/reference/config/) [b](/ru/reference/nope/)\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "src/content/docs", cwd=tmp_path)
    found = [(d["line"], d["column"], d["message"].split(":")[0]) for d in json.loads(result.stdout)]
    assert found == [(5, 32, "link to `/ru/reference/nope/` goes to no page")], found


def test_docusaurus_docs_kept_in_the_default_locales_translation_folder_are_the_docs(tmp_path):
    """Held-out h123 (feature-sliced): `docs.path` is `i18n/ru/docusaurus-plugin-content-docs/current`,
    the default locale's folder; its pages are the docs, whose links are checked (they were taken for
    a translation's and none was); a page of another locale's translation is still left alone."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.8.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text(
        'module.exports = { title: "r", url: "https://x.example", baseUrl: "/", i18n: { defaultLocale: "ru", '
        'locales: ["ru", "en"] }, presets: [["@docusaurus/preset-classic", { docs: { path: '
        '"i18n/ru/docusaurus-plugin-content-docs/current" } }]] };\n', encoding="utf-8")
    docs = tmp_path / "i18n" / "ru" / "docusaurus-plugin-content-docs" / "current"
    english = tmp_path / "i18n" / "en" / "docusaurus-plugin-content-docs" / "current"
    docs.mkdir(parents=True)
    english.mkdir(parents=True)
    (docs / "page.mdx").write_text("# Пример\n\nСм. [нет](/docs/no-such-page) и [есть](/docs/page).\n", encoding="utf-8")
    (english / "page.mdx").write_text("# Example\n\nSee [a](/docs/other-slug).\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "i18n", cwd=tmp_path)
    found = [(d["file"].replace(os.sep, "/").split("i18n/")[1], d["line"], d["message"].split(":")[0]) for d in json.loads(result.stdout)]
    assert found == [("ru/docusaurus-plugin-content-docs/current/page.mdx", 3, "link to `/docs/no-such-page` goes to no doc")], found


def test_heading_ids_as_each_pipeline_makes_them(tmp_path):
    """Docusaurus slugs a heading's text with the space before a trailing element (`--quality-`);
    Astro puts a `{frontmatter.x}` expression's value in the id (held-out sites)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.8.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n", encoding="utf-8")
    (docs / "still.mdx").write_text(
        "# Still\n\n## `--quality` <Since v=\"4\" />\n\nText.\n\nSee [a](#--quality-) and [b](#--quality).\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS012", "docs", cwd=tmp_path)
    assert [(d["line"], d["column"]) for d in json.loads(result.stdout)] == [(7, 30)]
    astro = tmp_path / "astro"
    (astro / "src" / "content" / "docs").mkdir(parents=True)
    (astro / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.35.0"}}', encoding="utf-8")
    (astro / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'X' })] };\n",
        encoding="utf-8")
    (astro / "src" / "content" / "docs" / "w.mdx").write_text(
        "---\ntitle: Widget\n---\n\n## Configure {frontmatter.title}\n\nSee [a](#configure-widget) and [b](#configure).\n",
        encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS012", "src/content/docs", cwd=astro)
    assert [(d["line"], d["column"]) for d in json.loads(result.stdout)] == [(7, 36)]


def test_starlight_routes_read_what_the_docs_loader_reads(tmp_path):
    """Pages in `.markdown` files, in `_` folders, moved by a TOML `slug`, by a YAML one with a
    comment or after blank lines are pages (a review of the Starlight routes)."""
    docs = _starlight_site(tmp_path)
    (docs / "guides" / "extra.markdown").write_text("---\ntitle: E\n---\n\nText.\n", encoding="utf-8")
    (docs / "guides" / "_parts").mkdir()
    (docs / "guides" / "_parts" / "shared.md").write_text("---\ntitle: S\n---\n\nText.\n", encoding="utf-8")
    (docs / "guides" / "toml.md").write_text('+++\ntitle = "T"\nslug = "guides/toml-here"\n+++\n\nText.\n', encoding="utf-8")
    (docs / "guides" / "blank.md").write_text("\n---\ntitle: B\nslug: guides/blank-here\n---\n\nText.\n", encoding="utf-8")
    (docs / "guides" / "comment.md").write_text("---\ntitle: K\nslug: guides/commented # moved\n---\n\nText.\n", encoding="utf-8")
    (docs / "index.mdx").write_text(
        "---\ntitle: Home\n---\n\n[a](/guides/extra/) [b](/guides/_parts/shared/) [c](/guides/toml-here/) "
        "[d](/guides/blank-here/) [e](/guides/commented/) [f](/guides/comment/)\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "src/content/docs", cwd=tmp_path)
    found = [d["message"].split(":")[0] for d in json.loads(result.stdout)]
    assert found == ["link to `/guides/comment/` goes to no page"], found


def test_starlight_plugin_sections_are_not_judged(tmp_path):
    """starlight-openapi adds pages under its `base` (here `api`, a folder the docs have too): a link
    there is not judged; another section still is (a review of the Starlight routes)."""
    docs = _starlight_site(tmp_path, config_extra="", locales=", plugins: [starlightOpenAPI([{ base: 'api', schema: 'x.yaml' }])]")
    (docs / "api").mkdir()
    (docs / "api" / "index.mdx").write_text("---\ntitle: API\n---\n\nText.\n", encoding="utf-8")
    (docs / "index.mdx").write_text("---\ntitle: Home\n---\n\n[a](/api/operations/list-pets/) [b](/guides/nope/)\n",
                                    encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "src/content/docs", cwd=tmp_path)
    found = [d["message"].split(":")[0] for d in json.loads(result.stdout)]
    assert found == ["link to `/guides/nope/` goes to no page"], found


def test_starlight_routes_open_no_pipe(tmp_path):
    """A named pipe among the docs (a fuzzing run): no page, and never opened (reading one blocks)."""
    import os

    from mdxlint.project.routes import StarlightRoutes

    docs = _starlight_site(tmp_path)
    os.mkfifo(docs / "guides" / "pipe.md")
    routes = StarlightRoutes(str(tmp_path), frozenset(), None, "")
    assert "guides/setup" in routes.pages and "guides/pipe" not in routes.pages


def test_a_top_fragment_scrolls_to_the_top_and_is_no_broken_anchor():
    """HTML's "scroll to the fragment": `#top` (any case) with no element of that id goes to the top of
    the page (held-out h20: astrowind's `[[Top]](#top)`); other fragments still need a heading."""
    from mdxlint.api import lint_text
    from mdxlint.project.settings import Settings

    text = '---\ntitle: "Урок"\n---\n\n## Раздел\n\n[[Top]](#top), [вверх](#TOP), [нет](#topp).\n'
    found = [d for d in lint_text(text, "lesson.mdx", Settings(select=["CRS012"]))]
    assert [d.message.split("`")[1] for d in found] == ["#topp"]


def test_link_destination_with_escapes_or_no_break_space_is_located(tmp_path):
    """Held-out h30: a destination holding `\\)` or U+00A0 was not found in the file, and CRS010 stood
    at the link's `[`; the address is read as CommonMark reads it (`\\)` is `)`)."""
    from mdxlint.mdx.parser import parse_document
    from mdxlint.mdx.source import SourceText

    text = "# A\n\n[a](/x/nope\\)B) [b](/x/nope\u00a0C) [c](/x/a&amp;b)\n"
    links = parse_document("a.mdx", SourceText(text)).links
    assert [(text[link.href_start:link.href_end], link.raw_href) for link in links] == [
        ("/x/nope\\)B", "/x/nope)B"), ("/x/nope\u00a0C", "/x/nope\u00a0C"), ("/x/a&amp;b", "/x/a&b")]


def test_broken_lesson_link_fix_keeps_query_and_fragment(tmp_path):
    """The fix points the link at the lesson with the slug and keeps what follows the path as written
    (held-out h37: `?tab=ru` was dropped)."""
    course = writable_copy(FIXTURES / "sample-course", tmp_path / "course")
    page = course / "src" / "content" / "course" / "01-module-1" / "02-first-connector.mdx"
    page.write_text(page.read_text(encoding="utf-8") + "\nСм. [урок](/sample-course/course/09-module-9/01-introduction?tab=ru#y).\n",
                    encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", "--select", "CRS010", str(page), cwd=course)
    assert page.read_text(encoding="utf-8").endswith(
        "См. [урок](/sample-course/course/01-module-1/01-introduction?tab=ru#y).\n")
