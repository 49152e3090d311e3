"""PY001/PY002: Python fences read as a notebook."""

from __future__ import annotations

from mdxlint import lint_text
from mdxlint.lint.configuration import settings_from_table
from mdxlint.project.settings import Settings

PY = Settings(select=["PY"])


def found(text: str, settings: Settings = PY):
    return [(d.code, d.line, d.column, d.message.split("`")[1] if "`" in d.message else "") for d in lint_text(text, "a.mdx", settings)]


def test_syntax_error_position_inside_jsx():
    text = "Текст\n\n<Callout>\n  ```python\n  x = (1 +\n  y = 2\n  ```\n</Callout>\n"
    ((code, line, column, _),) = found(text)
    assert code == "PY001" and line == 5


def test_placeholders_and_chain_fragments_are_python():
    text = "```python\ndef handler(event):\n    ...\n```\n\n```python\n.writeStream \\\n    .trigger(once=True) \\\n    .start()\n```\n"
    assert found(text) == []


def test_notebook_scope_and_assumed_globals():
    text = (
        "```python\nfrom pyspark.sql.functions import col\nkafka_df = spark.readStream.format('kafka').load()\n```\n\n"
        "```python\nparsed = kafka_df.select(col('value'))\ncounts = parsed.agg(countDistinct('id'))\n```\n"
    )
    assert found(text) == [("PY002", 8, 21, "countDistinct")]
    no_spark = settings_from_table({"select": ["PY"], "rules": {"PY002": {"assumed-globals": []}}})
    assert ("PY002", 3, 12, "spark") in found(text, no_spark)


def test_scopes_noqa_and_skip():
    text = (
        "```python\nimport json as j\n\ndef f(a, *rest, **kw):\n    b = a + len(rest)\n    return [x for x in range(b)] + [j.dumps(kw)]\n\n"
        "class C:\n    y = 1\n\nwith open('f') as fh:\n    data = fh.read()\ntry:\n    pass\nexcept ValueError as err:\n    print(err)\n"
        "total = sum(x * 2 for x in [1, 2])\nlam = lambda v: v + total\nprint(undefined_one)  # noqa: PY002\n```\n\n"
        "```python skip-lint\nnot python at all (\n```\n"
    )
    assert found(text) == []


def test_names_in_capitals_are_the_readers_placeholders():
    """`f"{HOST}:{SSL_PORT}"`: documentation leaves constants for the reader to fill in; PY002 reports the
    lower-case names only."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    text = '```python\nproducer = KafkaProducer(bootstrap_servers=f"{HOST}:{SSL_PORT}", client_id=client_id)\n```\n'
    found = [d.message.split("`")[1] for d in lint_text(text, "a.mdx", Settings(select=["PY002"]))]
    assert found == ["KafkaProducer", "client_id"]


def test_ipython_magics_are_not_python():
    """A cell magic (`%%configure`) makes the cell another language; line magics and `!` escapes are skipped."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    text = ('```python\n%%configure -f\n{"conf": {"spark.executor.memory": "4g"}}\n```\n\n'
            '```python\n!pip install pyspark\n%matplotlib inline\nimport os\nprint(os.sep, missing)\n```\n')
    assert [(d.code, d.line) for d in lint_text(text, "a.mdx", Settings(select=["PY"]))] == [("PY002", 10)]


