"""One-time codes given with their number: a TAN, an OTP, a 2FA, verification, login, SMS or
authenticator code, a recovery code (``mTAN: 540881``, ``the 2FA code was 482 913``,
``Bestätigungscode 190274 kam zu spät``, ``907196 is what the authenticator shows``).

Why they are masked: a valid code is a live credential, and a support chat is where a
fraudster posing as support asks for one (we never do); an expired one costs nothing to
mask. They are reported as ``PASSWORD`` (the contract's entity types stay as they are).

Also the numbers people keep and type, named by their word: a PIN or PUK, a passcode, a
Wi-Fi key of digits, a code named by what it opens (``Code für die Haustür … ist 2580``,
``Passcode for the conference bridge … is 80 44 19``); their value must be introduced (right
after the word or after its connector), and a code of letters and digits in groups
(``Freischaltcode: K7P-QX2-M9L``, or alone on the next line).

Also a value spelled a character at a time with hyphens beside a note on how it is typed
(``R-O-S-E-B-U-D-9-9 all caps, I spelled it``): dictated with that care, it is a secret even
with no password word.

Only the number in the same sentence as the code word counts, and not one that belongs to
something else: a phone number (``sent to +43 664 1234567``), an amount (``TAN for
1500 EUR``), a date, a count (``the 6-digit code``), a year after a preposition or a number
another noun names (``Kundennummer 44881234``).
"""

from __future__ import annotations

import re as stdre
from collections.abc import Generator

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import german_forms, number_words, spoken, words
from redaction.named_values import drop_samples, no_code
from redaction.recognizers.base import SpanRecognizer, literal_trie, run_steps, umlaut_spellings
from redaction.types import PASSWORD

_CODE = r"(?:pass)?codes?|pins?|tokens?"
# A word that makes "code" a one-time code, before it ("2FA code", "Bestätigungscode") ...
_QUALIFIER = (
    r"one[ \-]?time|2fa|two[ \-]?factor|mfa|multi[ \-]?factor|verification|verify|login|log[ \-]?in"
    r"|sign[ \-]?in|authentication|authenticator(?:[ \-]app)?|sms|otp|totp|backup|recovery"
    # (an authenticator's restore code: Blizzard's, Battle.net's)
    r"|restore"
    r"|bestätigungs|verifizierungs|verifikations|einmal|anmelde|authentifizierungs"
    r"|freigabe|wiederherstellungs|sicherungs|zwei[ \-]?faktor|2[ \-]?faktor|access|zugriffs"
    r"|zugangs"
    # a code that activates or unlocks something ("Freischaltcode", "unlock PIN")
    r"|aktivierungs|freischalt|activation|unlock|entsperr(?:ungs)?"
    # a code kept for when the second factor is lost ("Notfallcode", "emergency code")
    r"|notfall|emergency"
    # the channel it came through ("Got an email code: 84K-2PQ", "E-Mail-Code")
    r"|e[ \-]?mail|text[ \-]?message|textnachrichten?"
    # a parcel locker's or shop's code for collecting a parcel ("Abholcode", "pickup code")
    r"|abhol|pick[ \-]?up|collection"
    # a second factor named by its product ("Steam Guard code", "Guard-Code")
    r"|guard"
    # a code that pairs a device or an app with the account ("Kopplungscode", "pairing
    # code"): shown once on one screen to be typed on the other
    r"|kopplungs|pairing"
    # ... or sets the device up with the account ("HomeKit setup code", "Einrichtungscode
    # vom Thermostat-Display"; round 62)
    r"|setup|set[ \-]up|einrichtungs"
    # ... or joins it to the network or panel ("Zigbee install code", "installer code" of
    # an alarm panel, "Installationscode"; round 63)
    r"|install(?:er|ation)?|installations|installateur"
    # ... in German's other spellings ("Koppelungscode", "Koppelcode", round 53)
    r"|koppelungs|koppel"
)
# A one-time code named a number ("the verification number they sent me is 551903",
# "Verifizierungsnummer: 4471 09"); not a booking's "Bestätigungsnummer", not an "SMS number"
# (a phone's)
_VERIFY_NUMBER = (
    r"(?:(?:verification|verifizierungs|verifikations|authentication|authentifizierungs"
    r"|one[ \-]?time)[ \-]?|einmal-?)(?:numbers?|nummer|zahl)"
)
# A second factor or its channel that shows the code ("the 2FA says 318 407", "die SMS zeigt
# 482913", "in der SMS steht 553 019"): the number right after the verb
#: The second factor named in words ("die Zwei-Faktor-App zeigt 551 203", stop 56)
SECOND_FACTOR = r"(?:zwei|two)[ \-]?(?:faktor|factor)"
_SHOWN_WORD = (
    r"2fa|mfa|sms|text(?:[ ]message)?|textnachricht"
    rf"|{SECOND_FACTOR}(?:[ \-]?(?:app|authentifizierung|authentication))?"
)
_SHOWS = (
    r"[ \-]+(?:app[ ]+)?(?:says|said|shows|showed|displays|displayed|reads|gives|gave|zeigt|zeigte"
    r"|sagt|sagte|steht|stand|gibt|gab|prints|printed|druckt)"
    r"(?:[ ]+(?:me|mir|now|jetzt|only|nur|still|noch|an))?"
    r"[ ]*:?[ ]*"
)
# "security PIN", "Sicherheits-PIN" (a "security code" is a card's CVC: the card rules')
_SECURITY_PIN = r"(?:security|sicherheits)[ \-]?pins?"
# A code that opens a door, a lock or a safe ("Türcode", "gate code", "Tresor-PIN"), and a
# device's or mailbox's PIN ("Geräte-PIN", "voicemail PIN"): not one-time, but a number
# with such a word is the secret itself (a device's "code" may be a model or error code)
_LOCK = r"haus[ \-]?tür|tür|door|gate|tor|eingangs|entry|keypad|tresor|safe|schließfach|locker"
_DEVICE = r"geräte|device|sim|handy|phone|tablet|voicemail|mailbox|mobilbox|sprachbox"
# A one-time password named as a password: "Einmalkennwort", "one-time password", "OTP-PIN".
_ONE_TIME_PASSWORD = r"(?:einmal|one[ \-]?time)[ \-]?(?:kennwort|passwort|password|pass)"
# ... or a word that is a one-time code by itself ("OTP", "mTAN", "TAN-Nummer", "pushTAN"),
# or the app that shows one ("Authenticator-App (858390)").
_TAN_PREFIX = r"(?:m|i|mobile[ \-]?|sms[ \-]?|push[ \-]?|chip[ \-]?|photo[ \-]?)?"
_ALONE = rf"t?otp|authenticator(?:[ \-]?app)?|{_TAN_PREFIX}tan(?:[ \-]?(?:code|nummer|number))?"
# A number someone keeps rather than one sent once ("held"): a PIN or PUK, a passcode
# (a phone's, a conference bridge's), a Wi-Fi key of digits, a code named by the door, lock,
# alarm, bridge or device it opens ("Code für die Haustür", "the PIN for the shared
# phone"). Its value must be introduced (``_HELD_AFTER``): right after the word or after a
# connector ("is", "ist", "lautet", ":") in its sentence, never just any number near it.
_NETWORK = r"w[ \-]?lan|wi[ \-]?fi|wpa[23]?|wireless|netzwerk|network|router|hotspot"
_KEY_WORD = r"schlüssel|key|passwort|password|kennwort|pass|pw|code|pin"
_HELD_NUMBER_WORD = (
    # (a SIM's card holder numbers them: "PUK1 50391847  PIN1 1234"; round 62)
    r"pin[12](?!\d)|pins?|pin[ \-]?(?:code|nummer|number|nr)"
    r"|puk[12]?(?:[ \-]?(?:code|nummer|number|nr))?"
    r"|passcodes?|pass[ \-]code|kenncodes?|geheimzahl|geheimnummer|geheimcode|zahlencode"
    rf"|(?:{_NETWORK})[ \-]?(?:netzwerk[ \-]?)?(?:{_KEY_WORD})|netzwerk[ \-]?schlüssel"
    # a keypad or code lock with its connector further on ("the keypad at the back door is
    # 5 5 8 1"; right after it, ``_PANEL``'s)
    r"|(?:key[ ]?pad|tastenfeld|codeschloss|code[ ]?lock)"
    # (not the keypad's own number: "the Nuki keypad ID is 415263"; round 62)
    r"(?![ \-]?(?:id|ids|serial|seriennummer|nummer|number|nr)(?![^\W\d_]))"
    r"|(?:conference|konferenz|meeting|dial[ \-]?in|einwahl|teilnehmer|participant|moderator"
    r"|host|bridge)[ \-]?(?:pins?|codes?|passcodes?|kenncodes?)"
    # what else a code opens: "Alarmcode", "Zahlenschloss-Kombination", "key safe code"
    r"|(?:alarm(?:anlagen?)?|garagen?(?:tor)?|hoftor|(?:zahlen|fahrrad|tür)?schloss|lock(?:box)?"
    r"|briefkasten|key[ ]?(?:box|safe)|schlüssel(?:kasten|tresor|safe)|zeiterfassungs?"
    r"|stempeluhr|tresor|safe|spind|koffer|suitcase|padlock|vorhängeschloss"
    # an alarm's or a device's operating code ("Bediencode")
    r"|bedien"
    # an alarm's code kept for one person or purpose: "duress code" (disarms and calls for
    # help), "Mastercode", "Benutzer-Code" (the installer gives each user one)
    r"|duress|nötigungs|überfall|master|benutzer"
    # ... a guest's ("guest code", "Gastcode"), the duress code in German ("Zwangscode"), the
    # installer's ("Errichtercode"), and a device's screen lock ("Sperrcode",
    # "Bildschirmsperrcode")
    r"|guest|gast|zwangs|installer|errichter|(?:bildschirm)?sperr"
    # what the code does to an alarm ("Unscharf-Code", "arming code") or which use of a
    # device it keeps closed ("Kindersicherungscode", "screen time code", "parental code")
    r"|disarm(?:ing)?|arming|(?:un)?scharf(?:schalt(?:ungs)?)?|entschärf(?:ungs)?"
    r"|bildschirmzeit|screen[ ]?time|kindersicherungs?|jugendschutz|parental(?:[ ]control)?"
    r"|eltern(?:kontroll|sperr)?)"
    # the part of it one types on: "alarm panel code", "Alarmanlagen-Tastatur-PIN"
    r"(?:[ \-](?:panel|system|anlage|keypad|pad|tastatur|bedienteil|zentrale))?"
    r"[ \-]?(?:codes?|pins?|kombination|combination)"
    # the device that opens it named between: "garage door opener code", "Toröffner-PIN"
    r"|(?:garagen?|tor|tür|door|gate|eingangs|entry|alarm|tresor|safe)[^\W\d_]{0,12}"
    r"(?:[ \-][^\W\d_]{2,12})?[ \-]?(?:opener|öffner|remote|fernbedienung|handsender"
    r"|sender|keypad|panel|tastatur|bedienteil)[ \-]?(?:codes?|pins?)"
)
# what a code is for: a word that starts or ends with one of these ("Haustür", "Büroeingang",
# "Alarmanlage", "Fahrradschloss", "conference bridge")
_OPENS = (
    r"tür|door|gate|garage|eingang|entry|keypad|tresor|safe|schließfach|locker|lockbox|schloss"
    r"|alarm|briefkasten|mailbox|voicemail|mobilbox|sprachbox|zeiterfassung|stempeluhr"
    r"|konferenz|conference|einwahl|dial[ \-]?in|bridge|sim|handy|phone|tablet|gerät|device"
    r"|router|wlan|wi[ \-]?fi|schlüsselkasten|schlüsselbox|key[ ]?box"
    # (the Austrian "Kastl": "Code fürs Schlüsselkastl", "Postkastl")
    r"|kastl"
)
_CODE_FOR = (
    r"(?:codes?|pins?|kombination|combination|passcodes?|zahlencode),?[ ]+"
    r"(?:(?:für|fürs|for|of|zum|zur|vom|von|to|at|an)[ ]+(?:[^\W\d_]{1,20}[ ]+){0,3}?"
    rf"(?:(?:{_OPENS})[^\W\d_]{{0,16}}|[^\W\d_]{{1,16}}(?:{_OPENS}))"
    # or by what it is used for: "the code I use to log in", "der Code, mit dem ich mich
    # anmelde"
    r"|(?:(?:that|which)[ ]+)?(?:i|we|you)[ ]+(?:use|type|enter)[ ]+(?:to|for)[ ]+"
    r"(?:log[ ]?in|login|sign[ ]?in|unlock|open|access|get[ ]+in)"
    r"|mit[ ]+(?:dem|der)[ ]+(?:ich|wir)[ ]+(?:mich|uns)?[ ]*(?:anmelde|einlogge|entsperre"
    r"|reinkomme))"
)
# Digits named by what they open or where they came from, with no code word: "die vier
# Ziffern für die Tür sind 3 8 0 6", "the six digits from the text are 5 0 7 3 1 9"
_LOCKS_OPEN = (
    r"tür|door|gate|garage|eingang|entry|keypad|tresor|safe|schließfach|locker|lockbox|schloss"
    r"|alarm|briefkasten|tor"
)
_DIGITS_NAMED = (
    # (not a number's last or first digits: "the last digits from the email are 2023")
    r"(?:digits|ziffern)(?<!(?:last|letzten?|first|ersten?)[ ](?:[^\W\d_]+[ ])?(?:digits|ziffern))"
    r"[ ]+(?:(?:für|fürs|for|of|zum|zur|vom|von|to|at|an)[ ]+"
    rf"(?:[^\W\d_]{{1,20}}[ ]+){{0,3}}?(?:(?:{_LOCKS_OPEN})[^\W\d_]{{0,16}}"
    rf"|[^\W\d_]{{1,16}}(?:{_LOCKS_OPEN}))"
    r"|(?:from|in|aus|per|via|by)[ ]+(?:(?:the|der|dem|your|eurer|ihrer|my|meiner)[ ]+)?"
    r"(?:text(?:[ ]+message)?|sms|e-?mail|mail|message|nachricht|textnachricht|authenticator"
    r"(?:[ \-]?app)?))"
)
# a lock box or an alarm system named alone ("key safe at the cottage: 6613", "Alarmanlage
# Eingang: 7320"): judged as a keypad (``_PANEL_WORD``), its value right after it or after
# its connector
_BOX_WORD = (
    r"lock[ \-]?box|key[ ]?safe|schlüssel(?:safe|tresor|kasten|kastl|box)|alarmanlagen?"
    r"|alarm[ ]system"
)
_HELD = rf"(?:{_HELD_NUMBER_WORD}|{_CODE_FOR}|{_DIGITS_NAMED}|{_BOX_WORD})"
# Digits given one at a time after "digits are" ("digits are 9-4-1-1 for the card", "die
# Ziffern sind 3 8 0 6"): nobody reads an ordinary number so (not a number's last or first
# digits)
_DIGITS_ARE = (
    r"(?:digits|ziffern|zahlen)(?<!(?:last|letzten?|first|ersten?)[ ](?:[^\W\d_]+[ ])?"
    r"(?:digits|ziffern|zahlen))(?=[ ]*(?::|(?:are|sind|lauten|were|waren)[ ]*:?)[ ]*"
    r"\d(?:(?:[ ]|[ ]?-[ ]?)\d){3,7}(?![\w\-]|[ ]\d))"
)
# the panel or keypad a code is typed on, named alone: only a number right after it counts
_PANEL_WORD = (
    r"alarm(?:anlagen?)?[ \-]?(?:panel|keypad|tastatur|bedienteil|zentrale)|key[ ]?pad"
    r"|tastenfeld|codeschloss|code[ ]?lock"
    rf"|{_BOX_WORD}"
)
# ... or after its connector ("keypad is 7 7 2 4", "das Tastenfeld ist 4 4 1 2")
_PANEL_LEAD = r"[ ]*(?:[:=]|(?:is|ist|lautet|was|war)(?![^\W\d_]))?[ ]*"
_PANEL = rf"(?:{_PANEL_WORD})(?={_PANEL_LEAD}\d)"
# a word named alone whose value must come right after it ("2FA: 119384", "keypad 2580")
_BARE_WORD = re.compile(rf"(?i)(?:{_PANEL_WORD}|2fa|mfa|passkey)")
# a Bluetooth pairing's passkey as a device logs or shows it, six digits right after the
# word ("[BT] passkey 428117 displayed", "Passkey: 604 218"): a WebAuthn "passkey" has no
# number
_PASSKEY_WORD = r"passkey(?=[ ]*[:=]?[ ]*\d{3}[ ]?\d{3}(?![\d\-./:]))"
#: The code word (the pre-check asks ``has_code_word``).
TRIGGER_PATTERN = umlaut_spellings(
    # (a key's name joins them by "_" too: "2fa_code", "verification_code")
    # ("access_token" is a credential's key, the credential rules')
    rf"(?<![^\W\d_])(?:(?:{_QUALIFIER})(?:[ \-]?(?:{_CODE})|_(?:pass)?codes?)"
    rf"|(?:{_LOCK})[ \-_]?(?:codes?|pins?)"
    rf"|(?:{_DEVICE})[ \-]?pins?|{_SECURITY_PIN}|{_ONE_TIME_PASSWORD}|{_ALONE}|{_HELD}"
    # "2FA: 119384": the factor named alone, its value given after a colon
    r"|(?:2fa|mfa)(?=[ ]*[:=])"
    rf"|{_PASSKEY_WORD}"
    # a second factor's backup named without "code", its value right after: "2fa backup
    # 55102-88731" (judged as a recovery code: only a number or a code's shape counts)
    r"|(?<=(?:2fa|mfa|totp|otp)[ \-])backup(?=[ ]*[:=]?[ ]*\d)"
    # the channel named after it ("the code from email 4F7K-29QX", "Code aus der SMS")
    r"|codes?(?=[ ]+(?:from|in|aus|per|via)[ ]+(?:(?:the|my|your|an|der|dem|meiner|ihrer"
    r"|eurer)[ ]+)?(?:e-?mails?|mails?|sms|text[ ]?messages?|nachricht|textnachricht"
    # ... or the app that shows it: "the code from my app: 390517", "Code aus der App ist …"
    # (a bare "code", not an error's: "Fehlercode aus der App" has no "code" at a word's start)
    r"|(?<=(?:from|aus)[ ]+(?:the|my|der|meiner)[ ]+)(?:authenticator[ \-]?)?app)"
    r"(?![^\W\d_]))"
    # ... or what it is for named after it ("Gerätecode zum Koppeln: 493-817", "the code for
    # pairing is 4471 09"): a code said to pair a device, its purpose after it (round 53)
    r"|(?:[^\W\d_]{2,20}[ \-]?)?codes?(?=[ ]+(?:zum|zur|für(?:[ ]+(?:das|die))?|for|to)[ ]+"
    r"(?:koppeln|kopplung|koppelung|pairing|pair)(?![^\W\d_]))"
    # a recovery key ("Wiederherstellungsschlüssel", "recovery key"): judged as a recovery
    # code (``_RECOVERY_WORD``), so only a number or a code's shape counts
    r"|(?:recovery|wiederherstellungs)[ \-]?(?:keys?|schlüssel)"
    # ... and a device's or an account's security key shown to be typed elsewhere
    # ("Sicherheitsschlüssel für Ihr Gerät: 9fX2 kLq7 …"), judged the same way (a hardware
    # key's model, "security key 5 NFC", has no code's shape)
    r"|(?:security|sicherheits)[ \-]?(?:keys?|schlüssel)"
    # "the 2FA says 318 407", "die SMS zeigt 482913"
    rf"|(?:{_SHOWN_WORD})(?={_SHOWS}\d)|{_VERIFY_NUMBER}|{_DIGITS_ARE}"
    # "alarm panel 2580": the keypad one types the code on, the number right after it
    rf"|{_PANEL})"
    r"(?![^\W\d_])"
)
_HELD_WORD = re.compile(umlaut_spellings(_HELD), re.IGNORECASE)
_SHOWN_WORD_RE = re.compile(rf"(?i){_SHOWN_WORD}")
# "Code für die Haustür": a hyphen after it joins what the code opens ("Haustür-App"), not
# the code ("PIN-Brief")
_CODE_FOR_WORD = re.compile(umlaut_spellings(_CODE_FOR), re.IGNORECASE)
_TRIGGER = re.compile(TRIGGER_PATTERN, re.IGNORECASE)
# A literal every code word contains: one C-level scan of the lower-cased text lets most
# messages skip the trigger's slower search ("time pass", "w-lan", "wi fi": a space, a
# hyphen or nothing between the parts). Nested by common prefix (``literal_trie``): the
# same test as the flat alternation, in about half the time.
_HINT = stdre.compile(
    literal_trie(
        (
            *"code pin token otp tan authenticator einmal puk geheim kombination 2fa mfa".split(),
            "passkey",
            *"keypad alarm combination wpa wireless netzwerk network router hotspot".split(),
            *("key pad", "tastenfeld", "digits", "ziffern"),
            # a lock box named alone (``_BOX_WORD``; "alarm" is above)
            *("lockbox", "lock box", "lock-box", "key safe", "keysafe", "bedien"),
            # a recovery key
            *("recovery key", "recovery-key", "recoverykey", "wiederherstellungs"),
            *("security key", "security-key", "securitykey", "sicherheitsschl", "sicherheits-schl"),
            *(
                f"schl{u}ssel{b}"
                for u in ("ü", "ue", "u")
                for b in ("safe", "tresor", "kast", "box")
            ),
            *(
                a + sep + b
                for a, b in (("time", "pass"), ("w", "lan"), ("wi", "fi"))
                for sep in " -"
            ),
            *("timepass", "wlan", "wifi"),
            # a number named one-time, a channel or factor that shows it (``_VERIFY_NUMBER``,
            # ``_SHOWN_WORD``)
            *("verif", "authenti", "time n", "time-n", "timen", "sms", "textnachricht"),
            *("faktor", "factor"),
            *(
                f"text{sep}{verb}"
                for sep in (" ", " message ")
                for verb in ("say", "said", "show", "read", "gave", "give", "disp")
            ),
        )
    )
)
#: ``_HINT`` by a public name: the pre-check's quiet scan reads its literals
CODE_WORD_HINT = _HINT
# "TAN" typed small on a phone ("die tan ist 771204", "Tan 4 8 8 1 9 0"): six digits right
# after it, together or one by one, make it one (no colour is followed by them)
_TAN_TYPED_SMALL = re.compile(
    r"(?:[ ]*[:=]|[ ]+(?:ist|is|lautet|war|was))?[ ]+(?:\d{6}|\d(?:[ ]\d){5})(?![ ]?\d)"
)
# "TAN" in capitals only: "tan" is also a colour, a maths function and a surname.
_TAN_WORD = re.compile(rf"(?i){_TAN_PREFIX}tan\b")
_TAN_CAPS = re.compile(
    r"(?:m|i|mobile|Mobile|sms[ \-]?|SMS[ \-]?|push|Push|chip|Chip|photo|Photo)?[ \-]?TAN"
)

