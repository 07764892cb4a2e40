"""Personas and shared set-up for the whole suite; each app's tests add their own conftest.

Personas are independent clients: a test may use a visitor and an editor side by side, and
what the editor is logged in as never leaks into what the visitor sees."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client

from integration_portal.demo import load_site_settings
from integration_portal.roles import ADMINISTRATORS, EDITORS, PUBLISHERS


@pytest.fixture(autouse=True)
def _commits_run_their_hooks(monkeypatch):
    """In a test wrapped in a transaction, the end of the code's own outermost atomic block
    stands for the commit it would be in production: what waits for that commit (indexing,
    content versions) runs then, as it would on the real site."""
    original = transaction.Atomic.__exit__

    def exit_and_commit(self, exc_type, exc_value, traceback):
        result = original(self, exc_type, exc_value, traceback)
        connection = transaction.get_connection(self.using)
        committed = exc_type is None and not connection.needs_rollback
        outermost = all(
            getattr(block, "_from_testcase", False) for block in connection.atomic_blocks
        )
        if committed and connection.in_atomic_block and outermost:
            hooks, connection.run_on_commit = connection.run_on_commit, []
            for _savepoints, hook, _robust in hooks:
                hook()
        return result

    monkeypatch.setattr(transaction.Atomic, "__exit__", exit_and_commit)


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _tasks_in_the_database(settings):
    """Background work as in production: queued in the database, done by the worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def worker(monkeypatch):
    """`manage.py db_worker --batch`: does what is due in the queue, then stops. Inside the
    test's transaction it must not recycle the connection it shares with the test."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    return lambda: call_command("db_worker", batch=True, startup_delay=False, verbosity=0)


class MailServer:
    """The mail server the site talks to: a real SMTP client against a port that refuses
    (`down()`), then Django's in-memory outbox (`up()`); `retries_due()` lets the time pass
    until every waiting retry is due."""

    def __init__(self, settings):
        self.settings = settings

    def down(self):
        self.settings.MAILERS = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
            }
        }

    def up(self):
        self.settings.MAILERS = {
            "default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
        }

    @staticmethod
    def retries_due():
        from django.utils import timezone
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


@pytest.fixture
def mail_server(settings):
    return MailServer(settings)


@pytest.fixture
def site_settings(db):
    """The demo site settings: names, tagline and legal texts in German and English."""
    return load_site_settings()


@pytest.fixture
def visitor():
    """An anonymous visitor of the public site."""
    return Client()


def staff_client(django_user_model, username, role=None, permissions=(), **extra):
    """A logged-in client of its own for a staff member with `role` (a group name)."""
    user = django_user_model.objects.create_user(
        username=username, password="pw", is_staff=True, **extra
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def editor(db, django_user_model):
    """A regional-management staffer who researches and writes entries (Redaktion)."""
    return staff_client(django_user_model, "editor", EDITORS)


@pytest.fixture
def publisher(db, django_user_model):
    """A staffer who may publish (Freigabe)."""
    return staff_client(django_user_model, "publisher", PUBLISHERS)


@pytest.fixture
def administration(db, django_user_model):
    """A staffer who keeps the accounts and the site settings (Administration)."""
    return staff_client(django_user_model, "administration", ADMINISTRATORS)


@pytest.fixture
def superuser(db, django_user_model):
    return staff_client(django_user_model, "admin", is_superuser=True)


@pytest.fixture
def reference_data(db):
    """The 24 municipalities of Bezirk Imst and the languages people speak."""
    call_command("loaddata", "municipalities_bezirk_imst", "languages", verbosity=0)
