"""Does the sentence say what a candidate is, and is that something other than a secret?

The recognizers find a password's or a key's value by its context and judge it by its
shape (``redaction.words``, ``redaction.code_values``). Shape alone cannot tell a customer's
password from a request id or an order code: ``rq_9Kd2Lm7Xp`` and ``BX-7Q2K-91Lm`` are as
password-shaped as any. Customers say which one they mean, though, with the same few words
every time; this module is the one place that reads them, for every recognizer that masks a
value:

- a *label* right before the value names an identifier ("request id rq_…", "Verbindungs-ID
  vb_…", "WLAN-Name \"Fritzi-7Hq2\"", "Bestellung: BX-…", "username is …"), with nothing
  but a connector (": ", "#", "is", "ist") between;
- an *apposition* right after it names one, or denies it is the password ("… (it's our
  account id)", "…, das ist unsere Kundennummer", "…, this is not a password");
- an *example* in talk about passwords: a judging word, then "like" before it in its
  clause ("a strong password like …", "weak ones such as …", "Umlauten wie …").

A label read as a secret's is none: a password, key or login word before the value in
its clause, or in the label's own compound ("Zugriffsschlüssel-ID"), makes it the secret's
owner ("the password for the admin user is x", "the key for the reporting flow: x"); and a
key glued to its value ("session_id=…", "user:pass@host") is a program's field, judged by
the recognizers' own rules. The judge reads a few dozen characters around a span and runs
only on spans already found.
"""

from __future__ import annotations

import re as stdre
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import regex as re

from redaction import words

