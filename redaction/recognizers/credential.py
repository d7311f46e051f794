"""CREDENTIAL: API keys, access tokens and private keys customers paste into a chat.

Three kinds of evidence, strongest first:

- a well-known provider prefix with the provider's length and alphabet (``sk_live_…``,
  ``ghp_…``, ``xoxb-…``, ``AKIA…``, ``AIza…``, ``glpat-…``, ``sk-…``), a JWT
  (``eyJ….eyJ….…``, or any payload under a ``{"alg"…`` header), base64 JSON carrying a key
  field, a PEM private-key block: masked anywhere, and in the provider's exact format even
  with a filler or example body (``AKIA…EXAMPLE``, ``npm_0000…``; only ``x`` runs, marks
  and words asking to be filled in stay placeholders);
- a private key's base64 body under a private-key mention (no BEGIN/END lines needed);
  an automation platform's webhook URL (Slack, Discord, Zapier, Make, Teams, IFTTT);
- an authorisation scheme (``Bearer x``, ``Authorization: Basic x``, ``token x``), the
  value of an ``X-…-Key``/``X-…-Token`` header, or a secret-bearing query or path parameter
  (``?access_token=x``, ``&api_key=x``, ``/app_key=x``); after ``Bearer``/``Basic``, an
  ``Authorization:`` header or a key naming a secret even a weak token (``weak_token``);
- a long high-entropy string (12+ characters, mixed character classes, Shannon entropy
  ≥ 3 bits per character) next to a token/key/secret word (``API key: x``,
  ``my token is x``, ``AWS_SECRET_ACCESS_KEY=x``, ``Schlüssel lautet x``).

A long random-looking string with no such context is left alone: hashes, IDs and tracking
numbers look the same; so is a hex value called a commit, digest or checksum, an encrypted
value's envelope (``ENC[…]``) and a secret-store path (``kv/data/shop``).
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import math
import re as stdre
import urllib.parse
from collections import Counter
from collections.abc import Generator
from functools import lru_cache

import regex as re
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction import words
from redaction.code_values import is_code_value, is_word_constant
from redaction.named_values import DIGEST_TAG, is_sample, names_other
from redaction.recognizers.base import SpanRecognizer, run_steps, umlaut_spellings
from redaction.recognizers.card import iban_valid
from redaction.recognizers.credential_context import context_spans
from redaction.recognizers.credential_sentences import may_name_apart, neighbour_values
from redaction.types import CREDENTIAL

_I = re.IGNORECASE
_TAIL = r"(?![A-Za-z0-9_\-])"

#: Provider token formats (prefix and body); public prefixes from the providers' docs.
PROVIDER_PATTERNS: tuple[str, ...] = (
    # Stripe secret / restricted; the prefix is unambiguous, so a cut-short key counts too
    r"(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{12,}",
    r"sk_[A-Za-z0-9]{32,}",  # "sk_" and a long random body: other vendors' secret keys
    r"whsec_[A-Za-z0-9]{16,}",  # Stripe webhook secret (typed short too: "whsec_Hq81…")
    r"gh[pousr]_[A-Za-z0-9]{30,}",  # GitHub
    r"github_pat_[A-Za-z0-9_]{40,}",
    r"v1\.[0-9a-f]{40}",  # GitHub App installation token (before "ghs_")
    # GitLab's token family: personal, pipeline trigger, CI build, deploy, runner, feed, …
    # (a routable token ends in ".01." and a short checksum)
    r"gl(?:pat|ptt|cbt|dt|rt|soat|ft|imt|agent|oas|cicjt|ffct|wt)-[A-Za-z0-9_\-]{20,}"
    r"(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?",
    r"GR1348941[A-Za-z0-9_\-]{20,}",  # GitLab runner registration
    r"xox[abposrec]-[A-Za-z0-9\-]{10,}",  # Slack (bot, user, app, refresh, client, …)
    r"xapp-\d-[A-Za-z0-9\-]{10,}",
    r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}",  # AWS access key id
    # Google API key: 35 after "AIza" as issued; a key retyped or pasted one or two off
    # still counts (the mixed-case prefix is no word's)
    r"AIza[A-Za-z0-9_\-]{33,37}",
    r"ya29\.[A-Za-z0-9_\-]{20,}",  # Google OAuth
    r"sk-(?:proj-|ant-(?:api\d\d-)?|live-|svcacct-)?[A-Za-z0-9_\-]{20,}",  # OpenAI, Anthropic
    # SendGrid (its second part cut short in docs and pastes: the two dots' shape decides;
    # a first part retyped a few short counts when both parts hold a digit, as no name does)
    r"SG\.(?:[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{8,}"
    r"|(?=[A-Za-z_\-]*\d)[A-Za-z0-9_\-]{10,15}\.(?=[A-Za-z_\-]*\d)[A-Za-z0-9_\-]{20,})",
    # ... cut short or its dot lost when pasted: "SG." and a long random body (mixed case
    # and a digit: not "SG.ResponseHandler")
    r"SG\.(?=[A-Za-z_\-]*\d)(?=[A-Z0-9_\-]*[a-z])(?=[a-z0-9_\-]*[A-Z])[A-Za-z0-9_\-]{20,}",
    r"key-(?=[a-z]*\d)(?=\d*[a-z])[0-9a-z]{32}",  # Mailgun
    r"shp(?:at|ss|ca|pa)_[A-Za-z0-9]{32,40}",  # Shopify
    r"npms?_[A-Za-z0-9]{36,48}",  # npm access and session tokens (as npm's own redactor)
    r"pypi-[A-Za-z0-9_\-]{50,}",  # PyPI
    r"hf_[A-Za-z0-9]{30,}",  # Hugging Face
    r"dop_v1_[a-f0-9]{64}",  # DigitalOcean
    r"SK[0-9a-f]{32}",  # Twilio API key SID (an account SID, "AC…", is its public id)
    r"sq0(?:atp|csp)-[A-Za-z0-9_\-]{22,}",  # Square
    r"EAA[A-Za-z0-9]{30,}",  # Meta
    r"AccountKey=[A-Za-z0-9+/=]{40,}",  # Azure storage
    r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}",  # Brevo
    r"lin_api_[A-Za-z0-9]{30,}",  # Linear
    r"secret_[A-Za-z0-9]{40,}|ntn_[A-Za-z0-9]{40,}",  # Notion
    r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}",  # Airtable
    r"dp\.pt\.[A-Za-z0-9]{40,}",  # Doppler
    r"glc_eyJ[A-Za-z0-9+/]{29,}={0,2}",  # Grafana Cloud: base64 of a JSON object
    r"tskey-[a-z]+-[A-Za-z0-9\-]{20,}",  # Tailscale
    r"[MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,}",  # Discord bot
    # Telegram bot (35 after the colon as issued; one retyped one or two short still counts)
    r"\d{8,10}:A[A-Za-z0-9_\-]{32,35}",
    # more providers' documented token prefixes
    r"dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}",  # Dynatrace
    r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_\-.]{32,64}",  # PlanetScale
    r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",  # Postman
    r"pul-[a-f0-9]{40}",  # Pulumi
    r"NRAK-[A-Z0-9]{27}",  # New Relic
    r"hv[sb]\.[A-Za-z0-9_\-]{24,}",  # HashiCorp Vault
    r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-=]{60,70}",  # Terraform Cloud
    r"dapi[a-f0-9]{32}(?:-\d)?",  # Databricks
    r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",  # age
    r"shippo_(?:live|test)_[a-f0-9]{40}",  # Shippo
    r"duffel_(?:test|live)_[A-Za-z0-9_\-=]{43}",  # Duffel
    r"EZ[AT]K[A-Za-z0-9]{54}",  # EasyPost
    r"FLWSECK(?:_TEST)?-[a-h0-9]{32}-X",  # Flutterwave
    r"fio-u-[A-Za-z0-9\-_=]{64}",  # Frame.io
    r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}",  # Grafana service account
    r"sntry[su]_[A-Za-z0-9+/=_]{50,}",  # Sentry
    r"pnu_[A-Za-z0-9]{36}",  # Prefect
    r"rdme_[a-z0-9]{70}",  # ReadMe
    r"rubygems_[a-f0-9]{48}",  # RubyGems
    r"tk-us-[A-Za-z0-9_\-]{48}",  # Scalingo
    r"tfp_[A-Za-z0-9_\-.=]{59}",  # Typeform
    r"LTAI[A-Za-z0-9]{20}",  # Alibaba Cloud
    r"sk\.eyJ[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,}",  # Mapbox secret
    r"CLOJARS_[a-z0-9]{60}",  # Clojars
    r"fo1_[A-Za-z0-9_\-]{43}",  # Fly.io
    r"ico-[A-Za-z0-9]{32}",  # Infracost
    r"[0-9a-f]{32}-us\d{1,2}",  # Mailchimp
    # Atlassian API token (192 characters as issued; the prefix is unambiguous, so one cut
    # or mistyped by a few characters still counts)
    r"ATATT3[A-Za-z0-9_\-=]{40,250}",
    r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}",  # Azure AD client secret
    r"bkua_[a-z0-9]{40}",  # Buildkite
    r"sgp_(?:[a-f0-9]{16}_)?[a-f0-9]{40}",  # Sourcegraph
    r"API-[A-Z0-9]{26}",  # Octopus Deploy
    # HubSpot: a region's tag, then a UUID's shape (its letters past hex in made-up ones)
    r"pat-[a-z]{2}\d{1,2}-[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}",
    r"amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",  # Amazon MWS
    r"da2-[a-z0-9]{26}",  # AWS AppSync
    r"access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-z]{32}",  # Braintree
    r"dckr_pat_[A-Za-z0-9_\-]{27,}",  # Docker Hub
    r"figd_[A-Za-z0-9_\-]{30,}",  # Figma
    r"sbp_[a-f0-9]{40}",  # Supabase
    r"nfp_[A-Za-z0-9]{30,}",  # Netlify
    r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}",  # Resend
    r"gsk_[A-Za-z0-9]{40,}",  # Groq
    r"r8_[A-Za-z0-9]{30,}",  # Replicate
    r"pplx-[A-Za-z0-9]{40,}",  # Perplexity
    r"dp\.(?:st|sa|ct|scim|audit)\.[A-Za-z0-9_\-.]{40,}",  # Doppler (service, CLI, …)
    r"HRKU-[A-Za-z0-9_\-]{40,}",  # Heroku
    r"CFPAT-[A-Za-z0-9_\-]{43}",  # Contentful
    r"sl\.(?:u\.)?[A-Za-z0-9_\-]{100,}",  # Dropbox short-lived
    r"[su]-s4t2(?:ud|af)-[a-f0-9]{64}",  # 42 intra (app secret, user token)
    r"GOCSPX-[A-Za-z0-9_\-]{26,30}",  # Google OAuth client secret (28, one or two off too)
    r"xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{60,}",  # Slack refresh and configuration tokens
    r"do[or]_v1_[a-f0-9]{64}",  # DigitalOcean OAuth and refresh tokens
    r"ATBB[A-Za-z0-9_=.\-]{32,}",  # Bitbucket app password
    r"AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOj[A-Za-z0-9]{50,}",  # JFrog API key, access token
    r"EAAA[A-Za-z0-9_\-]{60}",  # Square access token
    r"AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{100,}",  # Firebase Cloud Messaging key
    r"NRII-[A-Za-z0-9_\-]{32}",  # New Relic insert key
    r"sq[upa]_[a-f0-9]{40}",  # SonarQube user, project and global analysis tokens
    r"dckr_oat_[A-Za-z0-9_\-]{20,}",  # Docker organisation access token
    r"ATCTT3[A-Za-z0-9_\-=]{100,}",  # Atlassian (Bitbucket) access token
    r"ops_eyJ[A-Za-z0-9+/=_\-]{100,}",  # 1Password service account
    r"phx_[A-Za-z0-9]{30,}",  # PostHog personal API key
    r"pcsk_[A-Za-z0-9_]{40,}",  # Pinecone
    r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{20,}",  # Tavily
    r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}",  # LangSmith
    r"sb_secret_[A-Za-z0-9_\-]{20,}",  # Supabase secret key
    r"xai-[A-Za-z0-9]{60,}",  # xAI
    r"1//0[A-Za-z0-9_\-]{40,}",  # Google OAuth refresh token
    r"access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"
    r"-[0-9a-f]{12}",  # Plaid access token
    r"rnd_[A-Za-z0-9]{28,}",  # Render
    r"fc-[a-f0-9]{32}",  # Firecrawl
    r"(?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",  # LaunchDarkly
    r"SCW[A-Z0-9]{17}",  # Scaleway access key
)
# Formats that start with no literal prefix, scanned apart and only when their fixed part is
# in the text (inside ``_PROVIDER`` they would double its cost on every message): Asana's
# personal access tokens, Microsoft's identifiable keys (Azure DevOps, storage, Cosmos DB)
# with their fixed signature.
_UNPREFIXED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("/", re.compile(r"(?<![\w/])[0-2]/\d{13,19}/\d{13,19}:[0-9a-f]{32}(?![\w\-])")),
    # Azure AD client secret typed or generated apart from Microsoft's current "…Q~…" form:
    # a short head, a tilde, then a body of the secret alphabet with all three classes
    (
        "~",
        re.compile(
            r"(?<![\w~.\-/\\])[A-Za-z0-9]{1,5}~(?=[A-Za-z0-9_.~\-]*\d)"
            r"(?=[A-Za-z0-9_.~\-]*[a-z])(?=[A-Za-z0-9_.~\-]*[A-Z])[A-Za-z0-9_.~\-]{30,38}"
            r"(?![\w~\-/\\])(?<![.])"
        ),
    ),
    ("JQQJ9", re.compile(r"(?<![A-Za-z0-9_\-])[A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{20,40}" + _TAIL)),
    # Azure Data Factory's self-hosted integration runtime auth key:
    # "IR@<uuid>@<factory>@<region>@<base64 secret>", the whole string registers a node
    (
        "IR@",
        re.compile(
            r"(?<![\w@])IR@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            r"@[\w.\-]{1,80}@[\w.\-]{1,40}@[A-Za-z0-9+/]{20,200}={0,2}(?![\w+/=])"
        ),
    ),
)
#: A provider's own prefix no word or identifier starts with: a key cut short or a short
#: example in prose ("content: ghp_abc123def456") is the provider's token all the same, so
#: a body of eight letters, digits and dashes after it counts (placeholders and words still do not).
DISTINCT_PREFIXES: tuple[str, ...] = (
    r"gh[pousr]_",
    # an AWS key id's prefix in capitals, with capitals and digits after it ("AKIA2JF…" a
    # few characters short or long): no word starts so
    r"(?:AKIA|ASIA)(?=[A-Z0-9]{8,24}(?![A-Za-z0-9]))",
    r"github_pat_",
    r"gl(?:pat|ptt|dt|rt|oas|soat|cbt)-",
    r"xox[abposr]-",
    r"sk-(?:proj|ant|svcacct|admin)-",
    r"(?:sk|rk)_live_",
    r"npm_",
    r"pypi-",
    r"dckr_(?:pat|oat)_",
    r"sq[upa]_",
    r"shp(?:at|ss|ca|pa)_",
    r"glsa_",
    r"hv[sb]\.",
    r"dop_v1_",
    r"lin_api_",
    r"figd_",
    r"sbp_",
    r"nfp_",
    r"pcsk_",
    r"phx_",
)
_SHORT_TOKEN = (
    r"(?:" + "|".join(DISTINCT_PREFIXES) + r")(?=[A-Za-z\-]*\d)(?=[0-9\-]*[A-Za-z])"
    r"(?=[A-Za-z0-9\-]{8})[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
)
_PROVIDER = re.compile(r"(?<![A-Za-z0-9_\-])(?:" + "|".join(PROVIDER_PATTERNS) + ")" + _TAIL)
# (apart from ``_PROVIDER``, scanned only when ``SHORT_TOKEN_HINT`` finds a prefix: its
# lookaheads in the big alternation cost every message as much as half the list)
_SHORT_PROVIDER = re.compile(r"(?<![A-Za-z0-9_\-])" + _SHORT_TOKEN + _TAIL)
# a whole value opening with a distinct prefix (a key's value: ``_keyed_value``)
_DISTINCT_START = re.compile(r"(?:" + "|".join(DISTINCT_PREFIXES) + r")[A-Za-z0-9_\-.]{3,200}")
# A provider's token pasted or read off a screen with spaces inside ("ghp_ 7Hk2… Nz3V…",
# "sk_live_51Hx4 O9kL…"): its distinct prefix, then groups of letters and digits apart
# by one space each; the joined groups must make the provider's full token (a prefix and
# a word after it never do: every group after the first mixes letters and digits).
_SPACED_START = re.compile(
    r"(?<![A-Za-z0-9_\-])(?:" + "|".join(DISTINCT_PREFIXES) + r")[ ]?[A-Za-z0-9]*"
)
_SPACED_GROUP = re.compile(r"[ ](?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{4,}" + _TAIL)
_SPACED_MAX_GROUPS = 6


def _spaced_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of provider tokens typed apart by spaces (``_SPACED_START``)."""
    found = []
    for m in _SPACED_START.finditer(text):
        if " " not in m.group() and _PROVIDER.fullmatch(m.group()) is not None:
            continue  # whole before any space: a token of its own, read as one
        end, groups = m.end(), 0
        while groups < _SPACED_MAX_GROUPS and (g := _SPACED_GROUP.match(text, end)) is not None:
            end, groups = g.end(), groups + 1
        if " " in text[m.start() : end]:
            joined = text[m.start() : end].replace(" ", "")
            if _PROVIDER.fullmatch(joined) is not None and provider_token_ok(joined):
                found.append((m.start(), end))
    return found


# Providers not listed tag their tokens the same way: a short vendor prefix, an environment
# or version tag, then a long random body (``k2sk_v1_…``, ``api_live_ca.…``, ``xyz_test_…``).
_TAGGED = re.compile(
    r"(?<![\w\-.$])[a-z][a-z0-9]{1,11}(?:_[a-z]{2,4})?[_.\-](?:live|test|prod|sandbox|v\d{1,2})"
    r"(?:_[a-z]{2})?[_.\-](?P<body>[A-Za-z0-9_\-.]{24,200})" + _TAIL
)
# Any vendor's key in the common shape: a short lower-case prefix (and maybe a kind), then
# a long random body of upper and lower case and digits ("pcsk_…", "vcp_…", "tvly-dev-…");
# object ids in that shape are shorter (Stripe's "pi_…", "cus_…": 14-24) or hex.
_PREFIXED_RANDOM = re.compile(
    r"(?<![\w\-.$/])[a-z]{2,8}[_\-](?:[a-z0-9]{2,6}[_\-])?"
    r"(?P<body>(?=[A-Za-z]*\d)(?=[a-z0-9]*[A-Z])(?=[A-Z0-9]*[a-z])[A-Za-z0-9]{32,200})"
    r"(?![\w\-])"
)
_PREFIXED_ENTROPY = 4.0
# A vendor's key tagged with its kind rather than an environment: "<vendor>_pat_…",
# "<vendor>_sec_…", "<vendor>_skey_…" and a random body of all three character classes
_KIND_TAGGED = re.compile(
    r"(?<![\w\-.$/])[a-z][a-z0-9]{1,11}_(?:pat|sec|secret|skey|sk|key|token|tok)_"
    r"(?P<body>(?=[A-Za-z]*\d)(?=[A-Z0-9]*[a-z])(?=[a-z0-9]*[A-Z])[A-Za-z0-9]{20,200})"
    r"(?![\w\-])"
)
_KIND_TAG_HINT = stdre.compile(r"_(?:pat|sec|secret|skey|sk|key|token|tok)_")
# An API key given to curl as its user with an empty password ("-u sk_test_…:"), as
# Stripe-style APIs document it
_CURL_KEY_USER = re.compile(
    r"(?<!\S)(?:-u|--user)[ =]+[\"']?(?P<v>[A-Za-z0-9_\-.]{16,200}):(?=[\"']?(?:\s|\Z))"
)
# (an unsigned token, "alg": "none", has no third part)
_JWT = re.compile(r"(?<![\w\-])eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}(?:\.[A-Za-z0-9_\-]*)?")
# a JWT carried in a prefixed token: "ghs_<id>_eyJ….eyJ….<sig>" (the token whole)
_PREFIXED_JWT = re.compile(
    r"(?<![\w\-])[A-Za-z][A-Za-z0-9]{1,15}(?:_[A-Za-z0-9]{1,40}){0,3}_"
    r"eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}(?:\.[A-Za-z0-9_\-]*)?"
)
# (the dashes are often lost when a key is pasted or quoted: "BEGIN RSA PRIVATE KEY-----")
_PEM = re.compile(
    r"(?:-----)?BEGIN[A-Z ]{0,30}PRIVATE KEY(?: BLOCK)?-----(?:.*?-----END[A-Z ]{0,30}PRIVATE KEY"
    # without its END line the key ends with its body: base64, its header lines ("Proc-Type:
    # 4,ENCRYPTED") and newlines, typed or escaped ("\\n" in JSON), not the prose after it
    r"(?: BLOCK)?(?:-----)?|(?:[A-Za-z0-9+/=:,\- \t\r\n]|\\n)*)",
    re.DOTALL,
)
# An OpenSSH key's first bytes are the same in every unencrypted key ("openssh-key-v1",
# cipher "none", kdf "none", one key): a body of no more than these holds nothing secret.
_OPENSSH_MAGIC = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA"
_PEM_LINE = re.compile(r"-----[A-Z ]+-----|\\n|\s")
_KEY_MATERIAL = 16
#: A key's body begins with base64 or a header line ("Proc-Type: 4,ENCRYPTED").
_BODY_START = re.compile(r"[A-Za-z0-9+/=]{16,}|[A-Za-z][\w\-]{2,30}:")


def _pem_material(block: str) -> bool:
    """A private key block pasted whole (to its END line), or its start with key material
    in it: more than its armour line and the format's constant first bytes (a start quoted
    to describe a file, "begins with -----BEGIN … b3BlbnNz…")."""
    if "-----END" in block:
        return True
    after = block.split("-----", 2)[-1]
    first = after.replace("\\n", "\n").split(None, 1)[:1]
    if first and _BODY_START.fullmatch(first[0]) is None:
        return False  # the armour line named in prose ("…PRIVATE KEY----- hab ich nicht geschickt")
    body = _PEM_LINE.sub("", after)
    shared = 0
    while shared < min(len(body), len(_OPENSSH_MAGIC)) and body[shared] == _OPENSSH_MAGIC[shared]:
        shared += 1
    return len(body) - shared >= _KEY_MATERIAL


