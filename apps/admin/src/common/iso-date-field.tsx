import { useCallback } from 'react';
import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';
import { isoDateText, stockholmTime } from './iso-date';

/**
 * The dashboard's one way to write a calendar date as text, in the chosen language (isoDateText); a
 * timestamp by its UTC day; empty stays empty.
 */
export function useIsoDateText(): (isoDate: string | null | undefined) => string {
  const [locale] = useLocaleState();
  return useCallback((isoDate) => (isoDate ? isoDateText(isoDate.slice(0, 10), formattingLocale(locale)) : ''), [locale]);
}

/** The dashboard's one way to write a moment as text: Swedish local time in the chosen language (stockholmTime). */
export function useStockholmTimeText(): (iso: string) => string {
  const [locale] = useLocaleState();
  return useCallback((iso) => stockholmTime(iso, formattingLocale(locale)), [locale]);
}

/** A record's calendar date (ÅÅÅÅ-MM-DD) shown in the user's language, without any time-zone shift. */
export function IsoDateField(props: FieldProps) {
  const value = useFieldValue(props) as string | null | undefined;
  const text = useIsoDateText();
  return (
    <Typography component="span" variant="body2" className={props.className}>
      {text(value)}
    </Typography>
  );
}
