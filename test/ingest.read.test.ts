// Reading documents: canonical text, metadata, HTML sanitisation, PDF, and every kind of bad input.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalText, parseDate, readDocument, splitHeader } from '../src/ingest/index.ts';
import { DossierError } from '../src/model/index.ts';
import { makePdf } from './helpers/pdf.ts';

const here = dirname(fileURLToPath(import.meta.url));
const VOA = join(here, 'fixtures', 'ingest', '08-voa-2023-hamas-sanctions.txt');
const OPED = join(here, '..', 'data', 'seed', 'op-ed.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('canonical text', () => {
  it.each([
    ['CRLF and CR line ends become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['decomposed accents are composed (NFC)', 'Qaddoumi e\u0301', 'Qaddoumi é'],
    ['a byte-order mark is dropped', '\uFEFFHamas', 'Hamas'],
    ['Unicode line/paragraph separators become LF', 'a\u2028b\u2029c', 'a\nb\nc'],
  ])('%s', (_why, input, want) => {
    expect(canonicalText(input)).toBe(want);
  });
});

describe('dates in metadata', () => {
  it.each([
    ['ISO day', '2023-10-27', '2023-10-27'],
    ['ISO timestamp keeps the day', '2025-04-22T09:30:00+05:30', '2025-04-22'],
    ['year-month', '2018-10', '2018-10'],
    ['PDF date', 'D:20250205120000Z', '2025-02-05'],
    ['day month year', '22 April 2025', '2025-04-22'],
    ['month day, year', 'April 22, 2025', '2025-04-22'],
    ['month year', 'April 2025', '2025-04'],
    ['a note in brackets after the date is left out', '2007-08-10 (from the address)', '2007-08-10'],
    ['unknown with a note is no date', 'unknown (no date in the stored text)', null],
    ['unknown is no date', 'unknown', null],
    ['an impossible day is no date', '2025-02-30', null],
  ])('%s: %s', (_why, input, want) => {
    expect(parseDate(input)).toBe(want);
  });
});

describe('header lines', () => {
  it('reads Title/Source/Published/Licence from the VOA document and starts the body after the blank line', async () => {
    const raw = readFileSync(VOA, 'utf8');
    const doc = await readDocument(VOA);
    expect(doc.title).toBe('US Imposes New Sanctions on Hamas');
    expect(doc.url).toBe('https://www.voanews.com/a/us-imposes-new-sanctions-on-hamas/7329639.html');
    expect(doc.published).toBe('2023-10-27');
    expect(doc.licence).toMatch(/^Public domain/);
    expect(doc.text).toBe(raw.slice(raw.indexOf('\n\n') + 2));
    expect(doc.text.startsWith('The U.S. Treasury Department announced')).toBe(true);
  });

  it.each([
    ['prose that happens to have a colon is not a header', 'Note: this is prose.\nIt goes on.\n\nMore.', 0],
    ['a header needs Title, Source, URL or Published', 'Excerpt: yes\n\nBody.', 0],
    ['a known header block is cut off', 'Title: T\nPublished: unknown\n\nBody.', 'Title: T\nPublished: unknown\n\n'.length],
  ])('%s', (_why, text, bodyStart) => {
    expect(splitHeader(text).bodyStart).toBe(bodyStart);
  });

  it('the op-ed, with no header, keeps its whole text and takes its first line as title', async () => {
    const doc = await readDocument(OPED);
    expect(doc.text).toBe(readFileSync(OPED, 'utf8').normalize('NFC'));
    expect(doc.title).toBe('Pakistan Harboring Hamas: Stand with India—Diplomatic Illusions Must End');
    expect(doc.published).toBeNull();
  });
});

describe('HTML', () => {
  const script = (marker: string) =>
    `<script>var ${marker} = 1; document.write("${marker}")</script><script type="application/ld+json">{"x":"${marker}J"}</script>`;
  const page = `<!doctype html><html><head><title>Page title</title>
    <meta property="og:title" content="US Imposes New Sanctions on Hamas">
    <meta name="author" content="VOA News"><meta property="og:site_name" content="Voice of America">
    <meta property="article:published_time" content="2023-10-27T17:02:00Z">
    <link rel="canonical" href="https://www.voanews.com/a/7329639.html">
    ${script('HEADSCRIPT')}<style>.x { content: "STYLETEXT" }</style></head>
    <body onload="BODYATTR()"><nav>Home | World | STYLENAV</nav>${script('TOPSCRIPT')}
    <article><h1>US Imposes New Sanctions on Hamas</h1>
    <p>The U.S. Treasury Department announced a second round of sanctions Friday on the Palestinian militant
    group Hamas and Hamas-linked officials in response to its October 7 attack on Israel.</p>${script('MIDSCRIPT')}
    <p>The Treasury Department said in a statement the new sanctions, imposed through its Office of Foreign
    Asset Control, target Hamas financial networks and individuals who have facilitated the evasion of sanctions.</p>
    <noscript>NOSCRIPTTEXT enable JavaScript</noscript><iframe src="x">IFRAMETEXT</iframe>
    <p>The sanctions include members of Iran’s Revolutionary Guard Corp and a Gaza-based organization.</p></article>
    ${script('ENDSCRIPT')}</body></html>`;

  it('keeps the article paragraphs as blocks and never lets script, style or noscript text in', async () => {
    const doc = await readDocument(put('page.html', page));
    for (const marker of ['HEADSCRIPT', 'TOPSCRIPT', 'MIDSCRIPT', 'ENDSCRIPT', 'STYLETEXT', 'NOSCRIPTTEXT', 'IFRAMETEXT', 'BODYATTR', 'document.write']) {
      expect(doc.text).not.toContain(marker);
    }
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.some((p) => p.startsWith('The U.S. Treasury Department announced') && p.endsWith('attack on Israel.'))).toBe(true);
    expect(doc.text).toContain('Iran’s Revolutionary Guard Corp');
  });

  it('reads title, author, publisher, date and url from the meta tags', async () => {
    const doc = await readDocument(put('meta.html', page));
    expect(doc).toMatchObject({
      title: 'US Imposes New Sanctions on Hamas',
      author: 'VOA News',
      publisher: 'Voice of America',
      published: '2023-10-27',
      url: 'https://www.voanews.com/a/7329639.html',
    });
  });

  it('a short page that Readability gives up on is read block by block', async () => {
    const doc = await readDocument(put('short.html', '<html><body><p>Hamas met in Rawalakot.</p><p>Second one.</p><script>NOPE()</script></body></html>'));
    expect(doc.text).toBe('Hamas met in Rawalakot.\n\nSecond one.');
  });
});