# A private key's body pasted without its BEGIN/END lines: lines of base64 right under a
# private-key mention ("my private key:", "privater Schlüssel", "id_ed25519:", PuTTY's
# "Private-Lines: 14"); each line bounded, so the scan is linear.
_KEY_BODY = re.compile(
    umlaut_spellings(
        r"(?:private[ _\-]?key|privater?[ ]+schlüssel|private-lines:[ ]*\d+|"
        r"id_(?:rsa|dsa|ecdsa|ed25519)(?![\w.])|\.ppk)"
    )
    # the first line holds 20+ token characters, as the pre-check requires
    + r"[^\n]{0,60}\n(?P<v>[ ]*[A-Za-z0-9+/]{20,100}={0,2}[ ]*(?:\n|\Z)"
    r"(?:[ ]*[A-Za-z0-9+/]{16,100}={0,2}[ ]*(?:\n|\Z)){0,400})",
    _I,
)
# A signed token whose payload is no JSON object (``e30`` is ``{}``): its header, the
# base64 of '{"alg":…', says what it is.
_JWT_SIGNED = re.compile(
    r"(?<![\w\-])(?P<h>eyJ[A-Za-z0-9_\-]{8,})\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]{16,}(?![\w\-])"
)
# base64 of a JSON object ('{"…') that carries a key or a secret: Grafana's API keys
# ('{"k":"…","n":…}'), service-account blobs, tokens some vendors build the same way; a
# cursor or a state ('{"page":2}') carries none.
_B64_JSON = re.compile(r"(?<![\w\-+/.])eyJ[A-Za-z0-9+/_\-]{37,1024}={0,2}(?![\w\-+/=.])")
_SECRET_FIELD = re.compile(
    r'"(?:k|key|sk|\w*(?:secret|token|passw\w*|pwd|api_?key|private_?key))"[ ]*:', _I
)
# An authorisation scheme and its value; a parameter may name the value (Rails'
# "Token token=x", "Bearer access_token=x").
_SCHEME = re.compile(
    r"(?:(?<![\w-])(?P<s>bearer|basic|token|apikey|api-key|digest)"
    r"|authorization:[ ]*(?P<a>[\w\-]+))"
    r"[ ]+(?:[A-Za-z][\w\-]{0,30}=[\"']?)?(?P<v>[A-Za-z0-9\-._~+/]{8,}=*)",
    _I,
)
# also a path parameter: "host/api_key=x" (a name holding a pre-check trigger word); a
# name that says less than ``_SECRET_PARAM``'s ("key", "code", a session's id) wants six
# characters of a plain value
_QUERY = re.compile(
    r"(?:[?&;]|/(?=[\w\-]*(?:key|token|secret|auth)))(?:key|"
    r"(?:app|application|secret|private|access)_key|"
    r"code|(?P<app>appid)|"
    r"session_?id|sessid|jsessionid|phpsessid)="
    r"(?P<v>[^&\s#\"'<>]{6,})",
    _I,
)
# A query's, a fragment's or a form body's parameter whose name says it carries the secret:
# a signed URL's signature (S3's "Signature" and "X-Amz-Signature", GCS's
# "X-Goog-Signature", Azure SAS's "sig"), its session token, an OAuth token or client
# secret, an API key (a password is the password rules', ``password._QUERY_PASSWORD``). The position
# names the value, so any shape counts ("?sig=xy12", "&token=seven", "#id_token=abc") unless
# it is none (``_no_param_value``). OpenTelemetry's URL conventions redact
# "AWSAccessKeyId" with the signature, so it is taken too ("X-Amz-Credential", the key's
# id with its scope, is not).
_SEP = r"(?:[_\-]|%5F|%2D)"  # a name's separator, also percent-encoded ("api%5Ftoken")
_SECRET_PARAM = re.compile(
    r"[?&#;/](?:[\w\-]{1,24}\[)?(?P<name>(?:x-(?:amz|goog)-)?signature|sig|"
    r"x-amz-security-token|awsaccesskeyid|"
    rf"(?:access|refresh|id|auth|session|security|bearer){_SEP}?token|token|"
    rf"(?:client{_SEP}?)?secret|api{_SEP}?key|apikey|auth|"
    # an application's or account's key by its role ("?app_key=…&application_key=…",
    # Datadog's pair), any value as the names above; a bare "key" says less (``_QUERY``)
    rf"(?:app|application|private|access|secret){_SEP}key)\]?(?:\[\d*\])?="
    r"(?P<v>[^&\s#\"'`<>]{1,512})",
    _I,
)
# a bind parameter or a variable standing for the value: "password=@password", ":token"
_BIND_PARAM = re.compile(r"[@:][A-Za-z_]+")
# an "auth=" parameter that names a method or a switch, not a credential
_AUTH_METHODS = frozenset(
    "basic bearer digest oauth oauth1 oauth2 ntlm negotiate kerberos jwt sso saml ldap "
    "password token key cookie session none off on true false yes no required optional".split()
)
# what a parameter's value is when there is none: another tool's mask ("REMOVED",
# "[Filtered]", "%2A%2A"), a placeholder word ("value", "string"), a template
_MASK_PARAM_WORD = re.compile(
    r"redacted|filtered|masked|censored|obfuscated|sanitized|scrubbed|removed|hidden|omitted|"
    r"value|values|string|str|example|placeholder|dummy|sample|secret_value",
    _I,
)
_MASK_CHARS = frozenset("*x•●·.#_-X ")
# the words a parameter named for the secret may hold as its value ("?sig=secret")
_LITERAL_SECRETS = frozenset("secret secrets password passwort pass pwd".split())
# sentence punctuation after a URL, not part of its last value ("…?sig=abc.")
_URL_TAIL = ".,;:!?"
_QUERY_MIN = 6
_MAX_PARAMS = 24
# A token as a URL's path segment, after a segment that names it: Anaconda's
# "conda.anaconda.org/t/<token>/channel", "/token/<token>/", "/api_key/<key>/" (a singular
# name: "/tokens/<id>" is a collection of them, addressed by id). Only in a URL (after a
# scheme or a host, ``_URL_BEFORE``); the value is token-shaped (``weak_token``), so a
# Discourse topic's slug ("/t/reset-my-password/123") and a placeholder stay.
_PATH_TOKEN = re.compile(
    r"(?<=[A-Za-z0-9\-\]])/(?:t|token|access[_\-]?token|auth[_\-]?token|api[_\-]?key|apikey|key|"
    r"secret)/(?P<v>[A-Za-z0-9_\-.~]{8,200})(?=[/?#\s\"'<>)\]]|\Z)",
    _I,
)
# A link that lets its holder into an account: a password reset, an invitation, a sign-in or
# an e-mail confirmation ("…/auth/reset/Vq8HnR2k…", "…/invite/accept?inv=inv_7Kq2…",
# "…/magic-login?t=…"): the random part of its path or query is the link's bearer token.
_LINK_WORD_HINT = stdre.compile(r"reset|invit|verif|confirm|activat|magic|einladung")
_URL = stdre.compile(r"https?://[^\s\"'<>()\[\]]+")
_LINK_PATH = stdre.compile(
    r"(?i)[/?&=_\-](?:reset|invite|invitation|verify|verification|confirm|confirmation|"
    r"activate|activation|magic|einladung)(?:[/?&=_\-]|$)"
)
_LINK_PART = stdre.compile(r"(?<=[/=])[A-Za-z0-9_\-]{20,200}(?=[/?&#.,;:!]*$|[/?&#])")


def _access_link_tokens(text: str) -> list[tuple[int, int]]:
    """The bearer token in each account-access link of ``text`` (see ``_LINK_PATH``)."""
    found = []
    for url in _URL.finditer(text):
        rest = url.group()
        slash = rest.find("/", 8)
        if slash < 0 or _LINK_PATH.search(rest, slash) is None:
            continue
        for m in _LINK_PART.finditer(rest, slash):
            if looks_random(m.group(), min_len=20):
                found.append((url.start() + m.start(), url.start() + m.end()))
    return found


# a digest's algorithm before its value: "sha256=…", "sha1%3D…", "hmac-sha256:…"
_SIGNED_DIGEST = re.compile(
    r"(?:hmac[\-_]?)?(?:sha(?:1|224|256|384|512)|md5)(?:=|%3D|:)[0-9a-f]{32,}", _I
)
_PATH_TOKEN_HINT = stdre.compile(r"/t/|token/|key/|secret/")  # in the lower-cased text
# how the URL holding such a segment starts: a scheme, or a host name or address
_URL_START = re.compile(
    r"[(\[<\"'=]*(?:[a-z][a-z0-9+.\-]*://|(?:[a-z0-9\-]+\.)+[a-z]{2,}(?::\d{1,5})?/)", _I
)
_URL_REACH = 200


def _in_url(text: str, pos: int) -> bool:
    """``pos`` lies in a URL: the run of text around it (up to whitespace, at most
    ``_URL_REACH`` characters back) starts with a scheme or a host. Anchored at the run's
    start: linear in the reach, however many segments a hostile text repeats."""
    lo = max(0, pos - _URL_REACH)
    gap = max(text.rfind(" ", lo, pos), text.rfind("\t", lo, pos), text.rfind("\n", lo, pos))
    return _URL_START.match(text, gap + 1 if gap >= 0 else lo, pos + 1) is not None


def _no_param_value(value: str) -> bool:
    """A query parameter's value that holds no secret: empty, a null or a switch, a number
    of up to three digits, a template or another tool's mask, also percent-encoded
    ("%2A%2A%2A" is "***")."""
    decoded = urllib.parse.unquote(value)
    low = decoded.lower()
    return (
        not decoded
        or decoded[0] in "[<{$%("
        or _BIND_PARAM.fullmatch(decoded) is not None
        or not set(decoded) - _MASK_CHARS
        or (words.is_null(decoded) and low not in _LITERAL_SECRETS)
        or (decoded.isdigit() and len(decoded) <= 3)
        or _MASK_PARAM_WORD.fullmatch(decoded) is not None
        or bool(_PLACEHOLDER.search(decoded))
        or (words.is_non_secret_shape(decoded) and low not in _LITERAL_SECRETS)
    )


def _encoded_mask(value: str) -> bool:
    """A mask written with URL escapes: "%2A%2A%2A%2A" is "****"."""
    return "%" in value and not set(urllib.parse.unquote(value)) - _MASK_CHARS


def _param_end(value: str) -> int:
    """The length of a URL's last value without the sentence's punctuation after it and an
    unbalanced closing bracket ("(see …?sig=ab12)")."""
    end = len(value)
    while end and (
        value[end - 1] in _URL_TAIL or (value[end - 1] == ")" and "(" not in value[: end - 1])
    ):
        end -= 1
    return end


def _in_query(text: str, pos: int) -> bool:
    """``pos`` lies in a URL or in a query string on its own ("?a=1&token=x")."""
    if _in_url(text, pos):
        return True
    lo = max(0, pos - _URL_REACH)
    gap = max(text.rfind(" ", lo, pos), text.rfind("\t", lo, pos), text.rfind("\n", lo, pos))
    return text[gap + 1 if gap >= 0 else lo : pos].lstrip("([<\"'`").startswith("?")


# A Cookie or Set-Cookie header and its pairs: "Cookie: SESSID=…; theme=dark"; a pair whose
# name says it holds a session, a login or a token carries the bearer's access
_COOKIE_HEADER = re.compile(r"(?<![\w\-])(?:set-)?cookie[\"']?[ ]*[:=][ ]*[\"']?", _I)
_COOKIE_PAIR = re.compile(r"[ ]*(?P<name>[\w.\-]{1,64})=(?P<v>[^;,\s\"']{0,512})[ ]*;?")
_COOKIE_SECRET_NAME = re.compile(r"sess|sid|token|auth|secret|login|remember|jwt|key", _I)
_MAX_COOKIE_PAIRS = 32
_COOKIE_MIN = 6


def _cookie_secrets(text: str) -> list[tuple[int, int]]:
    """The values of a cookie header's session, login and token pairs (six characters or
    more, not a word, a number of a few digits or a mask)."""
    found = []
    for header in _COOKIE_HEADER.finditer(text):
        pos = header.end()
        for _ in range(_MAX_COOKIE_PAIRS):
            pair = _COOKIE_PAIR.match(text, pos)
            if pair is None or pair.end() == pos:
                break
            pos = pair.end()
            value = pair.group("v")
            if (
                _COOKIE_SECRET_NAME.search(pair.group("name")) is not None
                and len(value) >= _COOKIE_MIN
                and not _no_param_value(value)
                and (value.lower() not in words.dictionary() or value.lower() in _LITERAL_SECRETS)
                and not (value.isdigit() and len(value) < _COOKIE_MIN * 2)
            ):
                found.append(pair.span("v"))
    return found


# A "name=value" pair outside a URL whose name ends with a word naming the secret: a header's
# parameters ("X-Sentry-Auth: Sentry sentry_key=k, sentry_secret=x"), a query string quoted
# without its "?" ("api%5Ftoken=x&page=1"), an app's parameter named in prose ("it sends
# itoken=x", "auth=x als Parameter"). Glued to its "=", as code and logs write a pair; the
# value a token's characters (a call or an expression is code's, ``_not_code``).
_SECRET_PAIR = re.compile(
    # (the name is one run, possessive, then looked back on: linear on a flood of words)
    r"(?<![\w.\-%/?&#;])(?P<name>[A-Za-z][\w%\-]{0,40}+)"
    rf"(?<=token|secret|auth|api{_SEP}?key|apikey)"
    r"=(?P<v>[A-Za-z0-9_\-+/~.%]{3,256})(?=[\s&,;\"'`)\]}]|\Z)",
    _I,
)


_MAX_PAIRS = 24


