import re

from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import installed_version, parse_version
from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext


class RestCall(Rule):
    """A Kafka Connect REST call whose body or method the target Kafka version refuses.

    ## What it does
    Reads `curl` calls to `/connectors` in shell fences and checks them against
    Kafka Connect's REST API (`[tool.mdxlint.debezium] kafka-version`, default 3.6):

    - `PUT /connectors/{name}/config` takes the bare config map of strings: a body
      without `connector.class` is refused (400), and a `{name, config}` wrapper fails
      (its `config` value is an object, not a string);
    - `POST /connectors` takes `{"name": …, "config": {…}}`: a bare map is refused;
    - a JSON body needs `-H "Content-Type: application/json"` (without it curl sends
      form data and Connect answers 415);
    - `PATCH /connectors/{name}/config` exists only from Kafka 3.8 (a page that installs
      Debezium's 3.x images has Kafka 3.8 or later);
    - `…/restart` takes POST, `…/pause`, `…/resume` and `…/stop` take PUT, `…/offsets`
      takes GET, PATCH or DELETE: another method gets 405.

    ## Why is this bad
    Students paste these commands. PUT fully replaces the config, so a partial body
    (a "quick change") is refused or, with a wrapper, creates a broken config.

    ## Example
    ````mdx
    ```bash
    curl -X PUT -H "Content-Type: application/json" localhost:8083/connectors/shop/config -d '{
      "snapshot.mode": "initial"
    }'
    ```
    ````

    ## Use instead
    ````mdx
    ```bash
    curl -X PUT -H "Content-Type: application/json" localhost:8083/connectors/shop/config -d '{
      "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
      "database.hostname": "postgres",
      "database.user": "postgres",
      "database.dbname": "inventory",
      "topic.prefix": "shop",
      "snapshot.mode": "initial"
    }'
    ```
    ````
    """

    code = "DBZ012"
    name = "rest-call"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        kafka = ctx.settings.debezium.kafka_version
        installed = installed_version(doc.source.text)
        which = f"Kafka Connect {kafka} (`kafka-version`)"
        if installed is not None and parse_version(installed) >= (3, 0, 0) and parse_version(kafka) < (3, 8, 0):
            # Debezium's 3.x images ship Kafka 3.8 or later (debezium/container-images kafka/3.0: 3.8.0)
            kafka = "3.8"
        elif installed is not None and parse_version(installed) < (3, 0, 0):
            # Debezium's 2.x images ship a Kafka before 3.8 (kafka/2.5: 3.6.0); which one is not read here.
            kafka = min(kafka, "3.7", key=parse_version)
            which = f"the Kafka Connect of Debezium {installed}'s images (before 3.8)"
        for unit in config_units(doc):
            rest = unit.rest
            if rest is None:
                continue
            has_body = bool(unit.entries or unit.wrapper_keys) or rest.body_is_file
            is_config = re.search(r"/connectors/[^/\s]+/config/?$", rest.path)
            is_collection = re.search(r"/connectors/?$", rest.path)
            allowed = _allowed_methods(rest.path)
            if allowed is not None and rest.method not in allowed:
                ctx.report(rest.start, rest.end, f"`{rest.method} {_shown_path(rest.path)}` is not a Kafka Connect "
                           f"endpoint: it takes {' or '.join(sorted(allowed))}, and Kafka Connect answers 405 Method Not Allowed")
                continue
            if rest.method == "PATCH" and is_config and parse_version(kafka) < parse_version("3.8"):
                ctx.report(rest.start, rest.end, f"`PATCH /connectors/{{name}}/config` exists from Kafka 3.8; {which} answers 405")
            if rest.method == "PUT" and is_config and (unit.entries or unit.wrapper_keys):
                if unit.wrapper:
                    ctx.report(
                        rest.start,
                        rest.end,
                        "`PUT …/config` takes the bare config map of strings; with the `{\"name\", \"config\"}` wrapper the "
                        "value of `config` is an object, which Kafka Connect cannot read as a setting: the call fails",
                    )
                elif "connector.class" not in unit.entries and not unit.abbreviated:
                    # (a body shown with `...` stands for the full config: not judged)
                    ctx.report(
                        rest.start,
                        rest.end,
                        "`PUT …/config` replaces the whole config: this body has no `connector.class`, so Kafka Connect "
                        "refuses it (400 \"contains no connector type\"); send the full config (or PATCH on Kafka 3.8+)",
                    )
            if rest.method == "POST" and is_collection and unit.entries and not unit.wrapper:
                ctx.report(
                    rest.start,
                    rest.end,
                    "`POST /connectors` takes `{\"name\": …, \"config\": {…}}`; a bare config map is refused (400)",
                )
            if has_body and rest.method in ("POST", "PUT", "PATCH") and not rest.json_content_type:
                ctx.report(
                    rest.start,
                    rest.end,
                    "the JSON body is sent without `-H \"Content-Type: application/json\"`: curl sends form data and "
                    "Kafka Connect answers 415 Unsupported Media Type",
                )


# Kafka Connect's REST resources (ConnectorsResource): the methods each path takes.
_ENDPOINTS = [
    (re.compile(r"/connectors/[^/\s]+/restart/?$"), {"POST"}),
    (re.compile(r"/connectors/[^/\s]+/tasks/[^/\s]+/restart/?$"), {"POST"}),
    (re.compile(r"/connectors/[^/\s]+/(?:pause|resume|stop)/?$"), {"PUT"}),
    (re.compile(r"/connectors/[^/\s]+/offsets/?$"), {"GET", "PATCH", "DELETE"}),
    (re.compile(r"/connectors/[^/\s]+/status/?$"), {"GET"}),
    (re.compile(r"/connectors/[^/\s]+/topics/reset/?$"), {"PUT"}),
]


def _allowed_methods(path: str) -> set[str] | None:
    bare = path.split("?", 1)[0]
    return next((methods for pattern, methods in _ENDPOINTS if pattern.search(bare)), None)


def _shown_path(path: str) -> str:
    bare = path.split("?", 1)[0]
    index = bare.find("/connectors")
    return bare[index:] if index >= 0 else bare

