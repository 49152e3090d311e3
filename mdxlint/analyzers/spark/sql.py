"""``spark.sql(...)`` read over the session's temp views, and SQL text inside column
expressions (``selectExpr``, ``filter("...")``, ``expr("...")``): the regular
expressions that recognise aggregates, aliases, casts and the source view.  A query
over one view with a simple SELECT is read (aggregation, DISTINCT, ORDER BY, LIMIT,
window functions); common table expressions and subqueries in FROM are read as views of
their own; joins of two or more views are read (their kind, watermarks and conditions);
anything else gives an opaque frame."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import replace

from mdxlint.analyzers.spark.plan import UNION_STREAM_BATCH, aggregated, except_of_batch, note_window_type, union_of
from mdxlint.analyzers.spark.schema import split_top
from mdxlint.analyzers.spark.values import (
    MONOTONIC_ID_ON_STREAM,
    AGGREGATE_FUNCTIONS, ExprFacts, Frame, Join, Key, Session, Watermark, joined_event_times, spelled,
)

# Spark SQL's aggregate functions (`count_if`, `max_by`, `median`… too; not the DataFrame API's
# names SQL lacks: `countDistinct`, `product`).
SQL_AGGREGATE_FUNCTIONS = (AGGREGATE_FUNCTIONS - {"countDistinct", "count_distinct", "sum_distinct", "sumDistinct",
                                                  "approxCountDistinct", "product"}) | {"any", "collect_list", "collect_set"}
# (`op LIKE ANY ('c%', 'r%')` is a predicate, not the `any` aggregate)
SQL_AGGREGATE = re.compile(r"(?<!like\s)(?<!like\s\s)\b(" + "|".join(sorted(SQL_AGGREGATE_FUNCTIONS, key=len, reverse=True)) + r")\s*\(",
                           re.IGNORECASE)
SQL_DISTINCT_AGGREGATE = re.compile(r"\b(count|sum|avg|collect_set|collect_list)\s*\(\s*distinct\b", re.IGNORECASE)
SQL_ALIAS = re.compile(r"(?:\bas\s+|\s)`?([A-Za-z_][A-Za-z0-9_]*)`?\s*$", re.IGNORECASE)
# Before an alias written without AS, an expression ends: no operator, no word that wants an operand.
_OPERAND_WANTED = re.compile(r"(?:[-+*/%|&^=<>!~,(.]|\b(?:not|and|or|is|in|like|ilike|rlike|between|case|when|then|else|"
                             r"distinct|all|interval|select|by|on|exists|as)\s*)\Z", re.IGNORECASE)


def sql_alias(text: str) -> re.Match | None:
    """The alias that ends a select item (`x AS n`, `count(*) n`), or None: a last word after an operator
    is an operand (`op || ts` is named `concat(op, ts)`, not `ts`; checked on PySpark 4.1, held-out h135)."""
    found = SQL_ALIAS.search(text)
    if found is None or found.group(0)[:2].lower() == "as":
        return found
    before = text[: found.start()].rstrip()
    return None if not before or _OPERAND_WANTED.search(before) else found
SQL_IDENT = re.compile(r"`?([A-Za-z_][A-Za-z0-9_]*)`?$")
SQL_CAST = re.compile(r"^\s*cast\s*\(\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s+as\s+(\w+)\s*\)", re.IGNORECASE)
SQL_FROM = re.compile(r"\bfrom\s+`?([A-Za-z_][\w.]*)`?", re.IGNORECASE)
# The watermark clause of a relation in FROM (Spark 4.1): `FROM ev WATERMARK ts DELAY OF INTERVAL 5 MINUTES`.
SQL_WATERMARK = re.compile(r"\bwatermark\s+`?([A-Za-z_]\w*)`?\s+delay\s+of\b", re.IGNORECASE)
# `OVER (…)` or `OVER w` with a named `WINDOW w AS (…)` clause.
SQL_OVER = re.compile(r"\bover\s*(?:\(|[A-Za-z_]\w*\b)", re.IGNORECASE)
SQL_OVER_CALL = re.compile(r"\b(\w+)\s*\([^()]*\)\s*over\b", re.IGNORECASE)
# A window function's call and spec, and a named window clause: their `count(…)` is no
# aggregation and their `ORDER BY` no sort of the query.
SQL_WINDOW_PARTS = re.compile(
    r"\w+\s*\([^()]*\)\s+over\s*(?:\([^()]*\)|[A-Za-z_]\w*)|\bwindow\s+\w+\s+as\s*\([^()]*\)", re.IGNORECASE)


# A string (kept) or a `--` line comment or `/* */` comment (dropped) in SQL text.
_SQL_COMMENT = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|--[^\n]*|/\*.*?\*/", re.S)


def over_function(text: str) -> str:
    """The name of the first window function in SQL text (``ROW_NUMBER``), as written."""
    found = SQL_OVER_CALL.search(text)
    return found.group(1) if found else "window function"


def sql_frame(interp, session: Session, query: str, node: ast.Call) -> Frame:
    """``spark.sql(...)`` over temp views: one view and a simple SELECT are read
    (aggregation, DISTINCT, ORDER BY, LIMIT, window functions); anything else is opaque.
    Common table expressions and subqueries in FROM are read as views of their own."""
    site = interp.site(node)
    # (`-- comments` go before the lines are joined: they end at their line's end)
    text = " ".join(_SQL_COMMENT.sub(lambda m: m.group(0) if m.group(0)[0] in "'\"" else " ", query).split())
    text = _FUNCTION_FROM.sub(r"\1(\2, ", text)  # `extract(SECOND FROM ts)` reads no relation
    return _query_frame(interp, session, text, site)


_FUNCTION_FROM = re.compile(r"\b(extract|trim|substring|overlay|position)\s*\(([^()]*?)\bfrom\b", re.IGNORECASE)


# `WITH name [(columns)] AS (` and `FROM (SELECT` / `JOIN (SELECT`: relations written in the query.
_CTE_NAME = re.compile(r"\s*`?([A-Za-z_]\w*)`?\s*(?:\(([^()]*)\)\s*)?as\s*\(", re.IGNORECASE)
_WITH = re.compile(r"\s*with\s+(?!recursive\b)", re.IGNORECASE)
_FROM_SUBQUERY = re.compile(r"\b(?:from|join)\s*(\()\s*select\b", re.IGNORECASE)


# A relation a statement reads or writes by name: `FROM v`, `JOIN v`, `MERGE … USING v`, `TABLE v`,
# `INSERT INTO v`, `UPDATE v` (not `JOIN … USING (col)`).
_RELATION = re.compile(r"\b(?:from|join|using|table|into|update)\s+`?([A-Za-z_][\w.]*)`?", re.IGNORECASE)
_READ_RELATION = re.compile(r"\b(?:from|join)\s+`?([A-Za-z_][\w.]*)`?", re.IGNORECASE)
_DEFINED_NAME = re.compile(r"\b([A-Za-z_]\w*)\s+as\s*\(", re.IGNORECASE)


def relations_named(query: str, pattern: re.Pattern = _RELATION) -> set[str]:
    """The names of the tables and views SQL text reads or writes (``relations_read``: reads),
    less its common table expressions (comments and string literals are no names)."""
    text = _blank_strings(_SQL_COMMENT.sub(lambda m: m.group(0) if m.group(0)[0] in "'\"" else " ", query))
    return {found.group(1) for found in pattern.finditer(text)} - {found.group(1) for found in _DEFINED_NAME.finditer(text)}


def relations_read(query: str) -> set[str]:
    """The names of the tables and views SQL text reads (after FROM or JOIN)."""
    return relations_named(query, _READ_RELATION)


def _blank_strings(text: str) -> str:
    """``text`` with the inside of its string literals made spaces (same length)."""
    return _SQL_STRING.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def _with_clause(blank: str) -> tuple[list[tuple[str, str | None, int, int]], int] | None:
    """The common table expressions of ``WITH a AS (…), b (x, y) AS (…) SELECT …`` as (name, its
    column list's text or None, start, end of the body), and where the query after them starts;
    None when the clause is not read.  ``blank``: the text with strings blanked."""
    found = _WITH.match(blank)
    if found is None:
        return None
    tables, cursor = [], found.end()
    while True:
        name = _CTE_NAME.match(blank, cursor)
        if name is None:
            return None
        close = closing_paren(blank, name.end() - 1)
        if close == -1:
            return None
        tables.append((name.group(1), name.group(2), name.end(), close))
        cursor = close + 1
        comma = _COMMA.match(blank, cursor)
        if comma is None:
            return tables, cursor
        cursor = comma.end()


_COMMA = re.compile(r"\s*,")


def _renamed_columns(frame: Frame, listed: str, site) -> Frame:
    """A common table expression's frame under the column list written after its name
    (`WITH t(a, b) AS (SELECT id, v …)`: columns `a` and `b`, held-out h122); one with another
    number of columns than the list is not followed (Spark refuses it: ASSIGNMENT_ARITY_MISMATCH)."""
    names = [part.strip().strip("`") for part in listed.split(",")]
    if frame.columns is None or len(names) != len(frame.columns) or not all(SQL_IDENT.fullmatch(name) for name in names):
        return Frame(None, site, opaque=True)
    types = {new: frame.types[old] for old, new in zip(frame.columns, names) if old in frame.types} if frame.types else {}
    return replace(frame, columns=tuple(names), types=types)


_QUALIFY = re.compile(r"\bqualify\b", re.IGNORECASE)


def _query_frame(interp, session: Session, text: str, site) -> Frame:
    """The frame of one query's text: its common table expressions and subqueries in FROM
    become views (read by this same function) that the rest of the query reads by name."""
    blank = _blank_strings(text)
    if _QUALIFY.search(blank):
        # QUALIFY is no syntax of Apache Spark 4.1: `spark.sql` refuses the text (PARSE_SYNTAX_ERROR),
        # which is not modelled; nothing is claimed of the query.
        return Frame(None, site, opaque=True)
    relations: list[tuple[str, str]] = []
    column_lists: dict[str, str] = {}
    with_clause = _with_clause(blank)
    if with_clause is not None:
        tables, rest = with_clause
        relations = [(name, text[start:end].strip()) for name, _, start, end in tables]
        column_lists = {name: columns for name, columns, _, _ in tables if columns is not None}
        text, blank = text[rest:].strip(), blank[rest:].strip()
    if _FROM_SUBQUERY.search(blank):
        text, subqueries = _name_subqueries(text, blank, len(session.temp_views))
        relations += subqueries
    if relations:
        views = dict(session.temp_views)
        for name, body in relations:
            views[name] = _query_frame(interp, replace(session, temp_views=dict(views)), body, site)
            if name in column_lists:
                views[name] = _renamed_columns(views[name], column_lists[name], site)
        return _query_frame(interp, replace(session, temp_views=views), text, site)
    branches = _union_all_branches(text, blank)
    if branches is not None:
        frames = [_query_frame(interp, session, branch, site) for branch in branches]
        union = frames[0]
        for other in frames[1:]:
            union = union_of(union, other, site)
        return union
    return _plain_query_frame(interp, session, text, site)


_SET_OPERATION = re.compile(
    r"\b(union|intersect|except|minus)\b(\s+(?:all|distinct)\b)?(?=\s*(?:\(|(?:select|table|values)\b))", re.IGNORECASE
)
# What a set operator never follows: `SELECT * EXCEPT (col)` drops columns, and `minus` after a
# comma, a dot, `AS`, `SELECT` or `ORDER BY` is a column's name (`GROUP BY ALL` ends a query).
_NOT_BEFORE_SET_OPERATION = re.compile(r"(?:[*,.(]|\b(?:select|distinct|as|by)|(?<!by\s)\ball)\s*\Z", re.IGNORECASE)


def set_operations(text: str) -> list[re.Match]:
    """The set operators of a query's text (UNION, INTERSECT, EXCEPT, MINUS, with ALL or DISTINCT)
    that join two queries: followed by a query, not after what only a column list holds, and not
    a quoted name (`` `minus` ``)."""
    return [found for found in _SET_OPERATION.finditer(text)
            if text[found.start() - 1 : found.start()] != "`"
            and _NOT_BEFORE_SET_OPERATION.search(text, 0, found.start()) is None]


def split_at(text: str, cuts: list[re.Match]) -> list[str]:
    """``text`` cut at the spans of ``cuts``."""
    bounds = [0] + [edge for found in cuts for edge in found.span()] + [len(text)]
    return [text[start:end] for start, end in zip(bounds[::2], bounds[1::2])]


# ` AS name` after an expression of a select list (or a bare name after a call's parenthesis).
_ALIAS_AFTER = re.compile(r"(?:\s+as|(?<=\)))\s+`?[A-Za-z_]\w*`?\s*$", re.IGNORECASE)
_WHOLE_QUERY_CLAUSE = re.compile(r"\b(?:order\s+by|sort\s+by|cluster\s+by|distribute\s+by|limit|offset)\b", re.IGNORECASE)


def _union_all_branches(text: str, blank: str) -> list[str] | None:
    """The SELECTs of ``SELECT … UNION ALL SELECT …`` (split outside parentheses), each read as a
    query of its own and unioned as ``DataFrame.union`` does; None for any other query, and where
    a clause after the last SELECT may apply to the whole union (ORDER BY, LIMIT)."""
    cuts = []
    for found in set_operations(blank):
        if blank.count("(", 0, found.start()) != blank.count(")", 0, found.start()):
            continue  # inside parentheses: a subquery expression's own
        if found.group(1).lower() != "union" or (found.group(2) or "").strip().lower() != "all":
            return None  # UNION [DISTINCT], INTERSECT, EXCEPT: _set_operations reads them
        cuts.append(found)
    if not cuts:
        return None
    branches = [(part.strip(), part_blank) for part, part_blank in zip(split_at(text, cuts), split_at(blank, cuts))]
    if any(not re.match(r"\(*\s*select\b", part, re.IGNORECASE) or _WHOLE_QUERY_CLAUSE.search(part_blank)
           for part, part_blank in branches):
        return None
    return [part for part, _ in branches]


def _name_subqueries(text: str, blank: str, seed: int) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each subquery in FROM or JOIN replaced by a name of its own, and the
    (name, query) of each."""
    pieces, named, cursor = [], [], 0
    for found in _FROM_SUBQUERY.finditer(blank):
        opening = found.start(1)
        if opening < cursor:
            continue  # inside a subquery named already (read when that one is)
        close = closing_paren(blank, opening)
        if close == -1:
            return text, []
        name = f"__subquery_{seed}_{len(named)}"
        named.append((name, text[opening + 1 : close].strip()))
        pieces.append(text[cursor:opening] + name)
        cursor = close + 1
    pieces.append(text[cursor:])
    return "".join(pieces), named


_COMPUTED_KEY = re.compile(r"[-+*/%|&^~<>=]|\b\w+\s*\(")
_CAST_KEY = re.compile(r"\s*(?:cast|try_cast)\s*\(", re.IGNORECASE)


_NO_RELATION = re.compile(r"\s*select\b(?:(?!\b(?:from|table|values)\b).)*", re.IGNORECASE | re.S)


def _plain_query_frame(interp, session: Session, text: str, site) -> Frame:
    """A query with no common table expressions or subqueries in FROM."""
    lowered = text.lower()
    sources = {match.group(1) for match in SQL_FROM.finditer(text)}
    views = [session.temp_views[name] for name in sources if name in session.temp_views]
    over = SQL_OVER.search(text)
    if len(views) != 1 or len(sources) != 1 or " join " in lowered or lowered.count("select ") != 1 or set_operations(lowered):
        streaming = True if any(view.streaming for view in views) else None
        if not sources and _NO_RELATION.fullmatch(_blank_strings(text)):
            streaming = False  # `SELECT current_timestamp() AS ts`: no relation read, one row of a batch (held-out h71)
        joins: tuple[Join, ...] = ()
        if lowered.count("select ") == 1 and lowered.count(" join ") == 1:
            join = _join(session, text, site)
            joins = (join,) if join is not None else ()
        elif lowered.count("select ") == 1 and lowered.count(" join ") > 1:
            joins = _join_chain(session, text, site)
        frame = Frame(streaming, site, opaque=True)
        if joins:
            frame = Frame(True if any(join.left_streaming or join.right_streaming for join in joins) else streaming, site,
                          opaque=True, joins=joins)
        frame = _set_operations(interp, session, text, site, frame)
        if over and len(views) == len(sources) == 1 and views[0].streaming and " join " not in lowered:
            # Subqueries over one streaming view: a window function in any of them runs on the stream.
            frame = replace(frame, window_functions=((site, over_function(text)),))
        return frame
    _missing_in_query(interp, views[0], text, site)
    frame = views[0].then(site=site, columns=None)
    select_part = re.search(r"select\s+(distinct\s+)?(.*?)\s+from\s", text, re.IGNORECASE | re.S)
    if select_part is not None and select_part.group(2).strip() != "*":
        # A projection: the struct columns and the types it keeps are those of the columns it names
        # bare (`SELECT w, n`), not `w.start AS start` nor `CAST(amount AS DOUBLE) AS amount`.
        named = {ident.group(1) for part in split_top(select_part.group(2)) if (ident := SQL_IDENT.fullmatch(part.strip()))}
        frame = replace(frame, struct_columns=frame.struct_columns & named,
                        types={name: kind for name, kind in frame.types.items() if name in named})
    for window in SQL_WINDOW_CALL.finditer(without_strings(text)):
        note_window_type(interp.analysis, frame, site, window.group(1).lower(), window.group(2))
    marked = SQL_WATERMARK.search(text)
    if marked is not None:
        # `FROM ev WATERMARK ts DELAY OF INTERVAL 5 MINUTES` (Spark 4.1): withWatermark in SQL
        frame = frame.then(watermarks=frame.watermarks + (Watermark(site, marked.group(1), frame.step + 1, len(frame.aggregations), len(frame.stateful)),),
                           watermark_columns=frame.watermark_columns | {marked.group(1)})
    facts = ExprFacts()
    group_part = re.search(r"\bgroup\s+by\s+(.*?)(?:\s+having\s|\s+order\s+by\s|\s+limit\s|$)", text, re.IGNORECASE | re.S)
    distinct = bool(select_part and select_part.group(1))
    plain = SQL_WINDOW_PARTS.sub(" ", text)  # without window functions and named window clauses
    aggregate_call = SQL_AGGREGATE.search(plain)
    if over:
        frame = frame.then(window_functions=frame.window_functions + ((site, over_function(text)),))
    if group_part or distinct or aggregate_call:
        keys: list[Key] = []
        if group_part:
            aliases = select_aliases(select_part.group(2)) if select_part else {}
            known = {column.lower() for column in views[0].columns} if views[0].columns is not None else set()
            parts = split_top(group_part.group(1))
            if [part.strip().lower() for part in parts] == ["all"]:
                # `GROUP BY ALL`: by every expression of the select list that is no aggregate
                listed = split_top(select_part.group(2)) if select_part else []
                parts = [_ALIAS_AFTER.sub("", item.strip()) for item in listed if not SQL_AGGREGATE.search(item)] \
                    if listed and "*" not in listed else ["ALL (the select list)"]
            listed_items = split_top(select_part.group(2)) if select_part else []
            for part in parts:
                named = part.strip().strip("`").lower()
                if named in aliases and named not in known:
                    part = aliases[named]  # GROUP BY an alias of the select list (spark.sql.groupByAliases)
                elif named.isdigit() and 0 < int(named) <= len(listed_items) and "*" not in listed_items:
                    part = _ALIAS_AFTER.sub("", listed_items[int(named) - 1].strip())  # GROUP BY 1 (groupByOrdinal)
                while part.strip().startswith("(") and closing_paren(part.strip(), 0) == len(part.strip()) - 1:
                    part = part.strip()[1:-1]  # `GROUP BY (ts)`: the column
                window = re.fullmatch(r"(window|session_window)\s*\(\s*`?(\w+)`?\s*,.*\)", part, re.IGNORECASE | re.S)
                ident = SQL_IDENT.fullmatch(part)
                if window:  # (SQL names columns without regard to case, as Spark resolves them)
                    keys.append(Key(window.group(1).lower(), spelled(frame, window.group(2)), site,
                                    session=window.group(1).lower() == "session_window"))
                elif ident:
                    keys.append(Key(spelled(frame, ident.group(1)), site=site))
                elif _COMPUTED_KEY.search(without_strings(part)) and not _CAST_KEY.match(part):
                    # Arithmetic or a function of columns (`value % 3`, `date_trunc('minute', ts)`): a new
                    # column, without the watermark of the columns it reads.
                    keys.append(Key(None, site=site, label=f"`{' '.join(part.split())[:40]}`"))
                else:
                    keys.append(Key(None, site=site, known=False, label=f"`{' '.join(part.split())[:40]}`"))
            if select_part is not None and not over and all(key.name for key in keys):
                _note_not_grouped(interp, views[0], select_part.group(2), keys, site)
        elif select_part is not None and not over and not distinct and not re.search(r"\bhaving\b", plain, re.IGNORECASE) \
                and SQL_AGGREGATE.search(without_subqueries(select_part.group(2))):
            # `SELECT k, SUM(v) FROM t` with no GROUP BY: one row of the whole view, which `k` is
            # not (MISSING_GROUP_BY, checked on PySpark 4.1; held-out h122)
            _note_not_grouped(interp, views[0], select_part.group(2), [], site, grouped=False)
        elif distinct:
            columns = split_top(select_part.group(2)) if select_part else []
            for part in columns:
                ident = SQL_IDENT.fullmatch(part)
                keys.append(Key(spelled(frame, ident.group(1)), site=site) if ident else Key(None, site=site, known=False))
        facts.aggregates.append(site)
        if SQL_DISTINCT_AGGREGATE.search(text):
            facts.distinct.append(site)
        frame = aggregated(interp.analysis, frame, tuple(keys), site, facts, [])
        frame = replace(frame, columns=None)
    if select_part is not None:
        # The query's columns, where its select list names each of them (`SELECT id, count(*) AS n`).
        frame = replace(frame, columns=select_names(select_part.group(2)))
    if re.search(r"\border\s+by\b", plain, re.IGNORECASE):
        # Spark's sort check takes `SELECT DISTINCT` for a Distinct, not an aggregation: sorting it is
        # refused in complete mode too.
        after_aggregation = bool(frame.aggregations) and bool(group_part or aggregate_call)
        frame = frame.then(sorts=frame.sorts + ((site, after_aggregation),))
    if re.search(r"\blimit\s+\d", lowered):
        frame = frame.then(limits=frame.limits + (site,))
    if re.search(r"\boffset\s+\d", lowered) and frame.streaming:
        frame = frame.then(unsupported=frame.unsupported + ((site, OFFSET_ON_STREAM),))
    if re.search(r"\btablesample\s*\(", lowered) and frame.streaming:
        frame = frame.then(unsupported=frame.unsupported + ((site, SAMPLE_ON_STREAM),))
    return frame


def _note_not_grouped(interp, view: Frame, select_list: str, keys: list[Key], site, grouped: bool = True) -> None:
    """A column of the view named alone in the select list of a query grouped by plain columns
    (`SELECT id, op, max(lsn) FROM t GROUP BY id`: `op`) that is no grouping key: Spark refuses the
    query ([MISSING_AGGREGATION]); with no GROUP BY (``grouped`` False) an aggregate makes one row of
    the whole view, and any such column is refused ([MISSING_GROUP_BY]).  Only where the view's
    columns are known and hold it (else the name is unresolved first)."""
    if view.columns is None or view.opaque:
        return
    known = {column.lower(): column for column in view.columns}
    grouped = {key.name.lower() for key in keys if key.name}
    for item in split_top(select_list):
        expression = _ALIAS_AFTER.sub("", item.strip())
        ident = SQL_IDENT.fullmatch(expression.strip())
        if ident is None:
            continue
        name = ident.group(1)
        if name.lower() in known and name.lower() not in grouped and name.lower() not in interp.analysis.session_variables:
            interp.analysis.non_aggregated.append((site, name, known[name.lower()], grouped))
            return


# The queries whose column names are read (one view, no join: _plain_query_frame's): the select list,
# the view and its alias, the WHERE condition, the GROUP BY keys, the HAVING condition and the ORDER BY keys.
_SIMPLE_QUERY = re.compile(
    r"\s*select\s+(?P<distinct>distinct\s+)?(?P<items>.+?)\s+from\s+`?(?P<view>[A-Za-z_]\w*)`?"
    r"(?:\s+(?:as\s+)?(?!(?:where|group|having|order|limit)\b)[A-Za-z_]\w*)?"
    r"(?:\s+where\s+(?P<where>.+?))?(?:\s+group\s+by\s+(?P<group>.+?))?"
    r"(?:\s+having\s+(?P<having>.+?))?(?:\s+order\s+by\s+(?P<order>.+?))?(?:\s+limit\s+\d+)?\s*;?\s*",
    re.IGNORECASE | re.S)
# What the names of such a query are not read in: windows, lateral views, generators, subqueries, stars
# (_has_star).
_NOT_READ_QUERY = re.compile(r"\b(?:over|window|lateral|pivot|unpivot|transform|values|exists|in\s*\(\s*select)\b|\$|\?|:\w",
                             re.IGNORECASE)


_STAR = re.compile(r"\*")
_BEFORE_STAR_ITEM = re.compile(r"(?:^|[,.]|\b(?:select|distinct|all))\s*$", re.IGNORECASE)


def _has_star(text: str) -> bool:
    """Whether a query's text has a star that stands for columns (`SELECT *`, `t.*`, `*, a`), not one
    that multiplies (`v * 2`, `(a)*b`) or counts rows (`count(*)`)."""
    for star in _STAR.finditer(text):
        before, after = text[: star.start()], text[star.end():].lstrip()
        if before.rstrip().endswith("(") and after.startswith(")"):
            continue  # count(*)
        if _BEFORE_STAR_ITEM.search(before) is None and before.rstrip()[-1:] in _OPERAND_LAST and after[:1] in _OPERAND_FIRST:
            continue  # a product
        return True
    return False


_OPERAND_LAST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_)]`")
_OPERAND_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_(`.")


