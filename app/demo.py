"""A demo audit: the seed guide and N fictional interviews with notes and quotes.

The guide also gets a section of closed questions of the kinds the Stockholm survey uses
(agreement scale, yes/no with an "Om ja" follow-up, multiple choice, a 1–10 grade), written for
the demo in words of its own, and the project four background variables with coarse
categories. Their answers are random, leaning a little more positive with age and time with
the service, so breakdowns have something to show.

Everything here is invented for the demo. The text deliberately contains han/hon and a few
first names, so pseudonymisation has something to show. About 15,000 words per interview,
so ``--interviews 100`` gives a project of roughly 1.5 million words for benchmarks.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import date, timedelta

from app.analysis.themes import add_default_themes
from app.audit import AuditSettings, audit_info, update_audit_settings
from app.guide import repository
from app.guide.answers import DECLINED, encode_multi
from app.guide.jsonformat import load_guide as load_guide_file
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.guide.repository import load_guide as load_stored_guide
from app.interview.background import define_variable, set_background
from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import Mode, Status, create_interview, set_status
from app.paths import default_guide_path
from app.pseudonymise.name_lists import add_name
from app.store.database import Database
from app.store.project import now_iso

DEMO_AUDIT_NAME = "DEMO – fiktiv brukarrevision av ekonomiskt bistånd"
WORDS_PER_INTERVIEW = 15_000

_NAMES = [
    "Lena",
    "Ahmed",
    "Maria",
    "Johan",
    "Sara",
    "Mikael",
    "Fatima",
    "Erik",
    "Anna-Karin",
    "Hans-Erik",
]
_STAFF = [
    "handläggaren",
    "min handläggare",
    "socialsekreteraren",
    "den nya handläggaren",
    "receptionisten",
]
_SUBJ = ["han", "hon"]

_SENTENCES = [
    "Första gången jag kom dit visste jag inte alls vad jag skulle ta med mig.",
    "{Staff} förklarade vilka underlag som behövdes, men {pron} pratade väldigt snabbt.",
    "Jag fick en lapp med allt som skulle in, och det hjälpte mycket.",
    "{Name} på kontoret sa att jag kunde ringa om det var något, och {pron} svarade faktiskt.",
    (
        "Det tog tre veckor innan jag fick besked, "
        "och under tiden hade jag ingen aning om vad som hände."
    ),
    "Jag tycker att {staff} lyssnar på mig, {pron} tar sig tid.",
    "Ibland känns det som att man bara är ett nummer i en kö.",
    "När jag bytte handläggare fick jag inte veta något förrän brevet kom.",
    "{Name} hade inte läst på om min situation, så jag fick berätta allt från början igen.",
    "Det är skönt när {staff} frågar hur jag vill ha det i stället för att bestämma allt.",
    "Receptionen är ljus men det är trångt och man hör vad andra säger.",
    "Mötesrummen är kala, det finns inget på väggarna och stolarna är obekväma.",
    "Jag vill helst ha kontakt via e-post, för då kan jag läsa i lugn och ro.",
    "Telefontiden är bara en timme om dagen och då är det alltid upptaget.",
    "{Pron} sa att jag skulle få svar inom en vecka, men det dröjde en månad.",
    "Jag förstår att de har mycket att göra, men man vill ändå bli sedd.",
    "Min kontaktperson {Name} följde med på ett möte och det gjorde stor skillnad.",
    "Det var svårt att veta vad jag hade rätt till och vad som var krav.",
    "Jag har en diagnos som gör att jag blir stressad, och {pron} förstod det direkt.",
    "Breven från socialtjänsten är krångliga, jag behöver hjälp att läsa dem.",
    "Det bästa var när {staff} ringde upp och frågade hur det gick.",
    "Planeringen inför framtiden har vi inte pratat så mycket om.",
    "Jag fick tips om budget- och skuldrådgivning, det hade jag inte hört talas om.",
    "Ingången är svår att hitta och skylten är liten.",
    "Det skulle vara bra med en broschyr som förklarar stegen i ansökan.",
    "Jag önskar att man fick behålla samma handläggare längre.",
    "{Name} och jag har en bra relation nu, {pron} vet om mina svårigheter.",
    "Man vågar inte alltid säga vad man tycker, eftersom man är beroende av dem.",
    "När jag blev arg för att pengarna var sena så var {pron} lugn och förklarade.",
    "Det kändes respektfullt att {pron} frågade om mina egna idéer.",
    "Jag vet fortfarande inte varför jag fick avslag den gången.",
    "Väntrummet är stökigt, det finns inget ställe att sitta i fred.",
    "Jag skulle vilja kunna boka tid digitalt i stället för att ringa.",
    "Hans eller hennes inställning betyder jättemycket för hur man mår efteråt.",
    "Första mötet var bra, {pron} hälsade och presenterade sig ordentligt.",
    "Det har blivit bättre det senaste året, tycker jag.",
]

_QUOTES = [
    "Man vill ju bli sedd som en människa, inte som ett ärende.",
    (
        "{Pron} förstår mig. Om jag blir stressad kan jag låta arg, "
        "men {pron} fattar att det inte är meningen."
    ),
    "Jag visste inte att jag kunde få hjälp med det, ingen hade sagt något.",
    "Det är som att varje handläggare har sina egna regler.",
    "När {Name} ringde upp kände jag mig trygg för första gången.",
    "Receptionen känns som ett väntrum på en busstation.",
    "Jag vill ha allt skriftligt, annars glömmer jag.",
    "Den här handläggaren jag har nu är mycket bättre än de två jag hade tidigare.",
    "Det tar så lång tid att man hinner bli orolig för hyran.",
    "Hon sa att jag var välkommen tillbaka, och det betydde mycket.",
]

_GENERAL = [
    "Intervjun hölls i ett lugnt rum. Informanten ville ta en paus efter ungefär halva tiden.",
    "Informanten hade med sig en kontaktperson under första delen av intervjun.",
]


# -- closed questions (issue 15) ------------------------------------------------------------
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


def demo_guide() -> Guide:
    """The demo's guide: the seed guide from the Uppsala report, then the closed questions."""
    guide = load_guide_file(default_guide_path())
    guide.sections.append(demo_section())
    return guide


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


