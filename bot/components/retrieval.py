"""Rasa's ResponseSelector, run only when a retrieval intent (faq, give_feedback) won, and
held to that intent's own answers.

Rasa runs every pipeline component on every message. The response selector's forward pass
costs about as much as DIET's, and its answer is only used when the intent is one of the
retrieval intents, so it is skipped for every other intent: parse time stays that of DIET
alone for most messages. Training is Rasa's, unchanged.

One selector serves both retrieval intents, so its best answer can belong to the other one
(a question about threats, classified `faq`, got the thanks for praise). The answer is the
best-ranked one under the intent that won: the intent is the blended classifiers' decision,
the selector only picks which of that intent's answers.
"""

from __future__ import annotations

from typing import Any, Dict, List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.selectors.response_selector import ResponseSelector
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_DEFAULT_INTENT,
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data import util
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
            for message in wanted:
                self._keep_to_intent(message, message.get(INTENT)["name"])
        return messages

    def _keep_to_intent(self, message: Message, intent: str) -> None:
        properties: Dict[str, Any] = message.get(RESPONSE_SELECTOR_PROPERTY_NAME) or {}
        selected = properties.get(RESPONSE_SELECTOR_DEFAULT_INTENT)
        if not selected:
            return
        prediction = selected[RESPONSE_SELECTOR_PREDICTION_KEY]
        if str(prediction.get(INTENT_RESPONSE_KEY, "")).startswith(intent + "/"):
            return
        own = [
            label
            for label in selected.get(RESPONSE_SELECTOR_RANKING_KEY) or []
            if str(label.get(INTENT_RESPONSE_KEY, "")).startswith(intent + "/")
        ]
        if not own:  # the ranking is cut to ranking_length; keep Rasa's answer then
            return
        best = max(own, key=lambda label: float(label[PREDICTED_CONFIDENCE_KEY]))
        key = best[INTENT_RESPONSE_KEY]
        template = util.intent_response_key_to_template_key(key)
        prediction.update(
            {
                RESPONSE_SELECTOR_RESPONSES_KEY: self.responses.get(template)
                or [{"text": key}],
                PREDICTED_CONFIDENCE_KEY: best[PREDICTED_CONFIDENCE_KEY],
                INTENT_RESPONSE_KEY: key,
                RESPONSE_SELECTOR_UTTER_ACTION_KEY: template,
            }
        )
        message.set(RESPONSE_SELECTOR_PROPERTY_NAME, properties, add_to_output=True)