# The code: 4-8 digits, or the groups an authenticator or an SMS shows them in ("482 913",
# "482-913", "55 81 02", "55-81-02", "4 8 2 9 1 3", "5521-8830"); not part of a longer
# number, a phone number, a date, a decimal or a hyphenated count ("6-digit").
_GROUPED = (
    # three and three apart by a spaced dash, as a code is read out ("384 - 112", "5 5 2 - 0 1 9")
    r"\d{3}[ ]+-[ ]+\d{3}|\d[ ]\d[ ]\d[ ]+-[ ]+\d[ ]\d[ ]\d|"
    r"\d{3}[ \-]\d{3}|\d{4}-\d{4}|\d{2}(?:[ ]\d{2}){2,3}|\d{2}(?:-\d{2}){2,3}|\d(?:[ ]\d){3,7}"
    # (stop 56) six or seven digits split after the fourth ("7305 92", "4417 209"), as a
    # mail prints them (four and four is a voucher's or a ticket's as often: "voucher
    # 7731 9902"; three and four a phone's: "hotline 555 1234")
    r"|\d{4}[ ]\d{2,3}"
    # a digit at a time with dashes, as a lock's combination is written ("1-9-7-3")
    r"|\d(?:-\d){3,7}"
    # six digits split four and two ("lautet 4471-92"), not a year with its month or the
    # next year ("2024-11", "2023-24")
    r"|(?!(?:19|20)\d\d-)\d{4}-\d{2}(?!\d)"
    # (round 50) a smart-home accessory's setup code, three, two and three digits as its
    # label prints it ("482-17-395"; no phone, date or social-security number has that shape)
    r"|\d{3}-\d{2}-\d{3}"
    # (round 62) a Matter device's manual pairing code, four, three and four digits as its
    # label prints it ("3497-011-2332"; a phone number with dashes opens with its 0)
    r"|(?!0)\d{4}-\d{3}-\d{4}"
)
# (a sender's capital letter may lead it: Google's "G-482913"; only the digits are masked)
_NUMBER = (
    # (the digit before the space may end a word: "PUK2 29104857")
    r"(?:(?<![\w+\-/.€$£#])(?-i:[A-Z])-|(?<![\w+\-/.€$£#]|(?<![^\W\d_])\d[ ]))"
    rf"(?P<v>\d{{4,8}}|{_GROUPED})(?![\w\-/%]|[.,:]\d|[ ]\d)"
)
# After a bare "code" only a grouped six-digit code counts ("the code you texted me is
# 482 913"): an error, product or postal code is not shown in groups of digits.
_BARE_CODE = re.compile(r"(?<![^\W\d_])codes?(?![^\W\d_])", re.IGNORECASE)
# ... and not one named as another kind of code: a bank's ("sort code 20-00-00"), a
# place's, an error's, an offer's or a product's
_OTHER_CODE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:sort|bank|branch|bic|swift|routing|zip|postal|post|area|country|"
    r"dial(?:l?ing)?|error|status|exit|return|promo|promotional|discount|voucher|coupon|gift|"
    r"product|tracking|reference|customer|tax|colou?r|source|qr|bar)[ ]+\Z"
)
# "Sicherheitscode", "security code": a card's CVC (3-4 digits, the card rules' business)
# or, with five or more digits, a one-time code ("Sicherheitscode für die Anmeldung: 6021…")
_SECURITY_CODE = re.compile(r"(?i)(?:sicherheits|security)[ \-]?codes?(?![^\W\d_])")
# ... and for an account, a login or an app it is that one's code, not a card's
_FOR_ACCOUNT = re.compile(
    umlaut_spellings(
        r"(?i)[ ]+(?:für|fürs|for|vom|von|of|zum|zur|to)[ ]+(?:(?:das|den|die|dem|the|my|mein"
        r"|meine|meinem|your|ihr|ihrem|unser|our)[ ]+)?(?:online[ \-]?)?[^\W\d_]{0,12}(?:konto"
        r"|account|login|app|portal|zugang|anmeldung|profil|profile)(?![^\W\d_])"
    )
)
_GROUPED_SIX = (
    r"\d{3}[ ]+-[ ]+\d{3}|\d[ ]\d[ ]\d[ ]+-[ ]+\d[ ]\d[ ]\d|"
    r"\d{3}[ \-]\d{3}|\d{2}[ ]\d{2}[ ]\d{2}|\d{2}-\d{2}-\d{2}|\d(?:[ ]\d){5,7}"
    # (round 50) an accessory's setup code as its label groups it ("482-17-395")
    r"|\d{3}-\d{2}-\d{3}"
)
# the dot of an abbreviation ends no sentence: "the codes (e.g. 902 441)", "z.B. 330 918"
_ABBREVIATION_DOT = r"\.(?<=(?i:(?<![^\W\d_])(?:e|e\.g|i|i\.e|z|z\.b|z\.[ ]b|bzw|vgl|ca)\.))"
_AFTER_BARE = re.compile(
    rf"(?:[^.!?\n\d]|{_ABBREVIATION_DOT}){{0,40}}?(?<![\w+\-/.€$£#]|\d[ ])(?P<v>{_GROUPED_SIX})"
    r"(?![\w\-/%]|[.,:]\d|[ ]\d)"
)
# (round 62) ... or a code of capitals and digits a screen shows to be typed on another
# ("code 4F 9A 2C on the TV", "Code 7KQ-M2W-9PX in der App eingeben", "this code in your
# console: 9ZR4TQ"): in groups of two to four, or six to eight together, with a digit and a
# letter, where the text speaks of entering or pairing (``_ENTRY_NEAR``)
_AFTER_SHOWN_CODE = re.compile(
    r"(?:[^.!?;\n\d]{0,30}?[ :])?"
    r"(?-i:(?<![\w\-])(?P<v>"
    r"(?=[A-Z0-9 \-]{0,14}\d)(?=[A-Z0-9 \-]{0,14}[A-Z])[A-Z0-9]{2,4}(?:[ \-][A-Z0-9]{2,4}){1,3}"
    r"|(?=[A-Z0-9]{0,7}\d)(?=[A-Z0-9]{0,7}[A-Z])[A-Z0-9]{6,8})(?![\w\-]|[ ][A-Z0-9]{2,4}\b))"
)
_GROUP_SPLIT = re.compile(r"[ \-]")
#: another thing named between the code word and the value ("the model on the label is …")
_OTHER_THING = re.compile(
    r"(?i)(?<![^\W\d_])(?:model|modell|serial|serien\w*|id|typ|type)(?![^\W\d_])"
)
_ENTRY_NEAR = re.compile(
    r"(?i)(?<![^\W\d_])(?:enter|entered|type|eingeben|eingegeben|gib|tippe?n?|pairing|pair"
    r"|koppeln|kopplung|tv|fernseher|console|konsole|screen|display|bildschirm)(?![^\W\d_])"
)
# ... or one read a digit at a time ("Code 3-3-7-1", "code 4 4 7 1"), or keyed on a keypad
# with its hash key between the digits ("code 5#2#8#3"): an error or postal code is never
# written so
_AFTER_DICTATED = re.compile(
    r"[^.!?\n\d]{0,40}?(?<![\w+\-/.€$£#]|\d[ ])"
    r"(?P<v>\d(?:-\d){3,7}|\d(?:[ ]\d){3,7}|\d(?:\#\d){3,7}\#?)"
    r"(?![\w\-/%#]|[.,:]\d|[ ]\d)"
)
# A recovery code's shape: "k3x9-2mfp", "8F3K 2J4L", "7k2m-p8zq-44ab", "F7K-2QP" (two
# groups of 4-5 apart, or two to four of 3-5 joined by dashes; a digit in the first two).
_RECOVERY = (
    r"(?<![\w\-])(?P<v>(?=[^\s]*\d)(?:[A-Za-z0-9]{4,5}(?:[ ][A-Za-z0-9]{4,5}){1,3}"
    r"|[A-Za-z0-9]{3,5}(?:-[A-Za-z0-9]{3,5}){1,3}"
    # a recovery key of more groups ("32JJR-H7Y5G-FEICP-G99CM-SX81W-8383T", BitLocker's
    # eight groups of six digits)
    r"|[A-Za-z0-9]{4,6}(?:-[A-Za-z0-9]{4,6}){4,7}))(?![\w\-])"
)
# The value after the code word: in the same sentence, within 60 characters; a recovery
# code's shape only after a backup or recovery word ("anna-1234" may be a user name). A
# list's line break may come right after the word's colon ("recovery codes:\n…").
# The code's length said before it ("is 6 digits: 330 719", "ist 6-stellig: 482913", "has
# six digits, 4471"): a note between the connector and the value, not the value
_LENGTH_NOTE = umlaut_spellings(
    r"(?:(?:has|hat|with|mit)[ ]+)?(?:\d|four|five|six|seven|eight|vier|fünf|sechs|sieben|acht)"
    r"[ \-]?(?:digits?|stellig|ziffern|zahlen|characters|zeichen|numbers)(?:[ ]+long|[ ]+lang)?"
    r"[ ]*[:,\-]?[ ]*"
)
# (a pause typed right after the word: "voicemail PIN... 3390")
_AFTER = re.compile(rf"(?i:(?:[ ]*\.{{2,}})?[^.!?\n\d]{{0,60}}?(?:{_LENGTH_NOTE})?){_NUMBER}")
# ... or opening the next sentence, given as the answer: "my security PIN. It's 5 0 2 9 1 7"
_NEXT_SENTENCE = re.compile(
    r"[^.!?\n\d]{0,60}?[.!?]+[ ]+"
    # (an interjection may open it: "… never came... oh, it just arrived: 660193")
    r"(?:(?:oh|ok|okay|ah|wait|moment|warte|achso|sorry|so)[ ,]+){0,2}"
    r"(?:it'?s|it[ ]+is|here[ ]+it[ ]+is|es[ ]+ist|die[ ]+ist"
    r"|sie[ ]+lautet|sie[ ]+ist|das[ ]+ist"
    # ... or says where it stands before a colon: "It's printed on the plastic card:
    # 84930217", "Die steht auf dem Brief: 4471"
    r"|(?:it'?s|it[ ]+is|it|es|sie|die|der|das|er)[ ]+(?:[^.!?\n\d:]{1,40}?)[ ]*:)"
    rf"[ :]+{_NUMBER}",
    re.IGNORECASE,
)
# ... or the answer to the question that names it: "what's the PIN for the tablet? A: 5519"
_ANSWERED = re.compile(
    rf"[^.!?\n\d]{{0,60}}?\?[ \t]*\n?[ \t]*(?:a|answer|antwort)[ ]*:[ ]*{_NUMBER}",
    re.IGNORECASE,
)
# A code corrected at once: "the code was 447120, no wait 447102", "Code ist 77120 – sorry,
# ich meine 77210" (a correction word, then a number of the same length in the same line);
# with a correction even a bare "code"'s plain number is the typed code, not an error code.
_CORRECTED = re.compile(
    # (a hedge before it: "0 7 0 7 I think, or was it 7 0 7 0")
    r"[\s?!.,;:\-–(]*(?:(?:i[ ]+think|i[ ]+guess|i[ ]+believe|maybe|glaube[ ]+ich|ich[ ]+glaube"
    r"|oder[ ]+so|denke[ ]+ich|ich[ ]+denke)[\s,]*)?"
    r"(?:(?:oh[ ]+)?(?:no|nope|nein)[ ,]*(?=[,!.]|wait|warte|moment|sorry)|"
    # the other one it may be: "or was it 7 0 7 0", "oder war's 4471"
    r"(?:or|oder)[ ]+(?:was[ ]+it|maybe|perhaps|war[ ]+(?:es|sie|er)|war's|wars|vielleicht"
    r"|doch|eher)|"
    r"(?:sorry|wait|warte|moment|oops|hoppla|correction|korrektur|i[ ]+mean[t]?|"
    r"ich[ ]+mein(?:e|te)|my[ ]+bad|falsch|typo|vertippt"
    # the one it replaced, given with it: "PIN: 90 21 (die alte war 1122)"
    r"|(?:the|my|die|der|das|meine?)[ ]+(?:old|previous|former|alte|alter|altes|vorherige"
    r"|frühere)(?:[ ]+(?:one|code|pin))?[ ]+(?:was|war|is|ist|lautete))(?![^\W\d_]))"
    rf"[^\d\n]{{0,40}}?{_NUMBER}",
    re.IGNORECASE,
)
_RECOVERY_NEXT_SENTENCE = re.compile(rf"[^.!?\n\d]{{0,80}}?[.!?:]+[ \t]+(?:{_NUMBER}|{_RECOVERY})")
# backup codes of digits listed apart by spaces ("Backup codes: 359152 287922 162583"): the
# first, followed by another of six or more digits (``_NUMBER`` takes no number with a
# digit after its space), and each next one (``_NEXT_RECOVERY``)
# ... or one token of capitals and digits, three of each at least, right after the word
# ("the restore code X7Q2K9M4PL")
_RECOVERY_TOKEN = (
    r"(?<=(?i:code|codes|key|schlüssel)[ ]?:?[ ])"
    r"(?-i:(?P<v>(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-Z0-9]{8,16}))(?![\w\-])"
)
_SPACED_FIRST = r"(?<![\w+\-/.€$£#]|\d[ ])(?P<v>\d{6,10})(?=[ ]\d{6,10}(?![\w\-/%]|[.,:]\d))"
_SPACED_NEXT = r"(?<=\d[ ])(?P<v>\d{6,10})(?![\w\-/%]|[.,:]\d)"
# (a digit glued to a word's letters may stand between: "from when I set up 2FA: …")
_AFTER_RECOVERY = re.compile(
    rf"(?:[ ]*:[ \t]*\n\s*|(?:[^.!?\n\d]|\d(?=[^\W\d_]))"
    rf"{{0,60}}?)(?:{_NUMBER}|{_RECOVERY}|{_SPACED_FIRST}|{_RECOVERY_TOKEN})"
)
# ... or alone on the next line, the word's line ending without a colon ("recovery
# code\nQ4TR-7XWP-2LMN-88KD", "wurde angezeigt als\n32JJR-H7Y5G-…"): only in a code's shape
# (``_code_shape``; a lone number under such a line may be a year or a ticket, "abcd-1234"
# a list's example)
_RECOVERY_UNDER = re.compile(
    rf"[^.!?\n\d]{{0,60}}?[ \t]*\n(?:[ \t]*\n)?[ \t]*{_RECOVERY}(?=[ \t]*(?:\n|\Z))"
)
# A list's item: a code alone on its line, maybe numbered or bulleted ("1. 8h2k-9d3m",
# "- 4410-2287", "  41927 08316"), an annotation in brackets or a comma after it at most.
# (an item may be typed as inline code: "1. `K7QM-2XPV`")
_MARKER = r"(?:(?:\d{1,2}[.)]|[\-*•·–])[ \t]+)?`?"
_ITEM_END = r"(?=`?[ \t]*(?:\n|\Z|[,;(]))"
# the list under a heading that names the codes: the rest of the heading's line, blank
# lines, then the first item ("BACKUP CODES (keep safe)\n  41927 08316", "Meine Backup-Codes
# vom Authenticator:\n7741-2093")
_LIST_START = re.compile(
    # (blank lines or a code fence's opening line between: "Recovery codes:" ⏎ "```" ⏎ …)
    rf"[^\n]{{0,100}}\n(?:[ \t]*(?:```[\w\-]*[ \t]*)?\n){{0,2}}[ \t]*{_MARKER}"
    rf"(?:{_NUMBER}|{_RECOVERY}){_ITEM_END}"
)
# the next code of a list of them: "8h2k-9d3m 4p7x-2q8z", "…,\n…", the next item's line
_NEXT_RECOVERY = re.compile(
    rf"(?:`?[ \t]*\n(?:[ \t]*\n)?[ \t]*{_MARKER}|[\s,;]{{1,4}}(?:(?:and|und|or|oder)[ ]+)?)"
    rf"(?:{_NUMBER}|{_RECOVERY}|{_SPACED_NEXT})"
)
_MAX_LISTED = 16
# the next line's item when it lacks a digit ("jwt6-z7th\ntwxp-nklg"): a list's code need not
# hold one, so it counts in the shape of the code before it (``_same_shape``)
_NEXT_LINE_ITEM = re.compile(
    rf"`?[ \t]*\n[ \t]*{_MARKER}(?P<v>[A-Za-z0-9]{{3,5}}(?:-[A-Za-z0-9]{{3,5}}){{1,3}}"
    rf"|[A-Za-z0-9]{{4,5}}[ ][A-Za-z0-9]{{4,5}}){_ITEM_END}"
)
# A code of letters and digits in short groups, as a letter or a mail prints one
# ("K7P-QX2-M9L", "HX 4R 9T 2W", "X7Q-PL9"): each group 2-6 characters with a digit, or 2-4
# capitals; two to six groups (``_code_shape`` judges the whole: a group mixing both,
# letters in one case).
_ALNUM_GROUP = r"(?:(?=[A-Za-z]{0,5}\d)[A-Za-z0-9]{2,6}|[A-Z]{2,4})(?![A-Za-z0-9])"
_ALNUM = rf"(?-i:(?<![\w\-])(?P<v>{_ALNUM_GROUP}(?:[ \-]{_ALNUM_GROUP}){{1,5}})(?![\w\-]))"
# ... or right after a held code's word (a PIN, a lock's code), its colon or connector at
# most, when every group mixes letters and digits ("PIN 7F3A-9C1E", as a server writes a
# reset PIN; round 50)
_HELD_GROUPS = re.compile(rf"(?i:[ ]*(?:[:=]|is|ist|lautet|was|war)?[ ]*){_ALNUM}")
_AFTER_ALNUM = re.compile(rf"(?:[ ]*:[ \t]*\n\s*|[^.!?\n\d]{{0,60}}?){_ALNUM}")
# ... or one token of letters and digits as a key's value ("access_code=A1B2C3D4",
# "verification code: 7KQ2X9"): right after the word and its ":" or "=", nothing between
_KEYED_TOKEN = re.compile(
    r"[ ]*[:=][ ]*[\"']?(?P<v>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,16})"
    r"(?![\w\-.@/:])"
)
# ... or after "is"/"ist"/"lautet" a token of at least two letters and three digits that is
# no count ("Tresorcode ist Zsfghj9128734", "the code for the locker is KX4471"; not "is
# 6digits", "ist v2")
_STATED_TOKEN = re.compile(
    r"(?i)[ ]+(?:is|ist|lautet|was|war)[ ]+[\"']?(?P<v>(?![0-9]{1,2}[A-Za-z]+(?![\w]))"
    r"(?=(?:[A-Za-z]*\d){3})(?=(?:[0-9]*[A-Za-z]){2})[A-Za-z0-9]{5,24})(?![\w\-.@/:])"
)
# ... or after its connector a short token of capitals and digits, as an app or a game's
# guard shows one ("Steam Guard code was FR8RV", "Bestätigungscode ist 7HK2P"): one digit and
# two capitals at least, no word or version glued to it
_CAPS_TOKEN = re.compile(
    r"(?i:[ ]*(?:(?:is|ist|lautet|lautete|was|war)[ ]+|:[ ]*))[\"']?"
    r"(?P<v>(?=[A-Z0-9]*\d)(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{5,8})(?![\w\-.@/:])"
)
# A one-time code the customer says they entered, later in the word's sentence and maybe
# past a phone number ("… per SMS auf +43 …, aber wenn ich 035269 eingebe", "but when I
# type 339104 it says invalid")
_ENTERED_AFTER = re.compile(
    # (round 50: or at the next sentence's start, "… code keeps failing. I type 482 913")
    rf"[^.!?\n]{{0,120}}?(?:[.!?]+[ ]+)?"
    rf"(?<![^\W\d_])(?:(?:ich|wir)[ ]+{_NUMBER}[ ]+(?:eingebe|eintippe"
    r"|eingeben|eintippen|eingegeben|eingetippt|tippe|gebe)"
    r"|(?:i|we)[ ]+(?:(?:then|try[ ]+to)[ ]+)?(?:enter|type|entered|typed|put[ ]+in)[ ]+"
    rf"(?:in[ ]+)?{_NUMBER})(?![^\W\d_])",
    re.IGNORECASE,
)
# A lock's code of digits with a capital letter, right after its word ("Türcode 2468B",
# "Torcode A4471"); not a model ("2000A series")
_LOCK_TOKEN = re.compile(
    r"[ ]*:?[ ]*(?<![\w\-])(?P<v>(?-i:\d{3,8}[A-Z]|[A-Z]\d{3,8}))(?![\w\-@/]|\.\w)"
    r"(?![ ]+(?:series|serie|model|modell|version|edition)\b)",
    re.IGNORECASE,
)
# A held code's value (see ``_HELD``): right after its word, or after a connector in its
# sentence ("." or "!" inside a word, as in "FRITZ!Box" or "z.B.", ends no sentence; a digit
# glued to letters, as in "2FA", belongs to a word); a word or two may stand between the
# connector and the value ("ist bei mir 1 9 7 3"); the first connector only. A Wi-Fi key
# may be a long run of digits or of four-digit groups ("8270 1935 4462 0918 3357").
_GAP = r"(?:[^.!?\n\d]|[.!?](?=[^\s.!?\d])|\d(?=[^\W\d_])|(?<=[^\W\d_])\d)"
_CONNECTOR = (
    r"(?:[:=]|(?<![^\W\d_])(?:is|ist|isch|lautet|lauten|are|sind|was|war|wäre|heißt|heisst"
    # a value hedged by a modal verb: "should be 4471", "müsste 4471 sein"
    r"|(?:should|must|might|could|would)(?:[ ]+(?:still|now|probably|really))?[ ]+be"
    r"|müsste|sollte|dürfte|könnte)"
    r"(?![^\W\d_]))"
)
_ASIDE = umlaut_spellings(
    r"(?:bei[ ]+(?:mir|uns)|jetzt|now|still|noch|immer[ ]+noch|currently|aktuell|momentan"
    r"|gerade|übrigens|btw|also|auch|just|einfach|nur|eigentlich|actually|immer|always|simply"
    r"|wieder|again"
    # a hedge after the connector: "die PIN war glaub ich 1472", "the PIN is probably 5501"
    r"|(?:maybe|probably|perhaps|vielleicht|wahrscheinlich|glaube?[ ]+ich|i[ ]+think),?)"
)
# a hedge between the word and its value ("PIN vielleicht 4471", "the PIN probably 8812")
_HEDGE = r"(?:maybe|probably|perhaps|vielleicht|wahrscheinlich|glaube[ ]+ich|i[ ]+think)"
_LONG_KEY = (
    r"(?<![\w+\-/.€$£#]|\d[ ])(?P<v>\d{4}(?:[ \-]\d{4}){1,5}|\d{9,26})"
    r"(?![\w\-/%]|[.,:]\d|[ ]\d)"
)
# a four-digit PIN read in two pairs ("PIN: 90 21"), as it is said aloud
_PAIRS = r"(?<![\w+\-/.€$£#]|\d[ ])(?P<v>\d{2}[ ]\d{2})(?![\w\-/%]|[.,:]\d|[ ]\d)"
_HELD_VALUE = rf"(?:{_LONG_KEY}|{_NUMBER}|{_PAIRS})"
# a number denied for the one given: "ist nicht 0815 sondern 7294", "is not 1234 but 5821"
_NOT_THIS = umlaut_spellings(
    r"(?:nicht|not|keineswegs)[ ]+\d{3,8}[ ]*,?[ ]*(?:sondern|but|aber)[ ]+(?:eher[ ]+)?"
)
# the German article a number may take after the connector ("meine PIN ist die 1 9 7 4",
# "der Code war die 4471")
_ARTICLE = r"(?:die|the)[ ]+(?=\d)"
_HELD_LEAD = (
    # (a pause typed after the word: "my PIN... 0 7 0 7", "PIN - 4471")
    rf"(?:[ ]*(?:[:=#]|\.{{2,}}|-(?=[ ]))?[ ]*(?:{_HEDGE}[ ,]+)?"
    rf"|(?:(?!{_CONNECTOR}){_GAP}){{0,80}}+{_CONNECTOR}[ ]*:?[ ]*"
    rf"(?:{_ASIDE}[ ]+){{0,2}}(?:{_NOT_THIS}|{_LENGTH_NOTE}|{_ARTICLE})?)"
)
_HELD_AFTER = re.compile(rf"{_HELD_LEAD}{_HELD_VALUE}", re.IGNORECASE)
# ... only after its connector (a keypad's number right after it is ``_IMMEDIATE``'s)
_CONNECTED_AFTER = re.compile(
    rf"(?:(?!{_CONNECTOR}){_GAP}){{0,80}}+{_CONNECTOR}[ ]*:?[ ]*(?:{_ASIDE}[ ]+){{0,2}}"
    rf"(?:{_NOT_THIS}|{_LENGTH_NOTE})?{_HELD_VALUE}",
    re.IGNORECASE,
)
# The value the customer says they use or type, later in the word's sentence ("a passcode,
# I use 558 922", "für die Tür nehme ich immer 4471", "the PIN I always type is" is the
# connector's)
_USED_AFTER = re.compile(
    rf"(?:(?!{_CONNECTOR}){_GAP}){{0,60}}?(?<![^\W\d_])(?:(?:i|we)[ ]+(?:(?:always|usually|just"
    # (or did: "so i put 9012", "I typed 4471 and it locked")
    r"|normally|still|then|also)[ ]+)?(?:use|type|enter|put(?:[ ]+in)?|used|typed(?:[ ]+in)?"
    r"|entered|tried)|(?:nehme|nutze|verwende|benutze|tippe"
    r"|nehmen|nutzen|verwenden)[ ]+(?:ich|wir)(?:[ ]+(?:immer|meistens|einfach|normalerweise"
    r"|noch))?|(?:ich|wir)[ ]+(?:(?:immer|meistens|einfach|normalerweise)[ ]+)?(?:nehme|nutze"
    rf"|verwende|benutze|tippe|nehmen|nutzen|verwenden))[ ]+(?:(?:immer|always|einfach)[ ]+)?"
    rf"{_HELD_VALUE}",
    re.IGNORECASE,
)
# A passcode (a phone's, a bridge's) read in a group of three and one of four ("771 3302"):
# only after a passcode word, as a phone number after a PIN word takes that shape too
# A Wi-Fi key of letters and digits after its connector or what shows it ("WLAN-Passwort
# ist Kx7-bW2q-44pl", "Wifi password on the sticker says 7HkP-2mQx-9RtL"): one token of the
# 8-63 characters a WPA key has, two digits and a letter at least (not "WPA2-PSK")
_NETWORK_WORD = re.compile(rf"(?i)(?:{_NETWORK})")
_KEY_SHOWN = (
    r"(?<![^\W\d_])(?:says|said|reads|shows|zeigt|sagt"
    # ... or what it was set to, the German verb after the value ("hab ich auf … gesetzt")
    r"|auf(?=[ ]+[^\s]{8,63}[ ]+(?:gesetzt|geändert|umgestellt|gestellt|geaendert)))"
    r"(?![^\W\d_])"
)
_NETWORK_KEY_AFTER = re.compile(
    rf"(?:(?!{_CONNECTOR}|{_KEY_SHOWN}){_GAP}){{0,60}}+(?:{_CONNECTOR}|{_KEY_SHOWN})"
    r"[ ]*:?[ ]*[\"'„“]?"
    r"(?P<v>(?=(?:[^\s\d]*\d){2})(?=[^\s]*[^\W\d_])[\w!#$%&*+\-.?@^~]{8,63})"
    r"(?<![.,!?])(?![\w!#$%&*+\-.?@^~])",
    re.IGNORECASE,
)
_PASSCODE_WORD = re.compile(r"(?i)pass|kenn|conferen|konferenz|bridge|einwahl|dial|meeting")
_PASSCODE_AFTER = re.compile(
    rf"{_HELD_LEAD}(?<![\w+\-/.€$£#]|\d[ ])(?P<v>\d{{3}}[ ]\d{{4}}|\d{{4}}[ ]\d{{3}})"
    r"(?![\w\-/%]|[.,:]\d|[ ]\d)",
    re.IGNORECASE,
)
# A lock's combination of three digits ("Code vom Schlüsselsafe: 7 3 9", "the bike lock
# combination is 482"): only after a lock's word and its connector
_LOCK_IN_WORD = re.compile(
    umlaut_spellings(
        r"(?i)tür|door|gate|garage|tor|eingang|entry|tresor|safe|schließfach|locker|schloss|lock"
        r"|alarm|kasten|box|kombination|combination|key[ ]?pad|tastenfeld"
    )
)
_SHORT_LOCK_AFTER = re.compile(
    rf"(?:(?!{_CONNECTOR}){_GAP}){{0,80}}+{_CONNECTOR}[ ]*:?[ ]*(?:{_ASIDE}[ ]+){{0,2}}"
    r"(?<![\w+\-/.€$£#]|\d[ ])(?P<v>\d{3}|\d(?:[ ]\d){2}|\d(?:-\d){2})"
    r"(?![\w\-/%]|[.,:]\d|[ ]\d)",
    re.IGNORECASE,
)
# A code typed with a keypad's keys around it: "#4417*", "*2580#", "7391#"
_KEYED_AFTER = re.compile(
    r"[^.!?\n\d]{0,60}?(?<![\w#*])(?P<v>[#*]\d{3,8}[#*]|\d{3,8}[#*])(?![\w#*])"
)
# What may follow a code a display gave: the sentence's or clause's end, or a conjunction
# ("318 407 and it's still wrong"); not a noun it counts ("shows 1200 steps")
_VALUE_ENDS = (
    r"(?=[ ]*(?:[.,;:!?)\n]|\Z|(?:and|und|but|aber|or|oder|then|dann|which|das|was|is|ist|an"
    r"|so|too|auch|every|jedes|each|now|jetzt|again|wieder)(?![^\W\d_])))"
)
_SHOWN_AFTER = re.compile(rf"(?i:{_SHOWS}){_NUMBER}{_VALUE_ENDS}")
# (not a model's number: "the alarm panel 2000 series")
_IMMEDIATE = re.compile(
    rf"{_PANEL_LEAD}{_NUMBER}(?![ ]+(?:series|serie|model|modell|version|edition|pro|plus)\b)",
    re.IGNORECASE,
)
# The value alone on the next line, the code word's line ending in its connector: "das
# Einmalkennwort lautet\nHX 4R 9T 2W\n…", "PUK:\n83920174" (a blank line or two between, as
# a code pasted from a mail is set off)
_NEXT_LINE = re.compile(
    rf"[^.!?\n]{{0,60}}?{_CONNECTOR}[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*(?:{_HELD_VALUE}|{_ALNUM})"
    rf"{_ITEM_END}",
    re.IGNORECASE,
)
# A held word compounded with what it names ("PIN-Brief", "PUK-Brief", "PIN-Eingabe"): the
# letter, the form or the keypad, not the code
_COMPOUND_AFTER = re.compile(r"-(?!(?:code|nummer|number|nr)(?![^\W\d_]))[^\W\d_]", re.I)
# A number named by another noun right before it belongs to that noun: "TAN-Brief kam
# nicht an, Kundennummer 44881234", "PIN vergessen, Bestellnummer ist 5512…", "Fehlercode
# E-4471 beim Freischaltcode", "Alarmanlage Modell: 3391" (a device's model, round 40)
_OTHER_NUMBER_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:[^\W\d_]*(?:nummer|nr)|number|kunde|kunden|customer|vertrag"
    r"|contract|order|bestellung|auftrag|rechnung|invoice|tracking|sendung|ticket|vorgang"
    r"|iban|plz|zip|imei|serial|version|artikel|article|referenz|reference|ref|aktenzeichen"
    r"|model|modell|typ|serie|series|baujahr"
    r"|[^\W\d_]*(?:fehler|error)[^\W\d_]*|(?:status|exit|http)[ \-]?code"
    rf"|{german_forms.IDENTIFIER_COMPOUND})"
    rf"{german_forms.WHOSE_RECORD}"
    r"\.?[ ]*[:#=]?[ ]*(?:(?:is|ist|lautet|war|was)[ ]+)?(?-i:[A-Z]-)?\Z"
)
# a heading's line ending in a colon ("Backup codes (old ones):")
_HEADING_COLON = re.compile(r"[^\n]{0,100}:[ \t]*\n")
_SECURITY_KEY_WORD = re.compile(r"(?i)security|sicherheits")
_RECOVERY_WORD = re.compile(
    r"(?i)backup|recovery|restore|wiederherstellung|sicherung|security[ \-]?key"
    r"|sicherheits[ \-]?schl"
)
# a bare "code" sent to the customer counts with any number: "the code you texted me is
# 583920", "der Code, den ihr mir geschickt habt: …", "code from the SMS" (a code they send
# is a one-time code; what the customer sends may be source code)
_SENT = re.compile(
    r"(?i)[ ,]+(?:(?:that|which|den|die|das)[ ]+)?(?:(?:you|u|they|ya|we|ihr|sie|du|wir|it|the[ ]+"
    r"[^\W\d_]+)[ ]+)?(?:(?:just|me|mir|uns|us|grad|gerade|eben)[ ]+){0,2}(?:texted|sent|"
    r"e-?mailed|mailed|messaged|sms'?e?d|geschickt|gesendet|gesimst)(?![^\W\d_])"
    r"|[ ]+(?:from|in|aus|per|via|by)[ ]+(?:(?:the|der|dem|your|eurer|ihrer)[ ]+)?"
    r"(?:text|sms|e-?mail|mail|message|nachricht)(?![^\W\d_])"
    # ... or received by the customer through such a channel: "the code I received by
    # SMS", "der Code, den ich per SMS bekommen habe" (not "the code I got from a tutorial")
    r"|[ ,]+(?:(?:that|which|den|die|das)[ ]+)?(?:i|we|ich|wir)[ ]+(?:(?:just|grad|gerade|eben)"
    r"[ ]+)?(?:(?:received|got|get|bekommen|erhalten|bekam|bekamen)[ ]+(?:(?:habe|hab)[ ]+)?"
    r"(?:by|via|per|in|as|über|als)[ ]+(?:(?:the|an?|a|der|dem|einer?)[ ]+)?"
    r"|(?:per|via|über|by)[ ]+)(?:text|sms|e-?mail|mail|message|nachricht)(?![^\W\d_])"
    # ... or its arrival, said on a phone: "code came thru 482193", "Code kam grad an: …"
    r"|[ ]+(?:(?:just|finally|grad|gerade|eben|endlich)[ ]+)?(?:came[ ]+(?:thru|through|in)"
    r"|arrived|kam(?:[ ]+(?:grad|gerade|eben|endlich))?[ ]+an|ist[ ]+(?:grad[ ]+)?"
    r"(?:gekommen|angekommen))(?![^\W\d_])"
)
# The tail of another number before the value: "phone ends in 4471", "endet auf 0815",
# "last 4 digits 2209" (a phone's, card's or account's last digits, not a code).
_TAIL_OF_NUMBER = re.compile(
    r"(?i)(?:ends?|ending|endet|endend)[ ]+(?:in|with|on|auf|mit)[ :]*\Z"
    r"|(?:last|letzten)[ ]+(?:\d|two|three|four|five|six|zwei|drei|vier|fünf|sechs)[ ]+"
    r"(?:digits?|ziffern|stellen|numbers)[^\w]*(?:(?:are|is|sind|lauten)[ ]+)?\Z"
)
# The value before it: "482913 ist die TAN", "907196 is what the authenticator shows"; a
# held code's only with its word in brackets right after it ("2580 (pin)", "40918823 (PUK)")
_BEFORE = re.compile(rf"{_NUMBER}[^.!?\n\d]{{1,30}}\Z")
# ... or the number typed "as" the PIN before the word ("i put in 5829 as pin", "4711 als
# meine PIN eingegeben", "set 0000 as the new passcode")
_HELD_BEFORE = re.compile(
    # (a word may name its thing in the bracket: "4417 (card pin)", "2580 (Handy PIN)")
    rf"{_NUMBER}(?:[ ]*[(\[][ ]*(?:[^\W\d_]{{2,16}}[ ])?"
    r"|[ ]+(?i:as|als)[ ]+(?i:(?:my|the|a|our|new|meine?[nr]?|die|den"
    r"|unsere?[nr]?|neue[nr]?)[ ]+){0,2})\Z"
)
# ... or a dash, then a clause pointing back at it: "2580 — das ist die PIN für die Kasse",
# "4417 - this is the PIN", "8830 <- that's my pin"
_DASHED_ANAPHOR = (
    r"[ ]*(?:-{1,2}|<-{1,2})[ ]*(?i:(?:yes|ja|and|und|so)[ ]+)?"
    r"(?i:that's|this's|it's|(?:that|this|it|das|dies|es)[ ]+(?:is|ist|was|war))"
)
# ... or stated as the word: "8830 is the PIN for the garage", "5521 ist die PIN vom
# Diensthandy", "61 44 is my voicemail pin" (an article or a possessive and a word at most
# between; not "2024 is the year the PIN changed")
_STATED_BEFORE = re.compile(
    rf"{_HELD_VALUE}(?:[ ]+(?i:is|ist|was|war)|{_DASHED_ANAPHOR})[ ]+"
    r"(?i:the|my|our|his|her|your|die|der|das|meine?|unsere?|seine?|ihre?)[ ]+"
    r"(?:[^\W\d_]{2,16}[ ]+)?\Z"
)
# A unit, currency or "times" right after the number: an amount or a count, not a code.
_UNIT_AFTER = re.compile(
    r"[ ]?(?:€|eur|euro|usd|\$|chf|gbp|%|kb|mb|gb|ms|sek|sec|secs|seconds|sekunden|min|minutes"
    r"|minuten|uhr|h|tage|days|mal|times|x|stück|pcs|digits?|stellen|stellig|zeichen|characters"
    r"|mm|cm|m|km|kg|g|volt|v|watt|w|grad)\b",
    re.IGNORECASE,
)
# A year after a preposition: "broke in 2023", "seit 2021".
_YEAR = re.compile(r"(?i)(?:in|since|seit|im|from|von|bis|until|year|jahr)[ ]+(?:19|20)\d\d\Z")


