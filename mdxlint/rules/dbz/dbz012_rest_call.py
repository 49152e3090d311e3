import re

from mdxlint.analyzers.configs.connect import config_units
from mdxlint.analyzers.configs.debezium import connect_kafka, parse_version
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
      takes GET, PATCH or DELETE, `…/config` GET, PUT or PATCH: another method gets 405;
    - `PUT …/stop` and `GET …/offsets` exist from Kafka 3.5, `PATCH` and `DELETE …/offsets`
      from 3.6 (KIP-875); the Kafka is that of the Debezium images the page installs
      (2.2: 3.4, 2.3: 3.5, 2.5: 3.6.1, 3.0: 3.8…), else `kafka-version`.

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
        kafka, which = connect_kafka(doc.source.text, ctx.settings.debezium.kafka_version)
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
            since = _since(rest.method, rest.path)
            if since is not None and parse_version(kafka) < parse_version(since[0]):
                # (a path the release has for another method answers 405; a path it lacks, 404)
                status = "405" if since[1] == "offsets" and parse_version(kafka) >= parse_version("3.5") else "404"
                ctx.report(rest.start, rest.end, f"`{rest.method} /connectors/{{name}}/{since[1]}` exists from Kafka {since[0]} "
                                                 f"(KIP-875); {which} answers {status}")
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


def _since(method: str, path: str) -> tuple[str, str] | None:
    """(the Kafka release that added it, the endpoint's last part) for the endpoints KIP-875 added:
    `PUT …/stop` and `GET …/offsets` in 3.5, `PATCH` and `DELETE …/offsets` in 3.6."""
    bare = path.split("?", 1)[0].rstrip("/")
    if method == "PUT" and re.search(r"/connectors/[^/\s]+/stop$", bare):
        return "3.5", "stop"
    if re.search(r"/connectors/[^/\s]+/offsets$", bare):
        return ("3.5", "offsets") if method == "GET" else ("3.6", "offsets") if method in ("PATCH", "DELETE") else None
    return None


# Kafka Connect's REST resources (ConnectorsResource): the methods each path takes.
_ENDPOINTS = [
    (re.compile(r"/connectors/[^/\s]+/config/?$"), {"GET", "PUT", "PATCH"}),
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

