"""The Spark Structured Streaming model of a lesson's Python fences.

The Python fences of a lesson run top to bottom as one notebook
(:mod:`mdxlint.analyzers.python.notebook`).  This package interprets them abstractly:
every name is bound to what it holds for Spark — the session, a reader, a DataFrame
(streaming or batch) with the operations applied to it so far, a grouped frame, a
stream writer, a started query, a column expression — or to :data:`UNKNOWN`.  Nothing
is executed.

The SPK rules do not walk the code themselves.  They read :class:`SparkAnalysis`
(from :func:`analyze`):

* ``starts``: every ``writeStream…start()`` / ``toTable()`` with the frame's plan
  facts, output mode, sink, options, trigger and the session configuration at that
  moment (Spark's unsupported-operation checker runs inside ``start()``);
* ``actions``: batch-only calls (``show``, ``count``, ``write`` …) on frames;
* ``loads``: every ``readStream``/``read`` … ``load()`` with format and options;
* ``from_json``: ``from_json`` calls on a binary column;
* ``calls``: method and function calls by name (triggers, deprecated APIs);
* ``writers``: every stream writer created, started or not.

Where the model cannot know something (a helper it cannot follow, SQL text, an
option value computed at run time) it says so (``opaque``, ``None``) and the rules
stay silent: a rule only claims what follows from code it understood.

Layout: :mod:`.values` (abstract values, constant tables), :mod:`.schema` (Spark types),
:mod:`.sql` (``spark.sql`` text), :mod:`.columns` (column expressions), :mod:`.plan`
(merging frames, adding an aggregation), :mod:`.interpreter` (the walk and the method
dispatch), :mod:`.methods` (one transfer function per method), :mod:`.facts` (what the
rules read off an analysis).
"""

from mdxlint.analyzers.spark.facts import (
    COMPLETE_WITHOUT_AGGREGATION, assertion_error_uncaught, conf_is_false, correctness_checked, describe, is_stream, keys_text, not_caught, refused_at_start,
    python_type_error_uncaught, when_called, runnable_starts, session_window_key, spark_raises, stateful_steps, stream_starts, type_error_uncaught, uncaught,
    value_error_uncaught, version_tuple,
)
from mdxlint.analyzers.spark.interpreter import Interpreter, analyze
from mdxlint.analyzers.spark.values import (
    CHECKPOINT_CONF, FILE_FORMATS, FUNCTIONS_MODULE, ONE_TIME_SINKS, SEPARATOR, UNKNOWN, UNREAD_CONF, Action, Aggregation, Call, Dedup,
    Frame, FromJson, Join, Key, Load, Query, Reader, Session, Site, SparkAnalysis, Start, Watermark, Writer,
)
from mdxlint.analyzers.spark.schema import SparkType

__all__ = [
    "COMPLETE_WITHOUT_AGGREGATION", "CHECKPOINT_CONF", "FILE_FORMATS", "FUNCTIONS_MODULE", "ONE_TIME_SINKS", "SEPARATOR", "UNKNOWN", "UNREAD_CONF", "Action", "Aggregation",
    "Call", "Dedup", "Frame", "FromJson", "Interpreter", "Join", "Key", "Load", "Query", "Reader", "Session", "Site",
    "SparkAnalysis", "SparkType", "Start", "Watermark", "Writer", "analyze", "correctness_checked", "describe", "is_stream", "keys_text",
    "refused_at_start", "runnable_starts", "session_window_key", "spark_raises", "stateful_steps", "stream_starts", "version_tuple",
    "uncaught", "conf_is_false", "not_caught", "value_error_uncaught", "type_error_uncaught", "python_type_error_uncaught", "when_called",
    "assertion_error_uncaught",
]
