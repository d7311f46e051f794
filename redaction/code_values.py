"""Is a candidate value code rather than a secret?

Pasted configs and source files give a password or key word a value that is *code*: a
variable (``$DB_PASS``, ``$${X}``, ``@password``, ``%env(X)%``, ``!Ref 'X'``), an expression
(``generatePassword(ctx)``, ``param[0]``, ``api.Secret``, ``" + getPw() + "``), a type in a
declaration (``txtPassword: UITextField! = nil``), a label or enum constant (``"Password:"``,
``AUTH_TOKEN = "Auth Token"``, ``credentials: "same-origin"``), a dummy body (``***``, an
all-zero GUID, a PEM block with no key in it), an empty value (``Password=;``) or a resource
name (an ARN). Each recognizer finds its candidates by context; this module is the one place
that asks whether what it found is such code, judged on the value and the characters around
it, never on a list of known strings.

A secret that merely *contains* such characters stays a secret: ``Pa$$w0rd`` (no ``$name``
at its start), ``S3cr3t!``, ``Schulte.Dortmund09`` (digits, no member access),
``$YYbMDot25P`` (mixed case after ``$``: no variable naming style).
"""

from __future__ import annotations

import base64
from functools import lru_cache

import regex as re

from redaction import words

_QUOTES = "\"'`“”„‘’«»"
# $VAR / $var / $$VAR / ${…} / $${…} / $(…): a shell, Make, Compose or Terraform expansion
# at the value's start; the name is in one case, as variables are named.
_EXPANSION = re.compile(r"\$?\$(?:\{|\()|\$\$?(?:[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*)(?![A-Za-z0-9])")
# {{x}}, {%…%}, <%…%>, %name%, %env(NAME)%: a template or a framework parameter
_TEMPLATE_START = re.compile(r"\{\{|\{%|<%|%[A-Za-z_][\w.:()\-]*%")
# a format string's field: "Password={2}", "pwd={password}", "{0:s}" (.NET, Python)
_FORMAT_FIELD = re.compile(r"\{(?:\d{1,2}|[A-Za-z_]\w{0,40})(?:[:!][^{}\s]{0,12})?\}")
# a YAML tag or CloudFormation function: !Ref X, !GetAtt X.Y, !Sub '…', Fn::GetAtt
_INTRINSIC = re.compile(r"![A-Z][A-Za-z]+[ ]+\S|Fn::[A-Z]")
# a call covering the value: generatePassword(context), file(var.x), getPw(); its name in a
# code style and no argument a bare number ("Summer(2024)" is a password)
_CALL = re.compile(
    r"(?P<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\((?P<args>[\w$.,:'\"\[\] \-]*)\)"
)
#: A call given one quoted command (a lower-case program's name, a space, its arguments):
#: "pipe_from('pass show x')"; "default('Vogel#Nest22')" gives a value.
_QUOTED_CALL = re.compile(
    r"(?P<name>[A-Za-z_][\w.]*)\((?P<q>['\"])[a-z][\w.\-]*[ ][^'\"\n]{1,200}(?P=q)\)"
)
#: A variable's member or entry: "$Self->{DatabasePw}", "$cfg['db_pass']", "$this->pass".
_MEMBER_ACCESS = re.compile(
    r"\$[A-Za-z_]\w*(?:->\{?[A-Za-z_]\w*\}?|->[A-Za-z_]\w*|\[[\"']?[A-Za-z_][\w\-]*[\"']?\]?)+"
)
#: An installer's slot in a sample config: "%CONFIG-DBPASS", "%CONFIG-SIRI", "%DB-PASS%".
_INSTALL_SLOT = re.compile(r"%[A-Z][A-Z0-9_]*(?:-[A-Z0-9_]+)+%?")
_CODE_NAME = re.compile(r"[a-z_$]|.*[a-z][A-Z_.]")
# a subscript covering the value: param[0], args["pw"], secrets[key]
_SUBSCRIPT = re.compile(
    r"(?P<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\[(?P<index>[\w$.'\"\-]*)\]"
)
# member access without digits: api.Secret, PropTypes.string.isRequired
_MEMBER = re.compile(r"[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_][A-Za-z_]*)+")
_LOWER_THEN_UPPER = re.compile(r"(?:^|\.)[a-z_$][A-Za-z_$]*\.[A-Z]|[a-z][A-Z]")
# a type in a declaration: "name: UITextField! = nil", "pw: String? = null"
_DECLARED_TYPE = re.compile(r"[A-Z][A-Za-z_.]*(?:<[^<>\n]{0,40}>)?(?:[!?][ ]*|[ ]+)=(?!=)")
# a variable in any case: $Password, $dbPass (judged by its words)
_NAMED_VARIABLE = re.compile(r"\$(?P<name>[A-Za-z_][A-Za-z_]*)(?![A-Za-z0-9])")
# a parameter or mention: @password, @user_pass (no digits: "@dmin2024" is a password)
_PARAMETER = re.compile(r"@[A-Za-z_]+")
# a key and a word or identifier in one token: credentials=include, client_secret="x.y"
_PAIR = re.compile(r"[A-Za-z_][A-Za-z_.\-]{2,}=[\"']?[a-z_][a-z_.\-]*[\"']?")
# a label or the next key: "Password:", ",rememberMeLabel:"
_LABEL = re.compile(r"[,;]?[ ]*[A-Za-z_][\w .\-]{0,40}:")
# a list separator, then the next key: '"Password:",rememberMe:"…"' (the label's string ended)
_NEXT_KEY = re.compile(r"[,;][ ]*[A-Za-z_][\w.\-]*[\"']?[ ]*[:=]")
# a quoted key and its connector: a dict or JSON literal ('"password": ')
_QUOTED_KEY = re.compile(r"[\"'][ ]*(?::|=>|=)[ ]*\Z")
# the key before a value on its line: AUTH_TOKEN = "…", 'credentials' : '…', token := "…"
_KEY_BEFORE = re.compile(
    r"(?P<key>[A-Za-z_][\w.\-]*)[\"'\]]?[ ]*(?:=|:=|:|=>|->)[ ]*[\"'`]?[ ]*\Z", re.REVERSE
)
# a typed declaration's name, its type between it and the value: Go's "AuthToken string =
# …", Kotlin's "authToken: String = …"
_TYPED_KEY_BEFORE = re.compile(
    r"(?P<key>[A-Za-z_][\w.\-]*)(?:[ ]+|[ ]*:[ ]*)[A-Za-z_][\w.]*[?!]?[ ]*(?:=|:=)[ ]*"
    r"[\"'`]?[ ]*\Z",
    re.REVERSE,
)
_WORD_SPLIT = re.compile(r"[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")
_RESOURCE = re.compile(r"(?i)(?:arn|urn):[a-z0-9\-]+:")
_PEM_BODY = re.compile(r"-----BEGIN[^\n]*?-----(?P<body>.*?)(?:-----END|\Z)", re.DOTALL)
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=]{16,}")
# A body on lines of its own between the BEGIN and END lines, as a key file lays it out
# (newlines typed or escaped): whatever it says, it is what was pasted as the key; not an
# ellipsis or marks ("\n...\n", "***": nothing given), nor a slot to fill ("<your key>").
_LAID_OUT_BODY = re.compile(
    r"[ \t]*(?:\n|\\n)(?![ \t]*[<{$])(?=(?:[^A-Za-z0-9]*[A-Za-z0-9]){8})[^<>{}]*(?:\n|\\n)[ \t]*"
)
# A body of base64 too short for the rule above, on lines of its own ("\nwxyz+ABC=\n"):
# a private key's block is a secret whatever its length (an ellipsis, marks or a slot is
# not base64, a run of one letter no key)
_SHORT_BASE64_BODY = re.compile(
    r"[ \t]*(?:\n|\\n)[ \t]*(?=(?:[^A-Za-z0-9]*[A-Za-z0-9]){4})"
    r"(?:[A-Za-z0-9+/]+=*[ \t]*(?:\n|\\n)[ \t]*)+"
)
# The BEGIN line of a block that is public by its nature: a certificate, a signing request,
# a revocation list, a public key, a signature; the lines of its body are no secret
_PUBLIC_PEM_BEGIN = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ ){0,3}(?:CERTIFICATE(?: REQUEST)?|X509 CRL|PUBLIC KEY(?: BLOCK)?|"
    r"SIGNATURE|PKCS7|CMS)-----"
)
_PEM_REACH = 16_000  # how far back a block's BEGIN line is looked for
# A password's stored hash in the modular crypt format: bcrypt ("$2b$12$" + 53 characters),
# sha-crypt ("$6$salt$hash"), argon2, scrypt; given where the text names hashes, it is the
# stored hash (a table dump, a migration question), not the password
_CRYPT_HASH = re.compile(
    r"\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$"
    r"[./A-Za-z0-9]{43,86}|\$(?:argon2(?:id|i|d)|scrypt)\$[\w$=,+/.\-]{20,200}"
)
_HASH_NAMED = re.compile(r"(?i)hash|bcrypt|crypt|argon|digest")
# Round 37: a stored hash with its scheme in braces, as LDAP and Dovecot write it
# ("{SSHA}kqH3…", "{SHA512-CRYPT}$6$…", "{BLF-CRYPT}"); the scheme is an algorithm's name
# (not "{PLAIN}" or "{CLEARTEXT}", whose value is the password itself)
_SCHEME_PREFIX = re.compile(r"\{(?P<scheme>[A-Za-z][A-Za-z0-9.\-_]{1,24})\}(?P<rest>[^\s{}]*)")
# a command's parameter in PowerShell's style where a value was looked for ("$pw
# -AsPlainText", "-Force"): a dash and letters only, in one word or joined humps
_PARAMETER_FLAG = re.compile(r"-[A-Z][a-z]{2,}(?:[A-Z][a-z]+){0,3}|-[a-z]{3,}[A-Z][A-Za-z]*")
# a null reached through a module or class: ngx.null, cjson.null, JSONObject.NULL
# Round 38: a path through modules or classes to a call or member, as Ruby, Puppet, C++,
# Rust and PHP write it: Chef::EncryptedDataBagItem.load(…), postgresql::postgresql_password(…)
_SCOPED_CODE = re.compile(r"[A-Za-z_]\w*(?:::[A-Za-z_]\w*)+(?:\.[A-Za-z_]\w*)*(?:\(|\Z)")
# ... a placeholder in angle brackets, alone or as a login's password: <empty>, root:<empty>,
# <your password> (words only: "<Kx9#>" may be a password)
_ANGLE_PLACEHOLDER = re.compile(r"(?:[\w.@\-]{1,64}:)?<[A-Za-z][A-Za-z _\-]{0,30}>")
_MEMBER_NULL = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\.(?i:null|nil|none|undefined)")


