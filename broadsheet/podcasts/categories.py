"""Apple Podcasts categories, as Apple lists them: "Category" or "Category > Subcategory"."""

APPLE_CATEGORIES = {
    "Arts": ["Books", "Design", "Performing Arts", "Visual Arts"],
    "Business": ["Careers", "Entrepreneurship", "Investing", "Management"],
    "Comedy": [],
    "Education": ["Courses", "Language Learning"],
    "Fiction": ["Drama"],
    "Government": [],
    "Health & Fitness": ["Medicine", "Mental Health"],
    "History": [],
    "Kids & Family": [],
    "Leisure": ["Hobbies"],
    "Music": ["Music Commentary"],
    "News": [
        "Business News",
        "Daily News",
        "Entertainment News",
        "News Commentary",
        "Politics",
        "Sports News",
        "Tech News",
    ],
    "Religion & Spirituality": [],
    "Science": ["Earth Sciences", "Life Sciences", "Natural Sciences", "Nature"],
    "Society & Culture": ["Documentary", "Personal Journals", "Philosophy", "Places & Travel"],
    "Sports": [],
    "Technology": [],
    "True Crime": [],
    "TV & Film": [],
}

SEPARATOR = " > "

CHOICES = [
    (value, value)
    for top, subs in APPLE_CATEGORIES.items()
    for value in [top, *(f"{top}{SEPARATOR}{sub}" for sub in subs)]
]


def split(value):
    """("News", "Daily News") for "News > Daily News"; ("History", None) for "History"."""
    top, _sep, sub = value.partition(SEPARATOR)
    return top, (sub or None)
