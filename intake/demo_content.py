"""Demo form pages: the intro and thank-you texts editors would write, in our own words."""

SIGN_UP = {
    "nl": {
        "slug": "aanmelden",
        "title": "Aanmelden voor een project",
        "intro": ["Wil je meedoen aan een project? Vul dit korte formulier in. Het kost ongeveer vijf minuten."],
        "thank_you_text": ["Binnen twee weken neemt iemand van ons team contact met je op, op de manier die je koos."],
    },
    "en": {
        "slug": "sign-up",
        "title": "Sign up for a project",
        "intro": ["Would you like to join a project? Fill in this short form. It takes about five minutes."],
        "thank_you_text": ["Within two weeks someone from our team will contact you, in the way you chose."],
    },
    "ar": {
        "slug": "sign-up-ar",
        "title": "التسجيل في مشروع",
        "intro": ["هل تريد المشاركة في مشروع؟ املأ هذه الاستمارة القصيرة. تستغرق نحو خمس دقائق."],
        "thank_you_text": ["خلال أسبوعين سيتواصل معك أحد أعضاء فريقنا بالطريقة التي اخترتها."],
    },
}

REPORT = {
    "nl": {
        "slug": "initiatief-aanmelden",
        "title": "Een initiatief aanmelden",
        "intro": ["Ken je een initiatief dat nieuwkomers helpt aan werk, leren of vrijwilligerswerk? Vertel het ons."],
        "thank_you_text": ["We bekijken je melding en nemen contact op als we vragen hebben."],
    },
    "en": {
        "slug": "report-an-initiative",
        "title": "Report an initiative",
        "intro": ["Do you know an initiative that helps newcomers into work, learning or volunteering? Tell us."],
        "thank_you_text": ["We will look at your report and contact you if we have questions."],
    },
}

CONTACT = {
    "nl": {
        "slug": "vraag-stellen",
        "title": "Stel een vraag",
        "intro": ["Stel je vraag hieronder. We antwoorden binnen een week."],
        "thank_you_text": ["We antwoorden binnen een week."],
    },
    "en": {
        "slug": "ask-a-question",
        "title": "Ask a question",
        "intro": ["Ask your question below. We reply within a week."],
        "thank_you_text": ["We reply within a week."],
    },
}
