"""What the message claims a found value is: read on the words that name it, not its shape.

The false hits the shape readers leave differ from the secrets beside them by what the
sentence says the value is (round 44's judge, docs "r44-judge"). Three claims say it is
no secret, each read on the words that refer to this value:

- **another field's value**: its own label names a field that holds no secret ("licence
  key on our invoice is …", "Seriennummer: …", "client_id = …", "idempotency key …",
  "Device name is …", "Der Account heißt …", "Filiale 7731"), or the value is *said* to be
  one ("5190 is the store number", "552 ist die Filialnummer", "is … a valid id
  format?", "(emailCert is only the alias of the certificate)");
- **an example, a test value, a dummy**: the value is introduced as one ("e.g. …", "zum
  Beispiel …", "such as …", "if my password were …") or a sentence pointing back at it
  says so ("it's the AWS docs dummy", "those are internal check identifiers, not
  passwords", "das ist nur ein Negativfall", "random filler text our QA made up"), and
  nobody in the message says they use it (``published_values.in_use``: a published
  value in use is a secret all the same);
- **disowned**: "… is not the password", "das ist nicht mein Passwort".

Every judgement needs words that refer to this value, and a secret's word among them
undoes it: "1234 is my PIN number", "Lizenzschlüssel-Passwort: …", "e.g. my password is
…", "that's my real password, not an example" stay secrets.
"""

from __future__ import annotations

import regex as re

from redaction.published_values import in_use, only_typed

#: Cheap gate (a literal scan of the lower-cased message): a claim holds one of these.
_HINTS = (
    "is ", "ist ", " are ", " sind ", " was ", " war ", "it's", "that's", "heißt",
    "e.g", "z. b", "z.b", "beispiel", "example", "instance", "such as", "were", "wäre",
    "dummy", "fake", "made up", "filler", "negativfall", "placeholder", "platzhalter",
    "licen", "lizenz", "serial", "s/n", "serien", "client", "sid", "idempoten", "dedup",
    "device name", "gerätename", "filiale", "vorgang", "request", "req no", "workflow",
    "ending", "ends ", "endet", "endend", "last 4", "last four", "letzten", "ref", "order",
    "transaction", "payment", "booking", "field", "box", "input", "feld", "like", "wie",
    "such as", "coupon", "promo", "discount", "voucher", "rabatt", "gutschein", "signat",
    "hmac", "never", " nie ", "joke", "witz", "scherz", "meme",
)  # fmt: skip

#: Words that make a phrase a secret's: what names one is never another field.
_SECRET_WORD = re.compile(
    r"(?i)passwor|passwö|kennw|passphrase|passcode|geheim"
    r"|(?<![^\W\d_])(?:pw|pwd|pin|pins|puk|tan|otp|cvc|cvv|cvn)(?![^\W\d_])"
    # ("pass" the noun; "pass the id on" the verb)
    r"|(?<![^\W\d_])pass(?![^\W\d_])(?![ ]+(?:the|it|this|that|on|along|me|us|them))"
    r"|(?:code|key|token|secret|schlüssel|karte|card)s?(?![^\W\d_])"
)
#: (public: ``conversation_claims`` reads the same words)
SECRET_WORD = _SECRET_WORD

# --- another field's value ----------------------------------------------------------------

