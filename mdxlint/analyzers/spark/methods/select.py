"""``select`` and ``selectExpr``: the output columns (and which are still raw binary),
struct columns, column types and watermark columns after them; an aggregate among the
expressions makes the projection a global aggregation."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Any

from mdxlint.analyzers.spark.columns import (
    bare_column, carried_watermark, casts_to_binary, column_name, expr_type, function_name, is_struct_expression, missing_columns, non_aggregated,
    note_generator_places,
    PLAIN_NAME, _plain_reference, output_name, python_aggregate, select_items, sql_names, star, stale_columns,
)
from mdxlint.analyzers.spark.methods.project import finish, global_aggregation, read_expressions, sql_texts, watermarks_kept
from mdxlint.analyzers.spark.methods.registry import MethodCall, frame_method
from mdxlint.analyzers.spark.schema import SparkType, ddl_type, path_type
from mdxlint.analyzers.spark.sql import SQL_AGGREGATE, SQL_CAST, SQL_IDENT, SQL_OVER, expression_columns, sql_alias, without_quoted
from mdxlint.analyzers.spark.values import GENERATOR_FUNCTIONS, LITERAL_FUNCTIONS, Frame, spelled

# -- select ------------------------------------------------------------------------------


@frame_method("select")
def select(interp, frame: Frame, call: MethodCall) -> Any:
    arg_nodes = call.arg_nodes
    missing_columns(interp, frame, arg_nodes)
    stale_columns(interp, frame, arg_nodes)
    note_generator_places(interp, arg_nodes, outside_select=False)
    facts, changes = read_expressions(interp, frame, arg_nodes)
    if facts.aggregates:
        if python_aggregate(interp, arg_nodes):
            non_aggregated(interp, frame, arg_nodes, None, strings=True)
        return global_aggregation(interp, frame, call, arg_nodes, facts)
    _note_generator_aliases(interp, frame, arg_nodes)
    columns, binary = select_columns(interp, frame, arg_nodes)
    changes["columns"] = columns
    changes["same_twice"] = _read_twice(interp, frame, arg_nodes, columns)
    changes["binary_columns"] = binary
    changes["struct_columns"] = select_structs(interp, frame, arg_nodes)
    changes["types"] = select_types(interp, frame, arg_nodes)
    changes["watermark_columns"] = select_watermarks(interp, frame, arg_nodes, columns)
    return finish(frame, facts, changes)


def select_columns(interp, frame: Frame, arg_nodes: list[ast.expr]) -> tuple[tuple[str, ...] | None, frozenset[str]]:
    columns, binary = frame.columns, frame.binary_columns
    result: list[str] = []
    raw_binary: set[str] = set()
    known = True
    for item in select_items(arg_nodes):
        path = bare_column(interp, item) if not isinstance(item, ast.Constant) else item.value
        if isinstance(path, str) and path.strip().endswith(".*") and path.strip() != "*":
            # `e.after.*`: the fields of a struct whose type the lesson shows (from_json with its schema)
            parent = path_type(frame.types, path.strip()[:-2].strip("`"))
            if parent is not None and parent.name == "struct" and parent.fields:
                result.extend(name for name, _ in parent.fields)
            else:
                known = False
            continue
        generated = generator_names(interp, frame, item)
        if generated is not None:
            result.extend(generated)
            continue
        side = _starred_side(interp, frame, item)
        if side is not None:
            # `o["*"]` after `o.join(c, …)`: the columns of `o`, not of the joined frame
            if side.columns is None:
                known = False
            else:
                result.extend(side.columns)
            continue
        out, raw = output_name(interp, item)
        if out == "*":
            known = star(columns, binary, result, raw_binary) and known
            continue
        if out is None or out.endswith(".*"):
            known = False
            continue
        result.append(out)
        source = bare_column(interp, item) or out
        if (raw and source in binary) or (isinstance(item, ast.Call) and casts_to_binary(item)):
            raw_binary.add(out)
    return (tuple(result) if known else None), frozenset(raw_binary)


def _read_twice(interp, frame: Frame, arg_nodes: list[ast.expr], columns: tuple[str, ...] | None) -> frozenset[str]:
    """The names a projection outputs twice or more only by reading one column of the frame as it is
    (`select("id", "id")`, `select("*", "op")`, `col("op")`): one attribute twice, which Spark reads
    by name without ambiguity (checked on PySpark 4.1, held-out h130); an alias or an expression of
    that name makes another."""
    if columns is None or frame.columns is None or len(set(map(str.lower, columns))) == len(columns):
        return frozenset()
    plain: dict[str, int] = {}
    for item in select_items(arg_nodes):
        if isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value.strip() == "*":
            for column in frame.columns:
                plain[column.lower()] = plain.get(column.lower(), 0) + 1
            continue
        name = _own_column(interp, frame, item)
        if name is not None:
            plain[name] = plain.get(name, 0) + 1
    counts: dict[str, int] = {}
    for column in columns:
        counts[column.lower()] = counts.get(column.lower(), 0) + 1
    return frozenset(name for name, count in counts.items()
                     if count > 1 and plain.get(name) == count and not frame.names_twice(name))


def _own_column(interp, frame: Frame, item: ast.expr) -> str | None:
    """The name (lower case) of the frame's column ``item`` reads as it is: `"id"`, `col("id")`, `"a.id"`
    through the frame's alias, `df.id` or `df["id"]` through the frame itself; None for anything else."""
    reference = _plain_reference(interp, item, True, renamed=False)
    if reference is not None:
        text = reference.value.strip()
        head, _, rest = text.partition(".")
        if rest and head.lower() in {alias.lower() for alias in frame.aliases}:
            text = rest
        return text.lower() if PLAIN_NAME.fullmatch(text) else None
    owner = item.value if isinstance(item, (ast.Attribute, ast.Subscript)) else None
    if not isinstance(owner, ast.Name) or interp.lookup(owner.id) is not frame:
        return None
    if isinstance(item, ast.Attribute):
        name = item.attr
    elif isinstance(item.slice, ast.Constant) and isinstance(item.slice.value, str):
        name = item.slice.value
    else:
        return None
    return name.lower() if PLAIN_NAME.fullmatch(name) else None


