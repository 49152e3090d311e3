"""The session and how it is made: ``SparkSession.builder`` (``config``,
``getOrCreate``), ``SparkSession.getActiveSession()``, ``spark.conf.set/unset`` (the
configuration a later ``start()`` sees) and the session's frame constructors
(``createDataFrame``, ``range``, ``table``, ``sql``)."""

from __future__ import annotations

import ast
import datetime
import decimal
import operator
import re
from dataclasses import dataclass
from typing import Any

from mdxlint.analyzers.spark.zones import zone_accepted
from mdxlint.analyzers.spark.methods.registry import (
    OTHER, MethodCall, builder_method, conf_method, method, session_method,
)
from mdxlint.analyzers.spark.columns import note_join_ambiguities, note_query_calls, note_unbound_parameters, note_session_zone_text, note_type_text
from mdxlint.analyzers.spark.sql import SQL_OVER, note_unordered_windows, relations_named, relations_read, sql_frame, without_quoted
from mdxlint.analyzers.spark.schema import SparkType, ddl_type, struct_of
from mdxlint.analyzers.spark.values import (
    UNKNOWN, UNREAD_CONF, Action, Builder, ClassRef, Const, Frame, ModuleRef, Session, SessionConf, constant,
)

_CREATE_VIEW = re.compile(r"\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:GLOBAL\s+)?TEMP(?:ORARY)?\s+VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?`?([A-Za-z_][\w.]*)`?",
                          re.I)
# `CREATE TABLE t …`, `CREATE VIEW v AS …`: a table or a view of the catalog, read by its name alone.
_CREATE_TABLE = re.compile(r"\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:EXTERNAL\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?`?([A-Za-z_]\w*)`?",
                           re.I)
_CACHE_TABLE = re.compile(r"\s*CACHE\s+TABLE\s+`?([A-Za-z_][\w.]*)`?\s*;?\s*", re.I)
# `spark.sql("SET key=value")`: a runtime setting, as spark.conf.set makes it.
_DECLARE_VARIABLE = re.compile(
    r"\s*DECLARE\s+(?:OR\s+REPLACE\s+)?(?:VARIABLE\s+|VAR\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:(?:system\.)?session\.)?`?([A-Za-z_]\w*)`?",
    re.I)
_SQL_SET = re.compile(r"\s*SET\s+`?([A-Za-z_][\w.-]*)`?\s*=\s*(.*?)\s*;?\s*", re.I | re.S)


@builder_method("config")
def config(interp, builder: Builder, call: MethodCall) -> Any:
    args, kwargs = call.args, call.kwargs
    key = constant(args[0]) if args else constant(kwargs.get("key"))
    value = args[1] if len(args) > 1 else kwargs.get("value", UNKNOWN)
    if isinstance(key, str):
        builder.session.conf[key] = constant(value)
        builder.session.conf_sites[key] = interp.site(call.node)
    elif "conf" in kwargs or "map" in kwargs or args or "**" in kwargs:
        # `config(conf=SparkConf().set(…))`, `config(map={…})`: settings this model does not read
        builder.session.conf[UNREAD_CONF] = UNKNOWN
    return builder


@builder_method("getOrCreate", "create")
def get_or_create(interp, builder: Builder, call: MethodCall) -> Any:
    return builder.session


@builder_method(OTHER)
def other_builder_call(interp, builder: Builder, call: MethodCall) -> Any:
    """``appName``, ``master``, ``enableHiveSupport`` …: still the builder."""
    return builder


@method(ClassRef("SparkSession"), "getActiveSession")
def get_active_session(interp, receiver: ClassRef, call: MethodCall) -> Any:
    return interp.session


@conf_method("set")
def conf_set(interp, conf: SessionConf, call: MethodCall) -> Any:
    args = call.args
    if len(args) >= 2:
        key = constant(args[0])
        if isinstance(key, str):
            conf.session.conf[key] = constant(args[1])
            zone = constant(args[1])
            if key == "spark.sql.session.timeZone" and isinstance(zone, str) and not zone_accepted(zone) and len(call.arg_nodes) > 1:
                # Spark checks the value at the call ([INVALID_CONF_VALUE.TIME_ZONE])
                interp.analysis.zones_refused.append((interp.site(call.arg_nodes[1]), "spark.conf.set", zone))
            conf.session.conf_sites[key] = interp.site(call.node)
    return UNKNOWN


