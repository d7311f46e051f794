"""CARD_CVC and CARD_EXPIRY: the security code and expiry date typed next to a card.

An expiry or a three-digit number alone is not a secret ("delivered 12/25", "order 123"),
so both are masked when they sit next to a card number, separated by nothing but
punctuation and label words ("exp 12/25, cvc 123", "— exp Dec 2026 — code on back is 123"),
or glued onto the card's last group ("4111 1111 1111 1111123"); a labelled expiry
("exp Dec 2026", "gültig bis 12/26") anywhere in a message that carries a card. A CVC with
its own label ("CVV: 123", "Prüfziffer 123", "code on the back is 123", "die 3 Ziffern
hinten: 123") is masked anywhere. Labels may be typed without umlauts (``gueltig bis``,
``Pruefziffer``) or as keys joined by ``_`` (``valid_thru``, ``security_code``); quotes,
brackets, table and Markdown marks may sit between card and details (CSV rows, JSON,
``| 09/27 | 321``), and the expiry's month and year may be fields of their own
(``exp_month=11&exp_year=2030``, ``month 05 year 30``, ``…|02|2029|``). Emoji may sit
between card and details; an expiry may be read out in words ("oh-three thirty-one") or be
a year as the end of a validity ("gilt bis Ende 2029"). Runs on normalised text (dashes are
``-``).
"""

from __future__ import annotations

import re as stdre
from bisect import bisect_right
from collections.abc import Generator
from itertools import chain, islice

import regex as re
from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import number_words, spoken
from redaction.named_values import example_given
from redaction.recognizers.base import literal_trie, run_steps, umlaut_spellings
from redaction.recognizers.card import (
    COUNT_UNITS,
    LOOKALIKE_HINT,
    card_spans_steps,
    find_card_spans,
    glued_expiry_cvc,
)
from redaction.types import CARD_CVC, CARD_EXPIRY

_FLAGS = re.IGNORECASE

#: Label words for a CVC. Each one contains a literal the pre-check scans for.
CVC_LABELS: tuple[str, ...] = (
    r"cvc2?(?:[ -]?(?:code|nummer|number))?",
    r"cvv2?(?:[ -]?(?:code|nummer|number))?",
    # (its letters swapped, as typed in a hurry: "ccv", "cvcv")
    r"ccv2?(?:[ -]?(?:code|nummer|number))?",
    r"cid",
    r"csc",
    r"cvn2?",
    r"sec\.?\s+code",
    r"(?<!social\s)security\s+(?:code|number|digits|no\.?|nr\.?)",
    # (a vague noun for it: "the security thing is 590")
    r"(?<!social\s)security\s+(?:thing(?:y|ie)?|bit)",
    # (Swiss German ends a plural or a noun in "-e": "Prüefziffere", "Sicherheitsnummere")
    # (any German noun for "number" after the "check"/"security" stem: -code, -nummer,
    # -zahl, -ziffer, -wert: "Prüfzahl", "Sicherheitsziffern")
    r"sicherheits(?:code|nummere?|zahl|ziffer[ne]?)",
    r"kartenprüf(?:nummere?|nr\.?|ziffer[ne]?|code|zahl|wert)",
    r"prüf(?:nummere?|nr\.?|zahl|wert)",
    r"prüfziffer[ne]?",
    r"prüfcode",
    # the security code in the languages of customers writing English or German as a second
    # language: Spanish, Portuguese, Italian, Turkish, Polish, French, Russian
    r"c[óo]digo\s+de\s+seguran[çc]a",
    r"c[óo]digo\s+de\s+seguridad",
    r"codice\s+di\s+sicurezza",
    r"g[üu]venlik\s+kodu",
    r"kod\s+bezpiecze[ńn]stwa",
    r"cryptogramme(?:\s+visuel)?",
    r"код\s+безопасности",
    # ... and Danish, Norwegian, Swedish, Dutch, Japanese and Chinese, the languages of other
    # customers writing English or German (a card's "control digits" in the Nordic ones)
    r"kontrolcifre|kontrollsiffer|kontrollsiffra|sikkerhedskode|sikkerhetskode|säkerhetskod|sakerhetskod",
    r"beveiligingscode|veiligheidscode",
    r"セキュリティー?コード|安全[码碼]",
    r"card\s+verification(?:\s+(?:code|value|number))?",
    r"verification\s+value",
    # (taken "from" it as well: "the digits from the back")
    r"(?:the\s+)?(?:code|number|digits|numbers)\s+(?:on|at|from)\s+(?:the\s+)?(?:back|reverse|rear)"
    r"(?:\s+(?:side\s+)?of\s+(?:the|my)\s+card)?",
    # the back as what shows the code: "the back says 607" (only before a verb of showing
    # and figures: "the back says three hundred years …" is a book's)
    r"(?<![^\W\d_])the\s+back(?=\s+(?:says|reads|shows)[\s:]+\d)",
    # the code printed on the signature strip
    r"signature\s+(?:panel|strip|stripe|field)(?:\s+(?:code|number|digits))?",
    # (or a vague noun: "the 3 digit thing is 702", "the three digit one")
    # (a number's length said in words of numbers: "4 number code 5530")
    r"(?<!(?:last|final|first|letzten?|ersten?)\s)(?:3|4|three|four)[ -]?number[ -]code|"
    r"(?<!(?:last|final|first|letzten?|ersten?)\s)(?:3|4|three|four)[ -]?digits?"
    r"(?:\s+(?:code|number|thing(?:y|ie)?|one|bit))?(?:\s+(?:printed\s+)?(?:on|from)\s+(?:the\s+)?(?:back|front)"
    # (and where on it: an Amex's "4 digits on the front above the number")
    r"(?:\s+(?:above|over|next\s+to|beside)\s+(?:the\s+)?(?:card\s+)?number)?)?",
    # (where it is printed: on the back, or an Amex's on the front: "die 4 Ziffern vorne drauf")
    r"(?:code|nummer|zahl|ziffern)\s+(?:hinten|vorne?|auf\s+der\s+(?:rück|vorder)seite)"
    r"(?:\s+(?:drauf|auf\s+der\s+karte))?",
    # (spoken forms drop the "-en"'s e: "de vier Zahln vorn drauf")
    # (not the card number's own digits: "letzte vier Ziffern 6519", "die ersten 4 Ziffern")
    r"(?<!(?:last|first|letzten?|ersten?)\s)(?:die\s+)?(?:3|4|drei|vier)[ -]?"
    r"(?:stellige[nr]?\s+(?:code|zahl|nummer)|"
    r"ziffe?rn|zahle?n)(?:\s+(?:hinten|vorne?|auf\s+der\s+(?:rück|vorder)seite)(?:\s+drauf)?)?",
    r"rückseite",
    # (not another number's end: "Kundennummer hinten 482", "die Seitenzahl hinten ist …")
    r"(?<![^\W\d_](?<!karten|prüf|sicherheits)(?:nummer|nr\.?|zahl)\s)"
    r"hinten(?:\s+(?:steht|drauf|ist))?",
    # "the code behind", "the number on the backside" (where it is printed, in other words)
    # ("behind" only after the noun: the word alone is common chat, the pre-check scans
    # for the pair)
    r"(?:code|number|digits|numbers)[ ]behind",
    r"(?:code|number|digits|numbers)\s+(?:on\s+(?:the\s+)?)?back[ -]?side",
    r"back\s+of\s+(?:the|my)\s+card",
    # the place as the noun's first word: "back number 028", "back code: 413" (not a call's
    # "call back number")
    r"(?<!call\s)back[ -]?(?:code|number|digits|numbers|nummer)",
)
#: Literals that every match of a CVC label contains (read by the pre-check).
TRIGGERS: tuple[str, ...] = (
    "sec",
    "cvc",
    "cvv",
    "ccv",
    "cid",
    "cardcode",  # a payment API's key (see ``_CVC_KEYED``)
    "card_code",
    "card-code",
    "cc_code",
    "cc-code",
    "cccode",
    "csc",
    "cvn",
    "security",
    "sicherheit",
    "seguridad",
    "seguran",
    "sicurezza",
    "venlik kodu",
    "bezpiecze",
    "cryptogramme",
    "безопасности",
    "kontrolcif",
    "kontrollsiff",
    "sikkerhe",
    "säkerhetskod",
    "sakerhetskod",
    "beveiligingscode",
    "veiligheidscode",
    "セキュリティ",
    "安全码",
    "安全碼",
    "prüf",
    "pruef",
    "prüef",  # Swiss German
    "prueef",
    "verification",
    "back",
    "reverse",
    "rear",
    "code behind",
    "number behind",
    "numbers behind",
    "digits behind",
    "signature",
    "hinten",
    "rückseite",
    "rueckseite",
    "digit",
    "number code",
    "number-code",
    "ziffer",
    "stellig",
    "zahlen",
    "zahln",
    "ziffrn",
)


def _typed(pattern: str) -> str:
    """A label as customers type it: with umlauts or their ASCII spelling (``gueltig``,
    ``Kartenpruefnummer``), ``ü`` as Swiss German writes it (``Prüefziffer``,
    ``güeltig``), its words apart or joined by ``_`` as in a JSON key
    (``gueltig_bis``, ``security_code``)."""
    return umlaut_spellings(pattern.replace("ü", "üe?")).replace(r"\s+", r"[\s_]+")


