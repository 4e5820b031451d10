import { useCallback } from 'react';
import { Typography } from '@mui/material';
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
    (absence: Pick<Absence, 'kind' | 'label'>) =>
      absence.kind ? translate(`absenceKinds.${absence.kind}`, { _: absence.label }) : translate('absence.hidden'),
    [translate],
  );
  const warning = useCallback(
    (problem: AbsenceWarning) => (locale === 'sv' ? problem.message : translate(`absence.warning_codes.${problem.code}`, { _: problem.message })),
    [translate, locale],
  );
  const days = useCallback((value: number) => new Intl.NumberFormat(formattingLocale(locale), { maximumFractionDigits: 1 }).format(value), [locale]);
  const dates = useCallback((from: string, to: string) => (from === to ? date(from) : `${date(from)}–${date(to)}`), [date]);
  return { kind, warning, days, dates, date };
}

/** ABS-8, ABS-9, ABS-12: an application's warnings, each on its own line in the warning colour; nothing when there are none. */
export function AbsenceWarnings({ warnings }: { warnings: readonly AbsenceWarning[] }) {
  const { warning } = useAbsenceText();
  return warnings.map((item) => (
    <Typography key={item.code} variant="body2" data-warning={item.code} sx={{ color: 'warning.dark', mt: 0.5 }}>
      {warning(item)}
    </Typography>
  ));
}

/** A date range in a table cell: a narrow window (800 px) may break it after the dash, never inside a date. */
export function DateRange({ from, to }: { from: string; to: string }) {
  const { date } = useAbsenceText();
  if (from === to) return <span style={{ whiteSpace: 'nowrap' }}>{date(from)}</span>;
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>{date(from)}–</span>
      <wbr />
      <span style={{ whiteSpace: 'nowrap' }}>{date(to)}</span>
    </>
  );
}
