"""SPK rules against real PySpark (differential test).

Every SPK rule's "Example" and "Use instead" are runnable programs (the ``rate``
source stands in for Kafka), and ``tests/oracle/spark_cases/`` holds more programs
labelled with the codes mdxlint must report.  All of them run in one PySpark session
(``tests/oracle/spark_harness.py``, ``local[1]``) and the test checks, per program:

* Spark raised  ⇔  mdxlint reports an SPK error; the error quotes text that is in
  Spark's exception and sits on the statement Spark raised from;
* a warning's claim holds where Spark accepts the code (state that is never evicted,
  a query silently stopped, a checkpoint folder with a random name, …), checked by an
  observer that reads the running queries' progress;
* the codes mdxlint reports are exactly the labelled ones.

Needs ``pyspark`` and Java; skips locally without them, fails in CI.  Programs that
need the Kafka connector (not installable here) are linted but not run.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mdxlint import lint_text
from mdxlint.project.settings import Settings
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.registry import all_rules

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "oracle" / "spark_cases"
HARNESS = HERE / "oracle" / "spark_harness.py"
ONLY_SPK = Settings(select=["SPK"])
KAFKA_ONLY = {"SPK015", "SPK016", "SPK018"}  # the Kafka connector jar cannot be installed here

_PROGRESS = '''
import json as _json
def _progress(query):
    return [_json.loads(p.json) if hasattr(p, "json") else p for p in query.recentProgress]
def _state(query, batches=4, timeout=40):
    """The first state operator's metrics per batch, once the query has run ``batches`` of them."""
    import time as _time
    deadline = _time.time() + timeout
    while True:
        ops = [p["stateOperators"][0] for p in _progress(query) if p.get("stateOperators")]
        if len([o for o in ops if o["numRowsTotal"]]) >= batches or _time.time() > deadline or not query.isActive:
            return ops
        _time.sleep(0.5)
'''
OBSERVERS = {
    # The aggregation state only grows: no row is ever removed.
    "state_not_evicted": _PROGRESS + '''
ops = _state(started_queries[0])
observed = bool(ops) and ops[-1]["numRowsTotal"] >= 3 and sum(o.get("numRowsRemoved", 0) for o in ops) == 0
''',
    # A global aggregation keeps one state row, however many batches run.
    "one_state_row": _PROGRESS + '''
ops = _state(started_queries[0], batches=3)
observed = len(ops) >= 3 and max(o["numRowsTotal"] for o in ops) == 1
''',
    "join_state_grows": _PROGRESS + '''
ops = _state(started_queries[0])
observed = len(ops) >= 2 and ops[-1]["numRowsTotal"] > ops[0]["numRowsTotal"] and sum(o.get("numRowsRemoved", 0) for o in ops) == 0
''',
    # One of several state operators (a chain of joins) only grows: no row of it is ever removed.
    "a_join_state_grows": _PROGRESS + '''
import time as _time
_deadline = _time.time() + 40
while True:
    _batches = [p["stateOperators"] for p in _progress(started_queries[0]) if p.get("stateOperators")]
    if len(_batches) >= 5 or _time.time() > _deadline or not started_queries[0].isActive:
        break
    _time.sleep(0.5)
_count = min((len(ops) for ops in _batches), default=0)
observed = len(_batches) >= 2 and any(
    _batches[-1][i]["numRowsTotal"] > _batches[0][i]["numRowsTotal"] and sum(ops[i].get("numRowsRemoved", 0) for ops in _batches) == 0
    for i in range(_count))
''',
    # A join's time range lets Spark purge its state: rows are removed as the watermarks pass.
    "join_state_purged": _PROGRESS + '''
ops = _state(started_queries[0], batches=8)
observed = sum(o.get("numRowsRemoved", 0) for o in ops) > 0
''',
    "dedup_state_grows": _PROGRESS + '''
ops = _state(started_queries[0])
observed = len(ops) >= 2 and ops[-1]["numRowsTotal"] > ops[0]["numRowsTotal"] and sum(o.get("numRowsRemoved", 0) for o in ops) == 0
''',
    # The second start on the same checkpoint stopped the first query and took its id.
    "first_query_stopped": '''
first, second = started_queries[0], started_queries[1]
observed = (not first.isActive) and second.isActive and first.id == second.id
''',
    "uuid_checkpoint_folder": '''