_MONTHS = umlaut_spellings(
    r"(?:jan(?:uary|uar)?|jän(?:ner)?|feber|feb(?:ruary|ruar)?|mar(?:ch)?|mär(?:z)?|apr(?:il)?|may|mai|"
    r"jun(?:e|i)?|jul(?:y|i)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|dez(?:ember)?)\.?"
)
#: (the months' names, for readers of a card's details elsewhere)
MONTHS = _MONTHS
# The months of the other languages customers here write a card's details in (Spanish,
# French, Italian, Portuguese, Dutch: "vencimiento: marzo 2028", "expire fin septembre
# 2027"), nested by first letter (one branch per letter is tried, not every name): read in
# the expiry's own shape (after a card or a label), not in the wider scans for a month
_FOREIGN_MONTHS = (
    r"(?:a(?:bril|gosto|vril|oût|out|prile|ugustus)|d(?:iciembre|écembre|ecembre|icembre"
    r"|ezembro)|enero|f(?:ebrero|évrier|evrier|ebbraio|evereiro|ebruari)|g(?:ennaio|iugno)"
    r"|j(?:unio|ulio|anvier|uin|uillet|aneiro|unho|ulho|anuari)|luglio"
    r"|m(?:arzo|ayo|ars|aggio|arço|arco|aio|aart|ei)|no(?:viembre|vembre|vembro)"
    r"|o(?:ctubre|ctobre|ttobre|utubro)|se(?:ptiembre|tiembre|ptembre|ttembre|tembro)"
    # their short forms on a card or a form ("exp Dic 2027", "scad. ott 28", "févr. 2029")
    # that are no English or German word
    r"|(?:dic|ene|abr|ago|ott|giu|lug|fev|janv|févr|fevr|avr|juil|déc)\.?"
    # Polish, Turkish, Romanian (names and stems: "grudnia", "aralık", "decembrie")
    r"|(?:stycze[ńn]|stycznia|lut(?:y|ego)|marz?ec|marca|kwie(?:cie[ńn]|tnia)|czerw(?:iec|ca)"
    r"|lip(?:iec|ca)|sierp(?:ie[ńn]|nia)|wrze(?:sie[ńn]|[śs]nia)|pa[źz]dziernik[a]?"
    r"|listopad[a]?|grud(?:zie[ńn]|nia)|maj[a]?)"
    r"|(?:ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m"
    r"|aral[ıi]k)"
    r"|(?:ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie"
    r"|decembrie)"
    # Russian and Ukrainian, Greek (stems: "декабря", "грудня", "Δεκεμβρίου", "Δεκ")
    r"|(?:январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?"
    r"|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|січ(?:ень|ня)|лют(?:ий|ого)"
    r"|берез(?:ень|ня)|квіт(?:ень|ня)|трав(?:ень|ня)|черв(?:ень|ня)|лип(?:ень|ня)"
    r"|серп(?:ень|ня)|верес(?:ень|ня)|жовт(?:ень|ня)|листопада?|груд(?:ень|ня))"
    r"|(?:ιαν|φεβ|μαρ|απρ|μα[ιΐ]|ιουν|ιουλ|αυγ|σεπ|οκτ|νο[εέ]|δεκ)[^\W\d_]{0,8}\.?)"
)
# Not the tail of a date or a range: no digit or "." before it, nor a "-" after a digit
# ("2024-05-28", "10-12/25"); a "-" after a word is the label's dash ("exp—09/27" is
# "exp-09/27" once normalised).
_NOT_A_TAIL = r"(?<![\d.])(?<![\d.]-)"
_EXP = (
    # not followed by "/DD" or "/YYYY" (a full date), but "05/28/902" is an expiry and a CVC;
    # nor by ".YYYY"/"-YYYY": "01.11.2024" is a day, its month and its year
    # (a form body or a query percent-encodes the slash: "card_exp=05%2F30")
    # (a phone's dictation writes the slash as a word: "11 slash 27")
    _NOT_A_TAIL + r"(?:(?:0?[1-9]|1[0-2])(?:[ ]?[/.\-][ ]?|%2F|[ ]slash[ ]|_)(?:20)?\d{2}"
    r"(?!\d|/\d{1,2}(?!\d)|[/.\-](?:19|20)\d\d(?!\d))"
    # (round 61) a month and a four-digit year apart by a space or a comma ("ablauf 9 2026")
    r"|(?:0?[1-9]|1[0-2])[ ,]20[2-4]\d(?![\d/.\-])"
    # (a sentence's full stop may close it: "Ablauf 2030-01.")
    r"|20\d{2}[\-/.](?:0[1-9]|1[0-2])(?![\d\-/]|\.\d)"
    # (a phone's keyboard curls the year's apostrophe: "März ’27")
    rf"|(?:{_FOREIGN_MONTHS}|{_MONTHS})(?:,?[ ]|,)?(?:of[ ])?(?:['’‘]|20)?\d{{2}}(?!\d))"
)
# Not followed by a currency or a unit: "4111 …, 100 EUR" is an amount.
_CVC = rf"(?<!\d)\d{{3,4}}(?!\d|[/.,\-]\d|\s?(?:{COUNT_UNITS}))"
_LABEL = _typed(rf"(?:{'|'.join(CVC_LABELS)})")
# a CVC read out digit by digit: "one two three", "null acht fünf", "four-oh-seven"
_DIGIT_WORDS: tuple[str, ...] = (
    *"zero oh one two three four five six seven eight nine".split(),
    *"null eins zwei zwo drei vier fünf sechs sieben acht neun".split(),
)
_DIGIT_WORD = umlaut_spellings("(?:" + "|".join(_DIGIT_WORDS) + ")")
_SPOKEN_CVC = rf"(?<![^\W\d_]){_DIGIT_WORD}(?:[ ,\-]+{_DIGIT_WORD}){{2,3}}(?![^\W\d_])"
# a CVC of one digit said as its count: "drei Einsen", "three sevens", "dreimal die Neun",
# "triple seven" (after a code's label: how a value is dictated, no count of anything)
_COUNTED_CVC = umlaut_spellings(
    r"(?<![^\W\d_])(?:(?:three|four|drei|vier)[ ]+(?:zeros|ones|twos|threes|fours|fives|sixes"
    r"|sevens|eights|nines|nullen|einsen|zweien|dreien|vieren|fünfen|sechsen|siebenen|achten"
    r"|neunen)|(?:triple|dreimal(?:[ ]+die)?|three[ ]+times)[ ]+" + _DIGIT_WORD + r")(?![^\W\d_])"
)
# a CVC said as a number: "seven hundred forty one", "siebenhundertvierzig"
_HUNDREDS_CVC = umlaut_spellings(rf"(?<![^\W\d_]){number_words.HUNDREDS}(?![^\W\d_])")
# MMYY typed bare after a card with the CVC after it: "4111… 0329 123"
_BARE_MMYY = r"(?<![\d.\-])(?:0[1-9]|1[0-2])[2-4]\d(?=[ ,;/|]{1,3}\d{3,4}(?!\d))"
# How long a card lasts, in any words: a validity word and "until"/"bis" ("good until",
# "works till", "runs out in", "active thru", "gilt bis", "läuft noch bis", "endet im").
_VALIDITY = (
    r"(?:(?:good|valid|usable|works?|working|active|lasts?|runs?|running)"
    r"(?:\s+out)?\s+(?:until|till|til|thru|through|to|in|by)|"
    r"(?:gilt|gültig|läuft|lauft|endet|geht)(?:\s+(?:noch|nur))?\s+(?:bis|im|zum)|"
    # the end of a range whose start was given ("valid from 01/22 until 01/28")
    r"until|till|thru|through|bis)"
)
# A word saying when the card expires or expired, in any tense: "exp", "expire(s|d)",
# "expiring", "Ablauf(datum)", "abgelaufen" (Austrian "abglaufen"), "verfällt", "verfallen"
_EXPIRY_WORD = (
    r"exp(?:iry|ire[sd]?|iration|iring)?|ab(?:ge?)?lauf(?:en|datum|end)?|verf(?:all|ällt)\w*"
    # other languages' words: Spanish "caducidad", "vencimiento", "vence"; Portuguese
    # "vencimento", "validade"; Italian "scadenza", "scade"; Dutch "vervaldatum"
    r"|caducidad|caduca|vencimiento|vencimento|vence|validade|scadenza|scade|vervaldatum"
    # Polish "ważna do", Turkish "son kullanma (tarihi)", Romanian "expiră", "valabil(ă)
    # până (la)", Russian and Ukrainian "срок действия", "действительна до", "дійсна до",
    # Greek "λήξη", "ισχύει έως", French "valable jusqu'à"
    r"|wa[żz]n[aey](?:\s+do)?|wa[żz]no[śs][ćc]|son\s+kullanma(?:\s+tarihi)?|expir[ăa]"
    r"|valabil[ăa]?(?:\s+p[âa]n[ăa](?:\s+la)?)?|срок(?:\s+действия)?"
    r"|действительн[аы]\s+до|годн[аы]\s+до|дійсн[аі]\s+до|λήξη|λήξης|ισχύει\s+έως"
    r"|valable(?:\s+jusqu'(?:à|au))?"
)
_FILLER_WORDS = _typed(
    (
        rf"(?:{_EXPIRY_WORD})(?:\s+date)?|valid(?:\s+(?:thru|through|until|till|to))?|"
        r"laufzeit|"
        r"end|ende|of|at|"
        # ("lauft": Bavarian and Austrian say it without the umlaut)
        r"good\s+thr(?:u|ough)|gültig(?:\s+bis)?|gültigkeit|mm/jj|bis|l(?:ä|a)uft(?:\s+ab)?|ab|date|"
        r"datum|mm/yy|"
        # (Swiss German "isch" for "ist", "Charte" for "Karte")
        r"code|and|und|the|is|ist|isch|lautet|with|mit|plus|sowie|back|hinten|card|"
        # "code" in Spanish, Portuguese and Italian: "card 6011 … and código 321"
        r"c[oó]digo|codice|"
        # and in Romanian, Polish, Turkish, Russian and Ukrainian, Greek: "cod 880", "kod
        # 512", "kodu 407", "код 919", "κωδικός 330"; their "until": "до 07/28", "έως"
        r"cod|codul|kod|kodu|код|κωδικ[οό][ςσ]?|до|έως|p[âa]n[ăa]|"
        # (and their "and", "in": "y código 806", "vence en abril 2029", "et le code")
        r"y|et|en|"
        r"(?:kredit)?[kc]harte|karte|"
        # where an Amex prints its four-digit code: "the code on the front is 4417"
        r"front|vorne|vorn|vorderseite|behind|backside|"
        # a vague name for the code after the card's number: "and the little number 330",
        # "die kleine Zahl hinten 512", "the short code 084"
        r"little|small|short|tiny|kleine[n]?|kurze[n]?|zahl|"
        r"number|nummer|nr|no|on|of|auf|der|die|das|it's|its|month|year|monat|jahr|then|dann|"
        r"also|auch|my|mein|meine|im|in|to|zum|"
        # what the card shows: "the date on the card says 12/25", "drauf steht 03/28"
        r"says|reads|shows|zeigt|steht|drauf|"
        # short forms of an expiry's label ("ex 1/28", "vld 03/29", "gült. 11/27")
        r"ex|vld|val|gült\.?|"
        # the CVC's length said on the way ("Sicherheitscode vorne 4-stellig: 7712")
        r"(?:3|4|drei|vier)[ -]?stellig(?:e[nr]?)?|"
        # a bound's qualifier: "gültig bis einschließlich 03/29", "valid through (incl.) 03/29"
        r"einschließlich|einschl\.?|inklusive|inkl\.?|inclusive|incl\.?|including|"
        # short labels that name a CVC only next to a card: "sec 123", "KPN: 123"
        r"sec|security|kpn|kprnr|pz"
    )
    + "|"
    + _LABEL
)
# quotes, brackets, a question, table and Markdown marks: CSV or JSON fields
# ("…","11/2028","046"), "und die CVC?\n123", "| 09/27 | 321", "**Exp**: 09/27"; emoji
# and other symbols ("… 📅 11/30 🔒 905")
# and a list's marks: bullets and arrows ("• 02/29\n• 809" from a notes app), a list
# item's number or letter at a line's start ("2. 02/29", "c) 809")
# (the mark first, its line start checked after: cheap where no mark is)
_LIST_MARK = r"(?:\d{1,2}|[a-z])[.)](?=[ \t])(?<=(?:^|\n)[ \t]*(?:\d{1,2}|[a-z])[.)])"
_FILLER = (
    # (and a label in a script written without spaces: "カード … 有効期限 07/28", "有效期")
    rf"(?:[\s,;:/()\-.&+#=\"'?|*\[\]{{}}\p{{So}}\p{{Sk}}\ufe0f\u200d"
    r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
    r"\u2022\u2023\u2043\u00b7\u2219\u25e6\u2192\u21d2]|"
    rf"{_LIST_MARK}|(?<!\w)(?:{_FILLER_WORDS})(?!\w)){{0,20}}?"
)

