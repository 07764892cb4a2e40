"""Admin behaviour shared by every publishable content type: who may publish, bulk actions,
a status badge, "last changed by", a preview on the public page, and the stale and
missing-translation filters."""

import datetime

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import ActionLocation
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from integration_portal import roles
from integration_portal.history import PartsHistoryAdmin
from integration_portal.publishing import Status
from integration_portal.review import ReviewAdmin
from integration_portal.roles import publish_permission

PUBLISHER_ONLY = {Status.PUBLISHED, Status.ARCHIVED}
STALE_AFTER = datetime.timedelta(days=365)


def can_publish(request, model) -> bool:
    return request.user.has_perm(publish_permission(model))


class PublishableForm(forms.ModelForm):
    """Editors may save drafts and send them to review; only publishers publish or archive.

    Compared with the row as stored, not with the form's instance: the history page's
    "restore" builds the form on an old version, which may well have been published.
    """

    may_publish = True

    def clean(self):
        cleaned = super().clean()
        if self.may_publish:
            return cleaned
        stored = (
            type(self.instance)
            ._default_manager.filter(pk=self.instance.pk)
            .values("status", "publish_from", "publish_until")
            .first()
            if self.instance.pk
            else None
        )
        status = cleaned.get("status")
        if status in PUBLISHER_ONLY and (stored is None or stored["status"] != status):
            self.add_error(
                "status", _("Only publishers can publish or archive. Please choose “In review”.")
            )
        if stored and stored["status"] == Status.PUBLISHED and status != Status.PUBLISHED:
            # Taking a published entry off the site is a publisher's decision too.
            self.add_error("status", _("Only publishers can take a published entry off the site."))
        if stored and stored["status"] == Status.PUBLISHED:
            # Moving the publication window of a published entry publishes or hides it.
            for field in ("publish_from", "publish_until"):
                if field in cleaned and cleaned[field] != stored[field]:
                    self.add_error(
                        field, _("Only publishers can change when a published entry is shown.")
                    )
        return cleaned


class StaleFilter(admin.SimpleListFilter):
    title = _("verification")
    parameter_name = "verification"

    def lookups(self, request, model_admin):
        found = [("stale", _("not verified for 12 months")), ("never", _("never verified"))]
        if getattr(model_admin.model, "last_day_field", None):
            found.append(("ended", _("published, but past its last day")))
        return found

    def queryset(self, request, queryset):
        if self.value() == "ended":
            return queryset.ended()
        if self.value() == "stale":
            limit = timezone.localdate() - STALE_AFTER
            return queryset.filter(Q(last_verified__lt=limit) | Q(last_verified__isnull=True))
        if self.value() == "never":
            return queryset.filter(last_verified__isnull=True)
        return queryset


def from_website_filter(field: str, label):
    """A list filter: entries the public sent through the website (`field`, a moment, is
    set), e.g. an organisation's application or a suggested offer."""

    class FromWebsiteFilter(admin.SimpleListFilter):
        title = _("from the website")
        parameter_name = "website"
        contribution_field = field  # read by the review desk (desk.py)

        def lookups(self, request, model_admin):
            return [("yes", label)]

        def queryset(self, request, queryset):
            if self.value() == "yes":
                return queryset.filter(**{f"{field}__isnull": False})
            return queryset

    return FromWebsiteFilter


