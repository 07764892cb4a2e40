"""Events: their dates (repeating ones at their next date), the lists, and the iCalendar
feeds that calendar programs subscribe to."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone
from django.utils.text import slugify

from integration_portal.models import Location, Municipality
from integration_portal.publishing import Status
from network.models import Event

pytestmark = pytest.mark.django_db
VIENNA = ZoneInfo("Europe/Vienna")


@pytest.fixture
def place(reference_data):
    return Location.objects.create(name="Saal", municipality=Municipality.objects.get(slug="imst"))


@pytest.fixture
def make_event(place, organization):
    def make(title, start, *, status=Status.PUBLISHED, **fields):
        fields.setdefault("slug", slugify(title))
        fields.setdefault("location", place)
        return Event.objects.create(
            title=title, starts_at=start, organizer=organization, status=status, **fields
        )

    return make


def _local(days, hour):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), VIENNA)


def _feed(visitor, url="/de/veranstaltungen/feed.ics"):
    response = visitor.get(url)
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_feed_has_only_published_upcoming_events_in_vienna_time(visitor, site_settings, make_event):
    make_event("Sprachcafé", _local(-21, 17), repeat=Event.Repeat.WEEKLY)
    make_event("Fachtag", _local(10, 9), ends_at=_local(10, 16))
    make_event("Entwurf", _local(5, 9), status=Status.DRAFT)
    make_event("Vorbei", _local(-3, 9))
    calendar = _feed(visitor)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Sprachcafé", "Fachtag"}
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Vienna"]
    fachtag = events["Fachtag"]
    assert fachtag.decoded("dtstart") == _local(10, 9)
    assert fachtag["dtstart"].params["TZID"] == "Europe/Vienna"
    assert fachtag.decoded("dtend").hour == 16
    cafe = events["Sprachcafé"]
    assert cafe["rrule"]["FREQ"] == ["WEEKLY"]
    assert cafe.decoded("dtstart").hour == 17  # 17:00 local, in summer and in winter


def test_a_changed_event_keeps_its_uid(visitor, site_settings, make_event):
    event = make_event("Netzwerktreffen", _local(7, 18))
    before = str(next(iter(_feed(visitor).walk("VEVENT")))["uid"])
    event.title = "Netzwerktreffen (neuer Raum)"
    event.starts_at = _local(8, 19)
    event.save()
    (after,) = _feed(visitor).walk("VEVENT")
    assert str(after["uid"]) == before == event.uid
    assert str(after["summary"]) == "Netzwerktreffen (neuer Raum)"


def test_cancelled_dates_are_left_out(visitor, site_settings, make_event):
    start = _local(1, 17)
    skipped = (start + datetime.timedelta(weeks=1)).date()
    event = make_event("Café", start, repeat=Event.Repeat.WEEKLY, exceptions=[skipped])
    dates = [o.starts_at.astimezone(VIENNA).date() for o in event.next_dates(3)]
    assert dates == [
        start.date(),
        start.date() + datetime.timedelta(weeks=2),
        start.date() + datetime.timedelta(weeks=3),
    ]
    (entry,) = _feed(visitor).walk("VEVENT")
    assert [d.dt.date() for d in entry["exdate"].dts] == [skipped]


def test_weekly_event_keeps_its_local_time_across_the_clock_change(make_event):
    event = make_event(
        "Abendtreff", datetime.datetime(2026, 3, 20, 18, tzinfo=VIENNA), repeat=Event.Repeat.WEEKLY,
        repeat_until=datetime.date(2026, 4, 10),
    )  # fmt: skip
    hours = {o.starts_at.astimezone(VIENNA).hour for o in event.occurrences.all()}
    assert hours == {18}
    assert event.occurrences.count() == 4


def test_repeating_event_is_listed_at_its_next_date(visitor, site_settings, make_event):
    make_event("Sprachcafé", _local(-20, 17), repeat=Event.Repeat.WEEKLY)
    page = visitor.get("/de/veranstaltungen/").content.decode()
    assert "Sprachcafé" in page
    next_date = Event.objects.get().next_dates(1)[0].starts_at
    assert next_date > timezone.now()
    assert f'datetime="{timezone.localtime(next_date).isoformat()}"' in page


def test_past_and_date_range(visitor, site_settings, make_event):
    make_event("Vorbei", _local(-3, 9))
    make_event("Bald", _local(3, 9))
    make_event("Später", _local(30, 9))
    past = visitor.get("/de/veranstaltungen/?when=past").content.decode()
    assert "Vorbei" in past and "Bald" not in past
    day = timezone.localdate()
    window = f"from={day + datetime.timedelta(days=1)}&to={day + datetime.timedelta(days=7)}"
    ranged = visitor.get(f"/de/veranstaltungen/?{window}").content.decode()
    assert "Bald" in ranged and "Später" not in ranged


def test_dates_the_wrong_way_round_are_a_clear_400_then_a_good_request_works(
    visitor, site_settings, make_event
):
    make_event("Bald", _local(3, 9))
    bad = visitor.get("/ar/veranstaltungen/?from=2026-12-20&to=2026-12-01")
    assert bad.status_code == 400
    assert 'value="2026-12-20"' in bad.content.decode()  # what was typed stays
    assert "Bald" not in bad.content.decode()
    good = visitor.get("/ar/veranstaltungen/")
    assert good.status_code == 200 and "Bald" in good.content.decode()
    assert visitor.get("/de/veranstaltungen/?from=gestern").status_code == 400


def test_single_event_download(visitor, site_settings, make_event):
    event = make_event("Fachtag", _local(10, 9))
    response = visitor.get(f"/de/veranstaltungen/{event.slug}/kalender.ics")
    assert "attachment" in response["Content-Disposition"]
    (entry,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(entry["uid"]) == event.uid


def test_event_list_query_count_stays_flat(
    visitor, site_settings, make_event, django_assert_max_num_queries
):
    for number in range(3):
        make_event(f"Treffen {number}", _local(number + 1, 9))
    visitor.get("/de/veranstaltungen/")  # the versions' boundaries are found once
    with django_assert_max_num_queries(12) as few:  # nothing cached for these filters yet
        assert visitor.get("/de/veranstaltungen/?to=2099-01-01").content.count(b"<article") == 3
    count = len(few)
    assert count > 3  # really computed, not read from the cache
    for number in range(3, 25):
        make_event(f"Treffen {number}", _local(number + 1, 9))
    visitor.get("/de/veranstaltungen/")
    with django_assert_max_num_queries(count):
        assert visitor.get("/de/veranstaltungen/?to=2098-01-01").content.count(b"<article") == 20


def test_event_page_describes_the_next_date_for_search_engines(visitor, site_settings, make_event):
    event = make_event("Sprachcafé", _local(-20, 17), repeat=Event.Repeat.WEEKLY)
    page = visitor.get(event.get_absolute_url()).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]
    )
    assert data["@type"] == "Event"
    start = datetime.datetime.fromisoformat(data["startDate"])
    assert start == event.next_dates(1)[0].starts_at
    assert start.utcoffset() == timezone.localtime(start).utcoffset()  # local time, with offset
    assert data["location"]["address"]["addressLocality"] == "Imst"


def test_an_all_day_event_keeps_its_day_in_every_description(visitor, site_settings, make_event):
    day = timezone.localdate() + datetime.timedelta(days=5)
    start = datetime.datetime.combine(day, datetime.time(), VIENNA)
    event = make_event("Fachtag", start, all_day=True, ends_at=start + datetime.timedelta(days=1))
    page = visitor.get(event.get_absolute_url()).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]
    )
    assert data["startDate"] == day.isoformat()
    assert data["endDate"] == (day + datetime.timedelta(days=1)).isoformat()
    (entry,) = _feed(visitor).walk("VEVENT")
    assert entry.decoded("dtstart") == day
    assert entry.decoded("dtend") == day + datetime.timedelta(days=2)  # the day after the last


def test_far_dates_are_a_clear_400(visitor, site_settings):
    for query in ("to=9999-12-31", "from=0001-01-01", "from=2026-02-30", "when=morgen"):
        response = visitor.get(f"/de/veranstaltungen/?{query}")
        assert response.status_code == 400, query
    assert "2100" in visitor.get("/de/veranstaltungen/?to=9999-12-31").content.decode()


def test_a_repetition_without_a_near_end_keeps_a_bounded_number_of_dates(make_event):
    event = make_event(
        "Ewig", _local(1, 9), repeat=Event.Repeat.WEEKLY, repeat_until=datetime.date(9999, 12, 31)
    )
    assert 150 < event.occurrences.count() < 160  # three years of weeks
