import difflib

from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import PREDICATES, SMTS
from mdxlint.lint.diagnostics import Severity
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.mdx.document import Document
from mdxlint.rules.dbz.dbz009_smt_options import aliases

# Packages whose every class is known here: Kafka's own transformations and predicates.
_CLOSED = {
    "org.apache.kafka.connect.transforms": {name for name in SMTS if name.startswith("org.apache.kafka.connect.transforms.")},
    "org.apache.kafka.connect.transforms.predicates": set(PREDICATES),
}
_KNOWN = set(SMTS) | set(PREDICATES)
_BY_SIMPLE_NAME: dict[str, list[str]] = {}
for _name in sorted(_KNOWN):
    _BY_SIMPLE_NAME.setdefault(_name.rsplit(".", 1)[1], []).append(_name)


class UnknownTransformClass(Rule):
    """A transformation or predicate class that Kafka Connect cannot load.

    ## What it does
    Reads `transforms.<alias>.type` and `predicates.<alias>.type` and reports a class
    in Kafka's own packages that Kafka does not have (its transformations and its three
    predicates, `HasHeaderKey`, `RecordIsTombstone` and `TopicNameMatches`, are all
    known here), and a known class written in another package than its own (Debezium's
    outbox router is `io.debezium.transforms.outbox.EventRouter`). Classes of other
    packages (plugins, your own) are not judged.

    ## Why is this bad
    Kafka Connect refuses the connector when it is created or updated: `Invalid value
    io.debezium.transforms.EventRouter for configuration transforms.outbox.type: Class
    io.debezium.transforms.EventRouter could not be found.`

    ## Example
    ````mdx
    ```json
    {
      "transforms": "outbox",
      "transforms.outbox.type": "io.debezium.transforms.EventRouter"
    }
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    {
      "transforms": "outbox",
      "transforms.outbox.type": "io.debezium.transforms.outbox.EventRouter"
    }
    ```
    ````
    """

    code = "DBZ014"
    name = "unknown-transform-class"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for unit in config_units(doc):
            for kind in ("transforms", "predicates"):
                for alias, options in aliases(unit, kind).items():
                    entry = options.get("type")
                    if entry is None:
                        continue
                    written = entry.text.strip()
                    base = written.split("$")[0]
                    if not base or base in _KNOWN or "." not in base:
                        continue
                    package, simple = base.rsplit(".", 1)
                    elsewhere = [name for name in _BY_SIMPLE_NAME.get(simple, ()) if name != base]
                    if package in _CLOSED:
                        near = elsewhere or difflib.get_close_matches(base, sorted(_CLOSED[package]), n=1, cutoff=0.75)
                        why = f"Kafka has no `{base}`"
                    elif elsewhere and package.startswith(("io.debezium.transforms", "org.apache.kafka.connect.transforms")):
                        # A known class in the wrong one of these packages (a class of the same name
                        # in a package of one's own is not judged).
                        near, why = elsewhere, f"`{simple}` is not in `{package}`"
                    else:
                        continue
                    suggestion = f"; did you mean `{near[0]}`?" if near else ""
                    ctx.report(entry.value_start, entry.value_end,
                               f"{why}{suggestion} Kafka Connect refuses the connector: \"Class {written} could not be found.\"")