# GROUP BY of several grouping sets (`GROUPING SETS ((a, b), (a))`, `ROLLUP (a, b)`, `CUBE (a)`): not read.
_GROUPING_SETS = re.compile(r"\s*(?:grouping\s+sets|rollup|cube)\b", re.IGNORECASE)


def _missing_in_query(interp, view: Frame, text: str, site) -> None:
    """The plain column names a simple query over one temp view of known columns reads (its select
    list, WHERE and HAVING conditions, GROUP BY and ORDER BY keys) that the view lacks: Spark refuses
    the query where `spark.sql` is called (UNRESOLVED_COLUMN; held-out h83).  A name the select list
    gives an expression is no missing one (a lateral alias; GROUP BY, HAVING and ORDER BY read the
    select list's names too), except in WHERE, which Spark resolves against the view alone; nor is a
    session variable the lesson declares."""
    if view.columns is None or view.opaque:
        return
    query = _SIMPLE_QUERY.fullmatch(text)
    if query is None or _GROUPING_SETS.match(query.group("group") or ""):
        return
    bare = without_strings(text)
    if _NOT_READ_QUERY.search(bare) or _has_star(bare) or dialect_syntax(text):
        return  # (SQL of another dialect fails to parse first: SPK098)
    known = {column.lower() for column in view.columns}
    aliases = set(select_aliases(query.group("items")))
    where = query.group("where") or ""
    # (ORDER BY after DISTINCT reads the select list's columns only: not judged here)
    order = "" if query.group("distinct") else query.group("order") or ""
    parts = [*split_top(query.group("items")), where, *split_top(query.group("group") or ""), query.group("having") or "",
             *split_top(order)]
    # Names the select list writes: an alias without AS (`v * price d`, `CASE … END s`) named in HAVING or
    # ORDER BY (review h128); not read as missing there.
    written = {word.lower() for word in re.findall(r"[A-Za-z_]\w*", without_strings(query.group("items")))}
    late = len(parts) - len(split_top(order)) - (1 if query.group("having") else 0)
    for index, part in enumerate(parts):
        names = expression_columns(part) if part.strip() else []
        if names is None:
            return  # (a text not read: nothing is claimed of the query)
        for name, _ in names:
            lowered = name.lower()
            if lowered in known or lowered in interp.analysis.session_variables:
                continue
            if index >= late and lowered in written:
                continue
            if lowered not in aliases:
                interp.analysis.select_columns_missing.append((site, name, view.columns))
                return
            if part is where:
                interp.analysis.aliases_in_where.append((site, name, view.columns))
                return


