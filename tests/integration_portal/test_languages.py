"""Every reader gets the site in their language, with the right direction."""

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

SITE_LANGUAGES = [code for code, _ in settings.LANGUAGES]
RIGHT_TO_LEFT = {"ar", "fa"}


def test_the_eight_site_languages_are_configured():
    assert SITE_LANGUAGES == ["de", "en", "ar", "fa", "uk", "ru", "tr", "bs"]


@pytest.mark.django_db
@pytest.mark.parametrize("code", SITE_LANGUAGES)
def test_every_prefix_answers_with_lang_and_direction(visitor, site_settings, code):
    response = visitor.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if code in RIGHT_TO_LEFT else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert response["Content-Language"] == code


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "target"), [("ar,en;q=0.5", "/ar/"), ("uk-UA,uk;q=0.9", "/uk/"), ("", "/de/")]
)
def test_root_redirects_to_the_visitors_language(visitor, accept, target):
    response = visitor.get("/", headers={"Accept-Language": accept})
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.django_db
def test_unknown_browser_language_falls_back_to_german(visitor):
    response = visitor.get("/", headers={"Accept-Language": "zh-CN"})
    assert response["Location"] == "/de/"


@pytest.mark.django_db
def test_language_switcher_keeps_the_page_and_the_query(visitor, site_settings):
    html = visitor.get("/de/suche/?q=Deutschkurs&page=2").content.decode()
    for code in SITE_LANGUAGES:
        assert f'href="/{code}/suche/?q=Deutschkurs&amp;page=2"' in html
    assert re.search(r'href="/de/suche/[^"]*"[^>]*aria-current="true"', html)


@pytest.mark.django_db
def test_language_switcher_names_each_language_in_itself(visitor, site_settings):
    html = visitor.get("/de/").content.decode()
    for name in ["Deutsch", "English", "العربية", "فارسی", "Українська", "Русский", "Türkçe"]:
        assert f">{name}</a>" in html


@pytest.mark.django_db
def test_interface_is_translated(visitor, site_settings):
    assert "Zum Inhalt springen" in visitor.get("/de/").content.decode()
    assert "Skip to content" in visitor.get("/en/").content.decode()
    assert "Skip to content" not in visitor.get("/ar/").content.decode()


@pytest.mark.django_db
def test_untranslated_legal_text_says_it_is_shown_in_german(visitor, site_settings):
    html = visitor.get("/uk/impressum/").content.decode()
    with translation.override("uk"):
        notice = gettext("This text is not available in your language yet. It is shown in German.")
    assert notice != "This text is not available in your language yet. It is shown in German."
    assert notice in html
    assert "Demo-Installation" in html  # the German text, marked as German
    assert '<div class="prose" lang="de" dir="ltr">' in html


@pytest.mark.django_db
def test_translated_legal_text_has_no_fallback_notice(visitor, site_settings):
    html = visitor.get("/en/impressum/").content.decode()
    assert "demo installation" in html
    assert "It is shown in German" not in html


@pytest.mark.django_db
def test_admin_speaks_german_whatever_the_browser_asks(superuser):
    response = superuser.get("/admin/", headers={"Accept-Language": "en"})
    assert "Übersicht" in response.content.decode()
