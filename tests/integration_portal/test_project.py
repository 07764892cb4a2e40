"""Cheap guards for the whole project."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES])
def test_every_site_language_has_a_complete_catalogue(code):
    """No empty and no fuzzy translation: every reader sees every string in their language."""
    po = (LOCALE / code / "LC_MESSAGES" / "django.po").read_text()
    entries = po.split("\n\n")[1:]  # the first entry is the header
    untranslated = [
        e for e in entries if e.rstrip().endswith('msgstr ""') and "msgid_plural" not in e
    ]
    untranslated += [e for e in entries if 'msgstr[0] ""' in e]
    fuzzy = [e for e in entries if "#, fuzzy" in e]
    assert not untranslated, f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[0]}"
    assert not fuzzy, f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[0]}"
