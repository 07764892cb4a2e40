"""Spreadsheets in and out (django-import-export): CSV and XLSX with German column headers,
a dry run that shows every row's errors before anything is written, new entries as drafts,
a re-import that updates by the entry's address (`Kürzel`) instead of duplicating.

A content type declares its columns once (`columns()`), in the order staff read them; the
same resource writes the admin's imports and the demo data (`load_file()`), so the demo is
checked by the models' `clean()` like every import.

Who may do what: importing needs the right to add entries of the type; a row that would
change a published entry is refused for anyone who may not publish the type (such changes
go through review in the form); partner accounts neither import nor export.
"""

import datetime
from pathlib import Path

import tablib
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.html import format_html
from import_export import fields, resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX

from integration_portal import roles
from integration_portal.fields import free_slug
from integration_portal.models import Location, Municipality
from integration_portal.publishing import Status

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _text(value) -> str:
    return "" if value is None else str(value).strip()


class YesNo(widgets.Widget):
    """ja / nein (also x, 1, true); empty is no."""

    YES = {"ja", "j", "x", "1", "true", "wahr", "yes"}
    NO = {"nein", "n", "0", "false", "falsch", "no", ""}

    def clean(self, value, row=None, **kwargs):
        text = _text(value).lower()
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise ValueError(f"„{value}“: bitte „ja“ oder „nein“.")

    def render(self, value, obj=None, **kwargs):
        return "ja" if value else "nein"


class Day(widgets.Widget):
    """A date as 31.12.2026 (or 2026-12-31, or a spreadsheet's own date cell)."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        text = _text(value)
        if not text:
            return None
        for form in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
            try:
                return datetime.datetime.strptime(text, form).date()
            except ValueError:
                continue
        raise ValueError(f"„{text}“ ist kein Datum; bitte TT.MM.JJJJ, z. B. 31.12.2026.")

    def render(self, value, obj=None, **kwargs):
        return value.strftime("%d.%m.%Y") if value else ""


class Choice(widgets.Widget):
    """One of a field's choices, by its German label or its code."""

    def __init__(self, choices, default=""):
        self.choices, self.default = choices, default
        super().__init__()

    def _labels(self):
        with translation.override(settings.LANGUAGE_CODE):
            return [(code, str(label)) for code, label in self.choices]

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            return self.default
        for code, label in self._labels():
            if text.casefold() in (str(code).casefold(), label.casefold()):
                return code
        allowed = ", ".join(f"„{label}“" for _code, label in self._labels())
        raise ValueError(f"„{text}“ ist nicht vorgesehen; möglich: {allowed}.")

    def render(self, value, obj=None, **kwargs):
        return dict(self._labels()).get(value, value or "")


