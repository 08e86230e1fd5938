// Every message catalog of the pane, flattened per locale for react-intl. A test checks that each catalog
// defined anywhere in src/ is listed here (an unlisted one would show English in every language).
import {
  flattenCatalogs,
  type MessageCatalog,
  type MessageTable,
  type SupportedLocale,
} from "../i18n/catalog";
import { oroMessages } from "../oro/messages";
import { entityMessages } from "../oro/entity-messages";
import { connectMessages } from "../features/connect/connect-messages";
import { contextMessages } from "../features/context/context-messages";
import { searchMessages } from "../features/search/search-messages";
import { detailsMessages } from "../features/record-details/details-messages";
import { menuMessages } from "../features/menu/menu-messages";
import { manageMessages } from "../features/settings/manage-messages";
import { entityTypeMessages, settingsMessages } from "../features/settings/settings-messages";
import { appMessages } from "./app-messages";

export const paneCatalogs: readonly MessageCatalog<MessageTable>[] = [
  appMessages,
  oroMessages,
  entityMessages,
  connectMessages,
  contextMessages,
  searchMessages,
  detailsMessages,
  menuMessages,
  manageMessages,
  settingsMessages,
  entityTypeMessages,
];

export function messagesFor(locale: SupportedLocale): Record<string, string> {
  return flattenCatalogs(paneCatalogs, locale);
}
