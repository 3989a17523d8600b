// Progress lines on stderr, so stdout carries only the Markdown report.

/** @param {string} line */
export function log(line) {
  process.stderr.write(`${line}\n`);
}
