"""Ask each organisation with entries due for a check to confirm them (weekly cron)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from integration_portal import verification
from network import verification as requests
from network.models import Organization, VerificationRequest

# An organisation asked recently is not asked again before this.
ASK_AGAIN_AFTER = datetime.timedelta(days=30)


class Command(BaseCommand):
    help = "E-mail every organisation with entries due for a check a link to confirm them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List who would be asked; send nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        if not settings.SITE_URL:
            raise CommandError("Set SITE_URL (e.g. https://kompass.example.at) for the links.")
        recently = VerificationRequest.objects.filter(
            sent_at__gt=timezone.now() - ASK_AGAIN_AFTER
        ).values("organization")
        asked = without_address = 0
        for organization in Organization.objects.published().exclude(pk__in=recently):
            due = verification.entries_of(organization.pk, due_only=True)
            if not due:
                continue
            count = sum(len(rows) for _model, rows in due)
            if dry_run:
                address = requests.address_of(organization) or "(keine Adresse)"
                self.stdout.write(f"{organization.name}: {count} Einträge → {address}")
                continue
            if requests.send(organization, verification.entries_of(organization.pk)):
                asked += 1
            else:
                without_address += 1
                self.stderr.write(f"{organization.name}: keine E-Mail-Adresse hinterlegt")
        if not dry_run:
            self.stdout.write(
                f"{asked} Organisationen gebeten, ihre Einträge zu prüfen; "
                f"{without_address} ohne Adresse."
            )
