"""Demo content of the home family, in the foundation's own words (facts from shared/seeds).

Each page is written once per language with the same shape, so the loader can
hand every Dutch string's translation to wagtail-localize. Contact details are
placeholders, never real people's.
"""

ORGANISATION = {
    "name": "Stichting Rumi",
    "address": "Voorbeeldstraat 1\n2500 AA Den Haag",
    "phone": "+31 70 000 00 00",
    "contact_email": "info@example.org",
    "intake_email": "intake@example.org",
    "kvk_number": "00000000",
}

HOME = {
    "nl": {
        "slug": "home",
        "title": "Samen naar werk, opleiding en vrijwilligerswerk",
        "search_description": "Stichting Rumi begeleidt vluchtelingen en statushouders in Haaglanden naar werk, "
        "een opleiding of vrijwilligerswerk.",
        "intro": [
            "Ben je gevlucht en heb je een verblijfsvergunning? Wij helpen je op weg naar betaald werk, "
            "een stage, een opleiding of vrijwilligerswerk, met een vaste coach die met je meedenkt.",
        ],
        "cta_label": "Meld je aan voor een project",
        "figures_heading": "Refugee On Board in cijfers",
        "figures": [
            ("15", "deelnemers begeleid in 2018"),
            ("25", "nieuwe deelnemers in 2019"),
            ("35", "deelnemers gestart in maart 2020"),
        ],
        "faq_heading": "Veelgestelde vragen",
        "faq": [
            (
                "Voor wie zijn de projecten?",
                [
                    "Voor statushouders en andere nieuwkomers in de regio Haaglanden die willen werken, "
                    "leren of meedoen in de samenleving."
                ],
            ),
            (
                "Kost deelnemen iets?",
                ["Nee. Deelname is gratis. Wel verwachten we dat je naar de afspraken en trainingen komt."],
            ),
            (
                "Moet ik al goed Nederlands spreken?",
                ["Nee. Je kunt je in je eigen taal aanmelden. Tijdens het traject werk je ook aan je Nederlands."],
            ),
        ],
    },
    "en": {
        "slug": "home-en",
        "title": "Together towards work, education and volunteering",
        "search_description": "Stichting Rumi coaches refugees and status holders in the Haaglanden region "
        "towards work, education or volunteering.",
        "intro": [
            "Did you flee your country and do you now have a residence permit? We help you on your way to "
            "paid work, an internship, a course or volunteering, with a personal coach who thinks along with you.",
        ],
        "cta_label": "Sign up for a project",
        "figures_heading": "Refugee On Board in figures",
        "figures": [
            ("15", "participants coached in 2018"),
            ("25", "new participants in 2019"),
            ("35", "participants started in March 2020"),
        ],
        "faq_heading": "Frequently asked questions",
        "faq": [
            (
                "Who are the projects for?",
                [
                    "For status holders and other newcomers in the Haaglanden region who want to work, learn "
                    "or take part in society."
                ],
            ),
            (
                "Does taking part cost anything?",
                ["No. Taking part is free. We do expect you to come to the appointments and trainings."],
            ),
            (
                "Do I need to speak Dutch well already?",
                ["No. You can sign up in your own language. During the programme you also work on your Dutch."],
            ),
        ],
    },
    "ar": {
        "slug": "home-ar",
        "title": "معًا نحو العمل والتعليم والعمل التطوعي",
        "search_description": "ترافق مؤسسة رومي اللاجئين وحاملي الإقامة في منطقة هاغلاندن نحو العمل أو "
        "الدراسة أو العمل التطوعي.",
        "intro": [
            "هل اضطررت إلى مغادرة بلدك وحصلت الآن على تصريح إقامة؟ نساعدك في طريقك إلى عمل مأجور أو تدريب "
            "عملي أو دراسة أو عمل تطوعي، مع مرشد شخصي يفكر معك.",
        ],
        "cta_label": "سجّل في مشروع",
        "figures_heading": "مشروع Refugee On Board بالأرقام",
        "figures": [
            ("15", "مشاركًا رافقناهم في 2018"),
            ("25", "مشاركًا جديدًا في 2019"),
            ("35", "مشاركًا بدأوا في مارس 2020"),
        ],
        "faq_heading": "أسئلة متكررة",
        "faq": [
            (
                "لمن هذه المشاريع؟",
                [
                    "لحاملي الإقامة وغيرهم من القادمين الجدد في منطقة هاغلاندن الذين يريدون العمل أو التعلّم "
                    "أو المشاركة في المجتمع."
                ],
            ),
            (
                "هل المشاركة مدفوعة؟",
                ["لا. المشاركة مجانية. لكننا نتوقع أن تحضر المواعيد والتدريبات."],
            ),
            (
                "هل يجب أن أتكلم الهولندية جيدًا؟",
                ["لا. يمكنك التسجيل بلغتك. وخلال البرنامج تتحسّن لغتك الهولندية أيضًا."],
            ),
        ],
    },
}

