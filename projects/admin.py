from django import forms
from django.contrib import admin
from django.db import models
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TabbedTranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from integration_portal.admin_publishing import (
    CHANGES,
    ContentAdmin,
    can_publish,
    missing_translation_filter,
)
from integration_portal.documents import DocumentForm
from integration_portal.indexing import DERIVED_FIELDS
from integration_portal.spreadsheets import SpreadsheetAdmin
from projects import views
from projects.models import (
    ActionField,
    FundingPriority,
    FundingProgramme,
    Measure,
    PartnerRegion,
    Project,
    ProjectDocument,
    ProjectLink,
)
from projects.spreadsheets import ProjectResource


@admin.register(ActionField)
class ActionFieldAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}


@admin.register(PartnerRegion)
class PartnerRegionAdmin(TabbedTranslationAdmin):
    list_display = ["name", "country", "website"]
    list_filter = ["country"]
    search_fields = ["name", "country_de"]


class MeasureInline(TranslationTabularInline):
    model = Measure
    extra = 0
    fields = ["position", "text"]
    formfield_overrides = {models.CharField: {"widget": forms.TextInput(attrs={"size": 80})}}


class LinkInline(TranslationTabularInline):
    model = ProjectLink
    extra = 0
    fields = ["position", "title", "url"]


class DocumentInline(TranslationStackedInline):
    model = ProjectDocument
    form = DocumentForm
    extra = 0
    fields = ["position", "title", "upload", "public", "current_file"]
    readonly_fields = ["current_file"]

    def _held_for_review(self, request, obj) -> bool:
        # A file is no value a review can carry: on a published project, publishers add it.
        return obj is not None and obj.status == "published" and not can_publish(request, Project)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not self._held_for_review(request, obj)

    def has_change_permission(self, request, obj=None):
        held = self._held_for_review(request, obj)
        return super().has_change_permission(request, obj) and not held

    def has_delete_permission(self, request, obj=None):
        held = self._held_for_review(request, obj)
        return super().has_delete_permission(request, obj) and not held

    def get_readonly_fields(self, request, obj=None):
        # Making a file public publishes it: only those who may publish projects may.
        fixed = [*self.readonly_fields]
        return fixed if can_publish(request, Project) else [*fixed, "public"]

    @admin.display(description=_("current file"))
    def current_file(self, document):
        if not document.pk:
            return "–"
        url = document.get_absolute_url()
        kind = "PDF" if document.is_pdf else _("picture")
        return format_html(
            '<a href="{}">{}</a> ({}, {} kB)', url, document.filename, kind, document.size // 1024
        )

    def get_queryset(self, request):
        project_columns = (f"project__{name}" for name in DERIVED_FIELDS)
        return (
            super().get_queryset(request).select_related("project").defer("data", *project_columns)
        )


@admin.register(Project)
class ProjectAdmin(SpreadsheetAdmin, ContentAdmin):
    resource_classes = [ProjectResource]

    @admin.display(description=_("sub-projects"))
    def subproject_links(self, project):
        found = project.subprojects.order_by("title") if project.pk else []
        if not found:
            return _("none")
        return format_html_join(
            ", ",
            '<a href="{}">{}</a> ({})',
            (
                (
                    reverse("admin:projects_project_change", args=[p.pk]),
                    p.title,
                    p.get_status_display(),
                )
                for p in found
            ),
        )

    list_display = ["title", "phase", "programme", "sponsor", "good_practice", "status_badge"]
    list_filter = [
        "status",
        "phase",
        "good_practice",
        "programme",
        "primary_action_field",
        missing_translation_filter("title"),
    ]
    list_select_related = ["programme", "sponsor"]
    search_fields = ["title_de", "title_en", "short_name", "slug", "sponsor__name", "sponsor_name"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["parent", "sponsor", "partners", "offers", "partner_regions"]
    readonly_fields = [*ContentAdmin.readonly_fields, "subproject_links"]
    inlines = [MeasureInline, LinkInline, DocumentInline]
    public_view = staticmethod(views.render_project)
    fieldsets = [
        (None, {"fields": ["title", "short_name", "slug", "summary", "phase"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until"]}),
        (_("Umbrella and sub-projects"), {"fields": ["parent", "subproject_links"]}),
        (
            _("Funding"),
            {
                "fields": [
                    "programme",
                    "region",
                    ("sponsor", "sponsor_name"),
                    "funding_rate",
                    ("total_cost", "funding_amount"),
                    ("starts_on", "ends_on"),
                    "decided_on",
                ]
            },
        ),
        (
            _("Where and for whom"),
            {
                "fields": [
                    "primary_action_field",
                    "further_action_fields",
                    "municipalities",
                    "place",
                    "audiences",
                ]
            },
        ),
        (
            _("Description"),
            {"fields": ["initial_situation", "goals", "target_groups", "benefit", "results"]},
        ),
        (_("Partners and offers"), {"fields": ["partners", "partner_regions", "offers"]}),
        (_("Toolbox"), {"fields": ["good_practice", "transfer_notes"]}),
        CHANGES,
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in ("further_action_fields", "audiences", "municipalities"):
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class PriorityInline(TranslationStackedInline):
    model = FundingPriority
    extra = 0
    prepopulated_fields = {"slug": ["title_de"]}
    fields = [
        ("position", "slug"),
        "title",
        "description",
        "applicants",
        "applicants_note",
        ("funding_rate", "deadline"),
        "link",
    ]


@admin.register(FundingProgramme)
class FundingProgrammeAdmin(ContentAdmin):
    list_display = ["name", "provider", "area", "status_badge"]
    list_filter = ["status"]
    search_fields = ["name_de", "name_en", "slug", "provider"]
    prepopulated_fields = {"slug": ["name_de"]}
    inlines = [PriorityInline]
    public_view = staticmethod(views.render_programme)
    fieldsets = [
        (None, {"fields": ["name", "slug", "provider", "area", "running_since", "website"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until"]}),
        (_("Description"), {"fields": ["description", "example"]}),
        CHANGES,
    ]