#: Where a clause starts: a label heads its own clause ("…, license key for the add-on:",
#: "→ req no:"), never the tail of a password's phrase ("password for the admin user is").
_CLAUSE_START = r"(?:\A|(?<=[.,;:!?()\n→|]|\A[ ]|[.,;:!?()\n→|][ ]{1,3}))"
_DETERMINER = r"(?:(?:the|a|an|our|my|your|die|der|das|unsere?|meine?)[ ]+)?"
#: Labels of fields that hold no secret: a name, an id, a record, a serial number.
_FIELD_LABEL = (
    r"(?:serial(?:[ _\-]?(?:number|no|nr))?|s/n|serien[ \-]?nummer|device[ _\-]?name"
    r"|geräte[ \-]?name|account[ _\-]?name|client[ _\-]?id|app[ _\-]?id|tenant[ _\-]?id"
    r"|workspace[ _\-]?id|team[ _\-]?id|account[ _\-]?sid|request[ _\-]?(?:id|no|number)"
    r"|req[ _\-]?(?:id|no)|workflow[ _\-]?id|flow[ _\-]?id|idempotency[ _\-]?key"
    r"|dedup(?:lication)?[ _\-]?key|vorgangs?[ \-]?(?:id|nummer)|filiale|filialnummer"
    r"|store[ _\-]?number"
    # (a payment's or an order's reference: a record's, printed on receipts and statements)
    r"|(?:tx|txn|transaction|payment|order|booking)[ _\-]?(?:ref|reference|id)"
    # (a shop's coupon: printed on flyers, the same for every customer)
    r"|(?:coupon|promo|discount|voucher|rabatt|gutschein)[ _\-]?(?:code|codes)?)"
)
#: A licence's label: its value is the product key printed in groups ("7KQ2-MX9R-4TLP-W8NZ").
_LICENCE_LABEL = (
    r"(?:licen[cs]e(?:[ _\-]?(?:key|code|number|no))?"
    r"|lizenz(?:[ \-]?(?:schlüssel|key|code|nummer))?|product[ _\-]?key)"
)
#: (groups of two to six: a vendor's prefix is often short, "OCA-DA-4F7K-9QX2-…")
_PRODUCT_KEY = re.compile(r"[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){2,7}")
#: The label heading its clause, a short phrase of its own ("for the pro add-on", "on our
#: invoice"), then its connector, right before the value.
_LABEL_BEFORE = re.compile(
    rf"(?i){_CLAUSE_START}{_DETERMINER}"
    # (a licence's label as a compound's head: "Akaunting-Lizenzschlüssel", "App-License")
    rf"(?P<label>{_FIELD_LABEL}|(?:[^\W\d_]+-)?(?P<licence>{_LICENCE_LABEL}))"
    r"(?:[ ]+(?:for|of|on|in|from|für|vom|von|auf|der|des|unserer|unseres|meiner|meines)"
    r"(?:[ ]+[^\s:=,;.!?]+){1,4})?"
    r"[\"']?[ ]*(?:[:=#]|(?:is|ist|was|war|heißt|lautet)(?:[ ]+(?:übrigens|eigentlich"
    r"|actually|now|jetzt))?|(?<=filiale|nummer|key|id|no|number|serial|s/n|ref)(?=[ ]))"
    r"[ ]*[\"'`(]?\Z"
)
#: Literal cues of the labels above (one is in the window before any label).
_LABEL_CUES = (
    "serial", "s/n", "serien", "name", "client", "app", "tenant", "workspace", "team", "sid",
    "req", "flow", "idempoten", "dedup", "vorgang", "filiale", "store", "licen", "lizenz",
    "product", "user", "account", "benutzer", "konto", "ref", "tx", "transaction", "order",
    "payment", "booking", "coupon", "promo", "discount", "voucher", "rabatt", "gutschein",
)  # fmt: skip
#: "the admin user is …", "Der Account heißt …": an account's name, named with a verb.
_NAMED_BEFORE = re.compile(
    rf"(?i){_CLAUSE_START}{_DETERMINER}(?:admin[ ]+)?(?:user|account|benutzer|konto)[ ]+"
    r"(?:is|heißt|lautet)(?:[ ]+(?:übrigens|eigentlich|actually))?[ ]*[\"'`]?\Z"
)
#: Heads of a noun phrase naming a field that holds no secret (English words, German
#: compounds' heads).
_OTHER_HEAD = (
    r"(?:number|no|id|ids|identifier|identifiers|name|alias|serial|version|model|hash"
    r"|address|username|handle|reference|ref|sku|zip|format|channel"
    r"|\w*(?:nummer|name|adresse|kennung|version))"
)
#: After the value (or a later mention of it): a copula, then a noun phrase whose head
#: names another field ("is the store number", "ist die Filialnummer", "is only the alias").
_SAID_OTHER = re.compile(
    r"(?i)[\"'`)]*[ ]+(?:is|ist|was|war|are|sind)[ ]+(?:(?:just|only|nur|bloß|eigentlich"
    r"|actually|übrigens|simply)[ ]+)*(?:the|our|my|a|an|die|der|das|unsere?|meine?|eine?)"
    rf"[ ]+(?P<np>(?:[^\W\d_][\w\-]*[ ]+){{0,3}}?{_OTHER_HEAD})(?![\w\-])"
)
#: A question of what the value is: "Is <value> the user login or …?", "is <value> a
#: valid id format", right after the value.
_ASKED_OTHER = re.compile(
    r"(?i)[\"'`)]*[ ]+(?:the|a|an|die|der|das|eine?)[ ]+"
    rf"(?P<np>(?:[^\W\d_][\w\-]*[ ]+){{0,3}}?{_OTHER_HEAD})(?![\w\-])"
)
_ASK_BEFORE = re.compile(r"(?i)(?:^|[.!?\n][ ]*)(?:is|ist)[ ]+[\"'`(]?\Z")


