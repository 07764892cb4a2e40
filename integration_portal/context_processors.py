from integration_portal.models import SiteSettings


def site(request):
    """The site's own name and texts, for the layout of every page."""
    return {"site_settings": SiteSettings.load()}
