from mdxlint.analyzers.configs.connect import config_units, is_placeholder
from mdxlint.analyzers.configs.debezium import OTHER_ENUMS, connector_keys, judged_version, parse_version, value_change
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


class InvalidEnumValue(Rule):
    """A connector setting whose value the target Debezium version does not accept.

    ## What it does
    Compares values of enum settings (`snapshot.mode`, `plugin.name`,
    `time.precision.mode`, `decimal.handling.mode`…) with the values the target
    version defines, case-insensitively and trimmed, as Debezium compares. Says in
    which version a value appeared or disappeared, so `snapshot.mode=no_data` on
    2.5.4 reads "exists from 2.6.0". For MongoDB (`capture.mode`), Oracle
    (`snapshot.mode`) and the JDBC sink (`insert.mode`, `primary.key.mode`,
    `schema.evolution`), whose releases the catalog does not hold, a value no release
    knows, and MongoDB's `oplog` from 2.0 on.

    ## Why is this bad
    Debezium validates enums before it connects to the database: Kafka Connect
    answers `400 … Value must be one of …` and the connector is not created.

    ## Example
    ````mdx
    ```json
    "plugin.name": "pgoutput",
    "snapshot.mode": "no_data"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "plugin.name": "pgoutput",
    "snapshot.mode": "initial"
    ```
    ````
    """

    code = "DBZ003"
    name = "invalid-enum-value"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None:
            return  # the page installs a Debezium older than the catalog knows
        for unit in config_units(doc):
            if unit.connector is None:
                self._other_connector(unit, version, ctx)
                continue
            keys = connector_keys(unit.connector, version)
            for key, entry in unit.entries.items():
                info = keys.get(key)
                if not info or not info.get("enum") or not isinstance(entry.value, str):
                    continue
                value = entry.value.strip()
                if is_placeholder(value):
                    continue
                allowed = info["enum"]
                if value.lower() in {v.lower() for v in allowed}:
                    continue
                change = value_change(unit.connector, key, value)
                where = {"pg": "PostgreSQL", "mysql": "MySQL"}[unit.connector]
                detail = ""
                if change is not None:
                    if change.note:
                        detail = f"; {change.note}"
                    elif change.added and parse_version(change.added) > parse_version(version):
                        detail = f"; `{value}` exists from Debezium {change.added}"
                    elif change.removed:
                        detail = f"; `{value}` was removed in Debezium {change.removed}"
                    if change.replacement:
                        detail += f" (use `{change.replacement}`)"
                if change is not None and change.note:
                    # The connector's own check rejects the value, with its own words (the note).
                    reason = detail.removeprefix("; ")
                else:
                    reason = f"\"Value must be one of {', '.join(allowed)}\"{detail}"
                ctx.report(entry.value_start, entry.value_end, f"Debezium {version} ({where}) rejects `{key}={value}`: {reason}")

    @staticmethod
    def _other_connector(unit, version: str, ctx: RuleContext) -> None:
        """The enumerations of MongoDB, Oracle and the JDBC sink (debezium.OTHER_ENUMS)."""
        cls = (unit.connector_class or "").lower()
        if not cls.startswith("io.debezium."):
            return
        for where, mark, key, values, removed in OTHER_ENUMS:
            entry = unit.entries.get(key)
            if mark not in cls or entry is None or not isinstance(entry.value, str) or is_placeholder(entry.value.strip()):
                continue
            value = entry.value.strip()
            gone = removed.get(value.lower())
            if value.lower() not in values:
                known = sorted(values - {v for v, r in removed.items() if parse_version(r) <= parse_version(version)})
                reason = f"the connector knows no such value (its values, across releases: {', '.join(known)})"
            elif gone is not None and parse_version(gone) <= parse_version(version):
                reason = f"`{value}` was removed in Debezium {gone}"
            else:
                continue
            ctx.report(entry.value_start, entry.value_end, f"Debezium {version} ({where}) rejects `{key}={value}`: {reason}")
