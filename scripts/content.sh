#!/usr/bin/env bash
# Rewrites docs/content.md (and each translation's files): every sentence the page can show, grouped by screen and case, with
# its sources, for the clinic's physiotherapist to review. Commit the result; a native test
# fails when it is out of date.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
UPDATE_CONTENT=1 cargo test --locked --quiet --test content the_committed_content_file_is_current
echo "wrote docs/content.md"
# Each translation: docs/content.xx.md, and docs/translation-xx.md (English and the
# translation side by side, item by item, for a bilingual clinician).
. "$ROOT/scripts/languages.sh"
translations | while read -r code _; do
  UPDATE_CONTENT=1 PAGE_LANG="$code" cargo test --locked --quiet --test content the_committed_content_file_is_current
  echo "wrote docs/content.$code.md"
done
UPDATE_CONTENT=1 cargo test --locked --quiet --test languages the_side_by_side_files_are_current
echo "wrote docs/translation-*.md"
