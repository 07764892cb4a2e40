from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """pg_trgm, for typo-tolerant search. Needs a superuser or a trusted-extension owner."""

    dependencies = []
    operations = [TrigramExtension()]
