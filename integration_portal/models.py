import datetime

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from integration_portal import caching


class Cost(models.TextChoices):
    """What taking part costs: offers and events say it the same way."""

    FREE = "free", _("free of charge")
    REDUCED = "reduced", _("reduced fee possible")
    FEE = "fee", _("fee")


class Municipality(models.Model):
    """A municipality of the region (Gemeinde). Loaded from a fixture per region."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    postcodes = ArrayField(
        models.CharField(max_length=10),
        verbose_name=_("postcodes"),
        default=list,
        blank=True,
        help_text=_("Separate several postcodes with commas."),
    )
    district = models.CharField(_("district"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language people speak (ISO 639), e.g. at an offer; not the same as a site language."""

    class Direction(models.TextChoices):
        LTR = "ltr", _("left to right")
        RTL = "rtl", _("right to left")

    code = models.CharField(
        _("ISO 639 code"),
        max_length=8,
        unique=True,
        help_text=_("Two letters (ISO 639-1) where there are, otherwise three (ISO 639-3)."),
    )
    name = models.CharField(_("name"), max_length=100)
    native_name = models.CharField(_("name in the language itself"), max_length=100)
    direction = models.CharField(
        _("text direction"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )
    position = models.PositiveSmallIntegerField(_("position"), default=100)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["position", "code"]

    def __str__(self):
        return f"{self.name} ({self.native_name})" if self.native_name != self.name else self.name


class SiteSettings(models.Model):
    """The texts and contact details that make the site this region's site.

    One row; another region changes these in the admin instead of the code.
    """

    site_name = models.CharField(_("site name"), max_length=120)
    region_name = models.CharField(_("region name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=250, blank=True)
    operator = models.CharField(
        _("operator"),
        max_length=200,
        blank=True,
        help_text=_("Who runs the site, for the imprint."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=50, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    imprint = models.TextField(_("imprint"), blank=True)
    privacy = models.TextField(_("privacy statement"), blank=True)
    accessibility = models.TextField(_("accessibility statement"), blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(self._meta.verbose_name)

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        caching.bump(caching.name_of(SiteSettings))

    @classmethod
    def load(cls) -> "SiteSettings":
        """The settings row, cached on its content version; unsaved defaults if staff never
        saved it."""
        return caching.Versions(caching.name_of(cls)).remember(
            "site-settings",
            (),
            lambda: (
                cls.objects.filter(pk=1).first()
                or cls(
                    pk=1, site_name="Kompass Integration & Gemeinwohl", region_name="Bezirk Imst"
                )
            ),
        )


class ContentVersion(models.Model):
    """A named counter that every change of one content type moves on (see caching.py), and
    the next moment one of its published entries appears or disappears by the clock."""

    name = models.CharField(max_length=100, primary_key=True)
    number = models.BigIntegerField(default=0)
    boundary_known = models.BooleanField(default=False)
    next_boundary = models.DateTimeField(null=True)

    def __str__(self):
        return f"{self.name} {self.number}"


class SearchTerm(models.Model):
    """A word of the public content of every type, for correcting typos (see search.py).
    `uses` counts the entries that contribute it; a word no entry uses any more goes."""

    word = models.CharField(max_length=100, unique=True)
    uses = models.IntegerField(default=0)

    class Meta:
        indexes = [GinIndex(OpClass("word", name="gin_trgm_ops"), name="searchterm_trgm")]

    def __str__(self):
        return self.word


class RateLimit(models.Model):
    """How often one address did one thing in one time window (see throttle.py). Kept in
    the database, so that every app process counts the same attempts."""

    key = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="ratelimit_key_window")
        ]

    def __str__(self):
        return f"{self.key[:8]} {self.window_start:%Y-%m-%d %H:%M} {self.count}"


class Taxonomy(models.Model):
    """Abstract base of translated, ordered vocabularies people filter by (topics, target
    groups, action fields): a name in every site language, a slug for addresses, a position."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=100)

    class Meta:
        abstract = True
        ordering = ["position", "slug"]

    def __str__(self):
        return self.name


class Category(Taxonomy):
    """A topic people look for (German courses, counselling, …), with an icon: offers, events
    and working groups share it."""

    class Icon(models.TextChoices):
        BOOK = "book", _("book")
        CHAT = "chat", _("speech bubbles")
        BRIEFCASE = "briefcase", _("briefcase")
        TRANSLATE = "translate", _("translation")
        FAMILY = "family", _("family")
        PEOPLE = "people", _("people")
        HEALTH = "health", _("health")
        HOUSE = "house", _("house")
        SCALES = "scales", _("scales")
        SCHOOL = "school", _("school")
        HAND = "hand", _("hand")
        BAG = "bag", _("bag")

    description = models.CharField(_("short description"), max_length=200, blank=True)
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices, default=Icon.BOOK)

    class Meta(Taxonomy.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")


class Location(models.Model):
    """A place (HSDS location): where offers happen, where an organisation sits, where events
    and volunteer roles take place. Several entries may share one."""

    name = models.CharField(_("name"), max_length=200)
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    transit_note = models.CharField(
        _("public transport"),
        max_length=300,
        blank=True,
        help_text=_("Bus stop, line, walking time."),
    )
    accessibility_note = models.CharField(_("accessibility note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["municipality__name", "name"]

    def __str__(self):
        return f"{self.name}, {self.municipality}"

    @property
    def map_url(self) -> str:
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = self.latitude, self.longitude
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"


class StoredImage(models.Model):
    """A picture uploaded by staff (an organisation's logo), checked and re-encoded on our
    server (images.py) and kept in the database: every app instance serves it, and a backup
    of the database is a backup of everything. The address carries a digest of the content,
    so it can be cached for good and is not guessable from an id."""

    data = models.BinaryField(_("data"))
    digest = models.CharField(_("digest"), max_length=64, unique=True)
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return f"{self.digest[:12]}.webp ({self.width}×{self.height})"

    @property
    def url(self) -> str:
        return reverse("image", args=[self.digest])


class OpeningHoursBase(models.Model):
    """Abstract: one opening slot on one weekday, optionally at one of the owner's places.
    Dated slots are holiday hours and replace the regular ones on the days they cover.
    A concrete model adds the foreign key to its owner (`related_name="hours"`)."""

    class Weekday(models.IntegerChoices):
        MONDAY = 1, _("Monday")
        TUESDAY = 2, _("Tuesday")
        WEDNESDAY = 3, _("Wednesday")
        THURSDAY = 4, _("Thursday")
        FRIDAY = 5, _("Friday")
        SATURDAY = 6, _("Saturday")
        SUNDAY = 7, _("Sunday")

    location = models.ForeignKey(
        Location,
        verbose_name=_("location"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        help_text=_("Leave empty if there is only one location."),
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    class Meta:
        abstract = True
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=models.F("opens")), name="%(class)s_closes_after_opens"
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end must not be before the start.")})

    def applies_on(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or self.valid_until >= day
        )


class PartsSnapshot(models.Model):
    """The rows edited inside an entry's form and its many-to-many choices, as they were
    after one admin save, next to the history record of that save (history.py)."""

    label = models.CharField(max_length=100)  # "directory.offer"
    entry_id = models.BigIntegerField()
    history_id = models.BigIntegerField()
    data = models.JSONField(encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["label", "history_id"], name="snapshot_per_record")
        ]
        indexes = [models.Index(fields=["label", "entry_id"], name="snapshot_entry")]

    def __str__(self):
        return f"{self.label} {self.entry_id} @{self.history_id}"


class Revision(models.Model):
    """A change to a published entry, proposed by someone who may not publish it, waiting
    for a publisher's decision (review.py). `base` is the entry as the author found it,
    `proposed` only what they changed: {"fields": …, "parts": …, "m2m": …}."""

    class State(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    label = models.CharField(_("type"), max_length=100)
    entry_id = models.BigIntegerField()
    title = models.CharField(_("entry"), max_length=200)
    base = models.JSONField(encoder=DjangoJSONEncoder)
    proposed = models.JSONField(encoder=DjangoJSONEncoder)
    relations = models.JSONField(default=list)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    note = models.TextField(_("note to the author"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("change for review")
        verbose_name_plural = _("changes for review")
        ordering = ["-created_at"]
        # Who sees every proposal (a publisher decides only on the types it may publish).
        permissions = [("decide_revision", _("Can see and decide on every change for review"))]
        indexes = [models.Index(fields=["label", "entry_id"], name="revision_entry")]

    def __str__(self):
        return self.title

    def model(self):
        from django.apps import apps

        return apps.get_model(self.label)

    def is_empty(self) -> bool:
        return not any(self.proposed.get(kind) for kind in ("fields", "parts", "m2m"))

    def rows(self) -> list[tuple[str, str, str]]:
        """(what, published, proposed) for each change, as staff read them."""
        from django.apps import apps

        model = self.model()
        by_column = {f.attname: f for f in model._meta.concrete_fields}
        found = []
        for name, value in self.proposed.get("fields", {}).items():
            field = by_column.get(name)
            if field is None:
                continue
            before = self.base.get("fields", {}).get(name)
            found.append((str(field.verbose_name), _shown(field, before), _shown(field, value)))
        for accessor, label, _fk_name in self.relations:
            if accessor in self.proposed.get("parts", {}):
                part = apps.get_model(label)
                found.append(
                    (
                        str(part._meta.verbose_name_plural),
                        _rows_shown(part, self.base.get("parts", {}).get(accessor, [])),
                        _rows_shown(part, self.proposed["parts"][accessor]),
                    )
                )
        for name, ids in self.proposed.get("m2m", {}).items():
            field = model._meta.get_field(name)
            related = field.related_model._default_manager
            before = self.base.get("m2m", {}).get(name, [])
            found.append(
                (
                    str(field.verbose_name),
                    ", ".join(str(r) for r in related.filter(pk__in=before)) or "–",
                    ", ".join(str(r) for r in related.filter(pk__in=ids)) or "–",
                )
            )
        return found


def _shown(field, value) -> str:
    if value in (None, "", []):
        return "–"
    if field.is_relation:
        found = field.related_model._default_manager.filter(pk=value).first()
        return str(found) if found else str(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def _rows_shown(model, rows) -> str:
    """Rows as their own __str__ says them, one per line."""
    from integration_portal.history import fill  # history builds on these models

    shown = []
    for values in rows:
        try:
            shown.append(str(fill(model(), values)))
        except Exception:  # a row whose __str__ needs what it links to
            shown.append(", ".join(str(v) for v in values.values() if v not in (None, "")))
    return "\n".join(shown) or "–"


class Report(models.Model):
    """What the public or a partner organisation tells staff about an entry: a problem seen
    on a public page, or a partner's answer to a request to check its entries that something
    changed. Staff read it, correct the entry and mark the report as done."""

    class Kind(models.TextChoices):
        PROBLEM = "problem", _("problem reported on the website")
        CHANGED = "changed", _("change reported by the organisation")

    class Problem(models.TextChoices):
        WRONG = "wrong", _("Some information is wrong")
        GONE = "gone", _("The offer no longer exists")
        CONTACT = "contact", _("I could not reach anyone")
        OTHER = "other", _("Something else")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    problem = models.CharField(_("problem"), max_length=10, choices=Problem.choices, blank=True)
    label = models.CharField(_("type"), max_length=100)
    entry_id = models.BigIntegerField()
    title = models.CharField(_("entry"), max_length=200)
    message = models.TextField(_("message"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)
    read_at = models.DateTimeField(_("first read at"), null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    staff_note = models.TextField(
        _("internal note"), blank=True, help_text=_("What was done; never shown publicly.")
    )

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["label", "entry_id"], name="report_entry")]

    def __str__(self):
        return f"{self.title} ({self.created_at:%d.%m.%Y})" if self.created_at else self.title

    @classmethod
    def about(cls, entry, **fields) -> "Report":
        return cls.objects.create(
            label=entry._meta.label_lower, entry_id=entry.pk, title=str(entry)[:200], **fields
        )

    def entry_admin_url(self) -> str:
        app_label, model_name = self.label.split(".")
        return reverse(f"admin:{app_label}_{model_name}_change", args=[self.entry_id])
