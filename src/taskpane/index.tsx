// Placeholder: the task pane issue replaces this file.
export {};
