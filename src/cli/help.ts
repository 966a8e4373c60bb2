// Help texts, with examples: what a user types first is usually `--help`.

export const MAIN_HELP = `content-a11y — check posts for accessibility before they are published

Usage:
  content-a11y check [paths|dirs|globs|-] [options]   check posts (the default command)
  content-a11y rules                                  list the rules with their severity and WCAG criteria
  content-a11y --version | --help

Run "content-a11y check --help" for the options of check.

Examples:
  content-a11y check content/
  content-a11y check 'content/**/*.md' --format json
  cat post.html | content-a11y check - --stdin-filename post.html
`;

export const CHECK_HELP = `Usage: content-a11y check [paths|dirs|globs|-] [options]

Checks Markdown (with front matter), HTML and plain-text posts. Directories expand to
*.md, *.markdown, *.mdx, *.html, *.htm and *.txt; .gitignore and node_modules are honoured.

Options:
  -f, --format NAME[=FILE]  stylish (default) or json; repeat for several, =FILE writes to a file
      --lang TAG            language of posts that declare none (e.g. pl, en-GB)
      --locale TAG          language of messages (default: the post's language, else English)
  -c, --config FILE         configuration file (default: content-a11y.config.{json,js,mjs} or
                            the "content-a11y" key of package.json, searched upward)
      --max-warnings N      exit 1 when there are more than N warnings
  -q, --quiet               report errors only
      --stdin-filename NAME name (and so format) of the post read from "-"
      --no-axe              skip the rendered-DOM checks (axe-core in jsdom): native rules only
      --no-color            no colours, even on a terminal
      --debug               show stack traces of internal errors
  -h, --help                this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 the run itself failed.

Examples:
  content-a11y check fixtures/
  content-a11y check 'content/**/*.md' --lang pl --max-warnings 0
  content-a11y check post.md --format json=report.json --format stylish
  cat post.html | content-a11y check - --stdin-filename post.html
`;
