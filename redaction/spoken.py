"""A password read out in running words after its password word.

A customer who dictates (a phone's speech input, a call note typed as heard) says the
value's signs and cases as words and spaces its characters: "kennwort maxi 2000 stern
stern", "password hunter two two exclamation point capital h", "es ist h a m b u r g 9 9",
"passwort lisa w punkt 1990 bindestrich x". No shape rule sees a value in these words, but
what they are made of does: a sign's name or a case said for a letter ("punkt", "stern",
"exclamation point", "capital h", "großes s"), or four characters or more said apart, are
what nobody writes about a password without giving it.

``dictated_runs`` reads the clause right after a password word (past its connector) and after
a later "it's"/"es ist"/":" in the same line: the words up to the first function or
state word ("password has a dot" stops at "has") or the clause's end. Such a run is a value
when it holds a sign's name or a said case next to another item, or four single characters
in a row; it is masked whole.
"""

from __future__ import annotations

import re

from redaction import words

_SYMBOLS = frozenset(
    """
    punkt stern sternchen ausrufezeichen fragezeichen bindestrich unterstrich raute
    doppelkreuz dollar dollarzeichen prozent klammeraffe at-zeichen doppelpunkt strich
    dot period underscore hyphen dash asterisk star hash pound percent ampersand plus
    """.split()
)
# a sign named in two words: "exclamation point", "question mark", "at sign"
_SYMBOL_PAIRS = frozenset(
    """
    exclamation+point exclamation+mark question+mark at+sign dollar+sign hash+sign
    pound+sign und-zeichen+x
    exclamation+points exclamation+marks question+marks at+signs dollar+signs hash+signs
    """.split()
)
# a sign said in the plural after its count ("two hashes", "zwei Sterne", "three dots"): a
# piece of a dictated value, as a digit counted is ("two sevens")
SIGN_PLURALS = frozenset(
    """
    hashes stars asterisks dots periods underscores hyphens dashes dollars ampersands pluses
    sterne punkte striche unterstriche bindestriche rauten
    """.split()
)
_CASE_WORDS = frozenset(
    """
    capital big small upper lower uppercase lowercase upper-case lower-case
    groß großes großer gross grosses grosser klein kleines kleiner
    großem großen grossem grossen kleinem kleinen
    """.split()
)
DIGIT_WORDS = _DIGIT_WORDS = frozenset(
    """
    null eins zwei zwo drei vier fünf fuenf sechs sieben acht neun zero one two three four five
    six seven eight nine
    """.split()
)
# between the items: "dann 88 dann dollar", "then capital h"
_JOINERS = frozenset("dann then danach".split())
# how often the piece beside it is said ("the number four twice", "zweimal die Vier",
# "double seven"): part of the value, which a dictation states as a count of the piece
_REPEATS = frozenset("twice thrice double triple zweimal dreimal doppelt doppel".split())
# the count said in two words after a digit's word or digits: "four three times", "7 dreimal"
_TIMES = frozenset("times mal".split())
# the article between a count and its piece: "zweimal die Vier", "twice the number 7"
_COUNTED_ARTICLES = frozenset("the die eine a".split())
# a digit said as a count of itself ("two sevens", "drei Einsen", "zwei Siebenen"): after a
# count's digit word or digits it is part of the value, as a count of a piece is
DIGIT_PLURALS = frozenset(
    """
    zeros zeroes ones twos threes fours fives sixes sevens eights nines nullen einsen zweien
    zwoen dreien vieren fünfen fuenfen sechsen siebenen siebener achten neunen
    """.split()
)
# what a number before it counts in a description of the value ("4 words", "8 Zeichen")
_COUNTED_NOUNS = frozenset(
    """
    words word wörter worte letters characters chars digits zeichen buchstaben ziffern
    stellen symbols
    """.split()
)
# digits said with their plural noun: "then the digits 4 4", "dann die Ziffern 7 7"
_DIGITS_NOUNS = frozenset("digits numbers ziffern zahlen".split())
# a case said for a whole piece, not a letter: "all lower case", "in capitals", "alles klein"
_WORD_CASE = re.compile(
    r"(?i)(?:all|in|alles|ganz|komplett)[ ]+(?:(?:lower|upper|small)[ ]?case|capitals"
    r"|(?:small|capital|lower[ ]?case|upper[ ]?case)[ ]+letters|klein|groß|gross"
    r"|kleinbuchstaben|großbuchstaben|grossbuchstaben)(?:[ ]+geschrieben)?(?![^\W\d_])"
    # how the pieces join, said between them: "blue whale, no space, then 8 8", "Blauwal
    # ohne Leerzeichen, dann acht acht", "all one word"
    r"|(?:no|without(?:[ ]+any)?|ohne)[ ]+(?:spaces?|leerzeichen|abstand)(?![^\W\d_])"
    r"|(?:all|in)[ ]+one[ ]+word(?![^\W\d_])|(?:alles[ ]+)?zusammen(?:geschrieben)?(?![^\W\d_])"
    # a space said for the piece: "cheese cake with a space" (not the case of its letter:
    # "Schmetterling mit großem S und dann 55 hinten dran" is labelled a description)
    r"|(?:with[ ]+a|mit)[ ]+(?:space|leerzeichen)(?![^\W\d_])"
)
_WORD_CASED = "<cased>"  # the token ``_run`` records for such a phrase
# what may stand in a dictated run though a stop word elsewhere: the case word "klein"
# ("sonne klein"), the joiners
_ITEM_WORDS = _CASE_WORDS | _JOINERS
# verbs that talk about what a password holds ("enthält Sternchen", "needs a dot"): the
# clause describes it, no run starts or goes on past them
_TALK = frozenset(
    """
    contains contain containing includes include including needs need requires require
    allows allow accepts accept ends starts begins enthält enthalten enthaelt braucht
    brauchen verlangt erfordert endet beginnt fängt akzeptiert erlaubt
    """.split()
)
# where the run may start besides right after the password word: a later "it's", "es ist"
# or a colon on the word's line ("… vom admin bekommen es ist h a m b u r g 9 9")
_LATER_START = re.compile(
    r"(?i)(?<!\w)(?:it'?s|it[ ]is|es[ ]ist|das[ ]ist|ist|is|lautet)[ ]+|:[ ]*"
)
# the words naming a user before a later start ("my username is dave underscore m 1986"):
# what follows is the user's name
_USER_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:user(?:[ ]?name)?|benutzer(?:name)?|nutzer(?:name)?|login|e-?mail|mail"
    r"|account|konto|name|id)[ ]+(?:is|ist|lautet)?[ ]*:?[ ]*\Z"
)
# what the value is said to start with: "starts with a capital Q", "beginnt mit großem A"
_STARTS_WITH = re.compile(
    r"(?i)(?<![^\W\d_])(?:starts?|begins?|beginnt|fängt(?:[ ]+an)?)[ ]+(?:with|mit)[ ]+"
    r"(?:(?:a|an|ein|einem|einen|einer)[ ]+)?"
)
_STARTS_BEFORE = re.compile(_STARTS_WITH.pattern + r"\Z")
# the value's end said inside a run ("… and ends with 4", "und am Ende ein Stern")
_ENDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:ends|endet)[ ]+(?:with|mit)|at[ ]+the[ ]+end|am[ ]+ende"
    r"|zum[ ]+schluss|zuletzt|finally|lastly)(?![^\W\d_])"
)
# the pieces a run said by its start or its end holds at least (a first and a last
# character alone describe the value)
_ENDS_PIECES = 3


