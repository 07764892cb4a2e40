"""The network's blocks on the home page, in the search across the site and on
municipality pages."""

from django.utils.translation import ngettext

from integration_portal.registry import Section, search_section
from network.models import Event, Organization, VolunteerRole
from network.views import events, news, organizations, volunteer_roles

NEXT_EVENTS = 4


def search_organizations(request, text):
    return search_section(
        organizations,
        text,
        "network/includes/organization_cards.html",
        lambda n: ngettext("%(count)d organisation", "%(count)d organisations", n),
        lambda n: ngettext(
            "Show all %(count)d organisations", "Show all %(count)d organisations", n
        ),
    )


def search_events(request, text):
    return search_section(
        events,
        text,
        "network/includes/event_cards.html",
        lambda n: ngettext("%(count)d upcoming event", "%(count)d upcoming events", n),
        lambda n: ngettext("Show all %(count)d events", "Show all %(count)d events", n),
    )


def search_volunteer_roles(request, text):
    return search_section(
        volunteer_roles,
        text,
        "network/includes/volunteer_role_cards.html",
        lambda n: ngettext("%(count)d way to volunteer", "%(count)d ways to volunteer", n),
        lambda n: ngettext(
            "Show all %(count)d ways to volunteer", "Show all %(count)d ways to volunteer", n
        ),
    )


def search_news(request, text):
    return search_section(
        news,
        text,
        "network/includes/news_cards.html",
        lambda n: ngettext("%(count)d news item", "%(count)d news items", n),
        lambda n: ngettext("Show all %(count)d news items", "Show all %(count)d news items", n),
    )


def home_events(request):
    upcoming = list(Event.objects.published().upcoming().for_listing()[:NEXT_EVENTS])
    return Section("network/includes/home_events.html", {"events": upcoming})


def municipality_organizations(request, municipality):
    found = (
        Organization.objects.published()
        .with_facet("municipality", municipality.slug)
        .for_listing()
        .order_by("name")
    )
    return Section(
        "network/includes/municipality_organizations.html",
        {"municipality": municipality, "organizations": found},
    )


def municipality_events(request, municipality):
    found = list(
        Event.objects.published()
        .with_facet("municipality", municipality.slug)
        .upcoming()
        .for_listing()[:10]
    )
    if not found:
        return None
    return Section(
        "network/includes/municipality_events.html",
        {"municipality": municipality, "events": found},
    )


def municipality_volunteer_roles(request, municipality):
    found = list(
        VolunteerRole.objects.published()
        .with_facet("municipality", municipality.slug)
        .for_listing()
        .order_by("title")[:20]
    )
    if not found:
        return None
    return Section(
        "network/includes/municipality_volunteer_roles.html",
        {"municipality": municipality, "roles": found},
    )
