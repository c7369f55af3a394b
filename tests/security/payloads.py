"""Our XSS corpus: each payload carries a marker (x1…x8) that would show up as an element, an
attribute or a script if it were ever written out unescaped."""

PAYLOADS = {
    "script tag": "<script>x1()</script>",
    "attribute breaker (double quote)": '"><img src=x onerror=x2()>',
    "attribute breaker (single quote)": "'><svg onload=x3()>",
    "javascript: URL": "javascript:x4()",
    "script end in JSON-LD": "</script><b id=x5>",
    "CDATA end": "]]><x6/>",
    "line separators": "\u2028x7\u2029",
    "comment opener": "<!--x8",
}
ALL = "".join(PAYLOADS.values())  # 114 characters


def fit(limit, prefix=""):
    """The corpus cut to a field's length, payloads kept whole and the dangerous ones first."""
    text = prefix
    for payload in PAYLOADS.values():
        if len(text) + len(payload) <= limit:
            text += payload
    return text
