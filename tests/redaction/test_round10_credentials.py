"""Round ten of issue 10, credentials: provider formats the recognizer did not know, a key
cut short after a provider's own prefix, a token given as a login, any vendor's key in the
common prefix-and-random-body shape; and an authentication setting's upper-case name
(``MONGODB-X509``) that is no secret. Phrasings and values written here (none is a corpus
item); every value is made up."""

from __future__ import annotations

import pytest

from redaction import Redactor

HEX40 = "9c2e7a10f4b36d58e1a07c93b2f6d4e8a5c1b790"


# (cause, text, the secret)
POSITIVES: list[tuple[str, str, str]] = [
    # SonarQube's user, project and global analysis tokens
    ("sonar", f"the scanner printed sqp_{HEX40} at start-up", f"sqp_{HEX40}"),
    ("sonar", f"im Jenkins-Log steht squ_{HEX40}, ist das schlimm?", f"squ_{HEX40}"),
    # a token standing in for the user name
    ("login token", f"mvn sonar:sonar -Dsonar.login={HEX40}", HEX40),
    ("login token", f"git_login = {HEX40}", HEX40),
    # cut short or a short example after a provider's own prefix, in prose
    ("short prefixed", "webhook body was just ghp_7rQa2Lx90k, is that bad?", "ghp_7rQa2Lx90k"),
    ("short prefixed", "Im Log stand glpat-Xq4v8N2mTz und sonst nichts", "glpat-Xq4v8N2mTz"),
    ("short prefixed", "message text: xoxp-90210-lk33pq", "xoxp-90210-lk33pq"),
    ("short prefixed", "dckr_pat_Hb5Qe1Wm9r got rejected", "dckr_pat_Hb5Qe1Wm9r"),
    # provider formats added this round
    (
        "provider",
        "I used pcsk_4Tz9Lq_Wm2Xp8Rk1Nv6Bh3Jd7Fs5Gy0Ca2Ee4Uu9Oo1Ii in my script",
        "pcsk_4Tz9Lq",
    ),
    ("provider", "search api tvly-dev-Qm3Xr8Kp2Lw7Nz5Vb1Hj6Tg4Fd9", "tvly-dev-Qm3Xr8"),
    ("provider", f"LANGSMITH=lsv2_pt_{HEX40[:32]}_{HEX40[:10]}", "lsv2_pt_"),
    ("provider", "dckr_oat_Rv7Xq2Lm9Tk4Wn8Zp1Yb6Hc3 stopped working", "dckr_oat_Rv7Xq2"),
    ("provider", "mailgun private key-9k2m4p6r8t0v1x3z5b7d9f1h3j5l7n9q", "key-9k2m4p6r8t0v"),
    ("routable", "GitLab: glpat-Zr4Xq8Lm2Tv6Wn1Kp9Bh3Jd.01.1a2b3c4d5", ".01.1a2b3c4d5"),
    # a personal access token by its abbreviation (Azure DevOps PATs are 52 base-32 letters)
    ("PAT", "our build PAT: q4w7e2r9t5y3u8i6o1p4a7s2d5f9g3h6j8k2l5z7x4c9v3b6", "q4w7e2r9"),
    ("PAT", "ADO_PAT=m2n5b8v3c6x9z4l7k2j5h8g3f6d9s4a7p2o5i8u3y6t9r4e7", "m2n5b8v3"),
    # an unknown vendor's key in the common shape
    ("prefixed random", "the header needs abc_Vq7Lr2Xm9Tk4Wn8Zp1Yb6Hc3Jd5Fg0Sa", "Vq7Lr2Xm9"),
    ("prefixed random", "trag mal zq-R8tQ2vLx9mK4wN7pZ3bY6hC1jD5fG0sA im Header ein", "R8tQ2"),
]


@pytest.mark.parametrize(("cause", "text", "secret"), POSITIVES)
def test_credential_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    out = redactor.redact_text(text)
    assert secret not in out, f"{cause}: {text!r} -> {out!r}"


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("mechanism name", "mongodb://host/?authMechanism=SCRAM-SHA-256&authSource=admin"),
    ("mechanism name", "connect with authMechanism=MONGODB-X509 and tls=true"),
    ("prefix named", "GitHub classic tokens begin with ghp_ and have 40 characters"),
    ("placeholder", "paste it like ghp_XXXXXXXXXXXX into the field"),
    ("identifier", "the script reads npm_package_version2 from the env"),
    ("words", "xoxb-my-bot-token-here is what the docs show"),
    ("hash", f"commit {HEX40} fixed the login page"),
    ("user name", "login=mariekowalski1987"),
    ("words in camel case", 'data-widget="desktop-rhf_SponsoredResultsRemotePanelK2ClickNext"'),
    ("url path", "https://cdn.example.com/img_Vq7Lr2Xm9Tk4Wn8Zp1Yb6Hc3Jd5Fg0Sa.png"),
    ("object id", "payment pi_3NqLx2Hb8Kd9Tw4Yc1Vz7Mp0 is pending"),
    ("PAT in prose", "the PAT expired yesterday, can I make a new one?"),
    ("Pat, a name", "Pat from accounting says hi"),
]


def test_url_secret_ends_at_the_host(redactor: Redactor) -> None:
    # the token in a URL's user information is masked; the host and path after "@" stay
    text = "git remote set-url origin https://oauth2:glpat-Hq3Lw8Zt2Xm5Vb9Nk4Rj@git.acme.io/a/b"
    out = redactor.redact_text(text)
    assert "Hq3Lw8" not in out and out.endswith("@git.acme.io/a/b"), out


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_not_a_credential(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause
