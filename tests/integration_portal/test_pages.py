"""Guards for every public page: structure, headers, bad input."""

import re

import pytest
from django.conf import settings

SITE_LANGUAGES = [code for code, _ in settings.LANGUAGES]
PUBLIC_PAGES = [
    "/",
    "/suche/",
    "/suche/?q=Deutschkurs",
    "/barrierefreiheit/",
    "/impressum/",
    "/datenschutz/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", SITE_LANGUAGES)
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_page_has_exactly_one_h1_and_one_main(visitor, site_settings, language, path):
    response = visitor.get(f"/{language}{path}")
    assert response.status_code == 200
    html = response.content.decode()
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    assert len(re.findall(r"<main[\s>]", html)) == 1


@pytest.mark.django_db
def test_skip_link_is_the_first_focusable_element(visitor, site_settings):
    html = visitor.get("/de/").content.decode()
    body = html.split("<body>", 1)[1]
    first = re.search(r"<(a|button|input|select|textarea|summary)[\s>]", body)
    assert first.group(0).startswith("<a")
    assert 'class="skip-link" href="#main"' in body[first.start() : first.start() + 60]
    assert 'id="main"' in body


@pytest.mark.django_db
def test_footer_links_the_legal_pages(visitor, site_settings):
    html = visitor.get("/en/").content.decode()
    for path in ["/en/barrierefreiheit/", "/en/impressum/", "/en/datenschutz/"]:
        assert f'href="{path}"' in html


@pytest.mark.django_db
def test_content_security_policy_is_strict(visitor, site_settings):
    policy = visitor.get("/de/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy  # no other host anywhere


@pytest.mark.django_db
def test_security_headers(visitor, site_settings):
    response = visitor.get("/de/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/de/", "/ar/impressum/", "/de/suche/?q=Kurs"])
def test_pages_have_no_inline_scripts_styles_or_foreign_hosts(visitor, site_settings, path):
    html = visitor.get(path).content.decode()
    assert "<script" not in html
    assert "<style" not in html
    assert " style=" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)


@pytest.mark.django_db
def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(visitor):
    response = visitor.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.django_db
def test_sitemap_lists_pages_in_every_language_with_alternates(visitor, site_settings):
    index = visitor.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/sitemap-pages.xml</loc>" in index
    body = visitor.get("/sitemap-pages.xml").content.decode()
    for code in SITE_LANGUAGES:
        assert f"<loc>http://testserver/{code}/impressum/</loc>" in body
    assert 'hreflang="ar" href="http://testserver/ar/impressum/"' in body
    assert 'hreflang="x-default"' in body


@pytest.mark.django_db
def test_unknown_page_is_a_friendly_404_in_the_readers_language(visitor, site_settings):
    response = visitor.get("/en/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'action="/en/suche/"' in html


@pytest.mark.django_db
def test_overlong_search_is_refused_with_a_message_and_keeps_the_words(visitor, site_settings):
    words = "Deutschkurs " * 500
    response = visitor.get("/en/suche/", {"q": words})
    assert response.status_code == 400
    html = response.content.decode()
    assert "at most 200 characters" in html
    assert 'aria-invalid="true"' in html
    assert "Deutschkurs Deutschkurs" in html  # what the person typed is still in the box


@pytest.mark.django_db
def test_markup_in_the_search_is_shown_as_text(visitor, site_settings):
    response = visitor.get("/de/suche/", {"q": '<script>alert("x")</script>'})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
def test_home_shows_the_regions_municipalities(visitor, site_settings):
    from django.core.management import call_command

    call_command("loaddata", "municipalities_bezirk_imst", verbosity=0)
    html = visitor.get("/de/").content.decode()
    assert "Längenfeld" in html and "St. Leonhard im Pitztal" in html
