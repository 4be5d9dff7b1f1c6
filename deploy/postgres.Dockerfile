# PostgreSQL 15 from Debian's own packages, on the same locally made base as the app image, for
# deploy/smoke.sh (no image registry in reach). A throw-away database: trust authentication.
ARG BASE_IMAGE=debian:bookworm
FROM ${BASE_IMAGE}
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15 \
    && rm -rf /var/lib/apt/lists/*
USER postgres
ENV PGDATA=/var/lib/postgresql/smoke
RUN /usr/lib/postgresql/15/bin/initdb --auth=trust --username=postgres \
    && echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf" \
    && echo "host all all 0.0.0.0/0 trust" >> "$PGDATA/pg_hba.conf"
EXPOSE 5432
CMD ["/usr/lib/postgresql/15/bin/postgres"]
