/**
 * The shared strings part (`xl/sharedStrings.xml`) as ExcelJS reads it: each `<si>`'s text, rich
 * text runs joined, phonetic runs (`<rPh>`) left out, Excel's `_x000D_` escapes decoded. No Node imports.
 */
import type { Budget } from './budget';
import { decodeText, excelEscapes, type Tag, type TagHandler } from './xml-scan';

export interface SharedStrings {
  /** Each string's text; null for an empty `<si/>` (ExcelJS reads it as no text). */
  readonly texts: (string | null)[];
  /** Which strings are rich text (a hyperlink on one gives no text, as ExcelJS reads it). */
  readonly rich: boolean[];
}

const NAMES = ['si', 't', 'r', 'rPh'] as const;
const [SI, T, RUN, PHONETIC] = NAMES.map((_, i) => i);

export class SharedStringsHandler implements TagHandler {
  readonly names = NAMES;
  collecting = false;
  readonly strings: SharedStrings = { texts: [], rich: [] };
  private raw = '';
  private plain: string | null = null;
  private runs: string | null = null;
  private inRun = false;
  private inPhonetic = false;

  constructor(private readonly budget: Budget) {}

  open(name: number, _tag: Tag, selfClosing: boolean): void {
    if (name === SI) {
      this.budget.sharedStrings++;
      this.plain = null;
      this.runs = null;
      if (selfClosing) this.endString();
    } else if (name === T && !this.inPhonetic) {
      this.raw = '';
      if (selfClosing) this.endText();
      else this.collecting = true;
    } else if (name === RUN) {
      this.runs ??= '';
      this.inRun = !selfClosing;
    } else if (name === PHONETIC) {
      this.inPhonetic = !selfClosing;
    }
  }

  close(name: number): void {
    if (name === SI) this.endString();
    else if (name === T && this.collecting) this.endText();
    else if (name === RUN) this.inRun = false;
    else if (name === PHONETIC) this.inPhonetic = false;
  }

  text(xml: string, start: number, end: number): void {
    this.raw += xml.slice(start, end);
  }

  private endText(): void {
    this.collecting = false;
    const text = excelEscapes(decodeText(this.raw));
    if (this.inRun) this.runs += text;
    else this.plain = text;
  }

  private endString(): void {
    const { texts, rich } = this.strings;
    rich[texts.length] = this.runs !== null;
    texts.push(this.runs ?? this.plain);
  }
}
