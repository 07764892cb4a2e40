"""Staff keep projects and funding programmes in the admin: measures and priorities inline
and in order, documents checked by their content and size, sub-projects in view."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from PIL import Image

from integration_portal import documents
from integration_portal.publishing import Status
from projects.models import FundingProgramme, Project, ProjectDocument

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def german(message: str) -> str:
    with translation.override("de"):
        return escape(gettext(message))


def project_form(**changes):
    data = {
        "title_de": "Sprachcafé-Netz",
        "slug": "sprachcafe-netz",
        "phase": "running",
        "status": "draft",
        "measures-TOTAL_FORMS": "2",
        "measures-INITIAL_FORMS": "0",
        "measures-0-position": "2",
        "measures-0-text_de": "Räume finden",
        "measures-1-position": "1",
        "measures-1-text_de": "Freiwillige gewinnen",
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def with_document(upload, title="Bericht 2018", public=""):
    return project_form(
        **{
            "documents-TOTAL_FORMS": "1",
            "documents-0-position": "0",
            "documents-0-title_de": title,
            "documents-0-upload": upload,
            **({"documents-0-public": "on"} if public else {}),
        }
    )


def test_an_editor_adds_a_project_with_ordered_measures(editor, visitor):
    response = editor.post("/admin/projects/project/add/", project_form())
    assert response.status_code == 302, response.content.decode()[:3000]
    project = Project.objects.get(slug="sprachcafe-netz")
    assert project.status == Status.DRAFT
    assert [m.text for m in project.measures.all()] == ["Freiwillige gewinnen", "Räume finden"]
    assert visitor.get("/de/projekte/sprachcafe-netz/").status_code == 404
    preview = editor.get(f"/admin/projects/project/{project.pk}/preview/", {"lang": "de"})
    page = preview.content.decode()
    assert page.index("Freiwillige gewinnen") < page.index("Räume finden")


def test_an_editor_cannot_publish_a_project(editor):
    response = editor.post("/admin/projects/project/add/", project_form(status="published"))
    assert response.status_code == 200
    assert not Project.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "bericht.pdf",
            b"Nur Text, kein PDF",
            "Please upload a PDF file or a picture (PNG, JPEG or WebP).",
        ),
        (
            "bild.png",
            b"\x89PNG\r\n\x1a\n kaputt",
            "Please upload a PDF file or a picture (PNG, JPEG or WebP).",
        ),
        ("halb.pdf", b"%PDF-1.4\n1 0 obj<<>>", "This PDF file is incomplete or damaged."),
    ],
)
def test_a_wrong_file_is_refused_with_a_message_and_the_form_kept(editor, name, content, message):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    response = editor.post(
        "/admin/projects/project/add/", with_document(upload, title="Mein Bericht")
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert german(message) in page
    assert 'value="Mein Bericht"' in page and 'value="Sprachcafé-Netz"' in page
    assert not Project.objects.exists() and not ProjectDocument.objects.exists()


def test_a_file_too_large_is_refused(editor, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 1024)
    upload = SimpleUploadedFile("gross.pdf", PDF + b" " * 2048, content_type="application/pdf")
    response = editor.post("/admin/projects/project/add/", with_document(upload))
    assert (
        german("The file is larger than %(limit)s MB.") % {"limit": 0} in response.content.decode()
    )
    assert not ProjectDocument.objects.exists()


def test_a_pdf_and_a_picture_are_kept_by_their_content(publisher, visitor):
    publisher.post(
        "/admin/projects/project/add/",
        with_document(SimpleUploadedFile("Jahres Bericht.PDF", PDF), public="on"),
    )
    document = ProjectDocument.objects.get()
    assert (document.content_type, document.filename, document.public) == (
        "application/pdf", "Jahres-Bericht.pdf", True,
    )  # fmt: skip
    picture = io.BytesIO()
    Image.new("RGB", (3000, 1000), (10, 120, 200)).save(picture, "JPEG")
    project = Project.objects.get()
    data = project_form(
        **{
            "measures-TOTAL_FORMS": "0",
            "documents-TOTAL_FORMS": "2",
            "documents-INITIAL_FORMS": "1",
            "documents-0-id": str(document.pk),
            "documents-0-project": str(project.pk),
            "documents-0-position": "0",
            "documents-0-title_de": "Bericht",
            "documents-0-public": "on",
            "documents-1-position": "1",
            "documents-1-title_de": "Plakat",
            "documents-1-upload": SimpleUploadedFile("plakat.exe", picture.getvalue()),
        }
    )
    response = publisher.post(f"/admin/projects/project/{project.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    poster = ProjectDocument.objects.get(title="Plakat")
    assert poster.content_type == "image/webp" and poster.filename == "plakat.webp"
    assert bytes(poster.data)[8:12] == b"WEBP"
    assert ProjectDocument.objects.get(pk=document.pk).content_type == "application/pdf"  # kept


def test_the_admin_shows_a_projects_sub_projects(editor, make_project):
    umbrella = make_project("Schirm", slug="schirm")
    child = make_project("Teilprojekt Eins", slug="eins", parent=umbrella, status=Status.DRAFT)
    page = editor.get(f"/admin/projects/project/{umbrella.pk}/change/").content.decode()
    assert f"/admin/projects/project/{child.pk}/change/" in page
    assert "Teilprojekt Eins" in page


def test_a_project_cannot_be_its_own_umbrella(editor, make_project):
    first = make_project("Erstes", slug="erstes")
    second = make_project("Zweites", slug="zweites", parent=first)
    data = project_form(
        title_de="Erstes", slug="erstes", parent=str(second.pk), **{"measures-TOTAL_FORMS": "0"}
    )
    response = editor.post(f"/admin/projects/project/{first.pk}/change/", data)
    assert response.status_code == 200
    assert german("A project cannot be its own umbrella project.") in response.content.decode()


def test_priorities_are_edited_inside_their_programme(publisher, visitor):
    data = {
        "name_de": "Testprogramm",
        "slug": "testprogramm",
        "status": "published",
        "priorities-TOTAL_FORMS": "2",
        "priorities-INITIAL_FORMS": "0",
        "priorities-0-position": "2",
        "priorities-0-slug": "zwei",
        "priorities-0-title_de": "Zweiter Schwerpunkt",
        "priorities-0-applicants": ["company"],
        "priorities-1-position": "1",
        "priorities-1-slug": "eins",
        "priorities-1-title_de": "Erster Schwerpunkt",
        "priorities-1-applicants": ["association", "church"],
        "priorities-1-deadline": "31.12.2099",
    }
    response = publisher.post("/admin/projects/fundingprogramme/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    programme = FundingProgramme.objects.get()
    page = visitor.get(programme.get_absolute_url()).content.decode()
    assert page.index("Erster Schwerpunkt") < page.index("Zweiter Schwerpunkt")
    found = visitor.get("/de/projekte/foerderprogramme/", {"applicant": "church"})
    assert [p.title for p in found.context["page"].object_list] == ["Erster Schwerpunkt"]


def test_a_picture_too_large_says_so(editor, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 2 * 1024 * 1024)
    noise = io.BytesIO()
    Image.effect_noise((1200, 1200), 100).convert("RGB").save(noise, "PNG")
    assert noise.tell() > 2 * 1024 * 1024
    upload = SimpleUploadedFile("plakat.png", noise.getvalue())
    page = editor.post("/admin/projects/project/add/", with_document(upload)).content.decode()
    assert german("The file is larger than %(limit)s MB.") % {"limit": 2} in page


def test_good_practice_needs_what_others_can_take_over(editor):
    response = editor.post("/admin/projects/project/add/", project_form(good_practice="on"))
    assert response.status_code == 200
    assert german("For the toolbox, write what others can take over.") in response.content.decode()
    response = editor.post(
        "/admin/projects/project/add/",
        project_form(good_practice="on", transfer_notes_de="Ein Raum und zwei Freiwillige."),
    )
    assert response.status_code == 302


def test_only_publishers_make_a_document_public(editor, publisher, visitor, make_project):
    project = make_project("Offen", slug="offen")
    document = ProjectDocument(project=project, title="Bericht")
    document.store(PDF, "application/pdf", "bericht.pdf")
    document.save()
    data = project_form(
        title_de="Offen", slug="offen", status="published",
        **{
            "measures-TOTAL_FORMS": "0",
            "documents-TOTAL_FORMS": "1",
            "documents-INITIAL_FORMS": "1",
            "documents-0-id": str(document.pk),
            "documents-0-project": str(project.pk),
            "documents-0-position": "0",
            "documents-0-title_de": "Bericht",
            "documents-0-public": "on",
        },
    )  # fmt: skip
    editor.post(f"/admin/projects/project/{project.pk}/change/", data)
    assert visitor.get(document.get_absolute_url()).status_code == 404
    response = publisher.post(f"/admin/projects/project/{project.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert visitor.get(document.get_absolute_url()).status_code == 200
