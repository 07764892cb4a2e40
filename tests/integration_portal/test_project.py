"""Cheap guards for the whole project."""

import io
import subprocess
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
    """No untranslated and no fuzzy entry: every reader sees every string in their language."""
    po = LOCALE / code / "LC_MESSAGES" / "django.po"
    for selection in ("--untranslated", "--only-fuzzy"):
        found = subprocess.run(
            ["msgattrib", selection, "--no-wrap", str(po)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        entries = [
            line for line in found.splitlines() if line.startswith("msgid ") and line != 'msgid ""'
        ]
        assert not entries, f"{code} {selection}: {entries[:5]}"
