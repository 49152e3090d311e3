from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, assertion_error_uncaught, spark_raises, type_error_uncaught, version_tuple
from mdxlint.analyzers.spark.signatures import release_read


class PlainValueForColumn(Rule):
    """A plain Python value where PySpark takes a Column: `F.when("op = 'd'", …)`, `withColumn("source", "pg")`.

    ## What it does
    Reports the condition of `when` (`F.when(…)` or a chained `.when(…)`) when it is a
    string or a comparison of two plain values (`F.when("op" == "d", …)`: Python's `False`), the column of `withColumn(name, col)` when it is a string, a number, a
    boolean or `None`, a column's name (or a dict beside other arguments) given to `agg`, and a
    number, a boolean or `None` given to a function of `pyspark.sql.functions` where it takes
    a Column or a column's name (`F.coalesce(F.col("total"), 0)`, `F.greatest("a", 0)`,
    `F.concat("id", 1)`): each function's parameters, and the values PySpark refuses in each,
    were probed on PySpark 4.1 (judged where `spark.version` is that release or later).
    A call inside a `try` whose `except` catches the error (`TypeError`, or
    `AssertionError` for `agg`; `Exception`, or a bare `except:`) is not reported.

    ## Why is this bad
    These parameters take a Column and nothing else: PySpark refuses the call at once with
    `PySparkTypeError: [NOT_COLUMN] Argument `condition` should be a Column, got str.` (or
    ``Argument `col` should be a Column, got str.``). `when` does not read SQL text as `filter`
    does: write the condition as a Column expression or `F.expr("…")`; a constant column is
    `F.lit(value)`. The functions refuse a plain value where they take a column:
    ``PySparkTypeError: [NOT_COLUMN_OR_STR] Argument `col` should be a Column or str, got
    int.``; a constant there is `F.lit(0)`. `agg` asserts that it was given Columns or one dict: `AssertionError: all
    exprs should be Column`.

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
        found = analyze(doc).plain_values
        for site, parameter, type_name in type_error_uncaught(item for item in found if item[1] != "exprs"):
            hint = ("this compares two Python values, not a column with a value (`\"op\" == \"d\"` is `False`): write "
                    "`F.col(\"op\") == \"d\"`" if parameter == "condition" and type_name == "bool" else
                    "`when` takes its condition as a Column, not SQL text: write it as a Column expression, or as `F.expr(\"…\")`"
                    if parameter == "condition" else
                    "`withColumn` takes a Column, not a plain value: write `F.lit(…)` for a constant column")
            ctx.report(*site.range(), f"{hint}; {spark_raises(f'[NOT_COLUMN] Argument `{parameter}` should be a Column, got {type_name}.')}")
        if release_read(version_tuple(ctx.settings.spark.version)):
            for site, function, argument, type_name in type_error_uncaught(analyze(doc).plain_values_for_columns):
                value = {"NoneType": "`None`", "bool": "a boolean"}.get(type_name, "a number")
                ctx.report(*site.range(), f"`{function}` takes a Column or a column's name here, not {value}: write `F.lit(…)` "
                                          f"for a constant column; "
                                          + spark_raises(f"[NOT_COLUMN_OR_STR] Argument `{argument}` should be a Column or str, "
                                                         f"got {type_name}."))
        for site, parameter, type_name in assertion_error_uncaught(found):
            if parameter == "exprs":
                given = "a column's name" if type_name == "str" else "a dict beside other arguments"
                ctx.report(*site.range(), f"`agg` takes Columns (`F.sum(\"amount\")` …) or one dict, not {given}; "
                                          f"{spark_raises('all exprs should be Column')}")
