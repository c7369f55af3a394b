"""The console script as an operator meets it: its own commands first, its own version."""

import re
import subprocess
import sys
from importlib.metadata import version

import pytest

from .test_settings import run_cli


def test_help_lists_broadsheet_commands_first_one_line_each():
    result = run_cli({}, "--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    own, _, others = text.partition("Django, Wagtail and library commands:")
    for name in ("serve", "demo", "backup", "restore", "scheduler", "task_worker"):
        line = re.search(rf"^  {name} +(\S.*)$", own, re.M)
        assert line, name
        assert len(line.group(0)) <= 90
    assert "migrate" in others.split() and "migrate" not in own.split()
    assert text.index("serve") < text.index("collectstatic")
    bare = subprocess.run(  # no arguments: the same help
        [sys.executable, "-m", "broadsheet"], capture_output=True, text=True, check=False
    )
    assert bare.stdout == text


def test_version_is_broadsheets():
    result = run_cli({}, "--version")
    assert result.returncode == 0
    assert result.stdout == f"broadsheet {version('broadsheet')}\n"


def test_help_for_one_command_is_still_django_s():
    result = run_cli({}, "help", "serve")
    assert result.returncode == 0
    assert "--port" in result.stdout


@pytest.mark.parametrize(
    "name", ["PORT", "WEB_WORKERS", "WEB_CONNECTIONS_PER_WORKER", "WEB_BACKLOG"]
)
def test_serve_names_a_setting_that_is_not_a_number(name):
    result = run_cli({name: "lots"}, "serve")
    assert result.returncode == 2
    assert (
        result.stderr
        == f"broadsheet: configuration error: {name} must be an integer, got 'lots'.\n"
    )
