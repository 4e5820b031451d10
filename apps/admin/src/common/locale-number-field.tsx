import { NumberField, useLocaleState, type NumberFieldProps } from 'react-admin';
import { formattingLocale } from '../i18n/i18n-provider';

/** A number in the user's chosen language (10,4 in Swedish), whatever the browser's own locale. */
export function LocaleNumberField(props: NumberFieldProps) {
  const [locale] = useLocaleState();
  return <NumberField locales={formattingLocale(locale)} {...props} />;
}
