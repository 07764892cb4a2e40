"""Events of the network (meetings, trainings, language cafés, Fachtage), their dates, and
the partner calendars they can be imported from."""

import datetime
import uuid
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from integration_portal.facets import Facet
from integration_portal.fields import address_slug, free_slug
from integration_portal.indexing import (
    DERIVED_FIELDS,
    SEARCH_INDEXES,
    Searchable,
    SearchableQuerySet,
    SearchIndex,
)
from integration_portal.models import Category, Cost, Language, Location, Municipality
from integration_portal.publishing import Publishable, Status, publish_permission
from network.models.organizations import Organization

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # iCalendar's names, Monday first
# How far ahead the dates of a repetition without an end are kept (see Event.save()).
HORIZON = datetime.timedelta(days=3 * 365)


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


class EventQuerySet(SearchableQuerySet):
    def for_listing(self):
        return self.defer(*DERIVED_FIELDS).select_related("location__municipality", "organizer")

    def for_detail(self):
        return self.defer(*DERIVED_FIELDS).select_related("location__municipality", "organizer")

    def dated(self, *, after=None, before=None, past=False):
        """Events with a date in the window, each with its first such date (`next_start`,
        `next_end`); `past`: dates that ended before `before`, the latest first."""
        dates = EventOccurrence.objects.filter(event=OuterRef("pk"))
        if after is not None:
            dates = dates.filter(ends_at__gt=after)
        if before is not None:
            dates = (
                dates.filter(ends_at__lte=before) if past else dates.filter(starts_at__lt=before)
            )
        dates = dates.order_by("-starts_at" if past else "starts_at")
        return self.filter(Exists(dates)).annotate(
            next_start=Subquery(dates.values("starts_at")[:1]),
            next_end=Subquery(dates.values("ends_at")[:1]),
        )

    def upcoming(self, at=None):
        """Events not over yet, each with its next date: recurring ones at their next one."""
        return self.dated(after=at or timezone.now()).order_by("next_start", "pk")


