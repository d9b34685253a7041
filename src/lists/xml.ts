// Streaming XML: reads a file in chunks with saxes and yields one small element tree per record (the
// elements at a given depth), so a 25 MB list never sits in memory as one DOM. Never resolves entities
// beyond the five XML ones: a DOCTYPE that declares entities or names an external DTD is refused
// (XXE, billion laughs). Errors name the file, the line and the element being read.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { DossierError } from '../model/index.ts';

export interface XNode {
  /** Local name (namespace prefix dropped): EU and OFAC files carry a default namespace. */
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
  line: number;
}

export interface XmlDoc {
  /** The root element (attributes only, no children), set once its start tag has been read. */
  root: XNode | null;
  records: AsyncIterable<XNode>;
}

const localName = (n: string) => (n.includes(':') ? n.slice(n.indexOf(':') + 1) : n);

/** Refuses a DOCTYPE that could make a parser fetch or expand anything. */
export function checkDoctype(doctype: string, file: string, line: number): void {
  if (/<!ENTITY/i.test(doctype)) {
    throw new DossierError(
      'bad_input',
      'XML with a DOCTYPE declaring entities is refused (external entities and entity expansion — XXE, "billion laughs" — are never resolved)',
      { file, line, element: '!DOCTYPE' },
    );
  }
  if (/\b(SYSTEM|PUBLIC)\b/.test(doctype)) {
    throw new DossierError('bad_input', 'XML with a DOCTYPE naming an external DTD is refused (never fetched)', {
      file,
      line,
      element: '!DOCTYPE',
    });
  }
}

/**
 * Streams `file` and yields every element whose depth is `recordDepth` (root = 1) as a tree.
 * `encoding` is the file's text encoding (all XML lists seen so far are UTF-8).
 */
export function readXmlRecords(file: string, recordDepth: number): XmlDoc {
  const doc: XmlDoc = { root: null, records: iterate() };
  async function* iterate(): AsyncGenerator<XNode> {
    const parser = new SaxesParser({ fileName: file, position: true });
    const stack: XNode[] = [];
    const done: XNode[] = [];
    let failure: unknown = null;
    const path = () => stack.map((n) => n.name).join('/');
    parser.on('doctype', (d) => checkDoctype(d, file, parser.line));
    parser.on('opentag', (tag) => {
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(tag.attributes)) attrs[localName(k)] = String(v);
      const node: XNode = { name: localName(tag.name), attrs, children: [], text: '', line: parser.line };
      if (stack.length === 0) doc.root = node;
      else if (stack.length >= recordDepth) stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    });
    const onText = (t: string) => {
      if (stack.length >= recordDepth) stack[stack.length - 1]!.text += t;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', () => {
      const node = stack.pop();
      if (node && stack.length === recordDepth - 1) done.push(node);
    });
    parser.on('error', (err) => {
      failure ??= err;
    });
    let lastLine = 1;
    const wrap = (err: unknown): DossierError => {
      if (err instanceof DossierError) return err;
      const msg = String((err as Error).message ?? err).replace(/^[^\n]*?:\d+:\d+: /, '');
      const truncated = /unclosed|unexpected end|document must contain|Unclosed/i.test(msg);
      return new DossierError(
        'bad_input',
        truncated ? `XML ends early (truncated file?): ${msg}` : `malformed XML: ${msg}`,
        { file, line: Math.max(parser.line, lastLine), element: path() || undefined },
        { cause: err },
      );
    };
    const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
    try {
      let first = true;
      for await (const chunk of stream) {
        let text = chunk as string;
        if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 byte-order mark
        first = false;
        try {
          parser.write(text);
        } catch (err) {
          throw wrap(err);
        }
        if (failure) throw wrap(failure);
        lastLine = parser.line;
        while (done.length) yield done.shift()!;
      }
      try {
        parser.close();
      } catch (err) {
        throw wrap(err);
      }
      if (failure) throw wrap(failure);
      if (!doc.root) throw new DossierError('bad_input', 'no XML element found (empty file?)', { file, line: 1 });
      while (done.length) yield done.shift()!;
    } finally {
      stream.destroy();
    }
  }
  return doc;
}

// ---- small readers over an XNode tree (local names) ----

export function kid(n: XNode | undefined, name: string): XNode | undefined {
  return n?.children.find((c) => c.name === name);
}
export function kids(n: XNode | undefined, name: string): XNode[] {
  return n ? n.children.filter((c) => c.name === name) : [];
}
/** Trimmed text of the first child called `name` (a path `a/b` walks down), or null when empty. */
export function txt(n: XNode | undefined, name?: string): string | null {
  let cur: XNode | undefined = n;
  if (name) for (const part of name.split('/')) cur = kid(cur, part);
  const t = cur?.text.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
/** Texts of every descendant on `path` (e.g. `NATIONALITY/VALUE`), trimmed, empty dropped. */
export function txts(n: XNode | undefined, path: string): string[] {
  let level: XNode[] = n ? [n] : [];
  for (const part of path.split('/')) level = level.flatMap((x) => kids(x, part));
  return level.map((x) => x.text.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0);
}

/** The records of `doc`, refusing a file whose root element is not `root` (`what` names the format). */
export async function* recordsUnder(doc: XmlDoc, file: string, root: string, what: string): AsyncGenerator<XNode> {
  for await (const n of doc.records) {
    if (doc.root?.name !== root) {
      throw new DossierError('bad_input', `not ${what} (root element ${doc.root?.name})`, { file, line: 1, element: doc.root?.name });
    }
    yield n;
  }
}
