"""Schemas built in code: ``StructType([StructField("id", LongType()), …])``, the
simple types (``LongType()`` …) and ``StructType().add("id", "long")``."""

from __future__ import annotations

import ast
import re
from typing import Any

from mdxlint.analyzers.spark.methods.registry import MethodCall, method
from mdxlint.analyzers.spark.schema import SIMPLE_TYPES, SparkType, StructFieldValue, ddl_type
from mdxlint.analyzers.spark.values import UNKNOWN, ClassRef, constant

# The parameters of the types that are built of other types (PySpark 4.1), and how many of them a
# call must give.
_PARAMETERS = {
    "StructField": (("name", "dataType", "nullable", "metadata"), 2),
    "ArrayType": (("elementType", "containsNull"), 1),
    "MapType": (("keyType", "valueType", "valueContainsNull"), 2),
}
_TYPE_PARAMETERS = frozenset({"dataType", "elementType", "keyType", "valueType"})


def type_class(value: Any) -> str | None:
    """The name of the ``pyspark.sql.types`` type class ``value`` is (not called), or None."""
    if isinstance(value, ClassRef) and value.name.startswith("types.") and value.name.endswith("Type"):
        return value.name[6:]
    return None


def check_type_arguments(interp, name: str, node: ast.Call, args: list[Any]) -> None:
    """A type's class given where PySpark takes a type (`StructField("id", LongType)`: PySpark
    asserts an instance), and the parameters a call leaves out (`ArrayType()`: a TypeError)."""
    parameters, required = _PARAMETERS[name]
    if any(isinstance(arg, ast.Starred) for arg in node.args) or any(keyword.arg is None for keyword in node.keywords):
        return  # (`*args`, `**kwargs`: what they give is not read)
    keywords = {keyword.arg: keyword.value for keyword in node.keywords}
    missing = []
    for index, parameter in enumerate(parameters):
        given = node.args[index] if index < len(node.args) else keywords.get(parameter)
        if given is None:
            if index < required:
                missing.append(parameter)
            continue
        if parameter in _TYPE_PARAMETERS and isinstance(given, ast.Constant) and isinstance(given.value, str):
            # `StructField("id", "long")`: a type's name as text (StructType.add reads text, these do not)
            interp.analysis.type_texts.append((interp.site(given), name, parameter, given.value))
        elif parameter in _TYPE_PARAMETERS and isinstance(given, (ast.Name, ast.Attribute)):
            value = args[index] if index < len(node.args) else interp.eval(given)
            found = type_class(value)
            if found is not None:
                interp.analysis.type_classes.append((interp.site(given), name, parameter, found))
    if missing:
        interp.analysis.type_arguments_missing.append((interp.site(node), name, tuple(missing)))


def type_value(interp, name: str, node: ast.Call, args: list[Any]) -> Any:
    """A call of a ``pyspark.sql.types`` class named ``name``."""
    if name in _PARAMETERS:
        check_type_arguments(interp, name, node, args)
    if name == "ArrayType" and args and isinstance(args[0], SparkType):
        return SparkType("array", (("element", args[0]),))  # `ArrayType(DoubleType())`
    if name == "MapType" and len(args) >= 2 and isinstance(args[0], SparkType) and isinstance(args[1], SparkType):
        return SparkType("map", (("key", args[0]), ("value", args[1])))
    if name == "DecimalType":
        return decimal_type(interp, node, args)
    if name in SIMPLE_TYPES:
        return SparkType(SIMPLE_TYPES[name])
    if name == "StructField" and len(args) >= 2:
        field_name = constant(args[0])
        if isinstance(field_name, str):
            nullable = args[2] if len(args) > 2 else next((k.value for k in node.keywords if k.arg == "nullable"), None)
            declared = constant(nullable) if not isinstance(nullable, ast.AST) else constant(interp.eval(nullable))
            return StructFieldValue(field_name, args[1] if isinstance(args[1], SparkType) else None, declared is not False)
        return UNKNOWN
    if name == "StructType":
        return struct_type(interp, node)
    return UNKNOWN


