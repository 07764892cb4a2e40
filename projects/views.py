"""Projects, funding programmes and the good-practice toolbox.

Three lists of the shared base (projects, the toolbox as the good-practice projects, and the
funding priorities across programmes) and detail pages through `published()`. A project's
documents are served by `document()`: a public one of a published project to anyone, any
one to staff who may see projects.
"""

import django_filters
from django import forms
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from integration_portal import documents
from integration_portal.i18n import shown_in_fallback
from integration_portal.indexing import DERIVED_FIELDS
from integration_portal.listing import Listing, Scope
from integration_portal.views import published_detail
from network.models import Organization
from projects.models import FundingPriority, FundingProgramme, Project, ProjectDocument

# Projects ------------------------------------------------------------------------------------


def most_recent(queryset, data):
    return queryset.order_by("-starts_on", "-decided_on", "pk")


PROJECT_SORTS = {
    "relevance": (_("best match"), None),
    "name": (_("name"), None),
    "recent": (_("most recent"), most_recent),
}

projects = Listing(
    Project,
    url_name="projects:project_list",
    template="projects/project_list.html",
    results_template="projects/includes/project_results.html",
    name_field="title",
    sorts=PROJECT_SORTS,
    texts={
        "more_label": _("Filter by phase, action field, programme and year"),
        "submit_label": _("Show projects"),
        "empty_message": _("No project matches all of these filters."),
        "remove_hint": _("Remove one of the filters above, for example the year or the phase."),
    },
)

toolbox = Listing(
    Project,
    url_name="projects:toolbox",
    template="projects/toolbox.html",
    results_template="projects/includes/toolbox_results.html",
    name_field="title",
    scope=Scope(fields={}, apply=lambda queryset, data: queryset.filter(good_practice=True)),
    sorts=PROJECT_SORTS,
    texts={
        "more_label": _("Filter by action field and target group"),
        "submit_label": _("Show examples"),
        "empty_message": _("No example matches all of these filters."),
        "remove_hint": _("Remove one of the filters above, for example the action field."),
    },
)


TEXTS_BEFORE = [
    ("initial_situation", _("Initial situation")),
    ("goals", _("Goals")),
    ("target_groups", _("Target groups")),
]
TEXTS_AFTER = [
    ("benefit", _("Benefit for the region")),
    ("results", _("Results and lessons learned")),
]


def _texts(entry, fields):
    """The entry's texts that are filled in, each with its heading and whether it is shown
    in German for want of a translation."""
    return [
        {
            "name": name,
            "heading": heading,
            "value": getattr(entry, name),
            "fallback": shown_in_fallback(entry, name),
        }
        for name, heading in fields
        if getattr(entry, name)
    ]


def render_project(request, project, preview=False):
    published = Project.objects.published()
    parent = project.parent if project.parent and project.parent.is_public() else None
    sponsor = project.sponsor if project.sponsor and project.sponsor.is_public() else None
    programme = project.programme if project.programme and project.programme.is_public() else None
    action_fields = [project.primary_action_field] if project.primary_action_field else []
    measures = list(project.measures.all())
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "parent": parent,
            "sponsor": sponsor,
            "programme": programme,
            "action_fields": action_fields + list(project.further_action_fields.all()),
            "municipalities": project.municipalities.all(),
            "texts_before": _texts(project, TEXTS_BEFORE),
            "texts_after": _texts(project, TEXTS_AFTER),
            "measures": measures,
            # All in German for want of translations: the whole list reads left to right.
            "measures_in_german": all(shown_in_fallback(m, "text") for m in measures),
            "links": project.links.all(),
            "documents": project.documents.filter(public=True).defer("data"),
            "subprojects": published.filter(parent=project).for_listing(),
            "partners": Organization.objects.published()
            .filter(pk__in=project.partners.values("pk"))
            .order_by("name"),
            "partner_regions": project.partner_regions.all(),
            "offers": project.offers.published().for_listing().order_by("pk"),
            "preview": preview,
        },
    )


@require_safe
def document(request, slug, pk):
    """A project's document: public ones of a published project for everyone, every one for
    staff who may see projects (internal files are never reachable otherwise)."""
    found = get_object_or_404(ProjectDocument.objects.defer("data"), pk=pk, project__slug=slug)
    public = found.public and Project.objects.published().filter(pk=found.project_id).exists()
    staff = request.user.is_staff and request.user.has_perm("projects.view_project")
    if not public and not staff:
        raise Http404
    return documents.response(request, found, private=not public)  # reads the bytes now


# Funding programmes and their priorities -----------------------------------------------------


def open_only(queryset, data):
    return queryset.open_on(timezone.localdate()) if data.get("open") else queryset


def by_programme(queryset, data):
    return queryset.order_by("programme__name", "position", "pk")


def by_deadline(queryset, data):
    return queryset.order_by(F("deadline").asc(nulls_last=True), "position", "pk")


priorities = Listing(
    FundingPriority,
    url_name="projects:programme_list",
    template="projects/programme_list.html",
    results_template="projects/includes/priority_results.html",
    name_field="title",
    scope=Scope(
        fields={
            "open": django_filters.BooleanFilter(
                label=_("Only those still open for applications"),
                widget=forms.CheckboxInput,
                method="keep",
            )
        },
        apply=open_only,
        clock="day",  # "12 days left" changes at midnight
    ),
    sorts={
        "programme": (_("programme"), by_programme),
        "deadline": (_("deadline"), by_deadline),
        "relevance": (_("best match"), None),
    },
    default_sort="programme",
    texts={
        "more_label": _("Filter by who may apply and by programme"),
        "submit_label": _("Show funding priorities"),
        "empty_message": _("No funding priority matches all of these filters."),
        "remove_hint": _("Remove one of the filters above, for example who may apply."),
    },
)


@require_safe
def programme_list(request):
    programmes = FundingProgramme.objects.published().order_by("name")
    return priorities(request, {"programmes": programmes})


def render_programme(request, programme, preview=False):
    return render(
        request,
        "projects/programme_detail.html",
        {
            "programme": programme,
            "priorities": programme.priorities.defer(*DERIVED_FIELDS),
            "projects": programme.projects.published().for_listing().order_by("title"),
            "preview": preview,
        },
    )


project_list = projects.as_view()
project_detail = published_detail(Project, render_project)
toolbox_list = toolbox.as_view()
programme_detail = published_detail(FundingProgramme, render_programme)
