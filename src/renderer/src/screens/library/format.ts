/**
 * How the library and the versions timeline show dates, times and sizes, in the interface
 * language. Pure (Intl only).
 */
import type { Locale } from '../../../../core/finding';

/** "2020-03-05 14:07" style local time of an ISO timestamp; '' for a bad one. */
export function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** A size in UTF-16 code units, shown as characters: "14,762" / "1.2 万" / "1.2M". */
export function formatChars(count: number, locale: Locale): string {
  if (locale === 'zh-CN' && count >= 100_000) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(count / 10_000)} 万`;
  }
  if (locale !== 'zh-CN' && count >= 1_000_000) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(count / 1_000_000)}M`;
  }
  return new Intl.NumberFormat(locale).format(count);
}

/** A file size in bytes: "812 KB", "3.4 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
