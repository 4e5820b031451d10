import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Problem } from '@bt/domain';
import { problemText } from './graphql-error';

/** A problem in the chosen language (problemText), for problems the dashboard finds itself. */
export function useProblemText(): (problem: Problem) => string {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useCallback((problem: Problem) => problemText(problem, { translate, getLocale: () => locale }), [translate, locale]);
}
