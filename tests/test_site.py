"""The site model: what is detected from a repository's own files, and how the rules
follow it (fixtures/sites/: small sites of each framework, written for these tests)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from mdxlint.project.site import components_in, detect
from mdxlint import lint_paths
from mdxlint.project.settings import Settings

SITES = FIXTURES / "sites"


def codes(path, *extra):
    result = run_cli(str(path), "--no-cache", "--output-format", "json", "--ignore", "LNG", *extra)
    return sorted((item["file"].split("/sites/")[1], item["line"], item["code"]) for item in json.loads(result.stdout))


def test_docusaurus_detected_from_the_repository_root():
    site = detect(str(SITES / "docusaurus"))  # the config is one folder down, in website/
    assert site.framework.value == "docusaurus" and site.root.endswith("website")
    assert site.mdx_version.value == 3 and site.mdx_extensions.value == ("mdx", "md")
    assert {"Details", "Head", "Highlight"} <= site.global_components.value  # default map + the swizzled one
    assert "MDXComponents.js" in site.global_components.source
    assert site.injected_names.value >= {"toc", "frontMatter", "metadata"}
    assert "hash" in site.heading_ids.value and site.html_comments.value and site.directives.value
    assert site.highlighter.value == "prism-react-renderer" and site.extra_languages.value == {"java", "toml"}
    assert site.frontmatter_required.value is False


def test_docusaurus_conventions_are_followed():
    # `.md` linted as MDX; HTML comments, `{#id}`, `:::tip Title`, `toc`, global <Details> and
    # the swizzled <Highlight> are fine; the partial and the README need no front matter.
    assert codes(SITES / "docusaurus") == [("docusaurus/docs/intro.md", 27, "MDX103")]


def test_next_mdx_components_come_from_mdx_components_tsx():
    site = detect(str(SITES / "next-mdx"))
    assert site.framework.value == "next" and site.mdx_extensions.value == ("mdx", "md")  # (its options say format 'mdx')
    assert "Callout" in site.global_components.value and "h1" in site.global_components.value
    assert codes(SITES / "next-mdx") == [("next-mdx/app/guide/page.mdx", 7, "MDX103")]


def test_starlight_languages_frontmatter_and_asides():
    site = detect(str(SITES / "starlight" / "src" / "content" / "docs" / "index.mdx"))
    assert site.framework.value == "starlight" and site.mdx_extensions.value == ("mdx",)
    assert "widget" in site.extra_languages.value and site.frontmatter_required.value == ("src/content/docs",)
    assert site.global_components.value == {"Fragment"}
    found = codes(SITES / "starlight")
    assert found == [
        ("starlight/src/content/docs/de/start.mdx", 1, "FM001"),  # Starlight's schema requires `title`
        ("starlight/src/content/docs/index.mdx", 17, "FNC002"),  # `widgt`, not the site's `widget` grammar
        ("starlight/src/content/docs/index.mdx", 21, "MDX103"),  # Starlight's components must be imported
    ]


def test_unknown_site_stays_silent_where_it_cannot_know(tmp_path):
    (tmp_path / "page.mdx").write_text("# Page\n\n<Widget />\n\n```madeuplang\nx\n```\n")
    site = detect(str(tmp_path))
    assert site.framework.value == "unknown" and site.global_components.value is None and site.highlighter.value is None
    assert codes(tmp_path / "page.mdx") == []  # no component map, no highlighter, no schema known


def test_a_folder_with_no_framework_has_its_python_fences_read_as_lessons(tmp_path):
    # With no framework detected every page's fences are read for undefined names (PY002), as its
    # page says; a documentation site reads only the course's lessons (held-out h89).
    (tmp_path / "page.mdx").write_text("# Page\n\n```python\nprint(undefined_name)\n```\n")
    result = run_cli(str(tmp_path / "page.mdx"), "--no-cache", "--output-format", "json", "--select", "PY002")
    assert [item["code"] for item in json.loads(result.stdout)] == ["PY002"]
    (tmp_path / "astro.config.mjs").write_text("export default {};\n")
    result = run_cli(str(tmp_path / "page.mdx"), "--no-cache", "--output-format", "json", "--select", "PY002")
    assert json.loads(result.stdout) == []


def test_starlight_collections_loaded_from_other_folders_are_linted(tmp_path):
    # A Starlight site's own collections (`partials` with `glob({ base })`) are compiled by the build:
    # a folder run lints them (held-out h88: Cloudflare's partials).
    (tmp_path / "astro.config.mjs").write_text("import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'x' })] };\n")
    (tmp_path / "src" / "content" / "docs").mkdir(parents=True)
    (tmp_path / "src" / "content" / "partials").mkdir(parents=True)
    (tmp_path / "src" / "content.config.ts").write_text(
        "import { glob } from 'astro/loaders';\nexport const collections = {\n  partials: defineCollection({ loader: "
        "glob({ pattern: '**/*.mdx', base: './src/content/partials' }) }),\n};\n")
    (tmp_path / "src" / "content" / "docs" / "index.mdx").write_text("---\ntitle: Home\n---\n\nHello.\n")
    (tmp_path / "src" / "content" / "partials" / "broken.mdx").write_text("Broken <div\n")
    assert "src/content/partials" in detect(str(tmp_path)).content_dirs.value
    # A base made of a folder and a name (Cloudflare's loaders), after a pattern with parentheses.
    (tmp_path / "src" / "content.config.ts").write_text(
        "function contentLoader(name) {\n  return glob({\n    pattern: '**/*.(md|mdx)',\n    base: './src/content/' + name,\n  });\n}\n")
    assert "src/content" in detect(str(tmp_path)).content_dirs.value
    result = run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX001")
    assert [(item["file"].rsplit("/", 1)[1], item["code"]) for item in json.loads(result.stdout)] == [("broken.mdx", "MDX001")]


def test_detect_command_shows_where_each_fact_came_from():
    text = run_cli("detect", str(SITES / "docusaurus")).stdout.decode()
    assert "framework              docusaurus" in text and "from package.json: @docusaurus/core ^3.4.0" in text
    assert "prism.additionalLanguages" in text
    data = json.loads(run_cli("detect", str(SITES / "starlight"), "--output-format", "json").stdout)
    assert data["framework"] == {"value": "starlight", "source": "astro.config.mjs: @astrojs/starlight"}
    assert data["linted_extensions"]["value"] == ["mdx"]
    # (held-out h78: with no site, the syntax MDX001 reads, and that it adds GFM and frontmatter, is said)
    assert data["syntax_read"]["value"] == "MDX 3, GFM, YAML frontmatter" and "the mdx version above" in data["syntax_read"]["source"]
    lone = json.loads(run_cli("detect", str(FIXTURES), "--output-format", "json").stdout)
    assert "not known" in lone["syntax_read"]["source"] or lone["mdx_version"]["value"] in (2, 3)


def test_configured_extensions_win_over_the_site(tmp_path):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(SITES / "docusaurus", site)
    (site / "website" / "mdxlint.toml").write_text('extensions = ["mdx"]\n')
    data = json.loads(run_cli("detect", str(site / "website"), "--output-format", "json").stdout)
    assert data["linted_extensions"]["value"] == ["mdx"] and data["mdx_extensions"]["value"] == ["mdx", "md"]


@pytest.mark.parametrize(
    "source,names",
    [
        ("export const MDXComponents = {\n  Intro,\n  Note: SimpleCallout,\n  'a': Link,\n  ...rest,\n};\n", {"Intro", "Note", "a"}),
        ("export function useMDXComponents(c) {\n  return {\n    Callout,\n    h2: H2,\n    ...c,\n  };\n}\n", {"Callout", "h2"}),
        ("export default {\n  ...MDXComponents,\n  Highlight,\n};\n", {"Highlight"}),
        # held-out h67 (tailwindcss.com): a helper returning a function whose parameter is destructured
        ("function heading(level) {\n  return ({ children }: React.PropsWithChildren) => {\n    return <h2>{children}</h2>;\n  };\n}\n"
         "export function useMDXComponents(c) {\n  return {\n    ...c,\n    h2: heading(2),\n    code({ children }) {\n"
         "      return <code>{children}</code>;\n    },\n  };\n}\n", {"h2", "code"}),
    ],
)
def test_component_maps(tmp_path, source, names):
    path = tmp_path / "MDXComponents.tsx"
    path.write_text(source)
    assert components_in(path) == names


def test_imports_used_in_exported_functions_are_used(tmp_path):
    page = tmp_path / "page.mdx"
    page.write_text(
        "import { helper } from './helper.js';\nimport Unused from './unused.js';\n\n"
        "export function Demo() {\n  return helper(1);\n}\n\n<Demo />\n"
    )
    (tmp_path / "helper.js").write_text("export const helper = (x) => x;\n")
    (tmp_path / "unused.js").write_text("export default 1;\n")
    result = run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX104")
    assert [(item["line"], item["message"]) for item in json.loads(result.stdout)] == [(2, "`Unused` is imported but never used")]


def test_a_link_to_a_module_folder_without_index_is_a_404(tmp_path):
    import shutil

    course = tmp_path / "course"
    shutil.copytree(FIXTURES / "example-course", course)
    lesson = next((course / "src" / "content" / "course").rglob("*.mdx"))
    module = lesson.parent.name
    lesson.write_text(lesson.read_text(encoding="utf-8") + f"\nСм. [модуль](/example-course/course/{module}).\n", encoding="utf-8")
    result = run_cli(str(course / "src" / "content"), "--no-cache", "--output-format", "json", "--select", "CRS010")
    messages = [item["message"] for item in json.loads(result.stdout)]
    assert any("which has no page of its own" in message for message in messages), messages
    (lesson.parent / "index.mdx").write_text("---\ntitle: Модуль\n---\n\nОбзор модуля.\n", encoding="utf-8")
    result = run_cli(str(course / "src" / "content"), "--no-cache", "--output-format", "json", "--select", "CRS010")
    assert not any("which has no page of its own" in item["message"] for item in json.loads(result.stdout))


def test_math_is_tex_where_remark_math_is_installed(tmp_path):
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0", "remark-math": "^6.0.0"}}')
    (tmp_path / "mdx-components.tsx").write_text("export function useMDXComponents(c) {\n  return {...c};\n}\n")
    page = tmp_path / "page.mdx"
    page.write_text("The ratio $\\frac{a}{b}$ costs $5 and $10.\n\n$$\n\\sum_{i<n} x_{i}\n$$\n")
    assert detect(str(page)).math.value is True
    result = run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX")
    assert json.loads(result.stdout) == []
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}')
    result = run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX002")
    assert {item["message"].split("`")[1] for item in json.loads(result.stdout)} >= {"a", "b"}  # without remark-math they are expressions


def test_a_nextjs_app_imports_mdx_from_anywhere(tmp_path):
    """@next/mdx compiles every .mdx file the app imports (held-out h20: tailwindcss.com keeps its pages in
    src/docs/*.mdx, read by `import(`@/docs/${slug}.mdx`)`): a run from the root lints them; a README.md
    there is still no page."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}')
    (tmp_path / "src" / "app").mkdir(parents=True)
    (tmp_path / "src" / "docs").mkdir()
    (tmp_path / "src" / "docs" / "theme.mdx").write_text("# Theme\n\n<Broken\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Readme\n\n<Broken\n", encoding="utf-8")
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX001").stdout)
    assert [Path(item["file"]).name for item in found] == ["theme.mdx"]
    assert detect(str(tmp_path)).mdx_anywhere.value is True


def test_a_folder_run_lints_pages_not_the_readme_beside_them():
    # next-mdx compiles .md too, but its README.md is in no content folder (app/)
    assert codes(SITES / "next-mdx") == [("next-mdx/app/guide/page.mdx", 7, "MDX103")]
    named = codes(SITES / "next-mdx" / "README.md")  # named on the command line: linted as asked
    assert ("next-mdx/README.md", 3, "MDX001") in named
    forced = run_cli(str(SITES / "next-mdx" / "README.md"), "--no-cache", "--force-exclude")
    assert forced.returncode == 0 and forced.stdout.count(b"MDX001") == 0


def _docusaurus_site(tmp_path, config: str):
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.6.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text(config, encoding="utf-8")
    return tmp_path


def test_docusaurus_docs_path_is_read_at_the_options_own_level(tmp_path):
    """`path` may stand after an editUrl function of any length; a `path` inside a string or a
    nested object is not the docs folder."""
    edit = ("editUrl: ({locale, docPath}) => { if (locale !== 'en') { return `https://example.com/${locale}`; } "
            "return 'https://example.com/edit/' + docPath; },\n") * 6
    site = _docusaurus_site(tmp_path, "module.exports = { presets: [['classic', { docs: {\n" + edit +
                            "  sidebarPath: './sidebars.js', nested: { path: 'no' },\n  path: 'content',\n} }]] };\n")
    (site / "content").mkdir()
    (site / "content" / "intro.mdx").write_text("# Intro\n\n<Missing />\n", encoding="utf-8")
    facts = detect(str(site))
    assert facts.content_dirs.value[0] == "content" and "docs.path" in facts.content_dirs.source
    out = json.loads(run_cli(str(site), "--no-cache", "--output-format", "json", "--ignore", "LNG").stdout)
    assert [(item["file"].rsplit("/", 2)[-2:], item["code"]) for item in out] == [(["content", "intro.mdx"], "MDX103")]


def test_docusaurus_docs_path_in_a_template_literal(tmp_path):
    """Held-out h67 (feature-sliced): ``path: `i18n/${DEFAULT_LOCALE}/…` `` with the constant in the config is
    read; a substitution the config does not define leaves the plugin's default folder."""
    from mdxlint.project.site import _docusaurus_docs_paths

    text = ("const DEFAULT_LOCALE = 'en';\nmodule.exports = { presets: [['classic', {\n"
            "  docs: { path: `i18n/${DEFAULT_LOCALE}/docusaurus-plugin-content-docs/current` }, blog: { path: `news` } }]] };\n")
    assert _docusaurus_docs_paths(text) == ["i18n/en/docusaurus-plugin-content-docs/current"]
    assert _docusaurus_docs_paths(text, "blog") == ["news"]
    assert _docusaurus_docs_paths("module.exports = { presets: [['classic', { docs: { path: `${process.env.DOCS}` } }]] };") == ["docs"]
    # held-out h80 (hasura): a typed options object in parentheses, after a type comment
    text = ("module.exports = { presets: [['classic', { docs: { path: 'docs' } }]], plugins: [[\n  'content-docs',\n"
            "  /** @type {import('@docusaurus/plugin-content-docs').Options} */\n  ({ id: 'wiki', path: 'wiki' }),\n]] };\n")
    assert _docusaurus_docs_paths(text) == ["docs", "wiki"]


def test_a_named_folder_outside_the_content_folders_is_linted(tmp_path):
    """A folder named on the command line that holds no page folder is linted as asked (was: "no files")."""
    site = _docusaurus_site(tmp_path, "module.exports = { presets: [['classic', { docs: { path: 'docs' } }]] };\n")
    for folder in ("docs", "notes"):
        (site / folder).mkdir()
        (site / folder / "a.mdx").write_text("# A\n\n<Missing />\n", encoding="utf-8")
    (site / "README.mdx").write_text("# Readme\n\n<Missing />\n", encoding="utf-8")
    root = json.loads(run_cli(str(site), "--no-cache", "--output-format", "json", "--ignore", "LNG").stdout)
    assert sorted(item["file"].rsplit("/", 2)[-2] for item in root) == ["docs"]  # the README is no page
    notes = json.loads(run_cli(str(site / "notes"), "--no-cache", "--output-format", "json", "--ignore", "LNG").stdout)
    assert [item["file"].rsplit("/", 2)[-2] for item in notes] == ["notes"]


def test_underscore_partials_need_no_frontmatter(tmp_path):
    """Starlight and Docusaurus build no page from `_`-prefixed files or folders: FM001 leaves them alone."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.30.0", "astro": "5.0.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text("import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'x' })] };\n", encoding="utf-8")
    docs = tmp_path / "src" / "content" / "docs"
    (docs / "_fragments").mkdir(parents=True)
    (docs / "_fragments" / "cta.mdx").write_text("Run `npm install`.\n", encoding="utf-8")
    (docs / "_note.mdx").write_text("A note.\n", encoding="utf-8")
    (docs / "page.mdx").write_text("Text.\n", encoding="utf-8")
    out = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "FM001").stdout)
    assert [item["file"].rsplit("/", 1)[-1] for item in out] == ["page.mdx"]


def test_docusaurus_unwraps_mdx_code_blocks_and_gives_require(tmp_path):
    """Docusaurus's preprocessor unwraps ```mdx-code-block fences (their text is MDX: imports there are
    used, JSX there is checked); webpack gives pages `require`; a commented-out option is not the config's."""
    site = _docusaurus_site(tmp_path, "module.exports = {\n  markdown: {\n    // mdx1Compat: { comments: false },\n  },\n"
                                      "  presets: [['classic', { docs: { path: 'docs' } }]],\n};\n")
    (site / "docs").mkdir()
    (site / "docs" / "page.mdx").write_text(
        "# Page\n\n```mdx-code-block\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n```\n\n"
        "<Tabs>\n<TabItem value=\"a\">A</TabItem>\n</Tabs>\n\n"
        "```mdx-code-block\n<Missing />\n```\n\n"
        "<!-- a comment -->\n\n{require('!!raw-loader!./page.mdx').default.length}\n", encoding="utf-8")
    assert detect(str(site)).html_comments.value is True
    out = json.loads(run_cli(str(site), "--no-cache", "--output-format", "json", "--ignore", "LNG").stdout)
    assert [(item["line"], item["code"]) for item in out] == [(13, "MDX103")]


