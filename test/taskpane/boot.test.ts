import { chooseHost, prefersDark } from '../../src/taskpane/boot';

describe('start-up choices', () => {
  test('the browser host when asked or when Office.js is absent', () => {
    expect(chooseHost('?host=browser', true)).toBe('browser');
    expect(chooseHost('?_host_Info=Excel$Win32$16.01$id-ID&host=browser&theme=dark', true)).toBe('browser');
    expect(chooseHost('', false)).toBe('browser');
    expect(chooseHost('?_host_Info=Excel$Win32$16.01$id-ID', true)).toBe('office');
    expect(chooseHost('?host=office', true)).toBe('office');
  });

  test('the theme follows ?theme, then the Office body background, then the system', () => {
    expect(prefersDark('?theme=dark', '#FFFFFF', false)).toBe(true);
    expect(prefersDark('?theme=light', '#262626', true)).toBe(false);
    expect(prefersDark('', '#262626', false)).toBe(true);
    expect(prefersDark('', '#FFFFFF', true)).toBe(false);
    expect(prefersDark('', undefined, true)).toBe(true);
    expect(prefersDark('', 'transparent', false)).toBe(false);
  });
});
