"""SPK072 (a row value of another Python type than its field takes): what it does not read."""

from __future__ import annotations

import pytest

from mdxlint import lint_text
from mdxlint.project.settings import Settings


def _codes(code: str) -> list[tuple[str, int]]:
    text = "```python\n" + code + "```\n"
    return [(d.code, d.line) for d in lint_text(text, "case.mdx", Settings(select=["SPK072"]))]


@pytest.mark.parametrize("rows", [
    "[(stamp, 1), (2, 5)]",  # a computed value first: PySpark may refuse it before the literal
    "[(1, None), (2, 5)]",  # None first: a NOT NULL field refuses it before
    "[Row(id=1, amount=5)]",  # a Row is read by position as written: reported
    "[(1, 5, 7)]",  # another length: SPK069's
    "[(1, [5])]",  # a list for DOUBLE is refused too (reported)
])
def test_values_after_what_is_not_read_are_not_judged(rows):
    code = ("import datetime\nfrom pyspark.sql import Row\nstamp = datetime.datetime(2024, 1, 1)\n"
            f"events = spark.createDataFrame({rows}, \"id INT, amount DOUBLE\")\n")
    found = _codes(code)
    assert found == ([("SPK072", 5)] if rows in ("[(1, [5])]", "[Row(id=1, amount=5)]") else [])


def test_a_long_value_is_quoted_up_to_the_object():
    long_text = "x" * 200
    text = "```python\n" + f"events = spark.createDataFrame([('{long_text}',)], \"id INT\")\n" + "```\n"
    (finding,) = lint_text(text, "case.mdx", Settings(select=["SPK072"]))
    assert finding.message.endswith('Spark raises: "[FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] field id: IntegerType() can not accept object "')


def test_an_integer_out_of_range_stops_the_reading():
    code = "events = spark.createDataFrame([(3000000000, 5)], \"id INT, amount DOUBLE\")\n"
    assert _codes(code) == []  # VALUE_OUT_OF_BOUNDS comes first: another message


@pytest.mark.parametrize("where, reported", [
    ("rows.append((2, 7))\n", True),  # at the top of the notebook: the list holds the row when the call runs
    ("for n in range(2):\n    rows.append((n, 7))\n", False),  # in a loop: not read
    ("if limit:\n    rows.append((2, 7))\n", False),  # in a branch that may not run
    ("try:\n    rows.append((2, 7))\nexcept ValueError:\n    pass\n", False),
    ("def more():\n    rows.append((2, 7))\nmore()\n", False),  # in a function
    ("rows.append((2, 7))\nrows.pop()\n", False),  # changed otherwise afterwards: not read
    ("rows.append(row)\n", False),  # a name, which may change before the call
    ("rows.extend([(2, 7.5), (3, 7)])\n", True),  # rows written out, extended with
    ("rows.extend(more)\n", False),  # rows a name holds: not read
])
def test_rows_appended_where_they_surely_are(where, reported):
    code = "import os\nlimit = os.environ.get('LIMIT')\nrow = (2, 7)\nmore = [(2, 7)]\nrows = [(1, 5.0)]\n" + where + \
        "events = spark.createDataFrame(rows, \"id INT, amount DOUBLE\")\n"
    assert bool(_codes(code)) is reported


def test_a_column_appended_to_a_list_of_names_is_read_where_it_is_written():
    text = ("```python\nevents = spark.createDataFrame([(1, 'c')], 'id INT, op STRING')\ncols = ['id']\n"
            "cols.append('opp')\nevents.select(cols).show()\n```\n")
    assert [(d.code, d.line) for d in lint_text(text, "case.mdx", Settings(select=["SPK053"]))] == [("SPK053", 4)]
