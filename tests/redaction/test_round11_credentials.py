"""Round eleven of issue 10, credentials: the causes behind public-j's credential misses
and false hits, checked through the whole redactor (pre-check included) on values and
phrasings written here (none of them is a corpus item), with hard negatives."""

from __future__ import annotations

import pytest

from redaction import Redactor
from tests.support.loop_gap import LOOP_GAP_BOUND, median_loop_gap

# (cause, text, the secret)
POSITIVES: list[tuple[str, str, str]] = [
    # a token as a URL's path segment after a segment naming it
    ("path token", "pip index: https://pkgs.example.net/t/Qm4xT9vLp2Ra/simple", "Qm4xT9vLp2Ra"),
    ("path token", "curl -O https://repo.acme.io/token/Xq4Tm9Lz2RvK/v2/x.tgz", "Xq4Tm9Lz2RvK"),
    ("path token", "feed: http://10.0.0.5:8081/api_key/9fK2mQ7xLp0w/feed.xml", "9fK2mQ7xLp0w"),
    ("path token", "mirror files.corp.example/t/wq7-ze93kd-11a/", "wq7-ze93kd-11a"),
    # a credential by its short name
    ("cred", 'cred: "Hv6/Tq2mXr9LpW4zKb8N+c=="', "Hv6/Tq2mXr9LpW4zKb8N+c=="),
    ("cred", "export GCP_CRED=Zt5/Qw8mRx2vLk9pNb3y+H==", "Zt5/Qw8mRx2vLk9pNb3y+H=="),
]


@pytest.mark.parametrize(("cause", "text", "secret"), POSITIVES)
def test_credential_masked(redactor: Redactor, cause: str, text: str, secret: str) -> None:
    out = redactor.redact_text(text)
    assert secret not in out, f"{cause}: {text!r} -> {out!r}"


# a typed declaration: the value after "=" is the secret; the type stays readable
TYPED: list[tuple[str, str]] = [
    ('val apiKey: String = "Rk7pL2mQx9VtW4zN"', "Rk7pL2mQx9VtW4zN"),
    ("let authToken: String? = 'Vn2xQ8rLm4TzKp7W'", "Vn2xQ8rLm4TzKp7W"),
]


@pytest.mark.parametrize(("text", "secret"), TYPED)
def test_typed_declaration_masks_the_value_only(redactor: Redactor, text: str, secret: str) -> None:
    out = redactor.redact_text(text)
    assert secret not in out and "String" in out, out


# (cause, text): each comes out unchanged
NEGATIVES: list[tuple[str, str]] = [
    ("forum slug", "see https://forum.example.org/t/token-expired-after-update/8812"),
    ("path placeholder", "https://pkgs.example.net/t/<YOUR_TOKEN>/simple"),
    ("collection, not a token", "GET https://api.example.com/v2/tokens/tok8812abc"),
    ("no URL", "w/t/abc12345 means nothing here"),
    ("slang", "he has street cred, trust me"),
    ("credit", "credit_limit: 4000"),
    ("typed label", 'DefaultSessionTokenName string = "session_token_name"'),
    ("typed label", 'val refreshToken: String = "refresh-token"'),
    ("typed code", "private val clientSecret: String = BuildConfig.CLIENT_SECRET"),
    ("counted out", '<Reference Include="Acme.Core" Key="zyxwv98765432"/>'),
]


@pytest.mark.parametrize(("cause", "text"), NEGATIVES)
def test_not_a_credential(redactor: Redactor, cause: str, text: str) -> None:
    assert redactor.redact_text(text) == text, cause


def test_flood_of_path_tokens_stays_bounded(redactor: Redactor) -> None:
    # each path token asks whether it is in a URL: anchored at the run's start, not searched
    text = ("https://x.example/t/Zq81mWk2Lp/ " * 75)[:2000]
    gap = median_loop_gap(redactor, text)
    assert gap < LOOP_GAP_BOUND, gap
    assert "Zq81mWk2Lp" not in redactor.redact_text(text)
