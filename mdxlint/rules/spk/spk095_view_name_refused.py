from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called


class ViewNameRefused(Rule):
    """`df.createOrReplaceTempView("cdc.public.orders")`: a view's name Spark does not take.

    ## What it does
    Reports the name given to `createTempView`, `createOrReplaceTempView`,
    `createGlobalTempView` or `createOrReplaceGlobalTempView` when it is not one plain
    name: a name with dots (a Kafka topic's, `cdc.public.orders`), or one holding a hyphen, a
    blank, a slash or any character but ASCII letters, digits and `_` (a Cyrillic name too),
    unless it is written in backticks. A call inside a `try` whose `except` catches
    `AnalysisException` is not reported; one in a function the lesson never calls is a
    warning.

    ## Why is this bad
    Spark parses the name as SQL and refuses it at the call (checked on PySpark 4.1):
    `[TEMP_VIEW_NAME_TOO_MANY_NAME_PARTS] CREATE TEMPORARY VIEW or the corresponding Dataset
    APIs only accept single-part view names, but got: cdc.public.orders.` for a name with dots,
    `Invalid view name: cdc-events.` for the others. A lesson that names its view after the
    topic it read stops there.

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.createOrReplaceTempView("cdc.public.orders")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.createOrReplaceTempView("cdc_public_orders")
    ```
    ````
    """

    code = "SPK095"
    name = "view-name-refused"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, method, view, message in not_caught(analyze(doc).view_names_refused):
            hint = ("a view's name is one name: write it with `_` for the dots" if message.startswith("[TEMP_VIEW")
                    else "a view's name is ASCII letters, digits and `_` (or a name in backticks)")
            report_when_called(ctx, site, f"`{method}` does not take the name `{view}`: {hint}; {spark_raises(message)}")