def _in_public_block(text: str, start: int) -> bool:
    """``start`` lies in the body of a certificate's or public key's PEM block."""
    begin = text.rfind("-----BEGIN ", max(0, start - _PEM_REACH), start)
    return (
        begin >= 0
        and _PUBLIC_PEM_BEGIN.match(text, begin) is not None
        and text.find("-----END", begin, start) < 0
    )


# an error's, exception's or state's name in PascalCase ("CreateContainerConfigError",
# "ImagePullBackOff", "NullPointerException"): what a log or a tool reports, not a secret
_ERROR_NAME = re.compile(
    r"(?:[A-Z][a-z]+){1,6}(?:Error|Exception|Fault|Failure|BackOff|Timeout|Denied|NotFound"
    r"|Unavailable|Exceeded)"
)
# a regular expression's character class with a range ("[A-Za-z0-9!@#$%]")
_CHAR_CLASS = re.compile(r"\[\^?[^\]\s]{0,24}?(?:A-Z|a-z|0-9)")
# a value shown with its middle cut out: a head and a tail around an ellipsis
_ELIDED = re.compile(r"[\w+/=\-]{1,8}(?:…|\.{3})[\w+/=\-]{1,8}")
# what every code shape below holds (a value with a digit and none of these is no code)
_CODE_CHAR = re.compile(r"[$@%{}\[\]()=.:+,;|&<>\"'`]|[A-Za-z][!?]|[ ]")
_HUMP = re.compile(r"[A-Za-z][a-z]{2,}|[a-z]{1,2}")
_IDENTIFIER_OF_WORDS = re.compile(r"[a-z]+(?:_[a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+")
_WORDS_VALUE = re.compile(r"[A-Za-z][A-Za-z \-_]{2,60}")
# words that name a secret: an identifier made of them names a variable holding one
_SECRET_WORDS = frozenset(
    "password passwort pass passwd pwd pw secret token key credential credentials".split()
)
# "Password" in other languages: the value of a UI translation, not a password
_PASSWORD_IN_OTHER_LANGUAGES = frozenset(
    """
    lösenord losenord contraseña contrasena wachtwoord adgangskode salasana hasło haslo
    senha parola heslo jelszó jelszo passord kodeord lozinka geslo şifre sifre parool
    motdepasse пароль
    """.split()
)


