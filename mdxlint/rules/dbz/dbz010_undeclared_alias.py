from mdxlint.analyzers.configs.connect import config_units
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.rules.dbz.dbz009_smt_options import aliases, declared


class UndeclaredAlias(Rule):
    """A transform or predicate alias that is configured or referenced but not declared.

    ## What it does
    Reports `transforms.<alias>.*` settings whose alias is not in the `transforms`
    list, `predicates.<alias>.*` not in `predicates`, and `transforms.<t>.predicate`
    values that name no declared predicate. Only configs that declare the list are
    checked (excerpts often leave it out). In a full config (one that names its
    connector class), an alias the list declares without a `type` is an error too.

    ## Why is this bad
    Kafka Connect builds only the aliases listed in `transforms` / `predicates`: the
    other settings are ignored, so the routing or filtering the lesson shows never
    runs. A transform that names an undeclared predicate fails at startup.

    ## Example
    ````mdx
    ```json
    "transforms": "unwrap",
    "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",
    "transforms.route.type": "org.apache.kafka.connect.transforms.RegexRouter",
    "transforms.route.regex": "(.*)",
    "transforms.route.replacement": "cdc.$1"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "transforms": "unwrap,route",
    "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",
    "transforms.route.type": "org.apache.kafka.connect.transforms.RegexRouter",
    "transforms.route.regex": "(.*)",
    "transforms.route.replacement": "cdc.$1"
    ```
    ````
    """

    code = "DBZ010"
    name = "undeclared-alias"
    severity = Severity.ERROR
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for unit in config_units(doc):
            declared_predicates = declared(unit, "predicates")
            for kind in ("transforms", "predicates"):
                names = declared(unit, kind)
                if names is None:
                    continue
                for alias, options in aliases(unit, kind).items():
                    if alias in names:
                        continue
                    first = min(options.values(), key=lambda e: e.key_start)
                    ctx.report(
                        first.key_start,
                        first.key_end,
                        f"the alias `{alias}` is not listed in `{kind}` ({', '.join(names) or 'empty'}): Kafka Connect "
                        "never builds it and ignores its settings",
                        severity=Severity.WARNING,
                    )
            if unit.full:
                # A full config that lists an alias without its `type`: Connect refuses the connector
                # (ConnectorConfig.enrich declares `transforms.<alias>.type` with no default).
                for kind in ("transforms", "predicates"):
                    entry = unit.entries.get(kind)
                    configured = aliases(unit, kind)
                    for name in declared(unit, kind) or ():
                        if "type" not in configured.get(name, {}):
                            ctx.report(entry.value_start, entry.value_end,
                                       f"`{kind}` lists `{name}`, but `{kind}.{name}.type` is not set: Kafka Connect refuses "
                                       f"the connector (Missing required configuration \"{kind}.{name}.type\")")
            for alias, options in aliases(unit, "transforms").items():
                reference = options.get("predicate")
                if reference is None or (declared_predicates is None and not aliases(unit, "predicates") and not unit.full):
                    continue  # an excerpt without predicates: they may be set elsewhere
                if declared_predicates is None or reference.text.strip() not in declared_predicates:
                    ctx.report(
                        reference.value_start,
                        reference.value_end,
                        f"`transforms.{alias}.predicate` names `{reference.text}`, which `predicates` does not declare: "
                        "the connector fails to start",
                    )
