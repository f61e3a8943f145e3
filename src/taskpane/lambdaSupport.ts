/**
 * Whether this Excel has LAMBDA, which the portable formulas (workbook names such as
 * CAPAIAN = LAMBDA(…)) need: Microsoft 365 and Excel 2024 have it, Excel 2021 has the shared runtime
 * but no LAMBDA ("LAMBDA function", support.microsoft.com). No requirement set tells, so only the
 * host can find out (an optional `supportsLambda` method); without one the answer is unknown (null).
 */
import type { WorkbookHost } from '../host/types';

interface LambdaProbe {
  supportsLambda?(): Promise<boolean>;
}

export async function lambdaSupport(host: WorkbookHost): Promise<boolean | null> {
  const probe = (host as WorkbookHost & LambdaProbe).supportsLambda;
  if (typeof probe !== 'function') return null;
  try {
    return await probe.call(host);
  } catch {
    return null;
  }
}
