"""How the API knows the reader: the session token of allauth's app sign-in."""

from allauth.headless.contrib.ninja.security import XSessionTokenAuth


class SessionToken(XSessionTokenAuth):
    """The ``session_token`` that ``POST /_allauth/app/v1/auth/login`` answers with, sent in an
    ``X-Session-Token`` header. Described as a header API key, so the schema can say where
    it goes (allauth's class names only the type)."""

    openapi_in = "header"
    openapi_name = "X-Session-Token"
    openapi_description = (
        "`meta.session_token` from POST /_allauth/app/v1/auth/login (allauth headless, app client)."
    )


session_token = SessionToken()
