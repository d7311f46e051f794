"""Held-out NLU evaluation: train on 80% of data/nlu/*.yml, test on the other 20%.

The split is deterministic (every fifth example of each intent, starting with the
third, is held out), so the figure only moves when the data or the config does. The
held-out model is cached beside the served one under its own key. Exits 1 when intent
accuracy is below --threshold (default 0.90).

Run with the bot's environment from bot/: .venv/bin/python scripts/nlu_eval.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

BOT = Path(__file__).resolve().parents[1]


def split(nlu: dict) -> tuple[list[dict], list[dict]]:
    train, test = [], []
    for block in nlu["nlu"]:
        if "intent" not in block:
            train.append(block)  # regexes, lookups and synonyms stay in training
            continue
        lines = [ln[2:] for ln in block["examples"].splitlines() if ln.startswith("- ")]
        held = [ex for i, ex in enumerate(lines) if i % 5 == 2]
        kept = [ex for i, ex in enumerate(lines) if i % 5 != 2]
        train.append({**block, "examples": "".join(f"- {e}\n" for e in kept)})
        test.append({**block, "examples": "".join(f"- {e}\n" for e in held)})
    return train, test


def dump(path: Path, blocks: list[dict]) -> None:
    class Literal(str):
        pass

    yaml.add_representer(Literal, lambda d, s: d.represent_scalar(
        "tag:yaml.org,2002:str", s, style="|"))
    for b in blocks:
        if "examples" in b:
            b["examples"] = Literal(b["examples"])
    path.write_text(yaml.dump({"version": "3.1", "nlu": blocks}, sort_keys=False))


def fallback_threshold(config: str) -> float:
    for item in yaml.safe_load(Path(config).read_text()).get("pipeline", []):
        if item.get("name") == "FallbackClassifier":
            return float(item.get("threshold", 0.3))
    return 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.90)
    ap.add_argument("--config", default="config.yml", help="to compare pipelines")
    args = ap.parse_args()
    os.chdir(BOT)
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2",
               SQLALCHEMY_SILENCE_UBER_WARNING="1", PYTHONWARNINGS="ignore")
    rasa = str(BOT / ".venv" / "bin" / "rasa")
    # Keyed on what the NLU model depends on (not the domain or the dialogue data).
    h = hashlib.sha256()
    nlu_files = sorted((BOT / "data" / "nlu").glob("*.yml"))
    for path in [BOT / "config.yml", BOT / "requirements.lock", *nlu_files]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    key = h.hexdigest()[:20]
    cache = Path(os.environ.get("BOT_MODEL_CACHE", Path.home() / ".cache/livechat/bot-models"))
    cache.mkdir(parents=True, exist_ok=True)
    if args.config != "config.yml":
        key += "-" + subprocess.check_output(["sha256sum", args.config], text=True)[:12]
    model = cache / f"{key}-heldout.tar.gz"

    work = Path(tempfile.mkdtemp(prefix="bot-nlu-eval-"))
    try:
        blocks = [b for f in nlu_files for b in yaml.safe_load(f.read_text())["nlu"]]
        train, test = split({"nlu": blocks})
        dump(work / "train.yml", train)
        dump(work / "test.yml", test)
        n_test = sum(b["examples"].count("\n- ") + 1 for b in test)
        if not model.exists():
            print(f"training the held-out NLU model {key} (80% of the examples)")
            subprocess.run([rasa, "train", "nlu", "--config", args.config,
                            "--nlu", str(work / "train.yml"), "--out", str(work),
                            "--fixed-model-name", "heldout"],
                           check=True, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            shutil.copy(work / "heldout.tar.gz", model)
        subprocess.run([rasa, "test", "nlu", "--nlu", str(work / "test.yml"),
                        "--model", str(model), "--out", str(work / "results")],
                       check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        report = json.loads((work / "results" / "intent_report.json").read_text())
        strict = float(report["accuracy"])
        errors_file = work / "results" / "intent_errors.json"
        errors = json.loads(errors_file.read_text()) if errors_file.exists() else []
        # out_of_scope and nlu_fallback get the same answers and reach the chat server as
        # nlu_fallback, so an off-topic example that falls under the threshold is a hit.
        threshold = fallback_threshold(args.config)
        misses = [e for e in errors if not (
            e["intent"] == "out_of_scope"
            and (e["intent_prediction"]["name"] in ("nlu_fallback", "out_of_scope")
                 or e["intent_prediction"]["confidence"] < threshold))]
        accuracy = 1.0 - len(misses) / n_test
        weak = {k: v["f1-score"] for k, v in report.items()
                if isinstance(v, dict) and "f1-score" in v and v["f1-score"] < 0.9
                and k not in ("macro avg", "weighted avg", "micro avg")}
        print(f"NLU held-out intent accuracy: {accuracy:.3f} on {n_test} examples "
              f"(threshold {args.threshold:.2f}; {strict:.3f} counting off-topic examples "
              f"that fell back as misses)")
        for name, f1 in sorted(weak.items()):
            print(f"  weak intent {name}: f1 {f1:.2f}")
        for e in misses:
            print(f"  miss: {e['text']!r} -> {e['intent_prediction']['name']} "
                  f"({e['intent_prediction']['confidence']:.2f}), expected {e['intent']}")
        return 0 if accuracy >= args.threshold else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