def _secret_pairs(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The values of ``_SECRET_PAIR`` pairs: not a mask, a placeholder, a switch or a
    method ("auth=basic"), a word of prose ("token=expired"; the literal "secret" or
    "password" a test puts there is one), nor a paging cursor's name. Also those of them
    no code check may drop: a literal secret word or a plain value ending its pair outside
    a call's arguments (code's "f(token=secret)" is a variable)."""
    found, settled = [], []
    for n, m in enumerate(_SECRET_PAIR.finditer(text)):
        raw = m.group("v")
        value = raw[: _param_end(raw)]
        if n >= _MAX_PAIRS:
            # a flood of pairs: past the bound only token shapes, judged once each (cached)
            if weak_token(value):
                found.append((m.start("v"), m.start("v") + len(value)))
            continue
        low = value.lower()
        name = m.group("name").lower()
        if (
            len(value) < 3
            or _no_param_value(value)
            or not _plain_value(value)
            or _PLACEHOLDER.search(raw)  # "OPENAI_API_KEY=sk-...": the kind, none given
            # a provider's prefix: its key in ``_KEYED``'s judgement, examples told apart
            or _DISTINCT_START.fullmatch(value) is not None
            or (low in words.dictionary() and low not in _LITERAL_SECRETS)
            or (name.endswith("auth") and low in _AUTH_METHODS)
            or _PAGING.search(name) is not None
            or _SIGNED_DIGEST.match(value) is not None
            # a variable named for the secret: "auth=my_auth", "token=accessToken"
            or (_IDENTIFIER_KEY.fullmatch(value) and _KEY_HINT.search(low) is not None)
        ):
            continue
        span = (m.start("v"), m.start("v") + len(value))
        found.append(span)
        if text[span[1] : span[1] + 1] in ("", " ", "\n", "\t", "&", ";") and (
            low in _LITERAL_SECRETS or (value.isalnum() and not value.isalpha())
        ):
            settled.append(span)
    return found, settled


# An Authorization header's signature among its parameters: AWS SigV4's "…, Signature=<hex>",
# OAuth 1's 'oauth_signature="…"', Digest's 'response="…"': what a signed URL carries as
# "X-Amz-Signature" (``_SECRET_PARAM``), sent in the header instead.
_HEADER_SIGNATURE = re.compile(
    r"(?i:authorization)[\"']?[ ]*[:=][^\n]{0,400}?(?<=[,\s])"
    r"(?i:signature|oauth_signature|response)=[\"']?(?P<v>[A-Za-z0-9+/%_\-]{16,512}={0,2})"
)


# A Redis URL's user part with no colon: "redis://<password>@host" (the Redis URI form
# that Lettuce, Jedis and Spring read as the password; also a Sentinel's or a cluster's
# URL) before a host with a dot, a port or brackets; any shape of three characters or more
# but a mask, a template or a word naming a user ("redis://user@…", "default", "admin").
_REDIS_USERINFO = re.compile(
    r"(?<![\w.+\-])(?:redis|rediss|valkey|valkeys)(?:[+\-](?:ssl|tls|socket|sentinel|cluster))?"
    r"://(?P<v>[^\s:/@?#\"'<>]{3,128})@(?=\[|[\w\-]+(?:\.[\w\-]+)+|[\w\-]+:\d)",
    _I,
)
_REDIS_USERS = frozenset("user username usr login name default admin root redis".split())


def _redis_secrets(text: str) -> list[tuple[int, int]]:
    return [
        m.span("v")
        for m in _REDIS_USERINFO.finditer(text)
        if m.group("v").lower() not in _REDIS_USERS
        and not _no_param_value(m.group("v"))
        and not _PLACEHOLDER.search(urllib.parse.unquote(m.group("v")))
    ]


# FreeRADIUS' test client, "radtest [-x] user password server[:port] nas-port secret": the
# last argument is the RADIUS shared secret (the password rules take the second)
_RADTEST = re.compile(
    r"(?<!\S)radtest(?:[ ]+-(?:[x46]|[dtP][ ]+\S+))*[ ]+[^\s\-]\S*[ ]+[^\s\-]\S*[ ]+\S+[ ]+\d+"
    r"[ ]+(?P<q>[\"']?)(?P<v>[^\s\"']{3,128})(?P=q)(?=[\s,;.]|\Z)"
)


# A provider's DSN addressed to "default" (Symfony Mailer's and Notifier's form): the user
# part is the provider's API key or bot token ("sendgrid+api://KEY@default",
# "telegram://TOKEN@default?channel=…", "mailgun+api://KEY:DOMAIN@default"); an SMTP
# transport's user part is a login name, the password after it is the password rules'.
_DEFAULT_DSN = re.compile(
    r"(?<![\w.+\-])(?P<scheme>[a-z][a-z0-9\-]{1,30}(?:\+[a-z]{2,10})?)://"
    r"(?P<v>[^\s:/@?#\"'<>]{3,200})(?::[^\s/@?#\"'<>]{0,200})?@default(?![\w.\-])",
    _I,
)


def _default_dsn_keys(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _DEFAULT_DSN.finditer(text):
        v, scheme = m.group("v"), m.group("scheme").lower()
        if "smtp" in scheme or _CAPS_NAME.fullmatch(v) or _no_param_value(v):
            continue  # a login name, or the docs' slot ("KEY", "ACCESS_TOKEN")
        decoded = urllib.parse.unquote(v)
        if weak_token(decoded) or looks_random(decoded, min_len=8):
            found.append(m.span("v"))
    return found


# A record that names its secret in one field and holds it in the next: a Postman
# environment's '{"key":"apiKey","value":"…"}', a container's '{"name":"API_TOKEN",
# "value":"…"}'; the name says it is the secret, the value is token-shaped.
_NAMED_FIELD = re.compile(
    r"[\"'](?:key|name)[\"'][ ]*:[ ]*[\"'](?P<key>[\w.\-]{1,64})[\"'][ ]*,[ ]*"
    r"[\"']value[\"'][ ]*:[ ]*[\"'](?P<v>[^\"'\s]{1,512})[\"']",
    _I,
)


# (a session's id names the secret too: a browser's exported cookie '{"name": "sessionid",
# "value": "…"}', PHP's and Java's session cookies; an id of anything else does not)
_SESSION_FIELD = re.compile(r"(?i)(?:[\w.\-]*[_.\-])?(?:session_?id|sessid|jsessionid|phpsessid)")


def _named_field_values(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _NAMED_FIELD.finditer(text):
        key, v = m.group("key"), m.group("v")
        if _SESSION_FIELD.fullmatch(key) is not None and looks_random(v, min_len=16):
            found.append(m.span("v"))
        elif (
            _WEAK_KEY.search(key) is not None
            and _ID_KEY.search(key) is None
            and _PUBLIC.search(key) is None
            and _plain_value(v)
            and not _no_param_value(v)
            and (weak_token(v) or looks_random(v, min_len=8))
        ):
            found.append(m.span("v"))
    return found


def _secret_params(text: str) -> list[tuple[int, int]]:
    """The values of ``_SECRET_PARAM`` parameters: any value in a URL or a query string; a
    token-shaped one (``weak_token``) also in a header's or a log's pairs."""
    found = []
    for n, m in enumerate(_SECRET_PARAM.finditer(text)):
        raw = m.group("v")
        value = raw[: _param_end(raw)]
        name = m.group("name").lower()
        if _no_param_value(value) or _SIGNED_DIGEST.match(value) is not None:
            continue  # (a webhook's digest tagged with its algorithm: good for one body only)
        if name == "auth" and value.lower() in _AUTH_METHODS:
            continue  # "auth=basic", "auth=true": a method or a switch
        # (outside a URL, as before: a value of six characters that is no word's shape,
        # "(…/sessions?access_token=abc123)")
        plain = len(value) >= _QUERY_MIN and _plain_value(value)
        # (a flood of parameters: past ``_MAX_PARAMS`` only token shapes, bounded work)
        if plain or weak_token(value) or (n < _MAX_PARAMS and _in_query(text, m.start() + 1)):
            start = m.start("v")
            found.append((start, start + len(value)))
    return found


# The scheme's value in an Authorization header, or "Bearer" opening a line: whatever its
# shape ("Bearer s3cr3t", "Bearer abcd-ef-12", "Bearer staging_api_token_7") it is the token
# the header sends; only a placeholder (an identifier in capitals, "<token>", "YourToken")
# or a word ("Bearer tokens expire…") is not.
_HEADER_BEARER = re.compile(
    r"(?:authorization[\"']?[ ]*[:=,][ ]*[\"']?|^[ \t]*[\"']?)(?:bearer|token)[ ]+"
    r"(?P<v>[A-Za-z0-9\-._~+/]{1,200}=*)(?=[\s\"'`,;)\]}]|\Z)",
    _I | re.MULTILINE,
)
_BEARER_MIN = 4  # a "Bearer" opening a line; in an "Authorization:" header any length
_CAPS_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_CAPS_WORD = re.compile(r"[A-Z]{2,}")
# Basic credentials in an Authorization header, however short: base64 of "user:password"
# ("YTpn" is "a:g"); the scheme's own rule wants eight characters at least
_HEADER_BASIC = re.compile(
    r"authorization[\"']?[ ]*[:=,][ ]*[\"']?basic[ ]+(?P<v>[A-Za-z0-9+/]{4,7}={0,2})"
    r"(?=[\s\"'`,;)\]}]|\Z)",
    _I,
)


# The scheme glued to its value by a mark, as a malformed header or a log prints it:
# "basic_Zm9vOmJhcg==", "Basic:YWRtaW46…" (the value must decode to "user:password")
_GLUED_BASIC = re.compile(
    r"(?<![A-Za-z0-9])basic[_:=\-](?P<v>[A-Za-z0-9+/]{6,200}={0,2})(?![\w+/=\-])", _I
)


def _header_bearer_value(value: str, *, header: bool = False) -> bool:
    """A header's bearer value is a token unless it names one (``ACCESS_TOKEN``), is a
    word, a placeholder or a template. ``header``: the value of an "Authorization:" header,
    where a number is the token too ("Authorization: Bearer 123"), however short."""
    if header and value.isdigit():
        return len(set(value)) > 1 or len(value) == 1
    return not (
        _CAPS_NAME.fullmatch(value)
        or value.lower() in words.dictionary()
        or len(set(value.lower())) <= 2
        or _PLACEHOLDER.search(value)
        or _ASKING.search(value)
        or words.is_non_secret_shape(value)
    )


# A package channel's token path ("/t/<token>/<channel>", Anaconda's and its mirrors'):
# any token shape with a letter and a digit, not a forum topic's slug of words
# ("/t/reset-my-password/4411" has no digit; "/t/upgrade-v2-fails/…" has only words)
_CHANNEL_TOKEN = re.compile(
    r"(?<=[A-Za-z0-9\-\]])/t/(?P<v>(?=[A-Za-z\-_]*\d)(?=[0-9\-_]*[A-Za-z])[A-Za-z0-9_\-]{6,200})/"
)


def _channel_token(value: str) -> bool:
    parts = [p for p in value.lower().replace("_", "-").split("-") if p.isalpha()]
    return not (parts and all(len(p) > 2 and p in words.dictionary() for p in parts))


# A bare token as a URL's user part: "https://<token>@host" (GitHub's and many CI's way
# to authenticate a clone); a user name ("git@", "admin@", "anna2024@") is shorter or a word.
_URL_USER_TOKEN = re.compile(
    r"(?<![\w.+\-])[a-z][a-z0-9+.\-]{1,15}://(?P<v>[A-Za-z0-9_\-]{12,200})@[A-Za-z0-9\[]", _I
)
_URL_TOKEN_DIGITS = 3
# An AWS access key id as a URL's user part ("s3://AKIA…:<secret>@bucket/…", smart_open's
# and boto's old URL form): the password part is that key's secret access key (forty
# base64 characters, a "/" among them as AWS prints it, or percent-encoded)
_URL_AWS_SECRET = re.compile(
    r"://(?:AKIA|ASIA)[A-Z0-9]{16}:(?P<v>[A-Za-z0-9+/%]{20,120})@[A-Za-z0-9]"
)
# an error tracker's DSN ("https://<key>@o4482.ingest.sentry.io/55"): its key only lets a
# client send events and ships inside every web page using it, public by design
_DSN_HOST = re.compile(r"@[\w\-]+\.ingest\.(?:[a-z]{2}\.)?sentry\.io|@sentry\.io/")


def _url_user_token(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= _URL_TOKEN_DIGITS and weak_token(value)


# A list of keys under a heading that names them: "api_keys:\n  - k1\n  - k2" (YAML's
# list, one token a line, quoted or not); a heading of public keys is left alone.
_KEY_LIST_HEADING = re.compile(
    r"^[ \t]*[\"']?(?P<h>[\w.\-]*(?:keys|tokens|secrets|credentials))[\"']?[ \t]*:[ \t]*\n",
    _I | re.MULTILINE,
)
_KEY_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+[\"']?(?P<v>[^\s\"']{8,200})[\"']?[ \t]*(?:\n|\Z)")
_KEY_LIST_HINT = stdre.compile(r"(?:keys|tokens|secrets|credentials)[\"']?[ \t]*:[ \t]*\n")
_PUBLIC_KEY_HEADING = re.compile(r"public|pub_|authorized|known|ssh", _I)
_MAX_LISTED_KEYS = 16
# ... or a JSON object under such a heading, its members the keys by their names: a Z-Wave
# controller's '"securityKeys": {"S2_Authenticated": "C7E2…"}', '"secrets": {"prod": "…"}'.
# A member named as an id, a name, an address or a public key says what else it holds.
_KEY_OBJECT = re.compile(
    r"[\"'](?P<h>[\w.\-]*?(?:(?:security|secret|api|access|private|signing|encryption|network|"
    r"auth|master)[_\-]?keys|tokens|secrets))[\"'][ \t]*:[ \t]*\{(?P<body>[^{}]{1,4000})\}",
    _I,
)
_KEY_OBJECT_HINT = stdre.compile(r"(?:keys|tokens|secrets)[\"'][ \t]*:[ \t]*\{")
_KEY_MEMBER = re.compile(
    r"[\"'](?P<k>[\w.\-]{1,64})[\"'][ \t]*:[ \t]*[\"'](?P<v>[^\s\"']{16,200})[\"']"
)
# A session object's id: '{"session": {"valid": true, "sid": "vFA+…="}}' (Pi-hole's, many
# login APIs' answer): the object names what its "sid" is, a session's id, the key to it
_SESSION_OBJECT_SID = re.compile(
    r"[\"']session[\"'][ \t]*:[ \t]*\{[^{}]{0,400}?[\"'](?:sid|session_?id)[\"'][ \t]*:[ \t]*"
    r"[\"'](?P<v>[^\s\"']{12,200})[\"']",
    _I,
)
_OTHER_MEMBER = re.compile(r"(?i)id$|name|user|url|uri|host|region|endpoint|type|path|file")

# An OTP secret given to its generator: pyotp.TOTP("JBSW…"), HOTP('mzxw…', digits=8),
# new OTPAuth.TOTP({ secret: "…" }): base32, sixteen characters or more
_OTP_SECRET = re.compile(
    r"(?<![A-Za-z])[th]?otp\w*[ ]*\([ ]*(?:\{[ ]*)?(?:secret[ ]*[:=][ ]*)?"
    r"[\"'](?P<v>[A-Za-z2-7]{16,128}=*)[\"']",
    _I,
)
_OTP_HINT = stdre.compile(r"otp\w*[ ]*\(")  # in the lower-cased text


# An authenticator's setup key as the app shows it to be typed by hand: base32 in groups
# of four ("JBSW Y3DP EHPK 3PXP", "jbsw y3dp …"), 16-32 characters, a digit among them,
# after a key or secret word of a 2FA setup ("Setup-Key für die 2FA war:", "TOTP secret",
# "Authenticator-Schlüssel", "the manual entry key is") on the way
_SETUP_KEY = re.compile(
    umlaut_spellings(
        # (two-factor set-up named in words: "Zwei-Faktor", "two-factor", a QR code's key)
        r"(?i:(?:2fa|mfa|totp|otp|authenticator|setup|einrichtungs|manual[ ]+entry|"
        r"(?:zwei|two|2)[ \-]?fa[ck]tor|qr)"
        r"[^\n]{0,40}?(?:key|secret|schlüssel|code|geheimnis|seed)|"
        r"(?:key|secret|schlüssel|geheimnis|seed)[^\n]{0,40}?(?:2fa|mfa|totp|authenticator))"
    )
    + r"[^\n]{0,40}?(?<![\w])"
    r"(?P<v>(?=[A-Z ]*[2-7])[A-Z2-7]{4}(?:[ ][A-Z2-7]{4}){3,7}"
    r"|(?=[a-z ]*[2-7])[a-z2-7]{4}(?:[ ][a-z2-7]{4}){3,7}"
    # (a key typed with digits base32 lacks, as many retype or invent one: "LM3Q 8XRT 2VKP
    # 7WNZ"; every group a mix of capitals and digits or capitals, a letter in each)
    r"|(?=[A-Z ]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{4}(?:[ ](?=[0-9]*[A-Z])[A-Z0-9]{4}){3,7})(?![\w])"
)
# ... or typed whole after the 2FA key's word and a copula or a colon: "my 2FA seed is
# KVKF…", "TOTP secret: JBSW…" (capitals of base32 only, sixteen at least: no word is that)
_SETUP_KEY_WHOLE = re.compile(
    r"(?i:(?:2fa|mfa|totp|otp|authenticator|(?:zwei|two|2)[ \-]?fa[ck]tor)[ \-]?"
    r"(?:seed|secret|key|schl(?:ü|ue)ssel|geheimnis))"
    r"(?i:\s+(?:is|ist|was|war|lautet)|[ ]*[:=])[ ]*[\"'“]?"
    r"(?P<v>[A-Z2-7]{16,64})(?![\w])"
)
_SETUP_HINT = stdre.compile(r"2fa|mfa|otp|authenticator|setup|einrichtung|manual|faktor|factor|qr")


def _setup_keys(text: str) -> set[tuple[int, int]]:
    """The setup keys (``_SETUP_KEY``) in ``text`` that are no placeholder."""
    return {
        m.span("v")
        for m in itertools.chain(_SETUP_KEY.finditer(text), _SETUP_KEY_WHOLE.finditer(text))
        if not _PLACEHOLDER.search(m.group("v").replace(" ", ""))
    }


_SLACK_HOOK = re.compile(r"hooks\.slack\.com/(?:services|workflows|triggers)/(?P<v>[\w/]{20,})")
_ZEROED_HOOK = re.compile(r"[A-Z]0{6,}/[A-Z]0{6,}/")
# a Slack hook's path is its team's and channel's ids, then the secret
# ("T…/B…/<secret>"): ids alone ("T3AQ…/B9DB…/") give no secret away
_HOOK_PARTS = 3


def _hook_secret(path: str) -> bool:
    return len([p for p in path.split("/") if p]) >= _HOOK_PARTS


_DISCORD_HOOK = re.compile(r"discord(?:app)?\.com/api/webhooks/\d+/(?P<v>[\w\-]{30,})")
# Other automation platforms' inbound webhooks: whoever has the URL's token can post.
_PLATFORM_HOOK = re.compile(
    r"hooks\.zapier\.com/hooks/catch/\d+/(?P<v>[a-z0-9]{5,})"
    r"|hook\.(?:[a-z0-9]+\.)?make\.com/(?P<v>[a-z0-9]{20,})"
    r"|webhook\.office\.com/webhookb2/[\w\-@]+/IncomingWebhook/(?P<v>[0-9a-f]{32})"
    r"|maker\.ifttt\.com/(?:use|trigger/[\w\-]+/(?:json/)?with/key)/(?P<v>[\w\-]{20,})",
    _I,
)

_KEY_WORDS = umlaut_spellings(
    r"(?:api[ _\-]?keys?|apikeys?|access[ _\-]?keys?(?:[ _\-]?id)?|secret[ _\-]?access[ _\-]?"
    r"keys?|secret[ _\-]?keys?|secrets?|client[ _\-]?secrets?|app[ _\-]?secrets?|"
    r"(?:access|refresh|auth|api|bearer|bot|session|personal[ _\-]access|id)[ _\-]?tokens?|"
    r"tokens?|private[ _\-]?keys?|signing[ _\-]?(?:key|secret)|webhook[ _\-]?(?:secret|key)|"
    r"license[ _\-]?key|lizenzschlüssel|schlüssel|api-schlüssel|zugangstoken|geheimnis|"
    # a device's or a network's shared secret named in prose: "the SNMP community string is
    # x", "pre-shared key: x", "der PSK lautet x"
    r"(?:snmp[ _\-]?)?community(?:[ _\-]?strings?)?|pre[ _\-]?shared[ _\-]?keys?|(?-i:PSK)|"
    # the token named by its scheme in prose: "the bearer is x", "der Bearer lautet x"
    # (and a credential by its short name: "cred", "creds", "aws_creds")
    r"authorization|x-api-key|x-auth-token|auth|cred(?:ential)?s?|bearer|key|"
    # a personal access token by its abbreviation, in capitals ("my PAT:", "AZDO_PAT=")
    r"(?-i:PATs?))"
)
# a config key: AWS_SECRET_ACCESS_KEY, stripe.secretKey, OPENAI_API_KEY, "api_token",
# Verschlüsselungs-Key (a compound joined by a hyphen)
_CONFIG_KEY = umlaut_spellings(
    r"[\w.\-]*(?:secret|token|api[_\-.]?key|apikey|access[_\-.]?key|private[_\-.]?key|"
    # an SNMP community string is the device's password
    r"community[_\-.]?string|snmp[_\-.]?community|"
    r"auth|cred(?:ential)?|signing[_\-.]?key|_key|\.key|-key|Key|schlüssel|geheimnis|session|sess|"
    # ("sid" takes no "e": "on my side, the real one is …" names no session id)
    r"sid(?!e)|cookie|(?-i:_PAT))(?:e|es|s)?(?:(?-i:[_\-A-Z0-9])\w*)?(?![a-z])"
)
# Between the key and its value: up to four words (not a command line's option: the words
# after "-F" or "--data" are that option's, "Bearer ACCESS_TOKEN -X POST -F a=…") or a
# parenthesis ("Shared Secret für die Signatur lautet x", "API key (prod): x"), then an
# explicit connector: ``:``/``=``/``=>``, a comparison in code (``api_key != "x"``), a call
# (``secret("x")``), "is"/"lautet"; after a colon or "is"/"lautet" the value may sit up to
# two lines below ("Hier der Schlüssel:\n\nx", "the signing secret is\nx"). Tried before
# the bare space, so a qualifier word is never taken for the value when a connector follows.
_KEY_QUALS = (
    r"(?:[ ]*\([^()\n]{1,40}\)|[ ]+(?!(?:is|ist|was|war|lautet)(?!\w)|-{1,2}[A-Za-z])"
    r"[^\s:=?!,;()\"]{1,40}+)"
    r"{0,4}?"
)
_KEY_CONN = (
    # a getter returning the literal: "getToken: () => 'x'", "apiKey = async () => 'x'"
    r"(?:[ ]*[:=][ ]*(?:async[ ]+)?\([ ]*\)[ ]*=>[ ]*(?=[\"'`])"
    r"|[ ]*(?:===|!==|==|!=|:=|=>|->|=)[ ]*|[ ]*:[ ]*(?:\n[ ]*){0,2}"
    r"|[ ]+(?:is|ist|was|war|lautet|reads)(?!\w)[ ]*:?[ ]*(?:\n[ ]*){0,2}"
    # (round 37: an adverb before a quoted value, "is literally 'x'", "ist aktuell 'x'")
    r"(?:(?:literally|actually|currently|still|simply|just|exactly|wörtlich|aktuell|derzeit"
    r"|noch|einfach|tatsächlich)[ ]+(?=[\"'`]))?"
    r"|[ ]*\([ ]*(?=[\"'`])|[ ]+-[ ]+"
    r"|(?<=[\"'])[ ]*,[ ]*(?=[\"']))"
    # a question answered at once: "my API key? sure: x", "der Token? hier: x"
    # (or after a tag question: "den API-Schlüssel, oder? Der ist: x", the German pronoun of
    # the key's gender answering it)
    r"|(?:[ ]*,?[ ]*(?:oder|or|right|ne|gell|nicht|ja))?[ ]*\?[ ]+(?:it's|it is|its|sure|here"
    r"|klar|hier|das ist|es ist|der ist|die ist|er ist|sie ist)(?!\w)[ ,!]*:?[ ]*"
)
_KEYED = re.compile(
    rf"(?<![\w.\-])(?P<key>{_KEY_WORDS}|{_CONFIG_KEY})(?:[\"']\]|[\"'])?(?:\[\d*\])?"
    rf"(?P<conn>{_KEY_QUALS}{_KEY_CONN}|[ ]+|[ ]*,[ ]+|[ ]*\([^()\n]{{1,40}}\)[ ]+)"
    # (an Erlang binary holds its string in "<<" and ">>": secret = <<"x">>)
    r"(?![(\[])(?:<<(?=[\"']))?(?P<q>[\"'`]?)(?P<v>[^\s\"'`,;<>]{1,512})",
    _I,
)
# A key whose qualifier runs longer (five to eight words), its value quoted after "is" or
# "lautet": "the secret key for HMAC in our webhook settings is '…'" (tried only where
# ``_KEYED`` found no value; the quotes keep a sentence's words from being the value)
_KEYED_LONG = re.compile(
    rf"(?P<key>{_KEY_WORDS}|{_CONFIG_KEY})"
    r"(?P<conn>(?:[ ]+(?!(?:is|ist|was|war|lautet)(?!\w))[^\s:=?!,;()\"'`]{1,40}+){5,8}"
    r"[ ]+(?:is|ist|was|war|lautet)[ ]+)"
    r"(?P<q>[\"'`])(?P<v>[^\s\"'`,;<>]{1,512})",
    _I,
)
# The key's value right after it, read again when the first reading took it for a qualifier
# (round 35): "app key 8d6b…3b1d - metrics arrive" (the " - " is no connector there: the
# key's value stands before it); judged as a value after a bare space is.
_KEYED_AGAIN = re.compile(
    rf"(?P<key>{_KEY_WORDS}|{_CONFIG_KEY})(?P<conn>[ ]+)(?P<q>)(?P<v>[^\s\"'`,;<>()]{{1,512}})",
    _I,
)
# a key's own connector: ":" or "=" and spaces (``credential_steps``' second reading)
_OWN_CONNECTOR = re.compile(r"[ ]*[:=][ ]*")
# a first reading of one qualifier word and a dash: "key <word> - <value>"
_QUALIFIED = re.compile(r"[ ]+[^\s:=?!,;()\"]{1,512}+[ ]+-[ ]+")
# An aside in brackets and no connector ("api key (encoded) VnVh…=="): as weak a lead as a
# bare space (round 35)
_ASIDE_CONN = re.compile(r"[ ]*\([^()\n]{1,40}\)[ ]+")
# a shell's default for an unset variable: "${API_TOKEN:-x}" hard-codes x (also a script's
# positional argument's, quoted: SECRET=${1:-"x"})
_ENV_DEFAULT = re.compile(r"\$\{(?:[A-Za-z_]\w*|\d):-(?P<dq>[\"']?)(?P<d>[^}\s\"']+)(?P=dq)\}")
# a Kubernetes or compose env entry: "- name: FACEBOOK_TOKEN" then "value: x" below it
_ENV_ENTRY = re.compile(
    rf"name:[ ]*[\"']?(?P<key>{_CONFIG_KEY})[\"']?(?P<conn>[ ]*\n[ ]*value:[ ]*)"
    r"(?P<q>[\"']?)(?P<v>[^\s\"'`,;<>]{1,512})",
    _I,
)
# A key naming an identifier, not a secret: "key id", kms_key_id, credentialsId,
# Idempotency-Key, request/trace/correlation ids.
# ... or something about the secret rather than the secret: token_type, key_name,
# api_key_url, token expiry, secret length.
_ID_KEY = re.compile(
    # ("NewSSID", "NewBSSID": a camel-cased key's network name or address, round 60)
    r"(?i:(?<![a-z])ids?(?![a-z])|identifier|(?<![a-z])[eb]?ssid|(?-i:(?<=[a-z])[EB]?SSID)|idempoten"
    r"|kms|request|trace|correlation|"
    r"fingerprint|thumbprint|(?<=[_.\- ])(?:type|name|url|uri|endpoint|expiry|expires|"
    r"expiration|ttl|length|format|prefix|scope|label|hint|count|file|path|dir|ref|"
    r"reference|hash|hashed|digest|checksum)(?![a-z])"
    # the header that carries it ("api key header: X-Api-Key"); not where it is sent ("api_key
    # im Header: …", "token in the header: …", round 35)
    r"|(?<=[_.\-]|(?<![ ](?:in|im|as|als|the|dem|den))[ ])header(?![a-z])"
    # ... or a record about it in a field's name: when it was made, used or rotated, its
    # digest, its version ("api_token_last_used", "secret_sha256", "key.version")
    r"|(?<=[_.\-])(?:sha\d*|md5|version|status|state|created|updated|rotated|issued|revoked|"
    r"used|at)(?![a-z])"
    # a key naming a secret object kept elsewhere, not its value: Helm's "existingSecret",
    # "existing_token", a "secretRef"/"tokenSecretRef" (the value is the object's name)
    r"|existing(?=[_.\-]?(?:secret|token|key|cred)))"
    r"|(?<=[a-z])(?:Id|Type|Name|Url|Expiry|Length|Prefix|Scope|Ref|Hash|Digest|Version|"
    r"Status|Created|Updated|Rotated|LastUsed|CreatedAt|UpdatedAt|ExpiresAt)(?![a-z])",
)
# A code identifier as the key: snake_case, dotted, camelCase, SCREAMING_CASE.
_IDENTIFIER_KEY = re.compile(r"\w*[_.]\w+|[a-z]+[A-Z]\w*|[A-Z0-9_]{4,}")
# "x" !== secret  /  "x" == api_key: the value before the key in a comparison
_BEFORE_CMP = re.compile(
    rf"(?P<q>[\"'])(?P<v>[^\"'\n]{{4,256}})(?P=q)[ ]*(?:===|!==|==|!=)[ ]*"
    rf"(?:{_CONFIG_KEY}|{_KEY_WORDS})(?!\w)",
    _I,
)
# -H "Token: x", --header 'X-Api-Key: x', Api-Token: x on a header line, an "X-" header
# after a label's colon ("Auth header from our app: X-API-Key: x")
_HEADER = re.compile(
    r"(?:(?:-H|--header)[ ]+[\"']?|^[ ]*|(?<=:[ ]{1,3})(?=x-))"
    r"(?P<name>[\w\-]*(?:token|key|secret)[\w\-]*)"
    r"[ ]*:[ ]*(?P<v>[^\s\"',;]{3,512})",
    _I | re.MULTILINE,
)
_HEADER_MIN = 8  # shorter only under an "X-…-Key" header (``_auth_header``)
# <genericToken>x</genericToken>, <apiKey>x</apiKey>
_XML = re.compile(
    r"<(?:(?P<tag>[\w\-.]*(?:token|secret|key|password|passwd)[\w\-.]*)|(?P<el>[\w\-.:]+)[ ]+"
    r"(?:[\w\-:]+=[\"'][^\"'<>]*[\"'][ ]+)*name=[\"'][\w\-.]*(?:token|secret|key|password|passwd)"
    r"[\w\-.]*[\"'][^<>]*)>\s*(?P<v>[^<>\s]{8,512})\s*</(?:(?P=tag)|(?P=el))>",
    _I,
)
# A shape that names a value rather than being one: a placeholder ("sk_live_XXXX",
# "AKIA…EXAMPLE", "xoxp-…-####", "RANDOMSTRINGHERE").
_PLACEHOLDER_WORDS = re.compile(
    r"(?:example|sample|dummy|placeholder|here)(?![a-z])|your[_\-]|(?-i:^Your[A-Z])|replace|"
    r"redacted|changeme|insert",
    _I,
)
# a word typed twice or more to fill a slot: "tokentoken", "jwtjwt", "abcabc"
_REPEATED = re.compile(r"([a-z]{2,8})\1+", _I)
# "####", "****": never in a token's alphabet. A run of one letter or digit
# ("sk_live_XXXXXXXXXXXX", "0000…") is a placeholder when it ends the value or is a third of
# it (a 300-character session token may hold XXXXXXX).
_MARKS = re.compile(r"#{4,}|\*{4,}")
_FILLER = re.compile(r"x{6,}|0{12,}|(.)\1{19,}", _I)
# "sk-...", "ghp_…": a prefix and an ellipsis names a kind of key without giving one
_ELIDED = re.compile(r"\.{3,}|…")
_SHORT_ELIDED = 8  # fewer letters and digits than this before the ellipsis: nothing given
_ANY_PLACEHOLDER = re.compile(
    f"{_PLACEHOLDER_WORDS.pattern}|{_MARKS.pattern}|{_FILLER.pattern}|{_ELIDED.pattern}", _I
)


# a vendor's prefix before a key's body ("sk_live_", "ghp_", "xoxb-"): it gives nothing away
_VENDOR_PREFIX = re.compile(r"[A-Za-z]{1,10}[_\-](?:(?:live|test|prod|v1)[_\-])?")


# a vendor's prefix and a body of one filler character: "sk_live_xxx", "ghp_XXXX",
# "xoxb-****", "AKIA0000": the kind of key named, none given (any length of filler)
_FILLED_BODY = re.compile(
    r"[A-Za-z]{1,10}[_\-](?:(?:live|test|prod|v1)[_\-])?(?:x{2,}|X{2,}|\*{2,}|•{2,}|0{2,}|\.{2,}|…)"
    r"[.,;:!?)\]}\"'`]*"
)


def _elided_short(value: str) -> bool:
    """Too few letters and digits around an ellipsis to be a key: a key's kind
    ("sk-..."), or a key shown masked, its prefix and last characters with the middle
    left out ("sk_live_…4f2a", "AKIA…X7Q2"); the vendor's prefix does not count."""
    prefix = _VENDOR_PREFIX.match(value)
    body = value[prefix.end() :] if prefix is not None else value
    return sum(c.isalnum() for c in body) < _SHORT_ELIDED


