"""What the benchmarks share: a PostgreSQL database to run a whole job against."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def database(name: str) -> Iterator[str]:
    """``ECO_DATABASE_URL`` when set (the database it names is created), else an embedded
    server in a temporary folder, removed afterwards."""
    from eco_core.embedded import start_embedded

    external = os.environ.get("ECO_DATABASE_URL")
    if external:
        yield external
        return
    with tempfile.TemporaryDirectory(prefix="eco-bench-") as folder:
        server = start_embedded(Path(folder) / "pgdata", cleanup="delete")
        try:
            yield server.url(name).render_as_string(hide_password=False)
        finally:
            server.stop()
