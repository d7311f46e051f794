"""/dev/mail (development only): the mail the catcher (`chat_server.smtp.catcher`) caught."""

from __future__ import annotations

import html
import time
from typing import Any

from aiohttp import web

from chat_server.appkeys import REDIS
from chat_server.smtp.catcher import caught_mail


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def render_page(mails: list[dict[str, str]]) -> str:
    """Every value escaped: caught mail is untrusted input shown in a browser."""
    items = []
    for m in mails:
        ts = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(m.get("ts", "0"))))
        headers = "".join(
            f"<tr><th>{_e(label)}</th><td>{_e(m.get(key, ''))}</td></tr>"
            for label, key in (
                ("From", "from"),
                ("To", "to"),
                ("Subject", "subject"),
                ("Message-ID", "message_id"),
                ("In-Reply-To", "in_reply_to"),
                ("Auto-Submitted", "auto_submitted"),
            )
            if m.get(key)
        )
        items.append(
            f"<article><h2>{_e(m.get('subject', '(no subject)'))}</h2>"
            f"<p class=meta>{_e(ts)}</p><table>{headers}</table>"
            f"<pre>{_e(m.get('text', ''))}</pre>"
            f"<details><summary>HTML part (source)</summary><pre>{_e(m.get('html', ''))}</pre>"
            f"</details></article>"
        )
    body = "".join(items) or "<p>No mail caught yet.</p>"
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>Caught mail</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
        "article{border-bottom:1px solid #ccc;padding:1em 0}th{text-align:left;"
        "padding-right:1em}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}"
        ".meta{color:#666}</style></head><body><h1>Caught mail</h1>"
        f"{body}</body></html>"
    )


async def dev_mail_view(request: web.Request) -> web.StreamResponse:
    mails = await caught_mail(request.app[REDIS])
    if request.query.get("format") == "json":
        return web.json_response(
            {"mails": [{k: v for k, v in m.items() if k != "raw"} for m in mails]}
        )
    return web.Response(
        text=render_page(mails),
        content_type="text/html",
        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"},
    )
