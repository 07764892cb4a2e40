"""Measure the offer pages on the production server (gunicorn, DEBUG off) with N offers,
then the admin's write path.

    manage.py benchmark_offers --offers 10000 --requests 300
    manage.py benchmark_offers --offers 100 --writes-only

Tops up the synthetic offers to N (and vacuums their table), collects static files, starts
gunicorn on a free port against the same database, then times each page: median and 95th
percentile of sequential requests, and requests per second with several clients at once.

Then the write path, in this process through Django's test client (DEBUG off, every
request commits as in production, so the indexing and content versions that follow each
commit are part of the time), as a superuser:

- one admin save of a published offer, its German summary changed each time;
- the changelist action "publish" on 100 offers (set to "review" first, untimed);
- the changelist action "mark_verified" on 100 offers;
- the admin save of the municipality Imst, unchanged.

Single saves: median and 95th percentile of --saves; bulk actions: the same of --runs
totals, and how many single offer saves a bulk action costs. The writes go to the newest
offers (the synthetic ones when there are any; `load_demo` resets demo offers).
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
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.forms import CheckboxInput, MultiWidget
from django.test import Client
from django.test.utils import setup_test_environment, teardown_test_environment
from django.urls import reverse

from directory.models import Offer
from integration_portal.models import Municipality

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
        parser.add_argument("--saves", type=int, default=20, help="repeats of each single save")
        parser.add_argument("--runs", type=int, default=5, help="repeats of each bulk action")
        parser.add_argument("--writes-only", action="store_true", help="skip the page table")

    def handle(self, offers, requests, clients, workers, saves, runs, writes_only, **options):
        missing = offers - Offer.objects.published().count()
        if missing > 0:
            self.stdout.write(f"Creating {missing} synthetic offers …")
            call_command("generate_offers", missing, verbosity=0)
            # As autovacuum would do a minute later: until then, the fresh rows' index
            # entries and dead row versions slow new searches several times over.
            with connection.cursor() as cursor:
                cursor.execute(f"VACUUM ANALYZE {Offer._meta.db_table}")
        if not writes_only:
            self._pages(requests, clients, workers)
        self._writes(saves, runs)

    def _pages(self, requests, clients, workers):
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

    def _writes(self, saves, runs):
        setup_test_environment(debug=False)  # the test client then keeps each context
        user, _ = get_user_model().objects.update_or_create(
            username="benchmark-writes", defaults={"is_staff": True, "is_superuser": True}
        )
        client = Client()
        client.force_login(user)
        try:
            self._time_writes(client, saves, runs)
        finally:
            client.logout()
            user.delete()
            teardown_test_environment()

    def _time_writes(self, client, saves, runs):
        published = Offer.objects.published().order_by("-pk")
        total = published.count()
        offer = published.first()
        ids = list(published.values_list("pk", flat=True)[:100])
        offer_url = reverse("admin:directory_offer_change", args=[offer.pk])
        imst = Municipality.objects.get(name="Imst")
        imst_url = reverse("admin:integration_portal_municipality_change", args=[imst.pk])
        changelist = reverse("admin:directory_offer_changelist")

        form = _form_data(client.get(offer_url))
        summary = form["summary_de"].split(" · ")[0]  # without an earlier run's number

        def save_offer(n):
            form["summary_de"] = f"{summary} · {n}"
            return _post(client, offer_url, form)

        def action(name):
            data = {"action": name, "_selected_action": ids, "index": "0", "select_across": "0"}
            return lambda n: _post(client, changelist, data)

        def to_review():
            Offer.objects.filter(pk__in=ids).update(status="review")

        imst_form = _form_data(client.get(imst_url))

        def save_imst(n):
            return _post(client, imst_url, imst_form)

        single = _timed(save_offer, saves)
        rows = [
            ("one offer saved in the admin", single),
            (f"publish {len(ids)} offers (action)", _timed(action("publish"), runs, to_review)),
            (f"mark {len(ids)} offers verified (action)", _timed(action("mark_verified"), runs)),
            ("municipality Imst saved unchanged", _timed(save_imst, saves)),
        ]
        self.stdout.write(
            f"\nWrite path: {total} published offers, in-process test client, every request "
            f"commits; single saves {saves}×, bulk actions {runs}× (total ms per action)\n"
        )
        self.stdout.write("| write | median ms | p95 ms | ÷ one offer save |")
        self.stdout.write("| --- | ---: | ---: | ---: |")
        for name, times in rows:
            ratio = statistics.median(times) / statistics.median(single)
            self.stdout.write(
                f"| {name} | {statistics.median(times):.1f} | {_p95(times):.1f} | {ratio:.1f} |"
            )


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


def _timed(write, repeats, prepare=None) -> list[float]:
    """Milliseconds of `write(n)` for n in range(repeats), after one untimed warm-up;
    `prepare()` runs untimed before each."""
    times = []
    for n in range(-1, repeats):
        if prepare:
            prepare()
        elapsed = write(n)
        if n >= 0:
            times.append(elapsed)
    return times


def _p95(times) -> float:
    if len(times) < 2:
        return times[0]
    return statistics.quantiles(times, n=20, method="inclusive")[-1]


def _post(client, url, data) -> float:
    """Milliseconds for one admin POST, which must redirect (a saved form, a done action)."""
    start = time.perf_counter()
    response = client.post(url, data)
    elapsed = (time.perf_counter() - start) * 1000
    client.cookies.pop("messages", None)  # unread success messages would pile up
    if response.status_code != 302:
        errors = ""
        if response.context and "adminform" in response.context:
            errors = response.context["adminform"].form.errors.as_text()
            for inline in response.context["inline_admin_formsets"]:
                errors += f"{inline.formset.errors} {inline.formset.non_form_errors()}"
        raise CommandError(f"POST {url} answered {response.status_code}, not 302: {errors}")
    return elapsed


def _form_data(response) -> dict:
    """What a browser sends for an admin change form saved as shown: every field's initial
    value, the inlines' management forms and rows, the save button."""
    if response.status_code != 200:
        raise CommandError(f"{response.request['PATH_INFO']} answered {response.status_code}")
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {"_save": "Sichern"}
    for form in forms:
        for field in form:
            value, widget = field.value(), field.field.widget
            if field.field.show_hidden_initial:
                data[field.html_initial_name] = value
            if isinstance(widget, MultiWidget):  # a date and a time, say
                for suffix, part in zip(
                    widget.widgets_names, widget.decompress(value), strict=True
                ):
                    data[field.html_name + suffix] = part
            elif isinstance(widget, CheckboxInput):
                if value:
                    data[field.html_name] = "on"
            else:
                data[field.html_name] = value
    return {name: "" if value is None else value for name, value in data.items()}
