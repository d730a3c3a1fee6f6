// Checks the packages of one release in a folder before they are pushed: each of MemoryBench's five packages is
// there once, at the version, with its symbols package, and its .nuspec carries what a NuGet user expects: the MIT
// licence expression, the repository's URL and commit, tags, the release notes of CHANGELOG.md for that version
// (as ci/release-notes.cjs reads them), and the project's README.md inside the package as its readme.
// Usage: node ci/check-packages.cjs <folder> <version> [--repository-url <url>] [--commit <sha>]
// Reads the READMEs and the changelog of the checkout this script is in; needs unzip. Exit 1 when anything is off.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { releaseNotes, defaultChangelog } = require('./release-notes.cjs');

const root = path.join(__dirname, '..');
// Package id -> the project folder whose README.md it carries.
const packages = {
  MemoryBench: 'src/MemoryBench',
  'MemoryBench.BenchmarkDotNet': 'src/MemoryBench.BenchmarkDotNet',
  'MemoryBench.Testing': 'src/MemoryBench.Testing',
  'MemoryBench.Testing.MSTest': 'src/MemoryBench.Testing.MSTest',
  'MemoryBench.Tool': 'src/MemoryBench.Cli',
};

const [folder, version, ...rest] = process.argv.slice(2);
const options = {};
for (let i = 0; i < rest.length; i += 2) options[rest[i]] = rest[i + 1];
if (!folder || !version || Object.keys(options).some(key => !['--repository-url', '--commit'].includes(key))) {
  console.error('usage: node ci/check-packages.cjs <folder> <version> [--repository-url <url>] [--commit <sha>]');
  process.exit(2);
}

const problems = [];
const unzip = (...args) => execFileSync('unzip', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const unescapeXml = text =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const element = (nuspec, name) => {
  const match = nuspec.match(new RegExp(`<${name}(\\s[^>]*)?>([\\s\\S]*?)</${name}>`));
  return match ? { attributes: match[1] ?? '', text: unescapeXml(match[2]) } : null;
};
const attribute = (attributes, name) => attributes.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

const expectedNotes = releaseNotes(fs.readFileSync(defaultChangelog, 'utf8'), version);
const files = fs.readdirSync(folder);
for (const file of files.filter(name => /\.s?nupkg$/.test(name))) {
  const id = file.replace(/\.[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?\.s?nupkg$/, '');
  if (!(id in packages)) problems.push(`${file}: not one of MemoryBench's packages (${Object.keys(packages).join(', ')})`);
  else if (!file.startsWith(`${id}.${version}.`)) problems.push(`${file}: expected version ${version}`);
}

for (const [id, project] of Object.entries(packages)) {
  const nupkg = path.join(folder, `${id}.${version}.nupkg`);
  const snupkg = path.join(folder, `${id}.${version}.snupkg`);
  const where = `${id} ${version}`;
  if (!fs.existsSync(nupkg)) {
    problems.push(`${where}: no ${path.basename(nupkg)} in ${folder}`);
    continue;
  }
  if (!fs.existsSync(snupkg) || !unzip('-Z1', snupkg).split('\n').some(entry => entry.endsWith('.pdb'))) {
    problems.push(`${where}: no symbols package with PDBs (${path.basename(snupkg)})`);
  }

  const entries = unzip('-Z1', nupkg).split('\n');
  const nuspec = unzip('-p', nupkg, `${id}.nuspec`);
  const text = name => element(nuspec, name)?.text.trim() ?? '';
  if (text('id') !== id) problems.push(`${where}: <id> is "${text('id')}"`);
  if (text('version') !== version) problems.push(`${where}: <version> is "${text('version')}"`);
  const license = element(nuspec, 'license');
  if (license?.text !== 'MIT' || attribute(license.attributes, 'type') !== 'expression') {
    problems.push(`${where}: expected <license type="expression">MIT</license>`);
  }
  for (const name of ['description', 'authors', 'tags']) {
    if (text(name) === '') problems.push(`${where}: <${name}> is missing or empty`);
  }

  const repository = nuspec.match(/<repository\s([^>]*)\/?>/)?.[1] ?? '';
  const url = attribute(repository, 'url') ?? '';
  const commit = attribute(repository, 'commit') ?? '';
  if (!/^https:\/\//.test(url) || (options['--repository-url'] && url !== options['--repository-url'])) {
    problems.push(`${where}: <repository url="${url}"> expected ${options['--repository-url'] ?? 'an https URL'}`);
  }
  if (!/^[0-9a-f]{40}$/.test(commit) || (options['--commit'] && commit !== options['--commit'])) {
    problems.push(`${where}: <repository commit="${commit}"> expected ${options['--commit'] ?? 'a full commit SHA'}`);
  }

  const notes = text('releaseNotes');
  if (notes !== expectedNotes) {
    problems.push(`${where}: <releaseNotes> differ from CHANGELOG.md's notes of ${version} (${notes.length} characters, expected ${expectedNotes.length})`);
  }
  if (!version.includes('-') && notes === '') problems.push(`${where}: a release without release notes`);

  const readme = text('readme');
  if (readme !== 'README.md' || !entries.includes('README.md')) {
    problems.push(`${where}: expected <readme>README.md</readme> and README.md in the package`);
  } else if (unzip('-p', nupkg, 'README.md') !== fs.readFileSync(path.join(root, project, 'README.md'), 'utf8')) {
    problems.push(`${where}: its README.md is not ${project}/README.md`);
  }
  if (!problems.some(problem => problem.startsWith(`${where}:`))) {
    console.log(`${where}: MIT, ${url} at ${commit.slice(0, 12)}, README.md, ${notes.split('\n').length} lines of release notes, symbols`);
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
