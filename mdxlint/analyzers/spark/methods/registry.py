"""The method table: which transfer function answers ``receiver.name(...)``.

The table is keyed by the receiver's kind — its class (:class:`Frame`, :class:`Writer` …),
or, for a class or module reference, the reference itself (``ClassRef("Window")``,
``ModuleRef("pyspark.sql.functions")``) — and then by method name.  :data:`OTHER` is
the entry for any name without one of its own (``Reader.anything()`` is the reader
again).  A name with no entry and no :data:`OTHER` gives :data:`UNKNOWN`.

This module imports no transfer function: the modules of :mod:`..methods` import it
and register themselves, and the interpreter reads the table.
"""

from __future__ import annotations

import ast
from typing import Any, Callable

from mdxlint.analyzers.spark.values import (
    Builder, ClassRef, Frame, Grouped, Items, ModuleRef, NaFunctions, Query, Reader, Session, SessionConf, Writer,
)

OTHER = "*"  # the entry for a method name without its own entry


class MethodCall:
    """``receiver.name(*args, **kwargs)``: the name, the call node and the evaluated
    arguments (``kwargs`` has the key ``"**"`` when a ``**`` spread was not a literal)."""

    __slots__ = ("name", "node", "args", "kwargs", "moved", "fence")

    def __init__(self, name: str, node: ast.Call, args: list[Any], kwargs: dict[str, Any], fence: Any = None):
        self.name = name
        self.fence = fence  # the fence the call is in
        self.node = node
        self.args = args
        self.kwargs = kwargs
        self.moved: list[ast.expr] = []
        signature = POSITIONAL.get(name)
        if signature and kwargs and not any(isinstance(arg, ast.Starred) for arg in node.args):
            # `withWatermark(eventTime="ts", delayThreshold="1 minute")` is the positional call:
            # the parameters PySpark names, given by keyword, join the positional ones in order.
            self.args, self.kwargs = list(args), dict(kwargs)
            values = {keyword.arg: keyword.value for keyword in node.keywords if keyword.arg is not None}
            for parameter in signature[len(args):]:
                if parameter not in self.kwargs or parameter not in values:
                    break
                self.args.append(self.kwargs.pop(parameter))
                self.moved.append(values[parameter])

    @property
    def arg_nodes(self) -> list[ast.expr]:
        """The positional argument nodes, ``*x`` read as ``x``, then those given by keyword.  A name
        bound to a list written out in the same fence (:class:`Items`) is read as that list, and
        ``*items`` as its elements: ``select(cols)``, ``agg(*aggs)``."""
        nodes: list[ast.expr] = []
        positional = len(self.node.args)
        for arg, value in zip(self.node.args, self.args):
            items = _items_in_place(value, arg, self.fence)
            if items is None:
                nodes.append(arg.value if isinstance(arg, ast.Starred) else arg)
            elif isinstance(arg, ast.Starred):
                nodes.extend(items.elts)
            else:
                nodes.append(items)
        for node, value in zip(self.moved, self.args[positional:]):
            nodes.append(_items_in_place(value, node, self.fence) or node)
        return nodes


def _items_in_place(value: Any, arg: ast.expr, fence: Any) -> ast.List | ast.Tuple | None:
    """The list node a name (or ``*name``) stands for, when it can be read in its place (written in
    the call's fence: findings on its elements are placed by that fence's offsets)."""
    if isinstance(arg, ast.Starred):
        arg = arg.value
    if isinstance(value, Items) and not value.changed and isinstance(arg, ast.Name) and value.fence is fence:
        if value.appended:
            return ast.copy_location(type(value.node)(elts=[*value.node.elts, *value.appended], ctx=ast.Load()), value.node)
        return value.node
    return None


# PySpark's parameter names of the methods whose transfer functions read positional arguments.
POSITIONAL: dict[str, tuple[str, ...]] = {
    "withWatermark": ("eventTime", "delayThreshold"),
    "join": ("other", "on", "how"),
    "outputMode": ("outputMode",),
    "format": ("source",),
    "queryName": ("queryName",),
    "union": ("other",),
    "unionByName": ("other",),
    "unionAll": ("other",),
    "dropDuplicates": ("subset",),
    "drop_duplicates": ("subset",),
    "dropDuplicatesWithinWatermark": ("subset",),
    "withColumn": ("colName", "col"),
    "withColumnRenamed": ("existing", "new"),
    "foreachBatch": ("func",),
    "foreach": ("f",),
    "add": ("field", "data_type"),  # StructType.add
}


# transfer(interpreter, receiver, call) -> the call's abstract value
Transfer = Callable[[Any, Any, MethodCall], Any]

TABLE: dict[Any, dict[str, Transfer]] = {}


def method(kind: Any, *names: str) -> Callable[[Transfer], Transfer]:
    """Register a transfer function for ``names`` on receivers of ``kind``."""

    def register(transfer: Transfer) -> Transfer:
        table = TABLE.setdefault(kind, {})
        for name in names:
            if name in table:
                raise ValueError(f"{kind!r}.{name} has two transfer functions: {table[name].__name__}, {transfer.__name__}")
            table[name] = transfer
        return transfer

    return register


def transfer_for(receiver: Any, name: str) -> Transfer | None:
    """The transfer function of ``receiver.name(...)``, or None (the result is unknown)."""
    kind = type(receiver)
    table = TABLE.get(receiver if kind is ClassRef or kind is ModuleRef else kind)
    if table is None:
        return None
    return table.get(name) or table.get(OTHER)


def builder_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(Builder, *names)


def conf_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(SessionConf, *names)


def session_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(Session, *names)


def reader_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(Reader, *names)


def frame_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(Frame, *names)


def na_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(NaFunctions, *names)


def grouped_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(Grouped, *names)


def query_method(*names: str) -> Callable[[Transfer], Transfer]:
    return method(Query, *names)


def writer_method(*names: str) -> Callable[[Transfer], Transfer]:
    """Register a DataStreamWriter method.  Any call on a writer, known or not, moves
    the writer's ``last_site`` (the end of the chain built so far) before it runs."""

    def register(transfer: Transfer) -> Transfer:
        def at_chain_end(interp: Any, writer: Writer, call: MethodCall) -> Any:
            writer.last_site = interp.site(call.node)
            return transfer(interp, writer, call)

        at_chain_end.__name__ = transfer.__name__
        at_chain_end.__wrapped__ = transfer  # type: ignore[attr-defined]
        method(Writer, *names)(at_chain_end)
        return transfer

    return register
