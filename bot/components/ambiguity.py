"""'Did you mean A or B?' instead of 'please rephrase' when the model hesitates between two.

Runs after FallbackClassifier. When the intent became `nlu_fallback` but the two best real
intents that have an answer of their own together hold most of the confidence, the intent
becomes `nlu_ambiguous` and the entities `suggestion_a`/`suggestion_b` (intent names, used
as button payloads `/intent`) and `suggestion_a_title`/`suggestion_b_title` (their labels
in the message's language) fill the slots of `utter_did_you_mean`. The livechat channel
reports `nlu_ambiguous` as `nlu_fallback`: the customer was not understood for sure.

One exception: when both intents are `answer_directly` ones (and either the best passed the
threshold, the fallback coming from the hesitation only, or the pair is as likely as a "did
you mean" pair must be), answers that state the policy and
do nothing else (channels, hours, response times, addresses, data protection, the policy
FAQ, feedback), the best one is answered instead of asking. Those answers share their hard
facts (each names both addresses, the 24/7 chat, the reply times), so a near miss between
two of them still tells the customer the fact, while a button costs a click and, measured
on the tuning sets, most of those hesitations were policy questions answered by either
(docs/bot-training.md, "Round 4"). Forms, handoffs and small talk still get the buttons.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

AMBIGUOUS = "nlu_ambiguous"

# Intents worth offering as a button, with their labels (en, de). Small talk (greet, affirm,
# ...), the retrieval intent faq and out_of_scope are never offered.
LABELS: Dict[str, Dict[str, str]] = {
    "ask_channels": {"en": "How to contact us", "de": "Wie Sie uns erreichen"},
    "ask_response_time": {"en": "How fast we answer", "de": "Wie schnell wir antworten"},
    "ask_chat_hours": {"en": "When the chat is open", "de": "Wann der Chat erreichbar ist"},
    "ask_contact_email": {"en": "Our email addresses", "de": "Unsere E-Mail-Adressen"},
    "ask_ticket_status": {"en": "The status of a ticket", "de": "Der Stand eines Tickets"},
    "billing_question": {"en": "A billing question", "de": "Eine Frage zur Rechnung"},
    "technical_problem": {"en": "A technical problem", "de": "Ein technisches Problem"},
    "request_human": {"en": "Talk to a person", "de": "Mit einer Person sprechen"},
    "ask_data_protection": {"en": "Data protection and security", "de": "Datenschutz und Sicherheit"},
    "ask_password_reset": {"en": "Resetting a password", "de": "Passwort zurücksetzen"},
    "give_feedback": {"en": "Feedback or a complaint", "de": "Feedback oder eine Beschwerde"},
    "ask_weekend": {"en": "Support at weekends", "de": "Support am Wochenende"},
    "bot_challenge": {"en": "Am I talking to a bot?", "de": "Schreibe ich mit einem Bot?"},
}


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False
)
class AmbiguityResolver(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # Tuned on the tuning set (docs/bot-training.md): the two suggestions must hold at
        # least `min_pair` of the confidence and the second at least `min_second`.
        return {"min_pair": 0.6, "min_second": 0.15, "answer_directly": []}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = {**self.get_default_config(), **config}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "AmbiguityResolver":
        return cls(config)

    def suggestions(self, message: Message) -> Optional[List[Dict[str, Any]]]:
        intent = message.get(INTENT) or {}
        if intent.get("name") != "nlu_fallback":
            return None
        ranking = [
            r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") in LABELS
        ]
        if len(ranking) < 2:
            return None
        first, second = ranking[0], ranking[1]
        pair = float(first["confidence"]) + float(second["confidence"])
        if pair < self._config["min_pair"] or float(second["confidence"]) < self._config["min_second"]:
            return None
        return [first, second]

    def direct_answer(self, message: Message) -> Optional[Dict[str, Any]]:
        """The best intent, when the fallback was only a hesitation between two answers."""
        intent = message.get(INTENT) or {}
        if intent.get("name") != "nlu_fallback":
            return None
        ranking = message.get(INTENT_RANKING_KEY) or []
        fallback = next((r for r in ranking if r.get("name") == "nlu_fallback"), None)
        real = [r for r in ranking if r.get("name") != "nlu_fallback"]
        if fallback is None or len(real) < 2:
            return None
        direct = set(self._config["answer_directly"])
        first, second = real[0], real[1]
        if first["name"] not in direct or second["name"] not in direct:
            return None
        # FallbackClassifier gives nlu_fallback its threshold as confidence: a best intent
        # at or above it fell back for the ambiguity gap only. Below it, the two must be as
        # likely as a "did you mean" pair would have to be.
        pair = float(first["confidence"]) + float(second["confidence"])
        if float(first["confidence"]) >= float(fallback["confidence"]) or (
            pair >= self._config["min_pair"]
            and float(second["confidence"]) >= self._config["min_second"]
        ):
            return first
        return None

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            best = self.direct_answer(message)
            if best is not None:
                message.set(INTENT, dict(best), add_to_output=True)
                message.set(
                    INTENT_RANKING_KEY,
                    [r for r in message.get(INTENT_RANKING_KEY) if r.get("name") != "nlu_fallback"],
                    add_to_output=True,
                )
                continue
            pair = self.suggestions(message)
            if pair is None:
                continue
            lang = next(
                (e["value"] for e in message.get(ENTITIES) or [] if e.get("entity") == "language"),
                "en",
            )
            lang = lang if lang in ("en", "de") else "en"
            intent = dict(message.get(INTENT) or {})
            intent["name"] = AMBIGUOUS
            message.set(INTENT, intent, add_to_output=True)
            extra = []
            for key, item in zip(("suggestion_a", "suggestion_b"), pair):
                extra.append({"entity": key, "value": item["name"], "extractor": "AmbiguityResolver"})
                extra.append(
                    {
                        "entity": f"{key}_title",
                        "value": LABELS[item["name"]][lang],
                        "extractor": "AmbiguityResolver",
                    }
                )
            message.set(ENTITIES, message.get(ENTITIES, []) + extra, add_to_output=True)
        return messages