# an expiry read out in words: "oh-four twenty-nine", "zero nine / thirty", "null drei
# achtundzwanzig" (month 1-12, year 20-49)
_EN_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_DE_UNITS = r"(?:eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)"
_SPOKEN_MONTH = umlaut_spellings(
    rf"(?:(?:oh|o|zero|null)[ -]?(?:{_EN_UNITS}|{_DE_UNITS})|ten|eleven|twelve|zehn|elf|zwölf)"
)
_SPOKEN_YEAR = umlaut_spellings(
    rf"(?:(?:twenty|thirty|forty)(?:[ -]?{_EN_UNITS})?|"
    rf"(?:{_DE_UNITS}und)?(?:zwanzig|dreißig|dreissig|vierzig))"
)
# a year read out in full: "twenty twenty-seven", "two thousand and thirty", "zweitausend-
# neunundzwanzig", "zwanzig achtundzwanzig" (the century's words, then the year's)
_SPOKEN_CENTURY = umlaut_spellings(
    r"(?:(?:twenty|two[ -]thousand(?:[ -]and)?)[ -]?|(?:zwanzig|zweitausend)[ -]?(?:und[ -]?)?)"
)
_SPOKEN_FULL_YEAR = rf"(?:{_SPOKEN_CENTURY})?{_SPOKEN_YEAR}"
# or digit by digit: "one two slash two nine", "null drei, drei eins"
_EN_DIGIT = rf"(?:zero|oh|{_EN_UNITS})"
_DE_DIGIT = rf"(?:null|zwo|{_DE_UNITS})"
_SPOKEN_DIGITS_EXP = umlaut_spellings(
    rf"(?:(?:zero|oh|one)[ -]{_EN_DIGIT}[ ,]+(?:slash[ ]+|/[ ]*)?(?:two|three|four)[ -]{_EN_DIGIT}"
    rf"|(?:null|eins)[ -]{_DE_DIGIT}[ ,]+(?:schrägstrich[ ]+|/[ ]*)?(?:zwei|zwo|drei|vier)[ -]"
    rf"{_DE_DIGIT})"
)
# or its month with the year said from today: "march next year", "März nächsten Jahres" (a
# card's date: after the card or an expiry's word only, as every form here); without the
# month ("end of next year", "Ende nächsten Jahres") it says too little to use, and the
# tuning sets label it no secret
_RELATIVE_EXP = umlaut_spellings(
    rf"(?:{_MONTHS})(?:[ ]+(?:of[ ]+)?next[ ]+year|[ ]+(?:nächsten|kommenden)[ ]+jahres)"
)
_SAID_SLASH = r"(?:slash|schrägstrich|schraegstrich|strich)(?=[ ])"
_SPOKEN_EXP = (
    # (the slash said as a word too: "oh nine slash twenty seven", "null neun Strich …")
    rf"(?:(?:(?:{_SPOKEN_MONTH}|{_MONTHS})(?![^\W\d_])[ ]?(?:[/,\-]|{_SAID_SLASH})?[ ]?(?:of[ ])?"
    rf"{_SPOKEN_FULL_YEAR}"
    rf"|{_SPOKEN_DIGITS_EXP}|{_RELATIVE_EXP})(?![^\W\d_]))"
)
# or its digits typed one by one, as a phone's dictation or a careful reader writes them:
# "exp 1 2 / 2 9", "Ablaufdatum 0 4 slash 2 7" (only after an expiry's label: digits apart
# are no shape of prose, a month's two and a year's two around a slash are a card's date)
_DIGIT_BY_DIGIT_EXP = (
    r"(?<![\d.\-])(?:0[ ][1-9]|1[ ][0-2])[ ]?(?:/|slash(?=[ ])|schr(?:ä|ae)gstrich(?=[ ]))"
    r"[ ]?(?:2[ ]0[ ])?[2-4][ ]\d(?![ ]?[\d/])"
)
# month and year named by words, the month's word before ("month 12 year 29", "Monat 03
# Jahr 2031")
_WORDED_EXP = _typed(r"(?<![\d.\-])(?:0?[1-9]|1[0-2])[\s,]+(?:year|jahr)[\s:=]*(?:20)?\d{2}(?!\d)")
# the expiry's fields in a dump right after a card: "…|02|2028|", "…;11;27;", "…,02,2028,"
# (a CSV row's "…,08,2027,661": comma-separated only with the year in full)
_FIELD_EXP = (
    r"(?<![\d.\-])(?:(?:0?[1-9]|1[0-2])[ ]?[|;][ ]?(?:20)?\d{2}|(?:0?[1-9]|1[0-2]),20[2-4]\d)(?!\d)"
)
# right after a card an expiry may be typed with a space only: "… 1111 / 03 27 / 123"
_SPACED_EXP = r"(?<![\d.\-])(?:0[1-9]|1[0-2])[ ](?:20)?\d{2}(?![ ]?\d{2}(?!\d))(?!\d)"
# which part of the month: "end of March 2028", "Ende Oktober 2027" (the words belong to
# the expiry: masked with it)
_EDGE = _typed(
    # (French and Spanish "fin", "fin de": "expire fin septembre 2027")
    r"(?:(?:end|ende|beginning|start|anfang|mitte|middle|fin)\s+(?:of\s+|de\s+)?)?"
)
# the year alone, as its end: "valid until the end of 2029", "gültig bis Ende 2028"
_YEAR_END = _typed(r"(?:end|ende)\s+(?:of\s+)?") + r"20[2-4]\d(?![\d/.\-]\d)"
# "12/28123": an expiry with the CVC glued to it
_EXP_THEN_CVC = re.compile(
    r"(?<![\d.\-])(?:0?[1-9]|1[0-2])[ ]?[/.\-][ ]?(?:20)?\d{2}(?=\d{3,4}(?!\d))"
)
# a CVC typed apart, digit by digit, right after a code's word in the card's details
# ("expiry 1/2026 security 4 1 9", "Prüfziffer 5 0 6")
_SPACED_CVC = (
    _typed(
        r"(?<=(?:security|code|cvc2?|cvv2?|csc|cid|cvn2?|sec|number|nummer|prüfziffer|"
        r"prüfnummer|sicherheitscode|kpn|back|hinten)[ :=#\-]{1,3})"
    )
    + r"\d(?:[ ]\d){2,3}(?![ ]?\d)"
)
# the year first, then the month: "twenty twenty seven, June", "2027, June", "2028 März"
_YEAR_MONTH = (
    rf"(?:{_SPOKEN_CENTURY}{_SPOKEN_YEAR}|(?<!\d)20[2-4]\d)[ ]?,?[ ](?:in[ ])?{_MONTHS}"
    r"(?![^\W\d_])"
)
_AFTER = re.compile(
    rf"{_FILLER}(?:(?P<exp>{_EDGE}(?:{_EXP}|{_SPACED_EXP}|{_EXP_THEN_CVC.pattern}|{_FIELD_EXP}|{_WORDED_EXP}|{_SPOKEN_EXP}|{_YEAR_MONTH}|{_BARE_MMYY}))"
    rf"|(?P<cvc>{_CVC}|{_SPACED_CVC}))",
    _FLAGS,
)
_BEFORE_EXP = re.compile(rf"(?P<exp>{_EXP})(?={_FILLER}\Z)", _FLAGS)
# every alternative of ``_EXP`` holds a decimal digit (``\d`` in the same engine and flags):
# a window without one, most of them (the words before a card), skips the search, which
# tries the expiry at every position (speed, round 41: the same spans)
_ANY_DIGIT = re.compile(r"\d", _FLAGS)


def _expiry_before(window: str) -> re.Match[str] | None:
    """``_BEFORE_EXP.search(window)``: an expiry that ends ``window`` but for filler."""
    if _ANY_DIGIT.search(window) is None:
        return None
    return _BEFORE_EXP.search(window)


