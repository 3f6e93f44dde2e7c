"""Benchmark: pseudonymise 10,000 words of Swedish interview text; prints JSON figures.

Run: ``python bench/bench_pseudonymise.py [--words N] [--runs N]``. The text is built from
transcript-like sentences (pronouns, names, identifiers, quotes, agencies) in a fixed
random order. The acceptance limit is a median under 50 ms for 10,000 words.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time

from app.pseudonymise import Pseudonymiser, analyse

LIMIT_MS = 50.0

SENTENCES = (
    "Jag träffade min handläggare förra veckan och hon var faktiskt jättetrevlig mot mig.",
    "Han sa att jag måste skicka in kontoutdragen igen, fast jag redan hade gjort det.",
    "Det är mycket det att man förstått mina svårigheter och kan se att jag vill nånting.",
    "“Hen [handläggaren] förstår mig. T. ex om jag blir stressad kan jag låta arg, men hon"
    " fattar det och tar det inte personligt”.",
    "Hans chef ringde sen och sa att beslutet skulle komma på fredag.",
    "Jag pratade med Anna Svensson på Försäkringskassan om sjukpenningen.",
    "Annas kollega Johan hade ingen aning om vad hon pratade om.",
    "Han eller hon, vem det nu var, skickade ett brev till fel adress.",
    "Honom har jag aldrig träffat, bara pratat med i telefon, och henne träffade jag en gång.",
    "Mitt personnummer är 850709-9805 om du behöver det, eller ring mig på 070-123 45 67.",
    "Jag bor på Storgatan 12, 753 20 Uppsala, och har bott där i tre år.",
    "Du kan mejla mig på klient.exempel@example.se så svarar jag när jag kan.",
    "Det kostade 12 000 kr i månaden och det räcker inte till hyran.",
    "Handläggaren hanterade ansökan snabbt och gav mig en chans att förklara.",
    "Min dotter och hennes pappa bor kvar i Gottsunda, så jag åker dit varje helg.",
    "Vi hade ett möte på Arbetsförmedlingen i Stockholm med Hans-Erik och en tolk.",
    "Hon/han som jag hade innan var mer engagerad, hans/hennes sätt att prata var bättre.",
    "Sen fick jag ett sms från Karin som sa att hen inte kunde komma.",
    "Alltså, jag vet inte, det känns som att de inte lyssnar på en riktigt.",
    "Jag sa åt'na att jag inte klarar av att fylla i blanketten själv.",
    "Denne handläggare hade ingen förståelse för min situation, tyvärr.",
    "Det var en jättefin återkoppling från handläggaren via telefon och mejl.",
    "Jag fick lite spelrum för det som hänt med min mamma, fick längre tid på mig.",
    "När jag sökte bostad tidigare var det en väldigt svår situation för mig och barnen.",
    "Hen är lite stressad, hen har inte tid att prata klart och springer ifrån vårt möte.",
    "Om du inte vet vad det är för stöd som finns så får du själv ta reda på det.",
    "Jag loggar in med BankID och sen kommer jag inte längre, det står bara fel.",
    "Mannen i receptionen var otrevlig, men kvinnan som kom sen var snäll.",
    "Jag har varit väldigt öppen med att jag har haft mycket problem psykiskt.",
    "Hans Andersson på Kronofogden sa att skulden skulle skrivas av.",
    "Det är den hänsynen att jag fick typ ett år på mig att leta, det är jag tacksam för.",
    "Mina sidor fungerar inte på min telefon, så jag måste gå dit och fråga.",
    "Johanna och Hanna från Stadsmissionen hjälpte mig med ansökan i mars.",
    "Socialsekreteraren sa att hon skulle ringa tillbaka, men det gjorde hon aldrig.",
    "Jag har bott i Vällingby sen 2015 och min son går i skolan där.",
    "Ring 08-123 456 78 eller skicka ett brev till Box 1234, så hör de av sig.",
    "Det var Henrik som tog emot mig första gången, honom gillade jag.",
    "Ibland känns det som att man är en siffra och inte en människa för dem.",
    "Jag visste inte riktigt om dom fick hennes papper, vem som skulle sköta min ansökan.",
    "Kanske när det gäller större beslut att man får lite heads up, typ med boendet.",
)
NAMES = ("Anna Svensson", "Karin", "Johan", "Hans Andersson")


def build_text(words: int, seed: int = 1) -> str:
    """About ``words`` words of interview text, in paragraphs of a few sentences."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args(argv)

    text = build_text(args.words)
    engine = Pseudonymiser(names=NAMES)
    engine.pseudonymise(text)  # warm up: compile patterns, load word lists
    times_ms: list[float] = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        engine.pseudonymise(text)
        times_ms.append((time.perf_counter() - t0) * 1000)
    # The module-level call builds its analyser each time (cached patterns): measure it too.
    t0 = time.perf_counter()
    findings = analyse(text, names=NAMES)
    analyse_ms = (time.perf_counter() - t0) * 1000

    median = statistics.median(times_ms)
    figures = {
        "benchmark": "pseudonymise",
        "words": len(text.split()),
        "chars": len(text),
        "runs": args.runs,
        "median_ms": round(median, 2),
        "min_ms": round(min(times_ms), 2),
        "max_ms": round(max(times_ms), 2),
        "analyse_once_ms": round(analyse_ms, 2),
        "findings": len(findings),
        "findings_auto": sum(f.auto for f in findings),
        "limit_ms": LIMIT_MS,
        "ok": median < LIMIT_MS,
    }
    print(json.dumps(figures))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
