"""Round five, public-e's causes: a password's or credential's value that is code stays as it
is (``redaction/code_values.py``), a secret that only contains code-like characters is still
masked, and the miss causes fixed beside them. Every text is written here; none is a corpus
item."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.code_values import is_code_value, is_word_constant

# (cause, text): code after a password or credential word; must come out unchanged
CODE: list[tuple[str, str]] = [
    ("a call", "db_password = makeSecret(request)"),
    ("a subscript", "final String pw = args[1];"),
    ("member access, three parts", "session_token: Shape.any.isOptional,"),
    ("Compose's escaped expansion", "smtp:\n  password: $${SMTP_PASS}"),
    ("an expansion in a flag", 'pg_dump --dbname=shop --password="$PG_ADMIN_PW"'),
    ("a quoted expansion", "echo 'export SMTP_PASSWORD=\"'$MAIL_PW'\"' >> .env"),
    ("a PowerShell variable", "Invoke-Sqlcmd -Username sa -Password $SqlPassword"),
    ("an expansion opening a host", "--password-stdin $registry_id.registry.example.com"),
    ("a SQL parameter", "Server=db01;User Id=sa;Password=@pwd;"),
    ("a framework parameter", "mailer_secret: '%env(resolve:MAILER_SECRET)%'"),
    ("a YAML intrinsic", "DbPassword: !Ref 'DbPasswordParameter'"),
    (
        "templates as a URL's user and password",
        'remote = "https://{{ user }}:{{ token }}@git.example.org/repo.git"',
    ),
    ("a declaration's type", "confirmPassword: UITextField! = nil"),
    ("a label, then the next key", '{pwCaption:"Password:",submitCaption:"Send"}'),
    ("a label restating its key", 'public const string SESSION_TOKEN = "Session Token";'),
    ("an option word", 'fetch(url, {"credentials": "omit"})'),
    ("an option word, hyphenated", "mode: cors\ncredentials: 'same-origin'"),
    ("a dict's variable", 'payload = {"user": name, "password": old_password}'),
    ("string concatenation", 'log.info("DbPassword: " + readDbPassword() + " loaded");'),
    ("a translation", '"Password": "Wachtwoord"'),
    ("an all-zero dummy", "ApiKey=00000000-0000-0000-0000-000000000000;Region=eu"),
    (
        "a PEM block with no key",
        "-----BEGIN RSA PRIVATE KEY-----\n<snip>\n-----END RSA PRIVATE KEY-----",
    ),
    ("an ARN", "MY_PASSWORD = arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-pass"),
]


@pytest.mark.parametrize(("cause", "text"), CODE, ids=[c for c, _ in CODE])
def test_code_values_stay(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact(text).text == text, cause


# (cause, text, secret): a secret that merely holds code-like characters, and the misses
SECRETS: list[tuple[str, str, str]] = [
    ("dollars inside", "my password is Pa$$w0rd now", "Pa$$w0rd"),
    ("a dollar first, mixed case", 'password = "$Kq9vLm2xT"', "$Kq9vLm2xT"),
    ("an at sign first, digits", "passwort: @lpenblick2024", "@lpenblick2024"),
    ("dots and digits", "the password is Tal.Weg.Fluss77", "Tal.Weg.Fluss77"),
    ("a symbol and digits", "password: Gr4u!zone", "Gr4u!zone"),
    ("a word calling a number", "my password is Herbst(1999)", "Herbst(1999"),
    ("a bracketed digit in prose", "the password is linde[7]", "linde[7"),
    ("base64 padding, letters only", "password: QmFzZVNpeHR5Rm91cg=", "QmFzZVNpeHR5Rm91cg="),
    ("a dollar and one word", "passwort: $Leuchtturm", "$Leuchtturm"),
    (
        "a key glued to a random value",
        "DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=" + "Qk9Ydz" * 14 + "Qw==;",
        "Qk9Ydz" * 14,
    ),
    ("-u then -p, another tool", "rdesktop -u ops -p Tannen9baum 10.0.0.5", "Tannen9baum"),
    ("a proxy user pair", "curl --proxy-user bob:Fl4sche!x https://example.org", "Fl4sche!x"),
    ("a .NET setting", '<add key="SmtpPassword" value="Gl0cke#7"/>', "Gl0cke#7"),
    ("a plist key", "<key>DB_PASS</key>\n<string>Mond7Stern</string>", "Mond7Stern"),
    (
        "a call's credentials",
        'new LdapConnection("ldap://dc1", "ops@firma.example", "Wolke7Regen");',
        "Wolke7Regen",
    ),
    ("a numeric API key", "PARTNER_API_KEY: 48213957602148399120", "48213957602148399120"),
    (
        "a Shopify token",
        "from the admin page:\nshpat_" + "Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dFgH",
        "shpat_Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dFgH",
    ),
    ("a 42 intra token", "u-s4t2af-" + "3f" * 32, "u-s4t2af-" + "3f" * 32),
]


@pytest.mark.parametrize(("cause", "text", "secret"), SECRETS, ids=[c for c, _, _ in SECRETS])
def test_secrets_still_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text, cause


def test_a_leading_backtick_is_part_of_the_password(redactor: Redactor) -> None:
    # a backtick opens a command substitution only when another one closes it
    assert redactor.redact('{"password": "`7hG!qWe9",}').text == '{"password": "[PASSWORD]",}'


def test_predicate_on_spans() -> None:
    text = "x = buildPw(ctx); y = Pa$$w0rd"
    assert is_code_value(text, text.index("buildPw"), text.index(")"))
    assert not is_code_value(text, text.index("Pa$$"), len(text))
    assert is_word_constant("use-credentials") and not is_word_constant("k9x-q2")
    empty = "Uid=svc;Password=;"
    assert is_code_value(empty, len(empty) - 1, len(empty))  # the ';' after an empty value
