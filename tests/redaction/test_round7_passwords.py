"""Round seven of issue 10, the password side: the causes behind red-team v7's and
public-g's password misses, each checked on variants written here (none of them is a corpus
item), in both directions: the secret goes, the look-alike stays.
The tables run in test_password_rounds.py."""

from __future__ import annotations

# (cause, text, the secret that must not survive)
SECRETS: list[tuple[str, str, str]] = [
    # Oracle's user/password@connect, after a client or "thin:", or before host:port / "//"
    ("oracle", "sqlplus hr/Gartenzaun7@ORCLPDB1", "Gartenzaun7"),
    ("oracle", "expdp system/manager@xe schemas=HR", "manager"),
    ("oracle", "url=jdbc:oracle:thin:app_user/kiwifruit@dbhost.local:1521/SVC", "kiwifruit"),
    ("oracle", "CONNECT scott/lemon@//db01:1521/orcl", "lemon"),
    ("oracle", 'jdbc:oracle:thin:rep/"Mo@nd stein"@//h:1521/x', "Mo@nd stein"),
    ("oracle", "sqlldr loader/Obstkorb@ORCL control=x.ctl", "Obstkorb"),
    # a connection string's or query's password: any shape, digits and braces included
    ("connection string", "Driver={ODBC Driver 18};Server=tcp:x;Uid=u;Pwd=913;Encrypt=yes", "913"),
    ("connection string", "jdbc:postgresql://db/app?user=svc&password=815", "815"),
    (
        "connection string",
        "jdbc:sqlserver://h;databaseName=crm;password=7&8{;}9;user=sa",
        "7&8{;}9",
    ),
    # scheme://user:pass with no host after it
    ("url without host", "sftp://deploy:Kirschbaum42", "Kirschbaum42"),
    ("url without host", "ssh://git:Nebelhorn9 didn't work", "Nebelhorn9"),
    # brackets in a URL's password are not a subscript
    ("url userinfo", "try https://svc:kiesel[stein]@files.example.org/", "kiesel[stein]"),
    # the password word in two words, with look-alike digits, or a Wi-Fi "key"
    ("pass phrase", "my pass phrase is Blue-Kettle-Sings-Loud", "Blue-Kettle-Sings-Loud"),
    ("pass phrase", "die Pass Phrase: Sieben-Zwerge-hinter-Bergen", "Sieben-Zwerge-hinter-Bergen"),
    ("look-alike word", "mein Pa55w0rt lautet Zitronenbaum", "Zitronenbaum"),
    ("look-alike word", "P4ssword: Hummelflug", "Hummelflug"),
    ("look-alike word", "the pa55word = Trampolin9!", "Trampolin9!"),
    ("abbreviation dot", "P.W.: Seidenglanz", "Seidenglanz"),
    ("hyphenated word", "Kenn-Wort: Seidenglanz", "Seidenglanz"),
    ("wifi key", "the wifi key is Kakadu9", "Kakadu9"),
    ("wifi key", "WLAN Key: Hagebutte55", "Hagebutte55"),
    # user / value pairs, spaced around a slash, in a message about accounts
    (
        "account pairs",
        "our accounts: prod = deploy / Stern&Mond44; test = tester / Wolke*12",
        "Stern&Mond44",
    ),
    (
        "account pairs",
        "two users: editor is maria / Rosen#Duft5 and viewer is tom / Blatt!Grün8",
        "Blatt!Grün8",
    ),
    ("account pairs", "Konten: Buchhaltung - fibu / Zahl&Tag31", "Zahl&Tag31"),
    # a word, a separator, a number and a letter: shaped like a password
    ("word-number-letter", "Passwort wurde neu gesetzt, jetzt Anker-7731b.", "Anker-7731b"),
    ("word-number-letter", "reset my password, now it's Walnut-5521q", "Walnut-5521q"),
    # "was changed to x": the verb phrase is the connector
    ("changed to", "password was changed to Pfirsich88", "Pfirsich88"),
    ("changed to", "the admin password has been reset to Holunder", "Holunder"),
    # after "passphrase:" the rest of the line, function words included
    ("passphrase line", "passphrase: mein kleiner grüner kaktus", "mein kleiner grüner kaktus"),
    ("passphrase line", "Passphrase: my cat eats blue fish", "my cat eats blue fish"),
    # hedges of time
    ("hedges", "Das Kennwort lautet nach wie vor Kakadu", "Kakadu"),
    ("hedges", "the router password was previously Seestern", "Seestern"),
    # a password column in a table or CSV
    ("table", "| User | Password |\n|---|---|\n| anna | kakadu77 |", "kakadu77"),
    ("table", "login,password,notes\nanna,Sonnenblume,main\nben,Regenbogen,x", "Regenbogen"),
    (
        "table",
        "| Login | Passwort (neu) |\n|---|---|\n| anna | Haus am Meer |",
        "Haus am Meer",
    ),
    # a label cell in HTML
    ("html", "<tr><td>Password</td><td>Kakadu9</td></tr>", "Kakadu9"),
    ("html", "<dt>Kennwort:</dt> <dd>Seerose</dd>", "Seerose"),
    # literal credentials in a sign-in or connect call
    ("call", "HTTPBasicAuth('anna', 'kakadu')", "kakadu"),
    ("call", "mysqli_connect('localhost', 'root', 'Fenster12', 'shop')", "Fenster12"),
    ("call", "$pdo = new PDO($dsn, 'root', 'Gartenhaus');", "Gartenhaus"),
    ("chpasswd", "echo 'anna:Kakadu9' | chpasswd", "Kakadu9"),
    # look-alike symbols split the word: "P@ssword", "Pa$$wort"
    ("look-alike symbols", "P@ssword is Kieselstein", "Kieselstein"),
    ("look-alike symbols", "das Pa$$wort: Wiesenkerbel", "Wiesenkerbel"),
    # a compound joined by a hyphen is a password word, not a config key
    ("hyphen compound", "PDF-Passwort lautet Geburtsdatum 01011990", "01011990"),
    ("hyphen compound", "the router-password is Moosgrün", "Moosgrün"),
    # a number right after a password word
    ("bare number", "Einmal-Passwort 582913", "582913"),
    ("bare number", "my password 8841 was rejected", "8841"),
    # pairs spaced by a dash or a bar; a labelled next pair of a list
    ("account pairs", "the shop account is admin - Tide!Flut22", "Tide!Flut22"),
    (
        "account pairs",
        "accounts -> main: admin/Ebbe!Strand4, backup: ops/Riff#Hai31",
        "Riff#Hai31",
    ),
    ("account pairs", "tried to log in with admin / Kiesel77 but no luck", "Kiesel77"),
    # how the value is typed, between the connector and the value
    ("typing hedge", "Kennwort lautet kleingeschrieben kieselstein", "kieselstein"),
    ("typing hedge", "password is all lowercase: kieselstein", "kieselstein"),
    # a typing verb, the value, then "for/as the password"
    ("typed for", "I typed in kakadu77 for the password", "kakadu77"),
    ("typed for", "hab Kiesel55 für das Passwort eingegeben", "Kiesel55"),
]

