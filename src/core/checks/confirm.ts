/**
 * The confirmation gate (issue "Checker v2", point 3): a row is reported as wrong only by a relation
 * that the numbers confirm — one that holds on the clear majority of the rows it could be evaluated
 * on. Formulas the sheet states in its numbering row are voted on too: a stated formula that most
 * rows break means its column numbers were misread. A relation that most rows break means the table was misread
 * (a weight column "(%)" read as absorption, a Rupiah column read as a percentage): its row findings
 * are replaced by one column-level note, and its cells count as not checked.
 */
import { address, columnLetter } from '../model/address';
import type { Grid } from '../recognition/grid';
import type { CheckId, Finding } from '../report';
import { shortLabel } from './context';
import type { Ledger, Relation } from './ledger';
import { headerText } from './table-columns';

/** Fewer evaluated rows than this: the numbers cannot outvote the header, which is trusted. */
export const MIN_ROWS_TO_VOTE = 5;
/**
 * A relation holds on the clear majority when at most this share of its evaluated rows break it.
 * Measured on the three real reports — on columns of five rows or more, real errors break at most
 * 5 rows in 29 (Pontianak's predicates read as "at least"), 3 in 31 and 6 in 80 — and on the
 * generated corpus, where a misread column breaks on 80–100 % of its rows.
 */
export const MAX_BROKEN_SHARE = 0.5;

export interface Unconfirmed {
  relation: Relation;
  broken: number;
  evaluated: number;
}

export interface Gated {
  findings: Finding[];
  unconfirmed: Unconfirmed[];
}

/** Whether a relation evaluated on `evaluated` rows, broken by `broken` of them, is confirmed by the numbers. */
export function numbersConfirm(evaluated: number, broken: number, misreadShare = MAX_BROKEN_SHARE): boolean {
  return evaluated < MIN_ROWS_TO_VOTE || broken <= evaluated * misreadShare;
}

function isConfirmed(r: Relation): { confirmed: boolean; broken: number } {
  return { confirmed: !r.superseded && numbersConfirm(r.evaluated, r.broken, r.misreadShare), broken: r.broken };
}

const key = (sheet: string, cell: string, check: string) => `${sheet}!${cell}|${check}`;

/** Drops the row findings of relations the numbers do not confirm, with one note per such column (naming the check by `label`). */
export function confirmRelations(ledger: Ledger, findings: Finding[], grid: (sheet: string) => Grid, label: (check: CheckId) => string): Gated {
  const unconfirmed: Unconfirmed[] = [];
  // The findings the misread relations made: by identity where the evaluation knows its finding, else by cell and check.
  const dropped = new Set<Finding>();
  const droppedAt = new Set<string>();
  for (const relation of ledger.all()) {
    const { confirmed, broken } = isConfirmed(relation);
    if (confirmed) continue;
    unconfirmed.push({ relation, broken, evaluated: relation.evaluated });
    for (const e of relation.failures) {
      if (e.holds) continue;
      if (e.finding) dropped.add(e.finding);
      else droppedAt.add(key(relation.table.sheet, e.cell, relation.check));
    }
  }
  const kept = findings.filter((f) => f.severity === 'info' || (!dropped.has(f) && !droppedAt.has(key(f.sheet, f.cell, f.check))));
  const notes = unconfirmed.map(({ relation: r, broken, evaluated }): Finding => {
    const header = shortLabel(headerText(grid(r.table.sheet), r.table, r.col), 60);
    return {
      sheet: r.table.sheet,
      cell: address(r.table.header.top, r.col),
      check: r.check,
      severity: 'info',
      message: `Kolom ${columnLetter(r.col)} "${header}" tidak mengikuti rumus ${label(r.check).toLowerCase()} (${r.what.toLowerCase()}) pada ${broken} dari ${evaluated} baris; kemungkinan kolom ini bermakna lain, jadi tidak diperiksa per baris.`,
    };
  });
  return { findings: [...kept, ...notes], unconfirmed };
}
