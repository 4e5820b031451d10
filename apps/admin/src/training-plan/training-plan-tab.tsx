import { useState } from 'react';
import { Box, Button, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import EditIcon from '@mui/icons-material/Edit';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useLocaleState, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { PlacementTimeline } from '../trainees/placement-timeline';
import { KIND_COLOURS } from '../common/placement-kind-colours';
import { ConsequenceDialog } from '../common/consequence-dialog';
import { reachesSite, type Permissions } from '../permissions';
import { formattingLocale } from '../i18n/i18n-provider';
import { useIsoDateText } from '../common/iso-date-field';
import { useGraphQLAction } from '../data/use-graphql-action';
import { PlanChecks } from './plan-checks';
import { PlanChanges } from './plan-changes';
import { PlanActivities } from './plan-activities';
import { PlacementDialog, SplitDialog, VacationDialog } from './placement-dialogs';
import { SupervisionWarningsAlert, SupervisorsPanel, type SupervisionWarnings } from './supervisors-panel';
import { ClinicalSupervisorDialog } from './supervisor-dialogs';
import { usePlanAction } from './use-plan-action';
import {
  CONFIRM_PLAN,
  CREATE_DRAFT,
  DELETE_PLACEMENT,
  DELETE_VACATION,
  type PlannedTrainee,
  type PlanPlacement,
  type TrainingPlan,
} from './training-plan-operations';

type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit' | 'split' | 'delete' | 'clinical'; placement: PlanPlacement }
  | { kind: 'add-vacation' }
  | { kind: 'vacation' | 'delete-vacation'; vacation: PlannedVacation }
  | { kind: 'confirm' };

type PlannedVacation = TrainingPlan['vacations'][number];

/** A placement's changes, as buttons with icons (named for screen readers and in a tooltip). */
const ACTIONS = [
  { kind: 'edit', Icon: EditIcon },
  { kind: 'split', Icon: CallSplitIcon },
  { kind: 'delete', Icon: DeleteIcon },
] as const;

/** "Internmedicin · Medicinkliniken Växjö 2027-03-12–2027-05-11": a placement named in a sentence. */
export function usePlacementName() {
  const translate = useTranslate();
  const date = useIsoDateText();
  return (placement: Pick<PlanPlacement, 'kind' | 'unit' | 'startDate' | 'endDate'>) =>
    `${translate(`placementKinds.${placement.kind}`)} · ${placement.unit.name} ${date(placement.startDate)}–${date(placement.endDate)}`;
}

/** EDU-1, EDU-2: confirming asks first and, when the plan deviates from the template, for the reason. */
function ConfirmDialog({ trainee, plan, onClose }: { trainee: PlannedTrainee; plan: TrainingPlan; onClose: () => void }) {
  const translate = useTranslate();
  const { act, error, fieldError } = usePlanAction();
  const [reason, setReason] = useState('');
  const needsReason = plan.checks.some((check) => check.severity === 'NEEDS_REASON');
  return (
    <ConsequenceDialog
      open
      title={translate('plan.confirm_title')}
      consequences={[
        translate('plan.confirm_consequence', { version: plan.version }),
        ...(needsReason
          ? [
              translate('plan.confirm_needs_reason'),
              <TextField
                key="reason"
                fullWidth
                multiline
                minRows={2}
                label={translate('plan.reason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                {...fieldError('reason')}
              />,
            ]
          : []),
      ]}
      confirmLabel={translate('plan.confirm')}
      onConfirm={() => act(CONFIRM_PLAN, { traineeId: trainee.id, planVersion: plan.version, reason: reason || null }, onClose, 'plan.confirmed')}
      onClose={onClose}
      error={error}
    />
  );
}

/** EDU-5: deleting a placement asks first, naming it. */
function DeleteDialog({ plan, placement, onClose }: { plan: TrainingPlan; placement: PlanPlacement; onClose: () => void }) {
  const translate = useTranslate();
  const name = usePlacementName();
  const { act, error } = usePlanAction();
  return (
    <ConsequenceDialog
      open
      title={translate('plan.delete_title')}
      consequences={[translate('plan.delete_consequence', { placement: name(placement) }), translate('plan.becomes_draft')]}
      confirmLabel={translate('plan.delete')}
      onConfirm={() => act(DELETE_PLACEMENT, { id: placement.id, planVersion: plan.version }, onClose, 'plan.deleted')}
      onClose={onClose}
      error={error}
    />
  );
}

/** ABS-4, EDU-5: removing planned vacation asks first, naming its period. */
function DeleteVacationDialog({ plan, vacation, onClose }: { plan: TrainingPlan; vacation: PlannedVacation; onClose: () => void }) {
  const translate = useTranslate();
  const date = useIsoDateText();
  const { act, error } = usePlanAction();
  return (
    <ConsequenceDialog
      open
      title={translate('plan.delete_vacation_title')}
      consequences={[
        translate('plan.delete_vacation_consequence', { startDate: date(vacation.startDate), endDate: date(vacation.endDate) }),
        translate('plan.becomes_draft'),
      ]}
      confirmLabel={translate('plan.delete')}
      onConfirm={() => act(DELETE_VACATION, { id: vacation.id, planVersion: plan.version }, onClose, 'plan.vacation_deleted')}
      onClose={onClose}
      error={error}
    />
  );
}

/** Status, version and who confirmed the plan. */
function PlanStatus({ plan }: { plan: TrainingPlan }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const confirmedAt = plan.confirmedAt && new Date(plan.confirmedAt).toLocaleDateString(formattingLocale(locale), { timeZone: 'Europe/Stockholm' });
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-plan-status={plan.status}>
      <Chip color={plan.status === 'CONFIRMED' ? 'success' : 'default'} label={translate(`plan.statuses.${plan.status}`)} />
      <Typography variant="body2">{translate('plan.version', { version: plan.version })}</Typography>
      {plan.status === 'CONFIRMED' && plan.confirmedBy && (
        <Typography variant="body2">{translate('plan.confirmed_by', { date: confirmedAt, name: plan.confirmedBy.name })}</Typography>
      )}
      {plan.status === 'CONFIRMED' && plan.deviationReason && (
        <Typography variant="body2">{translate('plan.deviation_reason', { reason: plan.deviationReason })}</Typography>
      )}
    </Stack>
  );
}

/**
 * EDU-5, issue 11 item 7: the trainee's training plan as a timeline with the checks beside it, its
 * placements and vacation, the supervisors and the change log. Those who plan (PLAN_TRAINING, ORG-1:
 * the deputy only for her own site) change it through dialogs; everyone else who sees the trainee
 * (main and clinical supervisors, the trainee herself) reads it.
 */
export function TrainingPlanTab() {
  const trainee = useRecordContext<PlannedTrainee>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const notify = useNotify();
  const { run, busy } = useGraphQLAction();
  const name = usePlacementName();
  const date = useIsoDateText();
  const [dialog, setDialog] = useState<OpenDialog>();
  const [appointed, setAppointed] = useState<SupervisionWarnings>();
  if (!trainee) return null;
  const plan = trainee.trainingPlan;
  const canPlan = reachesSite(permissions, 'PLAN_TRAINING', trainee.siteId);
  const close = () => setDialog(undefined);
  const placementOf = (id: string) => plan?.placements.find((placement) => placement.id === id);
  return (
    // a grid of one column that may shrink: wide tables scroll inside the page instead of widening it (800 px)
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 3 }}>
      {!plan ? (
        <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Typography>{translate('plan.none')}</Typography>
          {canPlan && (
            <Button
              variant="contained"
              disabled={busy}
              onClick={() => run(CREATE_DRAFT, { traineeId: trainee.id }, () => notify('plan.draft_created', { type: 'success' }))}
            >
              {translate('plan.create_draft')}
            </Button>
          )}
        </Stack>
      ) : (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
            <PlanStatus plan={plan} />
            {canPlan ? (
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <Button variant="outlined" onClick={() => setDialog({ kind: 'add' })}>
                  {translate('plan.add')}
                </Button>
                <Button variant="outlined" onClick={() => setDialog({ kind: 'add-vacation' })}>
                  {translate('plan.add_vacation')}
                </Button>
                {plan.status === 'DRAFT' && (
                  <Button variant="contained" onClick={() => setDialog({ kind: 'confirm' })}>
                    {translate('plan.confirm')}
                  </Button>
                )}
              </Stack>
            ) : (
              <Typography variant="body2" color="text.secondary" data-read-only>
                {translate('plan.read_only')}
              </Typography>
            )}
          </Stack>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(260px, 1fr)' } }}>
            <PlacementTimeline
              placements={plan.placements}
              vacations={plan.vacations}
              onSelect={canPlan ? (id) => setDialog({ kind: 'edit', placement: placementOf(id)! }) : undefined}
            />
            <PlanChecks checks={plan.checks} />
          </Box>
          <Box sx={{ overflowX: 'auto' }}>
            <Typography variant="subtitle1">{translate('plan.placements')}</Typography>
            <Table size="small" data-plan-placements>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('plan.kind')}</TableCell>
                  <TableCell>{translate('plan.unit')}</TableCell>
                  <TableCell>{translate('plan.start')}</TableCell>
                  <TableCell>{translate('plan.end')}</TableCell>
                  <TableCell>{translate('plan.clinical_supervisor')}</TableCell>
                  {canPlan && <TableCell>{translate('plan.actions')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.placements.map((placement) => (
                  <TableRow key={placement.id} data-placement-row={placement.id}>
                    <TableCell>
                      <Box
                        component="span"
                        sx={{ display: 'inline-block', width: 10, height: 10, mr: 1, borderRadius: '2px', bgcolor: KIND_COLOURS[placement.kind] }}
                      />
                      {translate(`placementKinds.${placement.kind}`)}
                    </TableCell>
                    <TableCell>{placement.unit.name}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(placement.startDate)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(placement.endDate)}</TableCell>
                    <TableCell>
                      {placement.clinicalSupervisor?.name ?? '–'}
                      {reachesSite(permissions, 'ASSIGN_SUPERVISORS', trainee.siteId) && (
                        <Tooltip title={translate('supervisors.set_clinical')}>
                          <IconButton
                            size="small"
                            onClick={() => setDialog({ kind: 'clinical', placement })}
                            aria-label={`${translate('supervisors.set_clinical')}: ${name(placement)}`}
                          >
                            <PersonAddIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      )}
                    </TableCell>
                    {canPlan && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {ACTIONS.map(({ kind, Icon }) => (
                          <Tooltip key={kind} title={translate(`plan.${kind}`)}>
                            <IconButton
                              size="small"
                              color={kind === 'delete' ? 'error' : 'primary'}
                              aria-label={`${translate(`plan.${kind}`)}: ${name(placement)}`}
                              onClick={() => setDialog({ kind, placement })}
                            >
                              <Icon fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        ))}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
                {plan.vacations.map((vacation) => (
                  <TableRow key={vacation.id} data-vacation-row={vacation.id}>
                    <TableCell colSpan={2}>{translate('plan.vacation')}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(vacation.startDate)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(vacation.endDate)}</TableCell>
                    <TableCell />
                    {canPlan && (
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        <Button size="small" onClick={() => setDialog({ kind: 'vacation', vacation })}>
                          {translate('plan.change_vacation')}
                        </Button>
                        <Tooltip title={translate('plan.delete_vacation')}>
                          <IconButton
                            size="small"
                            color="error"
                            aria-label={`${translate('plan.delete_vacation')}: ${date(vacation.startDate)}–${date(vacation.endDate)}`}
                            onClick={() => setDialog({ kind: 'delete-vacation', vacation })}
                          >
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
      <SupervisionWarningsAlert appointed={appointed} onClose={() => setAppointed(undefined)} />
      <SupervisorsPanel trainee={trainee} onWarnings={setAppointed} />
      {plan && <PlanActivities activities={plan.activities} />}
      {plan && <PlanChanges changes={plan.changes} />}
      {plan && dialog?.kind === 'add' && <PlacementDialog traineeId={trainee.id} planVersion={plan.version} onClose={close} />}
      {plan && dialog?.kind === 'edit' && <PlacementDialog traineeId={trainee.id} planVersion={plan.version} placement={dialog.placement} onClose={close} />}
      {plan && dialog?.kind === 'split' && <SplitDialog planVersion={plan.version} placement={dialog.placement} onClose={close} />}
      {plan && dialog?.kind === 'delete' && <DeleteDialog plan={plan} placement={dialog.placement} onClose={close} />}
      {plan && dialog?.kind === 'add-vacation' && <VacationDialog traineeId={trainee.id} planVersion={plan.version} onClose={close} />}
      {plan && dialog?.kind === 'vacation' && <VacationDialog traineeId={trainee.id} planVersion={plan.version} vacation={dialog.vacation} onClose={close} />}
      {plan && dialog?.kind === 'delete-vacation' && <DeleteVacationDialog plan={plan} vacation={dialog.vacation} onClose={close} />}
      {plan && dialog?.kind === 'confirm' && <ConfirmDialog trainee={trainee} plan={plan} onClose={close} />}
      {dialog?.kind === 'clinical' && (
        <ClinicalSupervisorDialog placement={dialog.placement} title={name(dialog.placement)} onWarnings={setAppointed} onClose={close} />
      )}
    </Box>
  );
}
