from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.rules.spk import report_when_called

# The calls that make a table of the catalog by name (its name is then found without `global_temp.`).
_TABLE_WRITERS = frozenset({"saveAsTable", "insertInto", "toTable", "createTable", "createExternalTable"})


class GlobalTempViewUnqualified(Rule):
    """A global temp view read by its name alone: `spark.sql("SELECT * FROM changes")` after `createGlobalTempView("changes")`.

    ## What it does
    Reports `spark.sql(…)` reading (after `FROM` or `JOIN`) and `spark.table(…)` naming a view
    that the lesson registered with `createGlobalTempView` or `createOrReplaceGlobalTempView`,
    without the `global_temp.` prefix, when no temp view and no table the lesson creates has
    that name. A call inside a `try` whose `except` catches `AnalysisException` (or
    `Exception`, or a bare `except:`) is not reported.

    ## Why is this bad
    Spark keeps global temp views in the system database `global_temp`, so that every session of
    the application sees them; they are found as `global_temp.changes`, never by the name alone.
    The query stops the program: `AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view
    `changes` cannot be found.` Read it as `global_temp.changes`, or register a temp view of the
    session (`createOrReplaceTempView`) if no other session needs it.

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.createOrReplaceGlobalTempView("changes")
    spark.sql("SELECT op, count(*) FROM changes GROUP BY op").show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
    changes.createOrReplaceGlobalTempView("changes")
    spark.sql("SELECT op, count(*) FROM global_temp.changes GROUP BY op").show()
    ```
    ````
    """

    code = "SPK085"
    name = "global-temp-view-unqualified"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        tables = set(analysis.tables_created)
        for call in analysis.calls:
            if call.name in _TABLE_WRITERS and call.args:
                written = getattr(call.args[0], "value", None)
                if isinstance(written, str):
                    tables.add(written.lower())
        for site, name in not_caught(analysis.global_views_unqualified):
            if name.lower() in tables:
                continue
            report_when_called(ctx, site, f"`{name}` is a global temp view: Spark keeps it in the `global_temp` database "
                                          f"and finds it as `global_temp.{name}`, not by its name alone; "
                                          + spark_raises(f"[TABLE_OR_VIEW_NOT_FOUND] The table or view `{name}` cannot be found."))
