"""SPK071's parameters of PySpark (data/pyspark-signatures.json) and the TypeError it quotes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mdxlint.analyzers.spark.signatures import _source, call_error, entry, pyspark_version

ROOT = Path(__file__).resolve().parent.parent


def test_the_message_is_pythons_own():
    datediff = entry("functions", "datediff")
    assert call_error(datediff["parameters"], "datediff", 1, ()) == "datediff() missing 1 required positional argument: 'start'"
    assert call_error(datediff["parameters"], "datediff", 2, ()) is None
    assert call_error(datediff["parameters"], "datediff", 1, ("start",)) is None
    limit = entry("DataFrame", "limit")
    assert limit["bound"] and call_error(limit["parameters"], limit["qualname"], 3, ()) == (
        "DataFrame.limit() takes 2 positional arguments but 3 were given")
    assert call_error(limit["parameters"], limit["qualname"], 2, ("offset",)) == (
        "DataFrame.limit() got an unexpected keyword argument 'offset'")


def test_every_kind_of_parameter_is_written_as_python_takes_it():
    parameters = [["a", "positional-only", False], ["b", "positional", True], ["rest", "*", False],
                  ["c", "keyword-only", False], ["more", "**", False]]
    assert _source(parameters) == "def f(a, /, b=None, *rest, c, **more):\n    pass\n"
    assert _source([["a", "positional", False], ["c", "keyword-only", True]]) == "def f(a, *, c=None):\n    pass\n"
    assert call_error(parameters, "g", 5, ("c", "x")) is None
    assert call_error(parameters, "g", 1, ()) == "g() missing 1 required keyword-only argument: 'c'"
    assert call_error(parameters, "g", 1, ("a", "c")) is None  # `a` is positional-only: it goes to **more


def test_a_stored_name_python_does_not_take_is_not_run():
    assert _source([["a)", "positional", False]]) is None
    assert _source([["import", "positional", False]]) is None
    assert call_error([["x; import os", "positional", False]], "f", 0, ()) is None


def test_a_keyword_given_twice_is_not_judged():
    assert call_error([["a", "positional", False]], "f", 0, ("a", "a")) is None


@pytest.mark.oracle
def test_the_stored_parameters_are_the_installed_pysparks():
    """The file matches PySpark as installed (the oracle's 4.1), each entry probed with wrong calls."""
    pytest.importorskip("pyspark")
    import pyspark

    assert pyspark.__version__ == pyspark_version()
    env = dict(os.environ, SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable)
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_pyspark_signatures.py"), "--check"],
                         capture_output=True, text=True, timeout=600, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