@conf_method("unset")
def conf_unset(interp, conf: SessionConf, call: MethodCall) -> Any:
    args = call.args
    if args:
        key = constant(args[0])
        if isinstance(key, str):
            conf.session.conf.pop(key, None)
    return UNKNOWN


@session_method("createDataFrame")
def batch_frame(interp, session: Session, call: MethodCall) -> Any:
    columns, types = _created_columns(interp, call)
    return Frame(False, interp.site(call.node), columns=columns, types=types, session=session)


def _created_columns(interp, call: MethodCall) -> tuple[tuple[str, ...] | None, dict[str, SparkType]]:
    """The columns ``createDataFrame`` makes, where the lesson writes them: a list of names, a DDL
    string or a StructType for ``schema``; without one, `Row(k=…, v=…)` items of one shape."""
    nodes = call.arg_nodes
    schema_node = nodes[1] if len(nodes) > 1 else next((k.value for k in call.node.keywords if k.arg == "schema"), None)
    data = nodes[0] if nodes else next((k.value for k in call.node.keywords if k.arg == "data"), None)
    if schema_node is not None:
        schema_value = call.args[1] if len(call.args) > 1 else call.kwargs.get("schema")
        if note_type_text(interp, schema_node, schema_value, "schema", frame_made=True):
            return None, {}  # (a schema Spark cannot read: no frame is made)
        if isinstance(schema_node, (ast.List, ast.Tuple)) and schema_node.elts and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in schema_node.elts):
            names = tuple(e.value for e in schema_node.elts)  # type: ignore[union-attr]
            _types_not_inferred(interp, call, data, names)
            if isinstance(data, (ast.List, ast.Tuple)) and any(
                    not isinstance(row, (ast.Tuple, ast.List)) or len(row.elts) != len(names) for row in data.elts):
                # Tuples of one length, longer than the names: the rest are `_2`, `_3`… by position
                # (checked on PySpark 4.1); other rows are not read here.
                widths = {len(row.elts) if isinstance(row, (ast.Tuple, ast.List)) and not any(
                    isinstance(value, ast.Starred) for value in row.elts) else -1 for row in data.elts}
                width = widths.pop() if len(widths) == 1 else -1
                if width <= len(names):
                    return None, {}
                return names + tuple(f"_{index + 1}" for index in range(len(names), width)), {}
            return names, {}
        schema = struct_of(schema_value)
        if schema is not None:
            held = interp.lookup(schema_node.id) if isinstance(schema_node, ast.Name) else None
            if isinstance(schema_node, (ast.Constant, ast.Call)) or isinstance(held, Const) or (
                    held is schema_value and not interp.schemas_changed):
                # (a StructType held by a name is read unless some code may change a schema in place:
                # `schema.add(…)` in a branch, or in a function handed it)
                _rows_of_other_length(interp, call, data, len(schema.fields))
                _values_of_other_type(interp, call, data, schema.fields, not_null=schema.not_null)
            return tuple(name for name, _ in schema.fields), dict(schema.fields)
        atomic = ddl_type(constant(schema_value)) if isinstance(constant(schema_value), str) else None
        if atomic is not None and atomic.name not in _CONTAINERS and isinstance(schema_node, ast.Constant):
            # `createDataFrame([1, 2, 3], "double")`: PySpark makes the struct of one field `value`
            # and checks each row as its value
            _values_of_other_type(interp, call, data, (("value", atomic),), scalar=True)
        return None, {}
    if isinstance(data, (ast.List, ast.Tuple)) and data.elts:
        _types_not_inferred(interp, call, data, ())
        rows = _row_type(interp, list(data.elts))
        if rows is not None:
            # (Row keeps its fields in the order written, since Spark 3.0)
            return tuple(name for name, _ in rows.fields), {name: kind for name, kind in rows.fields if kind.name != "unknown"}
        if all(isinstance(row, ast.Tuple) for row in data.elts):
            # Tuples of one length and no names: the columns are `_1`, `_2`… (checked on PySpark 4.1,
            # held-out h115: `toDF("id", "op")` after three is refused)
            widths = {len(row.elts) if not any(isinstance(value, ast.Starred) for value in row.elts) else -1
                      for row in data.elts}  # type: ignore[union-attr]
            width = widths.pop() if len(widths) == 1 else -1
            if width > 0:
                return tuple(f"_{index + 1}" for index in range(width)), {}
    return None, {}


def _types_not_inferred(interp, call: MethodCall, data: ast.expr | None, names: tuple[str, ...]) -> None:
    """Rows written out, with no types given (no schema, or only the columns' names), whose value
    for one column is None in every row: PySpark infers each column's type from the rows and
    refuses the frame ([CANNOT_DETERMINE_TYPE]; checked on PySpark 4.1).  Tuples of one length, or
    Rows of one shape; a `samplingRatio` is not judged."""
    if not isinstance(data, (ast.List, ast.Tuple)) or not data.elts or any(
            keyword.arg in ("samplingRatio", None) for keyword in call.node.keywords):
        return
    rows = data.elts
    if all(isinstance(row, (ast.Tuple, ast.List)) for row in rows):
        widths = {len(row.elts) for row in rows}  # type: ignore[union-attr]
        if len(widths) != 1 or any(isinstance(value, ast.Starred) for row in rows for value in row.elts):  # type: ignore[union-attr]
            return
        width = widths.pop()
        columns = [[row.elts[index] for row in rows] for index in range(width)]  # type: ignore[union-attr]
        labels = [names[index] if index < len(names) else f"_{index + 1}" for index in range(width)]
    elif all(_is_row(interp, row) for row in rows):
        shapes = {tuple(keyword.arg for keyword in row.keywords) for row in rows}  # type: ignore[union-attr]
        if len(shapes) != 1:
            return
        labels = list(shapes.pop())
        columns = [[row.keywords[index].value for row in rows] for index in range(len(labels))]  # type: ignore[union-attr]
    else:
        return
    for label, values in zip(labels, columns):
        if all(isinstance(value, ast.Constant) and value.value is None for value in values):
            interp.analysis.types_not_inferred.append((interp.site(call.node), label))
            return
        conflict = _types_not_merged(values)
        if conflict is not None:
            value, first, second = conflict
            interp.analysis.types_not_merged.append((interp.site(value), label, first, second))
            return


# The type PySpark infers for a literal of each Python type (types._infer_type), by its class's name.
_INFERRED_CLASS = {bool: "BooleanType", int: "LongType", float: "DoubleType", str: "StringType"}


def _types_not_merged(values: list[ast.expr]) -> tuple[ast.expr, str, str] | None:
    """Where the types PySpark infers for one column's values, merged row by row as its
    types._merge_type does, meet two it cannot merge ([CANNOT_MERGE_TYPE]: `LongType` and
    `DoubleType` for `10` then `10.5`; None goes with any, a string takes any other): (the value,
    the type so far, its type).  None where they merge, or where a value is no plain literal."""
    merged = None
    for value in values:
        if not isinstance(value, ast.Constant) or (value.value is not None and type(value.value) not in _INFERRED_CLASS):
            return None
        if value.value is None:
            continue
        if isinstance(value.value, int) and not isinstance(value.value, bool) and not -2 ** 63 <= value.value < 2 ** 63:
            return None  # (a number beyond a long is inferred otherwise)
        kind = _INFERRED_CLASS[type(value.value)]
        if merged is None or merged == "StringType" or kind == "StringType":
            merged = "StringType" if "StringType" in (merged, kind) else kind
        elif merged != kind:
            return value, merged, kind
    return None


