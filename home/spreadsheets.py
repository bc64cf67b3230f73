"""Cells for CSV and spreadsheet downloads that a spreadsheet program will not run as formulas."""

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A phone number such as +31 6 1234 5678, or a negative figure: digits cannot do harm.
PLAIN_NUMBER = re.compile(r"[+\d\s()-]*")


def safe_cell(value) -> str:
    """The cell's text; text a spreadsheet would run as a formula (the public writes some of it) gets a quote."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text
