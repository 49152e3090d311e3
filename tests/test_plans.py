"""`mdxlint plan` on fixture plans and on the real course's plans."""

from __future__ import annotations

import json
from collections import Counter

from conftest import FIXTURES, run_cli
from mdxlint.frontends.plans import match_pattern, verify_paths, Lesson

PROJECT = FIXTURES / "plan-project"


def by_target(checks):
    return {(c.check, c.target.split(" — ")[0]): c for c in checks}


def test_every_kind_of_check_passes_fails_or_is_manual():
    checks = verify_paths([str(PROJECT / ".planning")], None)
    statuses = Counter((c.check, c.status) for c in checks)
    assert statuses == Counter({
        ("artifact", "fail"): 1, ("artifact", "pass"): 3,
        ("key_link", "pass"): 2, ("key_link", "fail"): 1,
        ("frontmatter", "pass"): 2, ("frontmatter", "fail"): 1,
        ("section", "pass"): 3, ("section", "fail"): 2,
        ("verify", "pass"): 3, ("verify", "fail"): 2, ("verify", "manual"): 2,
    }), sorted((c.check, c.status, c.target) for c in checks)
    moved = next(c for c in checks if c.check == "artifact" and c.status == "fail")
    assert "now at src/content/course/02-module-2/01-streaming.mdx" in moved.evidence
    across = next(c for c in checks if c.check == "key_link" and "Kafka" in c.target)
    assert "across lines 25-27" in across.evidence
    order = [c for c in checks if c.check == "section" and "Настройка SparkSession" in c.target]
    assert any("out of order" in c.evidence and c.status == "fail" for c in order)
    language = next(c for c in checks if "Russian" in c.target)
    assert language.status == "manual" and language.evidence


def test_patterns_on_one_line_and_across_lines(tmp_path):
    lesson = tmp_path / "a.mdx"
    lesson.write_text('x = (spark.readStream\n  .format("kafka")\n  .option("subscribe", "t"))\n\nwriteStream.format("parquet")\n')
    assert match_pattern(r"readStream.*format.*kafka.*subscribe", Lesson(lesson)) == ("pass", "matched across lines 1-3 (one statement split over lines)")
    assert match_pattern(r"writeStream.*parquet", Lesson(lesson)) == ("pass", "matched on one line: line 5")
    assert match_pattern(r"format.*parquet.*subscribe", Lesson(lesson))[0] == "fail"
    assert match_pattern(r"(", Lesson(lesson))[0] == "fail"


def test_cli_json_and_exit_code():
    result = run_cli("plan", str(PROJECT / ".planning"), "--output-format", "json")
    assert result.returncode == 1
    items = json.loads(result.stdout)
    assert {"plan", "check", "target", "status", "evidence"} <= set(items[0])
    assert {i["check"] for i in items} == {"artifact", "key_link", "frontmatter", "section", "verify"}
    good = run_cli("plan", str(PROJECT / ".planning" / "phases" / "01-streaming" / "01-02-PLAN.md"), "--output-format", "json")
    assert all(i["status"] != "fail" or i["check"] in ("section", "verify") for i in json.loads(good.stdout))


def test_broken_plan_does_not_crash(tmp_path):
    plan = tmp_path / "bad-PLAN.md"
    plan.write_text("---\nmust_haves: [unclosed\n---\n<task><verify>\n- Contains `x`\n</verify></task>\n")
    checks = verify_paths([str(plan)], str(tmp_path))
    assert checks and checks[0].status == "fail" and "YAML" in checks[0].evidence


def test_real_plans(corpus):
    result = run_cli("plan", str(corpus / ".planning"), "--output-format", "json")
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    items = json.loads(result.stdout)
    counts = Counter(i["status"] for i in items)
    assert counts["pass"] > 300 and counts["fail"] > 100 and counts["manual"] > 100
    moved = [i for i in items if i["check"] == "artifact" and "now at src/content/course/06-module-6" in i["evidence"]]
    assert moved  # lessons that moved from module 5 to module 6 are found where they are now


FOLDER_PLAN = """---
phase: 01-diagrams
plan: 01
files_modified: []
must_haves:
  artifacts:
    - path: "src/components/diagrams/"
      provides: "diagram components"
      contains: "FlowNode"
    - path: "src/components/diagrams/"
      contains: "React components"
---
"""


def test_folder_artifacts_resolve(tmp_path):
    (tmp_path / "src" / "components" / "diagrams").mkdir(parents=True)
    (tmp_path / "src" / "components" / "diagrams" / "Flow.tsx").write_text("export function Flow() {\n  return <FlowNode />;\n}\n")
    plan = tmp_path / "01-01-PLAN.md"
    plan.write_text(FOLDER_PLAN)
    checks = verify_paths([str(plan)], str(tmp_path))
    statuses = [(check.target, check.status) for check in checks]
    assert ("src/components/diagrams/", "pass") in statuses
    assert ("src/components/diagrams/ contains 'FlowNode'", "pass") in statuses
    assert ("src/components/diagrams/ contains 'React components'", "manual") in statuses  # a description, not a quote
    assert not [c for c in checks if c.status == "fail"]


def test_no_plan_is_a_usage_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("plan", str(empty))
    assert result.returncode == 2 and b"no plan below this folder" in result.stderr
    not_a_plan = tmp_path / "notes.md"
    not_a_plan.write_text("Just notes.\n")
    result = run_cli("plan", str(not_a_plan))
    assert result.returncode == 2 and b"not a plan" in result.stderr
