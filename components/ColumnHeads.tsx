// A table's column headings (<thead> with one <th scope="col"> each), shared by the options page's and the popup's
// tables so each caller names only its columns.
import type { ComponentChild } from 'preact';

export function ColumnHeads({ heads }: { heads: ComponentChild[] }) {
  return (
    <thead>
      <tr>
        {heads.map((head, i) => (
          <th key={i} scope="col">
            {head}
          </th>
        ))}
      </tr>
    </thead>
  );
}
