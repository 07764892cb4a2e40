"""Staff curate the network in the admin: previews of drafts on the public page, duplicating
an event, and logos that are checked and re-encoded on our server."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from PIL import Image

from integration_portal.models import Location, Municipality, StoredImage
from integration_portal.publishing import Status
from network.models import Event, News, VolunteerRole, WorkingGroup

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts(organization, reference_data):
    place = Location.objects.create(name="Saal", municipality=Municipality.objects.get(slug="imst"))
    start = timezone.now() + datetime.timedelta(days=3)
    organization.status = Status.DRAFT
    organization.save()
    return {
        "organization": organization,
        "workinggroup": WorkingGroup.objects.create(name="Entwurfsgruppe", slug="eg"),
        "event": Event.objects.create(
            title="Entwurfsfest", slug="ef", starts_at=start, location=place
        ),
        "news": News.objects.create(title="Entwurfsmeldung", slug="em"),
        "volunteerrole": VolunteerRole.objects.create(
            title="Entwurfsaufgabe", slug="ea", organization=organization
        ),
    }


def test_staff_preview_every_draft_on_its_public_page(editor, visitor, drafts):
    for model_name, entry in drafts.items():
        url = f"/admin/network/{model_name}/{entry.pk}/preview/"
        for language in ("de", "ar"):
            response = editor.get(url, {"lang": language})
            assert response.status_code == 200, url
            page = response.content.decode()
            assert str(entry) in page
            assert 'class="preview-banner"' in page
            assert f'lang="{language}"' in page
        assert response["X-Robots-Tag"] == "noindex"
        assert visitor.get(url).status_code == 302  # to the login
        change = editor.get(f"/admin/network/{model_name}/{entry.pk}/change/").content.decode()
        assert f"/admin/network/{model_name}/{entry.pk}/preview/?lang=ar" in change


def test_duplicating_an_event_makes_a_draft_with_its_own_address_and_uid(publisher, drafts):
    event = drafts["event"]
    event.status = Status.PUBLISHED
    event.save()
    response = publisher.post(
        "/admin/network/event/", {"action": "duplicate", "_selected_action": [event.pk]}
    )
    copy = Event.objects.exclude(pk=event.pk).get()
    assert response["Location"] == f"/admin/network/event/{copy.pk}/change/"
    assert copy.status == Status.DRAFT
    assert copy.slug == "ef-kopie"
    assert copy.uid != event.uid
    assert copy.title == event.title
    assert copy.occurrences.count() == 1


NOT_A_PICTURE = "This file is not a picture we can read. Please upload a PNG, JPEG or WebP file."
WRONG_SIZE = "The picture must be between %(min)s and %(max)s pixels on each side."


def _png(width=120, height=80, mode="RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), (200, 30, 30, 128) if mode == "RGBA" else 200).save(out, "PNG")
    return out.getvalue()


def _organization_form(organization, **changes):
    data = {
        "name": organization.name,
        "slug": organization.slug,
        "kind": organization.kind,
        "status": organization.status,
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


def test_a_logo_is_reencoded_and_served(superuser, visitor, organization):
    upload = SimpleUploadedFile("logo.png", _png(1600, 800), content_type="image/png")
    url = f"/admin/network/organization/{organization.pk}/change/"
    response = superuser.post(url, _organization_form(organization, logo=upload))
    assert response.status_code == 302, response.content.decode()[:2000]
    organization.refresh_from_db()
    logo = organization.logo
    assert (logo.width, logo.height) == (600, 300)
    assert bytes(logo.data)[8:12] == b"WEBP"
    served = visitor.get(logo.url)
    assert served["Content-Type"] == "image/webp"
    assert "immutable" in served["Cache-Control"]
    assert f'src="{logo.url}"' in visitor.get(organization.get_absolute_url()).content.decode()
    # Saving again without a new file keeps the logo; the same picture is stored once.
    superuser.post(url, _organization_form(organization, name="Neuer Name"))
    organization.refresh_from_db()
    assert organization.logo == logo and organization.name == "Neuer Name"
    assert StoredImage.objects.count() == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<svg onload='alert(1)'></svg>", NOT_A_PICTURE),
        (_png(8000, 40, mode="L"), WRONG_SIZE),
        (_png(20, 20), WRONG_SIZE),
    ],
)
def test_a_bad_logo_is_refused_and_the_form_keeps_the_input(
    superuser, organization, content, message
):
    upload = SimpleUploadedFile("logo.png", content, content_type="image/png")
    url = f"/admin/network/organization/{organization.pk}/change/"
    response = superuser.post(url, _organization_form(organization, name="Getippt", logo=upload))
    assert response.status_code == 200
    page = response.content.decode()
    with translation.override("de"):  # the admin speaks German
        assert escape(gettext(message) % {"min": 32, "max": 6000}) in page
    assert 'value="Getippt"' in page
    organization.refresh_from_db()
    assert organization.logo is None and organization.name != "Getippt"
    assert not StoredImage.objects.exists()


def test_an_unknown_image_address_is_404(visitor):
    assert visitor.get(f"/bilder/{'0' * 64}.webp").status_code == 404
