"""Bring the events of the partners' calendars in as drafts. Run daily by cron (see the
handbook, "Partnerkalender")."""

from django.core.management.base import BaseCommand

from network.importing import extend_dates, import_feed
from network.models import PartnerFeed


class Command(BaseCommand):
    help = "Import the registered partner calendars (iCalendar) as draft events for review."

    def handle(self, *args, **options):
        for feed in PartnerFeed.objects.filter(active=True).select_related("organization"):
            result = import_feed(feed)
            self.stdout.write(f"{feed.organization}: {result}")
        extended = extend_dates()
        self.stdout.write(f"Dates written further ahead for {extended} repeating events.")
