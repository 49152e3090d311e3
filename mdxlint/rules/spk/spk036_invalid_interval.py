import ast
import re

from mdxlint.analyzers.spark import FUNCTIONS_MODULE, UNKNOWN, Frame, analyze, spark_raises, type_error_uncaught
from mdxlint.analyzers.spark.intervals import Interval, parse_interval
from mdxlint.analyzers.spark.columns import expr_sql
from mdxlint.analyzers.spark.sql import SQL_TEXT_CALLS, without_strings
from mdxlint.analyzers.spark.values import ModuleRef
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document

# The duration arguments Spark parses as interval strings: (positional index, keyword).
DURATIONS = {
    "withWatermark": ((1, "delayThreshold"),),
    "window": ((1, "windowDuration"), (2, "slideDuration"), (3, "startTime")),
    "session_window": ((1, "gapDuration"),),
}


class InvalidInterval(Rule):
    """An interval string Spark cannot read, or a window Spark refuses by its durations.

    ## What it does
    Reads the constant duration strings (written in the call or held in a name) of
    `withWatermark(…, delayThreshold)`, and `window(…, windowDuration, slideDuration, startTime)` as Spark parses intervals: numbers each followed by a unit word (`"10 minutes"`,
    `"1 hour 30 minutes"`; a fraction only of seconds). Abbreviations (`"10m"`, `"30s"`,
    `"10 min"`, `"1 hr"`), ISO durations (`"PT10M"`) and bare numbers are refused. Also
    reports a window whose slide is longer than the window, a window counted in months,
    and a negative watermark delay, a start offset not shorter than the slide, and a
    `session_window` gap Spark cannot read (no error there: the aggregation outputs nothing),
    also among the values of a per-row gap (`F.when(…, "10m").otherwise(…)`, `CASE … THEN '…'`),
    and a gap given as an ANSI interval (`expr("INTERVAL 5 MINUTES")`), which Spark refuses;
    a window or slide of zero or less, a session gap of zero or less (no error, no output), and
    an `INTERVAL` literal as a window's duration in SQL text.  The same durations written in SQL text (`spark.sql`,
    `selectExpr`, `expr`: `window(ts, '10m')`) are read too.

    ## Why is this bad
    `withWatermark` parses its delay at once: `AnalysisException: [CANNOT_PARSE_INTERVAL]
    Unable to parse '10m'.` A window's durations are parsed when the query is analysed
    (at `groupBy(…).count()` or `select`), with the same error, or, for a slide longer
    than its window, `[DATATYPE_MISMATCH.PARAMETER_CONSTRAINT_VIOLATION]` (the slide
    duration must be at most the window duration).

    ## Example
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").load()
    counts = events.withWatermark("timestamp", "10m").groupBy(window("timestamp", "5 minutes")).count()
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql.functions import window

    events = spark.readStream.format("rate").load()
    counts = events.withWatermark("timestamp", "10 minutes").groupBy(window("timestamp", "5 minutes")).count()
    ```
    ````
    """

    code = "SPK036"
    name = "invalid-interval"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)  # a session gap Spark cannot read raises nothing

    def check(self, doc: Document, ctx: RuleContext) -> None:
        analysis = analyze(doc)
        seen: set[tuple[int, int]] = set()
        for call in analysis.calls_named("withWatermark", "window", f"{FUNCTIONS_MODULE}.window", "session_window",
                                         f"{FUNCTIONS_MODULE}.session_window"):
            name = call.name.rsplit(".", 1)[-1]
            if call.site.range() in seen:
                continue  # `F.window(…)` is seen as a method and as a function
            seen.add(call.site.range())
            if name == "withWatermark":
                if not (isinstance(call.receiver, Frame) or call.receiver is UNKNOWN):
                    continue
            elif call.receiver is not None and not (isinstance(call.receiver, ModuleRef) and call.receiver.name == FUNCTIONS_MODULE):
                continue
            if any(isinstance(arg, ast.Starred) for arg in call.args) or any(k.arg is None for k in call.keywords):
                continue
            texts: list[tuple[str, str, tuple]] = []
            number = self.first_number(name, call)
            if number is not None:
                # PySpark checks the types before Spark reads any text: its first refusal is all
                if any(type_error_uncaught([(call.site,)])):
                    self.check_number(ctx, number[0], number[1], call.site.fence.node_range(number[1]))
                continue
            for index, keyword in DURATIONS[name]:
                node = call.args[index] if index < len(call.args) else next(
                    (k.value for k in call.keywords if k.arg == keyword), None)
                text = call.string_of(node) if node is not None else None
                if text is None:
                    if node is not None and name == "session_window" and keyword == "gapDuration":
                        self.check_dynamic_gap(ctx, call, node)
                    continue
                texts.append((keyword, text, call.site.fence.node_range(node)))
            self.check_durations(ctx, name, texts)
        # The same functions in SQL text: `spark.sql("… window(ts, '10m') …")`, `selectExpr`, `expr`.
        for call in analysis.calls_named(*SQL_TEXT_CALLS, *(f"{FUNCTIONS_MODULE}.{name}" for name in SQL_TEXT_CALLS)):
            for arg in call.args:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)) or "window" not in arg.value.lower():
                    continue
                span = call.site.fence.node_range(arg)
                if span in seen:
                    continue  # (`F.expr(…)` is seen as a method and as a function)
                seen.add(span)
                if _SQL_WINDOW_ANSI.search(without_strings(arg.value)):
                    ctx.report(*span, "a window's duration in SQL text is a string (`window(ts, '10 seconds')`), not an "
                               "`INTERVAL …` literal; Spark refuses it when the query is analysed; " + spark_raises(
                                   "The duration and time inputs to window must be an integer, long or string literal."))
                if _SQL_SESSION_ANSI.search(without_strings(arg.value)):
                    ctx.report(*span, "the session window's gap is an ANSI interval (`INTERVAL …` in SQL text is a "
                               "day-time or year-month interval), and the gap must be a calendar interval or a string; "
                               "Spark refuses it when the query is analysed; " + spark_raises(
                                   "Gap duration expression used in session window must be CalendarIntervalType"))
                for found in dict.fromkeys(m.group(0) for m in _SQL_WINDOW.finditer(arg.value)):
                    match = _SQL_WINDOW.fullmatch(found)
                    name = match.group(1).lower()
                    keywords = [keyword for _, keyword in DURATIONS[name]]
                    values = [v for v in match.group(2, 3, 4) if v is not None]
                    self.check_durations(ctx, name, [(k, v, span) for k, v in zip(keywords, values)])

    @staticmethod
    def first_number(name: str, call) -> tuple[str, ast.Constant] | None:
        """The first duration PySpark refuses as a number (checked on PySpark 4.1): `withWatermark`'s
        delay and `window`'s duration always; `window`'s slide and start only when not 0 (PySpark
        reads a false value as left out).  Not session_window's gap (a column is taken there:
        SPK066)."""
        if name == "session_window":
            return None
        for index, keyword in DURATIONS[name]:
            node = call.args[index] if index < len(call.args) else next(
                (k.value for k in call.keywords if k.arg == keyword), None)
            if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool) \
                    and (node.value or keyword in ("windowDuration", "delayThreshold")):
                return keyword, node
        return None

    @staticmethod
    def check_number(ctx: RuleContext, keyword: str, node: ast.Constant, span: tuple) -> None:
        """A number where a duration's text belongs (`withWatermark("ts", 10)`): PySpark checks the
        argument's type before Spark reads it (checked on PySpark 4.1)."""
        # (session_window's gap may be a column too: a number there is SPK066's [NOT_COLUMN_OR_STR])
        error = f"[NOT_STR] Argument `{keyword}` should be a str, got {type(node.value).__name__}."
        ctx.report(*span, f"`{keyword}` is the number {node.value!r}, and PySpark takes a duration as text with its unit "
                   f"(\"10 seconds\"), not a number of seconds; the call raises PySparkTypeError — " + spark_raises(error))

    def check_durations(self, ctx: RuleContext, name: str, texts: list[tuple[str, str, tuple]]) -> None:
        """The durations of one `withWatermark`/`window`/`session_window`: (keyword, text, where)."""
        parsed: dict[str, tuple[Interval, str, tuple]] = {}
        for keyword, text, span in texts:
            interval = parse_interval(text)
            if interval is None and name == "session_window":
                # Spark casts the gap to an interval as rows come (checked on PySpark 4.1): no error, a
                # null gap, and no session, so the aggregation outputs nothing.
                ctx.report(*span, f"`gapDuration` \"{text}\" is not an interval Spark reads (numbers with unit "
                           "words, as \"5 minutes\"): Spark raises no error, the gap is null and the session window "
                           "puts no row in any session, so the aggregation outputs nothing", severity=Severity.WARNING)
                continue
            if interval is None:
                when = "at once" if name == "withWatermark" else "when the query is analysed"
                ctx.report(*span, f"`{keyword}` \"{text}\" is not an interval Spark reads (numbers with unit "
                           f"words, as \"10 minutes\" or \"1 hour 30 minutes\"); Spark refuses it {when}; "
                           + spark_raises(f"[CANNOT_PARSE_INTERVAL] Unable to parse '{text}'."))
                continue
            parsed[keyword] = (interval, text, span)
            if name == "session_window" and not interval.months and interval.micros <= 0:
                # (checked on PySpark 4.1: no error, and the aggregation outputs no row; held-out s14d)
                ctx.report(*span, f"a session window's gap (\"{text}\") must be longer than zero: Spark raises no "
                           "error, puts no row in any session, and the aggregation outputs nothing",
                           severity=Severity.WARNING)
            elif name == "withWatermark" and interval.negative:
                ctx.report(*span, "a watermark delay cannot be negative; "
                           + spark_raises(f"requirement failed: delay threshold ({text.strip()}) should not be negative."))
            elif name == "window" and keyword != "startTime" and not interval.months and interval.micros <= 0:
                shown = "window_duration" if keyword == "windowDuration" else "slide_duration"
                ctx.report(*span, f"a window's `{keyword}` must be longer than zero; Spark refuses it when the query "
                           f"is analysed; " + spark_raises(f"The `{shown}` must be between (0, 9223372036854775807]"))
                parsed.pop(keyword)
            elif name == "window" and keyword != "startTime" and interval.months:
                ctx.report(*span, f"a window's `{keyword}` cannot be counted in months or years (they have no fixed "
                           f"length); " + spark_raises(f"Intervals greater than a month is not supported ({text.strip()})."))
                parsed.pop(keyword)
        if name != "window":
            return
        window, slide = parsed.get("windowDuration"), parsed.get("slideDuration")
        start = parsed.get("startTime")
        step = slide if slide is not None else window  # the slide is the window's length when not given
        if start is not None and step is not None and not step[0].months and not start[0].months \
                and abs(start[0].micros) >= step[0].micros > 0:
            ctx.report(*start[2],
                       f"the start offset (\"{start[1]}\") must be shorter than the slide (\"{step[1]}\"); Spark "
                       "refuses it when the query is analysed; " + spark_raises(
                           f"The `abs(start_time)`({abs(start[0].micros)}L) must be < the `slide_duration`({step[0].micros}L)"))
        if window is not None and slide is not None and slide[0].micros > window[0].micros > 0:
            ctx.report(*slide[2],
                       f"the slide (\"{slide[1]}\") is longer than the window (\"{window[1]}\"): windows would "
                       "leave rows out; Spark refuses it when the query is analysed; " + spark_raises(
                           f"The `slide_duration`({slide[0].micros}L) must be <= the `window_duration`({window[0].micros}L)"))

    def check_dynamic_gap(self, ctx: RuleContext, call, node: ast.expr) -> None:
        """A gap given as an expression: an ANSI interval (refused), or per-row strings (`F.when(…, "10m")`)
        some of which Spark cannot read (those rows are put in no session)."""
        span = call.site.fence.node_range(node)
        expression = call.expression_of(node)
        sql = expr_sql(expression)
        constructed = _call_name(expression) in ("make_dt_interval", "make_ym_interval")
        if constructed or (sql is not None and _ANSI_INTERVAL.search(without_strings(sql))):
            ctx.report(*span, "the gap is an ANSI interval (an `INTERVAL …` literal in SQL text is a day-time or "
                       "year-month interval), and a session window's gap must be a calendar interval or a string; "
                       "Spark refuses it when the query is analysed; " + spark_raises(
                           "Gap duration expression used in session window must be CalendarIntervalType"))
            return
        for value in _gap_values(expression, sql):
            if parse_interval(value) is None:
                ctx.report(*span, f"the gap \"{value}\" is not an interval Spark reads (numbers with unit words, as "
                           "\"5 minutes\"): Spark raises no error, the gap of the rows given it is null and they are put "
                           "in no session", severity=Severity.WARNING)
                return


