"""Projections: methods that keep the frame's kind and add no stateful operator, and
what they do to the known columns, binary and struct columns, column types and
watermark columns.  ``filter``/``where``/``withColumn``/``withColumns`` expressions are
read for plan facts (window functions, the current time, ``from_json`` …); ``select``
and ``selectExpr`` are in :mod:`.select`."""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import Any, Sequence

from mdxlint.analyzers.spark.columns import (
    bare_column, carried_watermark, casts_to_binary, column_facts, column_name, expr_type, is_struct_expression, missing_columns,
    note_from_json, note_generator_inputs, note_generator_places, note_range_frames, note_sql_calls, unresolvable_columns, stale_columns,
)
from mdxlint.analyzers.spark.methods.aggregate import aggregate
from mdxlint.analyzers.spark.methods.join import equality_columns, has_equality, has_range_condition
from mdxlint.analyzers.spark.methods.registry import MethodCall, frame_method, na_method
from mdxlint.analyzers.spark.plan import note_window_type
from mdxlint.analyzers.spark.schema import struct_of
from mdxlint.analyzers.spark.sql import scan_sql
from mdxlint.analyzers.spark.values import UNKNOWN, Const, ExprFacts, Frame, Join, NaFunctions, constant, spelled


# -- the shared steps ----------------------------------------------------------------------


def sql_texts(arg_nodes: list[ast.expr]) -> list[ast.Constant]:
    """The string arguments (SQL text) of ``selectExpr``, ``filter``, ``where``."""
    return [arg for arg in arg_nodes if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]


def read_expressions(interp, frame: Frame, expressions: list[ast.expr],
                     sql: Sequence[ast.Constant] = ()) -> tuple[ExprFacts, dict[str, Any]]:
    """The facts of a projection's expressions and SQL texts, and the plan facts they add."""
    facts = column_facts(interp, expressions) if expressions else ExprFacts()
    for text in sql:
        scan_sql(interp, text, facts)
        note_sql_calls(interp, text)
    changes: dict[str, Any] = {}
    note_from_json(interp, frame, facts)
    note_generator_inputs(interp, frame, expressions)
    for window_site, function, column in facts.windows:
        note_window_type(interp.analysis, frame, window_site, function, column)  # Spark analyses the projection at once
    if facts.over:
        note_range_frames(interp, frame, facts.over, expressions)
        changes["window_functions"] = frame.window_functions + tuple(facts.over)
        if frame.streaming and frame.batch_inside is None:
            interp.analysis.window_functions.extend((over_site, fn, frame) for over_site, fn in facts.over)
    if facts.current_time:
        changes["current_time"] = frame.current_time + tuple(facts.current_time)
    if facts.generators:
        changes["not_map_like"] = frame.not_map_like + tuple((site, "Generate") for site in facts.generators)
    if facts.unsupported:
        # (also on a static frame: Spark checks the expressions of every operator of a streaming
        # plan, a stream-static join's static side too; plan._streaming_part keeps them)
        changes["unsupported"] = frame.unsupported + tuple(facts.unsupported)
    return facts, changes


def finish(frame: Frame, facts: ExprFacts, changes: dict[str, Any]) -> Frame:
    if not facts.understood:
        changes["opaque"] = True
    return frame.then(**changes)


def global_aggregation(interp, frame: Frame, call: MethodCall, expressions: list[ast.expr], facts: ExprFacts) -> Frame:
    """An aggregate in a projection (``select(count("*"))``) makes it a global aggregation."""
    result = aggregate(interp, frame, (), interp.site(call.node), expressions, facts=facts)
    return replace(result, window_functions=result.window_functions + tuple(facts.over),
                   current_time=result.current_time + tuple(facts.current_time))


def kept_shape(frame: Frame, columns: bool = False, structs: bool = False, types: bool = False) -> dict[str, Any]:
    """The frame's known columns (with the binary ones), struct columns and types, each
    kept or forgotten."""
    return {
        "columns": frame.columns if columns else None,
        "binary_columns": frame.binary_columns if columns else frozenset(),
        "struct_columns": frame.struct_columns if structs else frozenset(),
        "types": frame.types if types else {},
    }


def eval_literal(node: ast.expr) -> Any:
    return Const(node.value) if isinstance(node, ast.Constant) else UNKNOWN