class _Placeholder:
    """``_PLACEHOLDER.search(value)``: a placeholder's words, or a filler run that makes up
    a third of the value."""

    @staticmethod
    def search(value: str) -> bool:
        if _REPEATED.fullmatch(value) is not None or _FILLED_BODY.fullmatch(value) is not None:
            return True
        if _ANY_PLACEHOLDER.search(value) is None:
            # the common case, one search (and a part's length said in its place)
            return (
                _DIGIT_THEN_WORD.search(value) is not None and _SHAPE_SAID.search(value) is not None
            )
        if _PLACEHOLDER_WORDS.search(value) or _MARKS.search(value):
            return True
        if _ELIDED.search(value) and _elided_short(value):
            return True
        return any(
            3 * len(m.group()) >= len(value) or m.end() == len(value)
            for m in _FILLER.finditer(value)
        )


_PLACEHOLDER = _Placeholder()
_DOMAIN = re.compile(r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,12}")
_COMPOUND = re.compile(
    r"[A-ZÄÖÜ]?[a-zäöüß]+(?:[\-_.][A-ZÄÖÜ]?[a-zäöüß]+)+|[A-Z]{2,6}(?:[\-_][A-ZÄÖÜ]?[a-zäöüß]+)+"
)
_PART_SPLIT = re.compile(r"[\-_.]")
_WORD_PART = re.compile(
    r"(?:[A-Z]?[a-z]{2,}|[A-Z][a-z])(?:[A-Z][a-z]+)+|[A-Z]?[a-z]{2,}|[A-Z]{2,5}"
)
_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")
_CAMEL_WORDS = re.compile(r"[a-z]*(?:[A-Z][a-z]+){2,}")
# a name in code: "expiresIn", "accessToken", "MaxRetries"
_CAMEL_NAME = re.compile(r"[a-z]{2,}(?:[A-Z][a-z]+)+|(?:[A-Z][a-z]+){2,}")
# The prefix of a provider token up to its first separator: "sk_live_", "xoxb-", "AccountKey="
_PROVIDER_PREFIX = re.compile(r"^[A-Za-z0-9]{1,12}?[_\-=.](?:(?:live|test|prod|v1)[_\-])?")
# A body of words: "xoxb-my-bot-token", "ghp_your_token_here"
_WORDS_ONLY = re.compile(r"[a-z]{2,}(?:[_\-][a-z]{2,})+")


# Inside a provider's exact format only what asks to be filled in is a placeholder
# ("sk_live_your_key_here", "…REPLACE_ME", a run of x): an example or test key in the
# format ("AKIA…EXAMPLE", "npm_aaaa…", a body of zeros or a short pattern repeated) is a key
# all the same, and masking a key-shaped string loses the customer nothing.
_ASKING = re.compile(r"your[_\-]|replace|redacted|changeme|insert|placeholder|here(?![a-z])", _I)
_X_RUN = re.compile(r"x{6,}", _I)
_DIGIT_THEN_WORD = stdre.compile(r"\d[a-zA-Z]{4}")
# a part's length said in its place: "xoxb-11digits-12digits-24chars", "sk_live_32zeichen"
_SHAPE_SAID = re.compile(
    r"(?<![A-Za-z])\d{1,3}[_\-]?(?:digits?|chars?|characters|letters|zeichen|stellen|ziffern)"
    r"(?![a-z])",
    _I,
)
# "xoxp-1234567890": a short bare number after the prefix is a made-up example
_SHORT_NUMBER = 20


def provider_token_ok(token: str, after: str = "", *, exact: bool = True) -> bool:
    """A provider-shaped match that is a real token, not a placeholder (``sk_live_XXXX``,
    ``…-####`` in ``after``, ``xoxb-my-bot-token``: words) or an identifier
    (``hf_requiredCharacteristicTypes…``: no digit, camel-case words). ``exact``: the
    match has the provider's documented prefix, length and alphabet, so a filler body
    (``AAAA…``, ``0000…``, ``EXAMPLE``) is still a key; otherwise it is a placeholder."""
    if _FILLED_BODY.fullmatch(token):
        return False
    if _SHAPE_SAID.search(token) is not None:
        return False  # "xoxb-11digits-12digits-24chars": the format described, no token
    if exact:
        if (
            _MARKS.search(token + after)
            or _ASKING.search(token)
            or any(
                3 * len(x.group()) >= len(token) or x.end() == len(token)
                for x in _X_RUN.finditer(token)
            )
            or (_ELIDED.search(after) and sum(c.isalnum() for c in token) < _SHORT_ELIDED)
        ):
            return False
    elif _PLACEHOLDER.search(token + after):
        return False
    body = _PROVIDER_PREFIX.sub("", token, count=1)
    if _WORDS_ONLY.fullmatch(body) or (body.isdigit() and (not exact or len(body) < _SHORT_NUMBER)):
        return False  # words, or a number alone ("xoxp-1234567890"): a made-up example
    return any(ch.isdigit() for ch in body) or not _CAMEL_WORDS.fullmatch(body)


# "G9Tsyb… <- das ist der API-Schlüssel", "abc… is my api key"
_BEFORE_KEY = re.compile(
    r"(?<![A-Za-z0-9_\-+/=~.])(?P<v>[A-Za-z0-9_\-+/=~.]{16,}+)[ ]*(?:<-|←|-|:|=|,)?[ ]*"
    r"(?:(?:that's|this is|das ist|is|ist|was|war|my|mein|meine|der|die|das|the|our|unser|"
    r"unsere|new|neue|neuer)[ ]+){0,3}(?:[\w\-]+[ ]+){0,2}?[\w\-]{0,20}?"
    + umlaut_spellings(r"(?:api[ _\-]?key|token|secret|schlüssel|geheimnis|bearer|key)(?!\w)"),
    _I,
)
# A key word ending its line and the token alone on the next: "the bearer token below\nx",
# "nutzt den Token\nx\nseit gestern …"; or opening the next line of a wrapped mail, the
# sentence going on after it ("… as username and token\nx. Subdomain …")
_NEXT_LINE = re.compile(
    rf"(?<![\w\-]){_KEY_WORDS}(?:[ ]+(?:below|here|unten|hier|anbei|follows|folgt))?[ ]*[:.!]?"
    r"[ ]*\n[ ]*(?P<v>[A-Za-z0-9_\-+/=~.]{15,511}[A-Za-z0-9_\-+/=~])[.,;:!?)]*[ ]*(?=[ ]|\n|\Z)",
    _I,
)
# Round 37: the key word earlier on a line that ends with a colon, the token alone on the
# next ("hat mir einen neuen API-Schlüssel gegeben, den soll ich Ihnen schicken:\nx"): the
# colon hands over what the line's key word named (judged as ``_NEXT_LINE``'s token)
_CLAUSE_THEN_LINE = re.compile(
    rf"(?<![\w\-]){_KEY_WORDS}[^\n:]{{1,100}}:[ ]*\n[ ]*"
    r"(?P<v>[A-Za-z0-9_\-+/=~.]{19,511}[A-Za-z0-9_\-+/=~])[ ]*(?=\n|\Z)",
    _I,
)
# A long random token alone on its line (quotes and a trailing comma allowed): what a
# customer pastes when asked for "the key" shows no key word; 40+ characters keep Bitcoin
# addresses (at most 35) out, and ``_bare_token`` asks for every character class.
# A short lead-in and a colon may stand before it ("here it is: x", "hier bitte: x"): the
# colon hands the value over; the lead-in names no id, hash or public key.
# A remark after a dash may follow it ("x - generated it yesterday in the settings").
_BARE_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?P<lead>[^\n:\"'`=]{1,40}):[ \t]+)?"
    r"[\"'`]?(?P<v>[A-Za-z0-9_\-+/=]{40,512})[\"'`]?[ \t]*,?(?:[ \t]+-[ \t]+[^\n]{0,200})?[ \t]*$"
)
# The same token in quotes anywhere in a line ("mailgun '<token>' …"): the quotes hand it
# over as a value; what stands before it on its line names no id, hash or public key.
_QUOTED_TOKEN = re.compile(r"(?<![\w\\])([\"'`])(?P<v>[A-Za-z0-9_\-+/=]{40,512})\1(?![\w])")
_QUOTED_LEAD = 40
_LEAD_WORDS = 5
# The words right before a value name it as another kind of number ("UPS tracking 1Z…",
# "Sendungsnummer: …", "order #…"): a reference, whatever key word follows it ("… - the
# hardware key is on its way" names what was shipped).
_NAMED_REFERENCE = re.compile(
    r"(?i)(?<![a-z])(?:tracking|sendung(?:snummer)?|shipment|parcel|paket|order|bestellung|"
    r"bestellnummer|invoice|rechnung(?:snummer)?|serial|seriennummer|ticket|case|booking|"
    r"buchung(?:snummer)?|reference|referenz|aktenzeichen)"
    r"(?:[ ]?(?:no\.?|nr\.?|number|nummer|code|id|#))?[ ]*[:#]?[ ]*\Z"
)
_SHARED_BLOCK = re.compile(
    r"BEGIN (?![A-Z ]{0,30}PRIVATE)[A-Z0-9 ]{2,40}-----.*?(?:END [A-Z0-9 ]{2,40}|\Z)", re.DOTALL
)
# The same in XML: a signature's certificate, digest or value, a public key's modulus
# (SAML metadata, XML-DSig, .NET key files): public by design, however random the base64.
_SHARED_ELEMENT = re.compile(
    r"<(?:[\w\-]+:)?(?P<t>X509(?:Certificate|CRL|SKI)|SignatureValue|DigestValue|Modulus|"
    r"Exponent|PublicKey|Certificate|PublicCertificate|SigningCertificate|EncryptionCertificate)"
    r"(?:[ ][^<>]*)?>.*?(?:</(?:[\w\-]+:)?(?P=t)>|\Z)",
    re.DOTALL | re.IGNORECASE,
)
_SHARED_ELEMENT_HINT = stdre.compile(
    r"<(?:\w+:)?(?:x509|signaturevalue|digestvalue|modulus|exponent|publickey|\w*certificate)"
)
# the words in a long identifier: "ShouldNotDetectLongMethodNames"
_WORD_RUN = re.compile(r"[A-Z]?[a-z]{3,}")
# A public or publishable key is meant to be shared (pk_live_…, ssh-rsa AAAA…).
# (a key for a vendor's "Public API" is that API's secret key: "lexoffice Public API Key")
_PUBLIC = re.compile(
    r"public(?![ _\-]?api)|publishable|öffentlich|\bpub\b|"
    r"pk_(?:live|test)_",
    _I,
)
_MAX_KEYED = 48  # bounded work per message
# (the cheap conditions below are literals and ASCII classes: the stdlib engine scans them
# several times faster than ``regex``, with the same matches)
_LONG_RUN = stdre.compile(r"[A-Za-z0-9_\-+/=~.]{16}")
_KEY_HINT = stdre.compile(
    umlaut_spellings(r"key|secret|token|auth|schlüssel|geheimnis|session|sess|sid|cookie|cred|")
    + "community|psk|bearer|pat"
)
#: The keyed rules' gate (the pairs and every path after ``_KEY_HINT``'s tests in
#: ``credential_steps``), read by the pre-check (``required_literals``): a key word taught
#: here opens the credential family there ("SESSIONID=…", round 42).
KEYED_GATE: str = _KEY_HINT.pattern
#: Literals that every keyed, scheme or webhook match contains (read by the pre-check).
TRIGGERS: tuple[str, ...] = (
    "key",
    "secret",
    "token",
    "auth",
    "bearer",
    "basic",
    "digest",
    "schlüssel",
    "schluessel",
    "geheimnis",
    "community",
    "psk",
    "cred",
    "cookie",
    "private",
    "hooks.slack",
    "webhooks",
    "/t/",
    "radtest",
)
#: Regex fragments the pre-check also scans for: every provider token, JWT and query
#: secret is one run of 20+ token characters, or a ``?name=`` pair.
PRECHECK_PATTERNS: tuple[str, ...] = (r"[A-Za-z0-9_\-.+/=]{20,}", r"[?&;][\w\-]+=")
#: For some of ``PRECHECK_PATTERNS``: literals one of which every match holds (in the
#: lower-cased text), tested by the pre-check before the regex's scan.
PRECHECK_HINTS: dict[str, tuple[str, ...]] = {PRECHECK_PATTERNS[1]: ("=",)}
#: For the pre-check: a distinct provider prefix and a short body (``DISTINCT_PREFIXES``),
#: case-sensitive as ``_PROVIDER`` is (the lookahead holds every prefix's first letter: a
#: third of the cost of the plain alternation on typical chat); or a body typed apart by a
#: space (``_spaced_tokens``: "ghp_ 7Hk2…", "sk_live_51Hx4 O9kL…").
SHORT_TOKEN_HINT = stdre.compile(
    r"(?=[dfghlnprsxA])(?:" + "|".join(DISTINCT_PREFIXES) + r")"
    r"(?:[ ]?[A-Za-z0-9\-]{8}|[A-Za-z0-9]{1,7}[ ][A-Za-z0-9]{4})"
)
# Every distinct prefix but AWS's ends in "_" or "-", or is a vault token's "hvs." or
# "hvb." (a test pins it): most chat holds none of these, and the substring tests cost a
# fraction of the scan.


def short_token_hinted(text: str) -> bool:
    """``SHORT_TOKEN_HINT`` matches ``text``."""
    return (
        "_" in text
        or "-" in text
        or "hvs." in text
        or "hvb." in text
        or "AKIA" in text
        or "ASIA" in text
    ) and SHORT_TOKEN_HINT.search(text) is not None


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _example(value: str) -> bool:
    """A provider prefix and a bare number: "xoxp-1234567890" is an example, not a token."""
    return bool(_PROVIDER_PREFIX.sub("", value, count=1).isdigit())


def _wordy(value: str) -> bool:
    """Words and small numbers joined: a name ("SalesResults-1.2", "DOC_Vector_5_32")."""
    parts = [p for p in _PART_SPLIT.split(value) if p]
    return len(parts) > 1 and all(
        (p.isdigit() and len(p) <= 4) or _WORD_PART.fullmatch(p) is not None for p in parts
    )


# a day's stamp as one part of a joined id: "…-20261201", "backup_2025-03-02_…"
_DATE_STAMP = re.compile(
    r"(?:(?<=[\-_.])|^)20\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?=[\-_.]|$)"
)


def _dated_words(value: str) -> bool:
    """Two or more of the id's parts are words: a name a program composed with the day
    ("run-fail-…-20261201", "export_orders_20250301"); a key never carries a date."""
    known = words.dictionary()
    parts = re.split(r"[\-_.]+", value)
    return sum(len(p) >= 3 and p.lower() in known for p in parts) >= 2


@lru_cache(maxsize=1024)
def looks_random(value: str, *, min_len: int = 12) -> bool:
    """A key or token rather than a word, a number, an address or a reference."""
    if len(value) < min_len or value.isdigit() or (value.isalpha() and value.islower()):
        return False
    if _counted_out(value):
        return False  # "1234567890abcd": a dummy
    if _DOMAIN.fullmatch(value) or _COMPOUND.fullmatch(value) or _wordy(value):
        return False  # a host name ("5h.ca.iphmx.com"), words joined ("API-Dokumentation")
    if _DATE_STAMP.search(value) and _dated_words(value):
        return False  # "run-fail-fl_2k8s9-20261201": a program's id of words and a day
    if len(value) >= 16 and _HEX.fullmatch(value) and not value.isdigit():
        return entropy(value) >= 2.5  # 16 hex digits carry less entropy per character
    lower = any(c.islower() for c in value)
    upper = any(c.isupper() for c in value)
    digit = any(c.isdigit() for c in value)
    symbol = not value.isalnum()
    classes = lower + upper + digit + symbol
    if classes < 2 or (not digit and classes < 3):
        return False  # CamelCaseWords
    if entropy(value) < 3.0:
        return False
    return value.lower() not in words.dictionary() and not words.is_non_secret_shape(value)


# a JWT's shape after a scheme: three base64url parts
_THREE_PARTS = re.compile(r"[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}")
# a word and a number ("plan2024", "Tier-3"): what "Basic"/"Bearer" in prose is followed by
_WORD_NUMBER = re.compile(r"(?P<w>[A-Za-z]{2,})[_\-.]?\d{1,6}")
_WEAK_MIN = 8
_WEAK_LONG = 16


@lru_cache(maxsize=1024)
def weak_token(value: str) -> bool:
    """A value shaped as a token, however weak: what an authorisation scheme or a key that
    names a secret is given (``zzyy1122zzyy``, ``ZXZhOndvbGtl``, twenty lower-case letters).
    Eight to fifteen characters need letters with digits or random mixed case; sixteen or
    more any token alphabet. Not a word or words joined, a name in camel case, a
    reference, template, null or mask (``words.is_non_secret_shape``), a placeholder
    (``xxxx``, ``YOUR_TOKEN``, a run of one character) or a host."""
    core = value.rstrip("=")
    if len(core) < _WEAK_MIN or not _TOKEN_CHARS.fullmatch(value):
        return False
    low = core.lower()
    if (
        low in words.dictionary()
        or len(set(low)) <= 2  # "aaaaaaaa", "abababab": a filler
        or words.is_non_secret_shape(value)
        or _PLACEHOLDER.search(value)
        or _ASKING.search(value)
        or _X_RUN.search(value)
        or _stored_elsewhere(value)
        or _DOMAIN.fullmatch(core)
        or _COMPOUND.fullmatch(core)
        or _wordy(core)
        or _WORDS_ONLY.fullmatch(low)
        or _CAMEL_WORDS.fullmatch(core)
        or _CAMEL_NAME.fullmatch(core)
    ):
        return False
    if len(core) >= _WEAK_LONG:
        return True
    letters = any(c.isalpha() for c in core)
    digits = any(c.isdigit() for c in core)
    mixed = any(c.isupper() for c in core[1:]) and any(c.islower() for c in core)
    return letters and (digits or mixed)


def _basic_pair(value: str) -> bool:
    """``Basic ZXZhOndvbGtl``: base64 of ``user:password`` (printable, one colon)."""
    decoded = _b64decode(value)
    return decoded is not None and decoded.isprintable() and decoded.count(":") >= 1


# Base64 of "user:password" without its scheme word, as a header or a proxy shows it
# ("Authorization: XXXXX Ym9iOnNlY3JldA==", "the header carries dXNlcjpwYXNz"): the
# login and its password, encoded, not encrypted.
_PAIR_HINT = stdre.compile(r"auth|header|proxy|credential|login|anmeld")
_B64_TOKEN = re.compile(
    r"(?<![\w+/=\-.])(?=[A-Za-z0-9+/]*[0-9+/=])[A-Za-z0-9+/]{8,256}={0,2}(?![\w+/=\-])"
)
_LOGIN_PAIR = re.compile(r"[\w.@+\-]{1,64}:[\x21-\x7e][\x20-\x7e]{0,127}")


# A plain-text htpasswd line, "name:password" alone on its line, in a message about an
# htpasswd file (a hashed line's "$apr1$…", "$2y$…", "{SHA}…" is a hash: left alone).
_HTPASSWD_LINE = re.compile(
    r"(?m)^[ \t>]*(?P<u>[A-Za-z][\w.\-@]{0,31}):(?P<v>[^\s:$/{][^\s:]{2,63})[ \t]*$"
)
_PORT = re.compile(r"\d{1,5}")


def _plain_login(m: re.Match[str]) -> bool:
    v = m.group("v")
    return _PORT.fullmatch(v) is None and not _PLACEHOLDER.search(v)


def _b64_login(value: str) -> bool:
    """``value`` is base64 (length a multiple of four) of ``user:password`` in ASCII."""
    if len(value) % 4:
        return False
    decoded = _b64decode(value)
    return decoded is not None and _LOGIN_PAIR.fullmatch(decoded) is not None


def _b64decode(value: str, limit: int = 0) -> str | None:
    """``value`` (standard or URL-safe base64, padding optional) decoded as UTF-8, its
    first ``limit`` characters only when ``limit``; None when it is not base64 text."""
    core = value.rstrip("=").replace("-", "+").replace("_", "/")
    if limit:
        core = core[: limit - limit % 4]
    core += "=" * (-len(core) % 4)
    try:
        raw = base64.b64decode(core, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw.decode("utf-8", "replace")


def _b64_json(value: str) -> bool | None:
    """``value`` as base64 of a JSON object: True when a field of its start names a key or
    secret (``{"k":…``, ``{"client_secret":…``), False when none does (a cursor, a state:
    ``{"page":2}``: data, not a credential), None when it is no such thing."""
    if not value.startswith("eyJ"):
        return None
    decoded = _b64decode(value, limit=96)
    if not decoded or not decoded.startswith('{"'):
        return None
    return _SECRET_FIELD.search(decoded) is not None


_ALG_NONE = re.compile(r'"alg"[ ]*:[ ]*"none"', _I)


def _unsigned_jwt(value: str) -> bool:
    """A JWT whose header says ``"alg": "none"`` and whose signature is empty (see
    ``_sample_jwt``)."""
    head, _, rest = value.partition(".")
    decoded = _b64decode(head, limit=96)
    return (
        decoded is not None and _ALG_NONE.search(decoded) is not None and not rest.partition(".")[2]
    )


def _jwt_header(header: str) -> bool:
    """A JWT's first part: base64 of a JSON object naming the algorithm or the type."""
    decoded = _b64decode(header)
    return (
        decoded is not None
        and decoded.startswith("{")
        and ('"alg"' in decoded or '"typ"' in decoded)
    )


def _scheme_value(m: re.Match[str]) -> bool:
    """The value after an authorisation scheme is a credential: a random one after any
    scheme; a weak one (``weak_token``) after ``Bearer``/``Basic`` or an ``Authorization:``
    header, not a word with a number after a bare scheme word (``Basic plan2024``); base64
    of ``user:pass`` after ``Basic``."""
    v = m.group("v")
    if _ELIDED.search(v) and _elided_short(v):
        return False  # "token ghp_...Q7x2": shown masked, nothing of it given
    if looks_random(v, min_len=8):
        return True
    scheme = (m.group("s") or m.group("a") or "").lower()
    header = m.group("a") is not None
    if not header and scheme not in ("bearer", "basic"):
        return False
    if scheme == "basic" and _basic_pair(v):
        return True
    plain = _WORD_NUMBER.fullmatch(v)
    if not header and plain is not None and plain.group("w").lower() in words.dictionary():
        return False
    return weak_token(v)


# Words that call a value a documentation's example: "the AWS docs use AKIA…EXAMPLE as
# example access key", "der Beispiel-Key aus der Doku"
_EXAMPLE_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:examples?|sample|docs|documentation|tutorial|readme|beispiel\w*|"
    r"doku\w*|anleitung)(?![a-z])"
)
_EXAMPLE_REACH = 60


def _sample_jwt(text: str, start: int, end: int) -> bool:
    """An unsigned JWT ("alg": "none", no signature) the words around call an example or
    the documentation's: a sample for decoding. Unsigned but unnamed (a test's token, a
    header's value) it stays masked: some servers still accept one."""
    if not text.startswith("eyJ", start) or not _unsigned_jwt(text[start:end].rstrip(".")):
        return False
    around = text[max(0, start - _EXAMPLE_REACH) : start] + " " + text[end : end + _EXAMPLE_REACH]
    return _EXAMPLE_WORDS.search(around) is not None


