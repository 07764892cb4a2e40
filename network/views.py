"""The network's public pages: organisations, working groups, events, news, volunteering.

Every list is a `Listing` of the shared base; every detail page 404s through `published()`
and is rendered by a `render_*` function that the admin's preview uses too.
"""

import datetime

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from integration_portal.listing import Listing, Scope
from integration_portal.registry import assemble
from integration_portal.views import published_detail
from network import registry
from network.jsonld import event_json_ld
from network.models import (
    Event,
    Meeting,
    News,
    Organization,
    VolunteerRole,
    WorkingGroup,
)
from network.models.events import local_zone

# Organisations -----------------------------------------------------------------------------

organizations = Listing(
    Organization,
    url_name="network:organization_list",
    template="network/organization_list.html",
    results_template="network/includes/organization_results.html",
    texts={
        "more_label": _("Filter by kind, role and municipality"),
        "submit_label": _("Show organisations"),
        "empty_message": _("No organisation matches all of these filters."),
        "remove_hint": _(
            "Remove one of the filters above, for example the municipality or the kind."
        ),
    },
)


def render_organization(request, organization, preview=False):
    sections = assemble(registry.organization_sections, request, organization)
    groups = WorkingGroup.objects.published().filter(members=organization).order_by("name")
    return render(
        request,
        "network/organization_detail.html",
        {
            "organization": organization,
            "contacts": organization.contacts.public(),
            "events": Event.objects.published()
            .filter(organizer=organization)
            .upcoming()
            .for_listing()[:5],
            "volunteer_roles": VolunteerRole.objects.published()
            .filter(organization=organization)
            .for_listing(),
            "working_groups": groups,
            "sections": sections,
            "preview": preview,
        },
    )


# Working groups -----------------------------------------------------------------------------

working_groups = Listing(
    WorkingGroup,
    url_name="network:working_group_list",
    template="network/working_group_list.html",
    results_template="network/includes/working_group_results.html",
    texts={
        "more_label": _("Filter by kind and topic"),
        "submit_label": _("Show working groups"),
        "empty_message": _("No working group matches all of these filters."),
        "remove_hint": _("Remove one of the filters above."),
    },
)


def render_working_group(request, group, preview=False):
    now = timezone.now()
    # Only what may be public: never the internal minutes.
    meetings = Meeting.objects.filter(working_group=group).select_related(
        "location__municipality"
    ).defer("minutes")  # fmt: skip
    return render(
        request,
        "network/working_group_detail.html",
        {
            "group": group,
            "members": group.members.published().order_by("name"),
            "coordinator": group.coordinator
            if group.coordinator and group.coordinator.is_public()
            else None,
            "subgroups": group.subgroups.published().order_by("name"),
            "parent": group.parent if group.parent and group.parent.is_public() else None,
            "upcoming": meetings.filter(starts_at__gte=now - datetime.timedelta(hours=4)),
            "past": meetings.filter(starts_at__lt=now - datetime.timedelta(hours=4)).order_by(
                "-starts_at"
            )[:10],
            "preview": preview,
        },
    )


# Events -------------------------------------------------------------------------------------

WHEN = [("upcoming", _("upcoming")), ("past", _("past"))]


def _day_start(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(), local_zone())


def events_in_scope(queryset, data):
    """Upcoming (the default) or past events within the dates asked for, each with the
    first of its dates that fits (`next_start`)."""
    now = timezone.now()
    first, last = data.get("from"), data.get("to")
    after = _day_start(first) if first else None
    before = _day_start(last + datetime.timedelta(days=1)) if last else None
    if data.get("when") == "past":
        return queryset.dated(after=after, before=min(before or now, now), past=True)
    return queryset.dated(after=max(after or now, now), before=before)


# Dates people may ask for: far enough for any plan, near enough to compute with.
YEARS = range(2000, 2101)


def check_dates(data):
    errors = {}
    for name in ("from", "to"):
        if data.get(name) and data[name].year not in YEARS:
            errors[name] = _("Please choose a date between the years 2000 and 2100.")
    if errors:
        raise ValidationError(errors)
    if data.get("from") and data.get("to") and data["to"] < data["from"]:
        raise ValidationError({"to": _("The end date must not be before the start date.")})