def watermarks_kept(frame: Frame, columns: tuple[str, ...] | None) -> frozenset[str]:
    """Watermark columns still there after a projection to ``columns`` (None: not known)."""
    return frame.watermark_columns if columns is None else frame.watermark_columns & set(columns)


# -- methods that keep rows and some of the shape --------------------------------------------


@frame_method("filter", "where")
def filter_rows(interp, frame: Frame, call: MethodCall) -> Any:
    arg_nodes = call.arg_nodes
    unresolvable_columns(interp, frame, arg_nodes, strings=False, ambiguous=interp.analysis.ambiguous_references, sql=True)
    note_generator_places(interp, arg_nodes, outside_select=True)
    facts, changes = read_expressions(interp, frame, arg_nodes, sql_texts(arg_nodes))
    if not frame.aggregations:
        # An aggregate or a window function in a row filter: Spark refuses the condition (after an
        # aggregation Spark reads an aggregate there as HAVING, and runs it; checked on PySpark 4.1).
        if facts.aggregates:
            interp.analysis.filter_aggregates.append((facts.aggregates[0], "aggregate"))
        elif facts.over:
            interp.analysis.filter_aggregates.append((facts.over[0][0], "window"))
    changes.update(kept_shape(frame, columns=True, structs=True, types=True))
    if arg_nodes and frame.joins and not frame.aggregations:
        changes["joins"] = tuple(_filter_pushed_into(interp, join, arg_nodes) for join in frame.joins)
    return finish(frame, facts, changes)


def _filter_pushed_into(interp, join: Join, arg_nodes: list[ast.expr]) -> Join:
    """A filter after an inner or cross join is part of its condition to Spark (the optimizer pushes
    it in): a time range between columns written in ``where(…)`` bounds the join's state as one
    written in ``on``, and an equality there gives a join with no condition its keys."""
    if join.how not in ("inner", "cross") or join.has_range_condition is None:
        return join
    if not join.equality and any(has_equality(interp, node) for node in arg_nodes):
        join = replace(join, equality=True)  # (an equality pushed into the join gives Spark its keys)
    if join.equi_columns == ():
        keys = set().union(*(equality_columns(interp, node) for node in arg_nodes))
        if keys or any(isinstance(node, ast.Constant) for node in arg_nodes):  # (SQL text: not read)
            # A cross join given keys this way fails otherwise in Spark ("should not take Cross", SPK010).
            return replace(join, equi_columns=None, condition_columns=frozenset(keys), cross_keys=join.how == "cross" and bool(keys),
                           has_range_condition=None if join.how == "cross" else
                           any(has_range_condition(interp, node, between_columns=True) for node in arg_nodes))
        return join
    if join.how == "inner" and not join.has_range_condition and any(has_range_condition(interp, node, between_columns=True) for node in arg_nodes):
        return replace(join, has_range_condition=True)
    return join


# Where `subset` stands among the positional arguments of the methods that handle nulls.
_SUBSET_AT = {"fillna": 1, "fill": 1, "dropna": 2, "drop": 2, "replace": 2}


def null_handling_columns(call: MethodCall) -> list[ast.expr]:
    """The columns ``fillna``/``dropna``/``replace`` (and ``na.fill``/``drop``/``replace``) name: its
    `subset` (a list, or one name), and the keys of a dict of values to fill with; Spark resolves
    them at the call (UNRESOLVED_COLUMN; checked on PySpark 4.1)."""
    if call.name not in _SUBSET_AT:
        return []
    args = call.node.args
    subset = next((keyword.value for keyword in call.node.keywords if keyword.arg == "subset"), None)
    if subset is None and len(args) > _SUBSET_AT[call.name] and not any(isinstance(arg, ast.Starred) for arg in args):
        subset = args[_SUBSET_AT[call.name]]
    named = [subset] if subset is not None else []
    if isinstance(subset, (ast.List, ast.Tuple)):
        named = list(subset.elts)
    if call.name in ("fill", "fillna"):
        value = args[0] if args else next((keyword.value for keyword in call.node.keywords if keyword.arg == "value"), None)
        if isinstance(value, ast.Dict):
            # (PySpark ignores `subset` beside a dict of values: its keys are the columns)
            named = [key for key in value.keys if key is not None]
    return [node for node in named if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and "." not in node.value and "`" not in node.value]


