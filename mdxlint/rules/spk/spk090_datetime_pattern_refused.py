from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.analyzers.spark.columns import WEEK_BASED_LETTERS
from mdxlint.rules.spk import report_when_called

# What other systems' patterns mean by the letters Spark refuses, and Spark's way to write it.
_MEANT = {"Y": "the year is `yyyy` (`YYYY` is the week-based year; the day of the month is `dd`, `DD` the day of "
               "the year)",
          "I": "minutes are `mm` and 24-hour hours `HH` (`MI`, `HH24` are PostgreSQL's and Oracle's)",
          "w": "Spark has no week-of-year field in patterns: `weekofyear(…)` gives it",
          "W": "Spark has no week-of-month field in patterns",
          "u": "the day of the week is `E` (`EEE`: Mon) or `dayofweek(…)`",
          "e": "the day of the week is `E` (`EEE`: Mon) or `dayofweek(…)`",
          "c": "the day of the week is `E` (`EEE`: Mon) or `dayofweek(…)`",
          "A": "milliseconds are `SSS`", "n": "fractions of a second are `S` (up to 9)", "N": "fractions of a second are `S`",
          "p": "padding is written with the field's own width", "B": "the period of day is `a` (AM/PM)",
          "b": "the period of day is `a` (AM/PM)",
          "T": "a letter meant as text is quoted: `yyyy-MM-dd'T'HH:mm:ss`",
          **{letter: "a letter meant as text is quoted (`'T'`); the fields are `y M d H m s S E a z`"
             for letter in "fijlortCJPRU"}}


class DatetimePatternRefused(Rule):
    """`F.to_timestamp("ts", "YYYY-MM-DD HH24:MI:SS")`: a datetime pattern with letters Spark refuses.

    ## What it does
    Reports the pattern written in `to_timestamp`, `to_date`, `date_format`, `from_unixtime`,
    `unix_timestamp` (and `F.lit("…")` given to `try_to_timestamp`, `to_unix_timestamp`) in a
    step's columns, and the same functions' patterns written as literals in SQL text
    (`selectExpr`, `F.expr`, a filter's text, `spark.sql`), when, outside quoted text (`'T'`), it
    has a letter Spark 3 and later refuse:
    the week-based fields `Y`, `w`, `W`, `u`, `e`, `c`, or `A`, `n`, `N`, `p`, `B`, `b`, `I`,
    which Spark's patterns have no field for, or a letter Java's patterns have none for either
    (`T`, `t`, `f`, `i`, `j`, `l`, `o`, `r`, `C`, `J`, `P`, `R`, `U`: `yyyy-MM-ddTHH:mm:ss` needs `'T'`). Not judged where the lesson sets
    `spark.sql.legacy.timeParserPolicy` (`LEGACY` reads such patterns as Java 7 did). A call
    inside a `try` that catches the error (`Exception`, a bare `except:`) is not reported; one in
    a function the lesson never calls is a warning. A query that never runs raises nothing.

    ## Why is this bad
    Spark's patterns are Java's `DateTimeFormatter` letters, not PostgreSQL's, Oracle's or
    Moment's: `YYYY` is the week-based year, `DD` the day of the year, `MI` nothing. Spark refuses
    the week-based fields and unknown letters when the query runs, before it reads a row:
    `SparkUpgradeException: [INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION]`
    (or `.DATETIME_WEEK_BASED_PATTERN`), `[INVALID_DATETIME_PATTERN…]` for unknown letters.

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([("2024-03-01 10:00:00",)], "ts STRING")
    events.select(F.to_timestamp("ts", "YYYY-MM-DD HH24:MI:SS").alias("at")).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([("2024-03-01 10:00:00",)], "ts STRING")
    events.select(F.to_timestamp("ts", "yyyy-MM-dd HH:mm:ss").alias("at")).show()
    ```
    ````
    """

    code = "SPK090"
    name = "datetime-pattern-refused"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, pattern, letter in not_caught(analyze(doc).patterns_refused):
            quoted = "[INCONSISTENT_BEHAVIOR_CROSS_VERSION." if letter in WEEK_BASED_LETTERS else "[INVALID_DATETIME_PATTERN."
            report_when_called(ctx, site, f"the pattern of `{function}` has `{letter}`, a letter Spark's datetime patterns "
                                          f"refuse, and the query fails when it runs; {_MEANT[letter]}; {spark_raises(quoted)}")