def _word_example(text: str, start: int, token: str) -> bool:
    """A provider's prefix with a plain word for its body, the words around calling it an
    example: "GITHUB_TOKEN=ghp_short as example", "z.B. sk_live_beispiel" (the format shown,
    no key in it)."""
    body = _PROVIDER_PREFIX.sub("", token, count=1)
    if not (body.isalpha() and body.islower() and len(body) <= 12):
        return False
    end = start + len(token)
    around = text[max(0, start - _EXAMPLE_REACH) : start] + " " + text[end : end + _EXAMPLE_REACH]
    return _EXAMPLE_SAID.search(around) is not None


# the example words said, not in an address ("john@example.com", "docs.example.org")
_EXAMPLE_SAID = re.compile(
    r"(?<![@.\w])(?:" + _EXAMPLE_WORDS.pattern.replace("(?i)", "", 1) + r")(?!\.\w|@)", _I
)


def _called_example(text: str, start: int, end: int) -> bool:
    """A key in a provider's format whose body says it is an example (``…EXAMPLE``), and
    the words around it call it one: the documentation's sample, quoted as such (the format
    alone does not decide it: a config line holding the sample stays masked)."""
    if "EXAMPLE" not in text[start:end]:
        return False
    around = text[max(0, start - _EXAMPLE_REACH) : start] + " " + text[end : end + _EXAMPLE_REACH]
    return _EXAMPLE_WORDS.search(around) is not None


@lru_cache(maxsize=16)
def find_credential_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sorted unique spans of credentials in (normalised) ``text``."""
    return run_steps(credential_steps(text))


#: Keyed matches judged per slice of ``credential_steps``.
STEP_KEYED = 16
#: Bare token lines judged per slice of ``credential_steps``.
STEP_BARE = 8


# every ``_SCHEME`` match holds one of these (in the lower-cased text)
_SCHEME_HINT = stdre.compile(r"bearer|basic|token|apikey|api-key|digest|authorization")


# A log record's session field: "2024-05-01T10:00:00Z WARN … user=x ip=… session=3f9a…"
# names the session the record belongs to, as a request id would (a cookie sends one: a
# "Cookie:"/"Set-Cookie:" line keeps it a secret).
_SESSION_KEY = re.compile(r"(?i)[\w.\-]*?(?:session|sess|sid)")
_LOG_RECORD = re.compile(
    r"[ \t>]*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|\w{3} [ \d]\d \d{2}:)"
)
_LOG_PAIR = re.compile(r"(?<![\w.\-])[A-Za-z_][\w.\-]*=[^\s=]")
_LOG_PAIRS = 3


def _logged_session(text: str, m: re.Match[str]) -> bool:
    """``m`` (a keyed match) is a session id in a log record: a hex value under a session
    key on a line that opens with a timestamp and holds other ``key=value`` fields."""
    if not _SESSION_KEY.fullmatch(m.group("key")) or not _HEX.fullmatch(m.group("v")):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return (
        _LOG_RECORD.match(line) is not None
        and "cookie" not in line.lower()
        and len(_LOG_PAIR.findall(line)) > _LOG_PAIRS
    )


# An HTML mail's inline formatting around a value: "the API key is <b>x</b>", "Token:
# <code>x</code>", '<span style="…">x</span>'. The tags style the text; read as spaces of
# the same length (offsets stay put), the value stands after its key word as in plain text.
# Only formatting tags: a line break or a cell (<br>, <td>) starts another item, and a word
# in angle brackets ("<YOUR_TOKEN>") is a placeholder, not a tag.
_INLINE_TAG = re.compile(
    r"</?(?:b|strong|i|em|u|code|tt|kbd|samp|mark|span|font)(?:[ ][^<>\n]{0,120})?>", _I
)


def _blank_inline_tags(text: str) -> str:
    out: str = _INLINE_TAG.sub(lambda m: " " * len(m.group()), text)
    return out


# A refresh token under a name that says only "refresh" ('localStorage.app_refresh =
# "rt_…"', "refresh: …", "REFRESH=…" in a console, a config or a storage dump): the
# value, random and 20+ characters long (so the pre-check's long run holds it), is that
# token; a short or plain one is a setting ("auto_refresh = true", "refresh: 30s").
_REFRESH_VALUE = re.compile(
    r"(?<![\w\-])(?P<key>[\w.\-]*refresh[\w.\-]*)[\"'\]]*[ ]*(?::|=|=>)[ ]*[\"'`]?"
    r"(?P<v>[A-Za-z0-9_\-.+/=~]{20,512})(?![\w\-.+/=~])",
    _I,
)


# A product's licence key that the customer reads off the box, a sticker or a licence
# certificate ("the product key printed on the licence certificate: X", "Lizenzschlüssel
# auf dem Aufkleber: X"): a product code that comes with the goods, not a secret anyone
# signs in with. A licence key sent by mail or given plainly stays a key.
_PRODUCT_KEY = re.compile(
    umlaut_spellings(
        r"(?<![a-z])(?:product|produkt|licen[cs]e|lizenz|activation|aktivierungs|serial|cd)"
        r"[ _\-]?(?:key|schlüssel|code)"
    ),
    _I,
)
_PRINTED = re.compile(
    umlaut_spellings(
        r"printed|(?:on|from)[ ]+(?:the[ ]+)?(?:box|package|packaging|sticker|label|certificate|"
        r"licen[cs]e[ ]+certificate|card|case|back)(?![a-z])|aufgedruckt|gedruckt|"
        r"auf[ ]+(?:dem|der)[ ]+(?:karton|packung|verpackung|aufkleber|etikett|zertifikat|"
        r"lizenzzertifikat|karte|rückseite)"
    ),
    _I,
)


def _printed_product_key(text: str, m: re.Match[str], value_start: int) -> bool:
    """``m`` (a keyed match) gives a product's licence key (at ``value_start``) the words
    say is printed on the goods or their certificate."""
    head = text[max(0, m.start() - 16) : value_start]
    return _PRODUCT_KEY.search(head) is not None and _PRINTED.search(head) is not None


# A portal's "Value" field under a secret it just made, copied as the page lays it out:
# "New client secret "sync"\n Value: x\n Secret ID: …", "Token erstellt\nWert: x". The
# value, random, after a "Value:"/"Wert:" label that opens its line, a secret, key or token
# named on the lines just above (not its id: "Secret ID" names the next field).
_VALUE_LINE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*|[-*•][ \t]*)?(?:value|wert|secret[ ]value)[ \t]*[:=][ \t]*"
    r"[\"'`]?(?P<v>[A-Za-z0-9_~.\-+/=]{16,512})[\"'`]?[ \t]*$",
    _I,
)
_VALUE_NAMED = re.compile(
    umlaut_spellings(r"secret|token|api[ _\-]?key|access[ _\-]?key|schlüssel|geheimnis"), _I
)
_VALUE_REACH = 160


def _named_values(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _VALUE_LINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start("v")) + 1
        above = text[max(0, line_start - _VALUE_REACH) : line_start]
        v = m.group("v")
        if (
            _VALUE_NAMED.search(above) is not None
            and looks_random(v, min_len=16)
            and _plain_value(v)
            and not words.is_uuid(v)
        ):
            found.append(m.span("v"))
    return found


# A message that is one random token and nothing else ("xK9pQ2vL7mR4tW8zN3bY6cH1sD5f"): a
# customer pasting a key before (or without) saying what it is. Every class of letter and
# digit, no vendor's tag or separator (ids of records are tagged: "acct_…", "pi_…", "req_…"),
# not a JWT's header alone ("eyJ…"), not a coin address (base58 from "1"/"3", "0x" and hex).
_LONE_TOKEN = re.compile(
    r"(?=[A-Za-z]*\d)(?=[A-Z0-9]*[a-z])(?=[a-z0-9]*[A-Z])(?!eyJ)[A-Za-z0-9]{24,128}"
)
_COIN_ADDRESS = re.compile(r"[13][1-9A-HJ-NP-Za-km-z]{24,33}|0x[0-9A-Fa-f]{40}")


def _lone_token(text: str) -> tuple[int, int] | None:
    """The span of the one random token a message holds alone (``_LONE_TOKEN``), or None."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if not 24 <= end - start <= 128 or _LONE_TOKEN.fullmatch(text, start, end) is None:
        return None
    value = text[start:end]
    if (
        _COIN_ADDRESS.fullmatch(value)
        or not looks_random(value, min_len=24)
        or _mostly_words(value)  # "ThisIsMyVeryLongClassName2024": a name
        or _encoded_prose(value)
    ):
        return None
    return (start, end) if _plain_value(value) else None


def credential_steps(
    text: str, *, fine: bool = False
) -> Generator[None, None, tuple[tuple[int, int], ...]]:
    """``find_credential_spans`` in slices: yields between groups of keyed matches so
    ``redact_async`` can free the event loop; returns the spans. ``fine``: also between the
    values judged last, one at a time, and between the scans of the whole text (each a
    millisecond on a 2,000-character flood of its kind; a long text on an event loop)."""
    if "<" in text and "</" in text:
        text = _blank_inline_tags(text)
    spans: set[tuple[int, int]] = set()
    # spans no code check may drop: "Bearer aaa.bbb.ccc" is a token's three parts, not a
    # member access
    tokens: set[tuple[int, int]] = set()
    low = text.lower()
    # Each regex runs only when its cheap necessary condition holds: bounded work on
    # long hostile texts (a 2,000-character message of digits skips nearly all of them).
    short = short_token_hinted(text)
    # (the stdlib scan for such a run costs less than a word-length test before it did)
    long_run = short or _LONG_RUN.search(text) is not None
    if long_run:
        provider = [*_PROVIDER.finditer(text), *(_SHORT_PROVIDER.finditer(text) if short else ())]
        for literal, pattern in _UNPREFIXED:
            if literal in text:
                provider.extend(pattern.finditer(text))
        spans.update(
            m.span()
            for m in provider
            if provider_token_ok(m.group(), text[m.end() : m.end() + 4])
            and not _called_example(text, m.start(), m.end())
        )
        if fine:
            yield
        if len(text) <= 160 and (lone := _lone_token(text)) is not None:
            spans.add(lone)
        if short and " " in text:  # (its prefix and a space: ``SHORT_TOKEN_HINT``)
            spans.update(_spaced_tokens(text))
        spans.update(
            m.span()
            for m in _TAGGED.finditer(text)
            if looks_random(m.group("body"), min_len=20)
            and provider_token_ok(m.group(), exact=False)
            and not _PUBLIC.search(m.group())
        )
        spans.update(m.span() for m in _JWT.finditer(text))
        if _KIND_TAG_HINT.search(text) is not None:
            spans.update(m.span() for m in _KIND_TAGGED.finditer(text) if _random_token(m))
        if "-u" in text or "--user" in text:
            spans.update(
                m.span("v")
                for m in _CURL_KEY_USER.finditer(text)
                if looks_random(m.group("v"), min_len=16) and _plain_value(m.group("v"))
            )
        spans.update(
            m.span()
            for m in _PREFIXED_RANDOM.finditer(text)
            if _random_token(m) and not _PUBLIC.search(m.group())  # (Stripe's "pk_live_…")
        )
        if "eyJ" in text:
            spans.update(m.span() for m in _PREFIXED_JWT.finditer(text))
            # (a signed JWT says what it is: no label before it names it another thing,
            # "JWT from the webhook header: eyJ…")
            signed_jwts = [
                m.span() for m in _JWT_SIGNED.finditer(text) if _jwt_header(m.group("h"))
            ]
            spans.update(signed_jwts)
            tokens.update(signed_jwts)
            for m in _B64_JSON.finditer(text):
                if _b64_json(m.group()) is True:
                    spans.add(m.span())
        if fine:
            yield
        for m in _BEFORE_KEY.finditer(text):
            v = m.group("v")
            named = _ID_KEY.search(text, max(0, m.start() - 16), m.start())  # "trace id <v>"
            if (
                named is None
                and _NAMED_REFERENCE.search(text, max(0, m.start() - 32), m.start()) is None
                and not _hash_described(text, m.start("v"), v)
                and looks_random(v, min_len=16)
                and _plain_value(v)
                and not _PUBLIC.search(m.group())
                and _OWN_ASSIGNMENT.match(text, m.end()) is None
            ):
                spans.add(m.span("v"))
        if fine:
            yield
        if "\n" in text:
            clause = _CLAUSE_THEN_LINE.finditer(text) if ":\n" in text else ()
            for m in itertools.chain(_NEXT_LINE.finditer(text), clause):
                v = m.group("v")
                if m.re is _CLAUSE_THEN_LINE and not (
                    any(c.isupper() for c in v)
                    and any(c.islower() for c in v)
                    and any(c.isdigit() for c in v)
                    and not _alphabet(v)
                    and not _mostly_words(v)
                ):
                    continue  # farther from its key word: every class, no hex digest
                line_start = text.rfind("\n", 0, m.start()) + 1
                if (
                    looks_random(v, min_len=16)
                    and _plain_value(v)
                    and not _hash_described(text, m.start("v"), v)
                    and not _PUBLIC.search(text, line_start, m.start("v"))
                    and not _ID_KEY.search(text, line_start, m.start("v"))
                ):
                    spans.add(m.span("v"))
    if fine:
        yield
    if "private key" in low:
        spans.update(m.span() for m in _PEM.finditer(text) if _pem_material(m.group()))
    if "privat" in low or "id_" in low or ".ppk" in low:
        for m in _KEY_BODY.finditer(text):
            body = m.group("v").rstrip()
            if looks_random(body.replace("\n", "")[:100], min_len=16):
                spans.add((m.start("v"), m.start("v") + len(body)))
    if fine:
        yield
    if "=" in text:
        # (the parameter names its value: no code check drops a word there, "?token=seven")
        named = _secret_params(text)
        if "cookie" in low:
            named.extend(_cookie_secrets(text))
        spans.update(named)
        tokens.update(named)
        if "authorization" in low:
            signed = [
                m.span("v") for m in _HEADER_SIGNATURE.finditer(text) if looks_random(m.group("v"))
            ]
            spans.update(signed)
            tokens.update(signed)
        if _KEY_HINT.search(low) is not None:
            pairs, settled = _secret_pairs(text)
            spans.update(pairs)
            tokens.update(settled)
        spans.update(
            m.span("v")
            for m in _QUERY.finditer(text)
            if not _no_param_value(m.group("v"))
            and _plain_value(m.group("v"))
            and not words.is_non_secret_shape(m.group("v"))
            # (a payload's digest tagged with its algorithm, as a webhook signs each
            # request: "sig=sha256%3D3f79…", "signature=sha1=9a0c…"; good for one body only)
            and _SIGNED_DIGEST.match(m.group("v")) is None
            # (an "appid" names an application in some APIs: only a key-shaped one)
            and (
                m.group("app") is None
                or (looks_random(m.group("v"), min_len=16) and not words.is_uuid(m.group("v")))
            )
        )
    if fine:
        yield
    if "refresh" in low and long_run:
        spans.update(
            m.span("v")
            for m in _REFRESH_VALUE.finditer(text)
            if looks_random(m.group("v"), min_len=20)
            and _plain_value(m.group("v"))
            and not _ID_KEY.search(m.group("key"))  # "refresh_job_id = …": a record's id
        )
    if "://" in text and _LINK_WORD_HINT.search(low) is not None:
        spans.update(_access_link_tokens(text))
    if "api" in low:
        spans.update(m.span("v") for m in _API_UUID.finditer(text) if not _ID_KEY.search(m.group()))
    if "login" in low:
        spans.update(m.span("v") for m in _LOGIN_HEX.finditer(text) if len(set(m.group("v"))) > 4)
    if fine:
        yield
    if _PATH_TOKEN_HINT.search(low):
        spans.update(
            m.span("v")
            for m in _PATH_TOKEN.finditer(text)
            if weak_token(m.group("v")) and _in_url(text, m.start())
        )
    if fine:
        yield
    if "hooks" in low:
        # not the documentation's sample with zeroed ids ("T00000000/B00000000/XXXX…",
        # Slack's own docs); a hook with made-up letters is still taken as one
        spans.update(
            m.span("v")
            for m in _SLACK_HOOK.finditer(text)
            if not _ZEROED_HOOK.match(m.group("v")) and _hook_secret(m.group("v"))
        )
        spans.update(m.span("v") for m in _DISCORD_HOOK.finditer(text))
    if "hook" in low or "ifttt" in low:
        spans.update(m.span("v") for m in _PLATFORM_HOOK.finditer(text))
    if "bearer" in low or "token " in low:
        for m in _HEADER_BEARER.finditer(text):
            header = m.group().lower().startswith("authorization")
            if (header or len(m.group("v")) >= _BEARER_MIN) and _header_bearer_value(
                m.group("v"), header=header
            ):
                spans.add(m.span("v"))
    if "basic" in low:
        spans.update(
            m.span("v")
            for m in (*_HEADER_BASIC.finditer(text), *_GLUED_BASIC.finditer(text))
            if _basic_pair(m.group("v"))
        )
    if "htpasswd" in low and ":" in text:
        spans.update(m.span("v") for m in _HTPASSWD_LINE.finditer(text) if _plain_login(m))
    if _PAIR_HINT.search(low):
        spans.update(m.span() for m in _B64_TOKEN.finditer(text) if _b64_login(m.group()))
    if fine:
        yield
    if "/t/" in text:
        spans.update(
            m.span("v")
            for m in _CHANNEL_TOKEN.finditer(text)
            if _channel_token(m.group("v")) and _in_url(text, m.start())
        )
    if "value" in low and ("key" in low or "name" in low):
        spans.update(_named_field_values(text))
    if ("value" in low or "wert" in low) and "\n" in text and long_run:
        spans.update(_named_values(text))
    if "radtest" in low:
        spans.update(
            m.span("v") for m in _RADTEST.finditer(text) if not _no_param_value(m.group("v"))
        )
    if fine:
        yield
    if "://" in text and "@" in text:
        if "@default" in low:
            spans.update(_default_dsn_keys(text))
        if "redis" in low or "valkey" in low:
            redis = _redis_secrets(text)  # (the position names the password, as "?sig=x")
            spans.update(redis)
            tokens.update(redis)
        if "AKIA" in text or "ASIA" in text:
            spans.update(
                m.span("v")
                for m in _URL_AWS_SECRET.finditer(text)
                # (AWS's documented pair, "AKIA…EXAMPLE" and "…EXAMPLEKEY", is an example)
                if not _no_param_value(m.group("v")) and "EXAMPLE" not in m.group(0)
            )
        spans.update(
            m.span("v")
            for m in _URL_USER_TOKEN.finditer(text)
            if _url_user_token(m.group("v")) and not _DSN_HOST.match(text, m.end("v"))
        )
    if "\n" in text and _KEY_LIST_HINT.search(low):
        for m in _KEY_LIST_HEADING.finditer(text):
            if _PUBLIC_KEY_HEADING.search(m.group("h")):
                continue
            pos = m.end()
            for _ in range(_MAX_LISTED_KEYS):
                item = _KEY_LIST_ITEM.match(text, pos)
                if item is None:
                    break
                if weak_token(item.group("v")):
                    spans.add(item.span("v"))
                pos = item.end()
    if "{" in text and _KEY_OBJECT_HINT.search(low):
        for m in _KEY_OBJECT.finditer(text):
            if _PUBLIC_KEY_HEADING.search(m.group("h")):
                continue
            base = m.start("body")
            for n, item in enumerate(_KEY_MEMBER.finditer(m.group("body"))):
                k, v = item.group("k"), item.group("v")
                if n >= _MAX_LISTED_KEYS:
                    break
                if (
                    _OTHER_MEMBER.search(k) is None
                    and _PUBLIC.search(k) is None
                    and not _no_param_value(v)
                    and looks_random(v, min_len=16)
                ):
                    spans.add((base + item.start("v"), base + item.end("v")))
    if "sid" in low and "session" in low:
        sids = [
            m.span("v")
            for m in _SESSION_OBJECT_SID.finditer(text)
            if looks_random(m.group("v"), min_len=12) and not _no_param_value(m.group("v"))
        ]
        spans.update(sids)
        tokens.update(sids)
    if _OTP_HINT.search(low):
        spans.update(
            m.span("v")
            for m in _OTP_SECRET.finditer(text)
            if not _PLACEHOLDER.search(m.group("v"))
            and m.group("v").lower() not in words.dictionary()
        )
    if _SCHEME_HINT.search(low):
        for m in _SCHEME.finditer(text):
            if _scheme_value(m):
                spans.add(m.span("v"))
                if _THREE_PARTS.fullmatch(m.group("v")):
                    tokens.add(m.span("v"))
    if long_run:
        yield
        # a public key's or certificate's body is meant to be shared
        shared = [b.span() for b in _SHARED_BLOCK.finditer(text)] if "BEGIN" in text else []
        if "<" in text and _SHARED_ELEMENT_HINT.search(low):
            shared += [b.span() for b in _SHARED_ELEMENT.finditer(text)]
        for n, m in enumerate(_BARE_LINE.finditer(text)):
            if fine or (n and n % STEP_BARE == 0):
                yield  # a paste of many token lines: judged a few lines per slice
            v = m.group("v")
            if any(s <= m.start() < e for s, e in shared):
                continue
            lead = m.group("lead")
            if lead is not None and (
                len(lead.split()) > _LEAD_WORDS
                or _ID_KEY.search(lead)
                or _HASH_LEAD.search(lead)
                or _PUBLIC.search(lead)
            ):
                continue
            if (
                _bare_token(v)
                and not _hash_described(text, m.start("v"), v)
                and _b64_json(v) is not False
                and not _encoded_file(text, m.start("v"), v)
                and not _mail_header_value(text, m.start("v"))
            ):
                spans.add(m.span("v"))
        if "'" in text or '"' in text or "`" in text:
            for n, m in enumerate(_QUOTED_TOKEN.finditer(text)):
                if fine or (n and n % STEP_BARE == 0):
                    yield
                v = m.group("v")
                line_start = text.rfind("\n", 0, m.start()) + 1
                lead = text[max(line_start, m.start() - _QUOTED_LEAD) : m.start()]
                if (
                    _bare_token(v)
                    and not _ID_KEY.search(lead)
                    and not _HASH_LEAD.search(lead)
                    and not _PUBLIC.search(lead)
                    and not _PUBLIC.match(v)  # a publishable key by its prefix: "pk_live_…"
                    and not _hash_described(text, m.start("v"), v)
                    and _b64_json(v) is not False
                    and not _encoded_file(text, m.start("v"), v)
                    and not _mail_header_value(text, m.start("v"))
                    and not any(s <= m.start() < e for s, e in shared)
                ):
                    spans.add(m.span("v"))
    # a setup key named a QR code's "code" or a "seed" passes no key word: read it before
    # the gate
    setup = ("qr" in low or "seed" in low) and _SETUP_HINT.search(low) is not None
    if setup:
        spans.update(_setup_keys(text))
    # round 43: a name, a verb, a frame or a byte layout says what the value is
    context, named = context_spans(text, low, looks_random)
    spans.update(context)
    tokens.update(named)
    # round 44: the secret named in the sentence beside its value
    if may_name_apart(low):
        spans.update(neighbour_values(text, looks_random))
    if not _KEY_HINT.search(low):
        if fine:
            return (yield from _judged_steps(text, spans, tokens))
        return _not_code(text, _no_payment_objects(text, _plain_values(text, spans)), tokens)
    if not setup and _SETUP_HINT.search(low):
        spans.update(_setup_keys(text))
    if ":" in text:
        for m in _HEADER.finditer(text):
            v = m.group("v")
            secret_name = not _ID_KEY.search(m.group("name")) and not _PAGING.search(
                m.group("name")
            )
            if (
                secret_name
                and _plain_value(v)
                and (looks_random(v, min_len=_HEADER_MIN) or _auth_header(m))
                and (len(v) >= _HEADER_MIN or (_auth_header(m) and not _no_param_value(v)))
            ):
                spans.add(m.span("v"))
    if "<" in text:
        spans.update(
            m.span("v")
            for m in _XML.finditer(text)
            if looks_random(m.group("v")) and _plain_value(m.group("v"))
        )
    if "==" in text:
        for m in _BEFORE_CMP.finditer(text):
            if _quoted_secret(m.group("v")):
                spans.add(m.span("v"))
    yield
    quoted = "'" in text or '"' in text or "`" in text
    for n, m in enumerate(_KEYED.finditer(text)):
        if fine or (n and n % STEP_KEYED == 0):
            yield
        if words.MASKED_VALUE.match(text, m.end("key")) is not None:
            continue  # "token [CREDENTIAL]": its value is masked already
        if _logged_session(text, m):
            continue
        if n >= _MAX_KEYED:
            # a flood of key words: fail closed on what is left rather than judge each
            if len(m.group("v")) >= 16 and any(c.isdigit() for c in m.group("v")):
                spans.add(m.span("v"))
            continue
        weak = m.group("conn").strip() in ("", ",") or _ASIDE_CONN.fullmatch(m.group("conn"))
        if weak and _in_url(text, m.start("key")):
            # a key word that is part of a URL ("…/mail/?p=BadCredentials d9443c…") names
            # nothing after the URL: the word after it is the next item of the line
            continue
        assigned = _assigned_secret(text, m) if m.group("q") else _raw_key(text, m)
        if assigned is not None:
            tokens.add(assigned)  # (the key settled it: no word or code check drops it)
            spans.add(assigned)
            continue
        span = _keyed_value(text, m)
        if (
            span is None
            and _QUALIFIED.fullmatch(m.group("conn"))
            and not _in_url(text, m.start("key"))
        ):
            again = _KEYED_AGAIN.match(text, m.start())
            span = _keyed_value(text, again) if again is not None else None
        if span is None and " " in m.group("conn").strip():
            # "access key id AKIA… and secret e8Jt… - S3 says": the first key's qualifier
            # swallowed a second key and its value; that key is read on its own
            nested = _KEYED.search(text, m.end("key"))
            if nested is not None and nested.start() < m.start("v"):
                span = _keyed_value(text, nested)
                if span is None and _QUALIFIED.fullmatch(nested.group("conn")):
                    again = _KEYED_AGAIN.match(text, nested.start())
                    span = _keyed_value(text, again) if again is not None else None
        if span is None and weak and quoted:
            long = _KEYED_LONG.match(text, m.start())
            span = _keyed_value(text, long) if long is not None else None
        prose = m.group("v").lower().strip(".,:;!?") in words.dictionary()
        # a list after a credentials word ("creds -> svc_reports / x (db) and <token>
        # (api)"): its first item is a user name; a random token further on is a secret
        listed = _CREDS_WORD.fullmatch(m.group("key")) is not None
        if span is None and (prose or weak or listed) and _judged_key(text, m):
            span = _loose_value(text, m.end("key"))
        if span is None:
            named = _self_named_value(text, m)
            if named is not None:
                tokens.add(named)  # (it says what it is: no word or code check drops it)
                span = named
        if span is None:
            # round 43: the value read is a key word with a value of its own ("den
            # Schlüssel für die Wetter-API:\n API-Key = x"): the match consumed that key,
            # so it is read again from there
            inner = _KEYED.match(text, m.start("v"))
            if (
                inner is not None
                and inner.end("key") > m.start("v")
                # (a key of its own: with a connector of its own, "API-Key = x"; a scheme
                # word after a space, "Authorization: Bearer ***', …", is no key)
                and _OWN_CONNECTOR.fullmatch(inner.group("conn")) is not None
            ):
                span = _keyed_value(text, inner)
        if span is not None and _cookie_pair(text, m, span):
            continue  # "cookie: _ga=GA1.2…; lang=de": its pairs, judged by their names
        if (
            span is not None
            and _QUOTED_PHRASE_END.match(text, m.end("key"))
            and (_QUOTED_PHRASE_START.search(text, max(0, m.start("key") - 60), m.start("key")))
        ):
            continue  # 'says "unexpected token":' ⏎ a CSV's header: a message quoted (r63)
        if span is not None and not _printed_product_key(text, m, span[0]):
            spans.add(span)
    for m in _ENV_ENTRY.finditer(text) if "value:" in text and "name:" in text else ():
        span = _keyed_value(text, m)
        if span is not None:
            spans.add(span)
    for start, end in list(spans) if "\n" in text else ():
        rest = words.continuation(text, end)
        if rest is not None:
            spans.add((start, rest))  # a token cut in two when pasted
    if spans:
        spans = {s for s in spans if not _public_id(text, *s)}
    if fine:
        return (yield from _judged_steps(text, spans, tokens))
    return _not_code(text, _no_payment_objects(text, _plain_values(text, spans)), tokens)


