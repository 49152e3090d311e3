"""``df.join(other, on, how)``: the join type, each side's streaming kind and watermark
columns, equi-join columns and whether the condition has a time range — what Spark's
checks of stream-stream and stream-batch joins need."""

from __future__ import annotations

import ast
import re
from typing import Any

from mdxlint.analyzers.spark.columns import PLAIN_NAME, column_name, expr_sql, function_name, sql_names
from mdxlint.analyzers.spark.methods.registry import MethodCall, frame_method
from mdxlint.analyzers.spark.plan import merge, with_unknown
from mdxlint.analyzers.spark.sql import SQL_EQUALITY, sql_join_condition
from mdxlint.analyzers.spark.values import (
    FRESH_LINEAGE, UNKNOWN, Column, Const, Frame, FuncRef, Join, ModuleRef, Site, ambiguous, constant, joined_event_times,
)

# The join types `how` names, as Spark reads it (JoinType: lower case, underscores left out, nothing
# else: "left outer" and "left-outer" are refused).
JOIN_TYPES = {
    "inner": "inner", "cross": "cross",
    "outer": "fullouter", "full": "fullouter", "fullouter": "fullouter",
    "left": "leftouter", "leftouter": "leftouter",
    "right": "rightouter", "rightouter": "rightouter",
    "semi": "leftsemi", "leftsemi": "leftsemi",
    "anti": "leftanti", "leftanti": "leftanti",
}


@frame_method("join")
def join(interp, frame: Frame, call: MethodCall) -> Any:
    other = call.args[0] if call.args else UNKNOWN
    if not isinstance(other, Frame):
        return with_unknown(frame)
    return join_frames(interp, frame, other, call.node, interp.site(call.node), call.args, call.kwargs)


@frame_method("crossJoin")
def cross_join(interp, frame: Frame, call: MethodCall) -> Any:
    """``df.crossJoin(other)``: a join with no condition."""
    other = call.args[0] if call.args else UNKNOWN
    if not isinstance(other, Frame) or len(call.node.args) != 1 or call.node.keywords:
        return with_unknown(frame)
    return join_frames(interp, frame, other, call.node, interp.site(call.node), [other, UNKNOWN, Const("cross")], {})


def keyword_node(call: ast.Call, name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def join_frames(interp, left: Frame, right: Frame, node: ast.Call, site: Site, args, kwargs) -> Frame:
    how_value = args[2] if len(args) > 2 else kwargs.get("how", Const("inner"))
    how = constant(how_value)
    on_node = node.args[1] if len(node.args) > 1 else keyword_node(node, "on")
    equi: tuple[str, ...] | None = None
    has_range: bool | None = None
    if on_node is None:
        equi, has_range = (), False
    elif isinstance(on_node, ast.Constant) and isinstance(on_node.value, str):
        equi, has_range = (on_node.value,), False
    elif isinstance(on_node, (ast.List, ast.Tuple)) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in on_node.elts
    ):
        equi, has_range = tuple(e.value for e in on_node.elts), False  # type: ignore[misc]
    if equi:
        _using_columns_missing(interp, on_node, left, right)
    condition_columns: set[str] = set()
    if on_node is not None and equi is None:
        has_range = has_range_condition(interp, on_node)
        condition_columns = equality_columns(interp, on_node)
        _ambiguous_in_condition(interp, on_node, left, right)
        self_joined = _self_join(interp, on_node, left, right)
    else:
        self_joined = False
    normalized = JOIN_TYPES.get(how.lower().replace("_", "")) if isinstance(how, str) else None
    if isinstance(how, str) and normalized is None:
        # Spark refuses it at the call ([UNSUPPORTED_JOIN_TYPE])
        how_node = node.args[2] if len(node.args) > 2 and not any(isinstance(a, ast.Starred) for a in node.args) else keyword_node(node, "how")
        if how_node is not None:
            interp.analysis.unknown_join_types.append((interp.site(how_node), how))
    merged = merge(left, right)
    if normalized is None:
        return merged.then(opaque=True)
    bounds = range_bounds(interp, on_node, left, right) if on_node is not None and has_range else None
    sql = _expr_text(interp, on_node) if bounds is None and has_range else None
    if sql is not None:
        # `F.expr("move_id = id AND reserved_at >= moved_at")`: read as a SQL ON clause is
        sides = {alias.lower(): "left" for alias in left.aliases} | {alias.lower(): "right" for alias in right.aliases}
        bounds = sql_join_condition(sql, sides, left, right)[2]
    reads = {*(equi or ()), *condition_columns}
    event_times = (joined_event_times(left, reads) or joined_event_times(right, reads)) if left.streaming and right.streaming else ()
    join = Join(site, normalized, left.streaming, right.streaming, left.watermark_columns,
                right.watermark_columns, equi, has_range, frozenset(condition_columns), bounds, event_times=event_times,
                equality=bool(equi) or (on_node is not None and has_equality(interp, on_node)))
    doubled = merged.doubled_event_times
    if left.streaming and right.streaming and normalized not in ("leftsemi", "leftanti"):
        # Both inputs watermarked on a column of one name, not joined on it: the output holds both.
        doubled |= (left.watermark_columns & right.watermark_columns) - set(equi or ())
    # (a name the left input has twice as one column stays so where the right input has none of it)
    same_twice = frozenset(name for name in left.same_twice if right.columns is not None and right.lacks_column(name))
    return merged.then(joins=merged.joins + (join,), doubled_event_times=doubled, same_twice=same_twice,
                       opaque=merged.opaque or ambiguous(left, reads) or ambiguous(right, reads) or self_joined,
                       **joined_columns(left, right, normalized, equi))


