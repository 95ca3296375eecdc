// GraphiQL draws each editor tab as <li role="tab"> holding two buttons (select, close):
// a tab's content is presentational, so its buttons are hidden from assistive technology
// (axe: nested-interactive, serious). This drops the tab roles as GraphiQL adds them: the
// tabs read as a list of buttons, the selected one marked aria-current.

/** Rewrites the roles of GraphiQL's tab bar under `root`, now and whenever it changes. */
export function untangleTabs(root: HTMLElement): MutationObserver {
  const fix = () => {
    for (const list of root.querySelectorAll('.graphiql-session-header [role="tablist"]')) {
      list.removeAttribute("role");
      list.setAttribute("aria-label", "Editor tabs");
    }
    for (const tab of root.querySelectorAll<HTMLElement>(".graphiql-tab")) {
      tab.removeAttribute("role");
      tab.removeAttribute("aria-selected");
      const button = tab.querySelector(".graphiql-tab-button");
      if (tab.classList.contains("graphiql-tab-active")) button?.setAttribute("aria-current", "true");
      else button?.removeAttribute("aria-current");
    }
  };
  const observer = new MutationObserver(fix);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["role", "aria-selected", "class"] });
  fix();
  return observer;
}
