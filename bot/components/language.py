"""Which language a customer writes in: en or de, as the entity `language`.

A multinomial naive Bayes over words and character trigrams, trained on the bot's own
training data: an intent block marked `metadata: {language: de}` is German, one marked
`language: none` is left out, every other example is English. It needs no download and classifies a message in microseconds.

What it marks (the slot `language` keeps its value while nothing is marked):
- text clearly German: `de`; clearly English while the channel sent metadata: `en`;
- text that says little (a ticket number, "ok") with a widget locale (`metadata.locale`):
  the locale's language when it is de or en;
- a widget locale `de` is only overridden by text that is strongly English.
Without metadata (rasa shell, story tests) English text is not marked, English being the
responses' default.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, METADATA, METADATA_INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
LANGS = ("en", "de")


# Ticket numbers (OCA-000123) and the like say nothing about the language.
CODE = re.compile(r"\b[^\W\d_]{1,5}-\d+\b", re.UNICODE)


def features(text: str) -> List[str]:
    words = WORD.findall(CODE.sub(" ", text.lower()))
    out = [f"w:{w}" for w in words]
    for w in words:
        padded = f" {w} "
        out += [f"c:{padded[i:i + 3]}" for i in range(len(padded) - 2)]
    return out


def lang_of_locale(locale: Any) -> Optional[str]:
    if not isinstance(locale, str):
        return None
    low = locale.strip().lower()
    return "de" if low.startswith("de") else "en" if low.startswith("en") else None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True
)
class LanguageDetector(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # Log-odds per feature, summed: above `margin` the text decides; above
        # `strong_margin` it overrides a widget locale.
        return {"margin": 1.0, "strong_margin": 12.0}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        weights: Optional[Dict[str, float]] = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._weights = weights or {}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LanguageDetector":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        counts = {lang: Counter() for lang in LANGS}
        for example in training_data.training_examples:
            text = example.get(TEXT)
            if not text:
                continue
            meta = (example.get(METADATA) or {}).get(METADATA_INTENT) or {}
            lang = meta.get("language", "en") if isinstance(meta, dict) else "en"
            if lang in counts:  # `language: none` (keyboard mash) teaches no language
                counts[lang].update(features(text))
        vocab = set(counts["en"]) | set(counts["de"])
        totals = {lang: sum(counts[lang].values()) + len(vocab) for lang in LANGS}
        # log P(f|de) - log P(f|en), add-one smoothed; unseen features weigh nothing.
        self._weights = {
            f: round(
                math.log((counts["de"][f] + 1) / totals["de"])
                - math.log((counts["en"][f] + 1) / totals["en"]),
                4,
            )
            for f in vocab
        }
        with self._storage.write_to(self._resource) as folder:
            (folder / "weights.json").write_text(json.dumps(self._weights))
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LanguageDetector":
        try:
            with model_storage.read_from(resource) as folder:
                weights = json.loads((folder / "weights.json").read_text())
        except ValueError:
            weights = {}
        return cls(config, model_storage, resource, weights)

    def score(self, text: str) -> float:
        """Log-odds that the text is German (positive) rather than English."""
        return sum(self._weights.get(f, 0.0) for f in features(text))

    def language(self, text: str, metadata: Any) -> Optional[str]:
        meta = metadata if isinstance(metadata, dict) else None
        locale = lang_of_locale(meta.get("locale")) if meta else None
        s = self.score(text) if not text.startswith("/") else 0.0
        margin, strong = self._config["margin"], self._config["strong_margin"]
        if s >= margin:
            return "de"
        if s <= -strong or (s <= -margin and locale != "de"):
            return "en" if meta is not None else None
        return locale

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            lang = self.language(text, message.get(METADATA))
            if lang is None:
                continue
            entity = {
                "entity": "language",
                "value": lang,
                "start": 0,
                "end": len(text),
                "confidence": 1.0,
                "extractor": self.__class__.__name__,
            }
            message.set(ENTITIES, message.get(ENTITIES, []) + [entity], add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