# Nouns that name an identifier, a reference or a non-secret field; the last part of a
# compound counts ("Verbindungs-ID", "WLAN-Name", "Kundennummer"); and the verbs that name
# a thing ("heißt", "called").
_LABEL_NOUNS = (
    r"[^\W\d_]*(?:nummer|nr)|ids?|identifier|uuid|guid|number|ref|reference|referenz|ticket"
    r"|order|bestellung|invoice|rechnung|tracking|sendung|parcel|serial|seriennummer|s/n"
    r"|imei|request|run|runs|workflow|flow|connection|verbindung|build|commit|sha"
    r"|etag|checksum|version|firmware|model|modell|plan|tarif|sku|port|ports|error"
    r"|fehler|fehlercode|header|column|spalte|username|benutzername|nutzername|alias"
    r"|handle|ssid|iban|bic|vat|server|host|hostname|instance|(?<=\w-)name"
    # (a network's name, its words apart: "wifi name ist Gartenzwerg_77" is the SSID)
    r"|(?<=(?:wi-?fi|wlan|network|netzwerk|router|hotspot)[ ])name"
    r"|usernames|users|user|benutzer|nutzer|postleitzahl|plz|postcode|zip[ ]?code|postal[ ]code"
    r"|heißt|heisst|called|named"
)
# A thing's public handle in an integration, named right before it: an account's or a
# service's SID, a nonce, a host key's fingerprint, a page, portal, database, project,
# workspace or install ("Account SID AC…", "nonce ZWE1…", "page 1a2b…"). Labels only:
# after a value these words say what it belongs to ("Sommer24 – the database one").
_HANDLE_NOUNS = (
    r"sid|nonce|fingerprint|fingerabdruck|page|portal|database|datenbank|project|projekt"
    r"|workspace|install|installation"
)
# an account, a tenant or an install named before a UUID: its id ("the install is from
# account d4c1…-…"); other values after "account" are its login's ("account: sk-…")
_UUID_OWNER = re.compile(
    r"(?i)(?<![\w])(?:account|konto|tenant|mandant|install\w*|subscription|org\w*)"
    r"(?:[ ]+id)?(?:[ ]*:[ ]*|[ ]+(?:is|ist)[ ]+|[ ]+)[\"'`(]?\Z"
)
# a password, key or login word earlier in the clause: the label names the secret's owner
_SECRET_WORD = re.compile(
    r"(?i)(?<![^\W_])(?:pass\w*|kennw\w*|pw|pwd|pin|tan|otp|code|key|schlüssel\w*|secret"
    r"|geheim\w*|zugang\w*|token|api[ _-]?key|access|authorization|bearer|login|log-in|anmeld\w*"
    r"|credentials?|creds|cookie)"
)
_CREDENTIAL_WORD = re.compile(r"(?i)credentials?|creds")
_SECRET_STEM = re.compile(
    r"(?i)pass|kennw|schlüssel|schluessel|secret|geheim|token|key|zugang|(?<![^\W\d_])pin"
)
# label, then a connector, right before the value (a colon or "=" needs a space after it:
# "user:pass@host" and "session_id=x" are a program's fields)
_LABEL_BEFORE = re.compile(
    rf"(?i)(?<![\w])(?P<label>{_LABEL_NOUNS}|{_HANDLE_NOUNS})\.?[\"']?"
    r"(?:[ ]*[:=#][ ]+|[ ]*\#|[ ]+(?:like|such[ ]+as|wie)[ ]+"
    r"|(?:[ ]+(?:of|for|von|vom|der|des|from|bei|beim|at|in|im)(?:[ ]+[^\W\d_]+){1,4})?"
    r"[ ]+(?:is|ist|are|sind|was|war|were|waren|lautet|lauten|(?:must|should|has[ ]to)[ ]+be)"
    r"[ ]*:?[ ]+|[ ]+)"
    r"[\"'“„‘«`(]?\Z"
)
# a field named by code as an identifier ("credentialsId: 'x'"): camelCase glues the word
_CAMEL_ID_BEFORE = re.compile(r"(?<=[a-z])(?:Id|ID|Ids)[\"']?[ ]*[:=][ ]*[\"'`]?\Z")
# an error naming the object it could not find: "No such customer: cus_…" (the object's
# id; "no such password" would name a secret, see ``_names_here``)
_NO_SUCH = re.compile(r"(?i)(?<![\w])no[ ]+such[ ]+(?P<noun>[^\W\d_]+)[ ]*:[ ]*[\"'`]?\Z")
# a key the text calls public or publishable: meant to be shared ("publishable key pk_…",
# "öffentlicher Schlüssel x"; a vendor's "Public API Key" is that API's secret)
_PUBLIC_KEY_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:public|publishable|öffentliche[rnms]?)[ _\-]?(?:key|schlüssel)"
    r"(?:[ ]*[:=][ ]*|[ ]+(?:is|ist)[ ]+|[ ]+)[\"'`(]?\Z"
)
# a digest's algorithm tag: "SHA256:PVf7…" is a fingerprint or a checksum, no secret
DIGEST_TAG = re.compile(r"(?i)(?:sha-?(?:1|224|256|384|512)|md5|blake2[bs]?)[:\-]")
# an id written as its owner's name, a colon and the rest ("cloud id my-deploy:ZXUt…"):
# the whole is the id
_ID_PREFIXED = re.compile(r"(?i)(?<![\w])(?:ids?|identifier)[ ]+[\w.\-]{1,40}:\Z")
# the value then called the password: "… x is the password", "x ist das Kennwort"
_CALLED_PASSWORD = re.compile(
    r"(?i)[\"'”“‘’»`]?[ ]+(?:is|ist|was|war)[ ]+(?:(?:the|my|das|mein)[ ]+)?"
    r"(?:password|passwort|kennwort)(?=[ ]*(?:[.,;:!?)\n]|\Z))"
)
# a plural label, then a list of such values: "run ids 9a1c-44f0 and 9a1c-45b2"
_LIST_BEFORE = re.compile(
    r"(?i)(?<![\w])(?P<label>ids|numbers|nummern|runs|orders|tickets|ports|references|usernames"
    r"|users)"
    r"(?:[ ]*:[ ]+|(?:[ ]+(?:of|for|von|der|des)(?:[ ]+[^\W\d_]+){1,4})?[ ]+(?:are|sind|were"
    r"|waren)[ ]*:?[ ]+|[ ]+)"
    r"(?:[\"'“„‘«`(]?[^\s,;]+[\"'”“‘’»`)]?(?:,[ ]*|[ ]+(?:and|und|or|oder)[ ]+)){1,4}"
    r"[\"'“„‘«`(]?\Z"
)
# an apposition after the value naming what it is, or saying it is not the password
_APPOSITION = re.compile(
    r"(?i)[\"'”“‘’»`]?(?:[ ]*,|(?:[ ]+[^\W\d_]+){0,3}[ ]*\(|[ ]+[–—\-]"
    r"|[ ]*\?[ ]+(?:no|nein|nope)[ ]*[,.!]?)[ ]*"
    r"(?:it's|it is|its|this is|that's|thats|that is|das ist|ist)[ ]+"
    r"(?:(?:there|here|dort|hier|actually|eigentlich)[ ]+)?"
    r"(?:(?:not|nicht|kein\w*)[ ]+(?:a|an|the|my|das|mein|ein)?[ ]*"
    r"(?:password|passwort|kennwort|secret)"
    r"|(?:just|only|nur|simply|bloß|bloss)?[ ]*(?:(?:a|an|the|our|my|his|her|their|ihr\w*"
    rf"|sein\w*|mein\w*|unser\w*|die|der|das|ein\w*)[ ]+)?(?P<noun>(?:\w+[ \-])?"
    rf"(?:[^\W\d_]*(?:nummer|number|code)|{_LABEL_NOUNS}))(?!\w))"
)
# a sample in talk about passwords: "a strong password like x", "weak ones such as x",
# "ein Passwort mit Umlauten wie x", "stronger than x" (a judging word, then "like" or "than",
# in the value's clause)
_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:strong|weak|good|bad|secure|safe|common|simple|einfach|sicher|stark"
    r"|schwach|umlaut)\w*[ ]+(?:[^\W\d_]+[ ]+){0,2}"
    r"(?:like|such[ ]+as|wie|than|als|e\.[ ]?g\.|z\.[ ]?b\.)[ ]+[^.!?\n]{0,40}\Z"
)
# a sample the text says is one: a source that states it ("your docs say x", "laut Doku ist
# x", "the tutorial says password is x"), a sample file or field ("sample config … x",
# "Beispielkonfiguration … x"), an example marker right
# before it ("z. B. x", "e.g. x", "anything like x"); in the value's clause, no own password
# of the writer's ("my password") between, nor a particular one ("laut Handbuch ist die
# Passphrase x": a device's default, a secret all the same)
_SAMPLE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:(?:your|eure\w*|ihre\w*|the|der|die|das|dem|im)[ ]+(?:own[ ]+)?"
    r"(?:docs?|documentation|dokumentation|doku|handbuch|manual|tutorial|anleitung|faq|readme"
    r"|help[ ]page|hilfeseite|security[ ]page)"
    r"(?:[ ]+[^\W\d_]+){0,2}[ ]+(?:says?|said|sagt|sagen|steht|stand|stehen|lists?|listet"
    r"|shows?|zeigt|nennt|mentions?|gives?|gibt|uses?|nutzt|verwendet|empfiehlt|recommends?)"
    r"|laut[ ]+(?:[^\W\d_]+[ ]+)?\w*(?:doku|handbuch|anleitung|tutorial)\w*"
    r"|according[ ]+to[ ]+(?:the[ ]+|your[ ]+|their[ ]+)?(?:docs|documentation|manual|tutorial"
    r"|guide))(?!\w)(?![ ]*:)"
    r"|\w*(?:sample|example|beispiel|muster|demo)[ -]?(?:config|konfig|file|datei|code|snippet"
    r"|value|wert|box|feld|field|env|setup)\w*"
    # (a "demo password" is the demo account's own: "username demo password x")
    r"|\w*(?:sample|example|beispiel|muster)[ -]?(?:passw|kennw)\w*)(?!\w)"
)
_EXAMPLE_RIGHT_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:z\.[ ]?b\.|e\.[ ]?g\.|zum[ ]+beispiel|for[ ]+example|for[ ]+instance"
    r"|beispielsweise|(?:(?:anything|nothing)[ ]+like"
    # a kind of password, not one: "passwords like x", "ein Passwort wie x", "sowas wie x"
    # (opening a clause, or after a wish or an opinion; not a guess at one's own or a
    # reading of one: "it was something like x", "the page reads something like x")
    r"|(?:\A|[.!?:;,(\n][ ]*|(?:want|wanted|wants|need|needs|prefer|möchte|will|wollte|meint"
    r"|meinte|meinen)[ ]+)(?:something[ ]+like|(?:so[ ]?|irgend)?etwas[ ]+wie|sowas[ ]+wie)"
    r"|(?:passwords|passwörter|kennwörter|pins|(?:an?|ein\w*)[ ]+(?:[^\W\d_]+[ ]+)?"
    r"(?:password|passwort|kennwort|pin))[ ]+(?:like|such[ ]+as|wie)"
    # (not "like google said", "wie im Handbuch beschrieben": as someone said; round 63)
    r"(?![ ]+(?:[^\W\d_]+[ ]+){1,3}?(?:said|says|told|showed|explained|described|suggested"
    r"|sagt|sagte|gesagt|beschrieben|erklärt|vorgeschlagen)(?![^\W\d_]))"
    # a sample the text presents as one: "steht als Beispiel für ein gültiges Passwort x"
    r"|(?:as[ ]+an?|als)[ ]+(?:example|beispiel)(?![^\W\d_])"
    # an example the text says it took from the docs: "Beispiel aus eurer Doku: user=x, …"
    r"|(?:example|beispiel)[ ]+(?:from|aus|in|im)[ ]+(?:(?:your|eure\w*|ihre\w*|the|der|den"
    r"|dem)[ ]+)?(?:docs?|documentation|dokumentation|doku|handbuch|manual|tutorial|anleitung"
    r"|readme)(?!\w):?)[ ]+"
    r"(?:[^.!?\n]|[.!?](?=\S)){0,40}?)"
    r"[ ]*:?[ ]*[\"'`„“‘(]?\Z"
)
#: An example's cue and a comma right before a value ("any 3 digits (e.g., 123)"): read
#: for card codes only where no card's number is in the text (``example_given``).
_EXAMPLE_COMMA = re.compile(
    r"(?i)(?<![^\W\d_])(?:z\.[ ]?b\.|e\.[ ]?g\.|zum[ ]+beispiel|for[ ]+example|for[ ]+instance"
    r"|beispielsweise),[ ]*[\"'`„“‘(]?\Z"
)
_OWN_PASSWORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:my|mein\w*|the|der|die|das)[ ]+(?:[^\W\d_]+[ ]+)?"
    r"(?:pass\w*|kennw\w*|pw|pin)"
)
# after the value: the text says it is a sample ("— those are the examples", "in the docs
# example box") or not the writer's own ("obviously not my real password")
_SAMPLE_AFTER = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:(?:those|these|they)[ ]+(?:are|were)|(?:das|dies|die)[ ]+(?:sind"
    r"|waren))[ ]+(?:just[ ]+|only[ ]+|nur[ ]+)?(?:[^\W\d_]+[ ]+){0,2}"
    r"(?:examples|beispiele|samples|placeholders|platzhalter|dummies)"
    r"|(?:this|that|it)(?:'s|[ ]is|[ ]was)[ ]+(?:just|only)[ ]+an?[ ]+(?:example|sample"
    r"|placeholder|dummy)(?![ ]+[^\W\d_])"
    r"|(?:nur|just|only)[ ]+(?:exemplarisch|als[ ]+beispiel|as[ ]+an[ ]+example"
    # ('Ist "icinga" da nur ein Beispiel?'; round 63)
    r"|ein[ ]+beispiel|an[ ]+example)"
    r"|(?:as|als)[ ]+(?:an?[ ]+)?(?:example|beispiel|placeholder|platzhalter|dummy)"
    r"(?![ ]+(?:for|für))"
    r"|(?:in|into|im|ins)[ ]+(?:the[ ]+|your[ ]+|der[ ]+|dem[ ]+|das[ ]+|eure\w*[ ]+)?"
    r"(?:(?:docs?[ ]+|doku[ ]+)?(?:example|beispiel|sample)[ -]?(?:box|field|feld|form|formular"
    r"|config|file|datei)\w*|(?:docs?|doku)[ -]?(?:example|beispiel|sample)\w*)"
    # a test mode's value: "Der Code war 000000 im Testmodus", "is 424242 in sandbox mode"
    r"|\G[ ]*(?:im|in)[ ]+(?:the[ ]+)?(?:test[ -]?(?:modus|mode)|sandbox(?:[ -]?(?:modus"
    r"|mode))?)(?![^\W\d_])"
    # the docs' value said right after it: "I enter 123456 as documented", "wie
    # dokumentiert", "laut Doku" (round 62)
    r"|\G[ ]*(?:as[ ]+documented|wie[ ]+(?:dokumentiert|in[ ]+der[ ]+doku)"
    r"|laut[ ]+(?:doku|docs?|dokumentation))(?![^\W\d_])"
    # the docs' value, a made-up one: "ist der Doku-Wert", "that's a made-up example"
    r"|(?:is|ist)[ ]+(?:the|der|die|das)[ ]+(?:docs?|doku|documentation|dokumentations"
    r"|example|beispiel)[ -]?(?:value|wert|key|schlüssel|token)"
    r"|(?:this|that|it)(?:'s|[ ]is|[ ]was)[ ]+(?:just[ ]+|only[ ]+)?an?[ ]+(?:made-up|made[ ]up"
    r"|fictional|invented|fake)[ ]+(?:example|sample|value)"
    r"|(?:das|es)[ ]+(?:ist|war)[ ]+(?:nur[ ]+)?ein[ ]+(?:erfundene[rs]?|ausgedachte[rs]?)[ ]+"
    r"(?:beispiel|wert)"
    # the writer says the value is already masked: "(hab ich selbst maskiert …)"
    r"|\((?:[^()\n]{0,30}[ ])?(?:masked|maskiert|redacted|geschwärzt|unkenntlich)"
    # a value from a public page: "from the public embed snippet"
    r"|(?:from|in|aus|im)[ ]+(?:(?:the|our|your|dem|der|unsere\w*|eure\w*)[ ]+)?"
    r"(?:public|öffentliche\w*)(?:[ ]+[^\W\d_]+)?[ ]+(?:snippet|embed|page|html|site"
    r"|website|widget|code|source|seite))(?!\w|\.\w)"
)
_NOT_MINE = re.compile(
    r"(?i)(?<![^\W\d_])(?:not[ ]+(?:my|a)[ ]+(?:real|actual|own)[ ]+(?:password|pw|pin)"
    r"|nicht[ ]+mein[ ]+(?:echtes|richtiges|eigenes)[ ]+(?:passwort|kennwort|pw)"
    r"|kein[ ]+echtes[ ]+(?:passwort|kennwort)"
    # "that is NOT my password", "das ist natürlich nicht mein Passwort"
    r"|(?:that|this|it|das|dies|es)(?:'s|[ ]+(?:is|ist|was|war))[ ]+(?:[^\W\d_]+[ ]+)?"
    r"(?:not|nicht|kein)[ ]+(?:my|mein|our|unser)[ ]+(?:password|passwort|kennwort|pin)"
    # "das ist nur ein Beispiel", "ist das nur ein Platzhalter?", "nur der Standard"
    r"|(?:(?:that|this|it|das|dies|es)(?:'s|[ ]+(?:is|ist|was|war))|(?:is|ist)[ ]+(?:that|this"
    r"|it|das|dies|es))[ ]+(?:[^\W\d_]+[ ]+)?(?:just|only|nur|bloß)[ ]+(?:an?|ein|der|the)[ ]+"
    r"(?:example|beispiel|sample|placeholder|platzhalter|dummy|pattern|muster|default|standard"
    # a test key itself, not a test account's secret ("just the test tenant")
    r"|(?:test|fake)[ -]?(?:[^\W\d_]+[ ]+)?(?:key|value|token|secret|wert|schlüssel))"
    r"(?![^\W\d_])"
    # "that is the dummy we used in staging", "it is not real", "ist kein echter Wert"
    r"|(?:that|this|it|das|dies|es)(?:'s|[ ]+(?:is|ist|was|war))[ ]+(?:an?|the|ein|der|die"
    r"|das)[ ]+(?:dummy|placeholder|platzhalter|fake|test[ ]?value|testwert)(?![^\W\d_])"
    r"|(?:that|this|it)(?:'s|[ ]+(?:is|was))[ ]+not[ ]+real(?![^\W\d_])"
    r"|(?:ist|sind|war)[ ]+kein(?:e|er)?[ ]+(?:echter|realer)[ ]+wert"
    # a key the text calls public, or another thing than a secret: "that's the public one",
    # "it's the licence not a login"
    r"|(?:that|this|it|das|dies|es)(?:'s|[ ]+(?:is|ist))[ ]+(?:the|a|der|die|das)[ ]+"
    r"(?:public|publishable|öffentlich\w*)(?:[ ]+(?:one|key|schlüssel))?(?![^\W\d_])"
    r"|(?:that|this|it|das|dies|es)(?:'s|[ ]+(?:is|ist))[ ]+(?:the|a|der|die|das)[ ]+"
    r"(?:licen[cs]e|lizenz\w*)[ ]*,?[ ]+(?:not|nicht|kein\w*)[ ]+(?:an?[ ]+)?"
    r"(?:login|log-in|password|passwort|secret))"
)
# a literal every disowning below holds (stdlib: scanned several times faster)
_DISOWNING_HINT = stdre.compile(
    r"(?i)not|nicht|kein|nur|just|only|bloß|public|öffentlich|licen[cs]e|lizenz|default"
    r"|standard|werks|factory|\?|dummy|placeholder|platzhalter|fake|\bno\b"
)
# a label that says it names no secret: "API key (not the secret): x"
# (or says so last in its brackets: "Aktivierungscode (steht auf der Rechnung, kein Passwort): x")
_NOT_THE_SECRET = re.compile(
    r"(?i)\((?:[^()\n]{0,60}[,;][ ]*)?(?:not|nicht|kein\w*|no)[ ]+(?:(?:the|a|das|der|ein)[ ]+)?"
    r"(?:secret|geheimnis|password|passwort|kennwort)\)"
    r"[ ]*:[ ]*[\"'`„“‘]?\Z"
)
# before the value: the text denies it is the password ("Das Passwort ist NICHT x"); an
# old one is a secret all the same ("is not x anymore, I changed it to y")
_DENIED_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:is|ist|was|war|lautet)[ ]+(?:[^\W\d_]+[ ]+)?(?:not|nicht|kein\w*)"
    r"[ ]*[\"'`„“‘]?\Z"
)
_ANYMORE = re.compile(r"(?i)[\"'`”“‘’]?[ ]+(?:anymore|any[ ]+more|mehr|länger)(?!\w)")
# a default the text says is changed: "Standard-Login war admin/admin, das haben wir aber
# geändert", "the default admin PIN in your manual; ours is different"
_DEFAULT_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:default|standard|werks\w*|factory)")
_CHANGED_SINCE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:haben|hab|habe|have|had|has|wurde|wurden)[ ]+"
    r"(?:(?!(?:nie|never|not|nicht|noch)[ ])[^\W\d_]+[ ]+){0,3}"
    r"(?:geändert|changed|ersetzt|replaced)|(?:i|we|ich|wir)[ ]+(?:changed|replaced|änderte"
    r"|änderten)|(?:ours|mine|unser\w*|meins)[ ]+(?:is|ist)[ ]+"
    r"(?:[^\W\d_]+[ ]+)?(?:different|anders))(?!\w)"
)
# asked about, not given: "Is "Password1!" acceptable?", "Is "x" on your banned list?" (a
# quoted value: mentioned; "is x still valid?" asks about one's own)
_ASKED_BEFORE = re.compile(r"(?i)(?:\A|[.!?\n][ ]*)(?:is|ist|wäre|would|are|sind)[ ]+[\"'`„“‘]\Z")
_ASKED_AFTER = re.compile(
    r"(?i)[\"'`”“‘’]?[ ]+(?:[^\W\d_]+[ ]+){0,2}(?:acceptable|allowed|erlaubt|zulässig|okay|ok|valid"
    r"|gültig|strong|sicher|secure|banned|verboten|(?:on|in|auf)[ ]+(?:your|the|eurer|der|ihrer)"
    r"[ ]+(?:[^\W\d_]+[ ]+)?(?:banned|block|deny|black|verbots)?[ -]?list\w*)"
    # (not "is x acceptable as a password?": the writer's choice of one)
    r"(?![ ]+(?:as|als)[ ]+(?:an?[ ]+|my[ ]+|mein\w*[ ]+)?(?:password|passwort|kennwort|pin))"
    r"[^.!\n]{0,60}\?"
)
# (r52-asked) a value asked about against the rules is one that may be in use (the labelling
# policy), unless the message says it is not: "not using it", "I'm not setting it myself",
# "I said no", "just curious", "nur aus Neugier" (a closed class: a denial of using or setting,
# a refusal, curiosity)
_NOT_USED = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:not|nicht|never|nie|won't|don't|werde[ ]+nicht)(?![^\W\d_])"
    r"[^.?!\n]{0,24}?(?<![^\W\d_])(?:use|using|set|setting|nutze\w*|verwende\w*|benutze\w*"
    r"|setze\w*|mine|meins)|said[ ]+no|sagte[ ]+nein|just[ ]+curious|nur[ ]+(?:aus[ ]+)?neugier\w*"
    r"|hypothetical\w*|theoretisch)(?![^\W\d_])"
)
# a store's path to a secret: words joined by slashes, the last one naming the secret as a
# word of its own ("prod/api_key"; not a key's base64 ending in "…KEY")
_SECRET_PATH = re.compile(
    r"(?i)(?:[^\W\d_][\w.\-]*/)+(?:[\w.\-]*[_.\-])?"
    r"(?:key|password|passwort|secret|token|pwd|credentials?)"
)
# a quoted name, then its thing's id in brackets
_ID_AFTER = re.compile(r"[\"'”“‘’»`][ ]*\((?:id|ID|Id)(?:[ ]*[:#=][ ]*|[ ]+)\S")
_CLOSING_QUOTES = "\"'”“‘’»`"
_SAMPLE_REACH = 100
# a rule naming values one may not take ("darf nicht 000000 oder 123456 sein", "must not be
# 1234, 0000 or 1111"): the values a policy forbids, nobody's; only values listed after the
# modal, joined by commas or "or"
_NEGATIONS = ("nicht", "not", "nie", "never", "n't", "NICHT", "NOT", "Nicht", "Not")
_FORBIDDEN_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:darf|dürfen|durfte|must|may|should|sollte|sollten|soll|sollen)"
    r"[ ]+(?:nicht|not|nie|never)|mustn't|shouldn't)"
    r"(?:[ ]+(?:be|sein|so|wie|like|etwa|simply|just|einfach|nur|mehr|more|any|irgendwas))*"
    r"[ ]+(?:[^\s,]+(?:[ ]*,[ ]*|[ ]+(?:oder|or|bzw\.?|und|and|noch)[ ]+))*\Z"
)
_NAMING = frozenset(("heißt", "heisst", "called", "named"))
_USER_LABELS = frozenset(("user", "benutzer", "nutzer"))
_CLAUSE_STOPS = (". ", "! ", "? ", "; ", "\n")
_REACH = 64  # how far back a label is looked for
_OWNER_REACH = 120  # how far back a password word makes a label its owner's


