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
  redactor still misses (``miss_stage``; counts only, no corpus text is printed);
- ``--include a,b``: train on those corpora too (``untrained``: every ``train: false`` set;
  ``public``: every public set);
- ``--lowo a,b`` (or ``--lowo default``, ``LOWO_DEFAULT``): leave one writer out. For each
  named corpus, train on the training corpora without it, score it with the rules alone and
  with the rules and that model, and print passwords found and negatives altered per corpus
  and pooled (the honest figure of what the stage adds for a writer it never saw).

A token's label: 1 when it lies inside a labelled PASSWORD value, 0 otherwise (every token
of a negative item is 0); tokens inside other secrets or straddling a password's edge are
left out. Full-batch gradient descent (Adam) from zero weights on an L2-regularised logistic
loss: no randomness, so the same data give the same weights (a test checks the committed
file). Tokens with the same features are one row with counts, read as a sparse matrix.
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
from redaction.normalize import normalize_unrepaired as normalize

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
#: The score a token of a text with no password, login, PIN or Wi-Fi word needs (one a verb
#: of entering reaches: the "far:" features, round 37).
FAR_THRESHOLD = 0.3


def corpora(
    exclude: set[str], include: frozenset[str] = frozenset()
) -> list[tuple[str, list[Any]]]:
    """(name, items) of every training corpus not in ``exclude``; ``include`` adds corpora
    by name, ``untrained`` every one marked ``train: false``, ``public`` every public one."""
    sys.path.insert(0, str(ROOT))
    return [(e["name"], _load(e["name"])) for e in pool(include) if e["name"] not in exclude]


def pool(include: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The manifest entries trained on (see ``corpora``), in manifest order."""
    sys.path.insert(0, str(ROOT))
    from tests.redaction.score import manifest

    out = []
    for entry in manifest():
        name = entry["name"]
        trained = (entry["role"] == "tuning" or name in EXTRA) and entry.get("train") is not False
        if (
            trained
            or name in include
            or ("untrained" in include and entry.get("train") is False)
            or ("public" in include and entry["role"] == "public")
        ):
            out.append(entry)
    return out


_LOADED: dict[str, list[Any]] = {}


def _load(name: str) -> list[Any]:
    """A corpus's items, read once per process."""
    from tests.redaction.score import load_entry, manifest

    if name not in _LOADED:
        entry = next(e for e in manifest() if e["name"] == name)
        _LOADED[name] = list(load_entry(entry))
    return _LOADED[name]


def _spans_of(text: str, value: str) -> list[tuple[int, int]]:
    out = []
    start = text.find(value)
    while start >= 0 and value:
        out.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return out


def examples(items: list[Any]) -> tuple[list[list[int]], list[int]]:
    """The active feature indices and the label of every candidate token of ``items``."""
    xs: list[list[int]] = []
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
            xs.append(sorted(set(on)))
            ys.append(int(inside))
    return xs, ys


def fit(xs: list[list[int]], ys: list[int]) -> list[float]:
    """L2-regularised logistic regression by full-batch gradient descent (deterministic).

    Tokens with the same active features are one row with a count and a count of positives
    (the same loss and gradient, a fraction of the rows: most tokens share their vector)."""
    rows: dict[tuple[int, ...], int] = {}
    counts: list[float] = []
    pos: list[float] = []
    for on, y in zip(xs, ys, strict=True):
        key = tuple(on)
        r = rows.get(key)
        if r is None:
            r = rows[key] = len(counts)
            counts.append(0.0)
            pos.append(0.0)
        counts[r] += 1.0
        pos[r] += y
    # the rows as a sparse 0/1 matrix: column indices and each row's first entry
    cols = np.asarray([k for key in rows for k in key], dtype=np.int64)
    starts = np.cumsum([0] + [len(key) for key in rows])[:-1]
    row_of = np.repeat(np.arange(len(rows)), [len(key) for key in rows])
    width = len(pf.FEATURES)
    c = np.asarray(counts)
    s = np.asarray(pos)
    n = float(len(ys))
    w = np.zeros(width)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):  # Adam: converges in a few thousand steps
        z = np.add.reduceat(w[cols], starts)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        residual = (c * p - s)[row_of]
        grad = np.bincount(cols, weights=residual, minlength=width) / n
        grad += L2 * np.r_[0.0, w[1:]]
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return [round(float(c), 6) for c in w]


_EXAMPLES: dict[str, tuple[list[list[int]], list[int]]] = {}


def train(exclude: set[str], include: frozenset[str] = frozenset()) -> dict[str, object]:
    """The model trained on every training corpus but ``exclude`` (``include``: see
    ``corpora``)."""
    names = []
    xs: list[list[int]] = []
    ys: list[int] = []
    for name, items in corpora(exclude, include):
        if name not in _EXAMPLES:
            _EXAMPLES[name] = examples(items)
        cx, cy = _EXAMPLES[name]
        xs += cx
        ys += cy
        names.append(name)
    weights = fit(xs, ys)
    return {
        "features": list(pf.FEATURES),
        "weights": weights,
        "threshold": THRESHOLD,
        "grow": GROW,
        "far_threshold": FAR_THRESHOLD,
        "trained_on": names,
        "examples": len(ys),
        "positives": int(sum(ys)),
    }