_SQL_JOIN = re.compile(
    r"\bfrom\s+`?([A-Za-z_]\w*)`?(?:\s+(?:as\s+)?(?!(?:inner|cross|left|right|full|natural|join)\b)([A-Za-z_]\w*))?\s+"
    r"((?:inner|cross|left|right|full)(?:\s+(?:outer|semi|anti))?\s+|(?:semi|anti)\s+)?join\s+`?([A-Za-z_]\w*)`?"
    r"(?:\s+(?:as\s+)?(?!(?:on|using|where|group|order|limit|having|window)\b)([A-Za-z_]\w*))?"
    r"(?:\s+(on|using)\b\s*(.*?))?\s*(?=\b(?:where|group\s+by|having|order\s+by|limit|window)\b|$)",
    re.IGNORECASE,
)
_SQL_JOIN_TYPES = {
    "": "inner", "inner": "inner", "cross": "cross", "left": "leftouter", "left outer": "leftouter",
    "right": "rightouter", "right outer": "rightouter", "full": "fullouter", "full outer": "fullouter",
    "left semi": "leftsemi", "semi": "leftsemi", "left anti": "leftanti", "anti": "leftanti",
}


def _join(session: Session, text: str, site) -> Join | None:
    """The join of ``SELECT … FROM a [x] [LEFT|RIGHT|FULL [OUTER]|LEFT SEMI|LEFT ANTI] JOIN b [y] ON …``
    over two temp views whose kind (stream or batch) is known; its condition is not read."""
    # Keywords inside strings are not clauses (`concat('a', 'where')`): read the text with them blanked.
    text = _blank_strings(text)
    found = _SQL_JOIN.search(text)
    if found is None or SQL_WATERMARK.search(text):  # (which side a watermark clause marks is not read)
        return None
    left, right = session.temp_views.get(found.group(1)), session.temp_views.get(found.group(4))
    how = _SQL_JOIN_TYPES.get(" ".join((found.group(3) or "").lower().split()))
    if left is None or right is None or how is None or left.streaming is None or right.streaming is None:
        return None
    join = _join_of(left, right, how, found, text, site)
    if join is not None and left.streaming and right.streaming:
        join = replace(join, event_times=_event_times_read(left, right, _names_read(text)))
    return join


def join_ambiguities(session: Session, text: str) -> list[tuple[str, int]]:
    """Names the select list of ``SELECT … FROM a JOIN b ON …`` reads without a view or alias
    before them that both views have (`SELECT id, a.op FROM a JOIN b ON a.id = b.id`): Spark
    refuses them as ambiguous.  (name as written, offset in ``text``); a join by `USING (…)` merges
    its columns, and a semi or anti join shows only the left view's.  Only a query of one SELECT and
    one JOIN over two temp views whose columns are known is read."""
    blank = _blank_strings(text)
    lowered = blank.lower()
    if lowered.count("select ") != 1 or lowered.count(" join ") != 1 or "natural" in lowered:
        return []
    found = _SQL_JOIN.search(blank)
    selected = re.search(r"\bselect\s+(?:distinct\s+)?(.*?)\s+from\s", blank, re.IGNORECASE | re.S)
    keyword = (found.group(6) or "").lower() if found is not None else ""
    if found is None or selected is None or keyword not in ("on", "using"):
        return []
    kind = " ".join((found.group(3) or "").lower().split())
    if "semi" in kind or "anti" in kind:
        return []
    left, right = session.temp_views.get(found.group(1)), session.temp_views.get(found.group(4))
    if left is None or right is None or left.columns is None or right.columns is None or left.opaque or right.opaque:
        return []
    both = {column.lower() for column in left.columns} & {column.lower() for column in right.columns}
    if keyword == "using":
        both -= {name.strip(" `").lower() for name in (found.group(7) or "").strip("() ").split(",")}
    names = expression_columns(text[selected.start(1):selected.end(1)])
    if not both or names is None:
        return []
    return [(name, selected.start(1) + offset) for name, offset in names if name.lower() in both][:1]


def _names_read(text: str) -> set[str] | None:
    """The names a query's text reads (None: its select list has `*`, every column)."""
    selected = re.search(r"\bselect\s+(?:distinct\s+)?(.*?)\s+from\s", text, re.IGNORECASE | re.S)
    return None if selected is None or "*" in selected.group(1) else set(_NAME.findall(text))


def _event_times_read(left: Frame, right: Frame, needed: set[str] | None) -> tuple[str, ...]:
    """The event-time columns a stream-stream join's input carries (joined_event_times) that the
    query reads on (``needed``; None: all): Spark drops the others first.  Empty unless two are."""
    event_times = tuple(column for column in joined_event_times(left) or joined_event_times(right)
                        if needed is None or column in needed)
    return event_times if len(event_times) > 1 else ()


def _join_of(left: Frame, right: Frame, how: str, found: re.Match, text: str, site) -> Join | None:
    """The join _join found, read."""
    if left.opaque or right.opaque:
        return Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns, None, None)
    keyword, condition = (found.group(6) or "").lower(), found.group(7) or ""
    where = _SQL_WHERE.search(text[found.end():])
    if keyword == "using":
        names = tuple(name.strip(" `") for name in condition.strip("() ").split(","))
        has_range, bounds = False, None
        if where is not None and how == "inner":  # a range in WHERE is pushed into the join (held-out s14d)
            has_range, _, bounds = sql_join_condition(where.group(1), _sql_sides(found), left, right)
        return Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns,
                    names, has_range, frozenset(), bounds, sql=True)
    if not keyword and where is None:  # `a JOIN b` with no condition at all: a cross join
        return Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns,
                    () if how in ("inner", "cross") else None, False if how in ("inner", "cross") else None, sql=True)
    if not keyword and how != "inner":
        # `CROSS JOIN … WHERE a.id = b.id` fails otherwise in Spark (a Cross join type the streaming join
        # does not take, SPK010); an outer join needs an ON: not read.
        keys = how == "cross" and where is not None and any(
            not _LITERAL.fullmatch(a) and not _LITERAL.fullmatch(b) for a, b in SQL_EQUALITY.findall(without_strings(where.group(1))))
        if how == "cross" and where is not None and not keys:
            # no equality between the inputs in WHERE either: nothing for the streaming join to match on
            return Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns, (), False,
                        sql=True)
        return Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns, None, None,
                    cross_keys=keys, sql=True)
    sides = _sql_sides(found)
    if where is not None and how == "inner":
        # Spark pushes a WHERE comparison of the two inputs into an inner join's condition (its state
        # is purged by that range); an outer join is checked on the condition as written.
        condition = f"({condition}) and ({where.group(1)})" if keyword else where.group(1)
    has_range, columns, bounds = sql_join_condition(condition, sides, left, right)
    return Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns, None,
                has_range, columns, bounds, sql=True)


