FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_URL=sqlite+aiosqlite:////data/itb-coach.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY protocols ./protocols
COPY migrations ./migrations
RUN pip install ".[postgres,webhooks]" \
    && useradd --create-home --uid 10001 coach \
    && mkdir -p /data && chown coach:coach /data

USER coach
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8443
ENTRYPOINT ["itb-coach"]