ABOUT = {
    "nl": {
        "slug": "over-ons",
        "title": "Over ons",
        "search_description": "Wie wij zijn, voor wie we werken en hoe onze begeleiding werkt.",
        "intro": "Wij zijn een stichting in Den Haag die nieuwkomers helpt om hun plek te vinden in werk en "
        "samenleving.",
        "body": [
            ("heading", "Wat we doen"),
            (
                "paragraph",
                [
                    "Voor statushouders en migranten in de regio Haaglanden organiseren we taallessen, een "
                    "maatschappelijk spreekuur, ontmoetingen, coaching, sollicitatietrainingen en hulp bij de "
                    "administratie. We brengen deelnemers ook in contact met bedrijven.",
                    "Ons doel: iedere deelnemer heeft na het traject betaald of onbetaald werk of volgt een "
                    "opleiding, en doet actief mee in de samenleving.",
                ],
            ),
            ("heading", "Hoe we werken"),
            (
                "paragraph",
                [
                    "Elke deelnemer krijgt intensieve jobcoaching, met wekelijkse sessies die op de persoon zijn "
                    "afgestemd. Daarnaast volgt iedereen onze trainingen in solliciteren en communiceren.",
                    "We werken samen met taalaanbieders, sociale en culturele organisaties en werkgevers. "
                    "Zo kijken we naar het hele leven van een deelnemer: werk, onderwijs, welzijn en gezondheid.",
                ],
            ),
        ],
    },
    "en": {
        "slug": "about-us",
        "title": "About us",
        "search_description": "Who we are, whom we work for and how our coaching works.",
        "intro": "We are a foundation in The Hague that helps newcomers find their place in work and society.",
        "body": [
            ("heading", "What we do"),
            (
                "paragraph",
                [
                    "For status holders and migrants in the Haaglanden region we organise language lessons, a "
                    "weekly advice hour, meetings, coaching, job application training and help with paperwork. "
                    "We also put participants in touch with companies.",
                    "Our aim: after the programme every participant has paid or unpaid work or is in education, "
                    "and takes an active part in society.",
                ],
            ),
            ("heading", "How we work"),
            (
                "paragraph",
                [
                    "Every participant gets intensive job coaching, with weekly sessions tailored to them. Everyone "
                    "also takes our training in applying for jobs and communicating.",
                    "We work with language schools, social and cultural organisations and employers. That way we "
                    "look at a participant's whole life: work, education, well-being and health.",
                ],
            ),
        ],
    },
}

