"""Which entries an organisation is asked to check, and marking them as checked.

An organisation owns the entries whose admin names it as their `owner_field` (its offers,
events, … and the organisation itself): the same declaration that narrows a partner
account's admin. The app that keeps organisations sends the requests (network).
"""

import datetime

from django.contrib import admin
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from integration_portal.admin_publishing import STALE_AFTER, PublishableAdmin
from integration_portal.publishing import Status

# Asked a month before an entry counts as stale, so that it never has to.
DUE_AFTER = STALE_AFTER - datetime.timedelta(days=30)


def owned_types() -> list[tuple[type, str]]:
    """(model, owner field) of every content type an organisation owns and can confirm."""
    return sorted(
        (
            (model, model_admin.owner_field)
            for model, model_admin in admin.site._registry.items()
            if isinstance(model_admin, PublishableAdmin)
            and model_admin.owner_field
            and any(f.name == "last_verified" for f in model._meta.fields)
        ),
        key=lambda pair: pair[0]._meta.label,
    )


def entries_of(owner_id: int, due_only: bool = False) -> list[tuple[type, list]]:
    """The organisation's published entries, per type (only those due for a check)."""
    found = []
    due_before = timezone.localdate() - DUE_AFTER
    for model, field in owned_types():
        entries = model._default_manager.filter(status=Status.PUBLISHED, **{field: owner_id})
        if due_only:
            entries = entries.filter(
                Q(last_verified__isnull=True) | Q(last_verified__lt=due_before)
            )
        if rows := list(entries.order_by("pk")):
            found.append((model, rows))
    return found


def confirm(entries, reason: str) -> int:
    """Mark entries as checked today, one by one so that history records each."""
    today = timezone.localdate()
    with transaction.atomic():
        for entry in entries:
            entry.last_verified = today
            entry._change_reason = reason
            entry.save()
    return len(entries)
