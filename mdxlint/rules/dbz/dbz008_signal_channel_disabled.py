from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import judged_version, parse_version
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


class SignalChannelDisabled(Rule):
    """A signal channel configured but not enabled in `signal.enabled.channels`.

    ## What it does
    Reports `signal.kafka.*` or `signal.file` settings when
    `signal.enabled.channels` (default `source`) does not list `kafka` or `file`, as
    written (Debezium compares the names case-sensitively: `Kafka` enables nothing).

    ## Why is this bad
    Debezium starts only the enabled channels (`SignalProcessor`): signals sent to
    the Kafka topic or file are never read, so the incremental snapshot the lesson
    triggers never happens.

    ## Example
    ````mdx
    ```json
    "topic.prefix": "shop",
    "signal.kafka.topic": "shop-signals",
    "signal.kafka.bootstrap.servers": "kafka:9092"
    ```
    ````

    ## Use instead
    ````mdx
    ```json
    "topic.prefix": "shop",
    "signal.enabled.channels": "source,kafka",
    "signal.kafka.topic": "shop-signals",
    "signal.kafka.bootstrap.servers": "kafka:9092"
    ```
    ````
    """

    code = "DBZ008"
    name = "signal-channel-disabled"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        version = judged_version(doc.source.text, ctx.settings.debezium.version)
        if version is None or parse_version(version) < (2, 3, 0):
            return  # before 2.3 there was no list of channels: `signal.kafka.*` alone started the Kafka one
        for unit in config_units(doc):
            enabled_entry = unit.entries.get("signal.enabled.channels")
            # Debezium compares the names as written (SignalProcessor: `contains(reader.name())`).
            enabled = {c.strip() for c in (enabled_entry.text if enabled_entry else "source").split(",")}
            for channel, keys in (("kafka", [k for k in unit.entries if k.startswith("signal.kafka.")]), ("file", [k for k in unit.entries if k == "signal.file"])):
                if not keys or channel in enabled:
                    continue
                entry = unit.entries[keys[0]]
                written = next((name for name in enabled if name.lower() == channel), None)
                hint = f" (`{written}` is not `{channel}`: channel names are compared as written)" if written else ""
                ctx.report(
                    entry.key_start,
                    entry.key_end,
                    f"`{keys[0]}` configures the {channel} signal channel, but `signal.enabled.channels` is "
                    f"`{', '.join(sorted(enabled))}`{hint}: Debezium never starts it and ignores these settings",
                )
