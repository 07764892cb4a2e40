"""Projects and funding priorities on /suche/, on municipality pages and on the pages of the
organisations that carry them or take part."""

from django.db.models import F, Q
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import ngettext

from integration_portal.registry import Section, search_section
from projects.models import Project
from projects.views import priorities, projects


def search_projects(request, text):
    return search_section(
        projects,
        text,
        "projects/includes/project_cards.html",
        lambda n: ngettext("%(count)d project", "%(count)d projects", n),
        lambda n: ngettext("Show all %(count)d projects", "Show all %(count)d projects", n),
    )


def search_priorities(request, text):
    return search_section(
        priorities,
        text,
        "projects/includes/priority_cards.html",
        lambda n: ngettext("%(count)d funding priority", "%(count)d funding priorities", n),
        lambda n: ngettext(
            "Show all %(count)d funding priorities", "Show all %(count)d funding priorities", n
        ),
    )


MUNICIPALITY_PROJECTS = 10


def municipality_projects(request, municipality):
    """The newest projects placed in the municipality, and a link to all of them."""
    found = (
        Project.objects.published()
        .with_facet("municipality", municipality.slug)
        .for_listing()
        .order_by(F("starts_on").desc(nulls_last=True), "title")
    )
    shown = list(found[: MUNICIPALITY_PROJECTS + 1])
    if not shown:
        return None
    return Section(
        "projects/includes/municipality_projects.html",
        {
            "municipality": municipality,
            "items": shown[:MUNICIPALITY_PROJECTS],
            "more_url": (
                f"{reverse('projects:project_list')}?{urlencode({'municipality': municipality.slug})}"
                if len(shown) > MUNICIPALITY_PROJECTS
                else ""
            ),
        },
    )


def organization_projects(request, organization):
    found = list(
        Project.objects.published()
        .filter(Q(sponsor=organization) | Q(partners=organization))
        .distinct()
        .for_listing()
        .order_by(F("starts_on").desc(nulls_last=True), "title")
    )
    if not found:
        return None
    return Section(
        "projects/includes/organization_projects.html",
        {"organization": organization, "items": found},
    )
