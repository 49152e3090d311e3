"""The abstract values of the Spark model and the constant tables about Spark.

A name in a lesson is bound to one of these: the session (:class:`Session`), a
builder or the session's ``conf``, a :class:`Reader`, a DataFrame (:class:`Frame`,
streaming or batch, with the plan facts met so far), a :class:`Grouped` frame, a
stream :class:`Writer`, a started :class:`Query`, a :class:`Column` expression, a
constant, a module/function/class reference, a lesson's own :class:`Function` — or
:data:`UNKNOWN`.  :class:`SparkAnalysis` is what the interpreter hands to the rules.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator

from mdxlint.analyzers.python.notebook import PythonFence
from mdxlint.analyzers.spark.schema import SparkType

FUNCTIONS_MODULE = "pyspark.sql.functions"

# Aggregate functions of pyspark.sql.functions (an aggregate outside ``.over()``
# makes a ``select`` an aggregation).
AGGREGATE_FUNCTIONS = frozenset(
    """count sum avg mean min max first last collect_list collect_set countDistinct count_distinct
    sum_distinct sumDistinct approx_count_distinct approxCountDistinct stddev stddev_pop stddev_samp std
    variance var_pop var_samp skewness kurtosis corr covar_pop covar_samp percentile_approx percentile
    median mode any_value first_value last_value max_by min_by bool_and bool_or every some count_if
    bit_and bit_or bit_xor product array_agg count_min_sketch hll_sketch_agg listagg string_agg
    approx_percentile regr_avgx regr_avgy regr_count regr_intercept regr_r2 regr_slope regr_sxx regr_sxy
    regr_syy try_avg try_sum histogram_numeric percentile_cont percentile_disc bitmap_construct_agg bitmap_or_agg
    bitmap_and_agg hll_union_agg kll_sketch_agg_bigint kll_sketch_agg_double kll_sketch_agg_float theta_sketch_agg
    theta_union_agg theta_intersection_agg approx_top_k approx_top_k_accumulate approx_top_k_combine""".split()
)
DISTINCT_AGGREGATES = frozenset({"countDistinct", "count_distinct", "sum_distinct", "sumDistinct"})
TIME_WINDOW_FUNCTIONS = frozenset({"window", "session_window"})
CURRENT_TIME_FUNCTIONS = frozenset({"current_timestamp", "current_date", "now", "localtimestamp", "curdate"})
# Functions that make one row many: Spark plans them as a Generate step.
GENERATOR_FUNCTIONS = frozenset({
    "explode", "explode_outer", "posexplode", "posexplode_outer", "inline", "inline_outer", "stack", "json_tuple",
})
# Functions Spark documents in pyspark.sql.functions that lessons call by bare name;
# used when a name is called but never imported (PY002 reports the missing import).
KNOWN_FUNCTIONS = AGGREGATE_FUNCTIONS | TIME_WINDOW_FUNCTIONS | CURRENT_TIME_FUNCTIONS | {
    "col", "column", "lit", "expr", "from_json", "to_json", "struct", "window_time", "row_number", "rank",
    "dense_rank", "lag", "lead", "ntile", "percent_rank", "cume_dist", "nth_value", "to_timestamp",
    "monotonically_increasing_id",
}
# Functions of pyspark.sql.functions whose parameter (position, name) takes a Python string that
# PySpark hands to the JVM as it is: a Column there is refused ([NOT_ITERABLE] Column is not
# iterable; each checked on PySpark 4.1, often the arguments swapped: `F.date_trunc(col, "hour")`).
# What Spark's unsupported-operation check says of the one expression it refuses in a stream.
MONOTONIC_ID_ON_STREAM = "Expression(s): monotonically_increasing_id() is not supported with streaming DataFrames/Datasets"
TEXT_PARAMETERS = {
    "date_trunc": (0, "format"), "trunc": (1, "format"), "date_format": (1, "format"), "from_unixtime": (1, "format"),
    "to_date": (1, "format"), "to_timestamp": (1, "format"), "unix_timestamp": (1, "format"),
}
RANKING_FUNCTIONS = frozenset({"row_number", "rank", "dense_rank", "lag", "lead", "ntile", "percent_rank", "cume_dist", "nth_value"})

FILE_FORMATS = frozenset({"parquet", "json", "csv", "orc", "text", "avro", "xml"})
# DataStreamWriter: sinks that may run with a temporary checkpoint (SOURCES_ALLOW_ONE_TIME_QUERY).
ONE_TIME_SINKS = frozenset({"memory", "foreach", "foreachbatch", "console", "noop"})
CHECKPOINT_CONF = "spark.sql.streaming.checkpointLocation"

KAFKA_SOURCE_COLUMNS = ("key", "value", "topic", "partition", "offset", "timestamp", "timestampType")
RATE_SOURCE_COLUMNS = ("timestamp", "value")

# Calls that run a job at once, and so fail on a streaming frame (checked with PySpark 4.1:
# `describe`/`summary` are lazy and do not; `cache`/`persist` plan the query and do).
BATCH_ACTIONS = frozenset(
    {"show", "count", "collect", "toPandas", "take", "head", "first", "tail", "foreach", "foreachPartition",
     "toLocalIterator", "isEmpty", "toJSON", "checkpoint", "localCheckpoint", "cache", "persist", "inputFiles"}
)


class _Unknown:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()


# -- values -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    """Where something is in the lesson: a node of one fence."""

    fence: PythonFence
    node: ast.AST
    # Read inside a `try` whose handler catches Spark's AnalysisException (or any exception): an
    # error Spark raises here, at once, is the lesson's demonstration of it, caught.
    caught: bool = field(default=False, compare=False)
    # The exception names the enclosing `except`s (that do not raise again) catch; "*" for a bare one.
    handled: frozenset[str] = field(default=frozenset(), compare=False)
    # Read in a function the lesson defines and never calls (its name): what would fail there fails
    # only when the reader calls it.
    uncalled: str | None = field(default=None, compare=False)

    def range(self) -> tuple[int, int]:
        """File offsets to report: a method call or attribute from its name on
        (``start()`` rather than the whole chain before it), other nodes whole."""
        node = self.node
        start, end = self.fence.node_range(node)
        target = node.func if isinstance(node, ast.Call) else node
        if isinstance(target, ast.Attribute) and target.end_lineno is not None and target.end_col_offset is not None:
            name_end = self.fence.offset(target.end_lineno, target.end_col_offset)
            start = max(start, name_end - len(target.attr))
        return start, max(start, end)

    @property
    def line(self) -> int:
        """Line in the ``.mdx`` file (1-based)."""
        start, _ = self.range()
        return _line_of(self.fence, start)


def _line_of(fence: PythonFence, offset: int) -> int:
    offsets = fence.fence.body_line_offsets
    low, high = 0, len(offsets) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if offsets[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return fence.fence.opening_line + 2 + low


@dataclass(frozen=True)
class Const:
    value: Any


@dataclass(frozen=True)
class DictValue:
    """A dict literal with constant string keys (``options(**kafka_options)``)."""

    items: tuple[tuple[str, Any], ...]


@dataclass(eq=False)
class Items:
    """A list or tuple written out whose elements a call may read as if written in it
    (``cols = ["id", "ts"]`` … ``select(cols)``, ``agg(*aggs)``): its node and the fence it is
    in.  Its elements are constants or expressions of names that mean the same wherever they
    are read (``F.sum("amount")``).  ``changed``: the list may have been changed in place
    (``cols.append(…)``, handed to code the model does not follow), by any name it is bound to."""

    node: ast.List | ast.Tuple
    fence: PythonFence
    changed: bool = False
    # Elements appended where it is sure to run (`rows.append((2, 7))` at the top of the notebook,
    # outside loops, branches and `try`), written out in its fence: read after the written ones.
    appended: tuple = ()


@dataclass(frozen=True)
class Frames:
    """Frames a call returns as a list (``randomSplit``'s splits): unpacked by an assignment
    of as many names, or read by a constant index."""

    items: tuple[Any, ...]


@dataclass(frozen=True)
class ModuleRef:
    name: str


@dataclass(frozen=True)
class FuncRef:
    module: str
    name: str


@dataclass(frozen=True)
class ClassRef:
    name: str  # SparkSession, Window, StructType, …


@dataclass(eq=False)
class Session:
    # Settings set with a constant key; UNREAD_CONF among them when settings were set that are not
    # read here (`config(conf=SparkConf())`, a dict not written out): any setting may be set then.
    conf: dict[str, Any] = field(default_factory=dict)
    conf_sites: dict[str, Site] = field(default_factory=dict)
    temp_views: dict[str, "Frame"] = field(default_factory=dict)
    # Temp views a foreachBatch function registered on the frame it gets: they live in the query's
    # own session (a clone of this one), which this session does not see. Name -> (site, frame).
    batch_views: dict[str, tuple["Site", "Frame"]] = field(default_factory=dict)
    # Temp views a foreachBatch function registered on this session's frames: made after the query
    # cloned the session, so its batch session does not see them. Name -> site.
    late_views: dict[str, "Site"] = field(default_factory=dict)


UNREAD_CONF = "<settings not read>"
# Blanks and punctuation alone where a column's name is read (no star, no backtick quoting): text
# meant as a value (`F.concat("db", ".", "tbl")`).
SEPARATOR = re.compile(r"[^\w*`]+")


@dataclass(eq=False)
class Builder:
    session: Session


@dataclass(eq=False)
class SessionConf:
    session: Session


@dataclass(eq=False)
class Reader:
    session: Session
    streaming: bool
    site: Site
    format: str | None = "parquet"  # spark.sql.sources.default
    format_known: bool = True
    options: dict[str, Any] = field(default_factory=dict)  # lower-case key -> value (None: not a constant)
    option_sites: dict[str, Site] = field(default_factory=dict)
    option_names: dict[str, str] = field(default_factory=dict)  # lower-case key -> as written
    options_complete: bool = True  # False when **kwargs or a dict variable was passed
    format_set: bool = False  # format() or parquet()/json()/… named it (else spark.sql.sources.default)
    format_written: str | None = None  # the format as the lesson spells it (Spark's messages quote it so)
    schema_given: bool = False  # schema() or load(schema=…)
    schema: "SparkType | None" = None  # the struct schema() or load(schema=…) names, where its fields are known


@dataclass(frozen=True)
class Key:
    """A grouping key: its output name, the time column of a ``window()``."""

    name: str | None
    time_column: str | None = None
    site: Site | None = None
    known: bool = True
    session: bool = False  # a session_window(), not a fixed window()
    label: str | None = None  # how messages show a key with no column name (`date_trunc(…)`)
    output: str | None = None  # the name Spark gives the column of a key with none (`to_date(ts)`)

    @property
    def column(self) -> str | None:
        """The key's column in the aggregation's output (`groupBy("after.op")` gives `op`)."""
        return self.name.rsplit(".", 1)[-1] if self.name else self.output


@dataclass(frozen=True)
class Aggregation:
    site: Site
    keys: tuple[Key, ...]
    watermarked: bool | None  # a grouping key carries watermark metadata (None: cannot tell)
    watermark_before: bool  # some watermark was applied before this aggregation
    distinct: tuple[Site, ...]
    step: int
    # The event-time columns of its input (joined_event_times) that its keys read, when more than
    # one (a key `window(ts, …)` reads `ts`): Spark fails at the first batch, as for a join.
    event_times: tuple[str, ...] = ()
    # Made by Spark's optimizer, not written: EXCEPT of a stream and a batch frame becomes an
    # anti-join and a DISTINCT.  Not there when `start()` checks the output mode (complete mode is
    # refused: no aggregation), there at the first batch (append mode fails without a watermark).
    planned: bool = False
    # The aggregation an input of this one ran (its site): aggregations merged by a union are side
    # by side, not one after the other.
    after: Site | None = None
    pivot: bool = False  # ``after`` is a pivot's: the two aggregations are the one Spark plans for it


@dataclass(frozen=True)
class Watermark:
    site: Site
    column: str | None
    step: int
    # How many aggregations and flatMapGroupsWithState-like operators the stream had passed when it
    # was set: what lies between two watermarks decides whether the second redefines the first.
    aggregations: int = 0
    stateful: int = 0
    # A redefinition with an aggregation between the two: Spark allows it in append mode only.
    after_aggregation: bool = False


@dataclass(frozen=True)
class Dedup:
    site: Site
    method: str
    columns: tuple[str, ...] | None  # None: all columns
    watermark_columns: frozenset[str]  # columns carrying a watermark at that point
    watermark_before: bool
    # The event-time columns of its input when there are more than one (joined_event_times).
    event_times: tuple[str, ...] = ()
    # The aggregation whose result it deduplicates (the last one before it), if any.
    after_aggregation: Site | None = None


@dataclass(frozen=True)
class Join:
    site: Site
    how: str  # normalised: inner, leftouter, rightouter, fullouter, leftsemi, leftanti, cross
    left_streaming: bool | None
    right_streaming: bool | None
    left_watermarks: frozenset[str]
    right_watermarks: frozenset[str]
    equi_columns: tuple[str, ...] | None  # join on column names
    has_range_condition: bool | None  # None: condition not understood
    condition_columns: frozenset[str] = frozenset()  # columns a condition expression names
    # The bounds the condition's time range puts on each side's rows ("left_lower": the left side's
    # time is bounded from below by the right side's), when every comparison in it was read; else None.
    bounds: frozenset[str] | None = None
    sql: bool = False  # read from `spark.sql` text over two temp views (whose own steps were all read)
    # The event-time columns of an input that has more than one (joined_event_times).
    event_times: tuple[str, ...] = ()
    # A CROSS join given equality keys by a later filter or WHERE: Spark's stream-stream join
    # refuses the Cross type when it plans the first batch.
    cross_keys: bool = False
    # The condition (or a filter Spark pushes into it) compares something for equality, columns or
    # expressions of them (`a.v % 10 == b.v % 10`): Spark may find its keys there.
    equality: bool = False


# A Frame made anew, not from another (its lineage is its own columns); also given to a step
# whose output Spark resolves no name below (an aggregation, a union).
_FRESH = object()
FRESH_LINEAGE = _FRESH


@dataclass(frozen=True)
class Frame:
    streaming: bool | None
    site: Site | None = None  # where the source was read
    source_format: str | None = None
    opaque: bool = False  # some step the model does not understand
    step: int = 0
    watermarks: tuple[Watermark, ...] = ()
    watermark_columns: frozenset[str] = frozenset()
    aggregations: tuple[Aggregation, ...] = ()
    # Aggregations Spark's optimizer makes (Aggregation.planned): not there for the checks at
    # `start()` (output mode, sorts), there when the first batch runs.
    planned_aggregations: tuple[Aggregation, ...] = ()
    # `withWatermark` calls on a stream that already had a watermark (its own or an input's), with
    # no flatMapGroupsWithState-like operator between (they pass no watermark on): Spark fails at the
    # first batch ("Redefining watermark is disallowed"), unless an aggregation between them
    # writes in append mode (Watermark.after_aggregation).
    redefined_watermarks: tuple[Watermark, ...] = ()
    dedups: tuple[Dedup, ...] = ()
    sorts: tuple[tuple[Site, bool], ...] = ()  # (site, after an aggregation)
    limits: tuple[Site, ...] = ()
    window_functions: tuple[tuple[Site, str], ...] = ()
    joins: tuple[Join, ...] = ()
    # Names (lower case) the frame has twice as one column read twice (`select("id", "id")`, `select("*",
    # "op")`): both copies are one attribute, and Spark reads the name without ambiguity.
    same_twice: frozenset[str] = frozenset()
    current_time: tuple[Site, ...] = ()
    stateful: tuple[tuple[Site, str], ...] = ()  # other stateful operators (flatMapGroupsWithState …)
    # Those of them whose input carries more than one event-time column: (site, method, columns)
    stateful_event_times: tuple[tuple[Site, str, tuple[str, ...]], ...] = ()
    # Operators that are not map-like but keep no state (Union, Generate): only a continuous
    # trigger refuses them (Spark allows projections, filters and map functions there).
    not_map_like: tuple[tuple[Site, str], ...] = ()
    # Operations Spark never runs on a stream, with its exception text (union with a batch, sample …).
    unsupported: tuple[tuple[Site, str], ...] = ()
    # Watermarked columns whose watermark a step dropped: (site of the step, column, what it did:
    # "union" for a union's later input, whose columns are the first input's; "replaced" for a
    # column computed anew under the same name; "mapInPandas" and the like for new columns).
    lost_watermarks: tuple[tuple[Site, str, str], ...] = ()
    # applyInPandasWithState's own output mode ("append", "update"), which the query's must match.
    state_modes: tuple[tuple[Site, str], ...] = ()
    columns: tuple[str, ...] | None = None
    binary_columns: frozenset[str] = frozenset()
    struct_columns: frozenset[str] = frozenset()  # columns of a struct type (window, from_json(...))
    types: dict[str, SparkType] = field(default_factory=dict, compare=False)  # known column types
    batch_inside: str | None = None  # "foreachBatch" for the frames a foreachBatch callback gets
    inferred: str | None = None  # why a helper's parameter is taken for a stream
    aliases: frozenset[str] = frozenset()  # names given by `.alias("o")`: `o.ts` is the column `ts`
    # Watermarked columns the frame holds twice under one name: a stream-stream join of two inputs
    # watermarked on a column of the same name, not joined on it (`a.join(b, "id")`, both on `ts`).
    doubled_event_times: frozenset[str] = frozenset()
    # The session that made the frame (`other = spark.newSession(); other.range(2)`): a temp view it
    # registers is that session's. None: `spark`'s, or not known.
    session: Session | None = field(default=None, compare=False, repr=False)
    # Lower-case names of every column the frame and each step before it had: a filter or a sort
    # reads a name from any of them (Spark resolves it through the projections below), and no
    # other.  None where some step's columns were not known.  Kept up to date at every Frame made
    # (__post_init__), so no step that sets columns can leave its own out.
    lineage: Any = field(default=_FRESH, compare=False, repr=False)
    # A frame made by `union`/`unionAll` straight from others: (its step, how many inputs it combines).
    # Spark flattens a chain of unions into one, and names the inputs by their place in it.
    union_inputs: tuple[int, int] = (-1, 1)

    def __post_init__(self) -> None:
        lineage = self.lineage
        if self.columns is None or lineage is None:
            lineage = None
        else:
            names = frozenset(column.lower() for column in self.columns)
            lineage = names if lineage is _FRESH else (lineage if names <= lineage else lineage | names)
        object.__setattr__(self, "lineage", lineage)

    def lacks_column(self, name: str) -> bool:
        if name.lower() in LITERAL_FUNCTIONS:
            return False  # Spark reads the name as the function when no column has it
        return self._lacks_column(name)

    def _lacks_column(self, name: str) -> bool:
        """Whether the frame's known columns lack ``name`` as Spark resolves it (without regard to
        case, unless its session sets spark.sql.caseSensitive; a file source's hidden `_metadata`
        is always there).  False where they are not known."""
        if self.columns is None or self.opaque or name == "_metadata":
            return False
        # (`spark.sql.caseSensitive=true` on the frame's session: the name must match exactly)
        return not any(self.same_name(column, name) for column in self.columns)

    @property
    def _case_sensitive(self) -> bool:
        conf = self.session.conf if self.session is not None else {}
        return str(conf.get("spark.sql.caseSensitive", "")).strip().lower() == "true"

    def same_name(self, column: str, name: str) -> bool:
        """Whether Spark reads ``name`` as ``column`` (without regard to case, unless the session
        sets spark.sql.caseSensitive)."""
        return column == name if self._case_sensitive else column.lower() == name.lower()

    def names_twice(self, name: str) -> bool:
        """Whether ``name`` names two or more of the frame's known columns (a join's two sides both
        have it): Spark refuses to read it by name ([AMBIGUOUS_REFERENCE]).  Matched as Spark
        matches names (without regard to case, unless the session sets spark.sql.caseSensitive)."""
        if self.columns is None or self.opaque or name.lower() in self.same_twice:
            return False
        return sum(1 for column in self.columns if self.same_name(column, name)) > 1

    def then(self, **changes) -> "Frame":
        if self.same_twice and "same_twice" not in changes and changes.get("columns", self.columns) is not self.columns:
            # (a step that makes its columns anew, even under the same names, `withColumn("id", …)`, `toDF(…)`,
            # a rename onto the name, makes the copies other attributes: review h132; a step that keeps
            # the frame's columns hands on the very tuple)
            changes["same_twice"] = frozenset()
        return replace(self, step=self.step + 1, **changes)

    @property
    def map_only(self) -> bool:
        return not (self.aggregations or self.dedups or self.sorts or self.limits or self.window_functions
                    or self.joins or self.stateful)


def doubled_columns(frame: "Frame") -> frozenset[str]:
    """The doubled_event_times the frame still holds twice: all of them where its columns are not
    known, else those its columns name twice (a projection that named one left it once)."""
    if frame.columns is None:
        return frame.doubled_event_times
    counts: dict[str, int] = {}
    for column in frame.columns:
        counts[column.lower()] = counts.get(column.lower(), 0) + 1
    return frozenset(name for name in frame.doubled_event_times if counts.get(name.lower(), 0) > 1)


def ambiguous(frame: "Frame", reads: Iterable[str | None]) -> bool:
    """Whether an operator reads by name a column the frame holds twice (doubled_event_times):
    Spark refuses the reference as ambiguous (AMBIGUOUS_REFERENCE) when the frame is built."""
    return not doubled_columns(frame).isdisjoint(reads)


def joined_event_times(frame: "Frame", reads: Iterable[str | None] = ()) -> tuple[str, ...]:
    """The event-time columns of a streaming frame that carries more than one: a stream-stream
    join of two watermarked inputs keeps both inputs' columns, each with its watermark (a name
    held twice is given twice), and a copy of the watermarked column made after `withWatermark`
    (`withColumn("event_time", col("timestamp"))`, a `window()` of it kept as a column) carries
    the watermark too.  A stream-stream join, a deduplication or an aggregation grouped by both
    over such a frame fails at the first batch.  Empty for anything else, and where a step
    was not read.  ``reads``: the names the operator reads; one that the frame holds twice is an
    ambiguous reference, which Spark refuses before any of this (nothing is said then)."""
    if not frame.streaming or frame.opaque:
        return ()
    # A projection that names a doubled column (Spark: an ambiguous reference) leaves it once here.
    doubled = doubled_columns(frame) & frame.watermark_columns
    if ambiguous(frame, reads):
        return ()
    if len(frame.watermark_columns) + len(doubled) < 2:
        return ()
    return tuple(sorted(frame.watermark_columns)) + tuple(sorted(doubled))


@dataclass(frozen=True)
class Grouped:
    frame: Frame
    keys: tuple[Key, ...]
    site: Site
    # `pivot(column, values)`: Spark plans the aggregation as two, one after the other (its site)
    pivot: Site | None = None
    # the values listed to pivot(), as Spark names their columns (None: not listed, or not constants)
    pivot_values: tuple[str, ...] | None = None
    pivoted: bool = False  # after pivot(…), with or without the values


@dataclass(frozen=True)
class Column:
    node: ast.AST
    fence: PythonFence


@dataclass(frozen=True)
class NaFunctions:
    """``df.na``: ``drop``, ``fill`` and ``replace`` give the frame back (``df.dropna()``…)."""

    frame: Frame


@dataclass(frozen=True)
class WindowSpec:
    site: Site
    ordered: bool | None = None  # orderBy() was called on it (None: not known)
    # The expressions its partitionBy and orderBy name (each call replaces the one before, as in
    # Spark); None where the spec was built by calls not followed here.
    partition: tuple[ast.expr, ...] | None = ()
    order: tuple[ast.expr, ...] | None = ()
    # Its frame as Spark shows it (`("RowFrame", "-1", "currentrow$()")`) where rowsBetween or
    # rangeBetween set one with bounds read here; None for none, or one not read.
    frame: tuple[str, str, str] | None = None


@dataclass(eq=False)
class BatchWriter:
    """``df.write``: a batch writer of ``frame``, with the columns it partitions by as far as they are
    read (None: a column not known here) and where each is named."""

    frame: Frame
    partition_columns: tuple[tuple[str | None, Site], ...] = ()
    format: str | None = "parquet"  # spark.sql.sources.default; None: one not read here
    mode: str | None = "errorifexists"  # mode(); None: one not read here


@dataclass(eq=False)
class Writer:
    frame: Frame
    site: Site  # the ``writeStream`` attribute
    session: Session
    format: str | None = "parquet"  # spark.sql.sources.default
    format_known: bool = True
    format_site: Site | None = None
    format_written: str | None = None  # the format's name as the lesson wrote it (Spark's errors echo it)
    output_mode: str | None = "append"
    mode_known: bool = True
    mode_site: Site | None = None
    options: dict[str, Any] = field(default_factory=dict)
    option_sites: dict[str, Site] = field(default_factory=dict)
    options_complete: bool = True
    trigger: str | None = None  # processingTime, once, availableNow, continuous, realTime
    trigger_site: Site | None = None
    query_name: Any = None
    query_name_site: Site | None = None
    foreach_batch: Any = None
    # partitionBy's columns, with where they are named (None: a column not known here)
    partition_columns: tuple[tuple[str | None, Site], ...] = ()
    started: bool = False
    escaped: bool = False  # returned or handed to code the model does not follow
    foreach_object: bool | None = None  # foreach given a writer object (True) or a function (False); None: not known
    stopped: bool = False  # its query was stopped (or awaited to the end) before later code ran
    # awaited with a timeout: the query may have ended by then (an availableNow or once trigger
    # ends by itself), or may still run
    maybe_stopped: bool = False
    last_site: Site | None = None  # the end of the chain built so far


@dataclass(eq=False)
class Query:
    writer: Writer


@dataclass(eq=False)
class ActiveQueries:
    """``spark.streams.active``: the queries running now; a name that walks it (``for q in
    spark.streams.active``) stands for any of them (:class:`AnyQuery`)."""

    session: Session


@dataclass(eq=False)
class StreamManager:
    """``spark.streams``."""

    session: Session


@dataclass(eq=False)
class AnyQuery:
    """One of the running queries, not known which: ``q.stop()`` in a loop over them all stops each."""


@dataclass(eq=False)
class Function:
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
    fence: PythonFence
    called: bool = False
    # The scopes the function was defined in (the module's, an enclosing function's): Python
    # resolves its free names there, as they are when it is called, not in its caller's scopes.
    enclosing: list[dict[str, Any]] | None = None


@dataclass(eq=False)
class LessonClass:
    """A class the lesson defines, read for its methods only (``__init__`` is not run)."""

    node: ast.ClassDef
    methods: dict[str, Function]


@dataclass(eq=False)
class LessonInstance:
    """An instance of a lesson's class: its methods can be passed on (``foreachBatch(saver.save)``),
    and what its methods store on ``self`` (``self.events = spark.readStream…``) is read back."""

    cls: LessonClass
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class BoundMethod:
    """A lesson class's method taken from an instance (or a classmethod): Python passes the first argument."""

    function: Function
    instance: Any = None  # the LessonInstance it was taken from (None: a classmethod's class, not followed)


