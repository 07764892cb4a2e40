"""The partner network: organisations listed, filtered and searched on the shared base."""

import re

import pytest

from integration_portal.publishing import Status
from network.models import Organization


def names(response) -> list[str]:
    page = response.content.decode()
    return re.findall(
        r'<h3 class="offer-card__title"><a href="/\w\w/netzwerk/[\w-]+/">([^<]+)</a>', page
    )


@pytest.fixture
def network(make_organization, site_settings):
    return {
        "verein": make_organization("Verein Miteinander", kind=Organization.Kind.ASSOCIATION),
        "schule": make_organization(
            "Bildungshaus Oberland", kind=Organization.Kind.EDUCATION, municipality="silz"
        ),
        "kirche": make_organization(
            "Pfarre Imst", kind=Organization.Kind.CHURCH, description_de="Sozialkreis der Pfarre."
        ),
        "entwurf": make_organization("Zauberkreis Lavendel", status=Status.DRAFT),
    }


@pytest.mark.django_db
def test_the_list_shows_published_organisations_only(visitor, network):
    response = visitor.get("/de/netzwerk/")
    assert names(response) == ["Bildungshaus Oberland", "Pfarre Imst", "Verein Miteinander"]
    assert "{#" not in response.content.decode()  # no template comment shows


@pytest.mark.django_db
def test_filters_by_kind_and_municipality_with_counts(visitor, network):
    response = visitor.get("/de/netzwerk/", {"municipality": "imst"})
    assert names(response) == ["Pfarre Imst", "Verein Miteinander"]
    facets = {facet["name"]: facet["counts"] for facet in response.context["facets"]}
    assert facets["kind"] == {"association": 1, "church": 1}
    assert facets["municipality"] == {
        "imst": 2,
        "silz": 1,
    }  # the municipality's own filter is left out
    assert names(visitor.get("/de/netzwerk/", {"kind": "education"})) == ["Bildungshaus Oberland"]


@pytest.mark.django_db
def test_a_bad_filter_value_is_a_clear_400_that_keeps_the_words(visitor, network):
    response = visitor.get("/de/netzwerk/", {"kind": "zzz", "q": "Pfarre"})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Pfarre"' in page and 'role="alert"' in page
    assert len(names(visitor.get("/de/netzwerk/"))) == 3  # the next visitor sees everything


@pytest.mark.django_db
def test_search_words_find_by_name_and_description(visitor, network):
    assert names(visitor.get("/de/netzwerk/", {"q": "Sozialkreis"})) == ["Pfarre Imst"]


@pytest.mark.django_db
def test_detail_shows_description_contact_and_map(visitor, network):
    page = visitor.get(network["kirche"].get_absolute_url()).content.decode()
    assert "<h1>Pfarre Imst</h1>" in page
    assert "Sozialkreis der Pfarre." in page
    assert "openstreetmap.org/?mlat=47.2394" in page


@pytest.mark.django_db
def test_a_draft_organisation_has_no_page(visitor, network):
    assert visitor.get(network["entwurf"].get_absolute_url()).status_code == 404
    assert names(visitor.get("/de/netzwerk/", {"q": "Zauberkreis"})) == []


@pytest.mark.django_db
def test_a_typo_in_the_name_still_finds_it_in_the_site_search(visitor, network):
    response = visitor.get("/de/suche/", {"q": "Bildungshuas"})
    page = response.content.decode()
    assert "Bildungshaus Oberland" in page
    assert "bildungshaus" in page  # the corrected words are shown


@pytest.mark.django_db
def test_a_draft_organisations_words_never_help_a_correction(visitor, network):
    from integration_portal.models import SearchTerm

    assert not SearchTerm.objects.filter(word__in=["zauberkreis", "lavendel"]).exists()
    response = visitor.get("/de/suche/", {"q": "Zauberkries Lavendl"})
    assert names(response) == []
    assert "zauberkreis" not in response.content.decode()  # no correction towards it


@pytest.mark.django_db
def test_unpublishing_takes_the_words_out_of_the_vocabulary(visitor, network):
    from integration_portal.models import SearchTerm

    assert SearchTerm.objects.filter(word="oberland").exists()
    network["schule"].status = Status.ARCHIVED
    network["schule"].save()
    assert not SearchTerm.objects.filter(word="oberland").exists()
    assert "Bildungshaus" not in visitor.get("/de/suche/", {"q": "Bildungshuas"}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 100])
def test_the_list_costs_the_same_for_10_and_100_organisations(
    visitor, site_settings, make_organization, django_assert_max_num_queries, count
):
    for number in range(count):
        make_organization(f"Verein {number:03}", municipality=["imst", "silz"][number % 2])
    visitor.get("/de/netzwerk/", {"sort": "newest"})  # warm the filter choices
    for query in [{}, {"q": "Verein"}, {"kind": "association", "municipality": "imst"}]:
        with django_assert_max_num_queries(8):
            response = visitor.get("/de/netzwerk/", query)
        assert response.context["count"] > 0


@pytest.mark.django_db
def test_the_sitemap_lists_published_organisations_only(visitor, network):
    sitemap = visitor.get("/sitemap-organizations.xml").content.decode()
    assert network["kirche"].get_absolute_url() in sitemap
    assert network["entwurf"].get_absolute_url() not in sitemap