_FROM_CLAUSE = re.compile(r"\bfrom\s+(.*?)\s*(?=\b(?:where|group\s+by|having|order\s+by|limit|window)\b|$)", re.IGNORECASE)
_JOIN_KEYWORD = re.compile(r"\b((?:inner|cross|left|right|full)(?:\s+(?:outer|semi|anti))?\s+|(?:semi|anti)\s+)?join\b",
                           re.IGNORECASE)
_JOINED_RELATION = re.compile(
    r"\s*`?([A-Za-z_]\w*)`?(?:\s+(?:as\s+)?(?!(?:on|using)\b)([A-Za-z_]\w*))?(?:\s+(on|using)\b\s*(.*?))?\s*",
    re.IGNORECASE | re.S)


_NAME = re.compile(r"[A-Za-z_]\w*")


def _join_chain(session: Session, text: str, site) -> tuple[Join, ...]:
    """The joins of ``FROM a JOIN b ON … LEFT JOIN c ON …`` over temp views of known kind, in
    order: each joins what the ones before it made (its left side) with the next view.  A
    condition in WHERE is not read here (which join Spark pushes it into is not known), so an
    inner join's range is unknown then."""
    text = _blank_strings(text)
    clause = _FROM_CLAUSE.search(text)
    if clause is None or SQL_WATERMARK.search(text):
        return ()
    pieces = _JOIN_KEYWORD.split(clause.group(1))  # [relation, type, relation, type, relation…]
    relations = [_JOINED_RELATION.fullmatch(piece) for piece in pieces[0::2]]
    if any(relation is None for relation in relations) or relations[0].group(3):
        return ()
    frames = [session.temp_views.get(relation.group(1)) for relation in relations]
    if any(frame is None or frame.streaming is None for frame in frames):
        return ()
    has_where = clause.end() < len(text) and re.match(r"\s*where\b", text[clause.end():], re.IGNORECASE) is not None
    # The names the query reads from each join's inputs on (the select list, WHERE, that join's
    # condition and the later ones): Spark drops the other columns first (None: `*`, every column).
    selected = re.search(r"\bselect\s+(?:distinct\s+)?(.*?)\s+from\s", text, re.IGNORECASE | re.S)
    read_later: set[str] | None = None if selected is None or "*" in selected.group(1) else \
        set(_NAME.findall(selected.group(1) + " " + text[clause.end():]))
    joins = []
    left = frames[0]
    sides = {name.lower(): "left" for name in relations[0].group(1, 2) if name}
    for position, (kind, relation, right) in enumerate(zip(pieces[1::2], relations[1:], frames[1:])):
        needed = None if read_later is None else read_later.union(
            *(_NAME.findall(later.group(4) or "") for later in relations[position + 1:]))
        how = _SQL_JOIN_TYPES.get(" ".join((kind or "").lower().split()))
        keyword, condition = (relation.group(3) or "").lower(), relation.group(4) or ""
        if how is None or (not keyword and how != "cross"):
            return tuple(joins)
        here = dict(sides, **{name.lower(): "right" for name in relation.group(1, 2) if name})
        if left.opaque or right.opaque:
            join = Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns, None, None)
        elif keyword == "using":
            names = tuple(name.strip(" `") for name in condition.strip("() ").split(","))
            join = Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns,
                        names, None if has_where and how == "inner" else False, frozenset(), None, sql=True)
        elif not keyword:  # CROSS JOIN
            join = Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns,
                        None if has_where else (), None if has_where else False, sql=True)
        else:
            has_range, columns, bounds = sql_join_condition(condition, here, left, right)
            if has_where and how == "inner" and not has_range:
                has_range, bounds = None, None
            join = Join(site, how, left.streaming, right.streaming, left.watermark_columns, right.watermark_columns,
                        None, has_range, columns, bounds, sql=True)
        if left.streaming and right.streaming:
            join = replace(join, event_times=_event_times_read(left, right, needed))
        joins.append(join)
        sides = {name: "left" for name in here}
        left = Frame(left.streaming or right.streaming, site, opaque=left.opaque or right.opaque,
                     watermark_columns=left.watermark_columns | right.watermark_columns, joins=left.joins + right.joins + (join,),
                     columns=None if left.columns is None or right.columns is None else left.columns + right.columns)
    return tuple(joins)


def _sql_sides(found: re.Match) -> dict[str, str]:
    """The names a SQL join's two inputs go by (view names and aliases): "left" or "right"."""
    sides = {found.group(1).lower(): "left", found.group(4).lower(): "right"}
    if found.group(2):
        sides[found.group(2).lower()] = "left"
    if found.group(5):
        sides[found.group(5).lower()] = "right"
    return sides


_SQL_WHERE = re.compile(r"^\s*where\s+(.*?)\s*(?=\b(?:group\s+by|having|order\s+by|limit|window)\b|$)", re.IGNORECASE | re.S)
_SQL_COMPARISON = re.compile(r"(.+?)\s*(<=|>=|<>|!=|==|=|<|>)\s*(.+)", re.S)
_SQL_BETWEEN = re.compile(r"(.+?)\s+between\s+(.+?)\s+and\s+(.+)", re.IGNORECASE | re.S)
_SQL_COLUMN_REF = re.compile(r"`?([A-Za-z_]\w*)`?(?:\.`?([A-Za-z_]\w*)`?)?")
# A time and an interval added or subtracted: `p.paid_at + INTERVAL 1 HOUR`, `ts - interval '10' minutes`.
_SQL_TIME_OPERAND = re.compile(r"\(?\s*(.+?)(?:\s*[+-]\s*interval\b.*)?\)?", re.IGNORECASE | re.S)
_SQL_TOP_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def sql_join_condition(condition: str, sides: dict[str, str], left: Frame, right: Frame
                       ) -> tuple[bool, frozenset[str], frozenset[str] | None]:
    """What a SQL join's ON condition says: whether it has a time-range comparison, the columns it
    compares for equality, and the bounds its range puts on each side's time (as :func:`methods.join.range_bounds`,
    None when some part is not read: a function, a column of no known side)."""
    text = without_strings(condition).strip()
    while text.startswith("(") and closing_paren(text, 0) == len(text) - 1:
        text = text[1:-1].strip()
    has_range = bool(re.search(r"<|>|\bbetween\b", text, re.IGNORECASE))
    columns = frozenset(part.strip("`").rsplit(".", 1)[-1] for pair in SQL_EQUALITY.findall(text) for part in pair)
    # The conjuncts: split at AND, the AND of a BETWEEN kept with it.
    parts: list[str] = []
    open_between = False
    for piece in _SQL_TOP_AND.split(text):
        if open_between:
            parts[-1] += " and " + piece
            open_between = False
        else:
            parts.append(piece)
            open_between = re.search(r"\bbetween\b", piece, re.IGNORECASE) is not None
    bounds: set[str] = set()
    for part in parts:
        if re.search(r"\bor\b", part, re.IGNORECASE):
            return has_range, columns, None
        between = _SQL_BETWEEN.fullmatch(part.strip())
        if between is not None:
            pairs = [(between.group(1), ">=", between.group(2)), (between.group(1), "<=", between.group(3))]
        else:
            compared = _SQL_COMPARISON.fullmatch(part.strip())
            if compared is None:
                return has_range, columns, None
            if compared.group(2) in ("=", "=="):
                continue
            if compared.group(2) in ("<>", "!="):
                return has_range, columns, None
            pairs = [(compared.group(1), compared.group(2), compared.group(3))]
        for first, op, second in pairs:
            a, b = _sql_side(first, sides, left, right), _sql_side(second, sides, left, right)
            if a is None or b is None:
                return has_range, columns, None
            if a == b or "const" in (a, b):
                continue
            lower_first = op in (">", ">=")
            bounds.add(f"{a}_{'lower' if lower_first else 'upper'}")
            bounds.add(f"{b}_{'upper' if lower_first else 'lower'}")
    # Read whole: a range is a comparison between the two inputs (`o.id < 100`, `o.ts > '2020-01-01'`
    # bound nothing Spark can purge state by).
    return bool(bounds), columns, frozenset(bounds)


_LITERAL = re.compile(r"[\d.]+|true|false|null", re.IGNORECASE)
# Two columns compared for equality in SQL text (`o.id = p.order_id`): the columns a join matches on.
SQL_EQUALITY = re.compile(r"([\w.`]+)\s*(?:==|<=>|=)\s*([\w.`]+)")


def _sql_side(operand: str, sides: dict[str, str], left: Frame, right: Frame) -> str | None:
    """Which input a SQL time operand reads ("left", "right", "const"), None when not read."""
    operand = operand.strip()
    if re.fullmatch(r"(?:interval\b.*|''|[\d.]+)", operand, re.IGNORECASE | re.S):
        return "const"
    time = _SQL_TIME_OPERAND.fullmatch(operand)
    reference = _SQL_COLUMN_REF.fullmatch(time.group(1).strip()) if time is not None else None
    if reference is None:
        return None
    if reference.group(2):
        return sides.get(reference.group(1).lower())
    name = reference.group(1)
    in_left = left.columns is not None and name in left.columns
    in_right = right.columns is not None and name in right.columns
    if in_left != in_right:
        return "left" if in_left else "right"
    return None


_ALIASED = re.compile(r"(.*?\S)\s+as\s+`?([A-Za-z_]\w*)`?|(.*\))\s*`?([A-Za-z_]\w*)`?", re.IGNORECASE | re.S)


# A column as a select list may name it: plain (`id`), qualified or a struct's field (`c.id`,
# `after.email`: the last name), with or without backquotes.
_NAMED_COLUMN = re.compile(r"(?:`?[A-Za-z_]\w*`?\s*\.\s*)*`?([A-Za-z_]\w*)`?")
# An expression's name given with AS, or right after a call's parenthesis (`sum(x) total`).
_NAMED_EXPRESSION = re.compile(r".*?(?:\s+as|(?<=\)))\s+`?([A-Za-z_]\w*)`?", re.IGNORECASE | re.S)


# Words a select list may hold alone that are no column: literals and the functions SQL calls without
# parentheses.
_NOT_COLUMNS = frozenset("true false null current_date current_timestamp current_user current_timezone current_catalog "
                         "current_database current_schema current_time localtimestamp user session_user".split())


def select_names(select_list: str) -> tuple[str, ...] | None:
    """The names of the columns a select list gives, in order, when each item is a column or has a
    name of its own; None otherwise (a star, `count(*)` unnamed: Spark makes up its name)."""
    names = []
    for item in split_top(select_list):
        item = item.strip()
        named = _NAMED_COLUMN.fullmatch(item) or _NAMED_EXPRESSION.fullmatch(item)
        if named is None or (named.re is _NAMED_COLUMN and named.group(1).lower() in _NOT_COLUMNS):
            return None  # (`current_date` is a call: Spark names its column `current_date()`; review h93)
        names.append(named.group(1))
    if len({name.lower() for name in names}) != len(names):
        return None  # (a name twice: which one a later step reads is not judged)
    return tuple(names)


