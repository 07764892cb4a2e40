# Production image: gunicorn + whitenoise, static files and translations built in.
# Build: docker build -t kompass .   Run: see compose.yaml and docs/operations.md.

FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
RUN python -m venv /venv
COPY requirements.lock /tmp/requirements.lock
RUN /venv/bin/pip install -r /tmp/requirements.lock
WORKDIR /app
COPY . /app
# Settings need these to import; the values are thrown away with this stage.
RUN DJANGO_ENV=production SECRET_KEY=build-only ALLOWED_HOSTS=build \
    DATABASE_URL=postgres://build@localhost/build \
    /venv/bin/python manage.py collectstatic --noinput --verbosity 0 \
    && DJANGO_ENV=production SECRET_KEY=build-only ALLOWED_HOSTS=build \
    DATABASE_URL=postgres://build@localhost/build \
    /venv/bin/python manage.py compilemessages --ignore=.venv --verbosity 0

FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH=/venv/bin:$PATH \
    DJANGO_ENV=production PORT=8000
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin kompass
COPY --from=build /venv /venv
COPY --from=build --chown=kompass:kompass /app /app
RUN mkdir -p /app/media && chown kompass:kompass /app/media
WORKDIR /app
USER kompass
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=4)"
CMD ["sh", "-c", "exec gunicorn integration_portal.wsgi:application --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile - --forwarded-allow-ips=${FORWARDED_ALLOW_IPS:-127.0.0.1}"]
