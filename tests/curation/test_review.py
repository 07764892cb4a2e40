"""Changes to published entries wait for review: the public keeps the published version
until a publisher approves exactly the reviewed values, or rejects them with a note."""

import re
from html import unescape

import pytest

from integration_portal.models import Location, Municipality, Revision
from integration_portal.publishing import Status
from tests.curation.test_history import with_rows
from tests.directory.test_offer_admin import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(make_offer):
    return make_offer("Deutschkurs am Abend", slug="abend", summary_de="Dienstags um 18 Uhr.")


def propose(client, offer, **changes):
    """Post the whole change form as the browser would, with some fields changed."""
    url = f"/admin/directory/offer/{offer.pk}/change/"
    return client.post(url, {**form_as_sent(client, url), **changes})


def form_as_sent(client, url) -> dict:
    """The fields of an admin form with the values it shows (inputs, selects, text areas)."""
    html = client.get(url).content.decode()
    data: dict = {}
    for tag in re.finditer(r"<input[^>]*>", html):
        attrs = dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag.group()))
        name, kind = attrs.get("name"), attrs.get("type", "text")
        if not name or kind in ("submit", "file", "button"):
            continue
        if kind == "checkbox":
            if "checked" in tag.group():
                data.setdefault(name, []).append(unescape(attrs.get("value", "on")))
            continue
        data[name] = unescape(attrs.get("value", ""))
    for match in re.finditer(r'<textarea[^>]*\sname="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        data[match.group(1)] = unescape(match.group(2)).removeprefix("\n")
    for match in re.finditer(r'<select[^>]*\sname="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.findall(r'<option value="([^"]*)"[^>]*selected', match.group(2))
        data[match.group(1)] = chosen if "multiple" in match.group(0) else (chosen or [""])[0]
    return data


def test_an_editors_change_waits_and_the_public_keeps_the_published_version(
    editor, visitor, published
):
    response = propose(editor, published, summary_de="Jetzt donnerstags um 19 Uhr.")
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.summary == "Dienstags um 18 Uhr."
    assert published.status == Status.PUBLISHED
    page = visitor.get(published.get_absolute_url()).content.decode()
    assert "Dienstags um 18 Uhr." in page and "donnerstags" not in page
    revision = Revision.objects.get()
    assert revision.state == Revision.State.PENDING and revision.author == editor.user
    assert list(revision.proposed["fields"]) == ["summary_de"]  # only what the editor changed
    # The form tells the next person, and the editor sees their own proposal.
    form = editor.get(f"/admin/directory/offer/{published.pk}/change/").content.decode()
    assert f"/admin/integration_portal/revision/{revision.pk}/change/" in form
    assert (
        editor.get(f"/admin/integration_portal/revision/{revision.pk}/change/").status_code == 200
    )


def test_approving_publishes_exactly_the_reviewed_values(editor, publisher, visitor, published):
    propose(editor, published, summary_de="Jetzt donnerstags um 19 Uhr.")
    revision = Revision.objects.get()
    # Meanwhile a publisher corrects the title directly; the approval must not undo it.
    published.refresh_from_db()
    url = f"/admin/directory/offer/{published.pk}/change/"
    assert publisher.post(url, form_data(published, title_de="Deutschkurs B1")).status_code == 302
    review = publisher.get(f"/admin/integration_portal/revision/{revision.pk}/change/")
    page = review.content.decode()
    assert "Dienstags um 18 Uhr." in page and "Jetzt donnerstags um 19 Uhr." in page
    decide = f"/admin/integration_portal/revision/{revision.pk}/entscheiden/"
    assert publisher.post(decide, {"_approve": "1"}).status_code == 302
    published.refresh_from_db()
    assert published.summary == "Jetzt donnerstags um 19 Uhr."
    assert published.title == "Deutschkurs B1"
    revision.refresh_from_db()
    assert revision.state == Revision.State.APPROVED and revision.decided_by == publisher.user
    assert "donnerstags um 19 Uhr" in visitor.get(published.get_absolute_url()).content.decode()
    # Decided once: a second decision is not possible.
    assert publisher.post(decide, {"_reject": "1"}).status_code == 403
    revision.refresh_from_db()
    assert revision.state == Revision.State.APPROVED


