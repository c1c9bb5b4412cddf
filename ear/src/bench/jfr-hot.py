#!/usr/bin/env python3
"""Where the server's CPU goes, from a flight recording of `run.sh --jfr` (issue 18).

    python3 ear/src/bench/jfr-hot.py ear/target/bench/server-<time>.jfr [top]

Reads the jdk.ExecutionSample events (`jfr print --json`), gives each sample the call kind of the
REST resource method on its stack (TaskResource.claim, ApplicationResource.tasks, …; samples of
other threads: the thread's name, e.g. the job executor delivering decisions) and prints, per call
kind, its share of the samples and its top frames two ways:
- "nearest": the OneSeal / Camunda / Hibernate frame nearest the top of the stack (what the CPU
  was doing, in the project's terms);
- "inclusive": the OneSeal methods on the stack (each counted once per sample), which say which of
  our calls the time is under.
Samples are a share of the CPU, so they mean something on a loaded machine too.
"""
import collections
import re
import subprocess
import sys

OURS = ("cn.oneseal.",)
KNOWN = ("cn.oneseal.", "org.camunda.", "org.hibernate.", "org.postgresql.", "org.apache.pdfbox.")
RESOURCE = re.compile(r"^cn\.oneseal\.web\.api\.(\w+Resource)$")


FRAME = re.compile(r"^\s+([\w$.<>]+)\.([\w$<>]+)\(.*\)(?: line: \d+)?$")
THREAD = re.compile(r'^\s+sampledThread = "(.*)" \(javaThreadId')


def samples(path):
    """Each sample as (thread name, [(class, method), …] innermost first), streamed from the text
    form of `jfr print`: its JSON form of a 100 MB recording takes tens of GB in memory."""
    process = subprocess.Popen(
        ["jfr", "print", "--stack-depth", "1000", "--events", "jdk.ExecutionSample", path],
        stdout=subprocess.PIPE, text=True, bufsize=1 << 20)
    thread, frames = "?", None
    for line in process.stdout:
        if line.startswith("jdk.ExecutionSample"):
            thread, frames = "?", None
        elif frames is None:
            match = THREAD.match(line)
            if match:
                thread = match.group(1)
            elif line.strip() == "stackTrace = [":
                frames = []
        elif line.strip() == "]":
            yield thread, frames
            frames = None
        else:
            match = FRAME.match(line)
            if match:
                frames.append((match.group(1), match.group(2)))
    if process.wait() != 0:
        raise SystemExit(f"jfr print failed on {path}")


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    kinds = collections.Counter()
    nearest = collections.defaultdict(collections.Counter)
    inclusive = collections.defaultdict(collections.Counter)
    for thread, frames in samples(path):
        kind = None
        for cls, name in reversed(frames):  # the outermost resource method
            match = RESOURCE.match(cls)
            if match:
                kind = f"{match.group(1)}.{name}"
                break
        if kind is None:
            kind = "thread " + re.sub(r"\d+", "N", thread)
        kinds[kind] += 1
        near = next((f"{c}.{n}" for c, n in frames if c.startswith(KNOWN)), None)
        if near is None:
            near = f"{frames[0][0]}.{frames[0][1]}" if frames else "?"
        nearest[kind][near] += 1
        for method in {f"{c}.{n}" for c, n in frames if c.startswith(OURS)}:
            inclusive[kind][method] += 1
    total = sum(kinds.values())
    print(f"{total} samples in {path}")
    for kind, count in kinds.most_common():
        if count < total * 0.005:
            continue
        print(f"\n== {kind}: {count} samples, {count / total:.1%} of all")
        print("  nearest OneSeal/Camunda/Hibernate frame:")
        for frame, n in nearest[kind].most_common(top):
            print(f"    {n / count:6.1%}  {frame}")
        print("  OneSeal methods on the stack (inclusive):")
        for frame, n in inclusive[kind].most_common(top):
            print(f"    {n / count:6.1%}  {frame}")


if __name__ == "__main__":
    main()
