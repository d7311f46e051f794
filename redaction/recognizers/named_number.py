"""Named numbers: a PIN, TAN, card security code or one-time code whose name and number
stand apart ("the PIN, which I wrote on the back of the card, is 4711", "meine PIN für die
Karte lautet jetzt 0815", "I have the TAN here. It is 449102.", "Diese lautet 3 3 9 1",
"4711 is my PIN").

Why a module of its own: the one-time code and card-detail rules read a value at a fixed
place after its word (right after it, or after its connector); this one reads the name's
whole sentence, and the next one when that has no number, and judges each number there by
what it is, not by where it stands. Words may stand between, the digits may be spaced or
grouped ("3 3 9 1", "44-91-02", "448 120"), and the number may come first when a link names
it ("4711 ist meine PIN"). It reports two types, as the other rules do for the same
numbers: ``CARD_CVC`` for a card's security code (3-4 digits after "CVC", "CVV",
"security code", "Prüfnummer", "code on the back"; ``card_details``) and ``PASSWORD`` for a
PIN or PUK, a TAN, an OTP and the one-time or verification codes (4-8 digits;
``one_time_code``).

Distance has limits: only the sentence that names the secret (up to the next name) or, when
it holds no number, the one right after it; and never a number that is clearly something
else: an amount, a date or a year, a time, a phone number, a number another noun names
("Kundennummer 44881234", "Terminal-ID 60142873", "Build 2291"), a postcode in an address,
a count or measure ("3 attempts", "after 5 tries"), a version or a percentage, nor the tail
of another number ("ends in 4471"). A name that only modifies another noun ("PIN-Brief",
"TAN-Verfahren", "the CVC field") names no number.
"""

from __future__ import annotations

import re as stdre
from collections.abc import Generator, Iterator

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import german_forms, words
from redaction.named_values import drop_samples, example_given, no_pin
from redaction.recognizers.base import (
    literal_trie,
    run_steps,
    span_results,
    umlaut_spellings,
    word_start_scan,
)
from redaction.recognizers.card import CARD_WORD_LITERALS, find_card_spans
from redaction.recognizers.one_time_code import (
    _FOR_ACCOUNT,
    _OTHER_NUMBER_BEFORE,
    _unless_amount_or_year,
)
from redaction.types import CARD_CVC, PASSWORD

