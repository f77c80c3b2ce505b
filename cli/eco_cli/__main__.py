"""``python -m eco_cli``: the same as the ``eco`` command (used to start child processes)."""

from eco_cli.main import app

app()