# markdown emphasis ("**ticket**", "_username_"): read as the plain words it marks
# (at a word's edge only: "p*ss" and "…:**x@host" hold no emphasis)
_EMPHASIS = re.compile(
    r"(?<![^\s(\[])(?:\*{1,3}|_{1,2})(?=[^\W_])|(?<=[^\W_])(?:\*{1,3}|_{1,2})(?![^\s.,;:!?)\]])"
)


@lru_cache(maxsize=1024)
def names_other(text: str, start: int, end: int) -> str:
    """What the sentence around ``text[start:end]`` names it, when that is no secret:
    ``"label"`` (an identifier named before it), ``"apposition"`` (named after it),
    ``"example"`` (a sample in talk about passwords), else ``""``. A value the text names
    so where it stands again ("an id like x … I entered x") is named so here too."""
    if "*" in text or "_" in text:
        # (markers become spaces: the offsets stay)
        text = _EMPHASIS.sub(lambda m: " " * len(m.group()), text)
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
    said = _names_here(text, start, end)
    if said:
        return said
    value = text[start:end].strip("\"'`“”„‘’«»()")
    if len(value) < 6:
        return ""
    lo = max(0, start - 48)
    for stop in _CLAUSE_STOPS:
        lo = max(lo, text.rfind(stop, lo, start) + 1)
    if _SECRET_WORD.search(text, lo, start) is not None:
        return ""  # "user name x, password x": given as the password where it stands too
    at = text.find(value)
    for _ in range(3):
        if at < 0:
            break
        if (
            not start <= at < end
            and not text[at - 1 : at].isalnum()
            and not text[at + len(value) : at + len(value) + 1].isalnum()
            and _names_here(text, at, at + len(value))
        ):
            return "elsewhere"
        at = text.find(value, at + len(value))
    return ""


