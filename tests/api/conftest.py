import pytest

from ..factories import ReaderFactory

PASSWORD = "correct horse battery staple"
LOGIN = "/_allauth/app/v1/auth/login"
SESSION = "/_allauth/app/v1/auth/session"


def sign_in(client, email, password=PASSWORD):
    """The news app's sign-in: allauth's headless login for app clients."""
    return client.post(
        LOGIN, {"email": email, "password": password}, content_type="application/json"
    )


@pytest.fixture
def reader(db):
    return ReaderFactory(email="ada@example.org")


@pytest.fixture
def other_reader(db):
    return ReaderFactory(email="grace@example.org")


@pytest.fixture
def session_token(client, reader):
    """The token the app gets by signing in as ``reader``."""
    response = sign_in(client, reader.email)
    assert response.status_code == 200, response.content
    return response.json()["meta"]["session_token"]


@pytest.fixture
def api(client, session_token):
    """A client sending ``reader``'s session token, and no cookie."""
    client.cookies.clear()
    client.defaults["HTTP_X_SESSION_TOKEN"] = session_token
    return client
