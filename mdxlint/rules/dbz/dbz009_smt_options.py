from mdxlint.analyzers.configs.connect import ConfigUnit, config_units
from mdxlint.analyzers.configs.debezium import (
    PREDICATES, SMTS, TRANSFORM_IMPLICIT, connect_kafka, judged_version, parse_version, smt_for)
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


def aliases(unit: ConfigUnit, kind: str) -> dict[str, dict[str, object]]:
    """alias -> {option: Entry} for ``transforms`` or ``predicates`` keys."""
    found: dict[str, dict[str, object]] = {}
    prefix = kind + "."
    for key, entry in unit.entries.items():
        if key.startswith(prefix) and key.count(".") >= 2:
            alias, option = key[len(prefix) :].split(".", 1)
            found.setdefault(alias, {})[option] = entry
    return found


def declared(unit: ConfigUnit, kind: str) -> list[str] | None:
    entry = unit.entries.get(kind)
    if entry is None:
        return None
    return [name.strip() for name in entry.text.split(",") if name.strip()]


class SmtOptions(Rule):
    """A transform or predicate option the SMT does not have, a required one missing,
    or one the target version deprecates.

    ## What it does
    For `transforms.<alias>.*` and `predicates.<alias>.*` whose `type` is a known SMT
    (Debezium's ExtractNewRecordState, EventRouter, ByLogicalTableRouter,
    Filter, ContentBasedRouter; Kafka's MaskField, ReplaceField, RegexRouter,
    InsertField and the others; the three Kafka predicates), checks the options
    against the SMT's definition: unknown options (a warning: they are ignored),
    required options missing (an error: the connector fails when it starts), and
    deprecated options such as `drop.tombstones` / `delete.handling.mode` (use
    `delete.tombstone.handling.mode` from 2.5). Kafka's SMTs are judged by the Kafka of the
    Kafka Connect they run on (that of the Debezium images the page installs, else
    `kafka-version`): `replace.null.with.default` and ExtractField's `field.syntax.version`
    exist from Kafka 3.8.

    ## Why is this bad
    Kafka Connect validates only what the SMT declares: a misspelled or invented
    option deploys and does nothing; a missing required one stops every task.

    ## Example
    ````mdx
    ```json
    "transforms": "route",
    "transforms.route.type": "org.apache.kafka.connect.transforms.RegexRouter",
    "transforms.route.pattern": "shop.public.(.*)"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "transforms": "route",
    "transforms.route.type": "org.apache.kafka.connect.transforms.RegexRouter",
    "transforms.route.regex": "shop.public.(.*)",
    "transforms.route.replacement": "$1"
    ```
    ````
    """

    code = "DBZ009"
    name = "smt-options"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None:
            return  # the page installs a Debezium older than the catalog knows
        target = parse_version(version)
        kafka, kafka_source = connect_kafka(doc.source.text, ctx.settings.debezium.kafka_version)
        later_kafka = lambda smt, name: any(  # noqa: E731 - an option of Kafka's SMT that this Kafka lacks
            name == added and parse_version(since) > parse_version(kafka) for added, since in smt.kafka_added)
        for unit in config_units(doc):
            for kind, table, implicit in (("transforms", SMTS, TRANSFORM_IMPLICIT), ("predicates", PREDICATES, {"type"})):
                for alias, options in aliases(unit, kind).items():
                    type_entry = options.get("type")
                    if type_entry is None:
                        continue
                    smt = smt_for(type_entry.text, table)
                    if smt is None:
                        continue
                    short = type_entry.text.rsplit(".", 1)[-1]
                    for option, entry in options.items():
                        if option in implicit:
                            continue
                        if kind == "predicates" and option == "negate":
                            continue  # DBZ011
                        if option not in smt.options:
                            # The options this release has: none added later, none removed by then.
                            present = sorted(
                                name for name in smt.options
                                if not any(name == added and parse_version(since) > target for added, since in smt.added)
                                and not any(name == gone and parse_version(removed) <= target for gone, _, removed, _ in smt.deprecated)
                                and not later_kafka(smt, name)
                            )
                            # (Kafka's SMTs are the Kafka Connect's; Debezium's, the release's)
                            where = f"on {kafka_source}" if type_entry.text.strip().startswith("org.apache.kafka.") \
                                else f"in Debezium {version}"
                            ctx.report(
                                entry.key_start,
                                entry.key_end,
                                f"{short} has no option `{option}` ({where} it has: {', '.join(present) or 'none'}); "
                                "Kafka Connect ignores it",
                                severity=Severity.WARNING,
                            )
                            continue
                        if later_kafka(smt, option):
                            since = next(since for added, since in smt.kafka_added if added == option)
                            ctx.report(entry.key_start, entry.key_end,
                                       f"{short} option `{option}` exists from Kafka {since}; {kafka_source} ignores it",
                                       severity=Severity.WARNING)
                            continue
                        for name, deprecated_in, removed_in, replacement in smt.deprecated:
                            if name == option and parse_version(deprecated_in) <= target:
                                gone = parse_version(removed_in) <= target
                                ctx.report(
                                    entry.key_start,
                                    entry.key_end,
                                    f"{short} option `{option}` is "
                                    + (f"removed in Debezium {removed_in}" if gone else f"deprecated since Debezium {deprecated_in} (removed in {removed_in})")
                                    + f"; use `{replacement}`",
                                    severity=Severity.ERROR if gone else Severity.WARNING,
                                )
                        for name, added_in in smt.added:
                            if name == option and parse_version(added_in) > target:
                                ctx.report(
                                    entry.key_start,
                                    entry.key_end,
                                    f"{short} option `{option}` exists from Debezium {added_in}; Debezium {version} ignores it",
                                    severity=Severity.WARNING,
                                )
                    missing = sorted(smt.required - set(options))
                    if missing:
                        ctx.report(
                            type_entry.key_start,
                            type_entry.value_end,
                            f"{short} needs {', '.join(f'`{kind}.{alias}.{m}`' for m in missing)}: without it the "
                            "transformation fails with a ConfigException when the connector starts",
                        )
