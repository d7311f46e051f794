"""Whether the words after a password word and its connector are the sentence going on.

"my pass is expiring next week", "password: keeps failing", "die Passwörter sind erst 30
Tage alt", "Passwort: lässt sich nicht ändern": after "is", "ist" or a colon a customer
goes on talking about the password far more often than giving it, and what they say then
has a grammar a value has not. A value is a word or a few words standing for themselves
("sonnenblume", "correct horse battery staple", "running man 7"); the sentence going on
has a verb (a finite form, a participle, an infinitive with "to"/"zu"), or a closed-class
word that only leads one: a negation, an auxiliary or modal, a subordinating conjunction,
a preposition opening a phrase, an adverb before any of these, a count with its unit.

The judgement reads the words of the clause (to its punctuation) from the candidate's
start. It is made from closed word classes and from morphology (English -ing/-ed/-s forms
of a dictionary verb, German participles ge-…-t/-en, -iert, prefixed ones), never from a
list of phrases. A token shaped like a password (letters with digits or signs) is a value
whatever stands around it: "is Expired2024!", "is now Blume77" stay values.
"""

from __future__ import annotations

import re

from redaction import words

#: Negations: the verb phrase is denied, so a verb phrase it is.
NEGATIONS = frozenset(
    """
    not never no nicht nie niemals kein keine keinen keinem keiner nimmer nimmermehr
    isn't wasn't doesn't don't didn't won't can't cannot couldn't wouldn't hasn't haven't
    """.split()
)
#: Auxiliaries and modals (and the verbs that work as one: "keeps/gets/lässt" + a verb).
AUXILIARIES = frozenset(
    """
    be been being is was were are am has have had having do does did will would shall
    should can could may might must gets got getting keeps kept seems seemed needs
    wird werden wurde wurden worden würde hat haben hatte hatten habe kann kannst können
    konnte könnte muss musste müsste soll sollte darf durfte will wollte lässt läßt ließ
    sein gewesen bleibt blieb scheint schien
    """.split()
)
#: Conjunctions that open a subordinate clause ("is that I forgot it", "ist, weil …").
SUBORDINATORS = frozenset(
    """
    that because when whenever if while although though unless until since so
    dass daß weil wenn falls ob obwohl obgleich sobald nachdem bevor während da seitdem bis
    """.split()
)
#: Prepositions that open a phrase (where, since when, why, how): none starts a value.
PREPOSITIONS = frozenset(
    """
    in on at by from with without for after before since until till during about like
    under over behind through via per according due into onto inside within against
    im in am an auf aus bei beim mit von vom nach seit bis für über unter hinter neben
    durch wegen laut gemäß trotz ohne zum zur gegen um ab
    """.split()
)
#: Adverbs of time, degree, frequency and comment that stand before a verb or a state
#: ("ist seit gestern abgelaufen", "is still being rejected", "ist erst 30 Tage alt").
ADVERBS = frozenset(
    """
    still already just again always never ever often sometimes constantly suddenly now
    currently recently apparently probably only even also too yet anymore soon today
    tomorrow yesterday tonight then later earlier once twice
    noch schon erst immer wieder nie oft manchmal ständig dauernd plötzlich jetzt nun
    gerade aktuell neuerdings kürzlich anscheinend scheinbar offenbar wohl vermutlich
    leider nur auch bereits mehr heute gestern morgen vorhin bald dann sofort irgendwie
    hinten vorne vorn oben unten drauf drin daneben darunter darauf links rechts
    damit dafür dadurch davon dabei daran darin wirklich echt tatsächlich really
    raus rein hin her
    angeblich eigentlich trotzdem zuerst seitdem nochmal nochmals mittlerweile inzwischen
    """.split()
)
#: German adverb suffixes ("vorsichtshalber", "glücklicherweise", "mehrmals", "allerdings").
_DE_ADVERB = re.compile(r"[a-zäöüß]{3,}(?:halber|weise|mals|dings|falls|wegs)")
#: Objects and reflexives right after a verb ("keeps rejecting me", "lässt sich nicht …").
OBJECTS = frozenset("me us it them him her you sich mich mir uns dich dir".split())
#: Units a count is measured in ("erst 30 Tage alt", "only 3 days old", "expires in 5 min").
UNITS = frozenset(
    """
    day days week weeks month months year years hour hours minute minutes min mins second
    seconds times time tag tage tagen woche wochen monat monate monaten jahr jahre jahren
    stunde stunden minute minuten sekunden mal
    """.split()
)
#: Words that lead a time or a frequency after a verb ("expiring next week", "changing
#: every 30 seconds", "läuft nächste Woche ab"), and "to"/"zu" leading an infinitive.
_TIME_LEADS = frozenset(
    """
    to zu next last every each all alle jeden jede jedes nächste nächsten letzte letzten
    """.split()
)
#: The auxiliaries' forms that close a German clause ("ungültig geworden", "… worden").
_GERMAN_CLOSERS = frozenset("geworden worden werden gewesen sein haben hat wurde ist".split())
#: Quote marks that delimit a value.
_QUOTE_MARKS = frozenset("\"'`‘’“”„‚«»")
#: Copulas: what follows one is their complement, a value again ("is going to be x").
_COPULAS = frozenset("be been become becomes is are was were sein werden wird ist".split())
#: Personal pronouns as a clause's subject ("the one you chose"): no passphrase's word.
_SUBJECTS = frozenset("i you we they he she ich du wir ihr er".split())
#: Articles and possessives: a noun phrase starts.
_DETERMINERS = frozenset(
    """
    the a an my your our their his her its this that these those every each
    der die das den dem des ein eine einen einem einer eines mein meine meinen meinem
    dein deine euer eure euren eurem unser unsere unseren ihr ihre ihren sein seine jede
    jeden jeder
    """.split()
)
#: German prefixes a participle keeps before "ge" ("abgelaufen", "zurückgesetzt").
_SEPARABLE = (
    "ab an auf aus bei ein fest frei her hin los mit nach vor weg zu zurück zusammen durch "
    "um über unter wieder"
).split()
_INSEPARABLE = ("be", "ver", "er", "ent", "zer", "emp", "miss")
#: A word of the clause: letters (an apostrophe inside), or a number.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|\S")
#: What ends the clause the candidate stands in.
_CLAUSE_END = frozenset(".,;:!?\n()[]\"“”„`'‘’«»")
#: Punctuation around a word of the value, no part of its shape.
_EDGE = ".,;:!?\"'“”„()"
#: How many words of the clause are read.
_REACH = 8


