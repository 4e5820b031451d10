import type { Notice } from '../data/graphql-error';

/** EDU-4, EDU-6: a site's activities in a period (with cohortId also that cohort's); attendance only for those who plan. */
export const EDUCATION_ACTIVITIES = `query ($siteId: ID!, $from: Date!, $to: Date!, $cohortId: ID, $planner: Boolean!) {
  educationActivities(siteId: $siteId, from: $from, to: $to, cohortId: $cohortId) {
    id version kind title date startTime endTime location description siteId cohortId goals { id code title }
    attendance @include(if: $planner) { status trainee { id } }
  }
  weeksWithoutAtBtTeaching(siteId: $siteId, from: $from, to: $to)
}`;

export const PLAN_EDUCATION_ACTIVITY = `mutation ($audience: EducationActivityAudienceInput!, $input: EducationActivityInput!) {
  planEducationActivity(audience: $audience, input: $input) { activity { id } warnings { code message params { name value } } }
}`;

export const UPDATE_EDUCATION_ACTIVITY = `mutation ($id: ID!, $version: Int!, $input: EducationActivityInput!) {
  updateEducationActivity(id: $id, version: $version, input: $input) { activity { id } warnings { code message params { name value } } }
}`;

export const DELETE_EDUCATION_ACTIVITY = `mutation ($id: ID!, $version: Int!) { deleteEducationActivity(id: $id, version: $version) }`;

export const RECORD_ATTENDANCE = `mutation ($activityId: ID!, $entries: [AttendanceInput!]!) {
  recordAttendance(activityId: $activityId, entries: $entries) { id }
}`;

export interface EducationActivity {
  id: string;
  version: number;
  kind: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string | null;
  description: string | null;
  siteId: string;
  cohortId: string | null;
  goals: { id: string; code: string; title: string }[];
  attendance?: { status: string; trainee: { id: string } }[];
}

export interface ActivitiesOfMonth {
  educationActivities: EducationActivity[];
  weeksWithoutAtBtTeaching: string[];
}

/** What a save returns: the activity was saved; the warnings say what it does unlike the programme (EDU-6). */
export interface SavedActivity {
  activity: { id: string };
  warnings: Notice[];
}
