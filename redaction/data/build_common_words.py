"""Rebuild ``common_words.txt``: the most frequent English and German words.

Source: the word-frequency lists shipped in pyspellchecker 0.9.1 (MIT licence; built from
OpenSubtitles and Wiktionary). Not a runtime dependency: run this once with the wheel
unpacked, e.g. ``pip download --no-deps pyspellchecker==0.9.1 && unzip …`` and
``python redaction/data/build_common_words.py PATH/spellchecker/resources``.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

TOP = {"en": 20000, "de": 20000}


def main(resources: str) -> int:
    words: set[str] = set()
    for lang, n in TOP.items():
        freq: dict[str, int] = json.load(gzip.open(Path(resources) / f"{lang}.json.gz"))
        ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
        kept = [w for w, _ in ranked if w.isalpha() and len(w) >= 2][:n]
        words.update(w.lower() for w in kept)
    out = Path(__file__).with_name("common_words.txt")
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
