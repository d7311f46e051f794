"""The bot's own NLU components (named in config.yml as components.<module>.<Class>).

- language.LanguageDetector: marks each message's language (entity `language`, en|de) from
  a naive Bayes model trained on the bot's own bilingual training data, and the widget's
  locale from the message metadata; the `language` slot picks the responses' language.
- linear.LinearIntentBlender: a logistic regression over character and word n-grams whose
  probabilities are averaged with DIET's ranking (the intent every later step sees).
- ambiguity.AmbiguityResolver: turns a fallback between two likely intents into
  `nlu_ambiguous` with the two as suggestions ("did you mean A or B?").
"""
