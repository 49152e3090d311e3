from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called

TRAILING_COMMA = ("[TRAILING_COMMA_IN_SELECT] Trailing comma detected in SELECT clause. Remove the trailing comma "
                  "before the FROM clause.")


class SqlDialectSyntax(Rule):
    """`spark.sql("SELECT TOP 5 …")`: SQL of another dialect, which Spark's parser refuses.

    ## What it does
    Reports, in the text of a `spark.sql(…)` call, the first of: `SELECT TOP n` (T-SQL's way to
    take the first rows), a `QUALIFY` clause (Databricks SQL, Snowflake and BigQuery filter on a
    window function with it), and a comma that ends the select list right before `FROM`. A
    column or an alias named `top` or `qualify` is not one, nor is text inside a string literal,
    a quoted name or a comment. A call inside a `try` whose `except` catches the error is not
    reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    Spark SQL (checked on PySpark 4.1) has neither `TOP` nor `QUALIFY`: the query fails where
    `spark.sql` is called, `[PARSE_SYNTAX_ERROR] Syntax error at or near '5'.` (for `QUALIFY`, at
    or near the token after it); and a trailing comma makes Spark read `FROM` as a column,
    `[TRAILING_COMMA_IN_SELECT] Trailing comma detected in SELECT clause.` A query copied from
    another engine's documentation stops the lesson there.

    ## Example
    ````mdx
    ```python
    spark.createDataFrame([(1, "c", 10)], "id INT, op STRING, lsn INT").createOrReplaceTempView("changes")
    spark.sql("SELECT TOP 5 id, op FROM changes ORDER BY lsn DESC").show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    spark.createDataFrame([(1, "c", 10)], "id INT, op STRING, lsn INT").createOrReplaceTempView("changes")
    spark.sql("SELECT id, op FROM changes ORDER BY lsn DESC LIMIT 5").show()
    ```
    ````
    """

    code = "SPK098"
    name = "sql-dialect-syntax"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, kind, written in not_caught(analyze(doc).sql_dialect):
            if kind == "top":
                text = (f"Spark SQL has no `TOP n` (T-SQL's): end the query with `LIMIT {written}` instead; "
                        + spark_raises(f"[PARSE_SYNTAX_ERROR] Syntax error at or near '{written}'."))
            elif kind == "qualify":
                text = ("Spark SQL has no QUALIFY clause (Databricks SQL's, Snowflake's, BigQuery's): select the window "
                        "function under an alias in a subquery and filter on it outside (`SELECT * FROM (SELECT …, "
                        "row_number() OVER (…) AS rn FROM t) WHERE rn = 1`); "
                        + spark_raises("[PARSE_SYNTAX_ERROR] Syntax error at or near"))
            else:
                text = "a comma ends the select list right before FROM: remove it; " + spark_raises(TRAILING_COMMA)
            report_when_called(ctx, site, text)
