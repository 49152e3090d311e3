"""Code fence rules: FNC002-FNC005 and CNT001."""

from __future__ import annotations

import json

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from mdxlint import lint_paths, lint_text
from mdxlint.lint.configuration import settings_from_table
from mdxlint.project.settings import Settings

FENCE_RULES = Settings(select=["FNC002", "FNC003", "FNC004", "FNC005", "CNT001"])


def lint(text: str, settings: Settings = FENCE_RULES):
    return [(d.code, d.line, d.column) for d in lint_text(text, "a.mdx", settings)]


def test_unknown_language_suggestion():
    found = lint_text("```promql\nup\n```\n\n```pyhton\nx\n```\n\n```Python\nx\n```\n", "a.mdx", FENCE_RULES)
    # (Shiki looks a language up as written: `Python` renders as plain text, held-out h33.)
    assert [(d.line, d.column) for d in found] == [(1, 4), (5, 4), (9, 4)]
    assert "as written" in found[2].message and found[2].fix.edits[0].content == "python"
    assert "use `text`" in found[0].message and "use `python`" in found[1].message
    custom = settings_from_table({"rules": {"FNC002": {"extra-languages": ["promql"]}}, "select": ["FNC002"]})
    assert lint("```promql\nup\n```\n", custom) == []


def test_json_forms_that_lessons_use():
    ok = [
        '```json\n"snapshot.mode": "initial",\n"topic.prefix": "shop",\n```\n',
        '```json\n{\n  // comment\n  "a": 1, /* inline */ "b": [1, 2]\n}\n```\n',
        '```json\n{\n  "a": 1,\n  ...\n}\n```\n',
        '```json\n{"a": ..., "b": [1, ...]}\n```\n',
        '```json\n{\n  "permissions": [\n    ...,\n    "autostart:allow-enable"\n  ]\n}\n```\n',  # the placeholder first
        '```json\n["a", ..., "b"]\n```\n',
        '```json\n{\n  "resolutions": {\n    "react-native-reanimated": <Reanimated version>\n  }\n}\n```\n',  # the reader's value
        '```json\n{"op": "c"}\n{"op": "u"}\n```\n',
        '```json\n// Connector A\n"name": "a"\n\n// Connector B\n"name": "b"\n```\n',
    ]
    for text in ok:
        assert lint(text) == [], text


def test_json_errors_at_exact_positions():
    assert lint('```json\n{\n  "a": 1\n  "b": 2\n}\n```\n') == [("FNC003", 4, 3)]
    assert lint('```json\n[\n  ...,\n  "a"\n  "b"\n]\n```\n') == [("FNC003", 5, 3)]  # lines kept under a placeholder
    assert lint('Текст\n\n<Callout>\n  ```json\n  {"a": \'x\'}\n  ```\n</Callout>\n') == [("FNC003", 5, 9)]
    assert lint('```json\n{"ddl": "CREATE TABLE t (\n  id int\n)"}\n```\n') == [("FNC003", 2, 26)]


def test_json_trailing_comma_is_named_and_placed_at_the_comma():
    """Held-out h109: Python's "Expecting property name enclosed in double quotes" for `{"a": 1,}`."""
    for text, place, closing in (('```json\n{\n  "a": 1,\n}\n```\n', (3, 9), "}"),
                                 ('```json\n[1, 2 ,\n  ]\n```\n', (2, 7), "]"),
                                 ('```json\n{"a": [1,], "b": 2}\n```\n', (2, 9), "]")):
        found = lint_text(text, "doc.mdx", FENCE_RULES)
        assert [(d.code, d.line, d.column) for d in found] == [("FNC003", *place)], text
        assert f"a comma before `{closing}` (a trailing comma)" in found[0].message
    assert "Expecting value" in lint_text('```json\n{"a": }\n```\n', "doc.mdx", FENCE_RULES)[0].message


def test_comments_can_suggest_jsonc():
    settings = settings_from_table({"select": ["FNC003"], "rules": {"FNC003": {"comments": "suggest-jsonc"}}})
    found = lint_text('```json\n{"a": 1} // c\n```\n', "a.mdx", settings)
    assert [(d.code, d.severity.value) for d in found] == [("FNC003", "info")]
    strict = settings_from_table({"select": ["FNC003"], "rules": {"FNC003": {"comments": "error"}}})
    assert lint('```json\n{"a": 1} // c\n```\n', strict) == [("FNC003", 2, 10)]


