"""Aggregations: ``groupBy``/``rollup``/``cube`` make a grouped frame, whose ``agg``,
``count``, ``sum`` … make an aggregation (a stateful operator with its grouping keys and
whether a key carries a watermark); ``df.agg(...)`` is a global aggregation; ``pivot``
and the ``applyInPandas``/``…WithState`` family on groups."""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import Any

from mdxlint.analyzers.spark.columns import (
    column_facts, expr_type, keys_of, missing_columns, non_aggregated, note_from_json, note_values, output_name, plain_key, python_aggregate, renamed_key_column,
    select_items, function_name,
)
from mdxlint.analyzers.spark.methods.registry import MethodCall, frame_method, grouped_method
from mdxlint.analyzers.spark.plan import aggregated
from mdxlint.analyzers.spark.values import (
    TIME_WINDOW_FUNCTIONS, Const, DictValue, ExprFacts, Frame, Grouped, Items, Key, Site, joined_event_times, spelled,
)


MULTIPLE_WINDOWS = ("Multiple time/session window expressions would result in a cartesian product of rows, therefore "
                    "they are currently not supported.")


def aggregate(interp, frame: Frame, keys: tuple[Key, ...], site: Site, expressions: list[ast.expr],
              facts: ExprFacts | None = None, after: Site | None = None) -> Frame:
    """``frame`` aggregated over ``keys`` with the aggregate ``expressions``."""
    if facts is None:
        facts = column_facts(interp, expressions)
    windows = [key for key in keys if key.name in TIME_WINDOW_FUNCTIONS and key.time_column is not None]
    if len(windows) > 1 and frame.streaming:
        # Spark's analyzer refuses it where the aggregation is made, before any query starts.
        interp.analysis.refused_calls.append((site, MULTIPLE_WINDOWS))
    note_from_json(interp, frame, facts)
    note_values(interp, frame, expressions)
    names = [output_name(interp, expression)[0] for expression in expressions]
    result = aggregated(interp.analysis, frame, keys, site, facts, names, after)
    renamed = [renamed_key_column(interp, key) for key in keys if not plain_key(interp, key)]
    if renamed and result.lineage is not None:
        # A filter or sort after it may read the column a renamed key is (`groupBy(col("op").alias("o"))`
        # then `orderBy("op")` runs on PySpark 4.1; a computed key's columns, `upper("op")`, it may not).
        result = replace(result, lineage=result.lineage | {name.lower() for name in renamed if name})
    # The aggregates' own types where the lesson makes them plain (`collect_list(…)` is an array).
    types = {name: kind for name, expression in zip(names, expressions)
             if name and (kind := expr_type(interp, expression, frame.types)) is not None}
    return replace(result, types={**result.types, **types}) if types else result


@frame_method("groupBy", "groupby", "rollup", "cube")
def group_by(interp, frame: Frame, call: MethodCall) -> Any:
    # Spark resolves the keys when the groups are aggregated, and refuses a column the frame lacks
    # (a column dropped a step before too: unlike filter and orderBy, an aggregation reads no
    # column from below its input).
    missing_columns(interp, frame, call.arg_nodes)
    note_values(interp, frame, call.arg_nodes)
    keys = keys_of(interp, frame, call.arg_nodes)
    if call.name != "groupBy" and call.name != "groupby":
        keys = keys + (Key(None, known=False),)  # rollup and cube add grouping sets
    return Grouped(frame, keys, interp.site(call.node))


def _agg_arguments_asserted(interp, call: MethodCall) -> None:
    """`agg()` takes Columns (or one dict), each an argument of its own, and asserts it:
    `agg([F.sum("a"), …])` or `agg(aggs)` with `aggs` a list fails ("all exprs should be Column"),
    and `agg()` ("exprs should not be empty"); checked on PySpark 4.1 (held-out h135)."""
    if call.node.keywords:
        return
    nodes = call.node.args
    if not nodes:
        interp.analysis.agg_arguments_asserted.append((interp.site(call.node), "exprs should not be empty",
                                                       "give it at least one aggregate"))
    elif len(nodes) == 1 and not isinstance(nodes[0], ast.Starred) and (
            isinstance(nodes[0], (ast.List, ast.Tuple, ast.ListComp)) or isinstance(call.args[0], Items)):
        interp.analysis.agg_arguments_asserted.append((interp.site(call.node), "all exprs should be Column",
                                                       "unpack the list: `agg(*aggregates)`"))


@frame_method("agg")
def global_agg(interp, frame: Frame, call: MethodCall) -> Any:
    _agg_arguments_asserted(interp, call)
    _names_given_to_agg(interp, call)
    missing_columns(interp, frame, call.arg_nodes, strings=False)
    missing_columns(interp, frame, dict_keys(call.arg_nodes))
    dict_functions(interp, call.arg_nodes)
    if not any(isinstance(arg, ast.Dict) for arg in call.arg_nodes) and python_aggregate(interp, call.arg_nodes):
        non_aggregated(interp, frame, call.arg_nodes, None, strings=False)
    return aggregate(interp, frame, (), interp.site(call.node), call.arg_nodes)


@grouped_method("agg")
def agg(interp, grouped: Grouped, call: MethodCall) -> Any:
    site = interp.site(call.node)
    arg_nodes = call.arg_nodes
    _agg_arguments_asserted(interp, call)
    _names_given_to_agg(interp, call)
    if any(isinstance(arg, ast.Dict) for arg in arg_nodes):
        return dict_agg(interp, grouped, site, arg_nodes)
    missing_columns(interp, grouped.frame, arg_nodes, strings=False)
    if grouped.pivot is None:
        non_aggregated(interp, grouped.frame, arg_nodes, grouped.keys, strings=False)
    result = aggregate(interp, grouped.frame, grouped.keys, site, arg_nodes, after=grouped.pivot)
    star = _count_star(interp, arg_nodes) if grouped.pivoted else None
    if star is not None:
        # `pivot(…).agg(F.count("*"))`: Spark refuses the star in a pivot at the call (`count()` and
        # `F.expr("count(*)")` run; checked on PySpark 4.1), so nothing after it is judged.
        interp.analysis.pivot_stars.append(interp.site(star))
        return replace(result, columns=None)
    if grouped.pivot_values is not None:
        result = replace(result, columns=_pivot_columns(interp, grouped, arg_nodes))
    if grouped.frame.streaming and any(_grouped_agg_udf(interp, arg) for arg in arg_nodes):
        # Spark plans it, then the query fails on its first batch (checked on PySpark 4.1).
        text = "Streaming aggregation doesn't support group aggregate pandas UDF"
        result = result.then(unsupported=result.unsupported + ((site, text),))
    return result


def _count_star(interp, arg_nodes: list[ast.expr]) -> ast.expr | None:
    """The `"*"` of a `count("*")` (or `count(col("*"))`) among aggregate expressions, if any."""
    for arg in arg_nodes:
        for node in ast.walk(arg):
            if isinstance(node, ast.Call) and len(node.args) == 1 and function_name(interp, node.func) == "count":
                star = node.args[0]
                if isinstance(star, ast.Call) and function_name(interp, star.func) in ("col", "column") and len(star.args) == 1:
                    star = star.args[0]
                if isinstance(star, ast.Constant) and star.value == "*":
                    return node.args[0]
    return None


def _pivot_columns(interp, grouped: Grouped, arg_nodes: list[ast.expr]) -> tuple[str, ...] | None:
    """The columns of `groupBy(keys).pivot(column, values).agg(…)`: the keys, then a column per value
    (one aggregate: the value itself; several, each aliased: `value_alias`).  None where not known
    (a key that is no plain column, several aggregates not all aliased)."""
    keys = grouped.keys[:-1]  # (the last is the pivot's)
    if not all(key.known and key.name and key.time_column is None and "." not in key.name for key in keys):
        return None
    items = select_items(arg_nodes)
    values = grouped.pivot_values or ()
    if len(items) == 1:
        return tuple(key.name for key in keys) + values  # type: ignore[misc]
    aliases = [_alias_of(item) for item in items]
    if not items or not all(aliases):
        return None
    return tuple(key.name for key in keys) + tuple(f"{value}_{alias}" for value in values for alias in aliases)  # type: ignore[misc]


