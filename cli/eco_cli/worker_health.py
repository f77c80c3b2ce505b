"""Is the worker on this machine alive? Exit 0 when its heartbeat is fresh, 1 when it is
stale or the worker does not answer, 2 when its health endpoint is off.

``python -m eco_cli.worker_health`` (and ``eco worker-health``) ask the worker's own
``GET /healthz`` (ECO_WORKER_HEALTH_PORT). Kept light — the standard library's HTTP
client and the settings, none of the services — so that a container healthcheck answers
in about a second rather than the ten the whole ``eco`` command takes to import.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request

from eco_core.settings import get_settings

OFF = "The worker's health endpoint is off (ECO_WORKER_HEALTH_PORT=0)."


def probe(port: int, host: str = "127.0.0.1", timeout_s: float = 3.0) -> tuple[bool, str]:
    """(healthy, what the worker said)."""
    url = f"http://{host}:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            return response.status == 200, response.read().decode()
    except urllib.error.HTTPError as error:
        return False, error.read().decode(errors="replace")
    except OSError as error:
        return False, f"no answer from the worker on {host}:{port}: {error}"


def check(port: int | None = None) -> int:
    port = get_settings().worker_health_port if port is None else port
    if port == 0:
        print(OFF, file=sys.stderr)
        return 2
    healthy, said = probe(port)
    print(said)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(check())
