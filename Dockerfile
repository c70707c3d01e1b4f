# The bot in a container: slim Python, a non-root user, the store validated and its cache
# warmed at build time, the SQLite folder a volume. `docker compose up` adds PostgreSQL.
#   docker build -t rivalry-bot . && docker run --env-file .env -v rivalry-data:/data rivalry-bot
FROM python:3.11-slim AS build
WORKDIR /src
# dependencies first (from the lock), so a code change does not reinstall them
COPY requirements.txt ./
RUN python3 -m venv /opt/venv \
    && /opt/venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
COPY pyproject.toml setup.py README.md LICENSE ./
COPY bot ./bot
COPY knowledge ./knowledge
COPY deploy ./deploy
# the same script .ci/run runs: the project installed, not editable, with the store inside
RUN sh deploy/install.sh /src /opt/venv

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 bot \
    && mkdir -p /data /opt/rivalry-cache \
    && chown bot:bot /data /opt/rivalry-cache
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DATA_DIR=/data \
    CACHE_DIR=/opt/rivalry-cache
USER bot
WORKDIR /home/bot
# validate the packaged store and leave its cache warm: every start reads the cache
RUN python -m bot check
# follows and reminders in SQLite live here unless DATABASE_URL names PostgreSQL
VOLUME /data
CMD ["python", "-m", "bot", "run"]
