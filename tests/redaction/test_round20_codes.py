"""Round twenty of issue 10, codes and PINs: an e-mail code and a one-time "number"; a
second factor or its channel that shows the code ("the 2FA says …", "die SMS zeigt …"); a
safe's or suitcase's combination; a code for what a door's app opens; a pause or a hedge
between a PIN word and its value, and the other value it may be ("or was it …"); a code of
letters and digits after "is"/"ist"; the value the customer uses ("I use …", "ich nehme
…"); the next sentence saying where the code stands ("It's printed on the letter: …");
digits read one at a time after "digits are"; a code set on a lock or as a PIN ("hab ich …
eingestellt", "set the safe to …"), a lock opened with a number ("entschärfen mit …"); a
code a text message brought ("got a text with …"); a list of codes tried. Examples written
here (none is a corpus item), through the whole redactor, with hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.redaction.helpers import assert_all_gone

# (cause, text, substrings that must not survive)
POSITIVES: list[tuple[str, str, list[str]]] = [
    ("e-mail code", "The e-mail code was 7QK-4M2, where does it go?", ["7QK-4M2"]),
    ("e-mail code", "E-Mail-Code: X9P-2KD kam eben an", ["X9P-2KD"]),
    ("one-time number", "the verification number from the bank is 604 118", ["604 118"]),
    ("one-time number", "Verifizierungsnummer lautet 771902", ["771902"]),
    ("shown", "my 2FA shows 940 117 but it keeps failing", ["940 117"]),
    ("shown", "the SMS said 551 203, typed it right away", ["551 203"]),
    ("shown", "Die SMS zeigt 660418 an, geht trotzdem nicht", ["660418"]),
    ("shown", "in der SMS steht 30 91 57", ["30 91 57"]),
    ("combination", "Safe combination 14-38-02, please keep it", ["14-38-02"]),
    ("combination", "Die Koffer-Kombination ist 4 7 1", ["4 7 1"]),
    ("code for, compound", "Code für die Garagen-Fernbedienung: 818", ["818"]),
    ("pause", "the PIN... 6 2 0 9 I hope", ["6 2 0 9"]),
    ("pause", "my voicemail PIN… 3390", ["3390"]),
    ("hedge", "PIN vielleicht 4471, bin nicht sicher", ["4471"]),
    ("or was it", "PUK 55190233 glaube ich, oder war es 55190332", ["55190233", "55190332"]),
    ("or was it", "my PIN is 3 3 0 8 I guess, or was it 3 8 0 3", ["3 0 8", "3 8 0 3"]),
    ("stated token", "the code for the locker is KX44718", ["KX44718"]),
    ("stated token", "Der Türcode ist tR7731q", ["tR7731q"]),
    ("used", "the app wants a passcode, I always use 902 114", ["902 114"]),
    ("used", "Der Tresor will einen Kenncode, ich tippe immer 4 0 2 2", ["4 0 2 2"]),
    ("next sentence", "Need the PUK. It is on the back of the card: 40918823", ["40918823"]),
    ("next sentence", "PIN vergessen? Die steht im Brief: 6620", ["6620"]),
    ("digits are", "the digits are 3-0-9-1 for the side door", ["3-0-9-1"]),
    ("digits are", "Die Ziffern sind 5 5 0 2, glaube ich", ["5 5 0 2"]),
    ("set on a lock", "Im Spind hab ich 4 0 9 1 eingestellt", ["4 0 9 1"]),
    ("set on a lock", "I set the padlock to 739 last week", ["739"]),
    ("set as PIN", "Für die SIM hab ich 9 9 0 1 als PIN gesetzt", ["9 9 0 1"]),
    ("opened with", "disarm the alarm with 6612 when you arrive", ["6612"]),
    ("opened with", "Der Tresor geht mit 190274 auf", ["190274"]),
    ("channel with", "I received a text message saying 508 331, was that you?", ["508 331"]),
    ("channel with", "Hab gerade eine SMS mit 771043 bekommen", ["771043"]),
    ("tried list", "typed the code twice: 8812, 8821", ["8812", "8821"]),
    ("tried list", "PIN eingegeben: 0911, 0191 und 1190", ["0911", "0191", "1190"]),
]


@pytest.mark.parametrize(("cause", "text", "gone"), POSITIVES)
def test_masked(redactor: Redactor, cause: str, text: str, gone: list[str]) -> None:
    assert_all_gone(redactor, cause, text, gone)


NEGATIVES: list[tuple[str, str]] = [
    ("booking number", "Bestätigungsnummer der Buchung: 48213"),
    ("sms number", "my SMS number is 01512345678"),
    ("shown year", "the text says 2024 was a record year"),
    ("shown count", "the app shows 1200 steps"),
    ("shown report", "the SMS gateway says 5003 error"),
    ("shown count", "the text message shows 2500 characters max"),
    ("compound letter", "PIN-Brief kam nicht an, Vorgang 4471"),
    ("or so", "die PIN hat 4 Stellen oder so"),
    ("stated count", "the verification code is 6digits"),
    ("stated word", "the door code is outdated"),
    ("used other", "the PIN works, I use version 2024 of the app"),
    ("next sentence other", "PIN vergessen. Meine Kundennummer: 44718823"),
    ("last digits", "the last digits are 2 2 0 9"),
    ("digits plain", "the digits are 12 and 18"),
    ("set clock", "I set the alarm to 0630 every day"),
    ("set other", "Ich habe die Temperatur auf 2100 gesetzt"),
    ("set year", "Der Code ist seit 2019 gesetzt"),
    ("set zip code", "I changed the zip code to 80331"),
    ("verify other", "please verify number 40112233 on the order"),
    ("once", "ruf noch einmal Nummer 44718823 an"),
    ("opened count", "the door opens with 30 seconds delay"),
    ("opened other", "open the invoice with 4471 as reference"),
    ("channel other", "I got an email with 40112233 as order number"),
    ("channel no receiving", "please send a text with 5 words"),
    ("list other", "error codes: 4019, 4091"),
    ("list untried", "codes 1001, 1002, 1003 are listed in the manual"),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_unchanged(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause
