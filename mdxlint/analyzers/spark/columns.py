"""Column expressions read without running them: the facts an expression holds for
Spark's checks (aggregates, windows, ``over``, the current time, ``from_json`` …), the
name a column expression refers to or is called, grouping keys, and the type of an
expression where the lesson makes it plain.  Shared by the projection, aggregation and
join transfer functions; each takes the interpreter for name lookups."""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator

from mdxlint.analyzers.spark.casts import CAST_TYPES, refused, sql_literal_casts
from mdxlint.analyzers.spark.schema import (
    DATE_FUNCTIONS, EPOCH_NUMBER_FUNCTIONS, STRING_FUNCTIONS, TIMESTAMP_FUNCTIONS, SparkType, ddl_schema, ddl_type, path_type, refused_type_text, schema_syntax_error,
    char_varchar_name, refused_decimal_type,
)
from mdxlint.analyzers.spark.signatures import entry
from mdxlint.analyzers.spark.zones import zone_accepted
from mdxlint.analyzers.spark.sql import (
    MONOTONIC_ID_ON_STREAM, ORDERED_WINDOW_FUNCTIONS, SQL_AGGREGATE_FUNCTIONS, SQL_WINDOW_CALL, call_argument_counts, closing_paren, expression_calls, expression_columns, query_calls,
    aggregate_misuses, cast_types, dialect_syntax, join_ambiguities, literal_ranges, parameter_markers, positional_markers, scan_sql, window_frames, without_comments, zone_literals, pattern_literals,
)
from mdxlint.analyzers.spark.values import (
    AGGREGATE_FUNCTIONS, CURRENT_TIME_FUNCTIONS, DISTINCT_AGGREGATES, FUNCTIONS_MODULE, GENERATOR_FUNCTIONS, TIME_WINDOW_FUNCTIONS,
    RANKING_FUNCTIONS, Column,
    ClassRef, Const, ExprFacts, FromJson, FuncRef, Frame, Function, Key, LITERAL_FUNCTIONS, ModuleRef, WindowSpec, constant,
    spelled, UNREAD_CONF, DATAFRAME_ATTRIBUTES, SEPARATOR,
)


def select_items(arg_nodes: list[ast.expr]) -> list[ast.expr]:
    """The columns of ``select(a, b)`` and ``select([a, b])`` alike."""
    items: list[ast.expr] = []
    for arg in arg_nodes:
        items.extend(arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg])
    return items


def star(columns: tuple[str, ...] | None, binary: frozenset[str], result: list[str], raw_binary: set[str]) -> bool:
    """``select("*")``: every column so far (and which are still binary); False when unknown."""
    if columns is None:
        return False
    result.extend(columns)
    raw_binary |= binary
    return True


def column_facts(interp, nodes: list[ast.expr], depth: int = 0) -> ExprFacts:
    facts = ExprFacts()
    for node in nodes:
        scan_expression(interp, node, facts, depth, inside_over=False)
    return facts


def function_name(interp, func: ast.expr) -> str | None:
    """The pyspark.sql.functions name a callee resolves to, if any."""
    if isinstance(func, ast.Name):
        value = interp.lookup(func.id)
        if isinstance(value, FuncRef) and value.module == FUNCTIONS_MODULE:
            return value.name
        return None
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        base = interp.lookup(func.value.id)
        if isinstance(base, ModuleRef) and base.name == FUNCTIONS_MODULE:
            return func.attr
    if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute) and func.value.attr == "functions"
            and ast.unparse(func.value) == FUNCTIONS_MODULE):
        # `import pyspark.sql.functions` and the name written in full
        if isinstance(interp.lookup("pyspark"), ModuleRef):
            return func.attr
    return None


