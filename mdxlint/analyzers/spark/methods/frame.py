"""DataFrame methods that add a plan fact other than an aggregation, a join or a new
projection: batch-only actions, ``withWatermark``, deduplication, union / intersect /
except, sort (also ``randomSplit``'s), limit, sample and offset, the ``…WithState`` operators, ``transform``
and temp views."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Any

from mdxlint.analyzers.spark.columns import (
    PLAIN_NAME, column_name, function_name, missing_columns, note_datetime_patterns, note_sql_calls, note_time_zones, unresolvable_columns,
)
from mdxlint.analyzers.spark.methods.project import no_shape, same_columns
from mdxlint.analyzers.spark.methods.registry import MethodCall, frame_method
from mdxlint.analyzers.spark.plan import except_of_batch, merge, union_of, with_unknown
from mdxlint.analyzers.spark.schema import NOT_EVENT_TIME_TYPES, path_type, union_refused
from mdxlint.analyzers.spark.sql import OFFSET_ON_STREAM, SAMPLE_ON_STREAM
from mdxlint.analyzers.spark.values import (
    BATCH_ACTIONS, UNKNOWN, Action, Const, Dedup, Frame, Frames, Function, Watermark, ambiguous, constant, joined_event_times,
)


@frame_method(*sorted(BATCH_ACTIONS))
def batch_action(interp, frame: Frame, call: MethodCall) -> Any:
    """``show()``, ``count()``, ``collect()`` …: run a job at once (a stream refuses)."""
    interp.analysis.actions.append(Action(interp.site(call.node), call.name, frame))
    return UNKNOWN


@frame_method("writeTo", "mergeInto")
def table_writer(interp, frame: Frame, call: MethodCall) -> Any:
    """``writeTo(table)``, ``mergeInto(table, on)``: a batch writer of a table (a stream refuses at
    the call: CALL_ON_STREAMING_DATASET_UNSUPPORTED, checked on PySpark 4.1)."""
    interp.analysis.actions.append(Action(interp.site(call.node), call.name, frame))
    return UNKNOWN


@frame_method("describe", "summary")
def statistics(interp, frame: Frame, call: MethodCall) -> Any:
    """``describe()``/``summary()``: a frame of statistics, made lazily; of a stream, still a stream
    (an action on it is refused).  ``describe("value")`` reads the column (UNRESOLVED_COLUMN where
    the frame lacks it, held-out h119; checked on PySpark 4.1); `summary`'s arguments are statistics."""
    if call.name == "describe":
        names = call.arg_nodes[0].elts if len(call.arg_nodes) == 1 and isinstance(call.arg_nodes[0], (ast.List, ast.Tuple)) \
            else call.arg_nodes
        missing_columns(interp, frame, [node for node in names if isinstance(node, ast.Constant)])
    return frame.then(columns=None, opaque=True)


@frame_method("withWatermark")
def with_watermark(interp, frame: Frame, call: MethodCall) -> Any:
    site = interp.site(call.node)
    arg_nodes = call.arg_nodes
    column = column_name(interp, arg_nodes[0]) if arg_nodes else None
    # On a batch frame Spark drops the watermark before it resolves the column: neither a column the
    # frame lacks nor one of another type than a timestamp is refused there (checked on PySpark 4.1).
    batch = frame.streaming is False
    if column and isinstance(arg_nodes[0], ast.Constant) and PLAIN_NAME.fullmatch(column) and frame.columns is not None \
            and not frame.opaque and frame.lacks_column(column) and not batch:
        # A column the frame does not have (renamed away before): Spark resolves it here and stops
        # (held-out h81); no watermark is set.
        interp.analysis.select_columns_missing.append((interp.site(arg_nodes[0]), column, frame.columns))
        return frame.then(opaque=True)
    watermark = Watermark(site, column, frame.step + 1, len(frame.aggregations), len(frame.stateful))
    column_type = path_type(frame.types, column) if column else None
    if column and "." in column and getattr(frame.types.get(column.split(".")[0]), "name", None) == "struct":
        interp.analysis.nested_watermarks.append((site, column))  # a field of a struct column
        if not batch:
            return frame.then(opaque=True)  # (Spark fails at this call: nothing after it runs, held-out h115)
    if column_type is not None and column_type.name in NOT_EVENT_TIME_TYPES and not batch:
        # (named as written: Spark's message names it so, `TS_MS` for the column `ts_ms`)
        written = arg_nodes[0].value.strip("`") if isinstance(arg_nodes[0], ast.Constant) and isinstance(arg_nodes[0].value, str) \
            else column
        interp.analysis.bad_watermarks.append((site, written, column_type))  # type: ignore[arg-type]
    # Spark's EventTimeWatermark marks its column and takes the mark off every other column of its
    # input: after a second withWatermark on another column, only that column is event time.
    columns = frozenset({column}) if column and frame.streaming else frame.watermark_columns | ({column} if column else set())
    changes: dict[str, Any] = {}
    if frame.streaming is None and frame.batch_inside is None:
        # withWatermark does nothing on a batch frame: code that applies it treats the frame as a stream.
        changes = {"streaming": True, "inferred": f"withWatermark at line {site.line}"}
    if frame.watermarks and frame.streaming and len(frame.stateful) == frame.watermarks[-1].stateful:
        watermark = replace(watermark, after_aggregation=len(frame.aggregations) > frame.watermarks[-1].aggregations)
        changes["redefined_watermarks"] = frame.redefined_watermarks + (watermark,)
    return frame.then(watermarks=frame.watermarks + (watermark,), watermark_columns=columns,
                      opaque=frame.opaque or column is None, **changes)


