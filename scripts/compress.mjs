// The two encodings this project counts its sizes in and writes the build's copies in: gzip at
// level 9 and brotli at quality 11 (post-build, the size check, the benchmark, the test server).
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const gzip9 = (body) => gzipSync(body, { level: 9 });
export const brotli11 = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