_PROSE_AFTER = re.compile(
    r"[ ]+(?!(?:or|and|if|else|for|in|is|not|as|then|do|unless|with|from|to)(?!\w))"
    r"[^\W\d_]{2,}(?=[ .,!?]|\Z)"
)


#: an element that holds a digest of the password, right before the value
_DIGEST_ELEMENT = re.compile(r"#PasswordDigest\"?[^<>\n]{0,20}>\Z")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{12,}={0,2}")


def _encodes_stored_hash(core: str) -> bool:
    """Is ``core`` base64 of a stored hash (an LDIF's "userPassword:: e1NTSEF9…")?"""
    if _BASE64.fullmatch(core) is None or len(core) % 4:
        return False
    try:
        decoded = base64.b64decode(core, validate=True).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        return False
    return words.is_stored_hash(decoded)


def _comment_for_value(text: str, at: int, core: str) -> bool:
    """Is the "#" at ``at``, after a key's separator and a blank, a YAML or shell comment
    where the value would stand: a space after it, or a dictionary word ("#insert your
    secure password")? ("Passwort: #Sommer2024" is a value.)"""
    if _KEY_THEN_BLANK.search(text, max(0, at - 8), at) is None:
        return False
    after = core[1:]
    if not after or after[0] in " \t":
        return True
    word = after.split(None, 1)[0].rstrip(".,;:!?")
    return word.isalpha() and word.lower() in words.dictionary()


