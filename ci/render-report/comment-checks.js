// Runs in the page, after the sanitised comment is in the column. Draws the mermaid blocks as GitHub does, then
// returns every way the comment fails a reviewer: something wider than the column, a chart mermaid rejects or whose
// labels are cut, and input that became markup, a link, a mention or an issue reference.
(() => {
    // The elements the report itself writes. Anything else came from the input (a name, a parameter) as markup.
    const reportElements = new Set([
        'h2', 'h3', 'p', 'br', 'sub', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary',
        'blockquote', 'pre', 'code', 'div', 'ul', 'li', 'hr', 'wbr', 'abbr',
    ]);
    // GitHub turns these into mention and issue links after rendering, in text outside code.
    const mention = /(^|[^\w`@/])(@[a-z0-9][a-z0-9-]*)/i;
    const issueReference = /(^|[^\w])(#\d+|GH-\d+)\b/i;

    function describe(element) {
        const text = (element.textContent || '').replace(/\s+/g, ' ').trim();
        return `<${element.localName}> "${text.length > 60 ? text.slice(0, 60) + '...' : text}"`;
    }

    async function drawCharts(column, problems) {
        const blocks = [...column.querySelectorAll('pre > code.language-mermaid')];
        window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
        for (const [index, code] of blocks.entries()) {
            const source = code.textContent;
            const holder = document.createElement('div');
            holder.className = 'mermaid-chart';
            code.parentElement.replaceWith(holder);
            try {
                const { svg } = await window.mermaid.render(`chart${index}`, source);
                holder.innerHTML = svg;
            } catch (error) {
                problems.push(`mermaid rejects chart ${index + 1}: ${String(error && error.message ? error.message : error).split('\n')[0]}`);
            }
        }
    }

    function checkWidths(column, problems) {
        const columnBox = column.getBoundingClientRect();
        for (const table of column.querySelectorAll('table')) {
            // github-markdown-css makes a table a scrolling block no wider than the column: overflow is hidden there.
            if (table.scrollWidth > table.clientWidth + 1) {
                const header = describe(table.querySelector('tr') || table);
                problems.push(`a table is ${table.scrollWidth} px wide in a ${Math.round(table.clientWidth)} px column: ${header}`);
            }
        }
        for (const [index, svg] of [...column.querySelectorAll('.mermaid-chart svg')].entries()) {
            const box = svg.getBoundingClientRect();
            if (box.right > columnBox.right + 1) {
                problems.push(`chart ${index + 1} is ${Math.round(box.width)} px wide and runs out of the column`);
            }
            for (const text of svg.querySelectorAll('text')) {
                const textBox = text.getBoundingClientRect();
                if (text.textContent.trim() !== '' &&
                    (textBox.left < box.left - 1 || textBox.right > box.right + 1 || textBox.top < box.top - 1 || textBox.bottom > box.bottom + 1)) {
                    problems.push(`chart ${index + 1} cuts its label "${text.textContent.trim()}"`);
                }
            }
        }
    }

    function checkInputStayedText(column, problems) {
        for (const element of column.querySelectorAll('*')) {
            if (element.closest('.mermaid-chart')) {
                continue;
            }
            if (element.localName === 'a') {
                problems.push(`the comment has a link: ${describe(element)} -> ${element.getAttribute('href')}`);
            } else if (!reportElements.has(element.localName)) {
                problems.push(`input became markup: ${describe(element)}`);
            }
        }
        const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest('code, pre, .mermaid-chart')) {
                continue;
            }
            const found = mention.exec(node.data) || issueReference.exec(node.data);
            if (found) {
                problems.push(`GitHub would link "${found[2]}" (a mention or an issue reference) in "${node.data.trim()}"`);
            }
        }
    }

    window.checkComment = async (column) => {
        const problems = [];
        await drawCharts(column, problems);
        checkWidths(column, problems);
        checkInputStayedText(column, problems);
        return problems;
    };
})();
