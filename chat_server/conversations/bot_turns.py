"""Bot turns per conversation, bounded: one runs, at most `max_waiting` wait behind it.

A customer who sends faster than the bot answers must not make one task (and one Rasa call)
per message: a typed message beyond the bound is merged into the last waiting turn, so the
bot answers those messages together. Every message is still stored and shown to agents;
only the bot's input is shared.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from redaction import Redacted, redact_text, swap_line

RunTurn = Callable[[str, Redacted, Redacted], Awaitable[None]]
Spawn = Callable[[Coroutine[Any, Any, None]], None]


@dataclass
class _Turn:
    bot_input: Redacted
    shown_text: Redacted
    typed: bool  # typed text can be merged; a clicked button's payload cannot


class BotTurnQueue:
    def __init__(self, run: RunTurn, spawn: Spawn, max_waiting: int, max_chars: int) -> None:
        self._run = run
        self._spawn = spawn
        self._max_waiting = max_waiting
        self._max_chars = max_chars
        self._waiting: dict[str, deque[_Turn]] = {}  # present while a worker runs

    def running(self, conversation_id: str) -> bool:
        """Whether a turn of this conversation runs now (a new one would wait)."""
        return conversation_id in self._waiting

    def waiting(self, conversation_id: str) -> int:
        queue = self._waiting.get(conversation_id)
        return 0 if queue is None else len(queue)

    def submit(
        self, conversation_id: str, bot_input: Redacted, shown_text: Redacted, typed: bool
    ) -> None:
        turn = _Turn(bot_input, shown_text, typed)
        queue = self._waiting.get(conversation_id)
        if queue is None:
            self._waiting[conversation_id] = deque()
            self._spawn(self._work(conversation_id, turn))
        elif len(queue) < self._max_waiting:
            queue.append(turn)
        elif typed and queue[-1].typed:
            last = queue[-1]
            # The newest words matter most to the bot: keep the tail within the limit. The
            # joined text is redacted again: a secret can span two messages ("my password
            # is" / "Hunter2!") that each looked harmless alone.
            last.bot_input = redact_text((last.bot_input + "\n" + bot_input)[-self._max_chars :])
            last.shown_text = redact_text((last.shown_text + "\n" + shown_text)[-self._max_chars :])
        else:
            queue[-1] = turn  # a button clicked while the queue is full: the newest click wins

    def redact_again(self, conversation_id: str, before: str, after: Redacted) -> None:
        """A message masked anew after it was submitted: the turns still waiting carry the
        masked text instead (a turn running has sent its text already)."""
        for turn in self._waiting.get(conversation_id, ()):
            turn.bot_input = _replace_line(turn.bot_input, before, after)
            turn.shown_text = _replace_line(turn.shown_text, before, after)

    async def _work(self, conversation_id: str, turn: _Turn) -> None:
        try:
            while True:
                await self._run(conversation_id, turn.bot_input, turn.shown_text)
                queue = self._waiting[conversation_id]
                if not queue:
                    return
                turn = queue.popleft()
        finally:
            self._waiting.pop(conversation_id, None)


def _replace_line(text: Redacted, before: str, after: Redacted) -> Redacted:
    swapped = swap_line(text, before, after)
    return text if swapped is None else redact_text(swapped)