def _ends_said(text: str, start: int, tokens: list[tuple[int, int, str]]) -> bool:
    """Whether the run at ``start`` is said by what the value starts or ends with."""
    return (
        _STARTS_BEFORE.search(text, max(0, start - 40), start) is not None
        or _ENDS.search(text, tokens[0][0], tokens[-1][1]) is not None
    )


# a hedge closes the value: "capital T tulip 88 i think"
_HEDGES = frozenset("think guess believe mean glaube glaub denke meine".split())
# the password word's connector ("is", "ist", ":", "-"), skipped before the run
_CONNECTOR = re.compile(
    r"(?i)[ ]*(?:[:=]|[ ]-{1,2}|[ ]–)?[ ]*(?:(?:is|ist|lautet|was|war|wäre)[ ]+)?"
)
_TOKEN = re.compile(r"[^\s,;!?()\"]+")
# what is said before a piece's digits: "number 4", "Zahl 7"
_NUMBER_WORDS = frozenset("number digit zahl ziffer nummer year jahr jahreszahl".split())
# the nouns a piece is said with ("the word seagull", "die Zahl 7") and their articles
_NAMED_NOUNS = _NUMBER_WORDS | frozenset(("word", "wort"))
_NAMED_ARTICLES = frozenset("the das die der dem".split())
_QUOTES = frozenset("'‘’‚\"“”„")
# digits or a digit's word right after a noun for digits ("the digits 4 4")
_NUMBER_AFTER = re.compile(
    r"(?i)[ ]+(?:\d|(?:null|eins|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zero|one"
    r"|two|three|four|five|six|seven|eight|nine)(?![^\W\d_]))"
)
# the first words of the signs named in two words ("exclamation" of "exclamation mark")
_SYMBOL_FIRSTS = frozenset(pair.split("+")[0] for pair in _SYMBOL_PAIRS)
#: The words that name a sign ("dot", "Ausrufezeichen") or start a sign's two-word name
#: ("exclamation"), lower case.
SIGN_WORDS = _SYMBOLS | _SYMBOL_FIRSTS
# the words that lead on to the next spelled piece: a comma, "and"/"und", a joiner, an article
# before a sign's name ("…, 9 and an exclamation mark", "…, dann ein Unterstrich")
_LEAD = re.compile(
    r"(?i),?[ ]*(?:(?:and|und)[ ]+)?"
    r"(?:(?P<joiner>then|dann|danach|plus|followed[ ]+by|gefolgt[ ]+von)[ ]+)?"
    # the last piece said as the value's end: "…, and it ends with two exclamation marks",
    # "und am Ende ein Stern", "zum Schluss 77"
    r"(?:(?:(?:it[ ]+)?(?:ends|endet)[ ]+(?:with|mit)|(?:at[ ]+the[ ]+end|am[ ]+ende"
    r"|zum[ ]+schluss|zuletzt|finally|lastly)(?:[ ]+(?:with|mit))?),?[ ]+)?"
    r"(?:(?P<article>a|an|ein|eine|einem|einen)[ ]+"
    # "then the year 2024", "dann die Zahl 7": the article of a number said with its noun
    # ("then the digits 4 4", "dann die Ziffern 7 7")
    r"|(?:the|das|die|der|dem)[ ]+(?=(?:year|jahr|jahreszahl|number|zahl|ziffer|digits|numbers"
    r"|ziffern|zahlen|word|wort)[ ])"
    # "then the at sign", "dann das At-Zeichen": the article of a sign's name
    r"|(?P<definite>the|das|die|den)[ ]+(?=(?:at[ ]sign|at-zeichen|dollar|hash|star"
    r"|asterisk|underscore|unterstrich|ausrufezeichen|fragezeichen|raute|sternchen"
    r"|bindestrich|exclamation|question|percent|prozent|ampersand|doppelpunkt|klammeraffe)"
    r"(?![^\W\d_])))?"
)
# a letter said alone after a case word ("kleines r", "capital Q")
_LETTER_AFTER = re.compile(r"[ ]+[^\W\d_](?![^\W\d_])")
_LEAD_WORDS = frozenset(
    "and und then dann danach plus a an ein eine einem einen it ends endet at am zum zuletzt"
    " finally lastly followed gefolgt".split()
)
# What every dictated run holds (a C-level scan of the word's reach before the token loop):
# a sign's or a case's word, or two characters said apart
_HINT = re.compile(
    r"(?i)(?<![^\W\d_])(?:punkt|stern|sternchen|ausrufezeichen|fragezeichen|bindestrich"
    r"|unterstrich|raute|doppelkreuz|dollar\w*|prozent|klammeraffe|at-zeichen|doppelpunkt"
    r"|strich|dot|period|underscore|hyphen|dash|asterisk|star|hash|pound|percent|ampersand"
    r"|plus|exclamation|question|sign|capital|big|small|upper\w*|lower\w*|gro(?:ß|ss)\w*"
    r"|klein\w*"
    # a digit counted ("two sevens", "drei Einsen")
    r"|zeroe?s|ones|twos|threes|fours|fives|sixes|sevens|eights|nines|nullen|einsen|zweien"
    r"|zwoen|dreien|vieren|fünfen|fuenfen|sechsen|siebenen|siebener|achten|neunen"
    # how pieces join ("no space", "ohne Leerzeichen", "all one word", "zusammen")
    r"|spaces?|leerzeichen|word|zusammen\w*"
    # a piece said with its count ("double four double seven", "zweimal vier")
    r"|twice|thrice|double|triple|zweimal|dreimal|doppel\w*"
    # a sign counted ("two hashes", "zwei Sterne"), the value's end said ("ends with 77")
    r"|hashes|stars|dots|asterisks|underscores|dashes|hyphens|sterne|punkte|ends|endet|ende"
    r"|schluss|zuletzt|finally|lastly|wort|followed|gefolgt"
    r")(?![^\W\d_])|(?<!\S)\S[ ]\S(?!\S)"
    # letters and digits said in pairs ("K7 P2 M9 X4")
    r"|(?<!\S)(?:[^\W\d_]\d|\d[^\W\d_])[ ](?:[^\W\d_]\d|\d[^\W\d_])(?!\S)"
)
# (the same scan of an ASCII text lower-cased: the case-blind scan gets no literal to skip
# ahead with and costs over twice as much, and in ASCII both find the same)
_HINT_LOWER = re.compile(_HINT.pattern.removeprefix("(?i)"))
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)")
_CLAUSE_END = re.compile(r"[ ]*(?:[,;!?()\"\n]|\.(?:\s|\Z)|[ ][–-][ ]|\Z)")
_REACH = 200


