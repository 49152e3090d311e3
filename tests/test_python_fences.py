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
