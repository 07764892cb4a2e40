"""Changes to published entries wait for review.

When someone who may not publish an entry's type (Redaktion, a partner organisation) saves
a change to a published entry in the admin, the change is not written to the entry: the save
runs inside a savepoint, the entry as it would be (its fields, the rows edited inside its
form, its choices) is kept as a pending `Revision`, and the savepoint is rolled back. The
public keeps seeing the published version. A publisher of that type compares both side by
side and approves (only the values the author changed are written, so a later approval
does not undo an earlier one) or rejects with a note.
"""

from django.apps import apps
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from integration_portal.history import fill, restore, snapshot, to_json
from integration_portal.indexing import translated_fields
from integration_portal.models import Revision
from integration_portal.publishing import Status
from integration_portal.roles import publish_permission

# Columns that are not the author's to change: derived, bookkeeping, or publishing itself.
NOT_PROPOSED = {
    "facet_values", "search_words", "created_at", "updated_at", "changed_by_id", "status",
    "publish_from", "publish_until",
}  # fmt: skip


def own_values(entry) -> dict:
    """The entry's own columns as JSON keeps them: not derived ones, not its publishing, and
    a translated text once per language (title_de, title_en, …, not title itself)."""
    values = to_json(entry, None)
    translated = translated_fields(type(entry))
    return {
        name: value
        for name, value in values.items()
        if name not in NOT_PROPOSED and not name.startswith("search_") and name not in translated
    }


def state_of(entry, relations, m2m_names) -> dict:
    return {"fields": own_values(entry), **snapshot(entry, relations, m2m_names)}


def changes(base: dict, proposed: dict) -> dict:
    """What the author changed: {"fields": {…}, "parts": {…}, "m2m": {…}} with only the
    keys that differ from what the entry was when they began."""
    found = {}
    for kind in ("fields", "parts", "m2m"):
        found[kind] = {
            key: value
            for key, value in proposed.get(kind, {}).items()
            if not _same(base.get(kind, {}).get(key), value)
        }
    return found


def _same(before, after) -> bool:
    """Equal, counting an empty text and no text as the same (a form sends "" for None)."""
    return before == after or (before in (None, "") and after in (None, ""))


class ReviewAdmin:
    """Mix into a PublishableAdmin: changes to published entries by someone who may not
    publish the type become pending revisions instead of being written."""

    def _reviewing(self, request, obj) -> bool:
        return (
            obj is not None
            and obj.pk is not None
            and not request.user.has_perm(publish_permission(self.model))
            and type(obj)._default_manager.filter(pk=obj.pk, status=Status.PUBLISHED).exists()
        )

    def save_model(self, request, obj, form, change):
        if change and self._reviewing(request, obj):
            stored = type(obj)._default_manager.get(pk=obj.pk)
            relations = self._relations(request, stored)
            request._kompass_review = {
                "savepoint": transaction.savepoint_create(),
                "base": state_of(stored, relations, self._m2m_names()),
                "title": str(stored)[:200],
                "relations": relations,
            }
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        review = getattr(request, "_kompass_review", None)
        if review is None:
            return super().save_related(request, form, formsets, change)
        # The rows and choices as the form would leave them, then nothing of it written.
        admin.ModelAdmin.save_related(self, request, form, formsets, change)
        entry = form.instance
        proposed = state_of(entry, review["relations"], self._m2m_names())
        transaction.savepoint_rollback(review["savepoint"])
        wanted = changes(review["base"], proposed)
        # A row the save created for a link (an uploaded picture) is gone with the rollback.
        for name, value in list(wanted["fields"].items()):
            field = next((f for f in type(entry)._meta.concrete_fields if f.attname == name), None)
            linked = field is not None and field.is_relation and value is not None
            if linked and not field.related_model._default_manager.filter(pk=value).exists():
                del wanted["fields"][name]
                review["dropped"] = True
        relations = [
            [accessor, model._meta.label_lower, fk_name]
            for accessor, model, fk_name in review["relations"]
        ]
        review["revision"] = Revision.objects.create(
            label=entry._meta.label_lower,
            entry_id=entry.pk,
            title=review["title"],
            base=review["base"],
            proposed=wanted,
            relations=relations,
            author=request.user,
        )
        return None

    def log_change(self, request, obj, message):
        review = getattr(request, "_kompass_review", None)
        if review is not None:
            return None  # nothing changed yet; the revision records who proposed what
        return super().log_change(request, obj, message)

    def response_change(self, request, obj):
        review = getattr(request, "_kompass_review", None)
        if review is None:
            return super().response_change(request, obj)
        revision = review["revision"]
        if revision.is_empty():
            revision.delete()
            self.message_user(request, _("Nothing was changed."), messages.INFO)
        else:
            self.message_user(
                request,
                _(
                    "Your change waits for review: the website shows the published version "
                    "until it is approved."
                ),
                messages.SUCCESS,
            )
        if review.get("dropped"):
            self.message_user(
                request,
                _("A new picture of a published entry can only be uploaded by publishers."),
                messages.WARNING,
            )
        opts = self.model._meta
        return redirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))

    def render_change_form(self, request, context, *args, obj=None, **kwargs):
        if obj is not None and obj.pk:
            context["pending_revisions"] = Revision.objects.filter(
                label=obj._meta.label_lower, entry_id=obj.pk, state=Revision.State.PENDING
            ).select_related("author")
            context["reviewing"] = self._reviewing(request, obj)
        return super().render_change_form(request, context, *args, obj=obj, **kwargs)


def apply(revision, request) -> None:
    """Write what the revision changed into its entry, as its reviewer."""
    model = revision.model()
    entry = model._default_manager.get(pk=revision.entry_id)
    fill(entry, revision.proposed.get("fields", {}))
    entry.changed_by = request.user
    entry._history_user = request.user
    entry._change_reason = _("Approved change by %(author)s") % {"author": revision.author}
    relations = [
        (accessor, apps.get_model(label), fk_name)
        for accessor, label, fk_name in revision.relations
    ]
    with transaction.atomic():
        entry.save()
        restore(
            entry,
            {"parts": revision.proposed.get("parts", {}), "m2m": revision.proposed.get("m2m", {})},
            relations,
        )
        model_admin = admin.site._registry.get(model)
        if model_admin is not None and hasattr(model_admin, "remember_parts"):
            model_admin.remember_parts(request, entry)


def decide(request, pk, approve: bool):
    revision = get_object_or_404(Revision, pk=pk, state=Revision.State.PENDING)
    model = revision.model()
    if not request.user.has_perm(publish_permission(model)):
        raise PermissionDenied
    if approve:
        apply(revision, request)
        revision.state = Revision.State.APPROVED
    else:
        revision.state = Revision.State.REJECTED
        revision.note = request.POST.get("note", "")[:1000]
    revision.decided_by = request.user
    revision.decided_at = timezone.now()
    revision.save()
    return revision
