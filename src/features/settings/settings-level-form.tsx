// One level's settings as a form: each setting either inherits (its "Use System" / "Use Organization" box is
// checked, the field is disabled and shows the inherited value) or holds its own, validated value.
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useT } from "../../i18n/catalog";
import type { ResolvedSettings } from "../../settings/resolve-settings";
import { SettingsApiError } from "../../settings/settings-client";
import {
  conflictResolutions,
  defaultContextEntityTypes,
  intervalBounds,
  parseSettingValue,
  syncDirections,
  type ConnectorSettings,
  type SettingErrorCode,
  type SettingKey,
  type SettingSource,
  type SettingsLevel,
  type SettingsOverrides,
} from "../../settings/settings-model";
import { useEntityTypePluralName } from "./entity-type-names";
import { settingsMessages } from "./settings-messages";

export type EditableSettingKey = Exclude<SettingKey, "oroBaseUrl" | "backOfficePrefix" | "clientId">;

/** The settings of Oro's Outlook integration, in Oro's order. */
export const syncSettingKeys = [
  "syncDirection",
  "conflictResolution",
  "crmSyncIntervalSeconds",
  "outlookSyncIntervalSeconds",
  "syncContacts",
  "syncTasks",
  "syncCalendarEvents",
] as const satisfies readonly EditableSettingKey[];

type RawValue = string | boolean | string[];
type DraftEntry = { inherit: boolean; raw: RawValue; touched: boolean };
type Draft = Partial<Record<EditableSettingKey, DraftEntry>>;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  setting: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  effective: { color: tokens.colorNeutralForeground3 },
  checkList: { display: "flex", flexDirection: "column" },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

function toRaw(key: EditableSettingKey, value: ConnectorSettings[EditableSettingKey]): RawValue {
  if (key === "adminRoles" && Array.isArray(value)) return value.join(", ");
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return [...value];
  return value;
}

function parseRaw(key: EditableSettingKey, raw: RawValue) {
  if (key === "adminRoles" && typeof raw === "string") {
    return parseSettingValue(
      key,
      raw
        .split(",")
        .map((role) => role.trim())
        .filter((role) => role !== ""),
    );
  }
  return parseSettingValue(key, raw);
}

function initialDraft(
  keys: readonly EditableSettingKey[],
  own: SettingsOverrides,
  inherited: ResolvedSettings,
  inheritable: boolean,
): Draft {
  const draft: Draft = {};
  for (const key of keys) {
    const value = own[key];
    draft[key] =
      value !== undefined
        ? { inherit: false, raw: toRaw(key, value), touched: false }
        : { inherit: inheritable, raw: toRaw(key, inherited.values[key]), touched: false };
  }
  return draft;
}

function canonical(overrides: SettingsOverrides): string {
  return JSON.stringify(Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b)));
}

export type SettingsLevelFormProps = {
  level: SettingsLevel;
  keys: readonly EditableSettingKey[];
  /** What the levels above give (shown while a setting inherits). */
  inherited: ResolvedSettings;
  /** The level's own saved values. */
  own: SettingsOverrides;
  /** Saves the level's complete overrides; a SettingsApiError's field codes show next to the fields. */
  onSave: (overrides: SettingsOverrides) => Promise<void>;
  /** Accessible name of the form. */
  label: string;
  children?: ReactNode;
};

/** A failure of the settings server (or of saving) in the user's language. */
export function useSettingsErrorText() {
  const t = useT(settingsMessages);
  return (error: unknown): string => {
    if (!(error instanceof SettingsApiError)) return error instanceof Error ? error.message : String(error);
    switch (error.kind) {
      case "invalid":
        return t("fixFields");
      case "forbidden":
        return t("errorServerForbidden");
      case "unauthorized":
        return t("errorServerUnauthorized");
      case "oroUnreachable":
        return t("errorServerOroUnreachable", { detail: error.message });
      case "storeUnavailable":
        return t("errorServerStore", { detail: error.message });
      default:
        return t("errorServerUnanswered");
    }
  };
}

const errorKeys: Record<SettingErrorCode, keyof typeof settingsMessages.en> = {
  notWholeNumber: "errorNotWholeNumber",
  tooSmall: "errorTooSmall",
  tooLarge: "errorTooLarge",
  notAnOption: "errorNotAnOption",
  notOnOff: "errorNotOnOff",
  emptyList: "errorEmptyList",
  invalidEntry: "errorInvalidEntry",
  notAtThisLevel: "errorNotAtThisLevel",
  wouldLockOut: "errorWouldLockOut",
};

export const sourceKeys: Record<SettingSource, keyof typeof settingsMessages.en> = {
  default: "sourceDefault",
  system: "sourceSystem",
  organization: "sourceOrganization",
  user: "sourceUser",
};

