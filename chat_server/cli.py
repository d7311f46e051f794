"""`livechat`: the operators' command line (serve, inbound, agents, redact, bot, gdpr)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import redis.asyncio as aioredis

from chat_server.config import ConfigError, Settings


def _settings(*, need_secret: bool = True) -> Settings:
    """The settings, or exit 2 with the variable's problem. Only commands that sign or check
    tokens (``serve``, ``inbound``) need SECRET_KEY; the operators' tools run without it."""
    try:
        return Settings.from_env(need_secret=need_secret)
    except ConfigError as exc:
        print(f"livechat: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc


def _with_redis(settings: Settings, work: Callable[[aioredis.Redis], Awaitable[int]]) -> int:
    async def run() -> int:
        client = aioredis.Redis.from_url(settings.redis_url, decode_responses=True)
        try:
            return await work(client)
        finally:
            await client.aclose()

    return asyncio.run(run())


def _read_password(args: argparse.Namespace) -> str:
    if not args.password_stdin:
        print(
            "livechat: pass the password on standard input with --password-stdin", file=sys.stderr
        )
        raise SystemExit(2)
    password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < 8:
        print("livechat: the password must have at least 8 characters", file=sys.stderr)
        raise SystemExit(2)
    return password


def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings()  # before the heavy imports: a configuration error answers at once
    from chat_server.app import init_app
    from chat_server.logs import setup_logging

    setup_logging(os.environ.get("LOG_LEVEL", "INFO"), settings.node_id)
    port = args.port or settings.port
    host = args.host or settings.host
    if settings.development and not _loopback(host):
        # Development serves caught mail at /dev/mail, open /metrics and signs a demo
        # customer: conveniences for one machine, never for a network.
        print(
            f"livechat: LIVECHAT_ENV=development serves /dev/mail and open /metrics, so it "
            f"binds only a loopback address (HOST=127.0.0.1), not {host!r}; use "
            f"LIVECHAT_ENV=production to serve a network",
            file=sys.stderr,
        )
        return 2
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_serve(init_app(settings), host, port))
        # Library async generators (the Socket.IO Redis listener) may never finish closing:
        # everything that matters is closed by now, so do not let them hold the exit.
        with contextlib.suppress(TimeoutError):
            loop.run_until_complete(asyncio.wait_for(loop.shutdown_asyncgens(), 2))
    finally:
        loop.close()
    return 0


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def _serve(app: Any, host: str, port: int) -> None:
    """Run until SIGTERM/SIGINT, then shut down gracefully (clients told, tasks drained)."""
    import signal

    from aiohttp import web

    runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=3)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    print(json.dumps({"msg": "listening", "port": port}), file=sys.stderr, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await runner.cleanup()
    await _end_background_tasks()


async def _end_background_tasks() -> None:
    """Cancel and await what python-socketio and engine.io leave running (the Redis bus
    listener, ping timers): left to the loop's close, they are reported as error-level
    asyncio lines ("asynchronous generator is already running", "Task was destroyed but it
    is pending") on every stop."""
    me = asyncio.current_task()
    tasks = [task for task in asyncio.all_tasks() if task is not me and not task.done()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def cmd_inbound(args: argparse.Namespace) -> int:
    settings = _settings()
    from chat_server.logs import setup_logging
    from chat_server.smtp import inbound

    setup_logging(os.environ.get("LOG_LEVEL", "INFO"), settings.node_id)
    return inbound.main(settings)


def cmd_mailcatcher(args: argparse.Namespace) -> int:
    from chat_server.logs import setup_logging
    from chat_server.smtp import catcher

    settings = _settings(need_secret=False)
    setup_logging(os.environ.get("LOG_LEVEL", "INFO"), settings.node_id)
    return catcher.main(settings, args.port)


def cmd_agents(args: argparse.Namespace) -> int:
    from chat_server.agents import AgentExists, AgentStore

    settings = _settings(need_secret=False)
    password = _read_password(args) if args.action in {"add", "passwd"} else ""

    async def work(redis: aioredis.Redis) -> int:
        store = AgentStore(redis)
        if args.action == "add":
            try:
                agent = await store.add(args.email, args.name or args.email.split("@")[0], password)
            except AgentExists as exc:
                print(f"livechat: {exc}", file=sys.stderr)
                return 1
            print(f"added {agent.email} ({agent.name}) as {agent.id}")
        elif args.action == "list":
            for agent in await store.all():
                state = "disabled" if agent.disabled else agent.presence
                print(f"{agent.id}\t{agent.email}\t{agent.name}\t{state}")
        elif args.action == "disable":
            if not await store.disable(args.email):
                print(f"livechat: no agent {args.email}", file=sys.stderr)
                return 1
            print(f"disabled {args.email}; their sessions end now")
        elif args.action == "passwd":
            if not await store.set_password(args.email, password):
                print(f"livechat: no agent {args.email}", file=sys.stderr)
                return 1
            print(f"changed the password of {args.email}; other sessions end now")
        return 0

    return _with_redis(settings, work)


def cmd_redact(args: argparse.Namespace) -> int:
    from redaction.cli import main as redact_main

    return redact_main(args.rest)


def cmd_bot(args: argparse.Namespace) -> int:
    from chat_server.bot_unhandled import export_unhandled
    from chat_server.textclean import safe_output

    settings = _settings(need_secret=False)

    async def work(redis: aioredis.Redis) -> int:
        # safe_output: text stored before inbound cleaning may hold lone surrogates.
        sys.stdout.write(safe_output(await export_unhandled(redis, limit=args.limit)))
        return 0

    return _with_redis(settings, work)


def cmd_gdpr(args: argparse.Namespace) -> int:
    from chat_server import gdpr
    from chat_server.textclean import safe_output

    settings = _settings(need_secret=False)

    async def work(redis: aioredis.Redis) -> int:
        result: Any
        if args.action == "export":
            result = await gdpr.export_customer(redis, settings, args.email)
        else:
            result = await gdpr.erase_customer(redis, settings, args.email)
        print(safe_output(json.dumps(result, indent=2, ensure_ascii=False)))
        return 0

    return _with_redis(settings, work)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="livechat", description="One Click Actions live chat")
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run a chat server node (several may share one Redis)")
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--host", default=None)
    serve.set_defaults(func=cmd_serve)
    sub.add_parser("inbound", help="run the inbound mail server (one process)").set_defaults(
        func=cmd_inbound
    )
    catcher = sub.add_parser("mailcatcher", help="development mail catcher (shown at /dev/mail)")
    catcher.add_argument("--port", type=int, default=1025)
    catcher.set_defaults(func=cmd_mailcatcher)
    agents = sub.add_parser("agents", help="manage agents")
    agent_sub = agents.add_subparsers(dest="action", required=True)
    add = agent_sub.add_parser("add")
    add.add_argument("email")
    add.add_argument("--name", default=None)
    add.add_argument("--password-stdin", action="store_true")
    agent_sub.add_parser("list")
    disable = agent_sub.add_parser("disable")
    disable.add_argument("email")
    passwd = agent_sub.add_parser("passwd")
    passwd.add_argument("email")
    passwd.add_argument("--password-stdin", action="store_true")
    agents.set_defaults(func=cmd_agents)
    redact = sub.add_parser("redact", help="show what would be masked in TEXT", add_help=False)
    redact.add_argument("rest", nargs=argparse.REMAINDER)
    redact.set_defaults(func=cmd_redact)
    bot = sub.add_parser("bot", help="bot trainers' tools")
    bot_sub = bot.add_subparsers(dest="action", required=True)
    unhandled = bot_sub.add_parser(
        "unhandled", help="export messages the bot did not handle as Rasa NLU YAML"
    )
    unhandled.add_argument("--limit", type=int, default=1000)
    bot.set_defaults(func=cmd_bot)
    gdpr = sub.add_parser("gdpr", help="export or erase everything about one customer")
    gdpr.add_argument("action", choices=["export", "erase"])
    gdpr.add_argument("email")
    gdpr.set_defaults(func=cmd_gdpr)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
