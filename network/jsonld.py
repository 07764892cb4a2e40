"""schema.org description of an event, for search engines and calendar assistants."""

import datetime

from django.utils import timezone

from integration_portal.jsonld import place_json_ld
from network.models.events import local_zone

ONLINE = "https://schema.org/OnlineEventAttendanceMode"
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"
MIXED = "https://schema.org/MixedEventAttendanceMode"


def event_json_ld(event, next_date, url: str) -> dict:
    """The event at its next date (a repeating one names its next date)."""
    start, end = (next_date.starts_at, next_date.ends_at) if next_date else (event.starts_at, None)
    start = timezone.localtime(start, local_zone())
    end = timezone.localtime(end, local_zone()) if end else None
    if event.all_day and end:
        end -= datetime.timedelta(days=1)  # a date's end is the start of the day after
    where = []
    if event.location_id:
        where.append(place_json_ld(event.location))
    if event.online_url:
        where.append({"@type": "VirtualLocation", "url": event.online_url})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description,
        "url": url,
        "startDate": (start.date() if event.all_day else start).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": MIXED
        if len(where) == 2
        else ONLINE
        if event.online_url
        else OFFLINE,
        "location": where[0] if len(where) == 1 else where,
        "isAccessibleForFree": event.cost == "free",
        "inLanguage": [language.code for language in event.languages.all()],
    }
    if end:
        data["endDate"] = (end.date() if event.all_day else end).isoformat()
    if event.organizer_id:  # public with the event (published_with)
        data["organizer"] = {"@type": "Organization", "name": event.organizer.name}
    if event.registration_url:
        data["offers"] = {"@type": "Offer", "url": event.registration_url}
    return data