def is_subquery(node: ast.AST) -> bool:
    """Whether ``node`` makes a column of a query (Spark 4: `df.select(F.max("ts")).scalar()`,
    `….exists()`): the query is analysed on its own, its aggregates and columns are not the
    expression's (held-out h135)."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SUBQUERY_METHODS
            and not node.args and not node.keywords and isinstance(node.func.value, ast.Call))


_SUBQUERY_METHODS = frozenset({"scalar", "exists"})


def scan_expression(interp, node: ast.AST, facts: ExprFacts, depth: int, inside_over: bool) -> None:
    if depth > 4:
        facts.understood = False
        return
    if isinstance(node, ast.Call):
        func = node.func
        if is_subquery(node):
            return
        if isinstance(func, ast.Attribute) and func.attr == "over":
            inner = func.value
            name = None
            if isinstance(inner, ast.Call):
                name = function_name(interp, inner.func)
            facts.over.append((interp.site(node), name or "window function"))
            if name in ORDERED_WINDOW_FUNCTIONS and node.args and _window_order(interp, node.args[0])[0] is False:
                interp.analysis.unordered_windows.append((interp.site(node), name))
            elif name in FRAME_REQUIRED and node.args:
                frame = _window_frame(interp, node.args[0])
                required = _required_frame(name, inner)
                if frame is not None and frame != required and required != UNREAD_FRAME:
                    interp.analysis.refused_frames.append((interp.site(node), name, frame))
            scan_expression(interp, inner, facts, depth, inside_over=True)
            for arg in node.args:
                scan_expression(interp, arg, facts, depth, inside_over=True)
            return
        name = function_name(interp, func)
        if name is not None:
            if name in AGGREGATE_FUNCTIONS and not inside_over:
                facts.aggregates.append(interp.site(node))
                if name in DISTINCT_AGGREGATES:
                    facts.distinct.append(interp.site(node))
                inner = _inner_aggregate(interp, node) if depth == 0 else None
                if inner is not None:
                    interp.analysis.nested_aggregates.append((interp.site(inner), function_name(interp, inner.func), name))
            elif name in TIME_WINDOW_FUNCTIONS:
                time_arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "timeColumn"), None)
                facts.windows.append((interp.site(node), name, column_name(interp, time_arg) if time_arg is not None else None))
            elif name in RANKING_FUNCTIONS and not inside_over and not interp.in_udf:
                # `F.row_number()` without `.over(w)`: Spark refuses the step (WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE)
                interp.analysis.windows_without_over.append((interp.site(node), name))
            elif name in CURRENT_TIME_FUNCTIONS:
                facts.current_time.append(interp.site(node))
            elif name in GENERATOR_FUNCTIONS:
                facts.generators.append(interp.site(node))
            elif name == "monotonically_increasing_id":
                facts.unsupported.append((interp.site(node), MONOTONIC_ID_ON_STREAM))
            elif name == "from_json" and node.args:
                facts.from_json.append((interp.site(node), node.args[0]))
                schema = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "schema"), None)
                if depth == 0 and schema is not None:
                    # Spark reads the schema text when it analyses the frame: the error is the
                    # projection's, so only a from_json written in it is placed (not one named by a variable).
                    note_type_text(interp, schema, _string_value(interp, schema), "from_json")
            elif name == "expr" and node.args and isinstance(node.args[0], ast.Constant):
                scan_sql(interp, node.args[0], facts)
                if depth == 0:  # (written in the call that Spark analyses, not held by a name from before)
                    note_sql_calls(interp, node.args[0], over_outside=True)
            elif (name == "call_function" and node.args and isinstance(node.args[0], ast.Constant) and not inside_over
                  and str(node.args[0].value).lower() in SQL_AGGREGATE_FUNCTIONS):
                facts.aggregates.append(interp.site(node))  # `F.call_function("max", …)`
        elif isinstance(func, ast.Name) and isinstance(interp.lookup(func.id), Function):
            facts.understood = False
    elif isinstance(node, ast.Name):
        value = interp.lookup(node.id)
        if isinstance(value, Column) and value.node is not node:
            saved = interp.fence
            interp.fence = value.fence
            try:
                scan_expression(interp, value.node, facts, depth + 1, inside_over)
            finally:
                interp.fence = saved
        return
    for child in ast.iter_child_nodes(node):
        scan_expression(interp, child, facts, depth, inside_over)




# The frame Spark requires of a ranking function's window (its default, the only one it takes);
# lag and lead take none written out ("Cannot specify window frame for lag function").
_ROWS_TO_CURRENT = ("RowFrame", "unboundedpreceding$()", "currentrow$()")
FRAME_REQUIRED: dict[str, tuple[str, str, str] | None] = {
    **dict.fromkeys(("row_number", "rank", "dense_rank", "percent_rank", "ntile"), _ROWS_TO_CURRENT),
    "cume_dist": ("RangeFrame", "unboundedpreceding$()", "currentrow$()"), "lag": None, "lead": None,
}


def _inner_aggregate(interp, call: ast.Call) -> ast.Call | None:
    """An aggregate function written in the arguments of the aggregate ``call`` (`F.max(F.sum("x"))`),
    not under a window's `.over(…)` nor in a function's body."""
    pending = [*call.args, *(keyword.value for keyword in call.keywords)]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Lambda, ast.Starred)):
            continue
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "over":
                continue
            if function_name(interp, node.func) in AGGREGATE_FUNCTIONS:
                return node
        pending.extend(ast.iter_child_nodes(node))
    return None


def _required_frame(name: str, call: ast.expr) -> tuple[str, str, str] | None:
    """The frame Spark requires of ``name``'s window (None: no frame may be written). lag and lead
    take their own frame written out (`lag("op", 2)` over `rowsBetween(-2, -2)` runs)."""
    if name not in ("lag", "lead") or not isinstance(call, ast.Call):
        return FRAME_REQUIRED[name]
    node = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "offset"), None)
    bound = "1" if node is None else _bound(node)
    if bound is None or not bound.lstrip("-").isdigit():
        return UNREAD_FRAME  # (an offset not read here: any frame may be the one it takes)
    offset = -int(bound) if name == "lag" else int(bound)
    shown = "currentrow$()" if offset == 0 else str(offset)
    return "RowFrame", shown, shown


UNREAD_FRAME = ("", "", "")


def window_frame(node: ast.Call) -> tuple[str, str, str] | None:
    """The frame `rowsBetween(start, end)` / `rangeBetween(start, end)` sets, as Spark shows it, when
    both bounds are read here (a number, `Window.unboundedPreceding`, `Window.currentRow`,
    `Window.unboundedFollowing`, `±sys.maxsize`); None otherwise."""
    if len(node.args) != 2 or node.keywords or not isinstance(node.func, ast.Attribute):
        return None
    bounds = [_bound(arg) for arg in node.args]
    if None in bounds:
        return None
    kind = "RowFrame" if node.func.attr == "rowsBetween" else "RangeFrame"
    return kind, bounds[0], bounds[1]  # type: ignore[return-value]


def _bound(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute) and node.attr in _NAMED_BOUNDS:
        return _NAMED_BOUNDS[node.attr]
    sign = 1
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        sign, node = -1, node.operand
    if isinstance(node, ast.Attribute) and node.attr == "maxsize" and isinstance(node.value, ast.Name) and node.value.id == "sys":
        return "unboundedpreceding$()" if sign < 0 else "unboundedfollowing$()"  # (PySpark's thresholds)
    if isinstance(node, ast.Constant) and type(node.value) is int:
        value = sign * node.value
        return "currentrow$()" if value == 0 else str(value)
    return None


_NAMED_BOUNDS = {"unboundedPreceding": "unboundedpreceding$()", "currentRow": "currentrow$()",
                 "unboundedFollowing": "unboundedfollowing$()"}


def _window_frame(interp, node: ast.expr, depth: int = 0) -> tuple[str, str, str] | None:
    """The frame of the window spec ``node`` (a name bound to one, or `Window…rowsBetween(…)` written
    out) where rowsBetween or rangeBetween set one that is read here; None otherwise."""
    if depth > 8:
        return None
    if isinstance(node, ast.Name):
        value = interp.lookup(node.id)
        return value.frame if isinstance(value, WindowSpec) else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in ("rowsBetween", "rangeBetween"):
            return window_frame(node)
        if node.func.attr in ("partitionBy", "orderBy"):
            return _window_frame(interp, node.func.value, depth + 1)
    return None


def _window_order(interp, node: ast.expr, depth: int = 0) -> tuple[bool | None, tuple[ast.expr, ...] | None]:
    """Whether the window spec ``node`` (a name bound to one, or `Window…` written out) has an
    orderBy, and the expressions it orders by; None for what is not known."""
    if depth > 8:
        return None, None
    if isinstance(node, ast.Name):
        value = interp.lookup(node.id)
        return (value.ordered, value.order) if isinstance(value, WindowSpec) else (None, None)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "orderBy":
            return True, None if node.keywords or any(isinstance(a, ast.Starred) for a in node.args) else tuple(node.args)
        if node.func.attr in ("partitionBy", "rowsBetween", "rangeBetween"):
            base = node.func.value
            if isinstance(base, ast.Name) and interp.lookup(base.id) == ClassRef("Window"):
                return False, ()
            return _window_order(interp, base, depth + 1)
    return None, None


_VALUE_BOUND = re.compile(r"-?\d+")
_SORT_METHODS = frozenset({"asc", "desc", "asc_nulls_first", "asc_nulls_last", "desc_nulls_first", "desc_nulls_last"})


def note_range_frames(interp, frame: Frame, over_sites, expressions: list[ast.expr]) -> None:
    """Window functions written in a projection whose spec has a RANGE frame with a value bound
    (`rangeBetween(-3600, 0)`): Spark refuses it over several order expressions, and over a
    TIMESTAMP or DATE order expression (the bound is a BIGINT), when it analyses the projection."""
    written = {id(node) for expression in expressions for node in ast.walk(expression)}
    for site, _ in over_sites:
        node = site.node
        if id(node) not in written or not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                                           and node.func.attr == "over" and len(node.args) == 1):
            continue  # (over a column from another statement: Spark refuses it here, reported there)
        bounds = _window_frame(interp, node.args[0])
        if bounds is None:
            continue
        numbers = [int(bound) for bound in bounds[1:] if _VALUE_BOUND.fullmatch(bound)]
        if len(numbers) == 2 and numbers[0] > numbers[1]:
            # `rowsBetween(1, -1)`: a frame that ends before it starts (checked on PySpark 4.1, h119)
            interp.analysis.range_frames_refused.append((site, "reversed", "ROWS" if bounds[0] == "RowFrame" else "RANGE"))
            continue
        if bounds[0] != "RangeFrame":
            continue
        ordered, order = _window_order(interp, node.args[0])
        if ordered is False and order == () and bounds[1:] != ("unboundedpreceding$()", "unboundedfollowing$()"):
            # A RANGE frame offsets the order value, and an unordered window has none; only the
            # whole partition is a RANGE frame there (checked on PySpark 4.1, held-out h119).
            interp.analysis.range_frames_refused.append((site, "unordered", ""))
            continue
        if not any(_VALUE_BOUND.fullmatch(b) for b in bounds[1:]) or not order:
            continue
        if len(order) > 1:
            interp.analysis.range_frames_refused.append((site, "multi", ""))
            continue
        key = order[0]
        while isinstance(key, ast.Call) and isinstance(key.func, ast.Attribute) and key.func.attr in _SORT_METHODS and not key.args:
            key = key.func.value
        if isinstance(key, ast.Call) and function_name(interp, key.func) in ("asc", "desc") and len(key.args) == 1:
            key = key.args[0]
        key_type = expr_type(interp, key, frame.types) if frame.types else None
        if key_type is not None and key_type.name in ("timestamp", "timestamp_ntz", "date"):
            interp.analysis.range_frames_refused.append((site, "type", key_type.name))


def expr_sql(node: ast.AST | None) -> str | None:
    """The SQL text of an `expr("…")` call as written (`F.expr`, `expr`), else None."""
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        return node.args[0].value if name == "expr" else None
    return None


def column_name(interp, node: ast.AST, depth: int = 0) -> str | None:
    """The name of the column a simple column expression refers to or is called (a reference
    spelled as the frame whose method reads it spells the column: see :func:`spelled`)."""
    if depth > 4:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return spelled(getattr(interp, "receiver_frame", None), node.value.strip("`")) \
            if re.fullmatch(r"`?[\w.]+`?", node.value) else None
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("alias", "name", "as_") and node.args:
            alias = node.args[0]
            return alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else None
        if isinstance(func, ast.Attribute) and func.attr in ("cast", "astype"):
            return column_name(interp, func.value, depth + 1)
        name = function_name(interp, func)
        if name in ("col", "column") and node.args:
            return column_name(interp, node.args[0], depth + 1)
        if name in ("window", "session_window"):
            return name
        return None
    if isinstance(node, ast.Attribute):
        base = interp.lookup(node.value.id) if isinstance(node.value, ast.Name) else None
        if isinstance(base, Frame):
            return spelled(base, node.attr)
        return None
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        base = interp.lookup(node.value.id)
        if isinstance(base, Frame) and isinstance(node.slice, ast.Constant):
            return spelled(base, node.slice.value) if isinstance(node.slice.value, str) else None
        return None
    if isinstance(node, ast.Name):
        value = interp.lookup(node.id)
        if isinstance(value, Column) and value.node is not node:
            return column_name(interp, value.node, depth + 1)
        if isinstance(value, Const) and isinstance(value.value, str):
            return value.value
    return None


_BARE_NAME = re.compile(r"\s*`?([A-Za-z_][\w.]*)`?\s*")
_OPERATOR_TEXT = re.compile(r"[-+*/%<>=|&^~]")


def keys_of(interp, frame: Frame, arg_nodes: list[ast.expr]) -> tuple[Key, ...]:
    keys: list[Key] = []
    for node in arg_nodes:
        if isinstance(node, ast.Starred):
            keys.append(Key(None, known=False))
            continue
        if isinstance(node, (ast.List, ast.Tuple)):
            keys.extend(keys_of(interp, frame, list(node.elts)))
            continue
        keys.append(grouping_key(interp, node))
    return tuple(keys)


def grouping_key(interp, node: ast.expr, depth: int = 0) -> Key:
    site = interp.site(node)
    if depth > 4:
        return Key(None, site=site, known=False)
    if isinstance(node, ast.Name):
        value = interp.lookup(node.id)
        if isinstance(value, Column) and value.node is not node:
            saved = interp.fence
            interp.fence = value.fence
            try:
                inner = grouping_key(interp, value.node, depth + 1)  # type: ignore[arg-type]
            finally:
                interp.fence = saved
            return inner
        if isinstance(value, Const) and isinstance(value.value, str):
            return Key(value.value, site=site)
        return Key(None, site=site, known=False)
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in ("alias", "name") and node.args:
            inner = grouping_key(interp, func.value, depth + 1)
            alias = node.args[0]
            name = alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else None
            return Key(name, inner.time_column, site, inner.known and name is not None, inner.session)
        name = function_name(interp, func)
        time_arg = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "timeColumn"), None)
        if name in TIME_WINDOW_FUNCTIONS and time_arg is not None:
            time_column = column_name(interp, time_arg)
            computed = False
            if isinstance(time_arg, ast.Call) and isinstance(time_arg.func, ast.Attribute) and time_arg.func.attr in ("cast", "astype"):
                time_column, computed = None, True  # (a cast makes a new column, even to the same type: checked on PySpark 4.1)
            elif time_column is None and isinstance(time_arg, ast.Call):
                inner_name = function_name(interp, time_arg.func)
                if inner_name == "window_time" and time_arg.args:
                    time_column = column_name(interp, time_arg.args[0])
                else:
                    # A window over a function of the event time (`from_utc_timestamp(ts, …)`, a cast):
                    # the new column has no watermark, as a key made by withColumn (held-out h103).
                    computed = inner_name is not None and inner_name not in ("col", "column", "expr", "lit")
            elif time_column is None and isinstance(time_arg, (ast.BinOp, ast.UnaryOp)):
                computed = True  # (`col("ts") + expr("INTERVAL 3 HOURS")`)
            return Key(name, time_column, site, time_column is not None or computed, name == "session_window")
        if name == "expr" and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            text = node.args[0].value.strip()
            window = SQL_WINDOW_CALL.match(text)  # expr("window(ts, '10 minutes')"), the whole text one call
            if window is not None and closing_paren(text, text.index("(")) == len(text) - 1:
                function = window.group(1).lower()
                return Key(function, window.group(2), site, True, function == "session_window")
            bare = _BARE_NAME.fullmatch(text)
            if bare is not None:
                return Key(bare.group(1), site=site)
            if _OPERATOR_TEXT.search(text) or "(" in text:
                # SQL text that computes (`value % 3`, `cast(ts AS date)`): a new column, without the
                # watermark of the columns it reads.
                return Key(None, site=site, label=f"expr({text!r})")
        if name is not None and name not in ("col", "column", "expr", "lit", "window_time"):
            # Any other function makes a new column, without the watermark of the column it
            # reads (`groupBy(F.date_trunc("minute", "timestamp"))`: Spark finds no watermark).
            return Key(None, site=site, label=f"{name}(…)", output=generated_name(interp, node))
    if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Compare)):
        # Arithmetic or a comparison of columns (`events.value % 3`): a new column, without the
        # watermark of the columns it reads.
        return Key(None, site=site, label=f"`{ast.unparse(node)[:40]}`")
    if (isinstance(node, ast.Attribute) and node.attr in ("start", "end") and isinstance(node.value, ast.Call)
            and function_name(interp, node.value.func) in TIME_WINDOW_FUNCTIONS):
        # A window's start or end is a plain timestamp column: Spark finds no watermark on it
        # (`groupBy(F.window("ts", "10 minutes").start)` in append mode is refused).
        return Key(None, site=site, label=f"{function_name(interp, node.value.func)}(…).{node.attr}")
    column = column_name(interp, node)
    if column is not None:
        return Key(column, site=site)
    return Key(None, site=site, known=False)


def carried_watermark(interp, node: ast.expr) -> str | None:
    """The column whose watermark metadata a new column's expression carries: a plain reference
    (`col("ts")`), or a window of it (`window("ts", "5 minutes")`: Spark's window struct keeps
    the event time's watermark)."""
    source = bare_column(interp, node)
    if source is None and isinstance(node, ast.Call):
        key = grouping_key(interp, node)
        if key.name in TIME_WINDOW_FUNCTIONS:
            source = key.time_column
    return source


def note_type_text(interp, node: ast.expr, text: object, where: str, *, frame_made: bool = False) -> bool:
    """Records a DDL text with a type name Spark does not know (see schema.refused_type_text), a
    schema text Spark cannot read (schema.schema_syntax_error), and a
    schema with a `CHAR(n)` or `VARCHAR(n)` type (``where`` "schema" or "from_json"; ``frame_made``:
    createDataFrame's), which a frame's schema refuses unless the session reads them as strings.
    ``text``: the text, its interpreter value, or a type built in code (a refused `DecimalType`).
    True when the text is a schema Spark cannot read (its fields are not known then)."""
    if not isinstance(text, (str, SparkType)):
        text = constant(text)
    if isinstance(text, SparkType):
        # `cast(DecimalType(39, 2))`, `schema(StructType([…]))`: the JVM reads the type at the call
        refused = refused_decimal_type(text) if where != "from_json" else None
        if refused is not None:
            interp.analysis.unknown_types.append((interp.site(node), *refused))
        return False
    if not isinstance(text, str):
        return False
    refused = refused_type_text(text, where)
    if refused is not None:
        interp.analysis.unknown_types.append((interp.site(node), *refused))
        return False
    if where != "type":
        broken = schema_syntax_error(text, "frame" if frame_made else where)
        if broken is not None:
            interp.analysis.schema_syntax_errors.append((interp.site(node), broken[0], broken[2]))
            return True
    if where != "type" and not (_CHAR_VARCHAR_SETTINGS & interp.session.conf.keys()):
        name = char_varchar_name(text, as_type=where == "from_json" and re.match(r"\s*(?:struct|array|map)\s*<", text, re.I) is not None)
        if name is not None:
            interp.analysis.char_varchar_schemas.append((interp.site(node), name, frame_made))
    return False


# Settings under which Spark reads CHAR and VARCHAR as STRING, or keeps them in a frame (and what the
# model cannot read): a lesson that sets one is not judged.
_CHAR_VARCHAR_SETTINGS = frozenset({"spark.sql.legacy.charVarcharAsString", "spark.sql.preserveCharVarcharTypeInfo", UNREAD_CONF})


def note_when_condition(interp, node: ast.Call, args: list) -> None:
    """`when("op = 'c'", …)`: PySpark takes a Column for the condition, not SQL text; it refuses
    the call at once ([NOT_COLUMN])."""
    if node.args and not isinstance(node.args[0], ast.Starred) and args and isinstance(constant(args[0]), str):
        interp.analysis.plain_values.append((interp.site(node.args[0]), "condition", "str"))
    elif node.args and isinstance(node.args[0], ast.Compare) and all(
            isinstance(operand, ast.Constant) and isinstance(operand.value, (str, int, float))
            for operand in (node.args[0].left, *node.args[0].comparators)):
        # `when("op" == "d", …)`: Python compares the two strings (False) before PySpark sees anything
        # (held-out h103: [NOT_COLUMN] … got bool)
        interp.analysis.plain_values.append((interp.site(node.args[0]), "condition", "bool"))


# The functions that take an array or a map (the generators, and `size`).
_ARRAY_OR_MAP_FUNCTIONS = frozenset({"explode", "explode_outer", "posexplode", "posexplode_outer", "size"})


def spark_type_text(kind: SparkType) -> str | None:
    """A type as Spark's messages name it (`STRING`); `STRUCT` for a struct, whose fields Spark
    shows in a way not known here (NOT NULL, comments, quoted names); None for others."""
    if kind.name in ATOMIC_TYPE_NAMES:
        return ATOMIC_TYPE_NAMES[kind.name]
    return "STRUCT" if kind.name == "struct" else None


def _lit_cast(interp, node: ast.Call) -> None:
    """`F.lit("abc").cast("int")`: a cast of a string literal that ANSI mode refuses (SPK082)."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr in ("cast", "astype") and len(node.args) == 1
            and isinstance(func.value, ast.Call) and function_name(interp, func.value.func) == "lit"
            and len(func.value.args) == 1 and isinstance(func.value.args[0], ast.Constant)
            and isinstance(func.value.args[0].value, str)):
        return
    target = node.args[0]
    written = target.value if isinstance(target, ast.Constant) and isinstance(target.value, str) else None
    if written is None:
        kind = interp.eval(target)
        written = kind.name if isinstance(kind, SparkType) else None
    type_name = CAST_TYPES.get((written or "").strip().lower())
    literal = func.value.args[0].value
    if type_name is not None and refused(literal, type_name):
        interp.analysis.literal_casts.append((interp.site(func.value.args[0]), literal, type_name))


# A column's name, or a path to a field of a struct column (`e.after.tags`).
_NAME_OR_FIELD_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def note_generator_inputs(interp, frame: Frame, expressions: list[ast.expr]) -> None:
    """`explode("items")` or `size("items")` where `items` is a column of a known type that is no array
    or map (a JSON text not parsed, a struct): Spark refuses the projection
    ([DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE])."""
    for expression in expressions:
        for node in ast.walk(expression):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("cast", "astype"):
                _lit_cast(interp, node)
            if not (isinstance(node, ast.Call) and node.args and len(node.args) == 1):
                continue
            written = function_name(interp, node.func)
            arg = node.args[0]
            if written not in _ARRAY_OR_MAP_FUNCTIONS:
                continue
            if isinstance(arg, ast.Call) and function_name(interp, arg.func) in ("col", "column") and len(arg.args) == 1:
                arg = arg.args[0]
            if (isinstance(arg, ast.Call) and function_name(interp, arg.func) == "from_json" and arg.args
                    and isinstance(arg.args[0], ast.Constant) and isinstance(arg.args[0].value, str)
                    and PLAIN_NAME.fullmatch(arg.args[0].value)):
                # `explode(from_json("value", "id INT, op STRING"))`: JSON parsed into a struct, not a list
                parsed = expr_type(interp, arg, frame.types)
                if parsed is not None and parsed.name == "struct" and parsed.fields:
                    interp.analysis.generator_inputs.append((interp.site(arg), written, f"from_json({arg.args[0].value})", "STRUCT"))
                continue
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _NAME_OR_FIELD_PATH.fullmatch(arg.value)):
                continue
            if "." in arg.value:
                # `explode("e.after.tags")`: a field of a struct column, where the fields are known (held-out h100)
                head, rest = arg.value.split(".", 1)
                known = path_type(frame.types, f"{spelled(frame, head) or head}.{rest}")
            else:
                known = frame.types.get(spelled(frame, arg.value) or arg.value)
            shown = spark_type_text(known) if known is not None else None
            if shown is not None:
                interp.analysis.generator_inputs.append((interp.site(node.args[0]), written, arg.value, shown))
    note_values(interp, frame, expressions)


def note_values(interp, frame: Frame, expressions: list[ast.expr]) -> None:
    """What Spark refuses in the values a step's columns give functions: an input's type, array
    position 0, a datetime pattern's letters, a time zone.  For projections and filters, and for
    aggregates, grouping and sort keys, which Spark reads the same way (checked on PySpark 4.1)."""
    note_typed_inputs(interp, frame, expressions)
    note_array_index_zero(interp, frame, expressions)
    note_datetime_patterns(interp, expressions)
    note_truncation_units(interp, frame, expressions)
    note_time_zones(interp, expressions)
    note_branch_values(interp, expressions)
    note_argument_ranges(interp, expressions)


# Window functions whose count is a literal Spark takes above 0 only, by the argument's place (checked
# on PySpark 4.1: [DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE] where the projection is made).
_POSITIVE_ARGUMENT = {"ntile": 0, "nth_value": 1}


def note_argument_ranges(interp, expressions: list[ast.expr]) -> None:
    """`F.ntile(0)`, `F.nth_value("v", 0)`: a count of buckets or rows below 1 (SPK099)."""
    for expression in expressions:
        for node in ast.walk(expression):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            written = function_name(interp, node.func)
            place = _POSITIVE_ARGUMENT.get(written)
            if place is None or place >= len(node.args):
                continue
            argument = node.args[place]
            if isinstance(argument, ast.Call) and function_name(interp, argument.func) == "lit" and len(argument.args) == 1:
                argument = argument.args[0]
            value = _int_literal(argument)
            if value is not None and value < 1:
                interp.analysis.arguments_out_of_range.append((interp.site(node.args[place]), written, str(value)))


def _int_literal(node: ast.expr) -> int | None:
    """An integer written in the code (`0`, `-2`)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _int_literal(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


# Methods of a generator's Column that keep it a generator of the projection (`explode(…).alias("t")`).
_KEEPS_GENERATOR = frozenset({"alias", "name", "as_"})


def note_generator_places(interp, expressions: list[ast.expr], *, outside_select: bool) -> None:
    """A generator (`explode`, `inline`…) where Spark refuses one (checked on PySpark 4.1): in a
    filter's condition ([UNSUPPORTED_GENERATOR.OUTSIDE_SELECT]), or, in a projection, inside another
    expression, a function of pyspark.sql.functions, a Column's method or operator
    ([UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS]: `F.upper(F.explode("tags"))`)."""
    for expression in expressions:
        parents: dict[int, ast.AST] = {}
        for node in ast.walk(expression):
            for child in ast.iter_child_nodes(node):
                parents[id(child)] = node
        for node in ast.walk(expression):
            if not (isinstance(node, ast.Call) and function_name(interp, node.func) in GENERATOR_FUNCTIONS):
                continue
            written = function_name(interp, node.func)
            if outside_select or _nested_generator(interp, node, parents):
                interp.analysis.generators_misplaced.append((interp.site(node), written, "outside" if outside_select else "nested"))


def _nested_generator(interp, node: ast.Call, parents: dict[int, ast.AST]) -> bool:
    child: ast.AST = node
    parent = parents.get(id(node))
    while parent is not None:
        if isinstance(parent, ast.Attribute) and parent.value is child:
            call = parents.get(id(parent))
            if isinstance(call, ast.Call) and call.func is parent and parent.attr in _KEEPS_GENERATOR:
                child, parent = call, parents.get(id(call))
                continue
            return True  # `explode(…).cast("string")`
        if isinstance(parent, ast.Call):
            return function_name(interp, parent.func) is not None  # (a lesson's own function may return it as it is)
        return isinstance(parent, (ast.BinOp, ast.Compare, ast.UnaryOp))
    return False


def note_branch_values(interp, expressions: list[ast.expr]) -> None:
    """`F.when(c, 1).otherwise("none")`: branches that give numbers and a text, written as literals.
    Spark gives the CASE one type, a number's, and casts the text to it, which ANSI mode refuses
    where the text is no number, when the query runs (SPK082; checked on PySpark 4.1)."""
    for expression in expressions:
        for node in ast.walk(expression):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "otherwise"
                    and len(node.args) == 1 and not node.keywords):
                continue
            values = [node.args[0]]
            chain = node.func.value
            while isinstance(chain, ast.Call) and isinstance(chain.func, ast.Attribute) and chain.func.attr == "when" \
                    and len(chain.args) == 2 and function_name(interp, chain.func) is None:
                values.append(chain.args[1])
                chain = chain.func.value
            if not (isinstance(chain, ast.Call) and function_name(interp, chain.func) == "when" and len(chain.args) == 2):
                continue
            values.append(chain.args[1])
            literals = [(value, _literal_of(interp, value)) for value in values]
            numbers = [literal for _, literal in literals if isinstance(literal, (int, float)) and not isinstance(literal, bool)]
            if not numbers or any(literal is _NOT_LITERAL for _, literal in literals):
                continue
            type_name = "DOUBLE" if any(isinstance(number, float) for number in numbers) else "BIGINT"
            for value, literal in literals:
                if isinstance(literal, str) and refused(literal, type_name):
                    interp.analysis.branch_casts.append((interp.site(value), literal, type_name))


_NOT_LITERAL = object()


def _literal_of(interp, node: ast.expr) -> object:
    """The Python value a branch gives as written (`1`, `"none"`, `F.lit("none")`, None), or _NOT_LITERAL."""
    if isinstance(node, ast.Call) and function_name(interp, node.func) == "lit" and len(node.args) == 1 and not node.keywords:
        node = node.args[0]
    if isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, (str, int, float))):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) \
            and isinstance(node.operand.value, (int, float)) and not isinstance(node.operand.value, bool):
        return -node.operand.value
    return _NOT_LITERAL


