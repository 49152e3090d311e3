from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called


class SqlParameterUnbound(Rule):
    """`spark.sql("… WHERE op = :op")` with no `args`: a parameter marker no value is given for.

    ## What it does
    Reports the first named parameter marker (`:op`) in the text of a `spark.sql(…)` call
    that passes no `args` (neither `args=` nor a second argument), or a dict written out
    without its key; and the first positional marker (`?`) that gets no value: no `args`,
    `args` given as a dict (which binds names only), or a list written out with fewer values
    than the query has `?`s. A marker inside a string literal, a quoted name or a comment is
    not one, nor is `::` of a cast; a query with both kinds of marker is left out. A call inside a
    `try` whose `except` catches `AnalysisException` is not reported; one in a function the
    lesson never calls is a warning.

    ## Why is this bad
    Spark binds named markers only to the values `args` gives, and refuses the query at the
    call (checked on PySpark 4.1): `[UNBOUND_SQL_PARAMETER] Found the unbound parameter: op.`
    A query copied from an application that binds its parameters, or written for a notebook
    widget, stops the lesson there.

    ## Example
    ````mdx
    ```python
    spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("changes")
    spark.sql("SELECT * FROM changes WHERE op = :op").show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("changes")
    spark.sql("SELECT * FROM changes WHERE op = :op", args={"op": "c"}).show()
    ```
    ````
    """

    code = "SPK097"
    name = "sql-parameter-unbound"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, name, why in not_caught(analyze(doc).unbound_parameters):
            if name == "?":
                # (Spark names a positional marker by a number of its own: `_30`)
                text = spark_raises("[UNBOUND_SQL_PARAMETER] Found the unbound parameter:")
                said = {"none": "this `spark.sql` call gives no `args` to bind it (`args=[…]`, a value per `?` in order)",
                        "dict": "`args` is a dict, which binds named markers (`:id`) only: give a list (`args=[…]`)",
                        "list": "`args` gives fewer values than the query has `?` markers"}[why]
                report_when_called(ctx, site, f"`?` is a positional parameter marker, and {said}; " + text)
                continue
            said = (f"this `spark.sql` call gives no `args` to bind it (`args={{\"{name}\": …}}`)" if why == "none"
                    else f"the `args` of this `spark.sql` call have no key `{name}`")
            report_when_called(ctx, site, f"`:{name}` is a parameter marker, and {said}; "
                                          + spark_raises(f"[UNBOUND_SQL_PARAMETER] Found the unbound parameter: {name}."))
