from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises


class UnknownJoinType(Rule):
    """A join type `join` does not know: `"left_outer_join"`, `"left outer"`, `"full-outer"`.

    ## What it does
    Reports the `how` of `df.join(other, on, how)` when Spark reads no join type in it. Spark
    lowers its case and leaves out underscores, nothing else: `inner`, `cross`, `outer`, `full`,
    `fullouter`, `left`, `leftouter`, `right`, `rightouter`, `semi`, `leftsemi`, `anti` and
    `leftanti` are read (`"LEFT_OUTER"` and `"leftOuter"` too); a space, a hyphen or another word is not.
    A call inside a `try` whose `except` catches `AnalysisException` (or `Exception`, or a bare
    `except:`) is not reported: the lesson shows the error and handles it.

    ## Why is this bad
    The join is never made: Spark raises `AnalysisException: [UNSUPPORTED_JOIN_TYPE] Unsupported
    join type 'left_outer_join'` at that call, listing the types it supports.

    ## Example
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, 10)], "customer_id INT, amount INT")
    customers = spark.createDataFrame([(1, "Ann")], "customer_id INT, name STRING")
    enriched = orders.join(customers, "customer_id", "left outer")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, 10)], "customer_id INT, amount INT")
    customers = spark.createDataFrame([(1, "Ann")], "customer_id INT, name STRING")
    enriched = orders.join(customers, "customer_id", "left_outer")
    ```
    ````
    """

    code = "SPK063"
    name = "unknown-join-type"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, how in not_caught(analyze(doc).unknown_join_types):
            ctx.report(*site.range(), f"Spark reads no join type in `{how}` (it lowers the case and leaves out underscores, "
                                      "nothing else); write one of `inner`, `left_outer`, `right_outer`, `full_outer`, "
                                      f"`left_semi`, `left_anti`, `cross`; {spark_raises(_MESSAGE.format(how))}")


_MESSAGE = ("[UNSUPPORTED_JOIN_TYPE] Unsupported join type '{}'. Supported join types include: 'inner', 'outer', 'full', "
            "'fullouter', 'full_outer', 'leftouter', 'left', 'left_outer', 'rightouter', 'right', 'right_outer', 'leftsemi', "
            "'left_semi', 'semi', 'leftanti', 'left_anti', 'anti', 'cross'.")