def test_math_over_a_line_break_and_nextra_latex(tmp_path):
    """Inline math may go on over a line break of its paragraph; Nextra's `latex: true` turns math on."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "nextra": "4.0.0"}}', encoding="utf-8")
    (tmp_path / "next.config.mjs").write_text("import nextra from 'nextra'\nconst withNextra = nextra({ latex: true })\n"
                                               "export default withNextra({})\n", encoding="utf-8")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "page.mdx").write_text("# Math\n\nThe area $F(x)=\n\\int_{a}^{x} f(t)\\,dt$ and $a=\\sqrt{b^2 + c^2}$.\n",
                                               encoding="utf-8")
    assert detect(str(tmp_path)).math.value is True
    out = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--ignore", "LNG").stdout)
    assert out == []


def test_math_as_remark_math_reads_it(tmp_path):
    """micromark-extension-math: `$$ … $$` on one line and `$ … $` with spaces are inline math, a
    run of dollars closes only on as many, code spans and tags that start first are read first,
    display math may open with three dollars; the compiler with remark-math accepts this page."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0", "remark-math": "^6.0.0"}}')
    (tmp_path / "mdx-components.tsx").write_text("export function useMDXComponents(c) {\n  return {...c};\n}\n")
    page = tmp_path / "page.mdx"
    page.write_text(
        "The ring $$ \\pi (R^2 - r^2) = \\frac{a}{R + r} $$ here.\n\n"
        "A fraction $ \\frac{p}{q} $ and $5 and {1+1} $10.\n\n"
        "Shell `$HOME {x` and <b title=\"$5\">b</b> then $y<z$.\n\n"
        "> $$\n> \\sum_{i<n} x_{i}\n> $$\n\n$$$\n\\left\\{ a \\right\\}\n$$$\n\n```\n$a {b $\n```\n"
    )
    assert json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX").stdout) == []
    # Dollars pair inside one paragraph, heading or table cell: not across list items, headings,
    # cells or the frontmatter (remark-math finds no math in any of these; the compiler accepts them).
    page.write_text("---\nprice: $5\n---\n\n- Plan A: $5/month\n- Plan B: <b>$10</b>/month\n\n# Price: $5\n"
                    "Some <i>text $ and</i> more\n\n| a | b |\n|---|---|\n| $5 | <b>$6</b> |\n")
    assert json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX").stdout) == []
    page.write_text("A $x$ then {y +}\n")  # outside math an expression is still one
    out = json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX001").stdout)
    assert [(item["line"], item["column"]) for item in out] == [(1, 16)]


def test_docusaurus_config_in_typescript_module_files(tmp_path):
    """@docusaurus/core's findConfig reads `docusaurus.config.mts` and `.cts` too."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.mts").write_text("export default { title: 'x' };\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.mdx").write_text("# A\n\n<!-- a note -->\n\n:::tip\n\nText.\n\n:::\n", encoding="utf-8")
    assert detect(str(tmp_path)).framework.value == "docusaurus"
    assert json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX").stdout) == []


def test_nextra_through_the_guilds_components(tmp_path):
    """@theguild/components brings Nextra (4-5: nextra 2, so MDX 2; 6: nextra 3)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "13.4.0", "@theguild/components": "^4.4.4"}}')
    (tmp_path / "next.config.mjs").write_text("import { withGuildDocs } from '@theguild/components/next.config'\n"
                                               "export default withGuildDocs({})\n")
    facts = detect(str(tmp_path))
    assert facts.framework.value == "nextra" and facts.mdx_version.value == 2 and "frontMatter" in facts.injected_names.value
    assert "(nextra 2)" in facts.framework.source
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "14.0.0", "@theguild/components": "^6.0.0"}}')
    assert detect(str(tmp_path)).mdx_version.value == 3


def test_fumadocs_heading_ids_and_mdx_version(tmp_path):
    """fumadocs-mdx compiles with MDX 3 and reads `## Title [#id]` as the heading's id (held-out s12a);
    on a site that does not, `[#id]` is text and the slug counts."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "fumadocs-mdx": "14.2.6", "fumadocs-core": "16.0.0"}}')
    (tmp_path / "next.config.mjs").write_text("import { createMDX } from 'fumadocs-mdx/next';\nexport default createMDX()({});\n")
    docs = tmp_path / "content" / "docs"
    docs.mkdir(parents=True)
    (docs / "cli.mdx").write_text("---\ntitle: CLI\n---\n\n## Install the CLI [#install]\n\nSee [the step](#install).\n", encoding="utf-8")
    facts = detect(str(tmp_path))
    assert (facts.framework.value, facts.mdx_version.value, facts.heading_ids.value) == ("fumadocs", 3, "bracket")
    assert json.loads(run_cli(str(docs), "--no-cache", "--output-format", "json", "--select", "CRS").stdout) == []
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}')
    found = json.loads(run_cli(str(docs), "--no-cache", "--output-format", "json", "--select", "CRS").stdout)
    assert [d["code"] for d in found] == ["CRS012"]


def test_expressive_code_languages_from_ec_config(tmp_path):
    """Starlight sites keep Expressive Code options that do not serialise in `ec.config.mjs`: a
    grammar added there is a language the site highlights (no FNC002)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.35.0", "astro": "5.12.0"}}')
    (tmp_path / "astro.config.mjs").write_text("import starlight from '@astrojs/starlight';\n"
                                                "export default { integrations: [starlight({ title: 'x' })] };\n")
    (tmp_path / "grammars").mkdir()
    (tmp_path / "grammars" / "toy.tmLanguage.json").write_text('{"name": "toy", "scopeName": "source.toy", "patterns": []}')
    (tmp_path / "ec.config.mjs").write_text('import toyGrammar from "./grammars/toy.tmLanguage.json" with { type: "json" };\n'
                                             "export default { shiki: { langs: [toyGrammar] } };\n")
    docs = tmp_path / "src" / "content" / "docs"
    docs.mkdir(parents=True)
    (docs / "toy.mdx").write_text("---\ntitle: Toy\n---\n\n```toy\nprint 1\n```\n", encoding="utf-8")
    facts = detect(str(tmp_path))
    assert "toy" in facts.extra_languages.value and "ec.config.mjs" in facts.extra_languages.source
    assert json.loads(run_cli(str(docs), "--no-cache", "--output-format", "json", "--select", "FNC").stdout) == []


