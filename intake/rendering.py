"""The public forms' widgets, written by Python functions instead of Django's widget templates.

Django renders a text input through three nested templates (text, input, attrs) and every
radio button or checkbox through four; the sign-up form's fifteen fields and their options
cost some three milliseconds a request that way, a third of the whole page. Here the
markup of those few templates is written directly, from the very context Django's widgets
build (names, values, attributes, which option is selected), so what a widget means stays
Django's. tests/test_intake_rendering.py checks that every field of every public form comes
out character for character as Django's templates write it. Any other template (a widget
these forms do not use, error lists) is left to Django's renderer.
"""

from collections.abc import Callable

from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape

WIDGETS = "django/forms/widgets/"


def text(value) -> str:
    """``{{ value }}``: localized, then escaped unless already safe."""
    return conditional_escape(localize(value))


def string(value) -> str:
    """``{{ value|stringformat:'s' }}``: not localized; the filter keeps a safe string safe."""
    return conditional_escape(value)


def attrs(widget: dict) -> str:
    """attrs.html: ``True`` writes the bare name, ``False`` leaves the attribute out."""
    return "".join(
        f" {text(name)}" if value is True else f' {text(name)}="{string(value)}"'
        for name, value in widget["attrs"].items()
        if value is not False
    )


# Each function returns what its template file gives, down to the newline at the end of the
# file: it shows where a template includes another (options in a select, an input in a label).


def input_tag(widget: dict) -> str:
    value = f' value="{string(widget["value"])}"' if widget["value"] is not None else ""
    return f'<input type="{text(widget["type"])}" name="{text(widget["name"])}"{value}{attrs(widget)}>\n'


def input_option(widget: dict) -> str:
    if not widget.get("wrap_label"):
        return input_tag(widget) + "\n"
    label_for = f' for="{text(widget["attrs"]["id"])}"' if widget["attrs"].get("id") else ""
    return f"<label{label_for}>{input_tag(widget)} {text(widget['label'])}</label>\n"


def textarea(widget: dict) -> str:
    value = text(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{text(widget["name"])}"{attrs(widget)}>\n{value}</textarea>\n'


def select_option(widget: dict) -> str:
    return f'<option value="{string(widget["value"])}"{attrs(widget)}>{text(widget["label"])}</option>\n'


def select(widget: dict) -> str:
    parts = [f'<select name="{text(widget["name"])}"{attrs(widget)}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{text(group_name)}">')
        parts.extend(f"\n  {select_option(option)}" for option in options)
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>\n")
    return "".join(parts)


def option_input(widget: dict) -> str:
    """radio_option.html and checkbox_option.html: input_option.html and a newline."""
    return input_option(widget) + "\n"


# The templates the public forms' widgets ask for (the others are only included by these).
WRITERS: dict[str, Callable[[dict], str]] = {
    **{f"{WIDGETS}{name}.html": input_tag for name in ("text", "email", "url", "hidden", "checkbox")},
    f"{WIDGETS}radio_option.html": option_input,
    f"{WIDGETS}checkbox_option.html": option_input,
    f"{WIDGETS}textarea.html": textarea,
    f"{WIDGETS}select.html": select,
}


class WidgetRenderer(DjangoTemplates):
    """Django's template renderer, except for the widget templates in ``WRITERS``."""

    def render(self, template_name, context, request=None):
        write = WRITERS.get(template_name)
        if write is None:
            return super().render(template_name, context, request)
        return write(context["widget"]).strip()


# One for every form: a renderer keeps its template engine (Django's is made once per process, too).
RENDERER = WidgetRenderer()
