import { rangeAddress } from '../core/model/address';
import type { RecognizedTable } from '../core/recognition/types';

/** The table's whole range in A1 style: `A5:F99`. */
export function rangeOf(table: RecognizedTable): string {
  const a = table.area;
  return rangeAddress(a.top, a.left, a.bottom, a.right);
}
