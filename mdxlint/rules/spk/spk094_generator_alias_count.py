from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called


class GeneratorAliasCount(Rule):
    """`F.posexplode("tags").alias("tag")`: one name for a generator that makes two columns.

    ## What it does
    Reports `.alias(…)` on a generator in `select` when it gives another number of names than
    the generator makes columns: `explode` and `explode_outer` make one column of an array
    (`col`) and two of a map (`key`, `value`); `posexplode` and `posexplode_outer` one more
    (`pos`); `json_tuple(json, "a", "b")` one per field it reads (`c0`, `c1`); `inline` and
    `inline_outer` one per field of the structs in the array. It is reported where the type
    of what the generator reads is known (a schema the lesson writes, `from_json` with its
    schema). A call inside a `try` whose `except` catches `AnalysisException` is not
    reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    Spark refuses the select: `AnalysisException: [UDTF_ALIAS_NUMBER_MISMATCH] The number of
    aliases supplied in the AS clause does not match the number of columns output by the
    UDTF.` (checked on PySpark 4.1). A map's `explode` and any `posexplode` are the usual
    cases: the lesson names the value and forgets the key or the position.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([(1, ["a", "b"])], "id INT, tags ARRAY<STRING>")
    events.select("id", F.posexplode("tags").alias("tag")).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([(1, ["a", "b"])], "id INT, tags ARRAY<STRING>")
    events.select("id", F.posexplode("tags").alias("position", "tag")).show()
    ```
    ````
    """

    code = "SPK094"
    name = "generator-alias-count"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, made, aliases in not_caught(analyze(doc).generator_aliases_mismatched):
            columns = ", ".join(f"`{name}`" for name in made)
            report_when_called(ctx, site, f"`{function}` makes {len(made)} column{'s' * (len(made) != 1)} here ({columns}), and "
                                          f"`.alias` gives {len(aliases)} name{'s' * (len(aliases) != 1)}: give one name per column; "
                                          + spark_raises("[UDTF_ALIAS_NUMBER_MISMATCH] The number of aliases supplied in the AS "
                                                         "clause does not match the number of columns output by the UDTF."))
