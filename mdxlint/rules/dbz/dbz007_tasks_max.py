import re

from mdxlint.analyzers.configs.connect import config_units
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


class TasksMax(Rule):
    """`tasks.max` other than 1 for a Debezium PostgreSQL or MySQL connector.

    ## What it does
    Reports `tasks.max` above 1 on PostgreSQL and MySQL connectors: an error for
    MySQL, a warning for PostgreSQL.

    ## Why is this bad
    Both connectors read one replication stream. MySQL's `taskConfigs` throws
    `IllegalArgumentException: Only a single connector task may be started`;
    PostgreSQL always returns exactly one task config, so the setting is silently
    reduced to 1 and the lesson's "scaling" does nothing.

    ## Example
    ````mdx
    ```json
    "database.server.id": "184054",
    "tasks.max": "4"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "database.server.id": "184054",
    "tasks.max": "1"
    ```
    ````
    """

    code = "DBZ007"
    name = "tasks-max"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for unit in config_units(doc):
            entry = unit.entries.get("tasks.max")
            if entry is None or unit.connector not in ("pg", "mysql"):
                continue
            text = entry.text.strip()
            if not re.fullmatch(r"\d+", text) or int(text) <= 1:
                continue
            if unit.connector == "mysql":
                ctx.report(
                    entry.value_start,
                    entry.value_end,
                    f"the MySQL connector refuses `tasks.max={text}`: \"Only a single connector task may be started\"",
                )
            else:
                ctx.report(
                    entry.value_start,
                    entry.value_end,
                    f"the PostgreSQL connector always runs one task: `tasks.max={text}` is silently reduced to 1",
                    severity=Severity.WARNING,
                )