def test_rejecting_leaves_the_published_version_untouched(editor, publisher, published):
    propose(editor, published, summary_de="Falsch.")
    revision = Revision.objects.get()
    decide = f"/admin/integration_portal/revision/{revision.pk}/entscheiden/"
    publisher.post(decide, {"_reject": "1", "note": "Bitte mit Quelle."})
    published.refresh_from_db()
    revision.refresh_from_db()
    assert published.summary == "Dienstags um 18 Uhr."
    assert revision.state == Revision.State.REJECTED and revision.note == "Bitte mit Quelle."


def test_an_editor_cannot_approve_and_rows_wait_too(editor, visitor, published):
    imst = Municipality.objects.get(slug="imst")
    hall = Location.objects.create(name="Gemeindesaal", municipality=imst)
    before = list(published.hours.values_list("weekday", flat=True))
    url = f"/admin/directory/offer/{published.pk}/change/"
    assert editor.post(url, with_rows(published, 5, hall)).status_code == 302
    assert list(published.hours.values_list("weekday", flat=True)) == before
    revision = Revision.objects.get()
    assert "hours" in revision.proposed["parts"]
    decide = f"/admin/integration_portal/revision/{revision.pk}/entscheiden/"
    assert editor.post(decide, {"_approve": "1"}).status_code == 403
    assert "Gemeindesaal" not in visitor.get(published.get_absolute_url()).content.decode()


def test_drafts_and_publishers_are_not_held_up(editor, publisher, make_offer):
    draft = make_offer("Entwurf", slug="entwurf", status=Status.DRAFT)
    propose(editor, draft, summary_de="Sofort gespeichert.")
    draft.refresh_from_db()
    assert draft.summary == "Sofort gespeichert." and not Revision.objects.exists()
    published = make_offer("Öffentlich", slug="oeffentlich")
    propose(publisher, published, summary_de="Direkt.")
    published.refresh_from_db()
    assert published.summary == "Direkt." and not Revision.objects.exists()


def test_another_author_does_not_see_a_proposal(editor, django_user_model, published):
    from tests.conftest import staff_client

    propose(editor, published, summary_de="Vorschlag.")
    colleague = staff_client(django_user_model, "kollege", "Redaktion")
    revision = Revision.objects.get()
    assert (
        colleague.get(f"/admin/integration_portal/revision/{revision.pk}/change/").status_code
        == 404
    )


def test_a_new_logo_waits_with_the_proposal(editor, publisher, organization):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.network.test_network_admin import _organization_form, _png

    url = f"/admin/network/organization/{organization.pk}/change/"
    upload = SimpleUploadedFile("logo.png", _png(), content_type="image/png")
    data = _organization_form(organization, logo=upload, description_de="Neu beschrieben.")
    assert editor.post(url, data).status_code == 302
    organization.refresh_from_db()
    assert organization.logo_id is None  # not yet
    revision = Revision.objects.get()
    assert set(revision.proposed["fields"]) == {"logo_id", "description_de"}
    decide = f"/admin/integration_portal/revision/{revision.pk}/entscheiden/"
    assert publisher.post(decide, {"_approve": "1"}).status_code == 302
    organization.refresh_from_db()
    assert organization.logo_id is not None and organization.description == "Neu beschrieben."


def test_the_review_desk_counts_what_waits_with_links(editor, publisher, published):
    propose(editor, published, summary_de="Vorschlag.")
    desk = publisher.get("/admin/").content.decode()
    assert "/admin/integration_portal/revision/?state__exact=pending" in desk
    assert "/admin/directory/offer/?verification=stale" in desk  # never verified
    assert "/admin/directory/offer/?status__exact=published&amp;missing=ar" in desk
    # The count is the one the linked list shows.
    listing = publisher.get("/admin/integration_portal/revision/", {"state__exact": "pending"})
    assert listing.context["cl"].result_count == 1