def missing_translation_filter(field: str):
    """A list filter: entries whose `field` has no text in the chosen language."""

    class MissingTranslationFilter(admin.SimpleListFilter):
        title = _("missing translation")
        parameter_name = "missing"
        translated_field = field  # read by the review desk (desk.py)

        def lookups(self, request, model_admin):
            return [
                (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
            ]

        def queryset(self, request, queryset):
            code = self.value()
            if code not in dict(settings.LANGUAGES):
                return queryset
            column = f"{field}_{code}"
            return queryset.filter(Q(**{f"{column}__isnull": True}) | Q(**{column: ""}))

    return MissingTranslationFilter


class PublishableAdmin(ReviewAdmin, PartsHistoryAdmin, admin.ModelAdmin):
    """Mix into the ModelAdmin of every Publishable model (before the other admin bases)."""

    form = PublishableForm
    actions = ["send_to_review", "publish", "unpublish", "archive"]
    readonly_fields = ["changed_by", "created_at", "updated_at"]
    change_form_template = "admin/publishable_change_form.html"
    # The public detail view as a function (request, entry, preview=True): given it, staff
    # see any entry, a draft too, on the real public page in every site language.
    public_view = None
    # The foreign key to the organisation that owns an entry ("organization"; "pk" for the
    # organisation itself): a partner account sees and changes only its own organisation's
    # entries. None: partner accounts see no entry of this type.
    owner_field = None

    # Partner accounts: every list, form, history and preview narrowed to their own ------

    def get_queryset(self, request):
        found = super().get_queryset(request)
        scope = roles.partner_scope(request.user)
        if scope is None:
            return found
        if self.owner_field is None:
            return found.none()
        return found.filter(**{self.owner_field: scope})

    def _in_scope(self, request, obj) -> bool:
        scope = roles.partner_scope(request.user)
        if scope is None or obj is None:
            return True
        if self.owner_field is None:
            return False
        if self.owner_field == "pk":
            return obj.pk == scope
        return getattr(obj, self.model._meta.get_field(self.owner_field).attname) == scope

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._in_scope(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        scope = roles.partner_scope(request.user)
        if scope is not None and db_field.name == self.owner_field:
            # A partner's entries belong to its organisation, and to no other.
            kwargs["queryset"] = db_field.related_model._default_manager.filter(pk=scope)
            kwargs["initial"] = scope
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_urls(self):
        urls = super().get_urls()
        if self.public_view is None:
            return urls
        name = f"{self.opts.app_label}_{self.opts.model_name}_preview"
        preview = self.admin_site.admin_view(self.preview_view)
        return [path("<int:pk>/preview/", preview, name=name), *urls]

    def preview_view(self, request, pk):
        """The entry on its public page, for staff only, in any site language."""
        manager = self.model._default_manager
        entry = get_object_or_404(getattr(manager, "for_detail", manager.all)(), pk=pk)
        if not self.has_view_or_change_permission(request, entry):
            raise PermissionDenied
        language = request.GET.get("lang", settings.LANGUAGE_CODE)
        if language not in dict(settings.LANGUAGES):
            raise Http404
        with translation.override(language):
            response = type(self).public_view(request, entry, preview=True)
        response["X-Robots-Tag"] = "noindex"
        return response

    def render_change_form(self, request, context, *args, **kwargs):
        context["has_preview"] = self.public_view is not None
        return super().render_change_form(request, context, *args, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.may_publish = can_publish(request, self.model)
        return form

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not can_publish(request, self.model):
            kwargs["help_text"] = _("Publishers publish entries that are in review.")
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        obj.changed_by = request.user
        super().save_model(request, obj, form, change)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location)
        if not can_publish(request, self.model):
            for name in ("publish", "unpublish", "archive"):
                actions.pop(name, None)
        return actions

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj):
        return format_html(
            '<span class="status status--{}">{}</span>', obj.status, obj.get_status_display()
        )

    def _set_status(self, request, queryset, status, only=None):
        if not can_publish(request, self.model):
            if status in PUBLISHER_ONLY or only:
                raise PermissionDenied
            # Sending a published entry back to review would take it off the site.
            queryset = queryset.exclude(status=Status.PUBLISHED)
        if only:
            queryset = queryset.filter(status__in=only)
        # One transaction: the entries are indexed together once it commits.
        count, refused = 0, []
        with transaction.atomic():
            for obj in queryset:  # one by one, so that history records each change
                obj.status = status
                try:
                    obj.clean()  # what the form would refuse (e.g. an offer without organisation)
                except ValidationError as error:
                    refused.append(f"{obj}: {' '.join(error.messages)}")
                    continue
                obj.changed_by = request.user
                obj.save()
                count += 1
        for reason in refused:
            self.message_user(request, reason, messages.WARNING)
        self.message_user(
            request,
            ngettext(
                "%(count)d entry is now “%(status)s”.",
                "%(count)d entries are now “%(status)s”.",
                count,
            )
            % {"count": count, "status": Status(status).label},
            messages.SUCCESS,
        )

    @admin.action(description=_("Send to review"))
    def send_to_review(self, request, queryset):
        self._set_status(request, queryset, Status.REVIEW)

    @admin.action(description=_("Publish"))
    def publish(self, request, queryset):
        self._set_status(request, queryset, Status.PUBLISHED)

    @admin.action(description=_("Take off the site (back to draft)"))
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Status.DRAFT, only=[Status.PUBLISHED])

    @admin.action(description=_("Archive"))
    def archive(self, request, queryset):
        self._set_status(request, queryset, Status.ARCHIVED)


class VerifiableAdmin(admin.ModelAdmin):
    actions = ["mark_verified"]

    @admin.action(description=_("Mark as verified today"))
    def mark_verified(self, request, queryset):
        today = timezone.localdate()
        with transaction.atomic():
            for obj in queryset:
                obj.last_verified = today
                obj.changed_by = request.user
                obj.save()
        self.message_user(
            request,
            ngettext(
                "%(count)d entry marked as verified.",
                "%(count)d entries marked as verified.",
                len(queryset),
            )
            % {"count": len(queryset)},
            messages.SUCCESS,
        )


# The fieldset that closes every content form: who changed it last, and when.
CHANGES = (
    _("Changes"),
    {"fields": ["changed_by", "created_at", "updated_at"], "classes": ["collapse"]},
)


class ContentAdmin(PublishableAdmin, SimpleHistoryAdmin, TabbedTranslationAdmin):
    """The admin of a publishable, translated content type with history."""

    actions = ["send_to_review", "publish", "unpublish", "archive"]
    save_on_top = True
