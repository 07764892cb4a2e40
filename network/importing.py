"""Import partner calendars (iCalendar) as draft events for staff to review.

- A new event arrives as a draft, organised by the feed's organisation.
- A changed event is updated and, if it was published, goes back to review.
- An event that staff edited after its import is never overwritten: each import stores a
  fingerprint of what it wrote, and an event whose fields no longer match it was edited.
- An event the partner cancels (STATUS:CANCELLED) or removes from the calendar while it is
  still to come is archived, unless staff edited it.
- What we cannot express (other repetition rules, changed single dates of a series) is
  imported as far as it goes (the first date) and reported in the feed's result.
"""

import datetime
import hashlib
import json
import logging
import urllib.request
from dataclasses import dataclass, field

import icalendar
from dateutil import rrule
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from integration_portal.fields import free_slug
from integration_portal.publishing import Status
from network.models import Event, PartnerFeed
from network.models.events import WEEKDAYS, local_zone

log = logging.getLogger(__name__)

MAX_BYTES = 2 * 1024 * 1024
TIMEOUT = 20
# The fields an import writes; staff's changes to any of them keep the event from updates.
IMPORTED = [
    "title_de", "description_de", "starts_at", "ends_at", "all_day", "repeat",
    "repeat_until", "exceptions", "online_url", "registration_url",
]  # fmt: skip


@dataclass
class Result:
    created: int = 0
    changed: int = 0
    unchanged: int = 0
    kept: int = 0  # edited by staff, left alone
    notes: list[str] = field(default_factory=list)

    def __str__(self):
        text = (
            f"{self.created} neu, {self.changed} geändert, {self.unchanged} unverändert, "
            f"{self.kept} von der Redaktion bearbeitet und nicht überschrieben"
        )
        return "\n".join([text, *self.notes])


def fetch(url: str) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise ValueError("only http and https addresses can be imported")
    request = urllib.request.Request(url, headers={"User-Agent": "Kompass-Kalenderimport/1"})
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        body = response.read(MAX_BYTES + 1)
    if len(body) > MAX_BYTES:
        raise ValueError("the calendar is larger than 2 MB")
    return body


def import_feed(feed: PartnerFeed) -> Result:
    """Fetch and import one partner calendar; the result is kept on the feed."""
    result = Result()
    try:
        calendar = icalendar.Calendar.from_ical(fetch(feed.url))
    except Exception as error:  # a broken feed must not stop the others
        log.warning("Import of %s failed: %s", feed.url, error)
        result.notes.append(f"Fehler: {error}")
    else:
        seen = set()
        for entry in calendar.walk("VEVENT"):
            uid = str(entry.get("uid", "")).strip()
            seen.add(uid)
            try:
                with transaction.atomic():  # one bad event spoils only itself
                    _import_one(feed, uid, entry, result)
            except Exception as error:
                log.warning("Event %s of %s not imported: %s", uid, feed.url, error)
                result.notes.append(f"Fehler bei {uid or '?'}: {error}")
        _archive_missing(feed, seen, result)
    feed.last_run = timezone.now()
    feed.last_result = str(result)
    feed.save(update_fields=["last_run", "last_result"])
    return result


def _import_one(feed, uid, entry, result: Result) -> None:
    title = str(entry.get("summary", "")).strip()
    if not uid or len(uid) > 255 or not title or entry.get("dtstart") is None:
        result.notes.append(f"Übersprungen (ohne UID, Titel oder Beginn): {title or uid[:80]}")
        return
    if entry.get("recurrence-id") is not None:
        result.notes.append(f"Einzeln geänderter Termin einer Serie nicht übernommen: {title}")
        return
    event = Event.objects.filter(source=feed, source_uid=uid).first()
    if str(entry.get("status", "")).upper() == "CANCELLED":
        _withdraw(event, title, "abgesagt", result)
        return
    values = _values(entry, title, result)
    written = _fingerprint(values)
    if event is None:
        where = str(entry.get("location", "")).strip()
        event = Event(
            source=feed,
            source_uid=uid,
            organizer=feed.organization,
            # Without a place of its own it takes place at the organisation; a named place
            # is in the description until staff choose the matching shared place.
            location=None if where else feed.organization.location,
            status=Status.DRAFT,
            slug=free_slug(Event, title, "veranstaltung"),
        )
        _write(event, values, written)
        result.created += 1
    elif _edited(event):
        result.kept += 1
    elif written == event.source_fingerprint:
        result.unchanged += 1
    else:
        if event.status == Status.PUBLISHED:
            event.status = Status.REVIEW  # a publisher looks at the change first
        _write(event, values, written)
        result.changed += 1


def _edited(event) -> bool:
    return _fingerprint(_current(event)) != event.source_fingerprint


def _withdraw(event, title, why, result) -> None:
    """A partner cancelled or removed an event: archived, unless staff took it over."""
    if event is None or event.status == Status.ARCHIVED:
        return
    if _edited(event):
        result.notes.append(f"Beim Partner {why}, aber von der Redaktion bearbeitet: {title}")
        return
    event.status = Status.ARCHIVED
    event.save()
    result.notes.append(f"Beim Partner {why}, archiviert: {title}")


