"""A passphrase that is a sentence of its own, given after a password word's copula.

"my password is the moon is made of cheese", "Das Kennwort lautet Der Mond ist
aufgegangen", "is the lord is my shepherd 23 all lowercase": after "is"/"ist"/"lautet" the
words hold a copula of their own, so the readers of passphrases (plain words, a glued
phrase with articles and prepositions) stop at it and the sentence reader reads prose. But
a copula's complement that is itself a whole clause, subject and copula and predicate,
closing its line, sentence or text, says what the password is word for word: no one
describes a password by a sentence about a moon. Talk about the password has this shape
too, and is told apart by its words: the subject is the password's matter ("the problem
is", "the reason is", "das Problem ist"), a pronoun ("it is", "that was"), or the inner
predicate leads into another clause or judges ("… is that it expires", "… is not working",
"… ist zu kurz", "… is it ok?").
"""

from __future__ import annotations

import re

from redaction import words

#: What opens the subject's noun phrase (at most one of them, then the subject's words).
_DETERMINERS = frozenset(
    """
    the a an my our your his her their this that
    der die das ein eine mein meine unser unsere dein deine sein seine ihr ihre
    """.split()
)
#: The inner copula of a sentence given as the value.
_COPULAS = frozenset("is are was were ist sind war waren".split())
#: A subject that makes the clause talk about the password or the case, no passphrase.
_TALK_SUBJECTS = frozenset(
    """
    problem issue thing reason question point fact one same only trouble error message
    system app site page form field login account way idea catch rule case answer result
    password passwort kennwort passphrase pw code pin key user username server screen box
    problem frage grund sache fehler ding punkt antwort fall ergebnis meldung seite
    it this that there what which who he she they we you i es das dies was wer er sie
    wir ihr ich man
    name benutzer benutzername nutzername email mail konto kunde kundennummer nummer
    number id address adresse
    ja doch halt eben mal schon aber also nur eh
    """.split()
)
#: What the inner predicate may not start with: a clause, a negation, a judgement, a
#: question's pronoun, a comparison ("… is that it expires", "… is not working").
_PREDICATE_NO_LEAD = frozenset(
    """
    that because since if whether not no never also too still just only the same it
    this there what how why when where so very
    dass daß weil da ob wenn nicht kein keine keinen nie auch zu noch nur schon so sehr
    es das wie warum wann wo gleich genauso
    """.split()
)
#: A typing note at the value's end ("all lowercase", "klein geschrieben").
_TAIL_NOTE = re.compile(
    r"[ ]+(?:all[ ]+(?:lower|upper)[ ]?case|(?:in[ ]+)?(?:lower|upper)[ ]?case|"
    r"alles[ ]+klein(?:[ ]+geschrieben)?|klein[ ]+geschrieben|with[ ]+(?:the[ ]+)?spaces|"
    r"mit[ ]+leerzeichen)[ ]*\Z",
    re.IGNORECASE,
)
#: Where the value's clause ends: a sentence's end, a comma, a bracket, a dash, a line.
_CLAUSE_END = re.compile(r"[.!?](?=[ \n]|\Z)|[,;:(\n]|[ ]+[–—-][ ]|\Z")
#: A clause joined after it: "… and it still fails", "… und das geht nicht".
_NEXT_CLAUSE = re.compile(
    r"[ ]+(?:and|but|und|aber)[ ]+(?:it|i|the|my|we|they|this|that|now|es|ich|das|der|die|"
    r"wir|sie|jetzt)(?![^\W\d_])",
    re.IGNORECASE,
)
#: "lautet ich liebe meinen Hund": after "lautet" (a verb that only announces a value) a
#: main clause led by a personal pronoun; not one whose verb talks ("ich weiß", "ich hab
#: es vergessen", "ich kann …").
_PRONOUNS = frozenset("ich du wir er sie".split())
_TALK_VERBS = frozenset(
    """
    bin bist sind ist war habe hab hast haben hat hatte weiß weiss kann kannst können muss
    musst müssen will willst wollen soll sollst sollen darf mag möchte glaube denke meine
    schicke sende sage schreibe finde brauche
    """.split()
)
_ANNOUNCING = frozenset("lautet lautete".split())
#: A street's name as the value: "ist Am Anger 7", "ist Zum Alten Hafen 12" (a capital
#: preposition inside a sentence begins a name; the number ends it).
_STREET = re.compile(
    r"(?:Am|Im|An|Auf|Zum|Zur|Unter|Hinter|In|Vor)(?:[ ]+[A-ZÄÖÜ][^\W\d_]+){1,3}"
    r"[ ]+\d{1,4}[a-z]?(?=[ ]+\(|[ ]*[,;.!]?[ ]*(?:\n|\Z)|[ ]+[–—-][ ])"
)
_REACH = 90
_EDGE = "\"'“”„‚‘’«»"


