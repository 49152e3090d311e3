from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.analyzers.spark.zones import zone_meant
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.spk import report_when_called


class TimeZoneRefused(Rule):
    """`F.from_utc_timestamp("ts", "MSK")`: a time zone Spark does not read.

    ## What it does
    Reports a time zone written as text that Spark refuses: in `from_utc_timestamp`,
    `to_utc_timestamp` (the zone as text or `F.lit(…)`), `convert_timezone` (`F.lit(…)`), the
    same functions in SQL text (`spark.sql`, `selectExpr`, `F.expr`, a filter's text: a zone
    written as a literal, `'MSK'`), and the session's time zone set with
    `spark.conf.set("spark.sql.session.timeZone", …)` or in SQL text (`SET TIME ZONE 'MSK'`,
    `SET spark.sql.session.timeZone = MSK`, whose value is read as written, quotes and all). Spark
    reads a zone as Java does: a region of the time-zone database, case and all
    (`Europe/Moscow`, `UTC`), an offset (`+03:00`, `+3`, `-0530`, `UTC+3`, `GMT+03:00`), or one of
    Java's short IDs (`EST`, `PST`, `IST`, `JST` …). Abbreviations Java does not know (`MSK`,
    `CEST`, `PDT`), another case (`utc`, `europe/moscow`), a misspelt region (`Europe/Moskow`) or
    a blank around the name are refused. A zone held in a column is not judged. A call inside a
    `try` that catches the error is not reported; one in a function the lesson never calls is a
    warning.

    ## Why is this bad
    The query fails when it runs (`from_utc_timestamp` even over a frame with no rows, as its
    zone is read where the query is planned; a query that never runs raises nothing):
    `[INVALID_TIMEZONE] The timezone: MSK is
    invalid. The timezone must be either a region-based zone ID or a zone offset.`; the setting
    fails at once: `[INVALID_CONF_VALUE.TIME_ZONE] The value 'MSK' in the config
    "spark.sql.session.timeZone" is invalid.` Write the region (`Europe/Moscow`, which also
    follows the zone's history) or a fixed offset (`+03:00`).

    ## Example
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING")
    events.select(F.from_utc_timestamp(F.to_timestamp("ts"), "MSK").alias("local_ts")).show()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import functions as F

    events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING")
    events.select(F.from_utc_timestamp(F.to_timestamp("ts"), "Europe/Moscow").alias("local_ts")).show()
    ```
    ````
    """

    code = "SPK091"
    name = "time-zone-refused"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # (a warning where a function the lesson never calls reads it)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, where, zone in not_caught(analyze(doc).zones_refused):
            meant = zone_meant(zone)
            hint = f"; write `{meant}`" if meant else "; write a region (`Europe/Moscow`) or an offset (`+03:00`)"
            if where == "spark.conf.set":
                raised = f"[INVALID_CONF_VALUE.TIME_ZONE] The value '{zone}' in the config \"spark.sql.session.timeZone\" is invalid."
                report_when_called(ctx, site, f"`{zone}` is no time zone Spark reads (Java's zone IDs: a region such as "
                                              f"`Europe/Moscow`, an offset, or a short ID such as `EST`){hint}; "
                                              f"{spark_raises(raised)}")
            else:
                report_when_called(ctx, site, f"`{zone}` is no time zone Spark reads (Java's zone IDs: a region such as "
                                              f"`Europe/Moscow`, an offset, or a short ID such as `EST`), and the query "
                                              f"fails when it runs{hint}; "
                                              f"{spark_raises(f'[INVALID_TIMEZONE] The timezone: {zone} is invalid.')}")
