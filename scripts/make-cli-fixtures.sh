#!/bin/sh
# Makes the DOCX fixture of the CLI's routing tests from an HTML layout
# (LibreOffice needed here, not in CI: the .docx is committed).
set -eu
cd "$(dirname "$0")/.."
out=test/fixtures/cli/documents
tmp=$(mktemp -d)
soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" test/fixtures/layouts/2021-mixed.html >/dev/null
mv "$tmp/2021-mixed.docx" "$out/2021-mixed.docx"
rmdir "$tmp"
