"""``df.writeStream``: format, output mode, options, trigger, query name,
``foreachBatch`` (its callback is read with a batch frame), and ``start()``/``toTable()``
— where Spark runs its streaming checks, so each start records a :class:`Start` with
everything known at that moment.  The started :class:`Query`'s ``stop``/``awaitTermination``."""

from __future__ import annotations

import ast

from typing import Any

from mdxlint.analyzers.spark.methods.registry import OTHER, MethodCall, method, query_method, writer_method
from mdxlint.analyzers.spark.values import (
    UNKNOWN, AnyQuery, BatchWriter, BoundMethod, Const, Frame, Function, LessonClass, LessonInstance, Partial, Query, Site, Start,
    StreamManager,
    Writer, constant,
)


@writer_method("format")
def format_(interp, writer: Writer, call: MethodCall) -> Any:
    value = constant(call.args[0]) if call.args else None
    writer.format = value.lower() if isinstance(value, str) else None
    writer.format_written = value if isinstance(value, str) else None
    writer.format_known = isinstance(value, str)
    writer.format_site = interp.site(call.node)
    return writer


@writer_method("outputMode")
def output_mode(interp, writer: Writer, call: MethodCall) -> Any:
    value = constant(call.args[0]) if call.args else None
    writer.output_mode = value.lower() if isinstance(value, str) else None
    writer.mode_known = isinstance(value, str)
    writer.mode_site = interp.site(call.node)
    return writer


@writer_method("option")
def option(interp, writer: Writer, call: MethodCall) -> Any:
    args, kwargs = call.args, call.kwargs
    key = constant(args[0]) if args else constant(kwargs.get("key"))
    value = args[1] if len(args) > 1 else kwargs.get("value", UNKNOWN)
    if isinstance(key, str):
        writer.options[key.lower()] = constant(value)
        writer.option_sites[key.lower()] = interp.site(call.node)
        if key == "queryName":  # Spark names the query from this option too (DataStreamWriter.start)
            writer.query_name = constant(value)
            writer.query_name_site = interp.site(call.node)
    else:
        writer.options_complete = False
    return writer


@writer_method("options")
def options(interp, writer: Writer, call: MethodCall) -> Any:
    site = interp.site(call.node)
    for key, value in call.kwargs.items():
        if key != "**":
            writer.options[key.lower()] = constant(value)
            writer.option_sites[key.lower()] = site
            if key == "queryName":
                writer.query_name, writer.query_name_site = constant(value), site
    if call.args or "**" in call.kwargs:
        writer.options_complete = False
    return writer


@writer_method("trigger")
def trigger(interp, writer: Writer, call: MethodCall) -> Any:
    # PySpark counts the kinds that are not None (`continuous=None` is no kind).
    given = [kw for kw in call.node.keywords if kw.arg and not (isinstance(kw.value, ast.Constant) and kw.value.value is None)]
    writer.trigger = given[0].arg if len(given) == 1 and not _refused_trigger_value(given[0]) else None
    writer.trigger_site = interp.site(call.node)
    return writer


def _refused_trigger_value(keyword: ast.keyword) -> bool:
    """A constant PySpark refuses for the trigger kind at trigger() (SPK026): no query is started
    with that trigger (held-out h40: SPK011 judged `continuous=1` as a continuous query)."""
    value = keyword.value
    if not isinstance(value, ast.Constant):
        return False
    if keyword.arg in ("processingTime", "continuous", "realTime"):
        return not isinstance(value.value, str) or not value.value.strip()
    return value.value is not True


@writer_method("queryName")
def query_name(interp, writer: Writer, call: MethodCall) -> Any:
    writer.query_name = constant(call.args[0]) if call.args else None
    writer.query_name_site = interp.site(call.node)
    return writer


@writer_method("foreachBatch", "foreach")
def foreach(interp, writer: Writer, call: MethodCall) -> Any:
    site = interp.site(call.node)
    writer.format = call.name.lower()
    writer.format_written = None
    writer.format_known = True
    writer.format_site = site
    given = call.args[0] if call.args else None
    supplied: tuple[Any, ...] = ()  # arguments functools.partial gives before foreachBatch's two
    keywords: tuple[str, ...] = ()
    if isinstance(given, Partial):
        given, supplied, keywords = given.target, given.args, given.keywords
    if isinstance(given, LessonInstance) and "__call__" in given.cls.methods:
        given = BoundMethod(given.cls.methods["__call__"])  # an instance of a class with `__call__`: that method
    if call.name == "foreachBatch" and isinstance(given, (Function, BoundMethod)):
        bound = isinstance(given, BoundMethod)
        function = given.function if bound else given
        first = [UNKNOWN, *supplied] if bound else list(supplied)
        takes = _positional_arity(function, len(first), keywords)
        if takes is not None:
            name = getattr(function.node, "name", "the lambda")
            before = []
            if bound and not (function.node.args.posonlyargs or function.node.args.args):
                takes = "no parameters (Python gives a method taken from an instance the instance first)"
            elif bound:
                before.append(f"`{function.node.args.args[0].arg}`")
            if supplied:
                before.append(f"the {len(supplied)} argument{'s' if len(supplied) != 1 else ''} given to functools.partial")
            if before:
                takes += " after " + " and ".join(before)
            interp.analysis.bad_batch_functions.append((site, name, takes))
        # Each micro-batch has the query's columns (and their types), not its stream's plan.
        stream = writer.frame
        batch = Frame(False, site, batch_inside="foreachBatch", columns=stream.columns, types=stream.types,
                      binary_columns=stream.binary_columns, struct_columns=stream.struct_columns,
                      opaque=stream.opaque, session=stream.session)
        interp.batch_functions += 1
        try:
            interp.call_function(function, [*first, batch, UNKNOWN], {name: UNKNOWN for name in keywords})
        finally:
            interp.batch_functions -= 1
    elif call.name == "foreach" and not supplied:
        if isinstance(given, (Function, BoundMethod, LessonClass)):
            writer.foreach_object = False
        elif isinstance(given, LessonInstance):
            writer.foreach_object = True
        problem = _foreach_writer_problem(given)
        if problem is not None:
            interp.analysis.bad_foreach_writers.append((site, problem))
    return writer


# What Spark calls on a foreach writer object, with how many arguments after `self`.
_WRITER_METHODS = (("process", 1, "each row"), ("open", 2, "the partition id and the epoch id"), ("close", 1, "the error or None"))


def _foreach_writer_problem(given: Any) -> str | None:
    """Why ``foreach(given)`` cannot run (None when it can, or cannot be told): PySpark calls a
    callable with each row; otherwise it calls the object's `process(row)` and, where they are
    defined, `open(partition_id, epoch_id)` and `close(error)`."""
    if isinstance(given, (Function, BoundMethod)):
        bound = isinstance(given, BoundMethod)
        function = given.function if bound else given
        takes = _positional_arity(function, 1 if bound else 0, calls_with=1)
        if takes is None:
            return None
        name = getattr(function.node, "name", None)
        return f"{f'`{name}`' if name else 'the lambda'} takes {takes}, and foreach calls it with one (each row)"
    if isinstance(given, LessonClass):
        if given.node.bases or given.node.decorator_list or "process" not in given.methods:
            return None  # (a decorator such as @dataclass makes an `__init__` not read here)
        init = given.methods.get("__init__")
        if init is not None and _positional_arity(init, 1, calls_with=1) is None:
            return None
        return (f"`{given.node.name}` is the class, not an instance: foreach calls it with each row "
                f"(`{given.node.name}(row)`); pass `{given.node.name}()`")
    if isinstance(given, LessonInstance) and "__call__" not in given.cls.methods and not given.cls.node.bases \
            and not given.cls.node.decorator_list:
        methods = given.cls.methods
        assigned = {target.id for statement in given.cls.node.body if isinstance(statement, (ast.Assign, ast.AnnAssign))
                    for target in (statement.targets if isinstance(statement, ast.Assign) else [statement.target])
                    if isinstance(target, ast.Name)}
        if "process" not in methods:
            if "process" in assigned or "__getattr__" in methods:
                return None  # `process = staticmethod(show)`: a method not written as a `def`
            return f"`{given.cls.node.name}` has no `process` method, which foreach calls with each row"
        for method_name, count, what in _WRITER_METHODS:
            function = methods.get(method_name)
            if function is None or method_name in assigned or getattr(function.node, "decorator_list", None):
                continue  # a static or class method, or one replaced below its `def`, is not judged here
            takes = _positional_arity(function, 1, calls_with=count)
            if takes is not None:
                return f"`{given.cls.node.name}.{method_name}` takes {takes} after `self`, and foreach calls it with {what}"
    return None


@writer_method("partitionBy")
def partition_by(interp, writer: Writer, call: MethodCall) -> Any:
    writer.partition_columns += _column_names(call.args, interp.site(call.node))
    return writer


def _column_names(values: list[Any], site: Site) -> tuple[tuple[str | None, Site], ...]:
    """Column names given as strings (``partitionBy("a", "b")``, ``partitionBy(["a"])``)."""
    names: list[tuple[str | None, Site]] = []
    for value in values:
        name = constant(value)
        names.append((name if isinstance(name, str) else None, site))  # a list or a name: not known here
    return tuple(names)


@writer_method("clusterBy")
def same_writer(interp, writer: Writer, call: MethodCall) -> Any:
    return writer


@writer_method(OTHER)
def other_writer_call(interp, writer: Writer, call: MethodCall) -> Any:
    return UNKNOWN


