import { Button, Tooltip } from "@fluentui/react-components";
import { ArrowLeftRegular } from "@fluentui/react-icons";

/**
 * The header's Back button with its tooltip. Tooltips need Fluent's positioning code (about 10 KB gzip), which
 * the first render does not, so this loads just after it (see pane-header.tsx).
 */
export default function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Tooltip content={label} relationship="label">
      <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onClick} />
    </Tooltip>
  );
}
