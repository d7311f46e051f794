"""Train the learned password scorer (``redaction/data/password_model.json``).

``PYTHONPATH=. .venv/bin/python redaction/data/train_password_model.py`` (or
``make password-model``) trains on every corpus of role ``tuning`` in
``tests/redaction/corpora/manifest.yaml`` plus ``redteam-v10`` and ``public-i`` (tuning
data from round 10 on; ``redteam-v11a``, ``redteam-v11b`` and ``public-j`` join through
their role from round 11 on) and writes the weights; an entry with ``train: false`` is left
out (round 22: retraining with those sets lost three passwords over all tuning sets and
gained nothing). Options:

- ``--exclude a,b``: leave those corpora out (held-out measurement);
- ``--out PATH``: write there instead;
- ``--score a,b``: after training, score those corpora (``tests.redaction.score``) with
  the redactor using the freshly trained model, next to the rules alone;
- ``--misses``: with ``--score``, count where the learned stage stops on each password the
  redactor still misses (``miss_stage``; counts only, no corpus text is printed).

A token's label: 1 when it lies inside a labelled PASSWORD value, 0 otherwise (every token
of a negative item is 0); tokens inside other secrets or straddling a password's edge are
left out. Full-batch gradient descent from zero weights on an L2-regularised logistic loss:
no randomness, so the same data give the same weights (a test checks the committed file).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from redaction import password_features as pf
from redaction.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("password_model.json")
EXTRA = ("redteam-v10", "public-i")  # tuning data from round 10 on
L2 = 1e-3
STEPS = 3000
RATE = 0.5
#: The score a token needs: high, because the stage only adds spans (precision first).
THRESHOLD = 0.9
#: A neighbour of such a token joins its run from this score on (a passphrase's words).
GROW = 0.5


def corpora(exclude: set[str]) -> list[tuple[str, list[Any]]]:
    """(name, items) of every training corpus not in ``exclude``."""
    sys.path.insert(0, str(ROOT))
    from tests.redaction.score import load_entry, manifest

    out = []
    for entry in manifest():
        name = entry["name"]
        if name in exclude or not (entry["role"] == "tuning" or name in EXTRA):
            continue
        if entry.get("train") is False:  # tuned on by the rules, kept out of the weights
            continue
        out.append((name, list(load_entry(entry))))
    return out


def _spans_of(text: str, value: str) -> list[tuple[int, int]]:
    out = []
    start = text.find(value)
    while start >= 0 and value:
        out.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return out


def examples(items: list[Any]) -> tuple[list[list[float]], list[int]]:
    """Feature vectors and labels of every candidate token of ``items``."""
    xs: list[list[float]] = []
    ys: list[int] = []
    for item in items:
        text = normalize(item.text).text
        pw: list[tuple[int, int]] = []
        other: list[tuple[int, int]] = []
        for s in item.secrets:
            value = normalize(s.value).text.strip()
            (pw if s.type == "PASSWORD" else other).extend(_spans_of(text, value))
        toks, cands, features = pf.analyse(text)
        for i, on in zip(cands, features, strict=True):
            t = toks[i]
            a, b = t.core_start, t.core_end
            if any(s < b and a < e for s, e in other):
                continue
            inside = any(s <= a and b <= e for s, e in pw)
            if not inside and any(s < b and a < e for s, e in pw):
                continue  # straddles a value's edge: no clean label
            vec = [0.0] * len(pf.FEATURES)
            for k in on:
                vec[k] = 1.0
            xs.append(vec)
            ys.append(int(inside))
    return xs, ys


def fit(xs: list[list[float]], ys: list[int]) -> list[float]:
    """L2-regularised logistic regression by full-batch gradient descent (deterministic)."""
    x = np.asarray(xs, dtype=np.float64)
    y = np.asarray(ys, dtype=np.float64)
    w = np.zeros(x.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):  # Adam: converges in a few thousand steps
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) / len(y) + L2 * np.r_[0.0, w[1:]]
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return [round(float(c), 6) for c in w]


def train(exclude: set[str]) -> dict[str, object]:
    """The model trained on every training corpus but ``exclude``."""
    names = []
    xs: list[list[float]] = []
    ys: list[int] = []
    for name, items in corpora(exclude):
        cx, cy = examples(items)
        xs += cx
        ys += cy
        names.append(name)
    weights = fit(xs, ys)
    return {
        "features": list(pf.FEATURES),
        "weights": weights,
        "threshold": THRESHOLD,
        "grow": GROW,
        "trained_on": names,
        "examples": len(ys),
        "positives": int(sum(ys)),
    }


def _score(model_data: dict[str, object], names: list[str], misses: bool = False) -> None:
    from redaction.engine import Redactor
    from redaction.recognizers import password_model as pm
    from redaction.recognizers.password import PasswordRecognizer
    from tests.redaction.score import load_entry, manifest, score

    entries = {e["name"]: e for e in manifest()}
    model = pm.PasswordModel.from_json(model_data)
    # the redactor's own recognizer loads this model too (the committed file may not match
    # the features being tried)
    pm.default_model = lambda: model  # type: ignore[assignment]
    plain = Redactor()
    plain._recognizers = [  # the rules alone
        (r, n) for r, n in plain._recognizers if not isinstance(r, pm.PasswordModelRecognizer)
    ]
    learned = Redactor()
    learned._recognizers = [
        (pm.PasswordModelRecognizer(model), pm.PasswordModelRecognizer.NAME)
        if isinstance(r, pm.PasswordModelRecognizer)
        else (r, n)
        for r, n in learned._recognizers
    ]
    alone = Redactor()  # the model without the password rules
    alone._recognizers = [
        (r, n) for r, n in learned._recognizers if not isinstance(r, PasswordRecognizer)
    ]
    for name in names:
        items = load_entry(entries[name])
        arms = (("rules", plain), ("model alone", alone), ("rules+model", learned))
        for label, redactor in arms:
            report = score(redactor, items, f"{name} [{label}]")
            print(
                f"{report.name}: PASSWORD {report.recall('PASSWORD'):.2%} "
                f"({report.recalled['PASSWORD']}/{report.labelled['PASSWORD']}), "
                f"P+C {report.recall('PASSWORD+CREDENTIAL'):.2%}, negatives altered "
                f"{report.fp_rate_negatives:.2%} ({report.negatives_altered}/{report.negatives})"
            )
        if misses:  # counts only: a held-out corpus's text stays unread
            stages = miss_stages(learned, items, model)
            print(f"{name} [rules+model] password misses by stage: {dict(stages.most_common())}")


def miss_stage(text: str, value: str, model: Any) -> str:
    """Where the learned stage stops on a password value the redactor missed: the text has
    no password, login, PIN or Wi-Fi word (``no trigger``); no token of the value is within
    a trigger's reach (``out of reach``); the value has only plain words, which are never
    seeds (``plain words``); its best shaped token scores below the threshold (``scored
    low``); the scorer took it and a filter dropped it (``filtered``); the stage masks only
    part of it (``partly found``) or all of it (``found``: the miss is another's)."""
    from redaction.recognizers import password_model as pm

    text = normalize(text).text
    value = normalize(value).text.strip()
    toks, cands, features = pf.analyse(text)
    kinds = [pf.word_kind(t.core) for t in toks]
    if not any(k in ("pw", "login", "pin", "wifi") for k in kinds):
        return "no trigger"
    inside = [
        (i, on)
        for start, end in _spans_of(text, value)
        for i, on in zip(cands, features, strict=True)
        if start <= toks[i].core_start and toks[i].core_end <= end
    ]
    shaped = [on for i, on in inside if pf.shaped(toks[i].core)]
    if not inside:
        return "out of reach"
    if not shaped:
        return "plain words"
    if max(model.score(on) for on in shaped) < model.threshold:
        return "scored low"
    spans = pm.model_spans(text, model)
    values = _spans_of(text, value)
    if any(a <= start and end <= b for start, end in values for a, b in spans):
        return "found"
    if any(a < end and start < b for start, end in values for a, b in spans):
        return "partly found"
    return "filtered"


def miss_stages(redactor: Any, items: list[Any], model: Any) -> Counter[str]:
    """``miss_stage`` counted over the password values ``redactor`` misses in ``items``."""
    from tests.redaction.score import _blanked, leaked

    out: Counter[str] = Counter()
    for item in items:
        if not any(s.type == "PASSWORD" for s in item.secrets):
            continue
        output = redactor.redact(item.text).text
        others = _blanked(item.text, [s.value for s in item.secrets])
        for s in item.secrets:
            if s.type == "PASSWORD" and leaked(s.type, s.value, item.text, output, others):
                out[miss_stage(item.text, s.value, model)] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", default="")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--score", default="")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--grow", type=float, default=GROW)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    exclude = {n for n in args.exclude.split(",") if n}
    data = train(exclude)
    data["threshold"] = args.threshold
    data["grow"] = args.grow
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{data['examples']} tokens ({data['positives']} positive) -> {args.out}")
    if args.score:
        _score(data, [n for n in args.score.split(",") if n], args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