#: A card's last digits named as such ("Visa ending 0233", "die letzten vier der Karte
#: sind 4438"): what a masked card keeps in sight, no code of its own.
_CARD_ENDING_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:card|karte|visa|mastercard|master[ ]card|amex|maestro|girocard"
    r"|debit|kreditkarte)(?:[ ]+[^\W\d_]+){0,2}?[ ]+(?:ending(?:[ ]+(?:in|with|on))?"
    r"|ends[ ]+(?:in|with)|endet[ ]+(?:auf|mit)|endend[ ]+auf)[ ]*:?[ ]*\Z"
    r"|(?<![^\W\d_])(?:last|letzten)[ ]+(?:4|four|vier)(?:[ ]+(?:digits|ziffern|stellen))?"
    r"(?:[ ]+(?:of|der|von)[ ]+(?:the[ ]+|my[ ]+|meiner[ ]+)?(?:card|karte|kreditkarte))"
    r"[ ]+(?:are|is|sind|lauten)[ ]*:?[ ]*\Z"
)
_FOUR_DIGITS = re.compile(r"\d{4}")


def _card_ending(text: str, start: int, end: int) -> bool:
    """Is the value a card's last four digits, named so right before it?"""
    return (
        _FOUR_DIGITS.fullmatch(text, start, end) is not None
        and _CARD_ENDING_BEFORE.search(text, max(0, start - 60), start) is not None
    )


def _named_other_field(text: str, start: int, end: int) -> bool:
    """Is the value under a label, heading its clause, of a field that holds no secret?"""
    if text.startswith("@", end):
        return False  # "username:password@host": a URL's user and password
    lo = max(text.rfind("\n", 0, start) + 1, start - 70)
    window = text[lo:start].lower()
    if not any(cue in window for cue in _LABEL_CUES):
        return False  # (cheap: a search anchored at the window's end tries every start)
    label = _LABEL_BEFORE.search(text, lo, start)
    if label is not None:
        if label.group("licence") is not None:
            return _PRODUCT_KEY.fullmatch(text, start, end) is not None
        return True
    return _NAMED_BEFORE.search(text, lo, start) is not None


def _other_noun_phrase(match: re.Match[str] | None) -> bool:
    return match is not None and _SECRET_WORD.search(match.group("np")) is None


def _said_other_field(text: str, start: int, end: int) -> bool:
    """Is the value said to be another field's ("… is the store number"), right after it
    or after a later mention of it, or asked to be one ("Is … a valid id format?")?"""
    after = text[end : end + 80]
    if _other_noun_phrase(_SAID_OTHER.match(after)):
        return True
    if _ASK_BEFORE.search(text, max(0, start - 6), start) and _other_noun_phrase(
        _ASKED_OTHER.match(after)
    ):
        return True
    value = text[start:end]
    core = value.rsplit(":", 1)[-1] if len(value) > 12 else value
    if len(core) >= 4:
        again = text.find(core, end)
        if again >= 0 and not text[again - 1 : again].isalnum():
            return _other_noun_phrase(_SAID_OTHER.match(text, again + len(core), again + 100))
    return False


#: The value right after a pointer opening its sentence: "It's …", "Das ist …".
_POINTER_BEFORE = re.compile(
    r"(?i)(?:^|(?<=[.!?\n][ ]{0,3}))(?:it's|it[ ]+is|that's|that[ ]+is|das[ ]+ist|es[ ]+ist"
    r"|sie[ ]+lautet|er[ ]+lautet)[ ]*[\"'`]?\Z",
    re.M,
)
#: A field that holds no secret, named anywhere in the sentence before the pointer.
_FIELD_NAMED = re.compile(rf"(?i)(?<![^\W\d_\-]){_FIELD_LABEL}(?![^\W\d_])")