# --- the names -------------------------------------------------------------------------
# Who or what a kept code is for ("manager code", "Chefcode", "Alarmcode", "storage code")
# (not "admin", "master", "storage" or "building": an admin's or a storage layer's code is
# source code, a building code a regulation)
_CODE_OWNERS = (
    *"manager supervisor till register kassen? kassierer chef filialleiter".split(),
    *"alarm alarmanlagen? door tür haustür gate tor garagen? safe tresor".split(),
    *"locker spind keypad entry eingangs".split(),
)
_CODE_OWNER = "|".join(_CODE_OWNERS)
_TERMINAL = r"terminal|händler|merchant|service|techniker"
_OWNER_SEP = r"(?:[ ]\d{1,2})?[ \-]?"
# A PIN or PUK, named alone or compounded ("Büro-PIN", "support PIN", "PIN-Code"), a
# passcode, the German "Geheimzahl"
_PIN = (
    r"(?P<pin>pins?(?:[ \-]?(?:code|nummer|number|nr))?|puks?|geheim(?:zahl|nummer)"
    r"|pass[ \-]?codes?|kenncodes?"
    # a code named by whom or what it is kept for: a till's, a manager's, an alarm's, a
    # door's ("manager code", "till 2 code", "Kassen-Chefcode", "Alarmcode"), and a payment
    # terminal's password ("Terminal-Passwort"); read like a PIN (4-8 digits in its
    # sentence, never an amount, a count or a number another noun names)
    rf"|(?:{_CODE_OWNER}){_OWNER_SEP}codes?"
    # ... or named after it: "the code on the door of the storage unit", "code for the till"
    r"|codes?[ ]+(?:on|of|for|at|to|für|an|vom|von)[ ]+(?:the|der|die|das|dem|den)[ ]+"
    r"(?:door|tür|haustür|gate|tor|garage|alarm|alarmanlage|safe|tresor|locker|spind|till"
    r"|kasse|keypad|storage|lager)"
    rf"|(?:{_TERMINAL})[ \-]?(?:passwor[dt]|kennwort)"
    # ... in the words of the customers' own languages: "il codice (di sblocco) della
    # porta", "el código de la puerta", "le code de la porte", "kod do drzwi", "codul
    # ușii", "kapı kodu", "alarm kodu"
    r"|(?:codice|c[oó]digo|code|kod|codul|cod)(?:[ ]+(?:di|de)[ ]+[^\W\d_]{3,12})?[ ]+"
    r"(?:(?:della|dello|dell'|del|de[ ]la|de|da|do|du|des|dla|al|alla)[ ]*)?"
    r"(?:(?:la|el|le|il|lo|a|o)[ ]+)?(?:porta|portone|cancello|allarme|cassaforte|puerta"
    r"|port[oó]n|port[ãa]o|alarma|porte|portail|alarme|coffre|drzwi|bramy|furtki|alarmu"
    r"|sejfu|u[șşs]ii|por[țţt]ii|alarmei|seifului)(?![^\W\d_])"
    r"|(?:kap[ıi]|alarm|kasa)[ ]kodu)"
)
# a TAN in its kinds ("mTAN", "pushTAN", "TAN-Nummer"); in capitals or right before its value
_TAN = (
    r"(?P<tan>(?:(?:m|i|push|photo|chip|sms|mobile|app)[ \-]?)?tans?"
    r"(?:[ \-]?(?:code|nummer|number|nr))?)"
)
# a one-time code: an OTP, a code named by the factor, the login or the check it is for
# ("2FA code", "Bestätigungscode", "SMS-Code"; "kod", "kode" as customers writing in a second
# language spell it: "SMS Kod"), by the channel that brought it ("the code
# from my text messages", "the code you sent"), or by its length ("the 6-digit code")
_ONE_TIME = (
    r"(?P<otp>t?otps?|(?:one[ \-]?time|einmal)[ \-]?(?:codes?|passwor[dt]|kennwort|pins?"
    r"|passcodes?)"
    r"|(?:2fa|mfa|sms|login|log[ \-]?in|sign[ \-]?in|anmelde|verification|verifizierungs"
    r"|verifikations|bestätigungs|authenticator|authentifizierungs|authentication|freigabe"
    r"|zugangs)[ \-]?(?:codes?|kod|kode|kodu)"
    # ... in the words of the other languages customers here write: Polish "kod SMS", "kod
    # BLIK" (a BLIK payment's code, "BLIK" alone too), "kod weryfikacyjny"; Spanish and
    # Portuguese "código de verificación/verificação/confirmación/acceso"; French "code de
    # vérification/confirmation"; Italian "codice di verifica/conferma"; Turkish "doğrulama
    # kodu", "sıfırlama kodu" (a reset's), "onay kodu"; Dutch "verificatiecode"
    r"|(?:kod|c[oó]digo|codice|code)[ ](?:sms|blik)|blik(?:[ \-]?(?:kod|code))?"
    r"|(?:kod|c[oó]digo|codice|code)[ ](?:d[eio][ ])?(?:weryfikacyjny|jednorazowy"
    r"|potwierdzenia|verificaci[oó]n|verifica[çc][ãa]o|confirmaci[oó]n|confirma[çc][ãa]o"
    r"|acceso|acesso|v[ée]rification|confirmation|validation|verifica|conferma|accesso)"
    r"|(?:do[ğg]rulama|s[ıi]f[ıi]rlama|onay|giri[şs])[ ]kodu|(?:verificatie|bevestigings)code"
    # (or "one" for it: "the 8-digit one from the hardware token: …")
    r"|(?:6|7|8|six|seven|eight|sechs|sieben|acht)[ \-]?(?:digit|stellige[nmrs]?)[ ]+(?:codes?|one)"
    # a code judged by the sign-in it was typed into: "code 314097 worked", "invalid code",
    # "dann kam 'Code abgelaufen'" (a service's verdict on a typed one-time code)
    r"|codes?(?=[ ]+\d[\d ]{2,9}\d[ ]+(?:worked|works|failed|ging|klappte|funktionierte"
    r"|(?:was|got|wurde)[ ]+(?:rejected|accepted|declined|abgelehnt|akzeptiert|angenommen))"
    r"(?![^\W\d_]))"
    r"|codes?[ ]+(?:abgelaufen|expired|ungültig|invalid|abgelehnt)"
    r"|(?:invalid|expired|ungültiger|abgelaufener)[ ]+codes?"
    r"|codes?(?=[ ,]+(?:(?:that|which|den|die)[ ]+)?(?:(?:you|they|u|ihr|sie)[ ]+)?"
    r"(?:(?:just|me|mir)[ ]+){0,2}(?:sent|texted|e-?mailed|geschickt|gesendet)(?![^\W\d_])"
    r"|[ ]+(?:from|in|aus|per|via)[ ]+(?:(?:the|my|your|der|dem|meiner|meinen|eurer|ihrer)[ ]+)?"
    r"(?:text(?:[ ]+messages?)?|sms|e-?mails?|mails?|nachricht|textnachricht"
    r"|authenticator(?:[ \-]app)?)(?![^\W\d_])))"
)
# a card's security code ("CVC", "cardSecurityCode", "Prüfnummer", "the code printed on the
# reverse of the card"); not a social security number
_CVC = (
    r"(?P<cvc>cv[cv]2?|cvn2?|csc|ccv"
    r"|(?<!social[ ])(?:card[ _]?)?security[ _]?(?:code|number)"
    r"|sicherheits[ \-]?(?:code|nummer|zahl|ziffern?)"
    r"|(?:karten)?prüf(?:nummer|ziffern?|zahl|code)"
    r"|card[ ]verification[ ](?:code|value|number)"
    # ... or named by where it is printed: "the code printed on the reverse of the card",
    # "back of card", "Code vorne", "the three digit on the back"
    r"|(?:codes?|numbers?|digits|nummer|zahl|ziffern)(?:[ ]+printed)?[ ]+(?:on|at)[ ]+the[ ]+"
    r"(?:back|reverse|rear)(?:[ ]+(?:side[ ]+)?of[ ]+(?:the|my)[ ]+card)?"
    # (not the back of another thing: "the code on the back of the router": round 61)
    r"(?![ ]+(?:side[ ]+)?of[ ])"
    # (the back itself only as what shows it: "back of card says 518")
    r"|back[ ]+of[ ]+(?:(?:the|my)[ ]+)?card(?=[ ]+(?:says|reads|shows|has)(?![^\W\d_])|[ ]*:)"
    r"|(?:codes?|nummer|zahl|zahlen|ziffern)[ ]+(?:hinten|vorne?"
    r"|auf[ ]+der[ ]+(?:rück|vorder)seite)"
    r"|(?:3|4|three|four|drei|vier)[ \-]?(?:digits?|stellige[nr]?|ziffern|zahlen)(?:[ ]+(?:code"
    r"|number|nummer|zahl))?[ ]+(?:on[ ]+the[ ]+(?:back|front)|hinten|vorne?"
    # (an Amex prints it above the card's number)
    r"|above[ ]+the[ ]+(?:card[ ]+)?number|über[ ]+der[ ]+(?:karten)?nummer))"
)
_NAME = re.compile(
    umlaut_spellings(rf"(?i)(?<![^\W\d_])(?:{_CVC}|{_PIN}|{_TAN}|{_ONE_TIME})(?![^\W\d_])")
)
# Where a name can start: a letter, or a digit a name opens with ("2FA code", "3-digit",
# "6-stelligen Code") before a letter, not after an ASCII letter (the name's look-behind
# allows no letter; a letter of another script is left to it). Letters count as the name's
# case-insensitive regex matches them ("K", "ſ" and "İ" for "k", "s" and "i"). ``_names``
# tries the name's regex only there: tried at every character it costs ~1 µs each.
_LETTERS = "A-Za-z\u0130\u017f\u212a"
_NAME_START = stdre.compile(rf"(?<![A-Za-z])(?:[{_LETTERS}]|[2-46-8](?=[ \-]?[{_LETTERS}]))")


