"""Rasa's ResponseSelector, run only when a retrieval intent (faq, give_feedback) won.

Rasa runs every pipeline component on every message. The response selector's forward pass
costs about as much as DIET's, and its answer is only used when the intent is one of the
retrieval intents, so it is skipped for every other intent: parse time stays that of DIET
alone for most messages. Training is Rasa's, unchanged.
"""

from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message

RETRIEVAL_INTENTS = frozenset({"faq", "give_feedback"})


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class GatedResponseSelector(ResponseSelector):
    def process(self, messages: List[Message]) -> List[Message]:
        wanted = [
            m for m in messages if (m.get(INTENT) or {}).get("name") in RETRIEVAL_INTENTS
        ]
        if wanted:
            super().process(wanted)
        return messages