@dataclass(frozen=True)
class Partial:
    """``functools.partial(target, *args, **keywords)`` of a lesson's function or method: calling
    it calls ``target`` with ``args`` first."""

    target: Any  # Function or BoundMethod
    args: tuple[Any, ...]
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Start:
    """A ``start()``/``toTable()``: where Spark's streaming checks run."""

    writer: Writer
    site: Site
    frame: Frame
    output_mode: str | None
    sink: str | None  # lower-case format, "foreachbatch"/"foreach", "table" for toTable without format
    options: dict[str, Any]
    session_conf: dict[str, Any]
    checkpoint: Any  # the option's value (None when not a constant), or UNKNOWN when absent
    query_name: Any
    trigger: str | None
    trigger_site: Site | None
    active: tuple["Start", ...] = ()  # queries started earlier and still running at this start
    # Those of them awaited with a timeout before this start (Writer.maybe_stopped then: the writer's
    # flag is read after the whole program, when a later await may have set it; held-out h115).
    awaited_before: frozenset[int] = frozenset()  # their indexes in ``active``
    to_table: bool = False  # `toTable(name)`: a table, not a path, names where the rows go


@dataclass(frozen=True)
class Action:
    site: Site
    method: str
    frame: Frame


@dataclass(frozen=True)
class Load:
    reader: Reader
    site: Site
    streaming: bool


