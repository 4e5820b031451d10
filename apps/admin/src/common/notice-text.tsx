import { Fragment } from 'react';
import type { Notice } from '../data/graphql-error';
import { useNoticeText } from './use-notice-text';

const MARK = '\u0000';

/**
 * A notice in the chosen language, with the values it names that are the users' own Swedish words (a
 * criterion's name) marked lang="sv": `data` lists those params.
 */
export function NoticeText({ notice, data }: { notice: Notice; data: string[] }) {
  const say = useNoticeText();
  const marked = notice.params.map((param) => (data.includes(param.name) ? { ...param, value: `${MARK}${param.value}${MARK}` } : param));
  const parts = say({ ...notice, params: marked }).split(MARK);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} lang="sv">
            {part}
          </span>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
