from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called


class ArgumentOutOfRange(Rule):
    """`df.limit(-1)`, `F.ntile(0)`: a literal argument outside the values Spark takes.

    ## What it does
    Reports a literal written where Spark takes only some values: a negative count given to
    `limit` or `offset` (of a DataFrame, or `LIMIT`/`OFFSET` in `spark.sql` text); a number of
    buckets below 1 given to `ntile`, and a row below 1 given to `nth_value` (in column
    expressions and in SQL text); a fraction outside [0, 1] given to `sample` without
    replacement. Values held in variables are not judged. A call inside a `try` whose `except`
    catches the error is not reported; one in a function the lesson never calls is a warning.

    ## Why is this bad
    Spark refuses these where the frame is made (checked on PySpark 4.1): `[INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE]`
    for a negative limit or offset, `[DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE]` for `ntile(0)` and
    `nth_value(v, 0)` (`nth_value` counts rows from 1), and `requirement failed: Sampling fraction (1.5)
    must be on interval [0, 1] without replacement` for `sample(1.5)`. The lesson stops there.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    changes = spark.createDataFrame([(1, 10), (2, 20)], "id INT, lsn INT")
    first = changes.select("id", F.nth_value("lsn", 0).over(Window.orderBy("lsn")).alias("first_lsn"))
    first.limit(-1).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    changes = spark.createDataFrame([(1, 10), (2, 20)], "id INT, lsn INT")
    first = changes.select("id", F.nth_value("lsn", 1).over(Window.orderBy("lsn")).alias("first_lsn"))
    first.limit(10).show()
    ```
    ````
    """

    code = "SPK099"
    name = "argument-out-of-range"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, written in not_caught(analyze(doc).arguments_out_of_range):
            number = written.replace(" ", "")
            if function in ("limit", "offset"):
                text = (f"{'an' if function == 'offset' else 'a'} {function} counts rows from 0 up: `{number}` is refused; " + spark_raises(
                    f'[INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE] The limit like expression "{number}" is invalid. The '
                    f'{function} expression must be equal to or greater than 0, but got {number}.'))
            elif function == "ntile":
                text = (f"`ntile` splits the rows into a number of buckets above 0, and `{number}` is none; "
                        + spark_raises(f"The buckets must be between (0, 2147483647] (current value = {number})."))
            elif function == "nth_value":
                text = (f"`nth_value` counts the rows of the window from 1 (the first is `1`), and `{number}` is none; "
                        + spark_raises(f"The offset must be between (0, 9223372036854775807] (current value = {number}L)."))
            else:
                text = ("without replacement `sample` keeps each row with a probability, a fraction from 0 to 1 (for more "
                        "rows than there are, sample with replacement: `sample(True, fraction)`); "
                        + spark_raises(f"requirement failed: Sampling fraction ({number}) must be on interval [0, 1] without replacement"))
            report_when_called(ctx, site, text)