def _judged_steps(
    text: str, spans: set[tuple[int, int]], tokens: set[tuple[int, int]]
) -> Generator[None, None, tuple[tuple[int, int], ...]]:
    """``_not_code(text, _no_payment_objects(text, _plain_values(text, spans)), tokens)``
    a value at a time (each reads its surroundings: tens of them take milliseconds)."""
    yield
    values = _no_payment_objects(text, _plain_values(text, spans))
    kept = set()
    has_dots = "..." in text or "…" in text
    for s in values:
        yield
        if _no_code(text, s, values, tokens, has_dots):
            kept.add(s)
    return tuple(sorted(kept))


def _plain_values(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """``spans`` without values that say themselves they are data or no value
    (``_says_no_secret``)."""
    return {(s, e) for s, e in spans if not _says_no_secret(text, s, e)}


def _says_no_secret(text: str, s: int, e: int) -> bool:
    """Does the value ``text[s:e]`` say by its shape, or with the key right before it, that
    it is no secret: a package's version range, base64 of a JSON object without a secret's
    field; from round 59 a name key's plain words, a token's name with its state, a null
    value, a sample's instruction in words?"""
    value = text[s:e]
    return (
        _VERSION_RANGE.fullmatch(text, s, e) is not None
        or _plain_b64_json(value)
        or (
            _WORDS_JOINED.fullmatch(text, s, e) is not None
            and _NAME_KEY_BEFORE.search(text, max(0, s - 40), s) is not None
        )
        or value.rsplit(None, 1)[-1].lower() in _STATE_AFTER
        or _NULL_HEX.fullmatch(text, s, e) is not None
        or (_CHANGE_THIS.match(text, s, e) is not None and not any(c.isdigit() for c in value))
    )


#: An address or key of zeros only: "0x0000…0000", a null value (hCaptcha's published test
#: secret; "aaaa…" and "1111" stay: suites label those secrets)
_NULL_HEX = re.compile(r"0x0{16,}")
#: A sample's instruction in the value's place: "CHANGE-THIS! VERY IMPORTANT!" (round 59)
_CHANGE_THIS = re.compile(r"(?i)(?:change|replace|ändern|ersetzen)[ _\-]?(?:this|me|it|mich)\b")


#: A key naming a name right before the value: "COOKIE_USERNAME = gogs_awesome" (round 59)
_NAME_KEY_BEFORE = re.compile(r"(?i)(?:user_?name|[_.\-]name|[_.\-]user)[ ]*[:=][ ]*[\"']?\Z")
#: Lower-case words joined by "_" or "-", no digit: a name's shape, no token's
_WORDS_JOINED = re.compile(r"[a-z]{2,}(?:[_\-][a-z]{2,})+")
#: A state after a token's name, the span's last word: "'refresh_token expired'" is an error
#: message, no value (round 59)
_STATE_AFTER = frozenset("expired invalid revoked missing abgelaufen ungültig".split())


#: A package's version or version range ('"jsonwebtoken": "^9.0.2"', "~1.4", ">=2.0.0").
_VERSION_RANGE = re.compile(r"(?:[~^]|[<>]=?|=)?v?\d+(?:\.(?:\d+|x|\*)){1,3}(?:-[\w.]+)?")


def _plain_b64_json(value: str) -> bool:
    """Base64 of a whole JSON object none of whose fields names a secret ('{"theme":
    "dark","lang":"de"}', '{"event":"order.created","id":5512}'): settings or an event,
    data anyone may read once decoded; not a JWT (three parts), not a field of a key."""
    if not value.startswith("eyJ") or "." in value:
        return False
    decoded = _b64decode(value)
    if not decoded or _SECRET_FIELD.search(decoded) is not None:
        return False
    try:
        data = json.loads(decoded)
    except ValueError:
        return False
    # (a JWT's header alone is still taken as the token it was cut from)
    return isinstance(data, dict) and not any(
        _SECRET_KEY_NAME.search(str(k)) or k in ("alg", "typ") for k in data
    )


#: A JSON field's name that names a secret or a session anywhere in it.
_SECRET_KEY_NAME = re.compile(r"(?i)secret|token|passw|pwd|key|sess|auth|cred|sig")


#: a value public by its shape (round 63): Mapbox's public token ("pk.eyJ…"; its secret
#: ones are "sk."), an Airtable object's id ("viw…", "tbl…", "rec…": 3 letters and 14)
_PUBLIC_ID = re.compile(
    r"pk\.eyJ[\w\-]+\.[\w\-]+"
    r"|(?:app|tbl|viw|rec|fld|sel|usr|wsp|ent|att)[A-Za-z0-9]{12,14}"
    # a Windows product key (a licence key: no secret, the labelling policy)
    r"|[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}"
)
#: Tailscale's public keys, named by their prefix ("nodekey:5b8e…", "mkey:…")
_PUBLIC_KEY_PREFIX = ("nodekey:", "mkey:", "discokey:")


def _public_id(text: str, start: int, end: int) -> bool:
    """Published or no value at all (round 63): a public id or key, an EAP method's name
    ("802-1x.phase2-auth 'mschapv2'")."""
    return (
        _PUBLIC_ID.fullmatch(text, start, end) is not None
        or text[max(0, start - 9) : start].endswith(_PUBLIC_KEY_PREFIX)
        or words.names_auth_method(text[start:end])
    )


#: a quoted phrase of words that ends with the key word, then a colon and a line break:
#: an error message quoted before what it was about ('says "unexpected token":' ⏎ …)
_QUOTED_PHRASE_END = re.compile(r"[\"“”'][ ]*:[ \t]*\n")
_QUOTED_PHRASE_START = re.compile(r"[\"“„'][^\"“”„'\n]*[ ]\Z")


def _cookie_pair(text: str, m: re.Match[str], span: tuple[int, int]) -> bool:
    """A value read after the word "cookie" that is a cookie's "name=value" pair: the
    header's pairs are read by their names (``_cookie_secrets``), not whole by the word."""
    if m.group("key").lower().rstrip("s") not in ("cookie", "set-cookie"):
        return False
    value = text[span[0] : span[1]]
    if "=" in value:
        return _COOKIE_SECRET_NAME.search(value.partition("=")[0]) is None
    # "Cookie oca_consent=necessary…": the pair's name read as the key's qualifier (r63)
    conn = m.group("conn").strip()
    return (
        conn.endswith("=")
        and " " not in conn
        and len(conn) > 1
        and _COOKIE_SECRET_NAME.search(conn) is None
    )


# AWS's documented example key id named alone as the id ("Access key ID
# AKIAIOSFODNN7EXAMPLE"): the labelling policy (stop 45) masks an AWS access key id
# wherever it stands, except what the text marks as a documentation example — here the id
# itself ("EXAMPLE" in its body). A config's or code's line ("aws_access_key_id=AKIA…")
# is a credentials file's and is masked whatever its body says (the corpora label it so).
_AWS_KEY_ID = re.compile(r"(?:AKIA|ASIA)[A-Z0-9]{16}")
_NAMED_KEY_ID = re.compile(
    r"(?i)(?<![\w\-])(?:access[ ]+key[ ]+id|key[ \-]id)(?![\w\-])[ ]*"
    r"(?::|(?:is|ist|lautet|was|war)(?!\w))?[ ]*\Z"
)


def _example_key_id(text: str, span: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
    """AWS's example access key id (``AKIA…EXAMPLE``) the customer's words name as the key
    id, with no secret found beside it: the documentation's sample, not an account's id.
    Any other AWS key id is a credential (the labelling policy), named or not."""
    start, end = span
    return (
        "EXAMPLE" in text[start:end]
        and all(s < end and start < e for s, e in spans)  # nothing found but the id
        and _AWS_KEY_ID.fullmatch(text, start, end) is not None
        and _NAMED_KEY_ID.search(text, max(0, start - 40), start) is not None
    )


def _key_attribute(text: str, start: int, end: int) -> bool:
    """A lower-case word after the key that names one of its attributes ("token prefix is
    gho_", "the key type"): the key's phrase goes on, no value follows."""
    value = text[start:end]
    return (
        value.isalpha()
        and value.islower()
        and text[start - 1 : start] == " "
        and _ID_KEY.fullmatch(text, start, end) is not None
    )


# Where a value is shown cut short: "ghp_QjwHa2F8ipxGhSz7...", a dashboard's "sk-proj-Hq3Z...w6l".
_ELLIPSIS = re.compile(r"\.{3}|…")


def _cut_short(text: str, start: int, end: int) -> bool:
    """A value the text shows cut short, an ellipsis after it or inside it: a preview or a
    dashboard's mask, not the key (the rest is not given). A provider's token of full
    length before the dots ("ghp_<36>... is that ok") is the key all the same, and a key
    block's lines ("-----BEGIN …-----\nMIIE...") are read by their block."""
    value = text[start:end]
    if _ELLIPSIS.match(text, end) is None and _ELLIPSIS.search(value) is None:
        return False
    if any(ch.isspace() for ch in value):
        return False
    shown = _ELLIPSIS.split(value, 1)[0]
    return _PROVIDER.fullmatch(shown) is None


def _not_code(
    text: str, spans: set[tuple[int, int]], tokens: set[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """The spans sorted, without code values (``api.Secret``) and option words (``omit``),
    except ``tokens``, whose shape settled it; without a valid IBAN or a hex value the text
    calls a hash (``the key's sha256: …``), whatever key word stood near them; without a
    value shown cut short."""
    has_dots = "..." in text or "…" in text
    return tuple(sorted(s for s in spans if _no_code(text, s, spans, tokens, has_dots)))


def _no_code(
    text: str,
    s: tuple[int, int],
    spans: set[tuple[int, int]],
    tokens: set[tuple[int, int]],
    has_dots: bool,
) -> bool:
    """Does the value at ``s`` (one of ``spans``) stand (see ``_not_code``)?"""
    return (
        not (has_dots and _cut_short(text, *s))
        and not _public_value(text, *s)
        and (
            (s in tokens and not is_sample(text, *s))  # "that is just a test key"
            or (
                not _example_key_id(text, s, spans)
                and not _key_attribute(text, *s)
                and not is_code_value(text, *s)
                and not is_word_constant(text[s[0] : s[1]])
                and not _ACCOUNT_SID.fullmatch(text, *s)
                and not _WINDOWS_SID.fullmatch(text, *s)
                and not _BIND_PARAM.fullmatch(text, *s)
                and not _named_other(text, *s)
                and not names_other(text, *s)
                and not _sample_jwt(text, *s)
                and not _encoded_mask(text[s[0] : s[1]])
            )
        )
    )


_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


def _named_other(text: str, start: int, end: int) -> bool:
    """A valid IBAN, or a hex value right after words calling it a digest."""
    value = text[start:end]
    if _IBAN_SHAPE.fullmatch(value) and iban_valid(value):
        return True
    if DIGEST_TAG.match(value) or DIGEST_TAG.search(text, max(0, start - 8), start):
        return True  # "SHA256:PVf7…": a fingerprint
    return _hash_described(text, start, value)


# A key that says "secret" beyond a bare "key": api key, secret, token, private, auth, …
_SECRET_KEY = re.compile(
    r"(?i)secret|token|api|access|private|auth|cred(?!it)|signing|schlüssel|schluessel|geheimnis|"
    r"community|"
    r"session|sess|sid|cookie|license|lizenz|client|webhook|master|encryption|crypt|hmac|"
    r"account|storage|subscription|service|app"
)
# a key that names a key or token itself (not "session", "account", "client")
_NAMES_A_KEY = re.compile(r"(?i)api|token|secret|(?<![a-z])key|[_.\-]key|(?-i:Key)")
# a UUID given to a key named after an API (API_SNYK=…, heroku_api=…): its key
_API_UUID = re.compile(
    r"(?i)(?<![\w.\-])[\w.\-]*api(?![a-z])[\w.\-]*[\"']?[ ]*[:=][ ]*[\"']?"
    r"(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w\-])"
)
# A login given a long hex string: a token standing in for the user name (SonarQube's
# "-Dsonar.login=<token>", a GitHub OAuth token as a git user); no user name is 32+ hex
# digits.
_LOGIN_HEX = re.compile(
    r"(?i)(?<![\w\-])[\w.\-]*login[\"']?[ ]*[:=][ ]*[\"']?(?P<v>[0-9a-f]{32,64})(?![\w\-])"
)
_GROUPED_DIGITS = re.compile(
    r"\d{4,6}(?:-\d{4,6}){2,7}(?![\w\-])|\d{4,6}(?:[ ]\d{4,6}){3,7}(?![\w\-])"
)
_KEY_WORD_DE = re.compile(r"(?i)schl(?:ü|ue)ssel")
_HEX_KEY = re.compile(r"[0-9a-f]{32}|[0-9a-f]{40}|[0-9A-F]{32}|[0-9A-F]{40}")
# an authorisation scheme at a quoted value's start, and a slot code fills in
_SCHEME_WORD = re.compile(r"(?i)(?:bearer|basic|token|digest)(?:[ ]+|\Z)")
_FORMAT_SLOT = re.compile(r"\{\d*\}|%[sdr]|\?")


def _no_value(rest: str) -> bool:
    """What follows a scheme word in a quoted value holds no credential: nothing, a format
    slot (``{}``, ``{0}``, ``%s``) or a template (``${TOKEN}``, ``{token}``)."""
    rest = rest.strip()
    return not rest or _FORMAT_SLOT.fullmatch(rest) is not None or words.is_non_secret_shape(rest)


# A key that names a secret outright ("client_secret", "x-api-key", "token", "apikey"), whose
# value is taken however weak it is (``weak_token``); not a bare "key", "auth" or "session".
_WEAK_KEY = re.compile(
    r"(?i)secret|token|api[_\-. ]?key|access[_\-. ]?key|private[_\-. ]?key|signing|bearer|"
    + umlaut_spellings(r"schlüssel|geheimnis")
)
# a key naming one token (not "max_tokens", "token_count": numbers there are counts)
_SINGLE_TOKEN = re.compile(r"(?i)(?:[\w\-]*[_\- ])?(?:access|auth|api|bearer|bot)?[_\- ]?token")
# GetEnvOrDefault("api_token", "x"): the key is a call's first argument
_CALL_OPEN = re.compile(r"\([ ]*[\"']\Z")
# a lowercase snake_case name of three or more letter-only words, then a space: a variable
_SNAKE_NAME = re.compile(r"[a-z]+(?:_[a-z]+){2,}[ ]")
_NEXT_KEY = re.compile(r"[,;&][ ]*[\w.\-]+[ ]*[:=]")
# ... a next key by name ("…;EndpointSuffix=…"), not a symbol run's ",.:"
_NEXT_NAMED_KEY = re.compile(r"[,;&][ ]*[A-Za-z_][\w.\-]*[ ]*[:=]")
# the next parameter of a query string or a form body: "…=MONGODB-AWS&authSource=…"
_NEXT_PARAM = re.compile(r"&(?:amp;)?[\w.\-]+=")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_\-+/=~.]+")
# a run without spaces up to the end of its line (a spacing accent, "¨", is a space and a
# combining mark once normalised: one character typed)
_LINE_RUN = re.compile(r"(?:[^\s\"'`<>]|[ ]\p{M}){1,512}(?=[ \t]*(?:\n|\Z))")
# the host after a URL's user information: "…@gitlab.com/…", "…@db.internal:5432"
_AT_HOST = re.compile(r"@(?=[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?:[:/?#]|\Z))")


# A hex value described as a digest or a commit: "commit 4f1d…", "SHA-256: …", "the hash …"
_HASH_WORD = re.compile(
    r"(?i)(?<![a-z])(?:commit|sha-?\d*|hash|hashes|checksum|prüfsumme|digest|revision|rev|md5|"
    r"crc\d*|etag|fingerprint|build|blob|tree|"
    r"(?:fixed|introduced|merged|reverted|landed|pushed|deployed|released|broken)[ ]+"
    r"(?:in|by|with|as))"
    r"(?![a-z])[^\n\w]{0,3}(?:\w+[^\n\w]{1,3}){0,4}\Z"
)


# a lead-in naming a digest, a checksum or a commit, whatever its alphabet
_HASH_LEAD = re.compile(
    r"(?i)(?<![a-z])(?:commit|sha-?\d*|hash\w*|checksum|prüfsumme|digest|integrity|md5|"
    r"crc\d*|etag|fingerprint|signature|revision|build|blob|tree|image|file|path|url|link)"
    r"(?![a-z])"
)


def _hash_described(text: str, start: int, value: str) -> bool:
    """A hex value right after words that call it a digest or a commit."""
    return (
        bool(_HEX.fullmatch(value))
        and _HASH_WORD.search(text, max(0, start - 40), start) is not None
    )


# a log's or a query's next field: a name, "=", a value (base64 padding ends a token)
_OTHER_PAIR = re.compile(r"[\"'(\[]*[A-Za-z][\w.\-]*=[^=\s]")


def _loose_value(text: str, pos: int) -> tuple[int, int] | None:
    """ "the token field it shows pat-eu1-…": a strongly random token within six words
    after a key word on the same line, with no identifier word between."""
    for tok in re.finditer(r"[^\s]+", text[pos : pos + 160].split("\n", 1)[0]):
        raw = tok.group()
        if _ID_KEY.search(raw) or _OTHER_PAIR.match(raw):
            return None  # "user-agent=sdk-python/3.2.1": the next field names its own value
        value = raw.strip(".,;:!?()[]{}\"'`<>")
        if (
            _TOKEN_CHARS.fullmatch(value)
            and looks_random(value, min_len=16)
            and not _PLACEHOLDER.search(value)
            and not _record_shape(value)
            and not _record_id("", value)
            and not _jwt_header_alone(value)
            and not _hash_described(text, pos + tok.start(), value)
        ):
            start = pos + tok.start() + raw.index(value)
            return start, start + len(value)
        if (tok.start() > 0 and len(raw) > 40) or raw.endswith((".", "?", "!")):
            return None  # (a sentence's end: the next sentence names its own things)
    return None


# A value that stands for a secret kept elsewhere: an encrypted value's envelope (sops and
# hiera-eyaml "ENC[…]", Ansible "!vault"), a path into a secret store ("kv/data/shop").
# A KMS key's alias ("alias/orders-key") names the key, and a JSONPath or kubectl template
# ("{.credential.access_token}", "{$.data.token}") where to read the value.
_STORED_ELSEWHERE = re.compile(
    # ... or another tool's ciphertext by its tag ("encrypted:v2:…", Vault's "vault:v1:…",
    # Spring's "{cipher}…", Jasypt's "ENC(…)", "$ANSIBLE_VAULT;1.1;AES256")
    r"ENC[\[(]|(?i:enc(?:rypted)?:|vault:v\d+:|\{cipher\}|\$ansible_vault)|!vault(?!\w)|[a-z][a-z0-9_\-]*(?:/[a-z][a-z0-9_.\-]*){2,}/?\Z"
    r"|alias/[\w/\-]{1,250}\Z|\{[ ]*[$@]?(?:\.[\w\-]+|\[[^\[\]{}\n]{1,40}\])+[ ]*\}?\Z"
)


def _stored_elsewhere(value: str) -> bool:
    return _STORED_ELSEWHERE.match(value.strip()) is not None


# Shapes a record gives a key's neighbours, never a secret: a timestamp
# ("2024-11-18T22:10:05Z"), an SSH public key's type (the key that follows is public), a
# typed id whose body is a ULID ("run_01JCX…", "conn_01HF…": 48 bits of time, then 80
# random; TypeID's lower-case form too).
_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+\-]\d{2}:?\d{2})?"
)
_SSH_KEY_TYPE = re.compile(
    r"(?:sk-)?(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d{3})(?:@openssh\.com)?"
)
_TYPED_ULID = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9]{0,15}_)?(?P<u>0[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25})"
)
# the ULID's first two characters for times between 2004 and 2039 (10 characters of 5 bits
# hold the milliseconds since 1970)
_ULID_EPOCH = ("01",)


