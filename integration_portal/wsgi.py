"""WSGI entry point for gunicorn. Runs with production defaults unless DJANGO_ENV says otherwise."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_portal.settings")

application = get_wsgi_application()
