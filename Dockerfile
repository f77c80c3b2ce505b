# One image for every service: `eco serve api|scoring|matchmaking`, `eco migrate`, …
# Build from the repository root: docker build -t eco-observatory .
FROM python:3.11-slim AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/app/.venv

RUN pip install --no-cache-dir "uv==0.13.9" \
    && useradd --create-home --uid 10001 eco

WORKDIR /app

# Dependencies first, so a code change does not reinstall them.
COPY pyproject.toml uv.lock ./
COPY libs/core/pyproject.toml libs/core/pyproject.toml
COPY services/api/pyproject.toml services/api/pyproject.toml
COPY services/scoring/pyproject.toml services/scoring/pyproject.toml
COPY services/matchmaking/pyproject.toml services/matchmaking/pyproject.toml
COPY cli/pyproject.toml cli/pyproject.toml
# The generated clients are workspace members (for the tests): uv reads their metadata too.
COPY clients/python/eco-api-client/pyproject.toml clients/python/eco-api-client/README.md clients/python/eco-api-client/
COPY clients/python/eco-scoring-client/pyproject.toml clients/python/eco-scoring-client/README.md clients/python/eco-scoring-client/
COPY clients/python/eco-matchmaking-client/pyproject.toml clients/python/eco-matchmaking-client/README.md clients/python/eco-matchmaking-client/
RUN uv sync --locked --no-dev --no-install-workspace

COPY . .
RUN uv sync --locked --no-dev && chown -R eco /app

ENV PATH="/app/.venv/bin:$PATH" \
    ECO_HOST=0.0.0.0
USER eco
EXPOSE 8000
CMD ["eco", "serve", "api", "--port", "8000"]
