from django.contrib.postgres.operations import CreateExtension, TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm and fuzzystrmatch, for typo-tolerant search. Both ship with PostgreSQL;
    creating them needs a superuser or a database owner allowed to create trusted extensions."""

    dependencies = []
    operations = [TrigramExtension(), CreateExtension("fuzzystrmatch")]
