import { Body1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere", minWidth: 0 },
});

export type Fact = { term: string; value: string };

/** Terms and values in two columns (About, Manage add-on's connection facts); long values wrap anywhere. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {facts.map((fact) => (
        <div key={fact.term} className={styles.pair}>
          <dt className={styles.term}>
            <Body1>{fact.term}</Body1>
          </dt>
          <dd className={styles.value}>
            <Body1>{fact.value}</Body1>
          </dd>
        </div>
      ))}
    </dl>
  );
}