@frame_method("alias", "hint", "repartition", "coalesce", "dropna", "fillna")
def same_shape(interp, frame: Frame, call: MethodCall) -> Any:
    missing_columns(interp, frame, null_handling_columns(call))
    changes = kept_shape(frame, columns=True, structs=True, types=True)
    if call.name == "alias" and call.arg_nodes and isinstance(constant(eval_literal(call.arg_nodes[0])), str):
        changes["aliases"] = frame.aliases | {constant(eval_literal(call.arg_nodes[0]))}
    node_name = _repartition_node(call)
    if node_name is not None:  # not map-like: a continuous trigger refuses it
        changes["not_map_like"] = frame.not_map_like + ((interp.site(call.node), node_name),)
        if call.name == "repartition":
            _partition_keys_resolve(interp, frame, call)
    return frame.then(**changes)


def _partition_keys_resolve(interp, frame: Frame, call: MethodCall) -> None:
    """The columns ``repartition(n, "k")``/``repartitionByRange(n, "k")`` partition by: Spark resolves
    them like a sort's keys, through the projections below (``select("a").repartition("id")``
    runs when the frame before had ``id``), and refuses a name no step had (checked on PySpark 4.1:
    UNRESOLVED_COLUMN)."""
    keys = [arg for arg in call.arg_nodes if not (isinstance(arg, ast.Constant) and not isinstance(arg.value, str))]
    unresolvable_columns(interp, frame, keys, strings=True)


def _repartition_node(call: MethodCall) -> str | None:
    """Spark's plan node of ``repartition``/``coalesce``: ``RepartitionByExpression`` with columns,
    ``Repartition`` by number (``coalesce(1)`` too: PySpark 4.1 refuses it in a continuous query)."""
    if call.name not in ("repartition", "coalesce"):
        return None
    numbers = [constant(eval_literal(arg)) for arg in call.arg_nodes]
    columns = len(numbers) > 1 or (numbers and not isinstance(numbers[0], int)) or set(call.kwargs) - {"numPartitions"}
    return "RepartitionByExpression" if call.name == "repartition" and columns else "Repartition"


@na_method("drop", "fill", "replace")
def na_functions(interp, na: NaFunctions, call: MethodCall) -> Any:
    """``df.na.drop()``, ``df.na.fill(…)``, ``df.na.replace(…)``: ``dropna``, ``fillna``, ``replace``."""
    return (same_columns if call.name == "replace" else same_shape)(interp, na.frame, call)


@frame_method("repartitionByRange", "observe")
def same_columns_and_types(interp, frame: Frame, call: MethodCall) -> Any:
    if call.name == "repartitionByRange":
        _partition_keys_resolve(interp, frame, call)
    return frame.then(**kept_shape(frame, columns=True, types=True))


@frame_method("unpersist", "replace")
def same_columns(interp, frame: Frame, call: MethodCall) -> Any:
    missing_columns(interp, frame, null_handling_columns(call))
    return frame.then(**kept_shape(frame, columns=True))


@frame_method("withMetadata", "to", "dropFields", "colRegex")
def no_shape(interp, frame: Frame, call: MethodCall) -> Any:
    """Columns, structs and types are not followed through these."""
    return frame.then(**kept_shape(frame))


_UNPIVOT_PARAMETERS = ("ids", "values", "variableColumnName", "valueColumnName")


@frame_method("unpivot", "melt")
def unpivot(interp, frame: Frame, call: MethodCall) -> Any:
    """``unpivot(ids, values, "field", "val")``: the id columns, then the two it names; the other
    columns are gone (their values are rows of `val`)."""
    shape = kept_shape(frame)
    given = dict(zip(_UNPIVOT_PARAMETERS, call.node.args))
    given.update({keyword.arg: keyword.value for keyword in call.node.keywords if keyword.arg})
    if any(isinstance(arg, ast.Starred) for arg in call.node.args):
        return frame.then(**shape)
    # The id and value columns are read from the frame (`["q1", "q3"]`: UNRESOLVED_COLUMN for `q3`,
    # held-out h119; checked on PySpark 4.1).
    read = [item for key in ("ids", "values") if key in given
            for item in (given[key].elts if isinstance(given[key], (ast.List, ast.Tuple)) else [given[key]])]
    missing_columns(interp, frame, [item for item in read if not isinstance(item, ast.Starred)])
    if not {"ids", "variableColumnName", "valueColumnName"} <= given.keys():
        return frame.then(**shape)
    ids = given["ids"]
    items = ids.elts if isinstance(ids, (ast.List, ast.Tuple)) else [ids]
    names = [column_name(interp, item) for item in items]
    variable, value = (constant(eval_literal(given[key])) for key in ("variableColumnName", "valueColumnName"))
    if all(names) and isinstance(variable, str) and isinstance(value, str) and all("." not in n for n in names):  # type: ignore[operator]
        shape["columns"] = (*names, variable, value)
    return frame.then(**shape)


@frame_method("mapInPandas", "mapInArrow")
def map_in_batches(interp, frame: Frame, call: MethodCall) -> Any:
    """The function's rows are new columns: no watermark metadata comes through (Spark then
    refuses an aggregation over them in append mode)."""
    site = interp.site(call.node)
    lost = tuple((site, column, call.name) for column in sorted(frame.watermark_columns))
    node_name = "MapInPandas" if call.name == "mapInPandas" else "MapInArrow"  # not map-like to a continuous trigger
    shape = kept_shape(frame)
    schema = struct_of(call.args[1] if len(call.args) > 1 else call.kwargs.get("schema"))
    if schema is not None:  # the columns the function's schema names (`schema="value long"`)
        shape.update(columns=tuple(name for name, _ in schema.fields), types=dict(schema.fields))
    return frame.then(watermark_columns=frozenset(), lost_watermarks=frame.lost_watermarks + lost,
                      not_map_like=frame.not_map_like + ((site, node_name),), **shape)


@frame_method("withColumns")
def with_columns(interp, frame: Frame, call: MethodCall) -> Any:
    """``withColumns({"ts": expr, …})``: each entry as ``withColumn`` reads it (a replaced
    watermarked column loses its watermark, a plain copy of one keeps it)."""
    arg_nodes = call.arg_nodes
    facts, changes = read_expressions(interp, frame, arg_nodes)
    changes.update(kept_shape(frame))
    mapping = arg_nodes[0] if arg_nodes and isinstance(arg_nodes[0], ast.Dict) else None
    if mapping is not None:
        missing_columns(interp, frame, list(mapping.values), strings=False,
                        names=[key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None
                               for key in mapping.keys])
    if mapping is not None and all(isinstance(key, ast.Constant) for key in mapping.keys):
        marked = set(frame.watermark_columns)
        lost = []
        for key, value in zip(mapping.keys, mapping.values):
            target = key.value  # type: ignore[union-attr]
            if carried_watermark(interp, value) in frame.watermark_columns:
                marked.add(target)
            elif target in marked:
                marked.discard(target)
                lost.append((interp.site(value), target, "replaced"))
        changes["watermark_columns"] = frozenset(marked)
        changes["lost_watermarks"] = frame.lost_watermarks + tuple(lost)
    elif frame.watermark_columns:
        changes["opaque"] = True  # the columns it replaces are not known
    return finish(frame, facts, changes)


@frame_method("toDF", "withColumnsRenamed")
def rename_all(interp, frame: Frame, call: MethodCall) -> Any:
    """``toDF("a", "b")`` renames by position, ``withColumnsRenamed({"old": "new"})`` by name:
    a watermarked column keeps its watermark under its new name."""
    changes = kept_shape(frame)
    renames = _renames(interp, frame, call)
    if renames is None:
        changes["watermark_columns"] = frozenset()
        if frame.watermark_columns:
            changes["opaque"] = True  # where the watermark went is not known
    else:
        changes["watermark_columns"] = frozenset(renames.get(c, c) for c in frame.watermark_columns)
        if call.name == "toDF":
            changes["columns"] = tuple(renames.values())
        elif frame.columns is not None and not _renames_chain(renames):
            # Spark renames one pair after the other, finding each old name without regard to case
            columns, binary = frame.columns, frame.binary_columns
            for old, new in renames.items():
                columns, binary = renamed_columns(frame.then(columns=columns, binary_columns=binary), old, new)
            changes["columns"], changes["binary_columns"] = columns, binary
    if call.name == "toDF":
        # The names given are the columns, whatever the frame's were (a repeated name too).
        names = [constant(eval_literal(arg)) for arg in call.arg_nodes]
        given = all(isinstance(n, str) for n in names) and not any(isinstance(arg, ast.Starred) for arg in call.arg_nodes)
        if given and not call.kwargs and frame.columns is not None and not frame.opaque and len(names) != len(frame.columns):
            interp.analysis.renamed_arity.append((interp.site(call.node), len(names), frame.columns))
        changes["columns"] = tuple(names) if names and given else None
    return frame.then(**changes)