def test_yaml_errors_and_duplicates():
    assert lint("```yaml\na: 1\n b: 2\n```\n") == [("FNC004", 3, 3)]
    assert lint("```yaml\na: 1\n---\nb: 2\n```\n") == []
    assert lint("```yaml\nenv: 1\nx: 2\nenv: 3\n```\n") == [("FNC005", 4, 1)]
    variants = "```yaml\n# Плохо\nfor: 0s\n\n# Хорошо\nfor: 2m\n```\n"
    assert lint(variants) == []
    assert lint('```json\n{"a": 1, "b": {"a": 2}, "a": 3}\n```\n') == [("FNC005", 2, 25)]


def test_forbidden_content():
    text = "Пишите на [email protected].\n\n```sql\nINSERT INTO u VALUES ('[email protected]');\n```\n"
    assert lint(text) == [("CNT001", 1, 11), ("CNT001", 4, 24)]
    settings = settings_from_table(
        {"select": ["CNT001"], "rules": {"CNT001": {"patterns": [{"regex": "TODO", "message": "leftover", "where": "prose"}]}}}
    )
    found = lint_text("TODO here\n\n```\nTODO in code\n```\n", "a.mdx", settings)
    assert [(d.line, d.message) for d in found] == [(1, "leftover")]


def test_bad_pattern_is_a_config_error():
    import pytest

    from mdxlint.project.settings import ConfigError

    with pytest.raises(ConfigError, match="invalid regular expression"):
        settings_from_table({"rules": {"CNT001": {"patterns": [{"regex": "(", "message": "x"}]}}})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(json_values, st.sampled_from([None, 2, 4]))
def test_valid_json_is_silent(value, indent):
    body = json.dumps(value, indent=indent, ensure_ascii=False)
    assert lint(f"Текст\n\n```json\n{body}\n```\n") == []


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_valid_yaml_is_silent(value):
    body = yaml.safe_dump(value, allow_unicode=True, default_flow_style=False)
    assert lint(f"```yaml\n{body}```\n") == []


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(alphabet="abcxyz", min_size=1, max_size=5), st.integers(), min_size=2, max_size=6), st.data())
def test_injected_json_error_position_is_exact(mapping, data):
    body = json.dumps(mapping, indent=2)
    commas = [i for i, ch in enumerate(body) if ch == ","]
    cut = data.draw(st.sampled_from(commas))
    broken = body[:cut] + body[cut + 1 :]
    try:
        json.loads(broken)
    except json.JSONDecodeError as error:
        expected_line, expected_col = error.lineno, error.colno
    prefix = "Текст\n\n<Callout>\n\n```json\n"
    found = lint(prefix + broken + "\n```\n\n</Callout>\n")
    assert found == [("FNC003", expected_line + prefix.count("\n"), expected_col)]


def test_real_course_counts(corpus):
    run = lint_paths([str(corpus / "src" / "content")], FENCE_RULES, use_cache=False)
    by_code: dict[str, int] = {}
    for d in run.diagnostics:
        by_code[d.code] = by_code.get(d.code, 0) + 1
    langs = [d.message.split("`")[1] for d in run.diagnostics if d.code == "FNC002"]
    assert set(langs) == {"promql", "cron", "avro"} and len(langs) == 56
    assert by_code.get("FNC003") == 1
    assert by_code.get("CNT001") == 12
    assert "FNC004" not in by_code and "FNC005" not in by_code


def test_yaml_with_tabs_is_judged_the_same_with_and_without_libyaml(monkeypatch):
    """PyYAML's pure loader refuses tabs that libyaml accepts (an nftables rule set in a ```yaml
    fence, a held-out site): where libyaml is missing, that refusal gives no finding, so the
    same page does not get a finding on one machine and none on another."""
    from mdxlint.analyzers.configs import structured

    tabbed = "```yaml\ntable inet filter {\n\tchain input {\n\t\ttype filter hook input priority 0;\n\t}\n}\n```\n"
    broken = "```yaml\na: 1\n b: 2\n```\n"
    assert [c for c, _, _ in lint(tabbed)] == []  # libyaml reads it
    monkeypatch.setattr(structured, "_yaml", lambda: (yaml, yaml.SafeLoader))
    assert structured._read_yaml(tabbed.split("\n", 1)[1].rsplit("```", 1)[0]).error is None
    assert structured._read_yaml(broken.split("\n", 1)[1].rsplit("```", 1)[0]).error is not None


