"""Secrets that a program's own syntax names, whatever word or length they are (round 41).

Each function reads one construct that code, configuration and command lines use for every
secret of its kind, and returns the spans of the literals it holds:

- ``env_assignments``: an environment variable in capitals whose name ends in a secret's
  part, given an unquoted value by a tight ``=`` (``export MINIO_SECRET_KEY=pwd``,
  ``-e "REDIS_PASSWORD=geheim"``, ``ENV API_TOKEN=abc``), the value whatever word it is;
- ``hashed_literals``: a literal handed to a password hashing or encoding call
  (``passwordEncoder.encode("x")``, ``make_password("x")``, ``bcrypt.hashpw(b"x", …)``),
  or to ``encode``/``hash`` where a password key receives the result
  (``.password(encoder.encode("x"))``, ``String encodedPassword = encoder.encode("x")``);
- ``keyword_tuples``: a key-value pair written as a tuple or a keyword list
  (``{:password, "x"}``, ``{password, <<"x">>}``, ``("password", "x")``).

What stays: nulls, empty strings, variables and references (``$X``, ``${X}``, ``%X%``,
``<x>``, ``{{x}}``), placeholders and documented defaults (``changeme``, ``your_password``,
``xxx``), a password word as the value when the message says it is an example, and any
call or tuple whose argument is a variable.
"""

from __future__ import annotations

import regex as re

from redaction import words

# The last part of an environment variable's name that says its value is a secret.
_ENV_SECRET_PART = (
    r"(?:PASSWORD|PASSWD|PASSWORT|PASS|PWD|PW|PASSPHRASE|SECRET|SECRET_KEY"
    r"|SECRET_ACCESS_KEY|TOKEN|API_KEY|APIKEY|AUTH_TOKEN|ACCESS_TOKEN|PRIVATE_KEY)"
)
# an environment assignment: at a line's or a quote's start, or after export/ENV/set/-e;
# the name in capitals, a tight "=", an unquoted value up to a blank, a quote or a ";"
_ENV_ASSIGNMENT = re.compile(
    r"(?:(?<=^|[\"'])|(?<=(?:^|[ \t])(?:export|ENV|set|-e|--env|env)[ \t]+))"
    rf"(?P<key>(?:[A-Z][A-Z0-9]*_)*(?:{_ENV_SECRET_PART}|[A-Z][A-Z0-9]*(?:PASSWORD|PASSWD)))"
    # (a comma before a space is the sentence's: "set X_PASSWORD=yes, where …")
    r"=(?P<v>[^\s\"'`;&|()<>]{2,64}?)(?=,?[\s\"'`;&|)]|,?\Z)",
    re.MULTILINE,
)
_ENV_TEMPLATE_FILE = re.compile(r"(?i)\.env\.(?:example|sample|dist|template|tpl)")
#: words a program assigns as the secret although they name one ("MINIO_SECRET_KEY=pwd")
_LITERAL_WORDS = frozenset("secret password passwort kennwort passwd pwd pw pass geheim".split())
# a value that is a reference, not a literal: a variable, a template, a slot, a path, a
# command's output ("$X", "${X}", "$(cat f)", "%X%", "<x>", "{{x}}", "/run/secrets/x")
_REFERENCE = re.compile(
    r"\$\{[^{}]*\}|\$\(.*\)|\$[A-Za-z_]\w*|%[A-Za-z_][\w.:()]*%|<[^<>]*>|\{\{.*\}\}"
    r"|[\[{].*[\]}]|[/~.@*\\].*|(?:file|env|vault|secret|ref\+\w+):.*",
    re.I,
)
# the message calls itself an example or a template (the documented value is no secret)
_SAYS_EXAMPLE = re.compile(
    r"(?i)\.env\.(?:example|sample|dist|template)|\bplatzhalter|\bplaceholders?\b|\breadme\b"
    r"|\b(?:docs?|documentation|doku\w*|tutorial|anleitung)[ ]+(?:examples?|beispiel|show|say)"
    r"|\b(?:for[ ]+)?example[ ]*:|\bz\.[ ]?b\.|\bbeispiel[ ]*:"
)


# a value that stands in for one: cut short ("sk-..."), masked ("sk_live_xxx", "****"), or
# saying what to put there ("YOURSECRETKEYGOESHERE", "change-me-in-production", "sk_test_fake")
_STAND_IN = re.compile(
    r"\.\.\.|…|x{3,}|\*{2,}|_{3,}|#{3,}|fake|dummy|example|sample|change[-_]?(?:me|it)"
    r"|your|goes[-_]?here|replace|placeholder|insert|todo|redacted|\Ahere\Z",
    re.I,
)