def _names(text: str) -> Iterator[re.Match[str]]:
    """``_NAME.finditer(text)``: the same matches, the regex tried only where a name can
    start (``_NAME_START``)."""
    pos = 0
    for start in _NAME_START.finditer(text):
        if start.start() < pos:
            continue
        m = _NAME.match(text, start.start())
        if m is not None and not words.setting_after(text, m.end()):
            yield m  # (not "OTP" in "GOTRUE_SMS_OTP_EXP": a setting's name, round 60)
            pos = m.end()


# Literals one of which every name this module reads holds: a C-level scan of the
# lower-cased text before the name's regex (most chat holds none)
_HINT = stdre.compile(
    literal_trie(
        (
            *"pin puk tan otp cvc cvv cvn csc ccv security sicherheit geheim".split(),
            *"passcode pass code pass-code kenncode code prüf pruef back hinten vorn".split(),
            *"kod digit ziffer zahl blik digo codice codul".split(),
            "cod ",
        )
    )
)
# ... and then what every name holds where a word starts (not after a letter): a word a
# name starts with ("pin", "security", "prüf"), the word that ends a compound one ("…
# code", "Bestätigungscode", "SMS-TAN", "mTAN"), or the place a card's code is printed at
# ("on the back", "hinten"). The literals match inside words too ("tan" in "important",
# "pin" in "shopping", "pass" in "password", "zahl" in "Zahlung"), and a text holding only
# such would run the slow regex for nothing; this scan is slower than the literals' (most
# letters open one of its words), so it runs only after them. (A superset of the names:
# only an ASCII letter counts as one before or after; the regex judges the rest.)
_SEP = r"[ \-]?"
_AT_WORD_START = stdre.compile(
    word_start_scan(
        (
            *(
                umlaut_spellings(alternative)
                for alternative in (
                    *"cv csc ccv security cardsecurity sicherheits kartenprüf prüf".split(),
                    *"back reverse rear front hinten vorn rück vorder above".split(),
                    *"puk geheim kenncode totp otp".split(),
                    # a kept code named by its owner ("manager code", "Chefcode") and a
                    # terminal's password: the whole name, so that "till" or "service"
                    # alone sends no text to the name's regex
                    *(f"{owner}{_OWNER_SEP}code" for owner in _CODE_OWNERS),
                    *(f"{owner}[ \\-]?(?:passwor|kennwort)" for owner in _TERMINAL.split("|")),
                    "card[ ]verification",
                    f"pass{_SEP}code",
                    f"one{_SEP}time",
                    f"einmal{_SEP}(?:code|passwor|kennwort|pin|passcode)",
                    # a PIN or a TAN (of a kind: "mTAN", "pushTAN") as a word of its own
                    *(
                        f"{word}(?:s?{_SEP}(?:code|nummer|number|nr)|s)?(?![a-z])"
                        for word in (
                            *"pin tan mtan itan pushtan phototan chiptan".split(),
                            *"smstan mobiletan apptan".split(),
                        )
                    ),
                    # a one-time code named by what it is for ("Bestätigungscode")
                    *(
                        f"{factor}{_SEP}(?:code|kod)"
                        for factor in (
                            *"2fa mfa sms anmelde verification verifizierungs".split(),
                            *"verifikations bestätigungs authenticator".split(),
                            *"authentifizierungs authentication freigabe zugangs".split(),
                            f"log{_SEP}in",
                            f"sign{_SEP}in",
                        )
                    ),
                    "code",
                    # a code named by its length alone: "the 8-digit one from the token"
                    *(
                        f"{n}{_SEP}(?:digit|stellig)"
                        for n in "6 7 8 six seven eight sechs sieben acht".split()
                    ),
                    # (other languages' names, see ``_ONE_TIME``)
                    "kod[ ]",
                    "kodu",
                    "codul",
                    "cod[ ]",
                    "blik",
                    "c[oó]digo",
                    "codice",
                    "do[ğg]rulama",
                    "s[ıi]f[ıi]rlama",
                    "onay",
                    "giri[şs]",
                    "verificatie",
                    "bevestigings",
                )
            ),
            # (a word that opens with an umlaut, in both spellings)
            "über[ ]+der",
            "ueber[ ]+der",
        )
    )
)
# a name that modifies another noun names no number: "PIN-Brief", "TAN-Verfahren", "the
# CVC field", "PIN pad", "OTP length"
_MODIFIER = re.compile(
    r"(?i)(?:-(?!(?:code|nummer|number|nr)(?![^\W\d_]))[^\W\d_]"
    r"|[ ]+(?:letter|pad|field|reset|policy|screen|prompt|entry|length|format|generator|list"
    r"|check|setting|settings|requirement|rules?|procedure|method|feld|eingabe|länge|liste"
    r"|verfahren|generator|sperre|brief|result|ergebnis|response|error|fehler|mismatch"
    # (source code: "the manager code base", "till code review")
    r"|base|review|path|section|branch|repo|repository|lines|snippet|quality)"
    r"(?![^\W\d_]))"
)
# "tan" typed small counts only right before its value ("tan war 448 120"): else a colour
_SMALL_TAN_LEAD = re.compile(r"(?i)[ ]*(?:[:=]|(?:ist|is|lautet|war|was)(?![^\W\d_]))[ ]*:?[ ]*\d")

