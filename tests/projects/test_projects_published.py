"""Published means published for projects, funding programmes and their priorities, and
documents: a draft never shows anywhere public, an internal file never leaves the staff."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from integration_portal.documents import read_upload
from integration_portal.models import Municipality
from integration_portal.publishing import Status
from projects.models import FundingPriority, FundingProgramme, ProjectDocument

pytestmark = pytest.mark.django_db

SECRET = "Geheimentwurf"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def drafts(make_project, organization, reference_data, action_fields):
    """A draft project, a draft programme with a priority, and a draft sub-project of a
    published umbrella; all carry SECRET, all placed in Imst and carried by an organisation."""
    imst = Municipality.objects.get(slug="imst")
    umbrella = make_project("Schirm öffentlich", slug="schirm", sponsor=organization)
    make_project(
        f"{SECRET} Projekt", slug="entwurf", status=Status.DRAFT, sponsor=organization,
        good_practice=True, transfer_notes=SECRET, municipalities=[imst], parent=umbrella,
        primary_action_field=action_fields["ehrenamt"],
    )  # fmt: skip
    hidden = FundingProgramme.objects.create(
        name=f"{SECRET} Programm", slug="entwurfsprogramm", status=Status.DRAFT
    )
    FundingPriority.objects.create(
        programme=hidden, slug="s", title=f"{SECRET} Schwerpunkt", applicants=["association"]
    )
    return umbrella


PAGES = [
    "/de/projekte/",
    "/de/projekte/werkzeugkiste/",
    "/de/projekte/foerderprogramme/",
    f"/de/projekte/?q={SECRET}",
    f"/de/projekte/werkzeugkiste/?q={SECRET}",
    f"/de/projekte/foerderprogramme/?q={SECRET}",
    "/de/projekte/?action_field=ehrenamt",
    f"/de/suche/?q={SECRET}",
    "/de/gemeinden/imst/",
    "/de/netzwerk/bildungsforum-test/",
    "/de/projekte/schirm/",
]


def test_drafts_never_appear(visitor, site_settings, drafts):
    for url in PAGES:
        response = visitor.get(url)
        assert response.status_code in (200, 400), url
        page = response.content.decode()
        # The search forms echo the words; no title with them may show.
        assert f"{SECRET} Projekt" not in page, url
        assert f"{SECRET} Schwerpunkt" not in page, url
        assert f"{SECRET} Programm" not in page, url
    for url in ("/de/projekte/entwurf/", "/de/projekte/foerderprogramme/entwurfsprogramm/"):
        assert visitor.get(url).status_code == 404, url


def test_drafts_are_not_in_the_sitemap(visitor, site_settings, drafts):
    index = visitor.get("/sitemap.xml").content.decode()
    for section in ("projects", "funding"):
        assert f"sitemap-{section}.xml" in index
        body = visitor.get(f"/sitemap-{section}.xml").content.decode()
        assert "/entwurf/" not in body and "entwurfsprogramm" not in body
    assert "/projekte/schirm/" in visitor.get("/sitemap-projects.xml").content.decode()


def test_published_they_appear_everywhere(visitor, site_settings, drafts):
    for model in (type(drafts), FundingProgramme):
        for entry in model.objects.all():
            entry.status = Status.PUBLISHED
            entry.save()
    search = visitor.get(f"/de/suche/?q={SECRET}").content.decode()
    assert f"{SECRET} Projekt" in search and f"{SECRET} Schwerpunkt" in search
    assert f"{SECRET} Projekt" in visitor.get("/de/projekte/werkzeugkiste/").content.decode()
    assert f"{SECRET} Projekt" in visitor.get("/de/gemeinden/imst/").content.decode()
    assert f"{SECRET} Projekt" in visitor.get("/de/netzwerk/bildungsforum-test/").content.decode()
    # The umbrella lists its sub-project now, and the sub-project links back.
    assert "/de/projekte/entwurf/" in visitor.get("/de/projekte/schirm/").content.decode()
    assert "/de/projekte/schirm/" in visitor.get("/de/projekte/entwurf/").content.decode()


def test_priorities_are_public_only_with_their_programme(visitor, site_settings, programme):
    page = visitor.get("/de/projekte/foerderprogramme/").content.decode()
    assert "Kommunale Koordinationsstellen" in page
    programme.status = Status.ARCHIVED
    programme.save()
    page = visitor.get("/de/projekte/foerderprogramme/").content.decode()
    assert "Kommunale Koordinationsstellen" not in page
    assert (
        "Koordinationsstellen"
        not in visitor.get("/de/suche/?q=Koordinationsstellen")
        .content.decode()
        .split("</form>", 1)[-1]
    )


def _document(project, public):
    document = ProjectDocument(project=project, title="Bericht", public=public)
    document.store(*read_upload(SimpleUploadedFile("bericht.pdf", PDF)), "Bericht 2018.pdf")
    document.save()
    return document.get_absolute_url()


def test_internal_documents_reach_only_staff(visitor, editor, make_project):
    project = make_project("Öffentlich", slug="offen")
    internal, public = _document(project, public=False), _document(project, public=True)
    assert visitor.get(internal).status_code == 404
    answer = visitor.get(public)
    assert answer.status_code == 200 and answer.content == PDF
    assert answer["Content-Type"] == "application/pdf"
    assert "sandbox" in answer["Content-Security-Policy"]
    assert answer["Content-Disposition"] == 'attachment; filename="Bericht-2018.pdf"'
    staff = editor.get(internal)
    assert staff.status_code == 200 and "no-store" in staff["Cache-Control"]
    # The page lists the public file only.
    page = visitor.get("/de/projekte/offen/").content.decode()
    assert public in page and internal not in page


def test_a_public_document_of_a_draft_project_is_not_public(visitor, editor, make_project):
    url = _document(make_project("Entwurf", slug="entwurf", status=Status.DRAFT), public=True)
    assert visitor.get(url).status_code == 404
    assert editor.get(url).status_code == 200
    # Under another project's address, nobody gets it.
    other = make_project("Anderes", slug="anderes")
    assert editor.get(url.replace("/entwurf/", f"/{other.slug}/")).status_code == 404


def test_names_of_a_draft_sponsor_and_programme_never_show(
    visitor, site_settings, make_project, make_organization, reference_data
):
    hidden_sponsor = make_organization("Geheimverein", slug="geheimverein", status=Status.DRAFT)
    hidden_programme = FundingProgramme.objects.create(
        name="Geheimprogramm", slug="geheimprogramm", status=Status.DRAFT
    )
    make_project(
        "Offenes Projekt", slug="offen", sponsor=hidden_sponsor, programme=hidden_programme,
        municipalities=[Municipality.objects.get(slug="imst")], good_practice=True,
        transfer_notes="Übertragbar.",
    )  # fmt: skip
    for url in (
        "/de/projekte/",
        "/de/projekte/werkzeugkiste/",
        "/de/projekte/offen/",
        "/de/gemeinden/imst/",
        "/de/suche/?q=Offenes",
    ):
        page = visitor.get(url).content.decode()
        assert "Offenes Projekt" in page, url
        assert "Geheimverein" not in page and "Geheimprogramm" not in page, url
    # Their names find nothing, and the draft programme is no choice of the filter.
    assert "Offenes Projekt" not in visitor.get("/de/suche/?q=Geheimverein").content.decode()
    assert visitor.get("/de/projekte/", {"q": "Geheimprogramm"}).context["count"] == 0
    assert visitor.get("/de/projekte/", {"programme": "geheimprogramm"}).status_code == 400


def test_a_public_document_is_asked_for_again_and_answers_304_unchanged(visitor, make_project):
    url = _document(make_project("Öffentlich", slug="offen"), public=True)
    first = visitor.get(url)
    assert first["Cache-Control"] == "public, no-cache"
    again = visitor.get(url, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and not again.content
    ProjectDocument.objects.update(public=False)
    assert visitor.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 404
