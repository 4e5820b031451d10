import { useState } from 'react';
import { Button, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useGetList, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { panelCapacityChoices, recruitmentStageChoices } from '../common/choices';
import { useGraphQLAction } from '../data/use-graphql-action';
import { hasPermission, type Permissions } from '../permissions';
import { ADD_PANEL_MEMBER, REMOVE_PANEL_MEMBER } from './round-operations';

interface PanelMember {
  id: string;
  stage: string;
  capacity: string;
  person: { id: string; name: string };
}

/** REC-9: the panel per stage — HR, management and a director of studies on every stage; the Director edits it. */
export function PanelEditor() {
  const round = useRecordContext<{ id: string; state: string; panel: PanelMember[] }>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const { run } = useGraphQLAction();
  const { data: people } = useGetList<{ id: string; name: string; title?: string }>('people', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [personId, setPersonId] = useState('');
  const [stage, setStage] = useState('INTERVIEWS');
  const [capacity, setCapacity] = useState('HR');
  // the list's record stands in while the full record loads; it has no panel yet
  if (!round?.panel) return null;
  const editable = hasPermission(permissions, 'MANAGE_ROUNDS') && round.state !== 'CLOSED';
  const byStage = [...round.panel].sort(
    (a, b) => recruitmentStageChoices.findIndex((c) => c.id === a.stage) - recruitmentStageChoices.findIndex((c) => c.id === b.stage),
  );
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('resources.recruitmentRounds.fields.panel')}</Typography>
      {byStage.length === 0 ? (
        <Typography>{translate('recruitment.no_panel')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('recruitment.stage')}</TableCell>
              <TableCell>{translate('recruitment.capacity')}</TableCell>
              <TableCell>{translate('resources.people.fields.name')}</TableCell>
              {editable && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {byStage.map((member) => (
              <TableRow key={member.id}>
                <TableCell>{translate(`recruitmentStages.${member.stage}`)}</TableCell>
                <TableCell>{translate(`panelCapacities.${member.capacity}`)}</TableCell>
                <TableCell>{member.person.name}</TableCell>
                {editable && (
                  <TableCell>
                    <IconButton
                      size="small"
                      aria-label={translate('recruitment.remove_panel_member')}
                      onClick={() => run(REMOVE_PANEL_MEMBER, { id: member.id })}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editable && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <MuiTextField
            select
            size="small"
            label={translate('resources.people.fields.name')}
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
            sx={{ minWidth: 240, width: 'auto' }}
          >
            {(people ?? []).map((person) => (
              <MenuItem key={person.id} value={person.id}>
                {person.title ? `${person.name} – ${person.title}` : person.name}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField
            select
            size="small"
            sx={{ minWidth: 160, width: 'auto' }}
            label={translate('recruitment.stage')}
            value={stage}
            onChange={(e) => setStage(e.target.value)}
          >
            {recruitmentStageChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField
            select
            size="small"
            sx={{ minWidth: 160, width: 'auto' }}
            label={translate('recruitment.capacity')}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
          >
            {panelCapacityChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </MuiTextField>
          <Button sx={{ whiteSpace: 'nowrap' }} disabled={!personId} onClick={() => run(ADD_PANEL_MEMBER, { roundId: round.id, personId, stage, capacity })}>
            {translate('recruitment.add_panel_member')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
