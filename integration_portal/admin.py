from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from modeltranslation.admin import TabbedTranslationAdmin

from integration_portal import review
from integration_portal.models import (
    Category,
    Language,
    Location,
    Municipality,
    Report,
    Revision,
    SiteSettings,
)
from integration_portal.roles import publish_permission
from integration_portal.spreadsheets import LocationResource, SpreadsheetAdmin

admin.site.site_header = _("Kompass Integration & Gemeinwohl – administration")
admin.site.site_title = _("Kompass administration")
admin.site.index_title = _("Overview")


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "postcode_list", "district"]
    list_filter = ["district"]
    search_fields = ["name", "postcodes"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description=_("postcodes"))
    def postcode_list(self, obj):
        return ", ".join(obj.postcodes)


@admin.register(Language)
class LanguageAdmin(TabbedTranslationAdmin):
    list_display = ["name", "native_name", "code", "direction", "position"]
    list_editable = ["position"]
    list_filter = ["direction"]
    search_fields = ["code", "name", "native_name"]


@admin.register(SiteSettings)
class SiteSettingsAdmin(TabbedTranslationAdmin):
    """One row of settings: the list goes straight to its form."""

    fieldsets = [
        (_("Name"), {"fields": ["site_name", "region_name", "tagline"]}),
        (_("Contact"), {"fields": ["operator", "contact_email", "contact_phone", "address"]}),
        (_("Legal texts"), {"fields": ["imprint", "privacy", "accessibility"]}),
    ]

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        if SiteSettings.objects.filter(pk=1).exists():
            return redirect(reverse("admin:integration_portal_sitesettings_change", args=[1]))
        return redirect(reverse("admin:integration_portal_sitesettings_add"))


@admin.register(Location)
class LocationAdmin(SpreadsheetAdmin, TabbedTranslationAdmin):
    resource_classes = [LocationResource]
    list_display = ["name", "street_address", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "street_address", "municipality__name"]
    autocomplete_fields = ["municipality"]


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "icon", "position"]
    list_editable = ["position"]
    search_fields = ["name_de", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_de"]}


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """Staff accounts, kept by the role Administration. Only a superuser sees superusers or
    hands out single permissions and superuser rights: the roles are the groups."""

    def get_queryset(self, request):
        found = super().get_queryset(request)
        return found if request.user.is_superuser else found.filter(is_superuser=False)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.is_superuser:
            return fieldsets
        hidden = {"is_superuser", "user_permissions"}
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f not in hidden]})
            for name, options in fieldsets
        ]

    def get_form(self, request, obj=None, **kwargs):
        if not request.user.is_superuser:
            # What the fieldsets do not show cannot be posted either.
            kwargs["exclude"] = [*(kwargs.get("exclude") or ()), "is_superuser", "user_permissions"]
        return super().get_form(request, obj, **kwargs)


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    """Changes waiting for review: authors see their own, publishers decide."""

    list_display = ["title", "type_name", "author", "created_at", "state"]
    list_filter = ["state"]
    search_fields = ["title"]

    def get_queryset(self, request):
        found = super().get_queryset(request).select_related("author", "decided_by")
        if request.user.is_superuser or request.user.has_perm("integration_portal.decide_revision"):
            return found
        return found.filter(author=request.user)

    @admin.display(description=_("type"))
    def type_name(self, revision):
        return capfirst(revision.model()._meta.verbose_name)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def may_decide(self, request, revision) -> bool:
        return revision.state == Revision.State.PENDING and request.user.has_perm(
            publish_permission(revision.model())
        )

    def get_urls(self):
        decide = self.admin_site.admin_view(self.decide_view)
        return [
            path("<int:pk>/entscheiden/", decide, name="integration_portal_revision_decide"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        revision = get_object_or_404(self.get_queryset(request), pk=object_id)
        model = revision.model()
        opts = model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": _("Change for review: %(entry)s") % {"entry": revision.title},
            "revision": revision,
            "rows": revision.rows(),
            "opts": self.opts,
            "entry_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[revision.entry_id]
            ),
            "may_decide": self.may_decide(request, revision),
        }
        return TemplateResponse(request, "admin/revision_review.html", context)

    @method_decorator(require_POST)
    def decide_view(self, request, pk):
        revision = get_object_or_404(self.get_queryset(request), pk=pk)
        if not self.may_decide(request, revision):
            raise PermissionDenied
        approve = "_approve" in request.POST
        review.decide(request, pk, approve=approve)
        self.message_user(
            request,
            _("The change is published.") if approve else _("The change was rejected."),
            messages.SUCCESS,
        )
        return redirect(
            reverse("admin:integration_portal_revision_changelist") + "?state__exact=pending"
        )


class ReportStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("unread", _("unread")), ("open", _("not done")), ("done", _("done"))]

    def queryset(self, request, queryset):
        match self.value():
            case "unread":
                return queryset.filter(read_at__isnull=True)
            case "open":
                return queryset.filter(done_at__isnull=True)
            case "done":
                return queryset.filter(done_at__isnull=False)
        return queryset


class ReportForm(forms.ModelForm):
    done = forms.BooleanField(label=_("done"), required=False)

    class Meta:
        model = Report
        fields = ["staff_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["done"].initial = bool(self.instance.done_at)


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    """Reports from the public and from partner organisations: read, correct the entry
    (the link leads to it), note what was done, mark as done."""

    list_display = ["created_at", "kind", "entry_link", "problem", "short_message", "state"]
    list_filter = [ReportStateFilter, "kind", "problem"]
    search_fields = ["title", "message", "email"]
    date_hierarchy = "created_at"
    actions = ["mark_done"]
    fields = [
        "kind",
        "entry_link",
        "problem",
        "message",
        "name",
        "email",
        "created_at",
        "read_at",
        "done_at",
        "done_by",
        "staff_note",
        "done",
    ]
    readonly_fields = [f for f in fields if f not in ("staff_note", "done")]
    form = ReportForm

    def has_add_permission(self, request):
        return False  # reports come from the public and from partners

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Opening a report counts as reading it.
        Report.objects.filter(pk=object_id, read_at__isnull=True).update(read_at=timezone.now())
        return super().change_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if form.cleaned_data["done"] and not obj.done_at:
            obj.done_at, obj.done_by = timezone.now(), request.user
        elif not form.cleaned_data["done"]:
            obj.done_at = obj.done_by = None
        super().save_model(request, obj, form, change)

    @admin.display(description=_("entry"))
    def entry_link(self, obj):
        return format_html('<a href="{}">{}</a>', obj.entry_admin_url(), obj.title)

    @admin.display(description=_("message"))
    def short_message(self, obj):
        return Truncator(obj.message).chars(80)

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.done_at:
            return _("done")
        return _("read") if obj.read_at else _("unread")

    @admin.action(description=_("Mark as done"))
    def mark_done(self, request, queryset):
        count = queryset.filter(done_at__isnull=True).update(
            done_at=timezone.now(), done_by=request.user
        )
        queryset.filter(read_at__isnull=True).update(read_at=timezone.now())
        self.message_user(
            request,
            ngettext("%(count)d report marked as done.", "%(count)d reports marked as done.", count)
            % {"count": count},
            messages.SUCCESS,
        )
