"""Round 41 (conversations: customers who correct, retype and continue): a value the
conversation masked a message or two before is masked when it comes again, grouped alike or
not; the pieces of a code typed whole; after words that correct or offer another, a number
of as many digits as the PIN or card code just masked, and a password's number changed
where the message says; a long key pasted again with a character more; a passphrase typed
again with a word corrected; a second password of the same stem beside one masked. Each
has twins that stay: another thing's number (an order, a ticket, a branch), a number that
came unmasked in between, a year or an age, a correction of an e-mail address, "sorry,
wrong chat", a user name sharing a password's stem. Cases in our own words."""

from __future__ import annotations

import pytest

from redaction import Continuation, Redactor


def _talk(redactor: Redactor, messages: list[str]) -> list[str]:
    thread = Continuation(redactor)
    return [str(thread.redact(text).text) for text in messages]


MASKED = [
    # the value again, grouped alike or not
    (["the door pin is 3 9 2 7", "so 3927"], "3927"),
    (["the door pin is 3 9 2 7", "and 3927 works on the back door too"], "3927"),
    (
        ["keypad code for the storeroom is 6154 if anyone needs it", "then hit ENTER", "ok 6154"],
        "6154",
    ),
    (["recovery codes: 5512-0934 and 8870-1246", "hm, I think I burned 5512-0934"], "5512-0934"),
    (["card 4539 1488 0343 6467", "cvc is 8 1 5", "correction: 851. 8 5 1"], "8 5 1"),
    # the pieces of a code typed whole
    (["sms code", "913 2", "57", "oops, sent too soon: 913257"], "913257"),
    # after words that correct or offer another: as many digits as the PIN or code
    (["alarm pin is 7140", "wait, 7410"], "7410"),
    (["alarm pin is 7140", "please hurry", "sorry it's 7410, 7140 was last year's"], "7410"),
    (["alarm pin is 7140", "please hurry", "sorry it's 7410, 7140 was last year's"], "7140"),
    (["die PIN ist 2 6 8 1", "oder 2618, weiß nicht genau"], "2618"),
    (["code: 90 44 71", "nein falsch, das war der alte. 904417"], "904417"),
    (["amex 3714 496353 98431", "cid on the front: 5531", "nope, 5513 sorry"], "5513"),
    # a password's number changed where the message says so
    (["Kennwort: Tannenbaum.1987", "nein, es heißt 1988, die 7 ist eine 8"], "1988"),
    (["password for the shop admin is Sparrow42", "ugh, at the end it's 24"], "24"),
    # a long key pasted again with a character more
    (
        [
            "client secret: Qh7vT2mWk9Lp4Rz8Xc1Nb6Ys3Ud0Fe",
            "sorry, missed the last char when copying: Qh7vT2mWk9Lp4Rz8Xc1Nb6Ys3Ud0FeJ",
        ],
        "Qh7vT2mWk9Lp4Rz8Xc1Nb6Ys3Ud0FeJ",
    ),
    # a passphrase typed again with a word corrected
    (
        [
            "my seed words, written down at setup:",
            "lantern meadow copper violin harbor flint",
            "sorry, flint should be flirt. lantern meadow copper violin harbor flirt",
        ],
        "lantern meadow copper violin harbor flirt",
    ),
    # a PIN typed a digit at a time after its line, a remark after it; its alternative
    (["the pin for the door", "(the side one)", "is 8 2 7 5 but it beeps"], "8 2 7 5"),
    (
        [
            "the pin for the door",
            "is 8 2 7 5, but it beeps",
            "or 8257, someone may have changed it",
        ],
        "8257",
    ),
    # a card code typed a digit short while the card is remembered
    (["mastercard 5425 2334 3010 9903", "exp 11/28 cvc 47"], "47"),
    (["mastercard 5425 2334 3010 9903", "ok", "security code: 47"], "47"),
    # a second password of the same stem beside one masked
    (
        ["login is admin / Blue#Harbor7", "hm, Blue#Harbor7 is for test, live uses Blue#Delta9"],
        "Blue#Delta9",
    ),
]


@pytest.mark.parametrize(("messages", "value"), MASKED)
def test_recalled_value_is_masked(redactor: Redactor, messages: list[str], value: str) -> None:
    assert value not in _talk(redactor, messages)[-1]


UNCHANGED = [
    # another thing's number after a secret, with or without a correcting word
    ["alarm pin is 7140", "my order number is 7410"],
    ["alarm pin is 7140", "sorry, ticket 7410 is the one about the alarm"],
    ["die PIN ist 2 6 8 1", "also Filiale 2618 in Essen"],
    ["password: Kiesel#2291", "also the ticket number is 44102"],
    # a number of that length came unmasked in between: the correction is of that one
    ["alarm pin is 7140", "and the order is 5512", "sorry, 5521"],
    # a number said to be another thing; a card code's correction is a slip of it
    ["the code on the back is 815", "oh wait, 392 is my house number"],
    # a year, an age, a time
    ["alarm pin is 7140", "sorry, 2019 was when we set it up"],
    ["password for the shop admin is Sparrow42", "sorry, I'm 43 and not good with computers"],
    # a correction of an e-mail address after a password
    ["password: Kiesel#2291", "sorry, my e-mail is anna.kiesel@example.org, not anna@example.org"],
    ["alarm pin is 7140", "sorry, wrong chat"],
    # a correction of an order number after a password
    ["password: Kiesel#2291", "order 44102", "sorry, 44120"],
    # a user name that shares the password's stem
    ["my password is Sommer2024!", "and the user is Sommerfeld, Sommer2024! works elsewhere"],
    # a PIN's digits opening a sentence about them: the default, not the customer's
    ["the pin for the door", "0 0 0 0 was the factory pin, we changed it"],
    # a card code's length, not the code; a code's label without a card before it
    ["mastercard 5425 2334 3010 9903", "the cvc 12 digits thing, is that normal?"],
    ["mastercard 5425 2334 3010 9903", "cvv 3 digits right?"],
    ["the cvv 58 on my old card never worked"],
    # a network's name typed again with its band stays a name
    ["the wifi network at the shop doesn't show up: Kiosk77", "tried Kiosk77-5G too"],
    ["SSID ist Praxis2020", "auch Praxis2020_2.4GHz probiert"],
    # a short plain word said again is no echo of a password that was that word
    ["password: Rose", "Rose from accounts will call you"],
    # nothing masked before: nothing recalled
    ["the shop's branch is 7140", "sorry, 7410"],
]


def test_network_key_named_like_its_network_is_masked(redactor: Redactor) -> None:
    # a key may be its network's name: the message that gives it names the key
    out = _talk(redactor, ["SSID ist Praxis2020", "und das Passwort: Praxis2020"])
    assert "Praxis2020" not in out[-1]
    out = _talk(redactor, ["wifi network name is Kiosk77", "the wifi password is Kiosk77-5G"])
    assert "Kiosk77-5G" not in out[-1]


@pytest.mark.parametrize("messages", UNCHANGED)
def test_twin_stays(redactor: Redactor, messages: list[str]) -> None:
    last = messages[-1]
    out = _talk(redactor, messages)[-1]
    if "Sommer2024!" in last:
        assert "Sommerfeld" in out
    else:
        assert out == last