# a card named anywhere in the text: a bare "security code" is a card's only then
_CARD_WORD = re.compile(rf"(?i)(?<![^\W\d_]){CARD_WORD_LITERALS}")
# a name that states its length ("the 6-digit code", "sechsstelligen Code") takes only a
# number of that length
_STATED_LENGTH = re.compile(
    r"(?i)(?P<n>[678]|six|seven|eight|sechs|sieben|acht)[ \-]?(?:digit|stellig)"
)
_LENGTHS = {"six": 6, "seven": 7, "eight": 8, "sechs": 6, "sieben": 7, "acht": 8}

# --- the numbers -----------------------------------------------------------------------
# 3-8 digits, or digits grouped as a code is read out ("448 120", "8841 2037", "83-17-29",
# "90 21", "3 3 9 1", "5-0-5-2"); not part of a longer number, a decimal, a date, a time, a
# word or an identifier ("#4471", "v1.2", "Chrome_120")
_VALUE = re.compile(
    # (nor the shown tail of a masked number: "**** **** **** 7731")
    r"(?<![\w+\-/.,€$£#@&=%*•]|[\d*•][ ]|\d[.,:][ ]?|\d-)"
    r"(?P<v>\d{3}[ \-]\d{3}|\d{4}[ ]\d{4}|\d{2}(?P<s>[ \-])\d{2}(?:(?P=s)\d{2}){0,2}"
    # (three and three spaced apart with a doubled space, as a copied code may come)
    r"|\d[ ]\d[ ]\d[ ]{2}\d[ ]\d[ ]\d"
    r"|\d(?:[ ]\d){2,7}|\d(?:-\d){2,7}|\d{3,8})"
    r"(?![\w\-/%@]|[.,:]\d|[ ]\d|[ ]?-[ ]?\d|\)[ ]?\d)"
)
_DIGIT = stdre.compile(r"\d")
# A currency or a measure right before: "EUR 1500", "€ 350"
_CURRENCY_BEFORE = re.compile(r"(?i)(?:€|\$|£|eur|euro|usd|chf|gbp|betrag|amount)[ :]*\Z")
# A unit or count right after (beyond ``_unless_amount_or_year``'s): "3 attempts", "1000
# Versuche", "250 users"
_COUNT_AFTER = re.compile(
    r"(?i)[ ]?(?:attempts?|tries|try|versuche?n?|fehlversuche?n?|times|mal|hours?|stunden?"
    r"|days?|tage?n?|weeks?|wochen?|months?|monate?n?|years?|jahre?n?|users?|nutzer|pages?"
    r"|seiten?|items?|euros?|dollars?|cents?|pounds?|franken|rappen|am|pm|uhr|pieces?"
    r"|st(?:ück|k)|employees|mitarbeiter(?:innen)?|accounts?|konten|messages?|nachrichten"
    r"|sms|e-?mails?|bytes?|px)(?![^\W\d_])"
)
# Another noun names the number right before it (beyond ``_OTHER_NUMBER_BEFORE``): an id,
# a device's or place's number, a phone's, a step's
_NAMED_BY = re.compile(
    r"(?i)(?<![^\W\d_])(?:id|terminal|build|filiale|branch|store|kasse|register|room|zimmer"
    r"|raum|port|model|modell|typ|type|tel|telefon|phone|handy|mobil|mobile|fax|call|anruf"
    r"|konto|kto|account|blz|step|schritt|page|seite|line|zeile|item|slot|level|stufe|flight"
    r"|flug|seat|bus|tram|linie|nummer|no|nr|ext|durchwahl|ref|auftrag|ticket"
    r"|case|fall|vorgang|rechnung|invoice|order|bestellung|kunde|kunden|customer|member"
    r"|mitglied|lieferschein|tracking|sendung|serie|series|release|update|firmware|batch"
    r"|version|chapter|kapitel|paragraph|absatz|artikel|article|code|error|fehler|status"
    # a browser's or a system's name before its version: "Chrome 125", "iOS 17", "Android 14"
    r"|chrome|chromium|firefox|safari|edge|opera|brave|vivaldi|ios|ipados|macos|tvos|watchos"
    r"|android|windows|win|ubuntu|debian|fedora|miui"
    # a standard's or a product's letters: "RFC 6238", "ISO 27001", "DIN 5008"
    r"|(?-i:[A-Z]{2,6})"
    rf"|{german_forms.IDENTIFIER_COMPOUND}\.?"
    # a German compound's "Nr." ("Vertragsnr. 19283746", "Kundennr 4471"; round 63)
    r"|[^\W\d_]{3,}nr\.?)"
    r"(?:[ ]*[:#=\-][ ]*|[ ]+)\Z"
)
# ... or a bank's, an account's or a record's number said with a copula: "our BLZ is
# 76040000", "die Kundennummer lautet 4471" (not "code", which names the secret as often)
_NAMED_SAID_BY = re.compile(
    r"(?i)(?<![^\W\d_])(?:blz|bic|swift|iban|konto|kto|account|plz|postleitzahl|zip|postcode"
    r"|kundennummer|kundennr|customer[ ]+(?:no|number|id)|steuernummer|ust-?id|vat(?:[ ]+id)?)"
    rf"{german_forms.WHOSE_RECORD}"
    r"[ ]+(?:is|ist|lautet|was|war)[ ]+\Z"
)
# ... or names it right after: "4711 ist meine Kundennummer", "4711 (Kundennummer)"
_NAMED_AFTER = re.compile(
    r"(?i)[ ]*(?:\([ ]*|(?:is|ist|was|war)[ ]+(?:(?:my|the|our|your|meine?|die|der|das"
    r"|unsere?|ihre?)[ ]+)?)[^\W\d_]*(?:nummer|number|nr|id|jahr|year|postleitzahl|plz"
    r"|zip)(?![^\W\d_])"
    # ... or a device's own mark in brackets: "529 (Revision)", "(Modell)" (round 63)
    r"|[ ]*\([ ]*(?:revision|rev|modell|model|version|serie|series|baujahr|hardware|hw)[ ]*\)"
)
# A comparison before it: a threshold or a limit ("PIN for orders over 1000", "ab 500")
_COMPARISON_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:over|above|under|below|more[ ]than|less[ ]than|at[ ]least|at[ ]most"
    r"|up[ ]to|über|unter|ab|mehr[ ]als|weniger[ ]als|mindestens|höchstens|bis[ ]zu|max|min)"
    r"\.?[ ]+\Z"
)
# A phone number's prefix before it: "+49 171 …", "(0)30 …"
_PHONE_BEFORE = re.compile(r"(?:\+[ ]?\d[\d ()/\-]{0,8}|\([ ]?0[ ]?\))[ ]?\Z")
# A postcode in an address: four or five digits after a street's number or the line's start
# and before the town ("Industriestr. 14, 73760 Ostfildern", "Adresse: 8010 Graz")
_POSTCODE = re.compile(r"[ ]+[A-ZÄÖÜ][a-zäöüß]+")
_ADDRESS_BEFORE = re.compile(
    r"(?i)(?:\d+[a-z]?[ ]*,[ ]*|\n[ ]*|(?:adresse|address|plz|zip|[ad]|ch)[ :\-]+)\Z"
)
# a time of day: "at 1430", "um 0815"
_TIME_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:at|um|gegen|ab|bis|until|till|since|seit|from|von|by)[ ]+\Z"
)
_HHMM = stdre.compile(r"(?:[01]?\d|2[0-3])[0-5]\d")
# a year: "2019" (a PIN read as a year is lost to this; it is said spaced or with its name)
_YEAR = stdre.compile(r"(?:19|20)\d\d")
# a date phrase before a year: a month, a day, a preposition of time ("März 2024", "am 3.
# 2024", "since 2019", "Q3 2024", "vor 2020")
_DATE_BEFORE = re.compile(
    umlaut_spellings(
        r"(?i)(?:(?<![^\W\d_])(?:jan(?:uary|uar)?|jän(?:ner)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz"
        r"|apr(?:il)?|may|mai|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?"
        r"|nov(?:ember)?|de[cz](?:ember)?|q[1-4]|h[12]|in|im|since|seit|from|von|bis|until|till"
        r"|ab|vor|before|after|nach|year|jahr|jahre[ns]?|anno|circa|ca|um|around|by|of|am|on"
        r"|spring|summer|autumn|fall|winter|frühjahr|frühling|sommer|herbst|ende|end|anfang"
        r"|mitte|early|late|mid)\.?|\d\.)[ ,]*\Z"
    )
)
# ... and given as the value: after a connector or a verb of giving ("I mean 2007", "ist
# 1984"), not as a time ("wurde 2019 geändert")
_GIVEN_BEFORE = re.compile(
    r"(?i)(?:[:=]|(?<![^\W\d_])(?:is|was|ist|war|lautet|lautete|mean|meant|meine|meinte|set"
    r"|typed|entered|used|tried|chose|choose|use|now|jetzt))[ ]*\Z"
)
# ... or a month after it ("2024 March", "2023/24")
_MONTH_AFTER = re.compile(
    r"(?i)[ ,]*(?:jan|feb|mar|mär|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|dez)[^\W\d_]*"
)
# a day and month: "12-03-24", "12 03" (not "83-17-29", "90 21")
_DAY_MONTH = stdre.compile(r"(?:0[1-9]|[12]\d|3[01])[ \-](?:0[1-9]|1[0-2])(?:[ \-]\d\d)?")

