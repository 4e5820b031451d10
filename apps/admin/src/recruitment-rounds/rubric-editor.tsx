import { useEffect, useState } from 'react';
import { Button, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useLocaleState, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useGraphQLAction } from '../data/use-graphql-action';
import { formattingLocale } from '../i18n/i18n-provider';
import { hasPermission, type Permissions } from '../permissions';

const SET_RUBRIC = `mutation ($roundId: ID!, $criteria: [RubricCriterionInput!]!) { setRubric(roundId: $roundId, criteria: $criteria) { id } }`;

interface Criterion {
  name: string;
  weight: number | string;
  scaleMin: number | string;
  scaleMax: number | string;
}

/** The round's scoring rubric: criteria, weights and scales; the Director changes it until interviews begin. */
export function RubricEditor() {
  const round = useRecordContext<{ id: string; state: string; rubric?: (Criterion & { id: string; sortOrder: number })[] }>();
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const notify = useNotify();
  const { run } = useGraphQLAction();
  const [locale] = useLocaleState();
  const [criteria, setCriteria] = useState<Criterion[]>([]);
  useEffect(() => {
    setCriteria(
      [...(round?.rubric ?? [])]
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map(({ name, weight, scaleMin, scaleMax }) => ({ name, weight, scaleMin, scaleMax })),
    );
  }, [round?.rubric]);
  if (!round?.rubric) return null;
  const editable = hasPermission(permissions, 'DECIDE_RECRUITMENT') && ['DRAFT', 'OPEN', 'SCREENING'].includes(round.state);
  const change = (index: number, field: keyof Criterion, value: string) =>
    setCriteria((current) => current.map((criterion, i) => (i === index ? { ...criterion, [field]: value } : criterion)));
  const save = () => {
    const input = criteria.map((c) => ({
      name: c.name,
      weight: Number(String(c.weight).replace(',', '.')),
      scaleMin: Number(c.scaleMin),
      scaleMax: Number(c.scaleMax),
    }));
    return run(SET_RUBRIC, { roundId: round.id, criteria: input }, () => notify('recruitment.rubric_saved', { type: 'success' }));
  };
  const cell = (index: number, field: keyof Criterion, width: number) =>
    editable ? (
      <MuiTextField
        size="small"
        value={criteria[index][field]}
        onChange={(e) => change(index, field, e.target.value)}
        sx={{ width }}
        slotProps={{
          htmlInput: { 'aria-label': `${translate(`recruitment.${field === 'name' ? 'criterion' : field === 'weight' ? 'weight' : 'scale'}`)} ${index + 1}` },
        }}
      />
    ) : field === 'weight' ? (
      Number(criteria[index].weight).toLocaleString(formattingLocale(locale))
    ) : (
      String(criteria[index][field])
    );
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">{translate('resources.recruitmentRounds.fields.rubric')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('recruitment.criterion')}</TableCell>
            <TableCell>{translate('recruitment.weight')}</TableCell>
            <TableCell>{translate('recruitment.scale')}</TableCell>
            {editable && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {criteria.map((criterion, index) => (
            <TableRow key={index} data-rubric-row={index}>
              {/* criteria are named in the organisation's language, whatever the chosen one */}
              <TableCell lang="sv">{cell(index, 'name', 220)}</TableCell>
              <TableCell>{cell(index, 'weight', 90)}</TableCell>
              <TableCell>
                {cell(index, 'scaleMin', 60)} – {cell(index, 'scaleMax', 60)}
              </TableCell>
              {editable && (
                <TableCell>
                  <IconButton
                    size="small"
                    aria-label={translate('recruitment.remove_criterion')}
                    onClick={() => setCriteria((c) => c.filter((_, i) => i !== index))}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editable && (
        <Stack direction="row" spacing={1}>
          <Button onClick={() => setCriteria((c) => [...c, { name: '', weight: '0.1', scaleMin: '1', scaleMax: '5' }])}>
            {translate('recruitment.add_criterion')}
          </Button>
          <Button variant="contained" onClick={save}>
            {translate('recruitment.save_rubric')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