def _pointed_other_field(text: str, start: int) -> bool:
    """Is the value what "It's …" points at, the one field the sentence before named
    ("Can you pass the workflow id on? It's …"), with no secret named there?"""
    pointer = _POINTER_BEFORE.search(text, max(0, start - 16), start)
    if pointer is None:
        return False
    lo = max(0, pointer.start() - 160)
    for stop in (". ", "! ", "? ", "\n"):
        at = text.rfind(stop, lo, pointer.start() - 2)
        lo = max(lo, at + 1)
    sentence = text[lo : pointer.start()]
    return _FIELD_NAMED.search(sentence) is not None and _SECRET_WORD.search(sentence) is None


#: "… and the new one is …", "die neue ist …": the value stands for the noun the sentence
#: named before ("the old username was Bellamy and the new one is …").
_ONE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:the|my|our|der|die|das|mein|meine|unser|unsere)[ ]+"
    r"(?:new|old|other|current|second|first|neue|alte|andere|aktuelle|zweite|erste)"
    r"(?:[ ]+one)?[ ]+(?:is|was|ist|war|lautet|heißt)[ ]*[:\"'`„“]?[ ]*\Z"
)
#: Fields that name a person, an account or a network, no secret: what "one" may stand for.
_NAME_FIELD = re.compile(
    r"(?i)(?<![^\W\d_])(?:user[ _\-]?name|user[ _\-]?id|login[ _\-]?name|benutzer[ \-]?name"
    r"|nutzer[ \-]?name|account[ _\-]?name|ssid|network[ ]name|wi-?fi[ ]name|wlan[ \-]?name"
    r"|netzwerk[ \-]?name|e-?mail(?:[ \-]address|[ \-]adresse)?|handle|alias|display[ ]name"
    r"|anzeigename)s?(?![^\W\d_])"
)


def _one_for_a_name(text: str, start: int) -> bool:
    """Is the value what "the new one is …" points at, the one noun its sentence named
    before it a name's field (a user name, an SSID, an address), no secret named there?"""
    one = _ONE_BEFORE.search(text, max(0, start - 30), start)
    if one is None:
        return False
    lo = max(0, one.start() - 160)
    for stop in (". ", "! ", "? ", "\n"):
        lo = max(lo, text.rfind(stop, lo, one.start()) + 1)
    sentence = text[lo : one.start()]
    return _NAME_FIELD.search(sentence) is not None and _SECRET_WORD.search(sentence) is None


#: "… when I enter Wanderer88 in the coupon field": typed into a field the sentence names,
#: one whose value is a shop's code or a search (the same for every customer), no secret.
#: Any other field ("the field", "the wrong box", "the description field") may hold a
#: secret typed there, and so may a coupon's field typed into by accident.
_INTO_FIELD_AFTER = re.compile(
    r"(?i)[\"'`“”‘’]?[ ]+(?:in|into|ins|in[ ]+das|in[ ]+dem|in[ ]+den)[ ]+"
    r"(?:(?:the|this|that|your|its|das|den|dem|die|euer|eurem)[ ]+)?"
    r"(?:coupon|promo|voucher|discount|rabatt|gutschein|search|such)"
    r"(?:[ _\-]?code)?[ \-]?(?:field|box|input|feld|eingabefeld|bar)(?![\w])"
)
#: The writer says it went there by mistake: a secret typed into the wrong field.
_BY_MISTAKE = re.compile(r"(?i)wrong|accident|mistake|versehentlich|aus[ ]versehen|falsche")


def _typed_into_other_field(text: str, start: int, end: int) -> bool:
    """Is the value said to be typed into a coupon's or a search's field ("when I enter …
    in the coupon field"), no secret named before it and no mistake said?"""
    if _INTO_FIELD_AFTER.match(text, end, end + 60) is None:
        return False
    before = text[max(0, start - 60) : start]
    return _SECRET_WORD.search(before) is None and _BY_MISTAKE.search(text) is None


