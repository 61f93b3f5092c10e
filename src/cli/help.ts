import type { Command } from './args.js';

const inputs = `Inputs:
  Every input is read by its content (xxgk-report/document): PDF, DOCX, HTML
  whatever its extension, text in UTF-8, UTF-16 or GB18030. A directory is read
  recursively: its .pdf .docx .htm .html .shtml .jsp .aspx .asp .php .txt .text
  .md .markdown files, and .doc .wps .rtf .odt .ofd, images and archives so that
  they are named with the reason they cannot be read; each real path once (link
  loops end), regular files only (FIFOs, devices, sockets are named and
  skipped), hidden files skipped, other names counted in a note. - or a pipe on
  standard input (with no input named) reads standard input. An input no reader
  can read (an image, a .doc, a scanned PDF) is named on stderr with the reason,
  and the exit status is 2; the others go on.`;

const common = `  -e, --encoding <e>   auto | utf-8 | utf-16le | utf-16be | gb18030 | gbk. Default auto:
                       a BOM decides (UTF-8, UTF-16), else UTF-8 (if valid, or but for
                       a few sequences: input-invalid-bytes), else GB18030
      --as <kind>      auto | text | html: read a text or HTML input as that (default:
                       as its content says); PDF and DOCX are never forced
      --max-size <n>   refuse an input larger than n bytes (256M by default; k, M, G)
  -o, --output <file>  write to file: a temporary file beside it, renamed when
                       complete (an interrupted or failed run leaves no half file)
  -j, --jobs <n>       read n files at once, each in a worker thread (default: one
                       fewer than the cores, at least 1; 1: one by one, no worker
                       but for inputs over 8 MB, read in a worker of their own).
                       Output the same, in input order
  -q, --quiet          no progress bar (shown only on a terminal, for more than 20 files)
      --progress       a progress line (files done, files/s, time left) on stderr even
                       when it is no terminal, for any number of files
  -h, --help           this text`;

const exit = `Exit status:
  0  done; for validate, no error-level finding
  1  validate: at least one error-level finding (an empty input is one)
  2  usage error, nothing to parse, an input that could not be read or that no
     reader reads, or output that could not be written (a full disk, a closed
     pipe); 2 wins over 1`;

const parseHelp = `xxgk-report parse — reports as JSON, JSON Lines, CSV or tables

Usage:
  xxgk-report parse [options] <file|dir|->...

Options:
  -f, --format <f>     json | jsonl | csv | table. Default: json for one file,
                       jsonl (one JSON object per line) for several
      --labels <l>     csv: path | zh. Column headers as model paths (applications.
                       newReceived.total) or Chinese labels (表三·一、本年新收…·总计)
      --bom            csv: start with a UTF-8 BOM, so that Excel opens it as UTF-8
      --lang <l>       table: zh | en, the language of messages
      --no-sources     json/jsonl: records without report.sources (each cell's raw
                       text and span, most of a record's size)
      --fields <paths> json/jsonl/csv: only these flattenReport paths, comma-separated
                       (meta.year,applications.newReceived.total): json/jsonl records
                       { file, encoding, readAs, fields }, csv columns as given
${common}

Output:
  json/jsonl   { file, encoding, readAs, report, findings } per file: readAs is pdf,
               docx, html, text or unsupported; report as parseDocument returns
               it, without report.document.text; findings as validate returns them.
               An input no reader reads is in the output too, with its diagnostic
  csv          one row per report: file, the flattenReport paths of the reports, then
               findings.error|warning|info and diagnostics.error|warning|info

${inputs}

${exit}

Examples:
  xxgk-report parse report.pdf > report.json
  cat report.txt | xxgk-report parse
  xxgk-report parse --format csv --labels zh --bom -o reports.csv reports/
  xxgk-report parse -f jsonl --fields meta.year,applications.newReceived.total big/
`;

const validateHelp = `xxgk-report validate — check reports against the template's arithmetic

Usage:
  xxgk-report validate [options] <file|dir|->...

Options:
  -f, --format <f>     text | json | jsonl | csv. Default text: file:line:col severity
                       code message lines, a summary per file, a total for several.
                       json (an array), jsonl, csv: one record per finding — file,
                       source, code, severity, paths, expected, actual, line, column,
                       message, messageEn
      --severity <s>   text: info | warning | error, the least severity printed
                       (default info: all); summaries count every finding
      --lang <l>       text: zh | en, the language of messages (default zh)
${common}

Findings are validate's, and the parser's diagnostics about the input as a
whole (source "diagnostic"): input-empty, input-several-reports,
input-not-text, input-invalid-bytes, and why a reader could not read it.

${inputs}

${exit}

Examples:
  xxgk-report validate --severity warning reports/
  xxgk-report validate --format csv -o findings.csv reports/
`;

const showHelp = `xxgk-report show — metadata, tables and findings, for reading (parse --format table)

Usage:
  xxgk-report show [options] <file|dir|->...

Options:
      --lang <l>       zh | en, the language of messages (table labels stay Chinese)
${common}

${inputs}

${exit}

Examples:
  xxgk-report show --encoding gbk old-page.htm
  curl -s https://example.gov.cn/report.html | xxgk-report show
`;

/** The text of `xxgk-report --help`. */
export const helpText = `xxgk-report — parse and check 政府信息公开工作年度报告 (Chinese government
information-disclosure annual reports)

Usage:
  xxgk-report parse    [options] <file|dir|->...   reports as JSON, JSON Lines, CSV or tables
  xxgk-report validate [options] <file|dir|->...   findings as lines, JSON, JSON Lines or CSV
  xxgk-report show     [options] <file|dir|->...   metadata, tables and findings, for reading
                                                   (the same as parse --format table)
  xxgk-report <command> --help                     the options of a command

Options of every command:
${common}
  -v, --version        the version

${inputs}

${exit}

Examples:
  xxgk-report parse report.txt > report.json
  xxgk-report parse --format csv --labels zh --bom reports/ > reports.csv
  xxgk-report validate --format jsonl reports/
  xxgk-report show --encoding gbk old-page.htm
`;

/** The help of one command (`xxgk-report validate --help`), or the general help. */
export function helpFor(command: Command | undefined): string {
  if (command === 'parse') return parseHelp;
  if (command === 'validate') return validateHelp;
  if (command === 'show') return showHelp;
  return helpText;
}
