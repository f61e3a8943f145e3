/** How the pane names the scale profiles a user can pick. */
import { getProfile, PROFILES } from '../core/scales';

export const AUTO_SCALE = 'Otomatis: skala di buku kerja bila ada, selain itu Permendagri 86/2017';

export function scaleDescription(name: string | undefined): string {
  if (!name) return AUTO_SCALE;
  return getProfile(name)?.name ?? `${name} (tidak dikenal; dipakai Permendagri 86/2017)`;
}

export function scaleChoices(): { value: string; label: string }[] {
  return Object.entries(PROFILES).map(([value, scale]) => ({ value, label: scale.name }));
}