#: "a 4-digit passcode like 1234", "eine 6-stellige PIN wie 123456": a format illustrated
#: by a value, in a sentence about the format; "my 4-digit PIN is 1234" stays.
_FORMAT_LIKE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:a|an|any|some|eine?n?|jede)[ ]+(?:\d{1,2}|four|six|eight|vier|sechs"
    r"|acht)[ \-]?(?:digit|character|char|stellige[nr]?|zeichen)[ ]+(?:numeric[ ]+)?"
    r"(?:pin|passcode|code|password|passwort|kennwort|pin-code)[ ]+(?:\w+,?[ ]+){0,4}?"
    r"(?:like|such[ ]+as|e\.g\.|wie|z\.[ ]?b\.)[ ]*[\"'`„“]?\Z"
)


#: The writer's own in the sentence: "I use a 6-digit PIN like …", "my …", "ich nutze".
_OWN_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:i|we|my|our|mine|ich|wir|mein\w*|unser\w*)(?![\w])")


def _format_illustrated(text: str, start: int) -> bool:
    """Is the value a format's illustration ("a 4-digit passcode like 1234"), not the
    writer's own ("I use a 6-digit PIN like …")?"""
    like = _FORMAT_LIKE_BEFORE.search(text, max(0, start - 90), start)
    if like is None:
        return False
    lo = max(0, like.start() - 40)
    for stop in (". ", "! ", "? ", "\n"):
        lo = max(lo, text.rfind(stop, lo, like.start()) + 1)
    return (
        _OWN_BEFORE.search(text, lo, start) is None
        or _ASKS_BEFORE.search(text, lo, like.start()) is not None
    )


#: A question about what one may set ("Can I set a 4-digit PIN like …?"): asks, owns none.
_ASKS_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:can|may|could|should|kann|darf|muss)[ ]+(?:i|we|ich|wir)[ ]+\w+[ ]*\Z"
)


# --- an example, a test value, a dummy ----------------------------------------------------

#: Right before the value: it is a hypothesis ("if my password were …"), or the German
#: one whose verb comes after it ("wenn das Passwort … wäre").
_HYPOTHESIS_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:if|wenn|falls)[ ]+(?:[^\W\d_]+[ ]+){1,4}[\"'`„“‘]?\Z"
)
_HYPOTHESIS_VERB_AFTER = re.compile(r"[\"'`“”‘’]?[ ]+(?:wäre|wären|wär)(?![\w])")
#: Words that say a value is made for show: an example, a test's, a dummy.
_FOR_SHOW = (
    r"(?:dummy|dummies|fake|example|examples|sample|placeholder|platzhalter|beispiel\w*"
    r"|test[ ]?(?:value|data|wert|daten)|testwert\w*|testdaten|negativfall|mock"
    r"|made[ ]up|filler|random[ ]filler|ausgedacht|erfunden"
    # (a joke's value: nobody's password, "das war nur ein Witz", "the old meme")
    r"|jokes?|witz|scherz|meme"
    r"|not[ ]+(?:a[ ]+|any[ ]+)?(?:real|valid|password|passwords|secret|secrets|key|keys)"
    r"|nicht[ ]+echt|kein(?:e|en)?[ ]+(?:echte[sn]?[ ]+)?(?:passwort|passwörter|geheimnis))"
)
#: Literal cues of the words above (lower case).
_FOR_SHOW_CUES = (
    "dumm", "fake", "exampl", "sampl", "placeholder", "platzhalter", "beispiel", "test",
    "negativfall", "mock", "made up", "filler", "ausgedacht", "erfunden", "not ", "nicht",
    "kein", "joke", "witz", "scherz", "meme",
)  # fmt: skip
#: A sentence pointing back at the value says so: "it's the AWS docs dummy", "those are
#: internal check identifiers, not passwords", "das ist nur ein Negativfall".
_POINTS_BACK = re.compile(
    r"(?i)(?<=(?:[.,;:!?()\n—–\-\"'][ ]{0,3}|\A))"
    # (an interjection may open the sentence: "Nee, das war nur ein Witz", "jk, thats …")
    r"(?:(?:no|nope|nah|nee|nein|naja|haha|lol|jk|sorry|ok|okay)[ ,]+)?"
    r"(?:it|that|this|those|these|they|both|das|es|dies|beide)"
    r"(?:'s|’s|'re|(?<=that)s|[ ]+(?:is|are|was|were|ist|sind|war|waren))[ ]+"
    r"(?:(?:just|only|nur|bloß|all|alle|obviously|simply|purely|rein|reiner?)[ ]+)*"
    rf"(?:(?:an?|the|ein|eine|einen|der|die|das)[ ]+)?(?:[^\W\d_][\w\-]*,?[ ]+){{0,4}}?"
    rf"{_FOR_SHOW}(?![\w])"
    # ("the example account we share": an account's, whose password is a shared secret)
    r"(?![ ]+(?:account|user|login|konto|zugang|benutzer)s?(?![\w]))"
)
#: The claim made the writer's own: an arrow annotating their pasted line ("x <- that is
#: from your example"), or their value put in ("the example … with my value").
_ARROW = re.compile(r"<-|←|<=")
_OWN_VALUE_AFTER = re.compile(
    r"(?i)[^.!?\n]{0,40}?(?<![^\W\d_])(?:with|mit)[ ]+(?:my|our|mein\w*|unser\w*)(?![\w])"
)
#: A sentence's stops (the value's sentence and the next one are read).
_STOP = re.compile(r"[.!?](?:\s|\Z)|\n+")


