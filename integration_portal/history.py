"""History of an entry together with the rows edited inside its form.

django-simple-history records every save of an entry, but not its inline rows (an offer's
places, opening hours and closures; a project's measures) nor its many-to-many choices
(topics, languages). After every save through the admin, the admin's inlines and the form's
many-to-many fields are kept as a snapshot next to the history record that save wrote
(`models.PartsSnapshot`), and the record's change reason names what changed among them
("Öffnungszeiten"). Restoring a version in the admin then restores the entry as it was:
its own fields (simple-history), and its rows and choices from the snapshot.

An admin declares nothing: its inlines are its parts. Saves outside the admin (imports,
demo data) leave no snapshot; restoring such a version leaves the rows as they are.
"""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from integration_portal.models import PartsSnapshot


def to_json(part, fk_name) -> dict:
    """A row's own values (not its id, not the link to its entry), as JSON can keep them."""
    return {
        field.attname: DjangoJSONEncoder().default(value)
        if value is not None and not isinstance(value, str | int | float | bool | list | dict)
        else value
        for field in part._meta.concrete_fields
        if not field.primary_key and field.name != fk_name
        for value in [getattr(part, field.attname)]
    }


def fill(instance, values: dict):
    """Set the values `to_json` kept on an instance, each read back by its field."""
    fields = {f.attname: f for f in instance._meta.concrete_fields}
    for name, value in values.items():
        if name in fields:
            setattr(instance, name, fields[name].to_python(value))
    return instance


def snapshot(entry, relations, m2m_names) -> dict:
    """{"parts": {relation: [rows in order]}, "m2m": {field: [ids]}} of an entry now."""
    parts = {}
    for accessor, model, fk_name in relations:
        rows = model._default_manager.filter(**{fk_name: entry}).order_by("pk")
        parts[accessor] = [to_json(row, fk_name) for row in rows]
    m2m = {name: sorted(getattr(entry, name).values_list("pk", flat=True)) for name in m2m_names}
    return {"parts": parts, "m2m": m2m}


def restore(entry, data, relations) -> None:
    """Make the entry's rows and choices what `data` (a snapshot) says, row by row, so that
    each change is recorded and indexed like one made in the form."""
    with transaction.atomic():
        for accessor, model, fk_name in relations:
            if accessor not in data.get("parts", {}):
                continue
            for row in model._default_manager.filter(**{fk_name: entry}):
                row.delete()
            for values in data["parts"][accessor]:
                fill(model(**{fk_name: entry}), values).save()
        for name, ids in data.get("m2m", {}).items():
            related = entry._meta.get_field(name).related_model
            getattr(entry, name).set(related._default_manager.filter(pk__in=ids))


def changed_names(before: dict | None, after: dict, labels: dict) -> list[str]:
    """The names (as staff read them) of the parts and choices that differ."""
    if before is None:
        return []
    names = []
    for kind in ("parts", "m2m"):
        for key, value in after.get(kind, {}).items():
            if before.get(kind, {}).get(key) != value:
                names.append(labels[key])
    return names


class PartsHistoryAdmin:
    """Mix into a ModelAdmin whose model has a history: snapshots after each admin save, and
    restoring a version restores its rows and choices too."""

    def _relations(self, request, entry):
        found = []
        for inline in self.get_inline_instances(request, entry):
            if any(isinstance(f, models.BinaryField) for f in inline.model._meta.concrete_fields):
                continue  # files (a project's documents) are not copied into every version
            fk = inline.get_formset(request, entry).fk
            found.append((fk.remote_field.get_accessor_name(), inline.model, fk.name))
        return found

    def _m2m_names(self):
        # Choices kept in a table of their own; one with rows of its own (an offer's places)
        # is an inline and kept as rows.
        return [
            field.name
            for field in self.model._meta.many_to_many
            if field.remote_field.through._meta.auto_created
        ]

    def _labels(self, relations):
        labels = {
            accessor: capfirst(model._meta.verbose_name_plural) for accessor, model, _ in relations
        }
        for name in self._m2m_names():
            labels[name] = capfirst(self.model._meta.get_field(name).verbose_name)
        return labels

    def remember_parts(self, request, entry) -> None:
        record = entry.history.order_by("-history_date", "-history_id").first()
        if record is None:
            return
        relations = self._relations(request, entry)
        data = snapshot(entry, relations, self._m2m_names())
        previous = (
            PartsSnapshot.objects.filter(label=entry._meta.label_lower, entry_id=entry.pk)
            .exclude(history_id=record.history_id)
            .order_by("-history_id")
            .first()
        )
        PartsSnapshot.objects.update_or_create(
            label=entry._meta.label_lower,
            history_id=record.history_id,
            defaults={"entry_id": entry.pk, "data": data},
        )
        names = changed_names(previous.data if previous else None, data, self._labels(relations))
        if names and not record.history_change_reason:
            reason = _("Changed: %(parts)s") % {"parts": ", ".join(str(n) for n in names)}
            type(record).objects.filter(pk=record.pk).update(history_change_reason=reason[:100])

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if hasattr(form.instance, "history"):
            self.remember_parts(request, form.instance)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request._kompass_restoring = version_id
        return super().history_form_view(request, object_id, version_id, extra_context)

    def log_change(self, request, obj, message):
        # Restoring a version: simple-history saved the entry's own fields and its form's
        # choices; now its rows and choices as they were, then a snapshot of the result.
        version = getattr(request, "_kompass_restoring", None)
        if version is not None and request.method == "POST":
            kept = PartsSnapshot.objects.filter(
                label=obj._meta.label_lower, history_id=version
            ).first()
            if kept is not None:
                restore(obj, kept.data, self._relations(request, obj))
            self.remember_parts(request, obj)
        return super().log_change(request, obj, message)
