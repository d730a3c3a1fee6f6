#!/usr/bin/env node
// Opens memorybench's history page (history report --html) from its file in headless Chromium, as a person opens it,
// and checks what a person would: one chart per benchmark, no console error, nothing fetched, the commit under the
// pointer, and the filter by name. Writes a screenshot of the top of the page.
//
// usage: node history-page.cjs --out DIR --benchmarks N PAGE.html
// exit: 0 the page passes; 1 a check fails; 2 bad usage or a tool is missing.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

function usage(message) {
    console.error(`history-page: ${message}\nusage: node history-page.cjs --out DIR --benchmarks N PAGE.html`);
    process.exit(2);
}

function parseArguments(argv) {
    let out = null;
    let benchmarks = null;
    let page = null;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--out') out = argv[++i];
        else if (argv[i] === '--benchmarks') benchmarks = Number(argv[++i]);
        else page = argv[i];
    }
    if (!out || !page || !Number.isInteger(benchmarks) || benchmarks < 1) usage('give --out, --benchmarks and the page');
    if (!fs.existsSync(page)) usage(`${page}: no such file`);
    return { out, benchmarks, page };
}

async function check(browser, page, benchmarks, out) {
    const problems = [];
    const tab = await browser.newPage();
    const pageUrl = pathToFileURL(path.resolve(page)).href;
    tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(`the page logged an error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`the page threw: ${error}`));
    tab.on('request', (request) => {
        if (request.url() !== pageUrl) problems.push(`the page fetched ${request.url()}`);
    });
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(pageUrl, { waitUntil: 'load' });

    const counts = await tab.evaluate(() => ({
        sections: document.querySelectorAll('section.benchmark').length,
        charts: document.querySelectorAll('section.benchmark > svg.chart').length,
        changes: document.querySelectorAll('svg.chart g.change').length,
    }));
    if (counts.sections !== benchmarks || counts.charts !== benchmarks) {
        problems.push(`expected one chart for each of ${benchmarks} benchmarks, found ${counts.charts} charts in ${counts.sections} sections`);
    }

    // The pointer over the middle of the first chart shows that run's commit.
    const chart = await tab.$('svg.chart');
    if (chart) {
        const box = await chart.boundingBox();
        await tab.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
        const hover = await tab.evaluate(() => {
            const tip = document.getElementById('tip');
            const runs = JSON.parse(document.getElementById('runs').textContent);
            return { shown: !tip.hidden, text: tip.textContent, labels: runs.map((run) => run[0]) };
        });
        if (!hover.shown || !hover.labels.some((label) => hover.text.startsWith(label))) {
            problems.push(`pointing at a chart shows no run's commit (tooltip ${hover.shown ? `"${hover.text}"` : 'hidden'})`);
        }
    }
    await tab.screenshot({ path: path.join(out, 'history-page.png') });

    // The filter by name: the first benchmark's full name leaves it and hides what does not match.
    const filtered = await tab.evaluate(() => {
        const sections = [...document.querySelectorAll('section.benchmark')];
        if (sections.length === 0) return null;
        const name = sections[0].dataset.name;
        const filter = document.getElementById('filter');
        filter.value = name.toUpperCase();
        filter.dispatchEvent(new Event('input'));
        const visible = sections.filter((section) => !section.hidden);
        const expected = sections.filter((section) => section.dataset.name.includes(name));
        filter.value = 'no benchmark is called this';
        filter.dispatchEvent(new Event('input'));
        const none = sections.filter((section) => !section.hidden).length;
        return { visible: visible.length, expected: expected.length, first: visible[0] === sections[0], none };
    });
    if (filtered && (filtered.visible !== filtered.expected || !filtered.first || filtered.none !== 0)) {
        problems.push(`the filter by name does not work (${JSON.stringify(filtered)})`);
    }
    await tab.close();
    return { problems, counts };
}

async function main() {
    const { out, benchmarks, page } = parseArguments(process.argv.slice(2));
    if (!fs.existsSync(chromium)) usage(`${chromium} is not installed`);
    let puppeteer;
    try {
        puppeteer = require('puppeteer-core');
    } catch {
        usage('npm packages missing: run npm ci in ci/render-report');
    }
    fs.mkdirSync(out, { recursive: true });
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-page-chromium-'));
    const browser = await puppeteer.launch({
        executablePath: chromium, headless: true, userDataDir,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
        const { problems, counts } = await check(browser, page, benchmarks, out);
        if (problems.length === 0) {
            console.log(`PASS: ${page}: ${counts.charts} charts, ${counts.changes} change marks, hover and filter work, nothing fetched (${path.join(out, 'history-page.png')})`);
            return 0;
        }
        console.log(`FAIL: ${page}`);
        for (const problem of problems) console.log(`  - ${problem}`);
        return 1;
    } finally {
        await browser.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
}

main().then((code) => process.exit(code), (error) => {
    console.error(`history-page: ${error && error.stack ? error.stack : error}`);
    process.exit(2);
});