@dataclass(frozen=True)
class FromJson:
    site: Site  # the from_json call
    column: str
    frame: Frame


def subscript_key(node: ast.Subscript) -> str:
    """How :class:`Call` names a `SETTINGS["delay"]` argument among the strings its names held."""
    return f"{getattr(node.value, 'id', '')}[{getattr(node.slice, 'value', '')!r}]@{node.lineno}:{node.col_offset}"


@dataclass(frozen=True)
class Call:
    """A call the model saw, by the name it resolves to."""

    site: Site
    name: str  # method name, or "pyspark.sql.functions.x" for functions
    receiver: Any
    args: tuple[ast.expr, ...]
    keywords: tuple[ast.keyword, ...]
    # The string constants the call's plain-name arguments held when it ran (`F.window("ts", SLIDE)`).
    strings: tuple[tuple[str, str], ...] = ()
    # The column expressions its plain-name arguments held (`F.session_window("ts", gap)`).
    columns: tuple[tuple[str, ast.AST], ...] = ()
    # Its receiver is a Column for sure (built by pyspark.sql.functions or of a frame the lesson made),
    # outside the body of a UDF.
    on_column: bool = False
    # A bare name no import or assignment binds, read as the pyspark.sql.functions function of that
    # name (`count()` without an import): Python raises NameError there first.
    unbound: bool = False

    def string_of(self, node: ast.expr) -> str | None:
        """A string argument as written or held by a name."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return dict(self.strings).get(node.id)
        if isinstance(node, ast.Subscript):
            return dict(self.strings).get(subscript_key(node))
        return None

    def expression_of(self, node: ast.expr) -> ast.AST:
        """An argument's expression as written, or the column expression a name held."""
        if isinstance(node, ast.Name):
            return dict(self.columns).get(node.id, node)
        return node


