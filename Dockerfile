# Any image with Python 3.11+ and its venv module will do: deploy/smoke.sh builds on a Debian
# bookworm made locally with debootstrap, where no image registry is in reach.
ARG BASE_IMAGE=python:3.11-slim
FROM ${BASE_IMAGE}

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PATH=/opt/itb-coach/bin:$PATH \
    DATABASE_URL=sqlite+aiosqlite:////data/itb-coach.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY protocols ./protocols
COPY migrations ./migrations
# A virtual environment: Debian's own python3 refuses system-wide pip installs (PEP 668).
RUN python3 -m venv /opt/itb-coach \
    && pip install ".[postgres,webhooks]" \
    && useradd --create-home --uid 10001 coach \
    && mkdir -p /data && chown coach:coach /data

USER coach
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8443
ENTRYPOINT ["itb-coach"]