#: a PowerShell command's Verb-Noun name, then its parameter
_CMDLET = re.compile(
    r"(?:Get|Set|Read|New|Add|ConvertTo|ConvertFrom|Import|Export|Invoke)-[A-Z]\w+"
)
_PARAMETER_NEXT = re.compile(r"[ ]+-[A-Za-z]")
#: BuildKit's secret mount: its id and where it comes from, not the secret
_BUILD_SECRET = re.compile(r"id=[\w.\-]+(?:,(?:src|source|env|type|target|required)=[^\s,]+)+")
#: a C type before a pointer's star ("const char *ssid", "uint8_t *key")
_C_POINTER = re.compile(r"(?<![\w])(?:char|int|void|uint8_t|byte|String|auto)[ \t]*\Z")


@lru_cache(maxsize=1024)  # a span is often found by several rules
def is_code_value(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]``, found as a password's or credential's value, code rather
    than a secret (a reference, an expression, a label, a dummy or an empty value)?"""
    value = text[start:end]
    core = value.strip(_QUOTES + " ")
    if not core.strip(";,=:"):
        return True  # "Password=;", "--password = '****'": nothing there, or the connector
    if core[0] == "(" and core[-1] == ")" and core[1:-1].lower() in words.STATE_WORDS:
        return True  # "password= (empty)": a note that nothing is there
    if core.startswith("-----BEGIN"):
        body = _PEM_BODY.match(core)
        return (
            body is not None
            and _BASE64_RUN.search(body.group("body")) is None
            and _LAID_OUT_BODY.fullmatch(body.group("body")) is None
            and not _short_key_body(body.group("body"))
        )
    if core[0] == "{" and (scheme := _SCHEME_PREFIX.fullmatch(core.rstrip(";,"))) is not None:
        if words.is_algorithm(scheme.group("scheme")):
            return True  # "{SSHA}kqH3…": a stored hash, named by its scheme
    if core[0] == "#" and _DIRECTIVE.fullmatch(core) is not None:
        return True  # "#define MQTT_PASS …" on the next line: C's preprocessor, no value
    if "-" in core and _CMDLET.fullmatch(core) and _PARAMETER_NEXT.match(text, end):
        return True  # "$pw = Read-Host -AsSecureString …": PowerShell's command (round 62)
    if core[:3] == "id=" and _BUILD_SECRET.fullmatch(core) is not None:
        return True  # "docker build --secret id=npmrc,src=$HOME/.npmrc": where it is read
    if core[:4] == "ENC(" and words.is_encrypted(core.rstrip(";,")):
        return True  # "spring.mail.password=ENC(G6N7…)": jasypt's ciphertext (round 62)
    if core[0] == "*" and _C_POINTER.search(text, max(0, start - 24), start + value.index("*")):
        return True  # 'const char *WIFI_SSID = "…"': C's pointer's name, no value (round 62)
    if text.startswith("@sha256:", end):
        return True  # "FROM node:20-alpine@sha256:…": an image's tag, pinned (round 61)
    if _DIGEST_ELEMENT.search(text, max(0, start - 40), start) is not None:
        return True  # '<wsse:Password Type="…#PasswordDigest">…': a digest (round 61)
    if core[-1:] == "=" and _encodes_stored_hash(core):
        return True  # LDIF's "userPassword:: e1NTSEF9…": base64 of "{SSHA}…" (round 61)
    if core[0] == "#" and _comment_for_value(text, start + value.index("#"), core):
        return True  # "password: # kommt aus Vault", "DB_PASS= #insert …": a comment (round 61)
    if core[0] == "-" and _PARAMETER_FLAG.fullmatch(core) is not None:
        return True  # "ConvertTo-SecureString $pw -AsPlainText": the next parameter
    if words.is_wifi_security(core):
        return True  # "encryption='psk2+tkip+ccmp'": the network's mode, not its key
    if ":" in core and _SCOPED_CODE.match(core) is not None:
        return True  # "secrets = Chef::EncryptedDataBagItem.load(…)": code that fetches it
    if "<" in core and _ANGLE_PLACEHOLDER.fullmatch(core.rstrip(".,;)")) is not None:
        return True  # "root:<empty>": a placeholder where the password would stand
    if _MEMBER_NULL.fullmatch(core.rstrip(";,)")) is not None:
        return True  # "password = ngx.null": a null, no value
    if "-----BEGIN " in text and _in_public_block(text, start):
        return True  # a certificate's line: public, whatever its shape
    if (
        core[0] == "$"
        and _CRYPT_HASH.fullmatch(core.rstrip(";,"))
        and _HASH_NAMED.search(text) is not None
    ):
        return True  # "password_hash | $2b$12$…": the stored hash, not the password
    bracket = text.find("[", max(0, start - 2), min(end, start + 2)) if "-" in core else -1
    if bracket >= 0 and _CHAR_CLASS.match(text, bracket) is not None:
        return True  # "^[A-Za-z0-9!#%]{8,64}$": a pattern's character class, a rule
    if _ELIDED.fullmatch(core) is not None:
        return True  # "AAAA…Qz9": a value shown cut in the middle, its ends only
    alnum = [c for c in core if c.isalnum()]
    if len(alnum) >= 12 and len(set(alnum)) == 1:
        return True  # 00000000-0000-0000-0000-000000000000: a dummy
    if core[0] != "!" and _CODE_CHAR.search(core) is None and any(c.isdigit() for c in core):
        return False  # the common case, "Hunter2!": no sigil, bracket or operator, a digit
    if (core[0] in "+.|&" and core[1:2] == " ") or core.endswith((" +", " .", " ||")):
        return True  # '"…: " + getPw() + "…"': the code between two string literals
    if _FORMAT_FIELD.fullmatch(core.rstrip(";,")):
        return True
    if (
        _EXPANSION.match(core)
        or _TEMPLATE_START.match(core)
        or _INTRINSIC.match(text, start + value.index(core[0]))
        or _RESOURCE.match(core)
    ):
        return True
    if text.startswith("@", end) and start > 0 and text[start - 1] in ":/":
        return False  # a URL's userinfo ("https://u:pass[word]@host"): no code sits there
    if (core.endswith(":") and _LABEL.fullmatch(core)) or _NEXT_KEY.match(core):
        return True
    if _PARAMETER.fullmatch(core.rstrip(";,)")) and _names_a_thing(core[1:]):
        return True
    named = _NAMED_VARIABLE.match(core)
    if named is not None and _variable_name(named.group("name")):
        return True  # PowerShell's $Password, PHP's $dbPass (not "$YYbMDot25P")
    if core[0] == "$" and _MEMBER_ACCESS.fullmatch(core.rstrip(";,)}")) is not None:
        return True  # Perl's "$Self->{DatabasePw}", PHP's "$cfg['db_pass']": a setting's name
    if core[0] == "%" and _INSTALL_SLOT.fullmatch(core.rstrip(";,)")) is not None:
        return True  # "%CONFIG-DBPASS": an installer's slot, filled when it writes the file
    if _PAIR.fullmatch(core):  # a key and a word: not "AccountKey=JiYm…=="
        return True
    # the value and what follows it up to the end of the expression
    at = start + value.index(core[0]) if core else start
    # "pwd: test(abc) end": a word after the value in prose; code goes on with an operator
    prose = _PROSE_AFTER.match(text, end) is not None
    call = None if prose else _CALL.match(text, at)
    if call is not None and not call.group("args").strip().isdigit():
        if call.end() >= end - 1 and _code_name(call.group("name")):
            return True
    opened = _QUOTED_CALL.match(text, at) if "(" in core else None
    if opened is not None and opened.end() >= end and _code_name(opened.group("name")):
        return True  # "pw = pipe_from('pass show mail/shop')": a call given a command
    index = None if prose else _SUBSCRIPT.match(text, at)
    if index is not None and index.end() >= end - 1 and _code_name(index.group("name")):
        # "pw = args[1]" in code; "my password is hunter[2]" in prose is a password
        assigned = text[:at].rstrip(" \"'")[-1:] in ("=", ":", "(", ",")
        if assigned or not index.group("index").isdigit():
            return True
    declared = _DECLARED_TYPE.match(text, at)
    if declared is not None and declared.end() >= end:
        return True
    bare = core.rstrip(";,)")
    if _MEMBER.fullmatch(bare) and _LOWER_THEN_UPPER.search(bare):
        return True
    if _ERROR_NAME.fullmatch(core.rstrip(".;,)")):
        return True  # "Pod startet nicht: CreateContainerConfigError": a state's name
    if (
        value == core
        and _QUOTED_KEY.search(text, max(0, start - 8), start)
        and _names_a_secret(bare)
    ):
        return True  # '"password": new_password': in a dict literal, unquoted is a variable
    return _is_label(text, start, core)


def _short_key_body(body: str) -> bool:
    """A short body of base64 lines, not one character repeated ("wxyz+ABC=", not "xxxx")."""
    if _SHORT_BASE64_BODY.fullmatch(body) is None:
        return False
    return len({c.lower() for c in body if c.isalnum()}) > 2


def is_word_constant(value: str) -> bool:
    """A credential key's value made of one or two lower-case dictionary words, or of four
    letters at most (``omit``, ``same-origin``, ``include``): an option's name, never an API
    key or token. Three or more such words, short ones among them, are a phrase standing in
    for a key (``this-is-not-a-key``, ``replace-with-your-key``)."""
    core = value.strip(_QUOTES + " ;,")
    parts = core.split("-")
    if len(parts) == 1 and core.count("_") == 1:  # "invalid_client": an error's name too
        parts = core.split("_")
        if any(p in _SECRET_WORDS for p in parts):
            return False  # "plain_token": a stand-in for a key, masked as one
    if not parts or not all(p.isalpha() and p.islower() for p in parts):
        return False
    if len(parts) > 2:
        return all(len(p) <= 2 or p in words.dictionary() for p in parts)
    return len(core) <= 4 or all(p in words.dictionary() for p in parts)


def _parts(identifier: str) -> list[str]:
    return [p.lower() for p in _WORD_SPLIT.split(identifier) if p]


def _names_a_thing(identifier: str) -> bool:
    """An identifier of words: ``password``, ``user_pass``, ``dbPassword``."""
    parts = _parts(identifier)
    return bool(parts) and all(p in words.dictionary() or p in _SECRET_WORDS for p in parts)


def _code_name(name: str) -> bool:
    """A function's or variable's name: three characters or more, lower case first or words
    joined in a code style (``getPw``, ``file``, ``Guid.NewGuid``; not ``Summer``)."""
    return len(name) >= 3 and _CODE_NAME.match(name) is not None


def _variable_name(name: str) -> bool:
    """``AdminPassword``, ``db_pass``, ``Password``: a variable's words, a secret word among
    them or two or more (``$Kq9vLm2xT`` has digits, ``$YYbMDot`` no such humps, ``$Sommer``
    is one word)."""
    humps = [p for p in _WORD_SPLIT.split(name) if p]
    if not all(_HUMP.fullmatch(p) for p in humps):
        return False
    low = [p.lower() for p in humps]
    if any(p in _SECRET_WORDS for p in low):
        return True
    return len(low) >= 2 and all(p in words.dictionary() for p in low)


def _names_a_secret(identifier: str) -> bool:
    """``new_password``, ``previousPassword``: an identifier of words, one of them a secret
    word (the variable holding the secret, not the secret)."""
    if not _IDENTIFIER_OF_WORDS.fullmatch(identifier):
        return False
    parts = _parts(identifier)
    return any(p in _SECRET_WORDS for p in parts) and _names_a_thing(identifier)


# a C preprocessor directive (round 40)
_DIRECTIVE = re.compile(r"#!?(?:define|undef|include|ifn?def|if|elif|else|endif|pragma)")
#: a key and its separator, then only blanks up to the finding: the "#" opens a comment
_KEY_THEN_BLANK = re.compile(r"[:=][ \t]+\Z")
# a connection string's field after another one: ";password=" (round 40)
_CONN_FIELD_BEFORE = re.compile(r";[ ]*[A-Za-z][\w ]{0,30}=\Z")


def _is_label(text: str, start: int, core: str) -> bool:
    """The value restates its key (``AUTHORIZATION_TOKEN = "Authorization Token"``) or is
    the word "password" in another language (a translation file)."""
    if core.lower() in _PASSWORD_IN_OTHER_LANGUAGES:
        return True
    if not _WORDS_VALUE.fullmatch(core):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if core.islower() and _CONN_FIELD_BEFORE.search(text, max(line_start, start - 40), start):
        return False  # "…;user id=user;password=password;": a connection string's literal
    value_words = set(_parts(core))
    if not value_words:
        return False
    for key_before in (_KEY_BEFORE, _TYPED_KEY_BEFORE):
        key = key_before.search(text, max(line_start, start - 80), start)
        if key is not None and value_words <= set(_parts(key.group("key"))):
            return True
    return False