def _renames_chain(renames: dict[str, str]) -> bool:
    """Whether a new name is also an old one (`{"a": "b", "b": "a"}`): the result depends on the order."""
    olds = {str(old).lower() for old in renames}
    return any(str(new).lower() in olds for new in renames.values())


def _renames(interp, frame: Frame, call: MethodCall) -> dict[str, str] | None:
    arg_nodes = call.arg_nodes
    if call.name == "toDF":
        names = [constant(eval_literal(arg)) for arg in arg_nodes]
        if frame.columns is None or len(names) != len(frame.columns) or not all(isinstance(n, str) for n in names):
            return None
        return dict(zip(frame.columns, names))  # type: ignore[arg-type]
    mapping = arg_nodes[0] if arg_nodes and isinstance(arg_nodes[0], ast.Dict) else None
    if mapping is None or not all(isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
                                  for k, v in zip(mapping.keys, mapping.values)):
        return None
    return {k.value: v.value for k, v in zip(mapping.keys, mapping.values)}  # type: ignore[union-attr]


# -- withColumn --------------------------------------------------------------------------


@frame_method("withColumn")
def with_column(interp, frame: Frame, call: MethodCall) -> Any:
    arg_nodes = call.arg_nodes
    note_generator_places(interp, arg_nodes[1:2], outside_select=False)
    missing_columns(interp, frame, arg_nodes[1:2], strings=False)
    stale_columns(interp, frame, arg_nodes[1:2])
    if len(arg_nodes) > 1 and len(call.args) > 1 and isinstance(arg_nodes[1], (ast.Constant, ast.Name)) \
            and isinstance(call.args[1], Const) and isinstance(call.args[1].value, (str, int, float, type(None))):
        # `withColumn("source", "postgres")`: a value, not a Column (F.lit makes one); PySpark refuses it
        interp.analysis.plain_values.append((interp.site(arg_nodes[1]), "col", type(call.args[1].value).__name__))
    facts, changes = read_expressions(interp, frame, arg_nodes[1:])
    changes["columns"], changes["binary_columns"] = with_column_columns(interp, frame, arg_nodes)
    named = bool(arg_nodes) and isinstance(arg_nodes[0], ast.Constant)
    changes["struct_columns"] = with_column_structs(interp, frame, arg_nodes) if named else frozenset()
    changes["types"] = with_column_types(interp, frame, arg_nodes) if named else {}
    if named:
        target = arg_nodes[0].value  # type: ignore[attr-defined]
        source = carried_watermark(interp, arg_nodes[1]) if len(arg_nodes) > 1 else None
        if source in frame.watermark_columns:
            changes["watermark_columns"] = frame.watermark_columns | {target}
        elif target in frame.watermark_columns:
            changes["watermark_columns"] = frame.watermark_columns - {target}
            changes["lost_watermarks"] = frame.lost_watermarks + ((interp.site(call.node), target, "replaced"),)
    return finish(frame, facts, changes)


def with_column_columns(interp, frame: Frame, arg_nodes: list[ast.expr]) -> tuple[tuple[str, ...] | None, frozenset[str]]:
    columns, binary = frame.columns, frame.binary_columns
    if not arg_nodes:
        return None, frozenset()
    target = arg_nodes[0].value if isinstance(arg_nodes[0], ast.Constant) else None
    if not isinstance(target, str):
        return None, binary
    value = arg_nodes[1] if len(arg_nodes) > 1 else None
    is_binary = value is not None and (
        (bare_column(interp, value) in binary) or (isinstance(value, ast.Call) and casts_to_binary(value))
    )
    new_binary = (binary - {target}) | ({target} if is_binary else set())
    if columns is None:
        return None, frozenset(new_binary)
    # An existing column of that name, matched as Spark matches names (`withColumn("OP", …)` over `op`),
    # is replaced in place under the new spelling; every one of them after a join.
    if any(frame.same_name(column, target) for column in columns):
        return tuple(target if frame.same_name(column, target) else column for column in columns), frozenset(new_binary)
    return columns + (target,), frozenset(new_binary)


