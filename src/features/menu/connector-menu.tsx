// The pane header's menu: About, My settings, Refresh, Disconnect (after a confirmation inside the pane) and,
// for administrators, Manage add-on.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from "@fluentui/react-components";
import {
  ArrowClockwiseRegular,
  InfoRegular,
  MoreVerticalRegular,
  PersonSettingsRegular,
  PlugDisconnectedRegular,
  SettingsRegular,
} from "@fluentui/react-icons";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useSessionActions } from "../../auth/session-context";
import { useT } from "../../i18n/catalog";
import { useIsAdministrator } from "../../settings/use-is-administrator";
import { useNavigation } from "../../ui/navigation";
import { menuMessages } from "./menu-messages";

export type ConnectorMenuProps = {
  /** Reloads the pane (a newly deployed version loads); tests pass their own. */
  reload?: () => void;
};

export function ConnectorMenu({ reload = () => window.location.reload() }: ConnectorMenuProps = {}) {
  const t = useT(menuMessages);
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const { disconnect } = useSessionActions();
  const isAdministrator = useIsAdministrator();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // Focus starts on Cancel, the safe choice. Moving it once the dialog is registered also makes the focus
  // manager treat the dialog as the active modal: focused too early, the dialog could stay hidden from
  // assistive technology.
  useEffect(() => {
    if (!confirming) return;
    const timer = setTimeout(() => cancelRef.current?.focus());
    return () => clearTimeout(timer);
  }, [confirming]);

  function refresh() {
    // Marks every cached answer stale first, so even a host that ignores the reload refetches everything.
    void queryClient.invalidateQueries();
    reload();
  }

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={t("menu")} relationship="label">
            <Button appearance="subtle" icon={<MoreVerticalRegular />} aria-label={t("menu")} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<InfoRegular />} onClick={() => navigation.push({ name: "about" })}>
              {t("about")}
            </MenuItem>
            <MenuItem
              icon={<PersonSettingsRegular />}
              onClick={() => navigation.push({ name: "my-settings" })}
            >
              {t("mySettings")}
            </MenuItem>
            {isAdministrator ? (
              <MenuItem icon={<SettingsRegular />} onClick={() => navigation.push({ name: "manage" })}>
                {t("manage")}
              </MenuItem>
            ) : null}
            <MenuItem icon={<ArrowClockwiseRegular />} onClick={refresh}>
              {t("refresh")}
            </MenuItem>
            <MenuDivider />
            <MenuItem icon={<PlugDisconnectedRegular />} onClick={() => setConfirming(true)}>
              {t("disconnect")}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={confirming} onOpenChange={(_event, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("disconnectTitle")}</DialogTitle>
            <DialogContent>{t("disconnectBody")}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  disconnect();
                }}
              >
                {t("disconnectConfirm")}
              </Button>
              <Button appearance="secondary" ref={cancelRef} onClick={() => setConfirming(false)}>
                {t("cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
