import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';
import { useIsoDateText } from '../common/iso-date-field';
import type { Absence, AbsenceWarning } from './absence-operations';

/**
 * The words of an absence in the chosen language: its kind (or only "Frånvaro" where the server hid
 * the kind of sick leave or VAB), a warning by its code (the server's Swedish text when the code is
 * unknown), day counts with the locale's decimals and a date range.
 */
export function useAbsenceText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = useIsoDateText();
  const kind = useCallback(
    (absence: Pick<Absence, 'kind' | 'label'>) => (absence.kind ? translate(`absenceKinds.${absence.kind}`, { _: absence.label }) : translate('absence.hidden')),
    [translate],
  );
  const warning = useCallback(
    (problem: AbsenceWarning) => (locale === 'sv' ? problem.message : translate(`absence.warning_codes.${problem.code}`, { _: problem.message })),
    [translate, locale],
  );
  const days = useCallback(
    (value: number) => new Intl.NumberFormat(formattingLocale(locale), { maximumFractionDigits: 1 }).format(value),
    [locale],
  );
  const dates = useCallback((from: string, to: string) => (from === to ? date(from) : `${date(from)}–${date(to)}`), [date]);
  return { kind, warning, days, dates, date };
}