_STREET_LEADS = ("Am ", "Im ", "An ", "Auf ", "Zum ", "Zur ", "Unter ", "Hinter ", "In ", "Vor ")


def may_hold(text: str, start: int, verb: str) -> bool:
    """The cheap test: a copula word within reach after ``start``, a street's capital
    preposition right there, or "lautet"."""
    if verb.lower() in _ANNOUNCING or text.startswith(_STREET_LEADS, start):
        return True
    stretch = text[start : start + _REACH].lower()
    return any(f" {c} " in stretch for c in _COPULAS)


def sentence_value(text: str, start: int, verb: str = "") -> tuple[int, int] | None:
    """The span of a sentence of its own given as the value at ``start`` (right after a
    password word's copula ``verb``), or None."""
    street = _STREET.match(text, start)
    if street is not None:
        return street.span()
    stop = _CLAUSE_END.search(text, start, min(len(text), start + _REACH))
    if stop is None:
        return None
    end = stop.start()
    if text[end : end + 1] == "?":
        return None  # "is my name is that ok?": a question about it
    joined = _NEXT_CLAUSE.search(text, start, end)
    if joined is not None:
        end = joined.start()
    note = _TAIL_NOTE.search(text, start, end)
    if note is not None:
        end = note.start()
    value = text[start:end].rstrip()
    tokens = value.split()
    if not 3 <= len(tokens) <= 9:
        return None
    cores = [t.strip(_EDGE).lower() for t in tokens]
    if verb.lower() in _ANNOUNCING and cores[0] in _PRONOUNS:
        return _pronoun_clause(cores, start, value)
    i = 1 if cores[0] in _DETERMINERS else 0
    # the subject: one or two words of the language, then the inner copula
    j = next((k for k in range(i + 1, min(i + 3, len(cores))) if cores[k] in _COPULAS), 0)
    if not j or j + 1 >= len(cores):
        return None
    subject = cores[i:j]
    if any(not w.isalpha() or w in _TALK_SUBJECTS or w in words.FUNCTION_WORDS for w in subject):
        return None
    predicate = cores[j + 1 :]
    if predicate[0] in _PREDICATE_NO_LEAD or any(c in _COPULAS for c in predicate):
        return None
    if any(c in words.STATE_WORDS for c in cores):
        return None  # "the account is locked", "die Seite ist kaputt": how things are
    content = [c for c in cores if c and c not in words.FUNCTION_WORDS]
    if len(content) < 2:
        return None
    return start, start + len(value)


def _pronoun_clause(cores: list[str], start: int, value: str) -> tuple[int, int] | None:
    """ "ich liebe meinen hund" after "lautet": a pronoun, a verb of content, its object."""
    if len(cores) > 7 or cores[1] in _TALK_VERBS or not cores[1].isalpha():
        return None
    rest = cores[2:]
    if any(c in _PREDICATE_NO_LEAD or c in _PRONOUNS or c in words.STATE_WORDS for c in rest):
        return None
    if not any(c not in words.FUNCTION_WORDS for c in rest):
        return None
    return start, start + len(value)