def called_password(text: str, end: int) -> bool:
    """The token ending at ``end`` is then called the password ("master is username x is
    the password", "x ist das Kennwort"): whatever label stood before it."""
    return _CALLED_PASSWORD.match(text, end) is not None


def _names_here(text: str, start: int, end: int) -> str:
    if called_password(text, end):
        return ""
    if "/" in text[start:end] and _SECRET_PATH.fullmatch(text, start, end) is not None:
        return "label"  # "in the vault under prod/api_key": where a secret is kept, by name
    if DIGEST_TAG.search(text, start, end) is not None:
        return "label"  # "Host-Fingerprint SHA256:uNiV…": a fingerprint, named by its tag
    lo = max(0, start - _REACH)
    for stop in _CLAUSE_STOPS:
        lo = max(lo, text.rfind(stop, lo, start) + 1)
    label = _LABEL_BEFORE.search(text, lo, start) or _LIST_BEFORE.search(text, lo, start)
    if (
        label is not None
        and label.group("label").lower() in _USER_LABELS
        and text[label.end("label") : start].strip(" \"'“„‘«`(")
    ):
        label = None  # "user: 'x'" is a login form's pair; only "Benutzer 'x'" names the user
    if label is not None and not _owned(text, label.start(), label.end("label"), start):
        return "label"
    if text[start - 1 : start] == ":" and _ID_PREFIXED.search(text, lo, start) is not None:
        return "label"
    if _UUID_OWNER.search(text, lo, start) is not None and words.is_uuid(
        text[start:end].rstrip(".,;:!?")
    ):
        return "label"
    no_such = _NO_SUCH.search(text, lo, start)
    if no_such is not None and _SECRET_STEM.search(no_such.group("noun")) is None:
        return "label"
    if _PUBLIC_KEY_BEFORE.search(text, lo, start) is not None:
        return "label"
    camel = _CAMEL_ID_BEFORE.search(text, lo, start)
    if camel is not None:
        field = text.rfind(" ", lo, camel.start()) + 1
        if _SECRET_STEM.search(text, field, camel.start()) is None:
            # "credentialsId: 'x'" names a stored credential ("accessKeyId": its key's own)
            return "label"
    if named_after(text, start, end):
        return "apposition"
    if _EXAMPLE_BEFORE.search(text, lo, start) is not None or is_sample(text, start, end):
        return "example"
    return ""