_CONNECT = (
    # (Bavarian and Austrian "san" for "sind": "de vier Zahln san 6280")
    # (a comma before the code, a "noch"/"still" on the way: "hinten stehen drei Zahlen,
    # 556", "hinten steht noch 556")
    # (typed on a phone, "are" is "r": "the 3 digits on the back r 518")
    r"(?:[\s,:=#\-_)\"'*|]*(?:(?:is|ist|isch|lautet|lauten|are|r(?=\s)|sind|san|was|were|war"
    r"|waren|no\.?|"
    r"nr\.?|number|"
    r"nummer|reads?|says?|shows?|zeigt|heißt|heisst|steht|stehen|with|mit)[\s:]*"
    r"(?:(?:die|the)\s+)?)?(?:(?:noch|still|also|auch)[\s:,]+)?)"
)
# A labelled CVC corrected at once: "cvv is 284? no wait, it's on the front: 5127",
# "Prüfziffer 318, sorry, ich meine 381", "Prüfziffer 7302 hmm nein 730" (the correction
# word, or a "no" right before the number, then the next 3-4 digits in the same line)
_CORRECTION = re.compile(
    # (a list's next item may hold it: "3. Security code: 481" ⏎ "4. sorry no, 418")
    r"[\s?!.,;:\-]*(?:(?<=\n[ \t]*)\d{1,2}[.)][ \t]+)?"
    r"(?:(?:oh|hm+|äh+m?|uh+m?|um+|eh|ah)[ ,]+)?(?:(?:no|nope|nein|nee)[ ]*"
    r"(?=[,!.]|wait|warte|moment|sorry|\d)|"
    r"(?:sorry|wait|warte|moment|oops|hoppla|correction|korrektur|i[ ]+mean[t]?|"
    r"ich[ ]+mein(?:e|te)|my[ ]+bad|falsch|typo|vertippt)(?![^\W\d_]))"
    rf"[^\d\n]{{0,60}}?(?P<cvc>{_CVC})",
    _FLAGS,
)
# A CVC label, a remark, then the value given by a pronoun: "cvv is on the back right? its
# 415", "die Prüfziffer steht hinten, sie lautet 415", "security code - on the back, that's
# 415" (in the label's line; the pronoun says the number is the labelled thing)
_PRONOUN = (
    # (or the customer's own: "is it the one next to the signature? mine is 842")
    r"(?:it's|its|it\s+is|that's|that\s+is|thats|mine\s+is|mine's|meine\s+ist|meiner\s+ist|"
    r"meine\s+lautet|es\s+ist|das\s+ist|sie\s+lautet|sie\s+ist|"
    r"die\s+ist|die\s+lautet|er\s+lautet|er\s+ist)"
    # (not a year: "the cvc field rejects it, it is 2024 now")
    rf"[\s:,]*(?!(?:19|20)\d\d(?!\d))(?P<cvc>{_CVC})"
)
_PRONOUN_CVC = re.compile(
    rf"(?<![^\W\d]){_LABEL}(?![^\W\d_])[^\d\n]{{1,60}}?(?<![^\W\d_]){_PRONOUN}", _FLAGS
)
# ... looked for from the pronoun and its value back to a label: scanning 60 characters after
# every label held the loop 6 ms on a flood of labels with no value after them (the masked
# text of a flood of CVCs, which the engine analyses again)
_PRONOUN_VALUE = re.compile(rf"(?<![^\W\d_]){_PRONOUN}", _FLAGS)
_LABEL_ALONE = re.compile(rf"(?<![^\W\d]){_LABEL}(?![^\W\d_])", _FLAGS)
_DIGIT_OR_LINE = stdre.compile(r"[\d\n]")
_PRONOUN_GAP = 60  # (the most _PRONOUN_CVC allows between the label and the pronoun)
_LABEL_REACH = 80  # (a label's own length, its words apart by a run of spaces at most)
_PRONOUN_HITS = 12  # (the values looked at: a real message has one or two)
# A CVC label, a pause, then the value after a word or two of hesitation: "Prüfnummer...
# ach ja, 882.", "cvv - hmm, let me see, 407" (the pause marks say the value is coming; the
# value closes the sentence)
_PAUSED_CVC = re.compile(
    rf"(?<![^\W\d]){_LABEL}(?![^\W\d_])[ ]*(?:\.{{2,}}|-)[ ]*(?:[^\W\d_]{{1,6}}[ ,!]*){{0,3}}"
    rf"[,:]?[ ]*(?P<cvc>{_CVC})(?=[ ]*(?:[.!?)]|\Z|\n))",
    _FLAGS,
)
_EXP_CORRECTION = re.compile(
    _CORRECTION.pattern.replace(rf"(?P<cvc>{_CVC})", rf"(?P<exp>{_EXP})"), _FLAGS
)
# A detail set against the one given: "nicht 05/26 sondern 05/27", "not 391 but 319",
# "05/27 statt 05/26", "319, not 391": the value the customer takes back is a near copy of
# the real one (a slip of a digit), so it goes with it; only a value of the same shape.
_DENIAL = _typed(r"(?:not|nicht|statt|anstatt|instead\s+of|rather\s+than)")
_DENIED_BEFORE = re.compile(
    rf"(?<![^\W\d_]){_DENIAL}\s+(?P<v>{_EXP}|{_CVC})\s*[,;]?\s*"
    + _typed(r"(?:(?:sondern|but|aber|it's|its|es\s+ist)\s*)?")
    + r"(?:(?:the|die|das|der)\s+)?\Z",
    _FLAGS,
)
_DENIED_AFTER = re.compile(rf"\s*[,;(]?\s*{_DENIAL}\s+(?P<v>{_EXP}|{_CVC})", _FLAGS)
# ... and the other way round: the denied value found first ("Ablaufdatum: nicht 08/27,
# sondern 08/28"), the real one after "but"/"sondern"
_DENIAL_RIGHT_BEFORE = re.compile(rf"(?<![^\W\d_]){_DENIAL}\s+\Z", _FLAGS)
_GIVEN_AFTER = re.compile(
    r"\s*[,;]?\s*"
    + _typed(r"(?:sondern|but|aber)\s+(?:(?:it's|its|es\s+ist|rather|eher)\s+)?")
    + rf"(?:(?:the|die|das|der)\s+)?(?P<v>{_EXP}|{_CVC})",
    _FLAGS,
)
_DENIED_REACH = 40
_DENIAL_HINT = stdre.compile(r"not|nicht|statt|instead|rather")
_EXP_SHAPE = re.compile(_EXP, _FLAGS)
# "cvc_341", "(cvc) 5 0 6", "\"cvc\":\"402\"", "Kartenprüfnummer (4-stellig, vorne): 1208"
_LABELLED_CVC = re.compile(
    # (a remark in brackets after the label, not the code itself: "4 digit code (8821)")
    rf"(?<![^\W\d]){_LABEL}(?![^\W\d_])(?:[ ]*\((?![ ]*\d{{3,4}}[ ]*\))[^()\n]{{1,50}}\))?"
    # words on the way, the code's length among them ("Sicherheitscode vorne 4-stellig:",
    # "security code, 4 digits:")
    r"(?:,?\s+(?:of|on|auf|der|the|my|meiner|card|karte|front|vorne|"
    r"(?:3|4|drei|vier|three|four)[ -]?(?:stellig(?:e[nr]?)?|digits?|ziffern)(?![^\W\d_]))){0,3}"
    # the code's length alone, then where it is printed: "security code is the 4 on the
    # front: 7730", "Prüfziffer sind die 3 hinten: 512"
    r"(?:\s+(?:is|are|ist|sind)(?:\s+(?:the|die))?\s+(?:3|4|three|four|drei|vier)"
    r"\s+(?:on\s+(?:the\s+)?(?:front|back)|vorne?|hinten|auf\s+der\s+(?:vorder|rück)seite)"
    r"(?:\s+(?:of|on|auf)\s+(?:the|my|der)\s+(?:card|karte))?)?"
    # (or the code in brackets right after it: "4 digit code (8821)")
    rf"{_CONNECT}"
    rf"(?P<cvc>{_CVC}|\d(?:[ ]\d){{2,3}}(?![ ]?\d)|{_SPOKEN_CVC}|{_COUNTED_CVC}"
    rf"|{_HUNDREDS_CVC})",
    _FLAGS,
)
# The label inside an upper-case identifier, an error or a form field's code: "ERR-CVC-002",
# "E_CVV_12", "PAY-CVC-4021" (the number is the code's, joined to the label on both sides)
_CODE_ID = re.compile(
    r"(?-i:(?<![\w\-])[A-Z][A-Z0-9]*(?:[\-_][A-Z0-9]+)*[\-_](?:CVC|CVV|CID|CSC|CVN)2?"
    r"[\-_](?P<n>\d{1,4})(?![\w\-]))"
)
_EXP_LABEL = _typed(
    # (a key may end in it: "cc_exp=0830", "card_expiry: …")
    rf"(?<![^\W\d_])(?:(?:{_EXPIRY_WORD})(?:\s+date)?|"
    rf"{_VALIDITY}|"
    r"valid\s+(?:thru|through|until|till|to)|"
    # the end of a validity range: "valid from 10/24 to 12/29", "gültig von 01/25 bis …"
    r"(?:valid|gültig)\s+(?:from|von|ab)\s+\d{1,2}[ ]?[/.\-][ ]?\d{2,4}"
    r"\s+(?:to|bis|until|till|-)|"
    r"laufzeit(?:\s+bis)?|"
    r"good\s+thr(?:u|ough)|gültig\s+bis|gültigkeit(?:sdatum)?|l(?:ä|a)uft\s+ab|"
    # (the separable verb around its time: "läuft nächsten Oktober ab (10/27)")
    r"l(?:ä|a)uft(?:\s+[^\W\d_]+){1,3}\s+ab\s*\(|"
    # (a camelCase key: "cardExpirationDate 06/2030", "IDS_CardExpires")
    # (or the key's first word: "expirationDate 2025-01" in a password manager's export)
    r"(?-i:(?:[A-Za-z]+_)?(?:[a-z]*(?:Card)?E|e)xpir(?:y|ation|es|e)(?:Date)?)|"
    # (a form field's key glued in lower case, then "=": Payone's "cardexpiredate=2711",
    # "ccexpdate=", "expdate=" (round 59)
    r"(?-i:(?:card|cc|kk|karten?)?exp(?:ire|iry|iration)?date(?==))|"
    # the validity word alone right before a month/year: "gültig 10/26", "valid 03/29"
    r"(?:gültig|valid)(?=[\s:]+(?:0?[1-9]|1[0-2])[ ]?/[ ]?(?:20)?\d{2}(?![\d/]))|"
    # (or glued to its MMYY, as a phone's keyboard joins them: "gültig0826", "valid1127")
    r"(?:gültig|valid)(?=(?:0[1-9]|1[0-2])[2-4]\d(?![\d/.\-]))|"
    # (a form's placeholder names its field, spaced as forms print it: "MM / YY", "MM/JJJJ")
    r"mm[ ]?/[ ]?(?:yy|jj)(?:yy|jj)?)(?![^\W\d])"
)
# a full date under an expiry label, as old card records and test data keep it: "expiry
# 2011/02/01", "Ablaufdatum 2009-02-25" (year first; only right after the label)
_FULL_DATE_EXP = (
    r"(?:(?<!\d)(?:19|20)\d{2}(?P<ds>[/.\-])(?:0[1-9]|1[0-2])(?P=ds)(?:0[1-9]|[12]\d|3[01])"
    # (or day first, as a card printing the last day and Europe's customers write it:
    # "valid till 31/05/2027", "Expires: 31.01.2027"; a current year only)
    r"|(?<![\d/.\-])(?:0?[1-9]|[12]\d|3[01])(?P<ds>[/.])(?:0?[1-9]|1[0-2])(?P=ds)20[2-4]\d)"
    r"(?![\d/.\-]?\d|T\d|[ ]\d{1,2}:)"  # (not a timestamp's date: "2026-11-30T23:59")
)
# the card the label is of, named right after it: "Verfallsdatum der Karte ist 2029-07",
# "the expiry of my card: 04/29" (the card as the label's owner is its subject)
_CARD_AS_OWNER = _typed(
    # (a payment card's: not a "Bahncard" or a "SIM card")
    # (its age on the way: "Ablaufdatum der neuen Karte", "expiry of my new card")
    r"(?:\s+(?:der|meiner|unserer|deiner|of\s+(?:the|my|our))\s+"
    r"(?:(?:neuen|alten|aktuellen|new|old|current|replacement)\s+)?(?:(?:kredit|credit|debit|giro|"
    r"ec|bank|prepaid|business|firmen)[\s\-]?)?(?:karte|card|visa|mastercard|amex)(?![^\W\d_]))"
)
_LABELLED_EXP = re.compile(
    _EXP_LABEL
    + _CARD_AS_OWNER
    + "?"
    # (a label asked and answered at once: "brauchen Sie das Ablaufdatum? 01/26", "the
    # expiry? it's 03/28")
    + _typed(
        r"[\s:=\-\"'*|.]*(?:\?[\s]*(?:(?:it's|its|it\s+is|es\s+ist|das\s+ist|hier|here|sure|"
        r"klar)[\s,:!]*)?)?(?:(?:is|ist|am|on|in|im|zum|seit|since)\s+)?(?:at\s+)?(?:the\s+)?"
    )
    # (MMYY or MMYYYY typed without the slash, as bank letters print it: "expires 092027")
    + rf"(?P<exp>{_EDGE}(?:{_EXP}|(?:0[1-9]|1[0-2])(?:20[2-4]\d|\d{{2}})(?!\d)"
    + rf"|{_SPOKEN_EXP}|{_YEAR_MONTH}|{_DIGIT_BY_DIGIT_EXP}"
    # (YYMM, as Payone and ISO 8583 keep it, when no month opens it: "2711"; never a year)
    + r"|(?:2[4-9]|3\d)(?:0[1-9]|1[0-2])(?![\d/.\-]))"
    rf"|{_YEAR_END}|{_FULL_DATE_EXP})",
    _FLAGS,
)
# The expiry later in the label's sentence, after words: "expiration date is the fourth
# of 2027 i think, like 04 27" (month and year, apart or slashed: a shape no prose number
# has; the first one after the label; after the first few labels only)
_EXP_LABEL_ALONE = re.compile(_EXP_LABEL, _FLAGS)
# (or the month's name and the year in full: "ablaufen tut sie Sep 2029")
_LATER_EXP = re.compile(
    r"[^.!?\n]{1,50}?(?P<exp>(?<![\d.\-/])(?:0[1-9]|1[0-2])(?:[ ]?/[ ]?|[ ])(?:20)?[2-4]\d"
    # (a sentence's full stop may close it: "Expiry used for both: 05/2031.")
    rf"(?![\d/\-]|\.\d)|(?<![^\W\d_]){_MONTHS}[ ,]+20[2-4]\d(?!\d))",
    _FLAGS,
)
# ... or answered on the next line, the label's sentence asking for it ("> Please confirm the
# expiry date on the card.\n\nit's 10 / 2027"): the answer opens its line, after a pointer
# at most ("it's", "es ist"), and holds nothing before the expiry
_NEXT_LINE_EXP = re.compile(
    r"[^\n\d]{0,50}?[.?:]?[ ]*\n\s*(?:>[ ]*)?"
    r"(?:(?:it's|its|it\s+is|it’s|that's|es\s+ist|das\s+ist|sie\s+ist|here|hier|sure|klar)"
    r"[ ,:]*)?"
    r"(?P<exp>(?<![\d.\-/])(?:0[1-9]|1[0-2])[ ]?/[ ]?(?:20)?[2-4]\d)(?![\d/\-]|\.\d)",
    _FLAGS,
)
# A message that opens with an expiry label and names nothing else that expires gives a
# card's expiry on its own ("exp Dec 2026", "Ablaufdatum: 03/28"), the card sent before or
# kept back; a subscription's, licence's or token's expiry is named as such.
_OPENING_WORDS = frozenset(
    "and und also auch card karte the my its it's die das mein meine".split()
)
_OPENING_EXP_LABEL = re.compile(
    rf"[\W_]*(?:(?:{'|'.join(sorted(_OPENING_WORDS))})\s+){{0,2}}" + _EXP_LABEL,
    _FLAGS,
)
# How every expiry label starts (its spellings included): the pre-check's cheap test
_EXP_LABEL_STARTS = (
    "exp", "ab", "verf", "good", "valid", "usab", "work", "activ", "last", "run", "gilt",
    "gü", "gue", "lä", "lae", "lauf", "endet", "geht", "until", "till", "thru", "through",
    "bis", "mm", "cad", "venc", "vence", "valid", "scad", "verval", "waż", "waz", "son",
    "valab", "срок", "действ", "годн", "дійсн", "λήξ", "ισχύ",
)  # fmt: skip
_NON_WORD_RUN = stdre.compile(r"[\W_]*")
# What the label is the expiry of, named right after it: "Ablaufdatum der Testphase:",
# "expiry of the promo:", "Ablauf des Probeabos" (only a card's counts for a message alone)
# (or a German genitive's own article: "Ablaufdatum meines Vertrags", "Ablauf unserer Lizenz")
_LABEL_OWNER = re.compile(
    r"\s+(?:(?:der|des|vom|von|of|for|für|fuer)\s+(?:(?:the|my|your|die|das|den|dem|der|"
    r"meiner|meines|ihrer|ihres|unserer|unseres)\s+)?|(?:meiner|meines|ihrer|ihres|unserer|"
    r"unseres|deiner|deines|eurer|eures|seiner|seines|dieser|dieses)\s+)(?P<noun>[^\W\d_]+)",
    _FLAGS,
)
_CARD_OWNER = re.compile(
    r"(?:\w*(?:karte|card|charte)n?|visa|mastercard|amex|maestro|cc|kk)", _FLAGS
)
_OTHER_EXPIRING = re.compile(
    _typed(
        r"(?<![^\W\d_])(?:subscription|abo(?:nnement)?|plan|licen[cs]e|lizenz|contract|vertrag|"
        r"certificate|cert|zertifikat|token|passport|reisepass|ausweis|id|domain|trial|"
        r"password|passwort|kennwort|link|key|schlüssel|session|offer|angebot|coupon|gutschein|"
        r"voucher|membership|mitgliedschaft|warranty|garantie)(?![^\W\d_])"
    ),
    _FLAGS,
)
# ... named right before an expiry's label ("Vertrag bis", "the plan runs until"; a word
# between): the date is that thing's
_OTHER_BOUND_BEFORE = re.compile(
    r"(?<!\w)" + _OTHER_EXPIRING.pattern + r"(?:[ ]+[^\W\d_]+)?[ ]+\Z", _FLAGS
)
# German puts the participle last: "seit März 2025 abgelaufen", "ist 01/25 verfallen"
_EXP_THEN_WORD = re.compile(
    rf"(?P<exp>{_EDGE}{_EXP})[ ]+"
    + _typed(r"(?:ab(?:ge?)?laufen|ausgelaufen|verfallen|expired)(?![^\W\d])"),
    _FLAGS,
)
_EXP_THEN_WORD_HINT = stdre.compile(r"lauf|läuf|lief|verfall|expired")
# German splits the verb around the date: "sie läuft Ende Januar 2027 ab", "die Karte läuft
# im März 2028 ab", "läuft 03/27 aus" (the verb's particle closes the clause)
_SPLIT_VERB_EXP = re.compile(
    # (or in the past: "die Karte lief 09/24 ab", a card that expired)
    _typed(r"(?<![^\W\d_])(?:l(?:ä|a)uft|lief)(?:\s+(?:noch|erst|schon|dann|halt|leider|wohl))?\s+")
    + _typed(r"(?:(?:im|am|zum|per)\s+)?")
    # (a full date only beside the card's number: "läuft am 31.05.2027 ab")
    + rf"(?P<exp>{_EDGE}{_EXP}|{_YEAR_END}|{_FULL_DATE_EXP})[ ]+(?:ab|aus)(?![^\W\d_])",
    _FLAGS,
)
# A key's start in code or JSON: a word's start, a camel-case hump ("cardExpMonth",
# "setExpirationDate") or after an underscore or a dot ("billing_exp_year")
_KEY_START = r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z0-9])(?=[A-Z]))|(?<=[_.]))"
# the key's end and its value's start: '": ', "=", "=>", " = '", "(" (a setter's call)
# (an XML element's opening tag too: "<expiry>2029-02</expiry>", "<cvv2>390</cvv2>")
_KEY_VALUE = r"(?-i:(?![a-z]))[\"']?[ ]*(?:=>|[:=(]|(?<=<[\w\-.:]{1,40})>)[ ]*[\"']?"
# every ``_KEY_VALUE`` holds one of these marks (no case, no look-alike), so a text without
# one has no keyed field: a card's message skips the key scans below (most have none)
_KEY_VALUE_MARK = stdre.compile(r"[:=(>]")
# (German keys too: "ablaufdatum", "gueltig_bis", "<Gültigkeit>")
_EXP_KEY_WORD = (
    r"(?:exp(?:ir[ey]s?|iry|iration)?|valid(?:ity)?|ablauf(?:datum)?|"
    r"g(?:ü|ue)ltig(?:keit)?(?:[_\-]?bis)?)"
)
# the expiry's month and year as fields of their own: "exp_month": 9, "expire_year": 2027,
# cardExpMonth: '01', setExpiryYear(2032) (a form's labels, "Expiration month: 11", are
# ``_EXP_PART_WORDS``'s)
_EXP_PART = re.compile(
    rf"{_KEY_START}(?:(?:card|cc)[_\-]?)?(?:{_EXP_KEY_WORD}[_\-]?|(?<=card|cc|card[_\-]|cc[_\-]))"
    rf"(?:(?P<m>month|mm|monat)|year|yy|yyyy|jahr){_KEY_VALUE}"
    r"(?P<exp>(?(m)(?:0?[1-9]|1[0-2])|(?:20)?\d{2}))(?!\d)",
    _FLAGS,
)
# ... and given after a space, as a list of a payment object's fields reads
# ("expirationMonth 03, expirationYear 2031"): only a key that joins its words (an
# underscore, a dash, a camel-case hump) is a field's name and not running prose
_EXP_PART_SPACED = re.compile(
    rf"{_KEY_START}(?:(?:card|cc)[_\-]?)?{_EXP_KEY_WORD}(?:[_\-]|(?-i:(?<=[a-z])(?=[MYJ])))"
    r"(?:(?P<m>month|monat)|year|jahr)(?-i:(?![a-z]))[ ]+"
    r"(?P<exp>(?(m)(?:0?[1-9]|1[0-2])|(?:20)?\d{2}))(?![\d/.\-])",
    _FLAGS,
)
# ... and in words, a form's labels copied or typed: "exp month 09 exp year 32",
# "Expiration month: 11" ⏎ "Expiration year: 2027", "Ablaufmonat 04, Ablaufjahr 2030" (each
# part after an expiry word; read only beside a card's number, as the keyed parts are)
_EXP_PART_WORDS = re.compile(
    rf"(?<![^\W\d_]){_EXP_KEY_WORD}(?:[ ]+|(?<=ablauf))(?:(?P<m>month|monat)|year|jahr)"
    r"(?![^\W\d_])[ ]*[:=]?[ ]*"
    r"(?P<exp>(?(m)(?:0?[1-9]|1[0-2])|(?:20)?\d{2}))(?![\d/.\-])",
    _FLAGS,
)
# the expiry whole under an expiry key or given to its setter: "expiryDate": "2031-11",
# setExpirationDate("2038-12"), expiration_date="09/31" (year-month or month/year)
_EXP_KEYED = re.compile(
    rf"{_KEY_START}(?:(?:card|cc)[_\-]?)?{_EXP_KEY_WORD}(?:[_\-]?date)?{_KEY_VALUE}"
    r"(?P<exp>20\d{2}-(?:0[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])(?:[/\-]|%2F)(?:20)?\d{2}"
    # (round 40: a quoted field of four digits, as card APIs take it: YYMM (ISO 8583's
    # "2501") or MMYY ("0125"), beside a card only as all these keys are)
    r"|(?<=[\"'])(?:\d\d(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])\d\d)(?=[\"']))(?![\d/\-])",
    _FLAGS,
)
# a CVC under a code's key: cardCvv: '123', "securityCode": "1111", card_cvc2=318 (the
# card's own label: counts without a card number, as a labelled CVC does; a "security code"
# key only in a card's or a payment's object: an alarm zone has one too)
_CVC_KEYED = re.compile(
    rf"{_KEY_START}(?:(?:card|cc)[_\-]?)?(?:cvv2?|cvc2?|csc|cvn2?|(?P<sec>security[_\-]?code)"
    # (round 40: the letters apart, "c_v_v2" as a gateway's field names it)
    r"|c_v_[vc]2?"
    # a payment API's "verification_code"/"verificationValue": a card's only beside a card
    r"|(?P<ver>verification[_\-]?(?:code|value))"
    # (Amex's "CID" as a shop's card field names it: cc_cid, cardCid; a field list may
    # give it after a space, "cc_cid 123"; a payment API's or a password manager's
    # "cardCode", Authorize.Net's and Password Depot's name for it, joined: "card code"
    # in prose is a gift card's as often)
    r"|(?<=(?:card|cc)[_\-]?)cid|(?-i:(?<=(?:card|Card|CARD|cc|CC)[_\-]?)"
    r"(?<!(?i:gift|geschenk|loyalty|member|bonus|club|kunden)[_\-]?(?i:card)[_\-]?)"
    r"(?:code|Code|CODE)))"
    rf"(?:[_\-]?(?:code|number|value))?(?:{_KEY_VALUE}|(?<=cid|(?-i:[a-z]Code))[ ]+)"
    r"(?P<cvc>\d{3,4})(?!\d)",
    _FLAGS,
)
_PAYMENT_CONTEXT = stdre.compile(r"payment|card|karte|billing|checkout|zahlung|credit|kredit")
# every key ``_CVC_KEYED`` reads contains one of these (lower-cased): a C-level scan first
_CVC_KEY_HINT = stdre.compile(
    r"cv[vcn]|csc|security[_\-]?code|verification[_\-]?(?:code|value)|c(?:ard|c)[_\-]?(?:cid|code)"
    r"|c_v_[vc]"
)
#: The keyed CVC rule's gate, read by the pre-check (``required_literals``): its literals
#: are trigger literals, so a key taught here ("c_v_v2") is one there too.
KEYED_CVC_GATE: str = _CVC_KEY_HINT.pattern
# A bare "Code" given a number in a message with a card, after the card: its security code
# ("Die neue Karte: 4403 … Ablaufdatum 05/28, gekauft am 31.05.2024. Code: 345"); a
# connector or colon introduces it ("code 403 when I log in" is an error's), and no other
# kind of code is named ("error code: 403", "promo code: 1234", "Postleitzahl")
_BARE_CODE = re.compile(
    rf"(?<![^\W\d_])(?:code|kode|c[oó]digo|codice)(?![^\W\d_])[ ]*"
    rf"(?:[:=#]|(?:is|ist|lautet|was|war|es|è|é)(?![^\W\d_]))[ ]*(?P<cvc>{_CVC})",
    _FLAGS,
)
_OTHER_CODE_BEFORE = re.compile(
    r"(?:error|fehler|status|exit|return|http|promo|promotional|discount|rabatt|voucher"
    r"|gutschein|coupon|gift|zip|postal|post|area|country|sort|bank|branch|swift|bic|routing"
    r"|dial(?:l?ing)?|tracking|reference|customer|tax|product|qr|bar|source|access|verification"
    r"|login|sms|2fa)[ \-]?\Z",
    _FLAGS,
)
# how far after a card's number its bare "Code" may stand
_BARE_CODE_REACH = 160
# Cheap necessary conditions for the label scans (every label contains one of these),
# scanned in the lower-cased text by the stdlib engine: literals only, several times
# faster than the same alternation with IGNORECASE (the lower-case mapping of these
# literals is the one IGNORECASE uses).
# (nested by common prefix: a search finds one of them exactly when the flat alternation
# does, at a third of its cost)
_CVC_HINT = stdre.compile(literal_trie(TRIGGERS))
# ``_LABELLED_CVC``'s code is digits or digit words: a text with neither skips its scan
# (most messages naming "back" or "security" hold no number)
_CVC_VALUE_HINT = re.compile(rf"\d|{_SPOKEN_CVC}", _FLAGS)
# ... or a count of one digit ("three sevens", "drei Einsen", "triple seven") or hundreds
# ("six hundred twelve"): scanned only where a literal of theirs is
_SAID_CVC_HINT = stdre.compile(
    literal_trie(("hundred", "hundert", "triple", "dreimal", "times", *spoken.DIGIT_PLURALS))
)
_SAID_CVC = re.compile(rf"{_COUNTED_CVC}|{_HUNDREDS_CVC}", _FLAGS)
# A code read out has a digit word right after a separator (its second word); in an ASCII
# text, lower-cased one character for one as IGNORECASE maps it, a search for these pairs
# rules the spoken code out at a fraction of the scan's cost, and a digit 0-9 is ``\d``.
_SPOKEN_PAIR_HINT = stdre.compile(
    literal_trie(tuple(sep + w.replace("ü", "ue") for sep in " ,-" for w in _DIGIT_WORDS))
)
_ASCII_DIGIT = stdre.compile("[0-9]")


