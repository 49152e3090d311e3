from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import NEVER_EXISTED_PREFIXES, REMOVED_KEYS, REMOVED_PREFIXES, RENAMED_CLASSES, judged_version, parse_version
from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Applicability, Rule, RuleContext


# Connectors that keep a schema history (KafkaSchemaHistory by default), whose topic and
# servers KafkaSchemaHistory requires (`Field::isRequired` on both).
_HISTORY_CONNECTORS = ("mysql", "mariadb", "sqlserver", "oracle", "db2", "informix")
_KAFKA_HISTORY_REQUIRED = ("schema.history.internal.kafka.topic", "schema.history.internal.kafka.bootstrap.servers")


def _kafka_history_required(unit, replacement: str) -> bool:
    """Whether ``replacement`` is a setting the connector's Kafka schema history requires (for
    connectors DBZ002 does not judge: it reports the missing keys of MySQL's own)."""
    if unit.connector is not None:
        return False
    cls = (unit.connector_class or "").lower()
    history = unit.entries.get("schema.history.internal")
    kafka_history = history is None or "kafka" in history.text.lower()
    return replacement in _KAFKA_HISTORY_REQUIRED and kafka_history and any(name in cls for name in _HISTORY_CONNECTORS)


class RemovedKey(Rule):
    """A connector key (or history class) that the target Debezium version no longer has.

    ## What it does
    Reports keys removed or renamed before the target Debezium version
    (`[tool.mdxlint.debezium] version`, default 2.5.4, or the release the page installs:
    `debezium/connect:1.9`, `debezium-connector-mysql-1.9.7.Final`): `database.server.name`
    (→ `topic.prefix`, 2.0), `database.history.*` (→ `schema.history.internal.*`,
    2.0), `*.whitelist`/`*.blacklist` (→ `*.include.list`/`*.exclude.list`, 2.0),
    `snapshot.custom.class` (2.6) and others, with the replacement and the version.
    It is an error when the key was required in its time and its replacement is
    missing (the connector is refused); otherwise a warning. The fix renames the key
    when the replacement is not already set (unsafe: values may need review).

    ## Why is this bad
    Kafka Connect never rejects an unknown key: the old key is stored and silently
    ignored, so the setting does nothing, and a config with only
    `database.server.name` fails because `topic.prefix` is required.

    ## Example
    ````mdx
    ```json
    {
      "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
      "database.hostname": "postgres",
      "database.user": "postgres",
      "database.dbname": "inventory",
      "database.server.name": "shop"
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

    code = "DBZ001"
    name = "removed-key"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)
    fix_applicability = Applicability.UNSAFE

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None:
            return  # the page installs a Debezium older than the catalog knows
        target = parse_version(version)
        for unit in config_units(doc):
            for key, entry in unit.entries.items():
                replacement, removed_in, note, connector, required_then = None, None, "", None, False
                if key in REMOVED_KEYS:
                    info = REMOVED_KEYS[key]
                    if info.connector_class is not None and info.connector_class not in (unit.connector_class or "").lower():
                        continue  # a key other connectors still have (`database.dbname`)
                    replacement, removed_in, note, connector = info.replacement, info.removed_in, info.note, info.connector
                    required_then = info.replacement_required
                else:
                    for prefix, (new_prefix, when) in REMOVED_PREFIXES.items():
                        if key.startswith(prefix) and not any(key.startswith(p) for p in NEVER_EXISTED_PREFIXES):
                            replacement, removed_in = new_prefix + key[len(prefix) :], when
                            required_then = _kafka_history_required(unit, replacement)
                    for prefix, new_prefix in NEVER_EXISTED_PREFIXES.items():
                        if key.startswith(prefix):
                            ctx.report(
                                entry.key_start,
                                entry.key_end,
                                f"`{key}` never existed in any Debezium release; the history settings are "
                                f"`{new_prefix}{key[len(prefix):]}` (2.0+), so Debezium {version} ignores this key",
                            )
                if removed_in is None or parse_version(removed_in) > target:
                    continue
                if connector is not None and unit.connector not in (None, connector):
                    continue
                has_replacement = replacement is not None and replacement in unit.entries
                severity = Severity.ERROR if required_then and unit.full and not has_replacement else Severity.WARNING
                message = f"`{key}` was removed in Debezium {removed_in}"
                message += f" (use `{replacement}`)" if replacement else ""
                message += f"; {note}" if note else ""
                message += f"; Debezium {version} ignores it"
                if severity is Severity.ERROR:
                    message += f", and refuses the config because `{replacement}` is required (\"A value is required\")"
                fix = None
                if replacement and not has_replacement:
                    fix = Fix.replace(entry.key_start, entry.key_end, replacement, safe=False, message=f"rename to `{replacement}`")
                ctx.report(entry.key_start, entry.key_end, message, fix, severity=severity)
            history = unit.entries.get("schema.history.internal") or unit.entries.get("database.history")
            if history is not None and history.text in RENAMED_CLASSES and target >= parse_version("2.0.0"):
                new = RENAMED_CLASSES[history.text]
                ctx.report(
                    history.value_start,
                    history.value_end,
                    f"`{history.text}` was renamed in Debezium 2.0.0 to `{new}`; Debezium {version} cannot load the old class",
                    Fix.replace(history.value_start, history.value_end, new, safe=False, message=f"use `{new}`"),
                )
