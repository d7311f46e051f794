"""Values that are published: public-key material, and examples quoted from documents.

Two kinds of finding look like secrets and are none, whatever recognizer found them:

- **Public-key material** is meant to be shared, on every path (a config, a sentence, a
  pasted file): an SSH public key (``ssh-ed25519 AAAA…``), a Stripe publishable key
  (``pk_live_…``, ``pk_test_…``), and any value its label calls a public key
  (``PublicKey =``, ``pubkey``, ``public_key:``, ``publishable key``, "… (public key)"),
  a key's fingerprint or a PGP key's id, a JSON Web Key's public members (``"n"``,
  ``"e"``, ``"x"``, ``"y"``, ``"kid"``). A private part stays: ``PrivateKey =``, a JWK's
  ``"d"``, a private key block, a vendor's "Public API Key" (that API's secret).
- **A published example**: the value's sentence says where it was published — "the docs
  say 'CVC: 1234'", "laut Doku", "Beispiel-Key aus der Doku (…)", "… steht im Template",
  "… from the sample", "that's the one from the docs", "the borg docs show export
  BORG_PASSPHRASE='…'" — and nobody in the message says they use it ("I still use the
  default", "mine is", "changed it to the example password", "wir nehmen die Testkarte":
  a published value in use is the customer's secret all the same).

A mere mention of a document elsewhere in the message is no provenance: the source and
the value share a sentence, the source before the value with a verb of showing ("the docs
show", "im Beispiel steht", "laut …:") or after it with words of origin ("from the docs",
"steht so in der README", "is the sample").
"""

from __future__ import annotations

import re as stdre
from functools import lru_cache

import regex as re

#: Cheap gates (literal scans of the lower-cased message): public-key material holds one
#: of the first, a document's example is named with one of the second.
_KEY_HINTS = (
    "pub", "pk_", "ssh-", "ecdsa-", "fingerprint", "fingerabdruck", "thumbprint", "pgp",
    "gpg", "öffentlich", '"n"', '"e"', '"x"', '"y"', '"kid"', "'n'", "'e'", "'x'", "'y'",
    "'kid'",
)  # fmt: skip
_DOC_HINTS = (
    "doc", "dok", "readme", "manual", "handbuch", "man page", "manpage", "tutorial", "guide",
    "quickstart", "quick start", "quick-start", "specification", "spezifikation",
    "anleitung", "faq", "help", "hilfe", "example", "beispiel", "placeholder", "platzhalter",
    "sample", "template", "vorlage", "wiki", "bei euch", "your page", "your site",
    "your website",
)  # fmt: skip


@lru_cache(maxsize=8)
def _hints(text: str) -> tuple[bool, bool]:
    """Could the message hold public-key material, and does it name a document?"""
    low = text.lower()
    return any(h in low for h in _KEY_HINTS), any(h in low for h in _DOC_HINTS)


# --- public-key material ------------------------------------------------------------------

