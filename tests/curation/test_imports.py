"""Spreadsheet import and export of offers: a dry run writes nothing; confirming creates
drafts; a bad row is named with its line number and the good rows still come in; a re-import
updates by the address instead of duplicating; only publishers change published entries by
import; the demo data is loaded through the same importer."""

import io
import re
from pathlib import Path

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile

from directory.models import Offer
from integration_portal import roles
from integration_portal.publishing import Status
from network.models import PartnerAccount
from tests.conftest import staff_client

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parents[2] / "docs" / "handbuch" / "beispiele"

HEADERS = [
    "Kürzel", "Titel (de)", "Kurzfassung (de)", "Organisation", "Themen", "Kosten",
    "Orte", "Öffnungszeiten", "Letzter Tag", "Status (nur Export)",
]  # fmt: skip
GOOD = [
    "", "Deutschcafé Silz", "Plaudern und Deutsch üben.", "bildungsforum-test",
    "Deutsch lernen", "kostenlos", "Pfarrsaal Silz, Silz", "Di 15:00-17:00; Do 15:00-17:00",
    "30.06.2027", "published",
]  # fmt: skip


def sheet(*rows, form="csv") -> SimpleUploadedFile:
    data = tablib.Dataset(*rows, headers=HEADERS)
    if form == "xlsx":
        return SimpleUploadedFile("angebote.xlsx", data.export("xlsx"))
    return SimpleUploadedFile("angebote.csv", data.export("csv").encode())


@pytest.fixture
def partner_of(django_user_model):
    def make(organization):
        client = staff_client(django_user_model, "partner", roles.PARTNERS)
        PartnerAccount.objects.create(user=client.user, organization=organization)
        return client

    return make


FORMATS = {"xlsx": 0, "csv": 1}  # the order of SpreadsheetAdmin.formats


def dry_run(client, upload, form="csv"):
    return client.post(
        "/admin/directory/offer/import/", {"import_file": upload, "format": FORMATS[form]}
    )


def confirm(client, preview):
    hidden = dict(
        re.findall(r'type="hidden" name="(\w+)" value="([^"]*)"', preview.content.decode())
    )
    return client.post("/admin/directory/offer/process_import/", hidden)


def test_a_dry_run_writes_nothing_and_confirming_creates_drafts(editor, organization):
    second = [*GOOD]
    second[1], second[6], second[7] = (
        "Lerncafé Mötz",
        "Gemeindesaal Mötz, Mötz",
        "Mo-Fr 09:00-12:00",
    )
    preview = dry_run(editor, sheet(GOOD, second))
    page = preview.content.decode()
    assert preview.status_code == 200 and "Deutschcafé Silz" in page
    assert not Offer.objects.exists()  # a preview only
    confirm(editor, preview)
    silz = Offer.objects.get(title_de="Deutschcafé Silz")
    assert silz.status == Status.DRAFT  # whatever the file says
    assert silz.slug == "deutschcafe-silz" and silz.organization == organization
    assert [str(c.slug) for c in silz.categories.all()] == ["deutsch-lernen"]
    assert [(p.name, p.municipality.slug) for p in silz.places] == [("Pfarrsaal Silz", "silz")]
    assert sorted((h.weekday, f"{h.opens:%H:%M}") for h in silz.hours.all()) == [
        (2, "15:00"),
        (4, "15:00"),
    ]
    assert str(silz.end_date) == "2027-06-30"
    assert Offer.objects.get(title_de="Lerncafé Mötz").hours.count() == 5
    assert silz.history.first().history_change_reason == "Import aus Tabelle"


def test_a_bad_row_is_named_by_its_line_and_the_good_rows_are_not_lost(editor, organization):
    bad = [*GOOD]
    bad[1], bad[4], bad[7] = "Kaputte Zeile", "Gibtsnicht", "Montag früh"
    third = [*GOOD]
    third[1] = "Lerncafé Roppen"
    preview = dry_run(editor, sheet(GOOD, bad, third))
    page = preview.content.decode()
    assert "Gibtsnicht" in page and "Montag früh" in page  # what is wrong, in German
    assert re.search(r"<td>\s*2\s*</td>", page)  # on which line
    assert not Offer.objects.exists()
    confirm(editor, preview)
    assert set(Offer.objects.values_list("title_de", flat=True)) == {
        "Deutschcafé Silz",
        "Lerncafé Roppen",
    }


def test_a_re_import_updates_by_the_address_instead_of_duplicating(editor, make_offer):
    offer = make_offer("Alter Titel", slug="sprachtreff", status=Status.DRAFT)
    row = [*GOOD]
    row[0], row[1] = "sprachtreff", "Neuer Titel"
    confirm(editor, dry_run(editor, sheet(row, form="xlsx"), form="xlsx"))
    assert Offer.objects.count() == 1
    offer.refresh_from_db()
    assert offer.title_de == "Neuer Titel" and offer.status == Status.DRAFT