def named_after(text: str, start: int, end: int) -> bool:
    """Does an apposition right after ``text[start:end]`` name it something other than a
    secret ("…, das ist unsere Kundennummer"; not "it's my passcode")?"""
    if _ID_AFTER.match(text, end - (text[end - 1 : end] in _CLOSING_QUOTES)) is not None:
        return True  # "Schlüssel „Produktion“ (ID key_01…)": a thing's name, its id after
    named = _APPOSITION.match(text, end, min(len(text), end + 64))
    return named is not None and not (
        named.group("noun") and _SECRET_STEM.search(named.group("noun")) is not None
    )


def is_sample(text: str, start: int, end: int) -> bool:
    """Does the text say ``text[start:end]`` is a sample (from docs, a sample file, a test
    entry, an example) rather than the writer's own secret?"""
    lo = max(0, start - _SAMPLE_REACH)
    for stop in (*_CLAUSE_STOPS, ", "):
        lo = max(lo, text.rfind(stop, lo, start) + 1)
    if _EXAMPLE_RIGHT_BEFORE.search(text, max(0, start - 60), start) is not None:
        return True
    clause = _clause_start(text, start, _SAMPLE_REACH)
    if any(n in text[clause:start] for n in _NEGATIONS) and _FORBIDDEN_BEFORE.search(
        text, clause, start
    ):
        return True
    cue = _SAMPLE_BEFORE.search(text, lo, start)
    if cue is not None and _OWN_PASSWORD.search(text, cue.end(), start) is None:
        return True
    return said_sample_after(text, end) or disowned(text, start, end)