def test_docusaurus_blog_instances_are_content(tmp_path):
    """A second blog plugin instance (`['@docusaurus/plugin-content-blog', { path: './learn' }]`) is
    built by Docusaurus, so a run from the site root lints it (held-out s12a)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text(
        'module.exports = { presets: [["classic", { docs: { path: "docs" } }]], plugins: [\n'
        '  ["@docusaurus/plugin-content-blog", { id: "learn", path: "./learn", routeBasePath: "learn" }]] };\n', encoding="utf-8")
    (tmp_path / "learn").mkdir()
    (tmp_path / "learn" / "2024-01-01-first.mdx").write_text("# First\n\nIt costs {price.\n", encoding="utf-8")
    facts = detect(str(tmp_path))
    assert "learn" in facts.content_dirs.value and "blog" in facts.content_dirs.value
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX001").stdout)
    assert [(d["file"].replace(os.sep, "/").split("/")[-2], d["line"]) for d in found] == [("learn", 3)]


def test_docs_of_a_docusaurus_site_kept_deeper_in_a_monorepo(tmp_path):
    """`packages/website/` with `path: '../../docs'` (held-out s22: typescript-eslint): linting `docs/`
    finds the site, whose HTML comments are allowed."""
    site = tmp_path / "packages" / "website"
    site.mkdir(parents=True)
    (site / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}', encoding="utf-8")
    (site / "docusaurus.config.js").write_text(
        "module.exports = { presets: [['classic', { docs: { path: '../../docs' } }]] };\n", encoding="utf-8")
    (tmp_path / "packages" / "other").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "intro.mdx").write_text("# Intro\n\n<!-- prettier-ignore-start -->\n\nText.\n", encoding="utf-8")
    assert detect(str(tmp_path / "docs")).framework.value == "docusaurus"
    assert json.loads(run_cli(str(tmp_path / "docs"), "--no-cache", "--output-format", "json", "--select", "MDX").stdout) == []


def test_docs_kept_beside_the_docusaurus_site(tmp_path):
    """`docs: { path: '../docs' }`: linting `docs/` (or one page of it) finds the site in `website/`."""
    site = tmp_path / "website"
    site.mkdir()
    (site / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}', encoding="utf-8")
    (site / "docusaurus.config.js").write_text(
        "module.exports = { presets: [['classic', { docs: { path: '../docs' } }]] };\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "intro.mdx"
    page.write_text("# Intro\n\n<!-- a note -->\n\nText.\n", encoding="utf-8")
    assert detect(str(tmp_path / "docs")).framework.value == "docusaurus"
    for target in (tmp_path / "docs", page):
        assert json.loads(run_cli(str(target), "--no-cache", "--output-format", "json", "--select", "MDX").stdout) == []
    (tmp_path / "other").mkdir()  # a folder no site reads is not taken for the site's
    assert detect(str(tmp_path / "other")).framework.value == "unknown"
    # A second docs instance whose options are a constant.
    (site / "docusaurus.config.js").write_text(
        "const guides = {\n  id: 'guides',\n  path: '../guides',\n};\nmodule.exports = { presets: [['classic', "
        "{ docs: { path: 'rules' } }]], plugins: [['@docusaurus/plugin-content-docs', guides]] };\n", encoding="utf-8")
    assert "../guides" in detect(str(site)).content_dirs.value


def test_site_conventions_from_the_third_held_out_check(tmp_path):
    """A Docusaurus config per locale (`docusaurus.config.en.js`) is the site's config; `mdx1Compat`
    counts only under the top-level `markdown`; an Astro collection's `glob({ base })` is a content folder."""
    docusaurus = tmp_path / "d"
    docusaurus.mkdir()
    (docusaurus / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}', encoding="utf-8")
    (docusaurus / "docusaurus.config.en.js").write_text(
        "module.exports = { markdown: { format: 'mdx' }, themeConfig: { markdown: { mdx1Compat: { comments: false } } } };\n",
        encoding="utf-8")
    facts = detect(str(docusaurus))
    assert facts.framework.value == "docusaurus" and facts.html_comments.value is True
    astro = tmp_path / "a"
    (astro / "src" / "data" / "blog").mkdir(parents=True)
    (astro / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/mdx": "4.0.0"}}', encoding="utf-8")
    (astro / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
                                            encoding="utf-8")
    (astro / "src" / "content.config.ts").write_text(
        'import { glob } from "astro/loaders";\nconst blog = defineCollection({ loader: glob({ pattern: "**/*.{md,mdx}", '
        'base: "./src/data/blog" }), schema: z.object({ title: z.string() }) });\n', encoding="utf-8")
    (astro / "src" / "data" / "blog" / "post.mdx").write_text("No frontmatter here.\n", encoding="utf-8")
    assert "src/data/blog" in detect(str(astro)).content_dirs.value
    out = json.loads(run_cli(str(astro), "--no-cache", "--output-format", "json", "--select", "FM001").stdout)
    assert [item["file"].rsplit("/", 1)[-1] for item in out] == ["post.mdx"]


def test_locale_folders_side_by_side_set_the_language(tmp_path):
    """`blog/en/` beside `blog/ru/`: each folder's pages are in its language (no English page reported)."""
    from mdxlint.project.locales import locale_for

    for locale in ("en", "ru"):
        (tmp_path / "blog" / locale).mkdir(parents=True)
        (tmp_path / "blog" / locale / "post.mdx").write_text("x\n", encoding="utf-8")
    assert [locale_for(str(tmp_path / "blog" / locale / "post.mdx")).language for locale in ("en", "ru")] == ["en", "ru"]


def test_import_source_is_the_javascript_strings_value(tmp_path):
    """`import Warn from './\\_warn.mdx'` (escaped so that Markdown tools leave the `_` alone)
    names `./_warn.mdx` in JavaScript: it resolves; a path that names no file still does not."""
    from mdxlint.mdx.esm import js_string_value

    assert js_string_value(r"./\_warn.mdx") == "./_warn.mdx" and js_string_value(r"\x41\u0042\u{43}") == "ABC"
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.0.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {presets: [['classic', {docs: {}}]]};\n", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "_warn.mdx").write_text("Warn\n", encoding="utf-8")
    (docs / "a.mdx").write_text("---\ntitle: A\n---\n\nimport Warn from './\\_warn.mdx';\nimport Gone from './\\_gone.mdx';\n\n<Warn />\n<Gone />\n",
                                encoding="utf-8")
    run = lint_paths([str(tmp_path)], Settings(select=["MDX101"]), use_cache=False)
    assert [(d.line, "_gone.mdx" in d.message) for d in run.diagnostics] == [(6, True)]


def test_frontmatter_schema_of_starlight_docs_and_astro_5_collections(tmp_path):
    """FM002 checks every page against its collection's schema: Starlight's docsSchema()
    (title required and a string, template an enum, unknown keys allowed) and an Astro 5
    collection loaded with glob({ base }) from src/content.config.ts."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.30.0", "astro": "5.0.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'x' })] };\n", encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "content.config.ts").write_text(
        "import { defineCollection, z } from 'astro:content';\nimport { glob } from 'astro/loaders';\n"
        "import { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n"
        "const notes = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/data/notes' }),\n"
        "  schema: z.object({ title: z.string(), order: z.number() }) });\n"
        "export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }), notes };\n",
        encoding="utf-8")
    docs = tmp_path / "src" / "content" / "docs"
    notes = tmp_path / "src" / "data" / "notes"
    docs.mkdir(parents=True)
    notes.mkdir(parents=True)
    (docs / "good.mdx").write_text("---\ntitle: Good\ncustom: kept\n---\n\nText.\n", encoding="utf-8")
    (docs / "bad.mdx").write_text("---\ntitle: 123\ntemplate: fancy\n---\n\nText.\n", encoding="utf-8")
    (docs / "untitled.mdx").write_text("---\ndescription: d\n---\n\nText.\n", encoding="utf-8")
    (notes / "n.mdx").write_text("---\ntitle: N\norder: first\n---\n\nText.\n", encoding="utf-8")
    run = lint_paths([str(tmp_path / "src")], Settings(select=["FM002"]), use_cache=False)
    assert sorted((Path(d.path).name, d.line, d.message.split(":")[0]) for d in run.diagnostics) == [
        ("bad.mdx", 2, "frontmatter `title`"), ("bad.mdx", 3, "frontmatter `template`"),
        ("n.mdx", 3, "frontmatter `order`"), ("untitled.mdx", 1, "frontmatter `title`"),
    ]


def test_docusaurus_default_docs_folder_beside_another_docs_instance(tmp_path):
    """A docs plugin instance with its own `path` beside the preset's docs without one: both
    folders are content (the preset's is `docs`, the plugin's default)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.0.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text(
        "module.exports = { plugins: [['@docusaurus/plugin-content-docs', { id: 'community', path: 'community' }]],\n"
        "  presets: [['classic', { docs: { sidebarPath: './sidebars.js' } }]] };\n", encoding="utf-8")
    site = detect(str(tmp_path))
    assert {"docs", "community"} <= set(site.content_dirs.value)


def test_held_out_sites_of_2026_12_02(tmp_path):
    """Three held-out sites: an Expressive Code grammar built in a constant with its aliases and a
    `langAlias` are the site's languages; remark-math reads `$$` in a block quote; a documentation
    page's Python snippets are not run one after another (PY002 reads course lessons only)."""
    starlight = tmp_path / "starlight"
    (starlight / "src" / "content" / "docs").mkdir(parents=True)
    (starlight / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.30.0"}}')
    (starlight / "grammar.json").write_text('{"scopeName": "source.nsis", "patterns": []}')
    (starlight / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nimport grammar from './grammar.json';\n"
        "const installer = { ...grammar, name: 'nsis', aliases: ['nsh', 'nsi'] };\n"
        "export default { integrations: [starlight({ title: 'T', expressiveCode: { shiki: { langs: [installer], "
        "langAlias: { d2: 'txt' } } } })] };\n")
    page = starlight / "src" / "content" / "docs" / "a.mdx"
    page.write_text("---\ntitle: A\n---\n\n```nsh\n!macro X\n```\n\n```d2\na -> b\n```\n\n```nsx\nx\n```\n")
    assert detect(str(page)).extra_languages.value >= {"nsis", "nsh", "nsi", "d2"}
    messages = [item["message"] for item in json.loads(run_cli(str(page), "--no-cache", "--output-format", "json",
                                                               "--select", "FNC002").stdout)]
    assert len(messages) == 1 and messages[0].startswith("Expressive Code (Shiki") and "`nsx`" in messages[0]

    nextra = tmp_path / "nextra"
    (nextra / "pages").mkdir(parents=True)
    (nextra / "package.json").write_text('{"dependencies": {"next": "14.0.0", "nextra": "2.13.0", "remark-math": "^5.1.1"}}')
    (nextra / "next.config.mjs").write_text(
        "import nextra from 'nextra';\nimport remarkMath from 'remark-math';\n"
        "export default nextra({ theme: 'nextra-theme-docs', mdxOptions: { remarkPlugins: [remarkMath] } })({});\n")
    quote = nextra / "pages" / "quote.mdx"
    quote.write_text("> The average is\n>\n> $$\n> y_t = a x_t + (1 - a) y_{t-1}\n> $$\n\n"
                     "```python\nfor price in prices:\n    total = price * rate\n```\n")
    found = json.loads(run_cli(str(quote), "--no-cache", "--output-format", "json", "--select", "MDX,PY").stdout)
    assert found == [], found


def test_held_out_sites_of_2026_12_02_second_round(tmp_path):
    """A page bundled by @next/mdx may `require` (webpack and Turbopack give it); @astrojs/mdx 2
    compiles with MDX 3; a schema field whose enum values are computed (`z.enum(Object.keys(x))`)
    accepts any value and the other fields are still checked."""
    next_site = tmp_path / "next"
    (next_site / "app" / "p").mkdir(parents=True)
    (next_site / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}')
    (next_site / "next.config.mjs").write_text("import createMDX from '@next/mdx';\nexport default createMDX()({});\n")
    page = next_site / "app" / "p" / "page.mdx"
    page.write_text("# Images\n\n<img alt=\"x\" src={require('./a.png').default} />\n")
    assert json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX002").stdout) == []
    astro = tmp_path / "astro"
    (astro / "src" / "content" / "blog").mkdir(parents=True)
    (astro / "package.json").write_text('{"dependencies": {"astro": "4.0.0", "@astrojs/mdx": "^2.0.1"}}')
    (astro / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n")
    (astro / "src" / "content" / "config.ts").write_text(
        "import { defineCollection, z } from 'astro:content';\nimport authors from './authors.json';\n"
        "const blog = defineCollection({ schema: z.object({ title: z.string(), "
        "authors: z.enum(Object.keys(authors) as [string, ...string[]]).array(), lang: z.enum(['en']).default('en') }) });\n"
        "export const collections = { blog };\n")
    post = astro / "src" / "content" / "blog" / "a.mdx"
    post.write_text("---\ntitle: 123\nauthors: [\"anyone\"]\nlang: fr\n---\n\nText.\n")
    assert detect(str(post)).mdx_version.value == 3
    found = json.loads(run_cli(str(post), "--no-cache", "--output-format", "json", "--select", "FM002").stdout)
    assert sorted(item["line"] for item in found) == [2, 4], found


def test_import_aliases_of_tsconfig_paths_and_docusaurus_site(tmp_path):
    """`@/…` from tsconfig paths and Docusaurus's `@site/…` resolve (MDX101, MDX102 read them); a module
    that re-exports a package (`export * from "…"`) may export names not known here."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}')
    (tmp_path / "next.config.mjs").write_text("import createMDX from '@next/mdx';\nexport default createMDX()({});\n")
    (tmp_path / "tsconfig.json").write_text('{\n  // comments are allowed\n  "compilerOptions": {"paths": {"@/*": ["./src/*"],},},\n}\n')
    (tmp_path / "src" / "components").mkdir(parents=True)
    (tmp_path / "src" / "components" / "card.tsx").write_text("export function Card() { return null }\n")
    (tmp_path / "src" / "components" / "index.ts").write_text('export * from "some-ui-kit";\n')
    (tmp_path / "app").mkdir()
    page = tmp_path / "app" / "page.mdx"
    page.write_text("import { Card, Badge } from '@/components/card'\nimport { Tabs } from '@/components'\n"
                    "import Missing from '@/components/missing'\n\n<Card /> <Badge /> <Tabs /> <Missing />\n")
    found = json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX101,MDX102").stdout)
    assert sorted((item["code"], item["line"]) for item in found) == [("MDX101", 3), ("MDX102", 1)], found


def test_an_alias_that_may_name_a_package_is_checked_against_the_declared_ones(tmp_path):
    """Held-out h60 (tauri-docs): `@components/*` of tsconfig paths to a file that is not there fails the
    build unless a package `@components/list` is declared or installed (the bundlers fall back to
    packages); without a package.json that reads, it is not checked."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/mdx": "4.0.0", "@ui/kit": "1.0.0"}}')
    (tmp_path / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n")
    (tmp_path / "tsconfig.json").write_text('{"compilerOptions": {"baseUrl": ".", "paths": {"@components/*": ["src/components/*"], '
                                            '"@ui/*": ["src/ui/*"], "@vendor/*": ["src/vendor/*"]}}}')
    (tmp_path / "src" / "components" / "list").mkdir(parents=True)
    (tmp_path / "src" / "components" / "list" / "Cards.astro").write_text("<div><slot /></div>\n")
    (tmp_path / "node_modules" / "@vendor" / "widgets").mkdir(parents=True)
    pages = tmp_path / "src" / "pages"
    pages.mkdir(parents=True)
    page = pages / "a.mdx"
    page.write_text("import Cards from '@components/list/Cards.astro'\nimport Features from '@components/list/Features.astro'\n"
                    "import Kit from '@ui/kit/Button'\nimport W from '@vendor/widgets/Clock'\n\n<Cards /> <Features /> <Kit /> <W />\n")
    found = json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX101").stdout)
    assert [(item["code"], item["line"]) for item in found] == [("MDX101", 2)], found
    (tmp_path / "package.json").write_text("{ not json")
    found = json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX101").stdout)
    assert found == []
    # In a workspace, `@components/list` may be one of its packages, linked when installed: not checked.
    (tmp_path / "package.json").write_text('{"workspaces": ["packages/*"], "dependencies": {"astro": "5.0.0", "@astrojs/mdx": "4.0.0"}}')
    found = json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX101").stdout)
    assert found == []


def _astro_mdx_site(root):
    """An Astro site with @astrojs/mdx; its components' folder."""
    (root / "package.json").write_text('{"dependencies": {"astro": "4.0.0", "@astrojs/mdx": "^2.0.1"}}')
    (root / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n")
    components = root / "src" / "components"
    components.mkdir(parents=True)
    return components


def test_astro_component_props_are_read_from_its_frontmatter(tmp_path):
    """An Astro component declares its props as `interface Props` in its frontmatter (a held-out site's
    `<Note type="tip">`); one that hands the rest on (`...rest` of `Astro.props`) takes any prop."""
    components = _astro_mdx_site(tmp_path)
    (components / "Note.astro").write_text('---\ninterface Props {\n  title?: string;\n  type: "tip" | "note";\n}\n'
                                           "const { title, type } = Astro.props;\n---\n<aside class={type}><slot /></aside>\n")
    (components / "Pic.astro").write_text("---\ninterface Props { src: string; alt?: string }\n"
                                          "const { src, ...rest } = Astro.props;\n---\n<img src={src} {...rest} />\n")
    posts = tmp_path / "src" / "content" / "blog"
    posts.mkdir(parents=True)
    post = posts / "a.mdx"
    post.write_text('---\ntitle: A\n---\n\nimport Note from "../../components/Note.astro";\n'
                    'import Pic from "../../components/Pic.astro";\n\n<Note type="tip" kind="x">x</Note>\n\n'
                    '<Note type="warn">y</Note>\n\n<Pic src="a.png" loading="lazy" />\n')
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX105").stdout)
    assert sorted((item["line"], item["column"]) for item in found) == [(8, 18), (10, 12)], found


def test_a_required_prop_an_astro_component_never_reads_is_never_missing(tmp_path):
    """Held-out h126 (tauri-docs): `TranslationNote.astro` declares `content: string` and reads only
    `lang` (`const { lang } = Astro.props`); Astro checks no props, and leaving `content` out changes
    nothing on the page.  A required prop it reads, or one read through `Astro.props.x`, is still missing."""
    components = _astro_mdx_site(tmp_path)
    (components / "Note.astro").write_text("---\ninterface Props {\n  content: string;\n  lang: string;\n}\n"
                                           "const { lang } = Astro.props;\n---\n<div data-lang={lang}><slot /></div>\n")
    (components / "Handed.astro").write_text("---\nimport { render } from './render';\ninterface Props {\n  content: string;\n"
                                             "  lang: string;\n}\nconst { lang } = Astro.props;\nconst html = render(Astro);\n---\n"
                                             "<div data-lang={lang} set:html={html} />\n")
    (components / "Seen.astro").write_text("---\ninterface Props {\n  content: string;\n  lang: string;\n}\n"
                                           "const { lang } = Astro.props;\n---\n<div data-lang={lang}>{Astro.props.content}</div>\n")
    posts = tmp_path / "src" / "content" / "blog"
    posts.mkdir(parents=True)
    (posts / "a.mdx").write_text('---\ntitle: A\n---\n\nimport Note from "../../components/Note.astro";\n'
                                 'import Seen from "../../components/Seen.astro";\n\n<Note lang="ja">x</Note>\n\n'
                                 '<Note content="c">y</Note>\n\n<Seen lang="ja">z</Seen>\n\n'
                                 'import Handed from "../../components/Handed.astro";\n\n<Handed lang="ja" />\n')
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX105").stdout)
    assert sorted((item["line"], item["message"].split(" (")[0]) for item in found) == [
        (10, "`<Note>` lacks the required prop `lang`"), (12, "`<Seen>` lacks the required prop `content`"),
        (16, "`<Handed>` lacks the required prop `content`")], found  # (`render(Astro)` may read any prop: review h128)


def test_props_typed_where_the_component_is_declared(tmp_path):
    """`React.FC<{ … }>` and a parameter typed in place (`({ a }: { a: string })`) declare props as an
    interface does (held-out s12a: how React sites write components); members split at commas outside
    brackets (`Record<string, number>`, `(a: string, b: number) => void`)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}')
    (tmp_path / "components").mkdir()
    (tmp_path / "components" / "C.tsx").write_text(
        'import React from "react";\n'
        "export const A: React.FC<{ version: string, label?: string; onPick?: (a: string, b: number) => void, "
        "map?: Record<string, number> }> = (p) => null;\n"
        "export function B({ title, children }: { title: string; children: React.ReactNode }) { return null; }\n"
        "export const D = ({ x = 1 }: { x?: number, y: string }) => null;\n"
        # an object type that is one part of an intersection or a union: not all the props
        "export const E: React.FC<{ title: string } & React.HTMLAttributes<HTMLDivElement>> = (p) => null;\n"
        "export const F = (props: { a: string } | { b: string }) => null;\n"
        # a boolean left out reads as false: not missing
        "export const G: React.FC<{ readonly apisOnly: boolean }> = () => null;\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p.mdx").write_text(
        'import { A, B, D, E, F, G } from "../components/C";\n\n<A version="1" label="x" map={{}} onPick={() => {}} />\n\n'
        '<B title="t">text</B>\n\n<D y="2" />\n\n<A labl="x" version="1" />\n\n<B>no title</B>\n\n'
        '<E title="t" className="c" />\n\n<F b="x" />\n\n<G />\n', encoding="utf-8")
    found = json.loads(run_cli(str(tmp_path / "docs"), "--no-cache", "--output-format", "json", "--select", "MDX105").stdout)
    assert sorted((item["line"], item["column"]) for item in found) == [(9, 4), (11, 1)], found
    assert "the props type of `A` declares: label, map, onPick, version" in found[0]["message"]


def test_partials_imported_from_outside_the_content_folders_are_linted(tmp_path):
    """Docusaurus compiles a partial a page imports (`@site/unversioned/_note.mdx`) wherever it lies: a run
    over the site lints it with the pages."""
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {presets: [['classic', {docs: {}}]]};\n")
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}')
    (tmp_path / "docs").mkdir()
    (tmp_path / "unversioned").mkdir()
    (tmp_path / "docs" / "intro.mdx").write_text("---\ntitle: Intro\n---\n\nimport Note from '@site/unversioned/_note.mdx';\n\n<Note />\n")
    (tmp_path / "unversioned" / "_note.mdx").write_text("A note with a broken {expression\n")
    (tmp_path / "unversioned" / "_unused.mdx").write_text("Never imported {broken\n")
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX001").stdout)
    assert [Path(item["file"]).name for item in found] == ["_note.mdx"], found


def test_held_out_sites_of_2026_12_02_third_round(tmp_path):
    """A prop the component's parameter gives a default (`url = "…"` on its own line) is never missing
    (MDX105); Expressive Code drops a file-name comment (`<!-- application.yml -->`) from a fence's
    first lines, so the YAML and JSON readers do not read it (FNC003/FNC004)."""
    site = tmp_path / "docs-site"
    (site / "src" / "components").mkdir(parents=True)
    (site / "src" / "content" / "docs").mkdir(parents=True)
    (site / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.30.0"}}')
    (site / "astro.config.mjs").write_text("import starlight from '@astrojs/starlight';\n"
                                           "export default { integrations: [starlight({ title: 'T' })] };\n")
    (site / "src" / "components" / "Window.tsx").write_text(
        "import type { ReactNode } from 'react';\ninterface Props { children: ReactNode; url: string; }\n"
        "export default function Window({\n  children,\n  url = 'http://localhost:3000',\n}: Props) { return null }\n")
    page = site / "src" / "content" / "docs" / "a.mdx"
    page.write_text("---\ntitle: A\n---\n\nimport Window from '../../components/Window';\n\n<Window>hello</Window>\n\n"
                    "```yaml\n<!-- application.yml -->\n\nspring:\n  datasource: x\n```\n\n"
                    "```json\n<!-- package.json -->\n{\"a\": 1}\n```\n\n```yaml\nspring:\n  a: [\n```\n")
    found = json.loads(run_cli(str(site), "--no-cache", "--output-format", "json", "--select", "MDX105,FNC003,FNC004",
                               "--min-severity", "info").stdout)
    assert [(item["code"], item["line"]) for item in found] == [("FNC004", 23)], found


def test_review_of_aliases_and_partials(tmp_path):
    """A catch-all `*` path and an exact alias do not swallow package imports; an import inside a fenced
    example imports nothing (a review of this session's change)."""
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {presets: [['classic', {docs: {}}]]};\n")
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}')
    (tmp_path / "tsconfig.json").write_text('{"compilerOptions": {"paths": {"*": ["src/*"], "utils": ["src/utils.ts"]}}}')
    (tmp_path / "docs").mkdir()
    (tmp_path / "snippets").mkdir()
    (tmp_path / "docs" / "a.mdx").write_text(
        "---\ntitle: A\n---\n\nimport clsx from 'clsx'\nimport merge from 'utils-merge'\n\n{clsx} {merge}\n\n"
        "```mdx\nimport Note from '@site/snippets/_note.mdx'\n```\n")
    (tmp_path / "snippets" / "_note.mdx").write_text("A note with a broken {expression\n")
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX001,MDX101").stdout)
    assert found == [], found


def test_partials_get_components_from_their_page_and_named_files_are_linted_as_named(tmp_path):
    """A partial's components may come from the page that imports it (no MDX103 there); a file named on
    the command line (pre-commit's staged files) does not pull in the partials it imports."""
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {presets: [['classic', {docs: {}}]]};\n")
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}')
    (tmp_path / "src" / "theme").mkdir(parents=True)
    (tmp_path / "src" / "theme" / "MDXComponents.js").write_text("export default { Tabs };\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "unversioned").mkdir()
    page = tmp_path / "docs" / "a.mdx"
    page.write_text("---\ntitle: A\n---\n\nimport Note from '@site/unversioned/_note.mdx';\n\n<Note components={{ Highlight: () => null }} />\n")
    (tmp_path / "unversioned" / "_note.mdx").write_text("Use <Highlight>this</Highlight> with {broken\n")
    folder = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX001,MDX103").stdout)
    assert [(Path(item["file"]).name, item["code"]) for item in folder] == [("_note.mdx", "MDX001")], folder
    named = json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX001,MDX103").stdout)
    assert named == [], named


def test_held_out_sites_of_2026_12_03(tmp_path):
    """An Astro site (not Starlight) needs frontmatter only in the folders of collections whose schema
    requires a field: a folder no collection declares, and a schema whose fields are all optional
    (`.optional()`, `.default()`, `.partial()`), build pages without it (FM001). A prop an Astro
    component's frontmatter gives a default (`const { type = 'note' } = Astro.props`) is never
    missing, whatever `interface Props` says (MDX105)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "4.0.0", "@astrojs/mdx": "^2.0.1"}}')
    (tmp_path / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n")
    content = tmp_path / "src" / "content"
    for folder in ("news", "notes", "drafts", "loose"):
        (content / folder).mkdir(parents=True)
        (content / folder / "page.mdx").write_text("Text.\n")
    (content / "config.ts").write_text(
        "import { z, defineCollection } from 'astro:content';\n"
        "const news = defineCollection({ type: 'content', schema: z.object({ title: z.string() }) });\n"
        "const notes = defineCollection({ type: 'content', schema: z.object({ title: z.string().optional(), n: z.number().default(1) }) });\n"
        "const drafts = defineCollection({ type: 'content', schema: z.object({ title: z.string() }).partial() });\n"
        "export const collections = { news, notes, drafts };\n")
    site = detect(str(tmp_path))
    assert site.frontmatter_required.value == ("src/content/news",)
    components = tmp_path / "src" / "components"
    components.mkdir()
    (components / "Callout.astro").write_text(
        "---\ninterface Props {\n  type: 'default' | 'warning';\n  title: string;\n}\n"
        "const { type = 'default', title } = Astro.props;\n---\n<aside class={type}>{title}<slot /></aside>\n")
    (content / "news" / "page.mdx").write_text(
        "---\ntitle: N\n---\n\nimport Callout from '../../components/Callout.astro';\n\n<Callout title=\"t\">x</Callout>\n\n<Callout>y</Callout>\n")
    (content / "news" / "bare.mdx").write_text("Text.\n")
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "FM001,MDX105").stdout)
    assert sorted((Path(item["file"]).name, item["code"], item["line"]) for item in found) == [
        ("bare.mdx", "FM001", 1), ("page.mdx", "MDX105", 9)], found


def test_detect_shows_locale_folders_when_locales_are_built_in_code(tmp_path):
    """A Starlight config that computes `locales` from an imported list cannot be read; `detect`
    says so and lists the content folders named after a locale, which set their pages' language."""
    from mdxlint.project.locales import describe, locale_for

    (tmp_path / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.30.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import { LANGS } from './src/langs.js';\nexport default { integrations: [starlight({ title: 'X', "
        "locales: Object.fromEntries(LANGS.map((l) => [l, { label: l }])) })] };\n", encoding="utf-8")
    for folder in ("es", "zh", "guides"):
        (tmp_path / "src" / "content" / "docs" / folder).mkdir(parents=True)
    page = tmp_path / "src" / "content" / "docs" / "es" / "a.mdx"
    page.write_text("Hola.\n", encoding="utf-8")
    entries, source = describe(str(tmp_path))
    assert entries == ["src/content/docs/es/: es", "src/content/docs/zh/: zh"]
    assert "builds `locales` in code, not read" in source
    assert locale_for(str(page)).language == "es"
    (tmp_path / "astro.config.mjs").write_text("export default {};\n", encoding="utf-8")
    plain = tmp_path / "plain"
    (plain / "docs").mkdir(parents=True)
    assert describe(str(plain))[0] == [] and describe(str(plain))[1].startswith("no i18n setup found")


def test_astro_reads_frontmatter_after_blank_lines(tmp_path):
    """Astro finds frontmatter after blank lines at the top of a file (its pattern allows leading
    whitespace); gray-matter (Docusaurus, Next.js) needs `---` on the first line."""
    from mdxlint.mdx.parser import parse_document
    from mdxlint.mdx.source import SourceText
    from mdxlint.mdx.syntax import PLAIN, Syntax

    text = "\n  \n---\ntitle: Welcome\n---\n\n# Welcome\n"
    astro = parse_document("a.mdx", SourceText(text), Syntax(frontmatter_after_blank_lines=True))
    assert astro.frontmatter.data == {"title": "Welcome"} and astro.frontmatter.start_line == 2
    assert astro.syntax_problems == []
    assert parse_document("a.mdx", SourceText(text), PLAIN).frontmatter is None
    site = tmp_path / "s"
    (site / "src" / "content" / "docs").mkdir(parents=True)
    (site / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.35.0"}}', encoding="utf-8")
    (site / "astro.config.mjs").write_text("import starlight from '@astrojs/starlight';\n"
                                           "export default { integrations: [starlight({ title: 'X' })] };\n", encoding="utf-8")
    (site / "src" / "content" / "docs" / "a.mdx").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "-q", "--select", "FM001,MDX001", "src/content/docs", cwd=site)
    assert result.returncode == 0 and result.stdout == b"", result.stdout


def test_site_alias_of_a_docusaurus_site_in_website_folder(tmp_path):
    """A repository that keeps its Docusaurus site in `website/` and its docs beside it (`docs.path:
    '../docs'`): `@site/…` is the `website/` folder when the run starts at the repository's root."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "website" / "src").mkdir(parents=True)
    (tmp_path / "website" / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.8.0"}}', encoding="utf-8")
    (tmp_path / "website" / "docusaurus.config.js").write_text(
        "module.exports = { presets: [['classic', { docs: { path: '../docs' } }]] };\n", encoding="utf-8")
    (tmp_path / "website" / "src" / "palette.js").write_text("export const colors = [];\n", encoding="utf-8")
    (tmp_path / "docs" / "a.mdx").write_text(
        "# A\n\nimport {colors} from '@site/src/palette';\nimport Gone from '@site/src/gone';\n\n<Gone />\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", "docs", cwd=tmp_path)
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("MDX101", 4)]


def test_docusaurus_static_folders_not_written_out_are_not_known(tmp_path):
    """`staticDirectories: dirs` (a variable): where `/img/x.png` is looked up is not known (h57)."""
    _docusaurus_site(tmp_path, "const dirs = ['public'];\nmodule.exports = { staticDirectories: dirs };\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.mdx").write_text("import Pic from '/img/pic.png';\n\n<img src={Pic} alt=\"\" />\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", "docs", cwd=tmp_path)
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("config, static", [
    ("module.exports = { presets: [['classic', {}]] };\n", "static"),
    ("module.exports = { staticDirectories: ['public', 'assets'] };\n", "assets"),
])
def test_docusaurus_resolves_paths_from_root_in_its_static_folders(tmp_path, config, static):
    """Docusaurus's webpack looks a path from `/` up in the static folders, then the site's folder
    (`resolve.roots`; held-out h54: `import Pic from '/img/pic.png'` beside `static/img/pic.png` builds)."""
    _docusaurus_site(tmp_path, config)
    (tmp_path / static / "img").mkdir(parents=True)
    (tmp_path / static / "img" / "pic.png").write_bytes(b"")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "note.js").write_text("export default 1;\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.mdx").write_text(
        "import Pic from '/img/pic.png';\nimport Note from '/src/note.js';\nimport Gone from '/img/gone.png';\n\n"
        "<img src={Pic} alt={String(Note)} />\n<img src={Gone} alt=\"\" />\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", "docs", cwd=tmp_path)
    found = json.loads(result.stdout)
    assert [(d["code"], d["line"]) for d in found] == [("MDX101", 3)]
    assert f"`{static}/`" in found[0]["message"] and "the site's folder)" in found[0]["message"]


@pytest.mark.parametrize("plugin, expected", [
    # writes its import statements as text (redwood's auto-import-tabs, after Docusaurus's npm2yarn)
    ("module.exports = () => (tree) => { tree.children.unshift({type: 'import', value: \"import Tabs from '@theme/Tabs'\"},"
     " {type: 'import', value: \"import TabItem from '@theme/TabItem'\"}) };\n", [("MDX103", 12)]),
    # builds its import nodes otherwise: which names it adds is not known
    ("module.exports = () => (tree) => { tree.children.unshift({type: 'mdxjsEsm', data: {estree: build()}}) };\n", []),
    # adds no imports: Tabs is still unknown
    ("module.exports = () => (tree) => {};\n", [("MDX103", 5), ("MDX103", 6), ("MDX103", 12)]),
])
def test_docusaurus_local_remark_plugin_imports_are_globals(tmp_path, plugin, expected):
    """A local remark plugin in the Docusaurus config that writes `import Tabs from '@theme/Tabs'` into
    each page makes those names defined there (held-out h58: false MDX103 on redwood's versioned docs)."""
    _docusaurus_site(tmp_path, "const tabs = require('./src/remark/tabs')\n"
                               "module.exports = { presets: [['classic', { docs: { remarkPlugins: [tabs] } }]] };\n")
    (tmp_path / "src" / "remark").mkdir(parents=True)
    (tmp_path / "src" / "remark" / "tabs.js").write_text(plugin, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.mdx").write_text(
        "# A\n\nText.\n\n<Tabs>\n<TabItem value=\"js\">\n\nJS\n\n</TabItem>\n</Tabs>\n<Tabz />\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX103", "docs", cwd=tmp_path)
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == expected


def test_vite_alias_of_an_astro_config(tmp_path):
    """`vite.resolve.alias` in astro.config (`"@": new URL("./src", import.meta.url).pathname`) resolves
    imports as Vite does, without a tsconfig: a missing component is reported, an existing one is not."""
    (tmp_path / "src" / "components").mkdir(parents=True)
    (tmp_path / "src" / "content" / "docs").mkdir(parents=True)
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.35.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'X' })],\n"
        "  vite: { resolve: { alias: { \"@\": new URL(\"./src\", import.meta.url).pathname } } } };\n", encoding="utf-8")
    (tmp_path / "src" / "components" / "Card.astro").write_text("---\n---\n<div />\n", encoding="utf-8")
    (tmp_path / "src" / "content" / "docs" / "a.mdx").write_text(
        "---\ntitle: A\n---\n\nimport Card from '@/components/Card.astro';\nimport Gone from '@/components/Gone.astro';\n\n"
        "<Card />\n<Gone />\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", "src/content/docs", cwd=tmp_path)
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("MDX101", 6)]


def test_mdx_version_of_a_contentlayer_site(tmp_path):
    """A Next.js site that compiles its pages with contentlayer2 (mdx-bundler 10) is on MDX 3, with
    contentlayer 0.3 (mdx-bundler 9) on MDX 2; with neither nor an MDX package the version is unknown."""
    for deps, expected in (({"next": "14", "contentlayer2": "^0.5.8"}, 3), ({"next": "13", "contentlayer": "0.3.4"}, 2),
                           ({"next": "14"}, None)):
        site = tmp_path / str(expected)
        site.mkdir()
        (site / "package.json").write_text(json.dumps({"dependencies": deps}), encoding="utf-8")
        (site / "next.config.mjs").write_text("export default {};\n", encoding="utf-8")
        assert detect(str(site)).mdx_version.value == expected


@pytest.mark.parametrize("config, version, highlighter, said", [
    ("export default { themeConfig: { prism: { additionalLanguages: ['rust'] } } };", "3.6.0", "prism-react-renderer",
     "themeConfig.prism"),
    ("export default { title: 'x' };", "3.6.0", "prism-react-renderer", "Docusaurus's default"),
    # held-out h77 (pnpm.io): the keys written as JSON
    ('module.exports = { "themeConfig": { "prism": { "additionalLanguages": ["rust"] } } };', "3.6.0",
     "prism-react-renderer", "themeConfig.prism"),
    ("export default { title: 'x' };", "2.4.3", "prism", "Docusaurus's default"),
    ("import twoslash from 'remark-shiki-twoslash';\n"
     "export default { presets: [['classic', { docs: { remarkPlugins: [[twoslash.default, {}]] } }]] };",
     "3.6.0", None, "remark-shiki-twoslash"),
])
def test_docusaurus_highlighter_says_where_it_came_from(tmp_path, config, version, highlighter, said):
    """Held-out s13a: the highlighter was "prism from themeConfig.prism" whatever the config said."""
    (tmp_path / "package.json").write_text(f'{{"dependencies": {{"@docusaurus/core": "{version}"}}}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text(config + "\n", encoding="utf-8")
    site = detect(str(tmp_path))
    assert site.highlighter.value == highlighter and said in site.highlighter.source


def test_docusaurus_2_extensions_name_no_option_it_lacks(tmp_path):
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "2.4.3"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text("module.exports = { title: 'x' };\n", encoding="utf-8")
    site = detect(str(tmp_path))
    assert site.mdx_version.value == 1 and set(site.mdx_extensions.value) == {"md", "mdx"}
    assert "markdown.format" not in site.mdx_extensions.source
    # Held-out s14a: HTML comments work because MDX 1 reads them (mdx1Compat is a Docusaurus 3 option).
    assert site.html_comments.value and "mdx1Compat" not in site.html_comments.source


def test_detect_names_where_facts_come_from(tmp_path):
    """Held-out s14a: Starlight's MDX comes through @astrojs/starlight when package.json has no
    @astrojs/mdx; Nextra 2+ highlights with Shiki (unknown languages, but not "no default")."""
    starlight, nextra = tmp_path / "starlight", tmp_path / "nextra"
    starlight.mkdir(), nextra.mkdir()
    (starlight / "package.json").write_text('{"dependencies": {"@astrojs/starlight": "0.37.0", "astro": "5.0.0"}}', encoding="utf-8")
    (starlight / "astro.config.mjs").write_text("import starlight from '@astrojs/starlight';\n"
                                               "export default { integrations: [starlight({ title: 'x' })] };\n", encoding="utf-8")
    site = detect(str(starlight))
    assert site.mdx_version.value == 3 and "@astrojs/starlight" in site.mdx_version.source
    (nextra / "package.json").write_text('{"dependencies": {"next": "15.0.0", "nextra": "^4.2.17"}}', encoding="utf-8")
    (nextra / "next.config.mjs").write_text("import nextra from 'nextra'\nexport default nextra({})({})\n", encoding="utf-8")
    site = detect(str(nextra))
    assert site.highlighter.value is None and "Shiki" in site.highlighter.source


@pytest.mark.parametrize("version, mdx", [("^0.2.6", 2), ("^1.1.0", 2), ("^2.13.0", 2), ("^3.0.0", 3), ("^4.2.17", 3), ("latest", 3)])
def test_nextra_versions_give_their_mdx_version(tmp_path, version, mdx):
    """Held-out h75: a Nextra 0.x site was read as MDX 3 (major version 0 taken for an unknown one)."""
    (tmp_path / "package.json").write_text(f'{{"dependencies": {{"next": "12.0.0", "nextra": "{version}"}}}}', encoding="utf-8")
    (tmp_path / "next.config.js").write_text("const withNextra = require('nextra')('nextra-theme-docs', './theme.config.js');\n"
                                             "module.exports = withNextra();\n", encoding="utf-8")
    found = detect(str(tmp_path)).mdx_version
    assert found.value == mdx
    # (Nextra 0.x and 1.x depend on @mdx-js/loader 2.0.0-next.8/9, previews of MDX 2: said so)
    assert ("preview" in found.source) is version.startswith(("^0", "^1"))


@pytest.mark.parametrize("version, defined", [("^1.1.0", True), ("2.0.0-beta.29", True), ("^2.13.0", False)])
def test_nextra_1_pages_have_the_page_map_the_loader_prepends(tmp_path, version, defined):
    """Held-out s13a: Nextra 1's loader defines `NEXTRA_PAGE_MAP` in every page; Nextra 2 does not."""
    (tmp_path / "package.json").write_text(f'{{"dependencies": {{"next": "12.0.0", "nextra": "{version}"}}}}', encoding="utf-8")
    (tmp_path / "next.config.js").write_text("const withNextra = require('nextra')('nextra-theme-docs', './theme.config.js');\n"
                                             "module.exports = withNextra();\n", encoding="utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "index.mdx").write_text("# Posts\n\n{NEXTRA_PAGE_MAP.length}\n", encoding="utf-8")
    found = json.loads(run_cli(str(tmp_path / "pages"), "--no-cache", "--output-format", "json", "--select", "MDX002").stdout)
    assert (found == []) is defined, found


def test_vocs_is_detected_and_its_directives_compile(tmp_path):
    """Held-out s13a: a Vocs site was "unknown", so `:::info{.wide}` (remark-directive) was an error."""
    (tmp_path / "package.json").write_text('{"dependencies": {"vocs": "^1.0.0"}}', encoding="utf-8")
    (tmp_path / "vocs.config.ts").write_text("import { defineConfig } from 'vocs'\nexport default defineConfig({ title: 'x' })\n",
                                             encoding="utf-8")
    (tmp_path / "docs" / "pages").mkdir(parents=True)
    (tmp_path / "docs" / "pages" / "a.mdx").write_text("# A\n\n:::info{.wide}\nText.\n:::\n\n{frontmatter.title}\n", encoding="utf-8")
    site = detect(str(tmp_path))
    assert (site.framework.value, site.mdx_version.value, site.directives.value) == ("vocs", 3, True)
    assert "docs/pages" in site.content_dirs.value and site.highlighter.value is None
    assert json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "MDX").stdout) == []


def test_an_unknown_framework_beside_a_package_json_is_said_so(tmp_path):
    (tmp_path / "package.json").write_text('{"dependencies": {"left-pad": "1.0.0"}}', encoding="utf-8")
    site = detect(str(tmp_path))
    assert site.framework.value == "unknown" and "no framework mdxlint knows" in site.framework.source


def test_docusaurus_absolute_file_links_are_looked_up_under_the_content_folders(tmp_path):
    """Held-out s13a: `/guide/setup.mdx` is a file link Docusaurus resolves from `docs/` (then the
    site's folder), never beside the page; a missing file or heading there was not reported."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.6.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text("export default { title: 'x' };\n", encoding="utf-8")
    guide = tmp_path / "docs" / "guide"
    guide.mkdir(parents=True)
    (guide / "next.mdx").write_text("# Next\n\n## Install\n", encoding="utf-8")
    (guide / "start.mdx").write_text(
        "# Start\n\n[ok](/guide/next.mdx) [ok too](/guide/next.mdx#install) [gone](/guide/removed.mdx) "
        "[no heading](/guide/next.mdx#missing) [beside is not looked at](/next.mdx)\n", encoding="utf-8")
    found = json.loads(run_cli(str(tmp_path / "docs"), "--no-cache", "--output-format", "json", "--select", "CRS010,CRS012").stdout)
    line = (guide / "start.mdx").read_text(encoding="utf-8").splitlines()[2]
    assert sorted((d["code"], line[d["column"] - 1 : d["end_column"] - 1]) for d in found) == [
        ("CRS010", "/guide/removed.mdx"), ("CRS010", "/next.mdx"), ("CRS012", "/guide/next.mdx#missing")], found


def test_docusaurus_absolute_file_links_from_versions_and_translations(tmp_path):
    """Review: a versioned or translated page's `/x.md` is looked up in its own version's and
    translation's folder first (Docusaurus's content paths), and a file served from `static/` works."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.6.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text("export default { title: 'x' };\n", encoding="utf-8")
    pages = {
        "docs/guide/setup.md": "# Setup\n\n## Current only\n",
        "versioned_docs/version-1.0/guide/setup.md": "# Setup\n\n## Legacy only\n",
        "versioned_docs/version-1.0/guide/old.md": "# Old\n",
        "versioned_docs/version-1.0/guide/page.mdx": "# Page\n\n[old](/guide/old.md) [legacy](/guide/setup.md#legacy-only)\n",
        "i18n/fr/docusaurus-plugin-content-docs/current/guide/fr-only.md": "# Fr\n",
        "i18n/fr/docusaurus-plugin-content-docs/current/guide/page.mdx": "# Page\n\n[fr](/guide/fr-only.md) [gone](/guide/gone.md)\n",
        "static/files/notes.md": "# Notes\n",
        "docs/guide/links.mdx": "# Links\n\n[notes](/files/notes.md) [legacy](/guide/setup.md#legacy-only)\n\n"
                                "[aliased](@site/docs/guide/setup.md#current-only) [aliased gone](@site/docs/nope.md)\n",
    }
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "CRS010,CRS012").stdout)
    assert sorted((os.path.relpath(d["file"], tmp_path), d["code"]) for d in found) == [
        ("docs/guide/links.mdx", "CRS010"), ("docs/guide/links.mdx", "CRS012"),
        ("i18n/fr/docusaurus-plugin-content-docs/current/guide/page.mdx", "CRS010")], found


