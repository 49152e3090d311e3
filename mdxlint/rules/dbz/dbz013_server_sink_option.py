from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import PUBSUB_ADDED, PUBSUB_OPTIONS_254, SERVER_SINKS_254, judged_version, parse_version
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


class ServerSinkOption(Rule):
    """A Debezium Server sink or sink option the target Debezium Server version does not have.

    ## What it does
    In `application.properties` fences (`debezium.*` keys), checks
    `debezium.sink.type` against the sinks of the target Debezium Server version
    (`[tool.mdxlint.debezium] server-version`, default 2.5) and the
    `debezium.sink.pubsub.*` options against the Pub/Sub sink of that version
    (`region` exists only from 3.1, `ordering.key` from 2.7).

    ## Why is this bad
    Debezium Server reads configuration through MicroProfile Config: an option it
    does not know is never read, with no error, so the setting silently does
    nothing; an unknown sink type stops the server at start.

    ## Example
    ````mdx
    ```properties
    debezium.sink.type=pubsub
    debezium.sink.pubsub.project.id=my-project
    debezium.sink.pubsub.region=europe-west1
    ```
    ````

    ## Use instead
    ````mdx
    ```properties
    debezium.sink.type=pubsub
    debezium.sink.pubsub.project.id=my-project
    ```
    ````
    """

    code = "DBZ013"
    name = "server-sink-option"
    severity = Severity.WARNING
    severities = (Severity.ERROR, Severity.WARNING)

    def check(self, doc: Document, ctx: RuleContext) -> None:
        # A page that installs a Debezium Server image is judged against that release.
        version = judged_version(doc.source.text, ctx.settings.debezium.server_version)
        if version is None:
            return
        target = parse_version(version)
        for unit in config_units(doc):
            if not unit.server:
                continue
            sink = unit.server_entries.get("debezium.sink.type")
            if sink is not None and target < parse_version("2.6") and sink.text.strip() not in SERVER_SINKS_254:
                ctx.report(
                    sink.value_start,
                    sink.value_end,
                    f"Debezium Server {version} has no sink `{sink.text}` (sinks: {', '.join(sorted(SERVER_SINKS_254))})",
                    severity=Severity.ERROR,
                )
            for key, entry in unit.server_entries.items():
                if not key.startswith("debezium.sink.pubsub."):
                    continue
                option = key[len("debezium.sink.pubsub.") :]
                if option in PUBSUB_OPTIONS_254:
                    continue
                added = PUBSUB_ADDED.get(option)
                if added and parse_version(added) <= target:
                    continue
                when = f" (it exists from {added})" if added else ""
                ctx.report(
                    entry.key_start,
                    entry.key_end,
                    f"the Pub/Sub sink of Debezium Server {version} has no option `{option}`{when}: the server never reads it",
                )
