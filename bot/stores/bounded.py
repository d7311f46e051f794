"""An in-memory tracker store that keeps each conversation's tracker short.

Rasa loads, replays and featurizes a conversation's whole tracker on every turn, so a
turn's cost grows with the conversation (measured: ~25 ms at turn 20, ~250 ms at turn
500). Sessions expire after 30 idle minutes, but a busy conversation never idles. When a
tracker passes `max_events`, this store keeps its last `keep_events` events from a turn
boundary on and puts in front of them the state they started from (slot values and the
active form), so the policies, which look a few turns back, predict exactly as before.

endpoints.yml:
    tracker_store:
      type: stores.bounded.BoundedInMemoryTrackerStore
      max_events: 120
      keep_events: 60
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SessionStarted, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)


def compacted(
    tracker: DialogueStateTracker, domain: Domain, keep_events: int
) -> DialogueStateTracker:
    """The tracker's last turns, preceded by the state they started from."""
    events: List[Event] = list(tracker.events)
    cut = next(
        (
            i
            for i in range(max(0, len(events) - keep_events), len(events))
            if isinstance(events[i], ActionExecuted) and events[i].action_name == ACTION_LISTEN_NAME
        ),
        None,
    )
    if not cut:
        return tracker
    before = DialogueStateTracker.from_events(tracker.sender_id, events[:cut], slots=domain.slots)
    prefix: List[Event] = [ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted()]
    for slot in before.slots.values():
        if slot.value != slot.initial_value:
            prefix.append(SlotSet(slot.name, slot.value))
    if before.active_loop_name:
        prefix.append(ActiveLoop(before.active_loop_name))
    return DialogueStateTracker.from_events(
        tracker.sender_id, prefix + events[cut:], slots=domain.slots
    )


class BoundedInMemoryTrackerStore(InMemoryTrackerStore):
    """InMemoryTrackerStore whose trackers never grow past `max_events` events."""

    def __init__(
        self,
        domain: Domain,
        event_broker: Optional[EventBroker] = None,
        max_events: int = 120,
        keep_events: int = 60,
        **kwargs: Dict[Text, Any],
    ) -> None:
        kwargs.pop("host", None)
        super().__init__(domain, event_broker, **kwargs)
        self.max_events = int(max_events)
        self.keep_events = min(int(keep_events), self.max_events)
        logger.info(
            "bounded tracker store: at most %d events per conversation", self.max_events
        )

    async def save(self, tracker: DialogueStateTracker) -> None:
        if len(tracker.events) > self.max_events:
            tracker = self.compacted(tracker)
        await super().save(tracker)

    def compacted(self, tracker: DialogueStateTracker) -> DialogueStateTracker:
        return compacted(tracker, self.domain, self.keep_events)


class BoundedRedisTrackerStore(RedisTrackerStore):
    """RedisTrackerStore whose trackers never grow past `max_events` events.

    Rasa's Redis store merges each save into the stored tracker (all sessions); a cut
    tracker is written as it is instead, which also drops the earlier sessions.
    """

    def __init__(
        self,
        domain: Domain,
        host: Text = "localhost",
        max_events: int = 120,
        keep_events: int = 60,
        **kwargs: Any,
    ) -> None:
        super().__init__(domain, host=host, **kwargs)
        self.max_events = int(max_events)
        self.keep_events = min(int(keep_events), self.max_events)
        logger.info(
            "bounded redis tracker store: at most %d events per conversation", self.max_events
        )

    async def save(self, tracker: DialogueStateTracker, timeout: Optional[float] = None) -> None:
        if len(tracker.events) <= self.max_events:
            await super().save(tracker, timeout)
            return
        await self.stream_events(tracker)
        cut = compacted(tracker, self.domain, self.keep_events)
        self.red.set(
            self.key_prefix + cut.sender_id,
            self.serialise_tracker(cut),
            ex=timeout or self.record_exp,
        )
