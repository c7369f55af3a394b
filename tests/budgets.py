"""Query budgets per page type: fixed numbers that must not grow with content.

Each is a ceiling over a warm render (renditions made, settings cached) of a page carrying
every rail and block; tests elsewhere assert the count does not grow with body length or
the number of items listed.
"""

ARTICLE_PAGE = 40
PODCAST_PAGE = 24
VIDEO_PAGE = 30