def select_aliases(select_list: str) -> dict[str, str]:
    """Names the select list gives its expressions (``window(ts, '1 minute') AS w``, ``count(*) n``),
    lower case, to the expression."""
    aliases = {}
    for item in split_top(select_list):
        found = _ALIASED.fullmatch(item.strip())
        if found is not None:
            expression, name = (found.group(1), found.group(2)) if found.group(2) else (found.group(3), found.group(4))
            aliases[name.lower()] = expression.strip()
    return aliases


_SQL_STRING = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"")
# The calls whose string arguments are SQL text.
SQL_TEXT_CALLS = ("selectExpr", "expr", "sql", "filter", "where")


def without_strings(text: str) -> str:
    """SQL text with its string literals emptied (`''`): keywords inside them are no clauses."""
    return _SQL_STRING.sub("''", text)


_SQL_QUOTED = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|`(?:[^`]|``)*`")


def without_quoted(text: str) -> str:
    """SQL text with its strings and quoted names emptied: "`max(lsn)`" names a column, it calls
    no aggregate."""
    return _SQL_QUOTED.sub("''", text)
# `x IN (SELECT … FROM v)`, `EXISTS (SELECT … FROM v)`: the view a subquery reads.
SQL_SUBQUERY = re.compile(r"\b(?:in|exists)\s*\(\s*select\b[^()]*?\bfrom\s+`?([A-Za-z_][\w.]*)`?", re.IGNORECASE)
SQL_STREAMING_SUBQUERY = ("[INVALID_SUBQUERY_EXPRESSION.STREAMING_QUERY] Invalid subquery: Streaming query is not allowed "
                          "in subquery expressions.")


def _set_operations(interp, session: Session, text: str, site, frame: Frame) -> Frame:
    """What Spark refuses in SQL over streaming views whatever else the query does: a subquery
    expression reading a stream (refused as ``spark.sql`` analyses the text), UNION of a stream and
    a batch view, INTERSECT with a stream, EXCEPT of a stream (refused at ``start()``, as the
    DataFrame methods are)."""
    text = without_strings(text)  # `'all except refunds'` is no EXCEPT

    def views_of(part: str) -> list:
        return [session.temp_views.get(match.group(1)) for match in SQL_FROM.finditer(part)]  # None: not known

    def streaming(part: str) -> bool:
        return any(view is not None and view.streaming for view in views_of(part))

    def batch(part: str) -> bool:
        views = views_of(part)
        if not views:
            return re.match(r"[\s(]*values\b", part, re.IGNORECASE) is not None  # `EXCEPT VALUES (1)`: rows in the text
        return all(view is not None and view.streaming is False for view in views)

    for match in SQL_SUBQUERY.finditer(text):
        view = session.temp_views.get(match.group(1))
        if view is not None and view.streaming:
            interp.analysis.refused_calls.append((site, SQL_STREAMING_SUBQUERY))
            break
    operators = set_operations(text)
    parts = split_at(text, [found for found in operators if found.group(1).lower() == "union"])
    if len(parts) > 1:
        # A branch reading a stream anywhere (a join with a batch view, a subquery) is streaming; a
        # branch is batch only when every view it reads is known and batch.
        branches = []
        for part in parts:
            names = [match.group(1) for match in re.finditer(r"\b(?:from|join)\s+`?([A-Za-z_][\w.]*)`?", part, re.IGNORECASE)]
            views = [session.temp_views.get(name) for name in names]
            if not views or any(view is None or view.streaming is None for view in views):
                branches.append(None)
            else:
                branches.append(any(view.streaming for view in views))
        if True in branches and False in branches:
            return replace(frame, unsupported=frame.unsupported + ((site, UNION_STREAM_BATCH),))
        if True in branches and None not in branches and any(
            found.group(1).lower() == "union" and (found.group(2) or "").strip().lower() != "all" for found in operators
        ):
            # `UNION` without ALL is a DISTINCT over every column of both inputs: a streaming
            # aggregation, refused in append mode without a watermark (with one, whether it is
            # among the columns is not read).
            # (the union's columns are its first input's, with their watermark metadata)
            first = [match.group(1) for match in re.finditer(r"\b(?:from|join)\s+`?([A-Za-z_][\w.]*)`?", parts[0], re.IGNORECASE)]
            if not any(session.temp_views[name].watermarks for name in first):
                distinct = Frame(True, site, step=frame.step)
                label = "every column: UNION without ALL is a DISTINCT"
                return aggregated(interp.analysis, distinct, (Key(None, site=site, known=False, label=label),), site, ExprFacts(), [])
    others = [found for found in operators if found.group(1).lower() != "union"]
    pieces = split_at(text, others)
    for index, found in enumerate(others):
        left, keyword, right = " ".join(pieces[: index + 1]), found.group(1).lower(), pieces[index + 1]
        if keyword == "intersect" and (streaming(left) or streaming(right)):
            reason = "Intersect of streaming DataFrames/Datasets is not supported"
        elif keyword != "intersect" and streaming(right):
            reason = "Except on a streaming DataFrame/Dataset on the right is not supported"
        elif keyword != "intersect" and streaming(left) and batch(right):
            if any(view is not None and view.watermarks for view in views_of(left)):
                continue
            return except_of_batch(Frame(True, site, step=frame.step), site, keyword.upper())
        else:
            continue
        return replace(frame, unsupported=frame.unsupported + ((site, reason),))
    return frame


# A time window in SQL text and the column it reads: `window(ts_ms, '10 minutes')`.
SQL_WINDOW_CALL = re.compile(r"\b(session_window|window)\s*\(\s*`?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)`?\s*,", re.IGNORECASE)


def closing_paren(text: str, opening: int) -> int:
    """The index of the parenthesis that closes the one at ``opening`` (quotes skipped), -1 if none."""
    depth, quote = 0, ""
    for index in range(opening, len(text)):
        char = text[index]
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"`":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


SQL_FROM_JSON = re.compile(r"\bfrom_json\s*\(\s*`?(\w+)`?\s*,", re.I)
SQL_GENERATOR = re.compile(r"\b(?:pos)?explode(?:_outer)?\s*\(|\binline(?:_outer)?\s*\(|\bstack\s*\(|\bjson_tuple\s*\(", re.I)


# The current time in SQL text: `current_timestamp` (with or without parentheses), `now()`,
# `curdate()`, `localtimestamp`.
SQL_CURRENT_TIME = re.compile(r"\b(?:current_(?:timestamp|date)\b|(?:now|curdate)\s*\(|localtimestamp\b)", re.IGNORECASE)


OFFSET_ON_STREAM = "Offset is not supported on streaming DataFrames/Datasets"
SAMPLE_ON_STREAM = "Sampling is not supported on streaming DataFrames/Datasets"
SQL_MONOTONIC_ID = re.compile(r"\bmonotonically_increasing_id\s*\(", re.IGNORECASE)


# Window functions Spark computes only over an ordered window ("requires window to be ordered").
ORDERED_WINDOW_FUNCTIONS = frozenset(
    "row_number rank dense_rank percent_rank cume_dist ntile lag lead nth_value".split())
# A call over a window spec written out: `row_number() OVER (`, `lead(x) IGNORE NULLS OVER (`.
_SQL_WINDOW_OVER = re.compile(r"\b(\w+)\s*\((?:[^()]|\([^()]*\))*\)\s*(?:(?:ignore|respect)\s+nulls\s*)?over\s*(\()",
                              re.IGNORECASE)
# What orders a window spec: ORDER BY, or SORT BY (CLUSTER BY and DISTRIBUTE BY do not).
_SPEC_ORDER = re.compile(r"\b(?:order|sort)\s+by\b", re.IGNORECASE)


def note_unordered_windows(interp, node: ast.expr, text: str) -> None:
    """Ranking and offset functions over a window written in SQL text (`lag(op) OVER (PARTITION BY
    id)`) whose spec orders nothing (SPK058); ``text`` with its quoted parts blanked.  A named
    window (`OVER w`) is not read."""
    plain = _without_comments(text)  # (`ORDER BY` in a comment or a string orders nothing)
    for found in _SQL_WINDOW_OVER.finditer(plain or ""):
        close = closing_paren(plain, found.start(2))
        spec = plain[found.start(2):close] if close is not None and close > 0 else None
        if found.group(1).lower() in ORDERED_WINDOW_FUNCTIONS and spec is not None and not _SPEC_ORDER.search(without_quoted(spec)):
            interp.analysis.unordered_windows.append((interp.site(node), found.group(1).lower()))


_SUBQUERY_OPEN = re.compile(r"\(\s*(?:select|with)\b", re.IGNORECASE)


def without_subqueries(text: str) -> str:
    """``text`` with its subqueries (`(SELECT MAX(v) FROM t)`) blanked to spaces, offsets kept: what
    they compute is their own query's, not the expression's around them."""
    if "(" not in text:
        return text
    start = 0
    while True:
        found = _SUBQUERY_OPEN.search(text, start)
        if found is None:
            return text
        close = closing_paren(text, found.start())
        if close < 0:
            return text
        text = text[: found.start()] + " " * (close + 1 - found.start()) + text[close + 1 :]
        start = close + 1


def scan_sql(interp, node: ast.Constant, facts: ExprFacts) -> None:
    """What SQL text in a column expression contains (aggregates, DISTINCT, OVER, the current time);
    its subqueries are their own queries (`v > (SELECT MAX(v) FROM t)` holds no aggregate)."""
    # (an aggregate's name inside a string or a quoted name, `concat('count(', op, ')')`, "`max(x)`", is no call)
    text = without_subqueries(without_quoted(node.value)) if isinstance(node.value, str) else ""
    for match in SQL_WINDOW_CALL.finditer(text):
        facts.windows.append((interp.site(node), match.group(1).lower(), match.group(2)))
    if SQL_OVER.search(text):
        facts.over.append((interp.site(node), over_function(text)))
        note_unordered_windows(interp, node, text)
        return
    if SQL_AGGREGATE.search(text):
        facts.aggregates.append(interp.site(node))
    if SQL_DISTINCT_AGGREGATE.search(text):
        facts.distinct.append(interp.site(node))
    if SQL_CURRENT_TIME.search(text):
        facts.current_time.append(interp.site(node))
    if SQL_GENERATOR.search(text):
        facts.generators.append(interp.site(node))
    if SQL_MONOTONIC_ID.search(text):
        facts.unsupported.append((interp.site(node), MONOTONIC_ID_ON_STREAM))
    for match in SQL_FROM_JSON.finditer(text):
        # from_json(value, '…') in SQL text reads the column as it is, like F.from_json("value", …)
        facts.from_json.append((interp.site(node), ast.Constant(match.group(1))))


# -- the columns an expression's text reads ------------------------------------------------

# The tokens of a SQL expression; anything else (`$`, `?`, `{`, `;`, a letter outside ASCII)
# makes the text one that is not read.
_EXPRESSION_TOKEN = re.compile(
    r"(?P<space>\s+)|(?P<string>[rRbBxX]?'(?:[^'\\]|\\.)*'|[rRbBxX]?\"(?:[^\"\\]|\\.)*\")|(?P<quoted>`(?:[^`]|``)*`)"
    r"|(?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[A-Za-z]*)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>->|=>|::|<=>|==|!=|<>|<=|>=|\|\||&&|[-+*/%=<>!(),.\[\]&|^~:])", re.S)
