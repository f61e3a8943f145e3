/** The report year: a vote of the file name, sheet names, captions and header years. */
import { singleYear } from './text';

export interface YearEvidence {
  fileName?: string;
  sheetNames: string[];
  captions: string[];
  headerYears: number[];
}

export function detectReportYear(e: YearEvidence): number | null {
  const votes = new Map<number, number>();
  const vote = (y: number | null, weight: number) => {
    if (y) votes.set(y, (votes.get(y) ?? 0) + weight);
  };
  vote(e.fileName ? singleYear(e.fileName.replace(/[_-]/g, ' ')) : null, 4);
  for (const s of e.sheetNames) vote(singleYear(s), 2);
  for (const c of e.captions) vote(singleYear(c), 2);
  for (const y of e.headerYears) vote(y, 1);
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && y > best)) {
      best = y;
      bestVotes = n;
    }
  }
  return best;
}
