from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import REQUIRED, judged_version, required_keys
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


class MissingRequired(Rule):
    """A complete PostgreSQL or MySQL connector config without a key Debezium requires.

    ## What it does
    For configs that name their `connector.class` (complete configs), checks the
    keys the connector marks `.required()`: `topic.prefix`, `database.hostname`,
    `database.user`, and `database.dbname` (PostgreSQL) or `database.server.id`
    (MySQL, which also needs `schema.history.internal.kafka.topic` and
    `.bootstrap.servers` with the default Kafka schema history). A config is taken
    as complete when it also says how to reach the database (`database.hostname`
    and `database.user`) and shows no `...`; other configs with a `connector.class`
    are excerpts, and get a warning that says so instead of an error. Fragments
    without `connector.class` are not checked.

    ## Why is this bad
    Kafka Connect answers `400 Connector configuration is invalid … A value is
    required` and the connector is not created.

    ## Example
    ````mdx
    ```json
    {
      "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
      "database.hostname": "postgres",
      "database.user": "postgres",
      "topic.prefix": "shop"
    }
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    {
      "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
      "database.hostname": "postgres",
      "database.user": "postgres",
      "database.dbname": "inventory",
      "topic.prefix": "shop"
    }
    ```
    ````
    """

    code = "DBZ002"
    name = "missing-required-key"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None:
            return  # the page installs a Debezium older than the catalog knows
        for unit in config_units(doc):
            if not unit.complete or unit.connector not in REQUIRED:
                continue
            required = required_keys(unit.connector, version, unit.value)
            missing = [key for key in required if key not in unit.entries]
            if "database.server.name" in unit.entries and "topic.prefix" in missing:
                missing.remove("topic.prefix")  # DBZ001 reports the old key and this consequence
            if not missing:
                continue
            anchor = unit.entries["connector.class"]
            names = ", ".join(f"`{key}`" for key in missing)
            if not unit.full:
                ctx.report(
                    anchor.key_start,
                    anchor.value_end,
                    f"this config is an excerpt; the full config also needs {names} (required by Debezium {version})",
                    severity=Severity.WARNING,
                )
            else:
                ctx.report(
                    anchor.key_start,
                    anchor.value_end,
                    f"Debezium {version} refuses this config: {names} "
                    f"{'is' if len(missing) == 1 else 'are'} required (\"A value is required\", HTTP 400)",
                )