#: The writer goes on to their own value ("…, ours is …", "Unseres ist …"): the safe side
#: masks the example too (and its sibling reading finds theirs).
_OWN_GIVEN = re.compile(
    r"(?i)(?<![^\W\d_])(?:ours|mine|unseres|unserer|unsers|meins|meiner|the[ ]+real[ ]+one"
    r"|the[ ]+actual[ ]+one|der[ ]+echte|das[ ]+echte|die[ ]+echte)[ ]+(?:is|ist|lautet)(?![\w])"
)


#: The value, the subject of its clause, said to be for show right after it: "'x' above was
#: my cat's name as an example, not a password", "'x' war nur ein Witz von meinem Kollegen",
#: or named a joke ("the classic 'x' joke"); no secret's word between ("x is my password,
#: not an example" stays) and no denial ("x is no joke").
_SUBJECT_CLAIM = re.compile(
    r"(?i)[\"'`“”‘’)]*(?:[ ]+(?:above|here|earlier|oben|hier|vorhin))?[ ]+"
    r"(?:(?:is|was|ist|war|are|were|sind|waren)[ ]+"
    r"(?P<between>(?:[^\W\d_][\w'’\-]*,?[ ]+){0,8}?)|(?=joke|witz|meme))"
    rf"{_FOR_SHOW}(?![\w])"
)
_DENIAL_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:not|nicht|kein\w*|no|never|nie)(?![\w])")


def _subject_claimed(text: str, start: int, end: int) -> bool:
    claim = _SUBJECT_CLAIM.match(text, end, min(len(text), end + 120))
    if claim is None:
        return False
    between = claim.group("between") or ""
    return _SECRET_WORD.search(between) is None and _DENIAL_WORD.search(between) is None


def _example_claimed(text: str, start: int, end: int) -> bool:
    """Is the value a hypothesis, or said by a sentence
    pointing back at it to be an example, a test's value or a dummy?"""
    lo = max(0, start - 40)
    before = text[lo:start].lower()
    hypothesis = (
        _HYPOTHESIS_BEFORE.search(text, lo, start)
        if "if " in before or "wenn " in before or "falls " in before
        else None
    )
    if hypothesis is not None and (
        hypothesis.group().rstrip(" \"'`„“‘").lower().endswith(("were", "wäre"))
        or _HYPOTHESIS_VERB_AFTER.match(text, end, end + 8) is not None
    ):
        return True
    if _subject_claimed(text, start, end):
        return True
    stops = [m.end() for m in _STOP.finditer(text, end, min(len(text), end + 240))]
    hi = stops[1] if len(stops) > 1 else min(len(text), end + 240)
    after = text[end:hi].lower()
    if not any(cue in after for cue in _FOR_SHOW_CUES):
        return False  # (cheap: most values' next sentences say nothing of the kind)
    back = _POINTS_BACK.search(text, end, hi)
    if back is None or _negated_claim(text, back):
        return False
    if _ARROW.search(text, end, back.start()) is not None:
        return False
    return _OWN_VALUE_AFTER.match(text, back.end(), hi) is None