def _self_join(interp, on_node: ast.expr, left: Frame, right: Frame) -> bool:
    """A frame joined with itself on a condition that reads its columns through it (`emp.manager_id
    == emp.id`, `emp["id"]`): both sides are that frame, so Spark cannot tell which side a column is
    on and refuses the join (checked on PySpark 4.1; aliased sides, `a.id == b.id` on `.alias("a")`
    and `.alias("b")`, or a join on names, `"id"`, are fine).  Noted for SPK056; whether one was."""
    if right is not left or left.columns is None or left.opaque:
        return False
    columns = {column.lower() for column in left.columns}
    # An equality of a column with itself (`emp.id == emp.id`, `emp.id.eqNullSafe(emp.id)`) Spark
    # rewrites as the left side's against the right side's, and runs (review h116): not read.
    paired: set[int] = set()
    for node in ast.walk(on_node):
        sides: tuple[ast.expr, ast.expr] | None = None
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
            sides = node.left, node.comparators[0]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "eqNullSafe" \
                and len(node.args) == 1:
            sides = node.func.value, node.args[0]
        if sides is not None:
            first, second = _read_through(interp, sides[0], left), _read_through(interp, sides[1], left)
            if first is not None and second is not None and first.lower() == second.lower():
                paired.update(id(side) for side in sides)
    read: list[str] = []
    for node in ast.walk(on_node):
        name = _read_through(interp, node, left) if id(node) not in paired else None
        if name is not None and name.lower() in columns and name not in read:
            read.append(name)
    if not read:
        return False
    # (Spark names them in the order the condition's tree lists them: the left operand first)
    read.sort(key=lambda name: _first_at(on_node, name))
    interp.analysis.self_join_conditions.append((interp.site(on_node), tuple(read)))
    return True


