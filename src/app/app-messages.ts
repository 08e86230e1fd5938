import { defineMessages } from "../i18n/catalog";

export const appMessages = defineMessages("app", {
  productName: "Oro connector",
  loading: "Loading the Oro connector…",
  bootFailed: "The Oro connector could not start.",
  bootFailedHint:
    "Reload the pane. If it keeps failing, ask your administrator to check the add-in's deployment.",
  reload: "Reload",
  back: "Back",
  menu: "Connector menu",
  noItem: "Select an email to see its Oro records.",
  mainRegion: "Oro records",
});
