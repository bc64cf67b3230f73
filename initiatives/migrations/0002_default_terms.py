"""The directory's default taxonomy terms, in every site language, so the filters work on a fresh site.

Each term is one translation key with a row per language; the slug is the same in every
language. Dutch and English are the project's own; the Arabic, Farsi, Tigrinya and
Ukrainian names are machine translation, needs review by a native speaker.
"""

import uuid

from django.conf import settings
from django.db import migrations

LANGUAGES = ("nl", "en", "ar", "fa", "ti", "uk")

# slug, sort order, names in LANGUAGES order (ar, fa, ti, uk: machine translation, needs review by a native speaker)
FOCUS_AREAS = [
    ("volunteering", 0, ("Vrijwilligerswerk", "Volunteering", "العمل التطوعي", "کار داوطلبانه", "ናይ ወለንታ ስራሕ", "Волонтерство")),
    (
        "work-and-entrepreneurship",
        0,
        (
            "Werken en ondernemerschap",
            "Work and entrepreneurship",
            "العمل وريادة الأعمال",
            "کار و کارآفرینی",
            "ስራሕን ንግድን",
            "Робота і підприємництво",
        ),
    ),
    ("education", 0, ("Onderwijs", "Education", "التعليم", "آموزش", "ትምህርቲ", "Освіта")),
    ("language", 0, ("Taal", "Language", "اللغة", "زبان", "ቋንቋ", "Мова")),
    (
        "network-and-buddies",
        0,
        (
            "Netwerk en buddy's",
            "Network and buddies",
            "الشبكة والرفقاء",
            "شبکه و همراهان",
            "ርክብን መሓዙትን",
            "Мережа і наставники",
        ),
    ),
]

REGIONS = [
    ("drenthe", 0, ("Drenthe", "Drenthe", "درينته", "درنته", "ድረንተ", "Дренте")),
    ("flevoland", 0, ("Flevoland", "Flevoland", "فليفولاند", "فلوولند", "ፍለቮላንድ", "Флеволанд")),
    ("friesland", 0, ("Fryslân", "Friesland", "فريسلاند", "فریسلند", "ፍሪስላንድ", "Фрисландія")),
    ("gelderland", 0, ("Gelderland", "Gelderland", "خيلدرلاند", "خلدرلند", "ኸልደርላንድ", "Гелдерланд")),
    ("groningen", 0, ("Groningen", "Groningen", "خرونينغن", "خرونینگن", "ኽሮኒንገን", "Гронінген")),
    ("limburg", 0, ("Limburg", "Limburg", "ليمبورخ", "لیمبورخ", "ሊምቡርግ", "Лімбург")),
    ("noord-brabant", 0, ("Noord-Brabant", "North Brabant", "برابانت الشمالية", "برابانت شمالی", "ሰሜን ብራባንት", "Північний Брабант")),
    ("noord-holland", 0, ("Noord-Holland", "North Holland", "هولندا الشمالية", "هلند شمالی", "ሰሜን ሆላንድ", "Північна Голландія")),
    ("overijssel", 0, ("Overijssel", "Overijssel", "أوفرآيسل", "اوفرایسل", "ኦቨርአይሰል", "Оверейсел")),
    ("utrecht", 0, ("Utrecht", "Utrecht", "أوتريخت", "اوترخت", "ኡትረኽት", "Утрехт")),
    ("zeeland", 0, ("Zeeland", "Zeeland", "زيلاند", "زیلند", "ዘይላንድ", "Зеландія")),
    ("zuid-holland", 0, ("Zuid-Holland", "South Holland", "هولندا الجنوبية", "هلند جنوبی", "ደቡብ ሆላንድ", "Південна Голландія")),
    ("national", 1, ("Landelijk", "National", "على المستوى الوطني", "سراسری", "ሃገራዊ", "Загальнонаціональний")),
    ("international", 2, ("Internationaal", "International", "دولي", "بین‌المللی", "ዓለምለኻዊ", "Міжнародний")),
]

STATUSES = [
    ("running", 0, ("Lopend", "Running", "جارٍ", "در حال اجرا", "ኣብ መስርሕ", "Триває")),
    ("continuous", 1, ("Doorlopend", "Continuous", "مستمر", "دائمی", "ቀጻሊ", "Постійно")),
    ("ended", 2, ("Afgelopen", "Ended", "منتهٍ", "پایان‌یافته", "ዝተዛዘመ", "Завершено")),
]


def create_terms(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}
    for model_name, terms in (("FocusArea", FOCUS_AREAS), ("Region", REGIONS), ("Status", STATUSES)):
        model = apps.get_model("initiatives", model_name)
        for slug, sort_order, names in terms:
            if model.objects.filter(slug=slug).exists():
                continue
            by_language = dict(zip(LANGUAGES, names, strict=True))
            key = uuid.uuid4()
            for code, locale in locales.items():
                # A language added later starts with the default language's name until an editor translates it.
                name = by_language.get(code) or by_language[settings.LANGUAGE_CODE]
                model.objects.create(
                    translation_key=key, locale=locale, slug=slug, name=name, sort_order=sort_order
                )


def delete_terms(apps, schema_editor):
    for model_name, terms in (("FocusArea", FOCUS_AREAS), ("Region", REGIONS), ("Status", STATUSES)):
        model = apps.get_model("initiatives", model_name)
        model.objects.filter(slug__in=[slug for slug, _order, _names in terms]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_terms, delete_terms)]