# --- the sentences ---------------------------------------------------------------------
# A sentence ends at ".", "!" or "?" before a space, a quote or the text's end (not after an
# abbreviation, nor inside a number), or at a line break unless the next line goes on in
# small letters (a wrapped line)
_SENTENCE_END = re.compile(
    r"(?<!(?<![^\W\d_])(?:[^\W\d_]|nr|no|str|dr|hr|fr|ca|bzw|vgl|usw|etc|inkl|evtl|ggf|z\.b"
    r"|e\.g|i\.e|vs|tel|mr|mrs|ms|st|[^\W\d_]{2,}nr))[.!?]+[\"'“”„)]*(?=\s|\Z)"
    r"|\n(?![ \t]*[a-zäöüß])"
)
# A name with its own value right after it, only a link between ("PIN 4471", "PIN: 4471",
# "the PIN is 4471"): that number is the name's, and the other numbers of its sentence are
# not read as it ("PIN 4471 or 99887766", "is 4471, not 0815": the siblings judge those).
# A value denied there ("PIN ist nicht 0815 sondern 7294") is not the name's either; the
# sentence is read on after it.
_OWN_VALUE = re.compile(
    r"(?i)[ ]*(?:[:=\-][ ]*)?(?:(?:is|ist|was|war|lautet|lautete|now|jetzt|still|noch)"
    r"(?:[ ]+|[ ]*:[ ]*))*(?P<denied>(?:isn't|isnt|is[ ]not|wasn't|was[ ]not|not|nicht"
    r"|ist[ ]nicht|war[ ]nicht)[ ]+)?(?=\d|\[)"
)
# a further value of the same name: its next or its former one ("die neue 9876", "the new
# one is 5521", "now 8264", "vorher 1234")
_OTHER_OF_NAME = re.compile(
    r"(?i)(?<![^\W\d_])(?:new|neue[nmrs]?|now|jetzt|nun|old|alte[nmrs]?|vorher|früher|before"
    # (the code that came after it: "… worked, the next one 663640 was rejected")
    r"|next|nächste[nmrs]?|second|zweite[nmrs]?"
    r"|previously|then|dann|danach)(?:[ ]+(?:one|eine?|is|ist|was|war|lautet|the|die|der|das"
    r"|pin|tan|code|nummer))*[ ]*:?[ ]*\Z"
)
# a value masked already (the masked text is analysed again; ``masking`` makes these)
_OWN_MASK = stdre.compile(r"\[(?:PASSWORD|CVC)\]")
# the longest stretch read after a name, in its sentence or the next
_REACH = 200
# names judged between two slices (a flood of names; see ``one_time_code``)
_NAMES_PER_SLICE = 48

