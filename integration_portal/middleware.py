from django.conf import settings
from django.utils import translation


class AdminInGermanMiddleware:
    """Staff work in German: the admin ignores the browser's language."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/admin/"

    def __call__(self, request):
        if request.path_info.startswith(self.prefix):
            translation.activate(settings.ADMIN_LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.ADMIN_LANGUAGE_CODE
        return self.get_response(request)
