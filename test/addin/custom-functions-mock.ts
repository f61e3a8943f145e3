/**
 * What Excel's custom-functions runtime provides to dist/functions.js and src/functions: the
 * CustomFunctions.Error class and ErrorCode values (the values Excel shows in the cell).
 */
export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export interface RuntimeStub {
  Error: typeof CustomFunctionError;
  ErrorCode: typeof ERROR_CODES;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

/** A runtime whose `associate` records the registered functions by id. */
export function runtimeStub(registry = new Map<string, (...args: unknown[]) => unknown>()): RuntimeStub {
  return {
    Error: CustomFunctionError,
    ErrorCode: ERROR_CODES,
    associate: (id, fn) => {
      registry.set(id.toUpperCase(), fn);
    },
  };
}

/** Makes `CustomFunctions` a global, as Excel does, for code that uses it directly (src/functions). */
export function installRuntimeStub(): void {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtimeStub();
}

/** The Excel error a call throws: its code and message; fails when the call returns instead. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    const value = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (!(e instanceof CustomFunctionError)) throw e;
    return { code: e.code, message: e.message };
  }
}
