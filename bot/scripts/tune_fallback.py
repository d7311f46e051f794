"""Measure the fallback threshold's trade-off on a tuning set (not on a blind one).

For each threshold: intent accuracy per language on the set (a fallback is a miss), and how
many off-topic or nonsense messages are still caught (out_of_scope, or under the
threshold). The nonsense is 200 random letter strings (fixed seed); the off-topic questions
are listed below and are not in the training data.

Run from bot/: .venv/bin/python scripts/tune_fallback.py [--set tuning-v1] [--model ...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import string
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("LOG_LEVEL", "ERROR")

import yaml  # noqa: E402

BOT = Path(__file__).resolve().parents[1]
OFF_TOPIC = [
    "what's the best pizza place in town",
    "can you help me with my maths homework",
    "who will win the world cup",
    "what is the speed of light",
    "do you know any good jokes about cats",
    "how tall is the eiffel tower",
    "play some music",
    "what should i cook tonight",
    "wie hoch ist die zugspitze",
    "was soll ich heute kochen",
    "kannst du mir bei den hausaufgaben helfen",
    "wer gewinnt die bundesliga",
    "erzähl mir was über dinosaurier",
    "welcher film läuft heute im kino",
    "wie spät ist es in tokio",
    "spielst du gerne schach",
]
THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.5, 0.6]


async def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="tuning-v1")
    ap.add_argument("--model", default=str(BOT / "models" / "current.tar.gz"))
    args = ap.parse_args()
    os.chdir(BOT)
    sys.path.insert(0, str(BOT))
    from rasa.core.agent import Agent

    agent = Agent.load(args.model)

    async def top(text: str) -> tuple[str, float]:
        # The intent before FallbackClassifier: the best real intent and its confidence.
        parsed = await agent.parse_message(text)
        ranking = [r for r in parsed.get("intent_ranking") or [] if r["name"] != "nlu_fallback"]
        best = ranking[0] if ranking else parsed["intent"]
        return best["name"], float(best["confidence"])

    results: dict[str, list[tuple[str, str, float]]] = {}
    for lang in ("en", "de"):
        data = yaml.safe_load((BOT / "tests" / "eval" / args.set / f"{lang}.yml").read_text())
        rows = []
        for expected, utterances in data["intents"].items():
            for text in utterances:
                name, conf = await top(str(text))
                rows.append((expected, name, conf))
        results[lang] = rows
    rng = random.Random(12)
    nonsense = [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 12)))
        for _ in range(200)
    ]
    junk = [await top(t) for t in nonsense + OFF_TOPIC]
    print("| threshold | EN accuracy | DE accuracy | nonsense caught | off-topic caught |")
    print("|---|---|---|---|---|")
    for t in THRESHOLDS:
        acc = {
            lang: sum(e == n and c >= t for e, n, c in rows) / len(rows)
            for lang, rows in results.items()
        }
        caught = [n == "out_of_scope" or c < t for n, c in junk]
        print(
            f"| {t:.2f} | {acc['en']:.3f} | {acc['de']:.3f} | "
            f"{sum(caught[:200])}/200 | {sum(caught[200:])}/{len(OFF_TOPIC)} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