def _clause_words(text: str, start: int) -> list[str]:
    """The words from ``start`` to the end of their clause, as written, at most ``_REACH``;
    a token that is neither a word nor a number (a sign, a shaped value) ends them, and is
    returned as the last item so the caller sees it."""
    found: list[str] = []
    pos = start
    while len(found) < _REACH:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos >= len(text) or text[pos] in _CLAUSE_END:
            break
        end = pos
        while end < len(text) and not text[end].isspace() and text[end] not in ',;!?()"“”„':
            end += 1
        if text[end - 1 : end] in ".:" and end - pos > 1:
            end -= 1  # the clause's full stop or colon, not the word's
        raw = text[pos:end]
        if not raw:
            break
        m = _TOKEN.fullmatch(raw)
        if m is None:
            found.append(raw)  # a shaped token: the caller sees it and reads a value
            break
        found.append(raw)
        pos = end
    return found


def _shaped(token: str) -> bool:
    """Letters with digits or signs, or capitals inside: a password's shape, no prose."""
    if token.isdigit():
        return False
    if _TOKEN.fullmatch(token) is None:
        return not words.is_non_secret_shape(token)  # (a date, an amount: no value)
    return any(c.isupper() for c in token[1:])


def _in_dictionary(word: str) -> bool:
    return word in words.dictionary()


def _english_stem(low: str, suffix: str) -> bool:
    """``expiring`` → expire, ``getting`` → get, ``rejected`` → reject, ``keeps`` → keep:
    the stem is a dictionary word, so the form is that verb's."""
    stem = low[: -len(suffix)]
    if len(stem) < 2:
        return False
    candidates = {stem, stem + "e"}
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        candidates.add(stem[:-1])  # "getting", "stopped"
    if suffix == "ed" and stem.endswith("i"):
        candidates.add(stem[:-1] + "y")  # "tried"
    if suffix == "s" and stem.endswith("e") and len(stem) >= 3:
        candidates.add(stem[:-1])  # "goes", "fixes"
    return any(len(c) >= 2 and _in_dictionary(c) for c in candidates)


def english_verb_form(low: str) -> str:
    """``"ing"``, ``"ed"`` or ``"s"`` for a lower-case English verb form, else ``""``."""
    if not low.isascii() or not low.isalpha():
        return ""
    for suffix in ("ing", "ed"):
        if low.endswith(suffix) and len(low) >= len(suffix) + 2 and _english_stem(low, suffix):
            return suffix
    if (
        low.endswith("s")
        and not low.endswith("ss")
        and len(low) >= 4
        and _english_stem(low, "es" if low.endswith(("hes", "xes", "oes")) else "s")
    ):
        return "s"
    return ""


def _german_verb_backed(rest: str) -> bool:
    """``setzt``/``laufen``/``ändert`` after a participle's prefix: a verb's form (its
    infinitive is a dictionary word), or a word the dictionary does not hold at all."""
    if rest.endswith("t"):
        stem = rest[:-1]
        return _in_dictionary(stem + "en") or _in_dictionary(stem + "n")
    return _in_dictionary(rest)


