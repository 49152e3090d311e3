from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import judged_version, parse_version, value_change
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


class DeprecatedValue(Rule):
    """A connector setting value that the target Debezium version deprecates.

    ## What it does
    Reports enum values that still work in the target version but are deprecated:
    PostgreSQL `snapshot.mode=never` (deprecated 2.6, removed 3.3, use `no_data`),
    MySQL `snapshot.mode=schema_only` / `schema_only_recovery` (deprecated 2.6,
    removed 3.3, use `no_data` / `recovery`). A warning when the target version
    deprecates the value; a note (info) when only a later version does, so a lesson
    pinned to 2.5.4 learns what breaks on the next upgrade.

    ## Why is this bad
    The lesson teaches a value that stops working on the next major version: the
    connector is refused after an upgrade.

    ## Example
    ````mdx
    ```json
    "database.server.id": "184054",
    "snapshot.mode": "schema_only"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "database.server.id": "184054",
    "snapshot.mode": "initial"
    ```
    ````
    """

    code = "DBZ004"
    name = "deprecated-value"
    severity = Severity.WARNING
    severities = (Severity.WARNING, Severity.INFO)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None:
            return  # the page installs a Debezium older than the catalog knows
        target = parse_version(version)
        for unit in config_units(doc):
            if unit.connector is None:
                continue
            for key, entry in unit.entries.items():
                if not isinstance(entry.value, str):
                    continue
                change = value_change(unit.connector, key, entry.value.strip())
                if change is None or not change.deprecated:
                    continue
                if change.removed and parse_version(change.removed) <= target:
                    continue  # DBZ003 reports values the target no longer has
                later = parse_version(change.deprecated) > target
                ctx.report(
                    entry.value_start,
                    entry.value_end,
                    (f"`{key}={entry.value}` works on Debezium {version} but is deprecated from {change.deprecated}" if later
                     else f"`{key}={entry.value}` is deprecated since Debezium {change.deprecated}")
                    + (f" and removed in {change.removed}" if change.removed else "")
                    + (f"; use `{change.replacement}`" if change.replacement else ""),
                    severity=Severity.INFO if later else None,
                )