#: A value offered as an example the writer would never use: "just an example, I'd never
#: use that", "nur so als Beispiel, das würde ich nie nehmen" (a rule's or a form's case).
_EXAMPLE_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:just|only|purely)[ ]+(?:as[ ]+)?(?:an[ ]+)?example"
    r"|(?:nur|bloß|rein)[ ]+(?:so[ ]+)?(?:als[ ]+|zum[ ]+)?beispiel)(?![\w])"
)
_NEVER_USED = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:i'?d|i[ ]+would|we'?d|we[ ]+would)[ ]+never[ ]+(?:use|pick|choose"
    r"|take|set)|(?:würde|würden)[ ]+(?:ich|wir)[ ]+(?:so[ ]+(?:was|etwas)[ ]+)?nie(?:mals)?"
    r"[ ]+(?:nehmen|verwenden|benutzen|nutzen|setzen|wählen))(?![\w])"
)
#: How far from the value the two may stand (its sentence and the next, or the one before).
_NEVER_REACH = 160


def _never_used_example(text: str, start: int, end: int) -> bool:
    """Is the value offered as an example the writer says they would never use? Both
    must be said near it; a secret's word between the example's words and the value that
    names one the writer's own ("just an example of my password: …") undoes it."""
    lo = max(0, start - _NEVER_REACH)
    hi = min(len(text), end + _NEVER_REACH)
    example = _EXAMPLE_WORDS.search(text, lo, hi)
    if example is None or _NEVER_USED.search(text, lo, hi) is None:
        return False
    return _OWN_SECRET.search(text, lo, hi) is None


#: The writer's own secret named near the value: "my password is", "mein Passwort".
_OWN_SECRET = re.compile(
    r"(?i)(?<![^\W\d_])(?:my|our|mein\w*|unser\w*)[ ]+(?:current[ ]+|real[ ]+|actual[ ]+"
    r"|echte\w*[ ]+|aktuelle\w*[ ]+)?(?:password|passwort|kennwort|pin|passcode)(?![\w])"
)


def _negated_claim(text: str, claim: re.Match[str]) -> bool:
    """ "that's not a dummy", "das ist kein Beispiel": the claim denied."""
    words = claim.group().lower().split()
    return any(w in ("not", "nicht", "kein", "keine", "no") for w in words[:3]) and not any(
        w.startswith(("pass", "secret", "real", "echt", "valid", "key", "geheim")) for w in words
    )


# --- one request's signature ------------------------------------------------------------

#: The message says a value is one request's signature: "sig is the signature of this one
#: request", "das ist die Signatur dieses einen Requests", "this request's HMAC" (made
#: from a secret for one request, it reveals none and is never reused).
_ONE_REQUEST_SIGNATURE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:signature|signatur|hmac)[ ]+(?:of|for|von|dieses|dieser|für)[ ]+"
    r"(?:(?:this|that|the|one|a|single|dies(?:e[rsn]?)?|eine[rsn]?|einzelne[rsn]?|einzige[rsn]?)"
    r"[ ]+){1,3}(?:request|anfrage|call|aufruf)s?"
    r"|(?:this|that|dieser)[ ]+(?:one[ ]+)?(?:request|call)['’]s[ ]+(?:signature|hmac))(?![\w])"
)
#: The value's own key or header names a signature ("sig=", "X-Hmac-Authorization:"); a
#: signing secret or key is the secret it is made with, no signature.
_SIGNATURE_KEY = re.compile(
    r"(?i)(?<![^\W\d_])[\w\-]*(?:sig|signature|hmac)[\w\-]*[\"']?[ ]*[:=][ ]*[\"'`]?\Z"
)


def _one_request_signature(text: str, start: int, end: int) -> bool:
    """Is the value under a signature's key, in a message saying it is one request's?"""
    lo = max(0, start - 40)
    near = text[lo:start].lower()
    if "sig" not in near and "hmac" not in near:
        return False  # (cheap: the key is right before the value)
    key = _SIGNATURE_KEY.search(text, lo, start)
    if key is None or re.search(r"(?i)secret|key|geheim|schlüssel|token", key.group()):
        return False
    return _ONE_REQUEST_SIGNATURE.search(text) is not None


