"""A dataflow model of a lesson's PySpark code, read the way Spark reads it.

The Python fences of a lesson run top to bottom as one notebook
(:mod:`mdxlint.pyfences`).  This module interprets them abstractly: every name is
bound to what it holds for Spark — the session, a reader, a DataFrame (streaming or
batch) with the operations applied to it so far, a grouped frame, a stream writer,
a started query, a column expression — or to :data:`UNKNOWN`.  Nothing is executed.

The SPK rules do not walk the code themselves.  They read :class:`SparkAnalysis`:

* ``starts``: every ``writeStream…start()`` / ``toTable()`` with the frame's plan
  facts, output mode, sink, options, trigger and the session configuration at that
  moment (Spark's unsupported-operation checker runs inside ``start()``);
* ``actions``: batch-only calls (``show``, ``count``, ``write`` …) on frames;
* ``loads``: every ``readStream``/``read`` … ``load()`` with format and options;
* ``from_json``: ``from_json`` calls on a binary column;
* ``calls``: method and function calls by name (triggers, deprecated APIs);
* ``writers``: every stream writer created, started or not.

Where the model cannot know something (a helper it cannot follow, SQL text, an
option value computed at run time) it says so (``opaque``, ``None``) and the rules
stay silent: a rule only claims what follows from code it understood.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace
from typing import Any, Iterator

from mdxlint.mdx.document import Document
from mdxlint.analyzers.python.notebook import Notebook, PythonFence, notebook

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
    regr_syy try_avg try_sum histogram_numeric""".split()
)
DISTINCT_AGGREGATES = frozenset({"countDistinct", "count_distinct", "sum_distinct", "sumDistinct"})
TIME_WINDOW_FUNCTIONS = frozenset({"window", "session_window"})
CURRENT_TIME_FUNCTIONS = frozenset({"current_timestamp", "current_date", "now", "localtimestamp", "curdate"})
# Functions Spark documents in pyspark.sql.functions that lessons call by bare name;
# used when a name is called but never imported (PY002 reports the missing import).
KNOWN_FUNCTIONS = AGGREGATE_FUNCTIONS | TIME_WINDOW_FUNCTIONS | CURRENT_TIME_FUNCTIONS | {
    "col", "column", "lit", "expr", "from_json", "to_json", "struct", "window_time", "row_number", "rank",
    "dense_rank", "lag", "lead", "ntile", "percent_rank", "cume_dist", "nth_value", "to_timestamp",
    "monotonically_increasing_id",
}
RANKING_FUNCTIONS = frozenset({"row_number", "rank", "dense_rank", "lag", "lead", "ntile", "percent_rank", "cume_dist", "nth_value"})

FILE_FORMATS = frozenset({"parquet", "json", "csv", "orc", "text", "avro", "xml"})
# DataStreamWriter: sinks that may run with a temporary checkpoint (SOURCES_ALLOW_ONE_TIME_QUERY).
ONE_TIME_SINKS = frozenset({"memory", "foreach", "foreachbatch", "console", "noop"})
CHECKPOINT_CONF = "spark.sql.streaming.checkpointLocation"

KAFKA_SOURCE_COLUMNS = ("key", "value", "topic", "partition", "offset", "timestamp", "timestampType")
RATE_SOURCE_COLUMNS = ("timestamp", "value")
KAFKA_SOURCE_TYPES = {"key": "binary", "value": "binary", "topic": "string", "partition": "int", "offset": "bigint",
                      "timestamp": "timestamp", "timestampType": "int"}
RATE_SOURCE_TYPES = {"timestamp": "timestamp", "value": "bigint"}
# Types withWatermark refuses for certain ([EVENT_TIME_IS_NOT_ON_TIMESTAMP_TYPE]); a struct window is accepted.
NOT_EVENT_TIME_TYPES = frozenset({"bigint", "int", "smallint", "tinyint", "string", "double", "float", "decimal",
                                  "boolean", "binary", "array", "map"})

# Calls that run a job at once, and so fail on a streaming frame (checked with PySpark 4.1:
# `describe`/`summary` are lazy and do not; `cache`/`persist` plan the query and do).
BATCH_ACTIONS = frozenset(
    {"show", "count", "collect", "toPandas", "take", "head", "first", "tail", "foreach", "foreachPartition",
     "toLocalIterator", "isEmpty", "toJSON", "checkpoint", "localCheckpoint", "cache", "persist", "inputFiles"}
)

# DataFrame methods that keep the frame's kind and add no stateful operator.
PROJECTIONS = frozenset(
    {"select", "selectExpr", "withColumn", "withColumns", "withColumnRenamed", "withColumnsRenamed", "drop",
     "filter", "where", "alias", "fillna", "dropna", "replace", "toDF", "hint", "repartition",
     "repartitionByRange", "coalesce", "withMetadata", "to", "unpersist", "sortWithinPartitions",
     "withColumnRenamed", "dropFields", "colRegex", "printSchema", "explain", "createOrReplaceTempView",
     "createTempView", "createGlobalTempView", "createOrReplaceGlobalTempView", "observe", "unpivot", "melt",
     "mapInPandas", "mapInArrow", "transform"}
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


@dataclass(frozen=True)
class SparkType:
    """A Spark SQL type as far as the lesson shows it; ``struct`` keeps its fields."""

    name: str  # bigint, int, string, timestamp, struct, array, …
    fields: tuple[tuple[str, "SparkType"], ...] = ()

    def field(self, name: str) -> "SparkType | None":
        for field_name, field_type in self.fields:
            if field_name == name:
                return field_type
        return None


@dataclass(frozen=True)
class StructFieldValue:
    name: str
    type: SparkType | None


TYPES_MODULE = "pyspark.sql.types"
SIMPLE_TYPES = {
    "LongType": "bigint", "IntegerType": "int", "ShortType": "smallint", "ByteType": "tinyint",
    "StringType": "string", "DoubleType": "double", "FloatType": "float", "DecimalType": "decimal",
    "BooleanType": "boolean", "DateType": "date", "TimestampType": "timestamp", "TimestampNTZType": "timestamp_ntz",
    "BinaryType": "binary", "ArrayType": "array", "MapType": "map", "VariantType": "variant",
}
DDL_TYPES = {
    "bigint": "bigint", "long": "bigint", "int": "int", "integer": "int", "smallint": "smallint", "short": "smallint",
    "tinyint": "tinyint", "byte": "tinyint", "string": "string", "varchar": "string", "char": "string",
    "double": "double", "float": "float", "real": "float", "decimal": "decimal", "numeric": "decimal", "dec": "decimal",
    "boolean": "boolean", "bool": "boolean", "date": "date", "timestamp": "timestamp", "timestamp_ltz": "timestamp",
    "timestamp_ntz": "timestamp_ntz", "binary": "binary",
}
TIMESTAMP_FUNCTIONS = frozenset({
    "to_timestamp", "current_timestamp", "timestamp_seconds", "timestamp_millis", "timestamp_micros",
    "to_utc_timestamp", "from_utc_timestamp", "date_trunc", "make_timestamp", "window_time", "now", "localtimestamp",
    "try_to_timestamp",
})
STRING_FUNCTIONS = frozenset({"from_unixtime", "date_format", "to_json", "concat", "concat_ws", "upper", "lower",
                              "trim", "substring", "regexp_replace", "format_string"})


def _split_top(text: str, separator: str = ",") -> list[str]:
    parts, depth, current = [], 0, []
    for char in text:
        if char in "<(":
            depth += 1
        elif char in ">)":
            depth -= 1
        if char == separator and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def ddl_type(text: str) -> SparkType | None:
    """A type written in Spark's DDL (``BIGINT``, ``struct<a:int>``, ``decimal(10,2)``)."""
    text = text.strip()
    lowered = text.lower()
    if lowered.startswith("struct<") and lowered.endswith(">"):
        return ddl_schema(text[7:-1], ":")
    base = re.match(r"[a-z_]+", lowered)
    if base is None:
        return None
    if base.group(0) in ("array", "map"):
        return SparkType(base.group(0))
    name = DDL_TYPES.get(base.group(0))
    return SparkType(name) if name else None


def ddl_schema(text: str, separator: str = " ") -> SparkType | None:
    """A schema in DDL: ``id INT, after STRUCT<ts: BIGINT>``."""
    fields = []
    for part in _split_top(text):
        if separator == ":" and ":" in part:
            name, _, type_text = part.partition(":")
        else:
            pieces = part.split(None, 1)
            if len(pieces) != 2:
                return None
            name, type_text = pieces
            if name.endswith(":"):
                name = name[:-1]
        field_type = ddl_type(type_text.removesuffix("NOT NULL").strip())
        fields.append((name.strip().strip("`"), field_type or SparkType("unknown")))
    return SparkType("struct", tuple(fields)) if fields else None


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
    conf: dict[str, Any] = field(default_factory=dict)
    conf_sites: dict[str, Site] = field(default_factory=dict)
    temp_views: dict[str, "Frame"] = field(default_factory=dict)


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


@dataclass(frozen=True)
class Key:
    """A grouping key: its output name, the time column of a ``window()``."""

    name: str | None
    time_column: str | None = None
    site: Site | None = None
    known: bool = True


@dataclass(frozen=True)
class Aggregation:
    site: Site
    keys: tuple[Key, ...]
    watermarked: bool | None  # a grouping key carries watermark metadata (None: cannot tell)
    watermark_before: bool  # some watermark was applied before this aggregation
    distinct: tuple[Site, ...]
    step: int


@dataclass(frozen=True)
class Watermark:
    site: Site
    column: str | None
    step: int


@dataclass(frozen=True)
class Dedup:
    site: Site
    method: str
    columns: tuple[str, ...] | None  # None: all columns
    watermark_columns: frozenset[str]  # columns carrying a watermark at that point
    watermark_before: bool


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
    dedups: tuple[Dedup, ...] = ()
    sorts: tuple[tuple[Site, bool], ...] = ()  # (site, after an aggregation)
    limits: tuple[Site, ...] = ()
    window_functions: tuple[tuple[Site, str], ...] = ()
    joins: tuple[Join, ...] = ()
    current_time: tuple[Site, ...] = ()
    stateful: tuple[tuple[Site, str], ...] = ()  # other stateful operators (flatMapGroupsWithState …)
    # Operations Spark never runs on a stream, with its exception text (union with a batch, sample …).
    unsupported: tuple[tuple[Site, str], ...] = ()
    columns: tuple[str, ...] | None = None
    binary_columns: frozenset[str] = frozenset()
    struct_columns: frozenset[str] = frozenset()  # columns of a struct type (window, from_json(...))
    types: dict[str, SparkType] = field(default_factory=dict, compare=False)  # known column types
    batch_inside: str | None = None  # "foreachBatch" for the frames a foreachBatch callback gets
    inferred: str | None = None  # why a helper's parameter is taken for a stream

    def then(self, **changes) -> "Frame":
        return replace(self, step=self.step + 1, **changes)

    @property
    def map_only(self) -> bool:
        return not (self.aggregations or self.dedups or self.sorts or self.limits or self.window_functions
                    or self.joins or self.stateful)


@dataclass(frozen=True)
class Grouped:
    frame: Frame
    keys: tuple[Key, ...]
    site: Site


@dataclass(frozen=True)
class Column:
    node: ast.AST
    fence: PythonFence


@dataclass(frozen=True)
class WindowSpec:
    site: Site


@dataclass(eq=False)
class Writer:
    frame: Frame
    site: Site  # the ``writeStream`` attribute
    session: Session
    format: str | None = "parquet"  # spark.sql.sources.default
    format_known: bool = True
    format_site: Site | None = None
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
    started: bool = False
    escaped: bool = False  # returned or handed to code the model does not follow
    stopped: bool = False  # its query was stopped (or awaited to the end) before later code ran
    last_site: Site | None = None  # the end of the chain built so far


@dataclass(eq=False)
class Query:
    writer: Writer


@dataclass(eq=False)
class Function:
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
    fence: PythonFence
    called: bool = False


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


@dataclass(frozen=True)
class Call:
    """A call the model saw, by the name it resolves to."""

    site: Site
    name: str  # method name, or "pyspark.sql.functions.x" for functions
    receiver: Any
    args: tuple[ast.expr, ...]
    keywords: tuple[ast.keyword, ...]


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
    session: Session = field(default_factory=Session)
    imports: dict[str, Any] = field(default_factory=dict)  # name -> ModuleRef/FuncRef/ClassRef

    def calls_named(self, *names: str) -> Iterator[Call]:
        wanted = set(names)
        return (call for call in self.calls if call.name in wanted)


# -- helpers ------------------------------------------------------------------------------


def _select_items(arg_nodes: list[ast.expr]) -> list[ast.expr]:
    """The columns of ``select(a, b)`` and ``select([a, b])`` alike."""
    items: list[ast.expr] = []
    for arg in arg_nodes:
        items.extend(arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg])
    return items


