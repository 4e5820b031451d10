import { Chip, Stack, Typography } from '@mui/material';
import { useGetList, useListContext, useTranslate } from 'react-admin';
import { applicationStateChoices } from '../common/choices';

/** One count per state for the current round filter; each chip filters the board to that state. */
function StateChip({ state, label }: { state?: string; label: string }) {
  const { filterValues, setFilters } = useListContext();
  const { roundId, preferredSiteId } = filterValues as { roundId?: string; preferredSiteId?: string };
  const { total } = useGetList('applications', {
    pagination: { page: 1, perPage: 1 },
    filter: { roundId, preferredSiteId, ...(state ? { state } : {}) },
  });
  const active = (filterValues as { state?: string }).state === state;
  return (
    <Chip
      label={`${label} ${total ?? '…'}`}
      color={active ? 'primary' : 'default'}
      onClick={() => setFilters({ ...filterValues, state }, {})}
      data-state={state ?? 'ALL'}
    />
  );
}

export function ApplicationPipeline() {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <Typography variant="subtitle2">{translate('recruitment.pipeline')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <StateChip label={translate('recruitment.all_states')} />
        {applicationStateChoices.map((choice) => (
          <StateChip key={choice.id} state={choice.id} label={translate(choice.name)} />
        ))}
      </Stack>
    </Stack>
  );
}