def example_given(text: str, start: int) -> bool:
    """Is the value at ``start`` given as an example, a cue and a comma right before it
    ("CVC: any 3 digits (e.g., 123)")? Callers ask only for a card's code or date in a
    text without a card's number: beside one ("Card Number: … CVC: any 4 digits (e.g.,
    1234)") it is that card's test data, and a key after "for example," is still a key."""
    return _EXAMPLE_COMMA.search(text, max(0, start - 24), start) is not None


def _clause_start(text: str, start: int, reach: int) -> int:
    """Where the sentence holding ``start`` begins, at most ``reach`` before it."""
    lo = max(0, start - reach)
    for stop in _CLAUSE_STOPS:
        lo = max(lo, text.rfind(stop, lo, start) + 1)
    return lo


def said_sample_after(text: str, end: int) -> bool:
    """Does the value's sentence go on to say it is a sample ("— that's what your help
    article shows as an example", "ist der Doku-Wert", "(hab ich selbst maskiert)")?"""
    _, hi = words.sentence_bounds(text, end, end, lo=end, hi=min(len(text), end + 80))
    return _SAMPLE_AFTER.search(text, end, hi) is not None


def disowned(text: str, start: int, end: int) -> bool:
    """Does the text say ``text[start:end]`` is not the secret (any more): denied ("Das
    Passwort ist NICHT x", "that is NOT my password"), asked about ("Is "x" on your banned
    list?"), or a default since changed ("0000 war die Standard-PIN, die haben wir
    geändert")?"""
    if _DISOWNING_HINT.search(text, max(0, start - 60), min(len(text), end + 200)) is None:
        return False  # (the cheap look first: most values are disowned by no word)
    if (
        _DENIED_BEFORE.search(text, max(0, start - 40), start) is not None
        and _ANYMORE.match(text, end) is None
    ) or _NOT_THE_SECRET.search(text, max(0, start - 100), start) is not None:
        return True
    if (
        _ASKED_BEFORE.search(text, max(0, start - 8), start) is not None
        and _ASKED_AFTER.match(text, end, min(len(text), end + 120)) is not None
        and _NOT_USED.search(text) is not None
    ):
        return True  # (r52-asked) asked about, and said not to be in use
    after = min(len(text), end + 200)
    if _NOT_MINE.search(text, end, after) is not None:
        return True
    sentence = max(text.rfind(stop, 0, start) for stop in _CLAUSE_STOPS) + 1
    hi = min(len(text), end + 80)
    # (across a question the writer answers: "is 1234? no, that's the default, I changed it")
    for stop in (". ", "! ", "\n"):
        at = text.find(stop, end, hi)
        hi = at if at >= 0 else hi
    return (
        _DEFAULT_WORD.search(text, max(sentence, start - 60), hi) is not None
        and _CHANGED_SINCE.search(text, end, after) is not None
    )


