import { ContextPanel } from "../features/context/context-panel";
import { SearchHome } from "../features/search/search-home";

/** The pane's home: the search bar, and below it the open email's context (or the search results). */
export function HomeView() {
  return (
    <SearchHome>
      <ContextPanel />
    </SearchHome>
  );
}
