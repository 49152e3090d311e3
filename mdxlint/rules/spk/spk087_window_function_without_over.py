from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.rules.spk import report_when_called


class WindowFunctionWithoutOver(Rule):
    """`df.withColumn("rn", F.row_number())`: a window function used without `.over(window)`.

    ## What it does
    Reports a call of `row_number`, `rank`, `dense_rank`, `percent_rank`, `cume_dist`, `ntile`,
    `lag`, `lead` or `nth_value` in the columns of a step (`select`, `withColumn`, `filter`,
    `agg` …) that is not followed by `.over(…)`. A call inside a `try` whose `except` catches
    `AnalysisException` (or `Exception`, or a bare `except:`) is not reported; one in a function
    the lesson never calls is a warning.

    ## Why is this bad
    These functions compute a value from a row's neighbours in an ordered window, and only a
    window says which rows those are. Without one, Spark refuses the step as soon as it is
    written: `AnalysisException: [WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE] Window function
    "row_number()" requires an OVER clause.` Write `.over(Window.partitionBy(…).orderBy(…))`.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
    ranked = changes.withColumn("rn", F.row_number())
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
    latest_first = Window.partitionBy("id").orderBy(F.col("lsn").desc())
    ranked = changes.withColumn("rn", F.row_number().over(latest_first))
    ```
    ````
    """

    code = "SPK087"
    name = "window-function-without-over"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, kind, function, _ in not_caught(analyze(doc).sql_aggregate_misuses):
            if kind == "no_over":
                shown = _SHOWN.get(function)
                quoted = (f'[WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE] Window function "{shown}" requires an OVER clause.' if shown
                          else "[WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE]")
                ctx.report(*site.range(), f"`{function}` in SQL text is a window function: it needs `OVER (…)` (a window "
                                          f"partitioned and ordered by what it counts in); {spark_raises(quoted)}")
        for site, function in not_caught(analyze(doc).windows_without_over):
            shown = _SHOWN.get(function)
            quoted = (f'[WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE] Window function "{shown}" requires an OVER clause.' if shown
                      else "[WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE]")
            report_when_called(ctx, site, f"`{function}` is a window function: it needs `.over(window)` (a window partitioned "
                                          f"and ordered by what it counts in); {spark_raises(quoted)}")


# How Spark names the window functions of no argument in its message (PySpark 4.1); the others show
# their arguments as Spark rewrites them (`lag(lsn, 1, NULL)`).
_SHOWN = {"row_number": "row_number()", "rank": "RANK()", "dense_rank": "DENSE_RANK()", "percent_rank": "PERCENT_RANK()",
          "cume_dist": "cume_dist()"}