# The functions that read a datetime pattern, with its parameter's name (the second argument); the
# `try_` ones and `to_unix_timestamp` take it as a Column (`F.lit("…")`).
_PATTERN_FUNCTIONS = {"to_timestamp": "format", "to_date": "format", "date_format": "format", "from_unixtime": "format",
                      "unix_timestamp": "format", "try_to_timestamp": "format", "to_unix_timestamp": "format"}
_PATTERN_AS_COLUMN = frozenset({"try_to_timestamp", "to_unix_timestamp"})
_PARSER_POLICY_SETTINGS = frozenset({"spark.sql.legacy.timeParserPolicy", UNREAD_CONF})
# Pattern letters Spark 3 and later refuse (each checked on PySpark 4.1 in parsing and formatting):
# the week-based fields (`YYYY` is the week-based year), and letters it has no field for.
WEEK_BASED_LETTERS = frozenset("YwWuec")
ILLEGAL_PATTERN_LETTERS = frozenset("AnNpBbI") | frozenset("TfijlortCJPRU")  # (the second: letters Java has no field for; held-out h103)


def refused_pattern_letter(pattern: str) -> str | None:
    """The first letter of a datetime pattern Spark refuses, outside quoted text (`'T'`), or None."""
    quoted = False
    for char in pattern:
        if char == "'":
            quoted = not quoted  # (`''` is a quote: leaving and entering again)
        elif not quoted and (char in WEEK_BASED_LETTERS or char in ILLEGAL_PATTERN_LETTERS):
            return char
    return None


def note_datetime_patterns(interp, expressions: list[ast.expr]) -> None:
    """A datetime pattern written in a step's columns (`F.to_timestamp("ts", "YYYY-MM-DD HH24:MI:SS")`)
    with a letter Spark refuses: the query fails when it runs, before any row is read.  Not judged
    where the lesson sets `spark.sql.legacy.timeParserPolicy` (LEGACY reads them as Java 7 did) or a
    setting the model does not read (review h93)."""
    if _PARSER_POLICY_SETTINGS & interp.session.conf.keys():
        return
    for node, written in _calls_of(interp, expressions, _PATTERN_FUNCTIONS):
        given = _argument(node, 1, _PATTERN_FUNCTIONS[written])
        if written in _PATTERN_AS_COLUMN:
            given = _lit_value(interp, given)
        if isinstance(given, ast.Constant) and isinstance(given.value, str):
            letter = refused_pattern_letter(given.value)
            if letter is not None:
                interp.analysis.patterns_refused.append((interp.site(given), written, given.value, letter))


