// Manage add-on (administrators): the system level, each organization's level, the connection the deployment
// fixes, and diagnostics of the deployment. The server refuses changes from anyone else.
import { Body1, Field, makeStyles, Select, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { FactList } from "./fact-list";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useT } from "../../i18n/catalog";
import { useDeployment } from "../../settings/deployment-context";
import { resolveSettings } from "../../settings/resolve-settings";
import type { ManageSettingsResponse } from "../../settings/settings-api-contract";
import type { SettingsOverrides } from "../../settings/settings-model";
import { manageSettingsQueryOptions, settingsKeys, useSettingsClient } from "../../settings/settings-queries";
import { useConnectionKey } from "../../queries/connection";
import { deploymentDefaults } from "../../settings/use-effective-settings";
import { DiagnosticsSection } from "./diagnostics-section";
import { manageMessages } from "./manage-messages";
import {
  SettingsLevelForm,
  syncSettingKeys,
  useSettingsErrorText,
  type EditableSettingKey,
} from "./settings-level-form";
import { settingsMessages } from "./settings-messages";
import { SettingsNotice } from "./settings-notice";

const systemKeys: readonly EditableSettingKey[] = [...syncSettingKeys, "contextEntityTypes", "adminRoles"];
const organizationKeys: readonly EditableSettingKey[] = [...syncSettingKeys, "contextEntityTypes"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

export function ManageAddonView() {
  const t = useT(manageMessages);
  const styles = useStyles();
  const deployment = useDeployment();
  const titleId = useId();
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={titleId}>
        <Subtitle2 as="h2" id={titleId}>
          {t("title")}
        </Subtitle2>
        <Body1>{t("intro")}</Body1>
        {deployment.hasServer ? null : <SettingsNotice>{t("noServer")}</SettingsNotice>}
      </section>
      {deployment.hasServer ? <ManagedLevels /> : null}
      <ConnectionFacts />
      <DiagnosticsSection />
    </div>
  );
}

function ManagedLevels() {
  const t = useT(manageMessages);
  const settingsT = useT(settingsMessages);
  const styles = useStyles();
  const deployment = useDeployment();
  const client = useSettingsClient();
  const connection = useConnectionKey();
  const queryClient = useQueryClient();
  const manage = useQuery(manageSettingsQueryOptions(client, connection));
  const [picked, setPicked] = useState<string | null>(null);
  const errorText = useSettingsErrorText();
  const systemTitleId = useId();
  const organizationTitleId = useId();

  if (manage.isPending) return <Spinner label={t("loading")} />;
  if (manage.isError) {
    return (
      <SettingsNotice intent="warning">
        {t("loadFailed", { message: errorText(manage.error) })}
      </SettingsNotice>
    );
  }
  const data = manage.data;
  const manageKey = manageSettingsQueryOptions(client, connection).queryKey;

  function changed(update: (current: ManageSettingsResponse) => ManageSettingsResponse) {
    queryClient.setQueryData<ManageSettingsResponse>(manageKey, (current) =>
      current ? update(current) : current,
    );
    // Everyone's effective settings depend on these levels.
    void queryClient.invalidateQueries({ queryKey: [...settingsKeys.all, "levels"] });
  }

  async function saveSystem(overrides: SettingsOverrides) {
    const stored = await client.saveSystem(overrides);
    changed((current) => ({ ...current, system: stored }));
  }

  const defaults = deploymentDefaults(deployment);
  const organizations = data.organizations;
  const organization = organizations.find((candidate) => candidate.id === picked) ?? organizations[0] ?? null;
  const organizationName = (candidate: { id: string; name: string | null }) =>
    candidate.name ?? t("organizationUnnamed", { id: candidate.id });

  async function saveOrganization(id: string, overrides: SettingsOverrides) {
    const stored = await client.saveOrganization(id, overrides);
    changed((current) => ({
      ...current,
      organizations: current.organizations.map((candidate) =>
        candidate.id === id ? { ...candidate, overrides: stored } : candidate,
      ),
    }));
  }

  return (
    <>
      <section className={styles.section} aria-labelledby={systemTitleId}>
        <Subtitle2 as="h3" id={systemTitleId}>
          {t("systemSection")}
        </Subtitle2>
        <Body1>{t("systemIntro")}</Body1>
        <SettingsNotice>{settingsT("syncComesLater")}</SettingsNotice>
        <SettingsLevelForm
          level="system"
          keys={systemKeys}
          inherited={resolveSettings({ defaults })}
          own={data.system}
          onSave={saveSystem}
          label={t("systemForm")}
        />
      </section>
      <section className={styles.section} aria-labelledby={organizationTitleId}>
        <Subtitle2 as="h3" id={organizationTitleId}>
          {t("organizationSection")}
        </Subtitle2>
        <Body1>{t("organizationIntro")}</Body1>
        {organization === null ? (
          <Body1>{t("noOrganizations")}</Body1>
        ) : (
          <>
            <Field label={t("organizationPick")}>
              <Select value={organization.id} onChange={(_event, selection) => setPicked(selection.value)}>
                {organizations.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {organizationName(candidate)}
                  </option>
                ))}
              </Select>
            </Field>
            <SettingsLevelForm
              key={organization.id}
              level="organization"
              keys={organizationKeys}
              inherited={resolveSettings({ defaults, system: data.system })}
              own={organization.overrides}
              onSave={(overrides) => saveOrganization(organization.id, overrides)}
              label={t("organizationForm", { name: organizationName(organization) })}
            />
          </>
        )}
      </section>
    </>
  );
}

function ConnectionFacts() {
  const t = useT(manageMessages);
  const styles = useStyles();
  const deployment = useDeployment();
  const titleId = useId();
  const prefix =
    deployment.backOfficePrefix === null
      ? t("prefixDiscover")
      : deployment.backOfficePrefix === ""
        ? t("prefixNone")
        : deployment.backOfficePrefix;
  const facts = [
    { term: t("oroBaseUrl"), value: deployment.oroBaseUrl ?? t("oroBaseUrlEntered") },
    { term: t("backOfficePrefix"), value: prefix },
    { term: t("clientId"), value: deployment.clientId },
  ];
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("connectionSection")}
      </Subtitle2>
      <Body1>{t("connectionIntro")}</Body1>
      <FactList facts={facts} />
    </section>
  );
}
