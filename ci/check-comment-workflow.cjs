// Runs the script of .github/workflows/memorybench-comment.yml against a fake GitHub API, so its behaviour is
// checked here instead of on a live pull request: one comment kept up to date, untrusted artifact data refused.
// Usage (from .ci/run): NODE_PATH=<folder with js-yaml> node ci/check-comment-workflow.cjs
// Prints PASS or FAIL per behaviour; exits 1 when any fails.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const yaml = require('js-yaml');

const workflowFile = path.join(__dirname, '..', '.github', 'workflows', 'memorybench-comment.yml');
const workflow = yaml.load(fs.readFileSync(workflowFile, 'utf8'));
const scriptStep = Object.values(workflow.jobs)
  .flatMap(job => job.steps)
  .find(step => String(step.uses).startsWith('actions/github-script@'));
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
// actions/github-script runs its script as the body of an async function with these names in scope.
const script = new AsyncFunction('require', 'github', 'context', 'core', scriptStep.with.script);

const marker = '<!-- memorybench-report -->';
const headSha = '0123456789abcdef0123456789abcdef01234567';
const headRepository = 'contributor/fork';

async function runScript({ report, prNumber, pullRequests = [], pullHeadSha = headSha, comments = [] }) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'memorybench-comment-'));
  if (report !== undefined) fs.writeFileSync(path.join(folder, 'report.md'), report);
  if (prNumber !== undefined) fs.writeFileSync(path.join(folder, 'pr-number'), prNumber);
  const calls = { get: [], create: [], update: [], failed: [], notices: [] };
  const github = {
    paginate: async (method, parameters) => method(parameters),
    rest: {
      pulls: {
        get: async parameters => {
          calls.get.push(parameters);
          return { data: { head: { sha: pullHeadSha, repo: { full_name: headRepository } } } };
        },
      },
      issues: {
        listComments: async () => comments,
        createComment: async parameters => calls.create.push(parameters),
        updateComment: async parameters => calls.update.push(parameters),
      },
    },
  };
  const context = {
    repo: { owner: 'owner', repo: 'project' },
    payload: {
      workflow_run: {
        head_sha: headSha,
        head_repository: { full_name: headRepository },
        html_url: 'https://github.com/owner/project/actions/runs/1',
        pull_requests: pullRequests,
      },
    },
  };
  const core = {
    setFailed: message => calls.failed.push(message),
    notice: message => calls.notices.push(message),
    info: () => {},
  };
  process.env.REPORT_FOLDER = folder;
  try {
    await script(require, github, context, core);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return calls;
}

