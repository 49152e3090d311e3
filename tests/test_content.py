"""Content-pattern rules (CNT): link syntax the page shows as text or that leads nowhere."""

from __future__ import annotations

from mdxlint import lint_text
from mdxlint.project.settings import Settings

CNT002 = Settings(select=["CNT002"])


def found(text: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(text, "page.mdx", CNT002)]


def test_placeholders_nested_links_and_backtick_destinations():
    """Held-out round s12a: a link inside another link's text (the outer brackets are shown), and a
    destination in backticks (part of the address); a linked image and brackets in link text are
    right, as are ordinary links."""
    assert found("Open the [[settings page](/setup/) file](/setup/) now.\n") == [(1, 10)]
    assert found("See [`cacheSize`](`/docs/options#cachesize`).\n") == [(1, 5)]
    assert found("[![logo](/logo.png)](https://example.com) and [a [b] c](/x) and [`code`](/docs/a).\n") == []
    assert found("Deploy on [Vercel]() and read [the guide](link to the guide).\n") == [(1, 11), (1, 31)]
    assert found("```md\n[[a](/x) b](/y)\n```\n\n`[[a](/x) b](/y)`\n") == []


def test_link_syntax_shown_as_text_with_an_address_or_a_space_before_it():
    """Held-out h28/h33: `[x](https://a.com/my page)` (GFM makes `https://a.com/my` a link of its own)
    and `[x] (https://…)` are shown as written, not links."""
    from mdxlint.api import lint_text
    from mdxlint.project.settings import Settings

    def found(text):
        return [d.column for d in lint_text(text, "a.mdx", Settings(select=["CNT002"]))]

    assert found("See [the docs](https://example.com/my page) now.\n") == [5]
    assert found("Read [the guide] (https://example.com/x) and [more] (./more).\n") == [6, 46]
    assert found("Flags [optional] (default: x), [ok](https://example.com/page).\n") == []
    assert found("[guide]: /x\n\nRead [guide] (/docs/x), `[a] (/b)`.\n") == []
    # Held-out h60 (withastro/docs ru, Starlight de): a label with bold or code in it is shown as written too.
    assert found("1. [Create a **Buddy** account] (https://buddy.works/sign-up).\n") == [4]
    assert found("Wie du [einen Link zur `robots.txt` hinzufügst] (https://docs.example.com/a/#b).\n") == [8]
    assert found("A [real **link**](https://example.com) and [a [b](/c) d] (https://e.f) and `[c **d**] (/e)`.\n") == []


def test_references_without_a_definition_and_definitions_without_a_colon():
    """Held-out h60 (tauri-docs): `[WebDrive][]` with only `[webdriver]` defined, and `[label] /path` on a
    line of its own (a definition missing its colon), are shown as written."""
    text = ("[WebDrive][] and [the spec][w3c], [WebDriver][] and [Spec][W3C].\n\n[webdriver]: https://w3c.example/\n"
            "[w3c]: https://www.w3.example/\n\nThe matrix[i][j] value, `[a][b]`, \\[x][y] and [Tauri][missing].\n\n"
            "[See more here] /develop/tests/mocking/\n\nText before\n[not a definition] /path/here\n\n[fine]: /ok\n")
    assert found(text) == [(1, 1), (6, 47), (8, 1)]
    assert found("```md\n[a][b]\n[c] /d\n```\n\n<C>[e][f]</C>\n") == [(6, 4)]


def test_a_reference_misspelt_against_a_definition_no_link_uses():
    """Held-out h120 (pnpm zh): `[查找器函数]` where the page defines `[查找器功能]: …` and nothing
    uses it is a misspelt reference, shown as written; brackets like no unused label, a label
    used elsewhere, and two labels alike both unused (which was meant is not known) are left."""
    assert found("使用 [查找器函数] 来查找。\n\n[查找器功能]: ../finders.md\n") == [(1, 4)]
    assert found("See [Finder Function] and [finder fn] here.\n\n[finder function]: ./a.md\n") == []
    assert found("See [finder fnction] and [the guide].\n\n[finder function]: ./a.md\n") == [(1, 5)]
    assert found("Flags [optional] here.\n\n[options]: ./o.md\n\nSee [options].\n") == []
    assert found("See [finder fnction].\n\n[finder function]: ./a.md\n[finder functions]: ./b.md\n") == []
    assert found("`[finder fnction]`\n\n[finder function]: ./a.md\n") == []


def test_starlight_aside_with_a_blank_before_its_label(tmp_path):
    """Held-out h28 (withastro/docs es): `:::tip [¿Buscas un ejemplo?]` is no aside to remark-directive;
    the page shows it as text. The fix removes the blank; on other sites nothing is said."""
    import json

    from conftest import run_cli

    (tmp_path / "package.json").write_text('{"dependencies": {"astro": "5.7.0", "@astrojs/starlight": "0.34.0"}}', encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(
        "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'x' })] };\n",
        encoding="utf-8")
    docs = tmp_path / "src" / "content" / "docs"
    docs.mkdir(parents=True)
    page = docs / "a.mdx"
    page.write_text("---\ntitle: A\n---\n\n:::tip [¿Buscas?]\nTexto.\n:::\n\n:::note[Ok]\nBien.\n:::\n\n"
                    ":::caution Old style\nTexto.\n:::\n\n```md\n:::tip [code]\n```\n", encoding="utf-8")
    found = json.loads(run_cli("check", "--no-cache", "--output-format", "json", "--select", "CNT003", "src", cwd=tmp_path).stdout)
    assert [(d["line"], d["fix"] is not None) for d in found] == [(5, True), (13, False)]


def test_unclosed_strong_is_shown_as_asterisks():
    """A `**` that can only open (or only close) bold and pairs with nothing is text on the page
    (held-out h38, drizzle; ru.react.dev's creating-a-react-app); a `**` between words or numbers,
    a longer run, paired ones and code are not judged."""
    from mdxlint.api import lint_text
    from mdxlint.lint.configuration import Settings

    text = ("# t\n\n**[docs](https://x.org) -- more.\n\nТекст **жирный без конца.\n\n2**10 is big. a ** b.\n\n"
            "closing only** here.\n\n***x\n\n**ok** fine and `**code**`.\n\n- item **open\n\n```\n**x\n```\n")
    found = [(d.line, d.column, d.message.split(" ")[1]) for d in lint_text(text, "a.mdx", Settings(select=["CNT004"]))]
    assert found == [(3, 1, "opens"), (5, 7, "opens"), (9, 13, "closes"), (15, 8, "opens")]


def test_configured_pattern_that_may_take_exponential_time_is_refused():
    """CNT001's configured patterns go through the same guard as plans' (held-out h37: `(a+)+$` hung
    the lint on a 40-letter word)."""
    from mdxlint.rules.cnt.cnt001_forbidden_content import _check_patterns

    assert "exponential" in _check_patterns([{"regex": "(a+)+$", "message": "x"}])
    assert "exponential" in _check_patterns([{"regex": "(a|aa)+b", "message": "x"}])
    assert _check_patterns([{"regex": "(?i)\\bTODO\\b", "message": "x"}, {"regex": "(foo|bar)+", "message": "y"}]) is None