def test_docusaurus_file_links_are_not_looked_up_in_other_versions(tmp_path):
    """Held-out h105 (a Docusaurus 3.5 site with versions): Docusaurus reads `/x.md` from the page's own
    content folder and the site's folder, `./x.md` and `../x.md` from the page's folder alone, and `x.md`
    from both (resolveMarkdownLinkPathname); a file only another version has is no target."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.5.2"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text("export default { title: 'x' };\n", encoding="utf-8")
    (tmp_path / "versions.json").write_text('["1.x"]\n', encoding="utf-8")
    pages = {
        "docs/hooks/ctx.mdx": "# Ctx\n",
        "docs/intro.mdx": "# Intro\n\n[a](./hooks/ctx.mdx) [b](hooks/ctx.mdx) [c](/hooks/ctx.mdx) [d](/docs/hooks/ctx.mdx)\n",
        "versioned_docs/version-1.x/setup.mdx": "# Setup\n",
        "versioned_docs/version-1.x/guide/old.mdx":
            "# Old\n\n[1](/hooks/ctx.mdx) [2](./hooks/ctx.mdx) [3](../hooks/ctx.mdx) [4](hooks/ctx.mdx) "
            "[5](/docs/hooks/ctx.mdx) [6](/setup.mdx) [7](../setup.mdx) [8](setup.mdx) [9](./setup.mdx)\n",
    }
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "CRS010").stdout)
    line = pages["versioned_docs/version-1.x/guide/old.mdx"].splitlines()[2]
    assert sorted(line[d["column"] - 1: d["end_column"] - 1] for d in found) == [
        "../hooks/ctx.mdx", "./hooks/ctx.mdx", "./setup.mdx", "/hooks/ctx.mdx", "hooks/ctx.mdx"], found
    assert all(d["file"].endswith("old.mdx") for d in found)


def test_held_out_sites_of_2026_12_04(tmp_path):
    """A helper's run over real sites shipped in npm packages (Docusaurus 2 and 3 templates, Astro,
    fumadocs, Nextra, Vocs, Gatsby themes). Each false finding, written again as a small site:
    a folder import whose package.json names its `main` (MDX101), a module's exports by destructuring
    (MDX102), components an Astro page passes to MDX (`<Content components={{…}} />`) or an MDX page
    exports (`export const components`) (MDX103), Docusaurus 3's comment heading ids and headings with
    an expression (CRS012), Docusaurus's `future.v4` (no HTML comments, no `{#id}`), fumadocs off Next.js."""
    # Docusaurus 3 with future.v4
    site = tmp_path / "docusaurus"
    (site / "docs").mkdir(parents=True)
    (site / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.10.2"}}')
    (site / "docusaurus.config.js").write_text("export default { future: { v4: true }, presets: [] };\n")
    (site / "docs" / "features.mdx").write_text(
        "# Features\n\n### Heading Ids {/* #my-custom-id */}\n\n## Text with {'expression'}\n\n"
        "[a](#my-custom-id) [b](#text-with-expression) [c](#nowhere)\n")
    (site / "docs" / "comment.mdx").write_text("# Legacy\n\n<!-- a comment -->\n")
    (site / "docs" / "legacy.mdx").write_text("# Legacy\n\n## Title {#old-id}\n")
    detected = detect(str(site))
    assert detected.html_comments.value is False and "hash" not in detected.heading_ids.value
    found = json.loads(run_cli(str(site), "--no-cache", "--output-format", "json", "--select", "CRS012,MDX001").stdout)
    assert sorted((Path(item["file"]).name, item["code"], item["line"]) for item in found) == [
        ("comment.mdx", "MDX001", 3), ("features.mdx", "CRS012", 7), ("legacy.mdx", "MDX001", 3)], found
    (site / "docusaurus.config.js").write_text("export default { presets: [] };\n")  # without v4: both compile
    found = json.loads(run_cli(str(site), "--no-cache", "--output-format", "json", "--select", "MDX001").stdout)
    assert found == []
    # Before Docusaurus 3.10 the flag leaves them on, and a range that admits such a release is not known to
    # turn them off (held-out h126: helm-www on 3.9.2 with `{#id}` headings and `future.v4`)
    (site / "docusaurus.config.js").write_text("export default { future: { v4: true }, presets: [] };\n")
    for version in ("3.9.2", "^3.9.2"):
        (site / "package.json").write_text('{"dependencies": {"@docusaurus/core": "%s"}}' % version)
        found = json.loads(run_cli(str(site), "--no-cache", "--output-format", "json", "--select", "MDX001").stdout)
        assert found == [], (version, found)
    # Astro: components passed to MDX, exported by a page; a folder module with package.json
    astro = tmp_path / "astro"
    (astro / "src" / "pages").mkdir(parents=True)
    (astro / "src" / "content" / "docs").mkdir(parents=True)
    (astro / "src" / "lib" / "ui").mkdir(parents=True)
    (astro / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/mdx": "4.0.0"}}')
    (astro / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n")
    (astro / "src" / "pages" / "[...slug].astro").write_text(
        "---\nconst { Content } = await render(entry);\n---\n<Content components={{ Card, Note: Aside }} />\n")
    (astro / "src" / "lib" / "ui" / "package.json").write_text('{"main": "../widgets.js"}')
    (astro / "src" / "lib" / "widgets.js").write_text(
        "export const { Foo, Bar: Baz } = registry;\nexport const [First] = list;\nexport abstract class Shape {}\n")
    docs = astro / "src" / "content" / "docs"
    (docs / "a.mdx").write_text("import { Foo, Baz, First } from '../../lib/ui'\n\n<Card>x</Card> <Note /> <Foo /> <Other />\n")
    (docs / "b.mdx").write_text("import { Foo as Box } from '../../lib/widgets.js'\nexport const components = { Callout: Box }\n\n<Callout>hi</Callout>\n")
    found = json.loads(run_cli(str(astro), "--no-cache", "--output-format", "json", "--select", "MDX101,MDX102,MDX103").stdout)
    assert sorted((Path(item["file"]).name, item["code"], item["message"].split("`")[1]) for item in found) == [
        ("a.mdx", "MDX103", "<Other>")], found
    (astro / "src" / "pages" / "[...slug].astro").write_text(
        "---\nconst { Content } = await render(entry);\n---\n<Content components={{ ...defaultMdxComponents }} />\n")
    assert detect(str(astro)).global_components.value is None  # a spread: not known, MDX103 silent
    # fumadocs on React Router
    fuma = tmp_path / "fuma"
    (fuma / "content" / "docs").mkdir(parents=True)
    (fuma / "package.json").write_text('{"dependencies": {"fumadocs-mdx": "12.0.0", "react-router": "7.0.0"}}')
    assert detect(str(fuma)).framework.value == "fumadocs"


def test_style_strings_only_where_react_renders_the_page(tmp_path):
    """MDX107: React refuses `style="…"` on an HTML element (Docusaurus 3, Next.js…); Astro renders it,
    MDX 1 (Docusaurus 2) made it an object, a component decides for itself, and an unknown site is
    not judged. MDX103 on MDX 1: a placeholder `<div>` and a console warning, not a failure."""
    page = "# T\n\n<div style=\"color: red\">x</div> <Card style=\"a\" />\n"
    for name, package, config, expected in (
        ("d3", '{"dependencies": {"@docusaurus/core": "3.5.0"}}', ("docusaurus.config.js", "export default {};\n"), {"MDX107"}),
        ("d2", '{"dependencies": {"@docusaurus/core": "2.4.3"}}', ("docusaurus.config.js", "module.exports = {};\n"), set()),
        ("astro", '{"dependencies": {"astro": "5.0.0", "@astrojs/mdx": "4.0.0"}}', ("astro.config.mjs", "export default {};\n"), set()),
        ("bare", '{"dependencies": {}}', ("README.md", "x\n"), set()),
    ):
        site = tmp_path / name
        folder = site / ("src/content/docs" if name == "astro" else "docs")
        folder.mkdir(parents=True)
        (site / "package.json").write_text(package)
        (site / config[0]).write_text(config[1])
        (folder / "page.mdx").write_text(page)
        found = json.loads(run_cli(str(folder), "--no-cache", "--output-format", "json", "--select", "MDX107,MDX103").stdout)
        assert {item["code"] for item in found if item["code"] == "MDX107"} == expected, (name, found)
        if name == "d2":
            assert [(item["code"], item["severity"]) for item in found] == [("MDX103", "warning")], found


def test_root_import_is_checked_only_where_the_framework_says_what_root_is(tmp_path):
    """`import … from '/snippets/x.mdx'`: Vite (Astro) reads `/` as the project's root, Mintlify as its
    docs folder; on a site of no framework mdxlint knows, the page's folder may be no root at all, so
    the import is not checked (a Mintlify site gave 316 false 'cannot resolve' findings)."""
    (tmp_path / "docs.json").write_text('{"name": "x"}', encoding="utf-8")
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "badge.mdx").write_text("export const Badge = () => null\n", encoding="utf-8")
    (tmp_path / "servers").mkdir()
    page = "import { Badge } from '/snippets/badge.mdx'\nimport { Gone } from './gone.mdx'\n\n<Badge />\n<Gone />\n"
    (tmp_path / "servers" / "a.mdx").write_text(page, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", ".", cwd=tmp_path / "servers")
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("MDX101", 2)]
    astro = tmp_path / "astro"
    (astro / "src" / "pages").mkdir(parents=True)
    (astro / "package.json").write_text('{"dependencies": {"astro": "5.0.0"}}', encoding="utf-8")
    (astro / "astro.config.mjs").write_text("export default {};\n", encoding="utf-8")
    (astro / "src" / "pages" / "a.mdx").write_text("import X from '/src/gone.astro'\n\n<X />\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", "src", cwd=astro)
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("MDX101", 1)]


def test_nextra_index_page_links_read_against_its_url(tmp_path):
    """Nextra takes `.mdx` off a link and the browser reads it against the page's URL: from
    `providers/index.mdx` (URL `/guide/providers`), `./providers/arize.mdx` is `/guide/providers/arize`.
    A link neither reading finds is still reported; on a Docusaurus site (file-relative links) the
    folder above is not read."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "nextra": "4.0.0"}}', encoding="utf-8")
    (tmp_path / "next.config.mjs").write_text("import nextra from 'nextra'\nexport default nextra({})({})\n", encoding="utf-8")
    folder = tmp_path / "content" / "guide" / "providers"
    folder.mkdir(parents=True)
    (folder / "arize.mdx").write_text("# Arize\n", encoding="utf-8")
    (folder / "index.mdx").write_text("# Providers\n\n- [Arize](./providers/arize.mdx)\n- [Gone](./providers/gone.mdx)\n",
                                      encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "content", cwd=tmp_path)
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("CRS010", 4)], result.stdout
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.0.0"}}', encoding="utf-8")
    (tmp_path / "next.config.mjs").unlink()
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {presets: [['classic', {docs: {path: 'content'}}]]};\n",
                                                   encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS010", "content", cwd=tmp_path)
    assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("CRS010", 3), ("CRS010", 4)], result.stdout


def test_unresolved_relative_import_in_each_of_several_packages(tmp_path):
    """One run over a folder of packages side by side (no package.json above them): a relative import
    that names no file inside its own package is reported in every package, not only the first one's."""
    for name in ("pkg-a", "pkg-b"):
        (tmp_path / name / "docs").mkdir(parents=True)
        (tmp_path / name / "package.json").write_text('{"name": "%s"}' % name, encoding="utf-8")
        (tmp_path / name / "docs" / "page.mdx").write_text("import X from '../examples/missing';\n\n<X />\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", ".", cwd=tmp_path)
    assert sorted(d["file"].removeprefix("./") for d in json.loads(result.stdout)) == ["pkg-a/docs/page.mdx", "pkg-b/docs/page.mdx"]


def test_rspress_containers_are_paragraphs_so_a_colon_line_in_a_fence_is_code(tmp_path):
    """Rspress reads `:::` containers from the parsed paragraphs (remarkContainerSyntax), not with
    remark-directive: a `:::` inside a code block in a container closes nothing (held-out s22: rspress's own
    container page; the compiler accepts it).  Docusaurus (remark-directive) closes the fence there."""
    page = ("# Container\n\n[after](#after)\n\n:::warning Notes\n\n```mdx\n:::tip\nBody\n:::\n```\n\n:::\n\n"
            "## After\n\n<div>\n\n```markdown\ntext\n```\n\n</div>\n")
    (tmp_path / "package.json").write_text('{"devDependencies": {"@rspress/core": "2.0.0"}}', encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.mdx").write_text(page, encoding="utf-8")
    assert json.loads(run_cli(str(tmp_path / "docs"), "--no-cache", "--output-format", "json").stdout) == []
    assert detect(str(tmp_path)).directives.value == "paragraphs"


def test_rspress_sites_are_detected_by_version(tmp_path):
    """Rspress 2 compiles .mdx with MDX 3 (its .md as Markdown), highlights with Shiki and makes no
    component global; Rspress 1 compiles with the Rust mdx-rs unless markdown.mdxRs is false (MDX 2),
    and a plugin may add global components (unknown then)."""
    two = tmp_path / "two"
    two.mkdir()
    (two / "package.json").write_text('{"dependencies": {"@rspress/core": "2.0.22"}}', encoding="utf-8")
    (two / "rspress.config.ts").write_text("import { defineConfig } from '@rspress/core';\n"
                                          "export default defineConfig({ root: 'content' });\n", encoding="utf-8")
    site = detect(str(two))
    assert (site.framework.value, site.mdx_version.value, site.mdx_extensions.value, site.highlighter.value) == \
        ("rspress", 3, ("mdx",), "shiki")
    assert site.global_components.value == frozenset() and site.content_dirs.value == ("content",)
    assert (site.heading_ids.value, site.directives.value, site.html_comments.value) == ("hash", "paragraphs", False)
    one = tmp_path / "one"
    one.mkdir()
    (one / "package.json").write_text('{"devDependencies": {"rspress": "1.28.2", "@rspress/plugin-preview": "1.28.2"}}',
                                      encoding="utf-8")
    (one / "rspress.config.ts").write_text("export default { markdown: { mdxRs: false } };\n", encoding="utf-8")
    site = detect(str(one))
    assert (site.framework.value, site.mdx_version.value, site.global_components.value, site.highlighter.value) == \
        ("rspress", 2, None, None)
    assert site.content_dirs.value == ("docs",)
    # held-out h80 (rspress's own site): a version of no number (`workspace:*`) is Rspress 2 when the config
    # imports from @rspress/core; rspress-plugin-file-tree renders ```tree fences, so Shiki never sees them
    (two / "package.json").write_text('{"dependencies": {"@rspress/core": "workspace:*", "rspress-plugin-file-tree": "^1.0.4"}}',
                                      encoding="utf-8")
    (two / "content").mkdir()
    (two / "content" / "a.mdx").write_text("# A\n\n```tree\n.\n└── a\n```\n\n```treee\nx\n```\n", encoding="utf-8")
    site = detect(str(two))
    assert (site.mdx_version.value, site.highlighter.value, site.extra_languages.value) == (3, "shiki", frozenset({"tree"}))
    found = json.loads(run_cli("check", "--no-cache", "--output-format", "json", "--select", "FNC002", ".", cwd=two).stdout)
    assert [(d["line"], "Rspress 2's highlighter" in d["message"]) for d in found] == [(8, True)]
    (two / "rspress.config.ts").write_text("import { defineConfig } from 'rspress/config';\nexport default defineConfig({});\n",
                                          encoding="utf-8")
    assert detect(str(two)).mdx_version.value is None  # (Rspress 1's import: mdx-rs, or MDX 2)


def test_mintlify_sites_compile_md_as_mdx_with_their_components_and_slugs(tmp_path):
    """A folder with Mintlify's docs.json: .md pages are MDX, its components are global, `$` is
    math, and its heading ids (`API.Method()` is `api-method`) are anchors as github-slugger's are."""
    (tmp_path / "docs.json").write_text('{"$schema": "https://mintlify.com/docs.json", "name": "X", "navigation": {}}',
                                        encoding="utf-8")
    site = detect(str(tmp_path))
    assert (site.framework.value, site.mdx_version.value, site.mdx_extensions.value, site.math.value) == \
        ("mintlify", 3, ("mdx", "md"), True)
    assert {"Note", "CardGroup", "Steps"} <= site.global_components.value
    (tmp_path / "a.mdx").write_text("# A\n\n<Note>n</Note>\n<Unknown />\n\n## API.Method()\n\n## API.Method()\n\n"
                                    "[x](#api-method) [y](#api-method-2) [z](#apimethod-1) [w](#gone)\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS012,MDX103", ".", cwd=tmp_path)
    found = sorted((d["code"], d["line"]) for d in json.loads(result.stdout))
    assert found == [("CRS012", 10), ("MDX103", 4)], found
    (tmp_path / "docs.json").write_text('{"title": "something else"}', encoding="utf-8")
    assert detect(str(tmp_path)).framework.value == "unknown"


def test_mintlify_builds_no_page_from_a_readme(tmp_path):
    (tmp_path / "docs.json").write_text('{"name": "X", "navigation": {}}', encoding="utf-8")
    (tmp_path / "README.md").write_text("# Readme\n\n<!-- not a page -->\n", encoding="utf-8")
    (tmp_path / "guide.md").write_text("# Guide\n\n<!-- a page: MDX -->\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX001", ".", cwd=tmp_path)
    assert [(d["file"].removeprefix("./"), d["code"]) for d in json.loads(result.stdout)] == [("guide.md", "MDX001")]


def test_mintlify_root_imports_read_from_the_folder_of_its_config(tmp_path):
    """`/snippets/b.mdx` on a Mintlify site is the docs.json folder's, also when a package.json above
    it makes that folder the project's root (a helper found 881 false findings on such a layout)."""
    (tmp_path / "package.json").write_text('{"name": "repo"}', encoding="utf-8")
    site = tmp_path / "docs"
    (site / "snippets").mkdir(parents=True)
    (site / "docs.json").write_text('{"name": "X", "navigation": {}}', encoding="utf-8")
    (site / "snippets" / "b.mdx").write_text("export const B = () => null\n", encoding="utf-8")
    (site / "page.mdx").write_text("import { B } from '/snippets/b.mdx'\nimport { C } from '/snippets/c.mdx'\n\n<B />\n<C />\n",
                                   encoding="utf-8")
    for cwd in (tmp_path, site):
        result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX101", str(site), cwd=cwd)
        assert [(d["code"], d["line"]) for d in json.loads(result.stdout)] == [("MDX101", 2)], (cwd, result.stdout)


def test_undefined_names_only_where_the_framework_says_what_is_in_scope(tmp_path):
    """MDX002 is silent where the pipeline may put any name in scope (no known framework; a Next.js
    site with next-mdx-remote's `scope`), and knows Mintlify's compile scope (`pageMetadata`)."""
    page = "# {pageMetadata.title}\n\n{widgets.x}\n"
    (tmp_path / "page.mdx").write_text(page, encoding="utf-8")
    found = lambda: sorted(d["line"] for d in json.loads(run_cli(  # noqa: E731
        "check", "--no-cache", "--output-format", "json", "--select", "MDX002", ".", cwd=tmp_path).stdout))
    assert found() == []
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "next-mdx-remote": "5.0.0"}}', encoding="utf-8")
    assert found() == []
    (tmp_path / "package.json").unlink()
    (tmp_path / "docs.json").write_text('{"name": "X", "navigation": {}}', encoding="utf-8")
    assert found() == [3]


