# One image for every service: `eco serve api|scoring|matchmaking`, `eco worker`,
# `eco migrate`, … (docker-compose.yml and deploy/kubernetes run this same image).
# Build from the repository root: docker build -t eco-observatory .
#
# Two stages: the builder installs the locked dependencies with uv into /app/.venv; the
# runtime stage is a plain python slim image with that virtual environment and the source
# only — no uv, no compiler, no package manager step — run by a non-root user.
# tests/deploy/test_dockerfile.py checks these promises without a Docker engine.

# The same interpreter in both stages: the venv's python is a link to it.
ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS builder

ENV PYTHONDONTWRITEBYTECODE=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    UV_PYTHON_DOWNLOADS=never \
    UV_PYTHON=/usr/local/bin/python3

RUN pip install --no-cache-dir "uv==0.13.9"

WORKDIR /app

# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml uv.lock ./
COPY libs/core/pyproject.toml libs/core/pyproject.toml
COPY services/api/pyproject.toml services/api/pyproject.toml
COPY services/scoring/pyproject.toml services/scoring/pyproject.toml
COPY services/matchmaking/pyproject.toml services/matchmaking/pyproject.toml
COPY cli/pyproject.toml cli/pyproject.toml
# The generated clients are workspace members (for the tests): uv reads their metadata
# too, though --no-dev leaves them out of the environment.
COPY clients/python/eco-api-client/pyproject.toml clients/python/eco-api-client/README.md clients/python/eco-api-client/
COPY clients/python/eco-scoring-client/pyproject.toml clients/python/eco-scoring-client/README.md clients/python/eco-scoring-client/
COPY clients/python/eco-matchmaking-client/pyproject.toml clients/python/eco-matchmaking-client/README.md clients/python/eco-matchmaking-client/
RUN uv sync --locked --no-dev --no-install-workspace

# The workspace packages are installed editable: the settings find migrations/ and
# reference_data/ next to the source (eco_core.settings.PROJECT_ROOT), so the runtime
# stage keeps the same /app layout.
COPY libs libs
COPY services services
COPY cli cli
COPY migrations migrations
COPY reference_data reference_data
COPY alembic.ini README.md ./
RUN uv sync --locked --no-dev \
    && /app/.venv/bin/python -m compileall -q libs services cli migrations

FROM ${PYTHON_IMAGE} AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH="/app/.venv/bin:$PATH" \
    ECO_HOST=0.0.0.0

# uid/gid 10001: what deploy/kubernetes sets as runAsUser/runAsGroup.
RUN groupadd --gid 10001 eco \
    && useradd --uid 10001 --gid 10001 --create-home --shell /usr/sbin/nologin eco

WORKDIR /app
# Owned by root, read-only for the service user (and a read-only root filesystem works).
COPY --from=builder /app /app

USER eco
EXPOSE 8000
# The services' liveness (the process answers; no database), with the interpreter the
# image has: no curl needed. The worker serves its own /healthz on 8003: compose gives it
# `python -m eco_cli.worker_health` instead; Kubernetes uses its probes, not this.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"]
CMD ["eco", "serve", "api", "--port", "8000"]
