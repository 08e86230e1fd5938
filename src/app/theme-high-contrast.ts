// Loaded on demand (see theme.ts): the high-contrast theme stays out of the initial bundle.
export { teamsHighContrastTheme as highContrastTheme } from "@fluentui/react-components";
