"""How plan facts combine, apart from any expression: two frames merged into one (a
join, a union) and an aggregation added to a frame over its grouping keys."""

from __future__ import annotations

from dataclasses import replace

from mdxlint.analyzers.spark.schema import NOT_WINDOW_TIME_TYPES, SparkType, path_type
from mdxlint.analyzers.spark.values import (
    FRESH_LINEAGE, MONOTONIC_ID_ON_STREAM, TIME_WINDOW_FUNCTIONS, Aggregation, ExprFacts, Frame, Key, Site, SparkAnalysis, ambiguous, joined_event_times,
)


def merge(left: Frame, right: Frame) -> Frame:
    if left.streaming is None or right.streaming is None:
        streaming = True if (left.streaming or right.streaming) else None
    else:
        streaming = left.streaming or right.streaming
    if streaming:
        # A static side is planned as a batch query: Spark checks only the streaming sides for
        # what a stream may not do (a window function or an aggregation on the static side of a
        # stream-static join runs).
        left, right = _streaming_part(left), _streaming_part(right)
    return replace(
        left,
        streaming=streaming,
        opaque=left.opaque or right.opaque,
        step=max(left.step, right.step),
        watermarks=left.watermarks + right.watermarks,
        watermark_columns=left.watermark_columns | right.watermark_columns,
        aliases=left.aliases | right.aliases,
        lineage=None if left.lineage is None or right.lineage is None else left.lineage | right.lineage,
        aggregations=left.aggregations + right.aggregations,
        planned_aggregations=left.planned_aggregations + right.planned_aggregations,
        redefined_watermarks=left.redefined_watermarks + right.redefined_watermarks,
        dedups=left.dedups + right.dedups,
        sorts=left.sorts + right.sorts,
        limits=left.limits + right.limits,
        window_functions=left.window_functions + right.window_functions,
        joins=left.joins + right.joins,
        current_time=left.current_time + right.current_time,
        stateful=left.stateful + right.stateful, stateful_event_times=left.stateful_event_times + right.stateful_event_times,
        not_map_like=left.not_map_like + right.not_map_like,
        unsupported=left.unsupported + right.unsupported,
        lost_watermarks=left.lost_watermarks + right.lost_watermarks,
        state_modes=left.state_modes + right.state_modes,
        columns=None,
        binary_columns=left.binary_columns | right.binary_columns,
        struct_columns=left.struct_columns | right.struct_columns,
        types=_joined_types(left.types, right.types),
        doubled_event_times=left.doubled_event_times | right.doubled_event_times,
    )


UNION_STREAM_BATCH = "Union between streaming and batch DataFrames/Datasets is not supported"


# Integral types in the order Spark widens them in a union.
_INTEGRAL = ("tinyint", "smallint", "int", "bigint")


def _union_types(first: Frame, other: Frame, by_name: bool) -> dict[str, SparkType]:
    """The types of a union's columns that are plain: a column whose inputs have one type keeps
    it, two integral types give the wider; any other pair is left unknown (Spark widens it, or,
    in ANSI mode, casts a string to the other side's type: review h96)."""
    if first.columns is None or other.columns is None:
        return {name: kind for name, kind in first.types.items() if other.types.get(name) == kind}
    if by_name:
        spelled = {column.lower(): column for column in other.columns}
        pairs = [(column, spelled.get(column.lower())) for column in first.columns]
    else:
        pairs = list(zip(first.columns, other.columns))
    types: dict[str, SparkType] = {}
    for column, paired in pairs:
        kind, other_kind = first.types.get(column), other.types.get(paired) if paired else None
        if kind is None or other_kind is None:
            continue
        if kind == other_kind:
            types[column] = kind
        elif kind.name in _INTEGRAL and other_kind.name in _INTEGRAL:
            types[column] = max(kind, other_kind, key=lambda integral: _INTEGRAL.index(integral.name))
    return types