# The units `date_trunc(unit, ts)` and `trunc(date, unit)` read, in any case and nothing around them;
# any other gives NULL (each checked on PySpark 4.1: `hours`, `h`, `hr`, `min`, `ms`, `days`…).
TRUNCATION_UNITS = {
    "date_trunc": frozenset({"year", "yyyy", "yy", "quarter", "month", "mm", "mon", "week", "day", "dd", "hour", "minute",
                             "second", "millisecond", "microsecond"}),
    "trunc": frozenset({"year", "yyyy", "yy", "quarter", "month", "mm", "mon", "week"}),
}
_TRUNCATION_UNIT_AT = {"date_trunc": (0, "format"), "trunc": (1, "format")}


def note_truncation_units(interp, frame: Frame, expressions: list[ast.expr]) -> None:
    """A unit written in `F.date_trunc`/`F.trunc` that Spark does not read: the column is NULL."""
    for node, written in _calls_of(interp, expressions, TRUNCATION_UNITS):
        position, name = _TRUNCATION_UNIT_AT[written]
        given = _argument(node, position, name)
        other = node.args[1 - position] if len(node.args) == 2 else None
        if isinstance(other, ast.Constant) and isinstance(other.value, str) and other.value.strip().lower() in TRUNCATION_UNITS[written]:
            # `date_trunc("ts", "hour")`: the arguments swapped, and Spark looks for a column `hour` (held-out h110)
            # (where the unit's place holds a Column, PySpark refuses the call before: SPK071)
            if isinstance(given, ast.Constant) and isinstance(given.value, str) and frame.columns is not None \
                    and not frame.opaque and frame.lacks_column(other.value):
                interp.analysis.select_columns_missing.append((interp.site(other), other.value, frame.columns))
            continue
        if isinstance(given, ast.Constant) and isinstance(given.value, str) and given.value.lower() not in TRUNCATION_UNITS[written]:
            interp.analysis.truncation_units_unknown.append((interp.site(given), written, given.value))


def _calls_of(interp, expressions: list[ast.expr], names) -> Iterator[tuple[ast.Call, str]]:
    """The calls in ``expressions`` of the functions ``names`` holds, each with its name as written."""
    for expression in expressions:
        for node in ast.walk(expression):
            if isinstance(node, ast.Call):
                written = function_name(interp, node.func)
                if written in names:
                    yield node, written


def _argument(node: ast.Call, position: int, name: str) -> ast.expr | None:
    """A call's argument given at ``position`` or by ``name``, or None."""
    return node.args[position] if len(node.args) > position else next(
        (keyword.value for keyword in node.keywords if keyword.arg == name), None)


def _lit_value(interp, given: ast.expr | None) -> ast.expr | None:
    """The value inside `F.lit(…)`, or None where ``given`` is no such call."""
    if isinstance(given, ast.Call) and function_name(interp, given.func) == "lit" and len(given.args) == 1:
        return given.args[0]
    return None


# The functions that take a time zone, by its parameter's name and position.
_ZONE_PARAMETERS = {"from_utc_timestamp": (("tz", 1),), "to_utc_timestamp": (("tz", 1),),
                    "convert_timezone": (("sourceTz", 0), ("targetTz", 1))}


def note_time_zones(interp, expressions: list[ast.expr]) -> None:
    """A time zone written in a step's columns that Spark does not read (`from_utc_timestamp("ts",
    "MSK")`, `"utc"`, `"Europe/Moskow"`): the query fails when it runs ([INVALID_TIMEZONE]); see
    zones.zone_accepted.  A zone given as a column's name or an expression is not judged."""
    for node, written in _calls_of(interp, expressions, _ZONE_PARAMETERS):
        for parameter, position in _ZONE_PARAMETERS[written]:
            given = _argument(node, position, parameter)
            # (convert_timezone's zones are Columns: a text there names a column; F.lit(…) is a zone)
            given = _lit_value(interp, given) or (given if written != "convert_timezone" else None)
            if isinstance(given, ast.Constant) and isinstance(given.value, str) and not zone_accepted(given.value):
                interp.analysis.zones_refused.append((interp.site(given), written, given.value))


# The functions that count an array's elements from 1, by the parameter that takes the position.
_FROM_ONE = {"element_at": "extraction", "try_element_at": "extraction", "slice": "start", "array_insert": "pos"}


def note_array_index_zero(interp, frame: Frame, expressions: list[ast.expr]) -> None:
    """`element_at("ops", 0)`, `slice("ops", 0, 2)` over a column the lesson makes an array: these
    count from 1, and Spark refuses position 0 on every row that has an array (checked on
    PySpark 4.1: [INVALID_INDEX_OF_ZERO], [INVALID_PARAMETER_VALUE.START]); a map's key 0 is fine.
    One in the value of a `when`/`otherwise` branch is noted as such: it fails only on the rows that
    take the branch (held-out h125: none did, and the query ran)."""
    for expression in expressions:
        branches = _branch_values(interp, expression)
        for node in ast.walk(expression):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            written = function_name(interp, node.func)
            if written not in _FROM_ONE:
                continue
            position = node.args[1]
            if isinstance(position, ast.Call) and function_name(interp, position.func) == "lit" and len(position.args) == 1:
                position = position.args[0]
            if not (isinstance(position, ast.Constant) and type(position.value) is int and position.value == 0):
                continue
            known = expr_type(interp, node.args[0], frame.types)
            if known is not None and known.name == "array":
                interp.analysis.array_index_zero.append((interp.site(node.args[1]), written, id(node) in branches))


def _branch_values(interp, expression: ast.expr) -> set[int]:
    """The ids of the nodes inside the values of ``expression``'s `when(condition, value)` and
    `otherwise(value)` calls: Spark evaluates them only on the rows that take that branch."""
    inside: set[int] = set()
    for node in ast.walk(expression):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else function_name(interp, node.func)
        values = node.args[1:2] if name == "when" else node.args[:1] if name == "otherwise" else []
        for value in values:
            inside.update(id(part) for part in ast.walk(value))
    return inside


# Functions whose first parameter takes one kind of type, and the column types refused there (each
# checked on PySpark 4.1: [DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE]; an INT is taken where a BIGINT
# is, a DATE is not judged): the epoch conversions Debezium's `ts_ms` goes through.
# The numbers a date or time parameter refuses (ANSI mode casts none of them to a date or a timestamp;
# checked on PySpark 4.1; DECIMAL too, which Spark names with its precision, not judged here).
_NUMBERS = frozenset({"int", "bigint", "smallint", "tinyint", "double", "float"})
# By function: the parameter (0: first), the type it requires as Spark's message names it, the types
# of a column it refuses (checked on PySpark 4.1).
_TYPED_PARAMETER = {
    "timestamp_millis": (0, "INTEGRAL", frozenset({"string", "double", "float"})),
    "timestamp_micros": (0, "INTEGRAL", frozenset({"string", "double", "float"})),
    "timestamp_seconds": (0, "NUMERIC", frozenset({"string"})),
    **{name: (0, "TIMESTAMP", _NUMBERS | {"string"}) for name in ("unix_millis", "unix_seconds", "unix_micros")},
    # a time's fields, a date's, and date arithmetic over an epoch number (`hour("ts_ms")`)
    **{name: (0, "(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)", _NUMBERS) for name in ("hour", "minute", "second")},
    **{name: (0, "DATE", _NUMBERS) for name in ("year", "month", "dayofmonth", "dayofweek", "weekofyear", "quarter", "last_day",
                                                 "datediff", "date_add", "date_sub", "add_months", "trunc")},
    **{name: (0, "TIMESTAMP", _NUMBERS) for name in ("date_format", "to_utc_timestamp", "from_utc_timestamp", "months_between")},
    "date_trunc": (1, "TIMESTAMP", _NUMBERS),
    # (Spark's message writes the default format among the arguments: not quoted as a call of one)
    "from_unixtime": (0, "BIGINT", frozenset({"timestamp", "date"})),
}


def note_typed_inputs(interp, frame: Frame, expressions: list[ast.expr]) -> None:
    """`timestamp_millis("ts_ms")` where `ts_ms` is a column of a known type the function refuses (a
    STRING of digits, a DOUBLE; `unix_millis` of a number): Spark refuses the projection."""
    for expression in expressions:
        for node in ast.walk(expression):
            if not (isinstance(node, ast.Call) and node.args and not node.keywords
                    and not any(isinstance(arg, ast.Starred) for arg in node.args)):
                continue
            written = function_name(interp, node.func)
            if written not in _TYPED_PARAMETER:
                continue
            position, required, refused = _TYPED_PARAMETER[written]
            if position >= len(node.args):
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Call) and function_name(interp, arg.func) in ("col", "column") and len(arg.args) == 1:
                arg = arg.args[0]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str) and PLAIN_NAME.fullmatch(arg.value)):
                continue
            known = frame.types.get(spelled(frame, arg.value) or arg.value)
            if known is not None and known.name in refused:
                interp.analysis.typed_inputs.append((interp.site(node.args[position]), written, arg.value, ATOMIC_TYPE_NAMES[known.name],
                                                     required, position, len(node.args) == 1 and written != "from_unixtime"))


def _string_value(interp, node: ast.expr) -> str | None:
    """A string written there or held by a plain name."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    value = interp.lookup(node.id) if isinstance(node, ast.Name) else None
    return value.value if isinstance(value, Const) and isinstance(value.value, str) else None


def note_from_json(interp, frame: Frame, facts: ExprFacts) -> None:
    """from_json of a column that holds no JSON text: Kafka's binary `value` (SPK017), or a column
    of another known type than STRING (a struct parsed already, a number: SPK077).  from_json casts
    nothing, not even BINARY (checked on PySpark 4.1)."""
    for site, argument in facts.from_json:
        column = bare_column(interp, argument)
        if column is None:
            continue
        known = frame.types.get(spelled(frame, column) or column) if PLAIN_NAME.fullmatch(column) else None
        if column in frame.binary_columns or (known is not None and known.name == "binary"):
            interp.analysis.from_json.append(FromJson(site, column, frame))
        elif known is not None and known.name != "string" and (known.name in ATOMIC_TYPE_NAMES or known.name in _CONTAINER_TYPES):
            shown = ATOMIC_TYPE_NAMES.get(known.name) or known.name.upper()
            interp.analysis.typed_inputs.append((interp.site(argument), "from_json", column, shown, "STRING", 0, True))


_CONTAINER_TYPES = frozenset({"struct", "array", "map"})


# A DataFrame's own attributes: `df.columns` is no column named "columns".
FRAME_ATTRIBUTES = frozenset(
    "columns dtypes schema write writeStream rdd na stat isStreaming sparkSession storageLevel".split())


def bare_column(interp, node: ast.expr, depth: int = 0) -> str | None:
    """The column a from_json argument reads when it is a plain reference (no cast)."""
    if depth > 4:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and function_name(interp, node.func) in ("col", "column") and node.args:
        return bare_column(interp, node.args[0], depth + 1)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and isinstance(interp.lookup(node.value.id), Frame):
        return node.attr if node.attr not in FRAME_ATTRIBUTES else None  # (`df.columns` is the frame's list)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(interp.lookup(node.value.id), Frame):
        return node.slice.value if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str) else None
    if isinstance(node, ast.Name):
        value = interp.lookup(node.id)
        if isinstance(value, Column) and value.node is not node:
            return bare_column(interp, value.node, depth + 1)  # type: ignore[arg-type]
    return None


def extracted_field_name(interp, node: ast.expr) -> str | None:
    """The name Spark gives a field taken out of a struct column by an expression rather than by
    a path: ``col("after")["id"]``, ``col("after").getField("id")``, ``.getItem("id")``,
    ``df.after.id``, ``df["after"]["id"]`` are all named ``after.id`` (a dot in the name), where
    ``col("after.id")`` is named ``id`` (checked on PySpark 4.1).  None for other expressions, and
    where the base is itself a path or the field has a dot."""
    base = field = None
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        if isinstance(node.value, ast.Name) and isinstance(interp.lookup(node.value.id), Frame):
            return None  # `df["after"]`: the frame's column itself
        base, field = node.value, node.slice.value
    elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("getField", "getItem")
          and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Constant)
          and isinstance(node.args[0].value, str)):
        base, field = node.func.value, node.args[0].value
    elif isinstance(node, ast.Attribute) and not isinstance(node.value, ast.Constant) and not (
            isinstance(node.value, ast.Name) and isinstance(interp.lookup(node.value.id), Frame)) and entry("Column", node.attr) is None:
        base, field = node.value, node.attr  # `df.after.id`, `F.col("after").id` (bare_column below says it is a column)
    if base is None or field is None or not _PLAIN_FIELD.fullmatch(field):
        return None
    if isinstance(base, ast.Constant):
        return None
    name = bare_column(interp, base)
    return f"{name}.{field}" if name is not None and _PLAIN_FIELD.fullmatch(name) else None


_PLAIN_FIELD = re.compile(r"[A-Za-z_]\w*")


def output_name(interp, node: ast.expr) -> tuple[str | None, bool]:
    """(output column name, is it still the raw binary column when the input was)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        if text == "*":
            return "*", True
        if re.fullmatch(r"\w+(?:\.\w+)+", text):
            return text.rsplit(".", 1)[1], False  # a nested field, "c.ts_ms", is named after its last part
        return (text.strip("`"), True) if re.fullmatch(r"`?[\w]+`?", text) else (None, False)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in ("alias", "name") and node.args:
            if len(node.args) > 1:
                return None, False  # `posexplode(…).alias("pos", "val")`: several columns
            alias = node.args[0]
            inner_name, inner_raw = output_name(interp, node.func.value)
            name = alias.value if isinstance(alias, ast.Constant) and isinstance(alias.value, str) else None
            return name, inner_raw and inner_name is not None
        if node.func.attr in ("cast", "astype"):
            inner_name, _ = output_name(interp, node.func.value)
            if "." in (bare_column(interp, node.func.value) or ""):
                return None, False  # a cast of a nested field is named `CAST(after.id AS STRING)`
            target = node.args[0] if node.args else None
            to_binary = isinstance(target, ast.Constant) and str(target.value).lower() == "binary"
            return inner_name, to_binary
    extracted = extracted_field_name(interp, node)
    if extracted is not None:
        return extracted, False
    bare = bare_column(interp, node)
    if bare is not None:
        if re.fullmatch(r"\w+(?:\.\w+)+", bare):
            return bare.rsplit(".", 1)[1], False  # col("c.ts_ms") too
        return bare, True
    if isinstance(node, ast.Call) and node.args and not node.keywords:
        return generated_name(interp, node), False
    return None, False


