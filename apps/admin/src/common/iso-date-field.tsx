import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';

/** A calendar date (ÅÅÅÅ-MM-DD) shown in the user's language, without any time-zone shift. */
export function IsoDateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={formattingLocale(locale)} options={{ timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }} {...props} />;
}
