import type { ReactNode } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The server's refusal inside a dialog that stays open, so that nothing typed is lost. */
export function DialogError({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <Alert severity="error" role="alert" data-dialog-error>
      {error}
    </Alert>
  );
}

/**
 * Asks before a move that cannot be undone, naming the object and what will happen. Going back is the
 * primary (and focused) choice; the irreversible one is a plain button in the warning colour, so that
 * Enter or a hurried click never takes it.
 */
export function ConsequenceDialog({
  open,
  title,
  consequences,
  confirmLabel,
  onConfirm,
  onClose,
  error,
  confirmDisabled = false,
  children,
}: {
  open: boolean;
  title: string;
  consequences: ReactNode[];
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** The server's refusal of the move, shown in the dialog (which stays open). */
  error?: string;
  /** While what the move needs is not given yet (e.g. a reason typed below the consequences). */
  confirmDisabled?: boolean;
  /** What the move asks for, below the consequences (a reason, a confirmation). */
  children?: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="consequence-title" data-consequence-dialog>
      <DialogTitle id="consequence-title">{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={1}>
          {consequences.map((consequence, index) => (
            <Typography key={index}>{consequence}</Typography>
          ))}
          {children}
          <DialogError error={error} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button color="error" disabled={confirmDisabled} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="contained" autoFocus onClick={onClose}>
          {translate('recruitment.go_back')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