# A code read out as number words, the way one is dictated ("my PIN is four two seven
# nine", "PIN ist vier sieben null zwei", "passcode: nine nine one four"): a run of four
# to eight digit words after a PIN, code or password word in the same sentence, or after
# its connector a word and three or more digit words ending the clause ("passwort ist
# hallo eins zwei drei"). A run of digit words is never prose ("one of two" is not one).
# (in the customer's first language too, as one writing in a second language dictates:
# Turkish "bir iki üç dört", Polish "dziewięć osiem siedem jeden", Russian and Ukrainian,
# Greek, Romanian, Spanish, Italian, Portuguese, French)
_OTHER_DIGIT_WORDS = (
    "sıfır bir iki üç dört beş altı yedi sekiz dokuz"
    " jeden dwa trzy cztery pięć piec sześć szesc siedem osiem dziewięć dziewiec"
    " ноль нуль один два три четыре пять шесть семь восемь девять"
    " чотири п'ять шість сім вісім дев'ять"
    " μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά εφτά οκτώ οχτώ εννέα εννιά"
    " unu doi trei patru cinci șase sase șapte sapte nouă noua"
    " cero uno dos tres cuatro cinco seis siete ocho nueve"
    " quattro cinque sette otto nove"
    " dois três quatro sete oito"
    " zéro deux trois quatre cinq huit neuf"
).split()
# (not the ones that are common German or English words: "um", "sei", "due", "un", "opt",
# "sept": every message holding one would pay for the run's search, and "um zwei"
# reads a time)
_DIGIT_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|zwo|drei|vier"
    r"|fünf|fuenf|sechs|sieben|acht|neun|"
    + "|".join(sorted(set(_OTHER_DIGIT_WORDS), key=len, reverse=True))
    + ")"
)
_SPELLED_HINT = stdre.compile("pin|code|pass|wort|tan|otp|geheimzahl")
# ... in an ASCII text, where the case-blind match of ``_SPELLED_WORD`` (and of
# ``_SPELLED_BEFORE``'s word) is the plain one over ``str.lower``, their words themselves
# (r48-speed: "worth", "pass the message", "passport" opened the word's scan)
_SPELLED_HINT_ASCII = stdre.compile("pin|code|passwor|passphrase|kennwort|tan|otp|geheimzahl")
# The digit words as a set: one C-level look at the message's words before any search.
_DIGIT_WORDS = frozenset(
    "zero oh one two three four five six seven eight nine null eins zwei zwo drei vier fünf"
    " fuenf sechs sieben acht neun".split()
    + _OTHER_DIGIT_WORDS
)
# the word, also ending a compound ("Bankkarten-PIN", "Einmalcode"): no start boundary
_SPELLED_WORD = re.compile(
    r"(?i)(?:pin|codes?|passwor[dt]|kennwort|passphrase|geheimzahl|(?<![^\W\d_])(?:tan|otp))"
    r"(?![^\W\d_])"
)
# between a dictated code's items: a comma or a dash, or a joiner said between its parts
# ("seven seven two, and then 9 1 5", "vier acht, dann 2 9"): the parts of one value
_SPOKEN_JOIN = r"(?:[ ,\-]+(?:(?:and|und)[ ]+)?(?:then|dann|danach)[ ]+|[ ,\-]+)"
# a digit said or a single digit typed among the words (the run starts at a word: digits
# alone are the digit rules'; "3 times" counts tries)
_SPOKEN_ITEM = rf"(?:{_DIGIT_WORD}|\d(?!\d|[ ]*(?:times|mal|x)(?![^\W\d_])))"
# a digit said as a count of itself ("two sevens", "drei Einsen": spoken.DIGIT_PLURALS)
_COUNTED_DIGIT = rf"{_DIGIT_WORD}[ ]+(?:{'|'.join(sorted(spoken.DIGIT_PLURALS))})"
# between counted pieces: also "and a", "und eine" ("three nines and a two")
_COUNTED_JOIN = rf"(?:{_SPOKEN_JOIN}|[ ]+(?:and|und)[ ]+(?:an?|eine?)[ ]+)"
# a sign a keypad's code ends with: "one nine eight four hash", "… vier Raute"
_CODE_SIGN = r"(?:[ ]+(?:hash|hashtag|pound|star|asterisk|raute|stern|sternchen))?"
_SPELLED_RUN = re.compile(
    rf"(?i)[^.!?\n\d]{{0,40}}?(?<![^\W\d_])(?P<v>(?:{_DIGIT_WORD}(?:{_SPOKEN_JOIN}{_SPOKEN_ITEM}){{3,7}}"
    # three joined by hyphens, as a short code is read out ("vier-acht-neun")
    rf"|{_DIGIT_WORD}(?:-{_DIGIT_WORD}){{2}}"
    rf"){_CODE_SIGN})"
    r"(?![^\W\d_])"
)
# A count of a digit among the pieces, right after the word and "is"/":": "the PIN is two
# sevens and then four", "PIN: drei Einsen und eine Vier" (nobody counts a digit of anything
# else there; further on, "the name of our boat plus two zeros" describes a value)
_COUNTED_RUN = re.compile(
    r"(?i)[ ]*(?:[:=]|(?:is|ist|lautet|was|war)(?![^\W\d_]))[ ]*"
    rf"(?P<v>(?:{_DIGIT_WORD}{_SPOKEN_JOIN}){{0,5}}{_COUNTED_DIGIT}"
    rf"(?:{_COUNTED_JOIN}(?:{_COUNTED_DIGIT}|{_SPOKEN_ITEM})){{0,6}})"
    r"(?![^\W\d_])"
)
_SPELLED_PHRASE = re.compile(
    r"(?i)[ ]*(?:[:=]|(?:is|ist|lautet|was|war)(?![^\W\d_]))[ ]*"
    rf"(?P<v>[^\W\d_]{{2,20}}(?:[ ]+{_DIGIT_WORD}){{3,7}})(?=[ ]*(?:[.,!?;)\n]|\Z))"
)


