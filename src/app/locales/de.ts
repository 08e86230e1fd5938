// Every German text of the pane, in one chunk loaded only when the pane runs in German (see catalogs.ts).
import { flattenTranslations } from "../../i18n/catalog";
import { translations as appMessages } from "../app-messages.de";
import { translations as connectMessages } from "../../features/connect/connect-messages.de";
import { translations as contextMessages } from "../../features/context/context-messages.de";
import { translations as menuMessages } from "../../features/menu/menu-messages.de";
import { translations as detailsMessages } from "../../features/record-details/details-messages.de";
import { translations as searchMessages } from "../../features/search/search-messages.de";
import { translations as manageMessages } from "../../features/settings/manage-messages.de";
import { translations as settingsMessages } from "../../features/settings/settings-messages.de";
import { translations as entityMessages } from "../../oro/entity-messages.de";
import { translations as oroMessages } from "../../oro/messages.de";

export const translations = [
  ...appMessages,
  ...connectMessages,
  ...contextMessages,
  ...menuMessages,
  ...detailsMessages,
  ...searchMessages,
  ...manageMessages,
  ...settingsMessages,
  ...entityMessages,
  ...oroMessages,
];

export const messages = flattenTranslations(translations);
