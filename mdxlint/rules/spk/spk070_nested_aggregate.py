from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises


class NestedAggregate(Rule):
    """`agg(F.max(F.sum("amount")))`: an aggregate function inside another one's arguments.

    ## What it does
    Reports an aggregate function (`sum`, `count`, `max`, `avg`, `collect_list` …) written
    in the arguments of another aggregate function in a projection or an aggregation, not
    under a window's `.over(…)`.

    ## Why is this bad
    One aggregation computes one level of aggregates: Spark refuses the query with
    `[NESTED_AGGREGATE_FUNCTION] It is not allowed to use an aggregate function in the
    argument of another aggregate function. Please use the inner aggregate function in a
    sub-query.` Aggregate twice: `groupBy(…).agg(…)` and then another `agg` over its result.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    orders = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, amount DOUBLE")
    top = orders.groupBy("id").agg(F.max(F.sum("amount")).alias("top"))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    orders = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, amount DOUBLE")
    totals = orders.groupBy("id").agg(F.sum("amount").alias("total"))
    top = totals.agg(F.max("total").alias("top"))
    ```
    ````
    """

    code = "SPK070"
    name = "nested-aggregate"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, kind, inner, outer in not_caught(analyze(doc).sql_aggregate_misuses):
            if kind == "nested":
                ctx.report(*site.range(), f"`{inner}` inside the arguments of the aggregate `{outer}` in SQL text: one "
                                          "aggregation computes one level (aggregate its result in an outer query); "
                                          f"{spark_raises('[NESTED_AGGREGATE_FUNCTION] It is not allowed to use an aggregate function in the argument of another aggregate function.')}")
        for site, inner, outer in not_caught(analyze(doc).nested_aggregates):
            ctx.report(*site.range(), f"`{inner}` inside the arguments of the aggregate `{outer}`: one aggregation computes "
                                      "one level (aggregate again over its result); "
                                      f"{spark_raises('[NESTED_AGGREGATE_FUNCTION] It is not allowed to use an aggregate function in the argument of another aggregate function.')}")
