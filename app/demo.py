"""A demo audit: the seed guide and N fictional interviews with notes and quotes.

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
from app.guide.repository import load_guide as load_stored_guide
from app.guide.service import add_default_guide
from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import Mode, Status, create_interview, set_status
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
        version_id = add_default_guide(db)
        theme_ids = add_default_themes(db)
        for name in ("Lena", "Ahmed"):
            add_name(db, name)
    guide = load_stored_guide(db, version_id)
    questions = guide.questions()
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
                " first_at_ms, time_spent_ms) VALUES (?, ?, ?, ?, ?, ?)",
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