def german_participle(low: str) -> bool:
    """A German past participle by its form: ge-…-t/-en ("gesperrt", "geschwärzt",
    "gelaufen"), after a separable prefix ("abgelaufen", "zurückgesetzt"), -iert
    ("akzeptiert"), or an inseparable prefix's -t form ("ersetzt", "versteckt")."""
    if len(low) < 6 or not low.isalpha() or not low.endswith(("t", "en")):
        return False
    if low.endswith("iert") and len(low) >= 7:
        return True
    for prefix in ("", *_SEPARABLE):
        if not low.startswith(prefix + "ge"):
            continue
        rest = low[len(prefix) + 2 :]
        if len(rest) >= 4 and (
            _german_verb_backed(rest) or (low.endswith("t") and not _in_dictionary(low))
        ):
            return True
    if low.endswith("t"):
        for prefix in _INSEPARABLE:
            rest = low[len(prefix) :]
            if low.startswith(prefix) and len(rest) >= 3 and _in_dictionary(low[:-1] + "en"):
                return True
    return False


_UMLAUTS = str.maketrans("äöü", "aou")


def german_finite(low: str) -> bool:
    """A German verb's third person (-t) whose infinitive is a dictionary word ("geht",
    "klappt", "läuft" → laufen); nouns in -t ("welt", "zeit", "nacht") have none."""
    if len(low) < 4 or not low.isalpha() or not low.endswith("t") or low.endswith("st"):
        return False
    stem = low[:-1]
    return any(
        _in_dictionary(form)
        for form in (stem + "en", stem.translate(_UMLAUTS) + "en", stem + "n")
        if form != low
    )


def _adverb(token: str) -> bool:
    low = token.lower()
    if low in ADVERBS:
        return True
    if token.islower() and _DE_ADVERB.fullmatch(low) is not None:
        return True
    # "is constantly rejected", "suddenly": an English -ly adverb of a dictionary adjective
    # (not "butterfly", "family": nouns in -ly)
    if not (token.islower() and low.endswith("ly") and len(low) >= 5 and low.isascii()):
        return False
    stem = low[:-2]
    return any(_in_dictionary(c) for c in (stem, stem[:-1] + "y", stem + "le", low[:-1] + "e") if c)


def _verb_led(token: str) -> bool:
    """A word that is a verb's form by morphology or class (not an adverb or a noun)."""
    low = token.lower()
    return (
        low in AUXILIARIES
        or low in NEGATIONS
        or (token.islower() and (english_verb_form(low) in ("ing", "ed")))
        or (token.islower() and german_participle(low))
    )


def _follows_verb(tokens: list[str], i: int) -> bool:
    """After a verb's form at ``i - 1``: the words go on as a verb phrase (an adverb, a
    negation, a preposition, "to"/"zu", an object, another verb form, a count), not as the
    noun a participle may qualify ("running man", "frozen lake")."""
    if i >= len(tokens):
        return True
    token = tokens[i]
    low = token.lower()
    if _shaped(token):
        return False
    return (
        _adverb(token)
        or low in NEGATIONS
        or low in PREPOSITIONS
        or low in _TIME_LEADS
        or low in OBJECTS
        or low in SUBORDINATORS
        or _verb_led(token)
        or (low.isdigit() and i + 1 < len(tokens) and tokens[i + 1].lower() in UNITS)
    )


def goes_on(text: str, start: int, value: tuple[int, int]) -> bool:
    """The words at ``start`` (after a password word and "is"/"ist"/a colon/an arrow) are
    the sentence going on, and ``value``, the span read as a value there, is a part of it:
    see the module's docstring. A value in a later clause is not judged ("is not sure,
    maybe x"), nor one with a password's shape."""
    if text[value[0] - 1 : value[0]] in _QUOTE_MARKS and value[0] > 0:
        return False  # a quoted value is judged by ``quoted_status`` alone
    tokens = _clause_words(text, start)
    if not tokens or _shaped(tokens[0]):
        return False
    if value[0] > start + sum(len(t) + 1 for t in tokens):
        return False  # the value stands beyond the clause read
    before = text[start : value[0]].split()
    if before and before[-1].lower() in _COPULAS:
        return False  # "is going to be pineapple pizza forever": the copula's complement
    raws = text[value[0] : value[1]].split()
    if any(raw[0] in _QUOTE_MARKS for raw in raws):
        return False  # "war erst 'orange'": the adverb, then the value in quotes
    said = [raw.strip(_EDGE) for raw in raws]
    if any(core and _shaped(core) for core in said):
        return False  # "Blume77", "blue-sky!": a value's own shape
    if said and all(core.islower() and _adverb(core) for core in said):
        return True  # "habe ich vorsichtshalber auf x gesetzt": the adverb is no value
    return _reads_on(tokens)


