"""Load the demo content that `make run` shows. Safe to run again: it updates in place."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from integration_portal.demo import load_site_settings


class Command(BaseCommand):
    help = "Load reference data (municipalities, languages) and the demo content."

    def handle(self, *args, **options):
        call_command("loaddata", "municipalities_bezirk_imst", "languages", verbosity=0)
        load_site_settings()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
