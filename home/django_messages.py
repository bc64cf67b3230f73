"""Django's own form messages, repeated here so the catalogues can give them in Tigrinya.

Django ships no Tigrinya catalogue, so a ti visitor would read these in English.
Listing them lets makemessages put them in locale/*/django.po, where our
translations take precedence (LOCALE_PATHS) over Django's own.
"""

from django.utils.translation import gettext_noop

DJANGO_FORM_MESSAGES = [
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a whole number."),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Enter a list of values."),
]
