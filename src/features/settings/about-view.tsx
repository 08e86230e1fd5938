// About: which connector build runs, which Oro it talks to and as whom, where to get help, and the licences.
import { Body1, Caption1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { FactList, type Fact } from "./fact-list";
import { useId } from "react";
import { useSession } from "../../auth/session-context";
import { useT } from "../../i18n/catalog";
import { useMailbox } from "../../mailbox/mailbox-context";
import { useDeployment } from "../../settings/deployment-context";
import { settingsMessages } from "./settings-messages";

/** Oro's public documentation; opened in the user's browser, never inside the pane. */
export const oroHelpUrl = "https://doc.oroinc.com/";

/** The open-source components shipped in the pane, with their licences. */
const components: readonly { name: string; licence: string }[] = [
  { name: "React", licence: "MIT" },
  { name: "Fluent UI React (v9) and Fluent UI System Icons", licence: "MIT" },
  { name: "TanStack Query", licence: "MIT" },
  { name: "Zod", licence: "MIT" },
  { name: "FormatJS react-intl", licence: "BSD-3-Clause" },
  { name: "oauth4webapi", licence: "MIT" },
  { name: "Hono", licence: "MIT" },
  { name: "Office JavaScript API (office.js)", licence: "Microsoft" },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function AboutView() {
  const t = useT(settingsMessages);
  const styles = useStyles();
  const deployment = useDeployment();
  const session = useSession();
  const mailbox = useMailbox();
  const titleId = useId();
  const connected = session.status === "connected" || session.status === "expired" ? session : null;
  const user = connected?.user ?? null;
  const roles = user?.roles.map((role) => role.label ?? role.role).join(", ") ?? "";

  const facts: Fact[] = [
    { term: t("connectorVersion"), value: deployment.version },
    { term: t("build"), value: deployment.build },
    { term: t("connectedOro"), value: connected ? connected.connection.baseUrl : t("notConnected") },
    { term: t("oroVersion"), value: t("oroVersionNotReported") },
  ];
  if (user) {
    const identity = [user.username, user.email].filter((part) => part !== null && part !== "").join(", ");
    facts.push({
      term: t("signedInAs"),
      value: identity ? `${user.displayName} (${identity})` : user.displayName,
    });
    if (roles !== "") facts.push({ term: t("oroRoles"), value: roles });
  }

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t("aboutTitle")}
      </Subtitle2>
      <FactList facts={facts} />
      <Subtitle2 as="h3">{t("help")}</Subtitle2>
      <Link
        href={oroHelpUrl}
        onClick={(event) => {
          event.preventDefault();
          mailbox.openBrowserWindow(oroHelpUrl);
        }}
      >
        {t("helpLink")}
      </Link>
      <Subtitle2 as="h3">{t("licences")}</Subtitle2>
      <Body1>{t("connectorLicence")}</Body1>
      <ul className={styles.list}>
        {components.map((component) => (
          <li key={component.name}>
            <Body1>{component.name}</Body1> <Caption1>({component.licence})</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