// The footer ends the comment, outside every <details> and code fence of the report, so it always shows.
function footerIsLastAndVisible(body) {
  const footerStart = body.lastIndexOf('\n\n<sub>MemoryBench report for ');
  if (footerStart < 0 || !body.trimEnd().endsWith('</sub>')) return false;
  let depth = 0;
  let fence = null;
  for (const line of body.slice(0, footerStart).split('\n')) {
    const marked = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (marked && marked[1][0] === fence[0] && marked[1].length >= fence.length) fence = null;
      continue;
    }
    if (marked) {
      fence = marked[1];
      continue;
    }
    const text = line.replace(/(`+)[\s\S]*?\1/g, '');
    depth += (text.match(/<details[\s>]/gi) ?? []).length - (text.match(/<\/details\s*>/gi) ?? []).length;
    if (depth < 0) depth = 0;
  }
  return depth === 0 && fence === null && !/<!--/.test(body.slice(marker.length, footerStart));
}

const behaviours = {
  async 'creates one comment, marked, with the report and no live mentions'() {
    const calls = await runScript({ report: '# MemoryBench: 1 regression\nping @octocat', prNumber: '42\n' });
    const [comment] = calls.create;
    return calls.create.length === 1 && calls.update.length === 0 && comment.issue_number === 42 &&
      comment.body.startsWith(marker) && comment.body.includes('# MemoryBench: 1 regression') &&
      !comment.body.includes('@octocat');
  },
  async 'edits its own earlier comment instead of adding another, never a person\'s'() {
    const comments = [
      { id: 7, user: { login: 'someone', type: 'User' }, body: `${marker} a person quoting the marker` },
      { id: 9, user: { login: 'github-actions[bot]', type: 'Bot' }, body: `${marker}\nthe previous report` },
    ];
    const calls = await runScript({ report: 'new report', prNumber: '42', comments });
    return calls.create.length === 0 && calls.update.length === 1 && calls.update[0].comment_id === 9 &&
      calls.update[0].body.includes('new report');
  },
  async 'refuses a pull request number that is not a number'() {
    const calls = await runScript({ report: 'report', prNumber: '42; curl evil' });
    return calls.failed.length === 1 && calls.get.length === 0 && calls.create.length === 0;
  },
  async 'refuses a pull request the run does not belong to'() {
    const calls = await runScript({ report: 'report', prNumber: '43', pullRequests: [{ number: 42 }] });
    return calls.failed.length === 1 && calls.get.length === 0 && calls.create.length === 0;
  },
  async 'does not comment on a pull request whose head is another commit'() {
    const calls = await runScript({ report: 'report', prNumber: '42', pullHeadSha: 'f'.repeat(40) });
    return calls.create.length === 0 && calls.update.length === 0 && calls.failed.length === 0;
  },
  async 'keeps a report too long for a comment within GitHub\'s limit'() {
    const calls = await runScript({ report: 'x'.repeat(200_000), prNumber: '42' });
    return calls.create.length === 1 && calls.create[0].body.length <= 65_536 &&
      calls.create[0].body.includes('too long for a comment');
  },
  async 'a copied marker inside the report cannot make a second marked comment'() {
    const calls = await runScript({ report: `before ${marker} after`, prNumber: '42' });
    return calls.create.length === 1 && calls.create[0].body.split(marker).length === 2;
  },
  async 'defuses every spelling of a mention'() {
    const forms = ['@octocat', '&#64;octocat', '&#064;octocat', '&#64octocat', '&#x40;octocat', '&#X40;octocat', '&commat;octocat'];
    const calls = await runScript({ report: forms.join(' '), prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    const defused = body.split('@\u200Boctocat').length - 1;
    return defused === forms.length && !/(?:@|&#0*64|&#x0*40|&commat;)octocat/i.test(body);
  },
  async 'defuses issue and pull request references'() {
    const calls = await runScript({ report: 'see #12, owner/repo#12, GH-12, gh-12, &#35;12 and &num;12', prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    return !/(?:^|[^&])#[0-9]/.test(body) && !/GH-[0-9]/i.test(body) && !/&#35;|&num;/.test(body) &&
      body.includes('owner/repo#\u200B12');
  },
  async 'keeps the report\'s own character references intact'() {
    const calls = await runScript({ report: '| a &#124; b | &#352; |', prNumber: '42' });
    return (calls.create[0]?.body ?? '').includes('| a &#124; b | &#352; |');
  },
  async 'removes a nested marker that one pass would leave'() {
    const nested = '<!-- memorybench<!-- memorybench-report -->-report -->';
    const calls = await runScript({ report: `before ${nested} after`, prNumber: '42' });
    return calls.create.length === 1 && calls.create[0].body.split(marker).length === 2;
  },
  async 'never cuts a long report inside <details>'() {
    const row = `| ${'x'.repeat(200)} | 1 B |`;
    const table = ['| Benchmark | Allocated |', '| --- | ---: |', ...Array(200).fill(row)].join('\n');
    // About 42 KB before the <details> block and 84 KB at its end: the cut goes before it, not into it.
    const report = ['## head', '', table, '', '<details><summary>more</summary>', '', table, '', '</details>'].join('\n');
    const calls = await runScript({ report, prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    const shown = body.slice(0, body.indexOf('**The report is too long'));
    return body.length <= 65_536 && !shown.includes('<details') && shown.trimEnd().endsWith(row) &&
      shown.split(row).length - 1 === 200;
  },
  async 'never cuts a long report inside a table'() {
    const row = `| ${'x'.repeat(200)} | 1 B |`;
    const report = ['## head', '', 'a paragraph', '', '| Benchmark | Allocated |', '| --- | ---: |', ...Array(400).fill(row)].join('\n');
    const calls = await runScript({ report, prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    const shown = body.slice(0, body.indexOf('**The report is too long'));
    return body.includes('too long for a comment') && shown.includes('a paragraph') && !shown.includes('|');
  },
  async 'shows an unclosed HTML comment as text: the rest of the report and the footer stay visible'() {
    const calls = await runScript({ report: '# MemoryBench\n<!-- hide the rest\nsecret row\n<![CDATA[ and <?pi', prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    return body.includes('secret row') && !/<[!?]/.test(body.slice(marker.length)) && footerIsLastAndVisible(body);
  },
  async 'closes an unclosed <details> and an unclosed code fence before the footer'() {
    const calls = await runScript({ report: '<details><summary>more</summary>\n\n<details>\n\n| a |\n| --- |\n| 1 |\n```\ncode', prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    return footerIsLastAndVisible(body) && body.includes('| 1 |');
  },
  async 'cuts a long report with <details> in inline code where it fits, keeping the rows'() {
    const row = `Benchmark ${'x'.repeat(200)} allocates 1 B.`;
    const report = ['Uses `<details>` and ``<details open>``.', '', ...Array(400).fill(row), '', 'end'].join('\n');
    const calls = await runScript({ report, prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    return body.length <= 65_536 && body.includes('too long for a comment') && body.includes('Uses `<details>`') &&
      body.split(row).length - 1 > 200 && footerIsLastAndVisible(body);
  },
  async 'cuts a long report that is all one open <details> where it fits, and closes it'() {
    const row = `line ${'x'.repeat(200)}`;
    const report = ['<details><summary>everything</summary>', '', ...Array(400).fill(row)].join('\n');
    const calls = await runScript({ report, prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    return body.length <= 65_536 && body.split(row).length - 1 > 200 && footerIsLastAndVisible(body);
  },
  async 'breaks up full issue and pull request URLs so GitHub links and notifies nothing'() {
    const urls = [
      'https://github.com/owner/project/issues/12', 'http://github.com/other/repo/pull/34', 'www.github.com/a/b/issues/5',
      'github.com/a/b/discussions/7', 'HTTPS://GITHUB.COM/A/B/PULL/8',
    ];
    const calls = await runScript({ report: `see ${urls.join(' and ')}`, prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    const report = body.slice(0, body.lastIndexOf('<sub>MemoryBench report for'));
    return !/github\.com\/[^\s/]+\/[^\s/]+\/(?:issues|pull|discussions)\/\u200B?[0-9]/i.test(report) && !/https?:\/\/github/i.test(report) &&
      report.includes('owner/project/issues/');
  },
  async 'keeps a hostile report of every trick at once within the limit, its footer last and visible'() {
    const report = [
      '## ✅ MemoryBench', '`<details>` ``</details>``', '<details>'.repeat(5000), 'https://github.com/o/r/pull/1 @octocat #9',
      ...Array(2000).fill(`| ${'y'.repeat(100)} |`), '```', 'fence left open', '<!-- and a comment left open',
    ].join('\n');
    const calls = await runScript({ report, prNumber: '42' });
    const body = calls.create[0]?.body ?? '';
    return body.length <= 65_536 && footerIsLastAndVisible(body) && !body.includes('@octocat') && !/<!--/.test(body.slice(marker.length));
  },
  async 'comments nothing when the run left no report'() {
    const calls = await runScript({ prNumber: '42' });
    return calls.create.length === 0 && calls.update.length === 0 && calls.failed.length === 0 &&
      calls.notices.length === 1;
  },
};

// A tag can be moved to other code; a commit cannot. Checked over every workflow, since all of them run actions.
behaviours['every third-party action in the workflows is pinned by a full commit SHA, with its release named'] = async () => {
  const folder = path.join(__dirname, '..', '.github', 'workflows');
  const uses = fs.readdirSync(folder)
    .filter(name => name.endsWith('.yml'))
    .flatMap(name => fs.readFileSync(path.join(folder, name), 'utf8').split('\n'))
    .filter(line => /^\s*(?:-\s+)?uses:/.test(line) && !/uses:\s*\.\//.test(line));
  return uses.length > 0 && uses.every(line => /uses:\s*[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(line));
};

(async () => {
  let failures = 0;
  for (const [name, behaviour] of Object.entries(behaviours)) {
    let ok;
    try {
      ok = await behaviour();
    } catch (error) {
      console.error(error);
      ok = false;
    }
    console.log(`${ok ? 'PASS' : 'FAIL'}: comment workflow ${name}`);
    if (!ok) failures++;
  }
  process.exit(failures === 0 ? 0 : 1);
})();