_EXPRESSION_COMMENT = re.compile(r"[rRbBxX]?'(?:[^'\\]|\\.)*'|[rRbBxX]?\"(?:[^\"\\]|\\.)*\"|--[^\n]*|/\*")
# Words of the expression grammar (keywords, interval units, typed literals' types, window
# frames): never read as a column, even where a column may have the name (not judged then).
_EXPRESSION_WORDS = frozenset("""
    and or not is null true false like ilike rlike regexp in between case when then else end as cast try_cast
    distinct all any some exists interval year years month months week weeks day days hour hours minute minutes
    second seconds millisecond milliseconds microsecond microseconds quarter to date timestamp timestamp_ntz
    timestamp_ltz over partition by order asc desc nulls first last rows range unbounded preceding following
    current row filter where within group ignore respect from both leading trailing for placing escape div
    collate lateral window using on unknown current_date current_timestamp current_time current_user user
    session_user current_catalog current_database current_schema localtimestamp time sort distribute cluster
""".split())
# Words of _EXPRESSION_WORDS that lead a clause with `BY` (`ORDER BY` in a window's spec) and are
# Spark's non-reserved words: alone they name a column.
_CLAUSE_WORDS = frozenset({"order", "partition", "sort", "distribute", "cluster"})
# Words that end an operand: a name right after one is an alias (`CASE … END size`, `x IS NULL missing`,
# `INTERVAL 1 DAY one_day`, `current_date today`).
_OPERAND_END_WORDS = frozenset("""
    end null true false unknown current_date current_timestamp current_time current_user user session_user
    current_catalog current_database current_schema localtimestamp year years month months week weeks day days
    hour hours minute minutes second seconds millisecond milliseconds microsecond microseconds quarter
""".split())
# Functions whose first argument is a date or time field, not a column (`extract(DOW FROM ts)`,
# `timestampadd(DAYOFYEAR, 1, ts)`); `datediff`'s only where it is a field's name (`datediff(end, start)`
# reads two columns).
_FIELD_FIRST = frozenset({"extract", "timestampadd", "timestampdiff", "dateadd", "timestamp_add", "timestamp_diff"})
_FIELD_FIRST_IF_FIELD = frozenset({"datediff", "date_diff"})
_DATE_FIELDS = frozenset("""
    year years y yr yrs yyyy quarter quarters qtr month months mon mons week weeks w day days d dayofweek dow dayofweek_iso
    dow_iso dayofyear doy hour hours h hr hrs minute minutes m min mins second seconds s sec secs millisecond
    milliseconds ms msec msecs microsecond microseconds us usec usecs epoch yearofweek
""".split())
_MOST_TOKENS = 2_000
_MOST_CHARACTERS = 4_000
# Words that make the text more than an expression (a subquery): not read.
_QUERY_WORDS = frozenset({"select", "with", "values", "table"})


def expression_columns(text: str, skip_calls: frozenset[str] = frozenset()) -> list[tuple[str, int]] | None:
    """The plain column names an SQL expression's text reads, each with its offset in ``text``
    (``"balance * 2 AS b"`` reads ``balance``), or None where the text is not read: a subquery, a
    parameter marker, anything outside the expression grammar read here.

    Not names of columns: functions (a name before ``(``), fields (after ``.``), dotted names
    (``a.b`` may qualify a column by its relation: not judged), keywords, aliases (after ``AS``,
    or right after an operand: ``sum(x) total``), types (after ``AS`` in a cast and after ``::``),
    named arguments (before ``=>``), lambda variables (before ``->``), date fields (``extract(DOW
    FROM ts)``), collations and quoted names; nor names inside a call to one of ``skip_calls``
    (lower case).  A text longer than _MOST_CHARACTERS, or of more than _MOST_TOKENS tokens, is not
    read."""
    tokens = _expression_tokens(text)
    if tokens is None:
        return None
    lambdas: set[str] = set()
    for index, (kind, value, _) in enumerate(tokens):
        if value != "->":
            continue
        if index and tokens[index - 1][0] == "name":
            lambdas.add(tokens[index - 1][1].lower())
        elif index and tokens[index - 1][1] == ")":
            back = index - 2
            while back >= 0 and tokens[back][1] != "(":
                if tokens[back][0] == "name":
                    lambdas.add(tokens[back][1].lower())
                back -= 1
    skipped = _inside_calls(tokens, skip_calls) if skip_calls else None
    found_names: list[tuple[str, int]] = []
    index = 0
    while index < len(tokens):
        kind, value, offset = tokens[index]
        index += 1
        if skipped is not None and skipped[index - 1]:
            continue
        if value == "::" or (kind == "name" and value.lower() == "as" and _inside_cast(tokens, index - 1)):
            index = _after_type(tokens, index)  # a type: `INT`, `DECIMAL(10, 2)`, `ARRAY<STRUCT<a: INT>>`
            continue
        if value == ":":
            return None  # a parameter marker (`:name`) or something not read here
        if kind == "name" and value.lower() == "as" and index < len(tokens) and tokens[index][1] == "(":
            index = _after_type(tokens, index)  # the names a generator's columns get: `AS (k, v)`
            continue
        if kind != "name":
            continue
        low = value.lower()
        before = tokens[index - 2] if index > 1 else None
        after = tokens[index] if index < len(tokens) else None
        if low in _CLAUSE_WORDS and (after is None or after[1].lower() != "by"):
            pass  # (`order` is a name unless `BY` follows: Spark reads `order-id` as `order - id`, held-out h110)
        elif low in _EXPRESSION_WORDS or low in lambdas:
            continue
        if after is not None and (after[1] in ("(", ".", "=>", "->") or (after[0] == "string" and low == "x")):
            continue  # a function, a dotted name, a named argument, a lambda's variable, a hex literal
        if before is not None and (before[1] == "." or before[1].lower() in ("as", "over", "collate")):
            continue  # a field, an alias, a named window, a collation
        if before is not None and (before[0] in ("name", "number", "string", "quoted") or before[1] in (")", "]")) \
                and (before[1].lower() not in _EXPRESSION_WORDS or before[1].lower() in _OPERAND_END_WORDS):
            continue  # an alias right after its expression (`sum(x) total`, `CASE … END size`)
        if before is not None and before[1] == "(" and index > 2 and after is not None and after[1] in (",", "from", "FROM") \
                and (tokens[index - 3][1].lower() in _FIELD_FIRST
                     or (tokens[index - 3][1].lower() in _FIELD_FIRST_IF_FIELD and low in _DATE_FIELDS)):
            continue  # a date field: `extract(DOW FROM ts)`, `timestampadd(DAYOFYEAR, 1, ts)`
        found_names.append((value, offset))
    return found_names


def _expression_tokens(text: str) -> list[tuple[str, str, int]] | None:
    """The tokens of an SQL expression's text, (kind, text, offset), blanks and comments left
    out; None where the text is not read (see :func:`expression_columns`)."""
    if len(text) > _MOST_CHARACTERS:
        return None
    blank = _without_comments(text)
    if blank is None:
        return None
    tokens: list[tuple[str, str, int]] = []  # (kind, text, offset)
    position = 0
    while position < len(blank):
        found = _EXPRESSION_TOKEN.match(blank, position)
        if found is None:
            return None
        if found.lastgroup != "space":
            tokens.append((found.lastgroup or "", found.group(0), position))
        position = found.end()
    words = {value.lower() for kind, value, _ in tokens if kind == "name"}
    if words & _QUERY_WORDS or len(tokens) > _MOST_TOKENS:
        return None  # (a cast's `AS` looks back for its parenthesis: a bound keeps that linear)
    return tokens


def expression_calls(text: str) -> list[tuple[str, int]] | None:
    """The functions an SQL expression's text calls by a plain name (``upper(name)`` calls
    ``upper``), each with its offset in ``text``, or None where the text is not read (as for
    :func:`expression_columns`).  Not calls: a qualified name (``db.f(…)``), a method-like field
    (``a.b(…)``), a keyword before a parenthesis (``IN (…)``, ``EXISTS (…)``, ``OVER (…)``,
    ``FILTER (WHERE …)``, ``CAST(…)``), and a type's parameters (``DECIMAL(10, 2)`` in a cast or
    after ``::``, the names after ``AS (…)``)."""
    tokens = _expression_tokens(text)
    if tokens is None:
        return None
    calls: list[tuple[str, int]] = []
    for index in _names_before_parenthesis(tokens, generator_names=True):
        _, value, offset = tokens[index]
        if value.lower() not in _EXPRESSION_WORDS:
            calls.append((value, offset))
    return calls


def _names_before_parenthesis(tokens: list[tuple[str, str, int]], *, generator_names: bool) -> Iterator[int]:
    """The indexes of the name tokens right before a ``(`` that may be calls: not after ``.``,
    not a type's (after ``::`` or a cast's ``AS``), nor, with ``generator_names``, the names a
    generator's columns get (``AS (k, v)``)."""
    index = 0
    while index < len(tokens):
        kind, value, _ = tokens[index]
        index += 1
        if value == "::" or (kind == "name" and value.lower() == "as" and _inside_cast(tokens, index - 1)):
            index = _after_type(tokens, index)
            continue
        if generator_names and kind == "name" and value.lower() == "as" and index < len(tokens) and tokens[index][1] == "(":
            index = _after_type(tokens, index)
            continue
        if kind != "name" or index >= len(tokens) or tokens[index][1] != "(":
            continue
        if index > 1 and tokens[index - 2][1] == ".":
            continue
        yield index - 1


_MOST_QUERY_CHARACTERS = 20_000


def _query_tokens(text: str) -> list[tuple[str, str, int]] | None:
    """The tokens of a query's or an expression's text, (kind, text, offset), blanks and comments
    left out; None where the text is not read (too long, or a character no token starts with)."""
    if len(text) > _MOST_QUERY_CHARACTERS:
        return None
    blank = _without_comments(text)
    if blank is None:
        return None
    tokens: list[tuple[str, str, int]] = []
    position = 0
    while position < len(blank):
        found = _EXPRESSION_TOKEN.match(blank, position)
        if found is None:
            if blank[position] == ";" and not blank[position + 1:].strip():
                break  # a closing semicolon
            return None
        if found.lastgroup != "space":
            tokens.append((found.lastgroup or "", found.group(0), position))
        position = found.end()
    return tokens


# SQL functions that take a time zone, and which of their arguments are zones, by how many they get
# (`convert_timezone(target, ts)` or `convert_timezone(source, target, ts)`).
_ZONE_ARGUMENTS = {"from_utc_timestamp": {2: (1,)}, "to_utc_timestamp": {2: (1,)},
                   "convert_timezone": {2: (0,), 3: (0, 1)}}


# SQL functions that take a datetime pattern as their second argument (SPK090).
_PATTERN_ARGUMENTS = {name: {2: (1,)} for name in ("to_timestamp", "to_date", "date_format", "from_unixtime",
                                                     "unix_timestamp", "try_to_timestamp", "to_unix_timestamp")}


def zone_literals(text: str) -> list[tuple[int, str, str]]:
    """(offset of the opening quote, the zone, the function) for each time zone written as a plain
    string literal in SQL text (`from_utc_timestamp(ts, 'MSK')`); a literal with a backslash or
    braces (a template) is left out."""
    lowered = text.lower()
    if "utc_timestamp" not in lowered and "convert_timezone" not in lowered:
        return []
    return _literal_arguments(text, _ZONE_ARGUMENTS)


def pattern_literals(text: str) -> list[tuple[int, str, str]]:
    """(offset of the opening quote, the pattern, the function) for each datetime pattern written as
    a plain string literal in SQL text (`date_format(d, 'YYYY-MM-dd')`), as zone_literals."""
    lowered = text.lower()
    if not any(name in lowered for name in ("to_timestamp", "to_date", "date_format", "unixtime", "unix_timestamp")):
        return []
    return _literal_arguments(text, _PATTERN_ARGUMENTS)