def _record_shape(value: str) -> bool:
    """A timestamp, an SSH public key's type or a typed ULID id (see above)."""
    value = value.strip("\"'`.,;")
    if value[:1].isdigit() and _TIMESTAMP.fullmatch(value):
        return True
    if _SSH_KEY_TYPE.fullmatch(value):
        return True
    ulid = _TYPED_ULID.fullmatch(value) if len(value) >= 26 else None
    return ulid is not None and ulid.group("u").startswith(_ULID_EPOCH)


# a custom HTTP header that carries a key or token: X-Api-Key, X-Auth-Token, X-Vault-Token
_AUTH_HEADER = re.compile(
    r"(?i)x-[\w\-]*(?:key|token|secret|auth)[\w\-]*"
    # ... or a header without "X-" that names a secret outright: GitLab's "Private-Token",
    # "Access-Token", "Api-Key", "Auth-Token"
    r"|(?:[a-z]+-)*(?:private|access|auth|api|session|secret|bearer)-(?:token|key)"
)


def _auth_header(m: re.Match[str]) -> bool:
    """``X-Api-Key: x``: such a header's value is the secret whatever its shape, unless it
    names one (a dictionary word, a template, a constant)."""
    v = m.group("v")
    return (
        _AUTH_HEADER.fullmatch(m.group("name")) is not None
        and v.lower() not in words.dictionary()
        and not words.is_non_secret_shape(v)
    )


def _random_token(m: re.Match[str]) -> bool:
    """A prefixed or kind-tagged token whose body is random: not an alphabet run, not
    mostly words, a provider's shape, no public key."""
    body = m.group("body")
    return (
        entropy(body) >= _PREFIXED_ENTROPY
        and not _alphabet(body)
        and not _mostly_words(body)
        and provider_token_ok(m.group(), exact=False)
        and not _PUBLIC.search(m.group())
    )


def _alphabet(value: str) -> bool:
    """A character set written out (``ABC…XYZabc…xyz0123456789+/``): most characters
    follow their predecessor in the alphabet."""
    steps = sum(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(value))
    return 2 * steps >= len(value)


_MAX_COUNT_BREAKS = 2


def _counted_out(value: str) -> bool:
    """A count typed out (``1234567890abcd``, ``9876543210fedcba``, ``abcdefgh12345678``):
    at most two runs where each character is its predecessor's neighbour in the alphabet,
    up or down. Not random, whatever its character classes and entropy say (given to a key
    that names a secret it is still taken as a weak one)."""
    breaks = sum(abs(ord(b) - ord(a)) != 1 for a, b in itertools.pairwise(value))
    return len(value) >= _WEAK_MIN and breaks <= _MAX_COUNT_BREAKS


def _mostly_words(value: str) -> bool:
    """Half of ``value`` or more is dictionary words ("SponsoredProductsRemoteSearch…")."""
    found = sum(len(w) for w in _WORD_RUN.findall(value) if w.lower() in words.dictionary())
    return 2 * found >= len(value)


_PROSE_SPACES = 3


def _encoded_prose(value: str) -> bool:
    """``value`` is base64 of a sentence ("TG9yZW0gaXBzdW0…" is "Lorem ipsum …"): words
    and spaces encoded, a message or a test fixture, no key (a key's bytes are random, a
    ``user:pass`` pair or a JSON object holds no run of words)."""
    if len(value) % 4 not in (0, 2, 3) and not value.endswith("="):
        return False
    decoded = _b64decode(value, limit=120)
    if not decoded or not decoded.isprintable() or decoded.count(" ") < _PROSE_SPACES:
        return False
    letters = sum(c.isalpha() or c == " " for c in decoded)
    return 10 * letters >= 9 * len(decoded) and ":" not in decoded and "{" not in decoded


# A file's bytes in base64, as a mail's attachment or a data URI carries them: the file
# type's signature at its start (%PDF, PNG, GIF, JPEG, ZIP/Office, OLE, XML, RTF) says it is
# a document, not a key.
_FILE_B64 = (
    "JVBER", "iVBOR", "R0lGOD", "/9j/", "UEsDB", "0M8R4", "PD94bW", "e1xydGY", "SUkq", "TU0A",
    "UklGR",
)  # fmt: skip
# a MIME part whose body is base64 ("Content-Transfer-Encoding: base64"): its lines are the
# encoded attachment, up to the next boundary ("--…")
_MIME_BASE64 = re.compile(r"(?i)content-transfer-encoding:[ \t]*base64")
_MIME_BOUNDARY = re.compile(r"\n--[^\s]")


def _encoded_file(text: str, start: int, value: str) -> bool:
    """``value`` at ``start`` is part of an encoded file: it opens with a file type's
    signature, or it lies in a MIME part's base64 body."""
    if value.startswith(_FILE_B64):
        return True
    if "ransfer-" not in text and "RANSFER-" not in text:
        return False
    headers = list(_MIME_BASE64.finditer(text, 0, start))
    return bool(headers) and _MIME_BOUNDARY.search(text, headers[-1].end(), start) is None


# A pasted mail's header that carries signatures or ids, not secrets: a DKIM or ARC
# signature (published with the mail, checked against a public key), a relay's trace
# header ("X-Google-Smtp-Source", "X-…-Id"), "Message-ID", "Received"; its value runs over
# folded lines that start with a space or a tab
_MAIL_HEADER = re.compile(
    r"(?i)(?:dkim-signature|arc-[\w\-]+|x-[\w\-]*(?:signature|seal|source|id|hash|report)"
    r"|received|message-id|references|in-reply-to|authentication-results)[ \t]*:"
)
_MAIL_FOLDS = 12


def _mail_header_value(text: str, start: int) -> bool:
    """``start`` lies in the value of a mail header that carries a signature or an id
    (``_MAIL_HEADER``), on its own line or on a folded line under it."""
    line = text.rfind("\n", 0, start) + 1
    for _ in range(_MAIL_FOLDS):
        if _MAIL_HEADER.match(text, line) is not None:
            return True
        if line == 0 or text[line : line + 1] not in (" ", "\t"):
            return False  # not a folded line: its header is not one of those
        line = text.rfind("\n", 0, line - 1) + 1
    return False


def _bare_token(value: str) -> bool:
    """A token with no key word near it: random, upper and lower case and digits (not a
    hex digest, not a ``0x`` address), and not a placeholder nor encoded prose."""
    return (
        any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
        and not value.lower().startswith("0x")
        and not _alphabet(value)
        and not _mostly_words(value)
        and looks_random(value, min_len=40)
        and _plain_value(value)
        and not _encoded_prose(value)
    )


# a media type ("x-api-key: application/json" is a header line pasted one off)
_MIME = re.compile(
    r"(?:application|text|image|audio|video|multipart|font|model|message)/[a-z0-9.+\-]+", _I
)


_SYMBOL_SECRET_MIN = 8
_SYMBOL_SECRET_KINDS = 6


def _symbol_secret(value: str) -> bool:
    """A secret made mostly of symbols (``A,.:-¨@*¿?!``): eight characters or more, six
    different ones at least, half or more of them symbols; not marks (``****``), an
    ellipsis, a template or a reference."""
    symbols = sum(not c.isalnum() for c in value)
    return (
        len(value) >= _SYMBOL_SECRET_MIN
        and len(set(value)) >= _SYMBOL_SECRET_KINDS
        and 2 * symbols >= len(value)
        and not _PLACEHOLDER.search(value)
        and not words.is_non_secret_shape(value)
    )


def _plain_value(value: str) -> bool:
    """Not a placeholder, not a reference to a secret kept elsewhere and not a ``key=value``
    pair (``request_id=9c1d…``)."""
    return (
        not _PLACEHOLDER.search(value)
        and "=" not in value.rstrip("=")
        and not _stored_elsewhere(value)
        and not _MIME.fullmatch(value)
        and not _record_shape(value)
    )


def _caps_slot(value: str) -> bool:
    """A word in capitals, or two joined ("USER", "SECRET", "USERNAME"): a slot's name."""
    if _CAPS_WORD.fullmatch(value) is None or len(value) > _MAX_SLOT:
        return False
    low, known = value.lower(), words.dictionary()
    return low in known or any(
        low[:i] in known and low[i:] in known for i in range(3, len(low) - 2)
    )


_MAX_SLOT = 20


def _quoted_secret(value: str) -> bool:
    """A quoted value given to a secret key in code: anything but a reference, a null, a
    placeholder or a sentence about the key."""
    value = value.strip()
    if (
        len(value) < 4
        or words.is_non_secret_shape(value)
        or _PLACEHOLDER.search(value)
        or _stored_elsewhere(value)
        or _record_shape(value)
        or _caps_slot(value)
        or _WORDS_IN_ANGLES.search(value) is not None  # '"Basic <base64 of user:password>"'
    ):
        return False  # ... 'SetAuth("USER", …)': a word in capitals names the slot
    tokens = value.split()
    first = tokens[0].lower().strip(".,:;!?")
    if first in words.STOP_WORDS:
        return False
    function = sum(t.lower() in words.FUNCTION_WORDS for t in tokens)
    return len(tokens) <= 8 and function * 2 < len(tokens)


# words in angle brackets, what to fill in: "<base64 of user:password>"
_WORDS_IN_ANGLES = re.compile(r"<[^<>\n]*[ ][^<>\n]*>")

# a token that pages through results ("next page token", "pageToken", "cursor"): a position
# (in the key or right before it)
_PAGING = re.compile(r"(?i)page|paging|pagination|cursor|continuation")

# An access key id is the user half of a cloud credential pair (AWS, Alibaba, MinIO):
# providers and scanners treat it as a credential, unlike other "… id" keys.
# ... and ids that are credentials themselves or travel with one: a session id is the
# session's bearer secret (PHPSESSID, JSESSIONID, "session_id=…": whoever holds it is
# signed in); a "secret_id" is one by its name (Vault AppRole's secret_id is the role's
# password). (A service account's "private_key_id" names its key and is no secret: the
# labelling policy's ids, and 21 of 22 writers' labels, stop 56.)
_ACCESS_KEY_ID = re.compile(
    # (German: "Zugangsschlüssel-ID", as Shopware's integrations name it)
    umlaut_spellings(r"zugangs[ _\-.]?schlüssel[ _\-.]?id|")
    + r"access[ _\-.]?key[ _\-.]?id|(?<![a-z])(?:j|php)?sess(?:ion)?[ _\-.]?id|"
    # (a code name, "secret_id", "SecretID"; "Secret ID" in words is Azure's column beside
    # a client secret's value: the secret's GUID, an identifier)
    r"(?<![a-z])secret[_.]?id",
    _I,
)


# A key naming a setting of the authentication rather than its secret: the secret word
# qualifies a further noun in the key itself (authMechanism, authSource, auth_method,
# tokenProvider, secret_store, KEY_MODE): its value is a mechanism's name, a database, a
# mode; only a random one is taken.
_SETTING_KEY = re.compile(
    r"(?:(?<=[a-z])(?-i:Mechanism|Method|Source|Provider|Plugin|Mode|Scheme|Realm|Database|"
    r"Store|Strategy|Protocol|Algorithm|Version)|"
    r"(?<=[A-Za-z0-9][_.\-])(?i:mechanism|method|source|provider|plugin|mode|scheme|realm|"
    r"database|db|store|strategy|protocol|algorithm|alg|version))(?![a-z])"
)


# A setting's value named in upper case: words and standards' numbers joined, each part its
# letters first and its digits last (MONGODB-X509, SCRAM-SHA-256, AES_256_GCM, HMAC-SHA512);
# a random value mixes letters after digits or lower case in.
_NAMED_CONSTANT = re.compile(r"[A-Z][A-Z]*[0-9]*(?:[\-_.][A-Z]*[0-9]*)+")


# A Twilio account SID: the account's public id, shown in its console and error messages
# like an AWS access key id (the account's auth token is the secret)
# ... and the other resources' SIDs are ids the same way: a messaging service (MG), a phone
# number (PN), a message (SM, MM), a call (CA); an API key's SID (SK) is its id too, but
# vendors' scanners treat it as the key, so it stays a credential
_ACCOUNT_SID = re.compile(r"(?:AC|MG|PN|SM|MM|CA)[0-9a-f]{32}")
# Round 58: values that name or check something and grant nothing: a Stripe account's id
# ("acct_1Hx9…"), a public key ("leftrsasigkey=0sAQ…", "pubkey="), an address's rest
# after its scheme ("https:" then "//api.acmecrm.io/v3/contacts"). (A presigned URL's
# signature stays a credential: the tuning sets label it so.)
_STRIPE_ACCOUNT = re.compile(r"acct_[0-9A-Za-z]{16}")
_PUBLIC_KEY_BEFORE = re.compile(
    r"(?i)(?:(?:left|right)?rsasigkey|pub(?:lic)?[_\-]?key)[\"']?[ ]*[=:][ ]*[\"']?\Z"
)


def _public_value(text: str, start: int, end: int) -> bool:
    """Does the value at ``start:end`` name or check something, granting nothing?"""
    if text.startswith("//", start) and text[start - 1 : start] == ":":
        return True
    if _STRIPE_ACCOUNT.fullmatch(text, start, end) is not None:
        return True
    return _PUBLIC_KEY_BEFORE.search(text, max(0, start - 24), start) is not None


# a Windows security identifier ("S-1-5-21-…-1013"): names an account or a group, is
# printed by whoami and every ACL, grants nothing ("SID" is also a session's id)
_WINDOWS_SID = re.compile(r"S-1-\d{1,2}(?:-\d{1,10}){1,14}")


# A token's id given as 40 or more hex digits is the token pair's public half, issued with
# its secret as one credential (NetSuite's token-based auth: "Token ID: a1b2…", 64 hex);
# an id of a token in other words is a UUID or a number, and stays
_TOKEN_ID = re.compile(r"(?<![a-z])token[ _\-.]?id(?![a-z])", _I)
_LONG_HEX = re.compile(r"[0-9a-f]{40,}(?![0-9a-z])", _I)


# One word, a slash and the key in prose: two names for one value ("der Benutzername/API-Key
# ist x", the Hue bridge's user name that is its API key), not a path's last part.
_WORD_BEFORE_SLASH = re.compile(r"(?:^|(?<=\s))[A-Za-zÄÖÜäöüß]{2,20}/\Z")


def _named_alternative(text: str, m: re.Match[str]) -> bool:
    """The key after "word/" names the value as one of two names (``_WORD_BEFORE_SLASH``);
    a key with a dot (``tls/client.key``) is a file's name."""
    return (
        "." not in m.group("key")
        and _WORD_BEFORE_SLASH.search(text, max(0, m.start() - 24), m.start()) is not None
    )


def _judged_key(text: str, m: re.Match[str]) -> bool:
    """The key names a secret: not an identifier, not a public key."""
    head = text[m.start() : m.start("v")]
    return not (
        # "/etc/app/tls/client.key: permission denied": a file's name in a path, not a key
        (text[m.start() - 1 : m.start()] in ("/", "\\") and not _named_alternative(text, m))
        or (
            _ID_KEY.search(head)
            and not _ACCESS_KEY_ID.search(head)
            and not (_TOKEN_ID.search(head) and _LONG_HEX.match(m.group("v")))
        )
        or _PAGING.search(text, max(0, m.start() - 8), m.end("key"))
        or m.group("v").startswith(("pk_live_", "pk_test_"))
        or _ACCOUNT_SID.match(m.group("v")) is not None
        or _PUBLIC.search(text, max(0, m.start() - 16), m.start("v"))
        or (
            _USER_KEY_END.search(m.group("key")) is not None
            and _SECRET_IN_KEY.search(m.group("key")) is None
        )
    )


#: A setting's name that ends naming the user, not the secret ("N8N_BASIC_AUTH_USER",
#: "SMTP_AUTH_USERNAME", "auth.login"; round 63)
_USER_KEY_END = re.compile(r"(?i)[_.\-](?:user|username|user_name|login|email|mail)\Z")
#: ... unless a secret's word stands in it too ("token_create_user": the token's)
_SECRET_IN_KEY = re.compile(r"(?i)token|secret|key|pass|pwd")


# A typed declaration's type between the key's colon and the value: Kotlin's and Swift's
# "apiKey: String = …", TypeScript's "token: string = …" (the value follows the "=")
_DECLARED_TYPE = re.compile(
    r"(?:[A-Z][\w.]*(?:<[^<>\n]{0,40}>)?|string|str|number|any|bytes)[?!]?[ ]*=(?!=)[ ]*"
    r"(?P<q>[\"'`]?)"
)


def _declared_value(text: str, pos: int, q: str) -> tuple[int, int] | None:
    """The value of "key: Type = value" from ``pos`` (after the "="): a quoted string a
    secret key may hold (``_quoted_secret``), or an unquoted random token; code
    (``BuildConfig.SECRET``) is none."""
    if q:
        close = text.find(q, pos, pos + 513)
        line_end = text.find("\n", pos)
        if close < 0 or (0 <= line_end < close):
            return None
        value = text[pos:close]
        return (pos, close) if _quoted_secret(value) and not _example(value) else None
    token = _TOKEN_CHARS.match(text, pos)
    if token is not None and looks_random(token.group()) and _plain_value(token.group()):
        return pos, token.end()
    return None


# an authentication mechanism's name as a key's value: '"auth": "oauth"', "auth: basic"
_MECHANISMS = frozenset(
    """oauth oauth1 oauth2 xoauth2 basic bearer digest ntlm negotiate kerberos saml saml2 oidc
    openid ldap jwt hmac mtls sso aws4 sigv4 scram plain anonymous cram-md5 gssapi""".split()
)


_CODE_KEY = re.compile(r"(?i)code\Z|Code\Z")
# Round 32, a weak secret under a strong label: a key that names a secret, right before its
# value with only a colon, "=" or a copula ("webhook signing secret is 111zzz999", "Secret
# Key: 1234 für HS256"), gives a short value of digits, or letters with digits, that the
# shape rules would read as a number or a reference
_SECRET_NAME = re.compile(r"(?i)secret|geheimnis")
_TIGHT_KEY_CONN = re.compile(r"[ ]*[:=][ ]*|[ ]+(?:is|ist|lautet)[ ]+", re.IGNORECASE)
_WEAK_SECRET = re.compile(r"(?=[^\W_]*\d)[^\W_]{3,64}")
# what closes the value: the line's or text's end, a comma, a full stop, an aside, a dash,
# or what the secret is for ("1234 für HS256", "1234 and the token …")
_WEAK_SECRET_END = re.compile(
    r"[ ]*(?:\n|\Z)|[,;]|[.!](?:\s|\Z)|[ ]+[–—-][ ]|[ ]+\(|[ ]+(?:for|für|and|und)(?!\w)",
    re.IGNORECASE,
)
_KEY_NAME = re.compile(r"(?i)(?:api|access|private)[_\-.]?key")
_CREDS_WORD = re.compile(r"(?i)cred(?:ential)?s|zugangsdaten|logins?")
# A value a hash algorithm tags: an SSH host key's fingerprint ("SHA256:PVf7…", "MD5:…"),
# a subresource integrity ("sha384-…"): a digest, public by design


# A host name, however random its first label ("1234-abcd.apps.googleusercontent.com", an
# OAuth client's public id; "d111abcdef8.cloudfront.net"): it names where, not a secret.
_HOST_NAME = re.compile(r"[A-Za-z0-9_\-]+(?:\.[a-z][a-z\-]{1,30}){2,}")


def _record_id(key: str, value: str) -> bool:
    """A UUID given to a key that names no key, token or authorisation ('"session":
    "c0ffee00-…"': a record's id; see ``_keyed_value``)."""
    return words.is_uuid(value) and not _UUID_KEY.search(key)


# A payment processor's card token or payment method ("tok_…", "pm_…", "card_…", "src_…"):
# the card's stand-in that the checkout form returns to the shop; only the shop's secret key
# can charge it, and it is handed around with the card's BIN and last four digits. In a
# message about a card or a payment it is that token, not an API token ("tok_live_…" tags
# an environment, as a vendor's API key does: that stays a key).
_PAYMENT_OBJECT = re.compile(
    r"(?:tok|tokn|card|pm|src|btok|ba|seti|pi)_(?!(?:live|test|prod)_)[A-Za-z0-9]{8,40}"
    # a processor's documented test token by the brand it stands for ("tok_visa",
    # "pm_card_mastercard", "tok_visa_debit")
    r"|(?:tok|pm|pm_card|card)_(?:visa|mastercard|amex|discover|diners|jcb|unionpay|"
    r"chargeDeclined\w*|cvcCheckFail|bypassPending\w*)(?:_[a-z]{2,12}){0,2}"
)
_PAYMENT_TALK = stdre.compile(
    r"card|karte|payment|zahlung|checkout|charge|bin(?![a-z])|last4|last 4|stripe|braintree|"
    r"adyen|frames|omise|3ds"
)


