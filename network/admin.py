from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from integration_portal.admin_publishing import (
    PublishableAdmin,
    StaleFilter,
    VerifiableAdmin,
    missing_translation_filter,
)
from network.models import Organization


@admin.register(Organization)
class OrganizationAdmin(
    PublishableAdmin, VerifiableAdmin, SimpleHistoryAdmin, TabbedTranslationAdmin
):
    list_display = ["name", "kind", "municipality", "status_badge", "last_verified"]
    list_filter = [
        "status",
        "kind",
        "municipality",
        StaleFilter,
        missing_translation_filter("description"),
    ]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["municipality", "location"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "description"]}),
        (_("Publishing"), {"fields": ["status", "publish_from", "publish_until", "last_verified"]}),
        (_("Contact"), {"fields": ["website", "email", "phone", "location", "municipality"]}),
    ]
    actions = ["send_to_review", "publish", "archive", "mark_verified"]

    class Media:
        css = {"all": ["css/admin.css"]}