def union_of(first: Frame, other: Frame, site: Site, by_name: bool = False) -> Frame:
    """``first.union(other)`` (and SQL ``UNION ALL``; ``unionByName`` with ``by_name``).  The
    union's columns are its first input's, with their metadata: a watermark set on a later input's
    column marks no column of the result (Spark then refuses an aggregation over it in append
    mode; a held-out program)."""
    lost = tuple((site, column, "union") for column in sorted(other.watermark_columns - first.watermark_columns))
    merged = merge(first, other).then(columns=first.columns, watermark_columns=first.watermark_columns,
                                      types=_union_types(first, other, by_name),
                                      lost_watermarks=first.lost_watermarks + other.lost_watermarks + lost,
                                      lineage=FRESH_LINEAGE)  # (nothing below a union is resolved through it)
    merged = replace(merged, not_map_like=merged.not_map_like + ((site, "Union"),))
    if {first.streaming, other.streaming} == {True, False}:
        merged = replace(merged, unsupported=merged.unsupported + ((site, UNION_STREAM_BATCH),))
    return merged


def _streaming_part(frame: Frame) -> Frame:
    """What of ``frame`` counts in a streaming query: all of it, or, for a static frame, none of
    the operators Spark checks in a stream."""
    if frame.streaming is not False:
        return frame
    return replace(frame, aggregations=(), planned_aggregations=(), redefined_watermarks=(), dedups=(), sorts=(), limits=(), window_functions=(), joins=(),
                   current_time=(), stateful=(), not_map_like=(), state_modes=(),
                   # Spark checks the expressions of every operator in a streaming plan, a static side's too
                   # (`monotonically_increasing_id()` on the static side of a stream-static join: held-out h100)
                   unsupported=tuple(entry for entry in frame.unsupported if entry[1] == MONOTONIC_ID_ON_STREAM))


def _unqualified(frame: Frame, name: str | None) -> str | None:
    if name and "." in name:
        qualifier, rest = name.split(".", 1)
        if qualifier in frame.aliases:
            return rest
    return name


def note_window_type(analysis: SparkAnalysis, frame: Frame, site: Site, function: str, column: str | None) -> bool:
    """Whether ``function`` (``window``/``session_window``) over ``column`` of ``frame`` is refused
    for the column's type (a number: Spark casts a string or a date, nothing else); noted once a site."""
    time_type = path_type(frame.types, _unqualified(frame, column)) if column else None
    # (a struct is a window's only with the fields `start` and `end`: `F.struct("ts", "v")` is not one)
    other_struct = time_type is not None and time_type.name == "struct" and bool(time_type.fields) \
        and {name for name, _ in time_type.fields} != {"start", "end"}
    if time_type is None or (time_type.name not in NOT_WINDOW_TIME_TYPES and not other_struct):
        return False
    found = (site, function, _unqualified(frame, column), time_type)
    if not any(seen[0] == site for seen in analysis.bad_windows):
        analysis.bad_windows.append(found)
    return True