PRIVACY = {
    "nl": {
        "slug": "privacyverklaring",
        "title": "Privacyverklaring",
        "search_description": "Welke gegevens we vragen, waarom, wie ze ziet en hoe lang we ze bewaren.",
        "intro": "Je vertrouwt ons persoonlijke gegevens toe. Hier lees je wat we ermee doen.",
        "body": [
            ("heading", "Welke gegevens we vragen"),
            (
                "paragraph",
                [
                    "Als je je aanmeldt, vragen we alleen wat we nodig hebben om contact met je op te nemen en je "
                    "goed te helpen: je naam, telefoonnummer of e-mailadres, je gemeente, de talen die je spreekt "
                    "en wat je zoekt. We vragen niet naar je nationaliteit, je BSN, je geboortedatum of je "
                    "gezondheid.",
                ],
            ),
            ("heading", "Wie je gegevens ziet"),
            (
                "paragraph",
                [
                    "Alleen de medewerkers die aanmeldingen behandelen, kunnen je gegevens zien. Andere "
                    "medewerkers en redacteuren van de website niet. Meldingen aan medewerkers bevatten geen "
                    "persoonlijke gegevens.",
                ],
            ),
            ("heading", "Hoe lang we ze bewaren"),
            (
                "paragraph",
                [
                    "Twaalf maanden nadat je aanmelding is afgerond, wissen we je persoonlijke gegevens. We houden "
                    "alleen anonieme aantallen over. Je kunt ons altijd vragen om je gegevens in te zien of te "
                    "wissen.",
                ],
            ),
            ("heading", "Cookies en reCAPTCHA"),
            (
                "paragraph",
                [
                    "Deze website gebruikt alleen functionele cookies, bijvoorbeeld voor formulieren en je "
                    "taalkeuze. We volgen je niet. Op pagina's met een formulier gebruiken we Google reCAPTCHA om "
                    "spam tegen te houden; daarbij stuurt je browser gegevens naar Google.",
                ],
            ),
        ],
    },
    "en": {
        "slug": "privacy-statement",
        "title": "Privacy statement",
        "search_description": "Which data we ask for, why, who sees it and how long we keep it.",
        "intro": "You trust us with personal data. Here you can read what we do with it.",
        "body": [
            ("heading", "Which data we ask for"),
            (
                "paragraph",
                [
                    "When you sign up, we ask only what we need to contact you and help you well: your name, "
                    "phone number or e-mail address, your municipality, the languages you speak and what you are "
                    "looking for. We do not ask for your nationality, your citizen service number, your date of "
                    "birth or your health.",
                ],
            ),
            ("heading", "Who sees your data"),
            (
                "paragraph",
                [
                    "Only the staff who handle sign-ups can see your data. Other staff and the website's editors "
                    "cannot. Notifications to staff contain no personal data.",
                ],
            ),
            ("heading", "How long we keep it"),
            (
                "paragraph",
                [
                    "Twelve months after your sign-up has been closed, we erase your personal data. We keep only "
                    "anonymous counts. You can always ask us to show you your data or to erase it.",
                ],
            ),
            ("heading", "Cookies and reCAPTCHA"),
            (
                "paragraph",
                [
                    "This website uses only functional cookies, for example for forms and your choice of language. "
                    "We do not track you. On pages with a form we use Google reCAPTCHA to stop spam; your browser "
                    "then sends data to Google.",
                ],
            ),
        ],
    },
}

CONTACT = {
    "nl": {
        "slug": "contact",
        "title": "Contact",
        "search_description": "Zo bereik je ons: adres, telefoon en e-mail.",
        "intro": "Heb je een vraag, of wil je meedoen aan een project? Neem gerust contact met ons op.",
        "body": [
            (
                "paragraph",
                [
                    "Je kunt ons bellen op werkdagen tussen 9.00 en 17.00 uur, of een e-mail sturen. We antwoorden "
                    "binnen een week.",
                    "Stuur geen medische gegevens of kopieën van documenten per e-mail.",
                ],
            ),
        ],
    },
    "en": {
        "slug": "contact",
        "title": "Contact",
        "search_description": "How to reach us: address, phone and e-mail.",
        "intro": "Do you have a question, or would you like to join a project? Please get in touch.",
        "body": [
            (
                "paragraph",
                [
                    "You can call us on weekdays between 9:00 and 17:00, or send an e-mail. We reply within a week.",
                    "Please do not send medical details or copies of documents by e-mail.",
                ],
            ),
        ],
    },
}