# ... or the run first, then the sentence saying what it is: "dziewięć osiem siedem jeden -
# this is the PIN", "bir iki üç dört beş altı - yes that is my PIN" (a run opening its line
# or sentence)
_SAID_TO_BE = stdre.compile(r"(?:this|that|it|das|dies|es)(?:'s|[ ](?:is|ist|was|war))[ ]")
_SPELLED_BEFORE = re.compile(
    rf"(?i)(?:(?<=\A)|(?<=[\n.!?:][ ]*))(?P<v>{_DIGIT_WORD}(?:[ ,\-]+{_DIGIT_WORD}){{3,7}})"
    r"[ ]*(?:[-,:;]+[ ]*)?(?:(?:yes|yeah|ja|so|and|und)[ ,]+)?(?:this|that|it|das|dies|es)"
    r"(?:'s|[ ]+(?:is|ist|was|war))[ ]+(?:the|my|our|die|der|das|meine?|unsere?)[ ]+"
    r"(?:[^\W\d_]{2,16}[ -]?)?(?:pin|code|passwor[dt]|kennwort|geheimzahl)(?![^\W\d_])"
)


# A PIN or code said as numbers of two or three digits ("nineteen eighty four", "forty two
# seventy one", "zweiundvierzig einundsiebzig"): right after its word and "is"/":", a run of
# number words that ends the clause (not "twenty minutes"), three to eight digits in all.
_NUMBER_HINT = stdre.compile(
    r"teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundred|zig|ßig|ssig|zehn|hundert|elf|zwölf|twelve|eleven"
)
# (C-level tests first, on every message: the English words and German's short ones among
# the words said, German's compounds by their tails)
_NUMBER_WORD_SET = frozenset(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    " thirty forty fifty sixty seventy eighty ninety hundred zehn elf zwölf".split()
)


def _maybe_numbers(low: str, said: list[str]) -> bool:
    """Whether ``low`` (its words ``said``) may hold a number's word."""
    return (
        not _NUMBER_WORD_SET.isdisjoint(said)
        or "zig" in low
        or "ßig" in low
        or "ssig" in low
        or "zehn" in low
        or "hundert" in low
    )


