"""Round 22, password phrasing: classes of phrasings and of false hits in long mails and
pastes, in our own words (EN, DE), each with look-alike negatives that must stay unchanged."""

from __future__ import annotations

import pytest

from redaction import Redactor, words

_REDACTOR = Redactor()


def _out(text: str) -> str:
    return str(_REDACTOR.redact_text(text))


def _masked(text: str, *values: str) -> None:
    out = _out(text)
    for value in values:
        assert value not in out, out
    assert "[PASSWORD]" in out, out


def _unchanged(text: str) -> None:
    assert _out(text) == text


# --- spellings of one password listed together, no password word: another case or sign
# ("X or x"), or another number in talk of trying or remembering
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("could be Marigold7 or marigold7, the capital always gets me", ("Marigold7", "marigold7")),
        ("tried Kestrel42, then Kestrel42! and nothing", ("Kestrel42", "Kestrel42!")),
        ("ich hab Lavendel55 und lavendel55 versucht", ("Lavendel55", "lavendel55")),
        ("maybe Harbor2021 or Harbor2022? not sure anymore", ("Harbor2021", "Harbor2022")),
        ("das alte war Kastanie17, das neue Kastanie18 - geht beides nicht", ("Kastanie17",)),
        ("it's something like Quartz808 or Quartz809 i think, i forgot", ("Quartz808",)),
    ],
)
def test_listed_spellings_of_one_password(text: str, values: tuple[str, ...]) -> None:
    _masked(text, *values)


@pytest.mark.parametrize(
    "text",
    [
        "we moved from Windows10 to Windows11 last week and the app still works",
        "Sprint23 and Sprint24 are planned, see the board",
        "server01 and server02 both answer, server03 not",
        "my username is tulip2020 not Tulip2020, please fix the typo",
        "Benutzername ist falke77, nicht Falke77",
        "Angebot Q3 und Q4 2024, Raum B12 und B14",
    ],
)
def test_listed_names_stay(text: str) -> None:
    _unchanged(text)


# --- names of hashes, ciphers and checksum tools near a password word are no value
@pytest.mark.parametrize(
    "text",
    [
        "Wie speichert ihr Passwörter? (scrypt/argon2id?) Und wie viele Runden?",
        "how are passwords stored, pbkdf2 or bcrypt? we need it for the audit",
        "history:\n 12  passwd deploy\n 13  md5sum backup.tar.gz\n 14  b2sum backup.tar.gz",
        "the password hashes use sha512 and the export is checked with sha256sum -c",
    ],
)
def test_algorithm_names_stay(text: str) -> None:
    _unchanged(text)


def test_algorithm_shape() -> None:
    assert words.is_algorithm("sha256sum")
    assert words.is_algorithm("bcrypt/argon2?")
    assert not words.is_algorithm("Rc4ever")
    assert not words.is_algorithm("Summer2024")
    assert not words.is_algorithm("base")
    _masked("my password is Sha256Rocks! since monday", "Sha256Rocks!")


# --- the next line of a mail header or a settings file is its own field
@pytest.mark.parametrize(
    "text",
    [
        "Subject: Your password was changed\nFrom: it@firma.example\n"
        "Message-ID: <Zk82h=Qa_91XbT3Lr0pw@mail.firma.example>\n\nHallo",
        "Betreff: Passwort zurücksetzen\nAn: jan@beispiel.de\n"
        "Reply-To: <noreply+Xx81kd=QW@beispiel.de>\n",
        "Our env for the login step:\nMAIL_FROM=alerts@example.org\nAPI_TOKEN=<paste token>\n",
    ],
)
def test_next_field_after_mail_stays(text: str) -> None:
    _unchanged(text)


def test_value_under_mail_still_masked() -> None:
    _masked("login for the shop:\nbea.k@shop.example\nRq7!vv2Lm", "Rq7!vv2Lm")


# --- what to fill in, inside a password element, is no password
@pytest.mark.parametrize(
    "text",
    [
        "<auth>\n  <password>enter your secret value here</password>\n</auth>",
        "<!-- <pwd>hier den echten Wert eintragen</pwd> -->",
        "<password>put the real one here before deploy</password>",
    ],
)
def test_instruction_in_password_element_stays(text: str) -> None:
    _unchanged(text)


def test_phrase_in_password_element_still_masked() -> None:
    _masked("<password>blue horses eat apples</password>", "horses")


