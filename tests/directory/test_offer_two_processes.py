"""A change made by one process is seen by every other at once: two gunicorn workers, each
with its own local-memory cache, in front of the test database."""

import ctypes
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection

from integration_portal.models import Category
from integration_portal.publishing import Status


def _die_with_the_tests():
    # If the test run is killed half-way, gunicorn must not live on holding the test
    # database open: the next run could not create it again.
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def two_workers(transactional_db, site_settings):
    db = connection.settings_dict
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_ENV": "development",
        "DATABASE_URL": f"postgres://{db['USER']}@/{db['NAME']}?host={db['HOST']}",
        "REDIS_URL": "",  # the local-memory cache: one per worker
    }
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    server = subprocess.Popen(
        [gunicorn, "integration_portal.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        cwd=settings.BASE_DIR, env=env, preexec_fn=_die_with_the_tests,
    )  # fmt: skip

    def get(path) -> str:
        # A new connection per request, so that either worker may answer it.
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        client.request("GET", path)
        body = client.getresponse().read().decode()
        client.close()
        return body

    try:
        for _ in range(100):
            try:
                get("/healthz")
                break
            except OSError:
                time.sleep(0.1)
        yield get
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_a_published_offer_and_a_renamed_topic_reach_every_worker(two_workers, make_offer):
    make_offer("Erster Kurs", slug="erster")
    draft = make_offer("Zweiter Kurs", slug="zweiter", status=Status.DRAFT)
    for _ in range(20):  # both workers have the list with one offer in their caches
        assert "Zweiter Kurs" not in two_workers("/de/angebote/")

    draft.status = Status.PUBLISHED
    draft.save()
    topic = Category.objects.get(slug="deutsch-lernen")
    topic.name_de = "Deutsch von Anfang an"
    topic.save()

    for _ in range(20):
        page = two_workers("/de/angebote/")
        assert "Zweiter Kurs" in page
        assert re.search(r">Deutsch von Anfang an \(2\)</option>", page)
        assert ">Deutsch lernen<" not in page and "Deutsch lernen (" not in page
