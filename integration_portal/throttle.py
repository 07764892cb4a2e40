"""Rate limits for public forms, per client address, counted in the database.

A cache would not do: without Redis every process has its own, and a flood spread over the
workers would pass. The address is stored only as a keyed hash, and windows older than a
day are deleted as new ones begin.
"""

import datetime
import hashlib
import hmac

from django.conf import settings
from django.db import connection
from django.utils import timezone

from integration_portal.models import RateLimit


def client_address(request) -> str:
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def allow(request, action: str, limit: int, window: datetime.timedelta) -> bool:
    """Count one attempt of `action` from the request's address; False once more than
    `limit` were made in the current window."""
    secret = settings.SECRET_KEY.encode()
    key = hmac.new(secret, f"{action}|{client_address(request)}".encode(), hashlib.sha256)
    seconds = int(window.total_seconds())
    now = timezone.now()
    start = datetime.datetime.fromtimestamp(now.timestamp() // seconds * seconds, tz=datetime.UTC)
    table = RateLimit._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (key, window_start, count) VALUES (%s, %s, 1) "
            f"ON CONFLICT (key, window_start) DO UPDATE SET count = {table}.count + 1 "
            "RETURNING count",
            [key.hexdigest(), start],
        )
        (count,) = cursor.fetchone()
        if count == 1:
            cursor.execute(
                f"DELETE FROM {table} WHERE window_start < %s",
                [now - datetime.timedelta(days=1)],
            )
    return count <= limit
