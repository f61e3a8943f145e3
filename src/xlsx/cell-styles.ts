/**
 * The styles part (`xl/styles.xml`) as far as the check uses it: for each cell style (`s` of a
 * cell, an index into `<cellXfs>`), its number format, bold font, indent and whether it makes a
 * number a date, as ExcelJS reads them. No Node imports.
 */
import { builtInFormat, formatCode, isDateFormat } from './number-formats';
import { type Tag, type TagHandler } from './xml-scan';

/** What a cell's style gives its model; style 0 (and one not in the part) gives nothing, as ExcelJS reads it. */
export interface CellStyles {
  /** Number format code, General left out. */
  readonly format: readonly (string | undefined)[];
  readonly bold: readonly boolean[];
  readonly indent: readonly number[];
  readonly date: readonly boolean[];
}

export const NO_STYLES: CellStyles = { format: [], bold: [], indent: [], date: [] };

const NAMES = ['numFmts', 'numFmt', 'fonts', 'font', 'b', 'cellXfs', 'xf', 'alignment'] as const;
const [NUM_FMTS, NUM_FMT, FONTS, FONT, BOLD, CELL_XFS, XF, ALIGNMENT] = NAMES.map((_, i) => i);

interface Xf {
  numFmtId: number;
  fontId: number;
  indent: number;
}

/** Reads the lists the styles need; dxfs and cell style xfs, which hold the same elements, are passed over. */
export class StylesHandler implements TagHandler {
  readonly names = NAMES;
  readonly collecting = false;
  private list = -1;
  private readonly formats = new Map<number, string>();
  private readonly fontBold: boolean[] = [];
  private readonly xfs: Xf[] = [];

  open(name: number, tag: Tag, selfClosing: boolean): void {
    if (name === NUM_FMTS || name === FONTS || name === CELL_XFS) {
      if (!selfClosing) this.list = name;
    } else if (name === NUM_FMT && this.list === NUM_FMTS) {
      const code = tag.value('formatCode');
      if (code !== undefined) this.formats.set(parseInt(tag.value('numFmtId') ?? '', 10), formatCode(code));
    } else if (name === FONT && this.list === FONTS) {
      this.fontBold.push(false);
    } else if (name === BOLD && this.list === FONTS && this.fontBold.length > 0) {
      // ExcelJS takes any <b> as bold, also <b val="0"/>.
      this.fontBold[this.fontBold.length - 1] = true;
    } else if (name === XF && this.list === CELL_XFS) {
      this.xfs.push({ numFmtId: parseInt(tag.value('numFmtId') ?? '', 10), fontId: parseInt(tag.value('fontId') ?? '', 10), indent: 0 });
    } else if (name === ALIGNMENT && this.list === CELL_XFS && this.xfs.length > 0) {
      this.xfs[this.xfs.length - 1].indent = parseInt(tag.value('indent') ?? '', 10) || 0;
    }
  }

  close(name: number): void {
    if (name === this.list) this.list = -1;
  }

  text(): void {}

  styles(): CellStyles {
    const format: (string | undefined)[] = [];
    const bold: boolean[] = [];
    const indent: number[] = [];
    const date: boolean[] = [];
    this.xfs.forEach((xf, i) => {
      if (i === 0) return;
      const code = xf.numFmtId ? this.formats.get(xf.numFmtId) || builtInFormat(xf.numFmtId) : undefined;
      format[i] = code === 'General' ? undefined : code;
      date[i] = isDateFormat(code);
      bold[i] = this.fontBold[xf.fontId] ?? false;
      indent[i] = xf.indent;
    });
    return { format, bold, indent, date };
  }
}