/** Formats a setting's value for reading ("120 seconds", "Bidirectional", "On"). */
export function useFormatSetting() {
  const t = useT(settingsMessages);
  const typeName = useEntityTypePluralName();
  return (key: SettingKey, value: ConnectorSettings[SettingKey]): string => {
    if (typeof value === "boolean") return value ? t("on") : t("off");
    if (typeof value === "number") return t("seconds", { count: value });
    if (Array.isArray(value)) {
      return value.map(typeName).join(", ");
    }
    if (key === "syncDirection") return t(directionKey(value));
    if (key === "conflictResolution") return t(conflictKey(value));
    return value ?? "";
  };
}

function directionKey(value: string | null) {
  if (value === "oroToOutlook") return "syncDirectionOroToOutlook";
  if (value === "outlookToOro") return "syncDirectionOutlookToOro";
  return "syncDirectionBidirectional";
}

function conflictKey(value: string | null) {
  return value === "outlookWins" ? "conflictResolutionOutlookWins" : "conflictResolutionOroWins";
}

const labelKeys: Record<EditableSettingKey, keyof typeof settingsMessages.en> = {
  syncDirection: "syncDirection",
  conflictResolution: "conflictResolution",
  crmSyncIntervalSeconds: "crmSyncInterval",
  outlookSyncIntervalSeconds: "outlookSyncInterval",
  syncContacts: "syncContacts",
  syncTasks: "syncTasks",
  syncCalendarEvents: "syncCalendarEvents",
  contextEntityTypes: "contextEntityTypes",
  adminRoles: "adminRoles",
};

export function SettingsLevelForm(props: SettingsLevelFormProps) {
  const { level, keys, inherited, own } = props;
  const t = useT(settingsMessages);
  const styles = useStyles();
  const inheritable = level !== "system";
  const [draft, setDraft] = useState<Draft>(() => initialDraft(keys, own, inherited, inheritable));
  const [saved, setSaved] = useState<SettingsOverrides>(own);
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, SettingErrorCode>>>({});
  const [status, setStatus] = useState<
    { kind: "idle" | "saving" | "saved" } | { kind: "failed"; message: string }
  >({
    kind: "idle",
  });

  const parsed = useMemo(() => {
    const overrides: SettingsOverrides = {};
    const errors: Partial<Record<EditableSettingKey, SettingErrorCode>> = {};
    for (const key of keys) {
      const entry = draft[key];
      if (!entry || entry.inherit) continue;
      const result = parseRaw(key, entry.raw);
      if (!result.ok) errors[key] = result.code;
      // The system level has no "inherit" box: a value equal to the default is left unset, so it follows
      // the default if that changes.
      else if (inheritable || JSON.stringify(result.value) !== JSON.stringify(inherited.values[key])) {
        Object.assign(overrides, { [key]: result.value });
      }
    }
    return { overrides, errors };
  }, [draft, keys, inheritable, inherited]);

  const valid = Object.keys(parsed.errors).length === 0;
  const dirty = canonical(parsed.overrides) !== canonical(saved);

  function update(key: EditableSettingKey, change: Partial<DraftEntry>) {
    setDraft((current) => {
      const entry = current[key];
      if (!entry) return current;
      return { ...current, [key]: { ...entry, ...change } };
    });
    setServerErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
    if (status.kind !== "saving") setStatus({ kind: "idle" });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid || !dirty || status.kind === "saving") return;
    setStatus({ kind: "saving" });
    try {
      await props.onSave(parsed.overrides);
      setSaved(parsed.overrides);
      setStatus({ kind: "saved" });
    } catch (error) {
      if (error instanceof SettingsApiError) setServerErrors(error.fieldCodes);
      setStatus({ kind: "failed", message: errorText(error) });
    }
  }

  const formatSetting = useFormatSetting();
  const errorText = useSettingsErrorText();

  return (
    <form
      className={styles.form}
      aria-label={props.label}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {props.children}
      {keys.map((key) => {
        const entry = draft[key];
        if (!entry) return null;
        const shownError = (entry.touched ? parsed.errors[key] : undefined) ?? serverErrors[key];
        // What is in force right now: the saved value of this level, or what it inherits.
        const savedValue = saved[key];
        const inForce =
          savedValue !== undefined
            ? { value: savedValue, source: level }
            : { value: inherited.values[key], source: inherited.sources[key] };
        return (
          <SettingRow
            key={key}
            settingKey={key}
            label={t(labelKeys[key])}
            entry={entry}
            inheritable={inheritable}
            inheritLabel={level === "user" ? t("useOrganization") : t("useSystem")}
            error={shownError ? t(errorKeys[shownError]) : undefined}
            effective={t("inEffect", {
              value: formatSetting(key, inForce.value),
              source: t(sourceKeys[inForce.source]),
            })}
            onInheritChange={(inherit) =>
              update(
                key,
                inherit ? { inherit, raw: toRaw(key, inherited.values[key]), touched: false } : { inherit },
              )
            }
            onRawChange={(raw) => update(key, { raw, touched: true })}
          />
        );
      })}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!valid || !dirty || status.kind === "saving"}>
          {status.kind === "saving" ? t("saving") : t("save")}
        </Button>
        <Text role="status" aria-live="polite">
          {status.kind === "saved" ? t("saved") : !valid ? t("fixFields") : ""}
        </Text>
      </div>
      {status.kind === "failed" ? (
        <Text role="alert" className={styles.error}>
          {t("saveFailed", { message: status.message })}
        </Text>
      ) : null}
    </form>
  );
}

