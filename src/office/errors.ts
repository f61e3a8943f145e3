/** Office.js failures turned into HostErrors with an Indonesian message (never a stack trace). */
import { HostError } from '../host/types';

const MESSAGES: Record<string, string> = {
  AccessDenied: 'Excel menolak perubahan: lembar atau buku kerja mungkin diproteksi atau sedang dibagikan tanpa izin menyunting.',
  InvalidArgument: 'Excel menolak salah satu nilai atau alamat sel yang dikirim.',
  ItemNotFound: 'Lembar, sel atau nama yang dicari tidak ditemukan di buku kerja.',
  InsertDeleteConflict: 'Perubahan bertabrakan dengan sel gabungan atau tabel Excel di lembar ini.',
  RequestPayloadSizeLimitExceeded: 'Data yang dikirim ke Excel terlalu besar untuk satu permintaan.',
  ResponsePayloadSizeLimitExceeded: 'Data yang dibaca dari Excel terlalu besar untuk satu permintaan. Periksa satu lembar saja.',
  ActivityLimitReached: 'Excel sedang sibuk atau batas aktivitas tercapai. Tunggu sebentar lalu coba lagi.',
  GeneralException: 'Excel mengalami galat umum saat memproses permintaan.',
  InvalidOperationInCellEditMode: 'Excel sedang dalam mode sunting sel. Tekan Enter atau Esc di sel yang sedang disunting, lalu coba lagi.',
};

function officeCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string') {
    return (error as { code: string }).code;
  }
  return undefined;
}

/** A HostError as it is; any other failure as HostError('failed') with `prefix` and the reason in Indonesian. */
export function toHostError(error: unknown, prefix: string): HostError {
  if (error instanceof HostError) return error;
  const code = officeCode(error);
  const reason = (code && MESSAGES[code]) ?? 'Excel tidak dapat menyelesaikan permintaan.';
  if (code === 'AccessDenied') return new HostError(`${prefix} ${reason}`, 'protected');
  if (code === 'ItemNotFound') return new HostError(`${prefix} ${reason}`, 'not-found');
  if (code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded') {
    return new HostError(`${prefix} ${reason}`, 'too-large');
  }
  return new HostError(`${prefix} ${reason}`, 'failed');
}
