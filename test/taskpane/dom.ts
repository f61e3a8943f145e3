/** What jsdom lacks and Fluent UI uses (MessageBar reflow, TabList overflow): a no-op ResizeObserver. */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: NoopResizeObserver });
}
