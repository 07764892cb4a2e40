"""The review desk on the admin start page: what waits for someone, each a count with a link
to the filtered list — changes for review, what the public sent, entries in review, stale
entries, missing translations per language. Only what the person may see, narrowed as their lists are."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django_tasks_db.models import DBTaskResult

from integration_portal import mail
from integration_portal.admin_publishing import STALE_AFTER, PublishableAdmin
from integration_portal.models import Report, Revision
from integration_portal.publishing import Status, ended


@dataclass
class Row:
    label: str
    count: int
    url: str


def _changelist(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def rows(request) -> list[Row]:
    found = []
    revisions = admin.site._registry.get(Revision)
    if revisions and revisions.has_view_permission(request):
        pending = revisions.get_queryset(request).filter(state=Revision.State.PENDING).count()
        found.append(
            Row(
                _("Changes waiting for review"),
                pending,
                f"{_changelist(Revision)}?state__exact=pending",
            )
        )
    reports = admin.site._registry.get(Report)
    if reports and reports.has_view_permission(request):
        found.append(
            Row(
                _("Unread reports from the public and from partners"),
                Report.objects.filter(read_at__isnull=True).count(),
                f"{_changelist(Report)}?state=unread",
            )
        )
    queue = admin.site._registry.get(DBTaskResult)
    if queue and queue.has_view_permission(request):
        found.append(
            Row(
                _("E-mails that could not be delivered, even after two days"),
                mail.given_up().count(),
                f"{_changelist(DBTaskResult)}?status__exact=FAILED",
            )
        )
    stale_before = timezone.localdate() - STALE_AFTER
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, PublishableAdmin) or not model_admin.has_view_permission(
            request
        ):
            continue
        name = capfirst(model._meta.verbose_name_plural)
        url = _changelist(model)
        counts = {"review": Count("pk", filter=Q(status=Status.REVIEW))}
        verifiable = any(f.name == "last_verified" for f in model._meta.fields)
        if verifiable:
            counts["stale"] = Count(
                "pk",
                filter=Q(status=Status.PUBLISHED)
                & (Q(last_verified__lt=stale_before) | Q(last_verified__isnull=True)),
            )
        translated = _declared(model_admin, "translated_field")
        contributed = _declared(model_admin, "contribution_field")
        if contributed:
            counts["website"] = Count(
                "pk",
                filter=Q(**{f"{contributed}__isnull": False})
                & Q(status__in=[Status.DRAFT, Status.REVIEW]),
            )
        languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        if translated:
            for code in languages:
                column = f"{translated}_{code}"
                counts[f"missing_{code}"] = Count(
                    "pk",
                    filter=Q(status=Status.PUBLISHED)
                    & (Q(**{f"{column}__isnull": True}) | Q(**{column: ""})),
                )
        if (past := ended(model)) is not None:
            counts["ended"] = Count("pk", filter=past)
        numbers = model_admin.get_queryset(request).aggregate(**counts)
        if contributed:
            found.append(
                Row(
                    _("%(type)s sent through the website, not yet published") % {"type": name},
                    numbers["website"],
                    f"{url}?website=yes&status__in=draft,review",
                )
            )
        found.append(
            Row(
                _("%(type)s in review") % {"type": name},
                numbers["review"],
                f"{url}?status__exact=review",
            )
        )
        if "ended" in numbers:
            found.append(
                Row(
                    _("%(type)s past their last day, still published") % {"type": name},
                    numbers["ended"],
                    f"{url}?verification=ended",
                )
            )
        if verifiable:
            found.append(
                Row(
                    _("%(type)s not verified for 12 months") % {"type": name},
                    numbers["stale"],
                    f"{url}?verification=stale",
                )
            )
        if translated:
            missing = {code: numbers[f"missing_{code}"] for code in languages}
            for code, count in missing.items():
                if count:
                    found.append(
                        Row(
                            _("%(type)s without %(language)s") % {"type": name, "language": code},
                            count,
                            f"{url}?status__exact=published&missing={code}",
                        )
                    )
    return found


def _declared(model_admin, attribute: str):
    """What a list filter of this admin declares for the desk (e.g. `translated_field`)."""
    return next(
        (getattr(f, attribute) for f in model_admin.list_filter if getattr(f, attribute, None)),
        None,
    )
