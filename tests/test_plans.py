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
        ("artifact", "fail"): 1, ("artifact", "pass"): 5,
        ("key_link", "pass"): 2, ("key_link", "fail"): 1,
        ("frontmatter", "pass"): 2, ("frontmatter", "fail"): 1,
        ("section", "pass"): 3, ("section", "fail"): 2,
        ("verify", "pass"): 3, ("verify", "fail"): 2, ("verify", "manual"): 2,
    }), sorted((c.check, c.status, c.target) for c in checks)
    # The lesson moved since the plan: found where it is now (the one file of that name), and read there.
    moved = next(c for c in checks if c.check == "artifact" and c.target == "src/content/course/01-module-1/01-streaming.mdx")
    assert moved.status == "pass" and "at src/content/course/02-module-2/01-streaming.mdx, checked there" in moved.evidence
    short = next(c for c in checks if c.check == "artifact" and c.status == "fail")
    assert short.target.endswith("min_lines 500")
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


def test_must_haves_of_another_kind_are_failed_checks(tmp_path):
    """Held-out h106: `artifacts: 5` stopped `mdxlint plan` with an internal error (TypeError)."""
    plan = tmp_path / "x-PLAN.md"
    plan.write_text("---\nmust_haves:\n  artifacts: 5\n  key_links: true\n---\n")
    checks = verify_paths([str(plan)], str(tmp_path))
    assert [(c.target, c.status) for c in checks] == [("must_haves.artifacts", "fail"), ("must_haves.key_links", "fail")]
    assert "is a number, not a list" in checks[0].evidence
    plan.write_text("---\nmust_haves: 7\n---\n")
    assert [c.status for c in verify_paths([str(plan)], str(tmp_path))] == ["fail"]


def test_real_plans(corpus):
    result = run_cli("plan", str(corpus / ".planning"), "--output-format", "json")
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    items = json.loads(result.stdout)
    counts = Counter(i["status"] for i in items)
    assert counts["pass"] > 300 and counts["fail"] > 100 and counts["manual"] > 100
    moved = [i for i in items if i["check"] == "artifact" and "is at src/content/course/06-module-6" in i["evidence"]]
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


def _plan_project(root, frontmatter: str, body: str = "", lesson: str = "---\ntitle: Урок\n---\n\n# Урок\n") -> list:
    (root / ".planning").mkdir(parents=True, exist_ok=True)
    (root / "src" / "content" / "course" / "m1").mkdir(parents=True, exist_ok=True)
    (root / "src" / "content" / "course" / "m1" / "01-lesson.mdx").write_text(lesson, encoding="utf-8")
    plan = root / ".planning" / "01-01-PLAN.md"
    plan.write_text(frontmatter + body, encoding="utf-8")
    return verify_paths([str(plan)], str(root))


LESSON = "src/content/course/m1/01-lesson.mdx"


def test_malformed_plan_values_are_diagnosed_not_crashed(tmp_path):
    """Held-out h32: min_lines as text or a list, files_modified as a number, a path too long for the
    file system and an absolute glob stopped the run with an internal error."""
    long_name = "a" * 5000
    checks = _plan_project(tmp_path, f"""---
files_modified: 5
must_haves:
  artifacts:
    - path: {LESSON}
      min_lines: "~3"
    - path: {LESSON}
      min_lines: [1, 2]
    - path: src/{long_name}.mdx
  key_links:
    - from: /somewhere/else/*.mdx
      pattern: x
    - from: src/{long_name}/*.mdx
      pattern: x
---
""")
    found = [(c.check, c.status, c.evidence.split(";")[0][:60]) for c in checks]
    assert any(c.target.endswith("min_lines 3") and c.status == "pass" for c in checks), found  # "~3": read as 3
    assert any(c.status == "manual" and "is not a number of lines" in c.evidence for c in checks), found
    assert any(c.check == "key_link" and "outside the project root" in c.evidence for c in checks), found
    assert sum(1 for c in checks if "does not exist" in c.evidence or "no file matches" in c.evidence) == 2, found


def test_patterns_that_can_take_exponential_time_are_not_run(tmp_path):
    checks = _plan_project(tmp_path, f"""---
must_haves:
  key_links:
    - from: {LESSON}
      pattern: "^(a+)+$"
    - from: {LESSON}
      pattern: null
    - from: {LESSON}
      pattern: ""
    - from: {LESSON}
      pattern: "(a|b)*Урок"
    - from: {LESSON}
      pattern: "^(a|aa)+$"
---
""", lesson="---\ntitle: Урок\n---\n\n" + "a" * 40 + "!\n\nУрок\n")
    # (`(a|aa)+`: alternatives that can match the same text, held-out h37; `(a|b)*` is one set to Python)
    assert [c.status for c in checks] == ["manual", "manual", "manual", "pass", "manual"], [(c.status, c.evidence) for c in checks]
    assert "exponential" in checks[0].evidence and "no pattern" in checks[1].evidence


