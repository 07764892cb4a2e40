#!/usr/bin/env python
"""Django's command-line utility. In a checkout it runs with development defaults."""

import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integration_portal.settings")
    # A checkout is a development machine unless the environment says otherwise;
    # the production image sets DJANGO_ENV=production.
    os.environ.setdefault("DJANGO_ENV", "development")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
