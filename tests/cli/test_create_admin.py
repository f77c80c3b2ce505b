"""`eco create-admin` prints a working administrator key once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx

from eco_api.main import create_app as create_api
from eco_core.db.admin import drop_database
from eco_core.settings import Settings
from tests.conftest import DatabaseServer

ECO = str(Path(sys.executable).parent / "eco")


def test_create_admin_prints_a_key_that_works(database_server: DatabaseServer) -> None:
    url = database_server.new_database("eco_admin")
    plain = url.render_as_string(hide_password=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECO_")}
    env.update(ECO_DATABASE_URL=plain, ECO_LOG_LEVEL="WARNING")
    try:
        done = subprocess.run(
            [ECO, "create-admin", "Observatory team", "--email", "team@example.eu"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        token = done.stdout.strip().splitlines()[-1]
        assert token.startswith("eco_")

        async def whoami() -> dict[str, object]:
            app = create_api(Settings(database_url=plain, log_level="WARNING"))
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
                me = await client.get("/v1/accounts/me", headers={"X-API-Key": token})
            await app.state.engine.dispose()
            body: dict[str, object] = me.json()
            return body

        account = asyncio.run(whoami())["account"]
        assert isinstance(account, dict)
        assert (account["kind"], account["name"], account["email"]) == (
            "admin",
            "Observatory team",
            "team@example.eu",
        )
    finally:
        asyncio.run(drop_database(url))