#: An SSH public key: its type, then its base64 (every one begins "AAAA").
_SSH_PUBLIC = re.compile(
    r"[\"'`]?(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}"
    r"|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ ]+AAAA"
)
#: An SSH public key's type alone before the finding: the recognizer took only its base64.
_SSH_TYPE_BEFORE = re.compile(
    r"(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d{3}"
    r"|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ ]+\Z"
)
#: Stripe's publishable key, alone or after its key ("STRIPE_PUBLISHABLE_KEY=pk_live_…"); a
#: prefix glued before it is another vendor's secret ("oca_pk_live_…", ClickUp's "pk_4120…").
_PUBLISHABLE = re.compile(r"(?:[\w.\-]{1,40}[ ]*[:=][ ]*)?[\"'`]?pk_(?:live|test)_[A-Za-z0-9]{4,}")
#: A label that calls the value right after it public (with a connector between, or none).
_PUBLIC_LABEL_BEFORE = re.compile(
    r"(?i)(?:(?<![^\W\d_])(?:public|publishable|öffentliche[rnms]?)(?![ _\-]?api)[ _\-]?"
    r"(?:key|schlüssel)s?|(?<![^\W\d_])pub[ _\-]?key"
    r"|(?<![^\W\d_])(?:key[ _\-]?)?(?:fingerprint|fingerabdruck|thumbprint))"
    r"[\"']?(?:[ ]*\([^()\n]{0,30}\))?[ ]*(?:[:=]|(?:is|ist|lautet|are|sind)(?![\w]))?"
    r"[ ]*[\"'`(]?\Z"
)
#: After the value, in brackets: "… (public key)", "(der öffentliche Schlüssel)".
_PUBLIC_LABEL_AFTER = re.compile(
    r"(?i)[\"'`]?[ ]*\((?:the[ ]+|my[ ]+|our[ ]+|der[ ]+|mein[ ]+|unser[ ]+)?"
    r"(?:public|publishable|öffentliche[rnms]?)[ _\-]?(?:key|one|schlüssel|part|teil)\)"
)
#: A PGP key's id or fingerprint under its key ("MYPGPKEY=0x3A9F27C4B1E6D805", "gpg key id
#: 3A9F27C4"): 8, 16 or 40 hex digits; a passphrase "für den GPG-Key" stays.
_PGP_LABEL_BEFORE = re.compile(
    r"(?i)(?:pgp|gpg)[ _\-]?(?:public[ _\-]?)?key(?:[ _\-]?id)?[\"']?[ ]*(?:[:=]|[ ])[ ]*[\"'`]?\Z"
)
_KEY_ID = re.compile(r"(?:0x)?(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{40})")
#: A JSON Web Key's public member ("n", "e", "x", "y", its id "kid"; not "d", "p", "q"…).
_JWK_PUBLIC_MEMBER = re.compile(r"[\"'](?:n|e|x|y|kid|x5t|x5c|x5t#S256)[\"'][ ]*:[ ]*[\"'\[]?\Z")
#: A key's label glued to the finding itself ("PublicKey = abc…" found whole).
_GLUED_LABEL = re.compile(r"[\w.\-\"' ]{1,40}?[ ]*[:=][ ]*[\"'`]?")
_LABEL_REACH = 60


def _labelled_public(text: str, start: int, end: int) -> bool:
    """The finding's label calls it public (before it on its line, or glued to it)."""
    line = text.rfind("\n", 0, start) + 1
    lo = max(line, start - _LABEL_REACH)
    if _PUBLIC_LABEL_BEFORE.search(text, lo, start) is not None:
        return True
    if (
        _KEY_ID.fullmatch(text, start, end) is not None
        and _PGP_LABEL_BEFORE.search(text, lo, start) is not None
    ):
        return True
    if _JWK_PUBLIC_MEMBER.search(text, max(line, start - 16), start) is not None:
        return True
    glued = _GLUED_LABEL.match(text, start, end)
    if glued is not None and glued.end() < end:
        head = text[start : glued.end()]
        if _PUBLIC_LABEL_BEFORE.search(head) is not None:
            return True
    return _PUBLIC_LABEL_AFTER.match(text, end) is not None


