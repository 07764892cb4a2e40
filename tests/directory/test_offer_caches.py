"""Caches are shared state: what one visitor asks must never change what the next one sees,
and a publication that ends by the clock ends at once everywhere."""

import datetime
import re
import time

import pytest
from django.conf import settings

from directory.models import Offer


def slugs(response) -> list[str]:
    found = re.findall(r'href="/\w\w/angebote/([\w-]+)/"', response.content.decode())
    return [slug for slug in found if slug != "vorschlagen"]  # the link to suggest one


@pytest.fixture
def thirty_offers(make_offer):
    """Two pages of offers in Imst and Silz."""
    return [
        make_offer(f"Kurs {n:02}", slug=f"kurs-{n:02}", municipality=["imst", "silz"][n % 2])
        for n in range(30)
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad", [{"cost": "zzz"}, {"mode": "x"}, {"category": "<x>"}, {"sort": "evil"}]
)
def test_one_bad_request_does_not_empty_the_list_for_the_next_visitor(
    visitor, site_settings, thirty_offers, bad
):
    assert visitor.get("/de/angebote/", bad).status_code == 400
    for code, _name in settings.LANGUAGES:
        first = visitor.get(f"/{code}/angebote/")
        second = visitor.get(f"/{code}/angebote/", {"page": 2})
        assert first.status_code == second.status_code == 200
        assert len(set(slugs(first)) | set(slugs(second))) == 30, code


@pytest.mark.django_db
def test_a_bad_request_writes_no_cache_entry(visitor, site_settings, thirty_offers):
    from django.core.cache import cache

    cache.clear()
    visitor.get("/de/angebote/", {"cost": "zzz", "municipality": "imst"})
    written = [key for key in cache._cache if ".results." in key or ".facets." in key]
    assert written == []  # choices and site settings may be kept: they ignore the request


@pytest.mark.django_db
def test_page_links_carry_only_the_filters_not_another_visitors_parameters(
    visitor, site_settings, thirty_offers
):
    visitor.get("/de/angebote/", {"category": "deutsch-lernen", "utm_source": "spam"})
    second = visitor.get("/de/angebote/", {"category": "deutsch-lernen"})  # from the cache
    links = re.findall(r'href="(\?[^"]*page=[^"]*)"', second.content.decode())
    assert links and all("utm_source" not in link for link in links)
    assert all("category=deutsch-lernen" in link for link in links)


@pytest.mark.django_db
def test_an_offer_leaves_every_list_the_moment_its_publication_ends(
    visitor, site_settings, make_offer
):
    make_offer("Dauerhafter Deutschkurs", slug="dauer")
    ending = make_offer(
        "Endender Deutschkurs",
        slug="endend",
        publish_until=datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=2),
    )
    pages = [
        ("/de/angebote/", {}),
        ("/de/angebote/", {"q": "Deutschkurs"}),
        ("/de/angebote/", {"municipality": "imst"}),
        ("/de/suche/", {"q": "Deutschkurs"}),
        ("/de/gemeinden/imst/", {}),
        ("/de/", {}),
    ]
    for path, query in pages:  # seen, and cached
        assert "Endender Deutschkurs" in visitor.get(path, query).content.decode(), path
    time.sleep(
        max(0.0, (ending.publish_until - datetime.datetime.now(datetime.UTC)).total_seconds())
    )
    for path, query in pages:
        page = visitor.get(path, query).content.decode()
        assert "Endender Deutschkurs" not in page, path
        assert "Dauerhafter Deutschkurs" in page, path


@pytest.mark.django_db
def test_counts_follow_a_bulk_update(visitor, site_settings, thirty_offers):
    """A write that sends no signals (a queryset update) moves the version through bump()."""
    from integration_portal import caching

    visitor.get("/de/angebote/")
    Offer.objects.filter(slug__in=["kurs-00", "kurs-02"]).update(status="archived")
    caching.bump(caching.name_of(Offer))
    response = visitor.get("/de/angebote/")
    assert response.context["count"] == 28
