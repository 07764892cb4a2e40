"""Partner calendars: `import_event_feeds` brings their events in as drafts, is idempotent,
and never overwrites what staff edited. The feed is served over HTTP by the test itself."""

import datetime
import http.server
import threading
from io import StringIO
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.core.management import call_command
from django.test import Client, RequestFactory

from integration_portal.publishing import Status
from network import calendars
from network.models import Event, PartnerFeed

pytestmark = pytest.mark.django_db
VIENNA = ZoneInfo("Europe/Vienna")


class Feed:
    """A partner's calendar on a local HTTP server; `events` may change between imports."""

    def __init__(self):
        self.events = {}
        self.raw = None  # or a whole calendar, served as it is
        self.status = 200
        feed = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                body = feed.ical()
                self.send_response(feed.status)
                self.send_header("Content-Type", "text/calendar")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/kalender.ics"

    def ical(self) -> bytes:
        if self.raw is not None:
            return self.raw
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Partner//Test//DE")
        calendar.add("version", "2.0")
        for uid, fields in self.events.items():
            event = icalendar.Event()
            event.add("uid", uid)
            event.add("dtstamp", datetime.datetime.now(datetime.UTC))
            for name, value in fields.items():
                event.add(name, value)
            calendar.add_component(event)
        return calendar.to_ical()


@pytest.fixture
def feed(organization):
    served = Feed()
    PartnerFeed.objects.create(organization=organization, url=served.url)
    yield served
    served.server.shutdown()


def run_import() -> str:
    out = StringIO()
    call_command("import_event_feeds", stdout=out)
    return out.getvalue()


def in_two_weeks(hour=18):
    day = datetime.date.today() + datetime.timedelta(days=14)
    return datetime.datetime.combine(day, datetime.time(hour), VIENNA)


def test_new_events_arrive_as_drafts_and_a_second_run_changes_nothing(feed, organization):
    feed.events["cafe@partner"] = {
        "summary": "Sprachcafé Partner",
        "dtstart": in_two_weeks(),
        "dtend": in_two_weeks(20),
        "rrule": {"freq": "weekly"},
        "location": "Pfarrsaal Imst",
    }
    feed.events["fest@partner"] = {"summary": "Sommerfest", "dtstart": in_two_weeks().date()}
    run_import()
    cafe = Event.objects.get(source_uid="cafe@partner")
    assert cafe.status == Status.DRAFT
    assert cafe.organizer == organization
    assert cafe.repeat == Event.Repeat.WEEKLY
    assert cafe.starts_at == in_two_weeks()
    assert "Pfarrsaal Imst" in cafe.description
    assert cafe.occurrences.count() > 50
    fest = Event.objects.get(source_uid="fest@partner")
    assert fest.all_day
    uids = {e.pk: e.uid for e in Event.objects.all()}

    output = run_import()
    assert Event.objects.count() == 2
    assert {e.pk: e.uid for e in Event.objects.all()} == uids
    assert "0 neu, 0 geändert, 2 unverändert" in output
    assert "Sprachcafé Partner" not in _public_feed()


def _public_feed() -> str:
    return Client().get("/de/veranstaltungen/feed.ics").content.decode()


def test_a_changed_event_is_updated_and_goes_back_to_review(feed):
    feed.events["treffen@partner"] = {"summary": "Treffen", "dtstart": in_two_weeks()}
    run_import()
    Event.objects.update(status=Status.PUBLISHED)
    feed.events["treffen@partner"] = {
        "summary": "Treffen (verschoben)",
        "dtstart": in_two_weeks(19),
    }
    run_import()
    event = Event.objects.get()
    assert event.title == "Treffen (verschoben)"
    assert event.starts_at == in_two_weeks(19)
    assert event.status == Status.REVIEW


def test_a_staff_edit_is_never_overwritten(feed):
    feed.events["kurs@partner"] = {"summary": "Kurs", "dtstart": in_two_weeks()}
    run_import()
    event = Event.objects.get()
    event.title_de = "Kurs – mit Kinderbetreuung"
    event.save()
    feed.events["kurs@partner"] = {"summary": "Kurs NEU", "dtstart": in_two_weeks(9)}
    output = run_import()
    event.refresh_from_db()
    assert event.title == "Kurs – mit Kinderbetreuung"
    assert event.starts_at == in_two_weeks()
    assert "1 von der Redaktion bearbeitet" in output


def test_a_broken_feed_is_reported_and_stops_nothing(feed, make_organization):
    feed.status = 500
    other = Feed()
    other.events["x@other"] = {"summary": "Anderes Fest", "dtstart": in_two_weeks()}
    PartnerFeed.objects.create(organization=make_organization("Andere"), url=other.url)
    run_import()
    assert "Fehler" in PartnerFeed.objects.get(url=feed.url).last_result
    assert Event.objects.filter(title="Anderes Fest", status=Status.DRAFT).exists()
    other.server.shutdown()


