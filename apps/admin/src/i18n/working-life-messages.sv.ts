/** Working life in Swedish: workplace meetings (EMP-5). */
export const workingLifeMessagesSv = {
  workingLife: {
    meetings: 'Arbetsplatsträffar',
    half: 'Termin',
    spring: 'VT (januari–juni)',
    autumn: 'HT (juli–december)',
    year: 'År',
    term_span: '%{start} – %{end}',
    fewer_than_two: 'Bara %{planned} av minst två arbetsplatsträffar är planerade för terminen. Planera fler.',
    none: 'Inga träffar planerade.',
    plan: 'Planera träff',
    plan_title: 'Planera en arbetsplatsträff',
    planned: 'Träffen är planerad.',
    site: 'Huvudort',
    date: 'Dag',
    time: 'Tid',
    meeting_title: 'Rubrik',
    agenda: 'Dagordning',
  },
};