def is_literal(value: str, text: str) -> bool:
    """Is an unquoted or quoted literal given to a secret's name the secret itself?"""
    low = value.lower()
    if _REFERENCE.fullmatch(value) or words.is_placeholder(value):
        return False
    if _STAND_IN.search(value) is not None:
        return False
    if low in _LITERAL_WORDS:
        return _SAYS_EXAMPLE.search(text) is None
    if words.is_null(value) or words.is_non_secret_shape(value):
        return False
    return len(set(value)) > 1


def env_assignments(text: str) -> list[tuple[int, int]]:
    """``export MINIO_SECRET_KEY=pwd``: the unquoted value of a secret's variable."""
    if _ENV_TEMPLATE_FILE.search(text) is not None:
        return []  # ".env.example": every value in it is the template's
    return [m.span("v") for m in _ENV_ASSIGNMENT.finditer(text) if is_literal(m.group("v"), text)]


# a call that hashes or encodes a password, its first argument a literal: by its name
# alone (make_password, password_hash, hashpw, hashPassword, encodePassword), or a
# generic encode/hash/encrypt whose statement assigns or passes it to a password's key
_HASH_CALL = re.compile(
    r"(?P<fn>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ ]*\([ ]*(?:[bu]|@|new[ ]+String\()?"
    r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,64})(?P=q)[ ]*[,)]"
)
_PASSWORD_HASHER = re.compile(
    r"(?i)make_?password|generate_?password_?hash|password_?hash|hash_?pw|hash_?password"
    r"|encode_?password|encrypt_?password|passwordencoder\.encode"
)
_GENERIC_HASHER = re.compile(r"(?i)(?:^|\.)(?:encode|hash|encrypt|digest|hashpw)\Z")
# a password's key receiving the call: ".password(" / "password=" / "Password =" /
# "encodedPassword =" before it in the same statement
_PASSWORD_RECEIVER = re.compile(
    r"(?i)(?:pass(?:word|wd)?|pwd|passwort|kennwort|secret|(?-i:Pw|PW)(?![a-z])"
    r"|(?<![A-Za-z])pw(?![a-z]))[\w]*[ ]*(?:\(|=(?!=)|:(?!:))"
    r"[^;\n]*\Z"
)


def hashed_literals(text: str) -> list[tuple[int, int]]:
    """``passwordEncoder.encode("x")``, ``.password(encoder.encode("x"))``: the literal a
    password hashing call is given is the password (not a variable, not a null)."""
    spans = []
    for m in _HASH_CALL.finditer(text):
        fn, value = m.group("fn"), m.group("v")
        if _PASSWORD_HASHER.search(fn) is None:
            if _GENERIC_HASHER.search(fn) is None:
                continue
            start = max(text.rfind("\n", 0, m.start()), text.rfind(";", 0, m.start())) + 1
            if _PASSWORD_RECEIVER.search(text, start, m.start()) is None:
                continue
        if is_literal(value, text):
            spans.append(m.span("v"))
    return spans


# a key-value pair as a tuple or a keyword list: Elixir's {:password, "x"}, Erlang's
# {password, "x"} and {password, <<"x">>}, Python's ("password", "x"), Ruby's [:password, "x"]
_KEY_TUPLE = re.compile(
    r"[{(\[][ ]*(?::|[\"'])?(?P<key>[A-Za-z_][\w\-]{1,40})[\"']?[ ]*,[ ]*(?:<<)?"
    r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,64})(?P=q)(?:>>)?[ ]*[})\]]"
)
_TUPLE_KEY = re.compile(
    r"(?i)(?:[a-z]+_)?(?:password|passwd|passwort|pass|pwd|secret|client_secret|api_key"
    r"|token|access_token|auth_token|passphrase)"
)


def _keyed_literals(
    form: re.Pattern[str], key: re.Pattern[str], text: str
) -> list[tuple[int, int]]:
    """The literal ``v`` of each ``form`` whose ``key`` names a secret and that is a value."""
    return [
        m.span("v")
        for m in form.finditer(text)
        if key.fullmatch(m.group("key")) and is_literal(m.group("v"), text)
    ]


def keyword_tuples(text: str) -> list[tuple[int, int]]:
    """``{:password, "abc123"}``: the second element of a pair whose first names a secret."""
    return _keyed_literals(_KEY_TUPLE, _TUPLE_KEY, text)


