import { defineMessages } from "../../i18n/catalog";

export const menuMessages = defineMessages("menu", {
  menu: "Connector menu",
  about: "About",
  mySettings: "My settings",
  refresh: "Refresh",
  disconnect: "Disconnect",
  manage: "Manage add-on",
  disconnectTitle: "Disconnect from Oro?",
  disconnectBody:
    "The pane forgets your Oro sign-in on this device and stops showing Oro records until you connect again. Your settings are kept.",
  disconnectConfirm: "Disconnect",
  cancel: "Cancel",
});
