/** Rating scales: types and classification, built-in profiles, printed-interval reading, validation. */
export * from './scale';
export * from './profiles';
export * from './parse-interval';
export * from './validate';
