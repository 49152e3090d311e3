"""The walk over a lesson's Python fences: statements (:meth:`Interpreter.exec`),
expressions (:meth:`Interpreter.eval`), assignments, calls of the lesson's own
functions, attributes (``spark.readStream``, ``df.writeStream`` …) and calls.  A method
call goes to the transfer function the method table (:mod:`.methods.registry`) has for
the receiver's kind and the method's name; the transfer functions are in :mod:`.methods`.

:func:`analyze` runs it once per document and shares the result among the SPK rules.
"""

from __future__ import annotations

import ast
import re
import builtins
import operator
from typing import Any

from mdxlint.mdx.document import Document
from mdxlint.analyzers.python.notebook import Notebook, PythonFence, notebook
# Importing the registry imports the package :mod:`.methods` first, whose modules fill the table.
from mdxlint.analyzers.spark.columns import PLAIN_NAME, function_name, note_when_condition
from mdxlint.analyzers.spark.methods.registry import MethodCall, transfer_for
from mdxlint.analyzers.spark.methods.schema import type_value
from mdxlint.analyzers.spark.schema import SIMPLE_TYPES, TYPES_MODULE, unknown_type_name
from mdxlint.analyzers.spark.signatures import entry as signature_entry
from mdxlint.analyzers.spark.values import (
    FUNCTIONS_MODULE, KNOWN_FUNCTIONS, TEXT_PARAMETERS, UNKNOWN, Action, ActiveQueries, AnyQuery, BatchWriter, BoundMethod, Builder, Call, ClassRef, Column,
    DATAFRAME_ATTRIBUTES, Const, DictValue, Frame, Frames, FuncRef, Grouped, Items, Partial, Function, LessonClass, LessonInstance, ModuleRef, NaFunctions, Reader, Session, SessionConf, Site, SparkAnalysis,
    StreamManager, WindowSpec, Writer, subscript_key,
)


# Builtins that only look at a value: a stream writer passed to them is not handed to code
# that may start it.
_INSPECTING_BUILTINS = frozenset({"print", "repr", "str", "type", "id", "isinstance", "len", "format"})


# Comparisons a Column answers with a Column (`in`, `is` give Python's own answers).
_COLUMN_COMPARISONS = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_UDF_DECORATORS = frozenset({"udf", "pandas_udf", "udtf"})


def _is_udf(node: ast.AST) -> bool:
    """Whether a function is decorated as a UDF (`@udf`, `@F.udf("string")`, `@pandas_udf(…)`)."""
    return any(map(_udf_decorator, getattr(node, "decorator_list", ())))


def _udf_decorator(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", None)
    return name in _UDF_DECORATORS

class _Return(Exception):
    pass


def _default(node: ast.expr | None) -> Any:
    return Const(node.value) if isinstance(node, ast.Constant) else UNKNOWN



_BUILTINS = frozenset(dir(builtins))


def assigned_names(statements: list[ast.stmt]) -> set[str]:
    """The plain names the statements assign (not inside the functions and classes they define)."""
    names: set[str] = set()
    stack: list[ast.AST] = list(statements)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        stack.extend(ast.iter_child_nodes(node))
    return names

# What an `except` may name to catch pyspark's AnalysisException (its own name and its bases).
_ANALYSIS_ERROR_NAMES = frozenset({"AnalysisException", "CapturedException", "PySparkException", "Exception", "BaseException"})


def _catches_analysis_error(handler_type: ast.expr | None) -> bool:
    """Whether `except <handler_type>` catches AnalysisException (a bare `except:` does)."""
    return any(name == "*" or name in _ANALYSIS_ERROR_NAMES for name in _handled_names(handler_type))


def _handled_names(handler_type: ast.expr | None) -> list[str]:
    """The exception names `except <handler_type>` names ("*" for a bare `except:`)."""
    if handler_type is None:
        return ["*"]
    names = handler_type.elts if isinstance(handler_type, ast.Tuple) else [handler_type]
    return [name.id if isinstance(name, ast.Name) else name.attr for name in names if isinstance(name, (ast.Name, ast.Attribute))]


def _raises_again(body: list[ast.stmt]) -> bool:
    """Whether an `except` body raises (`raise`, `raise RuntimeError(…) from e`): the program
    fails all the same."""
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Raise):
            return True
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            stack.extend(ast.iter_child_nodes(node))
    return False


_UNBOUND = object()  # a name not bound in the scope


def _either_frame(value: Frame, one: Any, other: Any) -> Frame:
    """``value`` as either of two ways may have left it: its columns and their types known only
    where both ways agree (`df = parsed if parse else raw`: `after` is a struct or a string)."""
    changes: dict[str, Any] = {}
    if value.columns is not None and not _same_columns(one, other):
        changes["columns"] = None
    if value.types and one is not other:
        ones, others = (one.types if isinstance(one, Frame) else {}), (other.types if isinstance(other, Frame) else {})
        kept = {name: kind for name, kind in value.types.items() if ones.get(name) == kind == others.get(name)}
        if kept != value.types:
            changes["types"] = kept
    return value.then(**changes) if changes else value


def _same_columns(one: Any, other: Any) -> bool:
    """Whether two values are frames whose known columns are the same."""
    return (isinstance(one, Frame) and isinstance(other, Frame) and one.columns is not None
            and one.columns == other.columns and not one.opaque and not other.opaque)


_ORDER = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
          ast.Eq: operator.eq, ast.NotEq: operator.ne}


