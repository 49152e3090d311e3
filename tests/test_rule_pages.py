"""Every rule's reference page: generated from its docstring, examples run as tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from mdxlint import lint_text
from mdxlint.project.settings import Settings
from mdxlint.lint.registry import all_rules

SECTIONS = ("## What it does", "## Why is this bad", "## Example", "## Use instead")
_FENCE = re.compile(r"^(?P<marker>`{3,})mdx[^\n]*\n(?P<body>.*?)^(?P=marker)[ \t]*$", re.M | re.S)


def section(doc: str, title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## |\Z)", doc, re.M | re.S)
    assert match, f"no section {title!r}"
    return match.group(1)


def example(doc: str, title: str) -> str | None:
    match = _FENCE.search(section(doc, title))
    return match.group("body") if match else None


RULES = sorted(all_rules().items())


@pytest.mark.parametrize("code,rule", RULES, ids=[code for code, _ in RULES])
def test_docstring_has_the_sections(code, rule):
    doc = rule.doc()
    for title in SECTIONS:
        assert title in doc, f"{code} lacks {title}"
    assert rule.name and re.fullmatch(r"[a-z0-9-]+", rule.name)


@pytest.mark.parametrize("code,rule", RULES, ids=[code for code, _ in RULES])
def test_reference_page_is_generated_from_the_docstring(code, rule):
    page = ROOT / "rules" / f"{code}.md"
    assert page.exists(), f"rules/{code}.md is missing: run `mdxlint generate-rule-pages`"
    assert page.read_text(encoding="utf-8") == rule.reference_page(), (
        f"rules/{code}.md is stale: run `mdxlint generate-rule-pages`"
    )


@pytest.mark.parametrize("code,rule", RULES, ids=[code for code, _ in RULES])
def test_examples(code, rule):
    doc = rule.doc()
    bad = example(doc, "Example")
    good = example(doc, "Use instead")
    if rule.scope == "engine" and bad is None:
        pytest.skip(f"{code} describes a file-level condition with no MDX example")
    assert bad is not None and good is not None, f"{code}: Example and Use instead need an ```mdx fence"
    ignore = [] if code.startswith("FM") else ["FM001"]
    settings = Settings(extend_select=[code], ignore=ignore, site=_example_site(rule))
    if rule.scope == "course":
        found, found_good = in_example_course(bad, settings), in_example_course(good, settings)
    else:
        found = {d.code for d in lint_text(bad, "example.mdx", settings)}
        found_good = {d.code for d in lint_text(good, "example.mdx", settings)}
    assert found == {code}, f"{code}: the Example triggers {sorted(found)}"
    assert code not in found_good and not found_good, f"{code}: Use instead triggers {sorted(found_good)}"


def _example_site(rule):
    """The site a rule that needs one reads its examples in (`example_site = (framework, MDX version)`)."""
    wanted = getattr(rule, "example_site", None)
    if wanted is None:
        return None
    from mdxlint.project.site import Fact, _unknown

    site = _unknown(Path("."))
    site.framework = Fact(wanted[0], "the rule's examples")
    site.mdx_version = Fact(wanted[1], "the rule's examples")
    for name, value in getattr(rule, "example_site_facts", {}).items():
        setattr(site, name, Fact(value, "the rule's examples"))  # (what the framework's detection would say)
    return site


def in_example_course(text: str, settings: Settings) -> set[str]:
    """Codes found in ``text`` placed as a lesson of fixtures/example-course."""
    import shutil
    import tempfile

    from mdxlint import lint_paths

    with tempfile.TemporaryDirectory() as tmp:
        course = Path(tmp) / "example-course"
        shutil.copytree(ROOT / "fixtures" / "example-course", course)
        lesson = course / "src" / "content" / "course" / "01-module-1" / "03-example.mdx"
        lesson.write_text(text, encoding="utf-8")
        run = lint_paths([str(lesson)], settings, use_cache=False)
        return {d.code for d in run.diagnostics}


def test_no_orphan_pages():
    pages = {path.stem for path in (ROOT / "rules").glob("*.md")}
    assert pages <= set(all_rules()) | {"README"}


FILE_RULES = [(code, rule) for code, rule in RULES if rule.scope == "file"]


@pytest.mark.parametrize("code,rule", FILE_RULES, ids=[code for code, _ in FILE_RULES])
def test_fixes_are_of_the_class_the_page_lists(code, rule):
    """A rule's page says `Fix: safe`, `unsafe` or `none`; its Example's fixes agree."""
    from mdxlint.lint.diagnostics import Applicability

    bad = example(rule.doc(), "Example")
    if bad is None:
        pytest.skip(f"{code} has no MDX example")
    settings = Settings(extend_select=[code], ignore=[] if code.startswith("FM") else ["FM001"])
    kinds = {d.fix.applicability for d in lint_text(bad, "example.mdx", settings) if d.code == code and d.fix is not None}
    declared = rule.fix_applicability
    if declared is None:
        assert not kinds, f"{code} offers fixes but its page says `Fix: none`"
    elif declared is Applicability.UNSAFE:
        assert Applicability.SAFE not in kinds, f"{code} offers a safe fix but its page says `Fix: unsafe`"
    page = (ROOT / "rules" / f"{code}.md").read_text(encoding="utf-8")
    assert f"- Fix: {declared.value if declared else 'none'}" in page