_SAID = number_words.SAID_NUMBER_WORD
_SAID_NUMBER_RUN = re.compile(
    r"(?i)[^.!?\n\d]{0,30}?(?:[ ]*[:=]|(?<![^\W\d_])(?:is|ist|lautet|was|war))[ ]*"
    rf"(?P<v>{_SAID}(?:[ ,\-]+(?:and[ ]+)?{_SAID}){{0,5}})(?![^\W\d_])"
    r"(?=[ ]*(?:[.,!?;)\n]|\Z)|[ ]+(?:and|und|but|aber|or|oder|please|bitte)(?![^\W\d_]))"
)
_MIN_SAID_DIGITS, _MAX_SAID_DIGITS = 3, 8


def _said_number(text: str, end: int) -> tuple[int, int] | None:
    """The span of a code said as numbers after its word ending at ``end``, or None."""
    if _OTHER_CODE_BEFORE.search(text, max(0, end - 30), end - 4) is not None:
        return None  # (a promo, postal or error code said in words is no secret)
    m = _SAID_NUMBER_RUN.match(text, end)
    if m is None:
        return None
    digits = number_words.said_digits(m.group("v").replace(",", " ").replace("-", " ").split())
    if digits is None or not _MIN_SAID_DIGITS <= len(digits) <= _MAX_SAID_DIGITS:
        return None
    span: tuple[int, int] = m.span("v")
    return span


def spelled_code_spans(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Spans of codes and PINs read out as digit words next to their word."""
    spans: list[tuple[int, int]] = []
    low = text.lower() if low is None else low
    said = low.replace(",", " ").replace("-", " ").split()
    if _DIGIT_WORDS.isdisjoint(said) and not _maybe_numbers(low, said):
        return spans
    if (_SPELLED_HINT_ASCII if text.isascii() else _SPELLED_HINT).search(low) is None:
        return spans
    numbers = _NUMBER_HINT.search(low) is not None  # "nineteen", "vierzig", "hundert"
    for word in _SPELLED_WORD.finditer(text):
        m = (
            _SPELLED_PHRASE.match(text, word.end())
            or _SPELLED_RUN.match(text, word.end())
            or _COUNTED_RUN.match(text, word.end())
        )
        if m is not None and m.span("v") not in spans:
            spans.append(m.span("v"))
        elif numbers and (said_number := _said_number(text, word.end())) is not None:
            spans.append(said_number)  # "the PIN is nineteen eighty four"
    if _SAID_TO_BE.search(low) is not None:
        for m in _SPELLED_BEFORE.finditer(text):
            if m.span("v") not in spans:
                spans.append(m.span("v"))
    return spans


# A Bluetooth pairing's passkey, to confirm or compare on both devices ("pairing asked me to
# confirm 604218 on both devices", "Kopplung: bitte 318 402 bestätigen"): six digits, in a
# sentence that speaks of pairing. Whoever confirms it pairs the device (round 50).
_PAIRING_HINT = stdre.compile(r"(?<![a-z])pair|koppel|koppl")  # (not "repair")
_PASSKEY = r"(?<![\w+\-/.€$£#,]|\d[ ])(?P<v>\d{6}|\d{3}[ ]\d{3})(?![\w\-/%]|[.,:]\d|[ ]\d)"
_PAIRING_PASSKEY = re.compile(
    umlaut_spellings(
        r"(?i)(?<![^\W\d_])(?:confirm|compare|match|bestätig|vergleich)[^\W\d_]*[ ]+"
        r"(?:(?:the|that|this|code|number|passkey|pin|den|die|das|code|zahl|nummer)[ ]+){0,2}"
        rf"{_PASSKEY}"
        rf"|{_PASSKEY}[ ]+(?:(?:auf|am|an|im|on|at|in)[ ]+(?:[^\W\d_]+[ ]+){{0,2}})?"
        r"(?:bestätig|vergleich)"
    )
)


def pairing_passkey_spans(text: str, low: str) -> list[tuple[int, int]]:
    """A pairing's passkey to confirm (``_PAIRING_PASSKEY``) in a sentence about pairing."""
    # (the literals first: the pre-check asks this of every message with a digit, and the
    # hint's look-behind scan alone cost about 1.4 µs a message, 3 % of the whole)
    if not ("pair" in low or "koppel" in low or "koppl" in low):
        return []
    if _PAIRING_HINT.search(low) is None:
        return []
    spans = []
    for m in _PAIRING_PASSKEY.finditer(text):
        start, end = m.span("v")
        first = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        last = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
        if _PAIRING_HINT.search(low, first, last) is not None:
            spans.append((start, end))
    return spans


# A code received through a channel, said without a code word: "I received 739 201 by SMS",
# "hab 482913 per SMS bekommen" (the number right before the channel; not an amount)
# (a C-level look for a receiving word before digits first: most messages have none)
_RECEIVED_HINT = stdre.compile(
    r"(?:received|got|get|bekommen|erhalten|bekam|kriegt|gekriegt|hab|habe|entered|typed|tried"
    r"|eingegeben|eingetippt|probiert)[ ]+"
    r"(?:[^\W\d_]+[ ]+)?\d"
)
_CHANNEL = r"(?:text|sms|e-?mail|mail|message|nachricht|textnachricht)"
_RECEIVED = re.compile(
    r"(?i)(?<![^\W\d_])(?:received|got|get|bekommen|erhalten|bekam|kriegt|gekriegt|hab|habe"
    # ... or typed in from it: "I entered 837261 from the text message"
    r"|entered|typed|tried|eingegeben|eingetippt|probiert)"
    r"[ ]+(?:(?:the|a|die|den|das|eine?n?)[ ]+)?"
    r"(?P<v>\d{4,8}|\d{3}[ \-]\d{3}|\d{2}(?:[ ]\d{2}){2})"
    r"[ ]+(?:by|via|per|in[ ]+(?:an?|the|my)|as[ ]+an?|über|als|from[ ]+(?:an?|the|my|your)"
    r"|aus[ ]+(?:der|dem|einer|eurer|ihrer|meiner))[ ]+"
    rf"{_CHANNEL}(?![^\W\d_])"
)


def received_code_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Numbers received by SMS, text or mail (see ``_RECEIVED``)."""
    # plain substring tests for the hint's words first: every match holds one of them
    # ("gekriegt" holds "kriegt", "habe" holds "hab")
    if (
        not (
            "got" in low
            or "get" in low
            or "hab" in low
            or "received" in low
            or "bekommen" in low
            or "erhalten" in low
            or "bekam" in low
            or "kriegt" in low
            or "entered" in low
            or "typed" in low
            or "tried" in low
            or "eingegeben" in low
            or "eingetippt" in low
            or "probiert" in low
        )
        or _RECEIVED_HINT.search(low) is None
    ):
        return []
    spans = []
    for m in _RECEIVED.finditer(text):
        value = _unless_amount_or_year(text, *m.span("v"))
        if value is not None:
            spans.append(value)
    return spans


# A code set on a lock or as a PIN, in the sentence that names it: "Im Hotelzimmer-Safe hab
# ich 160490 eingestellt", "Als PIN habe ich 123 gesetzt", "I set the safe to 0815 49",
# "changed the padlock to 482"; and a lock opened with a number: "Alarmanlage entschärfen mit
# 2580", "the back gate opens with 4471", "die Tür geht mit 7391 auf".
_LOCK_NOUN = umlaut_spellings(
    r"(?:(?<![^\W\d_])[^\W\d_]{0,16}(?:safe|tresor|schloss|schloß|pin|puk|geheimzahl|kombination"
    r"|combination|alarmanlage|tür|keypad|tastenfeld|padlock|briefkasten|spind)"
    r"|(?<![^\W\d_])(?:lock|door|gate|tor|garage|locker|alarm|passcode|code)s?)(?![^\W\d_])"
)
_SET_NUMBER = r"(?P<v>\d{3,8}|\d{3}[ \-]\d{3}|\d{2}(?:[ \-]\d{2}){1,3}|\d(?:[ \-]\d){2,7})"
# (C-level literal scans first: a setting or opening word, and a lock's, PIN's or code's)
_SET_HINT = stdre.compile(
    literal_trie(
        (
            *"eingestellt gesetzt gewählt gewaehlt programmiert festgelegt vergeben".split(),
            *"gespeichert set changed programmed entschärf entschaerf deaktivier".split(),
            *"ausschalt abschalt aus schalt öffn oeffn aufmach auf mach aufsperr".split(),
            *"entsperr aufschließ aufschliess geht gehen ging disarm deactivat unlock".split(),
            *"open turn switch".split(),
        )
    )
)
_LOCK_HINT = stdre.compile(
    literal_trie(
        (
            *"safe tresor schloss schloß pin puk geheimzahl kombination combination".split(),
            *"alarm tür tuer keypad tastenfeld padlock briefkasten spind lock door".split(),
            *"gate tor garage code".split(),
        )
    )
)
_SET_CODE = re.compile(
    umlaut_spellings(
        r"(?i)(?<![\w+\-/.€$£#,]|\d[ ])"
        rf"{_SET_NUMBER}[ ]+(?:(?:als[ ]+[^\W\d_]+|neu|jetzt)[ ]+)?(?:eingestellt|gesetzt"
        r"|gewählt|programmiert|festgelegt|vergeben|eingespeichert|gespeichert)(?![^\W\d_])"
        r"|(?<![^\W\d_])(?:set|changed|reset|programmed)[ ]+(?:(?:it|the|my|our|this)[ ]+"
        # (the device named in up to three words: "the back door smart lock")
        r"(?:[^\W\d_]+[ ]+){0,3})?(?:to|as)[ ]+(?<![\w+\-/.€$£#,]|\d[ ])"
        rf"{_SET_NUMBER}"
        # opened with it (before or after the verb: the sentence is asked for one)
        r"|(?<![^\W\d_])(?:mit|with|using)[ ]+(?:(?:dem|der|the|code|pin|zahl|nummer|number"
        # (round 50: the star key pressed first, "opens with *7749"; "#" leads an issue's)
        r"|kombination|combination)[ ]+){0,2}\*?(?<![\w+\-/.€$£#,]|\d[ ])"
        rf"{_SET_NUMBER}"
    )
    + r"(?![\w\-/%]|[.,:]\d|[ ]\d)"
)
_OPEN_VERB = re.compile(
    umlaut_spellings(
        r"(?i)(?<![^\W\d_])(?:entschärf|deaktivier|ausschalt|abschalt|aus[ ]+schalt|öffn|aufmach"
        r"|auf[ ]+mach|aufsperr|entsperr|aufschließ|disarm|deactivat|unlock|open|turn(?:s|ed)?"
        r"[ ]+off|switch(?:es|ed)?[ ]+off)[^\W\d_]*|(?:geht|gehen|ging)(?=[^.!?\n]*[ ]auf"
        r"(?![^\W\d_]))"
    )
)
_LOCK_NOUN_RE = re.compile(rf"(?i){_LOCK_NOUN}")


def set_code_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Codes set on a lock or as a PIN, and locks opened with a number (``_SET_CODE``)."""
    if _SET_HINT.search(low) is None or _LOCK_HINT.search(low) is None:
        return []
    spans = []
    for m in _SET_CODE.finditer(text):
        start, end = m.span("v")
        first = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        last = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
        if not _names_lock(text, first, last):
            continue
        if m.group().lower().startswith(("mit", "with", "using")):
            if _OPEN_VERB.search(text, first, last) is None:
                continue
        elif m.group()[:1].isalpha() and _ALARM_CLOCK.search(text, first, start):
            continue  # "set the alarm to 0630": a clock
        if _OTHER_NUMBER_BEFORE.search(text, max(first, start - 30), start):
            continue
        value = _not_a_year(text, _unless_amount_or_year(text, start, end))
        if value is not None:
            spans.append(value)
    return spans


def _names_lock(text: str, first: int, last: int) -> bool:
    """Whether ``text[first:last]`` names a lock, a PIN or a code (not a zip or error code)."""
    for noun in _LOCK_NOUN_RE.finditer(text, first, last):
        if not noun.group().lower().startswith("code"):
            return True
        if _OTHER_CODE_BEFORE.search(text, max(0, noun.start() - 16), noun.start()) is None:
            return True
    return False


# (not an alarm named as the device one types on: "the alarm keypad", "alarm system")
_ALARM_CLOCK = re.compile(
    r"(?i)(?<![^\W\d_])(?:alarm|wecker|timer|clock|uhr)(?![^\W\d_])"
    r"(?![ \-]?(?:panel|keypad|system|anlage|pad|tastatur|code|pin))"
)


# A code received as a message's content: "I got a text with 7 3 9 2 1 0 to confirm the
# payment", "hab eine SMS mit 482913 bekommen" (a receiving word in its sentence; not a
# number the message names as an order's or an invoice's)
_CHANNEL_WITH_HINT = stdre.compile(
    r"(?:text|sms|mail|nachricht)(?: message)? (?:with|saying|containing|mit|that says"
    r"|which says|die|:)"
)
_CHANNEL_WITH = re.compile(
    r"(?i)(?<![^\W\d_])(?:an?|the|eine|die|ne|einer|der)[ ]+(?:text(?:[ ]+message)?|sms"
    r"|e-?mail|mail|textnachricht|nachricht|push[ \-]?nachricht)[ ]+(?:with|saying|containing"
    r"|mit|that[ ]+says|which[ ]+says|die[ ]+sagt|:)[ ]+(?:(?:the|a|dem|der|einem|einer|code"
    r"|number|nummer|zahl|pin|tan)[ ]+){0,2}(?<![\w+\-/.€$£#,]|\d[ ])"
    rf"(?P<v>\d{{4,8}}|{_GROUPED})(?![\w\-/%]|[.,:]\d|[ ]\d)"
)
_RECEIVING = re.compile(
    r"(?i)(?<![^\W\d_])(?:got|get|gets|received|receive|bekommen|bekomme|erhalten|bekam|kam"
    r"|came|kriegt|gekriegt|krieg|arrived|angekommen|sent|geschickt|gesendet|texted)"
    r"(?![^\W\d_])"
)
_NAMED_AFTER = re.compile(
    r"(?i)[^.!?\n]{0,30}?(?<![^\W\d_])(?:[^\W\d_]*(?:number|nummer|nr|reference|referenz|order"
    r"|bestell|rechnung|invoice|ticket|tracking|sendung)[^\W\d_]*|id)(?![^\W\d_])"
)


def channel_with_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Numbers a text message or mail brought (``_CHANNEL_WITH``)."""
    # plain substring tests first: every match names one of these channels
    if not ("text" in low or "sms" in low or "mail" in low or "nachricht" in low):
        return []
    if _CHANNEL_WITH_HINT.search(low) is None:
        return []
    spans = []
    for m in _CHANNEL_WITH.finditer(text):
        start, end = m.span("v")
        first = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        last = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
        if _RECEIVING.search(text, first, last) is None or _NAMED_AFTER.match(text, end):
            continue
        value = _not_a_year(text, _unless_amount_or_year(text, start, end))
        if value is not None:
            spans.append(value)
    return spans


# A code in the imperative a service's text message puts it in, with what it is for and no
# code word (round 35): "Use 90-21-77 to sign in to your account", "Enter 7734 to confirm
# your number", "Verwenden Sie 482913 zum Anmelden"; a port, a year or an amount is never
# told to be used to sign in or confirm.
_IMPERATIVE_HINT = stdre.compile(
    r"(?:use|enter|type|verwenden sie|nutzen sie|geben sie|gib) (?:the code |code )?[\w\- ]{4,11}"
    r" (?:to|um|zum|zur) "
)
_IMPERATIVE = re.compile(
    r"(?i)(?<![^\W\d_])(?:use|enter|type|verwenden[ ]+sie|nutzen[ ]+sie|geben[ ]+sie|gib)[ ]+"
    rf"(?:(?:the[ ]+)?code[ ]+)?(?:{_NUMBER}|{_ALNUM})[ ]+(?:to|um|zum|zur)[ ]+"
    r"(?:[^\W\d_]+[ ]+){0,2}?(?:sign|log|confirm|verify|approve|complete|finish|activate"
    r"|reset|authenticate|authori[sz]e|unlock|anmelde|einlogg|bestätig|freigeb|aktivier"
    r"|verifizier)"
)


def imperative_code_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Codes a message tells its reader to use or enter for signing in (``_IMPERATIVE``)."""
    if _IMPERATIVE_HINT.search(low) is None:
        return []
    spans = []
    for m in _IMPERATIVE.finditer(text):
        start, end = m.span("v")
        value = m.group("v")
        if any(c.isalpha() for c in value):
            if _code_shape(value):
                spans.append((start, end))
            continue
        kept = _not_a_year(text, _unless_amount_or_year(text, start, end))
        if kept is not None:
            spans.append(kept)
    return spans


# Digits typed on a keypad and closed with its key: "4 7 2 9 und dann Raute", "7391 then #",
# "2580 then the hash key": a door's or phone menu's code as it is entered
# (not "enter": a form's field takes a year or an amount so too)
_KEYPAD_HINT = stdre.compile(r"\d[ ,]*(?:(?:und|and)[ ]+)?(?:dann|then|danach|gefolgt|followed)")
_KEYPAD = re.compile(
    r"(?i)(?<![\w+\-/.€$£#,]|\d[ ])(?P<v>\d{4,8}|\d(?:[ ]\d){3,7})[ ,]*(?:(?:und|and)[ ]+)?"
    r"(?:dann|then|danach|followed[ ]+by|gefolgt[ ]+von)[ ]+(?:(?:die|the|press|drücken)[ ]+)?"
    r"(?:#|raute|rautetaste|hash|pound|stern|star)(?![^\W\d_])"
)


def keypad_code_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Codes closed with a keypad's key (see ``_KEYPAD``)."""
    # plain substring tests for the hint's words first: every match holds one of them
    if (
        not (
            "then" in low
            or "dann" in low
            or "danach" in low
            or "gefolgt" in low
            or "followed" in low
        )
        or _KEYPAD_HINT.search(low) is None
    ):
        return []
    spans = []
    for m in _KEYPAD.finditer(text):
        value = _unless_amount_or_year(text, *m.span("v"))
        if value is not None:
            spans.append(value)
    return spans


# A value dictated a character at a time, with the case of its letters: "capital K, then 7,
# then lowercase m, q, then an exclamation mark", "großes K wie Kaufmann, 7, kleines m,
# Ausrufezeichen, 2009", "M wie Martha, a, x, 9, 9, dollar sign, Z". Items are single
# letters (with a case word or a spelling-alphabet word), digits, named symbols or a word
# spelled with hyphens ("w-o-l-f"), between commas or "then"/"dann". It is masked as one
# run when a letter is dictated with its case or a spelling word ("K wie Kaufmann") and a
# digit or symbol is among four or more items: nobody dictates an ordinary list so.
_CASE = umlaut_spellings(
    r"(?:capital|uppercase|upper[ \-]case|lowercase|lower[ \-]case|small|big|großes|großer|groß"
    r"|kleines|kleiner|klein)"
)
_SPELLING = umlaut_spellings(r"[A-Za-z][ ]+(?:wie|as[ ]+in|like|für)[ ]+[A-ZÄÖÜ][a-zäöüß]{2,15}")
_SYMBOL_NAME = umlaut_spellings(
    r"(?:(?:an?|ein(?:e|en)?)[ ]+)?(?:exclamation[ ]+(?:mark|point)|question[ ]+mark"
    r"|dollar(?:[ ]+sign)?|underscore|hash(?:tag)?|pound[ ]+sign|at[ ]+sign|ampersand|asterisk"
    r"|percent(?:[ ]+sign)?|hyphen|dash|plus(?:[ ]+sign)?|full[ ]+stop|period|dot|colon"
    r"|semicolon|slash|backslash|tilde|caret|ausrufezeichen|fragezeichen|dollarzeichen"
    r"|unterstrich|raute|rautezeichen|bindestrich|stern(?:chen)?|prozent(?:zeichen)?"
    r"|at-zeichen|klammeraffe|kaufmanns-und|und-zeichen|pluszeichen|doppelpunkt|schrägstrich)"
)
_DICTATED_ITEM = (
    rf"(?:(?P<case>(?i:{_CASE})[ ]+(?:letter[ ]+|buchstabe[ ]+)?[A-Za-z]"
    rf"(?:[ ]+(?:wie|as[ ]+in|like)[ ]+[A-ZÄÖÜ][a-zäöüß]{{2,15}})?)"
    rf"|(?P<spell>{_SPELLING})|(?P<sym>(?i:{_SYMBOL_NAME}))"
    r"|(?P<digit>\d{1,8}(?:[ ]\d){0,7})|(?P<letter>[A-Za-z](?:-[A-Za-z0-9]){0,20}))"
    r"(?![^\W_])"
)
_DICTATED_SEP = r"(?:[ ]*,[ ]*|[ ]+)(?:(?:and[ ]+then|und[ ]+dann|then|dann|danach|and|und)[ ]+)?"
_DICTATED = re.compile(
    rf"(?<![^\W_]|[^\W_][ ,]|-){_DICTATED_ITEM}(?:{_DICTATED_SEP}{_DICTATED_ITEM}){{3,40}}"
)
# a letter with its case or spelling word, looked for at C level before the full run (in
# the case one writes them; a spelling word is found by the space before it)
_DICTATED_HINT = stdre.compile(
    r"(?:[Cc]apital|[Uu]pper|[Ll]ower|[Ss]mall|[Bb]ig|[Gg]ro(?:ß|ss)|[Kk]lein)[a-zß \-]{0,8}[ ]"
    r"(?:letter[ ]+|buchstabe[ ]+)?[A-Za-z](?![^\W_])"
    r"|(?<![^\W_][A-Za-z])(?<=[A-Za-z])[ ](?:wie|as in|like|für)[ ]+[A-ZÄÖÜ]"
)


def _has_dictation_word(text: str) -> bool:
    """A plain substring scan for a case or spelling word (cheaper than any regex)."""
    return (
        "apital" in text
        or "pper" in text
        or "ower" in text
        or "mall " in text
        or "ig " in text
        or "roß" in text
        or "ross" in text
        or "lein" in text
        or " wie " in text
        or " as in " in text
        or " like " in text
        or " für " in text
    )


def dictated_spans(text: str) -> list[tuple[int, int]]:
    """Values dictated a character at a time (see ``_DICTATED``)."""
    # four items or more: two commas at least, or a "then" between them
    if text.count(",") < 2 and "then" not in text and "dann" not in text:
        return []
    if not _has_dictation_word(text) or _DICTATED_HINT.search(text) is None:
        return []
    spans = []
    for m in _DICTATED.finditer(text):
        marked = m.captures("case") or m.captures("spell")
        if not marked or not (m.captures("digit") or m.captures("sym")):
            continue
        if not (m.captures("letter") or len(marked) > 1 or m.captures("spell")):
            continue  # letters only with their case or spelling word, at least two of them
        spans.append(m.span())
    return spans


# A value spelled a character at a time with hyphens, letters and digits both
# ("R-O-S-E-B-U-D-9-9"), with a note on how it is typed or that it was spelled ("all caps, I
# spelled it", "alles klein, buchstabiert"): a secret dictated with care even when no
# password word is said. A name or number so spelled after its own word ("customer number",
# "user name", "Kennzeichen") is that thing's.
_HYPHEN_SPELLED = stdre.compile(
    r"(?<![\w\-])(?=[^\s]*\d)(?=[^\s]*[^\W\d_])\w(?:-\w){5,39}(?![\w\-])"
)
_HYPHEN_HINT = stdre.compile(r"\w-\w-\w-\w-\w-\w")
_TYPING_NOTE = re.compile(
    umlaut_spellings(
        r"(?i)(?<![^\W\d_])(?:spell(?:ed|t)?|buchstabier(?:t|e)?|all[ ]+caps|caps|(?:upper|lower)"
        r"[ \-]?case|capitals|gro(?:ß|ss)buchstaben|kleinbuchstaben|gro(?:ß|ss)[ ]?geschrieben"
        r"|klein[ ]?geschrieben|alles[ ]+(?:klein|groß|gross)|case[ \-]sensitive)(?![^\W\d_])"
    )
)
_NOTE_REACH = 60
_SPELLED_OTHER_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:[^\W\d_]*(?:nummer|nr|name|kennzeichen)|number|no|id|user|login"
    r"|e-?mail|order|ticket|reference|ref|tracking|serial|plate|postcode|zip|plz|iban|account"
    r"|konto|kunde|customer|invoice|rechnung|vorgang|case|fall|sku|model|modell|street|straße"
    r"|strasse|city|stadt)(?![^\W\d_])[^.!?\n]*\Z"
)