def _has_cvc_value(text: str, low: str) -> bool:
    """``_CVC_VALUE_HINT`` matches ``text`` (``low``: ``text.lower()``)."""
    if text.isascii():
        if _ASCII_DIGIT.search(text) is not None:
            return True
        first = _SPOKEN_PAIR_HINT.search(low)
        if first is None:
            return False
        # (r48-speed) a spoken code's second and third words each follow a separator, and a
        # pair (a separator, then letters) cannot reach past the separator after it: the
        # first pair found ends before the third word's, so a second search from there finds
        # one. "… with three offices …" holds one pair: the scan (the regex engine's,
        # case-blind, over the whole text) is spared, the counted codes still asked.
        if _SPOKEN_PAIR_HINT.search(low, first.end()) is None:
            return _SAID_CVC_HINT.search(low) is not None and _SAID_CVC.search(text) is not None
    if _CVC_VALUE_HINT.search(text) is not None:
        return True
    return _SAID_CVC_HINT.search(low) is not None and _SAID_CVC.search(text) is not None


def holds_detail_value(text: str, low: str) -> bool:
    """Whether (normalised) ``text`` may hold a CVC or an expiry of its own (asked by the
    pre-check, ``low`` is ``text.lower()``): a digit, or a code read out in digit words.
    Every value this recognizer reports is a card's (the card needs its digits or is read
    out: ``card.might_spell_card``), an expiry alone (``gives_expiry_alone``), or one of
    the shapes below, each of which holds a digit (``_CVC``, ``_EXP``, the keyed, table,
    pronoun and paused codes, a card's tail) or is ``_SPOKEN_CVC``; a spelled month with a
    spoken year is read only beside a card, a labelled code, an expiry alone or a tail
    (digits): "the code on the back" in prose without a number gives nothing (r44-speed)."""
    return _has_cvc_value(text, low)


# (its literals nested by prefix: a third of the flat alternation's scan, on every message)
_EXP_HINT = stdre.compile(
    literal_trie(
        tuple(
            sorted(
                [
                    *"exp valid gültig gueltig lauf läuft laeuft lief verf good mm/ usable"
                    " work active last end run gilt geht until till thru through bis".split(),
                    "mm /",  # (a form's spaced placeholder, "MM / YY")
                ]
            )
        )
    )
)


# A card named by its last digits ("card ending 4444", "Karte endet auf 4444", "ends in
# 0125", "die letzten vier Ziffern sind 1234"): the card is in the message though its number
# is not, so a labelled expiry beside it is that card's ("…, Ablauf 11/29").
_CARD_TAIL = re.compile(
    _typed(
        r"(?<![^\W\d_])(?:ending|ends?|endet|endend|endung|last\s+(?:4|four)(?:\s+digits)?|"
        r"letzten?\s+(?:4|vier)(?:\s+(?:ziffern|stellen))?)"
        # (the card named between: "die letzten vier Ziffern der Karte sind 4312")
        r"(?:\s+(?:der|meiner|of\s+(?:the|my))\s+(?:kredit)?(?:karte|card))?"
        r"(?:\s+(?:in|on|with|auf|mit|are|is|sind|lauten))?[\s:]*"
        # (masked digits before them, or four that are no year: "Vertrag endet 2025")
        r"(?:[*x•.]{1,16}[ ]?\d{4}|(?!(?:19|20)\d\d)\d{4})(?![\d/.\-])"
    ),
    _FLAGS,
)
_CARD_TAIL_HINT = stdre.compile(r"end|last|letzt")
_TAIL_LITERALS = ("end", "End", "END", "last", "Last", "LAST", "letzt", "Letzt")
_TAIL_LITERAL_SCAN = stdre.compile(literal_trie(_TAIL_LITERALS))  # (one scan, not a loop)
_CARD_TAIL_FIRST = stdre.compile(r"(?i:end|last|letzt)[^\d\n]{0,40}\d{4}(?!\d)")


_CARD_WORD = stdre.compile(
    r"card|karte|visa|master|amex|maestro|debit|discover|(?<![a-z])(?:kk|cc)(?![a-z])"
    # (round 50) a card as an account's page or an agent names it: "a payment method ending
    # 7904 expiring 07/28", "Zahlungsmethode endet auf 7904"
    r"|payment[ ]method|zahlungsmethode|zahlungsmittel"
)


