"""Measure the offer pages on the production server (gunicorn, DEBUG off) with N offers.

    manage.py benchmark_offers --offers 10000 --requests 300

Tops up the synthetic offers to N, collects static files, starts gunicorn on a free port
against the same database, then times each page: median and 95th percentile of
sequential requests, and requests per second with several clients at once.
"""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from directory.models import Offer

# "{n}" in a path becomes the request's number: every request then asks something new,
# so nothing comes from a cache (search words with the synthetic offers' numbers).
PAGES = [
    ("list", "/de/angebote/"),
    ("search", "/de/angebote/?q=Deutschkurs"),
    ("search, a new one each time (cold)", "/de/angebote/?q=Kurs+{n}"),
    ("filtered search, new each time (cold)", "/de/angebote/?q=Beratung+{n}&municipality=imst"),
    ("search, typo", "/de/angebote/?q=Deutschkrus"),
    ("filtered search", "/de/angebote/?q=Beratung&municipality=imst&language=ar&cost=free"),
    ("search (Arabic)", "/ar/angebote/?q=%D8%AF%D9%88%D8%B1%D8%A9"),
    ("site search", "/de/suche/?q=Deutschkurs"),
    ("detail", None),  # a published offer's page, filled in below
]


class Command(BaseCommand):
    help = "Benchmark the offer pages on gunicorn with N offers."

    def add_arguments(self, parser):
        parser.add_argument("--offers", type=int, default=10_000)
        parser.add_argument("--requests", type=int, default=300)
        parser.add_argument("--clients", type=int, default=4)
        parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)

    def handle(self, offers, requests, clients, workers, **options):
        missing = offers - Offer.objects.published().count()
        if missing > 0:
            self.stdout.write(f"Creating {missing} synthetic offers …")
            call_command("generate_offers", missing, verbosity=0)
        total = Offer.objects.published().count()
        detail = Offer.objects.published().order_by("pk")[total // 2].get_absolute_url()
        pages = [(name, path or detail) for name, path in PAGES]
        port = _free_port()
        server = self._start(port, workers)
        try:
            self.stdout.write(
                f"{total} published offers, gunicorn with {workers} workers, "
                f"{requests} sequential requests per page, then {clients} clients at once\n"
            )
            self.stdout.write(f"| page | median ms | p95 ms | requests/s ({clients} clients) |")
            self.stdout.write("| --- | ---: | ---: | ---: |")
            for name, path in pages:
                for n in range(10):  # warm up caches and connections
                    _get(port, path.replace("{n}", str(9000 + n)))
                times = [_get(port, path.replace("{n}", str(n))) for n in range(requests)]
                rate = _throughput(port, path.replace("{n}", "1"), clients, seconds=5)
                p95 = statistics.quantiles(times, n=20)[-1]
                self.stdout.write(
                    f"| {name} `{path}` | {statistics.median(times):.1f} | {p95:.1f} | {rate:.0f} |"
                )
        finally:
            server.terminate()
            server.wait(timeout=10)

    def _start(self, port, workers):
        db = settings.DATABASES["default"]
        env = {
            **os.environ,
            "DJANGO_ENV": "production",
            "DEBUG": "0",
            "SECRET_KEY": "benchmark-only-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"postgres://{db['USER']}@/{db['NAME']}?host={db['HOST']}",
            "SECURE_COOKIES": "0",
            "SECURE_HSTS_SECONDS": "0",
            "LOG_LEVEL": "WARNING",
        }
        # Static files as production serves them: hashed names from the manifest.
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
        )
        gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
        server = subprocess.Popen(
            [gunicorn, "integration_portal.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", str(workers), "--log-level", "warning"],
            cwd=settings.BASE_DIR,
            env=env,
        )  # fmt: skip
        for _ in range(100):
            try:
                if _status(port, "/healthz") == 200:
                    return server
            except OSError:
                time.sleep(0.2)
        server.terminate()
        raise CommandError("gunicorn did not start")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(port, path) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def _get(port, path) -> float:
    """Milliseconds for one request, including connecting (as a browser behind a proxy)."""
    start = time.perf_counter()
    status = _status(port, path)
    elapsed = (time.perf_counter() - start) * 1000
    if status != 200:
        raise CommandError(f"{path} answered {status}")
    return elapsed


def _throughput(port, path, clients, seconds) -> float:
    done = [0] * clients
    stop = time.perf_counter() + seconds

    def run(index):
        while time.perf_counter() < stop:
            _status(port, path)
            done[index] += 1

    threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / seconds