@writer_method("start", "toTable")
def start(interp, writer: Writer, call: MethodCall) -> Any:
    """The query starts: Spark's checks run on the frame, sink, mode and options of now."""
    site = interp.site(call.node)
    writer.started = True
    start_keywords(writer, call.kwargs, site)
    args, kwargs, name = call.args, call.kwargs, call.name
    path = args[0] if args else kwargs.get("path" if name == "start" else "tableName")
    if path is not None and name == "start":
        writer.options["path"] = constant(path)
    sink = writer.format if writer.format_known else None
    if name == "toTable" and writer.format_site is None and "format" not in kwargs:
        sink = "table"
    checkpoint = writer.options.get("checkpointlocation", UNKNOWN) if "checkpointlocation" in writer.options else UNKNOWN
    interp.analysis.starts.append(
        Start(
            writer=writer,
            site=site,
            frame=writer.frame,
            output_mode=writer.output_mode if writer.mode_known else None,
            sink=sink,
            options=dict(writer.options),
            session_conf=dict(interp.session.conf),
            checkpoint=checkpoint,
            to_table=name == "toTable",
            query_name=writer.query_name,
            trigger=writer.trigger,
            trigger_site=writer.trigger_site,
            active=tuple(earlier for earlier in interp.analysis.starts if not earlier.writer.stopped),
            awaited_before=frozenset(index for index, earlier in enumerate(
                earlier for earlier in interp.analysis.starts if not earlier.writer.stopped) if earlier.writer.maybe_stopped),
        )
    )
    return Query(writer)


def start_keywords(writer: Writer, kwargs: dict[str, Any], site: Site) -> None:
    """``start(path, format=…, outputMode=…, queryName=…, **options)``."""
    if "format" in kwargs:
        value = constant(kwargs["format"])
        writer.format = value.lower() if isinstance(value, str) else None
        writer.format_written = value if isinstance(value, str) else None
        writer.format_known = isinstance(value, str)
    if "partitionBy" in kwargs:
        writer.partition_columns += _column_names([kwargs["partitionBy"]], site)
    if "outputMode" in kwargs:
        value = constant(kwargs["outputMode"])
        writer.output_mode = value.lower() if isinstance(value, str) else None
        writer.mode_known = isinstance(value, str)
    if "queryName" in kwargs:
        writer.query_name = constant(kwargs["queryName"])
        writer.query_name_site = site
    for key, value in kwargs.items():
        if key not in ("format", "outputMode", "queryName", "partitionBy", "path", "tableName", "clusterBy", "**"):
            writer.options[key.lower()] = constant(value)
            writer.option_sites[key.lower()] = site
    if "**" in kwargs:
        writer.options_complete = False


def check_timeout(interp, call: MethodCall, zero_allowed: bool = False) -> None:
    """PySpark's own check of a timeout before it waits: a number above zero (``awaitAnyTermination``:
    zero too), else PySparkValueError VALUE_NOT_POSITIVE."""
    node = call.node.args[0] if call.node.args else next((k.value for k in call.node.keywords if k.arg == "timeout"), None)
    if node is None or isinstance(node, ast.Starred):
        return
    value = constant(call.args[0] if call.node.args else call.kwargs.get("timeout"))
    if value is None:
        return  # no timeout, or one not known
    if not isinstance(value, (int, float)) or (value < 0 if zero_allowed else value <= 0):
        interp.analysis.bad_timeouts.append((interp.site(node), call.name, type(value).__name__))


@method(StreamManager, "awaitAnyTermination")
def await_any(interp, manager: StreamManager, call: MethodCall) -> Any:
    check_timeout(interp, call, zero_allowed=True)
    return UNKNOWN


@query_method("stop", "awaitTermination")
def stop(interp, query: Query, call: MethodCall) -> Any:
    if call.name == "awaitTermination":
        check_timeout(interp, call)
    if call.name == "stop" or (not call.node.args and not call.node.keywords):
        query.writer.stopped = True  # code after it runs once the query has ended
    else:
        query.writer.maybe_stopped = True
    return UNKNOWN


@method(AnyQuery, "stop", "awaitTermination")
def stop_each(interp, query: AnyQuery, call: MethodCall) -> Any:
    """``for q in spark.streams.active: q.stop()``: every query started so far has stopped
    (awaited to its end, with no timeout) when the loop is done."""
    if call.name == "awaitTermination":
        check_timeout(interp, call)
    if call.name == "stop" or (not call.node.args and not call.node.keywords):
        for start in interp.analysis.starts:
            start.writer.stopped = True
    return UNKNOWN


