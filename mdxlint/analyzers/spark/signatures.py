"""The parameters of PySpark's functions and methods, and the TypeError a wrong call raises.

``data/pyspark-signatures.json`` (scripts/build_pyspark_signatures.py) holds, per PySpark
class a lesson's values stand for (``DataFrame``, ``Column``, ``GroupedData``…) and for
``functions``, each callable's parameters as ``[name, kind, has a default]``.  Python itself
says whether a call fits them: :func:`call_error` makes a function with those parameters
(no body, defaults ``None``) and calls it with placeholders in the call's shape, so the
message is the interpreter's own ("datediff() missing 1 required positional argument:
'start'").  PySpark is never imported.
"""

from __future__ import annotations

import json
import keyword
from functools import lru_cache
from importlib import resources
from typing import Any

# How the interpreter's values map to PySpark's classes (analyzers.spark.values names).
OWNER_OF_VALUE = {
    "Frame": "DataFrame",
    "Column": "Column",
    "Grouped": "GroupedData",
    "NaFunctions": "DataFrameNaFunctions",
    "WindowSpec": "WindowSpec",
    "Session": "SparkSession",
    "Builder": "Builder",
}


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(resources.files("mdxlint.data").joinpath("pyspark-signatures.json").read_text(encoding="utf-8"))


def pyspark_version() -> str:
    """The PySpark release the stored parameters were read from."""
    return _data()["pyspark"]


def release_read(version: tuple[int, ...]) -> bool:
    """Whether a configured Spark ``version`` is the release the stored names were read from (or
    later): parameters and functions differ between releases, and only that one is judged."""
    return version >= tuple(int(part) for part in pyspark_version().split(".")[:2])


def methods(owner: str) -> frozenset[str]:
    """The names of ``owner``'s stored methods (its public ones in PySpark)."""
    return frozenset(_data()["tables"].get(owner, {}))


def entry(owner: str, name: str) -> dict | None:
    """``{"qualname", "bound", "parameters"}`` of ``owner.name`` (owner ``functions`` for
    ``pyspark.sql.functions``), or None when it is not stored."""
    return _data()["tables"].get(owner, {}).get(name)


def _source(parameters: list[list]) -> str | None:
    """``def f(a, b=None, /, c, *args, d, **kw): pass`` for the stored parameters (None when a
    name is not one Python takes: the stored file is trusted, not executed blindly)."""
    parts: list[str] = []
    starred = False
    for index, (name, kind, has_default) in enumerate(parameters):
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            return None
        if kind == "*":
            parts.append("*" + name)
            starred = True
        elif kind == "**":
            parts.append("**" + name)
        else:
            if kind == "keyword-only" and not starred:
                parts.append("*")
                starred = True
            parts.append(name + ("=None" if has_default else ""))
        if kind == "positional-only" and (index + 1 == len(parameters) or parameters[index + 1][1] != "positional-only"):
            parts.append("/")
    return f"def f({', '.join(parts)}):\n    pass\n"


@lru_cache(maxsize=2048)
def _function(parameters: tuple[tuple, ...], qualname: str):
    source = _source([list(p) for p in parameters])
    if source is None:
        return None
    namespace: dict[str, Any] = {}
    exec(compile(source, "<pyspark signature>", "exec"), namespace)  # noqa: S102 - parameters only, checked above
    function = namespace["f"]
    function.__qualname__ = function.__name__ = qualname
    return function


def call_error(parameters: list[list], qualname: str, positional: int, keywords: tuple[str, ...]) -> str | None:
    """The TypeError Python raises for a call of ``positional`` arguments (the instance
    included for a method) and these keyword arguments, or None when the call fits."""
    function = _function(tuple(tuple(p) for p in parameters), qualname)
    if function is None or len(set(keywords)) != len(keywords):
        return None
    try:
        function(*([None] * positional), **dict.fromkeys(keywords))
    except TypeError as error:
        return str(error)
    return None


def sql_functions() -> frozenset[str]:
    """The names of Spark SQL's built-in functions (lower case, as ``SHOW FUNCTIONS`` lists them)."""
    return _names("sql_functions")


def sql_keywords() -> frozenset[str]:
    """Spark SQL's keywords (lower case, as ``sql_keywords()`` lists them)."""
    return _names("sql_keywords")


def sql_arities() -> dict[str, dict]:
    """Per SQL function, ``{"refused": {count: requires}}``: the argument counts from 0 to 7 Spark
    refuses with WRONG_NUM_ARGS, each with what its message then says the function requires ("2",
    "[1, 2]", "> 0")."""
    return _data().get("sql_arities", {})


@lru_cache(maxsize=4)
def _names(key: str) -> frozenset[str]:
    return frozenset(_data()[key])