@dataclass(eq=False)
class SparkAnalysis:
    starts: list[Start] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    loads: list[Load] = field(default_factory=list)
    from_json: list[FromJson] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    writers: list[Writer] = field(default_factory=list)
    # Stateful steps on streaming frames, started or not (a helper that is never started
    # still teaches the pattern): (aggregation, frame it was applied to).
    aggregations: list[tuple[Aggregation, Frame]] = field(default_factory=list)
    window_functions: list[tuple[Site, str, Frame]] = field(default_factory=list)
    # withWatermark on a column of a known non-timestamp type: (site, column, type).
    bad_watermarks: list[tuple[Site, str, SparkType]] = field(default_factory=list)
    # foreachBatch given a function of the lesson that cannot take (batch frame, batch id):
    # (site of the foreachBatch call, the function's name, how many positional arguments it takes).
    bad_batch_functions: list[tuple[Site, str, str]] = field(default_factory=list)
    # withWatermark on a field of a struct column (`payload.ts_ms`): (site, the field's path).
    nested_watermarks: list[tuple[Site, str]] = field(default_factory=list)
    # applyInPandasWithState given an output mode of its own that is not append or update: (site, as written).
    bad_state_modes: list[tuple[Site, str]] = field(default_factory=list)
    # foreach given a writer Spark cannot call: (site of the foreach call, what is wrong with it).
    bad_foreach_writers: list[tuple[Site, str]] = field(default_factory=list)
    # window()/session_window() over a column of a known type Spark does not cast to a timestamp:
    # (site, function, column, type).
    bad_windows: list[tuple[Site, str, str, SparkType]] = field(default_factory=list)
    # Calls Spark refuses on a stream at once, before any query starts: (site, Spark's text).
    refused_calls: list[tuple[Site, str]] = field(default_factory=list)
    # dropDuplicatesWithinWatermark on a frame known to be batch: (site, "foreachBatch" for the frame
    # a foreachBatch callback gets, else None).
    batch_dedups_within_watermark: list[tuple[Site, str | None]] = field(default_factory=list)
    # Columns named (as strings) to deduplicate on that the frame's known columns lack: (site of the
    # name, the name, the frame's columns).  Spark resolves them at the call.
    dedup_columns_missing: list[tuple[Site, str, tuple[str, ...]]] = field(default_factory=list)
    # Columns a `select`, `withColumn`, `groupBy` or `agg` names (a string or `col("…")`) that the
    # frame's known columns lack: (site of the name, the name, the frame's columns).  Spark resolves
    # them at the call.
    select_columns_missing: list[tuple[Site, str, tuple[str, ...]]] = field(default_factory=list)
    # A literal argument outside what Spark takes: (site, the function or method, the literal as Spark shows it)
    arguments_out_of_range: list[tuple[Site, str, str]] = field(default_factory=list)
    # SQL of another dialect Spark's parser refuses: (site, "top" | "qualify" | "comma", the text there)
    sql_dialect: list[tuple[Site, str, str]] = field(default_factory=list)
    # A name the select list gives an expression, read in the query's WHERE (resolved before the select list)
    aliases_in_where: list[tuple[Site, str, tuple[str, ...]]] = field(default_factory=list)
    # SQL session variables the lesson declares (`DECLARE VARIABLE min_qty INT`), lower case: a name
    # that reads one is no missing column (held-out h81).
    session_variables: set[str] = field(default_factory=set)
    # A USING join's column one side lacks (`a.join(b, "id")`): (site of the name, the name, "left" or
    # "right", that side's columns).  Spark resolves them at the call.
    join_columns_missing: list[tuple[Site, str, str, tuple[str, ...]]] = field(default_factory=list)
    # A field a struct column lacks (`select("m.a.y")`): (site, the field, the struct's fields)
    select_fields_missing: list[tuple[Site, str, tuple[str, ...]]] = field(default_factory=list)
    # A field read from a column of a type of one value (`after.id` where `after` is a STRING):
    # (site, the column or path as written, its type as Spark names it).
    fields_of_atomic: list[tuple[Site, str, str]] = field(default_factory=list)
    # `df.referrer` where the frame has no such column: (site, the name, the frame's columns)
    attribute_columns_missing: list[tuple[Site, str, tuple[str, ...]]] = field(default_factory=list)
    # A column an aggregation reads outside any aggregate function: (site, the name as written, as the
    # frame spells it, True for a grouped aggregation (MISSING_AGGREGATION) / False (MISSING_GROUP_BY)).
    non_aggregated: list[tuple[Site, str, str, bool]] = field(default_factory=list)
    # `agg()` given a list of aggregates, or nothing: (site, PySpark's assertion, what to write instead)
    agg_arguments_asserted: list[tuple[Site, str, str]] = field(default_factory=list)
    # A window function that needs an ordered window over a window spec with no orderBy: (site of
    # the function's `.over(…)`, the function's name).
    unordered_windows: list[tuple[Site, str]] = field(default_factory=list)
    # toDF(…) with another number of names than the frame has columns: (site of the call, the names
    # given, the frame's columns).
    renamed_arity: list[tuple[Site, int, tuple[str, ...]]] = field(default_factory=list)
    # `StructType().add("id", "int")`: a type given as text that PySpark does not read (its JSON
    # names only): (site of the text, the text).
    struct_type_names: list[tuple[Site, str]] = field(default_factory=list)
    # A type's class where PySpark takes a type (`StructField("id", LongType)`, `ArrayType(StringType)`):
    # (site of the class, the call as written, the parameter, the class's name).  PySpark asserts it.
    type_classes: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # A type's name as text there (`StructField("id", "long")`): (site of the text, the call, the
    # parameter, the text).  PySpark asserts a type.
    type_texts: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # A type built without a parameter it needs (`ArrayType()`, `StructField("id")`): (site of the
    # call, the class's name, the parameters missing).  Python refuses the call (TypeError).
    type_arguments_missing: list[tuple[Site, str, tuple[str, ...]]] = field(default_factory=list)
    # A type name Spark's SQL grammar does not know in a DDL text (`cast("integr")`, a schema
    # string): (site of the text, the name as written, Spark's error text).
    unknown_types: list[tuple[Site, str, str]] = field(default_factory=list)
    # A schema text Spark cannot read (`"id INT op STRING"`): (site of the text, what is wrong,
    # Spark's error text).  schema.schema_syntax_error.
    schema_syntax_errors: list[tuple[Site, str, str]] = field(default_factory=list)
    # A plain Python value where PySpark takes a Column (`when("op = 'c'", …)`, `withColumn("n", 1)`):
    # (site of the value, the parameter's name, the value's type name).  PySpark refuses it at the call.
    plain_values: list[tuple[Site, str, str]] = field(default_factory=list)
    # A plain Python value where a function of pyspark.sql.functions takes a Column or a column's name
    # (`F.coalesce(col, 0)`): (site of the value, the function, the argument's name in PySpark's
    # message, the value's Python type).  Interpreter._plain_values_for_columns.
    plain_values_for_columns: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # `groupBy("k").sum("note")` over a column of a known type that is no number: (site of the
    # name, the name as written, its type).  Spark refuses it at the call.
    not_numeric: list[tuple[Site, str, str]] = field(default_factory=list)
    # `explode("items")`, `size("items")` over a column of a known type that is no array or map:
    # (site of the column, the function as written, the column as written, its type as Spark names it).
    generator_inputs: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # A function whose parameter takes one kind of type given a column of a known type it refuses
    # (`timestamp_millis` of a STRING, `hour` of a BIGINT): (site of the argument, the function, the
    # column, its type as Spark names it, the type the parameter requires as Spark names it ("INTEGRAL",
    # "DATE"…), the parameter's position (0: first), whether it is the call's only argument).
    typed_inputs: list[tuple[Site, str, str, str, str, int, bool]] = field(default_factory=list)
    # Position 0 given to a function that counts an array's elements from 1 (`element_at(ops, 0)`,
    # `slice(ops, 0, 2)`) over a column of a known array type: (site of the 0, the function as written).
    array_index_zero: list[tuple[Site, str, bool]] = field(default_factory=list)  # (…, in a when/otherwise branch)
    # A window function (`row_number`, `lag` …) in a step's expressions without `.over(…)`: (site of
    # the call, the function as written).
    windows_without_over: list[tuple[Site, str]] = field(default_factory=list)
    # A datetime pattern with a letter Spark refuses (`"YYYY-MM-DD"`: the week-based year): (site of
    # the pattern, the function as written, the pattern, the letter).
    patterns_refused: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # A generator given another number of names than it makes columns (`posexplode(…).alias("tag")`):
    # (site of the alias call, the function as written, the columns it makes, the names given).
    generator_aliases_mismatched: list[tuple[Site, str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    # A unit `date_trunc`/`trunc` does not know (`"hours"`): (site of the text, the function, the unit
    # as written).  Spark gives NULL for every row.  columns.note_truncation_units.
    truncation_units_unknown: list[tuple[Site, str, str]] = field(default_factory=list)
    # A time zone Spark does not read (`from_utc_timestamp("ts", "MSK")`, the session's time zone set to
    # one): (site of the zone's text, the function or setting as written, the zone).
    zones_refused: list[tuple[Site, str, str]] = field(default_factory=list)
    # A batch writer's partition column the frame lacks: (site of the column's name, the name, the
    # frame's columns, whether the frame is saved as a table).
    batch_partitions_missing: list[tuple[Site, str, tuple[str, ...], bool]] = field(default_factory=list)
    # A batch write to a file format (`df.write.csv(…)`, `.format("text").save(…)`): (site of the write
    # call, the frame written, the format in lower case, the columns it partitions by, which go into the
    # folders' names and not into the files; None for one not read here).  SPK031 and SPK037 read the
    # types the format cannot store.
    batch_file_writes: list[tuple[Site, "Frame", str, tuple[str | None, ...]]] = field(default_factory=list)
    # Casts of a string literal ANSI mode refuses (SPK082): (site of the literal, the literal, the type).
    literal_casts: list[tuple[Site, str, str]] = field(default_factory=list)
    # A generator where Spark refuses one: (site of the call, the function as written, "outside" (a
    # filter's condition) or "nested" (inside another expression of a projection)).
    generators_misplaced: list[tuple[Site, str, str]] = field(default_factory=list)
    # A text one branch of `when … otherwise` gives beside numbers in others (`.otherwise("none")`), which
    # Spark casts to the branches' number type and ANSI mode refuses: (site of the text, the text, the
    # type as Spark names it).  columns.note_branch_values.
    branch_casts: list[tuple[Site, str, str]] = field(default_factory=list)
    # An aggregate (`F.sum("amount") > 10`) or a window function in the condition of a filter over
    # rows that were never aggregated: (site of the function, "aggregate" or "window").  Spark refuses it.
    filter_aggregates: list[tuple[Site, str]] = field(default_factory=list)
    # The `"*"` of `count("*")` in a pivot's aggregation: Spark refuses it ([INVALID_USAGE_OF_STAR_OR_REGEX]).
    pivot_stars: list[Site] = field(default_factory=list)
    # `MERGE INTO v` or `UPDATE v` in `spark.sql` of a temp view the lesson registered: (site of the
    # call, the view, Spark's name of the operation).  A view's rows cannot be changed.
    views_changed: list[tuple[Site, str, str]] = field(default_factory=list)
    # A column taken from another frame (`df.op`) in a projection of a frame that lacks it: (site of the
    # column, the other frame's name, the column, this frame's columns).  Spark refuses the projection.
    stale_columns: list[tuple[Site, str, str, tuple[str, ...], bool | None]] = field(default_factory=list)
    # createDataFrame's first row written out with another number of values than its schema's
    # fields: (site of the row, its values, the fields).  PySpark refuses it at the call.
    rows_of_other_length: list[tuple[Site, int, int]] = field(default_factory=list)
    # createDataFrame's first value written out that PySpark's check of the rows refuses for its
    # field's type (an int for a DOUBLE, a string for a TIMESTAMP): (site of the value, PySpark's name
    # of its place ("field amount", "element in array field prices"), the place as a message names it
    # ("field `amount`", "an element of field `prices`"), its type name, the value as Python shows it,
    # the value's Python type name, whether it is written as a literal there: not a name or an
    # expression that makes it).
    values_of_other_type: list[tuple[Site, str, str, str, str, str, bool]] = field(default_factory=list)
    # createDataFrame's first value written out that PySpark refuses as an integer past the range of its
    # field's type (`1700000000000` for an INT): (site of the value, the place as a message names it, the
    # type name, the value as written, the type's lowest and highest values).
    values_out_of_range: list[tuple[Site, str, str, str, int, int]] = field(default_factory=list)
    # createDataFrame's first value written out that is None (or a dict's missing key) in a field the
    # schema declares NOT NULL (`nullable=False`): (site of the value or row, the field).  PySpark refuses it.
    values_not_nullable: list[tuple[Site, str]] = field(default_factory=list)
    # createDataFrame rows with no types given whose column is None in every row (SPK083): (site, column).
    types_not_inferred: list[tuple[Site, str]] = field(default_factory=list)
    # A column of rows written out, with no type given, whose values PySpark infers types for that it
    # cannot merge (`10` and `10.5`): (site of the value, the column, the type so far, the value's type).
    types_not_merged: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # A Column where a function takes text (TEXT_PARAMETERS; SPK071): (site, function, parameter).
    columns_for_text: list[tuple[Site, str, str]] = field(default_factory=list)
    # Blanks and punctuation with an empty part between dots where Spark reads a column's name
    # (`F.concat("db", ".", "tbl")`): (site of the string, the string).  [INVALID_ATTRIBUTE_NAME_SYNTAX]
    invalid_column_names: list[tuple[Site, str]] = field(default_factory=list)
    # A schema text with a `CHAR(n)` or `VARCHAR(n)` type where a frame's schema is read (createDataFrame,
    # `read.schema`, `readStream.schema`, from_json): (site of the text, the type name as written, whether
    # createDataFrame's).  Spark refuses it unless the session reads such types as strings.
    char_varchar_schemas: list[tuple[Site, str, bool]] = field(default_factory=list)
    # Functions called by a plain name in SQL text Spark analyses where it is written (a projection,
    # filter or aggregation, a `spark.sql` query): (site of the name inside the string, the name as
    # written, the token before it in lower case: "" in an expression, where only calls are listed).
    sql_calls: list[tuple[Site, str, str]] = field(default_factory=list)
    # Those of them written with a plain list of arguments (.sql.call_argument_counts): (site, the name,
    # the token before it, how many arguments).
    sql_call_counts: list[tuple[Site, str, str, int]] = field(default_factory=list)
    # An aggregate function inside another one's arguments (`F.max(F.sum("x"))`): (site of the inner,
    # the inner function, the outer one).
    nested_aggregates: list[tuple[Site, str, str]] = field(default_factory=list)
    # Python asked for the truth of a Column (`a and b`, `not c`, `if c:`, `a == b & c > 0` read as a
    # chained comparison): (site of the Column, how: "and", "or", "not", "if", "chain").  PySpark
    # refuses it there ([CANNOT_CONVERT_COLUMN_INTO_BOOL]).
    columns_as_bool: list[tuple[Site, str]] = field(default_factory=list)
    # `join(other, on, "left_outer_join")`: a join type Spark does not know (site of the text, the text).
    unknown_join_types: list[tuple[Site, str]] = field(default_factory=list)
    # A ranking function, lag or lead over a window whose frame Spark refuses for it: (site of the
    # `.over(…)`, the function, the window's frame).
    refused_frames: list[tuple[Site, str, tuple[str, str, str]]] = field(default_factory=list)
    # The same in SQL text (`LAG(x) OVER (… ROWS BETWEEN …)`): (site of the function's name, the
    # function, the frame).  columns.note_sql_frames.
    sql_refused_frames: list[tuple[Site, str, tuple[str, str, str]]] = field(default_factory=list)
    # Aggregates and window functions SQL text uses where Spark refuses them (sql.aggregate_misuses):
    # (site of the function's name, "nested" / "where" / "no_over", the function, the outer aggregate).
    sql_aggregate_misuses: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # A named parameter marker in `spark.sql` text given no `args` (`WHERE op = :op`): (site of the
    # marker, its name).  sql.parameter_markers.
    unbound_parameters: list[tuple[Site, str, str]] = field(default_factory=list)
    # A window function over a RANGE frame with a value bound that Spark refuses where the projection
    # is analysed: (site of `.over(…)`, "multi" (several order expressions) or "type", the order
    # expression's type for "type").
    range_frames_refused: list[tuple[Site, str, str]] = field(default_factory=list)
    # dropDuplicates("id"): a subset given as a string, not a list (site of the argument, method).
    dedup_subset_strings: list[tuple[Site, str]] = field(default_factory=list)
    # A name read that two or more of the frame's columns have (after a join): (site of the name,
    # the name as written).  Spark refuses it at the call ([AMBIGUOUS_REFERENCE]).
    ambiguous_references: list[tuple[Site, str]] = field(default_factory=list)
    # A join of a frame with itself whose condition reads columns through that frame (`emp.join(emp,
    # emp.manager_id == emp.id)`): Spark cannot tell which side each is on and refuses the join.
    # (site of the condition, the columns as the condition reads them, in order).  join._self_join.
    self_join_conditions: list[tuple[Site, tuple[str, ...]]] = field(default_factory=list)
    # The same read by a sort (`orderBy("id")` after a join on a condition): Spark says it cannot
    # resolve it ([UNRESOLVED_COLUMN], listing the name twice among its suggestions).
    ambiguous_sort_keys: list[tuple[Site, str]] = field(default_factory=list)
    # A union Spark refuses for its inputs' columns: (site of the call, the method, "count" with (first
    # input's columns, second's) or "missing" with (the first input's column, the second's columns)).
    union_mismatches: list[tuple[Site, str, str, tuple]] = field(default_factory=list)
    # A timeout PySpark refuses before it waits: (site of the value, method, the value's type name).
    bad_timeouts: list[tuple[Site, str, str]] = field(default_factory=list)
    # A temp view of a foreachBatch's batch session read through another session (`spark.sql`,
    # `spark.table`): (site of the read, view name, site where the view was registered).
    views_of_batch_session: list[tuple[Site, str, Site]] = field(default_factory=list)
    # A global temp view read by its name alone (`FROM changes` after createGlobalTempView("changes")):
    # (site of the read, the name as written).  Spark finds it only as `global_temp.changes`.
    global_views_unqualified: list[tuple[Site, str]] = field(default_factory=list)
    # `createTempView(name)` or `createGlobalTempView(name)` when the session has a view of that name
    # already: (site of the call, the name as written).
    views_existing: list[tuple[Site, str]] = field(default_factory=list)
    # A temp view's name Spark refuses (`"cdc.public.orders"`, `"cdc-events"`): (site of the name, the
    # method, the name, Spark's message).  methods.frame.temp_view.
    view_names_refused: list[tuple[Site, str, str, str]] = field(default_factory=list)
    # The names (lower case) of the tables and persistent views the lesson's SQL creates (CREATE TABLE).
    tables_created: set[str] = field(default_factory=set)
    # The reverse: a view registered on the lesson's session inside a foreachBatch function, read
    # through the batch's own session: (site of the read, the view, where it was registered).
    late_views_read: list[tuple[Site, str, Site]] = field(default_factory=list)
    # Temp views registered outside foreachBatch functions (frames' views of `spark`, SQL DDL): a
    # late view of the same name may be in the clone after all (registered before start()).
    views_made_outside: set[str] = field(default_factory=set)
    session: Session = field(default_factory=Session)
    imports: dict[str, Any] = field(default_factory=dict)  # name -> ModuleRef/FuncRef/ClassRef

    def calls_named(self, *names: str) -> Iterator[Call]:
        wanted = set(names)
        return (call for call in self.calls if call.name in wanted)


@dataclass(eq=False)
class ExprFacts:
    """What a column expression contains, as far as Spark's checks are concerned."""

    aggregates: list[Site] = field(default_factory=list)
    distinct: list[Site] = field(default_factory=list)
    windows: list[tuple[Site, str, str | None]] = field(default_factory=list)  # time windows: function, column
    over: list[tuple[Site, str]] = field(default_factory=list)  # non-time window functions
    current_time: list[Site] = field(default_factory=list)
    generators: list[Site] = field(default_factory=list)  # explode(…), inline(…): a Generate step
    unsupported: list[tuple[Site, str]] = field(default_factory=list)
    from_json: list[tuple[Site, ast.expr]] = field(default_factory=list)
    understood: bool = True


def constant(value: Any) -> Any:
    """The Python value of a :class:`Const`, else None."""
    return value.value if isinstance(value, Const) else None


def spelled(frame: Frame | None, name: str | None) -> str | None:
    """``name`` as ``frame`` spells the column it names: Spark resolves column names without
    regard to case (`spark.sql.caseSensitive` is false by default), so `TIMESTAMP` is the
    `timestamp` column.  The name as written where no known column, or more than one, matches."""
    if frame is None or not name:
        return name
    head, dot, rest = name.partition(".")
    if dot and rest and frame.aliases and head.lower() in {alias.lower() for alias in frame.aliases}:
        # `e.timestamp` after `.alias("e")`: the frame's own column, qualified by its alias
        name = rest
        head, dot, rest = name.partition(".")
    known = (*(frame.columns or ()), *frame.watermark_columns, *frame.types)
    if head in known:
        return name
    folded = head.lower()
    matches = {column for column in known if column.lower() == folded}
    return matches.pop() + dot + rest if len(matches) == 1 else name


# The attributes and methods of PySpark's DataFrame (4.1, and 3.x's since removed): `df.name` is a
# column only where the name is none of them (DataFrame.__getattr__), and must then be a column.
DATAFRAME_ATTRIBUTES = frozenset("""
    agg alias approxQuantile asTable cache checkpoint coalesce colRegex collect columns corr count cov
    createGlobalTempView createOrReplaceGlobalTempView createOrReplaceTempView createTempView crossJoin crosstab cube
    describe distinct drop dropDuplicates dropDuplicatesWithinWatermark drop_duplicates dropna dtypes exceptAll
    executionInfo exists explain fillna filter first foreach foreachPartition freqItems groupBy groupby groupingSets
    head hint inputFiles intersect intersectAll isEmpty isLocal isStreaming is_cached join lateralJoin limit
    localCheckpoint mapInArrow mapInPandas melt mergeInto metadataColumn na observe offset orderBy pandas_api persist
    plot printSchema randomSplit rdd registerTempTable repartition repartitionById repartitionByRange replace rollup
    sameSemantics sample sampleBy scalar schema select selectExpr semanticHash show sort sortWithinPartitions
    sparkSession sql_ctx stat storageLevel subtract summary tail take to toArrow toDF toJSON toLocalIterator toPandas
    to_koalas to_pandas_on_spark transform transpose union unionAll unionByName unpersist unpivot where withColumn
    withColumnRenamed withColumns withColumnsRenamed withMetadata withWatermark write writeStream writeTo
""".split())


# Names Spark's analyzer reads as a function where no column has the name (LiteralFunctionResolution):
# `select("user")` is current_user() on a frame without a `user` column.
# (`current_time` is a function from Spark 4.1: a column of that name missing is not reported on any version)
LITERAL_FUNCTIONS = frozenset({"current_date", "current_timestamp", "current_time", "current_user", "user", "session_user",
                               "grouping__id"})