# The columns a generator makes without an alias, by the function and what it reads (PySpark 4.1).
_GENERATED = {
    ("explode", "array"): ("col",), ("explode_outer", "array"): ("col",),
    ("explode", "map"): ("key", "value"), ("explode_outer", "map"): ("key", "value"),
    ("posexplode", "array"): ("pos", "col"), ("posexplode_outer", "array"): ("pos", "col"),
    ("posexplode", "map"): ("pos", "key", "value"), ("posexplode_outer", "map"): ("pos", "key", "value"),
}


def generator_names(interp, frame: Frame, item: ast.expr) -> tuple[str, ...] | None:
    """A generator in a select, without an alias or with one name for each of its columns: the
    columns Spark names it (`explode`: `col`, `key` and `value` for a map; `json_tuple`: `c0`,
    `c1`, …; `inline`: the fields of the structs), when what it makes is known; None otherwise."""
    given = generator_aliases(interp, item)
    if given is not None:
        call, aliases = given
        made = generated_columns(interp, frame, call)
        return aliases if len(aliases) > 1 and (made is None or len(made) == len(aliases)) else None
    return generated_columns(interp, frame, item)


def _note_generator_aliases(interp, frame: Frame, arg_nodes: list[ast.expr]) -> None:
    """`posexplode("tags").alias("tag")`: names for a generator's columns, as many as it makes or Spark
    refuses the select ([UDTF_ALIAS_NUMBER_MISMATCH]); where what it makes is known."""
    for item in select_items(arg_nodes):
        given = generator_aliases(interp, item)
        if given is None:
            continue
        call, aliases = given
        made = generated_columns(interp, frame, call)
        if made is not None and len(made) != len(aliases):
            written = function_name(interp, call.func) or "generator"
            interp.analysis.generator_aliases_mismatched.append((interp.site(item), written, made, aliases))


