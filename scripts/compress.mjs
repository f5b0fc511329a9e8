// The two encodings this project counts its sizes in and writes the build's copies in: gzip
// and brotli at quality 11 (post-build, the size check, the benchmark, the test server).
// A release's gzip copies (FILE.gz) are zopfli's (src/bin/precompress.rs), which is what a host
// with gzip_static sends; `gzipped` counts them. gzip9 (zlib's level 9) is for files that have
// no copy.
import { readFile } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const gzip9 = (body) => gzipSync(body, { level: 9 });
export const brotli11 = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/** The file as a host sends it in gzip: the build's own .gz copy, or zlib's level 9 without one. */
export async function gzipped(path, body) {
  return (await readFile(path + ".gz").catch(() => null)) ?? gzip9(body ?? (await readFile(path)));
}
