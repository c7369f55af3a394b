"""The ``broadsheet`` console script: every manage.py command, plus ``demo`` and ``serve``."""

import os
import re
import sys
import textwrap
from importlib.metadata import version

HELP_ARGS = (["help"], ["--help"], ["-h"])


def own_commands():
    """(name, first line of help) of Broadsheet's own management commands, by name."""
    from django.core.management import get_commands, load_command_class

    commands = []
    for name, app in sorted(get_commands().items()):
        if app.startswith("broadsheet."):
            text = " ".join(load_command_class(app, name).help.split())
            sentence = re.split(r"\.\s+(?=[A-Z`])", text)[0].rstrip(".")
            commands.append((name, textwrap.shorten(sentence, 70, placeholder="…")))
    return commands


def main_help():
    """Broadsheet's commands first, one line each, then the Django and Wagtail ones by name."""
    from django.core.management import get_commands

    own = own_commands()
    width = max(len(name) for name, _ in own)
    lines = [
        f"broadsheet {version('broadsheet')}: the Broadsheet news platform.",
        "",
        "Usage: broadsheet <command> [options]   (broadsheet help <command> for its options)",
        "",
        "Broadsheet commands:",
        *(f"  {name.ljust(width)}  {text}" for name, text in own),
        "",
        "Django, Wagtail and library commands:",
    ]
    others = sorted(
        name for name, app in get_commands().items() if not app.startswith("broadsheet.")
    )
    line = " "
    for name in others:
        if len(line) + len(name) + 1 > 88:
            lines.append(line)
            line = " "
        line += " " + name
    lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    if argv[1:] in (["--version"], ["version"]):
        sys.stdout.write(f"broadsheet {version('broadsheet')}\n")
        return 0
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")
    from django.core.exceptions import ImproperlyConfigured

    try:
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018 - load settings now, to report errors in one line
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"broadsheet: configuration error: {exc}\n")
        return 2

    if argv[1:] in HELP_ARGS or len(argv) == 1:
        import django

        django.setup()
        sys.stdout.write(main_help())
        return 0

    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
