"""The ``broadsheet`` console script: every manage.py command, plus ``demo`` and ``serve``."""

import os
import sys


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")
    from django.core.exceptions import ImproperlyConfigured

    try:
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018 - load settings now, to report errors in one line
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"broadsheet: configuration error: {exc}\n")
        return 2

    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