def _star(columns: tuple[str, ...] | None, binary: frozenset[str], result: list[str], raw_binary: set[str]) -> bool:
    """``select("*")``: every column so far (and which are still binary); False when unknown."""
    if columns is None:
        return False
    result.extend(columns)
    raw_binary |= binary
    return True


def _const(value: Any) -> Any:
    return value.value if isinstance(value, Const) else None


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


_JOIN_TYPES = {
    "inner": "inner", "cross": "cross",
    "outer": "fullouter", "full": "fullouter", "fullouter": "fullouter", "full_outer": "fullouter",
    "left": "leftouter", "leftouter": "leftouter", "left_outer": "leftouter",
    "right": "rightouter", "rightouter": "rightouter", "right_outer": "rightouter",
    "semi": "leftsemi", "leftsemi": "leftsemi", "left_semi": "leftsemi",
    "anti": "leftanti", "leftanti": "leftanti", "left_anti": "leftanti",
}

_SQL_AGGREGATE = re.compile(
    r"\b(count|sum|avg|mean|min|max|collect_list|collect_set|approx_count_distinct|first|last|stddev|variance)\s*\(",
    re.IGNORECASE,
)
_SQL_DISTINCT_AGGREGATE = re.compile(r"\b(count|sum|avg|collect_set|collect_list)\s*\(\s*distinct\b", re.IGNORECASE)
_SQL_ALIAS = re.compile(r"(?:\bas\s+|\s)`?([A-Za-z_][A-Za-z0-9_]*)`?\s*$", re.IGNORECASE)
_SQL_IDENT = re.compile(r"`?([A-Za-z_][A-Za-z0-9_]*)`?$")
_SQL_CAST = re.compile(r"^\s*cast\s*\(\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s+as\s+(\w+)\s*\)", re.IGNORECASE)


@dataclass(eq=False)
class _ExprFacts:
    """What a column expression contains, as far as Spark's checks are concerned."""

    aggregates: list[Site] = field(default_factory=list)
    distinct: list[Site] = field(default_factory=list)
    windows: list[tuple[Site, str | None]] = field(default_factory=list)  # time windows and their column
    over: list[tuple[Site, str]] = field(default_factory=list)  # non-time window functions
    current_time: list[Site] = field(default_factory=list)
    unsupported: list[tuple[Site, str]] = field(default_factory=list)
    from_json: list[tuple[Site, ast.expr]] = field(default_factory=list)
    understood: bool = True


# -- the interpreter ----------------------------------------------------------------------


class _Return(Exception):
    pass