# The classes of pyspark.sql.types the model reads, bound by `from pyspark.sql.types import *`.
_TYPE_CLASSES = (*SIMPLE_TYPES, "StructType", "StructField", "CharType", "VarcharType", "NullType", "DataType")

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
        self.in_udf = 0  # bodies of UDFs being read: their parameters are a row's Python values, not Columns
        self.loops = 0  # loops the statement being read stands in
        self.star_functions = False  # `from pyspark.sql.functions import *` was read
        self.unrolling = 0  # loops or comprehensions being read turn by turn (see unrolled)
        self.returns: list[list[Any]] = []
        self.seen_calls: set[tuple[int, str]] = set()
        # The frame whose method is being read: the column names its arguments give are resolved
        # against its columns (columns.column_name), as Spark resolves them.
        self.receiver_frame: Frame | None = None
        self.catching = 0  # `try` bodies being read whose handlers catch AnalysisException
        self.handled: list[frozenset[str]] = []  # what the handlers of each `try` being read catch
        self.batch_functions = 0  # foreachBatch functions being read (they run after the query started)
        self.uncalled: str | None = None  # the function never called that is being read (Site.uncalled)
        # Whether some code of the notebook may change a StructType in place (`schema.add(…)`,
        # `schema.fields.append(…)`, under any name): then a schema a name holds is not known.
        self.schemas_changed = False
        self.uncertain = 0  # branches being read that may not run

    # -- names --------------------------------------------------------------------------
    def lookup(self, name: str) -> Any:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        if name in KNOWN_FUNCTIONS and (name not in _BUILTINS or self.star_functions):
            return FuncRef(FUNCTIONS_MODULE, name)  # used without import: PY002 reports that
        # (`sum`, `max`, `min`, `abs`, `round` unbound are Python's own: `sum([col_a, col_b])` adds columns)
        if name in ("SparkSession", "Window"):
            return ClassRef(name)
        return UNKNOWN

    def bind(self, name: str, value: Any) -> None:
        self.scopes[-1][name] = value

    def site(self, node: ast.AST) -> Site:
        assert self.fence is not None
        return Site(self.fence, node, caught=self.catching > 0, uncalled=self.uncalled,
                    handled=frozenset().union(*self.handled) if self.handled else frozenset())

    def batch_session(self) -> Session:
        """``batch.sparkSession`` in a foreachBatch function: the query's own session, which sees
        the views of the session it was cloned from and those registered on the batch frames."""
        outer = self.session
        views = {name: frame for name, frame in outer.temp_views.items() if name not in outer.late_views}
        views.update({name: frame for name, (_, frame) in outer.batch_views.items()})
        return Session(conf=outer.conf, conf_sites=outer.conf_sites, temp_views=views, late_views=dict(outer.late_views))

    # -- running ------------------------------------------------------------------------
    def run(self, book: Notebook) -> SparkAnalysis:
        self.schemas_changed = any(
            isinstance(node, ast.Attribute) and (node.attr == "fields" or node.attr == "add" and isinstance(node.value, ast.Name))
            for item in book.fences if item.tree is not None for node in ast.walk(item.tree))
        self.book = book
        for item in book.fences:
            if item.tree is None:
                continue
            self.fence = item
            self.exec_block(item.tree.body)
        # Functions never called are still code a student runs: read them with unknown arguments.
        # When they would run is not known, so the columns of the frames the notebook's names hold
        # are not known to them either (`cdc` may have been narrowed after the function was defined).
        if any(not function.called for function in self.functions):
            self.forget_columns(set(self.globals), self.globals)
        for function in list(self.functions):
            if not function.called:
                params = [arg.arg for arg in function.node.args.posonlyargs + function.node.args.args]
                maybe_frames = [Frame(None, Site(function.fence, function.node), opaque=True) for _ in params]
                self.uncalled = getattr(function.node, "name", "a lambda")
                try:
                    self.call_function(function, maybe_frames, {})
                finally:
                    self.uncalled = None
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
            if len(node.targets) == 1 and _same_shape(node.targets[0], node.value):
                # `WINDOW, SLIDE = "10 minutes", "5 minutes"`: each name gets its own value
                values = [self.eval(element) for element in node.value.elts]  # type: ignore[attr-defined]
                for element, value in zip(node.targets[0].elts, values):  # type: ignore[attr-defined]
                    self.assign(element, value)
                return
            value = self.eval(node.value)
            for target in node.targets:
                self.assign(target, value)
        elif isinstance(node, ast.AnnAssign):
            value = self.eval(node.value) if node.value is not None else UNKNOWN
            self.assign(node.target, value)
        elif isinstance(node, ast.AugAssign):
            self.eval(node.value)
            target = self.eval(node.target) if isinstance(node.target, ast.Name) else None
            if isinstance(target, Items):
                target.changed = True  # `cols += ["ts"]` extends the list itself, under every name
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
                    if module == FUNCTIONS_MODULE:
                        self.star_functions = True  # `sum`, `max`… are Spark's from here on, not Python's
                    elif module == TYPES_MODULE:
                        for name in _TYPE_CLASSES:  # `StructField("id", LongType())` after `import *` (review h93)
                            self.bind(name, ClassRef(f"types.{name}"))
                    continue
                value = self.module_value(f"{module}.{alias.name}")
                self.bind(alias.asname or alias.name, value)
                self.analysis.imports[alias.asname or alias.name] = value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for decorator in node.decorator_list:
                # `@F.udf("integr")`: the decorator is made, and its return type parsed, where the
                # function is defined
                if isinstance(decorator, ast.Call) and _udf_decorator(decorator):
                    self._udf_return_type(decorator)
            function = Function(node, self.fence, enclosing=list(self.scopes))  # type: ignore[arg-type]
            self.functions.append(function)
            self.bind(node.name, function)
        elif isinstance(node, ast.ClassDef):
            methods = {item.name: Function(item, self.fence, enclosing=list(self.scopes)) for item in node.body
                       if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))}
            self.bind(node.name, LessonClass(node, methods))
        elif isinstance(node, ast.Return):
            value = self.eval(node.value) if node.value is not None else Const(None)
            if isinstance(value, Writer):
                value.escaped = True
            if self.returns:
                self.returns[-1].append(value)
            raise _Return()
        elif isinstance(node, ast.If):
            self.ask_truth(node.test)
            # In a loop a name's value may change between turns: there both branches are read.
            truth = self.truth(node.test) if not self.loops else None
            # A test whose value is known takes one branch (`if delay is not None:` in a helper called
            # without `delay`); otherwise both are read, one after the other.
            if truth is not None:
                self.exec_branch(node.body if truth else node.orelse)
                return
            # Which branch runs is not known: both are read, each from the names as they were
            # before the `if`; a `return` in one does not end the function (the other, or the code
            # after, may return instead); a frame either assigns has columns that are not known
            # after the `if`, unless both ways leave it the same columns.
            slots = self.branch_slots(node.body + node.orelse)
            before = [container.get(key, _UNBOUND) for container, key in slots]
            self.exec_uncertain(node.body)
            after_body = [container.get(key, _UNBOUND) for container, key in slots]
            for (container, key), value in zip(slots, before):
                if value is _UNBOUND:
                    container.pop(key, None)
                else:
                    container[key] = value
            self.exec_uncertain(node.orelse)
            for (container, key), earlier, body_value in zip(slots, before, after_body):
                value = container.get(key, _UNBOUND)
                if value is earlier and body_value is not _UNBOUND:
                    container[key] = value = body_value  # (the value after the `if` is taken from the branch that assigned it)
                other = earlier if value is body_value else value
                if isinstance(value, Frame):
                    either = _either_frame(value, body_value, other)
                    if either is not value:
                        container[key] = either
                elif isinstance(value, Const) and body_value is not other and _UNBOUND not in (body_value, other) \
                        and not (isinstance(body_value, Const) and isinstance(other, Const) and body_value.value == other.value):
                    container[key] = UNKNOWN  # (a text or number either branch may have bound: `"bool"` or `"boolean"`)
                elif isinstance(value, Items) and body_value is not other:
                    container[key] = UNKNOWN  # (a list either branch may have bound)
                elif isinstance(value, DictValue) and body_value is not other:
                    # (a dict one branch changed: the frames it holds may be either branch's)
                    container[key] = DictValue(tuple((item_key, item.then(columns=None) if isinstance(item, Frame) else item)
                                                     for item_key, item in value.items))
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            iterable = self.eval(node.iter)
            turns = self.unrolled(node, iterable)
            if turns is not None:
                self.unrolling += 1  # loops inside a turn are read once (no turns of turns)
                try:
                    for value in turns:  # `for mode in ["complete", "append"]:` read turn by turn
                        self.assign(node.target, value)
                        self.exec_branch(node.body)
                finally:
                    self.unrolling -= 1
                self.exec_branch(node.orelse)
                return
            self.assign(node.target, self.element_of(iterable))
            self.loops += 1
            try:
                self.exec_branch(node.body)
            finally:
                self.loops -= 1
            self.exec_branch(node.orelse)
            self.forget_assigned(node.body)  # (it may run no turn, or stop at a `break`)
        elif isinstance(node, ast.While):
            self.ask_truth(node.test)
            self.loops += 1
            try:
                self.exec_branch(node.body)
            finally:
                self.loops -= 1
            self.exec_branch(node.orelse)
            self.forget_assigned(node.body)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            suppresses = False
            suppressed: set[str] = set()
            for item in node.items:
                value = self.eval(item.context_expr)
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, value if isinstance(value, Session) else UNKNOWN)
                context = item.context_expr
                if isinstance(context, ast.Call) and (getattr(context.func, "attr", None) or getattr(context.func, "id", None)) == "suppress":
                    # `with contextlib.suppress(Exception):` catches as an `except` would
                    suppresses = suppresses or any(_catches_analysis_error(arg) for arg in context.args)
                    suppressed.update(name for arg in context.args for name in _handled_names(arg))
            self.catching += suppresses
            self.handled.append(frozenset(suppressed))
            try:
                self.exec_branch(node.body)
            finally:
                self.catching -= suppresses
                self.handled.pop()
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            catches = any(_catches_analysis_error(handler.type) and not _raises_again(handler.body)
                          for handler in node.handlers)  # type: ignore[attr-defined]
            self.catching += catches
            self.handled.append(frozenset(name for handler in node.handlers if not _raises_again(handler.body)  # type: ignore[attr-defined]
                                          for name in _handled_names(handler.type)))
            try:
                self.exec_branch(node.body)  # type: ignore[attr-defined]
            finally:
                self.catching -= catches
                self.handled.pop()
            for handler in node.handlers:  # type: ignore[attr-defined]
                if handler.name:
                    self.bind(handler.name, UNKNOWN)
                self.exec_branch(handler.body)
            self.exec_branch(node.orelse)  # type: ignore[attr-defined]
            self.exec_branch(node.finalbody)  # type: ignore[attr-defined]
            # Which of the body or a handler ran is not known: a name either assigns is unknown after it,
            # and a frame the body assigns may be from before the statement that raised.
            if node.handlers:  # type: ignore[attr-defined]
                for handler in node.handlers:  # type: ignore[attr-defined]
                    for name in assigned_names(handler.body):
                        self.bind(name, UNKNOWN)
                self.forget_assigned(node.body)  # type: ignore[attr-defined]
        elif type(node).__name__ == "Match":
            # `match mode:` — which case runs is not known: each is read, as the branches of an `if`
            self.eval(node.subject)  # type: ignore[attr-defined]
            bodies = [case.body for case in node.cases]  # type: ignore[attr-defined]
            for body in bodies:
                self.exec_uncertain(body)
            self.forget_assigned([statement for body in bodies for statement in body])
        elif isinstance(node, (ast.Assert, ast.Delete, ast.Raise)):
            if isinstance(node, ast.Delete):
                for target in node.targets:  # `del SETTINGS["delay"]`: the dict's values are no longer known
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) \
                            and isinstance(self.lookup(target.value.id), DictValue):
                        self.bind(target.value.id, UNKNOWN)
                    elif isinstance(target, ast.Subscript) and isinstance(held := self.eval(target.value), Items):
                        held.changed = True  # `del cols[0]`
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    self.eval(child)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            pass

    def ask_truth(self, test: ast.expr) -> Any:
        """The test of an `if` or `while`, read; Python asks its truth (a Column's is refused)."""
        value = self.eval(test)
        self._truth_of_column(test, value, "if")
        return value

    def _truth_of_column(self, node: ast.expr, value: Any, how: str, site_node: ast.AST | None = None) -> bool:
        """Note that Python asks for the truth of ``value`` (what ``node`` evaluated to) when it is a
        Column for sure, outside the body of a UDF (which runs on a row's values); whether it was noted."""
        if self.in_udf or not self._surely_column(node, value):
            return False
        self.analysis.columns_as_bool.append((self.site(site_node or node), how))
        return True

    def _surely_column(self, node: ast.expr, value: Any) -> bool:
        """Whether ``value`` (what ``node`` evaluated to) is a Column for sure: built by a function
        of pyspark.sql.functions, a column of a frame the lesson made (not of a function's
        parameter read without a call, whose attributes may be anything: `state.hasTimedOut`),
        a Column's method, or an operator on one; not a frame's method taken without calling it."""
        return isinstance(value, Column) and self._builds_column(node, 0)

    def _builds_column(self, node: ast.expr, depth: int) -> bool:
        if depth > 8:
            return False
        if isinstance(node, ast.Name):
            value = self.lookup(node.id)
            return isinstance(value, Column) and value.node is not node and self._builds_column(value.node, depth + 1)  # type: ignore[arg-type]
        if isinstance(node, ast.Call):
            if function_name(self, node.func) is not None:
                return function_name(self, node.func) != "broadcast"
            return isinstance(node.func, ast.Attribute) and self._builds_column(node.func.value, depth + 1)  # `.isNull()`
        if isinstance(node, ast.Compare):
            return isinstance(node.ops[-1], _COLUMN_COMPARISONS) and any(
                self._builds_column(operand, depth + 1) for operand in (node.left, *node.comparators))
        if isinstance(node, ast.BinOp):
            return self._builds_column(node.left, depth + 1) or self._builds_column(node.right, depth + 1)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Invert, ast.USub)):
            return self._builds_column(node.operand, depth + 1)
        if isinstance(node, (ast.Attribute, ast.Subscript)):
            if isinstance(node.value, ast.Name):
                base = self.lookup(node.value.id)
                if isinstance(base, Frame):
                    if base.opaque:
                        return False
                    if isinstance(node, ast.Subscript):
                        return isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str)
                    return not node.attr.startswith("_") and node.attr not in DATAFRAME_ATTRIBUTES
            if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
                return False  # `c.__class__`: Python's own attributes
            return self._builds_column(node.value, depth + 1)  # a struct's field, `F.col("s").x`, `c["k"]`
        return False

    def truth(self, test: ast.expr) -> bool | None:
        """The truth of an `if` test when the interpreter knows it: constants, names bound to
        constants, `x is None` / `x is not None`, `not …`; None otherwise."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self.truth(test.operand)
            return None if inner is None else not inner
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)):
            right = test.comparators[0]
            if isinstance(right, ast.Constant) and isinstance(right.value, bool):
                # `df.isStreaming is False`
                left = self.eval(test.left)
                if not isinstance(left, Const) or not isinstance(left.value, bool):
                    return None
                return (left.value is right.value) == isinstance(test.ops[0], ast.Is)
            if not (isinstance(right, ast.Constant) and right.value is None):
                return None
            left = self.eval(test.left)
            if isinstance(left, Const):
                is_none = left.value is None
            elif isinstance(left, (Frame, Writer, Session)):
                is_none = False
            else:
                return None
            return is_none if isinstance(test.ops[0], ast.Is) else not is_none
        if isinstance(test, (ast.Constant, ast.Name, ast.Attribute)):
            # (`if df.isStreaming:` of a frame the model knows is a stream or a batch)
            value = self.eval(test)
            if isinstance(value, Const) and isinstance(value.value, (bool, int, str, type(None))):
                return bool(value.value)
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in _ORDER:
            # `len(slim.columns) > 1` of a frame whose columns are known
            left, right = self._count(test.left), self._count(test.comparators[0])
            if left is not None and right is not None:
                return _ORDER[type(test.ops[0])](left, right)
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.NotEq, ast.In, ast.NotIn)):
            return self._compared(test.left, test.ops[0], test.comparators[0])
        return None

    def _count(self, node: ast.expr) -> int | None:
        """An integer constant, or `len(df.columns)` of a frame whose columns are known."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len" and len(node.args) == 1 \
                and not node.keywords and isinstance(node.args[0], ast.Attribute) and node.args[0].attr == "columns" \
                and self.lookup("len") is UNKNOWN:
            frame = self.eval(node.args[0].value)
            if isinstance(frame, Frame) and frame.columns is not None and not frame.opaque:
                return len(frame.columns)
            return None
        value = self.eval(node) if isinstance(node, (ast.Constant, ast.Name)) else None
        if isinstance(value, Const) and type(value.value) is int:
            return value.value
        return None

    def _compared(self, left_node: ast.expr, op: ast.cmpop, right_node: ast.expr) -> bool | None:
        """`MODE == "full"` of constants, `"op" in df.columns` of a frame whose columns are known."""
        left = self.eval(left_node)
        if not isinstance(left, Const):
            return None
        if isinstance(op, (ast.Eq, ast.NotEq)):
            right = self.eval(right_node)
            if not isinstance(right, Const):
                return None
            return (left.value == right.value) == isinstance(op, ast.Eq)
        if isinstance(right_node, (ast.Tuple, ast.List, ast.Set)) and all(isinstance(e, ast.Constant) for e in right_node.elts):
            members = [e.value for e in right_node.elts]  # type: ignore[attr-defined]
        elif isinstance(right_node, ast.Attribute) and right_node.attr == "columns":
            frame = self.eval(right_node.value)
            if not isinstance(frame, Frame) or frame.columns is None or frame.opaque:
                return None
            members = list(frame.columns)
        else:
            return None
        return (left.value in members) == isinstance(op, ast.In)

    def exec_uncertain(self, statements: list[ast.stmt]) -> None:
        """A branch that may or may not run: a ``return`` in it is noted, and reading goes on."""
        self.uncertain += 1
        try:
            self.exec_block(statements)
        except _Return:
            pass
        finally:
            self.uncertain -= 1

    def _surely_runs(self) -> bool:
        """Whether the statement being read runs once, whenever the notebook runs: at its top
        level, outside loops, branches that may not run and `try` statements."""
        return len(self.scopes) == 1 and not self.loops and not self.uncertain and not self.handled and not self.unrolling

    def forget_columns(self, names: set[str], scope: dict[str, Any] | None = None) -> None:
        """The frames these names hold, with their columns no longer known (which assignment ran
        is not known)."""
        scope = self.scopes[-1] if scope is None else scope
        for name in names:
            value = scope.get(name)
            if isinstance(value, Frame) and value.columns is not None:
                scope[name] = value.then(columns=None)

    def branch_slots(self, statements: list[ast.stmt]) -> list[tuple[dict[str, Any], str]]:
        """Where statements that may not run store values: the names they assign (in this scope),
        the attributes of the lesson's instances (`self.df = …`) and the dicts whose items they set
        (`frames["raw"] = …`: the dict's name, where it is bound), as (container, key)."""
        slots: dict[tuple[int, str], tuple[dict[str, Any], str]] = {}
        for name in assigned_names(statements):
            slots[(id(self.scopes[-1]), name)] = (self.scopes[-1], name)
        stack: list[ast.AST] = list(statements)
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue
            stack.extend(ast.iter_child_nodes(node))
            if not (isinstance(node, (ast.Attribute, ast.Subscript)) and isinstance(node.ctx, ast.Store)
                    and isinstance(node.value, ast.Name)):
                continue
            base = self.lookup(node.value.id)
            if isinstance(node, ast.Attribute) and isinstance(base, LessonInstance):
                slots[(id(base.attributes), node.attr)] = (base.attributes, node.attr)
            elif isinstance(node, ast.Subscript) and isinstance(base, DictValue):
                owner = next((scope for scope in reversed(self.scopes) if node.value.id in scope), self.scopes[-1])
                slots[(id(owner), node.value.id)] = (owner, node.value.id)
        return list(slots.values())

    def forget_assigned(self, statements: list[ast.stmt]) -> None:
        """After statements that may or may not have run: the frames they assign to names or store
        on objects (``self.df = …``) have columns that are no longer known."""
        self.forget_columns(assigned_names(statements))
        self.forget_stored_columns(statements)

    def forget_stored_columns(self, statements: list[ast.stmt]) -> None:
        """The frames statements that may not have run store on objects, with their columns no longer known."""
        for node in (node for statement in statements for node in ast.walk(statement)):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and isinstance(node.value, ast.Name):
                base = self.lookup(node.value.id)
                if isinstance(base, LessonInstance):
                    value = base.attributes.get(node.attr)
                    if isinstance(value, Frame) and value.columns is not None:
                        base.attributes[node.attr] = value.then(columns=None)

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
            if isinstance(value, Frames) and len(value.items) == len(target.elts) \
                    and not any(isinstance(element, ast.Starred) for element in target.elts):
                for element, item in zip(target.elts, value.items):  # `train, test = frame.randomSplit([0.8, 0.2])`
                    self.assign(element, item)
                return
            for element in target.elts:
                self.assign(element.value if isinstance(element, ast.Starred) else element, UNKNOWN)
        elif isinstance(target, (ast.Attribute, ast.Subscript)):
            base = self.eval(target.value)
            if isinstance(target, ast.Attribute) and isinstance(base, LessonInstance):
                # `self.events = …`: read back by the instance's methods (in a loop, not known which value)
                base.attributes[target.attr] = UNKNOWN if self.loops else value
            if isinstance(base, Items):
                base.changed = True  # `cols[0] = "id"`
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and isinstance(base, DictValue):
                # `SETTINGS["delay"] = "10 minutes"`: the dict written out holds the new value from here on
                key = self.eval(target.slice)
                # (the dict is changed, not the name: in a function, the module's `SETTINGS` too)
                owner = next((scope for scope in reversed(self.scopes) if target.value.id in scope), self.scopes[-1])
                owner[target.value.id] = (DictValue(tuple((k, v) for k, v in base.items if k != key.value) + ((key.value, value),))
                          if isinstance(key, Const) and not self.loops else UNKNOWN)
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
        # A parameter left out takes its default when that is a constant (`delay=None`).
        defaults = dict(zip(params[len(params) - len(node.args.defaults):], node.args.defaults))
        defaults.update((arg.arg, value) for arg, value in zip(node.args.kwonlyargs, node.args.kw_defaults) if value is not None)
        scope: dict[str, Any] = {}
        for index, name in enumerate(params):
            scope[name] = args[index] if index < len(args) else kwargs.get(name, _default(defaults.get(name)))
        for arg in node.args.kwonlyargs:
            scope[arg.arg] = kwargs.get(arg.arg, _default(defaults.get(arg.arg)))
        if node.args.vararg:
            scope[node.args.vararg.arg] = UNKNOWN
        if node.args.kwarg:
            scope[node.args.kwarg.arg] = UNKNOWN
        saved_fence, saved_scopes = self.fence, self.scopes
        self.fence = function.fence
        self.scopes = [*(function.enclosing if function.enclosing is not None else saved_scopes), scope]
        self.returns.append([])
        self.depth += 1
        udf = _is_udf(node)
        self.in_udf += udf
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
            self.in_udf -= udf
            values = self.returns.pop()
            inner = self.scopes.pop()
            self.fence = saved_fence
            # `global x` / `nonlocal x`: what the function assigned to x is the outer name's from now on
            for statement in ast.walk(node):
                if isinstance(statement, (ast.Global, ast.Nonlocal)):
                    for name in statement.names:
                        if name in inner:
                            outer = self.scopes[0] if isinstance(statement, ast.Global) else next(
                                (scope for scope in reversed(self.scopes) if name in scope), self.scopes[0])
                            outer[name] = inner[name]
            self.scopes = saved_scopes
        frames = [value for value in values if isinstance(value, Frame)]
        if frames and len(frames) == len(values):
            if len({frame.columns for frame in frames}) > 1:
                return frames[-1].then(columns=None)  # returned by one of several `return`s: not known which
            return frames[-1]
        return values[0] if values else UNKNOWN  # (several: the first, as when a `return` ended the reading)

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
        if isinstance(node, ast.IfExp):
            truth = self.truth(node.test) if not self.loops else None
            if truth is not None:
                return self.eval(node.body if truth else node.orelse)  # (the other side never runs)
            self.ask_truth(node.test)
            body, orelse = self.eval(node.body), self.eval(node.orelse)
            if isinstance(body, Frame) and isinstance(orelse, Frame):
                return _either_frame(orelse, body, orelse)
            return UNKNOWN
        if isinstance(node, ast.Subscript):
            base = self.eval(node.value)
            key = self.eval(node.slice)
            if isinstance(base, Frame):
                if isinstance(key, Const) and isinstance(key.value, str) and PLAIN_NAME.fullmatch(key.value) \
                        and base.lacks_column(key.value):
                    # `df["price"]`: Spark resolves the name at once, without regard to case (unlike `df.price`)
                    self.analysis.select_columns_missing.append((self.site(node.slice), key.value, base.columns))
                return Column(node, self.fence)  # type: ignore[arg-type]
            if isinstance(base, DictValue) and isinstance(key, Const) and not self.loops:
                return dict(base.items).get(key.value, UNKNOWN)  # `SETTINGS["delay"]` of a dict written out
            if isinstance(base, Frames) and isinstance(key, Const) and type(key.value) is int \
                    and -len(base.items) <= key.value < len(base.items):
                return base.items[key.value]  # `splits[0]`
            return UNKNOWN
        if isinstance(node, ast.BinOp):
            left, right = self.eval(node.left), self.eval(node.right)
            if isinstance(left, Const) and isinstance(right, Const) and isinstance(node.op, ast.Add):
                if isinstance(left.value, str) and isinstance(right.value, str):
                    return Const(left.value + right.value)
            if isinstance(left, Column) or isinstance(right, Column):
                return Column(node, self.fence)  # type: ignore[arg-type]
            return UNKNOWN
        if isinstance(node, ast.Compare):
            # `o.id == p.order_id`: a Column (a join condition or a filter held in a name)
            operands = [self.eval(operand) for operand in (node.left, *node.comparators)]
            if len(node.ops) > 1 and isinstance(node.ops[0], _COLUMN_COMPARISONS):
                # `a == b > 0` is `(a == b) and (b > 0)`: Python asks the first comparison's truth
                # (`F.col("op") == "c" & F.col("id") > 0`, `&` binding first; `0 < col < 10`)
                how = "precedence" if any(isinstance(side, ast.BinOp) and isinstance(side.op, (ast.BitAnd, ast.BitOr))
                                          for side in (node.left, node.comparators[0], *node.comparators[1:2])) else "chain"
                for side, value in ((node.left, operands[0]), (node.comparators[0], operands[1])):
                    if self._truth_of_column(side, value, how, node):
                        break
            if len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)) \
                    and isinstance(node.comparators[0], (ast.List, ast.Tuple)) and node.comparators[0].elts:
                # `F.col("op") in ["c", "u"]`: Python compares the Column with each element by `==` and
                # asks for the truth of that Column (an empty list compares nothing)
                self._truth_of_column(node.left, operands[0], "in", node)
            if any(isinstance(operand, Column) for operand in operands) and isinstance(node.ops[-1], _COLUMN_COMPARISONS):
                return Column(node, self.fence)  # type: ignore[arg-type]
            return UNKNOWN  # (`cond is not None`, `"id" in df.columns`: Python's own answers)
        if isinstance(node, ast.BoolOp):
            values = [self.eval(value) for value in node.values]
            # (only the first operand's truth is surely asked: the others' depend on it)
            self._truth_of_column(node.values[0], values[0], "and" if isinstance(node.op, ast.And) else "or")
            return UNKNOWN
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self._truth_of_column(node.operand, self.eval(node.operand), "not", node)
            return UNKNOWN
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Invert, ast.USub)):
            operand = self.eval(node.operand)
            if isinstance(operand, Column):  # `~cond`, `-col("x")`
                return Column(node, self.fence)  # type: ignore[arg-type]
            if isinstance(node.op, ast.USub) and isinstance(operand, Const) and type(operand.value) in (int, float):
                return Const(-operand.value)  # `splits[-1]`
            return UNKNOWN
        if isinstance(node, ast.Lambda):
            function = Function(node, self.fence, enclosing=list(self.scopes))  # type: ignore[arg-type]
            self.functions.append(function)
            return function
        if isinstance(node, ast.NamedExpr):
            value = self.eval(node.value)
            self.assign(node.target, value)
            return value
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            elements = [self.eval(element) for element in node.elts]
            for element in elements:
                self._escape(element)
            if elements and not isinstance(node, ast.Set) and all(isinstance(element, Frame) for element in elements) \
                    and not any(isinstance(element, ast.Starred) for element in node.elts):
                return Frames(tuple(elements))  # `[orders, customers]`, `return orders, customers`
            if not isinstance(node, ast.Set) and self.fence is not None and self.reads_alike(node):
                return Items(node, self.fence)  # `cols = ["id", "ts"]`: read by `select(cols)`
            return UNKNOWN
        if isinstance(node, ast.Dict):
            values = [self.eval(value) for value in node.values]
            for value in values:
                self._escape(value)
            if all(isinstance(key, ast.Constant) and isinstance(key.value, str) for key in node.keys):
                return DictValue(tuple((key.value, value) for key, value in zip(node.keys, values)))  # type: ignore[union-attr]
            return UNKNOWN
        if isinstance(node, ast.JoinedStr):
            # f"after {ROW}, ts_ms BIGINT": a constant when every part is a string constant
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(value.value)
                    continue
                inner = self.eval(value.value) if isinstance(value, ast.FormattedValue) else UNKNOWN
                if isinstance(value, ast.FormattedValue) and value.conversion == -1 and value.format_spec is None \
                        and isinstance(inner, Const) and isinstance(inner.value, str):
                    parts.append(inner.value)
                else:
                    parts = None
                    break
            if parts is not None:
                return Const("".join(parts))
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    self.eval(value.value)
            return UNKNOWN
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            # `[q.stop() for q in spark.streams.active]`: the element read with its names bound
            turns = self.comprehension_turns(node)
            if turns is not None:
                # `[df.writeStream….start() for df in [orders, totals]]`: read once per known item, its
                # name bound in the comprehension's own scope (Python 3 keeps it there)
                elements = []
                self.scopes.append({})
                self.unrolling += 1
                try:
                    for value in turns:
                        self.bind(node.generators[0].target.id, value)  # type: ignore[attr-defined]
                        elements.append(self.eval(node.elt))
                finally:
                    self.unrolling -= 1
                    self.scopes.pop()
                for element in elements:
                    self._escape(element)
                if isinstance(node, ast.ListComp) and elements and all(isinstance(e, Frame) for e in elements):
                    return Frames(tuple(elements))
                return UNKNOWN
            iterables = []
            self.scopes.append({})
            try:
                for generator in node.generators:
                    iterable = self.eval(generator.iter)
                    iterables.append(generator.iter)
                    self.assign(generator.target, self.element_of(iterable))
                    for test in generator.ifs:
                        self.eval(test)
                element = self.eval(node.elt)
            finally:
                self.scopes.pop()
            count = len(iterables[0].elts) if isinstance(iterables[0], (ast.List, ast.Tuple)) else None
            if isinstance(node, ast.ListComp) and isinstance(element, Frame) and count and len(node.generators) == 1 \
                    and not node.generators[0].ifs and not any(isinstance(e, ast.Starred) for e in iterables[0].elts):
                # `[spark.readStream….load() for t in ("orders", "customers")]`: a frame of that shape per item
                return Frames((element,) * count)
            return UNKNOWN
        # Anything else: read the parts for their side effects (calls inside f-strings,
        # comprehensions, comparisons …).
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.eval(child)
            elif isinstance(child, ast.comprehension):
                self.eval(child.iter)
        return UNKNOWN

    MAX_UNROLLED = 8

    def unrolled(self, node: ast.For | ast.AsyncFor, iterable: Any) -> list[Any] | None:
        """The values a loop binds, turn by turn, where they are known and each turn runs the whole
        body: a literal list or tuple of constants (or frames), a body without break, continue,
        return, raise or try, and few turns.  None otherwise (the body is read once, values unknown)."""
        values = list(iterable.items) if isinstance(iterable, Frames) else self.literal_items(node.iter)
        if not values or len(values) > self.MAX_UNROLLED or self.loops or self.unrolling or not isinstance(node.target, ast.Name):
            return None
        for statement in node.body:
            for inner in ast.walk(statement):
                if isinstance(inner, (ast.Break, ast.Continue, ast.Return, ast.Raise, ast.Try, ast.Yield, ast.YieldFrom)) \
                        or type(inner).__name__ == "TryStar":
                    return None
        return values

    def comprehension_turns(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp) -> list[Any] | None:
        """The values a comprehension's one generator binds, where known (see unrolled)."""
        if len(node.generators) != 1 or node.generators[0].ifs or self.loops or self.unrolling:
            return None
        generator = node.generators[0]
        if not isinstance(generator.target, ast.Name):
            return None
        if isinstance(generator.iter, ast.Name) and isinstance(self.lookup(generator.iter.id), Frames):
            values = list(self.lookup(generator.iter.id).items)
        else:
            values = self.literal_items(generator.iter)  # not evaluated: the generator is read below if not here
        return values if values and len(values) <= self.MAX_UNROLLED else None

    def literal_items(self, node: ast.expr) -> list[Any] | None:
        """The items of a literal list or tuple where each is known: constants, or names of frames
        (looked up, not evaluated).  None for anything else."""
        if not isinstance(node, (ast.List, ast.Tuple)) or not node.elts:
            return None
        if all(isinstance(e, ast.Constant) for e in node.elts):
            return [Const(e.value) for e in node.elts]  # type: ignore[attr-defined]
        if all(isinstance(e, ast.Name) for e in node.elts):
            values = [self.lookup(e.id) for e in node.elts]  # type: ignore[attr-defined]
            return values if all(isinstance(value, Frame) for value in values) else None
        return None

    def reads_alike(self, node: ast.List | ast.Tuple) -> bool:
        """Whether the elements of a list written out read the same wherever they are read: constants
        and expressions of pyspark's modules, functions and classes (``F.sum("amount").alias("total")``),
        no starred element, lambda or comprehension, and no other name (a loop's variable, a frame)."""
        for element in node.elts:
            for part in ast.walk(element):
                if isinstance(part, (ast.Starred, ast.Lambda, ast.NamedExpr, ast.ListComp, ast.SetComp, ast.DictComp,
                                     ast.GeneratorExp, ast.Await, ast.Yield, ast.YieldFrom)):
                    return False
                if isinstance(part, ast.Name) and not isinstance(self.lookup(part.id), (ModuleRef, FuncRef, ClassRef)):
                    return False
        return True

    @staticmethod
    def element_of(iterable: Any) -> Any:
        """What a loop over ``iterable`` binds its name to."""
        return AnyQuery() if isinstance(iterable, ActiveQueries) else UNKNOWN

    @staticmethod
    def _escape(value: Any) -> None:
        """A writer kept in a container may be started by code the model does not follow, and a
        list kept in one changed (`holder = [cols]`, then `holder[0].remove(…)`)."""
        if isinstance(value, Writer):
            value.escaped = True
        elif isinstance(value, Items):
            value.changed = True

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
            if name == "streams":
                return StreamManager(base)
            return UNKNOWN
        if isinstance(base, (LessonInstance, LessonClass)):
            cls = base if isinstance(base, LessonClass) else base.cls
            method = cls.methods.get(name)
            if method is None:
                return base.attributes.get(name, UNKNOWN) if isinstance(base, LessonInstance) else UNKNOWN
            decorators = {getattr(d, "id", None) or getattr(d, "attr", None) for d in method.node.decorator_list}
            if isinstance(base, LessonInstance) and name in base.attributes:
                return base.attributes[name]  # `self.events`, stored by a method that ran
            if "staticmethod" in decorators or (isinstance(base, LessonClass) and "classmethod" not in decorators):
                return method  # a static method, or a plain function taken from the class
            return BoundMethod(method, base if isinstance(base, LessonInstance) and "classmethod" not in decorators else None)
        if isinstance(base, StreamManager) and name == "active":
            return ActiveQueries(base.session)
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
                return BatchWriter(base) if name == "write" else UNKNOWN
            if name == "isStreaming":
                return Const(base.streaming) if base.streaming is not None else UNKNOWN
            if name == "na":
                return NaFunctions(base)
            if name == "sparkSession" and base.batch_inside is not None:
                return self.batch_session()
            if name in ("columns", "schema", "dtypes", "stat", "sparkSession", "storageLevel"):
                return UNKNOWN
            if not name.startswith("_") and name not in DATAFRAME_ATTRIBUTES and base.lacks_column(name):
                # DataFrame.__getattr__ takes a name no attribute has for a column (with its exact case:
                # a name the columns have in another case is not judged, their case may be Spark's)
                self.analysis.attribute_columns_missing.append((self.site(node), name, base.columns))
            return Column(node, self.fence)  # type: ignore[arg-type]
        if isinstance(base, Column):
            return Column(node, self.fence)  # type: ignore[arg-type]
        return UNKNOWN

    def eval_call(self, node: ast.Call) -> Any:
        func = node.func
        callee = None
        if isinstance(func, ast.Attribute):
            receiver = self.eval(func.value)
            if isinstance(receiver, ModuleRef) and receiver.name != FUNCTIONS_MODULE:
                # `T.StructType([...])` (`import pyspark.sql.types as T`): a class of a module, called
                # as it is when imported by name
                attribute = self.eval_attribute(receiver, func)
                if isinstance(attribute, ClassRef):
                    callee = attribute
        if isinstance(func, ast.Attribute) and callee is None:
            if isinstance(receiver, DictValue) and func.attr in _DICT_MUTATORS and isinstance(func.value, ast.Name):
                self.bind(func.value.id, UNKNOWN)  # `SETTINGS.update(…)`: its values are no longer known
            if isinstance(receiver, Items) and func.attr in _LIST_MUTATORS:
                if func.attr == "append" and self._surely_runs() and receiver.fence is self.fence and len(node.args) == 1 \
                        and not node.keywords and not isinstance(node.args[0], ast.Starred) and self.reads_alike(ast.List(elts=node.args)):
                    receiver.appended += (node.args[0],)  # `rows.append((2, 7))`: read after the rows written out
                elif func.attr == "extend" and self._surely_runs() and receiver.fence is self.fence and len(node.args) == 1 \
                        and not node.keywords and isinstance(node.args[0], (ast.List, ast.Tuple)) and self.reads_alike(node.args[0]):
                    receiver.appended += tuple(node.args[0].elts)  # `rows.extend([(2, 7), (3, 8)])`, written out
                else:
                    receiver.changed = True  # `cols.remove("ts")`: under every name it is bound to
            args = [self.eval(arg.value if isinstance(arg, ast.Starred) else arg) for arg in node.args]
            kwargs = self.keyword_values(node)
            self.record_call(node, func.attr, receiver)
            if func.attr in ("dropTempView", "dropGlobalTempView") and isinstance(func.value, ast.Attribute) \
                    and func.value.attr == "catalog" and args and isinstance(args[0], Const):
                owner = self.eval(func.value.value)
                dropped = ("global_temp." if func.attr == "dropGlobalTempView" else "") + str(args[0].value).lower()
                if isinstance(owner, Session):
                    for name in [name for name in owner.temp_views if name.lower() == dropped]:
                        del owner.temp_views[name]  # the view is gone (Spark finds views without regard to case)
            if isinstance(receiver, (LessonInstance, LessonClass)):
                # `pipeline.run()`: the lesson's own method, read with its instance
                method = self.eval_attribute(receiver, func)
                if isinstance(method, (BoundMethod, Function)):
                    return self.call_lesson_function(method, args, kwargs)
            if isinstance(receiver, ModuleRef) and receiver.name == FUNCTIONS_MODULE and func.attr in TEXT_PARAMETERS \
                    and not self.in_udf:
                self._column_for_text(node, func.attr, args)
            if isinstance(receiver, ModuleRef) and receiver.name == FUNCTIONS_MODULE and not self.in_udf:
                self._plain_values_for_columns(node, func.attr, args)
            if isinstance(receiver, ModuleRef) and receiver.name == FUNCTIONS_MODULE and func.attr in ("udf", "pandas_udf"):
                self._udf_return_type(node)  # `F.udf(f, "strng")` (review h102)
            return self.method(receiver, func.attr, node, args, kwargs)
        if callee is None:
            callee = self.eval(func)
        args = [self.eval(arg.value if isinstance(arg, ast.Starred) else arg) for arg in node.args]
        kwargs = self.keyword_values(node)
        if isinstance(callee, FuncRef):
            # (a bare name nothing binds is taken for the function only in case it is: PY002 reports it)
            unbound = isinstance(func, ast.Name) and not self.star_functions and not any(func.id in scope for scope in self.scopes)
            self.record_call(node, f"{callee.module}.{callee.name}", None, unbound=unbound)
            if callee.module == FUNCTIONS_MODULE and callee.name == "when":
                note_when_condition(self, node, args)
            if callee.module == FUNCTIONS_MODULE and callee.name in ("udf", "pandas_udf"):
                self._udf_return_type(node)
            if callee.module == FUNCTIONS_MODULE and callee.name in TEXT_PARAMETERS and not self.in_udf:
                self._column_for_text(node, callee.name, args)
            if callee.module == FUNCTIONS_MODULE and not self.in_udf:
                self._plain_values_for_columns(node, callee.name, args)
            if callee.module == FUNCTIONS_MODULE and callee.name == "broadcast" and len(args) == 1 \
                    and isinstance(args[0], Frame):
                return args[0]  # `F.broadcast(rates)`: the same frame, with a join hint
            if callee.module == FUNCTIONS_MODULE:
                return Column(node, self.fence)  # type: ignore[arg-type]
            return UNKNOWN
        if isinstance(callee, ClassRef):
            self.record_call(node, callee.name, None)
            if callee.name == "Window":
                return WindowSpec(self.site(node))
            if callee.name.startswith("types."):
                return type_value(self, callee.name[6:], node, args)
            return UNKNOWN
        if isinstance(callee, (Function, BoundMethod)):
            return self.call_lesson_function(callee, args, kwargs)
        if isinstance(callee, ModuleRef) and callee.name == "functools.partial" and args \
                and isinstance(args[0], (Function, BoundMethod)) and "**" not in kwargs \
                and not any(isinstance(arg, ast.Starred) for arg in node.args):
            return Partial(args[0], tuple(args[1:]), tuple(kwargs))  # `partial(save, "lake/events")`
        if isinstance(callee, ModuleRef) and callee.name == "functools.reduce" and len(args) == 2 and not kwargs \
                and isinstance(args[1], Frames) and all(isinstance(item, Frame) for item in args[1].items):
            return self.reduce_frames(node, args[0], args[1].items)
        if isinstance(callee, LessonClass):
            instance = LessonInstance(callee)
            init = callee.methods.get("__init__")
            if init is not None:
                self.call_function(init, [instance, *args], kwargs)  # what it stores on `self` is read back
            return instance
        if isinstance(func, ast.Name) and func.id in _INSPECTING_BUILTINS and self.lookup(func.id) is UNKNOWN:
            return UNKNOWN  # print(writer) shows it; nothing starts it there
        for value in [*args, *kwargs.values()]:
            if isinstance(value, Writer):
                value.escaped = True
            elif isinstance(value, Items) and not (isinstance(func, ast.Name) and func.id in _READING_BUILTINS
                                                   and self.lookup(func.id) is UNKNOWN):
                value.changed = True  # handed to code the model does not follow, which may change it
        return UNKNOWN

    def call_lesson_function(self, callee: Function | BoundMethod, args: list[Any], kwargs: dict[str, Any]) -> Any:
        """A function of the lesson, or a method with the instance it was taken from as its first argument."""
        if isinstance(callee, BoundMethod):
            return self.call_function(callee.function, [callee.instance or UNKNOWN, *args], kwargs)
        return self.call_function(callee, args, kwargs)

    def reduce_frames(self, node: ast.Call, function: Any, frames: tuple[Frame, ...]) -> Any:
        """``reduce(f, [a, b, c])`` over frames: ``f(f(a, b), c)``, where ``f`` is a lesson's function
        (`lambda x, y: x.union(y)`) or a DataFrame method named through the class
        (`DataFrame.unionByName`)."""
        named = node.args[0]
        method = named.attr if isinstance(named, ast.Attribute) and isinstance(named.value, ast.Name) \
            and named.value.id == "DataFrame" else None
        result: Any = frames[0]
        for item in frames[1:]:
            if isinstance(function, Function):
                result = self.call_function(function, [result, item], {})
            elif method is not None and isinstance(result, Frame):
                result = self.method(result, method, node, [item], {})
            else:
                return UNKNOWN
        return result

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

    def _udf_return_type(self, node: ast.Call) -> None:
        """The return type a UDF is made with, written as DDL text (`@F.udf("integr")`,
        `F.udf(f, "int")`, `returnType="…"`): PySpark parses it when the UDF is made (SPK065)."""
        given = next((keyword.value for keyword in node.keywords if keyword.arg == "returnType"), None)
        if given is None and node.args:
            first = node.args[0]
            # (`udf("string")` as a decorator: the text comes first; `udf(f, "string")` second)
            given = first if isinstance(first, ast.Constant) and isinstance(first.value, str) else (
                node.args[1] if len(node.args) > 1 else None)
        if isinstance(given, ast.Constant) and isinstance(given.value, str) and re.fullmatch(r"\s*[A-Za-z_]\w*\s*", given.value):
            # PySpark reads the text as a schema first and raises that reading's error: for one
            # word, a syntax error at its end (checked on PySpark 4.1); longer texts are not judged
            name = unknown_type_name(given.value, as_type=True)
            if name is not None:
                self.analysis.unknown_types.append((self.site(given), name, "[PARSE_SYNTAX_ERROR] Syntax error at or near end of input."))

    def _column_for_text(self, node: ast.Call, name: str, args: list[Any]) -> None:
        """A Column given where a function of pyspark.sql.functions takes text (`F.date_trunc(col,
        "hour")`, the format first): PySpark hands it to the JVM as it is and refuses it."""
        index, parameter = TEXT_PARAMETERS[name]
        given = [(arg_node, value) for arg_node, value in zip(node.args, args)][index:index + 1] + [
            (keyword.value, self.eval(keyword.value)) for keyword in node.keywords if keyword.arg == parameter]
        for arg_node, value in given:
            if isinstance(value, Column) and self._surely_column(arg_node, value):
                self.analysis.columns_for_text.append((self.site(arg_node), name, parameter))

    def _plain_values_for_columns(self, node: ast.Call, name: str, args: list[Any]) -> None:
        """`F.coalesce(F.col("total"), 0)`: a plain Python value where the function takes a Column or a
        column's name, and PySpark refuses it at the call ([NOT_COLUMN_OR_STR]; the parameters and
        the types refused are probed on PySpark by scripts/build_pyspark_signatures.py)."""
        found = signature_entry("functions", name)
        refused = found.get("column_only") if found is not None else None
        if not refused or any(isinstance(arg, ast.Starred) for arg in node.args):
            return
        parameters = found["parameters"]  # type: ignore[index]
        positional = [parameter[0] for parameter in parameters if parameter[1] in ("positional-only", "positional")]
        star = next((parameter[0] for parameter in parameters if parameter[1] == "*"), None)
        given = [(positional[index] if index < len(positional) else star, arg_node, value)
                 for index, (arg_node, value) in enumerate(zip(node.args, args))]
        given += [(keyword.arg, keyword.value, self.eval(keyword.value)) for keyword in node.keywords if keyword.arg in positional]
        for parameter, arg_node, value in given:
            rule = refused.get(parameter) if parameter is not None else None
            if rule is not None and isinstance(value, Const) and type(value.value).__name__ in rule["types"]:
                self.analysis.plain_values_for_columns.append(
                    (self.site(arg_node), name, rule["argument"], type(value.value).__name__))

    def record_call(self, node: ast.Call, name: str, receiver: Any, *, unbound: bool = False) -> None:
        key = (id(node), name)
        if key in self.seen_calls:
            return
        self.seen_calls.add(key)
        strings, columns = [], []
        for arg in (*node.args, *(keyword.value for keyword in node.keywords)):
            if isinstance(arg, ast.Name):
                value = self.lookup(arg.id)
                if isinstance(value, Const) and isinstance(value.value, str):
                    strings.append((arg.id, value.value))
                elif isinstance(value, Column) and value.node is not arg:
                    columns.append((arg.id, value.node))
            elif isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name) and isinstance(arg.slice, ast.Constant):
                held = self.lookup(arg.value.id)
                value = dict(held.items).get(arg.slice.value) if isinstance(held, DictValue) else None
                if isinstance(value, Const) and isinstance(value.value, str):
                    strings.append((subscript_key(arg), value.value))
        # (a method of a Column built for sure, outside a UDF's body: SPK071 judges a name Column lacks)
        surely = isinstance(receiver, Column) and not self.in_udf and isinstance(node.func, ast.Attribute) \
            and self._surely_column(node.func.value, receiver)
        self.analysis.calls.append(Call(self.site(node), name, receiver, tuple(node.args), tuple(node.keywords),
                                        tuple(strings), tuple(columns), surely, unbound))

    # -- methods ----------------------------------------------------------------------------
    def method(self, receiver: Any, name: str, node: ast.Call, args: list[Any], kwargs: dict[str, Any]) -> Any:
        """``receiver.name(...)``: the transfer function of the method table, else UNKNOWN."""
        transfer = transfer_for(receiver, name)
        if transfer is None:
            return UNKNOWN
        saved = self.receiver_frame
        self.receiver_frame = receiver if isinstance(receiver, Frame) else getattr(receiver, "frame", None) \
            if isinstance(receiver, Grouped) else None
        try:
            return transfer(self, receiver, MethodCall(name, node, args, kwargs, self.fence))
        finally:
            self.receiver_frame = saved


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


# Methods that change a dict in place (its values written out no longer hold).
_DICT_MUTATORS = frozenset({"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__"})
# Methods that change a list in place, and builtins that only read one.
_LIST_MUTATORS = frozenset({"append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse", "__setitem__",
                            "__delitem__", "__iadd__", "__imul__"})
_READING_BUILTINS = _INSPECTING_BUILTINS | frozenset({"list", "tuple", "sorted", "set", "frozenset", "enumerate", "zip",
                                                      "any", "all", "min", "max", "sum", "reversed", "iter"})


def _same_shape(target: ast.expr, value: ast.expr) -> bool:
    """Whether an assignment unpacks a tuple or list written in place, element for element."""
    return (
        isinstance(target, (ast.Tuple, ast.List))
        and isinstance(value, (ast.Tuple, ast.List))
        and len(target.elts) == len(value.elts)
        and not any(isinstance(element, ast.Starred) for element in (*target.elts, *value.elts))
    )
