/**
 * Whether this Excel calculates LAMBDA (Microsoft 365, Excel 2024, Excel on the web; not Excel
 * 2021, which has the shared runtime and ExcelApi sets of the same builds but no LAMBDA, so no
 * requirement set tells). The probe asks Excel itself: a temporary workbook name is added, its value
 * read (`NamedItem.value`: the name's formula calculated) and the name removed again in the same
 * batch; the workbook is left as it was. The formula parses in every Excel (LET and LAMBDA are
 * plain function calls to an Excel that lacks them, which gives #NAME?) and is 2 only where LAMBDA
 * works. When Excel refuses the name (e.g. a protected workbook structure) the answer is unknown.
 * It is one (empty) step on Excel's undo stack: call it when the user is about to choose, not at start-up.
 */
const PROBE = 'CERMAT_CEK_LAMBDA';
const PROBE_FORMULA = '=LET(f,LAMBDA(x,x+1),f(1))';

/** true / false: LAMBDA works or not; null: could not be told. */
export async function probeLambda(context: Excel.RequestContext): Promise<boolean | null> {
  const names = context.workbook.names;
  const left = names.getItemOrNullObject(PROBE);
  left.load('name');
  await context.sync();
  if (!left.isNullObject) left.delete();
  names.add(PROBE, PROBE_FORMULA);
  const probe = names.getItem(PROBE);
  probe.load('value');
  try {
    await context.sync();
  } catch {
    return null;
  }
  const works = probe.value === 2;
  probe.delete();
  await context.sync();
  return works;
}
