# Two stages: the first installs the locked dependencies (requirements.lock, hashes checked)
# in a layer of their own, rebuilt only when the lock changes, then the app itself; the second
# is the base image, a non-root user and that virtual environment.
# Any image with Python 3.11+ and its venv module will do: deploy/smoke.sh builds on a Debian
# bookworm made locally with debootstrap, where no image registry is in reach.
ARG BASE_IMAGE=python:3.11-slim

FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# A virtual environment: Debian's own python3 refuses system-wide pip installs (PEP 668).
RUN python3 -m venv /opt/itb-coach
COPY requirements.lock /tmp/requirements.lock
RUN /opt/itb-coach/bin/pip install --require-hashes --no-deps -r /tmp/requirements.lock
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY protocols ./protocols
COPY migrations ./migrations
# The gettext catalogues compiled (bot/locale/*/LC_MESSAGES/messages.po -> .mo); the wheel
# ships the .mo files (pyproject's artifacts).
RUN /opt/itb-coach/bin/python -m bot.texts.compile_catalogs
# Only the app: every dependency, both channels' extras included, is already in place.
RUN /opt/itb-coach/bin/pip install --no-deps .

FROM ${BASE_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/itb-coach/bin:$PATH \
    DATABASE_URL=sqlite+aiosqlite:////data/itb-coach.db
RUN useradd --create-home --uid 10001 coach && mkdir -p /data && chown coach:coach /data
COPY --from=build /opt/itb-coach /opt/itb-coach
USER coach
WORKDIR /data
VOLUME ["/data"]
# 8443: a webhook replica (PORT); 9464: /healthz and /metrics of the other process kinds
# (METRICS_PORT; set METRICS_HOST=0.0.0.0 for Prometheus to reach it from outside).
EXPOSE 8443 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python3", "-m", "bot.ops.healthcheck"]
# SIGTERM drains every process kind (docker stop); give it the time: --stop-timeout 30.
STOPSIGNAL SIGTERM
ENTRYPOINT ["itb-coach"]
