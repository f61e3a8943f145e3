/**
 * What the checks evaluated: every recomputed cell, the cells it was computed from, and whether the
 * printed value held. Two things are read from it after the checks ran:
 *
 * - the confirmation gate: a relation (one check on one column of one table) that most of its rows
 *   break is a misreading of the table, not a column of errors — its row findings are replaced by
 *   one column-level note (see `confirm.ts`);
 * - coverage: which numeric cells a confirmed relation used (see `coverage.ts`).
 */
import { cellIndex, MAX_COLUMNS } from '../model/address';
import type { RecognizedTable } from '../recognition/types';
import type { CheckId, Finding } from '../report';
import { numbersConfirm } from './confirm';
import { appendTo } from '../util/multimap';

export interface Evaluation {
  row: number;
  /** The printed cell, A1 style. */
  cell: string;
  /** The cells its value was computed from, A1 style. */
  inputs: readonly string[];
  holds: boolean;
  /** The finding this evaluation made, when it made one (the gate drops exactly it). */
  finding?: Finding;
}

/** One relation instance: one check's formula applied to one column of one table. */
export interface Relation {
  key: string;
  table: RecognizedTable;
  check: CheckId;
  /** 0-based sheet column of the printed cells. */
  col: number;
  /** What the column holds, for a message ("Capaian", "Sisa"). */
  what: string;
  /** A relation down the column (a total against its rows) rather than across the row. */
  vertical: boolean;
  /** Another reading of the column, found from the numbers, explains its rows where this one does not. */
  superseded?: boolean;
  /** Share of broken rows above which the relation is taken as a misreading (confirm.ts MAX_BROKEN_SHARE unless set). */
  misreadShare?: number;
  /** How many rows were evaluated, and how many of them do not hold (kept by the ledger). */
  evaluated: number;
  broken: number;
  /**
   * The evaluations that did not hold when recorded (the gate drops their findings; a later check may
   * find they hold after all). Those that held are not kept: only their cells are, in `cells`.
   */
  failures: Evaluation[];
  /** Every cell an evaluation used, printed and inputs, as cell indices (model/address.ts), for coverage. */
  cells: number[];
}

export class Ledger {
  private readonly relations = new Map<string, Relation>();
  /** The relations across the row, by table and printed column. */
  private readonly across = new Map<RecognizedTable, Map<number, Relation[]>>();
  private last: Relation | null = null;

  /** Records one evaluated cell of a relation. */
  evaluated(
    table: RecognizedTable,
    check: CheckId,
    col: number,
    what: string,
    evaluation: Evaluation,
    how: { vertical?: boolean; misreadShare?: number } = {},
  ): { evaluation: Evaluation; relation: Relation } {
    // Checks record a column's rows one after another: the relation of the last call is usually the one.
    const last = this.last;
    if (last && last.table === table && last.check === check && last.col === col && last.what === what) return this.record(last, evaluation);
    const key = `${check}|${table.id}|${col}|${what}`;
    let r = this.relations.get(key);
    if (!r) {
      r = { key, table, check, col, what, vertical: !!how.vertical, ...(how.misreadShare !== undefined ? { misreadShare: how.misreadShare } : {}), evaluated: 0, broken: 0, failures: [], cells: [] };
      this.relations.set(key, r);
      if (!r.vertical) {
        let byCol = this.across.get(table);
        if (!byCol) this.across.set(table, (byCol = new Map()));
        appendTo(byCol, col, r);
      }
    }
    this.last = r;
    return this.record(r, evaluation);
  }

  private record(relation: Relation, evaluation: Evaluation): { evaluation: Evaluation; relation: Relation } {
    relation.evaluated++;
    if (!evaluation.holds) {
      relation.broken++;
      relation.failures.push(evaluation);
    }
    const cells = relation.cells;
    cells.push(evaluation.row * MAX_COLUMNS + relation.col);
    for (const a1 of evaluation.inputs) {
      const k = cellIndex(a1);
      if (k >= 0) cells.push(k);
    }
    return { evaluation, relation };
  }

  /** An evaluation found to hold after all (its input's right value explains it). */
  holds(relation: Relation, evaluation: Evaluation): void {
    if (evaluation.holds) return;
    evaluation.holds = true;
    relation.broken--;
  }

  /** True when a relation across the row that the numbers confirm already computes this column of this table. */
  computes(table: RecognizedTable, col: number): boolean {
    for (const r of this.acrossTheRow(table, col)) {
      if (!r.superseded && numbersConfirm(r.evaluated, r.broken)) return true;
    }
    return false;
  }

  /** The best-holding relation across the row that computes this column: rows evaluated and broken; null when none. */
  bestFit(table: RecognizedTable, col: number): { evaluated: number; broken: number } | null {
    let best: { evaluated: number; broken: number } | null = null;
    for (const r of this.acrossTheRow(table, col)) {
      const fit = { evaluated: r.evaluated, broken: r.broken };
      if (!best || fit.broken * best.evaluated < best.broken * fit.evaluated) best = fit;
    }
    return best;
  }

  /**
   * Marks relations across the row on this column as superseded by another reading the numbers
   * bear out better: those most of their rows break, or every one with `all`.
   */
  supersede(table: RecognizedTable, col: number, all = false): void {
    for (const r of this.acrossTheRow(table, col)) if (all || r.broken * 2 > r.evaluated) r.superseded = true;
  }

  private acrossTheRow(table: RecognizedTable, col: number): Relation[] {
    return this.across.get(table)?.get(col) ?? [];
  }

  /** Rows evaluated and broken by one check on one column, over all its relations there. */
  tally(table: RecognizedTable, check: CheckId, col: number): { evaluated: number; broken: number } {
    let evaluated = 0;
    let broken = 0;
    for (const r of this.relations.values()) {
      if (r.table !== table || r.check !== check || r.col !== col) continue;
      evaluated += r.evaluated;
      broken += r.broken;
    }
    return { evaluated, broken };
  }

  /** Forgets one check's relations on one column (a reading the numbers did not bear out). */
  discard(table: RecognizedTable, check: CheckId, col: number): void {
    for (const [key, r] of this.relations) {
      if (r.table !== table || r.check !== check || r.col !== col) continue;
      this.relations.delete(key);
      if (this.last === r) this.last = null;
      const byCol = this.across.get(table);
      const list = byCol?.get(col);
      if (list && list.includes(r)) byCol!.set(col, list.filter((x) => x !== r));
    }
  }

  all(): Relation[] {
    return [...this.relations.values()];
  }
}