class Interpreter:
    MAX_DEPTH = 6

    def __init__(self, assumed_globals: frozenset[str] = frozenset({"spark"})):
        self.analysis = SparkAnalysis()
        self.session = self.analysis.session
        self.globals: dict[str, Any] = {name: self.session for name in assumed_globals if name == "spark"}
        for name in assumed_globals - {"spark"}:
            self.globals.setdefault(name, UNKNOWN)
        self.scopes: list[dict[str, Any]] = [self.globals]
        self.fence: PythonFence | None = None
        self.functions: list[Function] = []
        self.depth = 0
        self.returns: list[list[Any]] = []
        self.seen_calls: set[tuple[int, str]] = set()

    # -- names --------------------------------------------------------------------------
    def lookup(self, name: str) -> Any:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        if name in KNOWN_FUNCTIONS:
            return FuncRef(FUNCTIONS_MODULE, name)  # used without import: PY002 reports that
        if name in ("SparkSession", "Window"):
            return ClassRef(name)
        return UNKNOWN

    def bind(self, name: str, value: Any) -> None:
        self.scopes[-1][name] = value

    def site(self, node: ast.AST) -> Site:
        assert self.fence is not None
        return Site(self.fence, node)

    # -- running ------------------------------------------------------------------------
    def run(self, book: Notebook) -> SparkAnalysis:
        for item in book.fences:
            if item.tree is None:
                continue
            self.fence = item
            self.exec_block(item.tree.body)
        # Functions never called are still code a student runs: read them with unknown arguments.
        for function in list(self.functions):
            if not function.called:
                params = [arg.arg for arg in function.node.args.posonlyargs + function.node.args.args]
                maybe_frames = [Frame(None, Site(function.fence, function.node), opaque=True) for _ in params]
                self.call_function(function, maybe_frames, {})
        return self.analysis

    def exec_block(self, statements: list[ast.stmt]) -> None:
        for statement in statements:
            try:
                self.exec(statement)
            except _Return:
                raise
            except RecursionError:  # absurdly nested code: give up on this statement
                continue

    def exec(self, node: ast.stmt) -> None:
        if isinstance(node, ast.Assign):
            value = self.eval(node.value)
            for target in node.targets:
                self.assign(target, value)
        elif isinstance(node, ast.AnnAssign):
            value = self.eval(node.value) if node.value is not None else UNKNOWN
            self.assign(node.target, value)
        elif isinstance(node, ast.AugAssign):
            self.eval(node.value)
            self.assign(node.target, UNKNOWN)
        elif isinstance(node, ast.Expr):
            self.eval(node.value)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    self.bind(alias.asname, self.module_value(alias.name))
                else:
                    self.bind(alias.name.split(".")[0], ModuleRef(alias.name.split(".")[0]))
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            for alias in node.names:
                if alias.name == "*":
                    continue
                value = self.module_value(f"{module}.{alias.name}")
                self.bind(alias.asname or alias.name, value)
                self.analysis.imports[alias.asname or alias.name] = value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = Function(node, self.fence)  # type: ignore[arg-type]
            self.functions.append(function)
            self.bind(node.name, function)
        elif isinstance(node, ast.ClassDef):
            self.bind(node.name, UNKNOWN)
        elif isinstance(node, ast.Return):
            value = self.eval(node.value) if node.value is not None else Const(None)
            if isinstance(value, Writer):
                value.escaped = True
            if self.returns:
                self.returns[-1].append(value)
            raise _Return()
        elif isinstance(node, ast.If):
            self.eval(node.test)
            self.exec_branch(node.body)
            self.exec_branch(node.orelse)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            self.eval(node.iter)
            self.assign(node.target, UNKNOWN)
            self.exec_branch(node.body)
            self.exec_branch(node.orelse)
        elif isinstance(node, ast.While):
            self.eval(node.test)
            self.exec_branch(node.body)
            self.exec_branch(node.orelse)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                value = self.eval(item.context_expr)
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, value if isinstance(value, Session) else UNKNOWN)
            self.exec_branch(node.body)
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            self.exec_branch(node.body)  # type: ignore[attr-defined]
            for handler in node.handlers:  # type: ignore[attr-defined]
                if handler.name:
                    self.bind(handler.name, UNKNOWN)
                self.exec_branch(handler.body)
            self.exec_branch(node.orelse)  # type: ignore[attr-defined]
            self.exec_branch(node.finalbody)  # type: ignore[attr-defined]
        elif isinstance(node, (ast.Assert, ast.Delete, ast.Raise)):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.eval(child)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            pass

    def exec_branch(self, statements: list[ast.stmt]) -> None:
        """A branch or loop body: a ``return`` inside ends the function, not the notebook."""
        if not self.returns:
            try:
                self.exec_block(statements)
            except _Return:
                pass
        else:
            self.exec_block(statements)

    def assign(self, target: ast.expr, value: Any) -> None:
        if isinstance(target, ast.Name):
            self.bind(target.id, value)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self.assign(element.value if isinstance(element, ast.Starred) else element, UNKNOWN)
        elif isinstance(target, (ast.Attribute, ast.Subscript)):
            self.eval(target.value)
            self._escape(value)  # stored on an object: other code may start it

    @staticmethod
    def module_value(qualified: str) -> Any:
        if qualified in ("pyspark.sql.functions", "pyspark.sql.F"):
            return ModuleRef(FUNCTIONS_MODULE)
        module, _, name = qualified.rpartition(".")
        if module == FUNCTIONS_MODULE or module.startswith(FUNCTIONS_MODULE + "."):
            return FuncRef(FUNCTIONS_MODULE, name)
        if module == TYPES_MODULE:
            return ClassRef(f"types.{name}")
        if name in ("SparkSession", "SQLContext", "HiveContext", "Window", "StreamingQuery"):
            if module.startswith("pyspark"):
                return ClassRef(name)
        if qualified.startswith("pyspark"):
            return ModuleRef(qualified)
        return ModuleRef(qualified)

    # -- functions ------------------------------------------------------------------------
    def call_function(self, function: Function, args: list[Any], kwargs: dict[str, Any]) -> Any:
        function.called = True
        if self.depth >= self.MAX_DEPTH:
            return UNKNOWN
        node = function.node
        params = [arg.arg for arg in node.args.posonlyargs + node.args.args]
        scope: dict[str, Any] = {}
        for index, name in enumerate(params):
            scope[name] = args[index] if index < len(args) else kwargs.get(name, UNKNOWN)
        for arg in node.args.kwonlyargs:
            scope[arg.arg] = kwargs.get(arg.arg, UNKNOWN)
        if node.args.vararg:
            scope[node.args.vararg.arg] = UNKNOWN
        if node.args.kwarg:
            scope[node.args.kwarg.arg] = UNKNOWN
        saved_fence = self.fence
        self.fence = function.fence
        self.scopes.append(scope)
        self.returns.append([])
        self.depth += 1
        try:
            if isinstance(node, ast.Lambda):
                self.returns[-1].append(self.eval(node.body))
            else:
                try:
                    self.exec_block(node.body)
                except _Return:
                    pass
        finally:
            self.depth -= 1
            values = self.returns.pop()
            self.scopes.pop()
            self.fence = saved_fence
        frames = [value for value in values if isinstance(value, Frame)]
        if frames and len(frames) == len(values):
            return frames[-1]
        return values[-1] if len(values) == 1 else UNKNOWN

    # -- expressions ----------------------------------------------------------------------
    def eval(self, node: ast.expr | None) -> Any:
        if node is None:
            return UNKNOWN
        if isinstance(node, ast.Constant):
            return Const(node.value)
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.Call):
            return self.eval_call(node)
        if isinstance(node, ast.Attribute):
            return self.eval_attribute(self.eval(node.value), node)
        if isinstance(node, ast.Subscript):
            base = self.eval(node.value)
            self.eval(node.slice)
            if isinstance(base, Frame):
                return Column(node, self.fence)  # type: ignore[arg-type]
            return UNKNOWN
        if isinstance(node, ast.BinOp):
            left, right = self.eval(node.left), self.eval(node.right)
            if isinstance(left, Const) and isinstance(right, Const) and isinstance(node.op, ast.Add):
                if isinstance(left.value, str) and isinstance(right.value, str):
                    return Const(left.value + right.value)
            if isinstance(left, Column) or isinstance(right, Column):
                return Column(node, self.fence)  # type: ignore[arg-type]
            return UNKNOWN
        if isinstance(node, ast.Lambda):
            function = Function(node, self.fence)  # type: ignore[arg-type]
            self.functions.append(function)
            return function
        if isinstance(node, ast.NamedExpr):
            value = self.eval(node.value)
            self.assign(node.target, value)
            return value
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for element in node.elts:
                self._escape(self.eval(element))
            return UNKNOWN
        if isinstance(node, ast.Dict):
            values = [self.eval(value) for value in node.values]
            for value in values:
                self._escape(value)
            if all(isinstance(key, ast.Constant) and isinstance(key.value, str) for key in node.keys):
                return DictValue(tuple((key.value, value) for key, value in zip(node.keys, values)))  # type: ignore[union-attr]
            return UNKNOWN
        # Anything else: read the parts for their side effects (calls inside f-strings,
        # comprehensions, comparisons …).
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.eval(child)
            elif isinstance(child, ast.comprehension):
                self.eval(child.iter)
        return UNKNOWN

    @staticmethod
    def _escape(value: Any) -> None:
        """A writer kept in a container may be started by code the model does not follow."""
        if isinstance(value, Writer):
            value.escaped = True

    def eval_attribute(self, base: Any, node: ast.Attribute) -> Any:
        name = node.attr
        if isinstance(base, ModuleRef):
            if base.name == FUNCTIONS_MODULE:
                return FuncRef(FUNCTIONS_MODULE, name)
            if base.name in ("pyspark.sql", "pyspark") and name == "functions":
                return ModuleRef(FUNCTIONS_MODULE)
            return self.module_value(f"{base.name}.{name}")
        if isinstance(base, ClassRef) and base.name == "SparkSession" and name == "builder":
            return Builder(self.session)
        if isinstance(base, Session):
            if name == "readStream":
                return Reader(base, True, self.site(node))
            if name == "read":
                return Reader(base, False, self.site(node))
            if name == "conf":
                return SessionConf(base)
            return UNKNOWN
        if isinstance(base, Frame):
            if name == "writeStream":
                writer = Writer(base, self.site(node), self.session)
                writer.last_site = self.site(node)
                self.analysis.writers.append(writer)
                if base.streaming is False:
                    self.analysis.actions.append(Action(self.site(node), "writeStream", base))
                return writer
            if name in ("write", "rdd"):
                self.analysis.actions.append(Action(self.site(node), name, base))
                return UNKNOWN
            if name == "isStreaming":
                return Const(base.streaming) if base.streaming is not None else UNKNOWN
            if name in ("columns", "schema", "dtypes", "na", "stat", "sparkSession", "storageLevel"):
                return UNKNOWN
            return Column(node, self.fence)  # type: ignore[arg-type]
        if isinstance(base, Column):
            return Column(node, self.fence)  # type: ignore[arg-type]
        return UNKNOWN

    def eval_call(self, node: ast.Call) -> Any:
        func = node.func
        if isinstance(func, ast.Attribute):
            receiver = self.eval(func.value)
            args = [self.eval(arg.value if isinstance(arg, ast.Starred) else arg) for arg in node.args]
            kwargs = self.keyword_values(node)
            self.record_call(node, func.attr, receiver)
            return self.method(receiver, func.attr, node, args, kwargs)
        callee = self.eval(func)
        args = [self.eval(arg.value if isinstance(arg, ast.Starred) else arg) for arg in node.args]
        kwargs = self.keyword_values(node)
        if isinstance(callee, FuncRef):
            self.record_call(node, f"{callee.module}.{callee.name}", None)
            if callee.module == FUNCTIONS_MODULE:
                return Column(node, self.fence)  # type: ignore[arg-type]
            return UNKNOWN
        if isinstance(callee, ClassRef):
            self.record_call(node, callee.name, None)
            if callee.name == "Window":
                return WindowSpec(self.site(node))
            if callee.name.startswith("types."):
                return self.type_value(callee.name[6:], node, args)
            return UNKNOWN
        if isinstance(callee, Function):
            return self.call_function(callee, args, kwargs)
        for value in [*args, *kwargs.values()]:
            if isinstance(value, Writer):
                value.escaped = True
        return UNKNOWN

    def type_value(self, name: str, node: ast.Call, args: list[Any]) -> Any:
        if name in SIMPLE_TYPES:
            return SparkType(SIMPLE_TYPES[name])
        if name == "StructField" and len(args) >= 2:
            field_name = _const(args[0])
            if isinstance(field_name, str):
                return StructFieldValue(field_name, args[1] if isinstance(args[1], SparkType) else None)
            return UNKNOWN
        if name == "StructType":
            fields: list[tuple[str, SparkType]] = []
            if node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
                for element in node.args[0].elts:
                    value = self.eval(element)
                    if not isinstance(value, StructFieldValue):
                        return SparkType("struct")
                    fields.append((value.name, value.type or SparkType("unknown")))
            elif node.args:
                return SparkType("struct")
            return SparkType("struct", tuple(fields))
        return UNKNOWN

    def keyword_values(self, node: ast.Call) -> dict[str, Any]:
        """Keyword arguments by name; ``**{...}`` literals are spread, and any other
        ``**`` spread leaves the key ``"**"`` (the call has arguments we cannot see)."""
        kwargs: dict[str, Any] = {}
        for keyword in node.keywords:
            value = self.eval(keyword.value)
            if keyword.arg is not None:
                kwargs[keyword.arg] = value
            elif isinstance(value, DictValue):
                kwargs.update(value.items)
            else:
                kwargs["**"] = UNKNOWN
        return kwargs

    def record_call(self, node: ast.Call, name: str, receiver: Any) -> None:
        key = (id(node), name)
        if key in self.seen_calls:
            return
        self.seen_calls.add(key)
        self.analysis.calls.append(Call(self.site(node), name, receiver, tuple(node.args), tuple(node.keywords)))

    # -- methods ----------------------------------------------------------------------------
    def method(self, receiver: Any, name: str, node: ast.Call, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if isinstance(receiver, Builder):
            return self.builder_method(receiver, name, node, args, kwargs)
        if isinstance(receiver, SessionConf):
            if name == "set" and len(args) >= 2:
                key = _const(args[0])
                if isinstance(key, str):
                    receiver.session.conf[key] = _const(args[1])
                    receiver.session.conf_sites[key] = self.site(node)
            if name == "unset" and args:
                key = _const(args[0])
                if isinstance(key, str):
                    receiver.session.conf.pop(key, None)
            return UNKNOWN
        if isinstance(receiver, Session):
            return self.session_method(receiver, name, node, args, kwargs)
        if isinstance(receiver, Reader):
            return self.reader_method(receiver, name, node, args, kwargs)
        if isinstance(receiver, Frame):
            return self.frame_method(receiver, name, node, args, kwargs)
        if isinstance(receiver, Grouped):
            return self.grouped_method(receiver, name, node, args, kwargs)
        if isinstance(receiver, Writer):
            return self.writer_method(receiver, name, node, args, kwargs)
        if isinstance(receiver, Column):
            return Column(node, self.fence)  # type: ignore[arg-type]
        if isinstance(receiver, WindowSpec) or receiver == ClassRef("Window"):
            return WindowSpec(self.site(node))
        if isinstance(receiver, ModuleRef) and receiver.name == FUNCTIONS_MODULE:
            self.record_call(node, f"{FUNCTIONS_MODULE}.{name}", None)
            return Column(node, self.fence)  # type: ignore[arg-type]
        if isinstance(receiver, ClassRef) and receiver.name == "SparkSession" and name == "getActiveSession":
            return self.session
        if isinstance(receiver, SparkType) and receiver.name == "struct" and name == "add" and len(args) >= 2:
            field_name = _const(args[0])
            field_type = args[1] if isinstance(args[1], SparkType) else (ddl_type(_const(args[1])) if isinstance(_const(args[1]), str) else None)
            if isinstance(field_name, str):
                return SparkType("struct", receiver.fields + ((field_name, field_type or SparkType("unknown")),))
            return SparkType("struct")
        if isinstance(receiver, Query):
            if name == "stop" or (name == "awaitTermination" and not node.args and not node.keywords):
                receiver.writer.stopped = True  # code after it runs once the query has ended
            return UNKNOWN
        return UNKNOWN

    def builder_method(self, builder: Builder, name, node, args, kwargs) -> Any:
        if name == "config":
            key = _const(args[0]) if args else _const(kwargs.get("key"))
            value = args[1] if len(args) > 1 else kwargs.get("value", UNKNOWN)
            if isinstance(key, str):
                builder.session.conf[key] = _const(value)
                builder.session.conf_sites[key] = self.site(node)
            return builder
        if name in ("getOrCreate", "create"):
            return builder.session
        return builder

    def session_method(self, session: Session, name, node, args, kwargs) -> Any:
        if name in ("createDataFrame", "range", "table"):
            columns = None
            if name == "range":
                columns = ("id",)
            return Frame(False, self.site(node), columns=columns)
        if name == "sql":
            query = _const(args[0]) if args else None
            if isinstance(query, str):
                return self.sql_frame(session, query, node)
            return UNKNOWN
        if name in ("newSession",):
            return session
        return UNKNOWN

    _SQL_FROM = re.compile(r"\bfrom\s+`?([A-Za-z_][\w.]*)`?", re.IGNORECASE)

    def sql_frame(self, session: Session, query: str, node: ast.Call) -> Frame:
        """``spark.sql(...)`` over temp views: one view and a simple SELECT are read
        (aggregation, DISTINCT, ORDER BY, LIMIT, window functions); anything else is opaque."""
        site = self.site(node)
        text = " ".join(query.split())
        lowered = text.lower()
        sources = {match.group(1) for match in self._SQL_FROM.finditer(text)}
        views = [session.temp_views[name] for name in sources if name in session.temp_views]
        if len(views) != 1 or len(sources) != 1 or " join " in lowered or lowered.count("select ") != 1:
            streaming = True if any(view.streaming for view in views) else None
            return Frame(streaming, site, opaque=True)
        frame = views[0].then(site=site, columns=None)
        facts = _ExprFacts()
        select_part = re.search(r"select\s+(distinct\s+)?(.*?)\s+from\s", text, re.IGNORECASE | re.S)
        group_part = re.search(r"\bgroup\s+by\s+(.*?)(?:\s+having\s|\s+order\s+by\s|\s+limit\s|$)", text, re.IGNORECASE | re.S)
        distinct = bool(select_part and select_part.group(1))
        over = re.search(r"\bover\s*\(", text, re.IGNORECASE)
        aggregate_call = _SQL_AGGREGATE.search(re.sub(r"\w+\s*\([^()]*\)\s+over\s*\([^()]*\)", "", text, flags=re.I))
        if over:
            frame = frame.then(window_functions=frame.window_functions + ((site, "window function"),))
        if group_part or distinct or aggregate_call:
            keys: list[Key] = []
            if group_part:
                for part in _split_top(group_part.group(1)):
                    window = re.fullmatch(r"(window|session_window)\s*\(\s*`?(\w+)`?\s*,.*\)", part, re.IGNORECASE | re.S)
                    ident = _SQL_IDENT.fullmatch(part)
                    if window:
                        keys.append(Key(window.group(1).lower(), window.group(2), site))
                    elif ident:
                        keys.append(Key(ident.group(1), site=site))
                    else:
                        keys.append(Key(None, site=site, known=False))
            elif distinct:
                columns = _split_top(select_part.group(2)) if select_part else []
                for part in columns:
                    ident = _SQL_IDENT.fullmatch(part)
                    keys.append(Key(ident.group(1), site=site) if ident else Key(None, site=site, known=False))
            facts.aggregates.append(site)
            if _SQL_DISTINCT_AGGREGATE.search(text):
                facts.distinct.append(site)
            frame = self.aggregate(frame, tuple(keys), site, [], facts=facts)
            frame = replace(frame, columns=None)
        if re.search(r"\border\s+by\b", lowered):
            frame = frame.then(sorts=frame.sorts + ((site, bool(frame.aggregations)),))
        if re.search(r"\blimit\s+\d", lowered):
            frame = frame.then(limits=frame.limits + (site,))
        return frame

    # Reader ---------------------------------------------------------------------------
    def reader_method(self, reader: Reader, name, node, args, kwargs) -> Any:
        if name == "format":
            value = _const(args[0]) if args else None
            reader.format = value.lower() if isinstance(value, str) else None
            reader.format_known = isinstance(value, str)
            return reader
        if name == "option":
            key = _const(args[0]) if args else _const(kwargs.get("key"))
            value = args[1] if len(args) > 1 else kwargs.get("value", UNKNOWN)
            if isinstance(key, str):
                self._reader_option(reader, key, value, node)
            else:
                reader.options_complete = False
            return reader
        if name == "options":
            for key, value in kwargs.items():
                if key != "**":
                    self._reader_option(reader, key, value, node)
            if args or "**" in kwargs:
                reader.options_complete = False
            return reader
        if name == "schema":
            return reader
        if name in ("load", "table", "jdbc") or name in FILE_FORMATS:
            if name in FILE_FORMATS or name == "jdbc":
                reader.format, reader.format_known = name, True
            for key, value in kwargs.items():
                if key not in ("path", "schema", "format", "**"):
                    self._reader_option(reader, key, value, node)
            if "**" in kwargs:
                reader.options_complete = False
            if name == "load" and "format" in kwargs:
                value = _const(kwargs["format"])
                reader.format = value.lower() if isinstance(value, str) else None
                reader.format_known = isinstance(value, str)
            site = self.site(node)
            self.analysis.loads.append(Load(reader, site, reader.streaming))
            columns: tuple[str, ...] | None = None
            binary: frozenset[str] = frozenset()
            if reader.format == "kafka":
                columns = KAFKA_SOURCE_COLUMNS
                if str(reader.options.get("includeheaders", "")).lower() == "true":
                    columns = columns + ("headers",)
                binary = frozenset({"key", "value"})
            elif reader.format in ("rate",):
                columns = RATE_SOURCE_COLUMNS
            fmt = reader.format if reader.format_known else None
            if name == "table":
                fmt = "table"
            names = KAFKA_SOURCE_TYPES if reader.format == "kafka" else RATE_SOURCE_TYPES if reader.format == "rate" else {}
            types = {column: SparkType(kind) for column, kind in names.items()}
            return Frame(reader.streaming, site, source_format=fmt, columns=columns, binary_columns=binary, types=types)
        return reader

    def _reader_option(self, reader: Reader, key: str, value: Any, node: ast.AST) -> None:
        lowered = key.lower()
        constant = _const(value)
        reader.options[lowered] = str(constant).lower() if isinstance(constant, bool) else constant
        reader.option_sites[lowered] = self.site(node)
        reader.option_names[lowered] = key

    # Frame ----------------------------------------------------------------------------
    def column_facts(self, nodes: list[ast.expr], depth: int = 0) -> _ExprFacts:
        facts = _ExprFacts()
        for node in nodes:
            self._scan_expression(node, facts, depth, inside_over=False)
        return facts

    def function_name(self, func: ast.expr) -> str | None:
        """The pyspark.sql.functions name a callee resolves to, if any."""
        if isinstance(func, ast.Name):
            value = self.lookup(func.id)
            if isinstance(value, FuncRef) and value.module == FUNCTIONS_MODULE:
                return value.name
            return None
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            base = self.lookup(func.value.id)
            if isinstance(base, ModuleRef) and base.name == FUNCTIONS_MODULE:
                return func.attr
        return None

    def _scan_expression(self, node: ast.AST, facts: _ExprFacts, depth: int, inside_over: bool) -> None:
        if depth > 4:
            facts.understood = False
            return
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "over":
                inner = func.value
                name = None
                if isinstance(inner, ast.Call):
                    name = self.function_name(inner.func)
                facts.over.append((self.site(node), name or "window function"))
                self._scan_expression(inner, facts, depth, inside_over=True)
                for arg in node.args:
                    self._scan_expression(arg, facts, depth, inside_over=True)
                return
            name = self.function_name(func)
            if name is not None:
                if name in AGGREGATE_FUNCTIONS and not inside_over:
                    facts.aggregates.append(self.site(node))
                    if name in DISTINCT_AGGREGATES:
                        facts.distinct.append(self.site(node))
                elif name in TIME_WINDOW_FUNCTIONS:
                    facts.windows.append((self.site(node), self.column_name(node.args[0]) if node.args else None))
                elif name in CURRENT_TIME_FUNCTIONS:
                    facts.current_time.append(self.site(node))
                elif name == "monotonically_increasing_id":
                    facts.unsupported.append((self.site(node), "Expression(s): monotonically_increasing_id() is not "
                                              "supported with streaming DataFrames/Datasets"))
                elif name == "from_json" and node.args:
                    facts.from_json.append((self.site(node), node.args[0]))
                elif name == "expr" and node.args and isinstance(node.args[0], ast.Constant):
                    self._scan_sql(node.args[0], facts)
            elif isinstance(func, ast.Name) and isinstance(self.lookup(func.id), Function):
                facts.understood = False
        elif isinstance(node, ast.Name):
            value = self.lookup(node.id)
            if isinstance(value, Column) and value.node is not node:
                saved = self.fence
                self.fence = value.fence
                try:
                    self._scan_expression(value.node, facts, depth + 1, inside_over)
                finally:
                    self.fence = saved
            return
        for child in ast.iter_child_nodes(node):
            self._scan_expression(child, facts, depth, inside_over)

    def _scan_sql(self, node: ast.Constant, facts: _ExprFacts) -> None:
        text = node.value if isinstance(node.value, str) else ""
        if re.search(r"\bover\s*\(", text, re.IGNORECASE):
            facts.over.append((self.site(node), "window function"))
            return
        if _SQL_AGGREGATE.search(text):
            facts.aggregates.append(self.site(node))
        if _SQL_DISTINCT_AGGREGATE.search(text):
            facts.distinct.append(self.site(node))
        if re.search(r"\bcurrent_(timestamp|date)\b", text, re.IGNORECASE):
            facts.current_time.append(self.site(node))

    def column_name(self, node: ast.AST, depth: int = 0) -> str | None:
        """The name of the column a simple column expression refers to or is called."""
        if depth > 4:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value.strip("`") if re.fullmatch(r"`?[\w.]+`?", node.value) else None
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in ("alias", "name", "as_") and node.args:
                alias = node.args[0]
                return alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else None
            if isinstance(func, ast.Attribute) and func.attr in ("cast", "astype"):
                return self.column_name(func.value, depth + 1)
            name = self.function_name(func)
            if name in ("col", "column") and node.args:
                return self.column_name(node.args[0], depth + 1)
            if name in ("window", "session_window"):
                return name
            return None
        if isinstance(node, ast.Attribute):
            base = self.lookup(node.value.id) if isinstance(node.value, ast.Name) else None
            if isinstance(base, Frame):
                return node.attr
            return None
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            if isinstance(self.lookup(node.value.id), Frame) and isinstance(node.slice, ast.Constant):
                return node.slice.value if isinstance(node.slice.value, str) else None
            return None
        if isinstance(node, ast.Name):
            value = self.lookup(node.id)
            if isinstance(value, Column) and value.node is not node:
                return self.column_name(value.node, depth + 1)
            if isinstance(value, Const) and isinstance(value.value, str):
                return value.value
        return None

    def keys_of(self, frame: Frame, arg_nodes: list[ast.expr]) -> tuple[Key, ...]:
        keys: list[Key] = []
        for node in arg_nodes:
            if isinstance(node, ast.Starred):
                keys.append(Key(None, known=False))
                continue
            if isinstance(node, (ast.List, ast.Tuple)):
                keys.extend(self.keys_of(frame, list(node.elts)))
                continue
            keys.append(self.key(node))
        return tuple(keys)

    def key(self, node: ast.expr, depth: int = 0) -> Key:
        site = self.site(node)
        if depth > 4:
            return Key(None, site=site, known=False)
        if isinstance(node, ast.Name):
            value = self.lookup(node.id)
            if isinstance(value, Column) and value.node is not node:
                saved = self.fence
                self.fence = value.fence
                try:
                    inner = self.key(value.node, depth + 1)  # type: ignore[arg-type]
                finally:
                    self.fence = saved
                return inner
            if isinstance(value, Const) and isinstance(value.value, str):
                return Key(value.value, site=site)
            return Key(None, site=site, known=False)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in ("alias", "name") and node.args:
                inner = self.key(func.value, depth + 1)
                alias = node.args[0]
                name = alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else None
                return Key(name, inner.time_column, site, inner.known and name is not None)
            name = self.function_name(func)
            if name in TIME_WINDOW_FUNCTIONS and node.args:
                time_arg = node.args[0]
                time_column = self.column_name(time_arg)
                if time_column is None and isinstance(time_arg, ast.Call):
                    inner_name = self.function_name(time_arg.func)
                    if inner_name == "window_time" and time_arg.args:
                        time_column = self.column_name(time_arg.args[0])
                return Key(name, time_column, site, time_column is not None)
        column = self.column_name(node)
        if column is not None:
            return Key(column, site=site)
        return Key(None, site=site, known=False)

    def frame_method(self, frame: Frame, name, node: ast.Call, args, kwargs) -> Any:
        site = self.site(node)
        arg_nodes = [arg.value if isinstance(arg, ast.Starred) else arg for arg in node.args]
        if name in BATCH_ACTIONS:
            self.analysis.actions.append(Action(site, name, frame))
            return UNKNOWN
        if name == "withWatermark":
            column = self.column_name(arg_nodes[0]) if arg_nodes else None
            watermark = Watermark(site, column, frame.step + 1)
            column_type = self.path_type(frame.types, column) if column else None
            if column_type is not None and column_type.name in NOT_EVENT_TIME_TYPES:
                self.analysis.bad_watermarks.append((site, column, column_type))  # type: ignore[arg-type]
            columns = frame.watermark_columns | ({column} if column else set())
            changes: dict[str, Any] = {}
            if frame.streaming is None and frame.batch_inside is None:
                # withWatermark does nothing on a batch frame: code that applies it treats the frame as a stream.
                changes = {"streaming": True, "inferred": f"withWatermark at line {site.line}"}
            return frame.then(watermarks=frame.watermarks + (watermark,), watermark_columns=columns,
                              opaque=frame.opaque or column is None, **changes)
        if name in ("groupBy", "groupby", "rollup", "cube"):
            keys = self.keys_of(frame, arg_nodes)
            if name != "groupBy" and name != "groupby":
                keys = keys + (Key(None, known=False),)
            return Grouped(frame, keys, site)
        if name == "agg":
            return self.aggregate(frame, (), site, arg_nodes)
        if name in ("dropDuplicates", "drop_duplicates", "distinct", "dropDuplicatesWithinWatermark"):
            columns: tuple[str, ...] | None = None
            if arg_nodes:
                first = arg_nodes[0]
                if isinstance(first, (ast.List, ast.Tuple)):
                    names = [self.column_name(element) for element in first.elts]
                else:
                    names = [self.column_name(element) for element in arg_nodes]
                columns = tuple(n for n in names if n) if all(names) else None
                if columns is None:
                    return frame.then(opaque=True)
            dedup = Dedup(site, name, columns, frame.watermark_columns, bool(frame.watermarks))
            return frame.then(dedups=frame.dedups + (dedup,))
        if name == "join":
            other = args[0] if args else UNKNOWN
            if not isinstance(other, Frame):
                return frame.then(opaque=True, streaming=frame.streaming if frame.streaming else None)
            return self.join(frame, other, node, site, args, kwargs)
        if name in ("union", "unionAll", "unionByName"):
            other = args[0] if args else UNKNOWN
            if not isinstance(other, Frame):
                return frame.then(opaque=True, streaming=frame.streaming if frame.streaming else None)
            merged = self.merge(frame, other).then(columns=frame.columns)
            if {frame.streaming, other.streaming} == {True, False}:
                text = "Union between streaming and batch DataFrames/Datasets is not supported"
                merged = replace(merged, unsupported=merged.unsupported + ((site, text),))
            return merged
        if name in ("intersect", "intersectAll", "subtract", "exceptAll"):
            other = args[0] if args else UNKNOWN
            if not isinstance(other, Frame):
                return frame.then(opaque=True, streaming=frame.streaming if frame.streaming else None)
            merged = self.merge(frame, other).then(columns=frame.columns)
            text = None
            if name.startswith("intersect") and (frame.streaming or other.streaming):
                text = "Intersect of streaming DataFrames/Datasets is not supported"
            elif not name.startswith("intersect") and other.streaming:
                text = "Except on a streaming DataFrame/Dataset on the right is not supported"
            if text:
                merged = replace(merged, unsupported=merged.unsupported + ((site, text),))
            return merged
        if name == "sample" and frame.streaming:
            return frame.then(unsupported=frame.unsupported + ((site, "Sampling is not supported on streaming DataFrames/Datasets"),))
        if name == "offset" and frame.streaming:
            return frame.then(unsupported=frame.unsupported + ((site, "Offset is not supported on streaming DataFrames/Datasets"),))
        if name in ("orderBy", "sort"):
            return frame.then(sorts=frame.sorts + ((site, bool(frame.aggregations)),))
        if name == "limit":
            return frame.then(limits=frame.limits + (site,))
        if name in ("flatMapGroupsWithState", "applyInPandasWithState", "transformWithStateInPandas", "transformWithState"):
            return frame.then(stateful=frame.stateful + ((site, name),), opaque=True)
        if name == "transform" and args and isinstance(args[0], Function):
            result = self.call_function(args[0], [frame], {})
            return result if isinstance(result, Frame) else UNKNOWN
        if name in ("createOrReplaceTempView", "createTempView", "createGlobalTempView", "createOrReplaceGlobalTempView"):
            view = _const(args[0]) if args else None
            if isinstance(view, str):
                self.session.temp_views[view] = frame
            return Const(None)
        if name in ("printSchema", "explain"):
            return Const(None)
        if name in PROJECTIONS or name in ("sample", "offset"):
            return self.project(frame, name, node, site, arg_nodes, args, kwargs)
        return UNKNOWN

    def project(self, frame: Frame, name, node: ast.Call, site: Site, arg_nodes, args, kwargs) -> Frame:
        expressions: list[ast.expr] = []
        if name in ("select", "withColumn", "withColumns", "filter", "where"):
            expressions = arg_nodes[1:] if name == "withColumn" else arg_nodes
        facts = self.column_facts(expressions) if expressions else _ExprFacts()
        sql_texts: list[ast.Constant] = []
        if name in ("selectExpr", "filter", "where"):
            sql_texts = [arg for arg in arg_nodes if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            for text in sql_texts:
                self._scan_sql(text, facts)
        changes: dict[str, Any] = {}
        self._note_from_json(frame, facts)
        if facts.over:
            changes["window_functions"] = frame.window_functions + tuple(facts.over)
            if frame.streaming and frame.batch_inside is None:
                self.analysis.window_functions.extend((over_site, fn, frame) for over_site, fn in facts.over)
        if facts.current_time:
            changes["current_time"] = frame.current_time + tuple(facts.current_time)
        if facts.unsupported and frame.streaming:
            changes["unsupported"] = frame.unsupported + tuple(facts.unsupported)
        if name in ("select", "selectExpr") and facts.aggregates:
            # An aggregate in a projection makes it a global aggregation.
            result = self.aggregate(frame, (), site, expressions, facts=facts)
            return replace(result, window_functions=result.window_functions + tuple(facts.over),
                           current_time=result.current_time + tuple(facts.current_time))
        columns, binary = self._columns_after(frame, name, arg_nodes, kwargs)
        changes["columns"] = columns
        changes["binary_columns"] = binary
        changes["struct_columns"] = self._structs_after(frame, name, arg_nodes)
        changes["types"] = self._types_after(frame, name, arg_nodes)
        if name in ("select", "selectExpr", "toDF", "drop", "withColumnRenamed", "withColumnsRenamed"):
            kept = frame.watermark_columns if columns is None else frame.watermark_columns & set(columns)
            if name == "withColumnRenamed" and len(arg_nodes) >= 2:
                old, new = (_const(self.eval_literal(arg)) for arg in arg_nodes[:2])
                if old in frame.watermark_columns and isinstance(new, str):
                    kept = (frame.watermark_columns - {old}) | {new}
            if name == "select":
                # ``col("ts").alias("t")`` keeps the watermark metadata under the new name (an
                # alias of a plain reference keeps its metadata; ``cast`` and other expressions drop it).
                for arg in _select_items(arg_nodes):
                    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr in ("alias", "name"):
                        source = self._bare_column(arg.func.value)
                        target = self.column_name(arg)
                        if source in frame.watermark_columns and target:
                            kept = kept | {target}
            if name == "selectExpr":
                for arg in arg_nodes:
                    text = arg.value.strip() if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""
                    aliased = re.fullmatch(r"`?(\w+)`?\s+(?:as\s+)?`?(\w+)`?", text, re.IGNORECASE)
                    if aliased and aliased.group(1) in frame.watermark_columns:
                        kept = kept | {aliased.group(2)}
            changes["watermark_columns"] = frozenset(kept)
        if name == "withColumn" and arg_nodes and isinstance(arg_nodes[0], ast.Constant):
            target = arg_nodes[0].value
            source = self._bare_column(arg_nodes[1]) if len(arg_nodes) > 1 else None
            if source in frame.watermark_columns:
                changes["watermark_columns"] = frame.watermark_columns | {target}
            elif target in frame.watermark_columns:
                changes["watermark_columns"] = frame.watermark_columns - {target}
        if not facts.understood:
            changes["opaque"] = True
        if name in ("mapInPandas", "mapInArrow"):
            changes["opaque"] = frame.opaque
            changes["columns"] = None
        return frame.then(**changes)

    def _note_from_json(self, frame: Frame, facts: _ExprFacts) -> None:
        for site, argument in facts.from_json:
            column = self._bare_column(argument)
            if column is not None and column in frame.binary_columns:
                self.analysis.from_json.append(FromJson(site, column, frame))

    def _bare_column(self, node: ast.expr, depth: int = 0) -> str | None:
        """The column a from_json argument reads when it is a plain reference (no cast)."""
        if depth > 4:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Call) and self.function_name(node.func) in ("col", "column") and node.args:
            return self._bare_column(node.args[0], depth + 1)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and isinstance(self.lookup(node.value.id), Frame):
            return node.attr
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(self.lookup(node.value.id), Frame):
            return node.slice.value if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str) else None
        if isinstance(node, ast.Name):
            value = self.lookup(node.id)
            if isinstance(value, Column) and value.node is not node:
                return self._bare_column(value.node, depth + 1)  # type: ignore[arg-type]
        return None

    def _output_name(self, node: ast.expr) -> tuple[str | None, bool]:
        """(output column name, is it still the raw binary column when the input was)."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
            if text == "*":
                return "*", True
            return (text.strip("`"), True) if re.fullmatch(r"`?[\w]+`?", text) else (None, False)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in ("alias", "name") and node.args:
                alias = node.args[0]
                inner_name, inner_raw = self._output_name(node.func.value)
                name = alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else None
                return name, inner_raw and inner_name is not None
            if node.func.attr in ("cast", "astype"):
                inner_name, _ = self._output_name(node.func.value)
                target = node.args[0] if node.args else None
                to_binary = isinstance(target, ast.Constant) and str(target.value).lower() == "binary"
                return inner_name, to_binary
        bare = self._bare_column(node)
        if bare is not None:
            return bare, True
        return None, False

    @staticmethod
    def path_type(types: dict[str, SparkType], path: str | None) -> SparkType | None:
        """The type of ``a`` or ``a.b.c`` among known column types."""
        if not path:
            return None
        head, *rest = path.split(".")
        current = types.get(head)
        for part in rest:
            if current is None or current.name != "struct":
                return None
            current = current.field(part)
        return current

    def expr_type(self, node: ast.expr, types: dict[str, SparkType], depth: int = 0) -> SparkType | None:
        """The type of a column expression when the lesson makes it plain."""
        if depth > 6:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return self.path_type(types, node.value.strip("`"))
        if isinstance(node, ast.Name):
            value = self.lookup(node.id)
            if isinstance(value, Column) and value.node is not node:
                return self.expr_type(value.node, types, depth + 1)  # type: ignore[arg-type]
            return None
        if isinstance(node, (ast.Attribute, ast.Subscript)):
            name = self.column_name(node)
            return self.path_type(types, name)
        if not isinstance(node, ast.Call):
            return None
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("alias", "name", "as_"):
            return self.expr_type(func.value, types, depth + 1)
        if isinstance(func, ast.Attribute) and func.attr in ("cast", "astype") and node.args:
            target = node.args[0]
            if isinstance(target, ast.Constant) and isinstance(target.value, str):
                return ddl_type(target.value)
            value = self.eval(target)
            return value if isinstance(value, SparkType) else None
        name = self.function_name(func)
        if name in ("col", "column") and node.args:
            return self.expr_type(node.args[0], types, depth + 1)
        if name in TIMESTAMP_FUNCTIONS:
            return SparkType("timestamp")
        if name in STRING_FUNCTIONS:
            return SparkType("string")
        if name in ("count", "count_distinct", "countDistinct", "approx_count_distinct"):
            return SparkType("bigint")
        if name in ("window", "session_window"):
            return SparkType("struct", (("start", SparkType("timestamp")), ("end", SparkType("timestamp"))))
        if name == "from_json" and len(node.args) >= 2:
            schema = self.eval(node.args[1])
            if isinstance(schema, SparkType):
                return schema
            text = _const(schema)
            return ddl_schema(text) if isinstance(text, str) else SparkType("struct")
        if name == "struct":
            return SparkType("struct")
        return None

    def _types_after(self, frame: Frame, name, arg_nodes) -> dict[str, SparkType]:
        types = frame.types
        if name == "select":
            result: dict[str, SparkType] = {}
            items = _select_items(arg_nodes)
            for item in items:
                if isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value.endswith(".*"):
                    parent = self.path_type(types, item.value[:-2]) if item.value != "*" else None
                    if parent is not None and parent.name == "struct":
                        result.update({field_name: field_type for field_name, field_type in parent.fields})
                    continue
                out, _ = self._output_name(item)
                if out == "*":
                    result.update(types)
                    continue
                if out is None and isinstance(item, ast.Call):
                    out = self.column_name(item)
                    if out and "." in out:
                        out = out.rsplit(".", 1)[1]  # col("data.after.ts") is named ts
                kind = self.expr_type(item, types)
                if out and kind is not None:
                    result[out] = kind
            return result
        if name == "selectExpr":
            result = {}
            for arg in arg_nodes:
                text = arg.value.strip() if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""
                ident = _SQL_IDENT.fullmatch(text)
                cast = _SQL_CAST.match(text)
                alias = _SQL_ALIAS.search(text)
                if text == "*":
                    result.update(types)
                elif ident and ident.group(1) in types:
                    result[ident.group(1)] = types[ident.group(1)]
                elif cast and alias and len(text) > len(alias.group(0)):
                    kind = ddl_type(cast.group(2))
                    if kind is not None:
                        result[alias.group(1)] = kind
                elif cast and cast.end() == len(text):
                    kind = ddl_type(cast.group(2))
                    if kind is not None:
                        result[cast.group(1)] = kind
            return result
        if name == "withColumn" and arg_nodes and isinstance(arg_nodes[0], ast.Constant):
            target = arg_nodes[0].value
            result = {key: value for key, value in types.items() if key != target}
            kind = self.expr_type(arg_nodes[1], types) if len(arg_nodes) > 1 else None
            if kind is not None:
                result[target] = kind
            return result
        if name == "withColumnRenamed" and len(arg_nodes) >= 2:
            old, new = (_const(self.eval_literal(arg)) for arg in arg_nodes[:2])
            if isinstance(old, str) and isinstance(new, str) and old in types:
                result = {key: value for key, value in types.items() if key != old}
                result[new] = types[old]
                return result
            return dict(types)
        if name == "drop":
            dropped = {self.column_name(arg) for arg in arg_nodes}
            return {key: value for key, value in types.items() if key not in dropped}
        if name in ("filter", "where", "alias", "hint", "repartition", "coalesce", "dropna", "fillna", "cache",
                    "persist", "sortWithinPartitions", "repartitionByRange", "observe"):
            return types
        return {}

    def _is_struct_expression(self, node: ast.expr) -> bool:
        """``from_json(...)``, ``struct(...)``, ``window(...)`` (possibly aliased): a struct column."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("alias", "name"):
            return self._is_struct_expression(node.func.value)
        if isinstance(node, ast.Call):
            return self.function_name(node.func) in ("from_json", "struct", "window", "session_window", "named_struct")
        return False

    def _structs_after(self, frame: Frame, name, arg_nodes) -> frozenset[str]:
        """Struct columns after a projection: those kept by name, and new struct expressions."""
        structs = frame.struct_columns
        if name in ("select",):
            kept: set[str] = set()
            items = _select_items(arg_nodes)
            for item in items:
                out, _ = self._output_name(item)
                if out == "*":
                    kept |= structs
                elif out is not None and (self._is_struct_expression(item) or (self._bare_column(item) in structs)):
                    kept.add(out)
            return frozenset(kept)
        if name == "withColumn" and arg_nodes and isinstance(arg_nodes[0], ast.Constant):
            target = arg_nodes[0].value
            is_struct = len(arg_nodes) > 1 and self._is_struct_expression(arg_nodes[1])
            return (structs - {target}) | ({target} if is_struct else frozenset())
        if name == "drop":
            return structs - {self.column_name(arg) for arg in arg_nodes}
        if name in ("filter", "where", "alias", "hint", "repartition", "coalesce", "withWatermark", "dropna", "fillna"):
            return structs
        return frozenset()  # selectExpr, renames …: not followed

    def _columns_after(self, frame: Frame, name, arg_nodes, kwargs) -> tuple[tuple[str, ...] | None, frozenset[str]]:
        columns, binary = frame.columns, frame.binary_columns
        if name == "select":
            result: list[str] = []
            raw_binary: set[str] = set()
            known = True
            items = _select_items(arg_nodes)
            for item in items:
                out, raw = self._output_name(item)
                if out == "*":
                    known = _star(columns, binary, result, raw_binary) and known
                    continue
                if out is None:
                    known = False
                    continue
                if out.endswith(".*"):
                    known = False
                    continue
                result.append(out)
                source = self._bare_column(item) or out
                if raw and (source in binary or (isinstance(item, ast.Call) and self._casts_to_binary(item))):
                    raw_binary.add(out)
            return (tuple(result) if known else None), frozenset(raw_binary)
        if name == "selectExpr":
            result = []
            raw_binary = set()
            known = True
            for arg in arg_nodes:
                text = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
                if text is None:
                    known = False
                    continue
                text = text.strip()
                if text == "*":
                    known = _star(columns, binary, result, raw_binary) and known
                    continue
                ident = _SQL_IDENT.fullmatch(text)
                if ident:
                    result.append(ident.group(1))
                    if ident.group(1) in binary:
                        raw_binary.add(ident.group(1))
                    continue
                alias = _SQL_ALIAS.search(text)
                cast = _SQL_CAST.match(text)
                if alias and (len(text) > len(alias.group(0))):
                    result.append(alias.group(1))
                    if cast and cast.group(2).lower() == "binary":
                        raw_binary.add(alias.group(1))
                elif cast and cast.end() == len(text):
                    result.append(cast.group(1))  # CAST(value AS STRING) keeps the name `value`
                    if cast.group(2).lower() == "binary":
                        raw_binary.add(cast.group(1))
                else:
                    known = False
            return (tuple(result) if known else None), frozenset(raw_binary)
        if name == "withColumn" and arg_nodes:
            target = arg_nodes[0].value if isinstance(arg_nodes[0], ast.Constant) else None
            if not isinstance(target, str):
                return None, binary
            value = arg_nodes[1] if len(arg_nodes) > 1 else None
            is_binary = value is not None and (
                (self._bare_column(value) in binary) or (isinstance(value, ast.Call) and self._casts_to_binary(value))
            )
            new_binary = (binary - {target}) | ({target} if is_binary else set())
            if columns is None:
                return None, frozenset(new_binary)
            return (columns if target in columns else columns + (target,)), frozenset(new_binary)
        if name == "drop":
            names = [self.column_name(arg) for arg in arg_nodes]
            if columns is None or not all(names):
                return None, binary - set(n for n in names if n)
            return tuple(c for c in columns if c not in names), binary - set(names)  # type: ignore[arg-type]
        if name == "withColumnRenamed" and len(arg_nodes) >= 2:
            old, new = (_const(self.eval_literal(arg)) for arg in arg_nodes[:2])
            if isinstance(old, str) and isinstance(new, str):
                new_binary = (binary - {old}) | ({new} if old in binary else set())
                if columns is None:
                    return None, frozenset(new_binary)
                return tuple(new if c == old else c for c in columns), frozenset(new_binary)
            return None, binary
        if name in ("filter", "where", "alias", "hint", "repartition", "repartitionByRange", "coalesce", "cache",
                    "persist", "unpersist", "sortWithinPartitions", "sample", "observe", "fillna", "dropna", "replace"):
            return columns, binary
        return None, frozenset()

    def _casts_to_binary(self, node: ast.Call) -> bool:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("cast", "astype") and node.args:
            target = node.args[0]
            return isinstance(target, ast.Constant) and str(target.value).lower() == "binary"
        if isinstance(func, ast.Attribute) and func.attr in ("alias", "name") and isinstance(func.value, ast.Call):
            return self._casts_to_binary(func.value)
        return False

    @staticmethod
    def eval_literal(node: ast.expr) -> Any:
        return Const(node.value) if isinstance(node, ast.Constant) else UNKNOWN

    def aggregate(self, frame: Frame, keys: tuple[Key, ...], site: Site, expressions: list[ast.expr],
                  facts: _ExprFacts | None = None) -> Frame:
        if facts is None:
            facts = self.column_facts(expressions)
        self._note_from_json(frame, facts)
        wm = frame.watermark_columns
        watermarked_keys = [key for key in keys if (key.name in wm) or (key.time_column in wm)]
        if watermarked_keys:
            watermarked: bool | None = True
        elif all(key.known for key in keys) and frame.watermarks and all(w.column for w in frame.watermarks):
            watermarked = False
        elif all(key.known for key in keys):
            watermarked = False if not frame.watermarks else None
        else:
            watermarked = None
        aggregation = Aggregation(site, keys, watermarked, bool(frame.watermarks), tuple(facts.distinct), frame.step + 1)
        if frame.streaming and frame.batch_inside is None:
            self.analysis.aggregations.append((aggregation, frame))
        out_names: list[str] = []
        known = True
        for key in keys:
            if key.name is None:
                known = False
            else:
                out_names.append(key.name)
        for expression in expressions:
            out, _ = self._output_name(expression)
            if out is None:
                known = False
            else:
                out_names.append(out)
        new_watermarks = frozenset(key.name for key in watermarked_keys if key.name)
        structs = frozenset(
            key.name for key in keys
            if key.name and (key.time_column is not None or key.name in TIME_WINDOW_FUNCTIONS or key.name in frame.struct_columns)
        )
        key_types: dict[str, SparkType] = {}
        for key in keys:
            if key.name and key.site is not None and (key.time_column is not None or key.name in TIME_WINDOW_FUNCTIONS):
                key_types[key.name] = SparkType("struct", (("start", SparkType("timestamp")), ("end", SparkType("timestamp"))))
            elif key.name and self.path_type(frame.types, key.name) is not None:
                key_types[key.name] = self.path_type(frame.types, key.name)  # type: ignore[assignment]
        return frame.then(
            types=key_types,
            struct_columns=structs,
            aggregations=frame.aggregations + (aggregation,),
            watermark_columns=new_watermarks,
            columns=tuple(out_names) if known else None,
            binary_columns=frozenset(),
            window_functions=frame.window_functions + tuple(facts.over),
            opaque=frame.opaque or not facts.understood,
        )

    def grouped_method(self, grouped: Grouped, name, node: ast.Call, args, kwargs) -> Any:
        site = self.site(node)
        arg_nodes = [arg.value if isinstance(arg, ast.Starred) else arg for arg in node.args]
        if name == "agg":
            if any(isinstance(arg, ast.Dict) for arg in arg_nodes):
                facts = _ExprFacts()
                for arg in arg_nodes:
                    if isinstance(arg, ast.Dict):
                        for value in arg.values:
                            if isinstance(value, ast.Constant) and str(value.value).lower() in ("countdistinct",):
                                facts.distinct.append(self.site(value))
                facts.aggregates.append(site)
                result = self.aggregate(grouped.frame, grouped.keys, site, [], facts=facts)
                return replace(result, columns=None)
            return self.aggregate(grouped.frame, grouped.keys, site, arg_nodes)
        if name in ("count", "sum", "avg", "mean", "max", "min"):
            result = self.aggregate(grouped.frame, grouped.keys, site, [])
            names = [key.name for key in grouped.keys]
            if name == "count" and all(names):
                return replace(result, columns=tuple(names) + ("count",))  # type: ignore[arg-type]
            return replace(result, columns=None)
        if name == "pivot":
            return Grouped(grouped.frame, grouped.keys + (Key(None, known=False),), grouped.site)
        if name in ("applyInPandas", "apply", "flatMapGroupsWithState", "applyInPandasWithState",
                    "transformWithStateInPandas", "transformWithState", "cogroup"):
            frame = grouped.frame
            return frame.then(stateful=frame.stateful + ((site, name),), opaque=True, columns=None)
        return UNKNOWN

    def join(self, left: Frame, right: Frame, node: ast.Call, site: Site, args, kwargs) -> Frame:
        how_value = args[2] if len(args) > 2 else kwargs.get("how", Const("inner"))
        how = _const(how_value)
        on_node = node.args[1] if len(node.args) > 1 else _keyword(node, "on")
        equi: tuple[str, ...] | None = None
        has_range: bool | None = None
        if on_node is None:
            equi, has_range = (), False
        elif isinstance(on_node, ast.Constant) and isinstance(on_node.value, str):
            equi, has_range = (on_node.value,), False
        elif isinstance(on_node, (ast.List, ast.Tuple)) and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in on_node.elts
        ):
            equi, has_range = tuple(e.value for e in on_node.elts), False  # type: ignore[misc]
        condition_columns: set[str] = set()  # columns compared with `==` / `=`: the equi-join keys
        if on_node is not None and equi is None:
            has_range = self._has_range_condition(on_node)
            for child in ast.walk(on_node):
                if isinstance(child, ast.Compare) and any(isinstance(op, ast.Eq) for op in child.ops):
                    for operand in (child.left, *child.comparators):
                        name = self.column_name(operand)
                        if name:
                            condition_columns.add(name.rsplit(".", 1)[-1])
                elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "eqNullSafe":
                    for operand in (child.func.value, *child.args):
                        name = self.column_name(operand)
                        if name:
                            condition_columns.add(name.rsplit(".", 1)[-1])
                elif isinstance(child, ast.Constant) and isinstance(child.value, str):
                    for pair in re.findall(r"([\w.`]+)\s*(?:==|<=>|=)\s*([\w.`]+)", child.value):
                        condition_columns.update(part.strip("`").rsplit(".", 1)[-1] for part in pair)
        normalized = _JOIN_TYPES.get(how.lower().replace(" ", "")) if isinstance(how, str) else None
        merged = self.merge(left, right)
        if normalized is None:
            return merged.then(opaque=True)
        join = Join(site, normalized, left.streaming, right.streaming, left.watermark_columns,
                    right.watermark_columns, equi, has_range, frozenset(condition_columns))
        return merged.then(joins=merged.joins + (join,))

    def _has_range_condition(self, node: ast.expr, depth: int = 0) -> bool | None:
        """Whether a join condition compares with <, <=, >, >= or BETWEEN (a time range)."""
        if depth > 4:
            return None
        for child in ast.walk(node):
            if isinstance(child, ast.Compare) and any(isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for op in child.ops):
                return True
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "between":
                return True
            if isinstance(child, ast.Constant) and isinstance(child.value, str):
                if re.search(r"[<>]|\bbetween\b", child.value, re.IGNORECASE):
                    return True
            if isinstance(child, ast.Name):
                value = self.lookup(child.id)
                if isinstance(value, Column) and value.node is not child:
                    inner = self._has_range_condition(value.node, depth + 1)  # type: ignore[arg-type]
                    if inner:
                        return True
                elif not isinstance(value, (Frame, FuncRef, ModuleRef, Const)):
                    return None
        return False

    @staticmethod
    def merge(left: Frame, right: Frame) -> Frame:
        if left.streaming is None or right.streaming is None:
            streaming = True if (left.streaming or right.streaming) else None
        else:
            streaming = left.streaming or right.streaming
        return replace(
            left,
            streaming=streaming,
            opaque=left.opaque or right.opaque,
            step=max(left.step, right.step),
            watermarks=left.watermarks + right.watermarks,
            watermark_columns=left.watermark_columns | right.watermark_columns,
            aggregations=left.aggregations + right.aggregations,
            dedups=left.dedups + right.dedups,
            sorts=left.sorts + right.sorts,
            limits=left.limits + right.limits,
            window_functions=left.window_functions + right.window_functions,
            joins=left.joins + right.joins,
            current_time=left.current_time + right.current_time,
            stateful=left.stateful + right.stateful,
            unsupported=left.unsupported + right.unsupported,
            columns=None,
            binary_columns=left.binary_columns | right.binary_columns,
            struct_columns=left.struct_columns | right.struct_columns,
            types={**right.types, **left.types},
        )

    # Writer ---------------------------------------------------------------------------
    def writer_method(self, writer: Writer, name, node: ast.Call, args, kwargs) -> Any:
        site = self.site(node)
        writer.last_site = site
        if name == "format":
            value = _const(args[0]) if args else None
            writer.format = value.lower() if isinstance(value, str) else None
            writer.format_known = isinstance(value, str)
            writer.format_site = site
            return writer
        if name == "outputMode":
            value = _const(args[0]) if args else None
            writer.output_mode = value.lower() if isinstance(value, str) else None
            writer.mode_known = isinstance(value, str)
            writer.mode_site = site
            return writer
        if name == "option":
            key = _const(args[0]) if args else _const(kwargs.get("key"))
            value = args[1] if len(args) > 1 else kwargs.get("value", UNKNOWN)
            if isinstance(key, str):
                writer.options[key.lower()] = _const(value)
                writer.option_sites[key.lower()] = site
            else:
                writer.options_complete = False
            return writer
        if name == "options":
            for key, value in kwargs.items():
                if key != "**":
                    writer.options[key.lower()] = _const(value)
                    writer.option_sites[key.lower()] = site
            if args or "**" in kwargs:
                writer.options_complete = False
            return writer
        if name == "trigger":
            given = [kw.arg for kw in node.keywords if kw.arg]
            writer.trigger = given[0] if len(given) == 1 else None
            writer.trigger_site = site
            return writer
        if name == "queryName":
            writer.query_name = _const(args[0]) if args else None
            writer.query_name_site = site
            return writer
        if name in ("foreachBatch", "foreach"):
            writer.format = name.lower()
            writer.format_known = True
            writer.format_site = site
            if name == "foreachBatch" and args and isinstance(args[0], Function):
                function = args[0]
                batch = Frame(False, site, batch_inside="foreachBatch")
                self.call_function(function, [batch, UNKNOWN], {})
            return writer
        if name in ("partitionBy", "clusterBy"):
            return writer
        if name in ("start", "toTable"):
            return self.start(writer, name, node, site, args, kwargs)
        return UNKNOWN

    def start(self, writer: Writer, name, node: ast.Call, site: Site, args, kwargs) -> Any:
        writer.started = True
        if "format" in kwargs:
            value = _const(kwargs["format"])
            writer.format = value.lower() if isinstance(value, str) else None
            writer.format_known = isinstance(value, str)
        if "outputMode" in kwargs:
            value = _const(kwargs["outputMode"])
            writer.output_mode = value.lower() if isinstance(value, str) else None
            writer.mode_known = isinstance(value, str)
        if "queryName" in kwargs:
            writer.query_name = _const(kwargs["queryName"])
            writer.query_name_site = site
        for key, value in kwargs.items():
            if key not in ("format", "outputMode", "queryName", "partitionBy", "path", "tableName", "clusterBy", "**"):
                writer.options[key.lower()] = _const(value)
                writer.option_sites[key.lower()] = site
        if "**" in kwargs:
            writer.options_complete = False
        path = args[0] if args else kwargs.get("path" if name == "start" else "tableName")
        if path is not None and name == "start":
            writer.options["path"] = _const(path)
        sink = writer.format if writer.format_known else None
        if name == "toTable" and writer.format_site is None and "format" not in kwargs:
            sink = "table"
        checkpoint = writer.options.get("checkpointlocation", UNKNOWN) if "checkpointlocation" in writer.options else UNKNOWN
        self.analysis.starts.append(
            Start(
                writer=writer,
                site=site,
                frame=writer.frame,
                output_mode=writer.output_mode if writer.mode_known else None,
                sink=sink,
                options=dict(writer.options),
                session_conf=dict(self.session.conf),
                checkpoint=checkpoint,
                query_name=writer.query_name,
                trigger=writer.trigger,
                trigger_site=writer.trigger_site,
                active=tuple(earlier for earlier in self.analysis.starts if not earlier.writer.stopped),
            )
        )
        return Query(writer)


def analyze(doc: Document, assumed_globals: frozenset[str] = frozenset({"spark"})) -> SparkAnalysis:
    """The lesson's Spark analysis, computed once per document and shared by the SPK rules."""
    cache: dict = doc.__dict__.setdefault("_spark_analysis", {})
    result = cache.get(assumed_globals)
    if result is None:
        interpreter = Interpreter(assumed_globals)
        try:
            result = cache[assumed_globals] = interpreter.run(notebook(doc))
        except Exception:
            # The first SPK rule reports the internal error (INT001, with the place);
            # the others see an empty analysis instead of failing the same way again.
            cache[assumed_globals] = SparkAnalysis()
            raise
    return result


# -- plan facts the rules share ------------------------------------------------------------


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
    return ", ".join(names) or "no columns (a global aggregation)"


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
    # Spark walks the plan from the sources up: the first refused operator is the earliest one.
    return sorted(steps, key=lambda step: step[0].range()[0])
