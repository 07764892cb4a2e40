"""The filter choices (topics, target groups, municipalities, languages) in the reader's
language, cached for a minute: they change rarely, and every list page needs all of them."""

from django.core.cache import cache
from django.utils.translation import get_language

from directory.models import Category, TargetGroup
from integration_portal.models import Language, Municipality

TIMEOUT = 60


def _cached(name, build):
    key = f"directory.choices.{name}.{get_language()}"
    choices = cache.get(key)
    if choices is None:
        choices = build()
        cache.set(key, choices, TIMEOUT)
    return choices


def categories():
    return _cached("categories", lambda: [(c.slug, c.name) for c in Category.objects.all()])


def target_groups():
    return _cached("target_groups", lambda: [(g.slug, g.name) for g in TargetGroup.objects.all()])


def municipalities():
    return _cached("municipalities", lambda: list(Municipality.objects.values_list("slug", "name")))


def languages():
    return _cached("languages", lambda: [(lang.code, str(lang)) for lang in Language.objects.all()])