# `window(ts, '10 minutes'[, '5 minutes'[, '1 minute']])` and `session_window(ts, '5 minutes')` in SQL text.
_SQL_WINDOW = re.compile(r"\b(window|session_window)\s*\(\s*[`\w.]+\s*,\s*'([^']*)'(?:\s*,\s*'([^']*)')?(?:\s*,\s*'([^']*)')?\s*\)",
                         re.IGNORECASE)
# An ANSI interval literal (`INTERVAL 5 MINUTES`, `INTERVAL '5' MINUTE`; not `CAST(… AS INTERVAL)`, not a
# column named `interval`) or a constructor of one; as a window's duration or a session's gap.
_INTERVAL_LITERAL = r"interval\s+(?:[-'\"\d.]|\w+\s+\w)"
_SQL_WINDOW_ANSI = re.compile(rf"(?<![\w.])window\s*\(\s*[`\w.]+\s*,\s*{_INTERVAL_LITERAL}", re.IGNORECASE)
_SQL_SESSION_ANSI = re.compile(rf"\bsession_window\s*\(\s*[`\w.]+\s*,\s*{_INTERVAL_LITERAL}", re.IGNORECASE)
_ANSI_INTERVAL = re.compile(rf"(?<![\w`])(?<!as ){_INTERVAL_LITERAL}|\bmake_(?:dt|ym)_interval\s*\(", re.IGNORECASE)
_SQL_CASE_VALUE = re.compile(r"\b(?:then|else)\s+'([^']*)'", re.IGNORECASE)


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
    return None


def _gap_values(node: ast.AST, sql: str | None) -> list[str]:
    """The string values a per-row gap takes: `F.when(c, "10 minutes").when(…).otherwise("5 minutes")`,
    `expr("CASE WHEN … THEN '10 minutes' ELSE '5 minutes' END")`."""
    if sql is not None:
        return _SQL_CASE_VALUE.findall(sql)
    values: list[str] = []
    while isinstance(node, ast.Call) and _call_name(node) in ("when", "otherwise"):
        value = node.args[-1] if node.args else None
        if isinstance(value, ast.Call) and _call_name(value) == "lit" and len(value.args) == 1:
            value = value.args[0]  # `F.lit("10s")`
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            values.append(value.value)
        func = node.func
        if not isinstance(func, ast.Attribute) or isinstance(func.value, ast.Name):
            break  # `F.when(…)`: the chain's start
        node = func.value
    return values