def test_fence_without_language_on_a_site_with_a_default_language(tmp_path):
    """Docusaurus highlights a fence without a language in `prism.defaultLanguage`: FNC001 says so
    as an info, with no `text` fix (which would switch the highlighting off)."""
    from conftest import run_cli

    (tmp_path / "docs").mkdir()
    (tmp_path / "package.json").write_text('{"dependencies": {"@docusaurus/core": "3.8.0"}}', encoding="utf-8")
    (tmp_path / "docusaurus.config.js").write_text(
        "module.exports = { themeConfig: { prism: { defaultLanguage: 'tsx', additionalLanguages: ['java'] } } };\n",
        encoding="utf-8")
    (tmp_path / "docs" / "a.mdx").write_text("# A\n\n```\nconst a = <b />;\n```\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "docs", cwd=tmp_path)
    found = [d for d in json.loads(result.stdout) if d["code"] == "FNC001"]
    assert [(d["severity"], d["fix"]) for d in found] == [("info", None)] and "`tsx`" in found[0]["message"]


def test_json_window_into_a_larger_object():
    """A JSON fence that shows a window into a file (it closes an object it never opened and
    opens one it never closes) is an excerpt, not invalid JSON; an error inside one still is."""
    from mdxlint.analyzers.configs.structured import read_json

    window = '    "test": "jest"\n  },\n  "tool": {\n    "enabled": true\n  },\n  "dependencies": {\n'
    assert read_json(window).error is None
    broken = '    "test": "jest"\n  },\n  "tool": {\n    "enabled": tru\n  },\n'
    assert read_json(broken).error.index == broken.index("tru")
    assert read_json('"a": 1\n]').error is not None  # a bracket that closes no object: not a window of objects
    text = "Add it:\n\n```json\n" + window + "```\n"
    assert [d.code for d in lint_text(text, "a.mdx", Settings(select=["FNC003"]))] == []


def test_yaml_with_an_application_tag_is_valid_yaml():
    """`!secret`, CloudFormation's `!Ref`/`!GetAtt`: tags only the reading program knows; YAML allows
    them, so FNC004 does not call the text invalid (a syntax error beside one still is)."""
    assert lint("```yaml\napi_key: !secret abc\nbucket: !Ref Bucket\narn: !GetAtt [Role, Arn]\n```\n") == []
    assert lint("```yaml\nkey: !secret abc\na: b: c\n```\n") == [("FNC004", 3, 5)]


def test_yaml_elision_lines_are_read_as_left_out_keys():
    """A line of only `...` (or `…`) inside a mapping or list: an elision, not a key without its colon.
    At a line's start `...` is YAML's document end marker, read as YAML 1.2 reads it."""
    assert lint("```yaml\nspec:\n  containers:\n    - name: app\n      ...\n  replicas: 2\n```\n") == []
    assert lint("```yaml\nconfig:\n  a: 1\n  …\n```\n") == []
    assert lint("```yaml\nspec:\n  ...\n  b: 2\n   c: 3\n```\n") == [("FNC004", 5, 5)]
    assert lint("```yaml\na: 1\n...\nb: 2\n```\n") == []  # (a bare document after `...`: YAML 1.2, below)


def _astro_fences(tmp_path, config: str, body: str, starlight: bool = False) -> list[tuple[str, str]]:
    from conftest import run_cli

    deps = {"astro": "5.7.0", "@astrojs/mdx": "4.2.0"}
    if starlight:
        deps["@astrojs/starlight"] = "0.34.0"
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": deps}), encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text(config, encoding="utf-8")
    folder = tmp_path / "src" / "content" / ("docs" if starlight else "blog")
    folder.mkdir(parents=True)
    (folder / "a.mdx").write_text("---\ntitle: A\n---\n\n" + body, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "FNC002", "src", cwd=tmp_path)
    return [(d["message"].split("`")[1], d["fix"]["edits"][0]["content"] if d["fix"] else None)
            for d in json.loads(result.stdout)]


FENCES = "```JSON\n{}\n```\n\n```promql\nup\n```\n\n```math\nx^2\n```\n\n```c&#43;&#43;\nint a;\n```\n\n```c\\+\\+\nint b;\n```\n"


def test_shiki_looks_languages_up_as_written_and_decodes_escapes(tmp_path):
    """Held-out h33: Shiki and Expressive Code do not know `JSON` (only `json`); CommonMark decodes
    `c&#43;&#43;` and `c\\+\\+` to `c++`, which they know; Astro leaves `math` fences alone."""
    # (and Astro's own highlighter reads `c++` as `c`: see below)
    assert _astro_fences(tmp_path, "export default {};\n", FENCES) == [
        ("JSON", "json"), ("promql", "text"), ("c++", "cpp"), ("c++", "cpp")]


def test_astro_syntax_highlight_setting_is_followed(tmp_path):
    """`markdown.syntaxHighlight: 'prism'` (Prism's list is not shipped: not judged) or `false`
    (nothing highlights) leaves FNC002 silent; Starlight with `expressiveCode: false` uses Astro's."""
    for index, config in enumerate([
            "export default { markdown: { syntaxHighlight: 'prism' } };\n",
            "export default { markdown: { syntaxHighlight: { type: 'prism', excludeLangs: [] } } };\n",
            "export default { markdown: { syntaxHighlight: false } };\n"]):
        site = tmp_path / str(index)
        site.mkdir()
        assert _astro_fences(site, config, FENCES) == [], config
    site = tmp_path / "starlight"
    site.mkdir()
    config = "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'x', expressiveCode: false })] };\n"
    assert _astro_fences(site, config, FENCES, starlight=True) == [
        ("JSON", "json"), ("promql", "text"), ("c++", "cpp"), ("c++", "cpp")]


def test_yaml_bare_document_after_document_end_marker():
    """YAML 1.2 (js-yaml, the yaml package) reads a bare document after `...`; PyYAML wants `---`."""
    assert lint("```yaml\na: 1\n...\nb: 2\n```\n") == []
    assert [c for c, _, _ in lint("```yaml\na: 1\n...\nb: [\n```\n")] == ["FNC004"]


def test_jsonc_comment_never_closed_is_reported_where_it_starts():
    """Held-out h33: jsonc-parser reports UnexpectedEndOfComment at the `/*`, not at the end."""
    assert lint('```jsonc\n{\n  "a": 1 /* unterminated\n}\n```\n') == [("FNC003", 3, 10)]
    assert lint('```jsonc\n{\n  "a": 1 /* closed */\n}\n```\n') == []


def test_docusaurus_3_fences_are_judged_against_prism_react_renderer(tmp_path):
    """Held-out h33: Docusaurus 3 highlights with prism-react-renderer 2 (which lowercases the name)
    and the prismjs components of `additionalLanguages`; `bash` is no bundled grammar there.
    Docusaurus 2 (prism-react-renderer 1) is not judged."""
    from conftest import run_cli

    def found(core: str) -> list[str]:
        site = tmp_path / core
        (site / "docs").mkdir(parents=True)
        (site / "package.json").write_text(json.dumps({"dependencies": {"@docusaurus/core": core}}), encoding="utf-8")
        (site / "docusaurus.config.js").write_text(
            "module.exports = { themeConfig: { prism: { additionalLanguages: ['docker', 'bash'] } } };\n", encoding="utf-8")
        fences = "".join(f"```{lang}\nx\n```\n\n" for lang in ("JSON", "Dockerfile", "sh", "zsh", "console", "c++", "yaml", "js{1,3}"))
        (site / "docs" / "a.md").write_text("# A\n\n" + fences, encoding="utf-8")
        result = run_cli("check", "--no-cache", "--output-format", "json", "--select", "FNC002", "docs", cwd=site)
        return [d["message"].split("`")[1] for d in json.loads(result.stdout)]

    assert found("3.8.0") == ["zsh", "console", "c++", "js{1,3}"]
    assert found("2.4.3") == []


def test_toml_fences_are_parsed():
    """FNC006 (held-out h28: tauri's `// Trunk.toml` outside Expressive Code): TOML 1.0 as tomllib reads it."""
    settings = Settings(select=["FNC006"])
    assert lint('```toml\n// Trunk.toml\n[build]\ntarget = "index.html"\n```\n', settings) == [("FNC006", 2, 1)]
    assert lint('```toml\n[a]\nb = "x\n```\n', settings) == [("FNC006", 3, 7)]
    assert lint('```toml\n[a]\nb = 1\n```\n\n```toml\n[dependencies]\nserde = "1"\n...\n```\n\n'
                '```toml\nversion = "<version>"\nname = <name>\n```\n', settings) == []


def test_astro_drops_what_follows_the_last_letter_of_a_language(tmp_path):
    """Held-out h33: Astro's highlighter takes the language with /\\blanguage-(\\S+)\\b/, so `c#` and `c++`
    are highlighted as C and `f#` as Fortran; Expressive Code reads the whole name."""
    fences = "```c#\nint a;\n```\n\n```c++\nint b;\n```\n\n```csharp\nint c;\n```\n"
    assert _astro_fences(tmp_path, "export default {};\n", fences) == [("c#", "csharp"), ("c++", "cpp")]
    site = tmp_path / "starlight"
    site.mkdir()
    config = "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'x' })] };\n"
    assert _astro_fences(site, config, fences, starlight=True) == []


def test_empty_fence_outside_components():
    """An empty fence in the page's flow is an empty code block (held-out h38); one inside a
    component (a sandbox's file for the reader to fill in) or with a title is not judged."""
    from mdxlint.api import lint_text
    from mdxlint.lint.configuration import Settings

    text = ('# t\n\n```tsx\n```\n\n```js\n\n\n```\n\n```js title="a.js"\n```\n\n<Sandpack>\n\n```js src/App.js\n```\n\n'
            '```js\n```\n\n</Sandpack>\n\n```text\nx\n```\n')
    found = [(d.code, d.line, d.column) for d in lint_text(text, "a.mdx", Settings(select=["FNC007"]))]
    assert found == [("FNC007", 3, 1), ("FNC007", 6, 1)]


def test_fence_opener_inside_a_fence():
    """Held-out h109 (and the course's runbook in a YAML string): a line of the fence's marker with an
    info string inside an open fence opens nothing, and the next bare marker closes the outer fence."""
    settings = Settings(select=["FNC008"])

    def found(text):
        return [(d.line, d.column) for d in lint_text(text, "doc.mdx", settings)]

    assert found("Text.\n```\n\n```json title=\"a.json\"\n{}\n```\n") == [(4, 1)]
    # (a runbook in a YAML string: MDX closes the yaml fence at the indented bare marker)
    runbook = "```yaml\ndoc: |\n  ## Check\n  ```bash\n  ls\n  ```\n  - more\n```\n"
    assert found(runbook) == [(4, 3)]
    assert "ends at the marker alone on line 6" in lint_text(runbook, "doc.mdx", settings)[0].message
    assert found("~~~\n~~~~python\n~~~\n") == [(2, 1)]
    # (review h132: a second opener is no end of the first inner block; only punctuation after the marker is)
    assert found("```python\nprint(1)\n```js\nlet a = 1\n```\n") == [(3, 1)]
    assert found("```sh\nls\n```python\nx = 1\n```js\ny\n```\n") == [(3, 1)]
    quoted = "# A\n\n> ```text\n> ```js\n> x\n> ```\n"  # (review h111: the quote's closing line)
    assert "ends at the marker alone on line 6" in lint_text(quoted, "doc.mdx", settings)[0].message
    assert lint_text("```text\n1. Step\n\n    ```python\n    print(1)\n    ```\n```\n", "doc.md", settings) == []  # CommonMark
    for fine in ("````md\n```js title=\"a\"\n```\n````\n",  # a longer outer marker holds it
                 "```markdown\n```js\n",  # Markdown shown as written
                 "````\n```js\nx\n```\n````\n",
                 "```\n~~~js\n~~~\n```\n",  # the other marker
                 "```\n``` a `b`\n```\n",  # backticks in the info string: no opening line
                 "```js\nconst a = 1\n```\n\n```bash\nls\n```\n",
                 # (held-out h129: Typst's raw block ends with "```," inside the typst fence)
                 "```typst\n#figure(\n  ```rust\n  fn main() {}\n  ```,\n  caption: [A],\n)\n```\n"):
        assert found(fine) == [], fine


def test_a_fence_no_closing_fence_ends():
    """FNC009 (held-out h126: tauri-docs ja, a ```sh block "closed" by one backtick inside a list item):
    the fence runs to the end of its list item or of the page; an empty fence, a longer closing run and a
    tilde fence closed by tildes are closed (an empty body made the model call `` ```js `` then `` ``` ``
    unclosed)."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    select = Settings(select=["FNC009"])
    found = lint_text("1. Run:\n   ```sh\n   npm i\n   `\n   Then go on.\n2. Next.\n", "a.mdx", select)
    assert [(d.line, d.column) for d in found] == [(2, 4)] and "runs to line 5" in found[0].message \
        and "line 4 does not close it (1 backtick)" in found[0].message, found
    found = lint_text("Text.\n\n~~~js\nx\n```\n", "a.mdx", select)
    assert [d.line for d in found] == [3] and "the end of the page" in found[0].message \
        and "3 or more tildes" in found[0].message, found
    for closed in ("```js title=\"a.js\"\n```\n", "```js\nx\n`````\n", "~~~\nx\n~~~~\n", "> ```\n> x\n> ```\n"):
        assert lint_text(closed, "a.mdx", select) == [], closed