_MASK_MARK = stdre.compile(r"[*x•.]")
# A card shown masked by a dashboard, a receipt or a wallet, its network named before it:
# "Visa •••• 2170", "Mastercard **** **** **** 4417", "AMEX xxxx-0005" (the card's last
# digits, as "ending 2170" says them; a masked card's expiry is the card's)
_MASKED_CARD = re.compile(
    r"(?<![^\W\d_])(?:visa|mastercard|master|amex|maestro|discover|jcb|diners|unionpay|card|"
    r"karte)[ ]?[:(]?[ ]?(?:[*•]{2,}|(?-i:[xX]{4}))(?:[ \-]?(?:[*•]{2,}|(?-i:[xX]{4}))){0,3}"
    r"[ \-]?\d{4}(?![\d/.\-])",
    _FLAGS,
)
_MASK_RUN = stdre.compile(r"[*•][*•]|xxxx|XXXX")
# The redactor's own mask of a card (``masking.MASK_TOKEN``: "•••• •••• •••• 4639") shows no
# card for this rule: the card was read with its details when it was found, and the masked
# text is read again only for what masking made readable (speed: each card message's second
# reading paid the expiry scans for its own mask)
_OWN_CARD_MASK = "•••• •••• •••• "


def _masked_card_shown(text: str) -> bool:
    """A card shown masked with its network named (``_MASKED_CARD``), not our own mask."""
    if _MASK_RUN.search(text) is None:
        return False
    if _OWN_CARD_MASK not in text:
        return _MASKED_CARD.search(text) is not None
    return any(_OWN_CARD_MASK not in m.group() for m in _MASKED_CARD.finditer(text))


def _card_named_by_tail(low: str, text: str) -> bool:
    """A card named by its last digits, the card named as such (or its digits masked) and
    nothing else that expires: "my licence ending 4821 is valid until 03/27" is not."""
    if _masked_card_shown(text):
        return True
    if _CARD_TAIL_HINT.search(low) is None:
        return False
    tail = _CARD_TAIL.search(text)
    return (
        tail is not None
        and (_CARD_WORD.search(low) is not None or _MASK_MARK.search(tail.group()) is not None)
        and (_OTHER_EXPIRING.search(text) is None or _CARD_WORD.search(low) is not None)
    )


# An expiry said to be over, in its clause before the date: "Ablauf war 09/24", "it
# expired 03/23", "die alte lief 05/24 ab" (past tense). Of a card named only by its last
# digits it is no secret (round 42: the old card is gone; the new one is what a thief wants).
_PAST_EXPIRY = re.compile(
    _typed(
        r"(?<![^\W\d_])(?:was|were|had|expired|ran\s+out|ended|war|waren|hatte|lief|endete|"
        r"abgelaufen|ausgelaufen|verfallen)(?![^\W\d_])"
    ),
    _FLAGS,
)
_CLAUSE_REACH = 40
_CLAUSE_MARK = stdre.compile(r"[,;.!?()\n]")


def _clause_before(text: str, at: int) -> str:
    """The text of ``at``'s clause before it (at most ``_CLAUSE_REACH`` characters)."""
    head = text[max(0, at - _CLAUSE_REACH) : at]
    marks = list(_CLAUSE_MARK.finditer(head))
    return head[marks[-1].end() :] if marks else head


def _tail_then_expiry(text: str) -> bool:
    """A card named by its last digits and an expiry label (the pre-check's question, whole;
    ``gives_expiry_alone`` asks its part past the expiry word)."""
    low = text.lower()
    return _EXP_HINT.search(low) is not None and _tail_then_expiry_past_hint(text, low)


def _tail_then_expiry_past_hint(text: str, low: str) -> bool:
    """A card named by its last digits (a tail word before them, or a run of mask dots:
    "Visa •••• 2170") and an expiry label, in a text known to hold an expiry word
    (``_EXP_HINT``; asked by the pre-check)."""
    if (
        _TAIL_LITERAL_SCAN.search(text) is None or _CARD_TAIL_FIRST.search(text) is None
    ) and _MASK_RUN.search(text) is None:
        return False
    return _tail_expiry_read(text, low)


def _tail_expiry_read(text: str, low: str) -> bool:
    """``_tail_then_expiry_past_hint`` past its literal, tail and mask scans (``low``:
    ``text.lower()``)."""
    return (
        _card_named_by_tail(low, text)
        # each way the recognizer reads a tail's expiry: right after its label, after words
        # in the label's sentence ("Ablauf ist glaube ich 09/27": round 42's scan), before
        # a participle ("09/27 abgelaufen"), or the German verb split around it ("endet
        # auf 3316, läuft 09/27 ab")
        and (
            _LABELLED_EXP.search(text) is not None
            or bool(_later_expiries(text))
            or _EXP_THEN_WORD.search(text) is not None
            or _SPLIT_VERB_EXP.search(text) is not None
        )
    )


# The label a card prints by its expiry, "EXP" or "VALID THRU": with a month and year
# right after it, anywhere in a message, it gives a card's expiry on its own ("… geändert:
# exp Dec 2027.") unless something else that expires is named
# (in the three cases people type it: literal tests then skip the search on most chat)
_PRINTED_LABEL = stdre.compile(
    r"(?<![^\W\d_])(?:[Ee]xp|EXP|[Vv]alid[ ]+thr(?:u|ough)|VALID[ ]+THR(?:U|OUGH))(?![^\W\d_])"
)


# A card named as the subject of its expiry, anywhere in a message: "meine Kreditkarte läuft
# 09/26 ab", "hi, my debit card expires 03/28", "die Visa ist gültig bis 11/27" (stop 29's
# decision: an expiry a customer gives as their card's is masked with or without the number,
# which may sit in another message; nothing else that expires may be named in between)
#: the expiry as a card prints it (``_NUMERIC_EXP``'s pattern, which follows)
_NUMERIC_EXP_PATTERN = (
    r"(?:0?[1-9]|1[0-2])[ ]?[/.\-][ ]?(?:20)?\d{2}|20\d{2}[\-/.](?:0[1-9]|1[0-2])"
)
_CARD_SUBJECT = re.compile(
    _typed(
        # (a payment card's: not a "Bahncard", "Kundenkarte" or "SIM card")
        r"(?<![^\W\d_])(?:(?:(?:kredit|credit|debit|giro|ec|bank|prepaid|business|firmen)"
        r"[\s\-]?)?(?<!(?:sim|gift|geschenk|sd|memory|speicher|member|loyalty|library|key|id|"
        r"boarding|punch|report|score|wild)[\s\-])(?:karte|card)|mastercard|amex|maestro|"
        # (a travel visa is not the card: "my student visa expires 09/27")
        r"(?<!(?<![^\W\d_])(?:student|work|working|travel|tourist|schengen|residence|resident|business|"
        r"transit|entry|exit|holiday|visitor|study|spouse|family|us|uk|e)[\s\-])visa)(?![^\W\d_])"
    )
    + r"(?P<between>[^.!?\n\d]{0,40}?)"
    # (or the German verb split around the date: "läuft 09/26 ab", ``_SPLIT_VERB_EXP``)
    + "(?:"
    + _EXP_LABEL
    + "|"
    + _typed(r"(?<![^\W\d_])(?:l(?:ä|a)uft|lief)(?![^\W\d_])")
    # (or the date, then German's participle last: "die Karte ist 08/24 abgelaufen", an
    # expired card's printed date; round 62)
    + "|"
    + _NUMERIC_EXP_PATTERN
    + _typed(r"[ ]+(?:ab(?:ge?)?laufen|ausgelaufen|verfallen)(?![^\W\d_])")
    + ")",
    _FLAGS,
)
_CARD_SUBJECT_HINT = stdre.compile(r"karte|card|visa|master|amex|maestro")
# the expiry as a card prints it, "09/26" or "09/2026": "my card will expire Jan 2030" is as
# often a phishing text's claim as the card's
# (or year first, as an export or a form's ISO field gives it: "Ablauf 2027-03")
_NUMERIC_EXP = stdre.compile(_NUMERIC_EXP_PATTERN)


# ... with the part of the month the expiry is said at ("läuft Ende 08/25 ab"): ``_EDGE``'s
# words belong to the expiry, and the card's printed date is what follows them
_EDGED_NUMERIC_EXP = re.compile(_EDGE + "(?:" + _NUMERIC_EXP.pattern + ")", _FLAGS)


_CARD_OWNED_LABEL = re.compile(_EXP_LABEL + _CARD_AS_OWNER, _FLAGS)
# ... whose every match holds the owner's words: their scan alone (some 4 µs on a card
# message's second reading) before the label's (some 100 µs)
_CARD_AS_OWNER_SCAN = re.compile(_CARD_AS_OWNER, _FLAGS)


def _card_subject_of_expiry(text: str, low: str) -> bool:
    """A card word opens the sentence part that states an expiry (``_CARD_SUBJECT``), or
    owns its label ("Verfallsdatum der Karte")."""
    if _CARD_SUBJECT_HINT.search(low) is None:
        return False
    if _CARD_AS_OWNER_SCAN.search(text) is not None and _CARD_OWNED_LABEL.search(text) is not None:
        return True
    for m in _CARD_SUBJECT.finditer(text):
        if _OTHER_EXPIRING.search(m.group("between")) is None:
            return True
    return False


def _card_subject_then_expiry(text: str) -> bool:
    """A card named as the subject of an expiry label (asked by the pre-check)."""
    low = text.lower()
    return _EXP_HINT.search(low) is not None and _card_subject_of_expiry(text, low)


def gives_expiry_alone(text: str) -> bool:
    """Whether (normalised) ``text`` may give an expiry without a card (asked by the
    pre-check): it opens with an expiry label, a card's printed label is in it, an expiry
    label is asked and answered ("brauchen Sie das Ablaufdatum? 01/26"), or a card named by
    its last digits is ("card ending 4444, expiry 11/29")."""
    if opens_with_expiry(text) or _has_printed_label(text):
        return True
    # the last three each need an expiry word (``_EXP_HINT``, in the lower-cased text):
    # one scan for the three, which most chat fails (speed, round 43), and they are asked
    # without it (the same tests past their own scan for it: r47-speed)
    low = text.lower()
    if _EXP_HINT.search(low) is None:
        return False
    return (
        _answered_past_hint(text)
        or _tail_then_expiry_past_hint(text, low)
        or _card_subject_of_expiry(text, low)
    )


_ANSWERED_EXP = re.compile(
    _EXP_LABEL
    + r"[ ]*\?\s*(?:(?:it's|its|it\s+is|es\s+ist|das\s+ist|hier|here|sure|klar)[\s,:!]*)?"
    + rf"(?P<exp>{_EDGE}{_EXP})",
    _FLAGS,
)


_QUESTION_THEN_DIGIT = stdre.compile(r"\?[^?\d]{0,16}\d")


def _answered_expiry(text: str) -> bool:
    """An expiry label asked and answered at once: "need the expiry? 03/28"."""
    return (
        "?" in text
        and _QUESTION_THEN_DIGIT.search(text) is not None  # (most questions end a message)
        and _EXP_HINT.search(text.lower()) is not None
        and _ANSWERED_EXP.search(text) is not None
    )


def _answered_past_hint(text: str) -> bool:
    """``_answered_expiry`` of a text known to hold an expiry word (``_EXP_HINT``)."""
    return (
        "?" in text
        and _QUESTION_THEN_DIGIT.search(text) is not None
        and _ANSWERED_EXP.search(text) is not None
    )


# a card named right before a printed expiry label: "card (exp …", "Karte, EXP …"
_CARD_THEN_LABEL = re.compile(
    _typed(
        r"(?<![^\W\d_])(?:card|karte|kreditkarte|visa|mastercard|amex|maestro)"
        r"[ ]?[(,:\-–]?[ ]?(?=(?:[Ee]xp|EXP|[Vv]alid[ ]+thr|VALID[ ]+THR)(?![a-z]))"
    ),
    _FLAGS,
)


def _card_before_label(text: str) -> bool:
    return _CARD_THEN_LABEL.search(text) is not None


def _has_printed_label(text: str) -> bool:
    if "xp" in text or "XP" in text or "alid" in text or "ALID" in text:
        return _PRINTED_LABEL.search(text) is not None
    return False


def opens_with_expiry(text: str) -> bool:
    """Whether (normalised) ``text`` opens with an expiry label (asked by the pre-check: an
    expiry alone needs no card). The first words are looked at before the regex runs."""
    if not text[:1].isalpha():
        text = text[_NON_WORD_RUN.match(text).end() :]  # type: ignore[union-attr]
    for word in text.split(None, 3)[:3]:
        word = word.lower()
        if word.startswith(_EXP_LABEL_STARTS):
            m = _OPENING_EXP_LABEL.match(text)
            if m is None:
                return False
            owner = _LABEL_OWNER.match(text, m.end())
            return owner is None or _CARD_OWNER.fullmatch(owner.group("noun")) is not None
        if word not in _OPENING_WORDS:
            return False
    return False