# The name Spark gives a function of one column without an alias, by the function called
# (PySpark 4.1, each checked): `sum("amount")` is the column `sum(amount)`, `mean` is `avg`,
# `countDistinct` `count(DISTINCT amount)`.
_GENERATED_NAMES = {
    **{name: name + "({})" for name in (
        "sum count avg max min first last collect_list collect_set approx_count_distinct stddev stddev_samp stddev_pop "
        "variance var_samp var_pop any_value median mode product kurtosis skewness std bit_and bit_or bit_xor").split()},
    "mean": "avg({})", "countDistinct": "count(DISTINCT {})", "count_distinct": "count(DISTINCT {})",
    "sumDistinct": "sum(DISTINCT {})", "sum_distinct": "sum(DISTINCT {})",
    # … and of a function of one column (`to_date("ts")` is `to_date(ts)`), where Spark spells it so
    **{name: name + "({})" for name in (
        "abs array_distinct array_size ascii base64 bit_length cardinality char_length dayofmonth dayofweek dayofyear hex "
        "hour initcap isnan last_day length lower ltrim md5 minute month quarter reverse rtrim second sha1 size soundex "
        "timestamp_millis timestamp_seconds to_date to_timestamp trim upper weekofyear year").split()},
    "ceil": "CEIL({})", "floor": "FLOOR({})", "sqrt": "SQRT({})", "exp": "EXP({})", "signum": "SIGNUM({})",
}


def generated_name(interp, node: ast.Call) -> str | None:
    """`sum("amount")`, `F.max(col("ts"))`, `to_date("ts")`: the column's name as Spark makes it, from the
    column as written (Spark keeps its case: `sum("AMOUNT")` is `sum(AMOUNT)`); None for anything
    else (an expression inside, a nested field, a column given as `df.x`)."""
    function = function_name(interp, node.func) or ""
    if function in ("max_by", "min_by") and len(node.args) == 2 and not node.keywords:
        # `max_by("op", "ts_ms")` is named `max_by(op, ts_ms)`
        names = [_written_column(interp, arg) for arg in node.args]
        return f"{function}({names[0]}, {names[1]})" if all(name and name != "*" for name in names) else None
    spelled = _GENERATED_NAMES.get(function)
    if spelled is None or len(node.args) != 1:
        return None
    written = _written_column(interp, node.args[0])
    if written == "*" and spelled == "count({})":
        return "count(1)"
    return spelled.format(written) if written and written != "*" else None


def _written_column(interp, arg: ast.expr) -> str | None:
    """A column given by its plain name, as written (`"amount"`, `col("amount")`, `` "`amount`" ``);
    "*" for a star."""
    if isinstance(arg, ast.Call) and function_name(interp, arg.func) in ("col", "column") and len(arg.args) == 1:
        arg = arg.args[0]
    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
        return None
    written = arg.value.strip()
    if written == "*":
        return written
    found = re.fullmatch(r"`?(\w+)`?", written)
    return found.group(1) if found else None


_WHOLE_TYPE = re.compile(r"\s*(?:map|array|struct)\s*<", re.IGNORECASE)


_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Mod)
_INTEGRAL = ("tinyint", "smallint", "int", "bigint")
_FRACTIONAL = ("float", "double")


def _is_number(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool)


def _arithmetic_type(node: ast.BinOp, left: SparkType | None, right: SparkType | None) -> SparkType | None:
    """The type of `col(…) % 7`, `col(…) / 1000` as Spark gives it, when both sides are numbers it knows
    (a Python int is an INT literal, a float a DOUBLE): `/` makes a DOUBLE, the others the wider type."""
    sides = []
    for side, known in ((node.left, left), (node.right, right)):
        if _is_number(side):
            sides.append("int" if isinstance(side.value, int) and abs(side.value) < 2**31 else
                         "bigint" if isinstance(side.value, int) else "double")
        elif known is not None and known.name in _INTEGRAL + _FRACTIONAL:
            sides.append(known.name)
        else:
            return None
    if isinstance(node.op, ast.Div) or any(side in _FRACTIONAL for side in sides):
        return SparkType("double")
    return SparkType(max(sides, key=_INTEGRAL.index))


# Aggregates whose value is one of the values they read, of its type.
_SAME_TYPE_AGGREGATES = frozenset({"max", "min", "first", "last", "any_value", "first_value", "last_value", "max_by", "min_by"})


# Functions whose result is the array they are given, reordered or filtered.
_ARRAY_KEEPING = frozenset({"sort_array", "array_sort", "array_distinct", "array_remove", "array_compact", "shuffle", "slice",
                            "array_union", "array_intersect", "array_except", "array_insert", "array_append", "array_prepend"})


def expr_type(interp, node: ast.expr, types: dict[str, SparkType], depth: int = 0) -> SparkType | None:
    """The type of a column expression when the lesson makes it plain."""
    if depth > 6:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return path_type(types, node.value.strip("`"))
    if isinstance(node, ast.Name):
        value = interp.lookup(node.id)
        if isinstance(value, Column) and value.node is not node:
            return expr_type(interp, value.node, types, depth + 1)  # type: ignore[arg-type]
        return None
    if isinstance(node, (ast.Attribute, ast.Subscript)):
        name = column_name(interp, node)
        return path_type(types, name)
    if isinstance(node, ast.BinOp) and isinstance(node.op, _ARITHMETIC):
        return _arithmetic_type(node, expr_type(interp, node.left, types, depth + 1) if not _is_number(node.left) else None,
                                expr_type(interp, node.right, types, depth + 1) if not _is_number(node.right) else None)
    if not isinstance(node, ast.Call):
        return None
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in ("alias", "name", "as_"):
        return expr_type(interp, func.value, types, depth + 1)
    if isinstance(func, ast.Attribute) and func.attr in ("dropFields", "withField") and node.args:
        # `col("after").dropFields("note")`: the struct less those fields (held-out h98); `withField`
        # adds or replaces one, of a type not read here.  Field names match without regard to case.
        given = expr_type(interp, func.value, types, depth + 1)
        if given is None or given.name != "struct" or not given.fields:
            return None
        named = node.args if func.attr == "dropFields" else node.args[:1]
        names = [constant(interp.eval(arg)) for arg in named]
        if not all(isinstance(name, str) and name and "." not in name for name in names):
            return None  # (a nested field's path is not read)
        lowered = {name.lower() for name in names}
        kept = tuple((field, kind) for field, kind in given.fields if field.lower() not in lowered)
        if func.attr == "withField":
            kept += ((names[0], SparkType("unknown")),)
        return SparkType("struct", kept) if kept else None
    if isinstance(func, ast.Attribute) and func.attr in ("cast", "astype") and node.args:
        target = node.args[0]
        if isinstance(target, ast.Constant) and isinstance(target.value, str):
            return ddl_type(target.value)
        value = interp.eval(target)
        return value if isinstance(value, SparkType) else None
    name = function_name(interp, func)
    if name in ("col", "column") and node.args:
        return expr_type(interp, node.args[0], types, depth + 1)
    if name in TIMESTAMP_FUNCTIONS:
        return SparkType("timestamp")
    if name in DATE_FUNCTIONS:
        return SparkType("date")
    if name in ("concat", "reverse") and node.args:
        # Over arrays, an array (`concat(items, more)`; review h102); over strings or text
        # literals, a string (below); over what is not known, not known.
        given = [expr_type(interp, arg, types, depth + 1) for arg in node.args]
        if any(kind is not None and kind.name == "array" for kind in given):
            return next(kind for kind in given if kind is not None and kind.name == "array")
        if not any(kind is not None and kind.name == "string" for kind in given) and not any(
                isinstance(_lit_value(interp, arg), ast.Constant) and isinstance(_lit_value(interp, arg).value, str)
                for arg in node.args):
            return None
    if name in STRING_FUNCTIONS:
        return SparkType("string")
    if name in EPOCH_NUMBER_FUNCTIONS:
        return SparkType("bigint")
    if name in ("count", "count_distinct", "countDistinct", "approx_count_distinct"):
        return SparkType("bigint")
    if name in ("collect_list", "collect_set", "array", "split", "sequence", "array_agg", "array_repeat", "arrays_zip", "flatten"):
        return SparkType("array")
    if name in ("explode", "explode_outer") and node.args:
        # `explode("items").alias("item")`: a row per element, of the element's type (held-out h100;
        # a map's explode makes two columns, `key` and `value`)
        given = expr_type(interp, node.args[0], types, depth + 1)
        return given.field("element") if given is not None and given.name == "array" else None
    if name in _ARRAY_KEEPING and node.args:
        # `sort_array(collect_list("op"))`: an array of what it is given (held-out h98; `concat` and
        # `reverse`, which take strings too, above)
        given = expr_type(interp, node.args[0], types, depth + 1)
        return given if given is not None and given.name == "array" else SparkType("array")
    if name in ("create_map", "map_from_arrays", "map_from_entries", "str_to_map", "map_concat"):
        return SparkType("map")
    if name in _SAME_TYPE_AGGREGATES and node.args:
        return expr_type(interp, node.args[0], types, depth + 1)  # `max(struct(…))`: a struct of those fields
    if name in ("window", "session_window"):
        return SparkType("struct", (("start", SparkType("timestamp")), ("end", SparkType("timestamp"))))
    if name == "from_json" and len(node.args) >= 2:
        schema = interp.eval(node.args[1])
        if isinstance(schema, SparkType):
            return schema
        text = constant(schema)
        if not isinstance(text, str):
            return SparkType("struct")
        # One type for the whole value: `MAP<STRING, STRING>`, `ARRAY<…>` (not a field named `map`).
        whole = ddl_type(text) if _WHOLE_TYPE.match(text) else None
        if whole is not None:
            return whole
        return ddl_schema(text)
    if name == "struct":
        # `F.struct("ts", col("v").alias("value"))`: its fields by name, where each is named plainly
        fields = []
        for position, arg in enumerate(node.args, 1):
            field_name = output_name(interp, arg)[0] if not isinstance(arg, ast.Starred) else None
            if not field_name or field_name == "*" or "." in field_name:
                return SparkType("struct")
            if not _named_in_struct(interp, arg):
                # Spark names a field that is no column and no alias by its place (`F.struct(col("id").cast(
                # "string"))` has `col1`; checked on PySpark 4.1, held-out h135)
                field_name = f"col{position}"
            fields.append((field_name, expr_type(interp, arg, types, depth + 1) or SparkType("unknown")))
        return SparkType("struct", tuple(fields))
    return None


