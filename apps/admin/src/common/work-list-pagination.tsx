import { TablePagination } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * The pager under a work list read a page at a time: shown only when there is more than one page, at
 * the page shown (not the one asked for, so paging and rows change together), its words under
 * `<messages>.rows`, `.next_page` and `.previous_page`.
 */
export function WorkListPagination({
  total,
  page,
  perPage,
  messages,
  onPage,
}: {
  total: number;
  /** The page shown, from 1. */
  page: number;
  perPage: number;
  messages: string;
  onPage: (page: number) => void;
}) {
  const translate = useTranslate();
  if (total <= perPage) return null;
  return (
    <TablePagination
      component="div"
      count={total}
      page={page - 1}
      rowsPerPage={perPage}
      rowsPerPageOptions={[]}
      onPageChange={(_, zeroBased) => onPage(zeroBased + 1)}
      labelDisplayedRows={({ from, to, count }) => translate(`${messages}.rows`, { from, to, count })}
      getItemAriaLabel={(type) => translate(type === 'next' ? `${messages}.next_page` : `${messages}.previous_page`)}
    />
  );
}