def _item_kind(low: str) -> str:
    """ "sym", "case", "single" (a character or a digit's word), "join" or ""."""
    if low in _SYMBOLS:
        return "sym"
    if low in _CASE_WORDS:
        return "case"
    if len(low) == 1 or low in _DIGIT_WORDS:
        return "single"
    if low in _JOINERS:
        return "join"
    return ""


def _spelled(low: str, before: str) -> bool:
    """Whether a token said as ``low`` after ``before`` is a piece of a spelled value: a sign,
    a case, a character or digit's word, digits, a quoted fragment ("'ommer'") or what a
    case or a number word is said for ("lowercase ettle", "number 4")."""
    return (
        bool(_item_kind(low))
        or low in _REPEATS
        or (low in _TIMES and (before in _DIGIT_WORDS or before.isdigit()))
        or (low in DIGIT_PLURALS and _counts(before))
        or (low in SIGN_PLURALS and _counts(before))
        or low in _DIGITS_NOUNS
        or low in _SYMBOL_FIRSTS
        or low in _NUMBER_WORDS
        or any(c.isdigit() for c in low)
        or low[:1] in _QUOTES
        or before in _CASE_WORDS
        or before in _NAMED_NOUNS
        or f"{before}+{low}" in _SYMBOL_PAIRS  # "hash sign", "exclamation mark"
    )


def _piece_word(text: str, low: str, end: int, stop: int) -> bool:
    """Whether the function word ``low`` ending at ``end`` is a piece's word here: the noun
    of digits that follow ("the digits 4 4") or the first word of a sign's name ("at
    sign")."""
    if low in _DIGITS_NOUNS:
        return _NUMBER_AFTER.match(text, end, stop) is not None
    if low in _SYMBOL_FIRSTS:
        nxt = _TOKEN.match(text, end + 1, stop)
        return nxt is not None and f"{low}+{nxt.group().lower()}" in _SYMBOL_PAIRS
    return False


def _counts(before: str) -> bool:
    """Whether ``before`` (the word said before) is a count: a digit's word or digits."""
    return before in _DIGIT_WORDS or before.isdigit()


def _lead(text: str, pos: int, stop: int, prev: str) -> tuple[int, bool]:
    """Where the next spelled piece starts past "and"/"und", a joiner and an article before
    a sign's name ("and an exclamation mark", "dann ein Unterstrich"), or -1: the words
    lead on to no piece ("and again", "dann habe ich"). After a letter said alone (``prev``)
    a letter that is a word too ("…, v, a, n") is a piece.

    The flag says the piece is a plain word said as itself after a joiner, between two
    spelled pieces ("capital S, then sonne, then the year 2024"): a described value's word
    part, which a word followed by talk ("…, then reboot") is not."""
    m = _LEAD.match(text, pos, stop)
    if m is None or m.end() == pos:
        return -1, False
    nxt = _TOKEN.match(text, m.end(), stop)
    if nxt is None:
        return -1, False
    low = nxt.group().lower().rstrip(".")
    if m.group("definite"):
        return m.end(), False  # (its lookahead named the sign)
    if m.group("article"):
        if low in _SYMBOLS or low in _SYMBOL_FIRSTS:
            return m.end(), False
        if low in _DIGIT_WORDS and prev in DIGIT_PLURALS:
            return m.end(), False  # "three nines and a two", "drei Einsen und eine Vier"
        if m.group("joiner") and (
            (low in _CASE_WORDS and _LETTER_AFTER.match(text, nxt.end(), stop) is not None)
            or (len(low) == 1 and low.isdigit() and not counts_something(text, nxt.end()))
        ):
            # "then a lowercase x", "dann ein kleines r", "dann eine 4": the article of a
            # letter said with its case, of a digit (not "then a 5 minute wait")
            return m.end(), False
        if len(prev) == 1 and len(m.group("article")) == 1:
            return m.start("article"), False  # "…, e, a, …": the letter a
        return -1, False  # "a number", "ein Sonderzeichen": talk about what it holds
    if (
        low in words.STOP_WORDS
        and not (len(low) == 1 and len(prev) == 1)
        and not _piece_word(text, low, nxt.start() + len(low), stop)
    ):
        return -1, False
    if _spelled(low, "") or low in _NAMED_NOUNS:
        return m.end(), False
    if m.group("joiner") and _said_word(text, nxt.start(), nxt.start() + len(low), stop):
        return m.end(), True
    return -1, False


