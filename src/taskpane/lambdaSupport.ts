/**
 * Whether this Excel has LAMBDA, which the portable formulas (workbook names such as
 * CAPAIAN = LAMBDA(…)) need: Microsoft 365 and Excel 2024 have it, Excel 2021 has the shared runtime
 * but no LAMBDA ("LAMBDA function", support.microsoft.com). No requirement set tells, so the host
 * probes (WorkbookHost.supportsLambda); null when it cannot tell.
 */
import type { WorkbookHost } from '../host/types';

export async function lambdaSupport(host: WorkbookHost): Promise<boolean | null> {
  try {
    return await host.supportsLambda();
  } catch {
    return null;
  }
}