def _no_payment_objects(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """``spans`` without a card token or payment method id in a message about cards or
    paying ("Frames returned token tok_…, bin 424242")."""
    if "_" not in text:
        return spans
    found = {s for s in spans if _PAYMENT_OBJECT.fullmatch(text, *s) is not None}
    if not found or _PAYMENT_TALK.search(text.lower()) is None:
        return spans
    return spans - found


def _jwt_header_alone(value: str) -> bool:
    """Base64 of a whole JSON object naming a signing algorithm ('{"alg":"HS256"}'): a
    JWT's header alone, no claims, no signature. Talked about after a token word it is no
    token ('token "eyJhbGci…" alone is just the header'); assigned to one ('token="…"') it
    is taken as given."""
    if not value.startswith("eyJ") or "." in value:
        return False
    decoded = _b64decode(value)
    try:
        header = json.loads(decoded) if decoded else None
    except ValueError:
        return False
    return isinstance(header, dict) and "alg" in header


_UUID_KEY = re.compile(r"(?i)api|token|secret|key|auth|cred|bearer|licen[cs]e|lizenz")


def _varied_digits(run: str) -> bool:
    """Digits a key could be: five kinds at least, none filling half the run ("9400 1000
    0000 0000 0000" is a tracking number padded with zeros)."""
    counts = Counter(c for c in run if c.isdigit())
    return len(counts) > 4 and 2 * max(counts.values()) <= sum(counts.values())


def _about_key(key: str, rest: str) -> bool:
    """Words that name the key's own subject, as an error message does
    ("INVALID_SESSION_ID: Session expired or invalid", "TOKEN_ERROR: token not found"):
    a sentence about the key, not its value (a secret of words does not repeat the key)."""
    tokens = rest.split()
    if len(tokens) < 2:
        return False
    parts = {p for p in re.split(r"[\W_]+|(?<=[a-z])(?=[A-Z])", key.lower()) if len(p) >= 4}
    return any(t.strip(".,:;!?").lower() in parts for t in tokens)


_LITERALS = frozenset(("null", "nil", "none", "undefined", "true", "false"))
#: A key's own assignment right after the key word: "outputs.influxdb_v2 token = …" (the
#: token's value is what follows; the word before the key is a section's or a table's name).
_OWN_ASSIGNMENT = re.compile(r"[ ]*(?::=|=(?!=)|:[ ])")
#: An object literal's opening: a brace, then its first key ('{user:"ops"', '{ "token":').
_OBJECT_OPEN = re.compile(r"\{[ ]*[\"']?[A-Za-z_][\w\-]*[\"']?[ ]*:")
#: A setting's key opening what follows another key ("basic_auth: username: webhook …"):
#: the value is a nested mapping, its own keys and values, not one secret.
_NESTED_KEY = re.compile(r"[A-Za-z_][\w.\-]*:(?:[ ]|\Z)")
#: Words that say a setting was left empty ("hab ich leer gelassen", "left it empty").
_EMPTY_SAID = frozenset(("leer", "empty", "blank", "unset", "leergelassen", "frei"))


# A made-up secret that says what it is, given to a secret in prose: "Secret ist my-secret",
# "the signing key is super-secret-key" (words joined by hyphens or underscores, one of
# them a secret's name; "base64-encoded", "self-signed" name none)
_COPULA = re.compile(r"[ ]+(?:is|ist|was|war|lautet)[ ]+", _I)
_SELF_NAMED = re.compile(r"(?P<v>[a-z0-9]+(?:[_\-][a-z0-9]+){1,7})(?=[.,;!?]?(?:\s|\Z)|[\"'`])")
# Round 33: the connectors that give a self-named value right after its key: a copula, a
# colon or "=" ("token=bearer_token_xyz"), or a quote after a space ("apiKey 'my_secret'")
_SELF_NAMED_CONN = re.compile(
    r"(?:[ ]+(?:is|ist|was|war|lautet)[ ]+|[ ]*[:=][ ]*|[ ]+(?=[\"'`]))[\"'`]?", _I
)
_SECRET_PARTS = frozenset("secret secrets key token pass password passwort geheim".split())
# ... not a name for where it is kept ("secret-key-ref", "api_token_name")
_NAMING_PARTS = frozenset("ref name id file path url env var field header type".split())
# ... a key's or a token's own name in a made-up value (not "password": "db-password" names
# the stored secret that holds one)
_MADE_UP_PARTS = frozenset("secret token".split())
# ... and not a sample's words ("sk-example-key-for-testing-only", "real_secret")
_SAMPLE_PARTS = frozenset(
    "example examples sample test testing dummy fake real demo placeholder goes".split()
)
# ... nor a standard field's name made only of a secret's kinds ("refresh_token",
# "client_secret", "api-key"): a made-up secret adds a word of its own ("my-secret")
_FIELD_PARTS = frozenset(
    "access refresh bearer auth api client private public session signing webhook app bot "
    "master shared user oauth jwt csrf x".split()
)


def _self_named_value(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The value after "secret is" when it names itself a secret (``_SELF_NAMED``)."""
    if _SECRET_KEY.search(m.group("key")) is None and "key" not in m.group("key").lower():
        return None
    conn = _SELF_NAMED_CONN.match(text, m.end("key"))
    if conn is None:
        return None
    v = _SELF_NAMED.match(text, conn.end())
    if v is None:
        return None
    parts = set(stdre.split(r"[_\-]", v.group("v")))
    if not _SECRET_PARTS & parts or _NAMING_PARTS & parts:
        return None
    if _COPULA.fullmatch(conn.group()) is not None:
        return v.start("v"), v.end("v")  # "the signing key is super-secret-key"
    # Round 33: given by "=", ":" or in quotes, a program's value may name a secret kept
    # elsewhere ("passwordKey: db-password", "missing credential 'oca_api_key'") or be a
    # template's slot ("your-api-key-here"): only a made-up secret of its own words counts
    if (
        _SECRET_KEY.search(m.group("key")) is None
        or _ID_KEY.search(m.group("key")) is not None  # "tokenSecretRef: portal-api-token"
        or not parts & _MADE_UP_PARTS
        or parts & _SAMPLE_PARTS
        or parts <= _SECRET_PARTS | _FIELD_PARTS
        or _ASKING.search(v.group("v"))
        or is_sample(text, v.start("v"), v.end("v"))  # "secret: my_db_secret als Platzhalter"
    ):
        return None
    return v.start("v"), v.end("v")


# Round 40: a program's key for a secret, its last part "secret" ("ClientSecret",
# "client_secret", "jwt.secret"), assigned a quoted literal by "=", ":", "=>" or ":="
# ('ClientAppClientSecret = "super-secret"', 'IntrospectionClientSecret = "secret"'): the
# literal is the secret whatever words it is made of; not a null, a slot, a template, a
# sample's or a type's name
_SECRET_LAST = re.compile(r"(?:\A|[_.\-]|(?<=[a-z0-9]))(?:secret|Secret|SECRET)\Z")
_ASSIGN_CONN = re.compile(r"[ ]*(?:=>|:=|[:=])[ ]*")
_LITERAL_VALUE = re.compile(r"[^\s\"'`]{2,64}")
_CODE_MARK = re.compile(r"[%($@{\[<:]")
_TYPE_NAMES = frozenset("string str int integer number boolean bool object array any".split())


# a private or pre-shared key's 32 bytes in base64 (WireGuard's "PrivateKey = …=",
# "PresharedKey = …="): the key whatever its letters, even a test's "AAAA…AEE="
_PRIVATE_KEY_NAME = re.compile(r"(?i)(?:private|pre[_\-]?shared)[_\-. ]?key\Z")
_KEY_BYTES = re.compile(r"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=(?![\w+/=])")


def _raw_key(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """A private key's 32 bytes given to its key by "=" or ":" (``_KEY_BYTES``)."""
    if _PRIVATE_KEY_NAME.search(m.group("key")) is None:
        return None
    if _ASSIGN_CONN.fullmatch(m.group("conn")) is None:
        return None
    v = _KEY_BYTES.match(text, m.start("v"))
    return v.span() if v is not None else None


def _assigned_secret(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The quoted literal a secret's key is assigned (``_SECRET_LAST``), else None."""
    key = m.group("key")
    if _SECRET_LAST.search(key) is None or _ASSIGN_CONN.fullmatch(m.group("conn")) is None:
        return None
    start = m.start("v")
    close = text.find(m.group("q"), start, start + 65)
    if close < 0:
        return None
    value = text[start:close]
    low = value.lower()
    if _LITERAL_VALUE.fullmatch(value) is None or low in _TYPE_NAMES:
        return None
    if low not in ("secret", "geheim") and (
        words.is_null(value)
        or low in words.STATE_WORDS
        or words.is_non_secret_shape(value)
        or words.is_placeholder(value)
        or _caps_slot(value)
        or _stored_elsewhere(value)
    ):
        return None
    parts = set(stdre.split(r"[_\-.]", low))
    if parts & (_SAMPLE_PARTS | _NAMING_PARTS) or is_sample(text, start, close):
        return None
    if _CODE_MARK.search(value) is not None and is_code_value(text, start, close):
        return None  # "'%env(resolve:MAILER_SECRET)%'": a framework's reference, no literal
    return start, close


def _weak_secret(text: str, m: re.Match[str], value: str) -> bool:
    """A short value of digits, or letters with digits, given to a key that names a secret
    by a tight connector and closing its clause (see ``_TIGHT_KEY_CONN``)."""
    key = m.group("key")
    # (or a program's name for a key: "api_key key123"; not a token's, whose numbers are
    # counts: "max_tokens 2048", "accessTokenLifespan 300")
    named = _SECRET_NAME.search(key) is not None or (
        _IDENTIFIER_KEY.fullmatch(key) is not None
        and _KEY_NAME.search(key) is not None
        and not value.isdigit()
    )
    if m.group("q") or not named or _CODE_KEY.search(key):
        return False
    if _TIGHT_KEY_CONN.fullmatch(m.group("conn")) is None and not (
        # a program's name for the secret and its value after a space, as a listing of
        # settings gives them ("client_id oca-web, client_secret s3cr3t", round 35)
        m.group("conn").strip() == "" and _IDENTIFIER_KEY.fullmatch(key)
    ):
        return False
    if _WEAK_SECRET.fullmatch(value) is None or len(set(value)) < 2:
        return False
    if _WEAK_SECRET_END.match(text, m.start("v") + len(value)) is None:
        return False
    if words.is_reference(value) or value.lower() in words.dictionary():
        return False  # "secret: RE-2025" (a ticket), a word with a digit read as a word
    if not value.isdigit() and _example(value):
        return False  # "xoxp-1234": a provider's prefix and a number (a bare number is ours)
    return not (_record_id(key, value) or _stored_elsewhere(value))


# A value a person made up for a secret, given to a key that names one by a copula or a
# colon and closing its clause (``_made_up_secret``): words joined into one token
# ("pineapple_on_pizza") or a mash of lower-case letters typed at random
# ("woiuerojksldkjoier…"). Prose has no such token; a program's status or a variable's
# name is one of ``_STATUS_PARTS``' words joined ("not_set", "token_not_found",
# "your_api_key"); words joined by hyphens are an option's value ("read-only",
# ``is_word_constant``).
_JOINED_WORDS = re.compile(r"(?-i:[a-z]+(?:_[a-z0-9]+){2,5})")
_KEY_MASH = re.compile(r"(?-i:[a-z]{16,64})")
# ... or, for a key that names a secret by that word (a webhook's shared or signing
# secret, which its owner makes up as a passphrase), words joined by hyphens that open with
# a capital and hold a number ("Fuchsbau-Signal-2024-xyz"): an option's value joined so is
# lower-case ("read-only", "us-east-1"). Round 50.
_CAPITAL_JOINED = re.compile(
    r"(?-i:[A-Z][a-z]{2,}(?:-[A-Za-z]{2,})*(?:-\d{2,4})(?:-[A-Za-z0-9]{2,})*)"
)
_NAME_SECRET_WORD = re.compile(r"(?i)secret|geheimnis")
_MASH_MIN_LETTERS = 8
_STATUS_PARTS = frozenset(
    """not no none null nil invalid expired missing required revoked error unknown unset
    undefined empty found set your my our the here example sample placeholder dummy test
    secret token key api env var value name id default old new prod dev staging""".split()
)
_CONN_COPULA = re.compile(r"(?:is|ist|lautet|was|war)[ ]*:?[ ]*\Z|[:=][ ]*\Z", _I)


def _made_up_secret(text: str, m: re.Match[str], value: str) -> bool:
    """``value`` is a made-up secret given to a key that names a secret (see
    ``_JOINED_WORDS``)."""
    if m.group("q") or not _WEAK_KEY.search(m.group("key")) or _CODE_KEY.search(m.group("key")):
        return False
    if _CONN_COPULA.search(m.group("conn")) is None or "\n" in m.group("conn"):
        return False
    if _WEAK_SECRET_END.match(text, m.start("v") + len(value)) is None:
        return False
    if _PLACEHOLDER.search(value) or _example(value):
        return False
    if _JOINED_WORDS.fullmatch(value) is not None:
        parts = value.split("_")
        return len(value) >= _WEAK_MIN and not _STATUS_PARTS.intersection(parts)
    if _NAME_SECRET_WORD.search(m.group("key")) and _CAPITAL_JOINED.fullmatch(value):
        # a shared or signing secret chosen as a passphrase (round 50)
        pieces = {p.lower() for p in value.split("-")}
        return (
            len(value) >= _WEAK_LONG and len(pieces) >= 3 and not _STATUS_PARTS.intersection(pieces)
        )
    return (
        _KEY_MASH.fullmatch(value) is not None
        and len(set(value)) >= _MASH_MIN_LETTERS
        and not _mostly_words(value)
        and not _alphabet(value)
        and not _counted_out(value)
    )


#: A pair whose key names an identifier, given where a key's value would stand.
_ID_PAIR = re.compile(
    r"(?i)(?:client|app|user|account|tenant|project|workspace)?[_\-]?id[ ]*[=:]"
    r"|(?:user(?:name)?|login)[ ]*[=:]"
)


def _keyed_value(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The secret after a key word, or None when it is not one (see ``_KEYED``)."""
    key, conn, q = m.group("key"), m.group("conn"), m.group("q")
    if not _judged_key(text, m):
        return None
    if m.group("v").rstrip(".,;!?:)]}").lower() in _LITERALS:
        return None  # '"oauthTokenData":null}},': a JSON or code literal, no value given
    if m.group("v")[:1] == "{" and _OBJECT_OPEN.match(text, m.start("v")) is not None:
        return None  # 'httpNodeAuth: {user:"ops",pass:"…"}': an object, its keys read alone
    if m.group("v").strip("\"'`,;.").lower() in _MECHANISMS and (
        not q or text.startswith(q, m.start("v") + len(m.group("v").rstrip(",;.")))
    ):
        return None  # (the whole value: not "'plain words as a token'")
    if conn.rstrip().endswith("(") and conn.strip() != "(":
        # a call's argument follows the called key ('secret("x")'); after words it is a
        # remark in brackets: 'API key stored in 1Password ("OCA deploy")' names the item
        return None
    start_v = m.start("v")
    if not q and conn.strip() == ":":
        declared = _DECLARED_TYPE.match(text, m.start("v"))
        if declared is not None:
            return _declared_value(text, declared.end(), declared.group("q"))
    raw = m.group("v")
    if _ID_PAIR.match(raw) is not None:
        return None  # "Schlüssel fürs API: client_id=x": a pair whose key names an id
    default = _ENV_DEFAULT.match(text, start_v) if raw.startswith("${") else None
    if default is not None:  # "TOKEN=${API_TOKEN:-x}": the default x is hard-coded
        start_v = default.start("d")
        raw = default.group("d")
        q = default.group("dq") or q
    prefixed = _DISTINCT_START.fullmatch(raw.rstrip(".,;:!?)]}\"'`"))
    if (
        prefixed is not None
        and conn.strip() not in ("", ",")
        and not _ASKING.search(raw)
        and not _MARKS.search(raw)
        and not _X_RUN.search(raw)
        and not _FILLED_BODY.fullmatch(raw)
        and not _example(prefixed.group())  # "xoxp-1234567890": a made-up example
        and not _SHAPE_SAID.search(raw)  # "xoxb-11digits-12digits-24chars": its format
        and not _word_example(text, start_v, prefixed.group())
        and not (_ELIDED.search(text, m.end("v"), m.end("v") + 4) or _ELIDED.search(raw))
    ):
        # "API Key: sk_live_xyz", "apiKey=sk_live_1234567890": a provider's secret prefix
        # given to a key is that provider's key, however short or made-up its body looks
        return start_v, start_v + len(prefixed.group())
    if not q and conn.strip() in ("=", ":") and text[m.end("v") : m.end("v") + 1] in (",", ";"):
        # "secret = A,.:-¨@*¿?!": a comma inside one run of symbols that ends the line is
        # the value's, not a list's (a list puts a space or a next key after it)
        run = _LINE_RUN.match(text, m.start("v"))
        if run is not None and _NEXT_NAMED_KEY.search(run.group()) is None:
            raw = run.group()
    param = _NEXT_PARAM.search(raw)
    if param is not None:
        raw = raw[: param.start()]  # "authSource=db&ssl=true": a query value ends at "&"
    host = _AT_HOST.search(raw)
    if host is not None:
        raw = raw[: host.start()]  # "oauth2:glpat-…@gitlab.com/…": a URL's secret ends at "@"
    start = start_v
    if _SETTING_KEY.search(key):
        value = raw.rstrip(".!?:)]}")
        if (
            _TOKEN_CHARS.fullmatch(value)
            and looks_random(value)
            and _plain_value(value)
            and not _NAMED_CONSTANT.fullmatch(value)
        ):
            return start, start + len(value)
        return None
    # "API key, please check …", "API key (prod) stopped working": no connector
    explicit = conn.strip() not in ("", ",") and _ASIDE_CONN.fullmatch(conn) is None
    if conn.strip() == "," and not _CALL_OPEN.search(text, max(0, m.start() - 4), m.start()):
        return None  # '"invalid_token","error_description"': JSON values, not a call
    if q:
        # a quoted value runs to its closing quote on the same line
        close = text.find(q, start, start + 513)
        line_end = text.find("\n", start)
        if close > 0 and (line_end < 0 or close < line_end):
            value = text[start:close]
            scheme = _SCHEME_WORD.match(value)
            if scheme is not None and _no_value(value[scheme.end() :]):
                return None  # "'Bearer {}'.format(t)", '"Bearer " + token': code fills it in
            sent = value[scheme.end() :] if scheme is not None else ""
            if _TOKEN_CHARS.fullmatch(sent) and not _header_bearer_value(sent):
                return None  # '"Bearer test"', '"Bearer ACCESS_TOKEN"': a word or a name
            secret_key = _SECRET_KEY.search(key) is not None
            short_code = _CODE_KEY.search(key) is not None and len(value) < _WEAK_MIN
            if (
                explicit
                and secret_key
                and _quoted_secret(value)
                and not _example(value)
                and not short_code
                and not _record_id(key, value)
            ):
                return start, close
    value = raw.rstrip(".!?:)]}")
    if (
        explicit
        and _NAMES_A_KEY.search(key)
        and ((value.isdigit() and len(value) >= 20 and len(set(value)) > 1) or words.is_uuid(value))
    ):
        # a long number or a UUID is an id anywhere else; given to an API key it is the
        # key (Heroku and Snyk keys are UUIDs, some vendors' are 20-40 digits; a card has
        # 19 at most)
        return start, start + len(value)
    grouped = _GROUPED_DIGITS.match(text, start) if explicit and value[:4].isdigit() else None
    if (
        grouped is not None
        and (_NAMES_A_KEY.search(key) or _KEY_WORD_DE.search(key))
        and _varied_digits(grouped.group())
    ):
        # digits in groups given to a key ("WLAN-Schlüssel: 8846-2210-…", a FRITZ!Box's
        # "8270 1935 4462 0918 3357", "license key: 40721-88210-…"): a product or network
        # key typed as printed
        return start, grouped.end()
    if explicit and _NAMES_A_KEY.search(key) and _HEX_KEY.fullmatch(value) and len(set(value)) > 1:
        # 32 or 40 hex digits given to a key is the key however regular it looks (Datadog's
        # API and application keys); a run of one character is still a placeholder
        return start, start + len(value)
    if explicit and value.isdigit() and len(value) >= 10 and _SINGLE_TOKEN.fullmatch(key):
        return start, start + len(value)  # "token: 4829…": numeric tokens exist, counts don't
    if _weak_secret(text, m, value):
        return start, start + len(value)
    if explicit and _made_up_secret(text, m, value):
        return start, start + len(value)
    if (
        words.is_non_secret_shape(value)
        or _HOST_NAME.fullmatch(value)
        or _stored_elsewhere(value)
        or _record_shape(value)
        or _PLACEHOLDER.search(value)
        or _MIME.fullmatch(value)
        or _example(value)
        or _record_id(key, value)
        or (not explicit and _jwt_header_alone(value))
        or value.startswith(("[CREDENTIAL]", "[PASSWORD]", "//"))
    ):
        return None
    if not explicit and "=" in value.rstrip("="):
        return None  # "auth.middleware request_id=9c1d…": the next key=value pair
    if looks_random(value) or (
        q and len(value) >= 16 and entropy(value) >= 3.0 and not _wordy(value)
    ):
        return start, start + len(value)
    if (
        explicit
        and (q or "=" in conn or ":" in conn)
        and _WEAK_KEY.search(key)
        and weak_token(value)
        and not _hash_described(text, start, value)
    ):
        return start, start + len(value)  # "api_key=zzyy1122zzyy": weak, but given as the key
    if (
        explicit
        and _SECRET_KEY.search(key)
        and words.secret_like(raw)
        and not (_CODE_KEY.search(key) and len(value) < _WEAK_MIN)
    ):
        # "apikey = m{{h}o)p${e]…": password-shaped; not a short code under a code's key
        # ("auth_code": "A1B2C3" is a card payment's approval code, printed on the receipt;
        # one-time codes are the one-time-code rules')
        return start, start + len(value)
    if explicit and _WEAK_KEY.search(key) and _symbol_secret(raw):
        return start, start + len(raw)  # "secret = A,.:-¨@*¿?!": a secret of symbols
    if not _SECRET_KEY.search(key):
        return None  # "bucket_key", "schemaKey", "some_key": only a random value is a secret
    if (
        explicit
        and q == ""
        and "\n" not in conn
        and not value.endswith(":")
        and _IDENTIFIER_KEY.fullmatch(key)
        and ("=" in conn or ":" in conn)
    ):
        # a config line "aws_secret_access_key: value with spaces": the rest of the line
        line_end = text.find("\n", start)
        rest = text[start : line_end if line_end >= 0 else len(text)]
        if _ENV_FLAG_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None:
            rest = rest.split(" ", 1)[0]  # "docker run -e SECRET_CODE=x busybox": one argument
        pair = _NEXT_KEY.search(rest)  # "bearer, expires_in: 3600": the next pair
        rest = rest[: pair.start() if pair else len(rest)].rstrip(" ;,")
        if _SNAKE_NAME.match(rest) is not None:
            return None  # "SECRET := variable_name_for_golang – …": a program's name, then prose
        if _NESTED_KEY.match(rest) is not None:
            return None  # "basic_auth: username: x password_file: …": a mapping's keys follow
        if " " in rest and any(t.strip(".,;:!?").lower() in _EMPTY_SAID for t in rest.split()):
            return None  # "AWS_SECRET_ACCESS_KEY= hab ich leer gelassen": said to be empty
        if _quoted_secret(rest) and not _about_key(key, rest):
            return start, start + len(rest)
    return None


#: A command's flag that takes one "KEY=value" argument: its value ends at a space.
_ENV_FLAG_BEFORE = re.compile(r"(?<![\w\-])(?:-e|--env|--build-arg|--set|-D)[ =]\Z")


class CredentialRecognizer(SpanRecognizer):
    """API keys, tokens, JWTs and private keys (see the module docstring)."""

    NAME: str = "CredentialRecognizer"

    ENTITY = CREDENTIAL

    def load(self) -> None:
        """Nothing to load: regexes are compiled at import."""

    def analyze_steps(
        self, text: str, entities: list[str]
    ) -> Generator[None, None, list[RecognizerResult]]:
        """``analyze`` in slices (see ``credential_steps``); returns the same results."""
        spans = yield from credential_steps(text, fine=True)
        return self._results(spans)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find credentials; each span is the secret value only."""
        return self._results(find_credential_spans(text))
