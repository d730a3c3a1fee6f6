// The release notes of a version: its section of CHANGELOG.md ("## [1.2.3] - 2026-12-07" up to the next "## " heading
// or the link definitions at the end), or the Unreleased section for a pre-release. The packages take the same text
// (Directory.Build.targets); ci/check-packages.cjs checks that they agree. The release workflow attaches it to the
// GitHub release.
// Usage: node ci/release-notes.cjs <version> [CHANGELOG.md]   prints the notes; exit 1 when a release has none.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const defaultChangelog = path.join(__dirname, '..', 'CHANGELOG.md');

/** The section's text, trimmed; empty when the changelog has no such section or it is empty. */
function releaseNotes(changelogText, version) {
  const heading = version.includes('-') ? 'Unreleased' : version;
  const lines = changelogText.replace(/\r/g, '').split('\n');
  const start = lines.findIndex(line => line.startsWith(`## [${heading}]`));
  if (start < 0) return '';
  const section = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ') || /^\[[^\]]+\]: /.test(line)) break;
    section.push(line);
  }
  return section.join('\n').trim();
}

module.exports = { releaseNotes, defaultChangelog };

if (require.main === module) {
  const [version, changelog = defaultChangelog] = process.argv.slice(2);
  if (!/^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$/.test(version ?? '')) {
    console.error(`usage: node ci/release-notes.cjs <version> [CHANGELOG.md]; "${version ?? ''}" is not a version (1.2.3 or 1.2.3-beta.1)`);
    process.exit(2);
  }
  const notes = releaseNotes(fs.readFileSync(changelog, 'utf8'), version);
  if (notes === '' && !version.includes('-')) {
    console.error(`${changelog}: no section "## [${version}]" (or it is empty): write the release notes of ${version} first (docs/releasing.md)`);
    process.exit(1);
  }
  process.stdout.write(`${notes}\n`);
}