def spelled_out_spans(text: str) -> list[tuple[int, int]]:
    """Values spelled with hyphens beside a typing note (see ``_HYPHEN_SPELLED``)."""
    if _HYPHEN_HINT.search(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    for m in _HYPHEN_SPELLED.finditer(text):
        start, end = m.span()
        sentence = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        before = text[max(sentence, start - _NOTE_REACH) : start]
        after_end = min(
            (i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text)
        )
        after = text[end : min(after_end, end + _NOTE_REACH)]
        if _TYPING_NOTE.search(before) is None and _TYPING_NOTE.search(after) is None:
            continue
        if _SPELLED_OTHER_BEFORE.search(text, max(sentence, start - _NOTE_REACH), start):
            continue  # "Kundennummer K-D-4-4-1-2, buchstabiert": the number's own spelling
        spans.append((start, end))
    return spans


def _mixed_groups(value: str) -> bool:
    """``8FQ2-KD7M``: every group mixes letters and digits (a user name such as
    ``anna-1234`` does not)."""
    groups = value.replace(" ", "-").split("-")
    return all(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in groups)


_YEAR_ALONE = stdre.compile(r"(?:19|20)\d\d")


# A wallet's or an app's recovery phrase ("seed phrase: orange velvet candle …", "die
# Wiederherstellungsphrase lautet …", "my recovery words are …"): after its word and a
# connector, a run of six to twenty-four lower-case words of three to eight letters, as the
# word lists have them; not a sentence about it (two common words in it). Round 40: the
# list announced by its count ("Die 24 Wörter vom Wallet-Backup:", "the 12-word list"), as
# a recovery key in German ("Wiederherstellungsschlüssel … lautet:"), or as a word
# generator's output ("diceware … kam raus: ajar fact bias 1912 lorry tumult"), whose
# lists may hold a number among the words; the label's sentence may hold a file's dots.
_PHRASE_HINT = stdre.compile(
    r"phrase|mnemonic|w(?:ords|örter|oerter)|-word|diceware|ngsschl(?:ü|ue)ssel"
)
PHRASE_HINT = _PHRASE_HINT  # (public: the pre-check's quiet scan reads it)
_WORD_COUNT = (
    r"(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen"
    r"|twenty(?:[ \-]four)?|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn"
    r"|achtzehn|zwanzig|vierundzwanzig)"
)
_PHRASE = re.compile(
    umlaut_spellings(
        r"(?i)(?<![^\W\d_])(?:(?:recovery|seed|backup|secret|wallet|wiederherstellungs"
        r"|sicherungs)[ \-]?(?:phrase|words|wörter|sätze?)|mnemonic(?:[ \-]?phrase)?"
        rf"|{_WORD_COUNT}(?:[ \-]+[^\W\d_]{{3,20}})?[ \-]+(?:words|wörter)|{_WORD_COUNT}-word"
        r"|(?:wiederherstellungs|sicherungs)schlüssel|diceware)"
        r"(?![^\W\d_])(?:[^.!?\n:=]|\.(?=\S)){0,60}?(?:[:=]|(?<![^\W\d_])(?:is|are|was|were|ist"
        r"|sind|war|waren|lautet|lauten|lautete|kam[ ]+raus|came[ ]+out(?:[ ]+as)?|gave(?:[ ]+me)?"
        r"|ergab|output)(?![^\W\d_]))[ ]*:?[ ]*[\"'„“]?"
    )
    + r"(?P<v>(?-i:[a-z]{3,8}(?:[ ]+(?:[a-z]{3,8}|\d{1,4})){5,23}))(?![\w\-])"
)
_COMMON_WORDS = frozenset(
    "the and for you are was were this that with from have has had not but can where what"
    " when how why who which will would should could does did there here they them then"
    " than just also only into about your our its his her she him all any some one two"
    " der die das und ist sind war ein eine einen nicht mit von für auf was wie wo wer"
    " ich wir sie ihr mir mich uns kann habe hab noch schon auch aber oder dann".split()
)


def phrase_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the recovery phrases in ``text`` (see ``_PHRASE``)."""
    if _PHRASE_HINT.search(low) is None:
        return []
    spans = []
    for m in _PHRASE.finditer(text):
        items = m.group("v").split()
        if sum(w in _COMMON_WORDS for w in items) < 2 and sum(w.isdigit() for w in items) < 2:
            spans.append(m.span("v"))
    return spans


# A YubiKey's one-time password: 32 to 48 characters of its "modhex" alphabet (the 16
# letters cbdefghijklnrtuv), which no word of a language is, beside "OTP" or "YubiKey"
#: The words a YubiKey's one-time password needs beside it (the pre-check's quiet scan
#: reads them too)
YUBIKEY_WORDS = (_OTP_WORD, _YUBI_WORD) = ("otp", "yubi")
_MODHEX = stdre.compile(r"(?<![A-Za-z0-9])[cbdefghijklnrtuv]{32,48}(?![A-Za-z0-9])")


def yubikey_otp_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the YubiKey one-time passwords in ``text``."""
    if _OTP_WORD not in low and _YUBI_WORD not in low:
        return []
    return [m.span() for m in _MODHEX.finditer(text)]


def _not_a_year(text: str, value: tuple[int, int] | None) -> tuple[int, int] | None:
    """``value`` unless it reads as a year ("the text says 2024 was …")."""
    if value is not None and _YEAR_ALONE.fullmatch(text, *value):
        return None
    return value


def _unless_amount_or_year(text: str, start: int, end: int) -> tuple[int, int] | None:
    if _UNIT_AFTER.match(text, end) or _YEAR.search(text, max(0, start - 8), end):
        return None
    if _TAIL_OF_NUMBER.search(text, max(0, start - 30), start):
        return None
    return start, end


def code_without_word(text: str, low: str) -> bool:
    """The tests of ``has_code_word`` that need no word of a code, a recovery phrase or a
    YubiKey (``low``: ``text.lower()``): a value spelled with hyphens beside a typing note
    (``spelled_out_spans``), a number received by SMS, digits closed with a keypad's key
    and a dictated value (the pre-check asks these alone of a text with none of the words)."""
    if "-" in text and spelled_out_spans(text):
        return True
    if _DIGIT.search(text) and (
        received_code_spans(text, low)
        or keypad_code_spans(text, low)
        or set_code_spans(text, low)
        or channel_with_spans(text, low)
        or imperative_code_spans(text, low)
        or pairing_passkey_spans(text, low)
    ):
        return True
    return bool(dictated_spans(text))


def has_code_word(text: str, low: str | None = None) -> bool:
    """Whether ``text`` (normalised) holds a code word: nothing here matches without one,
    but for ``code_without_word``'s values. ``low`` is ``text.lower()`` when the caller has
    it."""
    if low is None:
        low = text.lower()
    return _code_word_before_spelled(text, low) or bool(
        _HINT.search(low) is not None and spelled_code_spans(text, low)
    )


def _code_word_before_spelled(text: str, low: str) -> bool:
    """``has_code_word`` but for its last test, a code read out in digit words after its
    word (``spelled_code_spans``): ``may_find`` asks that one itself, once."""
    if code_without_word(text, low):
        return True
    if phrase_spans(text, low) or yubikey_otp_spans(text, low):
        return True
    if _HINT.search(low) is None:
        return False
    if _TRIGGER.search(text) is not None or "+cpin=" in low:
        return True
    # a bare "code" before a grouped number, a code word before digit words
    for bare in _BARE_CODE.finditer(text) if "code" in low else ():
        if _bare_code_value(text, bare.start(), bare.end()) is not None:
            return True
    return (
        "code" in low
        and _SECURITY_CODE.search(text) is not None
        and bool(one_time_code_spans(text))
    )


def may_find(text: str, low: str) -> bool:
    """Whether the recognizer may find a code in (normalised) ``text`` at all (``low``:
    ``text.lower()``; asked by the pre-check): each span it reports comes from a test of
    ``has_code_word`` or is a code read out in digit words after its word, and that word
    may be a password word, which no code word is ("Passwort: vier sieben eins eins").
    A password word alone ("I forgot my password") opens the recognizer no more (r44-speed)."""
    # (``has_code_word`` or the spelled codes: its last test is that one, asked once here)
    return _code_word_before_spelled(text, low) or bool(spelled_code_spans(text, low))


def one_time_code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the codes in ``text`` (normalised), at most one per code word."""
    return run_steps(one_time_code_steps(text))


# code words judged between two slices: a flood of "TAN 1234 " (220 in 2,000 characters)
# held the event loop for 5-8 ms in one piece
_TRIGGERS_PER_SLICE = 48


def one_time_code_steps(
    text: str, *, fine: bool = False
) -> Generator[None, None, list[tuple[int, int]]]:
    """``one_time_code_spans`` in slices: yields after every ``_TRIGGERS_PER_SLICE`` code
    words (``fine``: after every one), so ``redact_async`` can let the event loop run; the
    same spans."""
    spans: list[tuple[int, int]] = []
    if "+CPIN" in text or "+cpin" in text:
        # a modem's SIM PIN set by its AT command ('AT+CPIN="4711"', with the PUK first
        # when it unblocks: 'AT+CPIN="12345678","4711"'; round 61)
        spans.extend(m.span() for m in _AT_CPIN_VALUE.finditer(text))
    low = text.lower()
    if _HINT.search(low) is None:
        return spans
    for count, trigger in enumerate(_TRIGGER.finditer(text), 1):
        if fine or count % _TRIGGERS_PER_SLICE == 0:
            yield
        word = trigger.group()
        if (
            _TAN_WORD.fullmatch(word.split("-")[0].split(" ")[0])
            and not _TAN_CAPS.search(word)
            and _TAN_TYPED_SMALL.match(text, trigger.end()) is None
        ):
            continue  # lower-case "tan": a colour or a word, not a TAN
        if _RECOVERY_WORD.match(word):
            codes = _recovery_codes(text, trigger.end())
            if _SECURITY_KEY_WORD.match(word):
                # a security key (a device's, a YubiKey's) has a serial number: only a code
                # of letters and digits in groups is the key shown to be typed
                codes = [v for v in codes if _code_shape(text[v[0] : v[1]])]
            spans.extend(v for v in codes if v not in spans)
            continue
        if word[:1] in "2MmSsTt" and _SHOWN_WORD_RE.fullmatch(word) is not None:  # "2FA says"
            value = _not_a_year(text, _value_after(text, trigger.end(), _SHOWN_AFTER))
            if value is None and _BARE_WORD.fullmatch(word) is not None:
                value = _value_after(text, trigger.end(), _IMMEDIATE)
        elif _BARE_WORD.fullmatch(word) is not None:
            value = _value_after(text, trigger.end(), _IMMEDIATE)
            if value is None and _HELD_WORD.fullmatch(word) is not None:
                value = _value_after(text, trigger.end(), _CONNECTED_AFTER)
                if value is None:  # "the keypad by the gate is 4 8 2"
                    value = _value_after(text, trigger.end(), _SHORT_LOCK_AFTER)
        elif _HELD_WORD.fullmatch(word) is not None:
            if _COMPOUND_AFTER.match(text, trigger.end()) and not _CODE_FOR_WORD.fullmatch(word):
                continue  # "PIN-Brief": the letter, not the code
            value = _value_after(text, trigger.end(), _HELD_AFTER)
            if value is None and _PASSCODE_WORD.search(word):
                value = _value_after(text, trigger.end(), _PASSCODE_AFTER)
            if value is None:  # "… are both 2580 (pin)": the word in brackets after it
                value = _value_before(text, trigger.start(), _HELD_BEFORE)
            if value is None:  # "8830 is the PIN for the garage", "5521 ist die PIN vom …"
                value = _not_a_year(text, _value_before(text, trigger.start(), _STATED_BEFORE))
            if value is None:  # "Q: what's the PIN for …? A: 55 19 08"
                value = _value_after(text, trigger.end(), _ANSWERED)
            if value is None and _LOCK_IN_WORD.search(word):  # "Code vom Safe: 7 3 9"
                value = _value_after(text, trigger.end(), _SHORT_LOCK_AFTER)
            if value is None:  # "asks for a passcode, I use 558 922"
                value = _not_a_year(text, _value_after(text, trigger.end(), _USED_AFTER))
            if value is None:  # "the PUK now. It's printed on the card: 84930217"
                value = _value_after(text, trigger.end(), _NEXT_SENTENCE)
            if value is None:  # "the code for the locker is KX4471"
                value = _value_after(text, trigger.end(), _STATED_TOKEN)
            if value is None and _NETWORK_WORD.match(word):  # "WLAN-Key ist Kx7-bW2q-44pl"
                value = _value_after(text, trigger.end(), _NETWORK_KEY_AFTER)
            if value is None and _LOCK_IN_WORD.search(word):  # "Tresor-PIN 4471A"
                value = _value_after(text, trigger.end(), _LOCK_TOKEN)
            if value is None:  # "PIN 7F3A-9C1E": groups that each mix letters and digits
                value = _value_after(text, trigger.end(), _HELD_GROUPS)
                if value is not None and not _mixed_groups(text[value[0] : value[1]]):
                    value = None
        else:
            value = (
                _value_after(text, trigger.end(), _AFTER)
                or _value_before(text, trigger.start())
                or _value_after(text, trigger.end(), _NEXT_SENTENCE)
            )
            if value is None:  # "verification code … was 8FQ2-KD7M": letters and digits
                value = _alnum_after(text, trigger.end(), _AFTER_RECOVERY)
            if value is None:  # "Freischaltcode lautet: K7P-QX2-M9L"
                value = _alnum_after(text, trigger.end(), _AFTER_ALNUM)
            if value is None:  # "access_code=A1B2C3D4"
                value = _value_after(text, trigger.end(), _KEYED_TOKEN)
            if value is None:  # "Tresorcode ist Zsfghj9128734"
                value = _value_after(text, trigger.end(), _STATED_TOKEN)
            if value is None:  # "Steam Guard code was FR8RV"
                value = _value_after(text, trigger.end(), _CAPS_TOKEN)
            if value is None:  # "passcode for the app, I use 558 922"
                value = _not_a_year(text, _value_after(text, trigger.end(), _USED_AFTER))
            if value is None:  # "per SMS auf +43 …, aber wenn ich 035269 eingebe"
                value = _not_a_year(text, _value_after(text, trigger.end(), _ENTERED_AFTER))
            if value is None and _LOCK_IN_WORD.search(word):  # "Türcode 2468B"
                value = _value_after(text, trigger.end(), _LOCK_TOKEN)
            if value is None:  # "Pairing code für die Bridge: 274-913-58" (round 61)
                value = _grouped_after_colon(text, trigger.end())
        if value is None:  # "das Einmalkennwort lautet\nHX 4R 9T 2W"
            value = _alnum_after(text, trigger.end(), _NEXT_LINE, digits=True)
        if value is None:  # "Torcode Lieferanteneinfahrt #4417*": typed with its keys
            value = _value_after(text, trigger.end(), _KEYED_AFTER)
        # a second code word whose value the first one took: "safe code and garage code
        # are 2741 and 66120" gives the values in the words' order
        while value is not None and _joined_next(text, value[1]) and value in spans:
            after = _LIST_NEXT.match(text, value[1])
            if after is None or after.start("v") == value[1] or not _JOINED.match(text, value[1]):
                break
            value = _unless_amount_or_year(text, *after.span("v"))
        if value is not None and value not in spans:
            spans.append(value)
    for bare in _BARE_CODE.finditer(text) if "code" in low else ():
        value = _bare_code_value(text, bare.start(), bare.end())
        if value is not None and value not in spans:
            spans.append(value)
    spans.extend(_same_kind(text, spans))
    for value in list(spans):
        corrected = _correction(text, value)
        if corrected is not None and corrected not in spans:
            spans.append(corrected)
        spans.extend(v for v in _listed_after(text, value) if v not in spans)
    for security in _SECURITY_CODE.finditer(text) if "code" in low else ():
        if _FOR_ACCOUNT.match(text, security.end()):  # "Sicherheitscode fürs Kundenkonto: 4477"
            value = _value_after(text, security.end(), _HELD_AFTER)
            if value is not None and value not in spans:
                spans.append(value)
                continue
        value = _value_after(text, security.end(), _AFTER)
        if value is not None and value not in spans:
            digits = sum(ch.isdigit() for ch in text[value[0] : value[1]])
            if digits >= 5:  # a card's security code has 3 or 4 digits
                spans.append(value)
        # letters and digits are no card's code: "security code from the email: X7Q-PL9"
        value = value or _alnum_after(text, security.end(), _AFTER_ALNUM)
        if value is not None and value not in spans:
            if any(ch.isalpha() for ch in text[value[0] : value[1]]):
                spans.append(value)
    # "0 0 0 0 war die Standard PIN, die haben wir geändert": no one's code now
    return drop_samples(text, spans, no_code)


# the fewest digits of a code whose like elsewhere in its message is a code too
_SIBLING_DIGITS = 6
_ANY_NUMBER = re.compile(_NUMBER)


def _same_kind(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Further numbers with the digit count of a code of six or more digits found in
    ``text``: a message that gives one such code and another number of its length gives a
    second try or a new code ("I type 481 920 … Second try with 207 553", "SMS-Code war
    730518 … nochmal angefordert: 094 612"); not one another noun names, an amount, a year."""
    counts = set()
    for start, end in spans:
        value = text[start:end]
        digits = sum(c.isdigit() for c in value)
        if digits >= _SIBLING_DIGITS and digits == len(value.replace(" ", "").replace("-", "")):
            counts.add(digits)
    if not counts:
        return []
    found: list[tuple[int, int]] = []
    for m in _ANY_NUMBER.finditer(text):
        start, end = m.span("v")
        if (start, end) in spans or sum(c.isdigit() for c in m.group("v")) not in counts:
            continue
        if _OTHER_NUMBER_BEFORE.search(text, max(0, start - 30), start):
            continue
        kept = _unless_amount_or_year(text, start, end)
        if kept is not None:
            found.append(kept)
    return found


def _code_shape(value: str) -> bool:
    """A code of letters and digits in groups (``_ALNUM``): a group mixes both, at most one
    group lacks a digit, and a group of letters alone comes with no lower-case letter
    (``HX 4R 9T 2W``, ``K7P-QX2-M9L``; not ``anna-1234``, ``INC-4471``, ``AB 12 CD 34``)."""
    groups = value.replace(" ", "-").split("-")
    if (
        len(groups) >= 3
        and " " not in value
        and value.upper() == value
        and {g.isdigit() for g in groups} == {True, False}
        and all((g.isdigit() or g.isalpha()) and 2 <= len(g) <= 3 for g in groups)
    ):
        # "48-JK-73": short groups of digits and of capitals, joined as one code (not a
        # reference's longer parts: "OCA-ACT-7781-2201", "4711-0815-ABCD")
        return True
    if len(groups) < 2 or not any(
        any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in groups
    ):
        return False
    letter_groups = [g for g in groups if not any(c.isdigit() for c in g)]
    if len(letter_groups) > 1:
        return False
    return not letter_groups or not any(c.islower() for c in value)


def _alnum_after(
    text: str, pos: int, after: re.Pattern[str], *, digits: bool = False
) -> tuple[int, int] | None:
    """The value ``after`` finds at ``pos`` when it is a code of letters and digits in the
    shape of one (``_code_shape``), or with ``digits`` a number."""
    value = _value_after(text, pos, after)
    if value is None:
        return None
    code = text[value[0] : value[1]]
    if (digits and code.replace(" ", "").replace("-", "").isdigit()) or _code_shape(code):
        return value
    return None


def _correction(text: str, value: tuple[int, int]) -> tuple[int, int] | None:
    """The number that corrects the code at ``value`` right after it, of the same length."""
    m = _CORRECTED.match(text, value[1])
    if m is None:
        return None
    start, end = m.span("v")
    if _OTHER_NUMBER_BEFORE.search(text, max(0, start - 30), start):
        return None  # "(die alte Kundennummer war 4471)": that number's
    digits = sum(c.isdigit() for c in text[value[0] : value[1]])
    if sum(c.isdigit() for c in text[start:end]) != digits:
        return None
    return _unless_amount_or_year(text, start, end)


def _digit_groups(code: str) -> bool:
    """A code written whole, or in groups of which two hold a digit ("4K8 P2Z") or whose
    letters are consonants only ("QXRT-84LM"): not a word and a number ("SAVE 20")."""
    groups = _GROUP_SPLIT.split(code)
    if len(groups) == 1 or sum(any(c.isdigit() for c in g) for g in groups) >= 2:
        return True
    # a device flow's letters leave out the vowels, so no group spells a word ("QXRT-84LM")
    return all(any(c.isdigit() for c in g) or not set(g) & set("AEIOUY") for g in groups)


def _bare_code_value(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """The value after a bare "code" at ``start:pos``: any number once the code was sent
    to the customer or when a correction follows it, else only a grouped six-digit one."""
    if _OTHER_CODE_BEFORE.search(text, max(0, start - 16), start):
        return None
    sent = _SENT.match(text, pos)
    if sent is not None:  # "492018 is the code I received by SMS": the number before too
        return _value_after(text, sent.end(), _AFTER) or _value_before(text, start)
    grouped = _value_after(text, pos, _AFTER_BARE) or _value_after(text, pos, _AFTER_DICTATED)
    if grouped is not None:
        return grouped
    shown = _value_after(text, pos, _AFTER_SHOWN_CODE)
    if (
        shown is not None
        and _digit_groups(text[shown[0] : shown[1]])
        and _OTHER_THING.search(text, pos, shown[0]) is None
        and _ENTRY_NEAR.search(text, *words.sentence_bounds(text, start, shown[1]))
    ):
        return shown  # "Gib auf deinem Handy den Code 4K8 P2Z ein": a pairing screen's code
    counted = _counted_value(text, start, pos)  # "the 8-digit code 14050471 is rejected"
    if counted is not None:
        return counted
    if _PLAIN_CODE_BEFORE.search(text, max(0, start - 12), start):  # "the code is 382904"
        stated = _value_after(text, pos, _STATED_SIX)
        if stated is not None:
            return stated
    tried = _value_after(text, pos, _TRIED_LIST)  # "entered wrong code 3 times: 4019, 4091"
    if tried is not None and _TRIED.search(text, max(0, start - 40), tried[0]) is not None:
        return tried
    plain = _value_after(text, pos, _AFTER)
    if plain is not None and _correction(text, plain) is not None:
        return plain  # a bare code's number corrected at once: the code the customer typed
    if plain is not None and _LOCK_BEFORE_CODE.search(text, max(0, start - 80), start):
        return plain  # "Alarmanlage: Code 9031": the alarm's code
    if plain is not None and _names_second_factor(text, start, plain[1]):
        return plain  # "den Code 660913 eingegeben, der per SMS kam": a one-time code
    if plain is not None and _one_time_just_before(text, start):
        return plain  # "… ein Einmalcode per SMS. Gestern kam der Code 404747 zu spät"
    if (
        plain is not None
        and _CODE_JUDGED.match(text, plain[1]) is not None
        and _OTHER_KIND_NEAR.search(text, max(0, start - 30), start) is None
    ):
        return plain  # "der Code 339021 funktioniert nicht": judged by whether it lets one in
    return _addressed_value(text, start, pos)


# Round 47: a bare "code"'s number judged in its sentence by whether it works, is valid or
# opens ("der Code 339021 funktioniert nicht", "Ist der Code 903114 noch gültig", "got the
# code, its 482913 but it says expired"): a number typed to get in; an error's, a postal or a
# voucher's code is named so before the word (``_OTHER_CODE_BEFORE``)
_CODE_JUDGED = re.compile(
    r"(?i)[^.!?\n]{0,50}?(?<![^\W\d_])(?:funktioniert\w*|geht|ging|klappt\w*|works?|worked"
    r"|working|valid|gültig|ungültig|invalid|expired|abgelaufen|rejected|abgelehnt|wrong|falsch"
    r"|accepted|akzeptiert|angenommen|öffnet|opens|unlock\w*|entsperr\w*)(?![^\W\d_])"
)
# ... unless a word of another kind of code stands shortly before the word ("the gift card
# code 8812 did not work", "Rabatt-Code", "the error code 5031 doesn't go away")
_OTHER_KINDS = (
    r"(?:gift|voucher|coupon|promo|discount|rabatt|gutschein|geschenk|error|fehler|status"
    r"|zip|postal|postleit|tracking|sendungs|order|bestell|product|produkt|item|artikel|tax"
    r"|steuer|http|exit|return)"
)
_OTHER_KIND_NEAR = re.compile(rf"(?i){_OTHER_KINDS}[^.!?\n]{{0,20}}\Z")


# A code addressed to its reader, in the words a service sends it with (round 35): "Your
# code is: K7XQ-2MPL", "Ihr Code für die Zahlung über 119,00 EUR lautet 447 210", "592 017
# is your code to approve …"; or the code a screen or mail asks its reader to enter, given
# after a colon ("Enter this code to finish signing in:" ⏎ "R 4 K 9 Z 2", "Geben Sie den
# Code auf example.com/tv ein: BKQP-DWXM"). Nobody addresses an error or a postal code so.
_YOUR = r"(?:your|ihr|ihre|ihren|dein|deine|deinen)"
# (a service's name may lead the word: "Ihr OneClick-Code: 552190"; round 63)
_ADDRESSED_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_]){_YOUR}[ ]+(?:(?!{_OTHER_KINDS})[^\W\d_]{{2,20}}-)?\Z"
)
_ENTER_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:enter|type|input|geben[ ]+sie|gib|gebt|tippen[ ]+sie|tippe)[ ]+"
    r"(?:(?:the|this|den|diesen|folgenden|following)[ ]+){1,2}\Z"
)
# (a sentence's words, an amount or a link's dots between the word and its connector)
_ADDRESSED_GAP = r"(?:[^.!?\n]|[.](?=[^\s.!?]))"
_ADDRESSED_CONN = r"(?:[ ]*:|[ ]+(?:is|ist|lautet|lautete|was|war)(?![^\W\d_])[ ]*:?)"
# the code read a character at a time ("R 4 K 9 Z 2") and a device code of capitals alone,
# as an OAuth device flow shows it ("BKQP-DWXM")
_SPACED_CHARS = (
    r"(?-i:(?<![\w\-])(?P<v>(?=[A-Z ]*\d)(?=[0-9 ]*[A-Z])[A-Z0-9](?:[ ][A-Z0-9]){3,7})"
    r"(?![\w\-]))"
)
_DEVICE_CODE = r"(?-i:(?<![\w\-])(?P<v>[A-Z]{4}(?:-[A-Z]{4}){1,2})(?![\w\-]))"
_ADDRESSED_AFTER = re.compile(
    rf"(?i)(?:(?!{_ADDRESSED_CONN}){_ADDRESSED_GAP}){{0,100}}+{_ADDRESSED_CONN}[ ]*"
    rf"(?:{_NUMBER}|{_SPACED_CHARS}|{_ALNUM})"
)
_ENTER_AFTER = re.compile(
    r"(?:[^.!?:\n]|[.](?=[^\s.!?])){0,80}:[ \t]*(?:\n[ \t]*){0,3}"
    rf"(?:{_NUMBER}|{_SPACED_CHARS}|{_DEVICE_CODE}|{_ALNUM})(?=[ \t]*(?:[\n.,;!?'\"]|\Z))"
)
_YOURS_BEFORE = re.compile(
    rf"{_NUMBER}[ ]+(?i:is|ist)[ ]+(?i:{_YOUR})[ ]+(?:[^\W\d_]{{2,16}}[ ]+)?\Z"
)


