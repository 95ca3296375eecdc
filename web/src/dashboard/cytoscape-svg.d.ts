// cytoscape-svg ships no types: its default export registers cy.svg() (typed in graph.ts).
declare module "cytoscape-svg" {
  const register: cytoscape.Ext;
  export default register;
}
