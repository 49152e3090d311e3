from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document


class TempViewChanged(Rule):
    """`spark.sql("MERGE INTO customers USING updates …")` where `customers` is a temp view: a view's rows changed in place.

    ## What it does
    Reports `MERGE INTO`, `UPDATE`, `DELETE FROM` and `TRUNCATE TABLE` statements in `spark.sql(…)`
    whose target is a temp view the lesson registered (`createOrReplaceTempView`, also on a foreachBatch's batch). A call inside a
    `try` that catches the error is not reported.

    ## Why is this bad
    An upsert of change events into a target is the core of many CDC lessons, and registering
    the target frame as a view looks like making a table of it. A temp view is a named query: its
    rows cannot be changed, and Spark refuses the statement: `[UNSUPPORTED_FEATURE.TABLE_OPERATION]
    The feature is not supported: Table `unknown` does not support MERGE INTO TABLE.` (a DELETE
    fails with `[INTERNAL_ERROR] Unexpected table relation`, a TRUNCATE with
    `[EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE]`; an INSERT depends on what the view reads). Merge into
    a table that supports it (Delta Lake's or Iceberg's, with the session configured for it), or
    compute the merged frame with a join and write it out.

    ## Example
    ````mdx
    ```python
    spark.createDataFrame([(1, "Ada")], "id INT, name STRING").createOrReplaceTempView("customers")
    spark.createDataFrame([(1, "Ada L")], "id INT, name STRING").createOrReplaceTempView("updates")
    spark.sql("MERGE INTO customers t USING updates s ON t.id = s.id WHEN MATCHED THEN UPDATE SET *")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    customers = spark.createDataFrame([(1, "Ada"), (2, "Grace")], "id INT, name STRING")
    updates = spark.createDataFrame([(1, "Ada L")], "id INT, name STRING")
    merged = customers.join(updates, "id", "left_anti").unionByName(updates)
    ```
    ````
    """

    code = "SPK080"
    name = "temp-view-changed"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, view, operation in not_caught(analyze(doc).views_changed):
            if operation == "DELETE":
                raised = "[INTERNAL_ERROR] Unexpected table relation"  # (a view of a created frame, a range, files)
            elif operation == "DELETE of a table's view":
                raised = "[UNSUPPORTED_FEATURE.TABLE_OPERATION] The feature is not supported: Table"
            elif operation == "TRUNCATE TABLE":
                raised = f"[EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE] 'TRUNCATE TABLE' expects a table but `{view}` is a view."
            else:
                raised = f"[UNSUPPORTED_FEATURE.TABLE_OPERATION] The feature is not supported: Table `unknown` does not support {operation}."
            instead = ("filter the frame to keep the rows a DELETE would not" if operation.startswith("DELETE") else
                       "register an empty frame under the name" if operation == "TRUNCATE TABLE" else
                       "merge into a Delta Lake or Iceberg table, or build the merged frame with a join")
            ctx.report(*site.range(), f"`{view}` is a temp view the lesson registered, and a view's rows cannot be changed; "
                                      f"{instead}; {spark_raises(raised)}")