def test_a_fence_with_a_syntax_error_still_binds_its_names_and_its_message_says_the_files_line():
    """PY001 reports the broken fence (its message names the file's line, not the fence's); the
    names its lines still bind (`import os`) are not reported as undefined after it."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    text = ("# T\n\nText.\n\n```python\nimport os\nfrom a import (b, c as d)\nwith open('x') as f:\n    # ...\n```\n\n"
            "```python\nprint(os.getcwd(), b, d, f, missing)\n```\n")
    result = lint_text(text, "a.mdx", Settings(select=["PY"]))
    assert [(d.code, d.line) for d in result] == [("PY001", 9), ("PY002", 13)]
    assert "statement on line 8" in result[0].message and "`missing`" in result[1].message


def test_a_fence_shown_as_a_diff_is_read_after_the_change():
    """```python {diff}: every line starts with `+`, `-` or a space; the code read is the code
    after the change (removed lines dropped), and positions stay those of the file."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    text = "# T\n\nText.\n\n```python {diff}\n import os\n-import sys\n+print(os.getcwd())\n+print(sys.path)\n```\n"
    result = lint_text(text, "a.mdx", Settings(select=["PY"]))
    assert [(d.code, d.line, d.column) for d in result] == [("PY002", 9, 8)] and "`sys`" in result[0].message
    plain = text.replace("python {diff}", "python")
    assert [d.code for d in lint_text(plain, "a.mdx", Settings(select=["PY"]))] == ["PY001"]  # not a diff: indentation


def test_names_after_a_component_that_shows_code_from_elsewhere_are_not_reported():
    """A component that shows a Python file or an included snippet, or an imported Markdown
    partial, may define what later fences use: PY002 is silent after it, not before it."""
    from mdxlint import lint_text
    from mdxlint.project.settings import Settings

    fence = "```python\nclient = make_client()\n```\n"
    for element in ('<CodeExample path="snippets/setup.py" />', '<PlatformContent includePath="getting-started-config" />',
                    "import Setup from './_setup.mdx';\n\n<Setup />"):
        text = f"# T\n\n{fence}\n{element}\n\n{fence}"
        result = lint_text(text, "a.mdx", Settings(select=["PY002"]))
        assert [d.line for d in result] == [4], element  # the first fence only
    text = f"# T\n\n<Card title=\"x\" src=\"/img.png\" />\n\n{fence}"
    assert [d.line for d in lint_text(text, "a.mdx", Settings(select=["PY002"]))] == [6]  # an image is not code


def test_signature_listings_of_api_references_are_not_code():
    """API reference pages show signatures in python fences (`get(self, key: str) -> bytes | None`,
    a `def` head without its body, under decorators, over several lines): not code, no PY001
    (a generated reference site gave 1,046). A call with values, or a real error, still is one."""
    signatures = [
        "get_token_expiry(self) -> float | None",
        "@property\nname(self) -> str",
        "async def fetch(\n    self,\n    url: str = \"(\",\n) -> bytes",
        "key(self) -> str\n\nclear(self) -> None",
        "class Client(BaseModel)",
        # as generated references print them, not always Python
        "class Actor(name: str, x: str | None = None)",
        "find(id: <class 'str'>) -> DomNode | None",
        "run(a: int | None = None, b: Any) -> R",
        "def g(self, **kwargs: Any = {}) -> str",
    ]
    for body in signatures:
        assert found(f"```python\n{body}\n```\n") == [], body
    for body, line in (("run(5) -> None", 2), ("get(self) -> int\nx = (1 +\ny = 2", 2), ("chunk = 50 / 5 = 10", 2),
                       ("foo(a b) -> int", 2), ('print(f"{a: >3}" b)', 2)):
        assert [(code, at) for code, at, _, _ in found(f"```python\n{body}\n```\n")] == [("PY001", line)], body


def test_interpreter_sessions_are_checked_as_their_input_lines():
    """A `>>>` session: its output lines are no code; its input lines are, at their own columns."""
    session = ">>> replace_type(list[int | bool], {int: str})\nlist[str | bool]\n>>> for x in (1, 2):\n...     print(x)\n1\n2\n"
    assert found(f"Текст\n\n```python\n{session}```\n") == []
    broken = ">>> a = [1, 2\n>>> b = 3\n"
    assert [(code, line, column) for code, line, column, _ in found(f"```python\n{broken}```\n")] == [("PY001", 2, 9)]


def test_elisions_are_read_as_left_out_code():
    """`...` where arguments, elements or parameters are left out (`Client(url="…", ...)`): Python
    would read an Ellipsis where none may stand; documentation means "and the rest".  A real error
    beside an elision is still reported, at its own position."""
    for body in ('client = Client(api_key="k", ...)', 'data = {"a": 1, ...}', "def handler(event, ...):\n    return event",
                 'run(mode="x", ...,\n    retries=3)', 'df.select(col("a"), ..., alias="x")'):
        assert found(f"```python\n{body}\n```\n", Settings(select=["PY001"])) == [], body
    assert [(code, line, column) for code, line, column, _ in
            found('```python\nclient = dict(api_key="k", ...)\nx = f(a b)\n```\n', Settings(select=["PY001"]))] == [("PY001", 3, 7)]
    assert [code for code, *_ in found("```python\ndict(a=1, ...)\nprint(undefined_name)\n```\n")] == ["PY002"]


def test_long_flat_chains_are_read_and_deeper_code_is_an_info():
    """Held-out h30: 50 chained `.option()` calls or 100 strings joined with `+` are valid, common
    Python (a syntax tree about 107 levels deep): they are read; past the limit, the fence is not
    checked, said as an info, not as a syntax error of the page."""
    from mdxlint.api import lint_text
    from mdxlint.project.settings import Settings

    def found(code):
        text = "---\ntitle: x\n---\n\n```python\n" + code + "\n```\n"
        return [(d.code, d.severity.value) for d in lint_text(text, "a.mdx", Settings(select=["PY001"]))]

    assert found("q = (df.writeStream" + "".join(f'\n    .option("k{i}", "v")' for i in range(50)) + "\n    .start())") == []
    assert found("sql = (" + " +\n    ".join(f'"line {i} "' for i in range(100)) + ")") == []
    assert found("q = (df" + "".join(f'\n  .option("k{i}", "v")' for i in range(130)) + ")") == [("PY001", "info")]


def test_a_function_reads_the_globals_bound_by_the_time_it_is_called():
    # Python looks a function's global names up when it runs: `logger` bound under
    # `if __name__ == "__main__":` before the call, or helpers defined below the handler, are
    # defined (held-out h89); a name nothing binds at the top level is still reported.
    text = ("```python\nimport logging\n\ndef start():\n    logger.info('started')\n    notify(missing_helper())\n\n"
            "def notify(x):\n    return x\n\nif __name__ == '__main__':\n    logger = logging.getLogger(__name__)\n    start()\n```\n")
    assert found(text) == [("PY002", 6, 12, "missing_helper")]


def test_a_syntax_error_after_a_line_continuation_is_placed_on_its_line():
    # CPython counts this error's column across the lines a backslash joins (held-out h89).
    text = ("```python\nspark = SparkSession.builder \\\n    .appName('a') \\\n    .config('k', -1) \\ # no comment here\n"
            "    .getOrCreate()\nx = 1\ny = 2\n```\n")
    ((code, line, column, _),) = found(text)
    assert (code, line, column) == ("PY001", 4, 23)
