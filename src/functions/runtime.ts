/**
 * Excel's custom-functions runtime. The web build provides this binding wherever the functions
 * module says `CustomFunctions` (webpack ProvidePlugin), because the task pane page also loads
 * dist/functions.js: opened outside Excel (browser mode, tests) it has no `CustomFunctions`, and the
 * functions then register nowhere instead of stopping the page with a ReferenceError.
 */
type Runtime = typeof CustomFunctions;

/** Used only outside Excel, where no formula can call a function. */
const nowhere = {
  associate: () => undefined,
} as unknown as Runtime;

export const customFunctionsRuntime: Runtime =
  (globalThis as { CustomFunctions?: Runtime }).CustomFunctions ?? nowhere;
