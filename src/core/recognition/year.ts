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
  for (const c of e.captions) vote(singleYear(c) ?? rangeEnd(c), 2);
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

/** The last year of a period in a caption ("Perbandingan 2022–2024", "2022 s.d 2024"): the report's year. */
function rangeEnd(text: string): number | null {
  const m = /\b(20\d{2})\s*(?:[-–—]|s\.?\s?d\.?|sampai(?: dengan)?|hingga)\s*(20\d{2})\b/i.exec(text);
  return m && Number(m[2]) > Number(m[1]) ? Number(m[2]) : null;
}
