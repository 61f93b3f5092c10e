#!/usr/bin/env bash
# Crawler readings of the layout sets (test/fixtures/layouts/README.md, "Crawler text").
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/layouts"
for page in *.html; do
  set=${page%.html}
  python3 ../../../scripts/crawl-text-nodes.py "$page" --preamble > "$set-crawler-lf.txt"
  python3 ../../../scripts/crawl-text-nodes.py "$page" --crlf > "$set-crawler-crlf.txt"
  python3 ../../../scripts/crawl-text-nodes.py "$page" --preamble | uniq > "$set-crawler-uniq.txt"
  python3 ../../../scripts/crawl-text-nodes.py "$page" --preamble --split-runs > "$set-crawler-split.txt"
done