# a variable given a quoted literal: VAULT_ID='x', SPVAR1="x", const pw = "x", $pw = 'x'
_VAR_LITERAL = re.compile(
    r"(?m)(?:^|(?<=[\s;(,]))(?:(?:export|const|let|var|local|set)[ \t]+)?\$?"
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]{1,40})[ \t]*=[ \t]*(?P<q>[\"'])(?P<v>[^\"'\n]{1,64})(?P=q)"
)
_SECRET_WORD = r"(?:pass(?:word|wd|wort|phrase)?|pwd|pw|kennwort|secret|token)(?![a-z])"


def _bound_to_secret(text: str, name: str) -> bool:
    """Is a variable named a secret elsewhere in the paste: a secret's key given it
    (``db_password=SPVAR8``, ``--password $X``), its value written to a secret's file or
    stdin (``echo $X > ~/.vault_pass.txt``, ``| docker login --password-stdin``), or the
    text calling it the password's variable ("the DB password var is SPVAR1")?"""
    ref = rf"(?:\$\{{?|%)?{re.escape(name)}(?![\w])"
    return (
        re.search(rf"(?i){_SECRET_WORD}[\w.\-]*[\"']?[ \t]*(?:=|:|=>)[ \t]*[\"']?{ref}", text)
        is not None
        or re.search(rf"(?i)(?<![\w])--?[\w\-]*{_SECRET_WORD}[ \t]+[\"']?\$\{{?{name}\b", text)
        is not None
        or re.search(
            rf"\$\{{?{re.escape(name)}\}}?[\"']?[^\n|>]*(?:>{{1,2}}[ \t]*[^\s]*{_SECRET_WORD}"
            r"|\|[^\n]*--password-stdin)",
            text,
            re.IGNORECASE,
        )
        is not None
        or re.search(
            rf"(?i){_SECRET_WORD}\w*[ \t]+(?:var(?:iable)?[ \t]+(?:is|ist|=|:)|steht[ \t]+in"
            rf"|is[ \t]+in|liegt[ \t]+in)[ \t]+[`\"']?{ref}",
            text,
        )
        is not None
    )


def named_elsewhere(text: str) -> list[tuple[int, int]]:
    """``VAULT_ID='x'`` and ``echo $VAULT_ID > ~/.vault_pass.txt``: a literal given to a
    variable the same paste names a secret's (see ``_bound_to_secret``)."""
    spans = []
    for m in _VAR_LITERAL.finditer(text):
        name = m.group("name")
        if _bound_to_secret(text, name) and is_literal(m.group("v"), text):
            spans.append(m.span("v"))
    return spans


# a call or a declaration with its arguments on one line (no nested brackets)
_CALL_ARGS = re.compile(r"(?P<fn>[A-Za-z_$][\w$]*)[ ]*\((?P<args>[^()\n]{1,240})\)")
# a parameter in a signature: "password", "String password", "password: str",
# "password=None", "const char *password"
_PARAM = re.compile(
    r"(?:[A-Za-z_][\w.<>\[\]]*[ \t*&]+)?[*&]?(?P<name>[A-Za-z_]\w{0,40})"
    r"(?:[ \t]*:[ \t]*[A-Za-z_][\w.\[\]|, ]*)?(?:[ \t]*=[ \t]*[^,]{1,40})?"
)
# a parameters' description in brackets: "(customerId = username, pin = online banking pin)"
_NAMED_LIST = re.compile(
    r"\((?P<items>[A-Za-z_]\w{0,40}[ ]*=[ ]*[^,()=\n]{1,60}(?:,[ ]*[A-Za-z_]\w{0,40}[ ]*=[ ]*"
    r"[^,()=\n]{1,60}){1,7})\)"
)
_SECRET_PARAM_END = re.compile(
    r"(?:^|[_\-]|(?<=[a-z0-9])(?=[A-Z]))(?i:password|passwd|passwort|kennwort|passphrase|pass"
    r"|pwd|pw|pin|secret)\Z|\A(?i:password|passwd|passwort|kennwort|passphrase|pass|pwd|pw"
    r"|pin|secret)\Z"
)
_QUOTED_ARG = re.compile(r"[ ]*(?P<q>[\"'])(?P<v>[^\"'\n]{1,64})(?P=q)[ ]*")


def _secret_param(name: str) -> bool:
    return _SECRET_PARAM_END.search(name) is not None


def signature_arguments(text: str) -> list[tuple[int, int]]:
    """``def connect(host, user, password)`` … ``connect("db", "app", "x")``: a call's
    literal in the place whose parameter the same paste names a secret's, by the callee's
    signature or by a description of its parameters in brackets ("CustomerData("id", "x")
    … (customerId = username, pin = online banking pin)")."""
    calls: list[tuple[re.Match[str], list[re.Match[str] | None]]] = []
    signatures: dict[str, list[str]] = {}
    for m in _CALL_ARGS.finditer(text):
        args = m.group("args").split(",")
        if len(args) < 2 or len(args) > 8:
            continue
        literals = [_QUOTED_ARG.fullmatch(a) for a in args]
        if all(lit is not None for lit in literals):
            calls.append((m, literals))
            continue
        params = [_PARAM.fullmatch(a.strip()) for a in args]
        if all(p is not None for p in params):
            declared = [p.group("name") for p in params if p is not None]
            if any(_secret_param(n) for n in declared):
                signatures[m.group("fn")] = declared
    if not calls:
        return []
    described: list[list[str]] = []
    for m in _NAMED_LIST.finditer(text):
        listed = [item.split("=")[0].strip() for item in m.group("items").split(",")]
        if any(_secret_param(n) for n in listed):
            described.append(listed)
    spans = []
    for m, literals in calls:
        names: list[str] | None = signatures.get(m.group("fn"))
        if names is None or len(names) != len(literals):
            same = [d for d in described if len(d) == len(literals)]
            names = same[0] if len(same) == 1 else None
        if names is None:
            continue
        at = m.start("args")
        for name, lit in zip(names, literals, strict=True):
            if lit is not None and _secret_param(name) and is_literal(lit.group("v"), text):
                spans.append((at + lit.start("v"), at + lit.end("v")))
            at += len(lit.group()) + 1 if lit is not None else 0
    return spans


# a SASL mechanism, then a user and a password, as Erlang and Elixir Kafka clients take them:
# {plain, "alice", <<"x">>}, {:scram_sha_256, "alice", "x"}
_SASL_TUPLE = re.compile(
    r"\{:?(?i:plain|scram_sha_256|scram_sha_512|scram-sha-256|scram-sha-512)[ ]*,[ ]*"
    r"(?:<<)?\"[^\"\n]{1,64}\"(?:>>)?[ ]*,[ ]*(?:<<)?\"(?P<v>[^\"\n]{1,64})\"(?:>>)?[ ]*\}"
)
# a list assigned to a key naming secrets in the plural: passwords = ["a", "b"]
_SECRET_LIST = re.compile(
    r"(?i)(?<![\w])(?:[a-z_]*_)?(?:passwords|passwds|pwds|secrets|tokens|pins)[\"']?[ \t]*"
    r"(?:=|:|=>)[ \t]*\[(?P<items>[^\[\]\n]{1,400})\]"
)
_LIST_ITEM = re.compile(r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,64})(?P=q)")


