import email
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from allauth.account.models import EmailAddress
from django.core.exceptions import ImproperlyConfigured

from broadsheet.settings.env import email_from_env, email_from_url


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


def test_verification_mail_goes_through_smtp_and_its_link_confirms(client, home, smtp_server):
    response = client.post(
        "/en/account/signup/",
        {
            "email": "smtp.reader@example.org",
            "password1": "Kettle-harbour-41-lanterns",
            "password2": "Kettle-harbour-41-lanterns",
        },
    )
    assert response.status_code == 302
    assert len(smtp_server.messages) == 1
    recipients, message = smtp_server.messages[0]
    assert recipients == ["smtp.reader@example.org"]
    assert message["From"] == "Broadsheet <noreply@localhost>"
    body = (
        message.get_payload(decode=True)
        if not message.is_multipart()
        else (message.get_payload(0).get_payload(decode=True))
    )
    link = re.search(rb"http://testserver(/en/account/confirm-email/[^/\s]+/)", body)
    assert link, body
    path = link.group(1).decode()

    assert client.get(path).status_code == 200
    client.post(path)
    assert EmailAddress.objects.get(email="smtp.reader@example.org").verified
    assert "_auth_user_id" in client.session


@pytest.mark.parametrize(
    "url, expected",
    (
        (
            "smtp+tls://news%40example.org:p%2Fss@mail.example.org:2587",
            {
                "EMAIL_HOST": "mail.example.org",
                "EMAIL_PORT": 2587,
                "EMAIL_HOST_USER": "news@example.org",
                "EMAIL_HOST_PASSWORD": "p/ss",
                "EMAIL_USE_TLS": True,
                "EMAIL_USE_SSL": False,
            },
        ),
        ("smtps://mail.example.org", {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True}),
        ("smtp://localhost", {"EMAIL_PORT": 25, "EMAIL_USE_TLS": False}),
        ("console://", {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}),
    ),
    ids=["submission with credentials", "implicit tls", "plain relay", "console"],
)
def test_email_url_is_parsed(url, expected):
    config = email_from_url(url)
    for key, value in expected.items():
        assert config[key] == value


@pytest.mark.parametrize("url", ("http://mail.example.org", "smtp://", "smtp://host:port"))
def test_bad_email_url_names_the_variable(url):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_from_url(url)


def test_email_defaults_to_console_and_reads_email_host(monkeypatch):
    for name in ("EMAIL_URL", "EMAIL_HOST", "EMAIL_USE_TLS", "EMAIL_USE_SSL", "EMAIL_PORT"):
        monkeypatch.delenv(name, raising=False)
    assert email_from_env()["EMAIL_BACKEND"].endswith("console.EmailBackend")
    monkeypatch.setenv("EMAIL_HOST", "relay.example.org")
    monkeypatch.setenv("EMAIL_USE_TLS", "yes")
    config = email_from_env()
    assert config["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"]) == ("relay.example.org", 587)
