from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from integration_portal.admin_publishing import (
    CHANGES,
    ContentAdmin,
    StaleFilter,
    VerifiableAdmin,
    from_website_filter,
    missing_translation_filter,
)
from integration_portal.images import StoredImageAdminMixin
from integration_portal.spreadsheets import SpreadsheetAdmin
from network import views
from network.models import (
    ContactPerson,
    Event,
    Meeting,
    News,
    Organization,
    PartnerAccount,
    PartnerFeed,
    VerificationRequest,
    VolunteerRole,
    WorkingGroup,
)
from network.spreadsheets import EventResource, OrganizationResource


class ContactPersonInline(TranslationStackedInline):
    model = ContactPerson
    extra = 0
    fields = [("name", "role"), ("email", "phone"), ("consent_on", "consent_note"), "position"]


@admin.register(Organization)
class OrganizationAdmin(SpreadsheetAdmin, StoredImageAdminMixin, VerifiableAdmin, ContentAdmin):
    resource_classes = [OrganizationResource]
    owner_field = "pk"
    list_display = ["name", "kind", "municipality", "status_badge", "last_verified", "applied_at"]
    list_filter = [
        "status",
        from_website_filter("applied_at", _("applied through the website")),
        "kind",
        "municipality",
        StaleFilter,
        missing_translation_filter("description"),
    ]
    search_fields = ["name", "slug", "email"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["municipality", "location"]
    readonly_fields = [*ContentAdmin.readonly_fields, "applied_at"]
    inlines = [ContactPersonInline]
    actions = ["send_to_review", "publish", "unpublish", "archive", "mark_verified"]
    public_view = staticmethod(views.render_organization)
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "description", "logo"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until", "last_verified"]}),
        (_("Network"), {"fields": ["network_roles", "member_since"]}),
        (_("Contact"), {"fields": ["website", "email", "phone", "location", "municipality"]}),
        (_("Application"), {"fields": ["applied_at", "application"], "classes": ["collapse"]}),
        CHANGES,
    ]


class MeetingInline(TranslationStackedInline):
    model = Meeting
    extra = 0
    autocomplete_fields = ["location", "attending"]
    fields = [
        ("starts_at", "ends_at"),
        ("location", "online_url"),
        "agenda",
        "public_minutes",
        "minutes",
        "attending",
    ]


@admin.register(WorkingGroup)
class WorkingGroupAdmin(ContentAdmin):
    list_display = ["name", "kind", "parent", "coordinator", "status_badge"]
    list_filter = ["status", "kind", "topic", missing_translation_filter("purpose")]
    list_select_related = ["parent", "coordinator"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}
    autocomplete_fields = ["parent", "coordinator", "members"]
    inlines = [MeetingInline]
    public_view = staticmethod(views.render_working_group)
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "parent", "purpose", "topic", "started_on"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until"]}),
        (_("Members"), {"fields": ["coordinator", "members"]}),
        CHANGES,
    ]


