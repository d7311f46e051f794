"""Round 25: credentials inside URLs, query strings and cookie headers. What must go: a
URL's password of digits between a user name and a host (any scheme, IPv4, bracketed
IPv6, an empty user); a query's or a fragment's parameter whose name says it carries the
secret (a signed URL's signature, an OAuth token, a client secret, an API key, a form's
password in array notation), whatever the value's shape; a cookie header's session,
login or token value; a ~/.pgpass line after a label naming the file. What must stay: a
host's port before "@", masked or empty values (also percent-encoded), placeholders,
templates and bind parameters, a switch or a method after "auth=", short ordinary values
of names that say less ("key=en", "code=200"), a Windows SID after "SID", a cookie header
without such pairs. Cases in our own words; each positive fails on round 24's code."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_secret_gone

# --- what must go -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a URL's password of digits: not a port when a user name and a host surround it
        ("upload goes to sftp://upload:7733@10.1.2.3/in every night", "7733"),
        ("the NAS UI: http://admin:2468@[2001:db8::7]:8080/ui", "2468"),
        ("ftp://root:12@192.168.0.9/ geht nicht mehr", "12"),
        ("Bitte prüfen: https://admin:9090@files.example.com/share", "9090"),
        ("redis://:80417@cache.internal:6379/0 is what the worker uses", "80417"),
        # a parameter named for the secret, any value
        (
            "the link https://cdn.example.com/f.zip?X-Goog-Expires=600&X-Goog-Signature=q7r8s9",
            "q7r8s9",
        ),
        (
            "Datei: https://files.example.net/a.pdf?Expires=17&Signature=tulip - abgelaufen?",
            "tulip",
        ),
        ("https://blob.example.net/c/x?sv=2024-01-01&sig=k2m.", "k2m"),
        ("https://app.example.org/v2/items?client_secret=otter&client_id=shop", "otter"),
        ("callback was https://app.example.org/cb#id_token=qrs&state=1", "qrs"),
        ("Our test link is https://api.example.io/x?token=eleven, does it expire?", "eleven"),
        ("https://api.example.io/v1/data?apikey=zk9", "zk9"),
        ("https://s3.example.com/b/k?X-Amz-Security-Token=Fwo9&X-Amz-Date=1", "Fwo9"),
        ("https://legacy.example.com/get?AWSAccessKeyId=lamp&Expires=99", "lamp"),
        ("the form posts ?user=anna&password[]=Flieder7&password[]=Holunder8", "Flieder7"),
        ("the form posts ?user=anna&password[]=Flieder7&password[]=Holunder8", "Holunder8"),
        ("Formular schickt https://shop.example.de/login?kunde[password]=Ahorn42", "Ahorn42"),
        ("https://hooks.example.com/in?auth=melon&src=crm", "melon"),
        # a ~/.pgpass line after a label naming the file
        ("in meiner .pgpass steht: pg.intern:5432:crm:report:Tanne#91x", "Tanne#91x"),
        ("pgpass entry -> 10.0.0.4:*:*:backup:k3ll3r!Maus\nstill asks", "k3ll3r!Maus"),
        ("my .pgpass line: warehouse.db:6432:dwh:loader:Birke_77b", "Birke_77b"),
        # a cookie header's session, login or token pair
        ("the browser sent Cookie: SESSIONID=a8f3k2m9x7; theme=dark", "a8f3k2m9x7"),
        ("im Log steht cookie: BIGSESSIONID=7hk2lq9wz4; lang=de", "7hk2lq9wz4"),
        ("Cookie: SESSID=kq82hd71; lang=en", "kq82hd71"),
    ],
)
def test_secret_in_url_query_or_cookie_goes(redactor: Redactor, text: str, secret: str) -> None:
    assert_secret_gone(redactor, "url/query/cookie", text, secret)


# --- what must stay ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a port after a host, not a password
        "the proxy is http://proxy.corp.example:3128@ for the build",
        "the old bookmark http://localhost:8080@example.com/ui",
        "http://[fe80::1]:8080/status answers 503",
        # masked, empty, encoded masks, templates, placeholders
        "https://x.example.com/?token=&page=2",
        "https://x.example.com/?token=****&page=2",
        "https://x.example.com/?token=%2A%2A%2A%2A",
        "https://x.example.com/?sig=[Filtered]",
        "https://x.example.com/?access_token=REMOVED",
        "https://x.example.com/?signature=value. Ist das so richtig?",
        "https://x.example.com/?X-Goog-Signature=[REDACTED].",
        "https://x.example.com/?token=${TOKEN}",
        "https://x.example.com/?token={{token}}",
        "https://x.example.com/?api_key=null",
        # a switch or a method after "auth"
        "https://x.example.com/?auth=true&debug=1",
        "https://x.example.com/login?auth=oauth2&next=/home",
        # names that say less, with short ordinary values; names without values
        "https://x.example.com/?key=en&page=2",
        "https://x.example.com/?code=200",
        "die Parameter heißen token, sig und api_key",
        "https://x.example.com/?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Fus-east-1",
        # no userinfo; addresses in paths; git's ssh form
        "https://example.com/users/anna@example.com/settings",
        "git@github.com:acme/shop.git",
        # bind parameters, a mask inside a code span
        "Vorlage im Report: https://api.example.com/v1?api_key=@apiKey&user=@kunde",
        "the log prints `https://api.example.com/x?token=xxxxxx`: is that ok?",
        # a Windows security identifier after "SID" (a session's id elsewhere)
        "Dienstkonto mit SID: S-1-5-21-88123-4471-1180-500 hat keine Rechte",
        "whoami says sid S-1-5-21-1004336348-1177238915-682003330-1105 for the service",
        # a time stamp with many colons, a pgpass label without a line
        "the pgpass docs: the time is 10:30:45:12:99 there",
        "Die .pgpass hat Rechte 0600: passt so?",
        # a cookie header without session or token pairs, or with a word
        "cookie: theme=dark; lang=de; _gat=1",
        "Cookie: session=expired; lang=de",
    ],
)
def test_look_alikes_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
