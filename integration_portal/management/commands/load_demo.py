"""Load the demo content that `make run` shows. Safe to run again: it updates in place.

Every app may have a `demo` module with a `load()` function; they run in the order of
INSTALLED_APPS, which is the order of the apps' dependencies.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load reference data (municipalities, languages) and the demo content."

    def handle(self, *args, **options):
        for app in apps.get_app_configs():
            name = f"{app.name}.demo"
            if not app.name.startswith("django") and find_spec(app.name) and find_spec(name):
                summary = import_module(name).load()
                self.stdout.write(f"{app.label}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
