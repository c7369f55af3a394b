import pytest

from ..factories import ReaderFactory

PASSWORD = "correct horse battery staple"


@pytest.fixture
def reader(db):
    return ReaderFactory(email="ada@example.org")


@pytest.fixture
def other_reader(db):
    return ReaderFactory(email="grace@example.org", first_name="Grace")


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client