# (cause, text): must come out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("oracle", "uses: actions/checkout@v4 and actions/setup-python@v5"),
    ("oracle", "git push origin feature/login@{upstream}"),
    ("oracle", "docker pull ghcr.io/org/app@sha256:0123456789abcdef"),
    ("oracle", "sqlplus / as sysdba"),
    ("oracle", "jdbc:oracle:thin:@//db:1521/XE with user/password from vault"),
    ("connection string", "Server=db;Database=x;Trusted_Connection=True;"),
    ("connection string", "Server=db;Database=x;Password=;User=sa"),
    ("connection string", "Server=db;Pwd=<password>;User=sa"),
    ("connection string", "Server=x;Pwd=${PW};Uid=y"),
    ("connection string", "jdbc:postgresql://db:5432/app?ssl=true&sslmode=require"),
    ("url without host", "http://localhost:8080 and http://api:8080 are down"),
    ("url without host", "open https://example.com:443 please"),
    ("url without host", "mailto://sales:Anfrage"),
    ("url without host", "http://host:PORT/path"),
    ("look-alike word", "P4ssw0rd-style passwords are rejected"),
    ("look-alike word", "kennw0rt vergessen"),
    ("pass phrase", "he said the pass phrase thing is confusing"),
    ("wifi key", "My wifi key is on the back of the router"),
    ("wifi key", "WLAN Key: steht auf der Unterseite"),
    ("account pairs", "account page shows Chrome / Edge-v120 as browsers"),
    ("account pairs", "account A/B test results: variant/Control#2"),
    ("account pairs", "Konten: Giro / Tagesgeld"),
    ("account pairs", "accounts: Marketing / Sales / IT"),
    ("word-number-letter", "Passwort geändert. Das i7-12700K Notebook bootet jetzt."),
    ("word-number-letter", "password fine, the Covid-19-Test results are attached"),
    ("word-number-letter", "Passwort neu, Fotos aus der Mitte-1990er Jahre"),
    ("changed to", "the password was changed to a stronger one"),
    ("passphrase line", "passphrase: I will send it separately"),
    ("passphrase line", "Enter passphrase (empty for no passphrase):"),
    ("passphrase line", "Passphrase: kommt per SMS, bitte warten"),
    ("table", "| User | Password |\n|---|---|\n| anna | ******** |"),
    ("table", "| User | Password |\n|---|---|\n| anna | (see vault) |"),
    ("table", "| User | Password |\n|---|---|\n| anna | per SMS |"),
    ("table", "user,password_changed,date\nanna,yes,2024-01-02"),
    ("table", "Hello,\nmy password, as you asked,\nwas reset"),
    ("html", "<td>Password</td><td>********</td>"),
    ("call", "connect('db', 5432, 'x')"),
    ("call", 'connect("db.example.com", "5432", "shop")'),
    ("call", "authenticate('user', 'password')"),
    ("call", "mysqli_connect('localhost', 'root', '', 'shop')"),
    ("call", "self.login(user, pw)"),
    ("account pairs", "tried the new layout: windows / chrome both fine"),
    ("account pairs", "Login page - Error-500x shows up"),
    ("call", "please connect('my printer', 'office', 'floor 2')"),
    ("counted", "Passwort 8-stellig"),
    ("counted", "the password is 12-character minimum"),
    ("look-alike symbols", "P@ssword manager is great"),
    ("bare number", "Passwort 2024 geändert"),
    ("bare number", "password 12345 characters long?"),
    ("bare number", "Passwort 3 mal falsch eingegeben"),
    ("bare number", "Passwort 0800 123456 anrufen"),
    ("hyphen compound", "Einmal-Passwort kam per SMS"),
    ("typed for", "I used Office365 for the password reset"),
    ("typed for", "we use Windows11 as the password manager host"),
    ("typed for", "I use SSO for the password"),
]