def _alias_of(item: ast.expr) -> str | None:
    if (isinstance(item, ast.Call) and isinstance(item.func, ast.Attribute) and item.func.attr in ("alias", "name")
            and len(item.args) == 1 and isinstance(item.args[0], ast.Constant) and isinstance(item.args[0].value, str)):
        return item.args[0].value
    return None


def _grouped_agg_udf(interp, expression: ast.expr) -> bool:
    """Whether ``expression`` calls a lesson's grouped-aggregate pandas UDF: ``@pandas_udf`` on a
    function from Series to a scalar (``def mean(v: pd.Series) -> float``), or one declared
    ``PandasUDFType.GROUPED_AGG``."""
    for node in ast.walk(expression):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        function = interp.lookup(node.func.id)
        definition = getattr(function, "node", None)
        if not isinstance(definition, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for decorator in definition.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
            if name != "pandas_udf":
                continue
            declared = ast.unparse(decorator)
            if "GROUPED_AGG" in declared:
                return True
            returns = ast.unparse(definition.returns) if definition.returns is not None else ""
            params = [ast.unparse(arg.annotation) for arg in definition.args.args if arg.annotation is not None]
            if returns and params and all("Series" in p for p in params) and not any(
                    kind in returns for kind in ("Series", "DataFrame", "Iterator")):
                return True
    return False


def dict_keys(arg_nodes: list[ast.expr]) -> list[ast.expr]:
    """The keys of ``agg({"qty": "sum"})``: they name columns ("*" aside: ``{"*": "count"}``), which
    Spark resolves at the call (checked on PySpark 4.1)."""
    return [key for arg in arg_nodes if isinstance(arg, ast.Dict) for key in arg.keys
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value != "*"]


def dict_functions(interp, arg_nodes: list[ast.expr]) -> None:
    """The functions a dictionary aggregation names (`{"lsn": "maximum"}`): Spark calls the SQL
    function of that name, in lower case (SPK073 judges it)."""
    for arg in arg_nodes:
        if isinstance(arg, ast.Dict):
            for value in arg.values:
                if (isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value.isidentifier()
                        and value.value.lower() not in _DICT_ONLY_NAMES):
                    interp.analysis.sql_calls.append((interp.site(value), value.value.lower(), ""))


def dict_agg(interp, grouped: Grouped, site: Site, arg_nodes: list[ast.expr]) -> Frame:
    """``agg({"col": "max"})``: an aggregation with unknown output columns.  (`{"col": "countDistinct"}`
    is no distinct aggregation: Spark SQL has no function of that name, SPK073.)"""
    facts = ExprFacts()
    missing_columns(interp, grouped.frame, dict_keys(arg_nodes))
    dict_functions(interp, arg_nodes)
    facts.aggregates.append(site)
    result = aggregate(interp, grouped.frame, grouped.keys, site, [], facts=facts, after=grouped.pivot)
    return replace(result, columns=_dict_agg_columns(grouped, arg_nodes))


# Names a dictionary aggregation takes that are no functions of Spark SQL (Dataset.strToExpr maps
# them: `average` to avg, `size` to count).
_DICT_ONLY_NAMES = frozenset({"average", "size"})

# Spark's names for the columns of `agg({"qty": "avg"})`: the function as Spark names it, then the
# column in parentheses (`avg(qty)`; `count(1)` for "*"; checked on PySpark 4.1).
_DICT_FUNCTION_NAMES = {"avg": "avg", "mean": "avg", "max": "max", "min": "min", "sum": "sum", "count": "count"}


def _dict_agg_columns(grouped: Grouped, arg_nodes: list[ast.expr]) -> tuple[str, ...] | None:
    """The columns of a dictionary aggregation, where every key and function is written out and
    the grouping keys are plain columns; None elsewhere."""
    if grouped.pivot is not None or len(arg_nodes) != 1 or not isinstance(arg_nodes[0], ast.Dict):
        return None
    names = [key.name for key in grouped.keys if key.known and key.name and key.time_column is None and not key.session]
    if len(names) != len(grouped.keys):
        return None
    columns = list(names)
    mapping = arg_nodes[0]
    for key, value in zip(mapping.keys, mapping.values):
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(value, ast.Constant)
                and isinstance(value.value, str) and value.value.lower() in _DICT_FUNCTION_NAMES):
            return None
        function = _DICT_FUNCTION_NAMES[value.value.lower()]
        columns.append(f"{function}({'1' if key.value == '*' and function == 'count' else key.value})")
    return tuple(columns)


@grouped_method("count", "sum", "avg", "mean", "max", "min")
def shortcut_agg(interp, grouped: Grouped, call: MethodCall) -> Any:
    if call.name != "count":
        _numeric_columns_only(interp, grouped.frame, call)
    result = aggregate(interp, grouped.frame, grouped.keys, interp.site(call.node), [], after=grouped.pivot)
    if grouped.pivot_values is not None:
        # `pivot("op", ["c", "u"]).count()` (or one column's `sum`): the keys, then a column per value
        single = call.name == "count" or (len(call.node.args) == 1 and not call.node.keywords)
        return replace(result, columns=_pivot_columns(interp, grouped, [call.node]) if single else None)
    names = [key.column for key in grouped.keys]
    if call.name == "count" and all(names):
        return replace(result, columns=tuple(names) + ("count",))  # type: ignore[arg-type]
    arguments = call.node.args
    if call.name != "count" and all(names) and arguments and not call.node.keywords and all(
            isinstance(node, ast.Constant) and isinstance(node.value, str) for node in arguments):
        # `groupBy("region").sum("total")`: the keys, then `sum(total)`, the column as written (`mean` is
        # `avg(…)`; checked on PySpark 4.1)
        function = _DICT_FUNCTION_NAMES[call.name]
        return replace(result, columns=tuple(names) + tuple(f"{function}({node.value})" for node in arguments))  # type: ignore[arg-type, union-attr]
    numeric = _numeric_columns(grouped.frame)
    if call.name != "count" and all(names) and not arguments and not call.node.keywords and numeric is not None:
        # `groupBy("op").avg()`: the keys, then the function of every numeric column of the frame, the
        # keys' own too, in the frame's order (`avg(amount)`; checked on PySpark 4.1)
        function = _DICT_FUNCTION_NAMES[call.name]
        return replace(result, columns=tuple(names) + tuple(f"{function}({name})" for name in numeric))  # type: ignore[arg-type]
    return replace(result, columns=None)


def _numeric_columns(frame: Frame) -> tuple[str, ...] | None:
    """The frame's columns of numeric types, in its order, when the type of every column is known."""
    if frame.columns is None or frame.opaque:
        return None
    kinds = [frame.types.get(name) for name in frame.columns]
    if any(kind is None or kind.name == "unknown" for kind in kinds):
        return None
    return tuple(name for name, kind in zip(frame.columns, kinds) if kind.name in _NUMERIC_TYPES)  # type: ignore[union-attr]


def _names_given_to_agg(interp, call: MethodCall) -> None:
    """`agg("amount")`: agg takes Columns, or one dict; PySpark asserts it at the call (a name, or a
    dict beside other arguments, fails "all exprs should be Column")."""
    nodes = call.node.args
    if call.node.keywords or any(isinstance(node, ast.Starred) for node in nodes):
        return
    if len(nodes) == 1 and (isinstance(nodes[0], ast.Dict) or isinstance(call.args[0], DictValue)):
        return  # one dict: `agg({"amount": "sum"})`
    for node, value in zip(nodes, call.args):
        text = isinstance(value, Const) and isinstance(value.value, str)
        if text or isinstance(node, ast.Dict) or isinstance(value, DictValue):
            interp.analysis.plain_values.append((interp.site(node), "exprs", "str" if text else "dict"))
            return


# Types GroupedData's sum/avg/mean/max/min take (Spark's numeric types).
_NUMERIC_TYPES = frozenset({"tinyint", "smallint", "int", "bigint", "float", "double", "decimal"})


def _numeric_columns_only(interp, frame: Frame, call: MethodCall) -> None:
    """`groupBy("k").sum("note")` over a column of a known type that is not a number: Spark refuses
    it at the call ("… is not a numeric column")."""
    for node in call.node.args:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            known = frame.types.get(spelled(frame, node.value) or node.value)
            if known is not None and known.name != "unknown" and known.name not in _NUMERIC_TYPES:
                interp.analysis.not_numeric.append((interp.site(node), node.value, known.name))


