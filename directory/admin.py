from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from directory.models import (
    Closure,
    Offer,
    OfferLocation,
    OpeningHours,
    TargetGroup,
)
from directory.spreadsheets import OfferResource
from directory.views import render_offer
from integration_portal.admin_publishing import (
    PublishableAdmin,
    StaleFilter,
    VerifiableAdmin,
    from_website_filter,
    missing_translation_filter,
)
from integration_portal.models import Municipality
from integration_portal.spreadsheets import SpreadsheetAdmin


@admin.register(TargetGroup)
class TargetGroupAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}


class OfferLocationInline(admin.TabularInline):
    model = OfferLocation
    extra = 0
    min_num = 0
    autocomplete_fields = ["location"]
    fields = ["location", "by_appointment", "position"]


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0
    fields = ["weekday", "opens", "closes", "location", "valid_from", "valid_until"]
    autocomplete_fields = ["location"]


class ClosureInline(TranslationTabularInline):
    model = Closure
    extra = 0


class OfferMunicipalityFilter(admin.SimpleListFilter):
    """Offers located in or serving a municipality, as the public site counts them."""

    title = _("municipality")
    parameter_name = "municipality"

    def lookups(self, request, model_admin):
        return list(Municipality.objects.values_list("slug", "name"))

    def queryset(self, request, queryset):
        return queryset.in_municipality(self.value()) if self.value() else queryset


@admin.register(Offer)
class OfferAdmin(
    SpreadsheetAdmin, PublishableAdmin, VerifiableAdmin, SimpleHistoryAdmin, TabbedTranslationAdmin
):
    resource_classes = [OfferResource]
    owner_field = "organization"
    list_display = ["title", "organization", "status_badge", "last_verified", "translated_into"]
    list_filter = [
        "status",
        "categories",
        OfferMunicipalityFilter,
        "organization",
        from_website_filter("suggested_at", _("suggested through the website")),
        StaleFilter,
        missing_translation_filter("title"),
    ]
    list_select_related = ["organization"]
    readonly_fields = [*PublishableAdmin.readonly_fields, "suggested_at"]
    search_fields = ["title_de", "title_en", "slug", "organization__name"]
    autocomplete_fields = ["organization", "languages", "language_taught", "municipalities_served"]
    prepopulated_fields = {"slug": ["title_de"]}
    inlines = [OfferLocationInline, OpeningHoursInline, ClosureInline]
    actions = ["send_to_review", "publish", "unpublish", "archive", "mark_verified"]
    public_view = staticmethod(render_offer)
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "organization"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until", "last_verified"]}),
        (_("Topics and people"), {"fields": ["categories", "target_groups", "languages"]}),
        (
            _("Course"),
            {
                "fields": [
                    "language_taught",
                    "level_from",
                    "level_to",
                    "start_date",
                    "end_date",
                    "registration_deadline",
                ]
            },
        ),
        (
            _("Access"),
            {
                "fields": [
                    "cost",
                    "cost_note",
                    "registration_required",
                    "referral_required",
                    "how_to_access",
                    "eligibility",
                    "mode",
                    "childcare",
                    "step_free",
                    "accessibility_note",
                ]
            },
        ),
        (_("Area served"), {"fields": ["serves_whole_district", "municipalities_served"]}),
        (_("Contact"), {"fields": ["contact_name", "phone", "email", "website"]}),
        (
            _("Suggestion from the website"),
            {
                "fields": ["suggested_at", "suggested_by", "suggester_email", "suggestion_note"],
                "classes": ["collapse"],
            },
        ),
        (
            _("Changes"),
            {"fields": ["changed_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in ("categories", "target_groups"):  # short lists: tick boxes
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("translated into"))
    def translated_into(self, obj):
        return " ".join(
            code for code, _name in settings.LANGUAGES if getattr(obj, f"title_{code}", None)
        )
