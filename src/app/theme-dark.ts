// Loaded on demand (see theme.ts): the dark theme stays out of the initial bundle.
export { webDarkTheme as darkTheme } from "@fluentui/react-components";