function SettingRow(props: {
  settingKey: EditableSettingKey;
  label: string;
  entry: DraftEntry;
  inheritable: boolean;
  inheritLabel: string;
  error: string | undefined;
  effective: string;
  onInheritChange: (inherit: boolean) => void;
  onRawChange: (raw: RawValue) => void;
}) {
  const { settingKey: key, entry } = props;
  const t = useT(settingsMessages);
  const typeName = useEntityTypePluralName();
  const styles = useStyles();
  const disabled = entry.inherit;
  const validation = props.error ? { validationMessage: props.error, validationState: "error" as const } : {};

  let control: ReactNode;
  if (key === "syncDirection" || key === "conflictResolution") {
    const options: readonly string[] = key === "syncDirection" ? syncDirections : conflictResolutions;
    control = (
      <Field label={props.label} {...validation}>
        <RadioGroup
          value={typeof entry.raw === "string" ? entry.raw : ""}
          disabled={disabled}
          onChange={(_event, data) => props.onRawChange(data.value)}
        >
          {options.map((option) => (
            <Radio
              key={option}
              value={option}
              label={t(key === "syncDirection" ? directionKey(option) : conflictKey(option))}
            />
          ))}
        </RadioGroup>
      </Field>
    );
  } else if (key === "crmSyncIntervalSeconds" || key === "outlookSyncIntervalSeconds") {
    control = (
      <Field
        label={props.label}
        hint={t(key === "crmSyncIntervalSeconds" ? "crmSyncIntervalHint" : "outlookSyncIntervalHint")}
        {...validation}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={intervalBounds.min}
          max={intervalBounds.max}
          step={1}
          value={typeof entry.raw === "string" ? entry.raw : ""}
          disabled={disabled}
          onChange={(_event, data) => props.onRawChange(data.value)}
        />
      </Field>
    );
  } else if (key === "syncContacts" || key === "syncTasks" || key === "syncCalendarEvents") {
    control = (
      <Field label={props.label} {...validation}>
        <Switch
          checked={entry.raw === true}
          disabled={disabled}
          onChange={(_event, data) => props.onRawChange(data.checked)}
        />
      </Field>
    );
  } else if (key === "contextEntityTypes") {
    const selected = Array.isArray(entry.raw) ? entry.raw : [];
    const known: readonly string[] = defaultContextEntityTypes;
    const all = [...known, ...selected.filter((type) => !known.includes(type))];
    control = (
      <>
        <Label>{props.label}</Label>
        <div className={styles.checkList}>
          {all.map((type) => (
            <Checkbox
              key={type}
              label={typeName(type)}
              checked={selected.includes(type)}
              disabled={disabled}
              onChange={(_event, data) =>
                props.onRawChange(
                  data.checked === true ? [...selected, type] : selected.filter((item) => item !== type),
                )
              }
            />
          ))}
        </div>
        {props.error ? (
          <Text role="alert" className={styles.error}>
            {props.error}
          </Text>
        ) : null}
      </>
    );
  } else {
    control = (
      <Field label={props.label} hint={t("adminRolesHint")} {...validation}>
        <Input
          value={typeof entry.raw === "string" ? entry.raw : ""}
          disabled={disabled}
          onChange={(_event, data) => props.onRawChange(data.value)}
        />
      </Field>
    );
  }

  return (
    <div role="group" aria-label={props.label} className={styles.setting}>
      {control}
      {props.inheritable ? (
        <Checkbox
          label={props.inheritLabel}
          checked={entry.inherit}
          onChange={(_event, data) => props.onInheritChange(data.checked === true)}
        />
      ) : null}
      <Caption1 className={styles.effective}>{props.effective}</Caption1>
    </div>
  );
}
