/** Core outcomes that are not a number, as the Excel error a KINERJA formula shows. */
import type { CapaianOutcome } from '../core/formulas/capaian';
import { toNumber } from '../core/numbers/parse';
import { shown } from './arguments';
import { divisionByZero, invalidValue, notAvailable } from './errors';

/** The capaian value, or the error that says why there is none. `target` is the argument as given. */
export function capaianResult(outcome: CapaianOutcome, target: unknown): number {
  switch (outcome.kind) {
    case 'value':
      return outcome.value;
    case 'no-target':
      if (toNumber(target) === 0) throw divisionByZero();
      throw notAvailable(`Target ${shown(target)}: tidak ada target, capaian tidak dapat dihitung.`);
    case 'no-data':
      throw notAvailable('Realisasi kosong: belum ada data, capaian tidak dapat dihitung.');
    case 'qualitative':
      throw invalidValue(`Target ${shown(target)} bukan angka (target kualitatif): capaian tidak dapat dihitung.`);
    case 'not-computable':
      throw invalidValue(`Capaian tidak dapat dihitung: ${outcome.reason}.`);
  }
}
