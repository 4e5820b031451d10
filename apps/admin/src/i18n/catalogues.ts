import englishMessages from 'ra-language-english';
import { raMessagesSv } from './ra-messages.sv';
import { appMessagesSv } from './app-messages.sv';
import { appMessagesEn } from './app-messages.en';
import { recruitmentMessagesSv } from './recruitment-messages.sv';
import { recruitmentMessagesEn } from './recruitment-messages.en';
import { activityMessagesSv } from './activity-messages.sv';
import { activityMessagesEn } from './activity-messages.en';
import { accessMessagesSv } from './access-messages.sv';
import { accessMessagesEn } from './access-messages.en';
import { importMessagesSv } from './import-messages.sv';
import { importMessagesEn } from './import-messages.en';

import { planMessagesSv } from './plan-messages.sv';
import { planMessagesEn } from './plan-messages.en';
import { checkpointMessagesSv } from './checkpoint-messages.sv';
import { checkpointMessagesEn } from './checkpoint-messages.en';
import { absenceMessagesSv } from './absence-messages.sv';
import { absenceMessagesEn } from './absence-messages.en';
import { workingTimeMessagesSv } from './working-time-messages.sv';
import { workingTimeMessagesEn } from './working-time-messages.en';
import { workingLifeMessagesSv } from './working-life-messages.sv';
import { workingLifeMessagesEn } from './working-life-messages.en';

/** Every text of the dashboard per language (react-admin's, the app's and the recruitment screens'): browser tests check that English mode shows no Swedish. */
export const catalogues = {
  sv: [
    raMessagesSv,
    appMessagesSv,
    recruitmentMessagesSv,
    activityMessagesSv,
    planMessagesSv,
    checkpointMessagesSv,
    accessMessagesSv,
    absenceMessagesSv,
    workingTimeMessagesSv,
    importMessagesSv,
    workingLifeMessagesSv,
  ],
  en: [
    englishMessages,
    appMessagesEn,
    recruitmentMessagesEn,
    activityMessagesEn,
    planMessagesEn,
    checkpointMessagesEn,
    accessMessagesEn,
    absenceMessagesEn,
    workingTimeMessagesEn,
    importMessagesEn,
    workingLifeMessagesEn,
  ],
};