def _read_through(interp, node: ast.AST, frame: Frame) -> str | None:
    """The column ``node`` reads through the name of ``frame`` (`emp.id`, `emp["id"]`), as written."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        name = node.attr
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant) \
            and isinstance(node.slice.value, str):
        name = node.slice.value
    else:
        return None
    return name if interp.lookup(node.value.id) is frame else None


def _first_at(on_node: ast.expr, name: str) -> tuple[int, int]:
    for node in ast.walk(on_node):
        if (isinstance(node, ast.Attribute) and node.attr == name) or (
                isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and node.slice.value == name):
            return node.lineno, node.col_offset
    return 0, 0


def _ambiguous_in_condition(interp, on_node: ast.expr, left: Frame, right: Frame) -> None:
    """A name read plainly in a join condition (`F.col("status") == F.col("status")`) that both
    sides have: Spark resolves it against the two inputs and refuses it ([AMBIGUOUS_REFERENCE];
    held-out h100, checked on PySpark 4.1).  Read through a side (`a.status`) it is not."""
    sides = [frozenset(column.lower() for column in frame.columns) for frame in (left, right)
             if frame.columns is not None and not frame.opaque]
    if len(sides) < 2:
        return
    named = None  # a condition made beforehand (`cond = F.expr("id = id")`): reported where the join reads it
    if isinstance(on_node, ast.Name):
        value = interp.lookup(on_node.id)
        if isinstance(value, Column) and isinstance(value.node, ast.expr) and value.node is not on_node:
            named, on_node = on_node, value.node
    for node in ast.walk(on_node):
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords):
            continue
        function = function_name(interp, node.func)
        name = node.args[0]
        if function in ("col", "column"):
            if isinstance(name, ast.Constant) and isinstance(name.value, str) and PLAIN_NAME.fullmatch(name.value) \
                    and all(name.value.lower() in side for side in sides):
                interp.analysis.ambiguous_references.append((interp.site(named or node), name.value))
                return
        elif function == "expr" and isinstance(name, ast.Constant) and isinstance(name.value, str):
            # `F.expr("id = id")`: the SQL text's unqualified names are resolved the same way
            for read in sql_names(interp, name):
                if PLAIN_NAME.fullmatch(read.value) and all(read.value.lower() in side for side in sides):
                    interp.analysis.ambiguous_references.append((interp.site(named or read), read.value))
                    return
            # (a name in backticks, `` `id` = `id` ``, is read the same way; review h107)
            for quoted in _QUOTED_NAME.finditer(_SQL_STRINGS.sub(lambda found: " " * len(found.group()), name.value)):
                if all(quoted.group(1).lower() in side for side in sides):
                    interp.analysis.ambiguous_references.append((interp.site(named or name), quoted.group(1)))
                    return


# A column's name in backticks, not a part of a qualified name (`o`.`id`).
_QUOTED_NAME = re.compile(r"(?<![.\w`])`([^`.]+)`(?![.`])")
_SQL_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def _using_columns_missing(interp, on_node: ast.expr, left: Frame, right: Frame) -> None:
    """The names of a USING join (``on="id"``, ``on=["id", "day"]``) that a side's known columns
    lack: Spark refuses them at the call ([UNRESOLVED_USING_COLUMN_FOR_JOIN]), left side first."""
    nodes = on_node.elts if isinstance(on_node, (ast.List, ast.Tuple)) else [on_node]
    for side, frame in (("left", left), ("right", right)):  # (Spark finds every left key, then the right ones)
        for node in nodes:
            name = node.value  # type: ignore[attr-defined]
            if frame.lacks_column(name):
                interp.analysis.join_columns_missing.append((interp.site(node), name, side, frame.columns or ()))
                return


def joined_columns(left: Frame, right: Frame, how: str, equi: tuple[str, ...] | None) -> dict:
    """The joined frame's columns where Spark's rule for them is plain: a semi or anti join keeps
    the left side's; a join on a list of names (`on="id"`) gives those names once, then the
    left side's other columns, then the right side's; a join on a condition, every column of
    both sides.  A filter or sort after a join reads no name below it (a column a side's
    projection dropped, the right side's after a semi join: checked on PySpark 4.1, held-out h100)."""
    if left.columns is None or left.opaque:
        return {}
    if how in ("leftsemi", "leftanti"):
        return {"columns": left.columns, "binary_columns": left.binary_columns, "struct_columns": left.struct_columns,
                "types": dict(left.types), "lineage": FRESH_LINEAGE}
    if right.columns is None or right.opaque or how not in ("inner", "leftouter", "rightouter", "fullouter", "cross"):
        return {}
    if not equi:
        # A condition written as a column (`F.expr("value = id")`, `a.id == b.id`) or none (a cross
        # join): every column of both sides, the left side's first.
        # (A name both sides have is there twice: read by name, Spark finds it ambiguous, SPK056.)
        return {"columns": (*left.columns, *right.columns), "lineage": FRESH_LINEAGE}
    keys = {key.lower() for key in equi}
    if not all(left.lacks_column(key) is False and right.lacks_column(key) is False for key in equi):
        return {}  # (a key one side lacks: Spark refuses the join, which is not judged here)
    # (a name both sides have besides the keys is there twice: read by name, ambiguous)
    return {"columns": (*equi, *(c for c in left.columns if c.lower() not in keys), *(c for c in right.columns if c.lower() not in keys)),
            "lineage": FRESH_LINEAGE}


def _expr_text(interp, node: ast.expr | None, depth: int = 0) -> str | None:
    """The SQL text of a join condition written `F.expr("…")` (also held in a name)."""
    if isinstance(node, ast.Name) and depth < 4:
        value = interp.lookup(node.id)
        return _expr_text(interp, value.node, depth + 1) if isinstance(value, Column) and value.node is not node else None
    return expr_sql(node)


_FLIPPED = {ast.Lt: ast.Gt, ast.LtE: ast.GtE, ast.Gt: ast.Lt, ast.GtE: ast.LtE}


def range_bounds(interp, node: ast.expr, left: Frame, right: Frame) -> frozenset[str] | None:
    """The bounds a join condition written as Python comparisons puts on each side's time
    (``p.pay_ts <= o.ts + F.expr("INTERVAL 15 MINUTES")`` bounds the right side from above and so
    the left from below: {"right_upper", "left_lower"}); None when any part of it is not read
    (SQL text, a comparison with a side not known), so that nothing is said then."""
    bounds: set[str] = set()
    for leaf in _conjuncts(interp, node):
        if isinstance(leaf, ast.Compare) and len(leaf.ops) == 1 and isinstance(leaf.ops[0], ast.Eq):
            continue
        if isinstance(leaf, ast.Compare) and len(leaf.ops) == 1 and type(leaf.ops[0]) in _FLIPPED:
            pairs = [(leaf.left, type(leaf.ops[0]), leaf.comparators[0])]
        elif isinstance(leaf, ast.Call) and isinstance(leaf.func, ast.Attribute) and leaf.func.attr == "between" \
                and len(leaf.args) == 2 and not leaf.keywords:
            pairs = [(leaf.func.value, ast.GtE, leaf.args[0]), (leaf.func.value, ast.LtE, leaf.args[1])]
        else:
            return None
        for first, op, second in pairs:
            a, b = _side(interp, first, left, right), _side(interp, second, left, right)
            if a is None or b is None:
                return None
            if a == b or "const" in (a, b):
                continue  # one side against itself or a constant: no bound between the sides
            lower_first = op in (ast.Gt, ast.GtE)  # first > second: first bounded from below
            bounds.add(f"{a}_{'lower' if lower_first else 'upper'}")
            bounds.add(f"{b}_{'upper' if lower_first else 'lower'}")
    return frozenset(bounds)


def _conjuncts(interp, node: ast.expr, depth: int = 0) -> list[ast.expr]:
    """The parts of ``a & b & c``, through names that hold a condition."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd):
        return _conjuncts(interp, node.left, depth) + _conjuncts(interp, node.right, depth)
    if isinstance(node, ast.Name) and depth < 4:
        value = interp.lookup(node.id)
        if isinstance(value, Column) and value.node is not node:
            return _conjuncts(interp, value.node, depth + 1)  # type: ignore[arg-type]
    return [node]


_SQL_INTERVAL = re.compile(r"\s*INTERVAL\s+[\w\s.'\"-]+", re.IGNORECASE)


def _side(interp, node: ast.expr, left: Frame, right: Frame) -> str | None:
    """Which input a time expression reads: "left", "right", "const" (no column), or None."""
    sides: set[str] = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            value = interp.lookup(child.id)
            if not (value is left or value is right or isinstance(value, (ModuleRef, FuncRef))
                    or (isinstance(value, Const) and isinstance(value.value, (int, float)))):
                return None  # a name holding a column or anything else: not read
            continue
        if isinstance(child, ast.Attribute) and isinstance(child.value, ast.Name):
            value = interp.lookup(child.value.id)
            if value is left or value is right:
                sides.add("left" if value is left else "right")
            elif isinstance(value, Frame) or not isinstance(value, ModuleRef):
                return None
        elif isinstance(child, ast.Subscript) and isinstance(child.value, ast.Name):
            value = interp.lookup(child.value.id)
            if value is not left and value is not right:
                return None
            sides.add("left" if value is left else "right")
        elif isinstance(child, ast.Call):
            func = child.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
            text = child.args[0].value if len(child.args) == 1 and isinstance(child.args[0], ast.Constant) else None
            if name in ("col", "column") and isinstance(text, str):
                side = _named_side(text, left, right)
                if side is None:
                    return None
                sides.add(side)
            elif name == "expr" and isinstance(text, str) and _SQL_INTERVAL.fullmatch(text):
                continue  # `expr("INTERVAL 15 MINUTES")`: a constant
            else:
                return None  # any other call (a cast, a function): not read
        elif isinstance(child, ast.Constant) and isinstance(child.value, str):
            if not any(child is call.args[0] for call in ast.walk(node) if isinstance(call, ast.Call) and call.args):
                return None  # SQL text on its own: not read
    if len(sides) > 1:
        return None
    return sides.pop() if sides else "const"


def _named_side(name: str, left: Frame, right: Frame) -> str | None:
    """The side a column named in ``col("…")`` belongs to, when the frames' columns or aliases say."""
    qualifier, _, column = name.rpartition(".")
    if qualifier:
        found = [side for side, frame in (("left", left), ("right", right)) if qualifier in frame.aliases]
        return found[0] if len(found) == 1 else None
    found = [side for side, frame in (("left", left), ("right", right)) if frame.columns is not None and column in frame.columns]
    unknown = any(frame.columns is None for frame in (left, right))
    return found[0] if len(found) == 1 and not unknown else None


def has_equality(interp, node: ast.expr, depth: int = 0) -> bool:
    """Whether a condition compares anything for equality (``==``, ``eqNullSafe``, ``=`` in SQL text),
    also in a condition held in a name."""
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and depth < 4:
            value = interp.lookup(child.id)
            if isinstance(value, Column) and value.node is not child and has_equality(interp, value.node, depth + 1):  # type: ignore[arg-type]
                return True
        elif isinstance(child, ast.Compare) and any(isinstance(op, ast.Eq) for op in child.ops):
            return True
        elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "eqNullSafe":
            return True
        elif isinstance(child, ast.Constant) and isinstance(child.value, str) and SQL_EQUALITY.search(child.value):
            return True
    return False


def equality_columns(interp, on_node: ast.expr, depth: int = 0) -> set[str]:
    """Columns a join condition compares with ``==`` / ``=`` / ``<=>``: the equi-join keys (also in
    a condition held in a name: ``cond = a.id == b.id``)."""
    condition_columns: set[str] = set()
    for child in ast.walk(on_node):
        if isinstance(child, ast.Name) and depth < 4:
            value = interp.lookup(child.id)
            if isinstance(value, Column) and value.node is not child:
                condition_columns |= equality_columns(interp, value.node, depth + 1)  # type: ignore[arg-type]
            continue
        if isinstance(child, ast.Compare) and any(isinstance(op, ast.Eq) for op in child.ops):
            for operand in (child.left, *child.comparators):
                name = column_name(interp, operand)
                if name:
                    condition_columns.add(name.rsplit(".", 1)[-1])
        elif isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "eqNullSafe":
            for operand in (child.func.value, *child.args):
                name = column_name(interp, operand)
                if name:
                    condition_columns.add(name.rsplit(".", 1)[-1])
        elif isinstance(child, ast.Constant) and isinstance(child.value, str):
            for pair in SQL_EQUALITY.findall(child.value):
                condition_columns.update(part.strip("`").rsplit(".", 1)[-1] for part in pair)
    return condition_columns


# `abs(…) < n` in SQL text (one level of parentheses inside): no time range to Spark.
_SQL_ABS_COMPARISON = re.compile(r"\babs\s*\((?:[^()]|\([^()]*\))*\)\s*[<>]=?", re.IGNORECASE)


def _under_abs(node: ast.expr) -> bool:
    """Whether an operand is an ``abs(...)`` call (``F.abs``, ``abs``)."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "abs") or (isinstance(func, ast.Name) and func.id == "abs")


def has_range_condition(interp, node: ast.expr, depth: int = 0, *, between_columns: bool = False) -> bool | None:
    """Whether a join condition compares with <, <=, >, >= or BETWEEN (a time range).  With
    ``between_columns`` (a filter Spark may push into a join) only a comparison of two columns
    counts, not a column with a constant (``value > 5``)."""
    if depth > 4:
        return None
    sql_range = _SQL_COLUMN_COMPARISON if between_columns else _SQL_RANGE
    for child in ast.walk(node):
        if isinstance(child, ast.Compare) and any(isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for op in child.ops):
            operands = (child.left, *child.comparators)
            if not any(_under_abs(operand) or (between_columns and isinstance(operand, ast.Constant)) for operand in operands):
                return True
            continue  # `abs(a - b) < 60`: Spark reads no bound on either side's time out of it
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and child.func.attr == "between":
            return True
        if isinstance(child, ast.Constant) and isinstance(child.value, str):
            if sql_range.search(_SQL_ABS_COMPARISON.sub(" ", child.value)):
                return True
        if isinstance(child, ast.Name):
            value = interp.lookup(child.id)
            if isinstance(value, Column) and value.node is not child:
                inner = has_range_condition(interp, value.node, depth + 1, between_columns=between_columns)  # type: ignore[arg-type]
                if inner:
                    return True
            elif not isinstance(value, (Frame, FuncRef, ModuleRef, Const)) and not between_columns:
                return None  # (in a filter a name not read is passed over: only what is read counts)
    return False


# A comparison between two columns in SQL text (`pay_ts <= ts + INTERVAL 1 HOUR`), or BETWEEN; and any.
_SQL_COLUMN_COMPARISON = re.compile(r"[A-Za-z_][\w.`]*\s*[<>]=?\s*[A-Za-z_(`]|\bbetween\b", re.IGNORECASE)
_SQL_RANGE = re.compile(r"[<>]|\bbetween\b", re.IGNORECASE)

