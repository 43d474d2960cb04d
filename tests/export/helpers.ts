/**
 * Readers for the export tests: a zip entry of a .docx (yauzl), and the two ways a reviewer can
 * resolve its tracked changes, read from word/document.xml with a real XML parser (saxes).
 */
import yauzl from 'yauzl';
import { SaxesParser } from 'saxes';

/** The text of one entry of a zip archive. */
export function readZipEntry(bytes: Uint8Array, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => reject(new Error(`${name} not found`)));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

type Op = 'equal' | 'insert' | 'delete';

interface XmlParagraph {
  style?: string;
  mark: Op;
  parts: { op: Op; text: string }[];
}

/** The paragraphs of a document.xml with the revision state of every run and mark. */
export function readParagraphs(xml: string): XmlParagraph[] {
  const parser = new SaxesParser();
  const paragraphs: XmlParagraph[] = [];
  const stack: string[] = [];
  let current: XmlParagraph | undefined;
  let textTarget: Op | undefined;
  const runOp = (): Op =>
    stack.includes('w:pPr')
      ? 'equal'
      : stack.includes('w:ins')
        ? 'insert'
        : stack.includes('w:del')
          ? 'delete'
          : 'equal';
  parser.on('opentag', (tag) => {
    const inMarkProps = stack[stack.length - 1] === 'w:rPr' && stack[stack.length - 2] === 'w:pPr';
    if (tag.name === 'w:p') current = { mark: 'equal', parts: [] };
    else if (current && inMarkProps && tag.name === 'w:ins') current.mark = 'insert';
    else if (current && inMarkProps && tag.name === 'w:del') current.mark = 'delete';
    else if (current && tag.name === 'w:pStyle') current.style = String(tag.attributes['w:val']);
    else if (current && (tag.name === 'w:t' || tag.name === 'w:delText')) textTarget = runOp();
    else if (current && tag.name === 'w:br') current.parts.push({ op: runOp(), text: '\n' });
    if (!tag.isSelfClosing) stack.push(tag.name);
  });
  parser.on('text', (text) => {
    if (current && textTarget) current.parts.push({ op: textTarget, text });
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
    if (tag.name === 'w:t' || tag.name === 'w:delText') textTarget = undefined;
    if (tag.name === 'w:p' && current) {
      paragraphs.push(current);
      current = undefined;
    }
  });
  parser.write(xml).close();
  return paragraphs;
}

/**
 * The paragraphs a reviewer gets by accepting (or rejecting) every change: inserted text kept
 * (or dropped), deleted text dropped (or kept), a deleted (or inserted) paragraph mark joining
 * its paragraph to the next.
 */
export function resolveRevisions(paragraphs: readonly XmlParagraph[], accept: boolean): string[] {
  const keep: Op = accept ? 'insert' : 'delete';
  const join: Op = accept ? 'delete' : 'insert';
  const out: string[] = [];
  let pending = '';
  for (const p of paragraphs) {
    pending += p.parts
      .filter((x) => x.op === 'equal' || x.op === keep)
      .map((x) => x.text)
      .join('');
    if (p.mark === join) continue;
    out.push(pending);
    pending = '';
  }
  if (pending) out.push(pending);
  return out;
}
