import ast
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import UNKNOWN, Writer, analyze, spark_raises, version_tuple
from mdxlint.analyzers.spark.intervals import parse_interval

TRIGGER_KEYWORDS = ("processingTime", "once", "continuous", "availableNow", "realTime")


class InvalidTrigger(Rule):
    """`trigger(...)` arguments PySpark refuses: no or several trigger kinds, a number for `processingTime`, `once=False`.

    ## What it does
    Checks the arguments of `.trigger(...)` on a stream writer (or a chain fragment)
    the way PySpark's `DataStreamWriter.trigger` does: exactly one keyword among
    `processingTime`, `once`, `availableNow`, `continuous` (and `realTime` from
    PySpark 4.2 — earlier versions raise `TypeError`; set `[tool.mdxlint.spark]
    version`); `processingTime` and `continuous` take an interval string of numbers
    and unit words, such as `"10 seconds"` or `"1 minute 30 seconds"` (`"30s"`,
    `"10 sec"` and `"PT10S"` are refused at `trigger()`), and not a negative one
    (`"-5 seconds"`, refused at `start()`: `requirement failed: the interval of
    trigger should not be negative`); `once` and `availableNow` must be `True`.

    ## Why is this bad
    The call raises `PySparkValueError` at once: `[ONLY_ALLOW_SINGLE_TRIGGER] Only a
    single trigger is allowed.`, `[VALUE_NOT_NON_EMPTY_STR] Value for `processingTime`
    must be a non-empty string, got '10'.`, `[VALUE_NOT_TRUE] Value for `once` must be
    True, got 'False'.`

    ## Example
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").trigger(processingTime=10).start()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    query = events.writeStream.format("console").trigger(processingTime="10 seconds").start()
    ```
    ````
    """

    code = "SPK026"
    name = "invalid-trigger"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        real_time = version_tuple(ctx.settings.spark.version) >= (4, 2)
        for call in analyze(doc).calls_named("trigger"):
            if not (isinstance(call.receiver, Writer) or call.receiver is UNKNOWN):
                continue
            if call.args or any(keyword.arg is None for keyword in call.keywords):
                continue  # positional or **kwargs: not the PySpark signature we can judge
            if not real_time:
                for keyword in call.keywords:
                    if keyword.arg == "realTime":
                        start = call.site.fence.offset(keyword.lineno, keyword.col_offset)
                        ctx.report(start, start + len("realTime"), f"real-time mode arrived in PySpark 4.2 "
                                   f"(configured: {ctx.settings.spark.version}); " + spark_raises(
                                       "DataStreamWriter.trigger() got an unexpected keyword argument 'realTime'"))
                if any(keyword.arg == "realTime" for keyword in call.keywords):
                    continue
            if any(keyword.arg not in TRIGGER_KEYWORDS for keyword in call.keywords):
                continue  # an unknown keyword: Python raises TypeError, not ours to word
            # PySpark counts the kinds that are not None (`continuous=None` is no kind).
            given = [keyword for keyword in call.keywords
                     if not (isinstance(keyword.value, ast.Constant) and keyword.value.value is None)]
            if len(given) != 1:
                ctx.report(*call.site.range(), f"trigger() takes exactly one trigger kind, got {len(given)}; "
                           + spark_raises("[ONLY_ALLOW_SINGLE_TRIGGER] Only a single trigger is allowed."))
                continue
            keyword = given[0]
            value = keyword.value
            if not isinstance(value, ast.Constant):
                continue
            start = call.site.fence.offset(keyword.lineno, keyword.col_offset)
            end = call.site.fence.offset(keyword.end_lineno, keyword.end_col_offset)
            if keyword.arg in ("processingTime", "continuous", "realTime"):
                if not isinstance(value.value, str) or not value.value.strip():
                    shown = str(value.value)
                    ctx.report(start, end, f"`{keyword.arg}` takes an interval string such as \"10 seconds\"; "
                               + spark_raises(f"[VALUE_NOT_NON_EMPTY_STR] Value for `{keyword.arg}` must be a "
                                              f"non-empty string, got '{shown}'."))
                elif (interval := parse_interval(value.value)) is not None and interval.months == 0 and interval.micros <= -1000:
                    # (Spark reads the interval in whole milliseconds: less than one below zero is 0)
                    ctx.report(start, end, f"`{keyword.arg}=\"{value.value}\"` is a negative interval; Spark refuses it "
                               "at start() — " + spark_raises("requirement failed: the interval of trigger should not be negative"))
                elif parse_interval(value.value) is None:
                    # Spark parses the string as an interval of numbers and unit words ("30s",
                    # "10 sec" and "PT10S" are refused at trigger()).
                    ctx.report(start, end, f"`{keyword.arg}=\"{value.value}\"` is not an interval Spark reads: write "
                               "numbers with unit words, as \"10 seconds\" or \"1 minute 30 seconds\"; "
                               + spark_raises(f"Error parsing '{value.value}' to interval."))
            elif value.value is not True:
                ctx.report(start, end, f"`{keyword.arg}` only accepts True; "
                           + spark_raises(f"[VALUE_NOT_TRUE] Value for `{keyword.arg}` must be True, got "
                                          f"'{value.value}'."))