def test_files_outside_the_root_are_not_read(tmp_path):
    (tmp_path / "secret.mdx").write_text("TOPSECRET\n", encoding="utf-8")
    checks = _plan_project(tmp_path / "project", """---
must_haves:
  artifacts:
    - path: ../secret.mdx
    - path: /etc/hostname
  key_links:
    - from: ../secret.mdx
      pattern: TOPSECRET
---
""")
    assert [c.status for c in checks] == ["fail", "fail", "fail"]
    assert all("outside the project root" in c.evidence for c in checks)


def test_truths_bom_and_unclosed_frontmatter(tmp_path):
    checks = _plan_project(tmp_path, "\ufeff---\nmust_haves:\n  truths:\n    - Student can read WAL\n---\n")
    assert [(c.check, c.status, c.target) for c in checks] == [("truth", "manual", "Student can read WAL")]
    checks = _plan_project(tmp_path, "---\nmust_haves:\n  truths:\n    - x\n")
    assert len(checks) == 1 and "never closed" in checks[0].evidence


def test_verify_items_check_what_they_name(tmp_path):
    """"File exists at X" checks X; "Contains `a` and `b`" every term; "import from 'x'" the import;
    a `grep` command as grep runs it; a diagram count is not asked of an item about imports."""
    lesson = ("---\ntitle: Урок\n---\nimport Flow from '../../../components/diagrams/module5';\n\n# Урок\n\n"
              "Колонки `_operation` и `foo`.\n\n<Flow />\n")
    body = f"""
<task>
<name>Lesson</name>
<files>{LESSON}</files>
<action>x</action>
<verify>
- File exists at src/content/course/m1/99-other.mdx
- File exists at {LESSON}
- Contains `foo` and `bar_baz`
- Contains metadata columns (_operation, _cdc_timestamp)
- Contains `foo` and `_operation`
- Each MDX file has import from '../../../components/diagrams/module5'
- Each MDX file has import from '../../../components/diagrams/module6'
- No Mermaid imports remain: `grep -r "Mermaid" src/content/course/m1/`
- Diagram imports present: `grep -r "from.*diagrams/module5" src/content/course/m1/`
- `grep -r "Flow" src/content/course/m1/` returns no results
- Mermaid import removed
</verify>
</task>
"""
    checks = _plan_project(tmp_path, "---\nphase: 1\n---\n", body, lesson=lesson)
    assert [c.status for c in checks] == ["fail", "pass", "fail", "fail", "pass", "pass", "fail", "pass", "pass", "fail",
                                          "manual"], [(c.target, c.status, c.evidence) for c in checks]


def test_sections_match_whole_words_and_russian_headings_are_read_by_a_person(tmp_path):
    lesson = "---\ntitle: Урок\n---\n\n# Урок\n\n## Go\n\nтекст\n\n## Alert\n\nтекст\n\n## GCP Setup Guide\n\nтекст\n"
    body = f"""
<task>
<name>Lesson</name>
<files>{LESSON}</files>
<action>
**Content structure:**
1. **Google Cloud setup**
2. **Setup**
</action>
</task>
"""
    checks = _plan_project(tmp_path, "---\nphase: 1\n---\n", body, lesson=lesson)
    assert [(c.target.split(": ", 1)[1], c.status) for c in checks] == [("Google Cloud setup", "fail"), ("Setup", "pass")]
    russian = "---\ntitle: Урок\n---\n\n# Урок\n\n## Развертывание коннектора\n\nтекст\n\n## Итоги\n\nтекст\n"
    checks = _plan_project(tmp_path, "---\nphase: 1\n---\n", body.replace("**Setup**", "**Deploy the connector**"), lesson=russian)
    assert [c.status for c in checks] == ["manual", "manual"] and "in Russian" in checks[0].evidence


def test_descriptions_and_aliases_are_not_files(tmp_path):
    """Held-out h32: an artifact "GitHub Actions workflow run" or a key link from "lesson-01" names no
    file: for a person, not a missing file."""
    checks = _plan_project(tmp_path, f"""---
must_haves:
  artifacts:
    - path: GitHub Actions workflow run
    - path: src/content/course/m1/99-missing.mdx
  key_links:
    - from: lesson-01
      pattern: x
---
""")
    assert [(c.check, c.status) for c in checks] == [("artifact", "manual"), ("artifact", "fail"), ("key_link", "manual")]
