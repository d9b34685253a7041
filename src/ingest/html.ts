// HTML → main text and metadata. Readability (over a linkedom DOM) picks the article; the text is then
// built block by block (paragraphs, headings, list items, quotes, table cells) so paragraphs survive as
// blank-line-separated blocks. Scripts, styles and other non-text elements are removed before anything
// reads the DOM, so their content never reaches the text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { EMPTY_META, parseDate, type DocumentMeta } from './metadata.ts';

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, math, link, meta, head > *:not(title)';
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface HtmlDocument {
  text: string;
  meta: DocumentMeta;
}

// linkedom's DOM types differ slightly from lib.dom's; the few members used here are typed locally.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomDocument {
  title: string;
  documentElement: DomElement;
  body: DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
}

/** Removes scripts, styles and other elements whose content is not text. */
export function dropNonText(doc: { querySelectorAll(sel: string): ArrayLike<{ remove(): void }> }): void {
  for (const el of Array.from(doc.querySelectorAll(DROP))) el.remove();
}

export function readHtml(html: string): HtmlDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const meta = htmlMeta(document);
  dropNonText(document);
  // Readability changes the DOM it reads, so it gets its own copy.
  const { document: copy } = parseHTML(html) as unknown as { document: DomDocument };
  dropNonText(copy);
  let article: { content?: string | null; title?: string | null; byline?: string | null; siteName?: string | null } | null = null;
  try {
    article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let text = '';
  if (article?.content) {
    const { document: main } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as {
      document: DomDocument;
    };
    text = blockText(main.body ?? main.documentElement);
  }
  // Readability gives up on short pages; then the whole body, block by block.
  if (!text.trim()) text = blockText(document.body ?? document.documentElement);
  meta.title ??= clean(article?.title ?? '') || null;
  meta.author ??= clean(article?.byline ?? '') || null;
  meta.publisher ??= clean(article?.siteName ?? '') || null;
  return { text, meta };
}

/** Text of `root`, one block per paragraph-level element, blocks separated by a blank line. */
export function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (t) blocks.push(t);
    cur = '';
  };
  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      cur += pre ? t : t.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      cur += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const isPre = pre || name === 'PRE';
    for (const child of Array.from(node.childNodes)) walk(child, isPre);
    if (block) flush();
    else if (name === 'TD' || name === 'TH') cur += ' ';
  };
  walk(root, false);
  flush();
  return blocks.join('\n\n');
}

function htmlMeta(doc: DomDocument): DocumentMeta {
  const metas = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, clean(content));
  }
  const first = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const published = first(
    'article:published_time',
    'citation_publication_date',
    'citation_date',
    'dc.date',
    'dcterms.created',
    'date',
    'pubdate',
    'datepublished',
    'og:published_time',
  );
  const timeEl = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    ...EMPTY_META,
    title: first('og:title', 'citation_title', 'dc.title', 'twitter:title') ?? (clean(doc.title) || null),
    author: first('author', 'article:author', 'citation_author', 'dc.creator', 'byl'),
    publisher: first('og:site_name', 'citation_publisher', 'dc.publisher', 'publisher', 'application-name'),
    published: (published && parseDate(published)) || (timeEl && parseDate(timeEl)) || null,
    url: [canonical, first('og:url')].find((u) => u && /^https?:\/\//i.test(u)) ?? null,
    licence: first('dc.rights', 'dcterms.license', 'license', 'copyright'),
  };
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
