"""Round 40 (secrets inside pasted code and configuration): a password's key in code or
configuration with its quoted literal, whatever word the literal is ('password: "secret"',
"'mypasswd' => 'hello'"), a C define or a game server's cvar with its literal after a
blank, keys glued or in camel case ("$dbpass", "testPasswordOld"), a connection string's
field holding the word itself, calls whose names say what their arguments are (a URL's
user information, a PIN's setter, a client named for a PIN), the MinIO client's host entry,
a two-line user/password file under a heading naming both, a secret's key in code with its
quoted literal, a private key's 32 bytes, and card fields of payment fixtures. Each has a
hard negative twin: placeholders, slots named in capitals, templates, nulls and states
stay. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Redactor

POSITIVES = [
    # a password's key, its connector, then a quoted literal that is a word
    ('db:\n  user: app\n  password: "secret"\n  host: db1', "secret"),
    ("login = {'user': 'kim', 'pwd': 'hello'}", "hello"),
    ("rails log: 'adminpasswd' => 'hello' in the params", "hello"),
    ("appServerKennwort: 'secret',", "secret"),
    # a C define or a cvar: a joined key, a blank, then the quoted literal
    ('#define NET_PASSWORD "admin"\n#define NET_PORT 80', "admin"),
    ('#define HOTSPOT_PWD "0987654321" // AP mode', "0987654321"),
    ('in server.cfg: sv_password "letmein" and then a restart', "letmein"),
    # keys glued or in camel case
    ("config.php: $mailpass = 'Wolke#Regen77';", "Wolke#Regen77"),
    ('private const string adminPasswordNew = "sommer";', "sommer"),
    ('"backupDbPwd" = "b4ckup9db"', "b4ckup9db"),
    # a connection string's field holding the word itself
    ("Server=db1;Database=shop;User Id=app;Password=password;", "password"),
    # calls whose names say what their arguments are
    ('opts := nats.UserInfo("svc", "secret")', "secret"),
    ('dlg.SetPin("48213")', "48213"),
    ("client = BankPinTanClient('12030000', 'kunde-7', 'Moos!Stein41', endpoint)", "Moos!Stein41"),
    # the MinIO client's host entry: alias, URL, access key, secret key
    ("mc alias set backup https://s3.example.org archiver blumenkohl", "blumenkohl"),
    # a two-line user/password file under a heading naming both
    (
        "auth file, user in the first line and the password in the second:\nmaria\nKiefer88",
        "Kiefer88",
    ),
    # a secret's key in code and its quoted literal
    ('const string WebClientSecret = "very-secret";', "very-secret"),
    ('jwt.secret = "secret"', "secret"),
    # a private key's 32 bytes in base64, however regular
    ("[Peer]\nPresharedKey = " + "B" * 42 + "A=\n", "B" * 42 + "A="),
    # card fields of payment fixtures
    ('fixture: :brand => "master", :verification_value => "737" for the credit card spec', "737"),
    ("card_number: '5555555555554444', c_v_v2: '314'", "314"),
    ('req.Pan = "4111111111111111"\nreq.ExpirationDate = "2711"', "2711"),
]

NEGATIVES = [
    # a slot named in capitals, a template, a null, a state, a sample's placeholder
    '#define NET_PASSWORD "NET-PASSWORD"\nthose are the template values',
    '#define NET_PASS "{{ env "NET_PASS" }}" // set by the build',
    "#define NET_PASSWORD NULL and #define NET_USER NULL",
    'db:\n  password: "required"\n  host: db1',
    'the label under the field reads password: "the" and nothing more',
    "copied from the README to show the format: Uid=myUser; Pwd=myPassword; that's all",
    # the word itself as a value outside a connection string
    "username=username and password=password in the sample file, placeholders",
    "Connection string from the docs: User ID={user}; Password={pwd} – what goes into pwd?",
    # glued or camel keys that are no password's
    "$compass = 'north'; $bypass = 'yes';",
    'const string passwordHint = "your first pet";',
    # calls: a variable, a name pair, no PIN's digits
    "dlg.SetPin(pin) after reading it from the keypad",
    'person := UserName("Max", "Muster")',
    "showPinned('left', 'top')",
    # the MinIO client with variables
    "mc alias set backup https://s3.example.org $ACCESS_KEY $SECRET_KEY",
    "hash it first: app --password 'NEW_PASSWORD' – then paste the output",
    # a two-line block whose heading names no login
    "two lines from the log:\nstarted\nstopped",
    "[default]\naws_access_key_id=my-access-key\n(Platzhalter für die Doku)",
    # a secret's key without a literal, or with a type's or a sample's name
    'clientSecret: "string" in the schema, clientId: "string"',
    'const string WebClientSecret = Environment.GetEnvironmentVariable("SECRET");',
    'config.secret = "<your-secret>"',
    # a private key's name with a value of another shape
    "PrivateKey = (see the vault)",
    # a verification value that is no card's
    'sms step: :verification_value => "123" is what the phone shows',
    'req.ExpirationDate = "2024" for the contract, no card involved',
]


@pytest.mark.parametrize(("text", "secret"), POSITIVES)
def test_code_secrets_are_masked(redactor: Redactor, text: str, secret: str) -> None:
    # (counted: a key may hold the literal's word, "jwt.secret")
    assert redactor.redact(text).text.count(secret) < text.count(secret)


@pytest.mark.parametrize("text", NEGATIVES)
def test_code_twins_are_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