def decimal_type(interp, node: ast.Call, args: list[Any]) -> SparkType:
    """``DecimalType(precision=10, scale=0)``: its precision and scale where the lesson writes them
    as numbers (Spark refuses some where the type reaches it: schema.refused_decimal_type)."""
    keywords = {keyword.arg: keyword.value for keyword in node.keywords}
    if any(isinstance(arg, ast.Starred) for arg in node.args) or None in keywords:
        return SparkType("decimal")
    given = []
    for index, (parameter, default) in enumerate((("precision", 10), ("scale", 0))):
        value = constant(args[index]) if index < len(node.args) else (
            constant(interp.eval(keywords[parameter])) if parameter in keywords else default)
        if type(value) is not int:
            return SparkType("decimal")
        given.append(value)
    return SparkType("decimal", decimal=(given[0], given[1]))


def struct_type(interp, node: ast.Call) -> SparkType:
    fields: list[tuple[str, SparkType]] = []
    not_null: set[str] = set()
    if node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
        for element in node.args[0].elts:
            value = interp.eval(element)
            if not isinstance(value, StructFieldValue):
                return SparkType("struct")
            fields.append((value.name, value.type or SparkType("unknown")))
            if not value.nullable:
                not_null.add(value.name)
    elif node.args:
        return SparkType("struct")
    return SparkType("struct", tuple(fields), frozenset(not_null))


# The type names ``StructType.add`` reads from text: PySpark's JSON names of the types
# (`_parse_datatype_json_value`, PySpark 4.1), whole or as these patterns start them.
JSON_TYPE_NAMES = frozenset("binary boolean byte date decimal double float integer interval long short string timestamp "
                            "timestamp_ntz variant void".split())
_JSON_TYPE_PATTERNS = re.compile(r"(?:decimal|time|char|varchar|geometry|geography)\s*\(|interval |string\s|geometry$|geography$")
# What an author who wrote an SQL (DDL) name meant, by its JSON name.
SQL_TYPE_NAMES = {"int": "integer", "bigint": "long", "smallint": "short", "tinyint": "byte", "bool": "boolean", "str": "string",
                  "real": "float", "numeric": "decimal", "dec": "decimal", "text": "string", "varchar": "string", "char": "string"}


def json_type_name(text: str) -> bool:
    """Whether PySpark reads ``text`` as a type's JSON name (PySpark 4.1; earlier versions read fewer)."""
    return text in JSON_TYPE_NAMES or _JSON_TYPE_PATTERNS.match(text) is not None


@method(SparkType, "add")
def struct_add(interp, receiver: SparkType, call: MethodCall) -> Any:
    """``StructType().add("id", LongType())`` or ``.add("id", "long")``: a type given as text is read
    by its JSON name (``"integer"``, not ``"int"``: PySpark raises CANNOT_PARSE_DATATYPE)."""
    args = call.args
    if receiver.name != "struct" or len(args) < 2:
        return UNKNOWN
    field_name = constant(args[0])
    text = constant(args[1])
    given = type_class(args[1])
    if given is not None and len(call.arg_nodes) > 1:
        interp.analysis.type_classes.append((interp.site(call.arg_nodes[1]), "StructType.add", "dataType", given))
        return UNKNOWN  # (the program stops here)
    if isinstance(text, str) and not json_type_name(text):
        node = call.arg_nodes[1] if len(call.arg_nodes) > 1 else call.node
        interp.analysis.struct_type_names.append((interp.site(node), text))
        return UNKNOWN  # (the program stops here)
    field_type = args[1] if isinstance(args[1], SparkType) else (ddl_type(text) if isinstance(text, str) else None)
    result = SparkType("struct", receiver.fields + ((field_name, field_type or SparkType("unknown")),)) \
        if isinstance(field_name, str) else SparkType("struct")
    target = call.node.func.value if isinstance(call.node.func, ast.Attribute) else None
    if isinstance(target, ast.Name):
        # `schema.add("name", StringType())` changes `schema` itself (and returns it)
        owner = next((scope for scope in reversed(interp.scopes) if target.id in scope), None)
        if owner is not None and owner[target.id] is receiver:
            owner[target.id] = result
    return result