class Moment(widgets.Widget):
    """A date and time in local time: 31.12.2026 18:30."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            moment = value
        else:
            text = _text(value)
            if not text:
                return None
            for form in ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y"):
                try:
                    moment = datetime.datetime.strptime(text, form)
                    break
                except ValueError:
                    continue
            else:
                raise ValueError(f"„{text}“: bitte Datum und Uhrzeit wie 31.12.2026 18:30.")
        return timezone.make_aware(moment) if timezone.is_naive(moment) else moment

    def render(self, value, obj=None, **kwargs):
        return timezone.localtime(value).strftime("%d.%m.%Y %H:%M") if value else ""


class Choices(Choice):
    """Several choices of a list field, separated by commas."""

    def clean(self, value, row=None, **kwargs):
        return [
            super(Choices, self).clean(item) for item in _text(value).split(",") if item.strip()
        ]

    def render(self, value, obj=None, **kwargs):
        return ", ".join(super(Choices, self).render(item) for item in value or [])


def find_place(text: str, create: bool = True) -> Location:
    """A place by "Name, Gemeinde" (the name may contain commas); one not known yet is
    created with this name, for staff to complete under Orte."""
    *name, municipality = [part.strip() for part in text.split(",")]
    name = ", ".join(name)
    if not name:
        raise ValueError(f"„{text.strip()}“: bitte „Name des Orts, Gemeinde“.")
    place = Municipality.objects.filter(name__iexact=municipality).first() or (
        Municipality.objects.filter(slug=municipality).first()
    )
    if place is None:
        raise ValueError(f"„{municipality}“ ist keine Gemeinde des Bezirks.")
    found = Location.objects.filter(name__iexact=name, municipality=place).first()
    if found is None and create:
        found = Location.objects.create(
            name=name, municipality=place, postcode=(place.postcodes or [""])[0]
        )
    return found


class Place(widgets.Widget):
    """One place: "Name des Orts, Gemeinde"."""

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        return find_place(text) if text else None

    def render(self, value, obj=None, **kwargs):
        return f"{value.name}, {value.municipality.name}" if value else ""


class Named(widgets.ForeignKeyWidget):
    """A related row by its address, code or German name (e.g. an organisation); written
    as the last of `keys`, the name people read."""

    def __init__(self, model, keys=("slug", "name_de"), required=False):
        self.keys, self.required = keys, required
        super().__init__(model, field=keys[0])

    def find(self, text: str):
        for key in self.keys:
            found = self.model._default_manager.filter(**{f"{key}__iexact": text}).first()
            if found is not None:
                return found
        raise ValueError(f"„{text}“ nicht gefunden ({self.model._meta.verbose_name}).")

    def clean(self, value, row=None, **kwargs):
        text = _text(value)
        if not text:
            if self.required:
                raise ValueError("Bitte ausfüllen.")
            return None
        return self.find(text)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(getattr(value, self.keys[-1]))


class NamedList(widgets.ManyToManyWidget):
    """Several related rows, separated by commas, each by address, code or German name."""

    def __init__(self, model, keys=("slug", "name_de")):
        self.one = Named(model, keys)
        super().__init__(model, separator=",", field=keys[0])

    def clean(self, value, row=None, **kwargs):
        names = [name.strip() for name in _text(value).split(",") if name.strip()]
        found, missing = [], []
        for name in names:
            try:
                found.append(self.one.find(name))
            except ValueError:
                missing.append(f"„{name}“")
        if missing:
            kind = self.model._meta.verbose_name_plural
            raise ValueError(f"Nicht gefunden ({kind}): {', '.join(missing)}.")
        return found

    def render(self, value, obj=None, **kwargs):
        rows = value.all() if value is not None else []
        return ", ".join(self.one.render(row) for row in rows)


class Column:
    """One column: the model field (or a name the resource writes itself), its German
    header, and how its cells read ("translated": one column per site language)."""

    def __init__(self, attribute, header, widget=None, translated=False):
        # Text by default: an empty cell is "", a number in a spreadsheet cell its digits.
        self.attribute, self.header = attribute, header
        self.widget = widget or widgets.CharWidget(allow_blank=True)
        self.translated = translated


def columns(*declared: Column) -> dict[str, fields.Field]:
    """The resource fields of the columns, in order; translated ones once per language."""
    found = {}
    for column in declared:
        if column.translated:
            for code in LANGUAGE_CODES:
                name = f"{column.attribute}_{code}"
                found[name] = fields.Field(
                    attribute=name, column_name=f"{column.header} ({code})", widget=column.widget
                )
        else:
            found[column.attribute] = fields.Field(
                attribute=column.attribute,
                column_name=column.header,
                widget=column.widget,
                m2m_add=False,
            )
    return found


class Changes(resources.Diff):
    """The preview's old and new values, marked with <del> and <ins> only: the library's
    colours are inline styles, which the site's Content Security Policy refuses; admin.css
    colours them instead."""

    def as_html(self):
        found = []
        for old, new in zip(self.left, self.right, strict=False):
            old, new = ("" if self.new else force_str(old)), force_str(new)
            if old == new:
                found.append(format_html("<span>{}</span>", new))
            else:
                found.append(
                    format_html("<del>{}</del> <ins>{}</ins>", old, new)
                    if old
                    else format_html("<ins>{}</ins>", new)
                )
        return found


class SheetResource(resources.ModelResource):
    """Base of every resource: rows are found again by `keys` (field names); only the
    file's columns are read and shown in the preview; every cell's error, many-to-many
    ones too, is named with its row; exports fetch the related rows their columns name in
    a few queries, whatever the number of rows (plus `prefetch`)."""

    keys: tuple[str, ...] = ()
    prefetch: tuple[str, ...] = ()

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user

    def get_import_id_fields(self):
        return list(self.keys)

    def get_diff_class(self):
        return Changes

    def import_data(self, dataset, *args, **kwargs):
        self.file_columns = set(dataset.headers or ())
        return super().import_data(dataset, *args, **kwargs)

    def get_import_fields(self):
        found = super().get_import_fields()
        columns = getattr(self, "file_columns", None)
        if not columns:
            return found
        keys = {self.fields[name].column_name for name in self.keys}
        return [f for f in found if f.column_name in columns | keys]

    def import_instance(self, instance, row, **kwargs):
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as e:
            errors = e.update_error_dict(errors)
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as e:
                    errors[field.attribute] = ValidationError(str(e))
        if errors:
            raise ValidationError(errors)

    def export(self, queryset=None, **kwargs):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        if isinstance(queryset, QuerySet):
            joined, fetched = [], list(self.prefetch)
            for field in self.get_export_fields():
                if isinstance(field.widget, NamedList):
                    fetched.append(field.attribute)
                elif isinstance(field.widget, Place):
                    joined.append(f"{field.attribute}__municipality")
                elif isinstance(field.widget, Named):
                    joined.append(field.attribute)
            queryset = queryset.select_related(*joined).prefetch_related(*fetched)
        return super().export(queryset, **kwargs)


class ContentResource(SheetResource):
    """Base of the resources of publishable content types: `Kürzel` (the slug) is the stable
    key; new rows become drafts (or `new_status`, for the demo loader); status is never read
    from a file."""

    keys = ("slug",)
    # A new row may come without a Kürzel: it gets one from this column, avoiding these.
    title_column = "Titel (de)"
    reserved: frozenset | set = frozenset()

    def __init__(self, user=None, new_status=Status.DRAFT, **kwargs):
        super().__init__(user=user, **kwargs)
        self.new_status = new_status

    @property
    def key_column(self) -> str:
        return self.fields["slug"].column_name

    def import_data(self, dataset, *args, **kwargs):
        # A sheet of new entries may leave out the Kürzel column: it is filled in from titles.
        if dataset.headers and self.key_column not in dataset.headers:
            dataset.append_col([""] * len(dataset), header=self.key_column)
        return super().import_data(dataset, *args, **kwargs)

    def before_import_row(self, row, **kwargs):
        """A row without Kürzel is the entry of the same title if there is exactly one (the
        same sheet imported twice), else a new one with a Kürzel made from the title."""
        title = str(row.get(self.title_column) or "").strip()
        if str(row.get(self.key_column) or "").strip() or not title:
            return
        model = self._meta.model
        field = next(f for f in self.fields.values() if f.column_name == self.title_column)
        same = list(
            model._default_manager.filter(**{f"{field.attribute}__iexact": title}).values_list(
                "slug", flat=True
            )[:2]
        )
        if len(same) == 1:
            row[self.key_column] = same[0]
        else:
            row[self.key_column] = free_slug(model, title, model._meta.model_name, self.reserved)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        errors = dict(import_validation_errors or {})
        if not instance.slug:
            errors["slug"] = [ValidationError("Bitte ein Kürzel oder einen Titel angeben.")]
        stored = (
            type(instance)._default_manager.filter(pk=instance.pk).values("status").first()
            if instance.pk
            else None
        )
        if stored is None:
            instance.status = self.new_status  # whatever the file says: staff review it first
        elif stored["status"] == Status.PUBLISHED and not self.may_publish(type(instance)):
            errors.setdefault("status", []).append(
                ValidationError(
                    "Dieser Eintrag ist veröffentlicht: Änderungen bitte im Formular "
                    "(sie gehen dort zur Prüfung) oder durch die Freigabe importieren."
                )
            )
        super().validate_instance(instance, errors or None, validate_unique)

    def may_publish(self, model) -> bool:
        if self.user is None:  # the demo loader and other commands
            return True
        return self.user.has_perm(roles.publish_permission(model))

    def before_save_instance(self, instance, row, **kwargs):
        if self.user is not None and getattr(self.user, "is_authenticated", False):
            instance.changed_by = self.user
        instance._change_reason = "Import aus Tabelle"


class SpreadsheetAdmin(ImportExportMixin):
    """Mix into a content type's admin (before its other bases): CSV and XLSX import and
    export, with the import's dry run showing the rows that would be written."""

    formats = [XLSX, CSV]
    import_template_name = "admin/import_export/import.html"

    def get_import_resource_kwargs(self, request, **kwargs):
        return {**super().get_import_resource_kwargs(request, **kwargs), "user": request.user}

    def get_export_resource_kwargs(self, request, **kwargs):
        return {**super().get_export_resource_kwargs(request, **kwargs), "user": request.user}

    def has_import_permission(self, request):
        return roles.partner_scope(request.user) is None and super().has_import_permission(request)

    def has_export_permission(self, request):
        return roles.partner_scope(request.user) is None and super().has_export_permission(request)

    def export_action(self, request):
        """The list as it is filtered, straight to a file: Excel, or CSV with ?als=csv."""
        if not self.has_export_permission(request):
            raise PermissionDenied
        request.GET = request.GET.copy()
        chosen = CSV if request.GET.pop("als", ["xlsx"])[0] == "csv" else XLSX
        return self._do_file_export(chosen(), request, self.get_export_queryset(request))

    def import_action(self, request, **kwargs):
        """The dry run; where only some rows are wrong, the right ones may be imported."""
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        result = context.get("result")
        if (
            result is not None
            and "confirm_form" not in context
            and not result.has_errors()
            and result.has_validation_errors()
            and any(True for _row in result.valid_rows())
        ):
            context["confirm_form"] = self.create_confirm_form(request, import_form=context["form"])
            context["partial"] = True
        return response


