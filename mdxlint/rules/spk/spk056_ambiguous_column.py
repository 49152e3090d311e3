from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises

AMBIGUOUS = "[AMBIGUOUS_REFERENCE] Reference `{}` is ambiguous"
UNRESOLVED_SORT_KEY = "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter with name `{}` cannot be resolved."


class AmbiguousColumn(Rule):
    """A column read by name that the frame has twice (after a join or a rename).

    ## What it does
    Reports a plain name read by `select` (a string or `col("…")`), `selectExpr` (the name
    alone), `withColumn`, `groupBy`, `agg`, `filter`/`where` (also in its SQL text) or a sort
    (`orderBy`, `sort`: there Spark says it cannot resolve the name), or by a join's condition
    (`F.col("status") == F.col("status")` or `F.expr("status = status")` where both inputs have
    `status`), on a frame that has two
    columns of that name, where the lesson shows both sides' columns: a join on a condition
    (`orders.join(customers, orders.id == customers.id)`) keeps every column of both sides, and
    a join on names (`on="id"`) keeps the other names both sides have twice; a rename to a
    name the frame has (`withColumnRenamed("op", "id")`, `toDF("a", "a")`) makes two. Spark matches the
    names without regard to case. A column of one side read through its frame
    (`orders.id`, `orders["id"]`) or a qualified alias is not ambiguous and is not reported.
    A call inside a `try` whose `except` catches `AnalysisException` (or `Exception`, or a
    bare `except:`) is not reported: the lesson shows the error and handles it.

    ## Why is this bad
    Spark cannot tell which side's column is meant and refuses the call:
    `AnalysisException: [AMBIGUOUS_REFERENCE] Reference `id` is ambiguous, could be: [`id`, `id`].`
    Read the column through its side (`orders.id`), join on the name (`on="id"`, which keeps
    one `id`), or drop or rename one side's column before the join.

    ## Example
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, 250.0)], "id INT, amount DOUBLE")
    customers = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
    report = orders.join(customers, orders.id == customers.id).select("id", "country", "amount")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    orders = spark.createDataFrame([(1, 250.0)], "id INT, amount DOUBLE")
    customers = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
    report = orders.join(customers, "id").select("id", "country", "amount")
    ```
    ````
    """

    code = "SPK056"
    name = "ambiguous-column"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, name in not_caught(analyze(doc).ambiguous_references):
            ctx.report(*site.range(), f"the frame has two or more columns named `{name}`; "
                                      f"{spark_raises(AMBIGUOUS.format(name))}")
        for site, names in not_caught(analyze(doc).self_join_conditions):
            shown = ", ".join(f"`{name}`" for name in names)
            ctx.report(*site.range(), f"the frame is joined with itself, and the condition reads {shown} through it: "
                                      "Spark cannot tell which side each is on and refuses the join; alias each side "
                                      f"(`.alias(\"a\")`, `.alias(\"b\")`) and read the columns through the aliases "
                                      f"(`F.col(\"a.{names[0]}\")`); "
                                      + spark_raises("are ambiguous. It's probably because you joined several Datasets together, "
                                                     "and some of these Datasets are the same."))
        for site, name in not_caught(analyze(doc).ambiguous_sort_keys):
            ctx.report(*site.range(), f"the frame has two or more columns named `{name}`, and a sort reads one of them by "
                                      f"name; {spark_raises(UNRESOLVED_SORT_KEY.format(name))}")