def test_only_publishers_change_a_published_entry_by_import(editor, publisher, make_offer):
    offer = make_offer("Veröffentlicht", slug="oeffentlich")
    row = [*GOOD]
    row[0], row[1] = "oeffentlich", "Heimlich geändert"
    refused = dry_run(editor, sheet(row))
    assert "veröffentlicht" in refused.content.decode()
    confirm(editor, refused)
    offer.refresh_from_db()
    assert offer.title_de == "Veröffentlicht"
    confirm(publisher, dry_run(publisher, sheet(row)))
    offer.refresh_from_db()
    assert offer.title_de == "Heimlich geändert" and offer.status == Status.PUBLISHED


def test_the_export_has_german_headers_and_partners_neither_export_nor_import(
    publisher, make_offer, partner_of
):
    make_offer("Deutschkurs A1", hours=[(1, "09:00", "11:00")])
    listed = publisher.get("/admin/directory/offer/").content.decode()
    assert 'href="/admin/directory/offer/export/?als=csv"' in listed
    response = publisher.get("/admin/directory/offer/export/?als=csv")
    rows = list(tablib.Dataset().load(io.StringIO(response.content.decode()), format="csv").dict)
    assert rows[0]["Titel (de)"] == "Deutschkurs A1"
    assert rows[0]["Organisation"] == "Bildungsforum Test"
    assert rows[0]["Öffnungszeiten"] == "Mo 09:00-11:00"
    excel = publisher.get("/admin/directory/offer/export/?status__exact=published")
    assert len(tablib.Dataset().load(excel.content, format="xlsx")) == 1
    partner = partner_of(Offer.objects.get().organization)
    assert partner.get("/admin/directory/offer/export/").status_code == 403
    assert partner.get("/admin/directory/offer/import/").status_code == 403


def test_the_demo_and_the_handbooks_sample_come_through_the_importer(
    transactional_db, site_settings, publisher
):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    assert Offer.objects.filter(status=Status.PUBLISHED).count() >= 80
    assert not Offer.objects.filter(organization__isnull=True).exists()
    demo = Offer.objects.count()
    call_command("load_demo", verbosity=0)
    assert Offer.objects.count() == demo  # loaded twice: updated, not duplicated

    # The handbook's sample sheet, as staff import it on the demo: three drafts, twice.
    for form in ("csv", "xlsx", "csv"):
        upload = SimpleUploadedFile(f"angebote.{form}", (SAMPLES / f"angebote.{form}").read_bytes())
        preview = dry_run(publisher, upload, form)
        page = preview.content.decode()
        assert "Zeilennummer" not in page and "validation-error-count" not in page
        confirm(publisher, preview)
        samples = Offer.objects.filter(title_de__endswith="(Beispiel)")
        assert samples.count() == 3 and Offer.objects.count() == demo + 3
        assert set(samples.values_list("status", flat=True)) == {Status.DRAFT}
    course = Offer.objects.get(title_de="Deutschkurs A2 am Abend (Beispiel)")
    assert course.hours.count() == 2 and course.places[0].municipality.slug == "haiming"


def test_every_type_reads_back_what_it_writes(
    transactional_db, site_settings, django_assert_max_num_queries
):
    """Exported and imported again, the demo of each type is the same: no row invalid."""
    from django.core.management import call_command

    from directory.spreadsheets import OfferResource
    from integration_portal.spreadsheets import LocationResource
    from network.spreadsheets import EventResource, OrganizationResource
    from projects.spreadsheets import ProjectResource

    call_command("load_demo", verbosity=0)
    for chosen in (
        OrganizationResource,
        EventResource,
        ProjectResource,
        OfferResource,
        LocationResource,
    ):
        model = chosen._meta.model
        with django_assert_max_num_queries(12):  # not one per row: 84 offers, 20 organisations
            exported = chosen().export(model._default_manager.all())
        assert len(exported) == model._default_manager.count() > 0
        result = chosen().import_data(exported, dry_run=True)
        assert not result.has_errors() and not result.has_validation_errors(), model
        assert result.totals["update"] == len(exported)


def test_a_sheet_with_a_few_columns_shows_only_those(editor, organization):
    few = tablib.Dataset(
        ["Sprachtreff Silz", "Reden und üben."], headers=["Titel (de)", "Kurzfassung (de)"]
    )
    upload = SimpleUploadedFile("wenig.csv", few.export("csv").encode())
    preview = dry_run(editor, upload)
    head = preview.content.decode().split('class="import-preview"')[1].split("</thead>")[0]
    assert "Titel (de)" in head and "Kurzfassung (de)" in head and "Titel (ar)" not in head
    confirm(editor, preview)
    assert Offer.objects.get().slug == "sprachtreff-silz"