# an example disowned: "an example, not mine", "nur als Beispiel, nicht mein echtes",
# "not my real one, just an example" (the words either way round)
_DISOWN = (
    r"(?:not[ ]+(?:mine|my[ ]+(?:real|actual|own)\b)"
    r"|nicht[ ]+(?:meins|mein(?:e|es)?[ ]+(?:echt|richtig|eigen|wirklich)\w*))"
)
_EXAMPLE_DISOWNED = re.compile(
    rf"(?i)(?<!\w)(?:example|beispiel)\b[^.?!\n]{{0,24}}?(?<!\w){_DISOWN}"
    rf"|(?<!\w){_DISOWN}[^.?!\n]{{0,24}}?(?<!\w)(?:example|beispiel)\b"
)
#: how far from the disowning words the value may stand, in their sentence
_DISOWN_REACH = 60
_SENTENCE_STOP = stdre.compile(r"[.!?\n]")


def disowned_example(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` stand in the sentence of words calling it an example and
    not the writer's own ("something like x — THAT'S AN EXAMPLE, not mine", "Nur als
    Beispiel, nicht mein echtes: Passwort x")? A sample shown to make a point; a value in
    another sentence ("… not mine. Mine is x") stays. Callers ask only for texts holding
    an example word and a negation."""
    lo = max(0, start - _DISOWN_REACH - 40)
    hi = min(len(text), end + _DISOWN_REACH + 40)
    for m in _EXAMPLE_DISOWNED.finditer(text, lo, hi):
        if m.start() >= end:
            gap = text[end : m.start()]
        elif m.end() <= start:
            gap = text[m.end() : start]
        else:
            return True
        if len(gap) <= _DISOWN_REACH and _SENTENCE_STOP.search(gap) is None:
            return True
    return False


_Span = TypeVar("_Span", tuple[int, int], tuple[int, int, str])

#: More values than this in one text are not judged as samples one by one.
SAMPLES_AT_MOST = 8


def drop_samples(
    text: str, spans: list[_Span], judge: Callable[[str, int, int], bool] = is_sample
) -> list[_Span]:
    """``spans`` without the ones ``judge`` says the text names no secret. A text with
    more values than a few samples is no list of samples, and judging each of a flood's
    values would hold the loop (bounded work on hostile input)."""
    if not spans or len(spans) > SAMPLES_AT_MOST:
        return spans
    return [s for s in spans if not judge(text, s[0], s[1])]


# an ISO-8601 date and time ("2026-12-03T23:59:59Z"): a log's or an error's timestamp
_TIMESTAMP = stdre.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
_TIMESTAMP_REACH = 16  # a timestamp's date and hour: how far back its start can lie


def in_timestamp(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` part of an ISO-8601 timestamp ("expired at 2026-12-03T23:59Z"):
    a moment a message or a log quotes, never a secret?"""
    if ":" not in text[end : end + 4] and ":" not in text[start:end]:
        return False  # (cheap: a timestamp's hour is followed by its minutes)
    lo = max(0, start - _TIMESTAMP_REACH)
    return any(
        m.start() <= start < m.end() or start <= m.start() < end
        for m in _TIMESTAMP.finditer(text, lo, end + _TIMESTAMP_REACH)
    )


def no_code(text: str, start: int, end: int) -> bool:
    """Does the text say ``text[start:end]`` is not the code it looks like: disowned, or
    named something else right after it ("560034 – das ist dort die Postleitzahl"), called a
    sample after it ("… — that's what your help article shows as an example"), or part of a
    timestamp? (Not a code called an example before it: "the codes (e.g. 902 441) don't
    match" are the writer's.)"""
    return (
        disowned(text, start, end)
        or said_sample_after(text, end)
        or named_after(text, start, end)
        or in_timestamp(text, start, end)
        or _SERIAL_BEFORE.search(text, max(0, start - 40), start) is not None
    )


#: A serial number's label right before the value, no code word between: "nur die
#: Seriennummer vom YubiKey: 18842207" (a device's number, printed on it; round 59)
_SERIAL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:serial(?:[ ]?(?:number|no\.?|nr\.?))?|serien(?:nummer|-?nr\.?)|s/n|imei)"
    r"(?![^\W\d_])(?:(?!code|pin|otp|tan)[^\n.!?\d]){0,25}[:#]?[ ]*\Z"
)


