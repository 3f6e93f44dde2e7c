"""The demo audit's closed questions, background variables and invented answers.

The questions are of the kinds the Stockholm survey uses (agreement scale, yes/no with an
"Om ja" follow-up, multiple choice, a 1–10 grade), written for the demo in words of its own.
Answers are random, leaning a little more positive with age and time with the service, so
the breakdowns have something to show. Nothing here is real.
"""

from __future__ import annotations

import random

from app.guide.answers import DECLINED, encode_multi
from app.guide.model import FollowUp, Question, QuestionKind, Section

SECTION_TITLE = "Korta frågor med svarsalternativ"

#: (label, categories): coarse categories only.
VARIABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Kön", ("Kvinna", "Man", "Annat eller vill inte säga")),
    ("Åldersgrupp", ("18–29", "30–49", "50–64", "65 eller äldre")),
    ("Tid med stödet", ("Kortare än ett år", "1–3 år", "Längre än tre år")),
    ("Enhet", ("Norr", "Söder")),
)

GROUNDS = [
    "Kön",
    "Ålder",
    "Ursprung eller hudfärg",
    "Religion eller tro",
    "Funktionsnedsättning",
    "Sexuell läggning",
    "Könsidentitet",
    "Vill inte säga",
]


def demo_section() -> Section:
    """The closed questions added to the demo guide, as one section."""
    return Section(
        SECTION_TITLE,
        key="korta-fragor",
        intro="Läs påståendet och svarsalternativen högt. Skriv gärna ned varför.",
        planned_minutes=10,
        questions=[
            Question(
                "Jag blir lyssnad på när jag berättar om min situation.",
                key="korta-fragor/1",
                number="K1",
                kind=QuestionKind.AGREEMENT,
                follow_ups=[FollowUp("Varför?")],
            ),
            Question(
                "Jag vet vem jag ska vända mig till när något är oklart.",
                key="korta-fragor/2",
                number="K2",
                kind=QuestionKind.AGREEMENT,
            ),
            Question(
                "Besluten jag får går att förstå utan att jag behöver hjälp.",
                key="korta-fragor/3",
                number="K3",
                kind=QuestionKind.AGREEMENT,
                follow_ups=[FollowUp("Varför?")],
            ),
            Question(
                "Fick du besked om när ditt ärende skulle vara klart?",
                key="korta-fragor/4",
                number="K4",
                kind=QuestionKind.YES_NO,
                follow_ups=[FollowUp("Blev det klart i tid?", condition="yes")],
            ),
            Question(
                "Har du känt dig orättvist behandlad i kontakten med verksamheten?",
                key="korta-fragor/5",
                number="K5",
                kind=QuestionKind.YES_NO,
                hint="Inget krav på att berätta mer.",
            ),
            Question(
                "Om ja: vad tror du att det hängde ihop med?",
                key="korta-fragor/6",
                number="K6",
                kind=QuestionKind.MULTI_CHOICE,
                hint="Flera svar går bra.",
                options=list(GROUNDS),
            ),
            Question(
                "Vilket betyg från 1 till 10 ger du det stöd du har fått?",
                key="korta-fragor/7",
                number="K7",
                kind=QuestionKind.GRADE,
                follow_ups=[FollowUp("Vad skulle behövas för ett högre betyg?")],
            ),
        ],
    )


def demo_background(rnd: random.Random) -> dict[str, str]:
    """One invented informant's background (by variable label)."""
    out = {}
    for label, categories in VARIABLES:
        if rnd.random() < 0.06:
            continue  # now and then not asked
        weights = [3, 2, 1][: len(categories)] if label == "Kön" else [1] * len(categories)
        out[label] = rnd.choices(categories, weights + [1] * (len(categories) - len(weights)))[0]
    return out


def demo_answers(
    rnd: random.Random, section: Section, background: dict[str, str]
) -> dict[str, str]:
    """Answers by question key; a few declined, a few not asked."""
    lean = 0.0
    age = background.get("Åldersgrupp", "")
    lean += {"18–29": -0.5, "30–49": 0.0, "50–64": 0.4, "65 eller äldre": 0.7}.get(age, 0.0)
    time = background.get("Tid med stödet", "")
    lean += {"Kortare än ett år": -0.3, "Längre än tre år": 0.4}.get(time, 0.0)
    answers: dict[str, str] = {}
    unfair = False
    for q in section.questions:
        if rnd.random() < 0.04:
            continue
        if rnd.random() < 0.04 and q.kind is not QuestionKind.MULTI_CHOICE:
            answers[q.key] = DECLINED
            continue
        if q.kind is QuestionKind.AGREEMENT:
            step = round(rnd.gauss(2.3 - lean, 1.1))
            answers[q.key] = str(min(5, max(1, step)))
        elif q.kind is QuestionKind.YES_NO:
            if q.key.endswith("/5"):
                unfair = rnd.random() < 0.18 - 0.08 * lean
                answers[q.key] = "yes" if unfair else rnd.choice(["no", "no", "no", "dont_know"])
            else:
                answers[q.key] = rnd.choices(["yes", "no", "dont_know"], [5 + 2 * lean, 4, 1])[0]
        elif q.kind is QuestionKind.MULTI_CHOICE:
            if unfair:
                answers[q.key] = encode_multi(rnd.sample(q.options, rnd.randint(1, 2)), q.options)
        elif q.kind is QuestionKind.GRADE:
            grade = round(rnd.gauss(7.0 + lean, 1.6))
            answers[q.key] = str(min(10, max(1, grade)))
    return answers


_WHY = [
    "Hen säger att handläggaren tog sig tid och ställde följdfrågor.",
    "Hen upplever att ingen lyssnade förrän hen tog med sig en kontaktperson.",
    "Beskedet kom i ett brev med många paragrafer som hen inte förstod.",
    "Hen tycker att det blev bättre efter bytet av handläggare.",
    "Svårt att nå någon på telefontiden, säger hen.",
    "Hen fick hjälp att läsa beslutet av en vän.",
    "Mer kontinuitet skulle höja betyget, säger hen.",
]


def demo_why(rnd: random.Random) -> str:
    """A short invented note written under a closed question's "Varför?"."""
    return rnd.choice(_WHY)
