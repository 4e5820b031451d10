/** Working life in English: workplace meetings (EMP-5). */
export const workingLifeMessagesEn = {
  workingLife: {
    meetings: 'Workplace meetings',
    half: 'Term',
    spring: 'Spring (January–June)',
    autumn: 'Autumn (July–December)',
    year: 'Year',
    term_span: '%{start} – %{end}',
    fewer_than_two: 'Only %{planned} of at least two workplace meetings are planned for the term. Plan more.',
    none: 'No meetings planned.',
    plan: 'Plan meeting',
    plan_title: 'Plan a workplace meeting',
    planned: 'The meeting is planned.',
    site: 'Main site',
    date: 'Day',
    time: 'Time',
    meeting_title: 'Title',
    agenda: 'Agenda',
  },
};
