from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises


class WhenConditionText(Rule):
    """`F.when("op = 'd'", …)`: a condition written as SQL text, where PySpark takes a Column.

    ## What it does
    Reports the condition of `when` (`F.when(…)` or a chained `.when(…)`) when it is a
    string. A call inside a `try` whose `except` catches `TypeError` (or
    `PySparkTypeError`, `PySparkException`, `Exception`, or a bare `except:`) is not reported.

    ## Why is this bad
    Unlike `filter` and `where`, `when` does not read SQL text: PySpark refuses the call at
    once with `PySparkTypeError: [NOT_COLUMN] Argument `condition` should be a Column, got
    str.` Write the condition as a Column expression, or wrap the text in `F.expr(…)`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "d")], "id INT, op STRING")
    labelled = changes.withColumn("deleted", F.when("op = 'd'", True).otherwise(False))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "d")], "id INT, op STRING")
    labelled = changes.withColumn("deleted", F.when(F.col("op") == "d", True).otherwise(False))
    ```
    ````
    """

    code = "SPK066"
    name = "when-condition-text"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        reported = set()
        for site in analyze(doc).text_conditions:
            if site.handled & _CATCHES_TYPE_ERROR or site.range() in reported:
                continue  # (a lesson that catches the error shows it)
            reported.add(site.range())
            ctx.report(*site.range(), "`when` takes its condition as a Column, not SQL text: write it as a Column "
                                      "expression, or as `F.expr(\"…\")`; "
                                      f"{spark_raises('[NOT_COLUMN] Argument `condition` should be a Column, got str.')}")


# What an `except` may name to catch PySparkTypeError (its name and its bases; "*": a bare `except:`).
_CATCHES_TYPE_ERROR = frozenset({"*", "PySparkTypeError", "PySparkException", "TypeError", "Exception", "BaseException"})