# "…365412/28": an expiry glued to the card's last digits, maybe a CVC glued to it
# ("…365412/28123")
_GLUED_EXP = re.compile(r"(?:0[1-9]|1[0-2])[/.\-](?:20)?\d{2}(?=\d{3,4}(?!\d)|(?!\d))")
_GLUED_CVC = re.compile(r"\d{3,4}(?!\d)")
_GLUED = re.compile(r"\d{2,8}(?!\d)")
# "…4676-12/26-123": the expiry after a dash that follows the card (a date's "-05" is not)
_DASHED_EXP = re.compile(r"-(?P<exp>(?:0?[1-9]|1[0-2])[ ]?/[ ]?(?:20)?\d{2})(?!\d|/\d)")
# a word of digits and look-alike letters (O/o for 0, I/l for 1) with a digit and a letter
# (tried at word starts only: linear on a run of digits)
_LOOKALIKES = str.maketrans("OoIl", "0011")
_LOOKALIKE_WORD = stdre.compile(r"(?<!\w)(?=[OoIl]*[0-9])(?=[0-9]*[OoIl])[0-9OoIl]+(?!\w)")
_LOOKBACK = 48
_MAX_FOLLOWERS = 3
# a yield per so many expiries judged, results made (``analyze_steps`` on a long text)
STEP_EXPIRIES = 16
STEP_LABELS = 16
STEP_RESULTS = 64
# The card's month and year later in its sentence, after a remark: "2223 … 5675
# (Mastercard), 10/30", "4929-… in plain text in the receipt (!!) with 12/27", "… 9463 and
# the date on it 08 slash 27" (no digit and no sentence's end on the way, a bracket's
# remark skipped whole; a slash's shape, typed or said, that no prose number has)
_REMARK_EXP = re.compile(
    r"(?:[ \t]*\n?[ \t]*\([^()\d\n]{1,40}\)|[^\d\n.!?()]){0,80}?"
    # (not a day an event happens on: "charged, the refund comes in 12/26", "ab 01/27")
    r"(?<![\d.\-/])(?<!(?<![^\W\d_])(?:in|on|at|by|from|since|before|after|am|im|um|ab|seit|"
    r"vor|nach|vom|zum)[ ])"
    r"(?P<exp>(?:0[1-9]|1[0-2])"
    r"(?:[ ]?/[ ]?|[ ]+(?:slash|schrägstrich|schraegstrich)[ ]+)"
    r"(?:20)?[2-4]\d)(?![\d/.\-]?\d)",
    _FLAGS,
)
# How far from a labelled CVC an expiry may stand and still be that card's (a message
# giving the details without the number: "cvv 207, exp 1/28")
_DETAIL_REACH = 80


def _labelled_expiry_steps(text: str) -> Generator[None, None, list[re.Match[str]]]:
    """``list(_LABELLED_EXP.finditer(text))`` with a yield per few labels: one scan of a
    2,000-character flood of labels costs milliseconds ("exp [EXPIRY]" read again after
    masking fails slowly at each label). A match starts where a label does, so trying
    each label's start in order, from the end of the last match on, finds the same."""
    found: list[re.Match[str]] = []
    pos = 0
    for n, label in enumerate(_EXP_LABEL_ALONE.finditer(text, overlapped=True)):
        if n and n % STEP_LABELS == 0:
            yield
        if label.start() < pos:
            continue
        m = _LABELLED_EXP.match(text, label.start())
        if m is not None:
            found.append(m)
            pos = max(m.end(), m.start() + 1)
    return found


# a label whose sentence answers it in words: "expiration date is on file, I updated the
# billing contact in Feb 2024" (the date later in the sentence is another thing's)
_ANSWERED_IN_WORDS = re.compile(
    _typed(
        r"[ ]+(?:is|are|ist|sind|bleibt|stays?|remains?)(?:[ ]+(?:still|noch))?[ ]+"
        r"(?:on[ ]+file|the[ ]+same|unchanged|gleich|dieselbe|derselbe|das[ ]+gleiche|"
        r"hinterlegt|unverändert)(?![^\W\d_])"
    ),
    _FLAGS,
)


def _later_expiries(text: str) -> list[re.Match[str]]:
    """The expiry after words in the sentence of each of the first few expiry labels."""
    found = []
    for label in islice(_EXP_LABEL_ALONE.finditer(text), _MAX_FOLLOWERS):
        if _ANSWERED_IN_WORDS.match(text, label.end()) is not None:
            continue
        m = _LATER_EXP.match(text, label.end())
        if m is None and "\n" in text:
            m = _NEXT_LINE_EXP.match(text, label.end())
        if m is not None:
            found.append(m)
    return found


def _pronoun_cvcs(text: str) -> list[re.Match[str]]:
    """``_PRONOUN_CVC``'s matches (at most ``_MAX_FOLLOWERS``), found from each pronoun and its
    value back to the nearest label before it, so the work is bounded by the values, not the
    labels."""
    if text.isascii() and _ASCII_DIGIT.search(text) is None:
        return []  # every value is digits (``\d`` is 0-9 in an ASCII text)
    matches: list[re.Match[str]] = []
    done = 0
    for hit in islice(_PRONOUN_VALUE.finditer(text), _PRONOUN_HITS):
        if hit.start() < done:
            continue
        lo = max(done, hit.start() - _PRONOUN_GAP - _LABEL_REACH)
        for label in _LABEL_ALONE.finditer(text, lo, hit.start()):
            if hit.start() - label.end() > _PRONOUN_GAP:
                continue
            if _DIGIT_OR_LINE.search(text, label.end(), hit.start()) is not None:
                continue
            # (the value's own look-ahead needs the characters after it)
            m = _PRONOUN_CVC.match(text, label.start(), min(len(text), hit.end() + 20))
            if m is not None:
                matches.append(m)
                done = m.end()
                break
        if len(matches) >= _MAX_FOLLOWERS:
            break
    return matches


def _near_cvc(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    """A labelled CVC (matches in order, none overlapping: both lists sorted) within
    ``_DETAIL_REACH`` of the span ``s:e``; by bisection, so a flood stays linear-log."""
    i = bisect_right(starts, e + _DETAIL_REACH)
    return i > 0 and ends[i - 1] >= s - _DETAIL_REACH


def _same_shape(denied: str, given: str, etype: str) -> bool:
    """A value taken back is of the detail's kind: an expiry for an expiry, the same
    number of digits for a CVC."""
    if etype == CARD_EXPIRY:
        return _EXP_SHAPE.fullmatch(denied) is not None
    return denied.isdigit() and len(denied) == len(given)


# An expiry (MMYY, MM?YY, MM?20YY) and maybe a code after a card, each joined by the
# separator between the card's own groups
_TAIL_SEPARATORS = "_,;|-"
_SAME_SEPARATOR_TAIL = {
    sep: stdre.compile(
        rf"{stdre.escape(sep)}(?P<exp>(?:0[1-9]|1[0-2]){stdre.escape(sep)}?(?:20)?(?:2[4-9]|3\d))"
        rf"(?:{stdre.escape(sep)}(?P<cvc>\d{{3,4}}))?(?!\d)"
    )
    for sep in _TAIL_SEPARATORS
}


def _same_separator_tail(text: str, start: int, end: int) -> stdre.Match[str] | None:
    """The expiry and code after the card at ``start:end``, joined by the one separator
    that joins the card's groups."""
    if end >= len(text) or text[end] not in _TAIL_SEPARATORS:
        return None
    seps = {ch for ch in text[start:end] if not ch.isdigit()}
    if seps != {text[end]}:
        return None
    return _SAME_SEPARATOR_TAIL[text[end]].match(text, end)


def _glued_type(digits: str) -> str:
    """A remainder glued to the last group: MMYY is an expiry, anything else a CVC."""
    if len(digits) == 4 and 1 <= int(digits[:2]) <= 12 and 20 <= int(digits[2:]) <= 49:
        return CARD_EXPIRY
    return CARD_CVC


# A table pasted with its header: a column named for a card's code or expiry and the rows
# under it ("cc_number,cc_cvc,cc_expiredate\nm,5270 …,123,2010/06/25", a tab-separated sheet).
# The header names the column, the value's shape confirms it; rows end where the number of
# cells changes. An expiry column counts in a table with a code column or a card number.
_TABLE_SEPS = (",", ";", "\t", "|")
_COLUMN_HINT = stdre.compile(
    r"cv[vcn]|csc|security|prüf|pruef|exp|ablauf|gültig|gueltig|valid|mm/|verification"
)
_CODE_COLUMN_HINT = stdre.compile(r"cv[vcn]|csc|security|prüf|pruef")
_COLUMN_OWNER = r"(?:(?:card|cc|kk|credit[_\- ]?card|karte|kreditkarte|karten)[_\- ]?)?"
_CVC_COLUMN = stdre.compile(
    _COLUMN_OWNER + r"(?:cvc2?|cvv2?|csc|cvn2?|security[_\- ]?code|prüfziffer|pruefziffer|"
    r"prüfnummer|pruefnummer)"
)
# a "verification code" column is a card's code only in a table holding a card number (a
# sign-in log has one too)
_VERIFICATION_COLUMN = stdre.compile(_COLUMN_OWNER + r"verification[_\- ]?(?:code|value)")
_EXP_COLUMN = stdre.compile(
    _COLUMN_OWNER + r"(?:exp(?:ir(?:y|e|es|ed|ation))?(?:[_\- ]?(?:date|datum))?|expiredate|"
    r"ablauf(?:datum)?|gültig[_\- ]?bis|gueltig[_\- ]?bis|gültigkeit|valid[_\- ]?(?:thru|until|to)|"
    r"mm/yy|mm/jj)"
)
_CVC_CELL = stdre.compile(r"\d{3,4}")
_EXP_CELL = stdre.compile(
    r"(?:0?[1-9]|1[0-2])[/.\-](?:20)?\d{2}|(?:0[1-9]|1[0-2])\d{2}"
    r"|(?:19|20)\d{2}([/.\-])(?:0[1-9]|1[0-2])(?:\1(?:0[1-9]|[12]\d|3[01]))?"
)
_MAX_TABLE_ROWS = 50
_CELL_TRIM = " \"'"


def _cells(line: str, offset: int, sep: str) -> list[tuple[int, int]]:
    """The spans of ``line``'s cells (quotes and spaces trimmed), ``offset`` its start."""
    spans = []
    pos = 0
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip(_CELL_TRIM))
        inner = cell.strip(_CELL_TRIM)
        spans.append((offset + pos + lead, offset + pos + lead + len(inner)))
        pos += len(cell) + 1
    return spans


def _table_details(
    text: str, low: str, cards: tuple[tuple[int, int], ...]
) -> list[tuple[int, int, str]]:
    """Codes and expiries in the columns a table's header names (``_CVC_COLUMN``)."""
    out: list[tuple[int, int, str]] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for n, (start, line) in enumerate(lines):
        lowline = low[start : start + len(line)]
        if _COLUMN_HINT.search(lowline) is None:
            continue
        for sep in _TABLE_SEPS:
            if sep not in line:
                continue
            heads = [low[s:e] for s, e in _cells(line, start, sep)]
            kinds = {
                i: CARD_CVC if _CVC_COLUMN.fullmatch(h) else CARD_EXPIRY
                for i, h in enumerate(heads)
                if _CVC_COLUMN.fullmatch(h) or _EXP_COLUMN.fullmatch(h)
            }
            if cards:
                kinds.update(
                    (i, CARD_CVC) for i, h in enumerate(heads) if _VERIFICATION_COLUMN.fullmatch(h)
                )
            if not kinds or (CARD_CVC not in kinds.values() and not cards):
                continue
            for row_start, row in lines[n + 1 : n + 1 + _MAX_TABLE_ROWS]:
                cells = _cells(row, row_start, sep)
                if len(cells) != len(heads):
                    break
                for i, kind in kinds.items():
                    s, e = cells[i]
                    shape = _CVC_CELL if kind == CARD_CVC else _EXP_CELL
                    if shape.fullmatch(text, s, e) is not None:
                        out.append((s, e, kind))
            break
    return out


#: The markers that quote a mail's lines: "> ", ">> ", "> > "
_QUOTE_MARKS = re.compile(r"(?m)^(?:>[ ]?)+")


