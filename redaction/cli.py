"""``livechat redact TEXT``: show what the redactor would mask, for people who tune it."""

from __future__ import annotations

import argparse
import json
import sys

from redaction.engine import Redactor


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="livechat redact",
        description="Print TEXT as it would be stored, and what was found in it.",
    )
    p.add_argument("text", nargs="*", help="the text (several words are joined); - or none: stdin")
    p.add_argument("--json", action="store_true", help="print one JSON object instead")
    p.add_argument(
        "--no-precheck",
        action="store_true",
        help="run the analyzer even when the pre-check says nothing can match",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command with ``argv`` (the arguments after ``redact``); returns the exit code."""
    args = _parser().parse_args(argv)
    text = " ".join(args.text) if args.text and args.text != ["-"] else sys.stdin.read()
    redactor = Redactor(precheck=not args.no_precheck)
    findings = redactor.analyze(text)
    result = redactor.redact(text)
    if args.json:
        print(
            json.dumps(
                {
                    "text": result.text,
                    "types": result.types,
                    "findings": [
                        {
                            "type": e.type,
                            "start": e.start,
                            "end": e.end,
                            "score": e.score,
                            "recognizer": e.recognizer,
                        }
                        for e in findings
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(result.text)
    print()
    if not findings:
        print("nothing to mask")
        return 0
    rows = [("type", "span", "score", "recognizer")] + [
        (e.type, f"{e.start}-{e.end}", f"{e.score:.2f}", e.recognizer) for e in findings
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for i, row in enumerate(rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
