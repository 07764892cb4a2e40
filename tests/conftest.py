"""Personas and shared set-up for the whole suite."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from integration_portal.demo import load_site_settings
from integration_portal.roles import EDITORS, PUBLISHERS


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_settings(db):
    """The demo site settings: names, tagline and legal texts in German and English."""
    return load_site_settings()


@pytest.fixture
def visitor(client):
    """An anonymous visitor of the public site."""
    return client


def _staff(django_user_model, client, username, role=None, **extra):
    user = django_user_model.objects.create_user(
        username=username, password="pw", is_staff=True, **extra
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return client


@pytest.fixture
def editor(db, django_user_model, client):
    """A regional-management staffer who researches and writes entries (Redaktion)."""
    return _staff(django_user_model, client, "editor", EDITORS)


@pytest.fixture
def publisher(db, django_user_model, client):
    """A staffer who may publish (Veröffentlichung)."""
    return _staff(django_user_model, client, "publisher", PUBLISHERS)


@pytest.fixture
def superuser(db, django_user_model, client):
    return _staff(django_user_model, client, "admin", is_superuser=True)