def aggregated(analysis: SparkAnalysis, frame: Frame, keys: tuple[Key, ...], site: Site, facts: ExprFacts,
               names: list[str | None], after: Site | None = None) -> Frame:
    """``frame`` aggregated over ``keys``; ``names`` are the output names of the aggregate
    expressions (None: not known).  A streaming aggregation is noted in ``analysis``."""
    wm = frame.watermark_columns
    if frame.aliases:
        # `window("o.ts", …)` after `.alias("o")` reads the column `ts`
        keys = tuple(replace(key, name=_unqualified(frame, key.name), time_column=_unqualified(frame, key.time_column))
                     for key in keys)
    watermarked_keys = [key for key in keys if (key.name in wm) or (key.time_column in wm)]
    watermarked: bool | None
    refused = False
    for key in keys:
        if key.time_column and key.site is not None:
            refused = note_window_type(analysis, frame, key.site, "session_window" if key.session else "window",
                                       key.time_column) or refused
    # A window over a column the frame lacks (renamed away: `withColumnRenamed("timestamp", "ts")`
    # then `window("timestamp", …)`): Spark refuses it as an unresolved column (held-out h29).
    unresolved = any(key.time_column and "." not in key.time_column and frame.lacks_column(key.time_column) for key in keys)
    if refused or unresolved:
        watermarked = None  # Spark refuses the grouping itself: what the watermark would do is moot
    elif watermarked_keys:
        watermarked = True
    elif all(key.known for key in keys) and frame.watermarks and all(w.column for w in frame.watermarks):
        watermarked = False
    elif all(key.known for key in keys) or not frame.watermarks:
        # (With no watermark on the frame at all, no key can carry one, whatever the keys are.)
        watermarked = False if not frame.watermarks else None
    else:
        watermarked = None
    # Grouping keys are the aggregation's output: two event-time columns among them stop the query
    # (one alone is picked; a held-out program grouped a join's output by both of its times).
    named = [name for key in keys for name in (key.name, key.time_column)]
    read = tuple(column for column in joined_event_times(frame, named) if column in named)
    earlier = max(frame.aggregations, key=lambda aggregation: aggregation.step, default=None)
    aggregation = Aggregation(site, keys, watermarked, bool(frame.watermarks), tuple(facts.distinct), frame.step + 1,
                              event_times=read if len(read) > 1 else (), after=earlier.site if earlier else after,
                              pivot=earlier is None and after is not None)
    if frame.streaming and frame.batch_inside is None:
        analysis.aggregations.append((aggregation, frame))
    out_names: list[str] = []
    known = True
    for key in keys:
        if key.column is None:
            known = False
        else:
            out_names.append(key.column)
    for out in names:
        if out is None:
            known = False
        else:
            out_names.append(out)
    new_watermarks = frozenset(key.name for key in watermarked_keys if key.name)
    structs = frozenset(
        key.name for key in keys
        if key.name and (key.time_column is not None or key.name in TIME_WINDOW_FUNCTIONS or key.name in frame.struct_columns)
    )
    key_types: dict[str, SparkType] = {}
    for key in keys:
        if key.name and key.site is not None and (key.time_column is not None or key.name in TIME_WINDOW_FUNCTIONS):
            key_types[key.name] = SparkType("struct", (("start", SparkType("timestamp")), ("end", SparkType("timestamp"))))
        elif key.name and path_type(frame.types, key.name) is not None:
            key_types[key.name] = path_type(frame.types, key.name)  # type: ignore[assignment]
    return frame.then(
        types=key_types,
        struct_columns=structs,
        aggregations=frame.aggregations + (aggregation,),
        watermark_columns=new_watermarks,
        columns=tuple(out_names) if known else None,
        binary_columns=frozenset(),
        lineage=FRESH_LINEAGE,  # (a filter or sort after it reads its output only; checked on PySpark 4.1)
        window_functions=frame.window_functions + tuple(facts.over),
        # (a key Spark refuses as an ambiguous reference: nothing after it is claimed)
        opaque=frame.opaque or not facts.understood or ambiguous(frame, named),
    )


def with_unknown(frame: Frame) -> Frame:
    """``frame`` joined or unioned with something that is not a known frame."""
    return frame.then(opaque=True, streaming=frame.streaming if frame.streaming else None)


def except_of_batch(frame: Frame, site: Site, label: str) -> Frame:
    """``frame`` (a stream) less a batch frame (``subtract``, ``exceptAll``, SQL ``EXCEPT``):
    Spark's optimizer makes it an anti-join and a DISTINCT over every column, an aggregation the
    checks at ``start()`` do not see (Frame.planned_aggregations) and that append mode refuses at
    the first batch without a watermark (with one, whether it is among the columns is not read:
    nothing is claimed)."""
    # A projection that dropped every watermarked column leaves Spark no watermark.
    dropped = frame.columns is not None and all(mark.column for mark in frame.watermarks) \
        and not frame.watermark_columns & set(frame.columns)
    if (frame.watermarks and not dropped) or not frame.streaming:
        return frame
    key = Key(None, site=site, known=False, label=f"every column: {label} is an anti-join then a DISTINCT")
    aggregation = Aggregation(site, (key,), False, False, (), frame.step + 1, planned=True)
    return frame.then(planned_aggregations=frame.planned_aggregations + (aggregation,))


def _joined_types(left: dict, right: dict) -> dict:
    """The column types of two frames put together: a name both sides have with other types is
    left out (which side's column a later step reads, `flags.c` or `orders.c`, is not followed;
    review h96: the left side's type was taken for the right side's column)."""
    lower = {name.lower(): kind for name, kind in left.items()}
    both = {name.lower() for name, kind in right.items() if name.lower() in lower and lower[name.lower()] != kind}
    return {name: kind for name, kind in {**right, **left}.items() if name.lower() not in both}