def test_a_docusaurus_config_of_comments_alone_is_no_docusaurus_site(tmp_path):
    (tmp_path / "docusaurus.config.js").write_text("/*\n * Kept for another tool; the site is built elsewhere.\n */\n", encoding="utf-8")
    assert detect(str(tmp_path)).framework.value == "unknown"
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n", encoding="utf-8")
    assert detect(str(tmp_path)).framework.value == "docusaurus"


def test_mintlify_ignores_its_tool_folders_and_mintignore(tmp_path):
    (tmp_path / "docs.json").write_text('{"name": "X", "navigation": {}}', encoding="utf-8")
    (tmp_path / ".mintignore").write_text("# drafts are not published\ndrafts/\n/private/*.mdx\n", encoding="utf-8")
    for name in (".claude/notes.md", "drafts/d.mdx", "private/p.mdx", "guide/drafts.mdx", "guide/page.mdx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("# x\n\n<!-- a comment: MDX refuses it -->\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX001", ".", cwd=tmp_path)
    assert sorted(d["file"].removeprefix("./") for d in json.loads(result.stdout)) == ["guide/drafts.mdx", "guide/page.mdx"]


def test_mintlify_anchors_with_its_punctuation_are_not_reported(tmp_path):
    """Mintlify's slugs keep some punctuation (`a-—-b`, `faq-/-troubleshooting`): a fragment with a
    heading's letters and digits is taken there, and a fragment no heading has is still reported."""
    (tmp_path / "docs.json").write_text('{"name": "X", "navigation": {}}', encoding="utf-8")
    (tmp_path / "a.mdx").write_text("# T\n\n## A — B\n\n## FAQ / Troubleshooting\n\n## What's new in v2.0?\n\n"
                                    "[a](#a-—-b) [b](#faq-/-troubleshooting) [c](#whats-new-in-v2-0) [d](#gone)\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "CRS012", ".", cwd=tmp_path)
    assert [(d["line"], "#gone" in d["message"], "did you mean" in d["message"]) for d in json.loads(result.stdout)] == \
        [(9, True, False)]


@pytest.mark.parametrize(
    "files,known",
    [
        # @next/mdx's template: the page passes no components, `...components` adds none
        ({"mdx-components.tsx": "export function useMDXComponents(components) {\n  return { ...components, Callout };\n}\n"}, {"Callout"}),
        # names spread in from a library's map: not read, so not known (held-out s21, a Fumadocs site)
        ({"mdx-components.tsx": "import defaultMdxComponents from 'fumadocs-ui/mdx';\nimport * as Tabs from 'fumadocs-ui/components/tabs';\n"
          "export function getMDXComponents(components) {\n  return { ...defaultMdxComponents, ...Tabs, Accordion, ...components };\n}\n"}, None),
        # Docusaurus's swizzled map spreading the original: its names are known; another spread is not
        ({"src/theme/MDXComponents.js": "import MDXComponents from '@theme-original/MDXComponents';\n"
          "export default { ...MDXComponents, Highlight };\n", "docusaurus.config.js": "module.exports = {};\n"}, {"Highlight", "Details"}),
        ({"src/theme/MDXComponents.js": "import MDXComponents from '@theme-original/MDXComponents';\nimport * as Icons from './icons';\n"
          "export default { ...MDXComponents, ...Icons, Highlight };\n", "docusaurus.config.js": "module.exports = {};\n"}, None),
        # a module of the site spread whole: the names it exports (held-out h80, appcircle)
        ({"src/theme/MDXComponents.js": "import MDXComponents from '@theme-original/MDXComponents';\n"
          "import * as Badges from '@site/src/components/Badges';\nexport default { ...MDXComponents, ...Badges };\n",
          "src/components/Badges.js": "const A = () => null;\nexport function BuildBadge() {}\nexport { A as CloudBadge };\n",
          "docusaurus.config.js": "module.exports = {};\n"}, {"BuildBadge", "CloudBadge", "Details"}),
        ({"src/theme/MDXComponents.js": "import MDXComponents from '@theme-original/MDXComponents';\n"
          "import * as Badges from '@site/src/components/Badges';\nexport default { ...MDXComponents, ...Badges };\n",
          "src/components/Badges.js": "export * from 'some-badges';\n", "docusaurus.config.js": "module.exports = {};\n"}, None),
    ],
)
def test_component_maps_that_spread_in_other_maps(tmp_path, files, known):
    deps = {"@docusaurus/core": "3.5.0"} if "docusaurus.config.js" in files else {"next": "15.0.0", "@next/mdx": "15.0.0"}
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": deps}))
    if "docusaurus.config.js" not in files:
        (tmp_path / "next.config.mjs").write_text("import createMDX from '@next/mdx';\nexport default createMDX()({});\n")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    value = detect(str(tmp_path)).global_components.value
    assert (value is None) if known is None else (value is not None and known <= value)


def test_fumadocs_pages_get_components_from_their_renderer(tmp_path):
    """Fumadocs' page renders `getMDXComponents({ TypeTable, … })`: the map's parameter is open there."""
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"next": "15.0.0", "fumadocs-mdx": "11.0.0"}}))
    (tmp_path / "source.config.ts").write_text("export const docs = defineDocs({ dir: 'content/docs' });\n")
    (tmp_path / "mdx-components.tsx").write_text("export function getMDXComponents(components) {\n  return { Callout, ...components };\n}\n")
    assert detect(str(tmp_path)).global_components.value is None


