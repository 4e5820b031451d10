import type { FormEvent, ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DialogError } from '../common/consequence-dialog';

/**
 * A small form in a dialog (keyboard-usable: Enter saves, Escape cancels). A refusal is shown inside
 * it and the dialog stays open with what was typed.
 */
export function PlanDialog({
  open,
  title,
  error,
  busy,
  submitLabel = 'ra.action.save',
  onSubmit,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  error?: string;
  busy: boolean;
  submitLabel?: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="plan-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="plan-dialog-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            <DialogError error={error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {translate(submitLabel)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