# --- a password said to be empty or left out on purpose
@pytest.mark.parametrize(
    "text",
    [
        "FTP anonym, das Passwort ist bewusst leer, siehe unten",
        "the password is intentionally empty for the guest login",
        "Passwort hab ich absichtlich weggelassen, der Rest ist vollständig",
    ],
)
def test_state_said_with_adverb_stays(text: str) -> None:
    _unchanged(text)


# --- file patterns near a password word
@pytest.mark.parametrize(
    "text",
    [
        "password = \nfile_mask = backup_*.tar.gz\nuser = ftp",
        "Passwort: siehe Tresor\nmuster = rechnung-*.pdf",
    ],
)
def test_file_patterns_stay(text: str) -> None:
    _unchanged(text)


# --- a security question's topic, whose it is or an aside, then a dash, arrow or colon;
# a security or memorable word, what it is for, then its value
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first pet's name (security question) - Wuschel", "Wuschel"),
        ("Sicherheitsfrage: Lieblingslehrer -> Frau Berger", "Berger"),
        ("security question, place of birth of my father: Ballymena", "Ballymena"),
        ("Geburtsstadt der Oma (Sicherheitsfrage) – Wuppertal", "Wuppertal"),
        ("Sicherheitswort für das Konto: Pfefferminz", "Pfefferminz"),
        ("my secret word - it's Lanterns", "Lanterns"),
        ("the security word for my card: Tangerine", "Tangerine"),
    ],
)
def test_security_answer_after_topic_or_word(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Geburtsort: Graz, Staatsangehörigkeit: österreichisch",
        "my favourite food - pizza, obviously",
        "the memorable word - I forgot it completely",
        "security word on my account is not set up yet",
    ],
)
def test_security_look_alikes_stay(text: str) -> None:
    _unchanged(text)


# --- a form: the security question on its line, "Antwort:"/"Answer:" on the next
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Sicherheitsfrage: Wie hieß Ihre erste Schule?\nAntwort: Lindenhof\nTel: 0301",
            "Lindenhof",
        ),
        (
            "Security question: What was your first car?\nAnswer: Beetle Cabrio\nInvoice: 88",
            "Beetle",
        ),
        ("> Sicherheitsfrage: Name des ersten Haustiers?\n> Antwort: Bommel\n", "Bommel"),
    ],
)
def test_answer_below_question(text: str, value: str) -> None:
    _masked(text, value)


# --- "the new one we set is" and the value below, in a message about a password
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "We rotated the password of the bot account. The new one we set is\n\n"
            "  Vq7!rrT2kz\n\nthx",
            "Vq7!rrT2kz",
        ),
        ("changed my password yesterday, our new one is: Hx+55pLmw9 but it fails", "Hx+55pLmw9"),
        ("Passwort geändert, das neue, das wir gesetzt haben, ist Qz9#ttp4Lw", "Qz9#ttp4Lw"),
    ],
)
def test_new_one_set(text: str, value: str) -> None:
    _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "I reset my password, the new one is\nnot accepted either",
        "Password changed (old one was rotated out, so no point trying it).",
    ],
)
def test_new_one_talk_stays(text: str) -> None:
    _unchanged(text)


# --- the German clause inverted after an adverbial: "Laut X ist die Passphrase <value> –";
# the adverbial's noun is no value
@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        (
            "Laut Handbuch ist die Passphrase blaue Wale singen leise – klappt nicht",
            "Wale",
            "Handbuch",
        ),
        ("Gemäß Ticket ist das Kennwort Fx!72kkpq, trotzdem Fehler", "Fx!72kkpq", "Ticket"),
        ("Nach dem Update ist das Passwort Sturmvogel Nord 8 – geht nicht", "Sturmvogel", "Update"),
    ],
)
def test_inverted_clause_value(text: str, value: str, kept: str) -> None:
    _masked(text, value)
    assert kept in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Laut Doku ist das Passwort nicht gesetzt – komisch",
        "das ist das Kennwort fürs Onlinebanking, oder?",
        "Leider ist das Passwort abgelaufen – was tun?",
        "Im Moment ist das Passwort falsch, sagt die App",
        'Wir lesen das Passwort aus der Umgebung: DB_PW=os.Getenv("DB_PW") – reicht das?',
        'the password now comes from System.getenv("APP_PASSWORD"), fine?',
    ],
)
def test_inverted_and_env_look_alikes_stay(text: str) -> None:
    _unchanged(text)
