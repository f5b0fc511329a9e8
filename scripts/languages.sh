# Sourced by the build and test scripts: `translations` prints "code folder" for each language
# other than English, from the `languages!` list in src/model/words/mod.rs (the one place
# that names them).
translations() {
  sed -n 's/^ *[a-z_]*: "\([^"]*\)", "[^"]*", "\([^"]*\)\/";$/\1 \2/p' "$ROOT/src/model/words/mod.rs"
}
