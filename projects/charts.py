"""Bar charts drawn on the server as accessible SVG, mirrored for right-to-left languages."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.formats import number_format
from django.utils.safestring import SafeString
from django.utils.translation import get_language_bidi

from .figures import Table

WIDTH = 640
LABEL_WIDTH = 210
VALUE_ROOM = 56
BAR_HEIGHT = 18
BAR_GAP = 6
GROUP_GAP = 14
TOP = 8


@dataclass
class Bar:
    series: int
    value: int
    text: str
    y: float
    x: float
    width: float
    value_x: float


@dataclass
class Group:
    label: str
    label_x: float
    label_y: float
    bars: list[Bar]


def bar_chart(table: Table, *, chart_id: str, title: str, description: str) -> SafeString:
    """A horizontal bar chart of ``table``: one group per row, one bar per column with a value."""
    rtl = get_language_bidi()
    numbers = [value for _row, values in table.rows for value in values if value is not None]
    largest = max(numbers, default=0) or 1
    bar_room = WIDTH - LABEL_WIDTH - VALUE_ROOM
    groups: list[Group] = []
    y = TOP
    for row_label, values in table.rows:
        bars = []
        group_top = y
        for series, value in enumerate(values):
            if value is None:
                continue
            length = max(bar_room * value / largest, 1 if value else 0)
            start = LABEL_WIDTH
            x = WIDTH - start - length if rtl else start
            value_x = x - 4 if rtl else x + length + 4
            bars.append(Bar(series, value, number_format(value, force_grouping=True), y, x, length, value_x))
            y += BAR_HEIGHT + BAR_GAP
        if not bars:
            continue
        middle = group_top + (y - BAR_GAP - group_top) / 2
        groups.append(Group(row_label, WIDTH if rtl else 0, middle, bars))
        y += GROUP_GAP
    height = max(y - GROUP_GAP + TOP, 2 * TOP)
    return render_to_string(
        "projects/components/bar_chart.svg",
        {
            "chart_id": chart_id,
            "title": title,
            "description": description,
            "groups": groups,
            "legend": [column.label for column in table.columns] if len(table.columns) > 1 else [],
            "width": WIDTH,
            "height": height,
            "bar_height": BAR_HEIGHT,
            "direction": "rtl" if rtl else "ltr",
        },
    )
