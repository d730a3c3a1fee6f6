// Runs in the page. Strips from cmark-gfm's HTML what GitHub strips from a comment: elements outside its allowlist
// (their text is kept, except for script and style), attributes outside its allowlist, and links to other schemes
// than http, https and mailto. The lists follow GitHub's documented comment sanitisation; this is our own code.
(() => {
    const allowedElements = new Set([
        'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'br', 'b', 'i', 'strong', 'em', 'a', 'pre', 'code', 'img', 'tt',
        'div', 'ins', 'del', 'sup', 'sub', 'p', 'ol', 'ul', 'table', 'thead', 'tbody', 'tfoot', 'blockquote', 'dl', 'dt',
        'dd', 'kbd', 'q', 'samp', 'var', 'hr', 'ruby', 'rt', 'rp', 'li', 'tr', 'td', 'th', 's', 'strike', 'summary',
        'details', 'caption', 'figure', 'figcaption', 'abbr', 'bdo', 'cite', 'dfn', 'mark', 'small', 'span', 'time',
        'wbr', 'input',
    ]);
    const droppedWithContent = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript']);
    const allowedAttributes = new Set([
        'abbr', 'accept', 'accept-charset', 'accesskey', 'action', 'align', 'alt', 'aria-describedby', 'aria-hidden',
        'aria-label', 'aria-labelledby', 'axis', 'border', 'cellpadding', 'cellspacing', 'char', 'charoff', 'charset',
        'checked', 'clear', 'cols', 'colspan', 'color', 'compact', 'coords', 'datetime', 'dir', 'disabled', 'enctype',
        'for', 'frame', 'headers', 'height', 'hreflang', 'hspace', 'ismap', 'label', 'lang', 'maxlength', 'media',
        'method', 'multiple', 'name', 'nohref', 'noshade', 'nowrap', 'open', 'progress', 'prompt', 'readonly', 'rel',
        'rev', 'role', 'rows', 'rowspan', 'rules', 'scope', 'selected', 'shape', 'size', 'span', 'start', 'summary',
        'tabindex', 'target', 'title', 'type', 'usemap', 'valign', 'value', 'vspace', 'width', 'itemprop',
    ]);
    const urlAttributes = { a: ['href'], img: ['src', 'longdesc'] };
    // cmark-gfm marks fenced code with its language as a class; GitHub keeps that as the block's language.
    const keptClasses = /^language-[\w-]+$/;

    function safeUrl(value) {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim());
        return !scheme || ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase());
    }

    function clean(node) {
        for (const child of [...node.childNodes]) {
            if (child.nodeType === Node.COMMENT_NODE) {
                child.remove();
                continue;
            }
            if (child.nodeType !== Node.ELEMENT_NODE) {
                continue;
            }
            const name = child.localName;
            if (droppedWithContent.has(name)) {
                child.remove();
                continue;
            }
            clean(child);
            if (!allowedElements.has(name)) {
                child.replaceWith(...child.childNodes);
                continue;
            }
            for (const attribute of [...child.attributes]) {
                const urlAttribute = (urlAttributes[name] || []).includes(attribute.name);
                const keep =
                    (urlAttribute && safeUrl(attribute.value)) ||
                    (!urlAttribute && allowedAttributes.has(attribute.name)) ||
                    (attribute.name === 'class' && name === 'code' && keptClasses.test(attribute.value));
                if (!keep) {
                    child.removeAttribute(attribute.name);
                }
            }
        }
    }

    window.sanitizeCommentHtml = (html) => {
        const template = document.createElement('template');
        template.innerHTML = html;
        clean(template.content);
        return template.content;
    };
})();