def with_column_structs(interp, frame: Frame, arg_nodes: list[ast.expr]) -> frozenset[str]:
    target = arg_nodes[0].value  # type: ignore[attr-defined]
    is_struct = len(arg_nodes) > 1 and is_struct_expression(interp, arg_nodes[1])
    return (frame.struct_columns - {target}) | ({target} if is_struct else frozenset())


def with_column_types(interp, frame: Frame, arg_nodes: list[ast.expr]) -> dict[str, Any]:
    types = frame.types
    target = arg_nodes[0].value  # type: ignore[attr-defined]
    result = {key: value for key, value in types.items() if key != target}
    kind = expr_type(interp, arg_nodes[1], types) if len(arg_nodes) > 1 else None
    if kind is not None:
        result[target] = kind
    return result


# -- drop, withColumnRenamed ---------------------------------------------------------------


@frame_method("drop")
def drop(interp, frame: Frame, call: MethodCall) -> Any:
    arg_nodes = call.arg_nodes
    columns, binary = frame.columns, frame.binary_columns
    names = [column_name(interp, arg) for arg in arg_nodes]
    others = any(isinstance(arg, (ast.Attribute, ast.Subscript)) and isinstance(arg.value, ast.Name)
                 and isinstance(interp.lookup(arg.value.id), Frame) and interp.lookup(arg.value.id) is not frame
                 for arg in arg_nodes)  # `a.drop(b.v)`: a column of another frame drops nothing of this one
    if others:
        names = [None]
    if columns is None or not all(names):
        columns, binary = None, binary - set(n for n in names if n)
    else:
        columns, binary = tuple(c for c in columns if c not in names), binary - set(names)  # type: ignore[arg-type]
    dropped = {column_name(interp, arg) for arg in arg_nodes}
    return frame.then(
        columns=columns,
        binary_columns=binary,
        struct_columns=frame.struct_columns - dropped,
        types={key: value for key, value in frame.types.items() if key not in dropped},
        watermark_columns=frozenset(watermarks_kept(frame, columns)) - dropped,
    )


@frame_method("withColumnRenamed")
def with_column_renamed(interp, frame: Frame, call: MethodCall) -> Any:
    arg_nodes = call.arg_nodes
    columns: tuple[str, ...] | None = None
    binary: frozenset[str] = frozenset()
    types: dict[str, Any] = {}
    kept = frame.watermark_columns
    doubled = frame.doubled_event_times
    if len(arg_nodes) >= 2:
        old, new = (constant(eval_literal(arg)) for arg in arg_nodes[:2])
        if isinstance(old, str):
            old = spelled(frame, old)  # (Spark finds the old name without regard to case: `TIMESTAMP`, held-out h81)
        columns, binary = renamed_columns(frame, old, new)
        types = renamed_types(frame.types, old, new)
        kept = watermarks_kept(frame, columns)
        if old in frame.watermark_columns and isinstance(new, str):
            kept = (frame.watermark_columns - {old}) | {new}
        if old in doubled and isinstance(new, str):
            doubled = (doubled - {old}) | {new}  # every column of that name is renamed
    return frame.then(columns=columns, binary_columns=binary, struct_columns=frozenset(), types=types,
                      watermark_columns=frozenset(kept), doubled_event_times=frozenset(doubled))


def renamed_columns(frame: Frame, old: Any, new: Any) -> tuple[tuple[str, ...] | None, frozenset[str]]:
    columns, binary = frame.columns, frame.binary_columns
    if isinstance(old, str) and isinstance(new, str):
        new_binary = (binary - {old}) | ({new} if old in binary else set())
        if columns is None:
            return None, frozenset(new_binary)
        # (Spark finds the old name without regard to case)
        return tuple(new if c.lower() == old.lower() else c for c in columns), frozenset(new_binary)
    return None, binary


def renamed_types(types: dict[str, Any], old: Any, new: Any) -> dict[str, Any]:
    if isinstance(old, str) and isinstance(new, str) and old in types:
        result = {key: value for key, value in types.items() if key != old}
        result[new] = types[old]
        return result
    return dict(types)