import os, re
names = os.listdir("checkpoints") if os.path.isdir("checkpoints") else []
observed = any(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", n) for n in names)
''',
    "nothing_started": '''
observed = not started_queries and not spark.streams.active
''',
    "no_warning_for_once": '''
observed = started_queries[0].lastProgress is not None
''',
    "future_warning": '''
observed = True
''',
    # A timestamp made of milliseconds read as seconds lands past the year 9999.
    # Every value of every row is NULL (a unit Spark does not read).
    "all_null": '''
observed = bool(shifted) and all(value is None for row in shifted for value in row)
''',
    "far_future": '''
observed = all(row[0] > 9999 for row in shifted)
''',
    # ... and the dates of this century, where the column no longer holds milliseconds.
    "present_day": '''
observed = bool(shifted) and all(2000 < row[0] < 2100 for row in shifted)
''',
    # Rows came in and none went out.
    "nothing_out": _PROGRESS + '''
progress = _progress(started_queries[0])
observed = sum(p["numInputRows"] for p in progress) > 0 and sum(p["sink"].get("numOutputRows", 0) for p in progress) == 0
''',
}
# Docstring examples of warning rules: what to observe where Spark accepts them.
EXAMPLE_OBSERVERS = {
    "SPK012": "first_query_stopped",
    "SPK014": "uuid_checkpoint_folder",
    "SPK019": "no_warning_for_once",
    "SPK020": "nothing_started",
    "SPK021": "future_warning",
    "SPK022": "state_not_evicted",
    "SPK023": "dedup_state_grows",
    "SPK025": "join_state_grows",
}


# Rules whose examples fail only when the first batch is planned, which may come later than 2 s.
EXAMPLE_WAITS = {"SPK043": 12.0, "SPK044": 12.0, "SPK045": 12.0, "SPK047": 30.0, "SPK049": 12.0}


@dataclass
class Case:
    id: str
    code: str
    expect: set[str]
    spark: str  # "raises", "runs", or "not-runnable: <why>"
    observe: str | None = None
    findings: list = field(default_factory=list)
    # Seconds the started queries are given (a failure at the first batch may come after the default's 2 s).
    wait: float | None = None


def _example(doc: str, title: str) -> str:
    section = re.search(rf"^## {title}\n(.*?)(?=^## |\Z)", doc, re.M | re.S).group(1)
    fence = re.search(r"^```python\n(.*?)^```", section, re.M | re.S)
    return fence.group(1)


def _cases() -> list[Case]:
    cases: list[Case] = []
    for code, rule in sorted(all_rules().items()):
        if not code.startswith("SPK"):
            continue
        doc = rule.doc()
        for title, expect in (("Example", {code}), ("Use instead", set())):
            program = _example(doc, title)
            runnable = 'format("kafka")' not in program
            findings = lint_program(program)
            errors = [d for d in findings if d.severity == Severity.ERROR]
            spark = "raises" if errors else "runs"
            if not runnable:
                spark = "not-runnable: needs the Kafka connector"
            observe = EXAMPLE_OBSERVERS.get(code) if title == "Example" and not errors else None
            cases.append(Case(f"{code}-{title.lower().replace(' ', '-')}", program, expect, spark, observe,
                              wait=EXAMPLE_WAITS.get(code)))
    for path in sorted(CASES_DIR.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        labels = dict(re.findall(r"^# (expect|spark|observe|wait): (.*)$", text, re.M))
        expect = set() if labels["expect"].strip() == "none" else set(labels["expect"].split())
        cases.append(Case(path.stem, text, expect, labels["spark"].strip(), labels.get("observe", "").strip() or None,
                          wait=float(labels["wait"]) if "wait" in labels else None))
    return cases


def lint_program(code: str):
    text = "```python\n" + code + ("" if code.endswith("\n") else "\n") + "```\n"
    return [d for d in lint_text(text, "case.mdx", ONLY_SPK) if d.code.startswith("SPK")]


CASES = _cases()


@pytest.fixture(scope="module")
def spark_outcomes(request):
    """Runs every runnable case that this session tests (all of them, or those ``-k`` selects)
    in one PySpark session; returns id -> outcome."""
    problem = None
    try:
        import pyspark  # noqa: F401
    except ImportError:
        problem = "pyspark is not installed (pip install -e '.[test]')"
    if problem is None and shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        problem = "Java is not installed"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PySpark oracle: {problem}")
        pytest.skip(f"PySpark oracle unavailable: {problem}")
    selected = {item.callspec.params["case"].id for item in request.session.items
                if item.originalname == "test_agrees_with_pyspark" and hasattr(item, "callspec")}
    runnable = [
        {"id": case.id, "code": case.code, "observe": OBSERVERS[case.observe] if case.observe else None,
         "wait": case.wait or (5.0 if case.observe else 2.0)}
        for case in CASES if not case.spark.startswith("not-runnable") and case.id in selected
    ]
    with tempfile.TemporaryDirectory() as folder:
        results = Path(folder) / "results.jsonl"
        work = Path(folder) / "work"  # the JVM's folder: relative paths of the cases land here
        work.mkdir()
        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")
        run = subprocess.run(
            [sys.executable, str(HARNESS), str(results)],
            # (1,300 programs take about 25 minutes on an idle 2-core machine, over 30 on a busy one)
            input=json.dumps(runnable), text=True, capture_output=True, timeout=3600, env=env, cwd=work,
        )
        lines = results.read_text(encoding="utf-8").splitlines() if results.exists() else []
    outcomes = {item["id"]: item for item in map(json.loads, lines)}
    if len(outcomes) != len(runnable):
        pytest.fail(f"the Spark harness stopped early ({len(outcomes)}/{len(runnable)}):\n{run.stderr[-3000:]}")
    return outcomes


def _quoted(message: str) -> str | None:
    match = re.search(r'Spark raises: "(.*)"', message, re.S)
    return " ".join(match.group(1).split()) if match else None


def _raising_statement(code: str, line: int | None) -> tuple[int, int] | None:
    if line is None:
        return None
    for statement in ast.parse(code).body:
        if statement.lineno <= line <= (statement.end_lineno or statement.lineno):
            return statement.lineno, statement.end_lineno or statement.lineno
    return line, line


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_codes_are_the_labelled_ones(case):
    found = {d.code for d in lint_program(case.code)}
    assert found == case.expect, f"{case.id}: mdxlint reports {sorted(found)}, labelled {sorted(case.expect)}"


@pytest.mark.oracle
@pytest.mark.parametrize("case", [c for c in CASES if not c.spark.startswith("not-runnable")],
                         ids=[c.id for c in CASES if not c.spark.startswith("not-runnable")])
def test_agrees_with_pyspark(case, spark_outcomes):
    outcome = spark_outcomes[case.id]
    findings = lint_program(case.code)
    errors = [d for d in findings if d.severity == Severity.ERROR]
    raised = outcome["raised"]
    if case.spark == "raises":
        assert raised, f"{case.id}: labelled as raising, but Spark ran it"
    elif case.spark == "runs":
        assert not raised, f"{case.id}: labelled as running, but Spark raised {outcome['error_type']}: {raised[:400]}"
    if raised:
        assert errors, f"{case.id}: Spark raised {outcome['error_type']}: {raised[:400]} — mdxlint reports no SPK error"
        message = " ".join(raised.split())
        span = _raising_statement(case.code, outcome["line"])
        matching = [d for d in errors if (_quoted(d.message) or "\0") in message]
        assert matching, f"{case.id}: no SPK error quotes Spark's text: {raised[:400]!r} vs {[d.message for d in errors]}"
        if span is not None:
            assert any(span[0] <= d.line - 1 <= span[1] for d in matching), (
                f"{case.id}: Spark raised at case line {outcome['line']} (statement {span}), mdxlint reports at "
                f"{[d.line - 1 for d in matching]}"
            )
    else:
        assert not errors, f"{case.id}: Spark accepted the program, mdxlint reports {[d.message for d in errors]}"
        if case.observe:
            assert outcome["observed"] is True, f"{case.id}: the warning's claim ({case.observe}) did not hold"
        if case.observe == "future_warning":
            texts = [m.group(1) for d in findings for m in [re.search(r'FutureWarning "(.*?)"', d.message)] if m]
            assert texts and all(any(t in w for w in outcome["warnings"]) for t in texts), (
                f"{case.id}: PySpark warned {outcome['warnings']}, mdxlint quotes {texts}"
            )
        if case.observe == "no_warning_for_once":
            assert not outcome["warnings"], f"{case.id}: PySpark warned {outcome['warnings']}"


def test_every_spk_rule_is_run_against_pyspark():
    exercised: set[str] = set()
    for case in CASES:
        if not case.spark.startswith("not-runnable"):
            exercised |= case.expect
    spk = {code for code in all_rules() if code.startswith("SPK")}
    assert spk - exercised <= KAFKA_ONLY, f"never run against PySpark: {sorted(spk - exercised - KAFKA_ONLY)}"