def public_key_material(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` public-key material: an SSH public key, a publishable key, or
    a value its label calls public?"""
    if _SSH_PUBLIC.match(text, start, end) is not None:
        return True
    if (
        text.startswith("AAAA", start)
        and _SSH_TYPE_BEFORE.search(text, max(0, start - 60), start) is not None
    ):
        return True  # "public part: ssh-ed25519 AAAAC3Nza… deploy@shop", the base64 found alone
    if _PUBLISHABLE.fullmatch(text, start, end) is not None:
        return True
    return _labelled_public(text, start, end)


# --- published examples -------------------------------------------------------------------

#: A document that publishes values: the vendor's docs, a README, a manual, a man page, an
#: example, a sample. (A template, a *Vorlage* or a wiki is as often the customer's own
#: file: ``_OWN_FILE`` sources count only where the message disowns the value.)
_DOC = (
    r"(?:docs?|documentation|dokumentation|doku|readme|manual|handbuch|man[ ]?page|tutorial"
    r"|user[ ]?guide|quick[ \-]?start(?:[ ]page)?|specification|spezifikation"
    r"|guide|anleitung|faq|help[ ]?(?:page|article|text)|hilfe[ -]?(?:seite|text|artikel)"
    r"|field[ ]help|example|beispiel(?:code|wert|passwort|kennwort|pin|key|schlüssel|token"
    r"|datei|daten|konfig\w*|ausgabe)?|placeholder|platzhalter|[a-z][a-z0-9]*-doku|sample"
    # (an API's published specification: "the API spec shows"; round 63)
    r"|spec)"
)
_OWN_FILE = r"(?:template|vorlage|wiki)"
#: A project's example file, named by its suffix (".env.example", "config.php.dist",
#: "settings.sample"): the values it ships are its examples, the customer's copy is another
#: file (which the message would name).
_EXAMPLE_FILE = r"(?<![\w.\-])\.?[\w\-]+(?:\.[\w\-]+)*?\.(?:example|sample|dist|tmpl|template)"
_SOURCE = rf"(?:{_DOC}|{_OWN_FILE}|{_EXAMPLE_FILE})"
#: A source's end: no word, path or address goes on ("docs-bot@…" is an account), and no
#: account it names ("the example account we share": its password is a shared secret).
_END = r"s?(?![\w\-@./])(?![ ]+(?:account|user|login|konto|zugang|benutzer)s?(?![\w]))"
#: A reader's or a public owner's document; an internal one ("our wiki", "the handover
#: doc") holds the customer's own values.
_WHOSE = r"(?:the|your|der|dem|die|den|eurer|eurem|euren|ihrer|ihrem|their)"
#: What stands before a value in its own token: a setting's key ("DATABASE_URL=") and a
#: quote, an address's scheme and user name ("postgresql://johndoe:"), or a quote alone.
_LEAD_IN = (
    r"(?:[A-Za-z_][\w.\-]*[ ]*[=:][ ]*)?[\"'`„“‘]?"
    r"(?:[a-z][a-z0-9+.\-]*://(?:[^\s:@/\"']+:)?)?"
)
#: Before the value, in its sentence: a source that shows it ("the docs say", "your guide
#: shows", "im Beispiel steht", "laut Doku:", "Example we show:", "placeholder '123'").
_SOURCE_SHOWS = re.compile(
    r"(?i)(?<![\w.@/%\-])(?:"
    # ("sample data shows": the customer's data, a sample of it)
    rf"(?!sample){_SOURCE}(?:[ ]+[^\W\d_]+){{0,4}}?[ ]+(?:says?|said|shows?|showed|lists?"
    r"|has|have|gives?|nennt|zeigt|sagt|steht|stand|stehen|hat|heißt|contains|enthält|use|uses"
    r"|nutzt|verwendet)(?![\w])"
    rf"|(?:im|in[ ]+{_WHOSE}|from[ ]+(?:the|your)|aus[ ]+{_WHOSE})[ ]+(?:[^\W\d_]+[ ]+)?"
    rf"{_SOURCE}{_END}"
    # ("from the Firefly III .env.example:": a named project's example file)
    rf"|(?:im|in[ ]+{_WHOSE}|from[ ]+(?:the|your)|aus[ ]+{_WHOSE})[ ]+(?:[^\W\d_]+[ ]+){{0,3}}"
    rf"{_EXAMPLE_FILE}{_END}"
    r"|(?:bei[ ]+euch|on[ ]+your[ ]+(?:site|page|website))[ ]+(?:steht|stand|heißt|says)"
    rf"|(?P<per>laut|according[ ]+to)[ ]+(?:{_WHOSE}[ ]+)?(?:[^\W\d_]+[ ]+)?{_SOURCE}{_END}"
    r"|(?:example|beispiel|placeholder|platzhalter)(?:[ ]+we[ ]+show|[ ]+shown|[ ]+gezeigt)?"
    r"[ ]*:?[ ]*[\"'`„“‘]?\Z"
    # ("the docs example JWT eyJ…": a document's example of a kind, right before it; "the
    # Prisma docs' example is DATABASE_URL=\"postgresql://johndoe:…": a vendor's document,
    # its example said to be a setting or an address whose part the value is)
    rf"|(?:the|your|der|die|das|eurer?)[ ]+(?:[^\W\d_]+[ ]+)?{_DOC}['’]?s?[ ]+"
    r"(?:example|beispiel)[ \-]?"
    r"(?:jwt|key|token|value|secret|password|header|wert|schlüssel|passwort)?"
    r"(?:[ ]+(?:is|ist|lautet|was|war|reads))?[ ]*:?[ ]*"
    rf"{_LEAD_IN}\Z"
    rf"|(?:example|beispiel)[ \-]?(?:key|wert|value|schlüssel|token)?[ ]+(?:from|aus)[ ]+"
    rf"(?:{_WHOSE}[ ]+)?{_SOURCE}{_END}"
    r")"
)
#: A line that shows the value on the next line ends with its verb: "Your docs for the SFTP
#: action show⏎RSA_KEY=…" ("docker-compose aus der Doku:⏎…" is the customer's file, filled).
_SHOWS_NEXT_LINE = re.compile(
    r"(?i)(?:says?|shows?|lists?|zeigt|sagt|steht|stehen|nennt)[ ]*:?[ ]*\Z"
)
#: After the value, in its sentence: words of origin ("from the sample", "steht im
#: Template", "steht so in der README", "is the sample", "that's the one from the docs",
#: "that's from your page", "shown in your help page").
_FROM_SOURCE = re.compile(
    r"(?i)(?<![\w.@/%\-])(?:"
    rf"(?:from|aus|in|im|shown[ ]+in)[ ]+(?:{_WHOSE}[ ]+)?(?:[^\W\d_]+[ ]+){{0,2}}?"
    rf"{_SOURCE}{_END}"
    r"|(?P<back>(?:steht|stand|stehen|is|ist|was|war|are|were|sind|waren"
    r"|(?:that|this|it)(?:'s|[ ]+is|[ ]+was)"
    r"|(?:das|es)[ ]+(?:ist|war))[ ]+(?:(?:so|ja|nur|just|only|one|aber|but|doch)[ ]+)*"
    rf"(?:(?:from|aus|in|im)[ ]+)?(?:{_WHOSE}[ ]+(?:[^\W\d_]+[ ]+)?|an?[ ]+|ein[ ]+)?"
    rf"(?:one[ ]+from[ ]+(?:the|your)[ ]+)?(?:{_SOURCE}|(?<=from[ ]+your[ ]+)(?:page|site)){_END})"
    r")"
)
#: Someone says they use the value, took it over or set it: a published value in use is a
#: secret all the same ("I still use the default", "mine is", "changed it to the example
#: password", "wir nehmen die Testkarte", "copied from our wiki", "so I did").
_IN_USE = re.compile(
    r"(?i)(?<![^\W\d_])(?:"
    r"(?:i|we|i'm|we're|i've|we've)[ ]+(?:(?:still|also|really|actually|now|am|are|have"
    r"|just|only)[ ]+)*(?:use|uses|using|used|tried|try|run|running|ran|executed|called"
    r"|sent|set|entered|typed|did"
    r"(?![ ]+not|n't))"
    r"|(?:ich|wir)[ ]+(?:(?:hab|habe|haben|noch|immer|auch|jetzt|nur)[ ]+)*"
    r"(?:(?!nicht|nie|kein)[^\W\d_]+[ ]+){0,4}?"
    r"(?:nutze|nutzen|benutze|benutzen|verwende|verwenden|nehme|nehmen|probiert|eingegeben"
    r"|verwendet|benutzt|genutzt|genommen|gelassen|gestellt|eingetragen|ausgeführt"
    r"|aufgerufen|geschickt|gesendet)"
    r"|(?:nutze|nutzen|benutze|benutzen|verwende|verwenden|nehme|nehmen)[ ]+(?:ich|wir)"
    r"|mine[ ]+is(?![ ]+(?:the[ ]+same[ ]+but|different))|meins?[ ]+ist(?![ ]+anders)"
    r"|(?:my|our|mein\w*|unser\w*)[ ]+(?:[^\W\d_]+[ ]+)?(?:password|passwort|kennwort|pin"
    r"|key|token|secret|schlüssel|passphrase|pw)[ ]+(?:is|ist|was|war)"
    # ("our Admin password is of course different": not the example's; round 63)
    r"(?![ ]+(?:[^\W\d_]+[ ]+){0,2}(?:different|anders|another|ein[ ]+anderes))"
    r"|(?:that|it)(?:'s|[ ]+is)[ ]+mine|(?:my|our)[ ]+own[ ]+(?:password|passwort|key|token"
    r"|secret|pin|one|value)|mein\w*[ ]+eigene\w*"
    r"|still[ ]+(?:use|using|on|the[ ]+same|set|have|valid)"
    r"|(?:changed|set|switched|geändert|gesetzt|umgestellt)[ ]+(?:it[ ]+|mine[ ]+|ours[ ]+"
    r"|them[ ]+|es[ ]+|das[ ]+)?(?:to|auf)(?![\w])"
    r"|(?:never|not|nie|nicht|haven't|didn't|hasn't)[ ]+(?:[^\W\d_]+[ ]+)?(?:changed|geändert"
    r"|change|ändern)"
    # (copying a format, a layout or a syntax is no use of the value shown in it)
    r"|(?:copied|kopiert|pasted|übernommen)(?![ ]+(?:the|its|their|das|die|den)[ ]+(?:format"
    r"|layout|structure|syntax|shape|form|aufbau|struktur|schema)(?![\w]))"
    r"|replaced|ersetzt|ausgetauscht"
    r")(?![\w])"
)
#: Following a document is using its value: "as in the README", "wie im Handbuch", "like
#: the docs say"; an internal document holds one's own ("our wiki", "handover doc").
_FOLLOWED = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:as|like|wie|gemäß|per)[ ]+(?:(?:in|im|in[ ]+der|in[ ]+dem)[ ]+)?"
    rf"(?:{_WHOSE}[ ]+)?(?:[^\W\d_]+[ ]+)?{_SOURCE}"
    rf"|(?:our|my|his|her|unser\w*|mein\w*|sein\w*)[ ]+(?:[^\W\d_\-]+[ \-]+)?{_SOURCE}"
    r"|handover|onboarding|übergabe|colleague|kollege|kollegin|vorgänger|notizzettel)"
)
#: A correction between a source and the value: the value after it is the writer's own
#: ("… was the example in your docs, ours is …", "no wait, the real one is …").
_CONTRAST = re.compile(
    r"(?i)(?<![^\W\d_])(?:ours|mine|meins|meinen|eigene\w*|own|real|echte\w*|but|aber"
    r"|wait|instead|sondern|actual)(?![\w])"
)
#: The writer disowns it: "not mine", "where do I get mine", "do I replace … with mine".
_DISOWNED = re.compile(
    r"(?i)(?<![^\W\d_])(?:not[ ]+mine|nicht[ ]+meins|wo[ ]+bekomme[ ]+ich[ ]+meinen"
    r"|where[ ]+do[ ]+i[ ]+get[ ]+(?:mine|my[ ]+own)|with[ ]+mine|durch[ ]+meinen"
    r"|mine[ ]+is[ ]+(?:the[ ]+same[ ]+but|different))(?![\w])"
)
_OWN_SOURCE = re.compile(rf"(?i){_OWN_FILE}")
#: A card's number: a documented test card is labelled a card in the tuning sets as often as
#: not ("aus eurer Doku probiert"), so cards, and codes or dates beside one, are left.
_CARD_NUMBER = stdre.compile(r"\d(?:[ \-]?\d){12,18}")
#: The stops of the value's sentence.
_STOPS = (". ", "! ", "? ", "\n")
_REACH = 160
#: A clause's end after a source named behind the value: a question asks whether it is
#: the document's ("that is the default from your tutorial repo?").
_CLAUSE_END = stdre.compile(r"[,;.!?—–]")