def _reads_on(tokens: list[str]) -> bool:
    copula = next((k for k, t in enumerate(tokens[1:], 1) if t.lower() in ("be", "sein")), 0)
    if 0 < copula < len(tokens) - 1:
        # "is going to be pineapple pizza forever": the copula's complement is the value,
        # unless it reads on itself ("is going to be changed tomorrow", "be sent later")
        after = tokens[copula + 1 :]
        if not _reads_on_from(after) and after[0].lower() not in words.STOP_WORDS:
            return False
    return _reads_on_from(tokens)


def _reads_on_from(tokens: list[str]) -> bool:
    i = 0
    while i < len(tokens) and _adverb(tokens[i]) and not _shaped(tokens[i]):
        i += 1
    led = i > 0
    if i >= len(tokens):
        # adverbs alone, then the clause ends: "habe ich vorsichtshalber durch …" ends it
        # at a preposition's phrase (read below); alone they say when or how, no value
        return led and all(t.lower() in ADVERBS or _adverb(t) for t in tokens)
    head = tokens[i]
    low = head.lower()
    rest = tokens[i + 1 :]
    if _shaped(head):
        return False  # "is now Blume77": the adverb leads the value
    if low in NEGATIONS or low in AUXILIARIES:
        return bool(rest) or led or head.islower()
    if low in SUBORDINATORS and low not in ("so", "da", "bis") and rest:
        return not any(_shaped(t) for t in rest)
    if low in ("to", "zu") and rest and not _shaped(rest[0]):
        return True  # "is to be changed", "ist zu ändern", "ist zu kurz"
    if low in PREPOSITIONS and rest and head.islower():
        return not _shaped(rest[-1]) or rest[-1].isdigit()
    if low.isdigit():
        # "ist erst 30 Tage alt", "are 3 days old": a count in its unit, then the state
        return bool(rest) and rest[0].lower() in UNITS and (led or len(rest) >= 2)
    if not head.islower() and not led:
        return False  # "Password: Expired", "is Sunshine": a capital starts a value
    form = english_verb_form(low)
    if form in ("ing", "ed"):
        return _follows_verb(tokens, i + 1) and (form == "ing" or bool(rest) or led)
    if form == "s" and rest:
        nxt = rest[0].lower()
        return (
            english_verb_form(nxt) in ("ing", "ed")
            or nxt in ("to", *NEGATIONS, *OBJECTS)
            or (_adverb(rest[0]) and not nxt.endswith("ly"))
        )
    if german_participle(low):
        return _follows_verb(tokens, i + 1) or led
    if low.endswith("t") and rest and rest[0].lower() in ("sich", "nicht", "mehr", "nie"):
        return True  # "lässt sich nicht ändern", "klappt nicht mehr": a finite verb
    if german_finite(low) and _follows_verb(tokens, i + 1) and rest:
        return True  # "läuft nächste Woche ab", "geht seit gestern nicht"
    if head.islower() and rest and tokens[-1].lower() in _GERMAN_CLOSERS:
        return True  # "plötzlich ungültig geworden": the clause's verb closes it (German)
    if low in _DETERMINERS and rest and not any(_shaped(t) for t in rest):
        if any(t.lower() in _SUBJECTS for t in rest[1:]):
            return True  # "the one you chose", "das, was ich immer nehme": a clause of its own
        last = rest[-1]
        # "auf eure Empfehlung geändert": a noun phrase, then the participle closing the
        # clause (German word order), is the sentence's, not a value
        return last.islower() and german_participle(last.lower())
    return False


#: The words of a screen's status or error ("invalid token", "Login fehlgeschlagen").
STATUS_WORDS = frozenset(
    """
    invalid expired incorrect wrong failed failure denied rejected locked blocked disabled
    unknown required error unauthorized forbidden
    ungültig abgelaufen falsch fehlgeschlagen gesperrt verweigert abgelehnt fehler
    unbekannt erforderlich
    """.split()
)


def quoted_status(inner: str) -> bool:
    """Words in quotes after a password word that are a status or a sentence, not a
    passphrase: plain words only (a digit or a sign makes a value: "invalid token 9"), and
    a status word among them or a verb leading them ("keeps failing")."""
    tokens = [raw.strip(_EDGE) for raw in inner.split()]
    if not tokens or any(not t or _shaped(t) or t.isdigit() for t in tokens):
        return False
    if any(t.lower() in STATUS_WORDS for t in tokens):
        return True
    # (not "do you know": a question's words, inverted, quoted as a line of a song)
    return _reads_on(tokens) and not (len(tokens) > 1 and tokens[1].lower() in _SUBJECTS)
