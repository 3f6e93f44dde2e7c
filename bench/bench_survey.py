"""Survey summaries (issue 15): 1,000 interviews × 20 closed questions, target < 200 ms.

Measures ``summarise`` over the neutral input (no database): overall only, and broken down
by a background variable (4 groups incl. "not set"), with suppression at N = 5. The floor,
measured in the same run on the same answers, is one pass of ``collections.Counter`` over
every (question, answer) pair: the least any counting has to do. Also prints, without a
target, the time to render the 20 charts to PNG. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from app.analysis.survey.data import BackgroundVariable, ClosedQuestion, InterviewAnswers  # noqa: E402
from app.analysis.survey.summary import summarise  # noqa: E402
from app.guide.answers import DECLINED, encode_multi  # noqa: E402
from app.guide.model import QuestionKind  # noqa: E402

LIMIT_MS = 200.0
OPTIONS = ["Kön", "Ålder", "Härkomst", "Funktionsnedsättning", "Religion", "Vill ej uppge"]
KINDS = [QuestionKind.AGREEMENT] * 9 + [QuestionKind.YES_NO] * 6 + [QuestionKind.GRADE] * 2
KINDS += [QuestionKind.MULTI_CHOICE] * 3
AGE = BackgroundVariable("alder", "Åldersgrupp", ("18–30", "31–59", "60+"))


def make_data(
    interviews: int, seed: int = 15
) -> tuple[list[ClosedQuestion], list[InterviewAnswers]]:
    rng = random.Random(seed)
    questions = [
        ClosedQuestion(
            f"q{i}", f"Fråga {i}", kind, tuple(OPTIONS) if kind is QuestionKind.MULTI_CHOICE else ()
        )
        for i, kind in enumerate(KINDS, 1)
    ]
    rows = []
    for n in range(interviews):
        answers: dict[str, str] = {}
        for q in questions:
            r = rng.random()
            if r < 0.03:
                continue
            if r < 0.06:
                answers[q.id] = DECLINED
            elif q.kind is QuestionKind.AGREEMENT:
                answers[q.id] = rng.choice("1112222334455")
            elif q.kind is QuestionKind.YES_NO:
                answers[q.id] = rng.choice(["yes", "yes", "no", "dont_know"])
            elif q.kind is QuestionKind.GRADE:
                answers[q.id] = str(rng.choice([3, 5, 6, 7, 7, 8, 8, 9, 10]))
            else:
                answers[q.id] = encode_multi(rng.sample(OPTIONS, rng.randint(0, 3)), OPTIONS)
        age = rng.choice(["18–30", "31–59", "31–59", "60+", ""])
        rows.append(InterviewAnswers(f"P{n:04d}", answers, {"alder": age} if age else {}))
    return questions, rows


def timed(fn, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interviews", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--charts", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    questions, rows = make_data(args.interviews)

    def floor() -> Counter[tuple[str, str]]:
        return Counter((q, v) for row in rows for q, v in row.answers.items())

    summarise(questions, rows)  # warm up
    floor_ms = statistics.median(timed(floor, args.runs))
    overall = timed(lambda: summarise(questions, rows, min_group=5), args.runs)
    by_age = timed(lambda: summarise(questions, rows, min_group=5, by=AGE), args.runs)
    figures: dict[str, object] = {
        "benchmark": "survey_summaries",
        "interviews": args.interviews,
        "closed_questions": len(questions),
        "answers": sum(len(r.answers) for r in rows),
        "runs": args.runs,
        "floor_counter_ms": round(floor_ms, 2),
        "overall_median_ms": round(statistics.median(overall), 2),
        "overall_ratio_to_floor": round(statistics.median(overall) / floor_ms, 1),
        "by_variable_median_ms": round(statistics.median(by_age), 2),
        "by_variable_max_ms": round(max(by_age), 2),
        "by_variable_ratio_to_floor": round(statistics.median(by_age) / floor_ms, 1),
        "limit_ms": LIMIT_MS,
    }
    if args.charts:
        from app.analysis.survey.charts import render

        summary = summarise(questions, rows, min_group=5, by=AGE)
        render(summary.questions[0], "alder")  # warm up: import matplotlib, font cache
        t0 = time.perf_counter()
        for q in summary.questions:
            render(q, "alder")
        figures["charts_20_png_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    figures["ok"] = statistics.median(by_age) < LIMIT_MS
    print(json.dumps(figures))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
