// Help texts, with examples: what a user types first is usually `--help`.

export const MAIN_HELP = `content-a11y — check posts for accessibility before they are published

Usage:
  content-a11y check [paths|dirs|globs|-] [options]   check posts (the default command)
  content-a11y rules                                  list the rules with their severity and WCAG criteria
  content-a11y init-hook [--force]                    install a git pre-commit hook (check --staged)
  content-a11y merge REPORT... [-f FORMAT] [-o FILE]  combine JSON or SARIF reports of --shard jobs
  content-a11y --version | --help

Run "content-a11y check --help" for the options of check.

Examples:
  content-a11y check content/
  content-a11y check 'content/**/*.md' --format json
  cat post.html | content-a11y check - --stdin-filename post.html
  content-a11y check --staged
`;

export const CHECK_HELP = `Usage: content-a11y check [paths|dirs|globs|-] [options]

Checks Markdown (with front matter), HTML and plain-text posts. Directories expand to
*.md, *.markdown, *.mdx, *.html, *.htm and *.txt; .gitignore and node_modules are honoured.
CMS records (.json: WordPress REST, Ghost Admin, Decap, Portable Text, generic) are detected;
directories include only .json files that look like post records.

Options:
  -f, --format NAME[=FILE]  stylish (default), json, html (a page to look at), sarif, github
                            (default when GITHUB_ACTIONS=true), junit or codequality (GitLab);
                            repeat for several, =FILE writes to a file
      --lang TAG            language of posts that declare none (e.g. pl, en-GB)
      --locale TAG          language of messages (default: the post's language, else English)
  -c, --config FILE         configuration file (default: content-a11y.config.{json,js,mjs} or
                            the "content-a11y" key of package.json, searched upward)
      --max-warnings N      exit 1 when there are more than N warnings
  -q, --quiet               report errors only
      --stdin-filename NAME name (and so format) of the post read from "-"
      --concurrency N       worker threads for large runs (default: one per core; 1 = none)
      --input KIND          read .json records as wordpress, ghost, decap, portable-text or
                            generic (default: detected from the record's shape)
      --no-axe              skip the rendered-DOM checks (axe-core in jsdom): native rules only
      --no-color            no colours, even on a terminal
      --debug               show stack traces of internal errors
  -h, --help                this help

Git hooks and CI:
      --staged              check the staged content of staged posts (for a pre-commit hook)
      --changed-since REF   check the posts changed since REF (git diff REF...HEAD)
      --files-from FILE     check the paths listed in FILE ("-": stdin), NUL- or newline-separated
      --shard I/N           check part I of N of the files (split by a hash of the path)
      --cache               skip files unchanged (same content, version and config) since the last run
      --cache-location PATH cache file or directory (default: node_modules/.cache/content-a11y; implies --cache)

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 the run itself failed.

Examples:
  content-a11y check fixtures/
  content-a11y check 'content/**/*.md' --lang pl --max-warnings 0
  content-a11y check post.md --format json=report.json --format stylish
  cat post.html | content-a11y check - --stdin-filename post.html
  content-a11y check --staged                                   # in a pre-commit hook
  content-a11y check --changed-since origin/main --format sarif=a11y.sarif --format github
  git diff -z --name-only HEAD~1 | content-a11y check --files-from -
  content-a11y check content/ --shard 2/4 --cache --format json=shard-2.json
  content-a11y check content/ --format junit=a11y.xml --format codequality=gl-code-quality.json
`;

export const INIT_HOOK_HELP = `Usage: content-a11y init-hook [--force]

Installs a git pre-commit hook that runs "content-a11y check --staged", in the hooks folder git
uses (core.hooksPath is honoured). An existing hook that content-a11y did not write is left alone
unless --force is given (it is then kept as pre-commit.backup).

Using husky, lefthook, lint-staged or the pre-commit framework instead? See the README.

Examples:
  npx content-a11y init-hook
  npx content-a11y init-hook --force
`;

export const MERGE_HELP = `Usage: content-a11y merge REPORT... [--format NAME] [--output FILE]

Combines the reports of "check --shard I/N" jobs into one. JSON reports merge into JSON, or into
any other format (-f sarif, github, junit, codequality, stylish); SARIF reports merge into SARIF.
Exit codes: 0 no errors in the merged report, 1 errors, 2 the merge itself failed.

Options:
  -f, --format NAME    output format (default: json for JSON reports, sarif for SARIF logs)
  -o, --output FILE    write to FILE instead of stdout
  -h, --help           this help

Examples:
  content-a11y merge shard-1.json shard-2.json shard-3.json shard-4.json -o report.json
  content-a11y merge shard-*.json --format sarif -o a11y.sarif
  content-a11y merge shard-*.sarif -o a11y.sarif
`;
