"""A WSGI app behind BodyLimitApp with a 1000-byte cap, served by granian in test_limits."""

from broadsheet.core.limits import BodyLimitApp


def echo(environ, start_response):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length)
    reply = f"read {len(body)}".encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(reply)))])
    return [reply]


application = BodyLimitApp(echo, limit_for=lambda path: 1000, chunked_limit=1000)
