"""Every filter narrows the list correctly, alone and combined, with honest counts."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from directory.models import Closure, Offer

VIENNA = ZoneInfo("Europe/Vienna")


@pytest.fixture
def offers(make_offer):
    return [
        make_offer("Deutschkurs Imst", slug="kurs-imst", municipality="imst", cost="free",
                   languages=["de", "ar"], target_groups=["frauen"]),
        make_offer("Deutschkurs online", slug="kurs-online", municipality=None, mode="online",
                   cost="fee", serves_whole_district=True, languages=["de", "uk"]),
        make_offer("Jobcoaching Silz", slug="job-silz", municipality="silz", cost="reduced",
                   categories=["arbeit-ausbildung"], languages=["de", "fa"], serves=["haiming"]),
        make_offer("Sprachcafé Silz", slug="cafe-silz", municipality="silz", mode="hybrid",
                   categories=["treffpunkte", "deutsch-lernen"], languages=["de", "ar"]),
    ]  # fmt: skip


def slugs(response):
    return sorted(offer.slug for offer in response.context["page"].object_list)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "deutsch-lernen"}, ["cafe-silz", "kurs-imst", "kurs-online"]),
        ({"category": "arbeit-ausbildung"}, ["job-silz"]),
        ({"municipality": "silz"}, ["cafe-silz", "job-silz", "kurs-online"]),  # online serves all
        ({"municipality": "haiming"}, ["job-silz", "kurs-online"]),  # served, not located
        ({"target_group": "frauen"}, ["kurs-imst"]),
        ({"language": "ar"}, ["cafe-silz", "kurs-imst"]),
        ({"cost": "reduced"}, ["job-silz"]),
        ({"mode": "online"}, ["cafe-silz", "kurs-online"]),  # hybrid counts as online too
        ({"mode": "in_person"}, ["cafe-silz", "job-silz", "kurs-imst"]),
        ({"category": "deutsch-lernen", "municipality": "silz"}, ["cafe-silz", "kurs-online"]),
        (
            {"category": "deutsch-lernen", "language": "ar", "mode": "in_person"},
            ["cafe-silz", "kurs-imst"],
        ),
        ({"q": "Silz", "category": "treffpunkte"}, ["cafe-silz"]),
    ],
)
def test_filters_narrow_the_list(visitor, site_settings, offers, query, expected):
    response = visitor.get("/de/angebote/", query)
    assert response.status_code == 200
    assert slugs(response) == expected


@pytest.mark.django_db
def test_counts_tell_what_each_choice_would_show(visitor, site_settings, offers):
    response = visitor.get("/de/angebote/", {"municipality": "silz"})
    facets = {f["name"]: f["counts"] for f in response.context["facets"]}
    # within Silz: three offers, two of them for learning German
    assert facets["category"]["deutsch-lernen"] == 2
    assert facets["category"]["arbeit-ausbildung"] == 1
    # the municipality counts ignore the municipality filter itself
    assert facets["municipality"]["imst"] == 2
    assert facets["municipality"]["silz"] == 3
    assert '<option value="silz" selected>Silz (3)</option>' in response.content.decode()


@pytest.mark.django_db
def test_active_filters_can_be_removed_one_by_one(visitor, site_settings, offers):
    html = visitor.get(
        "/de/angebote/", {"category": "deutsch-lernen", "municipality": "silz"}
    ).content.decode()
    assert 'href="?municipality=silz"' in html  # removes the category
    assert 'href="?category=deutsch-lernen"' in html  # removes the municipality


@pytest.mark.django_db
def test_sort_by_name_and_newest(visitor, site_settings, offers):
    by_name = visitor.get("/de/angebote/", {"sort": "name"}).context["page"].object_list
    assert [o.slug for o in by_name] == ["kurs-imst", "kurs-online", "job-silz", "cafe-silz"]
    newest = visitor.get("/de/angebote/", {"sort": "newest"}).context["page"].object_list
    assert newest[0].slug == "cafe-silz"


@pytest.mark.django_db
def test_names_sort_with_umlauts_in_place(visitor, site_settings, make_offer):
    for title in ["Zumba", "Änderungsschneiderei", "Ausflug"]:
        make_offer(title)
    titles = [
        o.title for o in visitor.get("/de/angebote/", {"sort": "name"}).context["page"].object_list
    ]
    assert titles == ["Änderungsschneiderei", "Ausflug", "Zumba"]


@pytest.mark.django_db
def test_pages_have_twenty_offers_and_keep_the_filters(visitor, site_settings, make_offer):
    for number in range(23):
        make_offer(f"Kurs {number:02}", municipality="imst")
    first = visitor.get("/de/angebote/", {"municipality": "imst"})
    assert len(first.context["page"].object_list) == 20
    assert 'href="?municipality=imst&amp;page=2"' in first.content.decode()
    second = visitor.get("/de/angebote/", {"municipality": "imst", "page": "2"})
    assert len(second.context["page"].object_list) == 3


# open now, at frozen moments -------------------------------------------------------------

MONDAY = datetime.date(2026, 11, 23)


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=VIENNA)


@pytest.fixture
def counselling(make_offer):
    return make_offer(
        "Beratung",
        hours=[(1, "09:00", "12:00"), (1, "14:00", "16:00"), (3, "09:00", "12:00")],
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (at(MONDAY, 9, 0), True),  # opening minute
        (at(MONDAY, 11, 59), True),
        (at(MONDAY, 12, 0), False),  # closing minute: closed
        (at(MONDAY, 13, 0), False),  # lunch break between two slots
        (at(MONDAY, 14, 30), True),  # second slot
        (at(MONDAY + datetime.timedelta(days=1), 10, 0), False),  # Tuesday: no slot
        (at(MONDAY + datetime.timedelta(days=2), 10, 0), True),  # Wednesday
    ],
)
def test_open_at_follows_weekday_and_slot_edges(counselling, moment, is_open):
    assert Offer.objects.open_at(moment).filter(pk=counselling.pk).exists() is is_open
    assert Offer.objects.for_detail().get(pk=counselling.pk).is_open_at(moment) is is_open


@pytest.mark.django_db
def test_closed_during_a_holiday_closure(counselling):
    Closure.objects.create(offer=counselling, start=MONDAY, end=MONDAY + datetime.timedelta(days=6))
    assert not Offer.objects.open_at(at(MONDAY, 10)).exists()
    assert not Offer.objects.for_detail().get().is_open_at(at(MONDAY, 10))
    assert Offer.objects.open_at(
        at(MONDAY + datetime.timedelta(days=9), 10)
    ).exists()  # Wednesday after


@pytest.mark.django_db
def test_holiday_hours_replace_the_regular_ones(make_offer):
    christmas = (datetime.date(2026, 12, 21), datetime.date(2027, 1, 6))
    offer = make_offer("Beratung", hours=[(1, "09:00", "12:00"), (1, "10:00", "11:00", *christmas)])
    monday_in_holidays = datetime.date(2026, 12, 28)
    assert not Offer.objects.open_at(at(monday_in_holidays, 9, 30)).exists()
    assert Offer.objects.open_at(at(monday_in_holidays, 10, 30)).exists()
    assert Offer.objects.open_at(at(MONDAY, 9, 30)).exists()  # before the holidays
    detail = Offer.objects.for_detail().get(pk=offer.pk)
    assert not detail.is_open_at(at(monday_in_holidays, 9, 30))
    assert detail.is_open_at(at(monday_in_holidays, 10, 30))


@pytest.mark.django_db
def test_open_now_filter_in_the_list(visitor, site_settings, make_offer):
    always = [(day, datetime.time(0), datetime.time(23, 59, 59, 999999)) for day in range(1, 8)]
    make_offer("Immer offen", slug="immer", hours=always)
    make_offer("Nie offen", slug="nie")
    assert slugs(visitor.get("/de/angebote/", {"open_now": "on"})) == ["immer"]
