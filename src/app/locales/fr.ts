// Every French text of the pane, in one chunk loaded only when the pane runs in French (see catalogs.ts).
import { flattenTranslations } from "../../i18n/catalog";
import { translations as appMessages } from "../app-messages.fr";
import { translations as connectMessages } from "../../features/connect/connect-messages.fr";
import { translations as contextMessages } from "../../features/context/context-messages.fr";
import { translations as menuMessages } from "../../features/menu/menu-messages.fr";
import { translations as detailsMessages } from "../../features/record-details/details-messages.fr";
import { translations as searchMessages } from "../../features/search/search-messages.fr";
import { translations as manageMessages } from "../../features/settings/manage-messages.fr";
import { translations as settingsMessages } from "../../features/settings/settings-messages.fr";
import { translations as entityMessages } from "../../oro/entity-messages.fr";
import { translations as oroMessages } from "../../oro/messages.fr";

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