def _said_word(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the word at ``start:end`` after a joiner is a piece of the value: a plain
    word (no talk, no state) that a further spelled piece follows ("…, then sonne, then the
    year 2024", "dann Hund und dann 1990")."""
    word = text[start:end]
    low = word.lower()
    if (
        not word.isalpha()
        or len(word) < 2
        or low in _TALK
        or low in _HEDGES
        or low in words.STATE_WORDS
    ):
        return False
    nxt, free = _lead(text, end, stop, low)
    return nxt >= 0 and not free


def _named_letter_end(text: str, end: int, stop: int, letter: str) -> int:
    """The end of a letter said with the word it is spelled by ("A wie Anton", "b like
    bravo", "K as in Kilo": the named word starts with the letter), else ``end``."""
    link = _SPELL_LINK.match(text, end, stop)
    if link is None:
        return end
    named = _TOKEN.match(text, link.end(), stop)
    if named is None or not named.group()[:1].lower() == letter:
        return end
    return named.start() + len(named.group().rstrip("."))


def _word_case_end(text: str, pos: int, stop: int) -> int:
    """The end of a case said for the piece before ``pos`` ("all lower case"), or -1."""
    m = _WORD_CASE.match(text, pos, stop)
    return -1 if m is None else m.end()


# what may stand between a case said first and the value: a colon or a comma, spaces
_PAST_MARK = re.compile(r"[ ]*[:,]?[ ]*")


def _leading_case_end(text: str, start: int, stop: int) -> int:
    """The end of a case said before the value it is for ("all lower case: sommerwind"), or
    -1: the word after it must be the value's, not talk ("all lower case and 8 characters",
    "alles klein, 12 Zeichen")."""
    end = _word_case_end(text, start, stop)
    if end < 0:
        return -1
    nxt = _TOKEN.match(text, _PAST_MARK.match(text, end, stop).end(), stop)  # type: ignore[union-attr]
    if nxt is None:
        return -1
    low = nxt.group().lower().rstrip(".")
    if low in words.STOP_WORDS or low in _TALK or low in words.STATE_WORDS:
        return -1
    if any(c.isdigit() for c in low) and counts_something(text, nxt.end()):
        return -1
    return end


def _run(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The dictated value starting at ``start`` (before ``stop``), or None.

    The value goes on past a comma, "and"/"und" or an article when spelled pieces follow
    ("capital T, o, m, a, 9 and an exclamation mark", "großes S, dann 'ommer', dann 2024");
    a piece said after a comma that is an ordinary word ("…, dann 5 Minuten gewartet") ends
    the value at the comma."""
    pos = start
    tokens: list[tuple[int, int, str]] = []
    if (lead_end := _leading_case_end(text, start, stop)) > 0:
        # "alles klein sommerwind dann zwei zwei": the case said first, for the value after
        tokens.append((start, lead_end, _WORD_CASED))
        pos = _PAST_MARK.match(text, lead_end, stop).end()  # type: ignore[union-attr]
    comma_at = -1  # the tokens before the last comma the value went past (-1: none)
    free_at = -1  # where a plain word said after a joiner stands (``_lead``'s flag)
    while pos < stop:
        m = _TOKEN.match(text, pos, stop)
        if m is None:
            break
        tok = m.group()
        if tok.endswith(".") and len(tok) > 1:
            tok = tok[:-1]
        low = tok.lower()
        if low in ("lower", "upper") and text[m.end() : m.end() + 5].lower() == " case":
            tok, low = text[m.start() : m.end() + 5], low + "case"  # "lower case": one word
        if low in _LEAD_WORDS and tokens:
            lead, free = _lead(text, m.start(), stop, tokens[-1][2])
            if lead > m.start():
                pos = lead
                free_at = lead if free else -1
                continue
        if tokens and (case_end := _word_case_end(text, m.start(), stop)) > 0:
            # "katze all lower case", "sonne alles klein": a case said for the piece before
            tokens.append((m.start(), case_end, _WORD_CASED))
            if not text.startswith(" ", case_end) and not text.startswith(", ", case_end):
                break
            pos = case_end + (2 if text.startswith(", ", case_end) else 1)
            continue
        if low == "an" and tokens and text.startswith(", ", m.end()):
            # "fängt mit großem B an, dann 3, …": the verb's particle between the pieces
            after = _lead(text, m.end(), stop, tokens[-1][2])
            if after[0] < 0:
                break
            comma_at = len(tokens)
            pos, free_at = after[0], after[0] if after[1] else -1
            continue
        if not tokens and low in _NAMED_ARTICLES:
            noun = _TOKEN.match(text, m.end() + 1, stop)
            if noun is not None and noun.group().lower() in _NAMED_NOUNS:
                pos = noun.start()  # "the word seagull, then …": the article of a named piece
                continue
        if tokens and tokens[-1][2] in _REPEATS and low in _COUNTED_ARTICLES:
            pos = m.end() + 1  # "zweimal die Vier", "twice the 7": the article of the piece
            continue
        if (
            low not in _ITEM_WORDS
            and len(low) > 1
            and low in words.STOP_WORDS
            and not _piece_word(text, low, m.end(), stop)
        ) or low in _TALK:
            break
        if (
            comma_at >= 0
            and m.start() != free_at
            and not _spelled(low, tokens[-1][2] if tokens else "")
        ):
            del tokens[comma_at:]  # an ordinary word after the comma: the value ended there
            break
        if "@" in tok or "://" in tok:
            break  # an address: no dictated password
        if low in _HEDGES:
            if tokens and tokens[-1][2] == "i":
                tokens.pop()
            break
        end = m.start() + len(tok)
        if len(low) == 1 and low.isalpha():
            end = _named_letter_end(text, end, stop, low)  # "A wie Anton": one letter
        tokens.append((m.start(), end, low))
        if text.startswith(", ", end) and _word_case_end(text, end + 2, stop) > 0:
            pos = end + 2  # "…, all lower case", "…, no space": said for the piece before
            continue
        if text.startswith(", ", end) and (after := _lead(text, end, stop, low))[0] >= 0:
            comma_at = len(tokens)
            pos, free_at = after[0], after[0] if after[1] else -1
            continue
        if _CLAUSE_END.match(text, end) is not None and not text.startswith(" ", end):
            break  # punctuation or the line's end closes the clause
        if not text.startswith(" ", end) or text.startswith("  ", end):
            break
        if _CLAUSE_END.match(text, end) is not None and text.startswith((" -", " –"), end):
            break
        pos = end + 1
    while tokens and tokens[-1][2] in _JOINERS:
        tokens.pop()
    while tokens and tokens[-1][2].isdigit() and counts_something(text, tokens[-1][1]):
        tokens.pop()  # "…, 11 chars": a count of what the value holds, no piece of it
    if len(tokens) < 2:
        return None
    if (
        _ends_said(text, start, tokens)
        and sum(
            t[2] not in _CASE_WORDS and t[2] != _WORD_CASED and t[2] not in _NAMED_NOUNS
            for t in tokens
        )
        < _ENDS_PIECES
    ):
        # "starts with capital S and ends with 4": its first and last characters only, a
        # description of a value nobody gave
        return None
    # two items only when one holds digits and the other is a sign ("becker1987 punkt"): a
    # case said for a letter alone ("capital W") answers a question about one character
    short = len(tokens) == 2
    kinds = [_item_kind(t[2]) for t in tokens]
    signs = cased = repeated = False
    # a character a sign's name goes with: digits, a word with digits, a letter said alone
    # (not "a", "i": words of their own)
    chars = any(
        (
            any(c.isdigit() for c in t[2])
            or (len(t[2]) == 1 and t[2] not in words.STOP_WORDS)
            or t[2] in _DIGIT_WORDS  # "star one nine four four hash"
        )
        # (not a count of what the value is made of: "4 words, all lowercase")
        and not (i + 1 < len(tokens) and tokens[i + 1][2] in _COUNTED_NOUNS)
        for i, t in enumerate(tokens)
    )
    singles = best = 0
    for i, (kind, item) in enumerate(zip(kinds, tokens, strict=True)):
        said = item[2]
        nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        if kind == "sym" or f"{said}+{nxt}" in _SYMBOL_PAIRS:
            signs = True
        elif kind == "case" and len(nxt) == 1 and nxt.isalpha():
            cased = True  # "capital h", "großes s": a case said for a letter
        elif said in DIGIT_PLURALS and i > 0 and _counts(tokens[i - 1][2]):
            repeated = True  # "two sevens", "drei Einsen": a digit counted, as dictated
        elif said in SIGN_PLURALS and i > 0 and _counts(tokens[i - 1][2]):
            signs = repeated = True  # "two hashes", "zwei Sterne": a sign counted
        elif said in _REPEATS or said in _TIMES:
            # a count said for a character beside it ("the number four twice", "zweimal
            # die Vier", "double seven"): how a value is dictated, never talk about one
            beside = [tokens[j][2] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
            repeated = repeated or any(
                b in _DIGIT_WORDS or b.isdigit() or (len(b) == 1 and b.isalpha()) for b in beside
            )
        if kind == "single":  # (a digit's word too: "seven seven two, and then 9 1 5")
            singles += 1
            best = max(best, singles)
        else:
            singles = 0
    if short and not (signs and any(c.isdigit() for t in tokens for c in t[2])):
        return None
    # a case said for a whole piece ("katze all lower case, then 44") with a character
    word_cased = any(t[2] == _WORD_CASED for t in tokens) and chars
    # pieces said with their nouns, joined ("the word seagull followed by the number 63",
    # "das Wort Tanne und dann die Zahl 88"): a value assembled aloud
    named = sum(
        1
        for i in range(1, len(tokens))
        if tokens[i - 1][2] in _NAMED_NOUNS and tokens[i][2] not in _NAMED_NOUNS
    )
    if cased or best >= 4 or (signs and chars) or repeated or word_cased or named >= 2:
        return tokens[0][0], tokens[-1][1]
    return _pairs(text, tokens)  # (signs' names among words, "dot dot dot": talk about signs)


# a letter and a digit said as one pair ("K7", "7k"): a sticker's code read out in pairs
_PAIR = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")
_PAIRS_MIN = 3
# the words before pairs that name a thing read out the same way: a plate, a booking, an order
_PAIR_THING = re.compile(
    r"(?i)(?<![^\W\d_])(?:booking|buchung\w*|reference|referenz\w*|reservation|reservierung"
    r"|order|bestell\w*|auftrag\w*|invoice|rechnung\w*|tracking|sendung\w*|plates?"
    r"|kennzeichen|nummernschild|registration|product|produkt\w*|artikel\w*|serial\w*"
    r"|serien\w*|ticket|flight|flug\w*|customer|kunden\w*|postcode|plz|zip|model|modell)"
    r"(?![^\W\d_])"
)


def _pairs(text: str, tokens: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of three pairs or more of a letter and a digit said in a row ("K7 P2 M9 X4"),
    the words after them left (talk: "… from the label"), or None; not after a word that
    names a thing read out so (a booking, a plate, an order)."""
    first = count = 0
    for i, (_, _, said) in enumerate(tokens):
        if _PAIR.fullmatch(said) is None:
            if count >= _PAIRS_MIN:
                break
            count = 0
            continue
        if count == 0:
            first = i
        count += 1
    if count < _PAIRS_MIN:
        return None
    start, end = tokens[first][0], tokens[first + count - 1][1]
    if _PAIR_THING.search(text, max(0, start - 40), start) is not None:
        return None
    return start, end


# a case said for a single letter: "capital S", "uppercase K", "großes A", "kleines b"
CASED_LETTER = re.compile(
    r"(?i)(?<![^\W\d_])(?:capital|big|small|upper(?:case)?|lower(?:case)?"
    r"|gro(?:ß|ss)(?:es|er|em)?|klein(?:es|er|em)?)[ ]+[^\W\d_](?![^\W\d_])"
)
# what may stand between a comma or a colon and the value: fillers ("…, ok so capital K")
_FILLERS_BEFORE = re.compile(r"(?i)[,:;][ ]*(?:(?:ok|okay|so|also|well|na|gut|ja|yes)[ ,]+)*\Z")


def sentence_reach(text: str, end: int) -> int:
    """Where the sentence a password word ends at ``end`` stops: its line's end, a
    sentence's stop (a dot inside a value, "Orchid.55", is none) or ``_REACH`` on."""
    line_end = text.find("\n", end)
    stop = min(len(text) if line_end < 0 else line_end, end + _REACH)
    sentence = _SENTENCE_END.search(text, end, stop)
    return stop if sentence is None else sentence.start()


def is_talk(low: str) -> bool:
    """Whether ``low`` is a verb of talk about what a password holds ("contains")."""
    return low in _TALK


def counts_something(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts a unit ("3 times", "12 Zeichen")."""
    return _UNIT_AFTER.match(text, end) is not None


def run_at(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The dictated value starting at ``start`` (before ``stop``), or None (``_run``)."""
    return _run(text, start, stop)


def dictated_runs(text: str, word_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dictated values after the password words at ``word_spans``."""
    out: list[tuple[int, int]] = []
    hint, scanned = (_HINT_LOWER, text.lower()) if text.isascii() else (_HINT, text)
    for _, end in word_spans:
        stop = sentence_reach(text, end)
        if hint.search(scanned, end, stop) is None:
            continue
        first = _CONNECTOR.match(text, end, stop)
        starts = [first.end() if first is not None else end]
        starts.extend(
            m.end()
            for m in _LATER_START.finditer(text, end, stop)
            if _USER_BEFORE.search(text, max(end, m.start() - 20), m.start()) is None
        )
        # a letter's case said after a comma or a colon and fillers ("new password, ok so
        # uppercase K, lowercase ettle, …"): the value starts there
        starts.extend(
            m.start()
            for m in CASED_LETTER.finditer(text, end, stop)
            if _FILLERS_BEFORE.search(text, end, m.start()) is not None
        )
        # the first piece said as what the value starts with ("starts with a capital Q,
        # then 7, …", "fängt mit einem großen B an, dann 3, …")
        starts.extend(m.end() for m in _STARTS_WITH.finditer(text, end, stop))
        # a case said first after a comma ("password, all lower case: sommerwind, then …")
        starts.extend(
            m.start()
            for m in _WORD_CASE.finditer(text, end, stop)
            if _FILLERS_BEFORE.search(text, end, m.start()) is not None
        )
        # (dict.fromkeys: each start once, in order; the connector's end is often a later
        # start too, and ``_run`` is the finder's dearest step on a text of many triggers)
        for start in dict.fromkeys(starts):
            span = _run(text, start, stop)
            if span is not None:
                out.append(span)
                break
    return out


# what may lead a message that is a dictated value alone: "it's …", "es ist …", "then …"
_ALONE_LEAD = re.compile(
    r"(?i)[ ]*(?:(?:it'?s|it[ ]is|es[ ]ist|das[ ]ist|ok|okay|so|also|and|und|then|dann)[ ,:]+)*"
)


def dictated_alone(text: str) -> tuple[int, int] | None:
    """A message that is a dictated value and nothing else ("it's Harbor then an exclamation
    mark then 41", "star one nine four four hash"): for a conversation whose secret the
    message before named. The same run as after a password word, spanning the message to its
    end (a sentence about it after the run is talk, not a value alone)."""
    if "\n" in text or len(text) > _REACH:
        return None
    hint, scanned = (_HINT_LOWER, text.lower()) if text.isascii() else (_HINT, text)
    if hint.search(scanned) is None:
        return None
    lead = _ALONE_LEAD.match(text)
    start = lead.end() if lead is not None else 0
    span = _run(text, start, len(text))
    if span is None or text[span[1] :].strip(" .!") != "":
        return None
    said = [w.strip(",.'").lower() for w in text[span[0] : span[1]].split()]
    if not any(
        w in _DIGIT_WORDS or w in _SYMBOLS or w in _SYMBOL_FIRSTS or any(c.isdigit() for c in w)
        for w in said
    ):
        return None  # letters and cases alone answer which are capitals ("capital O, P, D")
    return span


# A passphrase right after a bare password word: two to four words and a number ("Password
# Kite Flying 2020", "pw harbour light 7 – …"); the clause's last word or two after the
# number belong to it ("… cats 4 ever"); not when the number counts something ("password
# change 3 times") or a word is talk about the password ("reset", "policy", "seit").
_DIGIT = re.compile(r"\d")
_BARE_WORD = re.compile(r"[^\W\d_]{2,20}")
_BARE_NUMBER = re.compile(r"\d{1,4}[!?#$%&*+.]*")
_UNIT_AFTER = re.compile(
    r"(?i)[ ]+(?:times|mal|tries|try|attempts?|versuche?n?|days?|tage?n?|weeks?|wochen|"
    r"months?|monate?n?|years?|jahre?n?|hours?|stunden?|minutes?|minuten|min|sec|sek|"
    r"seconds?|sekunden|chars?|characters?|zeichen|stellen|digits?|ziffern|letters?|"
    r"buchstaben|symbols?|users?|accounts?|konten|tickets?|%|"
    # (the same units in the other languages customers write: "6 tegn", "24 saat")
    r"tegn|tecken|tekens|znaków|znakow|caracteres|caractères|caratteri|karakter|saat|gün|"
    r"dakika|godzin|dni|heures|jours|horas|días|dias|ore|giorni|uur|dagen|timer|dager)(?!\w)"
)
# a noun that labels the number after it: "health score 62", "Server Raum 12", "Stufe 3"
_LABEL_NOUNS = frozenset(
    """
    score level version step page number nummer nr no id room raum seite stufe punkte points
    grade rating rank runde round schritt etage floor haus house zimmer building gebäude
    """.split()
)


def bare_phrase_runs(text: str, word_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The passphrases right after the bare password words at ``word_spans``."""
    out: list[tuple[int, int]] = []
    for _, end in word_spans:
        if not text.startswith(" ", end):
            continue
        line_end = text.find("\n", end)
        stop = min(len(text) if line_end < 0 else line_end, end + _REACH)
        if _DIGIT.search(text, end, stop) is None:
            continue  # no number: no phrase of this kind
        pos = end + 1
        words_before = 0
        first = pos
        value_end = -1
        while pos < stop:
            m = _TOKEN.match(text, pos, stop)
            if m is None:
                break
            tok = m.group()
            if _BARE_NUMBER.fullmatch(tok) and words_before >= 2:
                if _UNIT_AFTER.match(text, m.end()) is not None:
                    break
                if text[:pos].split()[-1].lower() in _LABEL_NOUNS:
                    break
                value_end = m.end()
                break
            if (
                _BARE_WORD.fullmatch(tok) is None
                or tok.lower() in words.STOP_WORDS
                or tok.lower() in _TALK
                or words_before >= 4
            ):
                break
            words_before += 1
            if not text.startswith(" ", m.end()):
                break
            pos = m.end() + 1
        if value_end < 0:
            continue
        # the clause's last one or two words after the number ("4 ever", "4 ppl")
        rest = _CLAUSE_END.search(text, value_end)
        tail = text[value_end : rest.start() if rest is not None else stop].split()
        if tail and tail[0].lower().strip(".!?") in words.STATE_WORDS:
            continue  # "Kennwort Server Raum 12 vergessen": the password of a thing, judged
        if 0 < len(tail) <= 2 and rest is not None and rest.start() <= stop:
            value_end = rest.start()
        out.append((first, value_end))
    return out


# German's "als Passwort x bekommen/gewählt/gesetzt": the value between the password word
# and the participle that closes the clause ("Alice hat als Passwort 1*2&3 bekommen")
_AS_BEFORE = re.compile(r"(?i)(?<!\w)als[ ]+(?:(?:neues|neuen|ihr|sein|mein|unser)[ ]+)?\Z")
_AS_VALUE = re.compile(
    r"[ ]+(?P<v>[^\s,;]{1,64}(?:[ ][^\s,;]{1,64}){0,2}?)[ ]+"
    r"(?:bekommen|erhalten|gewählt|gesetzt|vergeben|genommen|eingegeben|eingetippt|eingestellt"
    r"|festgelegt|angegeben|hinterlegt|verwendet|benutzt)(?=[ ]*(?:[,.;!?(]|\Z|und|aber))",
    re.IGNORECASE,
)


# (and a preposition's contraction: "als Kennwort fürs Portal genommen" says what for)
_VAGUE = frozenset(
    "etwas irgendwas irgendeins sowas something anything fürs fuers zum zur beim vom ins".split()
)


def as_password_runs(text: str, word_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The values given "als Passwort" before a participle."""
    out: list[tuple[int, int]] = []
    for start, end in word_spans:
        if _AS_BEFORE.search(text, max(0, start - 16), start) is None:
            continue
        m = _AS_VALUE.match(text, end)
        if m is None:
            continue
        value = m.group("v")
        cores = [t.strip("\"'„“”").lower() for t in value.split()]
        if any(c in words.STOP_WORDS or c in _TALK or c in _VAGUE for c in cores):
            continue  # "als Passwort das Standardkennwort genommen": no value given
        out.append(m.span("v"))
    return out


# A value spelled with a spelling alphabet ("Kilo Echo Tango …", "Berta Anton Ludwig …",
# "K like Kilo, a like alpha …", "Ha wie Heinrich"): each word stands for its first letter.
# NATO's words and the German spelling table's names; a run of three of them or more with a
# digit (said or written) spells a value, no sentence uses them so.
SPELLING_WORDS = frozenset(
    """
    alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima
    mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray
    xray yankee zulu
    anton berta bertha cäsar caesar charlotte dora emil friedrich gustav heinrich ida julius
    kaufmann konrad ludwig martha marta nordpol otto paula quelle richard samuel siegfried
    theodor ulrich übermut viktor wilhelm xanthippe ypsilon zacharias zeppelin ärger ökonom
    """.split()
)
# "K like Kilo", "k as in kilo", "H wie Heinrich", "h für heinrich": one letter, named
_SPELL_LINK = re.compile(r"(?i)[ ]+(?:like|as[ ]+in|wie|für|fuer|for)[ ]+")
# the words between spelled items: "…, then 9 9", "dann eins"
_SPELL_JOINERS = frozenset("then dann and und".split())
_SPELL_ITEM = re.compile(r"[^\s,;:]+")
_SPELL_GAP = re.compile(r"[ ]*,?[ ]+|[ ]*-[ ]*")
_SPACES = re.compile(r"[ ]+")
# a writer's own word for a letter between two spelling words ("Papa Lima Uhu Martha")
_OWN_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{1,8}")
_SPELL_MIN_WORDS = 3
_SPELL_MIN_ITEMS = 5


def _spelled_item(text: str, pos: int) -> tuple[int, str] | None:
    """The spelled item at ``pos``: its end and the character it stands for."""
    m = _SPELL_ITEM.match(text, pos)
    if m is None:
        return None
    tok = m.group().rstrip(".")
    low = tok.lower()
    end = m.start() + len(tok)
    if len(tok) == 1:
        link = _SPELL_LINK.match(text, end)
        if link is not None and tok.isalpha():
            named = _SPELL_ITEM.match(text, link.end())
            if named is not None and named.group()[:1].lower() == low:
                return named.start() + len(named.group().rstrip(".")), "W"
        return end, "1" if tok.isdigit() else "c"
    if low in SPELLING_WORDS:
        return end, "W"
    if low in _DIGIT_WORDS or (tok.isdigit() and len(tok) <= 2):
        return end, "1"
    return None


def spelled_alphabet(text: str) -> tuple[int, int] | None:
    """The span of a value spelled with a spelling alphabet in ``text``: three spelling
    words or more ("Kilo", "K like Kilo") and, among five items or more said apart,
    a digit (a word in the alphabet reads as itself: "Hotel Berlin", "Otto and Emil")."""
    low = text.lower()
    if SPELLING_WORDS.isdisjoint(low.replace(",", " ").replace(".", " ").split()):
        return None  # the cheap test first: most texts name no spelling word
    pos = 0
    for m in _SPELL_ITEM.finditer(text):
        if m.start() < pos:
            continue
        start = pos = m.start()
        kinds: list[str] = []
        end = pos
        while True:
            item = _spelled_item(text, pos)
            if item is None and kinds and kinds[-1] == "W":
                own = _OWN_WORD.match(text, pos)
                if own is not None and (gap := _SPELL_GAP.match(text, own.end())) is not None:
                    following = _spelled_item(text, gap.end())
                    if following is not None and following[1] == "W":
                        item = own.end(), "c"
            if item is None:
                break
            end, kind = item
            kinds.append(kind)
            # the next item after a space, a comma or a joiner ("…, then 9 9")
            gap = _SPELL_GAP.match(text, end)
            if gap is None:
                break
            pos = gap.end()
            nxt = _SPELL_ITEM.match(text, pos)
            if nxt is not None and nxt.group().lower() in _SPELL_JOINERS:
                spaces = _SPACES.match(text, nxt.end())
                if spaces is None:
                    break
                pos = spaces.end()
        pos = max(pos, end)
        if kinds.count("W") >= _SPELL_MIN_WORDS and len(kinds) >= _SPELL_MIN_ITEMS and "1" in kinds:
            return start, end
    return None