def _named_in_struct(interp, node: ast.expr) -> bool:
    """Whether `struct()` names its field after ``node``: a column read as it is, or an alias."""
    while isinstance(node, ast.Name) and isinstance(interp.lookup(node.id), Column) and interp.lookup(node.id).node is not node:
        node = interp.lookup(node.id).node
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("alias", "name"):
        return True
    return bare_column(interp, node) is not None


def is_struct_expression(interp, node: ast.expr) -> bool:
    """``from_json(...)``, ``struct(...)``, ``window(...)`` (possibly aliased): a struct column."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("alias", "name"):
        return is_struct_expression(interp, node.func.value)
    if isinstance(node, ast.Call):
        return function_name(interp, node.func) in ("from_json", "struct", "window", "session_window", "named_struct")
    return False


def casts_to_binary(node: ast.Call) -> bool:
    """``x.cast("binary")``, possibly aliased."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in ("cast", "astype") and node.args:
        target = node.args[0]
        return isinstance(target, ast.Constant) and str(target.value).lower() == "binary"
    if isinstance(func, ast.Attribute) and func.attr in ("alias", "name") and isinstance(func.value, ast.Call):
        return casts_to_binary(func.value)
    return False


# -- the columns an expression names ------------------------------------------------------


# A plain column name: no nesting, quoting, star or expression (those are not judged).
PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# The name Spark gives a function's column without an alias: `sum(amount)`, `count(1)`, `count(DISTINCT id)`.
_DIGITS = re.compile(r"[0-9]+")  # a number written as a column's name (`date_add("d", "7")`): Spark finds no such column
_GENERATED_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\((?:DISTINCT )?[\w.*, ]*\)")


def missing_columns(interp, frame: Frame, arg_nodes: list[ast.expr], *, strings: bool = True,
                    names: list[str | None] | None = None) -> None:
    """The names the expressions ``arg_nodes`` read (``col("…")``, and a string itself where
    ``strings``: ``select("a")``, ``groupBy("a")``) that the frame's known columns lack: Spark
    resolves them when the projection or aggregation is made, without regard to case.

    A name an earlier item of the same list gives its column (``names``, else the items' own
    output names) is no missing one: Spark reads it as that item (a lateral column alias,
    ``select(F.col("qty").alias("n"), F.col("n") + 1)``; checked on PySpark 4.1)."""
    items = select_items(arg_nodes)
    known = frame.columns is not None and not frame.opaque
    lateral: set[str] = set()
    for index, item in enumerate(items):
        if not strings and isinstance(item, ast.Constant):
            continue
        for node in _column_names_in(interp, item):
            if SEPARATOR.fullmatch(node.value):
                # Blanks and punctuation where a column's name is read (`F.concat("db", ".", "tbl")`): text
                # meant as a value.  With an empty part between dots the name is a syntax error, whatever
                # the frame's columns; else a name the frame lacks (checked on PySpark 4.1).
                if "" in node.value.split(".") and "." in node.value:
                    interp.analysis.invalid_column_names.append((interp.site(node), node.value))
                elif known and "." not in node.value and frame.lacks_column(node.value) and node.value.lower() not in lateral:
                    interp.analysis.select_columns_missing.append((interp.site(node), node.value, frame.columns))
            elif not known:
                if frame.types and not frame.opaque and _FIELD_PATH.fullmatch(node.value):
                    missing_field(interp, frame, node, heads=False)  # a field of a typed column
                continue
            elif (PLAIN_NAME.fullmatch(node.value) or _DIGITS.fullmatch(node.value)) and frame.lacks_column(node.value):
                if node.value.lower() not in lateral:
                    interp.analysis.select_columns_missing.append((interp.site(node), node.value, frame.columns))
            elif PLAIN_NAME.fullmatch(node.value) and frame.names_twice(node.value):
                if node.value.lower() not in lateral:
                    interp.analysis.ambiguous_references.append((interp.site(node), node.value))
            elif _FIELD_PATH.fullmatch(node.value):
                missing_field(interp, frame, node)
            elif _GENERATED_NAME.fullmatch(node.value) and frame.lacks_column(node.value):
                # A column named as Spark names an aggregate (`select("sum(amount)")`, `col("count(*)")`),
                # read by that name: the frame's known columns lack it (an alias renamed it, or Spark
                # spells it otherwise: `count(1)`).
                interp.analysis.select_columns_missing.append((interp.site(node), node.value, frame.columns))
        name = names[index] if names is not None and index < len(names) else output_name(interp, item)[0]
        if name:
            lateral.add(name.lower())


def stale_columns(interp, frame: Frame, arg_nodes: list[ast.expr]) -> None:
    """`renamed.select(df.op)`: a column taken from another frame (`df.op`, `df["op"]`) that this
    one lacks (renamed, dropped or aggregated away since): a projection of it names an attribute
    its input no longer has ([MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_MISSING_FROM_INPUT]; a filter or
    sort resolves it, checked on PySpark 4.1)."""
    if frame.columns is None or frame.opaque:
        return
    stack = list(arg_nodes)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Lambda):
            continue
        name = None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            name = node.attr if not node.attr.startswith("_") and node.attr not in DATAFRAME_ATTRIBUTES else None
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant) \
                and isinstance(node.slice.value, str):
            name = node.slice.value
        if name is not None and PLAIN_NAME.fullmatch(name):
            origin = interp.lookup(node.value.id)  # type: ignore[attr-defined]
            if isinstance(origin, Frame) and origin is not frame and not origin.lacks_column(name) \
                    and origin.columns is not None and frame.lacks_column(name):
                had = None if frame.lineage is None else name.lower() in frame.lineage
                interp.analysis.stale_columns.append((interp.site(node), node.value.id, name, frame.columns, had))  # type: ignore[attr-defined]
                return
            continue
        stack.extend(ast.iter_child_nodes(node))


def sql_names(interp, text: ast.Constant, skip_calls: frozenset[str] = frozenset()) -> list[ast.Constant]:
    """The plain column names SQL text reads (:func:`.sql.expression_columns`), each a node at
    its place in the lesson: inside the string where it is written as it reads (no escapes, no
    prefix; over several lines in triple quotes too), else the whole string."""
    return _nodes_in_text(interp, text, expression_columns(text.value, skip_calls) or [])


def note_literal_casts(interp, node: ast.expr, text: str) -> None:
    """Casts of a string literal in SQL text that ANSI mode refuses (:mod:`.casts`, SPK082), each at
    its literal where the string is written in the call, else at the argument."""
    if "'" not in text:
        return
    for offset, literal, type_name in sql_literal_casts(text):
        written = f"'{literal}'"
        place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
        interp.analysis.literal_casts.append((interp.site(place), literal, type_name))


def note_sql_zones(interp, node: ast.expr, text: str) -> None:
    """Time zones written as literals in SQL text (`from_utc_timestamp(ts, 'MSK')`) that Spark
    does not read (SPK091), each at its literal where the string is written in the call."""
    for offset, zone, function in zone_literals(text):
        if not zone_accepted(zone):
            written = text[offset:offset + len(zone) + 2]
            place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
            interp.analysis.zones_refused.append((interp.site(place), function, zone))


# `SET TIME ZONE 'Europe/Moscow'` (a quoted zone; `LOCAL` and `INTERVAL …` are other forms).
_SET_TIME_ZONE = re.compile(r"\s*SET\s+TIME\s+ZONE\s+(?:'([^'\\]*)'|\"([^\"\\]*)\")\s*;?\s*", re.I)


def note_session_zone_text(interp, node: ast.expr, query: str, setting: re.Match | None) -> str | None:
    """The session's time zone a query's text sets (`SET TIME ZONE 'MSK'`, `SET
    spark.sql.session.timeZone = MSK`: the value as written, quotes and all, checked on PySpark 4.1),
    noted where Spark refuses it ([INVALID_CONF_VALUE.TIME_ZONE], SPK091); None where the text
    sets no zone."""
    if setting is not None:
        if setting.group(1) != "spark.sql.session.timeZone":
            return None  # (the key is read as written: `timezone` is another setting)
        zone, offset = setting.group(2), setting.start(2)
    else:
        # (comments are blanked, offsets kept: `-- Moscow` after it, a comment line before it; review h102)
        found = _SET_TIME_ZONE.fullmatch(without_comments(query) or "")
        if found is None:
            return None
        group = 1 if found.group(1) is not None else 2
        zone, offset = found.group(group), found.start(group)
    if not zone_accepted(zone):
        place = _nodes_in_text(interp, node, [(zone, offset)])[0] if isinstance(node, ast.Constant) and zone else node
        interp.analysis.zones_refused.append((interp.site(place), "spark.conf.set", zone))
    return zone


def note_sql_patterns(interp, node: ast.expr, text: str) -> None:
    """Datetime patterns written as literals in SQL text (`date_format(d, 'YYYY')`) with a letter
    Spark refuses (SPK090, as note_datetime_patterns), each at its literal where the string is
    written in the call."""
    if _PARSER_POLICY_SETTINGS & interp.session.conf.keys():
        return
    for offset, pattern, function in pattern_literals(text):
        letter = refused_pattern_letter(pattern)
        if letter is not None:
            written = text[offset:offset + len(pattern) + 2]
            place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
            interp.analysis.patterns_refused.append((interp.site(place), function, pattern, letter))


def note_cast_types(interp, node: ast.expr, text: str) -> None:
    """Types SQL text casts to that Spark's SQL does not know (`CAST(s AS INTEGR)`, SPK065), each
    at its place in the string written in the call, else at the argument."""
    if "(" not in text:
        return
    for written, offset in cast_types(text):
        refused = refused_type_text(written, "type")
        if refused is not None:
            place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
            interp.analysis.unknown_types.append((interp.site(place), *refused))


def note_sql_frames(interp, node: ast.expr, text: str) -> None:
    """Window frames SQL text gives a ranking function, `lag` or `lead` that Spark refuses for it
    (`LAG(x) OVER (… ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`, SPK064, as written in the
    DataFrame API), each at the function's name in the string written in the call."""
    if "over" not in text.lower():
        return
    for name, offset, frame, arguments in window_frames(text):
        required = FRAME_REQUIRED[name]
        # (SQL's LAG takes no frame written out, not even its own row's: Spark 4.1 compares it with
        # the negated offset as an expression and refuses every one; LEAD takes its own)
        if name == "lead":
            parts = [part.strip() for part in arguments.split(",")]
            bound = parts[1] if len(parts) > 1 else "1"
            if not bound.lstrip("-").isdigit() or "(" in arguments:
                continue  # (an offset not read here)
            shown = "currentrow$()" if int(bound) == 0 else str(int(bound))
            required = ("RowFrame", shown, shown)
        if frame != required:
            written = text[offset:offset + len(name)]
            place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
            interp.analysis.sql_refused_frames.append((interp.site(place), name, frame))


def note_sql_aggregates(interp, node: ast.expr, text: str, *, over_outside: bool = False) -> None:
    """Aggregates and window functions SQL text uses where Spark refuses them (SPK070, SPK078,
    SPK087), each at the function's name in the string written in the call.  ``over_outside``:
    the text is an expression Python may put under `.over(…)` (`F.expr("row_number()").over(w)`),
    so a window function without `OVER` is not judged."""
    if "(" not in text:
        return
    for kind, name, offset, outer in aggregate_misuses(text):
        if kind == "no_over" and over_outside:
            continue
        written = text[offset:offset + len(name)]
        place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
        interp.analysis.sql_aggregate_misuses.append((interp.site(place), kind, name, outer))


def note_sql_calls(interp, text: ast.Constant, *, over_outside: bool = False) -> None:
    """The functions SQL text in a projection, filter or aggregation calls by a plain name
    (:func:`.sql.expression_calls`), each at its place in the lesson (SPK073 judges them)."""
    if isinstance(text.value, str):
        note_literal_casts(interp, text, text.value)
        note_cast_types(interp, text, text.value)
        note_sql_frames(interp, text, text.value)
        note_sql_aggregates(interp, text, text.value, over_outside=over_outside)
        note_sql_zones(interp, text, text.value)
        note_sql_patterns(interp, text, text.value)
    if not isinstance(text.value, str) or "(" not in text.value:
        return
    calls = expression_calls(text.value) or []
    counts = call_argument_counts(text.value)
    for (_, offset), node in zip(calls, _nodes_in_text(interp, text, calls)):
        interp.analysis.sql_calls.append((interp.site(node), node.value, ""))
        if offset in counts:
            interp.analysis.sql_call_counts.append((interp.site(node), node.value, "", counts[offset]))


