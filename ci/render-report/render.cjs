#!/usr/bin/env node
// Renders markdown reports the way GitHub renders a pull request comment (cmark-gfm with GitHub's extensions, GitHub's
// sanitisation, github-markdown-css, mermaid 11) in headless Chromium at 1280 px with an 830 px comment column, writes
// a screenshot of each, and fails when a report does not fit, a chart breaks, the page logs an error, or input from
// the report became markup, a link or a mention.
//
// usage: node render.cjs --out DIR REPORT.md [REPORT.md ...]
// exit: 0 every report passes; 1 a report fails a check; 2 bad usage or a tool is missing.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const viewportWidth = 1280;
const columnWidth = 830;
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const chromiumFlags = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function usage(message) {
    console.error(`render-report: ${message}\nusage: node render.cjs --out DIR REPORT.md [REPORT.md ...]`);
    process.exit(2);
}

function parseArguments(argv) {
    const reports = [];
    let out = null;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--out') {
            out = argv[++i];
        } else {
            reports.push(argv[i]);
        }
    }
    if (!out || reports.length === 0) {
        usage('give --out and at least one report');
    }
    for (const report of reports) {
        if (!fs.existsSync(report)) {
            usage(`${report}: no such file`);
        }
    }
    return { out, reports };
}

function markdownToHtml(file) {
    // --unsafe keeps raw HTML as GitHub does before its sanitiser; tagfilter then disarms script, iframe and the like.
    return execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter', file], {
        encoding: 'utf8',
    });
}

function page(css) {
    return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #f6f8fa; }
.comment { display: inline-block; margin: 24px 0 24px 120px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
.markdown-body { padding: 16px; box-sizing: content-box; width: ${columnWidth}px; }
.mermaid-chart { margin-bottom: 16px; }
</style></head><body><div class="comment"><article class="markdown-body"></article></div></body></html>`;
}

async function renderOne(browser, css, report, out) {
    const tab = await browser.newPage();
    const consoleErrors = [];
    tab.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
    });
    tab.on('pageerror', (error) => consoleErrors.push(String(error)));
    await tab.setViewport({ width: viewportWidth, height: 800 });
    await tab.setContent(page(css), { waitUntil: 'load' });
    await tab.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    await tab.addScriptTag({ path: path.join(__dirname, 'sanitize.js') });
    await tab.addScriptTag({ path: path.join(__dirname, 'comment-checks.js') });
    const html = markdownToHtml(report);
    const problems = await tab.evaluate(async (commentHtml) => {
        const column = document.querySelector('.markdown-body');
        column.append(window.sanitizeCommentHtml(commentHtml));
        // Open the folded sections: a reviewer opens them, and what is inside must fit too.
        for (const details of column.querySelectorAll('details')) details.open = true;
        return window.checkComment(column);
    }, html);
    const screenshot = path.join(out, path.basename(report).replace(/\.md$/, '') + '.png');
    const comment = await tab.$('.comment');
    await comment.screenshot({ path: screenshot });
    await tab.close();
    return { problems: [...problems, ...consoleErrors.map((e) => `the page logged an error: ${e}`)], screenshot };
}

async function main() {
    const { out, reports } = parseArguments(process.argv.slice(2));
    if (!fs.existsSync(chromium)) usage(`${chromium} is not installed`);
    let puppeteer;
    try {
        puppeteer = require('puppeteer-core');
    } catch {
        usage('npm packages missing: run npm ci in ci/render-report');
    }
    fs.mkdirSync(out, { recursive: true });
    const css = fs.readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-report-chromium-'));
    const browser = await puppeteer.launch({ executablePath: chromium, headless: true, userDataDir, args: chromiumFlags });
    let failed = 0;
    try {
        for (const report of reports) {
            const { problems, screenshot } = await renderOne(browser, css, report, out);
            if (problems.length === 0) {
                console.log(`PASS: ${report} renders within ${columnWidth} px, safely (${screenshot})`);
            } else {
                failed++;
                console.log(`FAIL: ${report} (${screenshot})`);
                for (const problem of problems) console.log(`  - ${problem}`);
            }
        }
    } finally {
        await browser.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
    process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
    console.error(`render-report: ${error && error.stack ? error.stack : error}`);
    process.exit(2);
});
