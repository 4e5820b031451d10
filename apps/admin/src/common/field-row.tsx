import { Children, type ReactNode } from 'react';
import { Stack } from '@mui/material';
import { Labeled } from 'react-admin';

/** Fields side by side on a show page, each with its label (show layouts label only their direct children). */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {Children.map(children, (child) => (child ? <Labeled>{child as React.ReactElement}</Labeled> : null))}
    </Stack>
  );
}
