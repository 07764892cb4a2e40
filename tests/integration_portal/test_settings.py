"""The settings module refuses bad configuration loudly instead of starting half-right."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from integration_portal.env import database_from_url, env_bool, env_choice, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("value", ["maybe", "2", "enabled"])
def test_bool_rejects_unclear_values(monkeypatch, value):
    monkeypatch.setenv("DEBUG", value)
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", False)


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("off", False), ("Yes", True)])
def test_bool_reads_common_spellings(monkeypatch, value, expected):
    monkeypatch.setenv("DEBUG", value)
    assert env_bool("DEBUG", not expected) is expected


def test_unset_or_empty_means_default(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "")
    assert env_int("EMAIL_PORT", 587) == 587
    monkeypatch.delenv("EMAIL_PORT")
    assert env_list("ALLOWED_HOSTS_X", ["a"]) == ["a"]


def test_int_rejects_words_and_too_small_numbers(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "five")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("EMAIL_PORT", 587)
    monkeypatch.setenv("EMAIL_PORT", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env_int("EMAIL_PORT", 587, minimum=1)


def test_choice_names_the_allowed_values(monkeypatch):
    monkeypatch.setenv("DJANGO_ENV", "staging")
    with pytest.raises(ImproperlyConfigured, match="production, development"):
        env_choice("DJANGO_ENV", ["production", "development"], "production")


def test_database_url_is_parsed_with_socket_folder():
    db = database_from_url("DATABASE_URL", "postgres://kompass:s%40cret@/kompass?host=/run/pg")
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"]) == (
        "kompass",
        "kompass",
        "s@cret",
        "/run/pg",
    )


@pytest.mark.parametrize(
    "url", ["mysql://x@localhost/db", "postgres://x@localhost:port/db", "postgres://x@localhost/"]
)
def test_database_url_rejects_what_we_cannot_use(url):
    with pytest.raises(ImproperlyConfigured):
        database_from_url("DATABASE_URL", url)


def _start_settings(**env):
    """Import the settings in a fresh interpreter with exactly this environment."""
    clean = {k: v for k, v in os.environ.items() if k not in {"DJANGO_ENV", "DEBUG", "SECRET_KEY"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import integration_portal.settings as s; print(s.DEBUG)"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
    )


def test_production_is_the_default_and_requires_a_secret_key():
    result = _start_settings()
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_defaults_are_safe():
    result = _start_settings(
        DJANGO_ENV="production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="kompass.example.org",
        DATABASE_URL="postgres://u@db/kompass",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_needs_allowed_hosts():
    result = _start_settings(DJANGO_ENV="production", SECRET_KEY="x" * 50)
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_a_typo_in_a_setting_stops_the_start():
    result = _start_settings(DJANGO_ENV="development", DATABASE_CONN_MAX_AGE="sixty")
    assert result.returncode != 0
    assert "DATABASE_CONN_MAX_AGE must be a whole number" in result.stderr


def test_production_passes_djangos_deployment_checks():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_ENV="production",
        SECRET_KEY="a-long-random-production-key-" + "k7Qm2xZp9R" * 5,
        ALLOWED_HOSTS="kompass.example.org",
        DATABASE_URL="postgres://u@db/kompass",
        SECURE_SSL_REDIRECT="1",
        # Whether subdomains and the preload list fit is the operator's call for their domain.
        SECURE_HSTS_INCLUDE_SUBDOMAINS="1",
        SECURE_HSTS_PRELOAD="1",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
