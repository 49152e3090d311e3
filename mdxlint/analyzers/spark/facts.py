"""What the rules read off an analysis: streaming starts, grouping keys as text, the
stateful steps of a plan, and how messages quote places and Spark's own errors."""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from mdxlint.analyzers.spark.values import FILE_FORMATS, TIME_WINDOW_FUNCTIONS, UNREAD_CONF, Aggregation, Frame, Key, Site, SparkAnalysis, Start


def describe(site: Site | None) -> str:
    """``at line N`` for messages that point at another place of the lesson."""
    if site is None:
        return ""
    return f"line {site.line}"


def is_stream(frame: Frame) -> bool:
    return frame.streaming is True and frame.batch_inside is None


def version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def stream_starts(analysis: SparkAnalysis) -> Iterator[Start]:
    """Starts of queries on frames known to be streaming."""
    return (start for start in analysis.starts if is_stream(start.frame))


def uncaught(starts: Iterator[Start]) -> Iterator[Start]:
    """The starts that are not inside a `try` whose handler catches AnalysisException: a refusal
    Spark raises at start() there is the lesson's demonstration, handled (the program goes on)."""
    return (start for start in starts if not start.site.caught)


def not_caught(found: Iterable[tuple]) -> Iterator[tuple]:
    """The facts (site first) whose call is not inside a `try` whose handler catches
    AnalysisException: a refusal Spark raises there is the lesson's demonstration, handled."""
    return (item for item in found if not item[0].caught)


# What an `except` may name to catch PySpark's PySparkValueError (its name and its bases; "*": a bare `except:`).
_CATCHES_VALUE_ERROR = frozenset({"*", "PySparkValueError", "PySparkException", "ValueError", "Exception", "BaseException"})


def value_error_uncaught(found: Iterable[tuple]) -> Iterator[tuple]:
    """The facts (site first) not inside a `try` whose handler catches PySparkValueError (a
    ValueError): the lesson shows that error and handles it."""
    return (item for item in found if not item[0].handled & _CATCHES_VALUE_ERROR)


# The same for PySparkTypeError (a TypeError).
_CATCHES_TYPE_ERROR = frozenset({"*", "PySparkTypeError", "PySparkException", "TypeError", "Exception", "BaseException"})


def type_error_uncaught(found: Iterable[tuple]) -> Iterator[tuple]:
    """The facts (site first) not inside a `try` whose handler catches PySparkTypeError (a TypeError)."""
    return (item for item in found if not item[0].handled & _CATCHES_TYPE_ERROR)


# Python's own TypeError (a call's arguments): PySpark's exception classes do not catch it.
_CATCHES_PYTHON_TYPE_ERROR = frozenset({"*", "TypeError", "Exception", "BaseException"})


def python_type_error_uncaught(found: Iterable[tuple]) -> Iterator[tuple]:
    """The facts (site first) not inside a `try` (or `with suppress(…)`) that catches Python's TypeError."""
    return (item for item in found if not item[0].handled & _CATCHES_PYTHON_TYPE_ERROR)


# The AssertionError PySpark's own checks raise (`assert isinstance(dataType, DataType)`).
_CATCHES_ASSERTION_ERROR = frozenset({"*", "AssertionError", "Exception", "BaseException"})


def assertion_error_uncaught(found: Iterable[tuple]) -> Iterator[tuple]:
    """The facts (site first) not inside a `try` (or `with suppress(…)`) that catches AssertionError."""
    return (item for item in found if not item[0].handled & _CATCHES_ASSERTION_ERROR)


def when_called(site, message: str) -> tuple[str, bool]:
    """``message`` for a fact at ``site``, and whether it is only a warning: read in a function
    the lesson never calls, the failure is the function's once it is called, not the program's."""
    uncalled = site.uncalled
    if uncalled is None:
        return message, False
    where = "a lambda" if uncalled == "a lambda" else f"`{uncalled}()`"
    return f"{where}, which the lesson never calls, fails when it is called: {message}", True


def conf_is_false(start: Start, key: str) -> bool:
    """Whether the session sets ``key`` to false (or sets settings the model could not read)."""
    return str(start.session_conf.get(key, "")).strip().lower() == "false" or UNREAD_CONF in start.session_conf


def runnable_starts(analysis: SparkAnalysis) -> Iterator[Start]:
    """Stream starts the program can reach: not on a frame whose `withWatermark` Spark refused (a
    column that is not a timestamp, SPK032), which raises before any query starts, nor queries that
    stop at their first batch because a join or deduplication reads two event-time columns (SPK043).
    Rules that say "Spark accepts the query" read these."""
    refused = {site for site, _, _ in analysis.bad_watermarks}
    return (start for start in stream_starts(analysis) if not any(w.site in refused for w in start.frame.watermarks)
            and not multiple_event_times(start.frame))