# What each kind of name takes: its digits, its type
_CVC_DIGITS = (3, 4)
_CODE_DIGITS = (4, 8)


def might_name_number(text: str, low: str | None = None) -> bool:
    """Whether ``text`` (normalised) holds a digit and a name this module reads: nothing
    matches without both (the pre-check's gate for this family)."""
    if _DIGIT.search(text) is None:
        return False
    return _hinted(text.lower() if low is None else low) and next(_names(text), None) is not None


def _hinted(low: str) -> bool:
    """Whether the lower-cased text ``low`` holds a name's literal where a name can hold it
    (``_HINT``, then ``_AT_WORD_START``): no name without."""
    return _HINT.search(low) is not None and _AT_WORD_START.search(low) is not None


def _sentence_ends(text: str) -> list[int]:
    """The end offset of each sentence of ``text``, the text's end last."""
    return [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]


def _sentence_of(ends: list[int], pos: int) -> tuple[int, int]:
    """The sentence holding ``pos``: its start and end (the last one at the text's end)."""
    start = 0
    for end in ends:
        if pos < end:
            return start, end
        start = end
    return start, ends[-1]


# a bare "code" named as a bank's, a place's or a parcel's: "sort code", "routing code",
# "postal code", "tracking code" (round 49; the one-time-code rules read the same words)
_OTHER_CODE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:sort|bank|branch|bic|swift|routing|zip|postal|post|area|country|"
    r"dial(?:l?ing)?|tracking)[ ]+\Z"
)


def _kind(m: re.Match[str], text: str) -> str | None:
    """``cvc``, ``code`` (a PIN, TAN or one-time code) or None: a name that names nothing."""
    end = m.end()
    word = m.group()
    if _MODIFIER.match(text, end):
        return None
    if word.lower() in ("code", "codes") and _OTHER_CODE_BEFORE.search(
        text, max(0, m.start() - 24), m.start()
    ):
        return None  # "the sort code …: 40-19-57", "die Bankleitzahl": a bank's (round 49)
    if m.group("pin") is not None:
        if word.islower() and word.startswith("pin") and words.PIN_VERB.match(text, end):
            return None
        return "code"
    if m.group("tan") is not None:
        if "TAN" not in word and _SMALL_TAN_LEAD.match(text, end) is None:
            return None
        return "code"
    if m.group("cvc") is not None:
        # a security code for an account, a login or an app is that one's code
        if "ecur" in word.lower() or "icherheit" in word.lower():
            if _FOR_ACCOUNT.match(text, end):
                return "code"
            if _CARD_WORD.search(text) is None:
                return None  # a security code of nothing named ('{"securityCode": "7204"}')
        return "cvc"
    return "code"


# A keypad's code with its keys' signs: "Türcode 4#7719", "gate code *4419#" (the hash or
# star a keypad has beside its digits; read for a door's, a gate's, an alarm's or a safe's
# code in the name's own sentence, the first such value only)
_KEYPAD_OWNERS = stdre.compile(
    r"door|tür|tuer|gate|tor|alarm|keypad|safe|tresor|locker|spind|garage|eingang|entry"
    # (the customers' own languages' door, gate and safe: see ``_PIN``)
    r"|porta|portone|cancello|cassaforte|puerta|port[oó]n|port[ãa]o|porte|portail|coffre"
    r"|drzwi|bramy|furtki|sejf|u[șşs]ii|por[țţt]ii|seif|kap[ıi]"
)
_KEYPAD_VALUE = re.compile(
    r"(?<![\w#*.,/\-])(?P<v>[#*]?\d{1,6}(?:[#*]\d{1,6})+[#*]?|[#*]\d{4,8}[#*]?|\d{4,8}[#*])"
    r"(?![\w#*]|[.,/\-]\d)"
)