def _addressed_value(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """The code after a bare "code" at ``start:pos`` addressed to its reader (see
    ``_ADDRESSED_BEFORE``, ``_ENTER_BEFORE``), or before "is your code"."""
    head = max(0, start - 24)
    found = None
    if _ADDRESSED_BEFORE.search(text, head, start):
        found = _ADDRESSED_AFTER.match(text, pos)
        if found is None:
            return _value_before(text, start, _YOURS_BEFORE)  # "592 017 is your code"
    elif _ENTER_BEFORE.search(text, head, start):
        found = _ENTER_AFTER.match(text, pos)
    if found is None:
        return None
    start, end = found.span("v")
    value = text[start:end]
    if not any(c.isdigit() for c in value):
        return start, end  # a device code's capitals (only after an entering verb)
    if any(c.isalpha() for c in value):
        spaced = value.replace(" ", "")
        return (start, end) if _code_shape(value) or len(spaced) * 2 - 1 == len(value) else None
    if _OTHER_NUMBER_BEFORE.search(text, max(pos, start - 30), start):
        return None
    return _not_a_year(text, _unless_amount_or_year(text, start, end))


# A bare "code" with its length said before it ("the 6-digit code 482913", "der
# 8-stellige Code: 14050471"): the number right after it, when it has that many digits
_COUNT_BEFORE = re.compile(
    umlaut_spellings(
        r"(?i)(?<![\w\-])(?P<n>\d|four|five|six|seven|eight|vier|fünf|sechs|sieben|acht)"
        r"[ \-]?(?:digits?|stellige[nmrs]?|ziffrige[nmrs]?)[ ]+\Z"
    )
)
_COUNT_WORDS = {
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "vier": 4,
    "fünf": 5,
    "fuenf": 5,
    "funf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
}
_COUNTED_AFTER = re.compile(
    rf"(?i:[ ]*(?::|(?:is|was|ist|war|lautet|lautete)(?![^\W\d_]))?[ ]*){_NUMBER}"
)


# A bare "code" named by nothing but an article or a possessive (or opening its sentence or
# clause) and stated as six digits ("code is 382904", "mein Code war 550193", "Code:
# 771204"): the length of the codes an app or an SMS gives; another code is named by its
# kind ("HS code", "item code", "Fehlercode")
_PLAIN_CODE_BEFORE = re.compile(
    r"(?i)(?:\A|[\n.!?,;:(][ \t]*|(?<![^\W\d_])(?:the|my|your|this|that|der|den|die|das|dein"
    r"|mein|meinen|ihr|ihren|unser|unseren|our|new|neue[nr]?|neu)[ ]+)\Z"
)
_STATED_SIX = re.compile(
    r"(?i:[ ]*(?::|(?:is|was|ist|war|lautet|lautete)(?![^\W\d_])[ ]*:?)[ ]*)"
    r"(?<![\w+\-/.€$£#])(?P<v>\d{6})(?![\w\-/%]|[.,:]\d|[ ]\d)"
)


def _counted_value(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """The number right after a bare "code" at ``start:pos`` whose length was said before
    the word, when it has that many digits."""
    count = _COUNT_BEFORE.search(text, max(0, start - 24), start)
    if count is None:
        return None
    value = _value_after(text, pos, _COUNTED_AFTER)
    if value is None:
        return None
    n = count.group("n").lower()
    wanted = int(n) if n.isdigit() else _COUNT_WORDS.get(n)
    digits = sum(c.isdigit() for c in text[value[0] : value[1]])
    return value if digits == wanted else None


# A one-time code named in the sentence before a bare "code" ("sollte ein Einmalcode per SMS
# kommen. Gestern kam der Code 404747 erst nach 20 Minuten"): that code
_ONE_TIME_NAMED = re.compile(
    umlaut_spellings(
        r"(?i)(?<![^\W\d_])(?:(?:einmal|one[ \-]?time|verification|verifizierungs|bestätigungs"
        r"|2fa|sms|login|anmelde)[ \-]?(?:codes?|kennwort|passwort|password|pin)|t?otp"
        r"|(?-i:[m]?TAN))(?![^\W\d_])"
    )
)
_SENTENCE_END = stdre.compile(r"[.!?\n]")


def _one_time_just_before(text: str, start: int) -> bool:
    """Whether the sentence before the one of the bare "code" at ``start`` names a one-time
    code, and nothing in the code's own sentence before it reports a status."""
    first = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    if first == 0 or _REPORTED.search(text, first, start) is not None:
        return False
    return _ONE_TIME_NAMED.search(text, max(0, first - 160), first) is not None


# A list of codes tried: the numbers after a colon, two or more of one length ("entered wrong
# code 3 times: 4019, 4091, 4910", "PIN probiert: 1234, 4321 und 1111")
_TIMES = (
    r"(?:\d{1,2}[ ]?(?:times|x|mal)|twice|thrice|zweimal|dreimal|mehrmals|several[ ]+times"
    r"|mehrfach|again|nochmal)"
)
_LIST_NUMBER = r"(?<![\w+\-/.€$£#]|\d[ ])(?:\d{4,8}|\d{3}[ \-]\d{3})(?![\w\-/%]|[.:]\d|[ ]\d)"
_TRIED_LIST = re.compile(
    rf"(?i)[^.!?\n\d:]{{0,40}}?(?:{_TIMES}[^.!?\n\d:]{{0,12}}?)?:[ ]*(?P<v>{_LIST_NUMBER})"
    rf"(?=[ ]*(?:,|;|/|or|oder|and|und)[ ]*{_LIST_NUMBER})"
)
_TRIED = re.compile(
    r"(?i)(?<![^\W\d_])(?:entered|typed|tried|put[ ]+in|eingegeben|probiert|versucht|eingetippt"
    r"|getippt|enter|type|try|tippe|gebe)(?![^\W\d_])"
)
# the next item of such a list, of the same length
_LIST_NEXT = re.compile(rf"[ ]*(?:,|;|/)?[ ]*(?:(?:or|oder|and|und)[ ]+)?(?P<v>{_LIST_NUMBER})")


# "and"/"und" (or a comma, then one of them) between two values
_JOINED = re.compile(r"(?i)[ ]*,?[ ]*(?:and|und|&)[ ]+")


def _joined_next(text: str, pos: int) -> bool:
    """A plain look: "and"/"und"/"&" (after a comma maybe) follows ``pos``."""
    nxt = text[pos : pos + 8].lstrip(" ,")
    return nxt[:1] == "&" or nxt[:3].lower() in ("and", "und")


def _listed_after(text: str, value: tuple[int, int]) -> list[tuple[int, int]]:
    """The numbers listed right after the code at ``value`` with its digit count, when the
    sentence says they were tried ("entered 4019, 4091, 4910")."""
    nxt = text[value[1] : value[1] + 8].lstrip(" ")
    if not nxt or not (nxt[0] in ",;/" or nxt[:2].lower() in ("or", "od", "an", "un")):
        return []  # (most codes: no list after them; a plain look before any regex)
    if _LIST_NEXT.match(text, value[1]) is None:
        return []
    digits = sum(c.isdigit() for c in text[value[0] : value[1]])
    first = max(text.rfind(c, 0, value[0]) for c in ".!?\n") + 1
    last = min((i for i in (text.find(c, value[1]) for c in "!?\n") if i >= 0), default=len(text))
    if _TRIED.search(text, max(first, value[0] - 80), min(last, value[1] + 120)) is None:
        return []
    found: list[tuple[int, int]] = []
    pos = value[1]
    while len(found) < _MAX_LISTED:
        m = _LIST_NEXT.match(text, pos)
        if m is None or m.start("v") == pos:
            break
        start, end = m.span("v")
        if sum(c.isdigit() for c in text[start:end]) != digits:
            break
        found.append((start, end))
        pos = end
    return found


# A bare "code" right after the lock it opens, set off by a colon or dash: "Alarmanlage:
# Code 9031", "Hintertür - Code 4471", "back gate: code 5820"
_LOCK_BEFORE_CODE = re.compile(
    umlaut_spellings(
        r"(?i)(?:(?<![^\W\d_])(?:tür|door|gate|garage|eingang|entry|tresor|safe|schließfach"
        r"|locker|lockbox|schloss|alarm|briefkasten|tor(?![^\W\d_]))[^\W\d_]{0,16}"
        r"|[^\W\d_]{1,16}(?:tür|door|gate|garage|eingang|entry|tresor|safe|schließfach|locker"
        r"|schloss|alarm|briefkasten|tor)"
        # a keypad, an entrance, a lock box ("the keypad at the entrance, code 0890")
        r"|(?<![^\W\d_])(?:key[ ]?pad|entrance|lock[ ]?box|key[ ]?safe)[^\W\d_]{0,4})"
        # a few words on where it is before the colon or comma ("Tresor mit den
        # Recovery-Keys: Code 149802", "the keypad by the loading dock, code 7731")
        r"(?:[ ]+[^\W\d_]{1,16}(?:-[^\W\d_]{1,16})?){0,5}"
        r"[ ]*[:\-,][ ]*(?:(?:the|der|die|das|den)[ ]+)?\Z"
    )
)


# What makes a bare "code" in its sentence a one-time code: the channel it came through
# ("per SMS", "from the text message", "aus der Mail") or the second factor it is
# ("Zwei-Faktor-Anmeldung", "two-step", "authenticator")
_SECOND_FACTOR = re.compile(
    umlaut_spellings(
        r"(?i)(?<![^\W\d_])(?:(?:per|via|by|über|from|aus|in)[ ]+(?:(?:the|der|dem|a|an|einer"
        r"|your|my|meiner|eurer|ihrer)[ ]+)?"
        r"(?:sms|text|textnachricht|e-?mail|mail|nachricht|message)"
        r"|(?:zwei|two|2)[ \-]?(?:faktor|factor|fa|step|stufen|stufig|schritt)[^\W\d_]*"
        r"|authenticator[^\W\d_]*"
        # a card payment's check by the bank ("the bank's 3DS popup", "3-D Secure")
        r"|3[ \-]?d[ \-]?(?:s|secure)[^\W\d_]*)(?![^\W\d_])"
    )
)


# ... unless a system reports the code before it: "Error: Code 5003 beim SMS-Versand", "the
# SMS gateway returned code 4001" (a status, not what the customer typed)
_REPORTED = re.compile(
    r"(?i)(?<![^\W\d_])(?:[^\W\d_]*(?:error|fehler|status)[^\W\d_]*|returned|returns|says"
    r"|said|shows|zeigt|meldet|meldung|response|antwort|api|gateway|http|log|exception)"
    r"(?![^\W\d_])"
)


def _names_second_factor(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` (a bare "code" at ``start``, its number
    ending at ``end``) names the channel or the second factor and no report before it."""
    first = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    last = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    if _REPORTED.search(text, first, start) is not None:
        return False
    return _SECOND_FACTOR.search(text, first, last) is not None


def _recovery_codes(text: str, pos: int) -> list[tuple[int, int]]:
    """The backup or recovery codes after their word at ``pos``: the first in its sentence,
    then each one listed right after it (apart, by commas or one a line); or, when the
    sentence has none, the list under the word's line (a heading). A short-grouped value
    ("2FA-App") counts only when each group mixes letters and digits."""
    codes = _listed_codes(text, _AFTER_RECOVERY.match(text, pos))
    if codes:
        return codes
    # "these are my backup codes, which are still valid? 8842-1937 5520-6671": the list right
    # after the sentence that names them (two or more, so no stray number counts)
    codes = _listed_codes(text, _RECOVERY_NEXT_SENTENCE.match(text, pos))
    if len(codes) >= 2:
        return codes
    under = _RECOVERY_UNDER.match(text, pos)
    if under is not None and _code_shape(under.group("v")):
        return _listed_codes(text, under)
    codes = _listed_codes(text, _LIST_START.match(text, pos))
    if len(codes) < 2 and _HEADING_COLON.match(text, pos) is None:
        return []  # one number under a line that is no heading: not a list of codes
    return codes


def _listed_codes(text: str, m: re.Match[str] | None) -> list[tuple[int, int]]:
    """The code ``m`` found and the ones listed right after it."""
    codes: list[tuple[int, int]] = []
    while m is not None and len(codes) < _MAX_LISTED:
        value = _unless_amount_or_year(text, *m.span("v"))
        if value is None:
            break
        code = text[value[0] : value[1]]
        groups = code.replace(" ", "-").split("-")
        if (
            len(groups) > 1
            and min(map(len, groups)) < 4
            and not _mixed_groups(code)
            and not (len(groups) >= 3 and _code_shape(code))
        ):
            break  # (round 50: a printed code's letter prefix, "RCV-7Q2M-X9LP", is kept)
        codes.append(value)
        m = _NEXT_RECOVERY.match(text, m.end()) or _same_shape(text, m.end(), code)
    return codes


_ALNUM_CHAR = stdre.compile(r"[A-Za-z0-9]")


def _same_shape(text: str, pos: int, code: str) -> re.Match[str] | None:
    """The next line's item when it has the groups of ``code`` (the list's code before it):
    the same separator and lengths, in one case like it, no group an ordinary word."""
    m = _NEXT_LINE_ITEM.match(text, pos)
    if m is None:
        return None
    item = m.group("v")
    if _ALNUM_CHAR.sub("x", item) != _ALNUM_CHAR.sub("x", code):
        return None
    if (item.lower() != item and item.upper() != item) or any(
        g.lower() in words.dictionary() for g in stdre.split(r"[ \-]", item)
    ):
        return None
    return m


#: a code's digits in groups of two to four after its name's colon ("Kopplungscode: 2849
#: 1173", "Pairing code für die Bridge: 274-913-58"): the colon says the value follows
_GROUPS_AFTER_COLON = re.compile(
    r"(?:[ ]+(?:für|for|vom|von|of|zur|zum|to)[ ][^:\n\d]{1,30}?)?[ ]*:[ ]*"
    r"(?P<v>\d{2,4}(?:[ \-]\d{2,4}){1,3})(?![\w\-/]|[.,:]\d|[ ]\d)"
)


def _grouped_after_colon(text: str, pos: int) -> tuple[int, int] | None:
    """A code in digit groups right after its name and a colon, six to ten digits."""
    m = _GROUPS_AFTER_COLON.match(text, pos)
    if m is None or not 6 <= sum(c.isdigit() for c in m.group("v")) <= 10:
        return None
    return _value_after(text, pos, _GROUPS_AFTER_COLON)


#: the values of a modem's PIN command: 'AT+CPIN="4711"', 'AT+CPIN=12345678,4711'
_AT_CPIN_VALUE = re.compile(
    r"(?<=(?i:at\+cpin)=\"?|(?i:at\+cpin)=\"?\d{4,8}\"?,\"?)\d{4,8}(?=\"?(?:[,\s]|\Z))"
)


# every value holds a digit, at most this far after its word
_VALUE_REACH = 200
_DIGIT = stdre.compile(r"\d")


def _value_after(text: str, pos: int, after: re.Pattern[str]) -> tuple[int, int] | None:
    if _DIGIT.search(text, pos, pos + _VALUE_REACH) is None:
        return None
    m = after.match(text, pos)
    if m is None:
        return None
    start, end = m.span("v")
    if _OTHER_NUMBER_BEFORE.search(text, max(pos, start - 40), start):
        return None  # "…, Kundennummer 44881234": that number's, not the code
    if words.setting_after(text, pos):
        return None  # "GOTRUE_SMS_OTP_EXP=6000", "OTP_LENGTH=6": a setting of the codes
    return _unless_amount_or_year(text, start, end)


def _value_before(
    text: str, pos: int, before: re.Pattern[str] | None = None
) -> tuple[int, int] | None:
    if text[pos - 1 : pos] == "_":
        return None  # '…="6000", GOTRUE_SMS_OTP_EXP': the word inside a key's name
    m = (before or _BEFORE).search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    start, end = m.span("v")
    if _OTHER_NUMBER_BEFORE.search(text, max(0, start - 30), start):
        return None  # "Fehlercode E-4471 beim Freischaltcode": the error's number
    return _unless_amount_or_year(text, start, end)


class OneTimeCodeRecognizer(SpanRecognizer):
    """TANs, OTPs and other one-time codes next to their code word, as ``PASSWORD``."""

    NAME = "OneTimeCodeRecognizer"
    ENTITY = PASSWORD

    def load(self) -> None:
        """Nothing to load: regexes are compiled at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """One-time codes; see the module docstring for what counts."""
        return run_steps(self.analyze_steps(text, entities, fine=False))

    def analyze_steps(
        self, text: str, entities: list[str], *, fine: bool = True
    ) -> Generator[None, None, list[RecognizerResult]]:
        """``analyze`` in slices (see ``one_time_code_steps``); returns the same results."""
        spans = yield from one_time_code_steps(text, fine=fine)
        yield
        spelled = spelled_out_spans(text) if "-" in text else []
        low = text.lower()
        if _DIGIT.search(text):
            spelled += received_code_spans(text, low) + keypad_code_spans(text, low)
            if fine:
                yield
            spelled += set_code_spans(text, low) + channel_with_spans(text, low)
            if fine:
                yield
            spelled += imperative_code_spans(text, low) + pairing_passkey_spans(text, low)
            if fine:
                yield
        spelled += dictated_spans(text) + phrase_spans(text, low) + yubikey_otp_spans(text, low)
        if fine:
            yield
        return self._results(tuple(spans + spelled_code_spans(text) + spelled))
