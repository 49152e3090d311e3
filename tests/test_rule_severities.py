"""`mdxlint rules` and the rule pages list the severities a rule really reports."""

import inspect
import re

from mdxlint.lint.registry import all_rules


def test_every_severity_a_rule_reports_is_listed():
    for code, rule in sorted(all_rules().items()):
        source = inspect.getsource(inspect.getmodule(rule))
        body = "\n".join(
            line for line in source.splitlines()
            if not re.match(r"    (severity|severities) = ", line) and not line.startswith(("from ", "import "))
        )
        used = set(re.findall(r"Severity\.(\w+)", body))
        if "report_when_called(" in body:
            used |= {"ERROR", "WARNING"}  # (a warning where a function the lesson never calls reads it)
        listed = {severity.name for severity in rule.reported_severities()}
        assert used <= listed, f"{code} reports {sorted(used - listed)} but lists {sorted(listed)}: set `severities`"
