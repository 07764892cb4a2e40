"""The detail page gives everything needed to go there or call."""

import datetime
import json
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext


@pytest.fixture
def offer(make_offer):
    return make_offer(
        "Deutschkurs A1 mit Kinderbetreuung",
        slug="deutschkurs-a1",
        title_en="German course A1 with childcare",
        municipality="laengenfeld",
        languages=["de", "ar", "fa"],
        hours=[(1, "09:00", "11:30"), (3, "09:00", "11:30")],
        childcare=True,
        cost="free",
        email="kurs@bildung.example.org",
        last_verified=datetime.date(2026, 10, 5),
    )


def json_ld(html):
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


@pytest.mark.django_db
def test_json_ld_carries_name_address_phone_and_hours(visitor, site_settings, offer):
    data = json_ld(visitor.get("/en/angebote/deutschkurs-a1/").content.decode())
    assert data["@type"] == "Service"
    assert data["name"] == "German course A1 with childcare"
    place = data["availableChannel"]["serviceLocation"]
    assert place["address"]["addressLocality"] == "Längenfeld"
    assert place["address"]["streetAddress"] == "Dorfstraße 1"
    assert data["availableChannel"]["servicePhone"]["telephone"] == "+43 5412 000 100"
    days = {spec["dayOfWeek"] for spec in place["openingHoursSpecification"]}
    assert days == {"https://schema.org/Monday", "https://schema.org/Wednesday"}
    assert place["openingHoursSpecification"][0]["opens"] == "09:00"


@pytest.mark.django_db
def test_json_ld_cannot_be_broken_out_of(visitor, site_settings, make_offer):
    make_offer("Kurs </script><script>alert(1)</script>", slug="boese")
    html = visitor.get("/de/angebote/boese/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"].startswith("Kurs </script>")


@pytest.mark.django_db
def test_phone_email_and_map_are_links(visitor, site_settings, offer):
    html = visitor.get("/de/angebote/deutschkurs-a1/").content.decode()
    assert 'href="tel:+435412000100"' in html
    assert 'href="mailto:kurs@bildung.example.org"' in html
    assert 'href="https://www.openstreetmap.org/?mlat=47.239400&amp;mlon=10.738100' in html


@pytest.mark.django_db
def test_languages_are_named_in_themselves(visitor, site_settings, offer):
    html = visitor.get("/de/angebote/deutschkurs-a1/").content.decode()
    assert '<span lang="ar" dir="rtl">العربية</span> (Arabisch)' in html
    assert '<span lang="fa" dir="rtl">فارسی</span>' in html


@pytest.mark.django_db
def test_opening_hours_and_last_check_are_shown(visitor, site_settings, offer):
    html = visitor.get("/de/angebote/deutschkurs-a1/").content.decode()
    assert "09:00–11:30" in html
    assert "05.10.2026" in html


@pytest.mark.django_db
def test_untranslated_offer_says_it_is_shown_in_german(visitor, site_settings, offer):
    html = visitor.get("/ar/angebote/deutschkurs-a1/").content.decode()
    with translation.override("ar"):
        notice = gettext("This text is not available in your language yet. It is shown in German.")
    assert notice in html
    assert '<article class="offer" lang="de" dir="ltr">' in html


@pytest.mark.django_db
def test_translated_offer_has_no_notice(visitor, site_settings, offer):
    html = visitor.get("/en/angebote/deutschkurs-a1/").content.decode()
    assert "German course A1 with childcare" in html
    assert "It is shown in German" not in html


@pytest.mark.django_db
def test_print_layout_is_linked(visitor, site_settings, offer):
    html = visitor.get("/de/angebote/deutschkurs-a1/").content.decode()
    assert 'href="/static/css/print.css" media="print"' in html
