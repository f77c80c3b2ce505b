"""Reference data shipped with the project: parsed by pure functions, loaded idempotently."""
