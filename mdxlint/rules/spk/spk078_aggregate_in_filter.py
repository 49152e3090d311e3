from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class AggregateInFilter(Rule):
    """`orders.where(F.sum("amount") > 100)`: an aggregate or a window function in a row filter.

    ## What it does
    Reports an aggregate function (`sum`, `count`, `max`, `avg` …, also in SQL text:
    `filter("count(*) > 1")`) or a window function (`F.row_number().over(w)`, `F.sum(…).over(w)`)
    in the condition of `filter`/`where` over rows that no aggregation made, and an aggregate
    in a SQL query's WHERE clause or in an aggregate's own `FILTER (WHERE …)`. A filter over an
    aggregation's result is not judged (right after `groupBy(…).agg(…)` Spark reads an aggregate
    as `HAVING`, and runs it). A call inside a `try` that catches `AnalysisException` is not
    reported.

    ## Why is this bad
    A filter keeps or drops each row by itself; an aggregate needs groups of rows, and a window
    function is computed over the rows the filter has already chosen. Spark refuses the condition
    where the filter is written: `[INVALID_WHERE_CONDITION] The WHERE condition "(sum(amount) >
    100)" contains invalid expressions: sum(amount).`, or `It is not allowed to use window
    functions inside WHERE clause.` The usual intent: aggregate first and filter the result
    (SQL's `HAVING`), or compute the window function in a column and filter that column (the
    latest change per key: `row_number()` then `filter("rn = 1")`).

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window
    changes = spark.createDataFrame([(1, 10, "c"), (1, 11, "u")], "id INT, lsn INT, op STRING")
    latest = changes.where(F.row_number().over(Window.partitionBy("id").orderBy(F.desc("lsn"))) == 1)
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window
    changes = spark.createDataFrame([(1, 10, "c"), (1, 11, "u")], "id INT, lsn INT, op STRING")
    ranked = changes.withColumn("rn", F.row_number().over(Window.partitionBy("id").orderBy(F.desc("lsn"))))
    latest = ranked.where("rn = 1").drop("rn")
    ```
    ````
    """

    code = "SPK078"
    name = "aggregate-in-filter"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, kind, name, _ in not_caught(analyze(doc).sql_aggregate_misuses):
            if kind == "where":
                ctx.report(*site.range(), f"the aggregate `{name}` in a WHERE clause: WHERE keeps or drops each row before "
                                          "any grouping; filter the groups with HAVING (after GROUP BY); "
                                          f"{spark_raises('[INVALID_WHERE_CONDITION] The WHERE condition')}")
            elif kind == "filter":
                ctx.report(*site.range(), f"the aggregate `{name}` in an aggregate's FILTER clause: FILTER keeps or drops "
                                          "each row the aggregate reads, before any aggregate is computed; compute it "
                                          "first (a subquery, or a window) and filter on that; "
                                          f"{spark_raises('[INVALID_AGGREGATE_FILTER.CONTAINS_AGGREGATE] The FILTER expression')}")
        for site, kind in not_caught(analyze(doc).filter_aggregates):
            if kind == "window":
                ctx.report(*site.range(), "a window function in a row filter is computed over the rows the filter chooses; "
                                          "compute it in a column first (`withColumn(\"rn\", …)`) and filter that column; "
                                          f"{spark_raises('It is not allowed to use window functions inside WHERE clause.')}")
            else:
                ctx.report(*site.range(), "an aggregate in a row filter: a filter keeps or drops each row by itself; aggregate "
                                          "first (`groupBy(…).agg(…)`) and filter the result; "
                                          f"{spark_raises('[INVALID_WHERE_CONDITION] The WHERE condition')}")