def by_date(queryset, data):
    return queryset.order_by("-next_start" if data.get("when") == "past" else "next_start", "pk")


def _date_filter(label):
    return django_filters.DateFilter(
        label=label, method="keep", widget=forms.DateInput(attrs={"type": "date"})
    )


events = Listing(
    Event,
    url_name="network:event_list",
    template="network/event_list.html",
    results_template="network/includes/event_results.html",
    name_field="title",
    scope=Scope(
        fields={
            "when": django_filters.ChoiceFilter(
                label=_("When"), choices=WHEN, method="keep", empty_label=None
            ),
            "from": _date_filter(_("From")),
            "to": _date_filter(_("To")),
        },
        apply=events_in_scope,
        check=check_dates,
        clock=True,
    ),
    sorts={"date": (_("date"), by_date), "relevance": (_("best match"), None)},
    default_sort="date",
    texts={
        "more_label": _("Filter by date, topic, municipality and language"),
        "submit_label": _("Show events"),
        "empty_message": _("No event matches all of these filters."),
        "remove_hint": _(
            "Remove one of the filters above, for example the dates or the municipality."
        ),
        "extra_hint": _("Look at past events, or subscribe to the calendar to hear of new ones."),
    },
)


def render_event(request, event, preview=False):
    dates = event.next_dates(8)
    url = request.build_absolute_uri(event.get_absolute_url())
    return render(
        request,
        "network/event_detail.html",
        {
            "event": event,
            "dates": dates,
            "json_ld": event_json_ld(event, dates[0] if dates else None, url),
            "cancelled": [day for day in event.exceptions if day >= timezone.localdate()],
            "topics": event.topics.all(),
            "languages": event.languages.all(),
            # Public with the event (published_with): no check of its own needed.
            "organizer": event.organizer,
            "preview": preview,
        },
    )


# News ---------------------------------------------------------------------------------------


def newest_first(queryset, data):
    return queryset.order_by("-published_on", "-pk")


news = Listing(
    News,
    url_name="network:news_list",
    template="network/news_list.html",
    results_template="network/includes/news_results.html",
    name_field="title",
    sorts={"date": (_("newest"), newest_first), "relevance": (_("best match"), None)},
    default_sort="date",
    texts={
        "more_label": _("Filter by kind"),
        "submit_label": _("Show news"),
        "empty_message": _("No news item matches all of these filters."),
        "remove_hint": _("Remove the filter above."),
    },
)


def render_news(request, item, preview=False):
    return render(
        request,
        "network/news_detail.html",
        {"item": item, "organization": item.organization, "preview": preview},
    )


# Volunteering ------------------------------------------------------------------------------

volunteer_roles = Listing(
    VolunteerRole,
    url_name="network:volunteer_role_list",
    template="network/volunteer_role_list.html",
    results_template="network/includes/volunteer_role_results.html",
    name_field="title",
    texts={
        "more_label": _("Filter by municipality, language and time"),
        "submit_label": _("Show ways to volunteer"),
        "empty_message": _("Nothing matches all of these filters yet."),
        "remove_hint": _("Remove one of the filters above, for example the municipality."),
        "extra_hint": _("The Freiwilligenzentrum also finds a task that suits you: just ask."),
    },
)


def render_volunteer_role(request, role, preview=False):
    return render(
        request,
        "network/volunteer_role_detail.html",
        {"role": role, "languages": role.languages.all(), "preview": preview},
    )


# The views: each list, and each type's detail page through published() -----------------------

organization_list = organizations.as_view()
organization_detail = published_detail(Organization, render_organization)
working_group_list = working_groups.as_view()
working_group_detail = published_detail(WorkingGroup, render_working_group)
event_list = events.as_view()
event_detail = published_detail(Event, render_event)
news_list = news.as_view()
news_detail = published_detail(News, render_news)
volunteer_role_list = volunteer_roles.as_view()
volunteer_role_detail = published_detail(VolunteerRole, render_volunteer_role)
