/**
 * Grade targets of the SAKIP score: `72/BB`, `72,00 / B`, `BB (72)` — a score with its grade
 * letter (AA, A, BB, B, CC, C, D). The score is the number to compute with.
 */
import { parseNumberText } from '../numbers/parse';

const GRADE = '(?:AA|A|BB|B|CC|C|D)';
const SCORE_FIRST = new RegExp(`^([\\d.,]+)\\s*(?:/|\\(|-)\\s*${GRADE}\\s*\\)?$`, 'i');
const GRADE_FIRST = new RegExp(`^${GRADE}\\s*(?:/|\\(|-)\\s*([\\d.,]+)\\s*\\)?$`, 'i');

/** The score of a grade target (`72/BB` → 72, `72,00 / B` → 72); null when the text is not one. */
export function gradeTargetNumber(text: string): number | null {
  const t = text.replace(/\u00a0/g, ' ').trim();
  const match = SCORE_FIRST.exec(t) ?? GRADE_FIRST.exec(t);
  if (!match) return null;
  const score = parseNumberText(match[1]);
  return score.kind === 'number' ? score.value : null;
}
