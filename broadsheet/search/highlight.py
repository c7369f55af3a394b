"""Snippets of article text around the searched words, escaped, with the words marked."""

import html
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

SNIPPET_LENGTH = 220
MAX_TERMS = 10
WORD_RE = re.compile(r"\w+", re.UNICODE)


def search_terms(query):
    """The words of a query worth highlighting (at most ten, two letters or longer)."""
    terms = []
    for word in WORD_RE.findall(query.lower()):
        if len(word) > 1 and word not in terms:
            terms.append(word)
    return terms[:MAX_TERMS]


def terms_pattern(terms):
    """Match each term and its inflections (a stem of the term followed by letters)."""
    if not terms:
        return None
    stems = sorted(
        {term[: max(4, len(term) - 2)] if len(term) > 4 else term for term in terms},
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.I)


def mark(text, pattern):
    """``text`` escaped, with each match of ``pattern`` wrapped in <mark>."""
    if pattern is None:
        return escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def body_text(body):
    """Plain text of a StreamField body's paragraphs, subheadings and quotes, from raw data."""
    pieces = []
    for block in body.raw_data:
        value = block.get("value")
        if isinstance(value, str):
            pieces.append(value)
        elif isinstance(value, dict):
            pieces.extend(v for k, v in value.items() if k in ("text", "heading") and v)
    text = html.unescape(strip_tags(" ".join(str(piece) for piece in pieces)))
    return " ".join(text.split())


def snippet(article, terms):
    """The part of the article's text that best shows the query, as safe HTML."""
    pattern = terms_pattern(terms)
    text = body_text(article.body)
    match = pattern.search(text) if pattern else None
    if match is None:
        match_standfirst = pattern.search(article.standfirst) if pattern else None
        if match_standfirst or not text:
            return mark(article.standfirst, pattern)
        excerpt = text[:SNIPPET_LENGTH]
        return mark(excerpt + ("…" if len(text) > SNIPPET_LENGTH else ""), pattern)
    start = max(0, match.start() - SNIPPET_LENGTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < match.start() else start
    end = min(len(text), start + SNIPPET_LENGTH)
    excerpt = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    return mark(excerpt, pattern)