@frame_method("dropDuplicates", "drop_duplicates", "distinct", "dropDuplicatesWithinWatermark")
def drop_duplicates(interp, frame: Frame, call: MethodCall) -> Any:
    arg_nodes = call.arg_nodes
    columns: tuple[str, ...] | None = None
    elements: list[ast.expr] = []
    if arg_nodes:
        first = arg_nodes[0]
        value = call.args[0] if call.args else None
        if call.name != "distinct" and ((isinstance(first, ast.Constant) and isinstance(first.value, str))
                                        or isinstance(constant(value), str)):
            # PySpark takes the subset as a list: a bare name raises (NOT_LIST_OR_TUPLE, SPK058), so
            # the query is not read on (held-out h29: SPK023 said Spark accepted it).  A name given
            # by a variable (`key = "id"`) or a `*list` is reported at the call's argument.
            given = [*call.node.args, *(keyword.value for keyword in call.node.keywords)]
            written = first if any(first is arg for arg in given) else (given or [call.node])[0]
            if len(call.node.args) < 2 or any(isinstance(arg, ast.Starred) for arg in call.node.args):
                # (two names or more, `dropDuplicates("id", "lsn")`: Python's TypeError comes first, SPK071's)
                interp.analysis.dedup_subset_strings.append((interp.site(written), call.name))
            return frame.then(opaque=True)
        elements = first.elts if isinstance(first, (ast.List, ast.Tuple)) else arg_nodes
        names = [column_name(interp, element) for element in elements]
        columns = tuple(n for n in names if n) if all(names) else None
        if columns is None:
            return frame.then(opaque=True)
    if call.name == "dropDuplicatesWithinWatermark" and frame.streaming is False:
        interp.analysis.batch_dedups_within_watermark.append((interp.site(call.node), frame.batch_inside))
    missing = False
    for element in elements:
        # (a dotted name is no struct field here: dropDuplicates matches whole column names)
        if isinstance(element, ast.Constant) and isinstance(element.value, str) \
                and "`" not in element.value and frame.lacks_column(element.value):
            interp.analysis.dedup_columns_missing.append((interp.site(element), element.value, frame.columns))
            missing = True
    if missing:
        return frame.then(opaque=True)  # Spark refuses the call (SPK052): nothing after it is read
    watermarked = bool(frame.watermarks)
    if call.name == "dropDuplicatesWithinWatermark" and watermarked and frame.columns is not None \
            and all(mark.column for mark in frame.watermarks) and not frame.watermark_columns & set(frame.columns):
        watermarked = False  # a projection dropped every watermarked column: Spark sees no watermark
    last_aggregation = max(frame.aggregations, key=lambda aggregation: aggregation.step, default=None)
    dedup = Dedup(interp.site(call.node), call.name, columns, frame.watermark_columns, watermarked,
                  joined_event_times(frame, columns or ()), last_aggregation.site if last_aggregation else None)
    return frame.then(dedups=frame.dedups + (dedup,), opaque=frame.opaque or ambiguous(frame, columns or ()))