def _fill(template: str, rnd: random.Random, pron: str) -> str:
    staff = rnd.choice(_STAFF)
    return template.format(
        pron=pron,
        Pron=pron.capitalize(),
        staff=staff,
        Staff=staff[0].upper() + staff[1:],
        Name=rnd.choice(_NAMES),
    )


def _paragraphs(
    rnd: random.Random, words: int, start_ms: int, span_ms: int
) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    count = 0
    while count < words:
        pron = rnd.choice(_SUBJ)
        sentences = [_fill(rnd.choice(_SENTENCES), rnd, pron) for _ in range(rnd.randint(3, 7))]
        text = " ".join(sentences)
        count += len(text.split())
        out.append({"t": start_ms, "text": text})
    step = span_ms // max(len(out), 1)
    for i, p in enumerate(out):
        p["t"] = start_ms + i * step
    return out


def create_demo(
    db: Database,
    interviews: int = 8,
    seed: int = 2022,
    words_per_interview: int = WORDS_PER_INTERVIEW,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Fill an empty project with the demo audit."""
    rnd = random.Random(seed)
    with db.atomic():
        db.execute(
            "UPDATE audit SET name = ?, service = ? WHERE id = 1",
            (DEMO_AUDIT_NAME, "Socialtjänst – ekonomiskt bistånd"),
        )
        # the information text is the template in the UI's language, filled from these
        update_audit_settings(
            db,
            AuditSettings(
                organisation="Demobyrån (fiktiv)",
                contact_name="Kim Demo (fiktiv kontaktperson)",
                contact_phone="070-174 06 05",
                contact_email="kontakt@demobyran.example",
                planned_minutes=60,
                gift="ett presentkort på 100 kr",
                keep_until=(date.today() + timedelta(days=365)).isoformat(),
            ),
        )
        version_id = repository.add_guide(db, demo_guide())
        variable_keys = {
            label: define_variable(db, label, categories).key for label, categories in VARIABLES
        }
        theme_ids = add_default_themes(db)
        for name in ("Lena", "Ahmed"):
            add_name(db, name)
    guide = load_stored_guide(db, version_id)
    closed_section = guide.sections[-1]
    questions = [q for section in guide.sections[:-1] for q in section.questions]
    first_day = date(2022, 3, 1)
    for n in range(interviews):
        with db.atomic():
            interview = create_interview(
                db,
                mode=rnd.choice(list(Mode)),
                held_on=first_day + timedelta(days=2 * n),
                interviewer_code=rnd.choice(["AB", "KL", "MN"]),
                co_listener_code=rnd.choice(["CD", "EF", "GH"]),
                guide_version_id=version_id,
            )
            quotes_ok = n % 7 != 3  # a few informants said no to quotes
            record_consent(
                db,
                interview.id,
                ConsentRecord.all_required(
                    interview.interviewer_code,
                    information_version=audit_info(db).information_version,
                    consent_quotes=quotes_ok,
                ),
            )
            for name in rnd.sample(_NAMES, 2):
                add_name(db, name, interview.id)
            per_question = words_per_interview // max(len(questions), 1)
            t = 60_000
            note_rows = []
            state_rows = []
            for q in questions:
                span = rnd.randint(120_000, 300_000)
                skipped = rnd.random() < 0.08
                state_rows.append(
                    (
                        interview.id,
                        q.id,
                        "skipped" if skipped else "covered",
                        rnd.choice(["yes", "no"])
                        if q.kind.value == "yes_no" and not skipped
                        else None,
                        None if skipped else t,
                        0 if skipped else span,
                        None if skipped or q.kind.value != "yes_no" else t + span // 4,
                    )
                )
                if not skipped:
                    paras = _paragraphs(rnd, per_question, t, span)
                    note_rows.append(
                        (
                            interview.id,
                            q.id,
                            "\n".join(str(p["text"]) for p in paras),
                            json.dumps([p["t"] for p in paras]),
                            1,
                            now_iso(),
                        )
                    )
                    t += span
            # The closed questions, from a random stream of their own (the rest of the demo
            # stays as it was): background, answers, and now and then a short "Varför?" note.
            srnd = random.Random(seed * 1009 + n)
            background = demo_background(srnd)
            set_background(db, interview.id, {variable_keys[k]: v for k, v in background.items()})
            answers = demo_answers(srnd, closed_section, background)
            for q in closed_section.questions:
                value = answers.get(q.key)
                span = srnd.randint(30_000, 90_000)
                state_rows.append(
                    (
                        interview.id,
                        q.id,
                        "covered" if value else "skipped",
                        value,
                        t,
                        span,
                        t + span // 3 if value else None,
                    )
                )
                if value and value != DECLINED and q.follow_ups and srnd.random() < 0.45:
                    note_rows.append(
                        (interview.id, q.id, demo_why(srnd), json.dumps([t]), 1, now_iso())
                    )
                t += span
            note_rows.append(
                (interview.id, None, rnd.choice(_GENERAL), json.dumps([0]), 1, now_iso())
            )
            db.executemany(
                "INSERT INTO note (interview_id, question_id, body, paragraph_ms, revision,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                note_rows,
            )
            db.executemany(
                "INSERT INTO question_state (interview_id, question_id, status, answer,"
                " first_at_ms, time_spent_ms, answered_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
                state_rows,
            )
            if quotes_ok:
                for _ in range(rnd.randint(4, 9)):
                    q = rnd.choice(questions)
                    quote_id = db.insert(
                        "INSERT INTO quote (interview_id, question_id, at_ms, text, starred,"
                        " source, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'panel', ?, ?)",
                        (
                            interview.id,
                            q.id,
                            rnd.randint(60_000, t),
                            _fill(rnd.choice(_QUOTES), rnd, rnd.choice(_SUBJ)),
                            int(rnd.random() < 0.25),
                            interview.co_listener_code,
                            now_iso(),
                        ),
                    )
                    if rnd.random() < 0.8:
                        db.executemany(
                            "INSERT INTO quote_theme VALUES (?, ?)",
                            [(quote_id, tid) for tid in rnd.sample(theme_ids, rnd.randint(1, 2))],
                        )
            db.execute(
                "UPDATE interview SET elapsed_ms = ?, started_at = ? WHERE id = ?",
                (t, now_iso(), interview.id),
            )
            set_status(
                db,
                interview.id,
                Status.IN_PROGRESS if n == interviews - 1 and n > 0 else Status.FINISHED,
            )
        if progress:
            progress(n + 1, interviews)