@pytest.mark.parametrize(
    ("rule", "repeat", "note"),
    [
        ({"freq": "weekly", "count": 3}, Event.Repeat.WEEKLY, False),
        ({"freq": "weekly", "byday": ["TU", "TH"]}, "", True),
        ({"freq": "monthly", "byday": ["TU"]}, "", True),
        ({"freq": "monthly", "bymonthday": [1, 15]}, "", True),
        ({"freq": "daily"}, "", True),
    ],
)
def test_only_repetitions_we_can_show_are_taken_over(feed, rule, repeat, note):
    start = in_two_weeks()
    feed.events["r@partner"] = {"summary": "Serie", "dtstart": start, "rrule": rule}
    run_import()
    event = Event.objects.get()
    assert event.repeat == repeat
    if rule.get("count"):
        assert event.occurrences.count() == 3
        assert event.repeat_until == (start + datetime.timedelta(weeks=2)).date()
    else:
        assert event.occurrences.count() == 1  # the first date only, and staff are told
    assert ("Wiederholung nicht übernommen" in PartnerFeed.objects.get().last_result) == note


def test_duration_and_impossible_ends(feed):
    feed.events["d@partner"] = {
        "summary": "Mit Dauer",
        "dtstart": in_two_weeks(),
        "duration": datetime.timedelta(hours=3),
    }
    feed.events["e@partner"] = {
        "summary": "Rückwärts",
        "dtstart": in_two_weeks(),
        "dtend": in_two_weeks(10),
    }
    feed.events["f@partner"] = {
        "summary": "Ganztags",
        "dtstart": in_two_weeks().date(),
        "dtend": in_two_weeks().date(),
    }
    run_import()
    assert Event.objects.get(title="Mit Dauer").ends_at == in_two_weeks(21)
    assert Event.objects.get(title="Rückwärts").ends_at is None
    whole_day = Event.objects.get(title="Ganztags")
    assert whole_day.all_day and whole_day.occurrences.get().ends_at > whole_day.starts_at


def test_cancelled_and_removed_events_are_archived_unless_staff_took_them_over(feed):
    for uid in ("a@p", "b@p", "c@p"):
        feed.events[uid] = {"summary": f"Termin {uid}", "dtstart": in_two_weeks()}
    run_import()
    Event.objects.update(status=Status.PUBLISHED)
    edited = Event.objects.get(source_uid="c@p")
    edited.title_de = "Termin – übernommen"
    edited.save()
    feed.events["a@p"]["status"] = "CANCELLED"
    del feed.events["b@p"]
    del feed.events["c@p"]
    run_import()
    states = dict(Event.objects.values_list("source_uid", "status"))
    assert states == {"a@p": Status.ARCHIVED, "b@p": Status.ARCHIVED, "c@p": Status.PUBLISHED}
    assert (
        "von der Redaktion bearbeitet: Termin – übernommen" in PartnerFeed.objects.get().last_result
    )


def test_one_bad_event_does_not_spoil_the_others(feed):
    feed.events["x" * 300] = {"summary": "Zu lange UID", "dtstart": in_two_weeks()}
    feed.events["gut@partner"] = {
        "summary": "Gut", "dtstart": in_two_weeks(), "url": "javascript:alert(1)",
        "location": "Gemeindesaal Silz",
    }  # fmt: skip
    run_import()
    good = Event.objects.get()
    assert good.title == "Gut"
    assert good.registration_url == ""  # only web addresses are kept
    assert good.location is None and "Gemeindesaal Silz" in good.description


def test_every_repetition_of_ours_comes_back_the_same_through_a_feed(
    feed, make_organization, reference_data
):
    """Our own feed, imported as a partner's: each kind of repetition survives the trip."""
    other = make_organization("Nachbarverein")
    start = in_two_weeks()
    ours = []
    for number, choice in enumerate(c for c in Event.Repeat.values if c):
        ours.append(
            Event.objects.create(
                title=f"Reihe {choice}", slug=f"reihe-{number}", organizer=other,
                location=other.location, status=Status.PUBLISHED, repeat=choice,
                starts_at=start + datetime.timedelta(days=number * 9),
                repeat_until=(start + datetime.timedelta(days=200)).date(),
            )
        )  # fmt: skip
    feed.raw = calendars.calendar(RequestFactory().get("/"), ours, "Test")
    run_import()
    for event in ours:
        twin = Event.objects.get(source_uid=event.uid)
        assert (twin.repeat, twin.repeat_until) == (event.repeat, event.repeat_until)
        assert [o.starts_at for o in twin.occurrences.all()] == [
            o.starts_at for o in event.occurrences.all()
        ]