def _positional_arity(function: Function, given: int = 0, keywords: tuple[str, ...] = (), calls_with: int = 2) -> str | None:
    """How many positional arguments ``function`` takes, when that excludes ``calls_with`` (foreachBatch
    calls it with two: the batch frame and the batch id); None when they fit, or when it cannot be told.
    The first ``given`` parameters are given already (a bound method's ``self``, the arguments of
    ``functools.partial``), and so are the keyword-only ones named in ``keywords``."""
    arguments = function.node.args
    names = [arg.arg for arg in arguments.posonlyargs + arguments.args]
    if set(keywords) & set(names):
        return None  # a positional parameter given by keyword: not judged here
    if len(names) < given and arguments.vararg is None:
        return f"{len(names)} positional argument{'s' if len(names) != 1 else ''} in all"
    positional = max(0, len(names) - given)
    required = max(0, len(names) - len(arguments.defaults) - given)
    required_keywords = sum(1 for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults)
                            if default is None and arg.arg not in keywords)
    if required <= calls_with and (positional >= calls_with or arguments.vararg is not None) and not required_keywords:
        return None
    if required_keywords:
        return f"{required_keywords} required keyword-only argument{'s' if required_keywords > 1 else ''}"
    if arguments.vararg is not None:
        return f"at least {required} positional arguments"
    if required == positional:
        return f"{positional} positional argument{'s' if positional != 1 else ''}"
    return f"{required} to {positional} positional arguments"


# -- the batch writer (`df.write`) ------------------------------------------------------------------

@method(BatchWriter, "option", "options", "bucketBy", "sortBy", "clusterBy")
def batch_writer_step(interp, writer: BatchWriter, call: MethodCall) -> Any:
    return writer


@method(BatchWriter, "mode")
def batch_mode(interp, writer: BatchWriter, call: MethodCall) -> Any:
    value = constant(call.args[0]) if call.args else None
    writer.mode = value.lower() if isinstance(value, str) else None
    return writer


@method(BatchWriter, "format")
def batch_format(interp, writer: BatchWriter, call: MethodCall) -> Any:
    value = constant(call.args[0]) if call.args else None
    writer.format = value.lower() if isinstance(value, str) else None
    return writer


@method(BatchWriter, "partitionBy")
def batch_partition_by(interp, writer: BatchWriter, call: MethodCall) -> Any:
    writer.partition_columns += _column_names(call.args, interp.site(call.node))
    return writer


# The writes that take `partitionBy=` (PySpark 4.1; csv, json, text and xml have no such parameter).
_PARTITION_KEYWORD = frozenset({"save", "parquet", "orc", "saveAsTable"})


@method(BatchWriter, "save", "parquet", "csv", "json", "orc", "text", "xml", "saveAsTable")
def batch_save(interp, writer: BatchWriter, call: MethodCall) -> Any:
    """The write: a partition column the frame lacks is refused here (checked on PySpark 4.1)."""
    columns = writer.partition_columns
    if "partitionBy" in call.kwargs and call.name in _PARTITION_KEYWORD:
        columns += _column_names([call.kwargs["partitionBy"]], interp.site(call.node))
    frame = writer.frame
    if frame.columns is not None and not frame.opaque:
        existing = {column.lower() for column in frame.columns}
        for name, site in columns:
            if name is not None and name.lower() not in existing:
                interp.analysis.batch_partitions_missing.append((site, name, frame.columns, call.name == "saveAsTable"))
                break
    # The format written: the method's own (`csv(…)`), or save()'s (`save(path, format, mode, …)`),
    # else format()'s.
    written = call.name if call.name in _FILE_WRITES else writer.format if call.name == "save" else None
    given = call.args[1] if call.name == "save" and len(call.args) > 1 else call.kwargs.get("format") if call.name == "save" else None
    if given is not None:
        value = constant(given)
        written = value.lower() if isinstance(value, str) else None
    # The mode: `mode=` (by position: _MODE_POSITION), else mode()'s.
    # Under "ignore" a folder already there is left as it is and nothing is checked (not known here).
    position = _MODE_POSITION.get(call.name)
    given_mode = call.args[position] if position is not None and len(call.args) > position else call.kwargs.get("mode")
    mode = writer.mode
    if given_mode is not None:
        value = constant(given_mode)
        mode = value.lower() if isinstance(value, str) else None
    if written in _FILE_WRITES and mode != "ignore" and not any(isinstance(arg, ast.Starred) for arg in call.node.args):
        interp.analysis.batch_file_writes.append((interp.site(call.node), frame, written, tuple(name for name, _ in columns)))
    return Const(None)


_FILE_WRITES = frozenset({"parquet", "csv", "json", "orc", "text", "xml"})
# Where each write takes `mode` by position (PySpark 4.1; text() has no mode).
_MODE_POSITION = {"save": 2, "csv": 1, "json": 1, "parquet": 1, "orc": 1, "xml": 2}

