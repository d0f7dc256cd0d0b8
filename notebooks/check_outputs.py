"""Checks an executed notebook (bin/notebooks run): exit 1 when a cell failed or the notebook shows no table or no chart.

usage: /usr/bin/python3 notebooks/check_outputs.py EXECUTED.ipynb

bin/notebooks runs nbconvert with --allow-errors, so every cell runs and the executed copy is always written; this
script then prints each error output whole (for a Java compile error, the compiler's message and the offending line,
which nbconvert's own failure report leaves out) and checks what every analysis notebook must show: at least one
HTML table (text/html with a <table>) and at least one chart (image/png that decodes as a PNG). A code cell that
never ran (no execution count) also fails: it means the kernel stopped before the end.
"""
import base64
import re
import sys

import nbformat

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def main(path):
    nb = nbformat.read(path, as_version=4)
    problems, tables, charts = [], 0, 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("execution_count") is None and cell.source.strip():
            problems.append(f"cell {index} did not run")
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                trace = "\n".join("    " + ANSI.sub("", line) for line in output.get("traceback", []))
                problems.append(f"cell {index}: {output.ename}: {ANSI.sub('', output.evalue)}\n{trace}\n"
                                f"  source:\n" + "\n".join("    " + l for l in cell.source.splitlines()))
            data = output.get("data", {})
            if "<table" in str(data.get("text/html", "")):
                tables += 1
            if "image/png" in data:
                png = base64.b64decode(data["image/png"])
                if png.startswith(PNG_MAGIC) and len(png) > 1000:
                    charts += 1
                else:
                    problems.append(f"cell {index}: image/png output is not a PNG image ({len(png)} bytes)")
    if tables == 0:
        problems.append("no HTML table in any output")
    if charts == 0:
        problems.append("no PNG chart in any output")
    for p in problems:
        print(f"{path}: {p}", file=sys.stderr)
    print(f"{path}: {tables} table(s), {charts} chart(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
