"""Benchmark: the review burden and the speed of pseudonymisation; prints one JSON object.

Run: ``python bench/bench_pseudonymise.py [--runs N]``.

Review burden (issue 13): the labelled corpus in ``bench/corpus/`` (interview notes written
for this, every person's name marked) is analysed *without a name list*, paragraph by
paragraph as the app does. Printed: flags per
1,000 words (findings a person must decide), the share of flags that are real names, names
replaced automatically, names only flagged, and names lost (covered by no finding: they would
leave in an export unseen; must be 0).

Speed: the corpus, repeated to 10,000 words, pseudonymised with a short name list; median
of ``--runs`` runs, beside the floor measured in the same run: one pass of one compiled
regular expression (the engine's own word pattern) over the same text. Target: median
< 50 ms. Wall-clock and CPU-time medians are both printed (on a shared machine the CPU time
is what the work cost). The Swedish dictionary and the gazetteer are loaded before timing (once per
process, off the UI thread in the app); the per-word dictionary answers are forgotten before
every run, so each run looks every word up afresh. The dictionary's load time is printed too.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.pseudonymise import Pseudonymiser, lexicon  # noqa: E402
from app.pseudonymise.text import WORD_OR_COMPOUND  # noqa: E402
from bench.pseudonymise_corpus import evaluate, load, paragraphs  # noqa: E402

LIMIT_MS = 50.0
WORDS = 10_000
NAMES = ("Karin", "Elin Sjöberg", "Mohammed", "Per-Olof Sandström")


def speed_text(words: int = WORDS) -> str:
    """The corpus texts, repeated until ``words`` words."""
    texts = [d.text for d in load()]
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        text = texts[i % len(texts)]
        out.append(text)
        count += len(text.split())
        i += 1
    return "\n\n".join(out)


def _cold_word_caches() -> None:
    """Forget the per-word dictionary answers, so that no run profits from the one before."""
    for cached in (lexicon.ordinary_word, lexicon.dictionary_entry, lexicon.known_word):
        cached.cache_clear()


def _median_ms(fn: object, runs: int) -> tuple[float, list[float], float]:
    """(median wall ms, every wall ms, median CPU ms of this process)."""
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        _cold_word_caches()
        t0, c0 = time.perf_counter(), time.process_time()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return statistics.median(times), times, statistics.median(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args(argv)

    from app.pseudonymise import dictionary
    from app.pseudonymise.gazetteer import gazetteer

    t0 = time.perf_counter()
    dictionary.get()
    gazetteer()
    load_ms = (time.perf_counter() - t0) * 1000

    burden = evaluate(paragraphs(load())).as_dict()

    text = speed_text()
    engine = Pseudonymiser(names=NAMES)
    engine.pseudonymise(text)  # warm up: compile patterns, load word lists and the dictionary
    # a fresh engine each run: nothing it learnt about the words last run is kept
    median, times, cpu = _median_ms(
        lambda: Pseudonymiser(names=NAMES).pseudonymise(text), args.runs
    )
    token = re.compile(WORD_OR_COMPOUND)
    floor, _, floor_cpu = _median_ms(lambda: sum(1 for _ in token.finditer(text)), args.runs)

    figures = {
        "benchmark": "pseudonymise",
        "review_burden": burden,
        "speed": {
            "words": len(text.split()),
            "runs": args.runs,
            "median_ms": round(median, 2),
            "max_ms": round(max(times), 2),
            "floor_one_regex_pass_ms": round(floor, 2),
            "ratio_to_floor": round(median / floor, 1) if floor else None,
            "cpu_median_ms": round(cpu, 2),
            "floor_cpu_ms": round(floor_cpu, 2),
            "cpu_ratio_to_floor": round(cpu / floor_cpu, 1) if floor_cpu else None,
            "limit_ms": LIMIT_MS,
            "dictionary_and_gazetteer_load_ms": round(load_ms),
        },
    }
    ok = median < LIMIT_MS and burden["names_lost"] == 0
    figures["ok"] = ok
    print(json.dumps(figures, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
