// Placeholder: the checker issue's CLI replaces this file.
export {};