def _redactors(model: Any) -> tuple[Any, Any]:
    """The redactor with the rules alone, and with the rules and ``model``."""
    from redaction.engine import Redactor
    from redaction.recognizers import password_model as pm

    # the redactor's own recognizer loads this model too (the committed file may not match
    # the features being tried)
    pm.default_model = lambda: model  # type: ignore[assignment]
    plain = Redactor()
    _keep(plain, lambda r: not isinstance(r, pm.PasswordModelRecognizer))  # the rules alone
    learned = Redactor()
    learned._recognizers = [
        (pm.PasswordModelRecognizer(model), pm.PasswordModelRecognizer.NAME)
        if isinstance(r, pm.PasswordModelRecognizer)
        else (r, n)
        for r, n in learned._recognizers
    ]
    return plain, learned


def _keep(redactor: Any, wanted: Any) -> None:
    """Keep only the recognizers ``wanted`` accepts (and their families, in step)."""
    from redaction.precheck import FAMILY_OF

    redactor._recognizers = [(r, n) for r, n in redactor._recognizers if wanted(r)]
    redactor._families = [FAMILY_OF.get(n) for _, n in redactor._recognizers]


#: The writers held out by default (``--lowo default``): the red-team and public sets of
#: rounds 30 to 35, each written by someone who never saw the other sets.
LOWO_DEFAULT = (
    "redteam-v31a,redteam-v31b,redteam-v32a,redteam-v32b,redteam-v33a,redteam-v33b,"
    "redteam-v34a,redteam-v34b,redteam-v35a,redteam-v35b,public-z,public-aa,public-ab,"
    "public-ac,public-ad,public-ae"
)


def lowo(
    held_out: list[str],
    include: frozenset[str],
    threshold: float = THRESHOLD,
    grow: float = GROW,
    far_threshold: float = FAR_THRESHOLD,
) -> dict[str, tuple[int, int, int, int, int, int]]:
    """Leave one writer out: for each corpus of ``held_out``, train on the pool (see
    ``corpora``) without it, score it with the rules alone and with the rules and that
    model, and print passwords found and negatives altered; then the pooled figures.
    Returns per corpus (labelled, rules, rules+model, negatives, rules altered, rules+model
    altered)."""
    from redaction.recognizers import password_model as pm
    from tests.redaction.score import score

    models: dict[frozenset[str], Any] = {}
    out: dict[str, tuple[int, int, int, int, int, int]] = {}
    for name in held_out:
        trained = frozenset(e["name"] for e in pool(include)) - {name}
        if trained not in models:
            data = train({name}, include)
            data["threshold"], data["grow"] = threshold, grow
            data["far_threshold"] = far_threshold
            models[trained] = pm.PasswordModel.from_json(data)
        plain, learned = _redactors(models[trained])
        items = _load(name)
        a = score(plain, items, name)
        b = score(learned, items, name)
        row = (
            a.labelled["PASSWORD"],
            a.recalled["PASSWORD"],
            b.recalled["PASSWORD"],
            a.negatives,
            a.negatives_altered,
            b.negatives_altered,
        )
        out[name] = row
        print(_lowo_line(name, row), flush=True)
    pooled = tuple(sum(r[k] for r in out.values()) for k in range(6))
    print(_lowo_line("pooled", pooled))  # type: ignore[arg-type]
    return out


def _lowo_line(name: str, row: tuple[int, int, int, int, int, int]) -> str:
    n, rules, both, negs, neg_rules, neg_both = row
    return (
        f"{name:14} PASSWORD rules {rules}/{n}, rules+model {both}/{n} ({both - rules:+d}); "
        f"negatives altered rules {neg_rules}/{negs}, rules+model {neg_both}/{negs} "
        f"({neg_both - neg_rules:+d})"
    )


def _score(model_data: dict[str, object], names: list[str], misses: bool = False) -> None:
    from redaction.engine import Redactor
    from redaction.recognizers import password_model as pm
    from redaction.recognizers.password import PasswordRecognizer
    from tests.redaction.score import load_entry, manifest, score

    entries = {e["name"]: e for e in manifest()}
    model = pm.PasswordModel.from_json(model_data)
    plain, learned = _redactors(model)
    alone = Redactor()  # the model without the password rules
    alone._recognizers = list(learned._recognizers)
    _keep(alone, lambda r: not isinstance(r, PasswordRecognizer))
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
    parser.add_argument("--far-threshold", type=float, default=FAR_THRESHOLD)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--include", default="")
    parser.add_argument("--lowo", default="")
    args = parser.parse_args(argv)
    exclude = {n for n in args.exclude.split(",") if n}
    include = frozenset(n for n in args.include.split(",") if n)
    if args.lowo:
        # "default" stands for ``LOWO_DEFAULT``, alone or among other names
        names = [
            m
            for n in args.lowo.split(",")
            if n
            for m in (LOWO_DEFAULT.split(",") if n == "default" else [n])
        ]
        lowo(names, include, args.threshold, args.grow, args.far_threshold)
        return 0
    data = train(exclude, include)
    data["threshold"] = args.threshold
    data["grow"] = args.grow
    data["far_threshold"] = args.far_threshold
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{data['examples']} tokens ({data['positives']} positive) -> {args.out}")
    if args.score:
        _score(data, [n for n in args.score.split(",") if n], args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
