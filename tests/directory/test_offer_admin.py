"""Staff curate offers in the admin: editors write, publishers publish, everyone previews."""

import datetime

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from directory.models import Offer
from integration_portal.models import Category
from integration_portal.publishing import Status


def form_data(offer, **changes):
    """The admin change form's fields for `offer`, with some changed."""
    data = {
        "title_de": offer.title_de,
        "slug": offer.slug,
        "summary_de": offer.summary_de,
        "organization": offer.organization_id,
        "status": offer.status,
        "cost": offer.cost,
        "mode": offer.mode,
        "step_free": offer.step_free,
        "categories": [c.pk for c in offer.categories.all()],
    }
    for prefix in ("offer_locations", "hours", "closures"):
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    data |= {f"offer_locations-{k}": v for k, v in {}.items()}
    data.update(changes)
    return data


@pytest.fixture
def draft(make_offer):
    return make_offer("Neuer Deutschkurs", slug="neu", status=Status.DRAFT, municipality=None)


@pytest.mark.django_db
def test_editor_cannot_publish(editor, draft):
    response = editor.post(
        f"/admin/directory/offer/{draft.pk}/change/", form_data(draft, status="published")
    )
    assert response.status_code == 200
    with translation.override("de"):
        message = gettext("Only publishers can publish or archive. Please choose “In review”.")
    assert message.startswith("Nur") and escape(message) in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


# Real commits: what the site does after a transaction commits (indexing) must run.
@pytest.mark.django_db(transaction=True)
def test_editor_sends_to_review_and_publisher_publishes(editor, draft, django_user_model, client):
    response = editor.post(
        f"/admin/directory/offer/{draft.pk}/change/", form_data(draft, status="review")
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.REVIEW
    assert draft.changed_by.username == "editor"


# Real commits: what the site does after a transaction commits (indexing) must run.
@pytest.mark.django_db(transaction=True)
def test_publisher_publishes_with_the_bulk_action(publisher, draft, visitor):
    response = publisher.post(
        "/admin/directory/offer/", {"action": "publish", "_selected_action": [draft.pk]}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    assert draft.history.count() >= 2  # the change is in the history


@pytest.mark.django_db
def test_editor_has_no_publish_action(editor, draft):
    html = editor.get("/admin/directory/offer/").content.decode()
    assert 'value="send_to_review"' in html
    assert 'value="publish"' not in html


@pytest.mark.django_db
def test_staff_preview_shows_a_draft_on_the_public_template(editor, draft):
    response = editor.get(f"/admin/directory/offer/{draft.pk}/preview/?lang=en")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Neuer Deutschkurs" in html
    assert 'class="preview-banner"' in html
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.django_db
def test_preview_is_not_for_the_public(visitor, draft):
    response = visitor.get(f"/admin/directory/offer/{draft.pk}/preview/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_stale_filter_lists_offers_not_checked_for_a_year(superuser, make_offer):
    make_offer("Frisch geprüft", last_verified=datetime.date.today())
    make_offer(
        "Lange nicht geprüft", last_verified=datetime.date.today() - datetime.timedelta(days=400)
    )
    html = superuser.get("/admin/directory/offer/", {"verification": "stale"}).content.decode()
    assert "Lange nicht geprüft" in html and "Frisch geprüft" not in html


@pytest.mark.django_db
def test_missing_translation_filter(superuser, make_offer):
    make_offer("Übersetzt", title_ar="مترجم")
    make_offer("Nicht übersetzt")
    html = superuser.get("/admin/directory/offer/", {"missing": "ar"}).content.decode()
    assert "Nicht übersetzt" in html and ">Übersetzt<" not in html


# Real commits: what the site does after a transaction commits (indexing) must run.
@pytest.mark.django_db(transaction=True)
def test_categories_changed_in_the_admin_reach_the_public_filter(
    superuser, make_offer, visitor, site_settings
):
    offer = make_offer("Jobcafé", categories=["treffpunkte"])
    work = Category.objects.get(slug="arbeit-ausbildung")
    data = form_data(offer, categories=[work.pk])
    response = superuser.post(f"/admin/directory/offer/{offer.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    listed = (
        visitor.get("/de/angebote/", {"category": "arbeit-ausbildung"}).context["page"].object_list
    )
    assert [o.title for o in listed] == ["Jobcafé"]


@pytest.mark.django_db
def test_mark_verified_action_sets_today(superuser, make_offer):
    offer = make_offer("Alt", last_verified=datetime.date(2024, 1, 1))
    superuser.post(
        "/admin/directory/offer/", {"action": "mark_verified", "_selected_action": [offer.pk]}
    )
    assert Offer.objects.get(pk=offer.pk).last_verified == datetime.date.today()


@pytest.mark.django_db
def test_offer_form_has_translation_tabs_and_inlines(superuser, draft):
    html = superuser.get(f"/admin/directory/offer/{draft.pk}/change/").content.decode()
    assert 'name="title_ar"' in html and 'name="summary_uk"' in html
    assert 'name="hours-TOTAL_FORMS"' in html and 'name="offer_locations-TOTAL_FORMS"' in html
    assert "Vorschau" in html or "Preview" in html


@pytest.mark.django_db
def test_editor_cannot_publish_by_restoring_a_published_version(editor, make_offer):
    offer = make_offer("War einmal öffentlich", slug="einmal")
    offer.status = Status.ARCHIVED
    offer.save()
    published_version = offer.history.filter(status=Status.PUBLISHED).first()
    url = f"/admin/directory/offer/{offer.pk}/history/{published_version.history_id}/"
    response = editor.post(url, form_data(offer, status="published"))
    assert response.status_code in (200, 403)
    offer.refresh_from_db()
    assert offer.status == Status.ARCHIVED


# Real commits: what the site does after a transaction commits (indexing) must run.
@pytest.mark.django_db(transaction=True)
def test_editor_cannot_bring_back_an_expired_offer_by_clearing_its_end(editor, make_offer, visitor):
    ended = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=2)
    offer = make_offer("Abgelaufen", slug="abgelaufen", publish_until=ended)
    response = editor.post(
        f"/admin/directory/offer/{offer.pk}/change/", form_data(offer, publish_until="")
    )
    assert response.status_code == 200  # the form comes back with a message
    offer.refresh_from_db()
    assert offer.publish_until == ended
    assert visitor.get("/de/angebote/abgelaufen/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_editor_cannot_take_a_published_offer_off_the_site(editor, make_offer, visitor):
    offer = make_offer("Läuft schon", slug="laeuft")
    response = editor.post(
        f"/admin/directory/offer/{offer.pk}/change/", form_data(offer, status="review")
    )
    assert response.status_code == 200  # the form again, with the message
    editor.post(
        "/admin/directory/offer/", {"action": "send_to_review", "_selected_action": [offer.pk]}
    )
    offer.refresh_from_db()
    assert offer.status == Status.PUBLISHED
    assert visitor.get("/de/angebote/laeuft/").status_code == 200