@frame_method("union", "unionAll", "unionByName")
def union(interp, frame: Frame, call: MethodCall) -> Any:
    other = call.args[0] if call.args else UNKNOWN
    if not isinstance(other, Frame):
        return with_unknown(frame)
    result = union_of(frame, other, interp.site(call.node), by_name=call.name == "unionByName")
    if call.name != "unionByName":
        before = _union_inputs(frame)
        # (a union's columns are its first input's: one column read twice there stays one, review h132)
        result = replace(result, union_inputs=(result.step, before + _union_inputs(other)), same_twice=frame.same_twice)
        if _known_columns(frame) and _known_columns(other) and len(frame.columns) != len(other.columns):
            # (the other input's first one is the first that differs: those before all have the first's columns)
            interp.analysis.union_mismatches.append((interp.site(call.node), call.name, "count",
                                                     (len(frame.columns), len(other.columns), before)))
            return result.then(opaque=True)  # Spark refuses the union (SPK055): nothing after it is read
        if _known_columns(frame) and _known_columns(other) and _types_refused(interp, call, frame, other,
                                                                               list(zip(frame.columns, other.columns))):
            return result.then(opaque=True)
        return result
    allow = constant(call.args[1]) if len(call.args) > 1 else (
        None if "**" in call.kwargs else constant(call.kwargs.get("allowMissingColumns", Const(False))))
    if allow is not True and allow is not False:
        return result.then(columns=None)  # not known whether the other input's columns are added
    if not (_known_columns(frame) and _known_columns(other)):
        return result.then(columns=None) if allow else result
    if allow:
        # `allowMissingColumns=True`: the first input's columns, then the other's it lacks (checked on
        # PySpark 4.1)
        return result.then(columns=(*frame.columns, *(c for c in other.columns if frame.lacks_column(c))))
    for column in frame.columns:
        if other.lacks_column(column):
            interp.analysis.union_mismatches.append((interp.site(call.node), call.name, "missing", (column, other.columns)))
            return result.then(opaque=True)
    if len(other.columns) != len(frame.columns):
        interp.analysis.union_mismatches.append((interp.site(call.node), call.name, "count",
                                                 (len(frame.columns), len(other.columns))))
        return result.then(opaque=True)
    by_name = {column.lower(): column for column in other.columns}
    if _types_refused(interp, call, frame, other, [(column, by_name[column.lower()]) for column in frame.columns]):
        return result.then(opaque=True)
    return result


def _union_inputs(frame: Frame) -> int:
    """How many inputs Spark sees in ``frame`` where a union takes it: those of the chain of unions
    that made it, when nothing was done to it since (checked on PySpark 4.1: `a.union(a).union(a)
    .union(c)` is refused for its 4th input; `.select(…)` or `.distinct()` between ends the chain)."""
    made, inputs = frame.union_inputs
    return inputs if made == frame.step else 1


def _types_refused(interp, call: MethodCall, frame: Frame, other: Frame, pairs: list[tuple[str, str]]) -> bool:
    """Records the first pair of columns (the first input's, the second's) whose known types a
    union cannot meet (schema.union_refused: a number with a boolean or a date, an array with a
    string …); whether there is one."""
    # (Spark analyses the union at the call: ANSI mode as the session has it then)
    ansi = str((frame.session or interp.session).conf.get("spark.sql.ansi.enabled", "true")).strip().lower() != "false"
    for position, (first, second) in enumerate(pairs):
        first_type, second_type = frame.types.get(first), other.types.get(second)
        if first_type is not None and second_type is not None and union_refused(first_type, second_type, ansi):
            interp.analysis.union_mismatches.append((interp.site(call.node), call.name, "type",
                                                     (position, first, first_type.name.upper(), second_type.name.upper())))
            return True
    return False


def _known_columns(frame: Frame) -> bool:
    """Whether the frame's columns are known, each name once (a frame with a name twice makes
    Spark refuse a union by name for that reason first)."""
    return frame.columns is not None and not frame.opaque and len({c.lower() for c in frame.columns}) == len(frame.columns)


