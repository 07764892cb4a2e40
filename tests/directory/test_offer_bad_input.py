"""Whatever arrives in the query string: a clear page or a 4xx, never a 500, never markup."""

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"category": "gibt-es-nicht"},
        {"municipality": "atlantis"},
        {"language": "xx"},
        {"target_group": "<b>"},
        {"cost": "teuer"},
        {"mode": "telepathy"},
        {"sort": "random"},
    ],
)
def test_unknown_values_are_refused_with_a_message(visitor, site_settings, make_offer, query):
    make_offer()
    response = visitor.get("/en/angebote/", query)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert 'aria-invalid="true"' in html


@pytest.mark.django_db
def test_a_refused_value_keeps_what_else_was_typed(visitor, site_settings, make_offer):
    make_offer()
    html = visitor.get(
        "/de/angebote/", {"q": "Deutschkurs", "municipality": "atlantis"}
    ).content.decode()
    assert 'value="Deutschkurs"' in html


@pytest.mark.django_db
def test_refusal_speaks_the_readers_language(visitor, site_settings, make_offer):
    make_offer()
    html = visitor.get("/de/angebote/", {"municipality": "atlantis"}).content.decode()
    assert "Bitte eine gültige Auswahl treffen" in html


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1.5", "9" * 50])
def test_odd_page_numbers_show_a_real_page(visitor, site_settings, make_offer, page):
    make_offer()
    response = visitor.get("/de/angebote/", {"page": page})
    assert response.status_code == 200
    assert "Deutschkurs A1" in response.content.decode()


@pytest.mark.django_db
def test_a_5000_character_query_is_refused_politely(visitor, site_settings, make_offer):
    make_offer()
    response = visitor.get("/en/angebote/", {"q": "Kurs " * 1000})
    assert response.status_code == 400
    assert "at most 200 characters" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "q", ["<script>alert(1)</script>", "' OR 1=1 --", "kurs & | ! :*", "((((", "\\", "🙂", "ـــ"]
)
def test_markup_and_query_syntax_are_just_words(visitor, site_settings, make_offer, q):
    make_offer()
    for path in ("/de/angebote/", "/de/suche/"):
        response = visitor.get(path, {"q": q})
        assert response.status_code == 200
        assert "<script>alert(1)" not in response.content.decode()


@pytest.mark.django_db
def test_open_now_accepts_only_yes_or_no(visitor, site_settings, make_offer):
    make_offer()
    assert visitor.get("/de/angebote/", {"open_now": "vielleicht"}).status_code in (200, 400)
    assert visitor.get("/de/angebote/", {"open_now": "on"}).status_code == 200


@pytest.mark.django_db
def test_unknown_municipality_page_is_404(visitor, site_settings):
    assert visitor.get("/de/gemeinden/atlantis/").status_code == 404
