"""What every search box on the site does to the words people type."""

QUERY_MAX_LENGTH = 200
# A stray quote or NUL breaks the database backends' full-text query (a 500 on SQLite).
QUERY_DROP = str.maketrans({'"': " ", "\x00": None})


def clean_query(text: str) -> str:
    """The words of ``text``, without characters the full-text search cannot take, at most 200 characters."""
    return " ".join(text.translate(QUERY_DROP).split())[:QUERY_MAX_LENGTH]
