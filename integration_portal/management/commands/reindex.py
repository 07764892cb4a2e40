"""Rebuild the search index, the facet values and the typo vocabulary of every content type.

    manage.py reindex

Not needed in normal operation (every change indexes what it touches); for repairs, e.g.
after an indexing that failed and was logged, or after restoring a database dump.
"""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from integration_portal.indexing import index_now, searchable_models


class Command(BaseCommand):
    help = "Rebuild the search index and the typo vocabulary of all content."

    @transaction.atomic
    def handle(self, *args, **options):
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM integration_portal_searchterm")
        for model in searchable_models():
            model._default_manager.update(search_words=None)
            ids = list(model._default_manager.values_list("pk", flat=True))
            index_now(model, ids)
            self.stdout.write(f"{model._meta.verbose_name_plural}: {len(ids)}")