def _archive_missing(feed, seen, result) -> None:
    """Upcoming events the partner's calendar no longer lists were removed there."""
    gone = (
        Event.objects.filter(source=feed)
        .exclude(source_uid__in=seen)
        .exclude(status=Status.ARCHIVED)
        .dated(after=timezone.now())
    )
    for event in gone:
        with transaction.atomic():
            _withdraw(event, event.title, "nicht mehr im Kalender", result)


def _write(event, values, written) -> None:
    for name, value in values.items():
        setattr(event, name, value)
    event.source_fingerprint = written
    event.save()


def _values(entry, title, result) -> dict:
    raw_start = entry.decoded("dtstart")
    all_day = not isinstance(raw_start, datetime.datetime)
    start = _moment(raw_start)
    end = None
    if entry.get("dtend") is not None:
        end = _moment(entry.decoded("dtend"))
    elif entry.get("duration") is not None:
        end = start + entry.decoded("duration")
    if all_day and end is not None:
        end -= datetime.timedelta(days=1)  # DTEND of a whole day is the day after
        end = max(end, start)
    elif end is not None and end <= start:
        end = None  # an end before the start says nothing
    description = str(entry.get("description", "")).strip()
    where = str(entry.get("location", "")).strip()
    online = where if _web_address(where) else ""
    if where and not online:
        description = f"{description}\n\nOrt: {where}".strip()
    repeat, until = _repeat(entry, start, title, result)
    link = str(entry.get("url", "")).strip()
    return {
        "title_de": title[:200],
        "description_de": description,
        "starts_at": start,
        "ends_at": end,
        "all_day": all_day,
        "repeat": repeat,
        "repeat_until": until,
        "exceptions": _exceptions(entry),
        "online_url": online,
        "registration_url": link if _web_address(link) else "",
    }


def _web_address(text: str) -> bool:
    if len(text) > 200:
        return False
    try:
        URLValidator(schemes=["http", "https"])(text)
    except ValidationError:
        return False
    return True


def _moment(value) -> datetime.datetime:
    """An aware datetime; a date is the start of that day, floating times are local."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    if timezone.is_naive(value):
        value = value.replace(tzinfo=local_zone())
    return value


def _repeat(entry, start, title, result) -> tuple[str, datetime.date | None]:
    """The repetition as one of ours, or ("", None) with a note when it is not one."""
    rule = entry.get("rrule")
    if rule is None:
        return "", None
    local = timezone.localtime(start, local_zone())
    parts = _plain_parts(rule, local)
    repeat = next(
        (
            choice
            for choice in Event.Repeat.values
            if choice and Event(starts_at=start, repeat=choice).rule_parts() == parts
        ),
        "",
    )
    if not repeat:
        result.notes.append(
            f"Wiederholung nicht übernommen, nur der erste Termin ({rule.to_ical().decode()}): "
            f"{title}"
        )
        return "", None
    until = (rule.get("UNTIL") or [None])[0]
    if isinstance(until, datetime.datetime):
        until = timezone.localtime(_moment(until), local_zone()).date()
    if rule.get("COUNT") and int(rule["COUNT"][0]) <= 5000:  # the last of COUNT dates
        dates = rrule.rrulestr(rule.to_ical().decode(), dtstart=local.replace(tzinfo=None))
        last = list(dates)[-1].date()
        until = min(until, last) if until else last
    return repeat, until


def _plain_parts(rule, local) -> dict:
    """A partner's RRULE without its end and without what only repeats the start (a weekly
    rule's BYDAY of the start's weekday), to compare with Event.rule_parts()."""
    parts = {
        name: [str(value).upper() for value in values]
        for name, values in rule.items()
        if name not in ("UNTIL", "COUNT", "WKST")
    }
    weekday = WEEKDAYS[local.weekday()]
    if parts.get("FREQ") == ["WEEKLY"] and parts.get("BYDAY") == [weekday]:
        del parts["BYDAY"]
    if parts.get("FREQ") == ["MONTHLY"] and parts.get("BYMONTHDAY") == [str(local.day)]:
        del parts["BYMONTHDAY"]
    if parts.get("INTERVAL") == ["1"]:
        del parts["INTERVAL"]
    return {
        name: int(values[0]) if name == "INTERVAL" else values[0] if len(values) == 1 else values
        for name, values in parts.items()
    }


def _exceptions(entry) -> list[datetime.date]:
    found = entry.get("exdate") or []
    days = set()
    for item in found if isinstance(found, list) else [found]:
        for value in item.dts:
            moment = value.dt
            if isinstance(moment, datetime.datetime):
                moment = timezone.localtime(_moment(moment), local_zone()).date()
            days.add(moment)
    return sorted(days)


def _current(event) -> dict:
    return {name: getattr(event, name) for name in IMPORTED}


def _fingerprint(values: dict) -> str:
    def plain(value):
        if isinstance(value, datetime.datetime):
            return value.astimezone(datetime.UTC).isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value if value is not None else ""

    text = json.dumps({k: plain(v) for k, v in values.items()}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def extend_dates() -> int:
    """Write further dates for repetitions without an end whose dates run out within a
    year (Event.save() keeps three years)."""
    soon = timezone.now() + datetime.timedelta(days=365)
    extended = 0
    for event in Event.objects.filter(repeat__gt="", repeat_until__isnull=True):
        last = event.occurrences.order_by("-starts_at").first()
        if last is None or last.starts_at < soon:
            event.write_dates()
            extended += 1
    return extended
