// My settings: the user level. Saved in Office roaming settings, so the values follow the user across devices.
import { Body1, makeStyles, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useMailbox } from "../../mailbox/mailbox-context";
import { useT } from "../../i18n/catalog";
import { resolveInherited } from "../../settings/resolve-settings";
import { settingsKeys } from "../../settings/settings-queries";
import type { SettingsOverrides } from "../../settings/settings-model";
import { useEffectiveSettings } from "../../settings/use-effective-settings";
import { writeUserOverrides, type StoredUserOverrides } from "../../settings/user-settings-storage";
import { SettingsLevelForm, syncSettingKeys, useSettingsErrorText } from "./settings-level-form";
import { settingsMessages } from "./settings-messages";
import { SettingsNotice } from "./settings-notice";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
});

export function MySettingsView() {
  const t = useT(settingsMessages);
  const styles = useStyles();
  const mailbox = useMailbox();
  const queryClient = useQueryClient();
  const effective = useEffectiveSettings();
  const titleId = useId();
  const errorText = useSettingsErrorText();

  async function save(overrides: SettingsOverrides) {
    await writeUserOverrides(mailbox.roamingSettings, overrides);
    queryClient.setQueryData<StoredUserOverrides>(settingsKeys.user(mailbox.user.emailAddress), {
      overrides,
      dropped: [],
    });
  }

  const server = effective.serverLevels;
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t("mySettingsTitle")}
      </Subtitle2>
      <Body1>{t("mySettingsIntro")}</Body1>
      <SettingsNotice>{t("syncComesLater")}</SettingsNotice>
      {server.status === "unavailable" ? <SettingsNotice>{t("noServerUserLevel")}</SettingsNotice> : null}
      {server.status === "error" ? (
        <SettingsNotice intent="warning">
          {t("serverLevelsFailed", { message: errorText(server.error) })}
        </SettingsNotice>
      ) : null}
      {server.status === "loading" ? (
        // Inheriting from defaults that are about to be replaced would show (and let the user save) wrong values.
        <Spinner label={t("loading")} />
      ) : (
        <SettingsLevelForm
          level="user"
          keys={syncSettingKeys}
          inherited={resolveInherited(effective.layers, "user")}
          own={effective.layers.user ?? {}}
          onSave={save}
          label={t("mySettingsTitle")}
        />
      )}
    </section>
  );
}
