type Props = { heads: string[] };

/** A table's header row: one column header (scope="col") per label. */
export default function ColumnHeads({ heads }: Props) {
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
