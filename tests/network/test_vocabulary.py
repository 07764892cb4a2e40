"""The typo vocabulary counts, per word, the public entries that use it: it never drifts."""

import pytest
from django.db import transaction

from integration_portal.models import SearchTerm
from network.models import Organization


def uses(word):
    return SearchTerm.objects.filter(word=word).values_list("uses", flat=True).first() or 0


@pytest.mark.django_db
def test_two_entries_with_the_same_words_deleted_together_leave_nothing(make_organization):
    make_organization("Quaxelverein")
    make_organization("Quaxelverein", slug="quaxel-2")
    assert uses("quaxelverein") == 2
    with transaction.atomic():
        Organization.objects.filter(name="Quaxelverein").delete()
    assert uses("quaxelverein") == 0


@pytest.mark.django_db
def test_deleting_an_instance_that_holds_older_words_takes_the_stored_ones(make_organization):
    entry = make_organization("Blubbertreff")
    entry.name = "Plimbertreff"
    entry.save()
    entry.delete()
    assert uses("blubbertreff") == 0 and uses("plimbertreff") == 0


@pytest.mark.django_db
def test_a_rolled_back_delete_keeps_the_words(make_organization):
    first, second = make_organization("Erstverein"), make_organization("Zweitverein")
    kept = second.pk
    with transaction.atomic():
        first.delete()
        try:
            with transaction.atomic():
                second.delete()
                raise RuntimeError
        except RuntimeError:
            pass
    assert uses("erstverein") == 0
    assert uses("zweitverein") == 1 and Organization.objects.filter(pk=kept).exists()


@pytest.mark.django_db
def test_restoring_an_old_version_from_the_history_indexes_it(make_organization):
    entry = make_organization("Altname Verein")
    entry.name = "Neuname Verein"
    entry.save()
    entry.history.earliest().instance.save()
    assert uses("altname") == 1 and uses("neuname") == 0
    assert Organization.objects.filter(search_de="altname").exists()


@pytest.mark.django_db
def test_the_repair_command_rebuilds_the_same_vocabulary(make_organization):
    from django.core.management import call_command

    make_organization("Reparaturcafé Imst")
    make_organization("Reparaturcafé Silz", municipality="silz")
    before = set(SearchTerm.objects.values_list("word", "uses"))
    SearchTerm.objects.update(uses=7)
    call_command("reindex", verbosity=0)
    assert set(SearchTerm.objects.values_list("word", "uses")) == before
