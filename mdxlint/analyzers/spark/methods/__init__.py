"""Transfer functions: what each method call does to the abstract values.

One function per method (or group of methods that mean the same to Spark), grouped by
receiver: :mod:`.session` (builder, session, conf), :mod:`.reader`, :mod:`.frame`
(watermark, dedup, union/intersect, sort, limit, temp views …), :mod:`.aggregate`
(groupBy/agg and grouped methods), :mod:`.join`, :mod:`.project` and :mod:`.select`
(columns, types and watermarks through projections), :mod:`.writer` (writeStream, start,
query), :mod:`.column` (columns, windows, ``F.x``) and :mod:`.schema` (types built in
code).  Each registers itself in :data:`.registry.TABLE`; the interpreter looks a call
up there by the receiver's kind and the method name (no table entry: ``UNKNOWN``).

To teach the model one more method:

1. write one function in the module of its receiver, decorated with the receiver's
   decorator and the method's names::

       @frame_method("someMethod", "some_method")
       def some_method(interp, frame: Frame, call: MethodCall) -> Any:
           return frame.then(...)  # the frame after the call

   It gets the interpreter (``interp.site(node)``, ``interp.eval``, ``interp.analysis``
   …), the receiver's value and the :class:`.registry.MethodCall` (``name``, ``node``,
   evaluated ``args``/``kwargs``, ``arg_nodes``), and returns the call's value.  A name
   registered twice is an error at import;
2. add one test in ``tests/test_spark_methods.py`` (the name in the list of registered
   methods, and what the call does on a small lesson).

The modules here import the registry, the values and the shared helpers, never the
interpreter (it imports them).
"""

# Each module registers its transfer functions when imported.
from mdxlint.analyzers.spark.methods import (
    aggregate, column, frame, join, project, reader, schema, select, session, writer,
)

__all__ = ["aggregate", "column", "frame", "join", "project", "reader", "schema", "select", "session", "writer"]