@frame_method("intersect", "intersectAll", "subtract", "exceptAll")
def intersect(interp, frame: Frame, call: MethodCall) -> Any:
    other = call.args[0] if call.args else UNKNOWN
    if not isinstance(other, Frame):
        return with_unknown(frame)
    merged = merge(frame, other).then(columns=frame.columns)
    if _known_columns(frame) and _known_columns(other) and len(frame.columns) != len(other.columns):
        # Spark refuses it where it is made, as a union (SPK055): nothing after it is read
        interp.analysis.union_mismatches.append((interp.site(call.node), call.name, "count",
                                                 (len(frame.columns), len(other.columns))))
        return merged.then(opaque=True)
    text = None
    if call.name.startswith("intersect") and (frame.streaming or other.streaming):
        text = "Intersect of streaming DataFrames/Datasets is not supported"
    elif not call.name.startswith("intersect") and other.streaming:
        text = "Except on a streaming DataFrame/Dataset on the right is not supported"
    if text:
        merged = replace(merged, unsupported=merged.unsupported + ((interp.site(call.node), text),))
    elif not call.name.startswith("intersect") and frame.streaming and other.streaming is False:
        merged = except_of_batch(merged, interp.site(call.node), f"{call.name}()")
    return merged


def _literal_number(value: Any) -> int | float | None:
    """A number the lesson writes as such (not a bool)."""
    number = constant(value)
    return number if isinstance(number, (int, float)) and not isinstance(number, bool) else None


def _argument_node(call: MethodCall, index: int, keyword: str) -> ast.expr:
    for given in call.node.keywords:
        if given.arg == keyword:
            return given.value
    return call.node.args[index] if index < len(call.node.args) else call.node


@frame_method("sample")
def sample(interp, frame: Frame, call: MethodCall) -> Any:
    # `sample(fraction)`, `sample(withReplacement, fraction[, seed])` (PySpark reads a number first as the
    # fraction); without replacement the fraction must lie in [0, 1] (checked on PySpark 4.1: Spark's
    # requirement fails at the call)
    given = [*call.args]
    replacement = constant(call.kwargs["withReplacement"]) if "withReplacement" in call.kwargs else None
    if given and _literal_number(given[0]) is not None:
        fraction, index = given[0], 0
    else:
        if given:
            replacement = constant(given[0])
        fraction, index = (given[1], 1) if len(given) > 1 else (call.kwargs.get("fraction"), 1)
    number = _literal_number(fraction) if fraction is not None else None
    if number is not None and replacement in (None, False) and not 0 <= number <= 1 and "**" not in call.kwargs:
        interp.analysis.arguments_out_of_range.append((interp.site(_argument_node(call, index, "fraction")), "sample",
                                                       repr(float(number))))
    if frame.streaming:
        return frame.then(unsupported=frame.unsupported + ((interp.site(call.node), SAMPLE_ON_STREAM),))
    return same_columns(interp, frame, call)


def _note_negative_count(interp, call: MethodCall) -> None:
    """`limit(-1)`, `offset(-3)`: Spark refuses a negative count where the frame is made (checked on
    PySpark 4.1: [INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE])."""
    count = _literal_number(call.args[0]) if call.args else None
    if isinstance(count, int) and count < 0:
        interp.analysis.arguments_out_of_range.append((interp.site(call.arg_nodes[0]), call.name, str(count)))


@frame_method("offset")
def offset(interp, frame: Frame, call: MethodCall) -> Any:
    _note_negative_count(interp, call)
    if frame.streaming:
        return frame.then(unsupported=frame.unsupported + ((interp.site(call.node), OFFSET_ON_STREAM),))
    return no_shape(interp, frame, call)


@frame_method("orderBy", "sort", "sortWithinPartitions")
def sort(interp, frame: Frame, call: MethodCall) -> Any:
    """A sort: Spark's streaming check refuses every Sort node, within partitions too."""
    unresolvable_columns(interp, frame, call.arg_nodes, strings=True, ambiguous=interp.analysis.ambiguous_sort_keys)
    # A sort key's pattern or time zone is read as a projection's; its array position 0 is not
    # judged (Spark 4.1 fails there with a code generation error of its own, not INVALID_INDEX_OF_ZERO).
    note_datetime_patterns(interp, call.arg_nodes)
    note_time_zones(interp, call.arg_nodes)
    for key in call.arg_nodes:
        # `orderBy(F.expr("lenght(op)"))`: Spark analyses the sort keys' SQL at the call
        for node in ast.walk(key):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                    and function_name(interp, node.func) == "expr":
                note_sql_calls(interp, node.args[0], over_outside=True)
    return frame.then(sorts=frame.sorts + ((interp.site(call.node), bool(frame.aggregations)),))


