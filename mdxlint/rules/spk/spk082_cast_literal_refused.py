from mdxlint.analyzers.spark import analyze, spark_raises, version_tuple
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.spk import report_when_called
from mdxlint.mdx.document import Document

_SETTING = "spark.sql.ansi.enabled"
# What an `except` may name to catch the error (PySpark's NumberFormatException, its bases; "*": bare).
_CATCHES = frozenset({"*", "Exception", "BaseException", "PySparkException", "CapturedException", "NumberFormatException",
                      "SparkNumberFormatException", "IllegalArgumentException", "SparkRuntimeException",
                      "DateTimeException", "SparkDateTimeException"})


class CastLiteralRefused(Rule):
    """`CAST('n/a' AS INT)`: a cast of text that is no number (or date), which Spark 4 refuses instead of giving NULL.

    ## What it does
    Reports a string literal cast to a number, a boolean or a date that Spark's ANSI mode cannot read: in
    SQL text (`spark.sql`, `selectExpr`, `expr`, `filter`) as `CAST('…' AS INT)` or `'…'::double`,
    and `F.lit("…").cast("int")`; and a text that one branch of `F.when(…)…otherwise(…)`
    gives where the others give numbers written as literals (`F.when(c, 1).otherwise("none")`):
    Spark gives the branches one type, BIGINT (DOUBLE with a fraction), and casts the text. INT, BIGINT, SMALLINT and TINYINT take digits with a sign
    within their range (not `1.5`, `1e3` or `1,000`); DOUBLE and FLOAT a decimal number, an
    exponent or `NaN`/`Infinity`; BOOLEAN `true`/`false`, `t`/`f`, `yes`/`no`, `y`/`n`, `1`/`0`
    (spaces around the text are trimmed; checked on PySpark 4.1); DATE a year of 4 to 7 digits,
    then maybe `-` and a month, then `-` and a day, each of 1 or 2 digits, then maybe a blank or
    a `T` and anything, making a date that exists (not `2024-13-01`, `2023-02-29`,
    `05.01.2024` or `2024/01/05`). Silent when the configured Spark
    version is older than 4.0, when the lesson sets `spark.sql.ansi.enabled` itself, and inside a
    `try` that catches the error; a cast in a function the lesson never calls is a warning. A cast
    Spark may never evaluate is not judged: in SQL text after a `CASE`, `IF` or `coalesce` (a branch
    not taken), in a comment, or of a template `spark.sql` fills in (`'{n}'`).

    ## Why is this bad
    Since Spark 4.0, `spark.sql.ansi.enabled` is on by default: a cast that gave NULL in Spark 3
    fails the query when it runs, `[CAST_INVALID_INPUT] The value 'n/a' of the type "STRING"
    cannot be cast to "INT" because it is malformed.` A lesson that shows NULL for bad input
    shows what Spark 4 no longer does. `try_cast` gives NULL.

    ## Example
    ````mdx
    ```python
    spark.sql("SELECT CAST('n/a' AS INT) AS qty").show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    spark.sql("SELECT TRY_CAST('n/a' AS INT) AS qty").show()
    ```
    ````
    """

    code = "SPK082"
    name = "cast-literal-refused"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        if version_tuple(ctx.settings.spark.version) < (4, 0):
            return
        analysis = analyze(doc)
        if not (analysis.literal_casts or analysis.branch_casts) or _sets_ansi(analysis):
            return
        found = [(site, literal, type_name, "the cast fails where Spark computes it instead of giving NULL (`try_cast` gives NULL)")
                 for site, literal, type_name in analysis.literal_casts]
        found += [(site, literal, type_name, f"the other branches of this `when` give numbers, so Spark casts this text to "
                   f"{type_name}, and the query fails on the first row that takes this branch (give every branch one type: "
                   f"`F.lit(None)`, or numbers as text)")
                  for site, literal, type_name in analysis.branch_casts]
        for site, literal, type_name, outcome in found:
            if site.handled & _CATCHES:
                continue
            report_when_called(
                ctx, site, f"`'{literal}'` is no {type_name} to Spark's ANSI mode, on by default since Spark 4.0: {outcome}; "
                      + spark_raises(f"[CAST_INVALID_INPUT] The value '{literal}' of the type \"STRING\" cannot be cast to "
                                     f"\"{type_name}\" because it is malformed."))


def _sets_ansi(analysis) -> bool:
    """Whether the lesson sets spark.sql.ansi.enabled (a config call, `spark.conf.set`, SQL `SET`)."""
    for call in analysis.calls:
        for node in (*call.args, *(keyword.value for keyword in call.keywords)):
            text = call.string_of(node)
            if text and _SETTING in text.lower():
                return True
    return False
