"""docker-compose.yml, the Dockerfile and deploy/*, checked without a Docker engine.

No engine runs where the tests run, so the files are parsed and held to what the contract and
issue 7 ask: every service, port, volume and variable; pinned images; AOF; Rasa behind a token
with Redis tracker and lock stores; two chat replicas behind a sticky, websocket-aware balancer;
healthchecks on /readyz.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from chat_server.config import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"

# The contract's configuration variables (shared/contract.md, "Configuration").
CONTRACT_VARIABLES = {
    "LIVECHAT_ENV",
    "REDIS_URL",
    "RASA_URL",
    "RASA_TOKEN",
    "SMTP_HOST",
    "SMTP_PORT",
    "SMTP_USER",
    "SMTP_PASSWORD",
    "SMTP_STARTTLS",
    "INBOUND_SMTP_PORT",
    "SUPPORT_ADDRESS",
    "FEEDBACK_ADDRESS",
    "HANDOFF_TIMEOUT_S",
    "AGENT_MAX_CHATS",
    "MAX_MESSAGE_CHARS",
    "RATE_LIMIT_PER_S",
    "RATE_LIMIT_BURST",
    "ROUTING",
    "RETENTION_DAYS",
    "TIMEZONE",
    "HOLIDAYS",
    "PORT",
    "SECRET_KEY",
    "ALLOWED_ORIGINS",
}
CHAT_NODES = ("chat1", "chat2")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = compose["services"]
    return result


def env_of(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def command_of(service: dict[str, Any]) -> list[str]:
    command = service.get("command", [])
    return command.split() if isinstance(command, str) else [str(c) for c in command]


def healthcheck_text(service: dict[str, Any]) -> str:
    test = service["healthcheck"]["test"]
    return " ".join(test) if isinstance(test, list) else str(test)


def published(service: dict[str, Any]) -> list[str]:
    return [str(p) for p in service.get("ports", [])]


def test_every_service_is_there(services: dict[str, Any]) -> None:
    assert {"redis", "rasa", *CHAT_NODES, "lb", "inbound", "mailpit"} <= set(services)


def test_every_image_is_pinned(services: dict[str, Any]) -> None:
    for name, service in services.items():
        image = service.get("image")
        assert image, f"{name} names no image (built services need a tagged one too)"
        assert ":" in image, f"{name}: {image} has no tag"
        tag = image.rsplit(":", 1)[1]
        assert tag != "latest" and "latest" not in tag, f"{name}: {image} is not pinned"
        if "build" not in service:
            # Third-party images: a version number in the tag, not a moving name.
            assert re.search(r"\d+\.\d+", tag), f"{name}: {image} is not a version"


def test_redis_keeps_an_append_only_file(services: dict[str, Any]) -> None:
    redis = services["redis"]
    conf_mount = next(v for v in redis["volumes"] if "redis.conf" in v)
    host_path = ROOT / conf_mount.split(":")[0]
    assert f"redis-server {conf_mount.split(':')[1]}" in " ".join(command_of(redis))
    conf = dict(
        line.split(None, 1)
        for line in host_path.read_text().splitlines()
        if line.strip() and not line.startswith("#") and line.split(None, 1)[0] != "save"
    )
    assert conf["appendonly"] == "yes"
    assert conf["appendfsync"] in {"everysec", "always"}
    assert conf["appendfsync"] == "everysec", "docs/reliability.md explains everysec"
    assert conf["dir"] == "/data"
    assert conf["maxmemory-policy"] == "noeviction"
    assert any(v.split(":")[1] == "/data" for v in redis["volumes"]), "AOF must be on a volume"
    assert "redis-cli" in healthcheck_text(redis)
    assert conf["protected-mode"] == "yes"


def test_redis_has_a_password_and_a_memory_limit(services: dict[str, Any]) -> None:
    redis = services["redis"]
    command = " ".join(command_of(redis))
    assert '--requirepass "$$REDIS_PASSWORD"' in command
    assert '--maxmemory "$$REDIS_MAXMEMORY"' in command
    assert "exec docker-entrypoint.sh redis-server" in command, "runs as the redis user"
    env = env_of(redis)
    assert env["REDIS_PASSWORD"].startswith("${REDIS_PASSWORD:?"), "no default password"
    assert env["REDIS_MAXMEMORY"].startswith("${REDIS_MAXMEMORY:-")
    assert "REDISCLI_AUTH" in healthcheck_text(redis)
    for name in (*CHAT_NODES, "inbound"):
        assert env_of(services[name])["REDIS_URL"].startswith("redis://:${REDIS_PASSWORD:?"), name
    rasa = services["rasa"]
    assert env_of(rasa)["REDIS_PASSWORD"].startswith("${REDIS_PASSWORD")
    endpoints = yaml.safe_load((ROOT / "deploy/rasa/endpoints.yml").read_text())
    for store in ("tracker_store", "lock_store"):
        assert endpoints[store]["password"] == "${REDIS_PASSWORD}", store


def test_production_mail_is_safe_by_default(services: dict[str, Any]) -> None:
    env = env_of(services["chat1"])
    # No silent fallback to the mail catcher, and STARTTLS follows SMTP_USER (the config's
    # default) instead of being forced off.
    assert env["SMTP_HOST"].startswith("${SMTP_HOST:?")
    assert env["SMTP_PORT"] == "${SMTP_PORT:-587}"
    assert env["SMTP_STARTTLS"] == "${SMTP_STARTTLS:-}"
    assert services["mailpit"].get("profiles") == ["dev"]


def test_balancer_keeps_metrics_and_dev_pages_inside(services: dict[str, Any]) -> None:
    conf_mount = next(v for v in services["lb"]["volumes"] if "nginx.conf" in v)
    conf = (ROOT / conf_mount.split(":")[0]).read_text()
    assert re.search(r"location = /metrics \{ return 404; \}", conf)
    assert re.search(r"location /dev/ \{ return 404; \}", conf)
    # The port stays in Host, so the Origin check sees the browser's origin.
    assert "proxy_set_header Host $host;" not in conf
    assert conf.count("proxy_set_header Host $http_host;") == 2
    env = env_of(services["chat1"])
    assert env["TRUSTED_PROXIES"].startswith("${TRUSTED_PROXIES:-")
    assert env["AGENT_ORIGINS"] == "${AGENT_ORIGINS:-}"


def test_rasa_serves_the_model_behind_a_token_with_redis_stores(
    services: dict[str, Any], compose: dict[str, Any]
) -> None:
    rasa = services["rasa"]
    assert rasa["image"] == "rasa/rasa:3.6.21"
    command = command_of(rasa)
    assert command[0] == "run" and "--enable-api" in command
    assert command[command.index("--auth-token") + 1].startswith("${RASA_TOKEN")
    model = command[command.index("--model") + 1]
    mounts = {v.split(":")[1]: v.split(":")[0] for v in rasa["volumes"]}
    assert any(model.startswith(target) for target in mounts), "the model comes from a volume"
    assert mounts["/app/models"] == "./bot/models"
    endpoints_file = ROOT / mounts[command[command.index("--endpoints") + 1]]
    endpoints = yaml.safe_load(endpoints_file.read_text())
    # The bounded Redis tracker store (bot/stores), mounted beside the channel.
    assert endpoints["tracker_store"]["type"] == "stores.bounded.BoundedRedisTrackerStore"
    assert any(str(v).startswith("./bot/stores:") for v in rasa["volumes"])
    assert endpoints["lock_store"]["type"] == "redis"
    assert endpoints["tracker_store"]["db"] != 0 and endpoints["lock_store"]["db"] != 0
    credentials = ROOT / mounts[command[command.index("--credentials") + 1]]
    assert "channels.livechat.LivechatInput" in credentials.read_text()
    assert (ROOT / mounts["/app/channels"] / "livechat.py").exists()
    assert int(rasa.get("deploy", {}).get("replicas", 1)) >= 2, "Rasa runs as replicas"
    assert not published(rasa), "Rasa's API stays inside the compose network"
    assert "5005" in healthcheck_text(rasa)
    # Every chat node reaches Rasa by service name, with the same token.
    for node in CHAT_NODES:
        env = env_of(services[node])
        assert env["RASA_URL"] == "http://rasa:5005"
        assert env["RASA_TOKEN"].startswith("${RASA_TOKEN")


def test_chat_nodes_carry_every_contract_variable(services: dict[str, Any]) -> None:
    for node in (*CHAT_NODES, "inbound"):
        env = env_of(services[node])
        missing = CONTRACT_VARIABLES - set(env)
        assert not missing, f"{node} lacks {sorted(missing)}"
        assert env["REDIS_URL"].endswith("@redis:6379/0")
        assert env["SECRET_KEY"].startswith("${SECRET_KEY:?"), "no default secret"
        assert env["LIVECHAT_ENV"].endswith("production}")
    node_ids = {env_of(services[n])["NODE_ID"] for n in CHAT_NODES}
    assert len(node_ids) == len(CHAT_NODES), "each node has its own NODE_ID"


def test_every_variable_the_server_reads_is_set(services: dict[str, Any]) -> None:
    """Guards against a new setting that the compose file forgets."""
    read = set(Settings.variables())
    assert CONTRACT_VARIABLES <= read
    optional = {"AGENT_GRACE_S", "BOT_TIMEOUT_S", "INACTIVITY_CLOSE_S", "NODE_ID"}
    env = env_of(services["chat1"])
    assert not (read - optional - set(env)), sorted(read - optional - set(env))


def test_two_chat_replicas_behind_a_sticky_websocket_balancer(services: dict[str, Any]) -> None:
    for node in CHAT_NODES:
        service = services[node]
        assert "build" in service and not published(service), "only the balancer is published"
        assert "/readyz" in healthcheck_text(service)
        assert service["depends_on"]["redis"]["condition"] == "service_healthy"
        assert command_of(service) in ([], ["livechat", "serve"])
    assert services["chat1"]["image"] == services["chat2"]["image"]
    lb = services["lb"]
    assert any(p.endswith(":8080") for p in published(lb))
    conf_mount = next(v for v in lb["volumes"] if "nginx.conf" in v)
    conf = (ROOT / conf_mount.split(":")[0]).read_text()
    upstream = re.search(r"upstream\s+(\w+)\s*\{(.*?)\}", conf, re.S)
    assert upstream is not None
    body = upstream.group(2)
    assert "ip_hash" in body or "hash " in body or "sticky" in body
    for node in CHAT_NODES:
        assert f"server {node}:8080" in body
    socketio = re.search(r"location /socket.io/ \{(.*?)\}", conf, re.S)
    assert socketio is not None
    assert f"proxy_pass http://{upstream.group(1)}" in socketio.group(1)
    assert "proxy_set_header Upgrade $http_upgrade" in socketio.group(1)
    assert "proxy_http_version 1.1" in socketio.group(1)
    assert set(lb["depends_on"]) >= set(CHAT_NODES)


def test_inbound_mail_port_and_mail_catcher(services: dict[str, Any]) -> None:
    inbound = services["inbound"]
    assert command_of(inbound) == ["livechat", "inbound"]
    assert any(p.endswith(":2525") for p in published(inbound))
    assert env_of(inbound)["INBOUND_SMTP_PORT"] == "2525"
    assert "2525" in healthcheck_text(inbound)
    mailpit = services["mailpit"]
    assert mailpit["image"].startswith("axllent/mailpit:v")
    assert "1025" in [str(p) for p in mailpit.get("expose", [])]
    assert all(p.startswith("127.0.0.1:") for p in published(mailpit))


def test_every_service_has_a_healthcheck(services: dict[str, Any]) -> None:
    for name, service in services.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_named_volumes_are_declared(compose: dict[str, Any], services: dict[str, Any]) -> None:
    declared = set(compose.get("volumes", {}))
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                if "bot/models" not in source:  # trained by `make bot-model`, not committed
                    assert (ROOT / source).exists(), f"{name}: {source} is missing"
            else:
                assert source in declared, f"{name}: volume {source} is not declared"


def test_dockerfile_slim_pinned_non_root_with_readyz_healthcheck() -> None:
    text = DOCKERFILE.read_text()
    froms = re.findall(r"^FROM\s+(\S+)", text, re.M)
    runtime = froms[-1]
    assert re.fullmatch(r"python:3\.11\.\d+-slim(-\w+)?", runtime), runtime
    for image in froms:
        assert ":" in image and "latest" not in image, image
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert users and users[-1] not in {"root", "0"}
    assert text.index("USER") > text.rindex("FROM")
    healthcheck = re.search(r"^HEALTHCHECK .*?(?<!\\)$", text, re.M | re.S)
    assert healthcheck is not None and "/readyz" in text[healthcheck.start() :]
    assert "requirements.lock" in text, "installs the pinned lock"
    assert re.search(r'^CMD \["livechat", "serve"\]', text, re.M)


def test_dockerignore_keeps_secrets_and_venvs_out() -> None:
    ignored = set((ROOT / ".dockerignore").read_text().split())
    assert {".git", ".venv", ".env", "node_modules"} <= ignored