def _literal_arguments(text: str, functions: dict[str, dict[int, tuple[int, ...]]]) -> list[tuple[int, str, str]]:
    """(offset of the opening quote, the literal, the function) for each argument that ``functions``
    names (by the function's name in lower case, then by how many arguments it is given) written as
    one plain string literal."""
    tokens = _query_tokens(text)
    if tokens is None:
        return []
    found = []
    for index, (kind, value, _) in enumerate(tokens[:-1]):
        if kind != "name" or value.lower() not in functions or tokens[index + 1][1] != "(":
            continue
        if index and tokens[index - 1][1] == ".":
            continue
        close = _matching_paren(tokens, index + 1)
        if close is None:
            continue
        arguments: list[list[tuple[str, str, int]]] = [[]]
        depth = 0
        for token in tokens[index + 2:close]:
            if token[1] in ("(", "["):
                depth += 1
            elif token[1] in (")", "]"):
                depth -= 1
            elif token[1] == "," and depth == 0:
                arguments.append([])
                continue
            arguments[-1].append(token)
        for position in functions[value.lower()].get(len(arguments), ()):
            argument = arguments[position]
            if len(argument) == 1 and argument[0][0] == "string" and argument[0][1][:1] in "'\"":
                literal = argument[0][1][1:-1]
                if "\\" not in literal and "{" not in literal:
                    found.append((argument[0][2], literal, value))
    return found


def query_calls(text: str) -> list[tuple[str, int, str]] | None:
    """The names a query's text (``spark.sql``) writes before a parenthesis, each with its
    offset and the token before it (lower case, "" at the start), or None where the text is not
    read: a type's parameters (``DECIMAL(10, 2)`` in a cast or after ``::``) and qualified names
    (``db.f(…)``) are left out, and so is a CTE's column list (``c (a, b) AS (…)``).  Which of
    them are functions is for the caller to say: keywords (``IN (``, ``VALUES (``), table names
    and aliases (``INSERT INTO t (…)``, ``AS t(a, b)``) and table-valued functions after ``FROM``
    come out too."""
    tokens = _query_tokens(text)
    if tokens is None:
        return None
    calls: list[tuple[str, int, str]] = []
    for index in _names_before_parenthesis(tokens, generator_names=False):
        _, value, offset = tokens[index]
        close = _matching_paren(tokens, index + 1)
        if close is not None and close + 2 < len(tokens) and tokens[close + 1][1].lower() == "as" and tokens[close + 2][1] == "(":
            continue  # `c (a, b) AS (…)`: a CTE's columns
        calls.append((value, offset, tokens[index - 1][1].lower() if index else ""))
    return calls


# Words of the grammar some calls are written with between their parentheses (`trim(BOTH 'x' FROM s)`,
# `extract(YEAR FROM ts)`, `count(DISTINCT a, b)`, `substring(s FROM 1 FOR 2)`, `x IN (…)` as an
# argument): such a call's arguments are not the plain list Spark's registry counts.
_CALL_GRAMMAR_WORDS = frozenset({"from", "in", "for", "placing", "both", "leading", "trailing", "distinct", "all", "as",
                                 "using", "order", "ignore", "respect", "within", "by", "separator", "where", "select",
                                 "with", "values"})
# A unit as the first argument (`datediff(DAY, a, b)`, `timestampadd(HOUR, 1, ts)`): the parser's own form.
_UNIT_WORDS = frozenset("""
    year years yyyy yy quarter quarters qq q month months mm mon mons week weeks wk ww day days dd d dayofyear
    hour hours hh minute minutes mi n second seconds ss s millisecond milliseconds ms microsecond microseconds us
    nanosecond nanoseconds ns
""".split())


def call_argument_counts(text: str) -> dict[int, int]:
    """The number of arguments of each plain call an SQL text writes (a query or an expression),
    by the offset of the call's name: the arguments split at the commas outside any parentheses,
    brackets or braces.  A call written with the grammar's own words (_CALL_GRAMMAR_WORDS), with
    named arguments (`=>`) or with a unit first (`datediff(DAY, …)`) is left out: Spark's parser
    makes something else of it."""
    if "(" not in text:
        return {}
    tokens = _query_tokens(text)
    if tokens is None:
        return {}
    counts: dict[int, int] = {}
    for index in _names_before_parenthesis(tokens, generator_names=False):
        close = _matching_paren(tokens, index + 1)
        if close is None:
            continue
        inside = tokens[index + 2 : close]
        depth, count, plain = 0, 1 if inside else 0, True
        for kind, value, _ in inside:
            if value in "([{" and kind == "op":
                depth += 1
            elif value in ")]}" and kind == "op":
                depth -= 1
            elif depth == 0 and value == ",":
                count += 1
            elif depth == 0 and (value == "=>" or (kind == "name" and value.lower() in _CALL_GRAMMAR_WORDS)):
                plain = False
                break
        if plain and len(inside) > 1 and inside[0][0] == "name" and inside[0][1].lower() in _UNIT_WORDS \
                and inside[1][1] == ",":
            plain = False
        if plain and close + 1 < len(tokens) and tokens[close + 1][1].lower() == "using":
            plain = False  # `SELECT TRANSFORM (a, b) USING 'cat'`: a script transform, not the function (review h132)
        if plain:
            counts[tokens[index][2]] = count
    return counts


def _matching_paren(tokens: list[tuple[str, str, int]], opening: int) -> int | None:
    depth = 0
    for index in range(opening, len(tokens)):
        value = tokens[index][1]
        depth += value == "("
        depth -= value == ")"
        if depth == 0:
            return index
    return None


def _inside_calls(tokens: list[tuple[str, str, int]], names: frozenset[str]) -> list[bool]:
    """For each token, whether it stands inside the parentheses of a call to one of ``names``."""
    inside: list[bool] = []
    stack: list[bool] = []  # per open parenthesis: whether it or one around it is such a call's
    for index, (kind, value, _) in enumerate(tokens):
        if value == "(":
            called = index > 0 and tokens[index - 1][0] == "name" and tokens[index - 1][1].lower() in names
            stack.append(called or (bool(stack) and stack[-1]))
            inside.append(stack[-1])
        elif value == ")":
            inside.append(bool(stack) and stack[-1])
            if stack:
                stack.pop()
        else:
            inside.append(bool(stack) and stack[-1])
    return inside


_FRAMED_CALL = re.compile(r"\b(row_number|rank|dense_rank|percent_rank|ntile|cume_dist|lag|lead)\s*\(", re.IGNORECASE)
_OVER_SPEC = re.compile(r"\s*(?:(?:ignore|respect)\s+nulls\s+)?over\s*\(", re.IGNORECASE)
_FRAME_CLAUSE = re.compile(r"\b(rows|range)\s+(?:between\s+(.+?)\s+and\s+(.+?)|(.+?))\s*$", re.IGNORECASE | re.S)
_FRAME_BOUND = re.compile(r"(unbounded\s+preceding|unbounded\s+following|current\s+row|(\d+)\s+(preceding|following))",
                          re.IGNORECASE)


def _frame_bound(text: str) -> str | None:
    """A frame bound of SQL text as Spark shows it (`2 PRECEDING`: `-2`), None where not read."""
    found = _FRAME_BOUND.fullmatch(text.strip())
    if found is None:
        return None
    words = " ".join(found.group(1).lower().split())
    if words in ("unbounded preceding", "unbounded following", "current row"):
        return words.replace(" ", "") + "$()"
    number = int(found.group(2))
    if number == 0:
        return "currentrow$()"
    return str(-number if found.group(3).lower() == "preceding" else number)


def window_frames(text: str) -> list[tuple[str, int, tuple[str, str, str], str]]:
    """Ranking functions, `lag` and `lead` in SQL text with a window frame written in their
    `OVER (…)`: (the function in lower case, its offset in ``text``, the frame as Spark shows it,
    its arguments' text).  Frames whose bounds are not read here are left out."""
    if "(" not in text or len(text) > _MOST_CHARACTERS:
        return []
    blank = _blanked(text)
    if blank is None:
        return []
    found: list[tuple[str, int, tuple[str, str, str], str]] = []
    for call in _FRAMED_CALL.finditer(blank):
        if call.start() and blank[call.start() - 1] == ".":
            continue  # (`db.rank(…)`: some other function)
        close = closing_paren(blank, call.end() - 1)
        if close < 0:
            continue
        over = _OVER_SPEC.match(blank, close + 1)
        if over is None:
            continue
        end = closing_paren(blank, over.end() - 1)
        if end < 0:
            continue
        clause = _FRAME_CLAUSE.search(blank[over.end():end])
        if clause is None:
            continue
        first, last = (clause.group(2), clause.group(3)) if clause.group(2) is not None else (clause.group(4), "current row")
        bounds = _frame_bound(first), _frame_bound(last)
        if bounds[0] is None or bounds[1] is None:
            continue
        kind = "RowFrame" if clause.group(1).lower() == "rows" else "RangeFrame"
        found.append((call.group(1).lower(), call.start(), (kind, bounds[0], bounds[1]), blank[call.end():close]))
    return found


_WINDOW_ONLY = re.compile(r"\b(row_number|rank|dense_rank|percent_rank|cume_dist|ntile|lag|lead)\s*\(", re.IGNORECASE)
_WHERE = re.compile(r"\bwhere\b", re.IGNORECASE)
_WHERE_END = re.compile(r"\b(?:group\s+by|having|order\s+by|sort\s+by|cluster\s+by|distribute\s+by|limit|window|qualify|"
                        r"union|intersect|except|minus)\b", re.IGNORECASE)
_SELECT_AFTER = re.compile(r"\s*(?:select|with)\b", re.IGNORECASE)
_OVER_AFTER = re.compile(r"\s*(?:(?:ignore|respect)\s+nulls\s+)?over\b", re.IGNORECASE)  # (`lead(x) IGNORE NULLS OVER (…)`)
_FILTER_AFTER = re.compile(r"\s*filter\s*\(", re.IGNORECASE)
_FILTER_BEFORE = re.compile(r"\bfilter\s*\(\s*\Z", re.IGNORECASE)


def _top_level(blank: str, start: int) -> Iterator[tuple[int, bool]]:
    """The indexes from ``start`` at the parenthesis depth of ``start`` (those inside parentheses
    opened after it are skipped), each with False; last, where that level ends (the `)` that closes
    it, or the text's end) with True."""
    depth = 0
    for index in range(start, len(blank)):
        char = blank[index]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                yield index, True
                return
            depth -= 1
        elif depth == 0:
            yield index, False
    yield len(blank), True


def _word_starts(blank: str, index: int) -> bool:
    """Whether a word starts at ``index`` (a letter with no word character before it)."""
    return blank[index].isalpha() and (index == 0 or not (blank[index - 1].isalnum() or blank[index - 1] == "_"))


def _blanked(text: str) -> str | None:
    """SQL text with comments, strings and quoted names blanked to spaces (offsets kept)."""
    blank = _without_comments(text)
    return None if blank is None else _SQL_QUOTED.sub(lambda found: " " * len(found.group()), blank)


def _in_subquery(blank: str, start: int, offset: int) -> bool:
    """Whether ``offset`` is inside parentheses opened after ``start`` that hold a query (`(SELECT …)`)."""
    depth, index = 0, offset
    while index > start:
        index -= 1
        if blank[index] == ")":
            depth += 1
        elif blank[index] == "(":
            if depth:
                depth -= 1
            elif _SELECT_AFTER.match(blank, index + 1):
                return True
    return False


