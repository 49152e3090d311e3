from mdxlint.analyzers.configs.connect import config_units
from mdxlint.lint.diagnostics import Fix, Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Applicability, Rule, RuleContext
from mdxlint.rules.dbz.dbz009_smt_options import aliases


class NegateOnPredicate(Rule):
    """`negate` set on a predicate instead of on the transform.

    ## What it does
    Reports `predicates.<name>.negate`. Negation belongs to the transform that uses
    the predicate: `transforms.<alias>.negate`. The fix moves it there when exactly
    one transform uses that predicate and has no `negate` yet (unsafe: review the
    intent).

    ## Why is this bad
    Kafka Connect gives predicates only `type` and their own options: `negate` there
    is ignored, so the transform runs on exactly the records the lesson meant to
    skip.

    ## Example
    ````mdx
    ```json
    "transforms": "unwrap",
    "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",
    "transforms.unwrap.predicate": "isHeartbeat",
    "predicates": "isHeartbeat",
    "predicates.isHeartbeat.type": "org.apache.kafka.connect.transforms.predicates.TopicNameMatches",
    "predicates.isHeartbeat.pattern": "__debezium-heartbeat.*",
    "predicates.isHeartbeat.negate": "true"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "transforms": "unwrap",
    "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",
    "transforms.unwrap.predicate": "isHeartbeat",
    "transforms.unwrap.negate": "true",
    "predicates": "isHeartbeat",
    "predicates.isHeartbeat.type": "org.apache.kafka.connect.transforms.predicates.TopicNameMatches",
    "predicates.isHeartbeat.pattern": "__debezium-heartbeat.*"
    ```
    ````
    """

    code = "DBZ011"
    name = "negate-on-predicate"
    severity = Severity.ERROR
    fix_applicability = Applicability.UNSAFE

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for unit in config_units(doc):
            transforms = aliases(unit, "transforms")
            for name, options in aliases(unit, "predicates").items():
                negate = options.get("negate")
                if negate is None:
                    continue
                users = [alias for alias, opts in transforms.items() if opts.get("predicate") and opts["predicate"].text == name]
                fix = None
                if len(users) == 1 and "negate" not in transforms[users[0]] and unit.source != "properties":
                    fix = Fix.replace(
                        negate.key_start, negate.key_end, f"transforms.{users[0]}.negate", safe=False,
                        message=f"move to `transforms.{users[0]}.negate`",
                    )
                target = f"`transforms.{users[0]}.negate`" if len(users) == 1 else "`transforms.<alias>.negate` on the transform"
                ctx.report(
                    negate.key_start,
                    negate.key_end,
                    f"`predicates.{name}.negate` is ignored: Kafka Connect reads `negate` only on the transform, so the "
                    f"transform runs on the records the predicate was meant to exclude; set {target}",
                    fix,
                )
