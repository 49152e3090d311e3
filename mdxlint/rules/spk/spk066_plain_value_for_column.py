from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, spark_raises, type_error_uncaught


class PlainValueForColumn(Rule):
    """A plain Python value where PySpark takes a Column: `F.when("op = 'd'", …)`, `withColumn("source", "pg")`.

    ## What it does
    Reports the condition of `when` (`F.when(…)` or a chained `.when(…)`) when it is a
    string, and the column of `withColumn(name, col)` when it is a string, a number, a
    boolean or `None`. A call inside a `try` whose `except` catches `TypeError` (or
    `PySparkTypeError`, `PySparkException`, `Exception`, or a bare `except:`) is not reported.

    ## Why is this bad
    These parameters take a Column and nothing else: PySpark refuses the call at once with
    `PySparkTypeError: [NOT_COLUMN] Argument `condition` should be a Column, got str.` (or
    ``Argument `col` should be a Column, got str.``). `when` does not read SQL text as `filter`
    does: write the condition as a Column expression or `F.expr("…")`; a constant column is
    `F.lit(value)`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "d")], "id INT, op STRING")
    labelled = changes.withColumn("deleted", F.when("op = 'd'", True).otherwise(False))
    tagged = labelled.withColumn("source", "postgres")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "d")], "id INT, op STRING")
    labelled = changes.withColumn("deleted", F.when(F.col("op") == "d", True).otherwise(False))
    tagged = labelled.withColumn("source", F.lit("postgres"))
    ```
    ````
    """

    code = "SPK066"
    name = "plain-value-for-column"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        # (a lesson that catches the error shows it)
        for site, parameter, type_name in type_error_uncaught(analyze(doc).plain_values):
            hint = ("`when` takes its condition as a Column, not SQL text: write it as a Column expression, or as `F.expr(\"…\")`"
                    if parameter == "condition" else
                    "`withColumn` takes a Column, not a plain value: write `F.lit(…)` for a constant column")
            ctx.report(*site.range(), f"{hint}; {spark_raises(f'[NOT_COLUMN] Argument `{parameter}` should be a Column, got {type_name}.')}")