def _is_row(interp, node: ast.expr) -> bool:
    """`Row(k=…, v=…)`: a Row made of named values."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.args
            and all(keyword.arg is not None for keyword in node.keywords)
            and interp.lookup(node.func.id) == ModuleRef("pyspark.sql.Row"))


# The type PySpark infers for a Python value of each type (types._infer_type).
_INFERRED = {int: "bigint", float: "double", str: "string", bool: "boolean", datetime.datetime: "timestamp",
             datetime.date: "date", decimal.Decimal: "decimal", bytes: "binary", bytearray: "binary"}


def _row_type(interp, rows: list[ast.expr], depth: int = 0) -> SparkType | None:
    """The struct that Rows of one shape (`Row(op="c", after=Row(id=1))`) are inferred as: its
    fields' names, and a field's type ("unknown" where not known) where every row's value for it is a literal
    of one Python type or None, or a Row again of one shape.  None unless every row is such a Row."""
    if depth > 8 or not rows or not all(_is_row(interp, row) for row in rows):
        return None
    shapes = {tuple(keyword.arg for keyword in row.keywords) for row in rows}  # type: ignore[union-attr]
    if len(shapes) != 1:
        return None
    names = shapes.pop()
    fields: list[tuple[str, SparkType]] = []
    for index, name in enumerate(names):
        values = [row.keywords[index].value for row in rows]  # type: ignore[union-attr]
        given = [value for value in values if not (isinstance(value, ast.Constant) and value.value is None)]
        kind: SparkType | None = None
        if given and all(_is_row(interp, value) for value in given):
            kind = _row_type(interp, given, depth + 1)
        elif given:
            written = {type(_written_value(interp, value)) for value in given}
            python_type = written.pop() if len(written) == 1 else None
            if python_type in _INFERRED:
                kind = SparkType(_INFERRED[python_type])
        fields.append((name, kind or SparkType("unknown")))  # type: ignore[arg-type]
    return SparkType("struct", tuple(fields))


def _site_in_call(interp, call: MethodCall, node: ast.AST):
    """The site of ``node`` where it is written in the call; the call's own where the rows are a
    list a name holds (written above it: PySpark refuses them at the call)."""
    if any(inner is node for inner in ast.walk(call.node)):
        return interp.site(node)
    return interp.site(call.node)


def _rows_of_other_length(interp, call: MethodCall, data: ast.expr | None, width: int) -> None:
    """The first row written out with another number of values than the schema has fields:
    PySpark refuses it as it checks the rows against the schema ([FIELD_STRUCT_LENGTH_MISMATCH])."""
    if not isinstance(data, (ast.List, ast.Tuple)) or any(k.arg in ("verifySchema", None) for k in call.node.keywords):
        return
    for row in data.elts:
        if not isinstance(row, (ast.Tuple, ast.List)) or any(isinstance(value, ast.Starred) for value in row.elts):
            return  # (a Row, a dict or a value computed: not read)
        if len(row.elts) != width:
            interp.analysis.rows_of_other_length.append((_site_in_call(interp, call, row), len(row.elts), width))
            return


# The Python types PySpark's check of createDataFrame's rows (types._make_type_verifier) accepts
# for a field of each type, by exact type (a bool is no int there, an int no float).  STRING
# takes anything; arrays, maps, structs, intervals and variants are not judged here.
_ACCEPTED = {
    "bigint": ("int",), "int": ("int",), "smallint": ("int",), "tinyint": ("int",),
    "double": ("float",), "float": ("float",), "decimal": ("Decimal",), "boolean": ("bool",),
    "date": ("date", "datetime"), "timestamp": ("datetime",), "timestamp_ntz": ("datetime",),
    "binary": ("bytes", "bytearray"),
}


def _values_of_other_type(interp, call: MethodCall, data: ast.expr | None, fields: tuple, *, scalar: bool = False,
                          not_null: frozenset[str] = frozenset()) -> None:
    """The first value of the rows written out that PySpark refuses for its field's type, when
    every value before it (row after row, field after field, element after element, as PySpark
    checks them) is a literal it accepts: [FIELD_DATA_TYPE_UNACCEPTABLE_WITH_NAME] at the call, or
    [VALUE_OUT_OF_BOUNDS] for an integer past the range of its INT, BIGINT, SMALLINT or TINYINT field.
    ``scalar``: the schema is one type (`"double"`), each row a value of the field `value`."""
    if not isinstance(data, (ast.List, ast.Tuple)) or any(k.arg in ("verifySchema", None) for k in call.node.keywords):
        return
    for row in data.elts:
        if scalar:
            values: list[ast.expr | None] = [row]
        elif isinstance(row, (ast.Tuple, ast.List)) and len(row.elts) == len(fields) and not any(
                isinstance(value, ast.Starred) for value in row.elts):
            values = list(row.elts)
        elif isinstance(row, ast.Dict) and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in row.keys):
            given = {k.value: v for k, v in zip(row.keys, row.values)}  # type: ignore[union-attr]
            values = [given.get(name) for name, _ in fields]  # a missing key is None to PySpark
        elif (isinstance(row, ast.Call) and isinstance(row.func, ast.Name) and not row.args and len(row.keywords) == len(fields)
              and all(k.arg is not None for k in row.keywords) and interp.lookup(row.func.id) == ModuleRef("pyspark.sql.Row")):
            values = [k.value for k in row.keywords]  # `Row(id=1, amount=9)`: a tuple, read by position as written
        else:
            return  # (a value computed, a row of another length: not read further)
        for (name, spark_type), node in zip(fields, values):
            if name in not_null and (node is None or _written_value(interp, node) is None):
                # None (or a dict's missing key) in a field declared NOT NULL: [FIELD_NOT_NULLABLE_WITH_NAME]
                interp.analysis.values_not_nullable.append((_site_in_call(interp, call, node if node is not None else row), name))
                return
            if node is None:
                continue
            found = _refused(interp, node, spark_type, f"field {name}", f"field `{name}`")
            if found is _NOT_READ:
                return  # a value the lesson computes, or a type not judged: PySpark may refuse something first
            if found is not None:
                refused, path, described, type_name, shown, shown_type = found
                if shown_type is _OUT_OF_RANGE:
                    interp.analysis.values_out_of_range.append((_site_in_call(interp, call, refused), described, type_name,
                                                                shown, *_BOUNDS[type_name]))
                    return
                interp.analysis.values_of_other_type.append((_site_in_call(interp, call, refused), path, described, type_name,
                                                             shown, shown_type, _literal(refused) is not _NOT_READ))
                return


def _refused(interp, node: ast.expr, spark_type, path: str, described: str) -> Any:
    """None when PySpark accepts the value written at ``node`` for ``spark_type``; _NOT_READ when
    that is not known; else (the refused value's node, PySpark's name of its place, the place
    as the message names it, its type name, the value as Python shows it, its Python type)."""
    if spark_type.name in _CONTAINERS and spark_type.fields:
        if isinstance(node, ast.Dict) and spark_type.name == "map" and None not in node.keys:
            key_type, value_type = spark_type.field("key"), spark_type.field("value")
            inner = [(key, key_type, f"key of map {path}", f"a key of {described}") for key in node.keys]
            inner = [item for pair in zip(inner, [(value, value_type, f"value of map {path}", f"a value of {described}")
                                                  for value in node.values]) for item in pair]  # key, value, key…
        elif isinstance(node, (ast.List, ast.Tuple)) and spark_type.name == "array" \
                and not any(isinstance(element, ast.Starred) for element in node.elts):
            element_type = spark_type.field("element")
            inner = [(element, element_type, f"element in array {path}", f"an element of {described}") for element in node.elts]
        elif isinstance(node, (ast.List, ast.Tuple)) and spark_type.name == "struct" and len(node.elts) == len(spark_type.fields) \
                and not any(isinstance(element, ast.Starred) for element in node.elts):
            inner = [(element, field_type, f"field {field_name} in {path}", f"field `{field_name}` of {described}")
                     for (field_name, field_type), element in zip(spark_type.fields, node.elts)]
        else:
            return _NOT_READ  # (a value computed, a Row, a dict for a struct: not read)
        for inner_node, inner_type, inner_path, inner_described in inner:
            found = _refused(interp, inner_node, inner_type, inner_path, inner_described)
            if found is not None:
                return found
        return None
    value = _written_value(interp, node)
    if value is _NOT_READ or value is None:
        return _NOT_READ  # a value the lesson computes (PySpark may refuse it first); nullability is not read here
    accepted = _ACCEPTED.get(spark_type.name) if spark_type.name != "string" else None
    if spark_type.name != "string" and accepted is None:
        return _NOT_READ  # a type not judged here
    made = value.type if isinstance(value, _OfType) else type(value)
    if accepted is not None and made.__name__ not in accepted:
        try:
            shown = "" if isinstance(value, _OfType) else repr(value)  # ("": not known before it runs)
        except ValueError:  # an integer past Python's digits limit for text
            return _NOT_READ
        # (named as Python shows a class: `decimal.Decimal`, `datetime.date`)
        shown_type = made.__name__ if made.__module__ == "builtins" else f"{made.__module__}.{made.__qualname__}"
        return node, path, described, spark_type.name, shown, shown_type
    if isinstance(value, int) and not isinstance(value, bool) and spark_type.name in _BOUNDS:
        low, high = _BOUNDS[spark_type.name]
        if not low <= value <= high:
            return node, path, described, spark_type.name, str(value), _OUT_OF_RANGE  # [VALUE_OUT_OF_BOUNDS]
    return None


_CONTAINERS = frozenset({"array", "map", "struct"})
_NOT_READ = object()
_OUT_OF_RANGE = object()  # (an int of the field's type, past its range: another refusal than a type's)


def _literal(node: ast.expr) -> Any:
    """The value of ``node`` written as a Python literal; _NOT_READ otherwise."""
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return _NOT_READ


_PLAIN_TYPES = (int, float, bool, str, bytes, type(None))
_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
               ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod}
_NUMBER_BUILTINS = {"round": round, "int": int, "float": float}
# Constructors whose value a row may hold, written with literal arguments (`datetime.date(2024, 3, 1)`).
_CONSTRUCTORS = {"datetime.date": datetime.date, "datetime.datetime": datetime.datetime, "decimal.Decimal": decimal.Decimal}


def _written_value(interp, node: ast.expr, depth: int = 0) -> Any:
    """The Python value of a row's value written as a literal, a date, datetime or Decimal made
    of literals, a name that holds a literal (outside loops), or numbers of those joined by
    `+ - * / // %` or passed to `round`, `int`, `float`; _NOT_READ otherwise."""
    value = _literal(node)
    if value is not _NOT_READ:
        return value
    if depth > 20:
        return _NOT_READ
    if isinstance(node, ast.Name):
        held = interp.lookup(node.id)
        if isinstance(held, Const) and not interp.loops and type(held.value) in _PLAIN_TYPES:
            return held.value  # `amount = 100` above the rows
        return _NOT_READ
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        left, right = _written_value(interp, node.left, depth + 1), _written_value(interp, node.right, depth + 1)
        if type(left) not in (int, float) or type(right) not in (int, float) or max(abs(left), abs(right)) > 1e15:
            return _NOT_READ
        try:
            return _ARITHMETIC[type(node.op)](left, right)  # `100 // 4` is an int, `100 / 4` a float
        except ArithmeticError:
            return _NOT_READ
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _NUMBER_BUILTINS \
            and len(node.args) == 1 and not node.keywords and interp.lookup(node.func.id) is UNKNOWN \
            and not any(node.func.id in scope for scope in interp.scopes):
        # Python's own `round(9.99)` (an int), `float(3)`: not a name the lesson or a star import binds
        number = _written_value(interp, node.args[0], depth + 1)
        if type(number) not in (int, float) or abs(number) > 1e15:
            return _NOT_READ
        return _NUMBER_BUILTINS[node.func.id](number)
    if not isinstance(node, ast.Call) or node.keywords or len(node.args) > 7:
        return _NOT_READ
    name = _module_name(interp, node.func)
    if name in _CLOCK_CALLS and len(node.args) <= 1:
        return _OfType(_CLOCK_CALLS[name])  # `date.today()`: a date, whatever day the lesson runs
    make = _CONSTRUCTORS.get(name or "")
    arguments = [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
    if make is None or len(arguments) != len(node.args) or not all(type(a) in (int, str) for a in arguments):
        return _NOT_READ
    try:
        return make(*arguments)
    except (ValueError, TypeError, ArithmeticError, OverflowError):
        return _NOT_READ


def _module_name(interp, func: ast.expr) -> str | None:
    """The dotted name of a callee that is a module's (`dt.date.today`: "datetime.date.today"), from
    the name it starts with; None for anything else."""
    attributes = []
    while isinstance(func, ast.Attribute):
        attributes.append(func.attr)
        func = func.value
    if not isinstance(func, ast.Name) or len(attributes) > 3:
        return None
    held = interp.lookup(func.id)
    return ".".join([held.name, *reversed(attributes)]) if isinstance(held, ModuleRef) else None


@dataclass(frozen=True)
class _OfType:
    """A value whose Python type is known and whose value is not (the clock's)."""

    type: type


# Calls whose value's type is known: the clock's date and time.
_CLOCK_CALLS = {"datetime.date.today": datetime.date, "datetime.datetime.now": datetime.datetime,
                "datetime.datetime.today": datetime.datetime, "datetime.datetime.utcnow": datetime.datetime}


_BOUNDS = {"tinyint": (-128, 127), "smallint": (-32768, 32767), "int": (-2147483648, 2147483647),
           "bigint": (-9223372036854775808, 9223372036854775807)}


@session_method("table")
def table(interp, session: Session, call: MethodCall) -> Any:
    """``spark.table(name)``: a temp view of the lesson (a stream when a stream made it), else a
    table of the catalog, read as a batch."""
    name = constant(call.args[0]) if call.args else None
    if isinstance(name, str):
        _note_views_of_batch_session(interp, session, {name}, call)
        _note_global_views_unqualified(interp, session, {name}, call)
        view = session.temp_views.get(name)
        if view is not None:
            # (the view's name qualifies its columns: `select("changes_v.id")`, held-out h81)
            return view.then(site=interp.site(call.node), aliases=view.aliases | {name.rsplit(".", 1)[-1]})
    return Frame(False, interp.site(call.node), source_format="table", columns=None, session=session)


@session_method("range")
def range_frame(interp, session: Session, call: MethodCall) -> Any:
    return Frame(False, interp.site(call.node), columns=("id",), session=session)


_DROP_VIEW = re.compile(r"\s*drop\s+view\s+(?:if\s+exists\s+)?`?([A-Za-z_]\w*)`?\s*;?\s*", re.IGNORECASE)
# The statements that change a table's rows in place, and the table they name.
_CHANGES_TABLE = re.compile(r"\s*(merge\s+into|update|delete\s+from|truncate\s+table)\s+`?([A-Za-z_]\w*)`?(?=[\s`;]|$)", re.IGNORECASE)


@session_method("sql")
def sql(interp, session: Session, call: MethodCall) -> Any:
    query = constant(call.args[0]) if call.args else None
    if isinstance(query, str):
        setting = _SQL_SET.fullmatch(query)
        zone = note_session_zone_text(interp, call.arg_nodes[0], query, setting) if "set" in query[:200].lower() else None
        if zone is not None and setting is None:  # `SET TIME ZONE '…'`
            session.conf["spark.sql.session.timeZone"] = zone
            session.conf_sites["spark.sql.session.timeZone"] = interp.site(call.node)
            return Frame(False, interp.site(call.node))  # (its columns are not read here)
        if setting is not None:
            session.conf[setting.group(1)] = setting.group(2)
            session.conf_sites[setting.group(1)] = interp.site(call.node)
            return Frame(False, interp.site(call.node), columns=("key", "value"))
        declared = _DECLARE_VARIABLE.match(query)
        if declared is not None:
            interp.analysis.session_variables.add(declared.group(1).lower())
        _note_views_of_batch_session(interp, session, relations_named(query), call)
        _note_global_views_unqualified(interp, session, relations_read(query), call)
        made = _CREATE_TABLE.match(query)
        if made is not None:
            interp.analysis.tables_created.add(made.group(1).lower())
        dropped = _DROP_VIEW.match(query)
        if dropped is not None:
            for name in [name for name in session.temp_views if name.lower() == dropped.group(1).lower()]:
                del session.temp_views[name]  # `DROP VIEW [IF EXISTS] v`: the view is gone
        changed = _CHANGES_TABLE.match(query)
        if changed is not None and any(name.lower() == changed.group(2).lower() for name in session.temp_views):
            # `MERGE INTO v …`, `UPDATE v …`, `DELETE FROM v …`, `TRUNCATE TABLE v` of a temp view (names
            # without regard to case, as Spark finds them): a view's rows cannot be changed (checked on
            # PySpark 4.1, views of created frames, ranges and files; an INSERT depends on the view's source)
            operation = {"m": "MERGE INTO TABLE", "u": "UPDATE TABLE", "d": "DELETE", "t": "TRUNCATE TABLE"}[changed.group(1)[0].lower()]
            view = next(frame for name, frame in session.temp_views.items() if name.lower() == changed.group(2).lower())
            if operation == "DELETE" and view.source_format == "table":
                operation = "DELETE of a table's view"  # (Spark names the table it reads; review h102)
            interp.analysis.views_changed.append((interp.site(call.node), changed.group(2), operation))
        note_query_calls(interp, call.arg_nodes[0], query)
        note_join_ambiguities(interp, call.arg_nodes[0], query, session)
        if not any(keyword.arg is None for keyword in call.node.keywords) and not any(
                isinstance(arg, ast.Starred) for arg in call.node.args):
            args = call.node.args[1] if len(call.node.args) > 1 else next(
                (keyword.value for keyword in call.node.keywords if keyword.arg == "args"), None)
            if isinstance(args, ast.Constant) and args.value is None:
                args = None  # (`args=None` gives none)
            note_unbound_parameters(interp, call.arg_nodes[0], query, args)
        if SQL_OVER.search(query):
            note_unordered_windows(interp, call.arg_nodes[0], without_quoted(query))
        created = _CREATE_VIEW.match(query)
        if created is not None:
            interp.analysis.views_made_outside.add(created.group(1))
            if not re.match(r"\s*CREATE\s+(?:OR\s+REPLACE\s+)?GLOBAL\b", query, re.I):
                interp.analysis.tables_created.add(created.group(1).lower())  # (found by its name alone: SPK085)
            # `CREATE OR REPLACE TEMP VIEW v AS …`: the view is no longer what a frame registered
            # (its columns are those of the query, not read here)
            session.temp_views.pop(created.group(1), None)
        cached = _CACHE_TABLE.match(query)
        if cached is not None and cached.group(1) in session.temp_views:
            # `CACHE TABLE v` (not LAZY) runs the view's query at once, as `.cache().count()` would
            interp.analysis.actions.append(Action(interp.site(call.node), "CACHE TABLE", session.temp_views[cached.group(1)]))
            return Frame(False, interp.site(call.node), columns=())
        return sql_frame(interp, session, query, call.node)
    return UNKNOWN


def _note_global_views_unqualified(interp, session: Session, names: set[str], call: MethodCall) -> None:
    """Names read without `global_temp.` that only a global temp view of the lesson has: Spark keeps
    those views in the `global_temp` database, and finds no table or view by the name alone."""
    known = {name.lower() for name in session.temp_views}
    for name in sorted(names):
        lower = name.lower()
        if "." not in name and lower not in known and "global_temp." + lower in known:
            interp.analysis.global_views_unqualified.append((interp.site(call.node), name))


def _note_views_of_batch_session(interp, session: Session, names: set[str], call: MethodCall) -> None:
    """Names read through the lesson's session (`spark`) that are temp views of a foreachBatch's
    batch session only: Spark finds no such table or view when the batch runs."""
    if session is not interp.session:
        for name in sorted(names):
            if name in session.late_views and name not in session.temp_views:
                interp.analysis.late_views_read.append((interp.site(call.node), name, session.late_views[name]))
        return
    for name in sorted(names):
        if name in session.batch_views and name not in session.temp_views:
            interp.analysis.views_of_batch_session.append((interp.site(call.node), name, session.batch_views[name][0]))


@session_method("newSession")
def new_session(interp, session: Session, call: MethodCall) -> Any:
    """A session of its own temp views (and settings), sharing the SparkContext: a view it registers
    is not the lesson's session's."""
    return Session(conf=dict(session.conf), conf_sites=dict(session.conf_sites))
