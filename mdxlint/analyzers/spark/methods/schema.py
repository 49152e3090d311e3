"""Schemas built in code: ``StructType([StructField("id", LongType()), …])``, the
simple types (``LongType()`` …) and ``StructType().add("id", "bigint")``."""

from __future__ import annotations

import ast
from typing import Any

from mdxlint.analyzers.spark.methods.registry import MethodCall, method
from mdxlint.analyzers.spark.schema import SIMPLE_TYPES, SparkType, StructFieldValue, ddl_type
from mdxlint.analyzers.spark.values import UNKNOWN, constant


def type_value(interp, name: str, node: ast.Call, args: list[Any]) -> Any:
    """A call of a ``pyspark.sql.types`` class named ``name``."""
    if name in SIMPLE_TYPES:
        return SparkType(SIMPLE_TYPES[name])
    if name == "StructField" and len(args) >= 2:
        field_name = constant(args[0])
        if isinstance(field_name, str):
            return StructFieldValue(field_name, args[1] if isinstance(args[1], SparkType) else None)
        return UNKNOWN
    if name == "StructType":
        return struct_type(interp, node)
    return UNKNOWN


def struct_type(interp, node: ast.Call) -> SparkType:
    fields: list[tuple[str, SparkType]] = []
    if node.args and isinstance(node.args[0], (ast.List, ast.Tuple)):
        for element in node.args[0].elts:
            value = interp.eval(element)
            if not isinstance(value, StructFieldValue):
                return SparkType("struct")
            fields.append((value.name, value.type or SparkType("unknown")))
    elif node.args:
        return SparkType("struct")
    return SparkType("struct", tuple(fields))


@method(SparkType, "add")
def struct_add(interp, receiver: SparkType, call: MethodCall) -> Any:
    """``StructType().add("id", LongType())`` or ``.add("id", "bigint")``."""
    args = call.args
    if receiver.name != "struct" or len(args) < 2:
        return UNKNOWN
    field_name = constant(args[0])
    text = constant(args[1])
    field_type = args[1] if isinstance(args[1], SparkType) else (ddl_type(text) if isinstance(text, str) else None)
    if isinstance(field_name, str):
        return SparkType("struct", receiver.fields + ((field_name, field_type or SparkType("unknown")),))
    return SparkType("struct")
