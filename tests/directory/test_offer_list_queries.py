"""The list's cost does not grow with the number of offers on it."""

import pytest


@pytest.fixture
def many_offers(make_offer):
    def create(count):
        for number in range(count):
            make_offer(
                f"Kurs {number:03}",
                municipality=["imst", "silz", "oetz"][number % 3],
                categories=["deutsch-lernen", "beratung"],
                languages=["de", "ar"],
                hours=[(1, "09:00", "12:00")],
            )

    return create


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize(
    "query", [{}, {"q": "Kurs"}, {"category": "beratung", "municipality": "imst", "language": "ar"}]
)
def test_list_needs_at_most_ten_queries(
    visitor, site_settings, many_offers, django_assert_max_num_queries, count, query
):
    many_offers(count)
    # Warm what is loaded once a minute, not per request: site settings, filter choices.
    visitor.get("/de/angebote/", {"sort": "newest"})
    with django_assert_max_num_queries(10):
        response = visitor.get("/de/angebote/", query)
    assert response.context["page"].paginator.count > 0


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 100])
def test_municipality_page_and_home_stay_flat(
    visitor, site_settings, many_offers, django_assert_max_num_queries, count
):
    many_offers(count)
    visitor.get("/de/")
    # 10: the content versions are read once per request (one small query), which keys the
    # cached site settings, counts and choices; then one query per app's section.
    with django_assert_max_num_queries(10):
        visitor.get("/de/gemeinden/imst/")
    with django_assert_max_num_queries(8):
        visitor.get("/de/")
    # Seven sections (offers, organisations, events, volunteer roles, news, projects, funding
    # priorities), each searching and correcting on its own; cached per words, and flat in
    # the number of entries (at most 5 queries a section uncached, plus the page's own).
    with django_assert_max_num_queries(38):
        visitor.get("/de/suche/", {"q": "Kurs"})


@pytest.mark.django_db
def test_detail_needs_a_fixed_number_of_queries(
    visitor, site_settings, make_offer, django_assert_max_num_queries
):
    offer = make_offer(
        languages=["de", "ar", "fa", "uk"], hours=[(d, "09:00", "12:00") for d in range(1, 6)]
    )
    visitor.get("/de/")
    with django_assert_max_num_queries(10):
        visitor.get(offer.get_absolute_url())