class PartnerFeed(models.Model):
    """A partner organisation's public calendar (iCalendar URL), imported as drafts by
    `manage.py import_event_feeds`."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="feeds",
    )
    url = models.URLField(
        _("calendar address (iCalendar)"),
        max_length=500,
        unique=True,
        help_text=_("The public address of the partner's calendar, ending in .ics as a rule."),
    )
    active = models.BooleanField(_("import"), default=True)
    last_run = models.DateTimeField(_("last imported"), null=True, blank=True, editable=False)
    last_result = models.TextField(_("result of the last import"), blank=True, editable=False)

    class Meta:
        verbose_name = _("partner calendar")
        verbose_name_plural = _("partner calendars")
        ordering = ["organization__name"]

    def __str__(self):
        return f"{self.organization}: {self.url}"


class Event(Searchable, Publishable):
    class Kind(models.TextChoices):
        NETWORK_MEETING = "network_meeting", _("network meeting")
        TRAINING = "training", _("training")
        LANGUAGE_CAFE = "language_cafe", _("language café")
        CONFERENCE = "conference", _("conference (Fachtag)")
        MEETING_PLACE = "meeting_place", _("get-together")
        OTHER = "other", _("other")

    class Repeat(models.TextChoices):
        NEVER = "", _("does not repeat")
        WEEKLY = "weekly", _("every week")
        FORTNIGHTLY = "fortnightly", _("every two weeks")
        MONTHLY_DATE = "monthly_date", _("every month on the same date")
        MONTHLY_WEEKDAY = "monthly_weekday", _("every month on the same weekday (e.g. 2nd Tuesday)")

    title = models.CharField(_("title"), max_length=200)
    slug = address_slug()
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(
        _("ends"), null=True, blank=True, help_text=_("For all-day events: the last day.")
    )
    all_day = models.BooleanField(_("all day"), default=False)
    repeat = models.CharField(
        _("repeats"), max_length=20, choices=Repeat.choices, default=Repeat.NEVER, blank=True
    )
    repeat_until = models.DateField(
        _("repeats until"),
        null=True,
        blank=True,
        help_text=_("Leave empty if it goes on until further notice."),
    )
    exceptions = ArrayField(
        models.DateField(),
        verbose_name=_("does not take place on"),
        default=list,
        blank=True,
        help_text=_("Dates of a repeating event that are cancelled, e.g. 2026-12-24, 2026-12-31."),
    )
    location = models.ForeignKey(
        Location,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    online_url = models.URLField(
        _("online at"), blank=True, help_text=_("The link to join, if it takes place online.")
    )
    organizer = models.ForeignKey(
        Organization,
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    topics = models.ManyToManyField(
        Category, verbose_name=_("topics"), blank=True, related_name="events"
    )
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages spoken"),
        blank=True,
        related_name="events",
    )
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(_("cost note"), max_length=200, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("register by"), null=True, blank=True)
    uid = models.CharField(
        _("calendar UID"),
        max_length=255,
        unique=True,
        editable=False,
        help_text=_("Stays the same for good, so that calendar programs update the event."),
    )
    # Import from a partner calendar (see network/feeds.py).
    source = models.ForeignKey(
        PartnerFeed,
        verbose_name=_("imported from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        editable=False,
    )
    source_uid = models.CharField(max_length=255, blank=True, editable=False)
    source_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    history = HistoricalRecords(excluded_fields=[*DERIVED_FIELDS, "source_fingerprint"])
    objects = EventQuerySet.as_manager()
    published_with = ("organizer",)

    class Meta(Publishable.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_at"]
        permissions = [publish_permission("event", _("events"))]
        indexes = [*SEARCH_INDEXES]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "source_uid"],
                condition=~models.Q(source_uid=""),
                name="event_one_per_source_uid",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:event_detail", args=[self.slug])

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The end must not be before the start.")})
        if self.repeat_until and self.starts_at and self.repeat_until < self.local_start.date():
            raise ValidationError({"repeat_until": _("The end must not be before the start.")})
        if not self.location_id and not self.online_url:
            raise ValidationError(_("Give a place or an online link (or both)."))

    def save(self, *args, **kwargs):
        if not self.uid:
            self.uid = f"{uuid.uuid4()}@kompass"
        with transaction.atomic():
            super().save(*args, **kwargs)
            self.write_dates()

    def duplicate(self, changed_by=None) -> "Event":
        """A draft copy with its own address and calendar UID (not imported)."""
        copy = Event.objects.get(pk=self.pk)
        topics, languages = list(self.topics.all()), list(self.languages.all())
        copy.pk = copy.id = None
        copy._state.adding = True
        copy.status = Status.DRAFT
        copy.uid = ""
        copy.source, copy.source_uid, copy.source_fingerprint = None, "", ""
        copy.changed_by = changed_by
        copy.slug = free_slug(Event, f"{self.slug[:170]}-kopie", "kopie")
        copy.save()
        copy.topics.set(topics)
        copy.languages.set(languages)
        return copy

    # Dates ------------------------------------------------------------------------------

    @property
    def local_start(self) -> datetime.datetime:
        return timezone.localtime(self.starts_at, local_zone())

    @property
    def duration(self) -> datetime.timedelta:
        if self.all_day:
            last = timezone.localtime(self.ends_at or self.starts_at, local_zone()).date()
            return datetime.timedelta(days=(last - self.local_start.date()).days + 1)
        if self.ends_at:
            return self.ends_at - self.starts_at
        return datetime.timedelta(hours=2)

    def rule_parts(self) -> dict[str, str | int]:
        """The repetition in iCalendar's words (RRULE parts without an end), the one
        statement of what each choice of `repeat` means: the dates, the feeds and the
        import all derive from it."""
        weekday = WEEKDAYS[self.local_start.weekday()]
        return {
            self.Repeat.NEVER: {},
            self.Repeat.WEEKLY: {"FREQ": "WEEKLY"},
            self.Repeat.FORTNIGHTLY: {"FREQ": "WEEKLY", "INTERVAL": 2},
            self.Repeat.MONTHLY_DATE: {"FREQ": "MONTHLY"},
            self.Repeat.MONTHLY_WEEKDAY: {
                "FREQ": "MONTHLY",
                "BYDAY": f"{self.weekday_position()}{weekday}",
            },
        }[self.repeat]

    def recurrence(self) -> rrule.rrule | None:
        """The repetition as a rule over local wall-clock time (18:00 stays 18:00 across the
        change to summer time), or None."""
        if not self.repeat:
            return None
        start = self.local_start.replace(tzinfo=None)
        if self.all_day:
            start = start.replace(hour=0, minute=0, second=0, microsecond=0)
        # Dates are kept up to the horizon, also when the end is further away (or 9999).
        until = max(start, datetime.datetime.now()) + HORIZON
        if self.repeat_until:
            until = min(until, datetime.datetime.combine(self.repeat_until, datetime.time.max))
        text = ";".join(f"{name}={value}" for name, value in self.rule_parts().items())
        return rrule.rrulestr(text, dtstart=start).replace(until=until)

    def repeat_text(self) -> str:
        """How often it takes place, in the reader's words: "every Tuesday", "every second
        Tuesday of the month"."""
        if not self.repeat:
            return ""
        start = self.local_start
        weekday = formats.date_format(start, "l")
        match self.repeat:
            case self.Repeat.WEEKLY:
                return gettext("every %(weekday)s") % {"weekday": weekday}
            case self.Repeat.FORTNIGHTLY:
                return gettext("every other %(weekday)s") % {"weekday": weekday}
            case self.Repeat.MONTHLY_DATE:
                return gettext("every month on day %(day)s") % {"day": start.day}
        position = {
            1: pgettext("weekday of the month", "first"),
            2: pgettext("weekday of the month", "second"),
            3: pgettext("weekday of the month", "third"),
            4: pgettext("weekday of the month", "fourth"),
            -1: pgettext("weekday of the month", "last"),
        }[self.weekday_position()]
        return gettext("every %(position)s %(weekday)s of the month") % {
            "position": position,
            "weekday": weekday,
        }

    def weekday_position(self) -> int:
        """1 for the first Tuesday of the month, …; -1 for one in the month's last week."""
        day = self.local_start.day
        return -1 if day > 28 else (day - 1) // 7 + 1

    def dates(self) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """(start, end) of every time it takes place, as aware datetimes."""
        zone, duration = local_zone(), self.duration
        rule = self.recurrence()
        if rule is None:
            start = self.starts_at
            if self.all_day:
                start = datetime.datetime.combine(self.local_start.date(), datetime.time(), zone)
            return [(start, start + duration)]
        skipped = set(self.exceptions)
        found = []
        for wall in rule:
            if wall.date() in skipped:
                continue
            start = wall.replace(tzinfo=zone)
            end = (wall + duration).replace(tzinfo=zone)  # wall clock too: 2 h stay 2 h
            found.append((start, end))
        return found

    def write_dates(self) -> None:
        self.occurrences.all().delete()
        EventOccurrence.objects.bulk_create(
            EventOccurrence(event=self, starts_at=start, ends_at=end) for start, end in self.dates()
        )

    def next_dates(self, count: int = 5, at=None):
        return list(
            self.occurrences.filter(ends_at__gt=at or timezone.now()).order_by("starts_at")[:count]
        )

    def municipality_slugs(self) -> list[str]:
        return [self.location.municipality.slug] if self.location_id else []

    def modes(self) -> list[str]:
        return [
            m
            for m, there in (("in_person", self.location_id), ("online", self.online_url))
            if there
        ]


class EventOccurrence(models.Model):
    """One date of an event: written by Event.save() from the event's start and repetition,
    so that lists can filter and sort by date in the database."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="occurrences")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["event", "ends_at", "starts_at"])]

    def __str__(self):
        return f"{self.event}: {self.starts_at:%Y-%m-%d %H:%M}"


MODES = [("in_person", _("in person")), ("online", _("online"))]

Event.search_index = SearchIndex(
    weights={
        "A": ("title",),
        "B": ("description", "topics.name"),
        "C": (
            "organizer.name",
            "location.name",
            "location.municipality.name",
            "cost_note",
        ),
    },
    vocabulary=("title", "topics.name"),
    reads=("organizer.status",),
    facets=[
        Facet("topic", _("Topic"), Category, "topics.slug"),
        Facet(
            "municipality",
            _("Municipality"),
            Municipality,
            Event.municipality_slugs,
            depends=("location.municipality.slug",),
        ),
        Facet("language", _("Language spoken"), Language, "languages.code", value_field="code"),
        Facet("kind", _("Kind"), Event.Kind.choices, "kind"),
        Facet("mode", _("How"), MODES, Event.modes, depends=("location", "online_url")),
    ],
)