@pytest.mark.parametrize("config", [
    "import remarkMath from 'remark-math';\nexport default { presets: [['classic', { docs: { remarkPlugins: [remarkMath] } }]] };\n",
    "const math = require('remark-math');\nmodule.exports = { presets: [['classic', { docs: { remarkPlugins: [math] } }]] };\n",
])
def test_a_config_that_imports_remark_math_makes_dollars_tex(tmp_path, config):
    """A monorepo's site may get remark-math from the workspace's package.json, not its own: the config's
    import says it is in the pipeline (held-out s21, Docusaurus's own site)."""
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"@docusaurus/core": "3.5.0"}}))
    (tmp_path / "docusaurus.config.js").write_text(config)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.mdx").write_text("# Math\n\n$\\int_{a}^{x} f$ and $$\\sum_{i} x_i$$\n")
    assert detect(str(tmp_path)).math.value is True
    assert json.loads(run_cli(str(tmp_path / "docs"), "--no-cache", "--output-format", "json").stdout) == []


def test_a_commented_out_remark_math_import_is_not_read(tmp_path):
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"@docusaurus/core": "3.5.0"}}))
    (tmp_path / "docusaurus.config.js").write_text(
        "// import remarkMath from 'remark-math';\n/* const m = require('remark-math'); */\nexport default { presets: [] };\n")
    assert detect(str(tmp_path)).math.value is False


@pytest.mark.parametrize("deps,version", [
    ({"next": "15.0.0", "@next/mdx": "15.3.1", "@mdx-js/loader": "^2.1.5"}, 2),  # held-out s21: Supabase
    ({"next": "15.0.0", "@next/mdx": "15.3.1", "@mdx-js/loader": "^3.0.0"}, 3),
    ({"next": "15.0.0", "@next/mdx": "15.3.1", "@mdx-js/mdx": "^2.3.0", "@mdx-js/loader": "^3.0.0"}, 2),
    ({"next": "13.0.0", "@next/mdx": "13.0.0"}, 3),
])
def test_next_mdx_version_is_the_compilers_not_next_mdx(tmp_path, deps, version):
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": deps}))
    (tmp_path / "next.config.mjs").write_text("import createMDX from '@next/mdx';\nexport default createMDX()({});\n")
    site = detect(str(tmp_path))
    assert site.mdx_version.value == version and "@next/mdx 15" not in site.mdx_version.source.replace("@next/mdx 15.3.1 with", "")


def test_remark_mdx_frontmatter_exports_its_name(tmp_path):
    """`[remarkMdxFrontmatter, { name: 'meta' }]` in the config: every page exports `meta` (held-out s21: Expo)."""
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0"}}))
    (tmp_path / "next.config.mjs").write_text(
        "import createMDX from '@next/mdx';\nimport remarkFrontmatter from 'remark-frontmatter';\n"
        "import remarkMdxFrontmatter from 'remark-mdx-frontmatter';\n"
        "export default createMDX({ options: { remarkPlugins: [remarkFrontmatter, [remarkMdxFrontmatter, { name: 'meta' }]] } })({});\n")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "index.mdx").write_text("---\ntitle: Hello\n---\n\n# {meta.title}\n")
    assert "meta" in detect(str(tmp_path)).injected_names.value
    found = json.loads(run_cli(str(tmp_path / "pages"), "--no-cache", "--output-format", "json", "--select", "MDX002").stdout)
    assert found == []
    (tmp_path / "next.config.mjs").write_text("import createMDX from '@next/mdx';\nexport default createMDX()({});\n")
    found = json.loads(run_cli(str(tmp_path / "pages"), "--no-cache", "--output-format", "json", "--select", "MDX002").stdout)
    assert [item["message"].split("`")[1] for item in found] == ["meta"]


