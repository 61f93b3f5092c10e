/** The text of `xxgk-report --help`. */
export const helpText = `xxgk-report — parse and check 政府信息公开工作年度报告 (Chinese government
information-disclosure annual reports)

Usage:
  xxgk-report parse    [options] <file|dir|->...   reports as JSON, JSON Lines, CSV or tables
  xxgk-report validate [options] <file|dir|->...   findings as file:line:col severity code message
  xxgk-report show     [options] <file|dir|->...   metadata, tables and findings, for reading
                                                   (the same as parse --format table)

Inputs:
  A file is read whatever its name: .html/.htm as HTML, anything else as text.
  A directory is read recursively: its .txt .text .md .markdown .html .htm files,
  sorted, hidden files and README.* skipped. - reads standard input (HTML when it
  looks like HTML). A bad input is reported at the end; the others go on.

Options:
  -f, --format <f>     parse: json | jsonl | csv | table. Default: json for one file,
                       jsonl (one JSON object per line) for several
  -e, --encoding <e>   auto | utf-8 | utf-16le | utf-16be | gb18030 | gbk. Default auto:
                       a BOM decides (UTF-8, UTF-16), else valid UTF-8, else GB18030
      --as <kind>      auto | text | html: how to read inputs. Default: by extension
      --labels <l>     csv: path | zh. Column headers as model paths (applications.
                       newReceived.total) or Chinese labels (表三·一、本年新收…·总计)
      --bom            csv: start with a UTF-8 BOM, so that Excel opens it as UTF-8
      --severity <s>   validate: info | warning | error, the least severity printed
                       (default info: all); summaries count every finding
      --lang <l>       validate, show, table: zh | en, the language of messages
                       (default zh; table labels stay Chinese)
  -q, --quiet          no progress bar (shown only on a terminal, for more than 20 files)
  -h, --help           this text
  -v, --version        the version

Output:
  json/jsonl   { file, encoding, readAs, report, findings } per file: report as
               parseReport returns it, findings as validate returns them
  csv          one row per report: file, the flattenReport paths of the reports (one
               template: its order; both: the two orders merged table by table, 2021
               columns before 2019 ones; an empty cell for a blank or absent value), then
               findings.error|warning|info and diagnostics.error|warning|info
  table, show  per report: metadata, 表二 表三 表四 aligned (- for a blank or unread
               cell), the parser's errors and warnings, and every finding
  validate     each file's findings, a summary line per file, a total for several

Exit status:
  0  done; for validate, no error-level finding
  1  validate: at least one error-level finding
  2  usage error, nothing to parse, or an input that could not be read
     (2 wins over 1)

Examples:
  xxgk-report parse report.txt > report.json
  xxgk-report parse --format csv --labels zh --bom reports/ > reports.csv
  xxgk-report validate --severity warning reports/
  xxgk-report show --encoding gbk old-page.htm
  curl -s https://example.gov.cn/report.html | xxgk-report show -
`;
