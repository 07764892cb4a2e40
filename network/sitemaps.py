from integration_portal.sitemaps import PublishedSitemap
from network.models import Event, News, Organization, VolunteerRole, WorkingGroup


class OrganizationSitemap(PublishedSitemap):
    model = Organization
    changefreq = "monthly"


class WorkingGroupSitemap(PublishedSitemap):
    model = WorkingGroup
    changefreq = "monthly"


class EventSitemap(PublishedSitemap):
    model = Event
    changefreq = "weekly"

    def items(self):
        return Event.objects.published().upcoming().only("slug", "updated_at")


class NewsSitemap(PublishedSitemap):
    model = News
    changefreq = "yearly"


class VolunteerRoleSitemap(PublishedSitemap):
    model = VolunteerRole
    changefreq = "monthly"
