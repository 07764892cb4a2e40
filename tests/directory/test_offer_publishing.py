"""Published means published: nothing else reaches the public, wherever it looks."""

import pytest

HIDDEN = ["draft", "review", "archived", "expired", "scheduled"]


@pytest.mark.django_db
def test_only_the_published_offer_is_listed(visitor, site_settings, one_of_each_state):
    html = visitor.get("/de/angebote/").content.decode()
    assert "Sichtbarer Deutschkurs" in html
    for state in HIDDEN:
        assert one_of_each_state[state].title not in html


@pytest.mark.django_db
@pytest.mark.parametrize("state", HIDDEN)
def test_hidden_offer_detail_is_404(visitor, site_settings, one_of_each_state, state):
    assert visitor.get(f"/de/angebote/{one_of_each_state[state].slug}/").status_code == 404


@pytest.mark.django_db
def test_published_offer_detail_is_shown(visitor, site_settings, one_of_each_state):
    response = visitor.get("/de/angebote/sichtbar/")
    assert response.status_code == 200
    assert "Sichtbarer Deutschkurs" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/de/angebote/?q=Deutschkurs", "/de/suche/?q=Deutschkurs", "/de/gemeinden/imst/", "/de/"],
)
def test_hidden_offers_stay_out_of_search_municipality_and_home(
    visitor, site_settings, one_of_each_state, path
):
    html = visitor.get(path).content.decode()
    assert "Sichtbarer Deutschkurs" in html
    for state in HIDDEN:
        assert one_of_each_state[state].title not in html


@pytest.mark.django_db
def test_hidden_offers_stay_out_of_the_sitemap(visitor, one_of_each_state):
    assert "sitemap-offers.xml" in visitor.get("/sitemap.xml").content.decode()
    body = visitor.get("/sitemap-offers.xml").content.decode()
    assert "/de/angebote/sichtbar/" in body
    for state in HIDDEN:
        assert f"/angebote/{one_of_each_state[state].slug}/" not in body


@pytest.mark.django_db
def test_hidden_offers_do_not_count_in_the_topic_numbers(visitor, site_settings, one_of_each_state):
    html = visitor.get("/de/angebote/").content.decode()
    assert "Deutsch lernen (1)" in html


@pytest.mark.django_db
def test_typo_correction_never_suggests_words_of_drafts(visitor, site_settings, make_offer):
    make_offer("Geheimprojekt Zauberkurs", slug="geheim", status="draft")
    make_offer("Deutschkurs Imst", slug="offen")
    html = visitor.get("/de/angebote/?q=Zauberkrus").content.decode()
    assert "Zauberkurs" not in html
    assert "Geheimprojekt" not in html


@pytest.mark.django_db
def test_an_unpublished_offer_leaves_even_a_list_seen_a_moment_ago(
    visitor, site_settings, make_offer
):
    offer = make_offer("Kurs, der gleich endet", slug="endet")
    assert "Kurs, der gleich endet" in visitor.get("/de/angebote/?q=Kurs").content.decode()
    offer.status = "archived"
    offer.save()
    html = visitor.get("/de/angebote/?q=Kurs").content.decode()
    assert "Kurs, der gleich endet" not in html
    assert visitor.get("/de/").content.decode().count("Kurs, der gleich endet") == 0
