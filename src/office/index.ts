export { OfficeHost } from './host';
export type { OfficeHostOptions } from './host';
export { officeAvailable, excelRun, detectCapabilities } from './runtime';
export type { BatchRunner, Capabilities } from './runtime';
export { DEFAULT_READ_LIMITS } from './read';
export type { ReadLimits } from './read';