# --- disowned -----------------------------------------------------------------------------

#: "… is not the password", "isn't my PIN", "ist nicht mein Passwort", "ist kein Passwort"
#: (an evaluation is no denial: "ist kein gutes Passwort" names it one).
_NOT_THE_SECRET = re.compile(
    r"(?i)[\"'`)]*[ ]+(?:(?:is|was)(?:n't|[ ]+not)[ ]+(?:the|my|our)|(?:ist|war)[ ]+"
    r"(?:nicht[ ]+(?:das|mein|unser|die|meine)|kein|keine))[ ]+"
    r"(?:password|passwort|kennwort|pin|passcode|code|key|token|secret)(?![\w])"
)


#: Right after the value, in its clause: "…, not password!", "(…, kein Passwort)".
_NOT_SECRET_AFTER = re.compile(
    r"(?i)[ ]*(?:here|hier)?[ ]*[,;(–—\-][ ]*(?:not|nicht|kein|keine)[ ]+(?:an?[ ]+|ein[ ]+)?"
    r"(?:password|passwort|kennwort|pin|secret|geheimnis)(?![\w])"
)


def _disowned(text: str, start: int, end: int) -> bool:
    """Is the value denied to be the secret ("… is not the password", "…, not password")?"""
    return (
        _NOT_THE_SECRET.match(text, end, end + 60) is not None
        or _NOT_SECRET_AFTER.match(text, end, end + 40) is not None
    )


def may_claim(low: str) -> bool:
    """Cheap: could ``claimed_no_secret`` be true for a finding in ``low`` (the message,
    lower case)?"""
    return any(h in low for h in _HINTS)


def claimed_no_secret(text: str, start: int, end: int) -> bool:
    """Does the message claim the value at ``start:end`` is no secret: another field's,
    an example or a test's, or disowned? Callers ask only where ``may_claim``."""
    if _named_other_field(text, start, end) or _said_other_field(text, start, end):
        return True
    if _pointed_other_field(text, start) or _card_ending(text, start, end):
        return True
    if _one_for_a_name(text, start) or _format_illustrated(text, start):
        return True
    if _typed_into_other_field(text, start, end):
        return True
    if _disowned(text, start, end):
        return True
    if _one_request_signature(text, start, end):
        return True
    return (
        (_example_claimed(text, start, end) or _never_used_example(text, start, end))
        and (not in_use(text) or _typed_for_show(text, start, end))
        and _OWN_GIVEN.search(text) is None
        and "otpauth:" not in text  # (a TOTP seed is the account's, whoever's example)
    )


#: The value named a joke where it stands ("the classic x joke", "x als Witz"), or denied
#: to be real in its sentence or the next ("it's not any real password of mine").
_JOKE_AT = re.compile(
    r"(?i)[\"'`“”‘’]*[ ]+(?:(?:as|als)[ ]+(?:a[ ]+|ein(?:en)?[ ]+)?)?(?:joke|witz|scherz|meme)"
    r"(?![\w])"
)
_REAL_DENIED = re.compile(
    r"(?i)(?<![^\W\d_])(?:not[ ]+(?:a[ ]+|any[ ]+|my[ ]+)?real|nicht[ ]+(?:mein[ ]+)?echt"
    r"|kein\w*[ ]+echte)(?![\w])"
)


def _typed_for_show(text: str, start: int, end: int) -> bool:
    """A value said to be a joke or no real one where the message also tells of typing:
    "I typed x into the password field as a joke …, it's not any real password of mine",
    "I typed my password …, classic x joke". Typing a value one disowns is a test of a
    form, not the use of a secret; a use, a setting or an owning ("I use", "set it to",
    "my password is") still keeps it (``only_typed``)."""
    if not only_typed(text):
        return False
    if _JOKE_AT.match(text, end, end + 20) is not None:
        return True
    stops = [m.end() for m in _STOP.finditer(text, end, min(len(text), end + 240))]
    hi = stops[1] if len(stops) > 1 else min(len(text), end + 240)
    return _REAL_DENIED.search(text, end, hi) is not None