def multiple_event_times(frame: Frame) -> list[tuple[str, Any, tuple[str, ...]]]:
    """The stream-stream joins, deduplications and aggregations (by their grouping keys) of a started
    query that read more than one event-time column, as (operator, site, columns): Spark stops the
    query at its first batch.
    Spark drops the columns nothing reads before it plans the query, so an operator counts only
    when two of those columns reach the output (for SQL text, the columns its select list and
    later join conditions read, decided where its joins are read)."""
    def kept(columns: tuple[str, ...]) -> tuple[str, ...]:
        reaching = tuple(column for column in columns if column in frame.watermark_columns)
        return reaching if len(reaching) > 1 else ()

    found = [("join", join.site, join.event_times if join.sql else kept(join.event_times)) for join in frame.joins]
    found += [(dedup.method, dedup.site, kept(dedup.event_times)) for dedup in frame.dedups]
    found += [("aggregation", aggregation.site, aggregation.event_times) for aggregation in frame.aggregations]
    found += [(method, site, columns) for site, method, columns in frame.stateful_event_times]
    return [item for item in found if item[2]]


# Spark's check of the output mode, before any operator's own (SPK003; SPK030 for a state function).
COMPLETE_WITHOUT_AGGREGATION = (
    "[STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION] Invalid streaming output mode: complete. This output mode is "
    "not supported for no streaming aggregations on streaming DataFrames/DataSets."
)


def spark_raises(text: str) -> str:
    """How messages quote Spark's own error text (the oracle tests read it back)."""
    return f'Spark raises: "{text}"'


def keys_text(keys: tuple[Key, ...]) -> str:
    names = []
    for key in keys:
        if key.time_column and key.name in TIME_WINDOW_FUNCTIONS:
            names.append(f"{key.name}({key.time_column})")
        elif key.name:
            names.append(key.name)
        elif key.label:
            names.append(key.label)
    if not names and keys:
        return "keys it does not read"  # `groupBy(keys)`, a list held in a name
    return ", ".join(names) or "no columns (a global aggregation)"


def session_window_key(aggregation: Aggregation) -> tuple[Key, str] | None:
    """The ``session_window`` an aggregation groups by, and where it stands (for messages)."""
    key = next((key for key in aggregation.keys if key.session), None)
    if key is None:
        return None
    return key, describe(key.site if key.site is not None else aggregation.site)


def stateful_steps(frame: Frame) -> list[tuple[Site, str]]:
    """Operators a continuous trigger refuses, with the node name Spark uses."""
    steps: list[tuple[Site, str]] = [(watermark.site, "EventTimeWatermark") for watermark in frame.watermarks]
    steps += [(aggregation.site, "Aggregate") for aggregation in frame.aggregations]
    steps += [(dedup.site, "Deduplicate") for dedup in frame.dedups]
    steps += [(join.site, "Join") for join in frame.joins]
    steps += [(site, "Sort") for site, _ in frame.sorts]
    steps += [(site, "LocalLimit") for site in frame.limits]  # the lower half of a limit: met first
    steps += [(site, "Window") for site, _ in frame.window_functions]
    steps += [(site, name) for site, name in frame.stateful]
    steps += list(frame.not_map_like)
    # Spark walks the plan from the sources up: the first refused operator is the earliest one.
    return sorted(steps, key=lambda step: step[0].range()[0])


CHECK_CORRECTNESS = "spark.sql.streaming.statefulOperator.checkCorrectness.enabled"


def correctness_checked(start: Start) -> bool:
    """Whether Spark's check of chained stateful operators runs for the query (the session may
    turn it off; a setting not read may be that)."""
    conf = start.session_conf
    return UNREAD_CONF not in conf and str(conf.get(CHECK_CORRECTNESS, "true")).strip().lower() != "false"


def refused_at_start(start: Start) -> bool:
    """Whether Spark refuses the started query for a reason the model knows for sure (an
    operation it never runs on a stream, a window function, a sort outside complete mode after
    an aggregation, a limit in update mode, a stream-stream join outside append mode): a
    warning about what the running query would do must not say that Spark accepts it."""
    frame = start.frame
    mode = start.output_mode
    if frame.unsupported or frame.window_functions:
        return True
    if mode == "complete" and not frame.opaque and not frame.aggregations and not frame.stateful:
        return True  # complete mode without an aggregation (SPK003)
    if start.sink in FILE_FORMATS and not start.to_table and (
            mode in ("update", "complete") or (start.writer.options_complete and "path" not in start.options)):
        return True  # a file sink only appends (SPK004), and needs a path (SPK048)
    if start.trigger == "continuous" and (frame.aggregations or frame.dedups or frame.stateful):
        return True  # no stateful step runs continuously (SPK011)
    if mode in ("update", "complete") and any(a.after is not None for a in frame.aggregations) and correctness_checked(start):
        return True  # chained aggregations (SPK029)
    if any(not after or mode not in ("complete", None) for _, after in frame.sorts):
        return True
    if mode == "update" and frame.limits:
        return True
    if mode == "update" and any(session_window_key(aggregation) is not None for aggregation in frame.aggregations):
        return True  # a session window in update mode (SPK033)
    if mode == "update" and start.sink == "delta":
        return True  # Delta's sink appends or completes only ("does not support Update output mode")
    if mode in ("update", "complete") and any(join.left_streaming and join.right_streaming for join in frame.joins):
        return True
    if mode == "complete" and not frame.aggregations and any(name.startswith("transformWithState") for _, name in frame.stateful):
        return True
    return not frame.aggregations and mode in ("append", "update", "complete") and any(
        declared != mode for _, declared in frame.state_modes)