@admin.register(Event)
class EventAdmin(SpreadsheetAdmin, ContentAdmin):
    resource_classes = [EventResource]
    owner_field = "organizer"
    list_display = ["title", "starts_at", "repeat", "organizer", "status_badge", "imported"]
    list_filter = [
        "status",
        "kind",
        "repeat",
        "topics",
        "organizer",
        "source",
        missing_translation_filter("title"),
    ]
    list_select_related = ["organizer", "source"]
    search_fields = ["title_de", "title_en", "slug", "organizer__name"]
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["organizer", "location", "languages"]
    readonly_fields = [*ContentAdmin.readonly_fields, "uid", "source"]
    actions = ["send_to_review", "publish", "unpublish", "archive", "duplicate"]
    public_view = staticmethod(views.render_event)
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "description", "organizer"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until"]}),
        (
            _("Date"),
            {"fields": ["starts_at", "ends_at", "all_day", "repeat", "repeat_until", "exceptions"]},
        ),
        (_("Place"), {"fields": ["location", "online_url"]}),
        (_("Topics and languages"), {"fields": ["topics", "languages"]}),
        (
            _("Taking part"),
            {"fields": ["cost", "cost_note", "registration_url", "registration_deadline"]},
        ),
        (_("Calendar"), {"fields": ["uid", "source"], "classes": ["collapse"]}),
        CHANGES,
    ]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "topics":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("imported"), boolean=True)
    def imported(self, obj):
        return obj.source_id is not None

    @admin.action(description=_("Duplicate (as a draft)"))
    def duplicate(self, request, queryset):
        """A draft copy of each event with a new address and calendar UID, to change the
        date of a one-off event that happens again."""
        copies = []
        with transaction.atomic():
            for event in queryset:
                copies.append(event.duplicate(changed_by=request.user))
        if len(copies) == 1:
            self.message_user(request, _("A draft copy was made: change its date and save it."))
            return redirect("admin:network_event_change", copies[0].pk)
        self.message_user(
            request,
            ngettext(
                "%(count)d draft copy was made.", "%(count)d draft copies were made.", len(copies)
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )
        return None


@admin.register(News)
class NewsAdmin(ContentAdmin):
    owner_field = "organization"
    list_display = ["title", "kind", "published_on", "organization", "status_badge"]
    list_filter = ["status", "kind", missing_translation_filter("title")]
    list_select_related = ["organization"]
    search_fields = ["title_de", "title_en", "slug"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["organization"]
    public_view = staticmethod(views.render_news)
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "published_on", "organization"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until"]}),
        (_("Text"), {"fields": ["summary", "body"]}),
        CHANGES,
    ]


@admin.register(VolunteerRole)
class VolunteerRoleAdmin(VerifiableAdmin, ContentAdmin):
    owner_field = "organization"
    list_display = ["title", "organization", "commitment", "status_badge", "last_verified"]
    list_filter = [
        "status",
        "commitment",
        "municipality",
        StaleFilter,
        missing_translation_filter("title"),
    ]
    list_select_related = ["organization"]
    search_fields = ["title_de", "title_en", "slug", "organization__name"]
    prepopulated_fields = {"slug": ["title_de"]}
    autocomplete_fields = ["organization", "languages", "location", "municipality"]
    actions = ["send_to_review", "publish", "unpublish", "archive", "mark_verified"]
    public_view = staticmethod(views.render_volunteer_role)
    fieldsets = [
        (None, {"fields": ["title", "slug", "organization", "tasks", "skills", "languages"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until", "last_verified"]}),
        (
            _("Time and place"),
            {"fields": ["commitment", "commitment_note", "location", "municipality"]},
        ),
        (_("Contact"), {"fields": ["how_to_apply", "contact_email", "contact_phone"]}),
        CHANGES,
    ]


@admin.register(PartnerAccount)
class PartnerAccountAdmin(SimpleHistoryAdmin):
    """Which login belongs to which partner organisation (kept by Administration)."""

    list_display = ["user", "organization", "created_at"]
    search_fields = ["user__username", "user__email", "organization__name"]
    autocomplete_fields = ["user"]
    fields = ["user", "organization"]


@admin.register(VerificationRequest)
class VerificationRequestAdmin(admin.ModelAdmin):
    """Who was asked to check their entries (manage.py send_verification_requests), and
    what they answered. Written by the command and the answer page only."""

    list_display = ["organization", "sent_to", "sent_at", "answer", "answered_at"]
    list_filter = ["answer"]
    search_fields = ["organization__name", "sent_to"]
    date_hierarchy = "sent_at"
    fields = list_display
    readonly_fields = list_display

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(PartnerFeed)
class PartnerFeedAdmin(admin.ModelAdmin):
    list_display = ["organization", "url", "active", "last_run"]
    list_filter = ["active"]
    search_fields = ["organization__name", "url"]
    autocomplete_fields = ["organization"]
    readonly_fields = ["last_run", "last_result"]
    fields = ["organization", "url", "active", "last_run", "last_result"]