describe('Markdown', () => {
  it('is read as text: markup gone, paragraphs kept, embedded scripts dropped', async () => {
    const md = 'Title: A note\nPublished: 2025-02-05\n\n# Rawalakot\n\nHamas **representatives** attended, per [reports](https://x.invalid).\n\n<script>MDSCRIPT()</script>\n\n- first\n- second\n';
    const doc = await readDocument(put('note.md', md));
    expect(doc.title).toBe('A note');
    expect(doc.published).toBe('2025-02-05');
    expect(doc.text).toBe('Rawalakot\n\nHamas representatives attended, per reports.\n\nfirst\n\nsecond');
  });
});

describe('PDF', () => {
  it('reads the text layer page by page and the Info dictionary', async () => {
    const pdf = makePdf(
      [['Hamas representatives attended a conference in Rawalakot.', 'Khaled Qaddoumi spoke there.'], ['A second page.']],
      { Title: 'Rawalakot conference', Author: 'Jane Roe', CreationDate: 'D:20250205120000Z' },
    );
    const doc = await readDocument(put('conf.pdf', pdf));
    expect(doc.text).toBe('Hamas representatives attended a conference in Rawalakot.\nKhaled Qaddoumi spoke there.\n\nA second page.');
    expect(doc).toMatchObject({ title: 'Rawalakot conference', author: 'Jane Roe', published: '2025-02-05', format: 'pdf' });
  });
});

describe('bad input: an error naming the file and the problem', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a corrupt PDF', () => put('corrupt.pdf', makePdf([['Hamas']]).subarray(0, 120)), /corrupt PDF/],
    ['a file named .pdf that is not one', () => put('fake.pdf', 'just text'), /not a PDF/],
    ['a binary file named .txt', () => put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /binary content/],
    ['HTML full of scripts', () => put('scripts.html', `<html><head>${'<script>track()</script>'.repeat(50)}</head><body>${'<script>ad()</script><style>p{}</style>'.repeat(50)}</body></html>`), /no readable text/],
    ['a 50 MB file (over the 20 MB default limit)', () => {
      const p = put('huge.txt', '');
      truncateSync(p, 50 * 1024 * 1024); // sparse: nothing is written
      return p;
    }, /50\.0 MB, over the 20\.0 MB limit/],
    ['non-UTF-8 text (Windows-1252)', () => put('latin1.txt', Buffer.from('Title: Caf\xe9\n\nna\xefve text\n', 'latin1')), /not valid UTF-8 \(byte 0xe9 at offset 10\)/],
    ['an empty file', () => put('empty.txt', ''), /no text/],
    ['an unsupported file type', () => put('report.docx', 'x'), /unsupported file type "\.docx"/],
    ['a file that does not exist', () => join(dir, 'missing.txt'), /cannot read file \(ENOENT\)/],
  ];
  it.each(cases)('%s', async (_why, make, problem) => {
    const file = make();
    const err = await readDocument(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DossierError);
    const e = err as DossierError;
    expect(e.code).toBe('bad_input');
    expect(e.where?.file).toBe(file);
    expect(e.describe()).toContain(file);
    expect(e.message).toMatch(problem);
  });

  it('the size limit is configurable', async () => {
    const p = put('two-kb.txt', 'Hamas. '.repeat(300));
    await expect(readDocument(p, { maxBytes: 1024 })).rejects.toThrow(/2 KB, over the 1 KB limit/);
    await expect(readDocument(p, { maxBytes: 4096 })).resolves.toMatchObject({ format: 'txt' });
  });

  it('non-UTF-8 text is read when its encoding is named', async () => {
    const p = put('latin1-ok.txt', Buffer.from('na\xefve caf\xe9\n', 'latin1'));
    const doc = await readDocument(p, { encoding: 'windows-1252' });
    expect(doc.text).toBe('naïve café\n');
  });
});
