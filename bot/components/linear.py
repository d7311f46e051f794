"""A second opinion on the intent: a linear model over character and word n-grams, blended
with DIET's ranking.

DIET alone was sure of the wrong intent, or unsure of the right one, on customers' own
words more often than on the team's (docs/bot-training.md, "Round 3"). A logistic
regression over TF-IDF n-grams of the same training data errs differently: it weighs every
n-gram it saw, where DIET's few epochs latch onto a handful. The two probabilities are
averaged (`weight` is DIET's share) and the ranking and intent replaced by the blend, so
the fallback threshold, the ambiguity buttons and the response selector's gate all see
the blended confidence.

Its text is folded before the n-grams: lower case, umlauts and ß as customers type them
without a German keyboard (ä → ae, ß → ss), ticket numbers as one token. It trains in a
few seconds. At parse time scikit-learn's transform and predict_proba cost 2-8 ms for one
message (input checks, sparse matrix building); `Scorer` does the same arithmetic (TF-IDF
with sublinear tf, l2 per vectorizer, softmax of the linear scores) over the fitted
vocabulary and weights directly, in about 0.2 ms.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Dict, List, Optional, Text

import joblib
import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
TICKET = re.compile(r"\b[a-z]{2,5}-\d{3,}\b")


def fold(text: str) -> str:
    return TICKET.sub(" ticketnr ", text.lower().translate(FOLD))


class Scorer:
    """The fitted vectorizers and regression as plain lookups: probabilities for one text."""

    def __init__(self, vectorizers: List[TfidfVectorizer], classifier: LogisticRegression) -> None:
        self.classes = [str(c) for c in classifier.classes_]
        self.parts = []
        offset = 0
        for v in vectorizers:
            self.parts.append((v.build_analyzer(), v.vocabulary_, v.idf_, offset))
            offset += len(v.vocabulary_)
        self.coef = np.ascontiguousarray(classifier.coef_.T)  # features x classes
        self.intercept = classifier.intercept_

    def probabilities(self, text: str) -> np.ndarray:
        scores = self.intercept.copy()
        for analyze, vocabulary, idf, offset in self.parts:
            counts = Counter(analyze(text))
            columns = [vocabulary[g] for g in counts if g in vocabulary]
            if not columns:
                continue
            tf = np.array([counts[g] for g in counts if g in vocabulary], dtype=float)
            values = (1.0 + np.log(tf)) * idf[columns]
            values /= np.linalg.norm(values)
            scores += values @ self.coef[np.array(columns) + offset]
        scores -= scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True
)
class LinearIntentBlender(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # weight: DIET's share of the blend; C: the regression's inverse regularisation;
        # char n-grams from min_ngram to max_ngram inside word boundaries, plus words and
        # word pairs. Chosen on the tuning sets (docs/bot-training.md).
        return {"weight": 0.5, "C": 10.0, "min_ngram": 2, "max_ngram": 5}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Optional[Dict[str, Any]] = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._model = model
        self._scorer = Scorer(model["vectorizers"], model["classifier"]) if model else None

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LinearIntentBlender":
        return cls(config, model_storage, resource)

    def _vectorizers(self) -> List[TfidfVectorizer]:
        lo, hi = int(self._config["min_ngram"]), int(self._config["max_ngram"])
        return [
            TfidfVectorizer(analyzer="char_wb", ngram_range=(lo, hi), sublinear_tf=True, preprocessor=fold),
            TfidfVectorizer(
                analyzer="word", ngram_range=(1, 2), sublinear_tf=True, preprocessor=fold,
                token_pattern=r"(?u)\b\w+\b",
            ),
        ]

    def train(self, training_data: TrainingData) -> Resource:
        texts: List[str] = []
        labels: List[str] = []
        for example in training_data.intent_examples:
            text, intent = example.get(TEXT), example.get(INTENT)
            if text and intent:
                texts.append(text)
                labels.append(intent)
        vectorizers = self._vectorizers()
        features = hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
        classifier = LogisticRegression(C=float(self._config["C"]), max_iter=3000)
        classifier.fit(features, labels)
        self._model = {"vectorizers": vectorizers, "classifier": classifier}
        self._scorer = Scorer(vectorizers, classifier)
        with self._storage.write_to(self._resource) as folder:
            joblib.dump(self._model, folder / "linear.joblib")
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LinearIntentBlender":
        try:
            with model_storage.read_from(resource) as folder:
                model = joblib.load(folder / "linear.joblib")
        except ValueError:
            model = None
        return cls(config, model_storage, resource, model)

    def blend(self, ranking: List[Dict[str, Any]], probabilities: np.ndarray) -> List[Dict[str, Any]]:
        weight = float(self._config["weight"])
        classes = self._scorer.classes if self._scorer else []
        diet = {r["name"]: float(r["confidence"]) for r in ranking}
        blended = {
            name: weight * diet.get(name, 0.0) + (1.0 - weight) * float(p)
            for name, p in zip(classes, probabilities)
        }
        for name, conf in diet.items():  # an intent only DIET knows (none in practice)
            blended.setdefault(name, weight * conf)
        ordered = sorted(blended.items(), key=lambda item: -item[1])[: max(len(ranking), 10)]
        return [{"name": name, "confidence": conf} for name, conf in ordered]

    def process(self, messages: List[Message]) -> List[Message]:
        if not self._scorer:
            return messages
        for message in messages:
            if not (message.get(TEXT) and message.get(INTENT_RANKING_KEY)):
                continue
            row = self._scorer.probabilities(message.get(TEXT))
            ranking = self.blend(message.get(INTENT_RANKING_KEY), row)
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