def _keypad_value(
    text: str, m: re.Match[str], lo: int, hi: int, found: list[tuple[int, int, str]]
) -> None:
    """Add the first keypad code (digits with "#" or "*") after a keypad's code name."""
    if _KEYPAD_OWNERS.search(m.group().lower()) is None:
        return
    v = _KEYPAD_VALUE.search(text, lo, hi)
    if v is not None and 4 <= _digits(v.group("v")) <= 8:
        found.append((*v.span("v"), PASSWORD))


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _another_number(text: str, start: int, end: int, lo: int, *, year_ok: bool = False) -> bool:
    """Whether the number at ``start:end`` is clearly something else than a secret (a noun
    that names it stands after ``lo``: the name's own words are not such a noun).
    ``year_ok``: a number shaped like a year counts outside a date phrase (in the name's
    own sentence; elsewhere it is taken for a year)."""
    value = text[start:end]
    if value.isdigit() and _YEAR.fullmatch(value):
        if not year_ok or _DATE_BEFORE.search(text, max(0, start - 24), start):
            return True
        if _GIVEN_BEFORE.search(text, max(0, start - 16), start) is None:
            return True  # "die PIN wurde 2019 geändert": a year, said as one
        if _MONTH_AFTER.match(text, end):
            return True
    if not value.isdigit() and _DAY_MONTH.fullmatch(value):
        return True
    if _HHMM.fullmatch(value) and _TIME_BEFORE.search(text, max(0, start - 8), start):
        return True
    if _unless_amount_or_year(text, start, end) is None:
        return True
    if _COUNT_AFTER.match(text, end) or _NAMED_AFTER.match(text, end):
        return True
    before = max(lo, start - 40)
    if (
        _CURRENCY_BEFORE.search(text, before, start)
        or _OTHER_NUMBER_BEFORE.search(text, before, start)
        or _NAMED_BY.search(text, before, start)
        or _NAMED_SAID_BY.search(text, before, start)
        or _PHONE_BEFORE.search(text, max(0, start - 16), start)
        or _COMPARISON_BEFORE.search(text, max(0, start - 16), start)
    ):
        return True
    if (
        len(value) in (4, 5)
        and value.isdigit()
        and _POSTCODE.match(text, end)
        and _ADDRESS_BEFORE.search(text, before, start)
    ):
        return True
    return False


def _values(
    text: str,
    lo: int,
    hi: int,
    kind: str,
    found: list[tuple[int, int, str]],
    *,
    asked: bool,
    referred: bool = False,
) -> int:
    """Add the numbers in ``text[lo:hi]`` that a name of ``kind`` takes to ``found``; how
    many numbers of any kind stand there. ``asked``: a number asked about ("1234?") counts
    too (in the name's own sentence, not in the next); ``referred``: only a number a pronoun
    gives (``_BACK_REFERENCE``)."""
    least, most = _CVC_DIGITS if kind == "cvc" else _CODE_DIGITS
    entity = CARD_CVC if kind == "cvc" else PASSWORD
    seen = 0
    for m in _VALUE.finditer(text, lo):  # (no end bound: a number is read whole)
        start, end = m.span("v")
        if start >= hi:
            break
        seen += 1
        if not least <= _digits(m.group("v")) <= most:
            continue
        after = end
        while text[after : after + 1] == " ":
            after += 1
        if after > end and _NAME.match(text, after):
            continue  # "9942 PIN falsch", "3 PINs": a number the name follows is not its value
        if not asked and text[after : after + 1] == "?":
            continue
        if referred and _BACK_REFERENCE.search(text, max(lo, start - 24), start) is None:
            continue
        if _another_number(text, start, end, lo, year_ok=asked):
            continue
        found.append((start, end, entity))
    return seen


# The number first, linked to the name after it in its sentence: "4711 is my PIN", "8830 ist
# die PIN für die Garage", "0000 was the default PIN", "5521 als PIN"
_LINK_BEFORE = re.compile(
    r"(?i)[ ]+(?:is|was|ist|war|are|sind|as|als|=)[ ]+"
    r"(?:(?!(?:not|nicht|kein[^\W\d_]*|never|nie)(?![^\W\d_]))[^\W\d_]+[ ]+){0,3}\Z"
)


# A number said to be typed or entered (before the name of a code in its sentence)
_TYPED_VALUE = re.compile(
    r"(?i)(?<![^\W\d_])(?:typed|entered|put[ ]in|pasted|tried)[ ]+(?:in[ ]+)?"
    r"(?P<v>\d{4,8}|\d{3}[ ]\d{3})(?![\w.,/\-])"
    r"|(?<![\w.,/\-])(?P<v>\d{4,8}|\d{3}[ ]\d{3})[ ]+(?:eingetippt|eingegeben|getippt|probiert"
    r"|versucht)(?![^\W\d_])"
)


# A pronoun that refers back to the name and gives its number: "it's 481", "it said 928104",
# "Diese lautet 3 3 9 1"
_BACK_REFERENCE = re.compile(
    r"(?i)(?<![^\W\d_])(?:it|es|sie|er|die|diese|dieser|das)(?:[ ]+|'|’)(?:s|is|was|said|says"
    r"|shows|showed|reads|ist|war|lautet|lautete|zeigt|zeigte|sagt|sagte)[ ]*:?[ ]*\Z"
)
# A sentence that is the name alone, an afterthought naming the number before it ("it's
# 8812. the pin.")
_LABEL_BEFORE = re.compile(r"(?i)[\s\-(]*(?:(?:the|my|die|meine|das|der|mein)[ ]+)?\Z")
_LABEL_AFTER = re.compile(r"[ )]*[.!]*[ ]*\n?\Z")


