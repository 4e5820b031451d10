import { useI18nProvider, useLocaleState } from 'react-admin';
import { noticeText, type Notice } from '../data/graphql-error';

/** Says the server's notices (warnings, reasons, rules explained) in the chosen language. */
export function useNoticeText(): (notice: Notice) => string {
  const i18n = useI18nProvider();
  // read so that a change of language renders the notices again
  useLocaleState();
  return (notice) => noticeText(notice, i18n);
}
