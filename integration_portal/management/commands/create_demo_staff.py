"""A staff login for trying the admin on a development machine. Refuses in production."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "demo"
PASSWORD = "kompass-demo"


class Command(BaseCommand):
    help = "Create (or reset) the demo administrator login and print it. Development only."

    def handle(self, *args, **options):
        if not settings.DEVELOPMENT:
            raise CommandError("The demo login exists only with DJANGO_ENV=development.")
        user, _ = get_user_model().objects.get_or_create(username=USERNAME)
        user.is_staff = user.is_superuser = True
        user.email = "demo@example.org"
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(f"Demo staff login: {USERNAME} / {PASSWORD} (development only)")
        )