def named_number_steps(
    text: str, *, fine: bool = False
) -> Generator[None, None, list[tuple[int, int, str]]]:
    """The named numbers of ``text`` (normalised) as ``(start, end, type)``, in slices;
    ``fine``: a slice per name (a long text on an event loop)."""
    found: list[tuple[int, int, str]] = []
    if _DIGIT.search(text) is None or not _hinted(text.lower()):
        return found  # (``might_name_number`` but for the name's regex: ``names`` runs it)
    names = []
    for n, m in enumerate(_names(text)):
        if fine and n and n % _NAMES_PER_SLICE == 0:
            yield  # (a flood of names: each is found and judged before the first is read)
        if (kind := _kind(m, text)) is not None:
            names.append((m, kind))
    if not names:
        return found
    ends = _sentence_ends(text)
    for i, (m, kind) in enumerate(names):
        if fine or (i and i % _NAMES_PER_SLICE == 0):
            yield
        before_name = len(found)
        first, last = _sentence_of(ends, m.start())
        following = names[i + 1][0].start() if i + 1 < len(names) else len(text)
        hi = min(last, following, m.end() + _REACH)
        lo = m.end()
        own = _OWN_VALUE.match(text, lo)
        if own is not None and (
            (value := _VALUE.match(text, own.end())) is not None
            # (its value masked already, on the analysis of the masked text)
            or (value := _OWN_MASK.match(text, own.end())) is not None
        ):
            if own.group("denied") is None:
                # the name's own value, and after it only a value said to be its next or
                # its former one ("…, die neue 9876")
                _values(text, lo, value.end(), kind, found, asked=True)
                later: list[tuple[int, int, str]] = []
                seen = 1 + _values(text, value.end(), hi, kind, later, asked=True)
                found += [v for v in later if _OTHER_OF_NAME.search(text, max(lo, v[0] - 48), v[0])]
            else:
                # a value denied is no value of the name's (the siblings judge a slip of
                # it): the name's is further on
                seen = 1 + _values(text, value.end(), hi, kind, found, asked=True)
        else:
            seen = _values(text, lo, hi, kind, found, asked=True)
        if "#" in text or "*" in text:
            _keypad_value(text, m, lo, hi, found)
        if last < following:
            # the next sentence, up to a name of its own; when the name's own sentence had a
            # number, only one a pronoun gives ("… it said 928104")
            nxt = _sentence_of(ends, last)[1]
            hi = min(nxt, following, last + _REACH)
            _values(text, last, hi, kind, found, asked=False, referred=seen > 0)
        if (
            first > 0
            and _LABEL_BEFORE.match(text, first, m.start())
            and _LABEL_AFTER.match(text, m.end(), last)
        ):
            # the name alone after its number: "it's 8812. the pin."
            before = _sentence_of(ends, first - 1)[0]
            _values(text, max(before, first - _REACH), first, kind, found, asked=False)
        link = _LINK_BEFORE.search(text, max(first, m.start() - 40), m.start())
        if link is not None:
            least, most = _CVC_DIGITS if kind == "cvc" else _CODE_DIGITS
            for v in _VALUE.finditer(text, max(first, link.start() - 40), link.start()):
                start, end = v.span("v")
                if (
                    end == link.start()
                    and least <= _digits(v.group("v")) <= most
                    and not _another_number(text, start, end, start)
                ):
                    found.append((start, end, CARD_CVC if kind == "cvc" else PASSWORD))
        if kind == "code":
            # the number typed before the name in its sentence: "Ich habe 625175 eingetippt,
            # dann kam 'Code abgelaufen'", "I entered 448120 and got 'invalid code'"
            for v in _TYPED_VALUE.finditer(text, first, m.start()):
                start, end = v.span("v")
                if not _another_number(text, start, end, start):
                    found.append((start, end, PASSWORD))
        stated = _STATED_LENGTH.match(m.group())
        if stated is not None:
            n = stated.group("n").lower()
            length = _LENGTHS.get(n) or int(n)
            found[before_name:] = [
                v for v in found[before_name:] if _digits(text[v[0] : v[1]]) == length
            ]
    if fine:
        yield
    # a sample the text says is one ("z. B. 123456", "the docs say 0000"): no one's PIN
    found = drop_samples(text, found, no_pin)
    if found and "," in text and any(t == CARD_CVC for _s, _e, t in found):
        # a card code given as an example ("CVC: any 3 digits (e.g., 123)"), no card's
        # number in the text (see ``example_given``)
        found = [
            v
            for v in found
            if v[2] != CARD_CVC or not example_given(text, v[0]) or find_card_spans(text)
        ]
    return found


class NamedNumberRecognizer(LocalRecognizer):
    """PINs, TANs, one-time codes (``PASSWORD``) and card security codes (``CARD_CVC``)
    named in their sentence or the one before."""

    NAME: str = "NamedNumberRecognizer"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[PASSWORD, CARD_CVC],
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
        """Named numbers; see the module docstring for what counts."""
        return run_steps(self.analyze_steps(text, entities, fine=False))

    def analyze_steps(
        self, text: str, entities: list[str], *, fine: bool = True
    ) -> Generator[None, None, list[RecognizerResult]]:
        """``analyze`` in slices (see ``named_number_steps``); the same results."""
        found = yield from named_number_steps(text, fine=fine)
        results: list[RecognizerResult] = []
        for entity in (PASSWORD, CARD_CVC):
            spans = sorted({(s, e) for s, e, t in found if t == entity})
            results += span_results(entity, self.NAME, self.id, self.MAX_SCORE, spans)
        return results