def note_join_ambiguities(interp, node: ast.expr, query: str, session) -> None:
    """A name a query's select list reads that both views of its join have (sql.join_ambiguities,
    SPK056), at its place in the string written in the call."""
    for name, offset in join_ambiguities(session, query):
        place = _nodes_in_text(interp, node, [(name, offset)])[0] if isinstance(node, ast.Constant) else node
        interp.analysis.ambiguous_references.append((interp.site(place), name))


def note_unbound_parameters(interp, node: ast.expr, query: str, args: ast.expr | None) -> None:
    """The first parameter marker of a query that ``args`` (the call's, None when it gives none)
    binds no value to (SPK097), at its place in the string written in the call: a named one
    (`:op`) with no `args`, or with a dict written out that has no such key; a positional one
    (`?`) with no `args`, with a dict, or past the end of a list written out (checked on PySpark
    4.1).  (the site, the marker's name or "?", why: "none", "key", "dict", "list")."""
    named = parameter_markers(query)
    positional = positional_markers(query)
    if named and positional:
        return  # (both kinds in one query: Spark refuses the mix, another error)
    found: tuple[str, int, str] | None = None
    if args is None:
        found = (named[0][0], named[0][1], "none") if named else ("?", positional[0], "none") if positional else None
    elif isinstance(args, ast.Dict) and all(isinstance(key, ast.Constant) and isinstance(key.value, str) for key in args.keys):
        keys = {key.value for key in args.keys}  # type: ignore[union-attr]
        if named:
            missing = next(((marker, offset) for marker, offset in named if marker[1:] not in keys), None)
            if missing is not None and missing[0][1:].lower() not in {key.lower() for key in keys}:
                found = (missing[0], missing[1], "key")
        elif positional:
            found = ("?", positional[0], "dict")
    elif isinstance(args, (ast.List, ast.Tuple)) and not any(isinstance(item, ast.Starred) for item in args.elts):
        if not named and len(positional) > len(args.elts):
            found = ("?", positional[len(args.elts)], "list")
    if found is None:
        return
    marker, offset, why = found
    place = _nodes_in_text(interp, node, [(marker, offset)])[0] if isinstance(node, ast.Constant) else node
    interp.analysis.unbound_parameters.append((interp.site(place), marker.lstrip(":"), why))


def note_query_calls(interp, node: ast.expr, query: str) -> None:
    """The names ``spark.sql``'s query text writes before a parenthesis (:func:`.sql.query_calls`),
    at their place in the string written in the call, else at the argument (a name holding it)."""
    note_literal_casts(interp, node, query)
    note_cast_types(interp, node, query)
    note_sql_frames(interp, node, query)
    note_sql_aggregates(interp, node, query)
    note_sql_zones(interp, node, query)
    note_sql_patterns(interp, node, query)
    note_sql_dialect(interp, node, query)
    note_sql_ranges(interp, node, query)
    if "(" not in query:
        return
    calls = query_calls(query)
    if not calls:
        return
    before = {offset: previous for _, offset, previous in calls}
    counts = call_argument_counts(query)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        located = _nodes_in_text(interp, node, [(name, offset) for name, offset, _ in calls])
        offsets = [offset for _, offset, _ in calls]
        for found, offset in zip(located, offsets):
            interp.analysis.sql_calls.append((interp.site(found), found.value, before[offset]))
            if offset in counts:
                interp.analysis.sql_call_counts.append((interp.site(found), found.value, before[offset], counts[offset]))
    else:
        for name, offset, previous in calls:
            interp.analysis.sql_calls.append((interp.site(node), name, previous))
            if offset in counts:
                interp.analysis.sql_call_counts.append((interp.site(node), name, previous, counts[offset]))


def note_sql_dialect(interp, node: ast.expr, query: str) -> None:
    """SQL of another dialect in ``spark.sql``'s text that Spark's parser refuses (SPK098): the first
    one, at its place in the string written in the call, else at the argument."""
    found = dialect_syntax(query)
    if not found:
        return
    kind, offset, written = found[0]
    place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
    interp.analysis.sql_dialect.append((interp.site(place), kind, written))


def note_sql_ranges(interp, node: ast.expr, query: str) -> None:
    """Literal arguments in ``spark.sql``'s text that Spark refuses (SPK099): `LIMIT -1`, `ntile(0)` …"""
    for function, offset, written in literal_ranges(query):
        place = _nodes_in_text(interp, node, [(written, offset)])[0] if isinstance(node, ast.Constant) else node
        interp.analysis.arguments_out_of_range.append((interp.site(place), function, written))


def _nodes_in_text(interp, text: ast.Constant, names: list[tuple[str, int]]) -> list[ast.Constant]:
    """A node for each (name, offset in the text): at its place inside the string where the
    string is written as it reads, else the whole string."""
    if not names:
        return []
    quote = _quote_width(interp.fence, text)
    found = []
    for name, offset in names:
        node = ast.Constant(value=name)
        if quote is not None:
            before = text.value[:offset]
            lines_before = before.count("\n")
            if lines_before:
                column = len(before[before.rfind("\n") + 1:].encode("utf-8"))
            else:
                column = text.col_offset + quote + len(before.encode("utf-8"))
            node.lineno = node.end_lineno = text.lineno + lines_before
            node.col_offset, node.end_col_offset = column, column + len(name)
        else:
            ast.copy_location(node, text)
            node.end_lineno, node.end_col_offset = text.end_lineno, text.end_col_offset
        found.append(node)
    return found


def _quote_width(fence, text: ast.Constant) -> int | None:
    """1 or 3 where the string's source is its value between quotes (no prefix, no escapes,
    no implicit concatenation), else None."""
    if fence is None or text.end_lineno is None or text.end_col_offset is None:
        return None
    lines = fence.source.split("\n")
    if text.end_lineno > len(lines):
        return None
    if text.lineno == text.end_lineno:
        raw = lines[text.lineno - 1].encode("utf-8")[text.col_offset:text.end_col_offset]
    else:
        middle = [line.encode("utf-8") for line in lines[text.lineno:text.end_lineno - 1]]
        raw = b"\n".join([lines[text.lineno - 1].encode("utf-8")[text.col_offset:], *middle,
                          lines[text.end_lineno - 1].encode("utf-8")[:text.end_col_offset]])
    body = text.value.encode("utf-8")
    for width in (1, 3):
        if len(raw) == len(body) + 2 * width and raw[width:len(raw) - width] == body and raw[:1] in (b"'", b'"'):
            return width
    return None


def unresolvable_columns(interp, frame: Frame, arg_nodes: list[ast.expr], *, strings: bool,
                         ambiguous: list | None = None, sql: bool = False) -> None:
    """The names a filter or a sort reads (``col("…")``, and a string itself where ``strings``:
    ``orderBy("a")``) that neither the frame nor any step before it has.  Spark resolves a name
    these steps read through the projections below them (``df.select("id").filter(col("qty") > 1)``
    runs when ``df`` has ``qty``; checked on PySpark 4.1), and refuses a name no step had.  With
    ``ambiguous`` (the list a filter's or a sort's such names go to) a name two of the frame's columns
    have is reported too.  With ``sql``
    a string is SQL text (``filter("qty > 1")``): the names it reads."""
    if frame.columns is None or frame.opaque:
        return
    for item in select_items(arg_nodes):
        if not strings and isinstance(item, ast.Constant):
            if not (sql and isinstance(item.value, str)):
                continue
            # `agg(…).filter("max(qty) > 1")`: Spark reads an aggregate (and its FILTER clause) over the
            # aggregation's input; the names outside it, over the output
            nodes = sql_names(interp, item, _OVER_THE_INPUT if frame.aggregations else frozenset())
        else:
            nodes = _column_names_in(interp, item, skip_aggregates=bool(frame.aggregations))
        for node in nodes:
            if _FIELD_PATH.fullmatch(node.value) and not frame.joins:
                # A struct's field: Spark reads the column the frame has, and its field must be there.
                missing_field(interp, frame, node, heads=False)
                continue
            if not (PLAIN_NAME.fullmatch(node.value) or _GENERATED_NAME.fullmatch(node.value)):
                continue  # (`col("sum(amount)")`: the name Spark gives an aggregate, read as a name)
            if frame.lacks_column(node.value):
                if frame.lineage is not None and node.value.lower() not in frame.lineage:
                    interp.analysis.select_columns_missing.append((interp.site(node), node.value, frame.columns))
            elif ambiguous is not None and frame.names_twice(node.value):
                ambiguous.append((interp.site(node), node.value))


def _plain_reference(interp, item: ast.expr, strings: bool, renamed: bool = True) -> ast.expr | None:
    """The node of a column read as it is (``"op"`` where ``strings``, ``col("op")``), maybe renamed
    (``.alias("o")``, ``.name("o")``, where ``renamed``); None for anything else."""
    while (renamed and isinstance(item, ast.Call) and isinstance(item.func, ast.Attribute)
           and item.func.attr in ("alias", "name") and item.args):
        item = item.func.value
    if isinstance(item, ast.Constant):
        return item if strings and isinstance(item.value, str) else None
    if isinstance(item, ast.Call) and function_name(interp, item.func) in ("col", "column") and len(item.args) == 1 \
            and isinstance(item.args[0], ast.Constant) and isinstance(item.args[0].value, str) and not item.keywords:
        return item.args[0]
    return None


def python_aggregate(interp, arg_nodes: list[ast.expr]) -> bool:
    """Whether the expressions call an aggregate function (not over a window, not in SQL text)."""
    return any(isinstance(site.node, ast.Call) and function_name(interp, site.node.func) in AGGREGATE_FUNCTIONS
               for site in column_facts(interp, arg_nodes).aggregates)


def plain_key(interp, key: Key) -> bool:
    """Whether a grouping key is a column read as it is (`"op"`, `col("op")`), not renamed, nested,
    a window or an expression."""
    return bool(key.known and key.name and key.time_column is None and not key.session and PLAIN_NAME.fullmatch(key.name)
                and key.site is not None and _plain_reference(interp, key.site.node, True, renamed=False) is not None)


def renamed_key_column(interp, key: Key) -> str | None:
    """The column a grouping key reads as it is under another name (`col("op").alias("o")`,
    `df.op.name("o")`, `df["op"]`), else None."""
    if key.site is None:
        return None
    node = key.site.node
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("alias", "name") and node.args:
        node = node.func.value
    name = bare_column(interp, node)
    return name if name and PLAIN_NAME.fullmatch(name) else None


def non_aggregated(interp, frame: Frame, arg_nodes: list[ast.expr], keys: tuple[Key, ...] | None, *, strings: bool) -> None:
    """Columns an aggregation reads as they are, outside any aggregate function: with ``keys``
    (``groupBy(…).agg(col("email"))``) one that is no grouping key ([MISSING_AGGREGATION]);
    without (``select("op", count("*"))``, ``agg(col("op"), max(…))``) any ([MISSING_GROUP_BY]).
    Only where the frame's columns are known and hold the column (a missing one is SPK053's), and
    the keys are all plain columns (checked on PySpark 4.1)."""
    if frame.columns is None or frame.opaque:
        return
    # (a key renamed, `groupBy(col("op").alias("kind"))`, still groups by `op` to Spark: not judged)
    if keys is not None and not all(plain_key(interp, key) for key in keys):
        return
    grouped = {key.name.lower() for key in keys or ()}  # type: ignore[union-attr]
    for item in select_items(arg_nodes):
        node = _plain_reference(interp, item, strings)
        for node in [node] if node is not None else _read_outside_aggregates(interp, item):
            if not PLAIN_NAME.fullmatch(node.value) or frame.lacks_column(node.value) or frame.names_twice(node.value):
                continue
            if node.value.lower() in LITERAL_FUNCTIONS and not any(frame.same_name(column, node.value) for column in frame.columns or ()):
                continue  # `col("current_user")` where no column has the name: the function, a value for every row
            if keys is None or node.value.lower() not in grouped:
                # (`groupBy()` with no column is no GROUP BY to Spark: [MISSING_GROUP_BY])
                interp.analysis.non_aggregated.append((interp.site(node), node.value, spelled(frame, node.value), bool(keys)))


# Functions an expression beside aggregates may call on a column that are surely no aggregates
# (an unknown function may be one, `try_sum`, or a user's aggregate: its item is not judged).
_SCALAR_FUNCTIONS = frozenset(
    "lit when coalesce round bround concat concat_ws upper lower trim ltrim rtrim abs greatest least length "
    "substring date_format to_date to_timestamp year month dayofmonth hour minute datediff date_add date_sub "
    "isnull isnan sqrt floor ceil nvl ifnull regexp_replace split size struct array initcap".split())