def test_docusaurus_docs_exclude_keeps_files_from_being_pages(tmp_path):
    """`docs: { exclude: ['README.md'] }`: Docusaurus builds no page from it, so it is not linted (held-out
    s21: Ionic's docs); a `_` partial stays linted whatever the globs say (a page may import it)."""
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"@docusaurus/core": "3.5.0"}}))
    (tmp_path / "docusaurus.config.js").write_text(
        "module.exports = { presets: [['classic', { docs: { exclude: ['README.md', '**/_*.mdx'], editUrl: 'x' } }]] };\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "README.md").write_text("# About these docs\n\nUse {Undefined} here.\n")
    (tmp_path / "docs" / "_part.mdx").write_text("Partial {alsoUndefined}.\n")
    (tmp_path / "docs" / "intro.mdx").write_text("# Intro\n\nText.\n")
    assert detect(str(tmp_path)).ignored_paths.value == ("docs/README.md",)
    found = json.loads(run_cli(str(tmp_path / "docs"), "--no-cache", "--output-format", "json", "--select", "MDX002").stdout)
    assert [Path(item["file"]).name for item in found] == ["_part.mdx"]


# (document, the compiler's first error or None) on a Docusaurus 3 site (its preprocessor, then MDX 3 with
# remark-directive and remark-gfm) and on an MDX 3 site with remark-math: held-out framework probes (s22)
DOCUSAURUS_PIPELINE = [
    ("Press :kbd{.key} now\n", None),  # a text directive's attributes
    ("::youtube{#abc}\n", None),  # a leaf directive's
    ("Go to localhost:port{a b}\n", None),
    ("Text \\:x{a b}\n", (1, 11)),  # an escaped colon starts no directive
    ("> :::note{.x}\n> body\n> :::\n", None),  # a container in a block quote
    (":::note{a b} extra\n\nbody\n:::\n", (1, 10)),  # text after the attributes: no directive, an expression
    (":::note{a=}\nbody\n:::\n", (1, 11)),  # no attribute syntax
    ("`:kbd{a b c d}` and :kbd{x}\n", None),
    ("  ## Title {#id}\n", (1, 13)),  # an indented heading keeps its `{#id}`
    ("## Title {#my id}\n", None),  # the first `{#` of a heading line is escaped, whatever follows
    ("## Title {#id} trailing\n", None),
    ("#hashtag {#id}\n", None),
    ("## Title {#a} {#b}\n", (1, 16)),  # only the first: the second is an expression
    ("> <!-- a\n> b { -->\n", None),  # a comment on two lines of a block quote keeps the quote
]
MATH_PIPELINE = [
    ("- $$\n  {a b}\n  $$\n", None),  # display math opened on a list item's first line
    ("1. $$\n   {a b}\n   $$\n", None),
]


@pytest.mark.parametrize("kind,text,expected", [("docusaurus", *case) for case in DOCUSAURUS_PIPELINE]
                         + [("math", *case) for case in MATH_PIPELINE])
def test_framework_pipelines_as_their_compilers_read_them(tmp_path, kind, text, expected):
    if kind == "docusaurus":
        (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.7.0"}}', encoding="utf-8")
        (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n", encoding="utf-8")
    else:
        (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "@next/mdx": "15.0.0", "remark-math": "^6.0.0"}}',
                                               encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.mdx").write_text(text, encoding="utf-8")
    found = json.loads(run_cli(str(tmp_path / "docs" / "page.mdx"), "--no-cache", "--output-format", "json", "--select", "MDX001").stdout)
    assert [(d["line"], d["column"]) for d in found][:1] == ([expected] if expected else [])


def test_diagram_plugins_take_their_fence_languages(tmp_path):
    """astro-d2 turns ```d2 fences into diagrams, Docusaurus's theme-mermaid ```mermaid ones: no
    highlighter sees them, so they are no unknown language (a held-out Starlight site)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.35.0", '
                                           '"astro-d2": "0.8.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nimport d2 from 'astro-d2';\n"
        "export default { integrations: [starlight({ title: 'X' }), d2()] };\n", encoding="utf-8")
    site = detect(str(tmp_path))
    assert "d2" in site.extra_languages.value and "astro-d2" in site.extra_languages.source
    docs = tmp_path / "src" / "content" / "docs"
    docs.mkdir(parents=True)
    (docs / "index.mdx").write_text("---\ntitle: X\n---\n\n```d2\na -> b\n```\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "FNC002", "src/content/docs", cwd=tmp_path)
    assert json.loads(result.stdout) == []
    other = tmp_path / "docusaurus"
    other.mkdir()
    (other / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.8.0"}}', encoding="utf-8")
    (other / "docusaurus.config.js").write_text("module.exports = {themes: ['@docusaurus/theme-mermaid']};\n",
                                                encoding="utf-8")
    assert "mermaid" in detect(str(other)).extra_languages.value


def test_a_commonjs_module_is_not_judged_for_its_exports(tmp_path):
    """`import sidebars from '@site/sidebars'` of a `module.exports = {…}` file: webpack makes it the
    default export (a held-out Docusaurus site); a file with no exports of either kind still exports nothing."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.8.0"}}')
    (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n")
    (tmp_path / "sidebars.js").write_text("module.exports = {\n  docs: ['intro'],\n};\n")
    (tmp_path / "empty.js").write_text("const a = 1;\n")
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "intro.mdx"
    page.write_text("import sidebars from '@site/sidebars';\nimport nothing from '@site/empty';\n\n{Object.keys(sidebars).length} {nothing}\n")
    found = json.loads(run_cli(str(page), "--no-cache", "--output-format", "json", "--select", "MDX102").stdout)
    assert [(item["code"], item["line"]) for item in found] == [("MDX102", 2)], found


def _starlight_docs(tmp_path, astro: str) -> Path:
    """A Starlight site on the given Astro version; its docs folder."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "%s", "@astrojs/starlight": "0.35.0"}}' % astro)
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'X' })] };\n")
    docs = tmp_path / "src" / "content" / "docs"
    docs.mkdir(parents=True)
    return docs


def test_toml_frontmatter_on_astro_sites(tmp_path):
    """Astro 5.2+ reads `+++` … `+++` as TOML frontmatter: its keys are the page's (Starlight's
    required `title`), its text is no MDX, and invalid TOML is FM001 at its place."""
    docs = _starlight_docs(tmp_path, "5.2.0")
    (docs / "a.mdx").write_text('+++\ntitle = "Use {braces}"\n+++\n\nText.\n')
    (docs / "b.mdx").write_text('+++\ntitle = "B\ndescription = 1\n+++\n\nText.\n')
    found = json.loads(run_cli("check", "--no-cache", "--output-format", "json", "--select", "FM,MDX001", "src/content/docs",
                               cwd=tmp_path).stdout)
    assert [(item["file"].rsplit("/", 1)[-1], item["code"], item["line"]) for item in found] == [("b.mdx", "FM001", 2)], found


def test_toml_frontmatter_needs_astro_5_2(tmp_path):
    """Astro 4 reads no `+++` frontmatter: the page has none (FM001), as its build says."""
    docs = _starlight_docs(tmp_path, "4.16.0")
    (docs / "a.mdx").write_text('+++\ntitle = "A"\n+++\n\nText.\n')
    found = json.loads(run_cli("check", "--no-cache", "--output-format", "json", "--select", "FM", "src/content/docs",
                               cwd=tmp_path).stdout)
    assert [item["code"] for item in found] == ["FM001"], found


def _make_docusaurus_site(root: Path, config: str, pages: dict[str, str], versions: list[str] | None = None) -> None:
    (root / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.6.0"}}', encoding="utf-8")
    (root / "docusaurus.config.js").write_text(config, encoding="utf-8")
    if versions is not None:
        (root / "versions.json").write_text(json.dumps(versions), encoding="utf-8")
    for name, text in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def _broken_doc_links(root: Path) -> list[tuple[str, str, str]]:
    found = json.loads(run_cli(str(root), "--no-cache", "--output-format", "json", "--select", "CRS010").stdout)
    result = []
    for d in found:
        line = Path(d["file"]).read_text(encoding="utf-8").splitlines()[d["line"] - 1]
        result.append((os.path.relpath(d["file"], root), line[d["column"] - 1 : d["end_column"] - 1], d["severity"]))
    return sorted(result)


CLASSIC = "export default { presets: [['classic', { docs: { sidebarPath: './sidebars.js' } }]] };\n"


def test_docusaurus_urls_of_docs_are_their_paths_ids_and_slugs(tmp_path):
    """A link under /docs/ is checked against the URLs the docs plugin gives (numbers taken off,
    `id`, `slug`, index files): Docusaurus fails the build on the others (onBrokenLinks 'throw')."""
    _make_docusaurus_site(tmp_path, CLASSIC, {
        "docs/01-guides/02-setup.md": "# Setup\n",
        "docs/01-guides/named.md": "---\nid: renamed\n---\n# Named\n",
        "docs/01-guides/moved.md": "---\nslug: /elsewhere/moved-here\n---\n# Moved\n",
        "docs/01-guides/near.md": "---\nslug: ../beside\n---\n# Near\n",
        "docs/api/index.md": "# API\n",
        "docs/cli/cli.md": "# CLI\n",
        "docs/2021-01-01-notes.md": "# Notes\n",
        "docs/_partial.md": "# Partial\n",
        "static/docs/file.txt": "x\n",
        "docs/links.mdx": "# Links\n\n"
        "[a](/docs/guides/setup) [b](/docs/guides/renamed) [c](/docs/elsewhere/moved-here/) [d](/docs/beside)\n\n"
        "[e](/docs/api#x) [f](/docs/cli) [g](/docs/2021-01-01-notes) [h](/docs/Guides/Setup) [i](/docs/tags/x)\n\n"
        "[j](/docs/category/guides) [k](/docs/file.txt) [l](/blog/whatever) [m](/docs/guides/named)\n\n"
        "[n](/docs/01-guides/02-setup) [o](/docs/partial) [p](/docs/guides/setup?tab=1#y)\n",
    })
    assert _broken_doc_links(tmp_path) == [
        ("docs/links.mdx", "/docs/01-guides/02-setup", "error"), ("docs/links.mdx", "/docs/guides/named", "error"),
        ("docs/links.mdx", "/docs/partial", "error")]


def test_docusaurus_doc_urls_of_versions(tmp_path):
    """The last version of versions.json is at /docs/, the others under their names, the docs folder
    under /docs/next/; a version no longer built here (archived) is not judged."""
    _make_docusaurus_site(tmp_path, CLASSIC.replace("sidebarPath", "path: 'docs', sidebarPath"), {
        "docs/new.md": "# New\n",
        "versioned_docs/version-2.0/old.md": "# Old\n",
        "versioned_docs/version-1.0/older.md": "# Older\n",
        "docs/links.md": "# Links\n\n[a](/docs/old) [b](/docs/next/new) [c](/docs/1.0/older) [d](/docs/new)\n\n"
                         "[e](/docs/next/old) [f](/docs/1.0/old) [g](/docs/0.9/anything) [h](/docs/2.0/old)\n",
    }, versions=["2.0", "1.0"])
    assert [link for _, link, _ in _broken_doc_links(tmp_path)] == ["/docs/1.0/old", "/docs/2.0/old", "/docs/new", "/docs/next/old"]


@pytest.mark.parametrize("config", [
    "export default { presets: [['classic', { docs: { lastVersion: 'current' } }]] };\n",  # versions moved
    "export default { presets: [['classic', { docs: { routeBasePath: '/' } }]] };\n",  # docs at the root, beside pages
    "export default { presets: [['classic', { docs: false }]] };\n",
    "export default { presets: [['classic', { docs: {} }]], plugins: [['content-docs', { id: 'b', path: 'b' }]] };\n",
    "export default { presets: [['classic', {}]], plugins: [['client-redirects', { createRedirects(p) { return []; } }]] };\n",
])
def test_docusaurus_doc_urls_not_known_are_not_judged(tmp_path, config):
    _make_docusaurus_site(tmp_path, config, {"docs/page.md": "# Page\n\n[gone](/docs/gone) [root](/gone)\n"})
    assert _broken_doc_links(tmp_path) == []


def test_docusaurus_docs_at_the_site_root(tmp_path):
    """`routeBasePath: '/'`: a link into a section of the docs (a folder of them) that no doc has is
    broken; paths at the top, of the blog, of src/pages and static files, are not judged (held-out h38,
    redux-toolkit); relative links read against the doc's URL without the base."""
    config = "export default { presets: [['classic', { docs: { routeBasePath: '/' } }]] };\n"
    _make_docusaurus_site(tmp_path, config, {
        "docs/api/configure-store.md": "# configureStore\n",
        "docs/api/other.md": "# Other\n",
        "docs/intro.md": "# Intro\n\n[a](/api/configure-store) [b](/api/nothere) [c](/nothere) [d](/blog/x) [e](/extra/x)\n\n"
                         "[f](/api/file.txt) [g](api/other) [h](api/gone) [i](/intro)\n",
        "src/pages/extra.js": "export default () => null;\n",
    })
    assert [(page, link) for page, link, _ in _broken_doc_links(tmp_path)] == [
        ("docs/intro.md", "/api/nothere"), ("docs/intro.md", "api/gone")]


def test_docusaurus_docs_with_include_are_read(tmp_path):
    """`include` narrows which files are docs: every .md/.mdx file is read as one (a superset: no link
    to a doc is judged broken for it) and node_modules is never read (held-out h38, redux-toolkit)."""
    config = ("export default { presets: [['classic', { docs: { routeBasePath: '/', "
              "include: ['{api,usage}/**/*.{md,mdx}'] } }]] };\n")
    _make_docusaurus_site(tmp_path, config, {
        "docs/api/store.md": "# Store\n",
        "docs/usage/intro.md": "# Intro\n\n[a](/api/store) [b](/api/nothere) [c](/node_modules/x/readme)\n",
        "docs/node_modules/x/readme.md": "# Readme\n",
    })
    assert [(page, link) for page, link, _ in _broken_doc_links(tmp_path)] == [("docs/usage/intro.md", "/api/nothere")]


def test_docusaurus_doc_urls_with_warn_redirects_and_translations(tmp_path):
    """`onBrokenLinks: 'warn'` builds (a warning); a path a redirect names, and links of a translated
    page (whose docs may carry their own slugs), are not judged."""
    config = ("export default { onBrokenLinks: 'warn', presets: [['classic', { docs: {} }]],\n"
              "  plugins: [['@docusaurus/plugin-client-redirects', { redirects: [{ from: '/docs/old-name', to: '/docs/page' }] }]] };\n")
    _make_docusaurus_site(tmp_path, config, {
        "docs/page.md": "# Page\n\n[gone](/docs/gone) [redirected](/docs/old-name)\n",
        "i18n/fr/docusaurus-plugin-content-docs/current/page.md": "# Page\n\n[gone](/docs/gone)\n",
    })
    assert _broken_doc_links(tmp_path) == [("docs/page.md", "/docs/gone", "warning")]


def test_docusaurus_relative_url_links_of_docs(tmp_path):
    """A doc's relative link without an extension (`setup`, `../api/`) is a URL the browser and
    Docusaurus's link checker resolve against the doc's own URL: the others beside their siblings, a
    folder's index doc inside its folder (or, served without the slash, beside it: missing only when
    missing both ways)."""
    _make_docusaurus_site(tmp_path, CLASSIC, {
        "docs/guides/setup.md": "# Setup\n\n[sibling](other) [gone](removed) [up](../api/) [file](./other.md) [asset](pic.png)\n",
        "docs/guides/other.md": "# Other\n",
        "docs/guides/index.md": "# Guides\n\n[inside](setup) [either way](guides/setup) [nowhere](nowhere)\n",
        "docs/api/index.md": "# API\n",
        "blog/post.md": "# Post\n\n[not a doc](anything)\n",
    })
    assert [(page, link) for page, link, _ in _broken_doc_links(tmp_path)] == [
        ("docs/guides/index.md", "nowhere"), ("docs/guides/setup.md", "removed")]


def test_astro_glob_patterns_choose_the_entries_and_slug_is_read(tmp_path):
    """A glob() loader's `pattern` chooses its folder's entries (`**/[^_]*.{md,mdx}` leaves `_x.mdx`
    out, as Astro's own example does): FM001 and FM002 judge only entries.  Astro reads `slug`
    itself (the glob() loader takes it for the entry's id, a legacy collection for its slug):
    no unknown key there, unless a strict schema refuses it (held-out h41)."""
    from mdxlint.project.schema import glob_regex, read_collections

    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.13.0", "@astrojs/mdx": "4.0.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
                                               encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "content.config.ts").write_text(
        "import { defineCollection, z } from 'astro:content';\nimport { glob } from 'astro/loaders';\n"
        "const blog = defineCollection({ loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './src/content/blog' }),\n"
        "  schema: z.object({ title: z.string() }) });\n"
        "const strict = defineCollection({ loader: glob({ pattern: ['**/*.mdx', '!drafts/**'], base: './src/content/strict' }),\n"
        "  schema: z.object({ title: z.string() }).strict() });\n"
        "export const collections = { blog, strict };\n", encoding="utf-8")
    blog = tmp_path / "src" / "content" / "blog"
    (blog / "2024").mkdir(parents=True)
    (blog / "2024" / "post.mdx").write_text("---\ntitle: Post\nslug: my-post\n---\n\nText.\n", encoding="utf-8")
    (blog / "_draft.mdx").write_text("Text without frontmatter.\n", encoding="utf-8")
    (blog / "bare.mdx").write_text("Text without frontmatter.\n", encoding="utf-8")
    strict = tmp_path / "src" / "content" / "strict"
    (strict / "drafts").mkdir(parents=True)
    (strict / "a.mdx").write_text("---\ntitle: A\nslug: a\n---\n\nText.\n", encoding="utf-8")
    (strict / "drafts" / "b.mdx").write_text("---\ntitle: 1\n---\n\nText.\n", encoding="utf-8")
    out = json.loads(run_cli(str(tmp_path / "src"), "--no-cache", "--output-format", "json", "--select", "FM001,FM002").stdout)
    assert sorted((item["file"].rsplit("/", 1)[-1], item["code"], item["line"]) for item in out) == [
        ("a.mdx", "FM002", 3), ("bare.mdx", "FM001", 1)]
    collections = read_collections((tmp_path / "src" / "content.config.ts").read_text(encoding="utf-8"))
    assert [c.patterns for c in collections] == [("**/[^_]*.{md,mdx}",), ("**/*.mdx", "!drafts/**")]
    assert glob_regex("**/*.mdx").match("a.mdx") and glob_regex("**/*.mdx").match("x/y/a.mdx")
    assert not glob_regex("*.mdx").match("x/a.mdx") and glob_regex("[!_]*.md").match("a.md")
    assert glob_regex("@(a|b).mdx") is None


def test_astro_pages_are_linted_beside_the_collections(tmp_path):
    """Astro renders the .mdx files under src/pages (file-based routing): a run from the site's root
    lints them beside the content collections, also when a glob() loader names other folders (held-out h42)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.13.0", "@astrojs/mdx": "4.0.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text("import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
                                               encoding="utf-8")
    (tmp_path / "src" / "blog").mkdir(parents=True)
    (tmp_path / "src" / "content.config.ts").write_text(
        "import { defineCollection, z } from 'astro:content';\nimport { glob } from 'astro/loaders';\n"
        "const blog = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/blog' }),\n"
        "  schema: z.object({ title: z.string() }) });\nexport const collections = { blog };\n", encoding="utf-8")
    (tmp_path / "src" / "blog" / "post.mdx").write_text("---\ntitle: Post\n---\n\nText.\n", encoding="utf-8")
    (tmp_path / "src" / "pages" / "en").mkdir(parents=True)
    (tmp_path / "src" / "pages" / "en" / "about.mdx").write_text("# About\n\n<Nope />\n", encoding="utf-8")
    out = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json").stdout)
    assert [(item["file"].rsplit("/", 1)[-1], item["code"]) for item in out] == [("about.mdx", "MDX103")]
    assert b"src/pages" in run_cli("detect", str(tmp_path)).stdout


def test_mintlify_languages_and_snippets(tmp_path):
    """Mintlify: docs.json's navigation.languages sets each folder's language (its pages' shared
    first folder, and snippets kept per language, snippets/zh/); a snippet's free names are the
    props of the page that imports it (held-out h42)."""
    (tmp_path / "docs.json").write_text(json.dumps({
        "$schema": "https://mintlify.com/docs.json", "name": "X", "theme": "mint",
        "navigation": {"languages": [
            {"language": "en", "groups": [{"group": "Start", "pages": ["install"]}]},
            {"language": "zh", "groups": [{"group": "开始", "pages": ["zh/install"]}]}]}}), encoding="utf-8")
    english = "Install the desktop application, then open it and sign in with your account to start.\n"
    chinese = "安装桌面应用程序，然后打开它并使用您的帐户登录以开始使用。这是一个很长的中文句子，用来说明页面的语言。\n"
    (tmp_path / "install.mdx").write_text(f"---\ntitle: Install\n---\n\n{english}\n{english}", encoding="utf-8")
    (tmp_path / "zh").mkdir()
    (tmp_path / "zh" / "install.mdx").write_text(f"---\ntitle: 安装\n---\n\n{chinese}\n{english}\n{english}", encoding="utf-8")
    (tmp_path / "snippets" / "zh").mkdir(parents=True)
    (tmp_path / "snippets" / "zh" / "feedback.mdx").write_text(
        f"{chinese}\n- GitHub Issues: https://github.com/x/y/issues\n\n日志文件位于 {{log_path}}。\n", encoding="utf-8")
    out = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "LNG001,MDX002").stdout)
    assert sorted((item["file"].replace(str(tmp_path) + "/", ""), item["code"], item["line"]) for item in out) == [
        ("zh/install.mdx", "LNG001", 7), ("zh/install.mdx", "LNG001", 9)]
    assert "Mintlify navigation.languages" in out[0]["message"]
    detected = run_cli("detect", str(tmp_path)).stdout
    assert b"default: en, zh/: zh" in detected


def test_starlight_pages_outside_the_docs_need_no_frontmatter(tmp_path):
    """Starlight's docs schema requires `title` in src/content/docs; an Astro page in src/pages is
    linted, and needs none (review h47)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/starlight": "0.30.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'X' })] };\n",
        encoding="utf-8")
    (tmp_path / "src" / "pages").mkdir(parents=True)
    (tmp_path / "src" / "content" / "docs").mkdir(parents=True)
    (tmp_path / "src" / "pages" / "about.mdx").write_text("# About\n\n<Nope />\n", encoding="utf-8")
    (tmp_path / "src" / "content" / "docs" / "guide.mdx").write_text("# Guide\n\nText.\n", encoding="utf-8")
    out = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "FM001,MDX103").stdout)
    assert sorted((item["file"].rsplit("/", 1)[-1], item["code"]) for item in out) == [("about.mdx", "MDX103"), ("guide.mdx", "FM001")]


