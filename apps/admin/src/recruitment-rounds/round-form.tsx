import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { validateRoundDates } from './round-dates';

/**
 * REC-1: the Director's reason for a second round, shown only when the start term (BT starts in the
 * spring after the advert's year) has a round already, or the round has a reason.
 */
function SecondRoundReasonInput() {
  const round = useRecordContext<{ id: string; secondRoundReason?: string | null }>();
  const translate = useTranslate();
  const advertDate = useWatch({ name: 'advertDate' }) as string | undefined;
  const startYear = /^\d{4}-/.test(advertDate ?? '') ? Number(advertDate!.slice(0, 4)) + 1 : undefined;
  const { data: sameTerm } = useGetList(
    'recruitmentRounds',
    { filter: { year: startYear }, pagination: { page: 1, perPage: 5 } },
    { enabled: startYear !== undefined },
  );
  const others = (sameTerm ?? []).filter((other) => other.id !== round?.id);
  if (others.length === 0 && !round?.secondRoundReason) return null;
  const rounds = others.map((other) => `"${other.name}"`).join(', ');
  return <TextInput source="secondRoundReason" multiline helperText={rounds ? translate('recruitment.second_round_help', { rounds }) : false} />;
}

/** Dates with date pickers (REC-1/REC-6), the interview days one date each, and positions per site (REC-2). */
export function RoundForm() {
  return (
    <SimpleForm validate={validateRoundDates}>
      <TextInput source="name" validate={required()} />
      <DateInput source="advertDate" validate={required()} />
      <DateInput source="applicationDeadline" validate={required()} />
      <ArrayInput source="interviewDays" helperText="recruitment.interview_days_help">
        <SimpleFormIterator inline disableReordering>
          <DateInput source="" label="recruitment.interview_day" />
        </SimpleFormIterator>
      </ArrayInput>
      <SecondRoundReasonInput />
      <ArrayInput source="positions">
        <SimpleFormIterator inline disableReordering>
          <ReferenceInput source="site.id" reference="sites">
            <SelectInput optionText="name" validate={required()} label="resources.cohorts.fields.site" />
          </ReferenceInput>
          <NumberInput source="count" min={0} validate={required()} label="resources.recruitmentRounds.fields.positions" />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}
