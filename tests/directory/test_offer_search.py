"""Search finds what people mean: by stem, with typos, in their language, else in German."""

import pytest
from django.utils import translation
from django.utils.translation import gettext


@pytest.fixture
def courses(make_offer):
    return {
        "german": make_offer(
            "Deutschkurs für Mütter mit Kinderbetreuung",
            slug="deutschkurs-muetter",
            summary_de="Ein Kurs am Vormittag, die Kinder spielen nebenan.",
            title_en="German course for mothers with childcare",
            summary_en="A morning course while the children play next door.",
            title_ar="دورة لغة ألمانية للأمهات مع رعاية الأطفال",
            summary_ar="دورة صباحية بينما يلعب الأطفال في الغرفة المجاورة.",
            title_uk="Курс німецької для мам із доглядом за дітьми",
            summary_uk="Ранковий курс, поки діти граються поруч.",
            municipality="laengenfeld",
        ),
        "counselling": make_offer(
            "Sozialberatung in Imst",
            slug="sozialberatung",
            summary_de="Hilfe bei Anträgen, Geld und Wohnen.",
            title_en="Social counselling in Imst",
            summary_en="Help with applications, money and housing.",
            categories=["beratung"],
        ),
        "untranslated": make_offer(
            "Nähcafé für Frauen",
            slug="naehcafe",
            summary_de="Gemeinsam nähen und Deutsch sprechen.",
            categories=["treffpunkte"],
        ),
    }


def titles(response):
    return [offer.slug for offer in response.context["page"].object_list]


@pytest.mark.django_db
def test_plural_finds_singular_by_stemming(visitor, site_settings, courses):
    assert titles(visitor.get("/de/angebote/", {"q": "Kurse"})) == ["deutschkurs-muetter"]


@pytest.mark.django_db
def test_beginning_of_a_word_is_enough(visitor, site_settings, courses):
    assert titles(visitor.get("/de/angebote/", {"q": "Sozialb"})) == ["sozialberatung"]


@pytest.mark.django_db
def test_typo_still_finds_the_german_course(visitor, site_settings, courses):
    response = visitor.get("/de/angebote/", {"q": "Deutschkrus"})
    assert titles(response) == ["deutschkurs-muetter"]
    assert response.context["corrected"] == "deutschkurs"
    assert "„deutschkurs“" in response.content.decode()


@pytest.mark.django_db
def test_english_reader_finds_by_english_words(visitor, site_settings, courses):
    assert titles(visitor.get("/en/angebote/", {"q": "mothers childcare"})) == [
        "deutschkurs-muetter"
    ]


@pytest.mark.django_db
def test_arabic_reader_finds_by_arabic_words(visitor, site_settings, courses):
    assert titles(visitor.get("/ar/angebote/", {"q": "الألمانية"})) == ["deutschkurs-muetter"]


@pytest.mark.django_db
def test_ukrainian_reader_finds_by_ukrainian_words(visitor, site_settings, courses):
    assert titles(visitor.get("/uk/angebote/", {"q": "курс німецької"})) == ["deutschkurs-muetter"]


@pytest.mark.django_db
def test_german_words_work_in_every_language(visitor, site_settings, courses):
    assert titles(visitor.get("/ar/angebote/", {"q": "Nähcafé"})) == ["naehcafe"]


@pytest.mark.django_db
def test_untranslated_offer_falls_back_to_german_and_says_so(visitor, site_settings, courses):
    html = visitor.get("/uk/angebote/", {"q": "Nähcafé"}).content.decode()
    assert 'lang="de" dir="ltr">Nähcafé für Frauen</a>' in html
    with translation.override("uk"):
        badge = gettext("in German")
    assert badge != "in German" and badge in html


@pytest.mark.django_db
def test_translated_offer_shows_in_the_readers_language(visitor, site_settings, courses):
    html = visitor.get("/uk/angebote/", {"q": "курс"}).content.decode()
    assert "Курс німецької для мам із доглядом за дітьми" in html


@pytest.mark.django_db
def test_best_match_comes_first(visitor, site_settings, courses, make_offer):
    make_offer("Elterncafé", slug="elterncafe", summary_de="Mit Tipps zum Deutschkurs.")
    assert titles(visitor.get("/de/angebote/", {"q": "Deutschkurs"}))[0] == "deutschkurs-muetter"


@pytest.mark.django_db
def test_site_search_lists_offers_with_a_link_to_all(visitor, site_settings, courses):
    html = visitor.get("/de/suche/", {"q": "Beratung"}).content.decode()
    assert "Sozialberatung in Imst" in html
    assert "Deutschkurs für Mütter" not in html


@pytest.mark.django_db
def test_site_search_corrects_typos_too(visitor, site_settings, courses):
    html = visitor.get("/en/suche/", {"q": "counseling"}).content.decode()
    assert "Social counselling in Imst" in html


@pytest.mark.django_db
def test_nothing_found_gives_advice(visitor, site_settings, courses):
    html = visitor.get("/de/angebote/", {"q": "Fallschirmspringen"}).content.decode()
    assert 'class="empty-state"' in html
