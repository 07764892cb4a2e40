"""iCalendar feeds of published upcoming events: all of them, one organisation's, one event.

Written with the `icalendar` library: local times with their VTIMEZONE (Europe/Vienna), a
UID that never changes (so calendar programs update an event instead of adding it twice),
and an RRULE for what repeats, with EXDATE for the dates that are cancelled.
"""

import datetime

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from integration_portal.models import SiteSettings
from network.models import Event, Organization
from network.models.events import local_zone


@require_safe
def feed(request):
    found = Event.objects.published().upcoming().for_listing()
    return _response(request, found, _("Events"), "events.ics")


@require_safe
def organization_feed(request, slug):
    organization = get_object_or_404(Organization.objects.published(), slug=slug)
    found = Event.objects.published().filter(organizer=organization).upcoming().for_listing()
    return _response(request, found, organization.name, f"{slug}.ics")


@require_safe
def event_file(request, slug):
    event = get_object_or_404(Event.objects.published().for_detail(), slug=slug)
    return _response(request, [event], event.title, f"{slug}.ics", attachment=True)


def _response(request, events, title, filename, attachment=False):
    site = SiteSettings.load()
    body = calendar(request, events, f"{site.site_name}: {title}")
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    kind = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{kind}; filename="{filename}"'
    return response


def calendar(request, events, name: str) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Kompass Integration & Gemeinwohl//Veranstaltungen//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    first = timezone.localdate()
    for event in events:
        cal.add_component(vevent(event, request.build_absolute_uri(event.get_absolute_url())))
        first = min(first, event.local_start.date())
    # The time zone's rules from the earliest start on, not since 1970: a smaller feed.
    cal.add_missing_timezones(
        first_date=first - datetime.timedelta(days=366),
        last_date=first + datetime.timedelta(days=20 * 366),
    )
    return cal.to_ical()


def vevent(event: Event, url: str) -> icalendar.Event:
    entry = icalendar.Event()
    entry.add("uid", event.uid)
    entry.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    entry.add("last-modified", event.updated_at.astimezone(datetime.UTC))
    entry.add("summary", event.title)
    entry.add("description", "\n\n".join(part for part in (event.description, url) if part))
    entry.add("url", url)
    start = event.local_start
    if event.all_day:
        entry.add("dtstart", start.date())
        entry.add("dtend", start.date() + event.duration)
    else:
        entry.add("dtstart", start)
        entry.add("dtend", timezone.localtime(start + event.duration, local_zone()))
    if where := place(event):
        entry.add("location", where)
    if event.repeat:
        entry.add("rrule", recurrence(event))
        cancelled = [_on(event, day) for day in sorted(event.exceptions)]
        if cancelled:
            entry.add("exdate", cancelled)
    organizer = event.organizer  # public with the event (published_with)
    if organizer and organizer.email:
        address = icalendar.vCalAddress(f"mailto:{organizer.email}")
        address.params["cn"] = organizer.name
        entry.add("organizer", address)
    entry.add("categories", [str(event.get_kind_display())])
    entry.add("x-kompass-language", get_language())
    return entry


def recurrence(event: Event) -> dict:
    rule: dict = {name.lower(): value for name, value in event.rule_parts().items()}
    if event.repeat_until:
        if event.all_day:
            rule["until"] = event.repeat_until
        else:  # with a local start time, UNTIL must be given in UTC
            last = datetime.datetime.combine(event.repeat_until, datetime.time(23, 59, 59))
            rule["until"] = last.replace(tzinfo=local_zone()).astimezone(datetime.UTC)
    return rule


def _on(event: Event, day: datetime.date):
    """The start of the repetition on `day`, to name it as cancelled."""
    if event.all_day:
        return day
    return datetime.datetime.combine(day, event.local_start.time(), local_zone())


def place(event: Event) -> str:
    parts = []
    if event.location_id:
        where = event.location
        parts += [where.name, where.street_address, f"{where.postcode} {where.municipality}"]
    if event.online_url:
        parts.append(event.online_url)
    return ", ".join(part.strip() for part in parts if part and part.strip())