def no_pin(text: str, start: int, end: int) -> bool:
    """Does the text say the number ``text[start:end]`` is no one's PIN: a sample
    (``is_sample``), or named something else right after it?"""
    return is_sample(text, start, end) or named_after(text, start, end)


def _owned(text: str, label: int, label_end: int, start: int) -> bool:
    """A password, key or login word in the label's compound ("Zugriffsschlüssel-ID"), or
    before the value in the label's clause (up to a comma): the label names the secret's
    owner ("the password for the admin user is x"), not the value."""
    word = max(text.rfind(" ", 0, label), text.rfind("\n", 0, label)) + 1
    if _SECRET_STEM.search(text, word, label_end) is not None:
        return True
    between = text[label_end:start].strip(" \"'“„‘«`(")
    if not between and text[label:label_end].lower() in _USER_LABELS:
        return False  # "Anmeldedaten für Benutzer 'x'": a user named, whoever's login it is
    lo = max(0, start - _OWNER_REACH)
    # a name ("heißt x") is its owner's across commas: "das Kennwort, das ich vergab, heißt x"
    naming = text[label:label_end].lower() in _NAMING
    for stop in _CLAUSE_STOPS if naming else (*_CLAUSE_STOPS, ", "):
        lo = max(lo, text.rfind(stop, lo, label) + 1)
    # (in the label's own compound, a credential word names a stored credential, whose id
    # is its handle: "Credentials-ID x"; "TAN-Nummer", "Zugriffsschlüssel-ID" stay owned)
    return any(
        not word <= m.start() < label_end or _CREDENTIAL_WORD.fullmatch(m.group()) is None
        for m in _SECRET_WORD.finditer(text, lo, start)
    )


#: Cheap gate for ``placeholder_value``: a reader's word or a document's (a literal scan).
_PLACEHOLDER_HINT = stdre.compile(
    r"(?i)your|dein|placeholder|platzhalter|readme|doc|guide|manual|tutorial|anleitung"
    r"|xample|eispiel|template|vorlage"
)
#: The message says its values come from a document or stand for real ones.
_DOCUMENT_CUE = re.compile(
    r"(?i)(?<![\w.@/])(?:placeholder|platzhalter|readme|docs?|documentation|doku(?:mentation)?"
    r"|anleitung|guide|manual|tutorial|example|beispiel|template|vorlage)s?(?!\w|\.\w)"
)
#: A document showing a value in the value's own sentence: "your guide shows password: x".
_DOCUMENT_SHOWS = re.compile(
    r"(?i)(?<!\w)(?:guide|docs?|documentation|readme|manual|tutorial|anleitung|doku"
    r"|handbuch|example|beispiel)[ ]+(?:shows?|says?|uses?|lists?|has|zeigt|sagt|nutzt"
    r"|verwendet|nennt)(?!\w)[^.!?\n]{0,60}\Z"
)
#: Words by which someone speaks of their own use: a value they use is theirs, wherever
#: it came from ("Docs say default credentials are … and I haven't changed them").
_FIRST_PERSON = re.compile(
    r"(?i)(?<!\w)(?:i|i'm|i've|me|my|mine|we|our|us|ich|mein\w*|wir|unser\w*|mir|mich)(?!\w)"
)
#: A placeholder's parts: the reader's ("YourWiFiPassword", "_YOUR_SECRET_KEY_") …
_READER_PARTS = frozenset("your yours dein deine deinen ihre".split())
#: … or, in a message about a document, a stand-in's word and a field's name
#: ("my_rcon_password", "NEW_PASSWORD", "myPassword", "my-access-key").
_STAND_IN_PARTS = frozenset("my new the some example sample dummy fake mein meine neues".split())
_FIELD_PARTS = frozenset(
    """
    password passwort pass passwd pwd key secret token user username name address server
    host database db
    """.split()
)
_PLACEHOLDER_PARTS = re.compile(r"[_\-]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def placeholder_hinted(text: str) -> bool:
    """Cheap: could ``placeholder_value`` drop anything in ``text``?"""
    return _PLACEHOLDER_HINT.search(text) is not None


def documented(text: str) -> bool:
    """The message speaks of a document or of placeholders (``placeholder_value``'s cue)."""
    return _DOCUMENT_CUE.search(text) is not None


def placeholder_value(text: str, start: int, end: int, *, cue: bool) -> bool:
    """Does the value at ``start:end`` stand for a value rather than being one? Written to
    the reader ("YourWiFiSSID"); in a message about a document or placeholders, a stand-in
    and a field's name ("my_rcon_password", "'NEW_PASSWORD'", "Pwd=myPassword"), or a
    value a document shows in a message where
    nobody says they use it ("your guide shows password: hunter2")."""
    value = text[start:end]
    cut = max(value.rfind("="), value.rfind(": "))
    if cut >= 0:
        value = value[cut + 1 :].strip()  # "aws_access_key_id=my-access-key": the value
    value = value.strip("\"'`;,.)")
    if value.replace("_", "").replace("-", "").isalpha():
        parts = [p.lower() for p in _PLACEHOLDER_PARTS.split(value) if p]
        if len(parts) >= 2 and parts[0] in _READER_PARTS:
            return True
        if (
            cue
            and len(parts) >= 2
            and any(p in _STAND_IN_PARTS for p in parts)
            and any(p in _FIELD_PARTS for p in parts)
        ):
            return True
    if not cue or _FIRST_PERSON.search(text) is not None:
        return False
    return _DOCUMENT_SHOWS.search(text, max(0, start - 90), start) is not None
