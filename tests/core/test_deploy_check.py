import secrets

from .test_settings import run_cli


def test_check_deploy_with_production_settings_has_no_warnings(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "broadsheet.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "news.example.org",
        "BASE_URL": "https://news.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        # A production site sends its readers' confirmation emails somewhere.
        "EMAIL_URL": "smtp+tls://mailer:app-password@smtp.example.org:587",
        "BROADSHEET_VAR_DIR": str(tmp_path),
    }
    result = run_cli(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout, result.stdout
