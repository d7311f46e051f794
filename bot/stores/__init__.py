"""Tracker stores of the One Click Actions bot (importable when Rasa runs with cwd=bot/)."""