LOCATION_COLUMNS = columns(
    Column("name", "Name"),
    Column("municipality", "Gemeinde", Named(Municipality, ("slug", "name"), required=True)),
    Column("street_address", "Straße und Hausnummer"),
    Column("postcode", "PLZ"),
    Column("latitude", "Breitengrad", widgets.DecimalWidget()),
    Column("longitude", "Längengrad", widgets.DecimalWidget()),
    Column("transit_note", "Öffentlich erreichbar", translated=True),
    Column("accessibility_note", "Barrierefreiheit", translated=True),
)


class LocationResource(SheetResource):
    """The places offers share: name and municipality identify one."""

    locals().update(LOCATION_COLUMNS)
    keys = ("name", "municipality")

    class Meta:
        model = Location
        fields = tuple(LOCATION_COLUMNS)
        clean_model_instances = True


def read(path: Path) -> tablib.Dataset:
    """A CSV (UTF-8) or XLSX file as a dataset."""
    if path.suffix == ".xlsx":
        return tablib.Dataset().load(path.read_bytes(), format="xlsx")
    return tablib.Dataset().load(path.read_text(encoding="utf-8"), format="csv")


def load_file(resource_class, path: Path, **options) -> list[str]:
    """Write a data file through the importer, every row checked by the model's clean():
    the demo data. Stops at the first bad row. `options` go to the resource (e.g. the
    demo's `new_status`). Returns the keys of the rows (for a content type: the Kürzel)."""
    dataset = read(path)
    resource = resource_class(**options)
    with transaction.atomic():
        result = resource.import_data(dataset, raise_errors=True, use_transactions=False)
        if result.has_validation_errors():
            first = next(iter(result.invalid_rows))
            raise ValidationError(f"{path.name}, Zeile {first.number}: {first.error_dict}")
    key = resource.fields[resource.keys[0]].column_name
    return [row[key] for row in dataset.dict]


def export_file(resource_class, queryset, path: Path) -> None:
    """Write entries to a CSV or XLSX file in the importer's format (the sample sheets)."""
    dataset = resource_class().export(queryset)
    if path.suffix == ".xlsx":
        path.write_bytes(dataset.export("xlsx"))
    else:
        path.write_text(dataset.export("csv"), encoding="utf-8")
