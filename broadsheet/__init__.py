"""Broadsheet: a news publishing platform built on Django and Wagtail."""
