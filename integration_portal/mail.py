"""Outgoing e-mail: queued in the database and retried, so that an outage of the mail
server delays messages but loses none.

Whoever sends a message only stores it (`queue()`, one row of Django's task framework with
the database backend of django-tasks-db); `manage.py db_worker` delivers it. A failed
delivery is tried again later, with growing pauses, for about two days. Because the row is
written in the sender's transaction, a message about an entry exists exactly when the entry
does.
"""

import datetime
import logging

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.tasks import task
from django.utils import timezone

from integration_portal import roles
from integration_portal.models import SiteSettings

log = logging.getLogger(__name__)

# Minutes to wait before the next attempt, after the first, second, … failure.
RETRY_AFTER = (1, 5, 30, 120, 600, 1440)


def queue(subject: str, body: str, to, reply_to=()) -> None:
    """Store a message for delivery. It is sent by the worker, not by the caller."""
    to, reply_to = sorted(set(to)), list(reply_to)
    if not to:
        log.warning("A message without recipients was not queued: %s", subject)
        return
    deliver.enqueue(subject=subject, body=body, to=to, reply_to=reply_to)


@task()
def deliver(subject: str, body: str, to: list, reply_to: list, attempt: int = 1) -> None:
    try:
        EmailMessage(subject, body, to=to, reply_to=reply_to).send()
    except Exception:
        if attempt <= len(RETRY_AFTER) and deliver.get_backend().supports_defer:
            later = timezone.now() + datetime.timedelta(minutes=RETRY_AFTER[attempt - 1])
            deliver.using(run_after=later).enqueue(
                subject=subject, body=body, to=to, reply_to=reply_to, attempt=attempt + 1
            )
            log.warning("Mail to %s failed (attempt %d), tried again at %s", to, attempt, later)
        else:
            log.error("Mail to %s failed for good after %d attempts: %s", to, attempt, subject)
        raise  # the attempt is recorded as failed; the next one waits in the queue


def given_up():
    """Deliveries whose last attempt failed: the messages that were never sent."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        status="FAILED",
        task_path=f"{deliver.func.__module__}.{deliver.func.__qualname__}",
        args_kwargs__kwargs__attempt__gt=len(RETRY_AFTER),
    )


def staff_addresses() -> list[str]:
    """Who hears of what the public sends: the site's contact address, or else every
    active publisher with an address."""
    site = SiteSettings.load()
    if site.contact_email:
        return [site.contact_email]
    publishers = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=roles.PUBLISHERS)
        .exclude(email="")
    )
    return sorted(set(publishers.values_list("email", flat=True)))


def tell_staff(subject: str, body: str, reply_to=()) -> None:
    recipients = staff_addresses()
    if not recipients:
        log.warning("No address to tell staff: %s", subject)
        return
    queue(subject, body, recipients, reply_to)
