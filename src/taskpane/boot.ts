/** Which host the task pane runs on, and which theme it wears. */

export type HostChoice = 'office' | 'browser';

/** `?host=browser`, or no Office.js on the page → the in-memory browser host. */
export function chooseHost(search: string, officeLoaded: boolean): HostChoice {
  const asked = new URLSearchParams(search).get('host');
  return asked === 'browser' || !officeLoaded ? 'browser' : 'office';
}

/** Relative luminance of `#RRGGBB` (0 black … 1 white); null when it is not such a colour. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark when `?theme=dark`; light when `?theme=light`; else dark when Office's body background is
 * dark; else the browser's preference.
 */
export function prefersDark(search: string, officeBackground: string | undefined, systemDark: boolean): boolean {
  const asked = new URLSearchParams(search).get('theme');
  if (asked === 'dark' || asked === 'light') return asked === 'dark';
  const lum = officeBackground ? luminance(officeBackground) : null;
  if (lum !== null) return lum < 0.5;
  return systemDark;
}