#: An arrow pointing at a pasted line: the customer annotates their own file ("hunter2 <-
#: das hab ich aus eurem Beispiel genommen", "x ← das ist das DB-Passwort aus dem Template").
_ARROW = stdre.compile(r"<-|←|<=")
#: Between the source and the value, the value is named a particular one's secret: "Laut
#: Handbuch ist die Passphrase …" (a device's, set in it; "ist 'x' ein Beispiel" is none).
_PARTICULAR = re.compile(
    r"(?i)(?<![^\W\d_])(?:is|ist|lautet|was|war)[ ]+(?:the|die|der|das|dein\w*|your|ihr\w*"
    r"|sein\w*)[ ]+[^\W\d_]*(?:pass|kennw|pin|code|key|schlüssel|token|secret|puk)"
)
#: A denial right before the source: "my own password, not from your docs: x".
_DENIED = stdre.compile(r"(?i)(?:\bnot|\bnicht|\bkein\w*)[ ]+\Z")


def _denied(text: str, at: int) -> bool:
    return _DENIED.search(text, max(0, at - 12), at) is not None


def _abbreviation(text: str, at: int) -> bool:
    """Is the full stop at ``at`` an abbreviation's ("z. B.", "e.g.", "i. e."): one letter
    after a space or another stop? Its sentence goes on."""
    return (
        at >= 1
        and text[at] == "."
        and text[at - 1].isalpha()
        and (at == 1 or text[at - 2] in " .(")
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _REACH)
    hi = min(len(text), end + _REACH // 2)
    for stop in _STOPS:
        at = text.rfind(stop, lo, start)
        while at >= 0 and _abbreviation(text, at):
            at = text.rfind(stop, lo, at)
        if at >= 0:
            lo = at + 1
        at = text.find(stop, end, hi)
        while at >= 0 and _abbreviation(text, at):
            at = text.find(stop, at + 1, hi)
        if at >= 0:
            hi = at
    if text.startswith("\n^", hi):
        # a line pointing up at the value ("Authorization: Basic …⏎^ from your docs")
        at = text.find("\n", hi + 1)
        hi = at if at >= 0 else len(text)
    if lo > 0 and text[lo - 1] == "\n":
        prev = text.rfind("\n", 0, lo - 1) + 1
        if _SHOWS_NEXT_LINE.search(text, prev, lo - 1) is not None:
            lo = prev  # the line that shows the value heads it
        elif (head := _block_head(text, lo)) is not None:
            # "the readme has this:" ⏎⏎ "docker run … -e X=…": its block (round 63), from
            # the head's last sentence ("the guide says …. so this line:" heads with "so …")
            cuts = [text.rfind(stop, head, lo) for stop in _STOPS[:3]]
            lo = max([head, *(at + 2 for at in cuts if at >= 0)])
    return lo, hi


#: A line that heads a pasted block: it ends with a colon or a verb of showing ("the readme
#: has this:", "in der Doku steht:", "the API spec shows").
_SHOWING = (
    r"(?:says?|shows?|lists?|zeigt|sagt|steht|stehen|nennt|has|have|hat|uses?|nutzt|contains"
    r"|enthält)"
)
_BLOCK_CUE = re.compile(
    rf"(?i)(?::|{_SHOWING}(?:[ ]+(?:this|that|das|folgendes|the[ ]+following))?"
    # ("… Manpage steht als Beispiel", "the docs give it as an example")
    r"|(?:als|as)[ ]+(?:an?[ ]+)?(?:beispiel|example)|as[ ]+follows|wie[ ]+folgt)[ ]*\Z"
)
_BLOCK_LINES = 16
#: ... unless it says the block is the customer's own, adapted ("our app, mostly from the
#: README:", "the command from the docs, just filled in:")
_OWN_HEAD = re.compile(
    r"(?i)(?<![^\W\d_])(?:our|my|unser\w*|mein\w*|mostly|based[ ]+on|started[ ]+from|filled"
    r"|ausgefüllt|angepasst|adapted|modified|eingesetzt)(?![^\W\d_])"
)


_SHOWN_HEAD = re.compile(rf"(?i)(?<![^\W\d_]){_SHOWING}(?![^\W\d_])")


def _heads(line: str) -> bool:
    return _BLOCK_CUE.search(line) is not None and _OWN_HEAD.search(line) is None


def _block_head(text: str, lo: int) -> int | None:
    """Where the block holding the line at ``lo`` is headed by a line of its own that names
    it (a colon or a verb of showing at its end): the block runs up to a blank line (one
    blank line may part the head from its block), at most ``_BLOCK_LINES`` lines."""
    end = lo - 1  # the line break before the value's line
    blank = False
    top = None  # the first line of the value's paragraph, when it may head it
    for _ in range(_BLOCK_LINES):
        if end <= 0:
            return top
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            if blank:
                return top
            blank = True
        elif blank:
            return start if _heads(line) else top
        else:
            # (a head right above its block names a verb of showing: "the readme has this:")
            top = start if _heads(line) and _SHOWN_HEAD.search(line) is not None else None
            if start == 0:
                return top
        end = start - 1
    return None


def _sourced(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words in the value's sentence that name the document it is from."""
    lo, hi = _sentence(text, start, end)
    window = text[lo:hi].lower()
    if not any(h in window for h in _DOC_HINTS):
        return None  # (cheap: most values' sentences name no document)
    before = None
    for shown in _SOURCE_SHOWS.finditer(text, lo, start):
        before = shown  # (the source nearest the value)
    if (
        before is not None
        and not _denied(text, before.start())
        and _CONTRAST.search(text, before.end(), start) is None
        and _PARTICULAR.search(text, before.end(), start) is None
        # "laut Doku: …" opens its sentence; "DSN laut Doku: …" is the customer's DSN
        and (
            before.group("per") is None
            or not text[lo : before.start()].rsplit(", ", 1)[-1].strip(" -–—:;,(\t")
        )
    ):
        return before
    for after in _FROM_SOURCE.finditer(text, end, hi):
        if _ARROW.search(text, end, after.start()) is not None or _denied(text, after.start()):
            continue  # "password: x <- from your docs example": the customer's annotated line
        gap = text[end : after.start()].split()
        if after.group("back") is None and sum(any(c.isalpha() for c in w) for w in gap) > 1:
            continue  # "token=secret <- relative link from the mail template": another's
        close = _CLAUSE_END.search(text, after.end(), min(len(text), hi + 1))
        if close is not None and close.group() == "?":
            continue  # asked, not said: "that is the default from your tutorial repo?"
        return after
    return None


def published_example(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]``'s sentence say a document published it ("the docs say …",
    "… from the sample"), with nobody in the message saying they use it?"""
    source = _sourced(text, start, end)
    if source is None or in_use(text):
        return False
    if _FOLLOWED.search(text) is not None or "otpauth:" in text:
        return False  # (a TOTP seed is the account's, whoever's example the URL was)
    if _OWN_SOURCE.search(source.group()) is not None and _DISOWNED.search(text) is None:
        return False
    return True


def in_use(text: str) -> bool:
    """Does someone in ``text`` say they use, set or took over a value ("I still use the
    default", "mine is", "wir nehmen die Testkarte")?"""
    return any(
        _MODAL_ASKED.search(text, max(0, m.start() - 12), m.start()) is None
        for m in _IN_USE.finditer(text)
    )


#: A question whether one may use it ("can I use that to try …", "soll ich den nehmen"):
#: nobody uses it yet.
_MODAL_ASKED = stdre.compile(r"(?i)(?<![^\W\d_])(?:can|could|may|should|shall)[ ]+\Z")


#: Verbs of typing a value in to see what happens: a try, not a use of it as one's secret.
_TYPED_ONLY = re.compile(r"(?i)(?:typed|tried|try|entered|eingegeben|probiert)\Z")


def only_typed(text: str) -> bool:
    """Is every use ``in_use`` finds in ``text`` a typing or a try ("I typed …", "ich habe …
    eingegeben"), none a use, a setting or an owning ("I use", "mine is", "set it to")?"""
    uses = [m.group() for m in _IN_USE.finditer(text)]
    return bool(uses) and all(_TYPED_ONLY.search(u) is not None for u in uses)


def hinted(text: str) -> bool:
    """Cheap: could ``published`` drop anything in ``text``?"""
    key, doc = _hints(text)
    return key or doc


#: Keys a vendor prints in its own documentation and SDK READMEs for every reader (its
#: demo account's test keys): no customer's secret, where the message names a document.
#: (AWS's documented pair is labelled a credential in the tuning sets, pasted as one's own.)
_VENDOR_SAMPLE_KEYS = frozenset(
    (
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",  # Stripe's API reference
        "sk_test_BQokikJOvBiI2HlWgH4olfQ2",  # stripe-php's and stripe-ruby's READMEs
        "sk_test_26PHem9AhJZvU623DfE1x4sd",  # Stripe's older docs
    )
)


def published(text: str, start: int, end: int) -> bool:
    """Is the finding at ``start:end`` published: public-key material or an example a
    document shows? Callers ask only where ``hinted(text)``."""
    key, doc = _hints(text)
    if key and public_key_material(text, start, end):
        return True
    if doc and text[start:end].strip("\"'`") in _VENDOR_SAMPLE_KEYS:
        return True  # "StripeClient('sk_test_4eC39…') — the key shown in the README"
    return doc and published_example(text, start, end) and _CARD_NUMBER.search(text) is None