def test_fumadocs_i18n_config_object_and_translated_component_names(tmp_path):
    """Held-out h45: `export const i18n: I18nConfig = {…}` (Fumadocs 14/15) is read as defineI18n's
    object; a tag whose name a translation tool translated (`<샌드박스>`, `<ébauche>`) is a component
    to MDX 3, and an undefined one."""
    (tmp_path / "package.json").write_text('{"dependencies": {"fumadocs-mdx": "11.0.0", "next": "15.0.0"}}', encoding="utf-8")
    (tmp_path / "source.config.ts").write_text("import { defineDocs } from 'fumadocs-mdx/config';\n"
                                               "export const docs = defineDocs({ dir: 'content/docs' });\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "i18n.ts").write_text(
        "import type { I18nConfig } from 'fumadocs-core/i18n';\n\nexport const i18n: I18nConfig = {\n"
        "  defaultLanguage: 'zh-CN',\n  languages: ['zh-CN', 'en'],\n};\n", encoding="utf-8")
    from mdxlint.project.locales import locale_for

    docs = tmp_path / "content" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.en.mdx").write_text("# A\n\nThe English page.\n\n<샌드박스 />\n\n<ébauche />\n\n<div />\n", encoding="utf-8")
    answer = locale_for(str(docs / "a.en.mdx"))
    assert answer is not None and answer.language == "en" and "Fumadocs" in answer.source
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    found = lint_text("# A\n\n<샌드박스 />\n\n<ébauche />\n\n<div />\n\n<_x />\n", "a.mdx", Settings(select=["MDX103"]))
    assert [(d.line, d.column) for d in found] == [(3, 2), (5, 2), (9, 2)]
    # held-out h52: names with combining marks are components too; names an import or a declaration
    # binds are defined, in any script, and a string may be an imported name
    text = ("import Карта from './Карта.jsx'\nimport * as Ns from 'x'\nimport {'a-b' as X} from 'x'\n"
            "export function Über() { return null }\n\n<Карта />\n\n<Ns.A />\n\n<X />\n\n<Über />\n\n<कार्ड />\n\n<my-tag />\n")
    found = lint_text(text, "a.mdx", Settings(select=["MDX103"]))
    assert [(d.line, d.column) for d in found] == [(14, 2)]


def test_a_member_tag_reads_its_object():
    """`<motion.div>` and `<Tabs.Item>` read an object: MDX 3 throws "Expected object `motion` to be
    defined" when nothing defines it (checked with @mdx-js/mdx 3.1.1)."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    found = lint_text("<motion.div />\n\n<Tabs.Item />\n", "a.mdx", Settings(select=["MDX103"]))
    assert ["Expected object `motion`" in found[0].message, "Expected object `Tabs`" in found[1].message] == [True, True]


def test_mintlify_field_anchors(tmp_path):
    """Mintlify anchors each <ParamField>/<ResponseField> `param-<name>`: such a fragment of a page
    with fields is not judged; another missing one still is (review h49)."""
    (tmp_path / "docs.json").write_text('{"$schema": "https://mintlify.com/docs.json", "name": "X", "navigation": {}}',
                                        encoding="utf-8")
    (tmp_path / "api.mdx").write_text(
        "---\ntitle: API\n---\n\nSee [token](#param-token) and [nope](#nothing-here).\n\n"
        "<ParamField body=\"token\" type=\"string\">The token.</ParamField>\n", encoding="utf-8")
    out = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json", "--select", "CRS012").stdout)
    assert [(item["line"], item["column"]) for item in out] == [(5, 38)]


def test_astro_config_with_remark_directive_reads_directives(tmp_path):
    """Held-out h53: a plain Astro site whose config imports remark-directive renders
    `:::tip{title="…"}` as a directive, not as an expression (false MDX002 before)."""
    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.0.0", "@astrojs/mdx": "4.0.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.ts").write_text(
        'import { defineConfig } from "astro/config";\nimport mdx from "@astrojs/mdx";\nimport directive from "remark-directive";\n'
        "export default defineConfig({ integrations: [mdx()], markdown: { remarkPlugins: [directive] } });\n", encoding="utf-8")
    (tmp_path / "src" / "pages").mkdir(parents=True)
    (tmp_path / "src" / "pages" / "a.mdx").write_text('# A\n\n:::tip{title="Совет"}\nТекст.\n:::\n', encoding="utf-8")
    out = json.loads(run_cli(str(tmp_path), "--no-cache", "--output-format", "json").stdout)
    assert out == []
    assert b"remark-directive among its remark plugins" in run_cli("detect", str(tmp_path)).stdout


@pytest.mark.parametrize("schema, required", [
    ("", ("content/docs",)),
    ("docs: { schema: frontmatterSchema },", ("content/docs",)),
    ("docs: { schema: frontmatterSchema.extend({ image: z.string().optional() }) },", ("content/docs",)),
    ("docs: { schema: frontmatterSchema.extend({ title: z.string().optional() }) },", None),
    ("docs: { schema: mySchema },", None),
])
def test_fumadocs_pages_need_the_title_its_default_schema_requires(tmp_path, schema, required):
    """Held-out h77 (simstudioai/sim): fumadocs-mdx's `frontmatterSchema` requires `title`, so a page of a
    collection that uses it (as it is or extended) fails the build without frontmatter; another schema is not read."""
    (tmp_path / "package.json").write_text('{"dependencies": {"next": "15.0.0", "fumadocs-mdx": "11.0.0"}}', encoding="utf-8")
    (tmp_path / "next.config.mjs").write_text("import { createMDX } from 'fumadocs-mdx/next';\nexport default createMDX()({});\n",
                                              encoding="utf-8")
    (tmp_path / "source.config.ts").write_text(
        "import { defineDocs, frontmatterSchema } from 'fumadocs-mdx/config';\n"
        f"export const docs = defineDocs({{ dir: 'content/docs', {schema} }});\n", encoding="utf-8")
    (tmp_path / "content" / "docs").mkdir(parents=True)
    (tmp_path / "content" / "docs" / "page.mdx").write_text("# Page\n\nText.\n", encoding="utf-8")
    site = detect(str(tmp_path))
    assert site.frontmatter_required.value == required
    found = json.loads(run_cli(str(tmp_path / "content"), "--no-cache", "--output-format", "json", "--select", "FM001").stdout)
    assert bool(found) is (required is not None)


def test_md_pages_compiled_as_markdown_where_the_format_is_detected(tmp_path):
    """held-out h94 (Nextra 4's swr-site example): Nextra's loader compiles every page with `format:
    'detect'`, so a .md page is plain Markdown (an HTML comment is fine there) and is not linted as
    MDX; @next/mdx with MDX 2 or 3 does the same unless its options say `format: 'mdx'`; with MDX 1
    (no formats) .md pages are MDX."""
    nextra = tmp_path / "nextra"
    (nextra / "content" / "en").mkdir(parents=True)
    (nextra / "package.json").write_text('{"dependencies": {"nextra": "^4.2.0", "next": "^15.0.0"}}', encoding="utf-8")
    (nextra / "next.config.mjs").write_text("import nextra from 'nextra'\nexport default nextra({})({})\n", encoding="utf-8")
    (nextra / "content" / "en" / "notes.md").write_text("# Notes\n\n<!-- a comment -->\n\nText {not code.\n", encoding="utf-8")
    (nextra / "content" / "en" / "page.mdx").write_text("# Page\n\n<!-- a comment -->\n", encoding="utf-8")
    (nextra / "mdx-components.tsx").write_text("import { useMDXComponents as useDocs } from 'nextra-theme-docs'\n"
                                               "export const useMDXComponents = () => useDocs({})\n", encoding="utf-8")
    site = detect(str(nextra))
    assert site.mdx_extensions.value == ("mdx",) and "format 'detect'" in site.mdx_extensions.source
    # (a component file whose map is a theme's: unknown, and detect says it read the file)
    assert site.global_components.value is None and site.global_components.source.startswith("mdx-components.tsx: no component map")
    found = json.loads(run_cli("check", "--no-cache", "--output-format", "json", "--select", "MDX001", ".", cwd=nextra).stdout)
    assert [(d["file"].replace("\\", "/").split("/")[-1], d["code"]) for d in found] == [("page.mdx", "MDX001")]
    # (Nextra pinned below 2.2.11 compiled .md pages as MDX: its changelog)
    (nextra / "package.json").write_text('{"dependencies": {"nextra": "2.2.10", "next": "13.0.0"}}', encoding="utf-8")
    assert detect(str(nextra)).mdx_extensions.value == ("mdx", "md")
    nextmdx = tmp_path / "nextmdx"
    nextmdx.mkdir()
    (nextmdx / "package.json").write_text('{"dependencies": {"@next/mdx": "^15.0.0", "@mdx-js/loader": "^3.0.0"}}',
                                          encoding="utf-8")
    (nextmdx / "next.config.mjs").write_text("import createMDX from '@next/mdx'\nconst withMDX = createMDX({extension: /\\.mdx?$/})\n"
                                             "export default withMDX({pageExtensions: ['md', 'mdx', 'tsx']})\n", encoding="utf-8")
    assert detect(str(nextmdx)).mdx_extensions.value == ("mdx",)
    (nextmdx / "next.config.mjs").write_text("import createMDX from '@next/mdx'\nconst withMDX = createMDX({extension: /\\.mdx?$/, "
                                             "options: {format: 'mdx'}})\nexport default withMDX({pageExtensions: ['md', 'mdx']})\n",
                                             encoding="utf-8")
    assert detect(str(nextmdx)).mdx_extensions.value == ("mdx", "md")
    (nextmdx / "package.json").write_text('{"dependencies": {"@next/mdx": "^1.0.0", "@mdx-js/loader": "^1.6.22"}}',
                                          encoding="utf-8")
    (nextmdx / "next.config.mjs").write_text("const withMDX = require('@next/mdx')({extension: /\\.mdx?$/})\n"
                                             "module.exports = withMDX({pageExtensions: ['md', 'mdx']})\n", encoding="utf-8")
    assert detect(str(nextmdx)).mdx_extensions.value == ("mdx", "md")
    # a site's own pipeline (react.dev's: @mdx-js/mdx compiling the text without its name) gets MDX
    own = tmp_path / "own"
    own.mkdir()
    (own / "package.json").write_text('{"dependencies": {"next": "^15.0.0", "@mdx-js/mdx": "^2.1.3"}}', encoding="utf-8")
    (own / "next.config.js").write_text("module.exports = {pageExtensions: ['jsx', 'mdx', 'md']}\n", encoding="utf-8")
    assert detect(str(own)).mdx_extensions.value == ("mdx", "md")


def test_docusaurus_broken_file_link_is_an_error_where_the_config_throws(tmp_path):
    """Held-out h109: `onBrokenMarkdownLinks: 'throw'` (top level, or `markdown.hooks` since 3.9) fails
    the build on a file link that goes to no file; Docusaurus's default ('warn') only warns."""
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.9.0"}}', encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n\nSee [props](use-link-props.md).\n", encoding="utf-8")
    severities = {}
    for name, config in (("default", "export default { title: 'x' };\n"),
                         ("legacy", "export default { title: 'x', onBrokenMarkdownLinks: 'throw' };\n"),
                         ("hooks", "export default { title: 'x', markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } } };\n"),
                         ("warn", "export default { title: 'x', markdown: { hooks: { onBrokenMarkdownLinks: 'warn' } } };\n")):
        (tmp_path / "docusaurus.config.js").write_text(config, encoding="utf-8")
        found = json.loads(run_cli(str(docs), "--no-cache", "--output-format", "json", "--select", "CRS010").stdout)
        assert [d["line"] for d in found] == [3], found
        severities[name] = found[0]["severity"]
    assert severities == {"default": "warning", "legacy": "error", "hooks": "error", "warn": "warning"}


def test_markdown_image_at_a_relative_path_whose_file_is_missing(tmp_path):
    """Held-out h109: Astro, Docusaurus and Nextra import a Markdown image at a relative path and stop
    the build where its file is missing (CRS014); absolute paths, URLs and JSX images are not judged,
    nor sites whose pipeline reads the path against the page's URL (Next.js)."""
    page = ("---\ntitle: A\n---\n\n![ok](./here.png) ![spaced](./my%20shot.png#dark) ![up](../shared/up.svg?raw)\n\n"
            "![gone](./gone.png) ![gone too](../assets/none.webp)\n\n![abs](/img/none.png) ![url](https://x.y/none.png)\n\n"
            '<img src="./jsx-none.png" />\n')
    sites = {
        "astro": ({"astro": "5.1.0"}, "astro.config.mjs", "export default {};\n", "src/content/docs/guide"),
        "docusaurus": ({"@docusaurus/core": "3.9.0"}, "docusaurus.config.js", "export default { title: 'x' };\n", "docs/guide"),
        "docusaurus-warn": ({"@docusaurus/core": "3.9.0"}, "docusaurus.config.js",
                            "export default { markdown: { hooks: { onBrokenMarkdownImages: 'warn' } } };\n", "docs/guide"),
        "nextra": ({"nextra": "2.13.0", "next": "14.0.0"}, "next.config.js", "module.exports = require('nextra')({});\n", "pages/guide"),
        "nextra-off": ({"nextra": "2.13.0", "next": "14.0.0"}, "next.config.js",
                       "module.exports = require('nextra')({ staticImage: false });\n", "pages/guide"),
        "next": ({"next": "14.0.0", "@next/mdx": "14.0.0"}, "next.config.js", "module.exports = {};\n", "app/guide"),
    }
    found_by_site = {}
    for name, (deps, config, text, folder) in sites.items():
        root = tmp_path / name
        pages = root / folder
        pages.mkdir(parents=True)
        (root / "package.json").write_text(json.dumps({"dependencies": deps}), encoding="utf-8")
        (root / config).write_text(text, encoding="utf-8")
        (pages / "here.png").write_bytes(b"png")
        (pages / "my shot.png").write_bytes(b"png")
        (pages.parent / "shared").mkdir()
        (pages.parent / "shared" / "up.svg").write_text("<svg/>", encoding="utf-8")
        (pages / "page.mdx").write_text(page, encoding="utf-8")
        found = json.loads(run_cli(str(root), "--no-cache", "--output-format", "json", "--select", "CRS014").stdout)
        line = page.splitlines()
        found_by_site[name] = sorted((d["severity"], line[d["line"] - 1][d["column"] - 1 : d["end_column"] - 1]) for d in found)
    assert found_by_site["astro"] == [("error", "../assets/none.webp"), ("error", "./gone.png")], found_by_site
    assert found_by_site["docusaurus"] == found_by_site["nextra"] == found_by_site["astro"]
    assert found_by_site["docusaurus-warn"] == [("warning", "../assets/none.webp"), ("warning", "./gone.png")]
    assert found_by_site["nextra-off"] == found_by_site["next"] == []
    assert detect(str(tmp_path / "astro")).missing_images.value == "error"
    assert detect(str(tmp_path / "next")).missing_images.value is None


def test_markdown_image_rule_leaves_out_what_the_build_does_not_import(tmp_path):
    """Review h111: CRS014 judges no page rendered as CommonMark (Astro's `.md`), no file under a part
    starting with `_` (partials, files the docs plugin leaves out), nothing on Astro before 3.0; a page
    reached through a symbolic link reads its images beside its real file."""
    root = tmp_path / "site"
    docs = root / "src" / "content" / "docs"
    (docs / "_drafts").mkdir(parents=True)
    (root / "package.json").write_text('{"dependencies": {"astro": "^4.5.0", "@astrojs/mdx": "^2.0.0"}}', encoding="utf-8")
    (root / "astro.config.mjs").write_text("export default {};\n", encoding="utf-8")
    (docs / "b.md").write_text("---\ntitle: B\n---\n\n<!--\n![old](./old.png)\n-->\n", encoding="utf-8")
    (docs / "_drafts" / "wip.mdx").write_text("---\ntitle: W\n---\n\n![x](./nope.png)\n", encoding="utf-8")
    real = root / "real"
    real.mkdir()
    (real / "shot.png").write_bytes(b"png")
    (real / "shared.mdx").write_text("---\ntitle: S\n---\n\n![shared](./shot.png) ![gone](./gone.png)\n", encoding="utf-8")
    (docs / "shared.mdx").symlink_to(real / "shared.mdx")
    found = json.loads(run_cli(str(docs), str(docs / "b.md"), "--no-cache", "--output-format", "json", "--select", "CRS014").stdout)
    assert [(Path(d["file"]).name, d["line"], d["column"]) for d in found] == [("shared.mdx", 5, 31)], found
    (root / "package.json").write_text('{"dependencies": {"astro": "^2.5.0", "@astrojs/mdx": "^0.19.0"}}', encoding="utf-8")
    assert detect(str(root)).missing_images.value is None
    assert json.loads(run_cli(str(docs), "--no-cache", "--output-format", "json", "--select", "CRS014").stdout) == []
