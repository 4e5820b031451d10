import { TablePagination } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * Paging under a page's own table (access to arrange, extra hours per quarter): the page shown, not the
 * one asked for, so that paging and rows change together; texts from `<messages>.rows`, `.next_page`
 * and `.previous_page`. Nothing when everything fits on one page.
 */
export function RowsPagination({
  total,
  page,
  perPage,
  onPage,
  messages,
}: {
  total: number;
  page: number;
  perPage: number;
  onPage: (page: number) => void;
  messages: string;
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