def aggregate_misuses(text: str) -> list[tuple[str, str, int, str]]:
    """Aggregates and window functions SQL text uses where Spark refuses them: ("nested", the inner
    aggregate, its offset, the outer one) for an aggregate in another's arguments (`MAX(SUM(n))`),
    ("where", the aggregate, its offset, "") for one in a WHERE clause, ("no_over", the function, its
    offset, "") for a window function with no `OVER`.  Windowed ones (`… OVER (…)`) and those in
    subqueries are left out (`SUM(COUNT(*)) OVER ()`, `WHERE id IN (SELECT … HAVING COUNT(*) > 1)`)."""
    if "(" not in text or len(text) > _MOST_CHARACTERS:
        return []
    blank = _blanked(text)
    if blank is None:
        return []
    found: list[tuple[str, str, int, str]] = []

    def windowed(close: int) -> bool:
        after = close + 1
        filtered = _FILTER_AFTER.match(blank, after)  # `COUNT(*) FILTER (WHERE …) OVER (…)`
        if filtered is not None:
            after = closing_paren(blank, filtered.end() - 1) + 1
            if after <= 0:
                return True  # (not read)
        return _OVER_AFTER.match(blank, after) is not None

    calls = []  # (name, start, open paren, close paren) of aggregates not windowed
    for call in SQL_AGGREGATE.finditer(blank):
        if call.start() and blank[call.start() - 1] == ".":
            continue
        close = closing_paren(blank, call.end() - 1)
        if close < 0:
            return found  # (unbalanced: not read)
        if not windowed(close):
            calls.append((call.group(1).lower(), call.start(), call.end() - 1, close))
    for name, start, opening, close in calls:
        for inner, inner_start, _, _ in calls:
            if opening < inner_start < close and not _in_subquery(blank, opening + 1, inner_start):
                found.append(("nested", inner, inner_start, name))
                break
    for where in _WHERE.finditer(blank):
        if _FILTER_BEFORE.search(blank, 0, where.start()):
            # `SUM(v) FILTER (WHERE v > AVG(v))`: an aggregate's own filter, which Spark refuses with
            # another error (INVALID_AGGREGATE_FILTER; held-out h122)
            close = closing_paren(blank, blank.rindex("(", 0, where.start()))
            inside = next((call for call in calls if where.end() <= call[1] < (close if close >= 0 else len(blank))
                           and not _in_subquery(blank, where.end(), call[1])), None)
            if inside is not None:
                found.append(("filter", inside[0], inside[1], ""))
            continue
        end = len(blank)
        for index, closing in _top_level(blank, where.end()):
            if closing or (_word_starts(blank, index) and _WHERE_END.match(blank, index)) or blank.startswith("|>", index):
                end = index
                break
        for name, start, _, _ in calls:
            if where.end() <= start < end and not _in_subquery(blank, where.end(), start):
                found.append(("where", name, start, ""))
                break
    for call in _WINDOW_ONLY.finditer(blank):
        if call.start() and blank[call.start() - 1] == ".":
            continue
        close = closing_paren(blank, call.end() - 1)
        if close >= 0 and not windowed(close):
            found.append(("no_over", call.group(1).lower(), call.start(), ""))
    return found


# A named parameter marker: `:op` (not `::` of a cast, nor `a:b` inside a type: a word before it).
_PARAMETER_MARKER = re.compile(r"(?<![\w:]):(?!:)([A-Za-z_]\w*)")


def positional_markers(text: str) -> list[int]:
    """The offsets of the positional parameter markers (`?`) of SQL text (strings, quoted names
    and comments not read)."""
    if "?" not in text or len(text) > _MOST_CHARACTERS:
        return []
    blank = _blanked(text)
    return [] if blank is None else [index for index, char in enumerate(blank) if char == "?"]


def parameter_markers(text: str) -> list[tuple[str, int]]:
    """The named parameter markers of SQL text (`WHERE op = :op`), with their offsets (strings,
    quoted names and comments not read)."""
    if ":" not in text or len(text) > _MOST_CHARACTERS:
        return []
    blank = _blanked(text)
    # (`expr:key` right after an operand, `parse_json(j):a`, `` `payload`:a ``, is a path into a
    # VARIANT value, not a marker: held-out h125; after a string literal, `'x':p`, it is a marker:
    # review h128)
    return [] if blank is None else [(found.group(0), found.start()) for found in _PARAMETER_MARKER.finditer(blank)
                                     if not found.start() or text[found.start() - 1] not in _OPERAND_ENDS]


_OPERAND_ENDS = frozenset(")]`")


# `SELECT TOP 5 …` (T-SQL), a QUALIFY clause (Databricks SQL, Snowflake, BigQuery), and a comma that ends
# the select list before FROM: SQL of other dialects that Spark 4.1 refuses (checked on PySpark 4.1).
_TOP = re.compile(r"\bselect\s+(?:(?:distinct|all)\s+)?top\s+(\d+)\b", re.IGNORECASE)
_QUALIFY = re.compile(r"\bqualify\b", re.IGNORECASE)
_BEFORE_CLAUSE = re.compile(r"[\w)\]]\s*$")  # (an operand ends before a clause's keyword)
_NOT_A_CLAUSE_BEFORE = re.compile(r"\b(?:select|as|distinct|by|on|and|or|not|when|then|else|in|is)\s*$", re.IGNORECASE)
_AFTER_QUALIFY = re.compile(r"\s*(?:$|[,);]|(?:from|where|group|order|limit|join|inner|left|right|full|cross|natural|on|using"
                            r"|having|window|union|except|intersect|lateral|as|tablesample)\b)", re.IGNORECASE)
_TRAILING_COMMA = re.compile(r",(\s*)from\b", re.IGNORECASE)


def dialect_syntax(text: str) -> list[tuple[str, int, str]]:
    """(kind, offset, the text there) for SQL of other dialects that Spark's parser refuses: "top" (the
    number of `SELECT TOP 5`), "qualify" (the QUALIFY of a clause; not a column or alias of that name) and
    "comma" (a comma right before FROM, outside parentheses); strings, quoted names and comments are
    not read."""
    if len(text) > _MOST_CHARACTERS:
        return []
    lowered = text.lower()
    if "top" not in lowered and "qualify" not in lowered and "," not in text:
        return []
    blank = _blanked(text)
    if blank is None:
        return []
    found = [("top", top.start(1), top.group(1)) for top in _TOP.finditer(blank)]
    for word in _QUALIFY.finditer(blank):
        before = blank[: word.start()]
        if _BEFORE_CLAUSE.search(before) and not _NOT_A_CLAUSE_BEFORE.search(before) \
                and not _AFTER_QUALIFY.match(blank, word.end()):
            found.append(("qualify", word.start(), word.group()))
    uncommented = _without_comments(text) if "," in text else None
    for comma in _TRAILING_COMMA.finditer(blank):
        # (blanks only between the comma and FROM, not a blanked string: `SELECT *, 'postgres' FROM t` is a
        # literal column; held-out h135)
        if _depth_at(blank, comma.start()) == 0 and uncommented is not None \
                and not uncommented[comma.start() + 1 : comma.start(1) + len(comma.group(1))].strip():
            found.append(("comma", comma.start(), ","))
    return sorted(found, key=lambda item: item[1])


_NEGATIVE_COUNT = re.compile(r"\b(limit|offset)\s+(-\s*\d+)\b", re.IGNORECASE)
_WINDOW_COUNT = re.compile(r"\b(ntile)\s*\(\s*(-?\d+)\s*\)|\b(nth_value)\s*\(\s*[A-Za-z_][\w.]*\s*,\s*(-?\d+)\s*[,)]",
                           re.IGNORECASE)


def literal_ranges(text: str) -> list[tuple[str, int, str]]:
    """(the clause or function in lower case, offset, the literal as written) for literals of SQL text that
    Spark refuses: a negative `LIMIT` or `OFFSET`, `ntile(n)` and `nth_value(x, n)` with n below 1 (checked
    on PySpark 4.1); strings, quoted names and comments are not read."""
    lowered = text.lower()
    if len(text) > _MOST_CHARACTERS or not any(word in lowered for word in ("limit", "offset", "ntile", "nth_value")):
        return []
    blank = _blanked(text)
    if blank is None:
        return []
    found = [(count.group(1).lower(), count.start(2), count.group(2)) for count in _NEGATIVE_COUNT.finditer(blank)]
    for call in _WINDOW_COUNT.finditer(blank):
        name, group = (call.group(1), 2) if call.group(1) else (call.group(3), 4)
        if int(call.group(group)) < 1:
            found.append((name.lower(), call.start(group), call.group(group)))
    return sorted(found, key=lambda item: item[1])


def _depth_at(blank: str, offset: int) -> int:
    """How many parentheses are open at ``offset`` of blanked SQL text."""
    return blank.count("(", 0, offset) - blank.count(")", 0, offset)


_CAST_OPEN = re.compile(r"\b(?:try_)?cast\s*\(", re.IGNORECASE)
_CAST_AS = re.compile(r"\bas\b", re.IGNORECASE)


def cast_types(text: str) -> list[tuple[str, int]]:
    """The types SQL text casts to (`CAST(s AS INTEGR)`, `try_cast(x AS DECIMAL(10, 2))`), each as
    written with its offset in ``text``; strings, quoted names and comments are not read."""
    if "(" not in text or len(text) > _MOST_CHARACTERS:
        return []
    blank = _blanked(text)
    if blank is None:
        return []
    found: list[tuple[str, int]] = []
    for opened in _CAST_OPEN.finditer(blank):
        as_at = index = -1
        for index, closing in _top_level(blank, opened.end()):
            if closing:
                break
            word = _CAST_AS.match(blank, index) if as_at < 0 and _word_starts(blank, index) else None
            if word is not None:
                as_at = word.end()
        if as_at < 0 or index >= len(blank):
            continue
        written = text[as_at:index]
        start = as_at + len(written) - len(written.lstrip())
        if written.strip():
            found.append((written.strip(), start))
    return found


def _without_comments(text: str) -> str | None:
    """``text`` with its comments blanked (offsets kept), strings kept: `--` to the line's end,
    `/* … */` nested as Spark nests them (`/* a /* b */ c */` is one comment).  None where a
    comment is never closed."""
    if "--" not in text and "/*" not in text:
        return text
    out = list(text)
    index, length = 0, len(text)
    while index < length:
        found = _EXPRESSION_COMMENT.match(text, index)
        if found is None:
            index += 1
            continue
        piece = found.group(0)
        if piece[-1] in "'\"":  # a string: kept
            index = found.end()
            continue
        if piece.startswith("--"):
            end = found.end()
        else:
            depth, end = 0, index
            while end < length:
                if text.startswith("/*", end):
                    depth, end = depth + 1, end + 2
                elif text.startswith("*/", end):
                    depth, end = depth - 1, end + 2
                    if depth == 0:
                        break
                else:
                    end += 1
            if depth:
                return None
        out[index:end] = " " * (end - index)
        index = end
    return "".join(out)


without_comments = _without_comments  # (for the other modules of the model)


def _after_type(tokens: list[tuple[str, str, int]], index: int) -> int:
    """The index after the type that starts at ``index``: its name and any ``<…>`` or ``(…)``."""
    if index < len(tokens) and tokens[index][0] == "name":
        index += 1
    depth = 0
    while index < len(tokens) and (depth or tokens[index][1] in ("<", "(")):
        depth += tokens[index][1] in ("<", "(")
        depth -= tokens[index][1] in (">", ")")
        index += 1
    return index


def _inside_cast(tokens: list[tuple[str, str, int]], index: int) -> bool:
    """Whether the ``AS`` at ``index`` is a cast's (``CAST(x AS INT)``): the innermost open
    parenthesis before it follows ``cast`` or ``try_cast``."""
    depth = 0
    for back in range(index - 1, -1, -1):
        value = tokens[back][1]
        if value == ")":
            depth += 1
        elif value == "(":
            if depth == 0:
                return back > 0 and tokens[back - 1][1].lower() in ("cast", "try_cast")
            depth -= 1
    return False