def generator_aliases(interp, item: ast.expr) -> tuple[ast.Call, tuple[str, ...]] | None:
    """(the generator, the names) of `gen(…).alias("a", "b")`, names written as strings; None otherwise."""
    if not (isinstance(item, ast.Call) and isinstance(item.func, ast.Attribute) and item.func.attr in ("alias", "name")
            and item.args and not item.keywords and isinstance(item.func.value, ast.Call)):
        return None
    names = tuple(arg.value for arg in item.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    if len(names) != len(item.args) or function_name(interp, item.func.value.func) not in GENERATOR_FUNCTIONS:
        return None
    return item.func.value, names


def generated_columns(interp, frame: Frame, item: ast.expr) -> tuple[str, ...] | None:
    """The columns a generator call makes, by the names Spark gives them, when they are known."""
    if not (isinstance(item, ast.Call) and item.args and not item.keywords
            and not any(isinstance(arg, ast.Starred) for arg in item.args)):
        return None
    name = function_name(interp, item.func)
    if name == "json_tuple" and len(item.args) > 1:
        return tuple(f"c{index}" for index in range(len(item.args) - 1))  # (checked on PySpark 4.1)
    if len(item.args) != 1:
        return None
    kind = expr_type(interp, item.args[0], frame.types)
    if kind is None:
        return None
    if name in ("inline", "inline_outer"):
        element = kind.field("element") if kind.name == "array" else None
        return tuple(field for field, _ in element.fields) if element is not None and element.name == "struct" and element.fields else None
    return _GENERATED.get((name, kind.name)) if name is not None else None


def _starred_side(interp, frame: Frame, item: ast.expr) -> Frame | None:
    """The frame `X` of an item `X["*"]` when `X` is another frame than the one selected from (a side
    of the join it is made of)."""
    if (isinstance(item, ast.Subscript) and isinstance(item.value, ast.Name) and isinstance(item.slice, ast.Constant)
            and item.slice.value == "*"):
        side = interp.lookup(item.value.id)
        return side if isinstance(side, Frame) and side is not frame else None
    return None


def select_structs(interp, frame: Frame, arg_nodes: list[ast.expr]) -> frozenset[str]:
    """Struct columns kept by name, and new struct expressions."""
    structs = frame.struct_columns
    kept: set[str] = set()
    for item in select_items(arg_nodes):
        if isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value.endswith(".*") and item.value != "*":
            parent = path_type(frame.types, item.value[:-2])  # "c.*": the struct fields of c
            if parent is not None and parent.name == "struct":
                kept |= {name for name, kind in parent.fields if kind is not None and kind.name == "struct"}
            continue
        out, _ = output_name(interp, item)
        if out == "*":
            kept |= structs
        elif out is not None and (is_struct_expression(interp, item) or (bare_column(interp, item) in structs)):
            kept.add(out)
        elif out is not None:
            kind = expr_type(interp, item, frame.types)  # a struct field picked by its path, "c.after"
            if kind is not None and kind.name == "struct":
                kept.add(out)
    return frozenset(kept)


def select_types(interp, frame: Frame, arg_nodes: list[ast.expr]) -> dict[str, SparkType]:
    types = frame.types
    result: dict[str, SparkType] = {}
    for item in select_items(arg_nodes):
        if isinstance(item, ast.Constant) and isinstance(item.value, str) and item.value.endswith(".*"):
            parent = path_type(types, item.value[:-2]) if item.value != "*" else None
            if parent is not None and parent.name == "struct":
                result.update({field_name: field_type for field_name, field_type in parent.fields})
            continue
        out, _ = output_name(interp, item)
        if out == "*":
            result.update(types)
            continue
        if out is None and isinstance(item, ast.Call):
            out = column_name(interp, item)
            if out and "." in out:
                out = out.rsplit(".", 1)[1]  # col("data.after.ts") is named ts
        kind = expr_type(interp, item, types)
        if out and kind is not None:
            result[out] = kind
    return result


def select_watermarks(interp, frame: Frame, arg_nodes: list[ast.expr], columns: tuple[str, ...] | None) -> frozenset[str]:
    """``col("ts").alias("t")`` keeps the watermark metadata under the new name (an alias of a
    plain reference keeps its metadata; ``cast`` and other expressions drop it)."""
    kept = watermarks_kept(frame, columns)
    for arg in select_items(arg_nodes):
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr in ("alias", "name"):
            source = spelled(frame, carried_watermark(interp, arg.func.value))  # `window("ts", "5 seconds").alias("w")` too
            target = column_name(interp, arg)
            if source in frame.watermark_columns and target:
                kept = kept | {target}
            elif target in kept:
                # A new column under the watermarked one's name (`col("ts").cast("timestamp").alias("ts")`):
                # the expression carries no watermark metadata, whatever its name.
                kept = kept - {target}
    return frozenset(kept)



# -- selectExpr --------------------------------------------------------------------------


# A selectExpr item that names one column, maybe renamed: `valu`, `valu AS v`, `valu v`.
_PLAIN_SQL_ITEM = re.compile(r"\s*(?:`([^`]+)`|([A-Za-z_][A-Za-z0-9_]*))(?:\s+(?:[Aa][Ss]\s+)?(?:`[^`]+`|[A-Za-z_][A-Za-z0-9_]*))?\s*")
# The names a generator's columns get at the end of an item: `stack(2, …) AS (k, v)`.
_GENERATOR_ALIASES = re.compile(r"\bas\s*\(([^()]*)\)\s*$", re.IGNORECASE)
# Words such an item may be that are no column (`SELECT null`; current_date and the like are
# Frame.lacks_column's LITERAL_FUNCTIONS).
_SQL_WORDS = frozenset("null true false current_catalog current_database current_schema".split())


@frame_method("selectExpr")
def select_expr(interp, frame: Frame, call: MethodCall) -> Any:
    arg_nodes = call.arg_nodes
    lateral: set[str] = set()  # names earlier items give their columns (missing_columns' lateral aliases)
    for node in select_items(arg_nodes):
        # `selectExpr("valu")`: a column the frame lacks, as select("valu") would name it
        text = node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
        found = _PLAIN_SQL_ITEM.fullmatch(text) if text is not None else None
        name, quoted = _plain_item(node)  # (`full name` in backticks: one name)
        if name and frame.lacks_column(name) and name.lower() not in lateral:
            interp.analysis.select_columns_missing.append((interp.site(node), name, frame.columns))
        elif name and not quoted and name.lower() not in lateral and frame.names_twice(name):
            interp.analysis.ambiguous_references.append((interp.site(node), name))
        elif found is None and text is not None and frame.columns is not None and not frame.opaque:
            # An expression (`balance * 2 AS b`): the columns its text reads.
            for read in sql_names(interp, node):
                if frame.lacks_column(read.value) and read.value.lower() not in lateral:
                    interp.analysis.select_columns_missing.append((interp.site(read), read.value, frame.columns))
        alias = sql_alias(text) if text is not None else None
        if alias is not None:
            lateral.add(alias.group(1).strip("`").lower())
        generated = _GENERATOR_ALIASES.search(text) if text is not None else None
        if generated is not None:  # `posexplode(…) AS (pos, val)`: names the next items may read
            lateral.update(name.strip(" `").lower() for name in generated.group(1).split(","))
    facts, changes = read_expressions(interp, frame, [], sql_texts(arg_nodes))
    if facts.aggregates:
        _plain_beside_aggregates(interp, frame, arg_nodes)
        # (its columns are the items' names, `count(*) AS n` gives `n`; None where one is not known)
        return replace(global_aggregation(interp, frame, call, [], facts), columns=select_expr_columns(frame, arg_nodes)[0])
    columns, binary = select_expr_columns(frame, arg_nodes)
    changes["columns"] = columns
    changes["binary_columns"] = binary
    changes["struct_columns"] = frozenset()  # not followed through SQL text
    changes["types"] = select_expr_types(frame, arg_nodes)
    changes["watermark_columns"] = select_expr_watermarks(frame, arg_nodes, columns)
    return finish(frame, facts, changes)


def _plain_beside_aggregates(interp, frame: Frame, arg_nodes: list[ast.expr]) -> None:
    """`selectExpr("op", "max(balance)")`: a column named as it is beside an aggregate, with no
    groupBy ([MISSING_GROUP_BY]); where the frame's columns are known and hold it, and an item
    is surely an aggregate (outside strings, with no OVER)."""
    texts = [node.value for node in sql_texts(arg_nodes)]
    # (every text read as an expression: a subquery's aggregate, `(SELECT max(id) FROM t)`, is its own)
    if frame.columns is None or frame.opaque or any(expression_columns(text) is None for text in texts) or not any(
            SQL_AGGREGATE.search(without_quoted(text)) and not SQL_OVER.search(text) for text in texts):
        return
    for node in select_items(arg_nodes):
        name, quoted = _plain_item(node)
        if name is None or quoted or name.lower() in LITERAL_FUNCTIONS:
            continue
        if not frame.lacks_column(name) and not frame.names_twice(name):
            interp.analysis.non_aggregated.append((interp.site(node), name, spelled(frame, name), False))


def _plain_item(node: ast.expr) -> tuple[str | None, bool]:
    """(the column a selectExpr item names as it is, maybe renamed: `valu`, `valu AS v`, `valu v`;
    whether it is quoted, `` `full name` ``), or (None, False) for anything else."""
    text = node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
    found = _PLAIN_SQL_ITEM.fullmatch(text) if text is not None else None
    if found is None:
        return None, False
    name = found.group(1) or found.group(2)
    return (name, True) if found.group(1) else ((name, False) if name.lower() not in _SQL_WORDS else (None, False))


# The column a function written without parentheses makes in selectExpr (checked on PySpark 4.1).
_LITERAL_FUNCTION_NAMES = {"current_date": "current_date()", "current_timestamp": "current_timestamp()",
                           "user": "current_user()", "current_user": "current_user()", "session_user": "current_user()",
                           "current_time": "current_time(6)"}


def select_expr_columns(frame: Frame, arg_nodes: list[ast.expr]) -> tuple[tuple[str, ...] | None, frozenset[str]]:
    columns, binary = frame.columns, frame.binary_columns
    result: list[str] = []
    raw_binary: set[str] = set()
    known = True
    for arg in arg_nodes:
        text = arg.value if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None
        if text is None:
            known = False
            continue
        text = text.strip()
        if text == "*":
            known = star(columns, binary, result, raw_binary) and known
            continue
        ident = SQL_IDENT.fullmatch(text)
        if ident and ident.group(1).lower() in LITERAL_FUNCTIONS and not text.startswith("`") and (
                columns is not None and not any(column.lower() == ident.group(1).lower() for column in columns)):
            # `current_date`, the function where no column has the name: named as Spark names it
            named = _LITERAL_FUNCTION_NAMES.get(ident.group(1).lower())
            if named is None:
                known = False
            else:
                result.append(named)
            continue
        if ident:
            result.append(ident.group(1))
            if ident.group(1) in binary:
                raw_binary.add(ident.group(1))
            continue
        alias = sql_alias(text)
        cast = SQL_CAST.match(text)
        if alias and (len(text) > len(alias.group(0))):
            result.append(alias.group(1))
            if cast and cast.group(2).lower() == "binary":
                raw_binary.add(alias.group(1))
        elif cast and cast.end() == len(text):
            result.append(cast.group(1))  # CAST(value AS STRING) keeps the name `value`
            if cast.group(2).lower() == "binary":
                raw_binary.add(cast.group(1))
        else:
            known = False
    return (tuple(result) if known else None), frozenset(raw_binary)


# A column reference in SQL text, maybe a nested path, maybe renamed: it keeps its type.
_REFERENCE = re.compile(r"`?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)`?(?:\s+(?:as\s+)?`?([A-Za-z_]\w*)`?)?", re.IGNORECASE)
_STRUCT_STAR = re.compile(r"`?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)`?\.\*")


def select_expr_types(frame: Frame, arg_nodes: list[ast.expr]) -> dict[str, SparkType]:
    types = frame.types
    result: dict[str, SparkType] = {}
    for arg in arg_nodes:
        text = arg.value.strip() if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""
        ident = SQL_IDENT.fullmatch(text)
        cast = SQL_CAST.match(text)
        alias = sql_alias(text)
        reference = _REFERENCE.fullmatch(text)  # `data.ts_ms`, `value AS ts_ms`, `data.ts_ms ts`
        struct_star = _STRUCT_STAR.fullmatch(text)
        if text == "*":
            result.update(types)
        elif ident and ident.group(1) in types:
            result[ident.group(1)] = types[ident.group(1)]
        elif reference is not None:
            kind = path_type(types, reference.group(1))
            if kind is not None:
                result[reference.group(2) or reference.group(1).rsplit(".", 1)[-1]] = kind
        elif struct_star is not None:
            struct = path_type(types, struct_star.group(1))
            if struct is not None and struct.name == "struct":
                result.update(dict(struct.fields))
        elif cast and alias and len(text) > len(alias.group(0)):
            kind = ddl_type(cast.group(2))
            if kind is not None:
                result[alias.group(1)] = kind
        elif cast and cast.end() == len(text):
            kind = ddl_type(cast.group(2))
            if kind is not None:
                result[cast.group(1)] = kind
    return result


def select_expr_watermarks(frame: Frame, arg_nodes: list[ast.expr], columns: tuple[str, ...] | None) -> frozenset[str]:
    """``"ts AS t"`` keeps the watermark metadata under the new name."""
    kept = watermarks_kept(frame, columns)
    for arg in arg_nodes:
        text = arg.value.strip() if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else ""
        aliased = re.fullmatch(r"`?(\w+)`?\s+(?:as\s+)?`?(\w+)`?", text, re.IGNORECASE) or re.fullmatch(
            r"(?:session_)?window\s*\(\s*`?(\w+)`?\s*,[^()]*\)\s+(?:as\s+)?`?(\w+)`?", text, re.IGNORECASE)
        if aliased and aliased.group(1) in frame.watermark_columns:
            kept = kept | {aliased.group(2)}
    return frozenset(kept)