def listed_secrets(text: str) -> list[tuple[int, int]]:
    """``passwords = ["12345", "x"]``, ``{plain, "alice", <<"x">>}``: each literal of a
    list a plural secret's key is given, and a SASL triple's password."""
    spans = [m.span("v") for m in _SASL_TUPLE.finditer(text) if is_literal(m.group("v"), text)]
    for m in _SECRET_LIST.finditer(text):
        at = m.start("items")
        for item in _LIST_ITEM.finditer(m.group("items")):
            if is_literal(item.group("v"), text):
                spans.append((at + item.start("v"), at + item.end("v")))
    return spans


# a secret's key alone on its line, then its quoted literal alone on the next (or on the
# one after a blank or a comment line): YAML's and a pasted listing's "pw:" ⏎ "'x'"
_KEY_THEN_LINE = re.compile(
    r"(?m)^[ \t]*[\"']?(?P<key>[A-Za-z_][\w.\-]{0,40})[\"']?[ \t]*(?::|=)[ \t]*\n"
    r"(?:[ \t]*(?:#[^\n]*|//[^\n]*)?\n)?[ \t]*"
    r"(?P<q>[\"'])(?P<v>[^\"'\n]{1,64})(?P=q)[ \t]*,?[ \t]*$"
)
_LINE_KEY = re.compile(
    r"(?i)(?:[\w.\-]*[_.\-])?(?:password|passwd|passwort|kennwort|pass|pwd|pw|secret|token"
    r"|passphrase|pin)|[a-z]+(?-i:Password|Passwd|Pwd|Secret|Token|Pin)"
)


def next_line_literals(text: str) -> list[tuple[int, int]]:
    """``pw:`` ⏎ ``'x'``: the quoted literal on the line after a secret's key alone."""
    return _keyed_literals(_KEY_THEN_LINE, _LINE_KEY, text)


def is_secret_key(name: str) -> bool:
    """Does a key's name say its value is a secret (``password``, ``db.pass``,
    ``SmtpPassword``, ``api_token``, ``pin``)? The names of ``next_line_literals``."""
    return _LINE_KEY.fullmatch(name) is not None
