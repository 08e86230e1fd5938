// Oro's scope resolution (oro-api.md §7): the most specific level holding a value wins.
import {
  settingKeys,
  type ConnectorSettings,
  type SettingKey,
  type SettingSource,
  type SettingsLevel,
  type SettingsOverrides,
} from "./settings-model";

export type SettingsLayers = {
  defaults: ConnectorSettings;
  system?: SettingsOverrides;
  organization?: SettingsOverrides;
  user?: SettingsOverrides;
};

export type ResolvedSettings = {
  values: ConnectorSettings;
  sources: { [K in SettingKey]: SettingSource };
};

const mostSpecificFirst: readonly SettingsLevel[] = ["user", "organization", "system"];

export function resolveSettings(layers: SettingsLayers): ResolvedSettings {
  const values: ConnectorSettings = { ...layers.defaults };
  const sources = Object.fromEntries(
    settingKeys.map((key) => [key, "default"]),
  ) as ResolvedSettings["sources"];
  for (const key of settingKeys) resolveOne(key, layers, values, sources);
  return { values, sources };
}

function resolveOne<K extends SettingKey>(
  key: K,
  layers: SettingsLayers,
  values: ConnectorSettings,
  sources: ResolvedSettings["sources"],
): void {
  for (const level of mostSpecificFirst) {
    const value = layers[level]?.[key];
    if (value !== undefined) {
      values[key] = value;
      sources[key] = level;
      return;
    }
  }
}

/**
 * What a level would inherit if its own checkbox ("Use System" / "Use Organization") is checked: the resolution
 * of the levels above it only. The views show this value in the disabled field.
 */
export function resolveInherited(layers: SettingsLayers, level: SettingsLevel): ResolvedSettings {
  if (level === "system") return resolveSettings({ defaults: layers.defaults });
  if (level === "organization")
    return resolveSettings({ defaults: layers.defaults, system: layers.system ?? {} });
  return resolveSettings({
    defaults: layers.defaults,
    system: layers.system ?? {},
    organization: layers.organization ?? {},
  });
}
