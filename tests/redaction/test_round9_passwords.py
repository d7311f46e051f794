"""Round nine of issue 10, the password side: values after a description and a colon,
passphrases before a note on how they are typed, dictated passwords, the second stage's
connector and typing verbs, lower-case words joined by hyphens with a number, spaced PIN
digits, Wi-Fi ``psk`` keys and ``passwd`` typos. Every text is written here (none is a
corpus item), in both directions: the secret goes, the look-alike stays.
The tables run in test_password_rounds.py."""

from __future__ import annotations

# (cause, text, the secret that must not survive)
SECRETS: list[tuple[str, str, str]] = [
    # a description, a colon, the value ending the line
    ("described", "my password is kind of a poem: autumn leaves fall slowly", "autumn leaves"),
    ("described", "das Kennwort ist eine kleine Geschichte: Oma backt sonntags Kuchen", "Kuchen"),
    ("described", "das Passwort ist mein Lieblingsort rückwärts: nednerd", "nednerd"),
    ("described", "mein pw: ganz ohne großbuchstaben: regenbogenfisch", "regenbogenfisch"),
    ("announced", "Das Passwort lautet: wir fahren morgen ans meer", "ans meer"),
    ("announced", "my wifi password lautet: wir gehen heute schwimmen", "schwimmen"),
    # a composition note announces a spaced value
    ("composition", "Mein Kennwort enthält Leerzeichen: Blaue Wale singen leise", "Wale singen"),
    ("composition", "the password contains spaces: 'tiny green frog 8'", "tiny green frog"),
    # a value, a comma and how it is typed
    ("typing note", "my password is velvet thunder, no spaces", "velvet thunder"),
    ("typing note", "the password is the word lantern, all lowercase", "lantern"),
    ("typing note", "Kennwort ist das Wort Pusteblume, alles klein", "Pusteblume"),
    # dictated passwords
    ("dictated", "my password is capital Q, u, i, l, l, then four four", "four four"),
    ("dictated", "Passwort ist großes T, anne, eins neun acht fünf, Raute", "eins neun"),
    ("dictated", "the pw: R as in romeo, o s e, two two", "romeo"),
    ("dictated", "mein Kennwort ist Be Ee Er, also BER, dann sieben sieben", "sieben sieben"),
    # a setting verb's "to" with a state after the value
    (
        "set to, state later",
        "My son changed the password to tigerlily2009 last week and now the app is locked",
        "tigerlily2009",
    ),
    # the second stage: a connector with the subject left out
    ("elided subject", "das Kennwort kennst du ja nicht. egal, is Pflaumenbaum4", "Pflaumenbaum4"),
    # a word with a number someone says they type
    (
        "typed far away",
        "The dialog asks for the vault password.\n\nok, the dialog again. I type cranberry55 and "
        "nothing happens",
        "cranberry55",
    ),
    # a quoted value a setting verb closes
    ("quoted set", "Beim Anlegen habe ich als Passwort „Nordwind Fahrt 42“ gewählt", "Nordwind"),
    # lower-case words joined by hyphens with a number, before the password word
    ("hyphen words", "so it's marble-tower-17 the password, sorry for the typo", "marble-tower-17"),
    # spaced PIN digits
    ("spaced pin", "The PIN for my banking app is 4 8 1 5", "4 8 1 5"),
    ("spaced pin", "Meine PIN lautet 7 3 9 2 0 1", "7 3 9 2 0 1"),
    # Wi-Fi psk and passwd typos
    ("psk", 'network={\n  ssid="HomeNet"\n  psk="Sonnen_Blume_81"\n}', "Sonnen_Blume_81"),
    ("passwd typo", "paswd:Zitrone88", "Zitrone88"),
    # a user line, then the password word and a dictionary word ending its line
    ("paired word", "login admin\npasswort fenster", "fenster"),
    ("paired word", "user: jonas\npassword lighthouse\nthanks!", "lighthouse"),
]

# Look-alikes that stay, next to the mechanisms above.
NEGATIVES: list[tuple[str, str]] = [
    ("described question", "the password has spaces: why does the login fail"),
    ("described question", "Mein Passwort enthält Leerzeichen: geht das überhaupt"),
    ("described question", "password contains spaces: is that allowed?"),
    ("other label", "My password is fine, the username: anna"),
    ("talk before colon", "Das Passwort ist falsch, sagt die App: Zugriff verweigert"),
    ("rule", "the password must contain: one digit"),
    ("mask", "Passwort: •••••••• (nicht hier)"),
    ("clause before note", "the password is what I use everywhere, all lowercase"),
    ("clause before note", "das Passwort ist das gleiche wie immer, ohne Sonderzeichen"),
    ("state before note", "Passwort ist gesperrt, ohne Grund"),
    ("participle", "Ein neues Kennwort habe ich gestern angefordert."),
    ("participle", "Kennwort hab ich schon zurückgesetzt."),
    ("talk before to", "the password is too short to be accepted by the portal"),
    ("no password word", "I type hello123 into the search box of the shop"),
    ("product", "my password stopped working. I use Windows11 at home"),
    ("hyphen id", "the password reset job runs on web-node-3 every night"),
    ("pin count", "The PIN has 4 6 8 or 10 digits depending on the bank"),
    ("psk mode", "the router runs WPA2-PSK with AES"),
    ("dictated prose", "my password? well, a b c, the usual stuff"),
    ("pointer", "Das Kennwort lautet: kommt morgen per Post"),
    ("count", "your password will expire in: 7 days"),
    ("hyphen name far", "The password box is blank, we run build-agent-4 for that"),
    ("hyphen name, question", "Passwort vergessen. Egal, ist grippe-impfung-3 noch Pflicht?"),
    ("question after is", "Passwort vergessen?? egal, ist Sonnenblume7 noch im Angebot?"),
    ("typed label", "Login geht nicht. Ich tippe Kundennummer 44812 ein und nichts passiert"),
    ("typed label", "Password reset failed. I enter order98765 in the form and it says no"),
    ("paired state", "user admin\npassword expired"),
    ("paired state", "Benutzer anna\nPasswort vergessen"),
    ("paired prose", "user anna password reset please"),
]
