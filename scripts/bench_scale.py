"""Throughput and memory of corpus-scale extraction, on generated articles, all modes in one run.

For each corpus size it generates the articles (``scripts/make_corpus.py``, seeded) and runs, each in a fresh
child process and into a fresh store:

- spaCy alone: the trained model's ``nlp.pipe`` over the same paragraphs (one process, then ``n_process=2``);
- ``extract_corpus`` with 1 worker (this process), 2 worker processes, and a Dask ``LocalCluster`` of
  2 workers x 1 thread.

It prints documents/s and words/s end to end (model loading and cluster start included) and after start-up
(from the first finished chunk on), the client's peak memory (its own maximum resident set), the peak of
the whole process tree (client and workers, sampled with psutil), the client's CPU time per article (what
bounds the rate however many workers there are), and how busy the whole machine was (``/proc/stat``) with
the load average before and after each mode: on a shared machine, a one-process mode that keeps more than
half of 2 cores busy had company, and its figures are low. Goals (issue 6): 2 workers >= 1.6x one
worker, Dask >= 1.5x one worker, and the client's peak memory the same for 500 and 2,000 articles.

    python scripts/bench_scale.py --articles 500 2000
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MODES = ("spacy", "spacy-2", "workers-1", "workers-2", "dask-2")
LABELS = {"spacy": "spaCy nlp.pipe alone, 1 process", "spacy-2": "spaCy nlp.pipe alone, n_process=2",
          "workers-1": "extract, 1 worker", "workers-2": "extract, 2 workers", "dask-2": "extract, Dask 2x1"}


class TreeMemory:
    """Samples the resident memory of this process and its descendants; keeps the peak of the sum."""

    def __init__(self, every: float = 0.25) -> None:
        self.peak = 0
        self.every = every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self.stop.wait(self.every):
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)

    def __enter__(self) -> TreeMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def run_spacy(corpus: Path, processes: int) -> dict:
    import spacy

    from graph.ingest import load_documents
    from graph.nlp import find_model
    from graph.pipeline import BATCH_SIZE

    nlp = spacy.load(find_model(), exclude=["senter"])
    docs = [d for d in load_documents([corpus]) if not isinstance(d, Exception)]
    paragraphs = [d.text[s:e] for d in docs for s, e in d.paragraphs]
    for _ in nlp.pipe(paragraphs[:50], batch_size=BATCH_SIZE):
        pass  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(paragraphs, batch_size=BATCH_SIZE, n_process=processes):
        pass
    seconds = time.perf_counter() - start
    return {"documents": len(docs), "words": sum(d.word_count for d in docs), "seconds": seconds,
            "steady_documents": len(docs), "steady_seconds": seconds}


class FirstResult:
    """A reporter that notes when the first chunk finished, to measure the rate after start-up."""

    def __init__(self) -> None:
        self.at: float | None = None
        self.done = 0
        self.words = 0

    def update(self, progress) -> None:
        if self.at is None and progress.extracted:
            self.at, self.done, self.words = time.perf_counter(), progress.extracted, progress.words

    def close(self, progress) -> None:
        pass


def run_extract(corpus: Path, store: Path, workers: int, dask: str | None) -> dict:
    from graph.batch import extract_corpus

    first = FirstResult()
    start, cpu = time.perf_counter(), time.process_time()
    report = extract_corpus([corpus], store, workers=workers, dask=dask, reporter=first)
    end, cpu = time.perf_counter(), time.process_time() - cpu
    assert report.failed == 0, report.errors
    return {"documents": report.extracted, "words": report.words, "seconds": end - start,
            "steady_documents": report.extracted - first.done, "steady_words": report.words - first.words,
            "steady_seconds": end - (first.at or start), "client_cpu_ms": 1000 * cpu / report.extracted}


def child(mode: str, corpus: Path, store: Path) -> None:
    """Run one mode and print its figures as JSON (this process is the client whose memory is measured)."""
    load, busy, start = os.getloadavg()[0], machine_busy(), time.perf_counter()
    with TreeMemory() as tree:
        if mode.startswith("spacy"):
            result = run_spacy(corpus, 2 if mode == "spacy-2" else 1)
        elif mode == "dask-2":
            result = run_extract(corpus, store, 2, "local")
        else:
            result = run_extract(corpus, store, int(mode.rsplit("-", 1)[1]), None)
    result.setdefault("steady_words", result["words"] * result["steady_documents"] / max(result["documents"], 1))
    result.update(mode=mode, client_peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  tree_peak_mb=tree.peak / 2**20, load_before=load, load_after=os.getloadavg()[0],
                  machine_busy=(machine_busy() - busy) / ((time.perf_counter() - start) * (os.cpu_count() or 1)))
    print(json.dumps(result))


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy (every process, ours and others'), from /proc/stat."""
    with open("/proc/stat") as handle:
        ticks = [int(v) for v in handle.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # less idle and iowait


def measure(mode: str, corpus: Path, scratch: Path) -> dict:
    store = scratch / f"kg-{mode}"
    proc = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--store", str(store)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report(size: int, rows: dict[str, dict]) -> None:
    print(f"\n{size:,} articles, {next(iter(rows.values()))['words']:,} words")
    print(f"{'mode':<36}{'docs/s':>8}{'words/s':>9}{'steady docs/s':>15}{'steady words/s':>16}"
          f"{'client MB':>11}{'tree MB':>9}{'client CPU ms/doc':>19}{'machine busy':>14}{'load':>11}")
    for mode, r in rows.items():
        cpu = f"{r['client_cpu_ms']:.1f}" if "client_cpu_ms" in r else "-"
        print(f"{LABELS[mode]:<36}{r['documents'] / r['seconds']:>8.2f}{r['words'] / r['seconds']:>9,.0f}"
              f"{r['steady_documents'] / r['steady_seconds']:>15.2f}{r['steady_words'] / r['steady_seconds']:>16,.0f}"
              f"{r['client_peak_mb']:>11,.0f}{r['tree_peak_mb']:>9,.0f}{cpu:>19}{r['machine_busy']:>14.0%}"
              f"{r['load_before']:>5.1f}->{r['load_after']:<4.1f}")
    if "workers-1" not in rows:
        return
    one = rows["workers-1"]["words"] / rows["workers-1"]["seconds"]
    for mode, goal in (("workers-2", 1.6), ("dask-2", 1.5)):
        if mode not in rows:
            continue
        ratio = rows[mode]["words"] / rows[mode]["seconds"] / one
        print(f"{LABELS[mode]} / 1 worker: {ratio:.2f}x end to end (goal >= {goal}x)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[500, 2000], help="corpus sizes")
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.corpus, args.store)
    sys.path.insert(0, str(Path(__file__).parent))
    from make_corpus import write_corpus

    peaks = {}
    with tempfile.TemporaryDirectory(prefix="actorgraph-bench-") as tmp:
        for size in args.articles:
            corpus = write_corpus(size, Path(tmp) / f"corpus-{size}.jsonl", args.seed)
            rows = {mode: measure(mode, corpus, Path(tmp) / str(size)) for mode in args.modes}
            report(size, rows)
            peaks[size] = {mode: round(r["client_peak_mb"]) for mode, r in rows.items()}
    print("\nclient peak memory (MB) by corpus size:")
    for mode in args.modes:
        print(f"  {LABELS[mode]:<36}" + "  ".join(f"{size:>6,}: {peaks[size][mode]:>5}" for size in peaks))


if __name__ == "__main__":
    main()
