/**
 * The errors a KINERJA formula shows in its cell. Excel shows a message only with #VALUE! and #N/A
 * (in the error flag's menu); for #DIV/0! it accepts none, so none is given.
 */

/** #VALUE!: an argument is not what the function can use (text that is not a number, an unknown name). */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** #N/A: there is nothing to compute with yet (a blank cell, a value outside every interval of a scale). */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** #DIV/0!: the denominator (target, pagu, number of values) is zero. */
export function divisionByZero(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
}
