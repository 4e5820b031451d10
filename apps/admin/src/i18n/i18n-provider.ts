import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { raMessagesSv } from './ra-messages.sv';
import { appMessagesSv } from './app-messages.sv';
import { appMessagesEn } from './app-messages.en';
import { recruitmentMessagesSv } from './recruitment-messages.sv';
import { recruitmentMessagesEn } from './recruitment-messages.en';
import { problemMessagesEn } from './problem-messages.en';
import { activityMessagesSv } from './activity-messages.sv';
import { activityMessagesEn } from './activity-messages.en';
import { planMessagesSv } from './plan-messages.sv';
import { planMessagesEn } from './plan-messages.en';
import { checkpointMessagesSv } from './checkpoint-messages.sv';
import { checkpointMessagesEn } from './checkpoint-messages.en';
import { accessMessagesSv } from './access-messages.sv';
import { accessMessagesEn } from './access-messages.en';
import { absenceMessagesSv } from './absence-messages.sv';
import { absenceMessagesEn } from './absence-messages.en';
import { workingTimeMessagesSv } from './working-time-messages.sv';
import { workingTimeMessagesEn } from './working-time-messages.en';
import { importMessagesSv } from './import-messages.sv';
import { importMessagesEn } from './import-messages.en';
import { workingLifeMessagesSv } from './working-life-messages.sv';
import { workingLifeMessagesEn } from './working-life-messages.en';

/** Merges message trees; `resources` is shared by the app's and the recruitment screens' messages. */
function merge<A extends { resources: object }, B extends { resources: object }>(a: A, b: B) {
  return { ...a, ...b, resources: { ...a.resources, ...b.resources } };
}

const appEn = merge(appMessagesEn, recruitmentMessagesEn);

/** English has `bt.problems.<CODE>` besides; Swedish shows the server's own message for a refusal. */
export const messages = {
  sv: {
    ...raMessagesSv,
    ...merge(appMessagesSv, recruitmentMessagesSv),
    ...activityMessagesSv,
    ...planMessagesSv,
    ...checkpointMessagesSv,
    ...accessMessagesSv,
    ...absenceMessagesSv,
    ...workingTimeMessagesSv,
    ...importMessagesSv,
    ...workingLifeMessagesSv,
  },
  en: {
    ...englishMessages,
    ...appEn,
    ...activityMessagesEn,
    ...planMessagesEn,
    ...checkpointMessagesEn,
    ...accessMessagesEn,
    ...absenceMessagesEn,
    ...workingTimeMessagesEn,
    ...importMessagesEn,
    ...workingLifeMessagesEn,
    bt: { ...appEn.bt, problems: problemMessagesEn },
  },
};

export type Locale = keyof typeof messages;

/** Swedish first, English selectable (the choice is kept by react-admin in local storage). */
export const i18nProvider = polyglotI18nProvider((locale) => messages[locale as Locale] ?? messages.sv, 'sv', [
  { locale: 'sv', name: 'Svenska' },
  { locale: 'en', name: 'English' },
]);

/** Locale for dates and numbers: Swedish dates are written ÅÅÅÅ-MM-DD. */
export function formattingLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'sv-SE';
}
