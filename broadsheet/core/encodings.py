"""Which content codings a client accepts, from its ``Accept-Encoding`` (RFC 9110 12.5.3).

A coding is accepted when it is named (or ``*`` is) with a q-value above 0. A malformed or
out-of-range q-value counts as 0, and a coding named twice takes the lower weight, so an odd
header never earns a compressed body; the identity body is always available.
"""

# Preferred first when the client weighs them equally.
CODINGS = ("br", "gzip")
ALIASES = {"x-gzip": "gzip"}


def _q(params):
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return 0.0
            return q if 0.0 <= q <= 1.0 else 0.0
    return 1.0


def acceptable(accept_encoding, available=CODINGS):
    """The codings among ``available`` the client accepts, the one to send first."""
    if not accept_encoding:
        return []
    weights = {}
    for item in accept_encoding.split(","):
        name, *params = item.split(";")
        name = name.strip().lower()
        name = ALIASES.get(name, name)
        if name:
            weights[name] = min(weights.get(name, 1.0), _q(params))
    weighted = [(weights.get(coding, weights.get("*", 0.0)), coding) for coding in available]
    order = {coding: index for index, coding in enumerate(available)}
    ranked = sorted((item for item in weighted if item[0] > 0), key=lambda i: (-i[0], order[i[1]]))
    return [coding for _, coding in ranked]


def negotiate(accept_encoding, available=CODINGS):
    """The coding among ``available`` to send for this ``Accept-Encoding``; None: identity."""
    codings = acceptable(accept_encoding, available)
    return codings[0] if codings else None
