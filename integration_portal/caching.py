"""One cache API for everything derived from content: named content versions.

Every content type has a version (a counter in the database, named after the model, e.g.
"directory.offer"). Every write path moves it after its transaction commits: saves,
deletes, many-to-many changes and bulk changes through `bump()`. A cached value is keyed on
the versions it depends on, on the reader's language and on everything it renders, so a
change made by any process is seen by every process at once, on the local-memory cache as
well as on Redis. The lifetime only bounds memory.

A version also carries the next moment at which a published entry of its type appears or
disappears by its publication window: the key changes exactly then, so an offer whose
`publish_until` (or its last day, `last_day_field`) has passed leaves every cached list at once.
"""

import datetime
import hashlib
import logging
import threading
from collections.abc import Callable, Iterable

from django.apps import apps
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import get_language

TIMEOUT = 300
logger = logging.getLogger(__name__)

# Per request, the versions are read once (one small query), not once per cached value.
_request = threading.local()


def _request_started(**kwargs):
    _request.versions = None
    _request.active = True


def _request_finished(**kwargs):
    _request.versions = None
    _request.active = False


request_started.connect(_request_started, dispatch_uid="kompass.versions.start")
request_finished.connect(_request_finished, dispatch_uid="kompass.versions.end")


# After commit ----------------------------------------------------------------------------


class _Batch:
    """Items collected during one transaction, handed to `action` once after it commits."""

    def __init__(self, key, action, batches):
        self.key = key
        self.action = action
        self.batches = batches
        self.items = set()

    def __call__(self):
        if self.batches.get(self.key) is self:
            del self.batches[self.key]
        _run(self.action, self.items)


def _in_transaction(connection) -> bool:
    # A test case's own wrapping transaction does not count: code that runs outside any
    # atomic block of its own behaves as in autocommit, as it does in production.
    return any(not getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


def after_commit(action: Callable[[set], None], items: Iterable) -> None:
    """Run `action(items)` once after the current transaction commits, with every item
    collected during it (at once when no transaction is open). What a rolled-back
    transaction or savepoint collected is dropped with it.

    A failing action is logged, not raised: the change it follows is committed already,
    and the person who saved must not see an error page for it (`manage.py reindex`
    repairs the index)."""
    connection = connections[DEFAULT_DB_ALIAS]
    if not _in_transaction(connection):
        _run(action, set(items))
        return
    # One batch per action and savepoint: Django drops the hooks of a rolled-back savepoint.
    batches = connection.__dict__.setdefault("_kompass_batches", {})
    key = (action, tuple(connection.savepoint_ids))
    batch = batches.get(key)
    pending = batch is not None and any(f is batch for _ids, f, _r in connection.run_on_commit)
    if not pending:
        batch = batches[key] = _Batch(key, action, batches)
        transaction.on_commit(batch)
    batch.items.update(items)


def _run(action, items) -> None:
    try:
        action(items)
    except Exception:
        logger.exception("After-commit work %s failed", getattr(action, "__qualname__", action))


# Versions --------------------------------------------------------------------------------


def name_of(model) -> str:
    return model._meta.label_lower


def bump(*names: str) -> None:
    """Move these content versions on, once, after the current transaction commits."""
    after_commit(_bump_now, names)


def _bump_now(names) -> None:
    if not names:
        return
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO integration_portal_contentversion (name, number, boundary_known)
            SELECT n, 1, false FROM unnest(%s::text[]) AS n
            ON CONFLICT (name) DO UPDATE
            SET number = integration_portal_contentversion.number + 1, boundary_known = false
            """,
            [sorted(names)],
        )
    _request.versions = None


def _next_boundary(name: str, now):
    """The next moment a published entry of this type appears or disappears by its window."""
    model = apps.get_model(name)
    if not hasattr(model, "publish_until"):
        return None
    bounds = {
        "starts": Min("publish_from", filter=Q(publish_from__gt=now)),
        "ends": Min("publish_until", filter=Q(publish_until__gt=now)),
    }
    today = timezone.localdate(now)
    if last_day := getattr(model, "last_day_field", None):  # gone at the midnight after it
        bounds["last_day"] = Min(last_day, filter=Q(**{f"{last_day}__gte": today}))
    found = model._default_manager.filter(status="published").aggregate(**bounds)
    if found.get("last_day"):
        after = found["last_day"] + datetime.timedelta(days=1)
        found["last_day"] = timezone.make_aware(datetime.datetime.combine(after, datetime.time()))
    moments = [moment for moment in found.values() if moment]
    return min(moments) if moments else None


def _all_versions() -> dict:
    if getattr(_request, "active", False) and _request.versions is not None:
        return _request.versions
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(
            "SELECT name, number, boundary_known, next_boundary "
            "FROM integration_portal_contentversion"
        )
        rows = {name: (number, known, boundary) for name, number, known, boundary in cursor}
    if getattr(_request, "active", False):
        _request.versions = rows
    return rows


def current(*names: str) -> tuple[str, ...]:
    """A token per version: its number and its next publication boundary."""
    rows = _all_versions()
    now = timezone.now()
    tokens = []
    for name in names:
        number, known, boundary = rows.get(name, (0, False, None))
        if not known or (boundary is not None and boundary <= now):
            boundary = _next_boundary(name, now)
            _store_boundary(name, number, boundary)
            rows[name] = (number, True, boundary)
        tokens.append(f"{number}:{boundary.timestamp() if boundary else '-'}")
    return tuple(tokens)


def _store_boundary(name, number, boundary) -> None:
    # Only if no write moved the version meanwhile: that write's boundary may differ.
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO integration_portal_contentversion
                (name, number, boundary_known, next_boundary)
            VALUES (%s, %s, true, %s)
            ON CONFLICT (name) DO UPDATE SET boundary_known = true, next_boundary = %s
            WHERE integration_portal_contentversion.number = %s
            """,
            [name, number, boundary, boundary, number],
        )


# Cached values -----------------------------------------------------------------------------


class Versions:
    """The versions one answer depends on, read once; keys and cached values built on them."""

    def __init__(self, *names: str):
        self.names = tuple(sorted(set(names)))
        self.tokens = current(*self.names)

    def key(self, kind: str, *parts) -> str:
        digest = hashlib.sha1(
            repr((self.names, self.tokens, get_language(), parts)).encode()
        ).hexdigest()
        return f"kompass.{kind}.{digest}"

    def remember(self, kind: str, parts, compute: Callable, timeout: int = TIMEOUT):
        """The cached value for (kind, parts) at these versions, computed if missing."""
        key = self.key(kind, *parts)
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, timeout)
        return value
