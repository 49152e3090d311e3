from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.rules.spk import report_when_called


class TempViewExists(Rule):
    """`df.createTempView("changes")` when the session has a view named `changes` already.

    ## What it does
    Reports `createTempView(name)` and `createGlobalTempView(name)` called when the lesson's
    session already holds a temp view (or a global temp view) of that name, registered earlier in
    the lesson by a DataFrame and not dropped since; names are compared without regard to case,
    as Spark compares them. A call inside a `try` whose `except` catches `AnalysisException` (or
    `Exception`, or a bare `except:`) is not reported; one in a function the lesson never calls is
    a warning.

    ## Why is this bad
    `createTempView` registers a new view and refuses to replace one: the second call stops the
    program with `AnalysisException: [TEMP_TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create the
    temporary view `changes` because it already exists.` This happens to a lesson whose steps
    register the same view again (after a new batch of changes, say). Use
    `createOrReplaceTempView`, or drop the view first (`spark.catalog.dropTempView`).

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.createTempView("changes")
    latest = changes.filter("op <> 'd'")
    latest.createTempView("changes")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.createOrReplaceTempView("changes")
    latest = changes.filter("op <> 'd'")
    latest.createOrReplaceTempView("changes")
    ```
    ````
    """

    code = "SPK089"
    name = "temp-view-exists"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, view in not_caught(analyze(doc).views_existing):
            report_when_called(ctx, site, f"the session has a view `{view}` already, and `createTempView` does not replace "
                                          "one: use `createOrReplaceTempView` (or drop the view first); "
                                          + spark_raises(f"[TEMP_TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create the temporary "
                                                         f"view `{view}` because it already exists."))