@grouped_method("pivot")
def pivot(interp, grouped: Grouped, call: MethodCall) -> Any:
    """``pivot(column)`` without the list of values runs a job to find them: Spark refuses it on
    a stream at the call (with the values it plans two aggregations, one after the other)."""
    values = len(call.node.args) >= 2 or any(k.arg == "values" for k in call.node.keywords)
    pivoted = call.node.args[0] if call.node.args else next((k.value for k in call.node.keywords if k.arg == "pivot_col"), None)
    if pivoted is not None:
        # The pivot column is read from the frame (UNRESOLVED_COLUMN where it lacks it, held-out h119).
        missing_columns(interp, grouped.frame, [pivoted])
    if grouped.frame.streaming and not values:
        interp.analysis.refused_calls.append((interp.site(call.node), PIVOT_ON_STREAM))
    # With the values Spark plans two aggregations, one over the other (PivotFirst): in update and
    # complete mode its correctness check refuses them (SPK029).
    listed = call.node.args[1] if len(call.node.args) >= 2 else next((k.value for k in call.node.keywords if k.arg == "values"), None)
    names = None
    if isinstance(listed, (ast.List, ast.Tuple)) and listed.elts and all(
            isinstance(e, ast.Constant) and type(e.value) in (str, int) for e in listed.elts):
        names = tuple(str(e.value) for e in listed.elts)  # (a value names its column: "c", 1 -> "1")
    return Grouped(grouped.frame, grouped.keys + (Key(None, known=False),), grouped.site,
                   interp.site(call.node) if values else None, names, pivoted=True)


PIVOT_ON_STREAM = "pivot is not supported on a streaming DataFrames/Datasets"
EVENT_TIME_TIMEOUT_WITHOUT_WATERMARK = (
    "Watermark must be specified in the query using '[Dataset/DataFrame].withWatermark()' for using event-time "
    "timeout in a applyInPandasWithState. Event-time timeout not supported without watermark."
)


def _argument(call: MethodCall, index: int, keyword: str) -> ast.expr | None:
    if len(call.node.args) > index and not any(isinstance(a, ast.Starred) for a in call.node.args[: index + 1]):
        return call.node.args[index]
    return next((k.value for k in call.node.keywords if k.arg == keyword), None)


def _name_of(node: ast.expr | None) -> str | None:
    """``"update"``, ``GroupStateTimeout.EventTimeTimeout``: the constant a state argument names."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


@grouped_method("applyInPandas", "apply", "flatMapGroupsWithState", "applyInPandasWithState",
                "transformWithStateInPandas", "transformWithState", "cogroup")
def grouped_stateful(interp, grouped: Grouped, call: MethodCall) -> Any:
    frame = grouped.frame
    site = interp.site(call.node)
    changes: dict[str, Any] = {}
    if call.name == "applyInPandasWithState":
        # The function's own output mode is checked where it is called, on a stream or not.
        written = _argument(call, 3, "outputMode")
        if isinstance(written, ast.Constant) and isinstance(written.value, str) and written.value.lower() not in ("append", "update"):
            interp.analysis.bad_state_modes.append((interp.site(written), written.value))
    if call.name == "applyInPandasWithState" and frame.streaming:
        # applyInPandasWithState(func, outputStructType, stateStructType, outputMode, timeoutConf)
        mode = (_name_of(_argument(call, 3, "outputMode")) or "").lower()
        if mode in ("append", "update"):
            changes["state_modes"] = frame.state_modes + ((site, mode),)
        timeout = _name_of(_argument(call, 4, "timeoutConf"))
        # (Spark looks for a watermarked column in the function's input: a projection may have dropped it)
        unmarked = not frame.watermarks or (frame.columns is not None and not frame.watermark_columns)
        if timeout == "EventTimeTimeout" and unmarked and not frame.opaque:
            changes["unsupported"] = frame.unsupported + ((site, EVENT_TIME_TIMEOUT_WITHOUT_WATERMARK),)
    # The function is given every column of its input: two event-time columns there stop the query
    # at its first batch, whatever the function reads.
    times = joined_event_times(frame)
    if times:
        changes["stateful_event_times"] = frame.stateful_event_times + ((site, call.name, times),)
    return frame.then(stateful=frame.stateful + ((site, call.name),), opaque=True, columns=None, **changes)
