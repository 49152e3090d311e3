from __future__ import annotations

from mdxlint.analyzers.spark import spark_raises
from mdxlint.analyzers.spark.signatures import pyspark_version, sql_arities
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called
from mdxlint.rules.spk.spk073_unknown_sql_function import builtin_calls_judged


# Operators and types Spark also lists as functions: before a parenthesis they are the grammar's
# (`a AND (b OR c)`, `EXISTS (…)`, `DECIMAL(10, 2)`), not a call of the function.
_NOT_CALLS = frozenset("""
    and or not between like ilike rlike exists div any some in is
    bigint binary boolean char varchar date decimal double float int smallint string timestamp tinyint time interval
""".split())


class SqlArgumentCount(Rule):
    """A built-in SQL function called with a number of arguments it does not take: `ifnull(a, b, c)`.

    ## What it does
    Reports a call of one of Spark SQL's built-in functions, by its plain name in the SQL text of
    `spark.sql(…)`, `selectExpr(…)`, `filter("…")` / `where("…")` or `F.expr("…")`, whose list of
    arguments has a length Spark refuses for that function: the counts each function refuses were
    read from Spark 4.1 itself (every function called with 0 to 7 arguments; the message quotes what
    Spark says the function requires). Calls written with the grammar's own words between their
    parentheses (`trim(BOTH 'x' FROM s)`, `extract(YEAR FROM ts)`, `count(DISTINCT a, b)`,
    `substring(s FROM 1 FOR 2)`), with named arguments (`=>`), or with a unit first
    (`datediff(DAY, a, b)`) are not judged, nor a function the lesson registers under the same
    name, nor any call when the configured Spark version is older than 4.1. A call inside a `try`
    whose `except` catches `AnalysisException` is not reported; one in a function the lesson never
    calls is a warning.

    ## Why is this bad
    Spark checks the number of arguments when it analyses the frame and refuses the call there:
    `AnalysisException: [WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `ifnull` requires 2 parameters but
    the actual number is 3.` Usually a function remembered from another SQL dialect under the same
    name (SQL Server's two-argument `isnull(a, b)` is `ifnull`/`coalesce` in Spark, whose `isnull`
    takes one), or an argument left out (`date_add(ts)`).

    ## Example
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, None)], "id INT, region STRING")
    orders.selectExpr("id", "isnull(region, 'unknown') AS region").show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, None)], "id INT, region STRING")
    orders.selectExpr("id", "coalesce(region, 'unknown') AS region").show()
    ```
    ````
    """

    code = "SPK100"
    name = "sql-argument-count"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        arities = sql_arities()
        for site, name, _, count in builtin_calls_judged(doc, ctx, "sql_call_counts"):
            low = name.lower()
            known = arities.get(low)
            if known is None or low in _NOT_CALLS or str(count) not in known["refused"]:
                continue
            raised = f"The `{low}` requires {known['refused'][str(count)]} parameters but the actual number is {count}."
            # (what the function takes is Spark's to say: its words are quoted; the counts it took in the
            # probes may have failed otherwise, with NULLs for arguments)
            plural = "" if count == 1 else "s"
            report_when_called(ctx, site, f"Spark SQL {pyspark_version()[:3]}'s `{name}` does not take {count} argument{plural}; "
                                          f"{spark_raises(raised)}")

