import { useLocaleState } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';

/** Hours in the chosen language (12,25 in Swedish), and a month's name (1–12) in it: "september". */
export function useWorkingTimeFormat() {
  const [locale] = useLocaleState();
  const language = formattingLocale(locale);
  const hours = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 2 });
  const monthName = (month: number) => new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 1)));
  return { hours, monthName };
}

/** A typed number of hours, with a comma or a point; undefined when it is not a number. */
export function parseHours(text: string): number | undefined {
  const cleaned = text.replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}
