from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises, version_tuple


class DedupSubsetNotList(Rule):
    """`dropDuplicates("id")`: the columns to deduplicate on given as a string, not a list.

    ## What it does
    Reports a string given as the subset of `dropDuplicates`, `drop_duplicates` or
    `dropDuplicatesWithinWatermark` (`dropDuplicates("id")`, `subset="id"`).

    ## Why is this bad
    PySpark takes the subset as a list or tuple of names and refuses a string before Spark
    sees the call: `PySparkTypeError: [NOT_LIST_OR_TUPLE] Argument `subset` should be a list
    or tuple, got str.` (before PySpark 3.4: `TypeError: Parameter 'subset' must be a list of
    columns`). Write `dropDuplicates(["id"])`.

    ## Example
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "u"), (1, "u")], "id INT, op STRING")
    unique = changes.dropDuplicates("id")
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    changes = spark.createDataFrame([(1, "u"), (1, "u")], "id INT, op STRING")
    unique = changes.dropDuplicates(["id"])
    ```
    ````
    """

    code = "SPK059"
    name = "dedup-subset-not-list"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        old = version_tuple(ctx.settings.spark.version) < (3, 4)
        quoted = "Parameter 'subset' must be a list of columns" if old else \
            "[NOT_LIST_OR_TUPLE] Argument `subset` should be a list or tuple, got str."
        for site, method in not_caught(analyze(doc).dedup_subset_strings):
            ctx.report(*site.range(), f"{method}() takes its columns as a list, not a string; {spark_raises(quoted)}")