@frame_method("randomSplit")
def random_split(interp, frame: Frame, call: MethodCall) -> Any:
    """``randomSplit(weights)``: one frame per weight, each a sample of the frame sorted first
    (Dataset.randomSplit sorts every partition so that the splits never overlap: a sort that a
    stream refuses at start, as SPK007 says; checked on PySpark 4.1)."""
    weights = call.arg_nodes[0] if call.arg_nodes else None
    if not isinstance(weights, (ast.List, ast.Tuple)) or any(isinstance(weight, ast.Starred) for weight in weights.elts):
        return UNKNOWN
    split = frame.then(sorts=frame.sorts + ((interp.site(call.node), bool(frame.aggregations)),))
    return Frames(tuple(split for _ in weights.elts))


@frame_method("limit")
def limit(interp, frame: Frame, call: MethodCall) -> Any:
    _note_negative_count(interp, call)
    return frame.then(limits=frame.limits + (interp.site(call.node),))


@frame_method("flatMapGroupsWithState", "applyInPandasWithState", "transformWithStateInPandas", "transformWithState")
def stateful(interp, frame: Frame, call: MethodCall) -> Any:
    return frame.then(stateful=frame.stateful + ((interp.site(call.node), call.name),), opaque=True)


@frame_method("transform")
def transform(interp, frame: Frame, call: MethodCall) -> Any:
    """``df.transform(f, *args, **kwargs)``: ``f`` read with the frame and the arguments after it
    (Spark 3.3+ passes them on); anything else loses the columns."""
    if call.args and isinstance(call.args[0], Function):
        result = interp.call_function(call.args[0], [frame, *call.args[1:]], dict(call.kwargs))
        return result if isinstance(result, Frame) else UNKNOWN
    return no_shape(interp, frame, call)


# A view's name as Spark parses it: plain names (ASCII letters, digits, `_`) or names in backticks,
# joined by dots.
_NAME_PART = re.compile(r"[A-Za-z0-9_]+|`(?:[^`]|``)+`")
_NAME_PARTS = re.compile(rf"\s*(?:{_NAME_PART.pattern})(?:\s*\.\s*(?:{_NAME_PART.pattern}))*\s*")


def _view_name_refused(view: str) -> str | None:
    """Spark's message where it refuses a temp view's name (checked on PySpark 4.1), else None."""
    if not _NAME_PARTS.fullmatch(view):
        return f"Invalid view name: {view}."
    if len(_NAME_PART.findall(view)) > 1:
        return (f"[TEMP_VIEW_NAME_TOO_MANY_NAME_PARTS] CREATE TEMPORARY VIEW or the corresponding Dataset APIs only accept "
                f"single-part view names, but got: {view}.")
    return None


@frame_method("createOrReplaceTempView", "createTempView", "createGlobalTempView", "createOrReplaceGlobalTempView")
def temp_view(interp, frame: Frame, call: MethodCall) -> Any:
    view = constant(call.args[0]) if call.args else None
    refused = _view_name_refused(view) if isinstance(view, str) else None
    if refused is not None:
        # `createOrReplaceTempView("cdc.public.orders")`, a topic's name: Spark parses the view's name
        # as SQL and takes one plain name only (checked on PySpark 4.1)
        interp.analysis.view_names_refused.append((interp.site(call.arg_nodes[0]), call.name, view, refused))
        return Const(None)
    if isinstance(view, str) and frame.batch_inside is not None and "Global" not in call.name:
        # The frame a foreachBatch function gets belongs to the query's own session (Spark clones
        # the session at start()): the view is that session's, not `spark`'s.
        interp.session.batch_views[view] = (interp.site(call.node), frame)
    elif isinstance(view, str):
        # A global temp view is read as `global_temp.<name>`, from every session.
        # A temp view belongs to the session that made the frame.
        owner = interp.session if "Global" in call.name or frame.session is None else frame.session
        if "Global" not in call.name and interp.batch_functions and owner is interp.session and view not in owner.temp_views:
            # In a foreachBatch function, after the query cloned the session: its batches do not see it.
            owner.late_views[view] = interp.site(call.node)
        elif not interp.batch_functions:
            interp.analysis.views_made_outside.add(view)
        key = "global_temp." + view if "Global" in call.name else view
        if not call.name.startswith("createOrReplace") and key.lower() in {name.lower() for name in owner.temp_views}:
            # `createTempView("v")` of a name the session has a view by (without regard to case)
            interp.analysis.views_existing.append((interp.site(call.node), view))
            return Const(None)  # (refused: the view the session has stays)
        owner.temp_views[key] = frame
    return Const(None)


@frame_method("printSchema", "explain")
def prints(interp, frame: Frame, call: MethodCall) -> Any:
    return Const(None)
