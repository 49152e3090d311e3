from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises, value_error_uncaught


class ColumnAsBool(Rule):
    """Python's `and`, `or`, `not` or `if` on a Column, or comparisons chained by a missing parenthesis.

    ## What it does
    Reports an expression that makes Python ask for the truth of a Column: `and` or `or` after a
    Column (`F.col("op") == "c" and F.col("id") > 0`), `not` before one, a Column as the test of
    `if`, `while` or a conditional expression, `in` or `not in` a list or tuple written out
    (`F.col("op") in ["c", "u"]`, which compares the Column with each element), and chained comparisons (`0 < F.col("amount") < 100`),
    also those made by operator precedence: `&` and `|` bind before `==` and `>`, so
    `F.col("op") == "c" & F.col("id") > 0` is `F.col("op") == ("c" & F.col("id")) > 0`, which
    Python reads as two comparisons joined by `and`. The body of a UDF (`@udf`, `@pandas_udf`)
    runs on a row's values and is not read so; a call inside a `try` whose `except` catches
    `ValueError` (or `PySparkValueError`, `Exception`, a bare `except:`) is not reported.

    ## Why is this bad
    A Column is an expression Spark evaluates row by row; it has no truth in Python. PySpark raises
    `PySparkValueError: [CANNOT_CONVERT_COLUMN_INTO_BOOL] Cannot convert column into bool` at that
    line, before Spark sees the query. Build conditions with `&`, `|` and `~`, each comparison in
    parentheses.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    inserts = events.filter(F.col("op") == "c" & F.col("id") > 0)
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    inserts = events.filter((F.col("op") == "c") & (F.col("id") > 0))
    ```
    ````
    """

    code = "SPK062"
    name = "column-as-bool"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        # (where the lesson catches the error, it shows it and handles it)
        for site, how in value_error_uncaught(analyze(doc).columns_as_bool):
            if how == "precedence":
                what = ("two comparisons chained by precedence (`&` and `|` bind before `==`, `<`, `>`): Python reads "
                        "`a == b & c > 0` as `a == (b & c) and (b & c) > 0` and asks for the truth of a Column; put each "
                        "comparison in parentheses: `(a == b) & (c > 0)`")
            elif how == "chain":
                what = ("a chained comparison: Python reads `0 < c < 10` as `0 < c and c < 10` and asks for the truth of "
                        "a Column; write `(c > 0) & (c < 10)` or `c.between(…)`")
            elif how == "in":
                what = ("Python's `in` compares this Column with each element of the list by `==` and asks for the truth "
                        "of the result; write `c.isin(…)` (`~c.isin(…)` for `not in`)")
            elif how == "if":
                what = "a Column as the test of `if`, `while` or a conditional expression: it is evaluated row by row, not in Python"
            else:
                what = (f"`{how}` asks Python for the truth of this Column; write `{_OPERATOR[how]}` "
                        "(each comparison in parentheses: `(a == b) & (c > 0)`)")
            ctx.report(*site.range(), f"{what}; {spark_raises(_MESSAGE)}")


_OPERATOR = {"and": "&", "or": "|", "not": "~"}
_MESSAGE = ("[CANNOT_CONVERT_COLUMN_INTO_BOOL] Cannot convert column into bool: please use '&' for 'and', '|' for 'or', "
            "'~' for 'not' when building DataFrame boolean expressions.")
