from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import CONNECT_KEYS, connector_keys, judged_version
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext

NAMES = {"pg": "PostgreSQL", "mysql": "MySQL"}


class OtherConnectorKey(Rule):
    """A key of the other connector: a MySQL key in a PostgreSQL config, or the reverse.

    ## What it does
    For configs whose connector is known (from `connector.class`, or keys only one
    connector has), reports keys that the target Debezium version defines for the
    other connector but not for this one: `database.server.id` or
    `database.include.list` in a PostgreSQL config, `slot.name` or `plugin.name` in a
    MySQL config, and `snapshot.locking.mode` in a PostgreSQL config before 2.6.

    ## Why is this bad
    The connector does not define the key, so Kafka Connect stores it and nothing
    reads it: the setting the lesson explains has no effect.

    ## Example
    ````mdx
    ```json
    "plugin.name": "pgoutput",
    "slot.name": "shop",
    "database.include.list": "inventory"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "plugin.name": "pgoutput",
    "slot.name": "shop",
    "schema.include.list": "inventory"
    ```
    ````
    """

    code = "DBZ005"
    name = "other-connector-key"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None:
            return  # the page installs a Debezium older than the catalog knows
        for unit in config_units(doc):
            if unit.connector not in NAMES:
                continue
            other = "mysql" if unit.connector == "pg" else "pg"
            mine = connector_keys(unit.connector, version)
            theirs = connector_keys(other, version)
            for key, entry in unit.entries.items():
                if key in mine or key in CONNECT_KEYS or key not in theirs:
                    continue
                ctx.report(
                    entry.key_start,
                    entry.key_end,
                    f"`{key}` is a {NAMES[other]} connector setting; the {NAMES[unit.connector]} connector of Debezium "
                    f"{version} does not define it, so Kafka Connect stores it and nothing reads it",
                )
