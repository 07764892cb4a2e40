"""Staff logins for trying the admin on a development machine. Refuses in production.

`demo` may do everything; `redaktion`, `freigabe` and `partner` have one role each, so that
the review of changes and a partner organisation's narrowed view can be tried as they are.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from integration_portal import roles

USERNAME = "demo"
PASSWORD = "kompass-demo"
# username -> role; the partner's login belongs to the Freiwilligenzentrum when it exists.
ROLE_LOGINS = {
    "redaktion": roles.EDITORS,
    "freigabe": roles.PUBLISHERS,
    "partner": roles.PARTNERS,
}
PARTNER_ORGANISATION = "freiwilligenzentrum-region-imst"


class Command(BaseCommand):
    help = "Create (or reset) the demo staff logins and print them. Development only."

    def handle(self, *args, **options):
        if not settings.DEVELOPMENT:
            raise CommandError("The demo login exists only with DJANGO_ENV=development.")
        users = get_user_model().objects
        user, _ = users.get_or_create(username=USERNAME)
        user.is_staff = user.is_superuser = True
        user.email = "demo@example.org"
        user.set_password(PASSWORD)
        user.save()
        for username, role in ROLE_LOGINS.items():
            member, _ = users.get_or_create(username=username)
            member.is_staff, member.is_superuser = True, False
            member.email = f"{username}@example.org"
            member.set_password(PASSWORD)
            member.save()
            member.groups.set(Group.objects.filter(name=role))
        self._partner_account(users.get(username="partner"))
        logins = ", ".join([USERNAME, *ROLE_LOGINS])
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo staff logins: {logins} – password {PASSWORD} (development only)"
            )
        )

    def _partner_account(self, user):
        if not apps.is_installed("network"):
            return
        organization = (
            apps.get_model("network", "Organization")
            .objects.filter(slug=PARTNER_ORGANISATION)
            .first()
        )
        if organization is not None:
            apps.get_model("network", "PartnerAccount").objects.update_or_create(
                user=user, defaults={"organization": organization}
            )
