"""Calls on column expressions and window specifications: any method of a
:class:`Column` is a column (``.alias``, ``.cast``, ``.over`` …), any method of
``Window`` or a window spec is a window spec, and ``F.anything(...)`` on the functions
module is a column (recorded as a call of ``pyspark.sql.functions.anything``)."""

from __future__ import annotations

import ast
from typing import Any

from mdxlint.analyzers.spark.columns import note_type_text, note_when_condition, window_frame
from mdxlint.analyzers.spark.methods.registry import OTHER, MethodCall, method
from mdxlint.analyzers.spark.values import FUNCTIONS_MODULE, ClassRef, Column, Frame, ModuleRef, WindowSpec, constant


@method(Column, OTHER)
def column_method(interp, column: Column, call: MethodCall) -> Any:
    if call.name in ("cast", "astype") and call.args and call.node.args:
        # `.cast("integr")`: PySpark parses a type given as text at the call
        note_type_text(interp, call.node.args[0], call.args[0], "type")
    elif call.name == "when":
        note_when_condition(interp, call.node, call.args)
    return Column(call.node, interp.fence)


@method(WindowSpec, OTHER)
@method(ClassRef("Window"), OTHER)
def window_method(interp, receiver: Any, call: MethodCall) -> Any:
    """``Window.partitionBy(...).orderBy(...)``: whether the spec is ordered is followed through
    partitionBy, rowsBetween and rangeBetween."""
    ordered = receiver.ordered if isinstance(receiver, WindowSpec) else False
    partition, order = (receiver.partition, receiver.order) if isinstance(receiver, WindowSpec) else ((), ())
    if call.name in ("partitionBy", "orderBy"):
        named = tuple(call.node.args) if not call.node.keywords else None
        partition, order = (named, order) if call.name == "partitionBy" else (partition, named)
    elif call.name not in ("rowsBetween", "rangeBetween"):
        partition = order = None
    if call.name == "orderBy":
        # `orderBy()` with no column (or `*[]`) orders nothing: Spark says the window is unordered
        nothing = all(isinstance(arg, ast.Starred) and isinstance(arg.value, (ast.List, ast.Tuple)) and not arg.value.elts
                      for arg in call.node.args) and not call.node.keywords
        ordered = not nothing  # (it replaces the spec's order: `orderBy("ts").orderBy()` orders nothing)
    elif call.name not in ("partitionBy", "rowsBetween", "rangeBetween"):
        ordered = None
    frame = receiver.frame if isinstance(receiver, WindowSpec) and call.name in ("partitionBy", "orderBy") else None
    if call.name in ("rowsBetween", "rangeBetween"):
        frame = window_frame(call.node)
    return WindowSpec(interp.site(call.node), ordered, partition, order, frame)


@method(ModuleRef(FUNCTIONS_MODULE), OTHER)
def function_call(interp, module: ModuleRef, call: MethodCall) -> Any:
    """``F.col("x")``, ``fn.window(...)``."""
    interp.record_call(call.node, f"{FUNCTIONS_MODULE}.{call.name}", None)
    if call.name == "when":
        note_when_condition(interp, call.node, call.args)
    if call.name == "broadcast" and len(call.args) == 1 and isinstance(call.args[0], Frame):
        return call.args[0]  # `F.broadcast(rates)`: the same frame, with a join hint
    return Column(call.node, interp.fence)