class CardDetailsRecognizer(LocalRecognizer):
    """CVC and expiry next to a card number, and CVCs with their own label."""

    NAME: str = "CardDetailsRecognizer"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[CARD_CVC, CARD_EXPIRY],
            name=self.NAME,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: regexes are compiled at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find CVCs and expiry dates; see the module docstring for when they count."""
        return run_steps(self.analyze_steps(text, entities, fine=False))

    def analyze_steps(
        self, text: str, entities: list[str], *, fine: bool = True
    ) -> Generator[None, None, list[RecognizerResult]]:
        """``analyze`` in slices when ``fine``: a yield per card read and between the
        label scans; the same results."""
        found: dict[tuple[int, int], str] = {}
        if LOOKALIKE_HINT.search(text) is not None and _LOOKALIKE_WORD.search(text):
            # "gültig bis O9/28, CVC l23": read look-alike letters as digits (same length,
            # so every span holds)
            text = _LOOKALIKE_WORD.sub(lambda m: m.group().translate(_LOOKALIKES), text)
        if ">" in text and _QUOTE_MARKS.search(text) is not None:
            # a quoted mail's lines ("> 2720 9981 …" ⏎ "> 05/28" ⏎ "> 337") read as typed:
            # the markers become spaces, so every span holds (round 59)
            text = _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text)
        cards = (yield from card_spans_steps(text)) if fine else find_card_spans(text)
        for start, end in cards:
            if fine:
                yield
            pos = end
            glued = _GLUED.match(text, end) if end < len(text) and text[end].isdigit() else None
            glued_exp = _GLUED_EXP.match(text, end) if glued is not None else None
            if glued_exp is not None:
                found[glued_exp.span()] = CARD_EXPIRY
                pos = glued_exp.end()
                glued_cvc = _GLUED_CVC.match(text, pos)
                if glued_cvc is not None:
                    found[glued_cvc.span()] = CARD_CVC
                    pos = glued_cvc.end()
            elif glued is not None and glued_expiry_cvc(glued.group()):
                found[(glued.start(), glued.start() + 4)] = CARD_EXPIRY
                found[(glued.start() + 4, glued.end())] = CARD_CVC
                pos = glued.end()
            elif glued is not None:
                found[glued.span()] = _glued_type(glued.group())
                pos = glued.end()
            elif (cells := _same_separator_tail(text, start, end)) is not None:
                # "5412_7534_1290_0834_0928_417", "4929,6321,8814,5015,03,29": a sheet's
                # or a CSV's next cells, joined by the card's own separator (round 60)
                for kind in ("exp", "cvc"):
                    if cells.group(kind) is not None:
                        found[cells.span(kind)] = CARD_EXPIRY if kind == "exp" else CARD_CVC
                pos = cells.end()
            elif (dashed := _DASHED_EXP.match(text, end)) is not None:
                found[dashed.span("exp")] = CARD_EXPIRY
                pos = dashed.end()
            for _ in range(_MAX_FOLLOWERS):
                m = _AFTER.match(text, pos)
                if m is None:
                    break
                kind = "exp" if m.group("exp") is not None else "cvc"
                found[m.span(kind)] = CARD_EXPIRY if kind == "exp" else CARD_CVC
                pos = m.end()
                if kind == "exp" and text[pos : pos + 1].isdigit():
                    cvc = _GLUED_CVC.match(text, pos)  # "12/28123"
                    if cvc is not None:
                        found[cvc.span()] = CARD_CVC
                        pos = cvc.end()
            if not any(v == CARD_EXPIRY and end <= k[0] for k, v in found.items()):
                remark = _REMARK_EXP.match(text, pos)
                if remark is not None:
                    found[remark.span("exp")] = CARD_EXPIRY
                    pos = remark.end()
                    for _ in range(_MAX_FOLLOWERS):  # the code after it: "…, 10/30, 552"
                        m = _AFTER.match(text, pos)
                        if m is None or m.group("cvc") is None:
                            break
                        found[m.span("cvc")] = CARD_CVC
                        pos = m.end()
            window_start = max(0, start - _LOOKBACK)
            before = _expiry_before(text[window_start:start])
            if before is not None:
                s, e = before.span("exp")
                found[(window_start + s, window_start + e)] = CARD_EXPIRY
        # A labelled CVC is a card's detail even when the number is not in the message (sent
        # before, or kept back): the expiry typed next to it is the same card's ("cvv 207 und
        # exp 1/28", "Sicherheitscode 031, Ablaufdatum 12/25", "05/27, CVC 123").
        if fine:
            yield
        low = text.lower()
        cvc_hinted = _CVC_HINT.search(low) is not None
        labelled_cvcs = (
            list(_LABELLED_CVC.finditer(text)) if cvc_hinted and _has_cvc_value(text, low) else []
        )
        if labelled_cvcs and ("-" in text or "_" in text):
            codes = {m.span("n") for m in _CODE_ID.finditer(text)}
            labelled_cvcs = [m for m in labelled_cvcs if m.span("cvc") not in codes]
        for m in labelled_cvcs[:_MAX_FOLLOWERS]:  # (more is a flood, not one card's details)
            after = _AFTER.match(text, m.end())
            if after is not None and after.group("exp") is not None:
                found.setdefault(after.span("exp"), CARD_EXPIRY)
            window_start = max(0, m.start() - _LOOKBACK)
            before = _expiry_before(text[window_start : m.start()])
            if before is not None:
                s, e = before.span("exp")
                found.setdefault((window_start + s, window_start + e), CARD_EXPIRY)
        if fine:
            yield
        cvc_starts = [c.start() for c in labelled_cvcs]
        cvc_ends = [c.end() for c in labelled_cvcs]
        exp_hint = _EXP_HINT.search(low) is not None
        for m in labelled_cvcs[:_MAX_FOLLOWERS]:
            corrected = _CORRECTION.match(text, m.end())
            if corrected is not None:
                found.setdefault(corrected.span("cvc"), CARD_CVC)
        if not labelled_cvcs and cvc_hinted:
            labelled_cvcs.extend(_pronoun_cvcs(text))
            if not labelled_cvcs and ("..." in text or "-" in text):
                paused = list(islice(_PAUSED_CVC.finditer(text), _MAX_FOLLOWERS))
                if paused and "-" in text:
                    # (not the label inside an error's code: "ERR-CVC-002", round 37)
                    codes = {m.span("n") for m in _CODE_ID.finditer(text)}
                    paused = [m for m in paused if m.span("cvc") not in codes]
                labelled_cvcs.extend(paused)
        if fine:
            yield
        # (the other expiring things are looked for last: most chat has an "end" or a "bis")
        alone = printed = False
        if exp_hint and not cards and not labelled_cvcs:
            alone = opens_with_expiry(text) or _answered_expiry(text)
            printed = not alone and _has_printed_label(text)
            if (alone or printed) and _OTHER_EXPIRING.search(text) is not None:
                # ("my new card (exp 04/29) isn't accepted for the subscription": the card
                # named right before the label is what expires, whatever else is named)
                printed = printed and _card_before_label(text)
                alone = False
        tail = exp_hint and not cards and _card_named_by_tail(low, text)
        subject = exp_hint and not cards and not tail and _card_subject_of_expiry(text, low)
        if (cards or labelled_cvcs or alone or printed or tail or subject) and exp_hint:
            if fine:
                yield
            then_word = _EXP_THEN_WORD_HINT.search(low) is not None
            labelled = (
                (yield from _labelled_expiry_steps(text))
                if fine
                else list(_LABELLED_EXP.finditer(text))
            )
            followed = {k for k, v in found.items() if v == CARD_EXPIRY}
            exp_codes: list[tuple[int, int]] = []
            for n, m in enumerate(
                chain(
                    labelled,
                    # (the expiry after words only where no label had its value right
                    # after it)
                    () if labelled else _later_expiries(text),
                    _EXP_THEN_WORD.finditer(text) if then_word else (),
                    _SPLIT_VERB_EXP.finditer(text) if then_word else (),
                )
            ):
                if fine and n and n % STEP_EXPIRIES == 0:
                    yield  # (a flood of labelled expiries: each asks of every span found)
                # the label decides what "gültig bis 0133" is, over a guess from position
                s, e = m.span("exp")
                if (
                    m.re is _SPLIT_VERB_EXP
                    and _OTHER_EXPIRING.search(text, max(0, m.start() - 30), m.start()) is not None
                ):
                    continue  # "der Vertrag läuft Ende 2027 aus": the contract's end
                near_cvc = _near_cvc(cvc_starts, cvc_ends, s, e)
                if (
                    m.re is _LABELLED_EXP
                    and _OTHER_BOUND_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    is not None
                ):
                    continue  # "Vertrag bis 09.2029", "plan runs until …": another thing's
                if tail and not near_cvc and _PAST_EXPIRY.search(_clause_before(text, s)):
                    continue  # an old card's, named by its tail: "Ablauf war 09/24"
                if (
                    m.re in (_LABELLED_EXP, _SPLIT_VERB_EXP)
                    and m.group("ds")
                    and not cards
                    and not near_cvc
                ):
                    continue  # a full date is a card's expiry only by the card or its code
                if not cards and not alone and not near_cvc and not tail:
                    if not (
                        printed
                        and m.re is _LABELLED_EXP
                        and _PRINTED_LABEL.match(text, m.start()) is not None
                        and not text[s:e].isdigit()  # "exp 1200": points, not a date
                    ) and not (
                        # (a card as the subject: only with the card's printed "MM/YY")
                        subject and _EDGED_NUMERIC_EXP.fullmatch(text, s, e) is not None
                    ):
                        continue
                for span in [k for k in found if k[0] < e and s < k[1]]:
                    del found[span]
                found[(s, e)] = CARD_EXPIRY
                if (cards or printed or alone) and m.re is _LABELLED_EXP and (s, e) not in followed:
                    # the code after the card's labelled expiry: "… exp 2009/03/01 code 889"
                    # (or after the expiry a card prints, the card kept back: "exp Dec 2026
                    # and the code is 889")
                    after = _AFTER.match(text, e)
                    if after is not None and after.group("cvc") is not None:
                        exp_codes.append(after.span("cvc"))
            for span in exp_codes:
                found.setdefault(span, CARD_CVC)
        # an expiry corrected at once: "gültig bis Ende 2027? nein, steht 12/27 drauf"
        for (_s, e), etype in list(found.items()) if cards or labelled_cvcs else ():
            corrected = _EXP_CORRECTION.match(text, e) if etype == CARD_EXPIRY else None
            if corrected is not None:
                found.setdefault(corrected.span("exp"), CARD_EXPIRY)
        if found and _DENIAL_HINT.search(low) is not None:
            for (s, e), etype in list(found.items()):
                lo = max(0, s - _DENIED_REACH)
                given = (
                    _GIVEN_AFTER.match(text, e)
                    if _DENIAL_RIGHT_BEFORE.search(text, lo, s) is not None
                    else None
                )
                for denied in (
                    _DENIED_BEFORE.search(text, lo, s),
                    _DENIED_AFTER.match(text, e),
                    given,
                ):
                    if denied is not None and _same_shape(denied.group("v"), text[s:e], etype):
                        found.setdefault(denied.span("v"), etype)
        if cards:  # a card's details as fields of code or JSON next to it
            keyed = _KEY_VALUE_MARK.search(text) is not None
            for m in (*_EXP_PART.finditer(text), *_EXP_KEYED.finditer(text)) if keyed else ():
                found.setdefault(m.span("exp"), CARD_EXPIRY)
            parts = "month" in low or "year" in low
            for m in _EXP_PART_SPACED.finditer(text) if parts else ():
                found.setdefault(m.span("exp"), CARD_EXPIRY)
            for m in (
                _EXP_PART_WORDS.finditer(text) if parts or "monat" in low or "jahr" in low else ()
            ):
                found.setdefault(m.span("exp"), CARD_EXPIRY)
            bare = "cod" in low or "kode" in low or "digo" in low
            for m in _BARE_CODE.finditer(text) if bare else ():
                after_card = any(0 <= m.start() - e <= _BARE_CODE_REACH for _s, e in cards)
                if after_card and not _OTHER_CODE_BEFORE.search(
                    text[max(0, m.start() - 16) : m.start()]
                ):
                    found.setdefault(m.span("cvc"), CARD_CVC)
        if _CVC_KEY_HINT.search(low) is not None:
            if fine:
                yield
            for m in _CVC_KEYED.finditer(text):
                if m.group("ver") is not None:
                    # (a card's "verification_value", ActiveMerchant's name, also in a
                    # card's or a payment's object shown without its number: round 40)
                    value_key = m.group("ver").lower().endswith("value")
                    if cards or (value_key and _PAYMENT_CONTEXT.search(low)):
                        found.setdefault(m.span("cvc"), CARD_CVC)
                elif m.group("sec") is None or cards or _PAYMENT_CONTEXT.search(low):
                    found.setdefault(m.span("cvc"), CARD_CVC)
        for m in labelled_cvcs:
            found.setdefault(m.span("cvc"), CARD_CVC)
        if "\n" in text and (cards or _CODE_COLUMN_HINT.search(low)) and _COLUMN_HINT.search(low):
            if fine:
                yield
            for s, e, etype in _table_details(text, low, cards):
                found.setdefault((s, e), etype)
        if found and not cards and "," in text:
            # a code or date the text gives as an example ("any future date (e.g., 12/25)")
            found = {k: v for k, v in found.items() if not example_given(text, k[0])}
        results = []
        for n, ((s, e), etype) in enumerate(sorted(found.items())):
            if fine and n and n % STEP_RESULTS == 0:
                yield  # (a flood of labelled codes makes as many results)
            if etype in entities or not entities:
                results.append(
                    RecognizerResult(
                        entity_type=etype,
                        start=s,
                        end=e,
                        score=EntityRecognizer.MAX_SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.NAME,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results
