# The Rasa bot (issue 4): bot/.venv (Python 3.10, pinned Rasa), the trained model, its tests.
# make bot-venv | bot-model | bot-test | bot-serve   (docs/bot-training.md)
BOT_DIR := bot
BOT_MODEL_CACHE ?= $(HOME)/.cache/livechat/bot-models
export BOT_MODEL_CACHE
export RASA_TELEMETRY_ENABLED := false
# How make run's supervisor starts Rasa: $(BOT_SERVE) [PORT] (127.0.0.1, --enable-api,
# --auth-token $$RASA_TOKEN when set).
BOT_SERVE := $(BOT_DIR)/serve.sh
BOT_PORT ?= 5005

RUN_PREREQS += bot-model
TEST_PREREQS += bot-model bot-test

.PHONY: bot-venv bot-model bot-test bot-validate bot-test-stories bot-test-nlu bot-test-eval bot-serve bot-clean

# Reused while its stamp matches bot/requirements.lock's sha256.
bot-venv:
	@$(BOT_DIR)/scripts/ensure-venv.sh

# Trained only when config, domain or data changed; else reused or copied from the cache.
bot-model: bot-venv
	@$(BOT_DIR)/scripts/ensure-model.sh

bot-validate: bot-venv
	@cd $(BOT_DIR) && PYTHONWARNINGS=ignore .venv/bin/rasa data validate --quiet >/tmp/bot-validate.$$$$.log 2>&1 \
	  && { echo "bot: rasa data validate ok"; rm -f /tmp/bot-validate.$$$$.log; } \
	  || { cat /tmp/bot-validate.$$$$.log; rm -f /tmp/bot-validate.$$$$.log; exit 1; }

# Story tests: every prediction in bot/tests/*.yml must match.
bot-test-stories: bot-model
	@out=$$(mktemp -d); cd $(BOT_DIR) && \
	if PYTHONWARNINGS=ignore TF_CPP_MIN_LOG_LEVEL=2 .venv/bin/rasa test core --stories tests \
	    --model models/current.tar.gz --out $$out --fail-on-prediction-errors >$$out/log 2>&1; then \
	  echo "bot: story tests passed"; rm -rf $$out; \
	else tail -30 $$out/log; cat $$out/failed_test_stories.yml 2>/dev/null; rm -rf $$out; exit 1; fi

# Held-out split of our own training data (a second training; not part of bot-test: it is
# cut from the same hand-written data and says little, docs/bot-training.md).
bot-test-nlu: bot-venv
	@cd $(BOT_DIR) && .venv/bin/python scripts/nlu_eval.py --threshold 0.90

# The red team's sets in bot/tests/eval/ (manifest.yml): intent accuracy per language with
# the fallback as a miss, policy questions through the whole dialogue; fails below the
# manifest's thresholds. Prints the confusion report and the misses.
bot-test-eval: bot-model
	@cd $(BOT_DIR) && PYTHONWARNINGS=ignore .venv/bin/python scripts/eval_sets.py

bot-test: bot-validate bot-test-stories bot-test-eval

bot-serve: bot-model
	$(BOT_SERVE) $(BOT_PORT)

bot-clean:
	rm -rf $(BOT_DIR)/.venv $(BOT_DIR)/models $(BOT_DIR)/.rasa