# Column methods that compute a value from the column itself (no aggregate, no window).
_SCALAR_METHODS = frozenset(
    "alias name cast astype otherwise when isNull isNotNull isin between like rlike ilike startswith endswith "
    "contains substr eqNullSafe".split())


def _read_outside_aggregates(interp, item: ast.expr) -> list[ast.Constant]:
    """The columns an expression reads by ``col("…")`` outside every aggregate function
    (``F.sum("qty") + F.col("id")`` reads ``id`` so), where each call in it is a known aggregate, a
    known scalar function or column method; nothing for any other expression."""
    found: list[ast.Constant] = []
    stack: list[ast.AST] = [item]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Constant, ast.operator, ast.boolop, ast.cmpop, ast.unaryop)):
            continue
        if isinstance(node, (ast.BinOp, ast.BoolOp, ast.Compare, ast.UnaryOp)):
            stack.extend(ast.iter_child_nodes(node))
            continue
        if not isinstance(node, ast.Call) or any(isinstance(arg, ast.Starred) for arg in node.args):
            return []
        name = function_name(interp, node.func)
        if name in AGGREGATE_FUNCTIONS:
            continue
        if name in ("col", "column"):
            reference = _plain_reference(interp, node, False, renamed=False)
            if reference is None:
                return []
            found.append(reference)
            continue
        if name in _SCALAR_FUNCTIONS:
            # (a column given by its name, `F.round("amount", 1)`, is read as `col("amount")` is: held-out h135)
            named = node.args[:1] if name in _NAME_FIRST else node.args if name in _NAME_ALL else ()
            for arg in node.args:
                if any(arg is other for other in named) and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append(arg)
                else:
                    stack.append(arg)
        elif name is None and isinstance(node.func, ast.Attribute) and node.func.attr in _SCALAR_METHODS:
            stack.append(node.func.value)
            stack.extend(node.args)
        else:
            return []
        stack.extend(keyword.value for keyword in node.keywords)
    return found


# Functions whose first argument is a column, given by its name as a string (`F.upper("name")`);
# their other arguments may be literal text (a format, a pattern, a separator): not read.
_NAME_FIRST = frozenset(
    "upper lower trim ltrim rtrim length abs sqrt sum avg mean max min first last year month dayofmonth dayofweek "
    "hour minute second to_date to_timestamp date_format explode explode_outer size from_json to_json get_json_object "
    "round floor ceil isnull isnan coalesce initcap reverse asc desc asc_nulls_first asc_nulls_last desc_nulls_first "
    "desc_nulls_last "
    # (each checked on PySpark 4.1: a missing name given first is UNRESOLVED_COLUMN)
    "timestamp_millis timestamp_seconds timestamp_micros unix_millis unix_seconds unix_micros unix_timestamp "
    "from_unixtime to_utc_timestamp from_utc_timestamp date_add date_sub datediff dayofyear weekofyear quarter last_day "
    "md5 sha1 sha2 crc32 base64 unbase64 hex split regexp_replace regexp_extract substring lpad rpad array_contains "
    "element_at map_keys map_values months_between add_months format_number translate trunc count collect_list "
    "collect_set approx_count_distinct stddev variance window session_window array_size array_distinct sort_array bin "
    "signum exp ascii soundex bit_length char_length nanvl greatest least ifnull nvl dayofmonth weekday cardinality "
    "flatten posexplode".split())


# Functions all of whose arguments are columns, a string one given by its name (`F.coalesce("a", "b")`,
# `F.date_add("d", "days")`: a number written as text, "7", is read as a column named 7); each checked
# on PySpark 4.1.  concat_ws's first argument is its separator.
_NAME_ALL = frozenset(
    "date_add date_sub add_months datediff months_between nanvl ifnull nvl coalesce greatest least concat array struct "
    "pow atan2 hypot max_by min_by "
    # (checked on PySpark 4.1, held-out h119: a format, a pattern or a field written as text is read as a column's name)
    "try_to_timestamp regexp_like regexp extract".split())


# The calls whose arguments a filter or sort after an aggregation reads over the aggregation's input.
_OVER_THE_INPUT = SQL_AGGREGATE_FUNCTIONS | {"filter", "group"}  # (`group`: `WITHIN GROUP (ORDER BY x)`)


def _column_names_in(interp, item: ast.expr, skip_aggregates: bool = False) -> list[ast.Constant]:
    """The string constants of a select item that name a column: the item itself, the argument of
    every `col("…")` / `column("…")` inside it, and the first argument of functions that take a
    column by name (_NAME_FIRST); nothing inside a lambda (its own variables)."""
    found: list[ast.Constant] = []
    stack = [item]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Lambda) or is_subquery(node):
            continue
        if skip_aggregates and isinstance(node, ast.Call) and (
                function_name(interp, node.func) in AGGREGATE_FUNCTIONS or function_name(interp, node.func) == "call_function"):
            continue  # (`F.max("qty")`, `F.call_function("max", …)` after an aggregation: read over its input)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node is item:
            found.append(node)
            continue
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "over" and len(node.args) == 1:
                stack.extend(_window_reads(interp, node.args[0]))
            name = function_name(interp, node.func)
            first = node.args[0] if node.args else None
            if name in _NAME_ALL or name == "concat_ws":
                found.extend(arg for arg in node.args[name == "concat_ws":] if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
            elif isinstance(first, ast.Constant) and isinstance(first.value, str) and not isinstance(first.value, bytes) and (
                    (name in ("col", "column") and len(node.args) == 1 and not node.keywords) or name in _NAME_FIRST):
                found.append(first)
            elif name == "expr" and isinstance(first, ast.Constant) and isinstance(first.value, str) and len(node.args) == 1:
                # the columns its SQL text reads (after an aggregation, not those of its aggregates)
                found.extend(sql_names(interp, first, _OVER_THE_INPUT if skip_aggregates else frozenset()))
        field = _field_access(interp, node)
        if field is not None:
            found.append(field)
        stack.extend(ast.iter_child_nodes(node))
    return found


def _window_reads(interp, spec: ast.expr) -> list[ast.expr]:
    """The columns a window spec given to ``over`` partitions and orders by, as name nodes (a
    string is a column's name there: ``Window.partitionBy("id")``), when the spec is a name bound
    to one; a spec written in place is walked as it is."""
    partition: tuple[ast.expr, ...] | None = None
    order: tuple[ast.expr, ...] | None = None
    node = spec
    # `Window.partitionBy(…).orderBy(…)` in place: the last call of each kind counts
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr not in ("partitionBy", "orderBy", "rowsBetween", "rangeBetween") or node.keywords:
            return []
        if node.func.attr == "partitionBy" and partition is None:
            partition = tuple(node.args)
        elif node.func.attr == "orderBy" and order is None:
            order = tuple(node.args)
        node = node.func.value
    value = interp.lookup(node.id) if isinstance(node, ast.Name) else None
    # (a spec built on other lines is judged where it is used, at its name: Spark resolves its columns there)
    written = [(name, None) for name in (*(partition or ()), *(order or ()))]
    if isinstance(value, WindowSpec):
        if value.partition is None or value.order is None:
            return []
        written += [(name, node) for name in (*(value.partition if partition is None else ()),
                                              *(value.order if order is None else ()))]
    elif value != ClassRef("Window"):
        return []
    named = [(element, place) for name, place in written
             for element in (name.elts if isinstance(name, (ast.List, ast.Tuple)) else [name])]  # (`partitionBy(["id", "op"])`)
    return [_as_column(name, place) for name, place in named if not isinstance(name, ast.Starred)]


def _as_column(node: ast.expr, place: ast.expr | None) -> ast.expr:
    """A string naming a column, made a `col("…")` so that it is read as one (elsewhere a lone string
    is read as a column only as a whole select item); at ``place`` where that is given."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if place is not None:
            node = ast.copy_location(ast.Constant(value=node.value), place)
            node.end_lineno, node.end_col_offset = place.end_lineno, place.end_col_offset
        call = ast.Call(func=ast.Name(id="col"), args=[node], keywords=[])
        return ast.copy_location(call, node)
    if place is not None:
        return _placed_copy(node, place)
    return node


def _placed_copy(node: ast.expr, place: ast.expr) -> ast.expr:
    """A copy of ``node`` whose nodes all stand at ``place``."""
    moved = copy.deepcopy(node)
    for inner in ast.walk(moved):
        if hasattr(inner, "lineno"):
            inner.lineno, inner.col_offset = place.lineno, place.col_offset
            inner.end_lineno, inner.end_col_offset = place.end_lineno, place.end_col_offset
    return moved


def _field_access(interp, node: ast.expr) -> ast.Constant | None:
    """`col("after")["mail"]` or `col("after").getField("mail")`: the field's path as a dotted name
    (`after.mail`) at the field's name, marked so that only the field is judged (the column is
    judged at its own `col("…")`)."""
    if isinstance(node, ast.Subscript):
        base, key = node.value, node.slice
    elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "getField"
          and len(node.args) == 1 and not node.keywords):
        base, key = node.func.value, node.args[0]
    else:
        return None
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(base, ast.Call) and base.args
            and function_name(interp, base.func) in ("col", "column") and isinstance(base.args[0], ast.Constant)
            and isinstance(base.args[0].value, str) and "." not in base.args[0].value):
        return None
    path = ast.copy_location(ast.Constant(value=f"{base.args[0].value}.{key.value}"), key)
    path.end_lineno, path.end_col_offset = key.end_lineno, key.end_col_offset
    path.field_only = True  # type: ignore[attr-defined]
    return path


# Types of one value, by the name Spark's messages give them (a decimal's names its precision: left out).
ATOMIC_TYPE_NAMES = {name: name.upper() for name in (
    "string", "int", "bigint", "smallint", "tinyint", "double", "float", "boolean", "binary", "date", "timestamp", "timestamp_ntz")}
# A column and fields inside it: `after.qty`, `window.start`.
_FIELD_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")


def missing_field(interp, frame: Frame, node: ast.Constant, heads: bool = True) -> None:
    """A field a struct column of known fields lacks (`m.a.y` where `a` is `STRUCT<x: INT>`): Spark
    refuses it ([FIELD_NOT_FOUND]).  Only from a column of the frame (`o.value` after `.alias("o")`
    names a column, not a field).  With ``heads``, a first part that is no column of the frame
    either (a filter or sort passes False: it may read a column of a step before)."""
    head, *rest = node.value.split(".")
    column = next((c for c in frame.columns or () if c.lower() == head.lower()), None)
    if frame.columns is None:
        # Columns not all known, but their types are (a file source read with a schema, whose frame
        # may hold partition columns too): a typed column is there.
        column = next((c for c in frame.types if c.lower() == head.lower()), None)
    if head.lower() in {alias.lower() for alias in frame.aliases if isinstance(alias, str)}:
        return
    if column is None and heads and frame.lacks_column(head) and _unqualified(frame) and not getattr(node, "field_only", False):
        # Neither a column nor a name the frame's relations go by (`after.id` where the parsed
        # struct is `m`, or after a select dropped `after`): Spark resolves no part of it.
        shown = "`.`".join(node.value.split("."))
        interp.analysis.select_columns_missing.append((interp.site(node), shown, frame.columns))
        return
    if column is None or frame.lacks_column(head):
        return
    current = frame.types.get(column)
    for index, part in enumerate(rest):
        if current is not None and current.name in ATOMIC_TYPE_NAMES:
            # `after.id` where `after` is a string (from_json not applied): no type of one value has fields
            base = ".".join(node.value.split(".")[: index + 1])
            interp.analysis.fields_of_atomic.append((interp.site(node), base, ATOMIC_TYPE_NAMES[current.name]))
            return
        if current is None or current.name != "struct" or not current.fields:
            return
        names = [name for name, _ in current.fields]
        if part.lower() not in {name.lower() for name in names}:
            interp.analysis.select_fields_missing.append((interp.site(node), part, tuple(names)))
            return
        current = current.field(part) or next((t for name, t in current.fields if name.lower() == part.lower()), None)


def _unqualified(frame: Frame) -> bool:
    """Whether every name a relation of the frame goes by is known: its `.alias(…)` names, and no
    table, view or join whose sides may bring their own (`orders.id` after `spark.table("orders")`)."""
    return (not frame.joins and frame.source_format != "table" and not frame.opaque and frame.batch_inside is None
            and all(isinstance(alias, str) for alias in frame.aliases))
