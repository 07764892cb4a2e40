from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from integration_portal.models import Category, Language, Location, Municipality, SiteSettings

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
class LocationAdmin(TabbedTranslationAdmin):
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
