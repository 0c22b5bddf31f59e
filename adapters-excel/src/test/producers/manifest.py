#!/usr/bin/python3
"""Writes manifest.tsv (read by ProducerCorpusTest) and CASES.md (what each file covers) from the
plan.

    /usr/bin/python3 manifest.py PLAN_JSON OUT_DIR

manifest.tsv: one line per file, `file TAB producer TAB options TAB expected`, in plan order;
lines starting with # are comments.
"""
import json
import os
import sys

HEAD = """# The producer corpus: made by src/test/producers/make-corpus.sh, do not edit by hand.
# file\tproducer\toptions\texpected
"""


def main():
    plan, out = sys.argv[1:3]
    with open(plan, encoding="utf-8") as f:
        cases = json.load(f)
    lines = []
    md = ["# The producer corpus: what each file covers", "",
          "Made by `src/test/producers/make-corpus.sh` (see the README there); do not edit by hand.",
          "The expected outcome of each file is in `manifest.tsv`.", "",
          "| case | covers | options | files |", "|---|---|---|---|"]
    for case in cases:
        for file in case["files"]:
            lines.append("\t".join([file["file"], file["producer"], case["options"],
                                    case["expected"]]))
        files = ", ".join(f"`{f['file']}`" for f in case["files"])
        covers = case["covers"].replace("|", "\\|")
        md.append(f"| {case['id']} | {covers} | `{case['options']}` | {files} |")
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEAD + "\n".join(lines) + "\n")
    with open(os.path.join(out, "CASES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(md) + "\n")
    print(f"manifest: {len(lines)} files")


if __name__ == "__main__":
    main()
