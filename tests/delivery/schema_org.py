"""Checks JSON-LD against the schema.org vocabulary subset in schema_org_subset.json."""

import json
import re
from datetime import date, datetime
from functools import cache
from pathlib import Path

VOCABULARY = Path(__file__).with_name("schema_org_subset.json")
ISO_DURATION = re.compile(r"P(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")
ACTION_ANNOTATION = re.compile(r"^(?P<prop>[A-Za-z]+)-(input|output)$")


@cache
def vocabulary():
    return json.loads(VOCABULARY.read_text())


def ancestors(type_name):
    types = vocabulary()["types"]
    seen, queue = [], [type_name]
    while queue:
        current = queue.pop(0)
        if current not in seen:
            seen.append(current)
            queue.extend(types[current]["parents"])
    return seen


def properties(type_name):
    types = vocabulary()["types"]
    props = {}
    for name in ancestors(type_name):
        for prop, expected in types[name]["properties"].items():
            props.setdefault(prop, expected)
    return props


def _string_matches(value, expected):
    for kind in expected:
        if kind == "Text":
            return True
        if kind == "URL" and re.match(r"^https?://[^\s]+$", value):
            return True
        if kind == "Date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return True
        if kind == "Duration" and ISO_DURATION.fullmatch(value) and value != "P":
            return True
        if kind == "DateTime":
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                continue
            if parsed.tzinfo is not None:  # a news date without a zone is ambiguous
                return True
    return False


def validate(node, path="$"):
    """A list of errors; empty when every type, property and value fits the vocabulary."""
    errors = []
    types = vocabulary()["types"]
    type_name = node.get("@type")
    if type_name not in types:
        return [f"{path}: unknown @type {type_name!r}"]
    allowed = properties(type_name)
    for key, value in node.items():
        if key in ("@context", "@type", "@id"):
            continue
        annotation = ACTION_ANNOTATION.match(key)
        if annotation and "Action" in ancestors(type_name):
            if annotation["prop"] not in allowed or not isinstance(value, str):
                errors.append(f"{path}.{key}: not a valid action annotation")
            continue
        if key not in allowed:
            errors.append(f"{path}.{key}: {type_name} has no property {key!r}")
            continue
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            errors.extend(_check_value(item, allowed[key], f"{path}.{key}[{index}]"))
    return errors


def _check_value(value, expected, path):
    types = vocabulary()["types"]
    if isinstance(value, dict):
        kind = value.get("@type")
        if kind not in types:
            return [f"{path}: unknown @type {kind!r}"]
        if not set(ancestors(kind)) & set(expected):
            return [f"{path}: {kind} is not one of {expected}"]
        return validate(value, path)
    if isinstance(value, bool):
        ok = "Boolean" in expected
    elif isinstance(value, int):
        ok = bool({"Integer", "Number"} & set(expected))
    elif isinstance(value, float):
        ok = "Number" in expected
    elif isinstance(value, str):
        ok = _string_matches(value, expected)
    elif isinstance(value, date | datetime):
        ok = False
    else:
        ok = False
    return [] if ok else [f"{path}: {value!r} is not one of {expected}"]
