// A definition drawn as a Mermaid flowchart (R-ENG-07): pages in order, the conditions that
// show or skip them, and the stop pages an answer leads to.
import { describeCondition } from './conditions';
import type { FormDefinition } from './types';

const node = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
const label = (text: string) => text.replace(/"/g, "'").replace(/\|/g, '/');

export function mermaidFlowchart(definition: FormDefinition): string {
  const lines = [`flowchart TD`, `  start(["${label(definition.id)} v${definition.version}"])`];
  for (const page of definition.pages) {
    const fields = page.fields.filter((field) => field.type !== 'content').map((field) => field.id);
    lines.push(`  ${node(page.id)}["${label(page.id)}<br/><small>${label(fields.join(', '))}</small>"]`);
  }
  lines.push(`  summary(["check your answers"])`);
  for (const stop of definition.stops) lines.push(`  stop_${node(stop.id)}[["stop: ${label(stop.id)}"]]`);

  // From each point, an edge to every conditional page up to and including the next page that is always shown.
  const sources = ['start', ...definition.pages.map((page) => node(page.id))];
  sources.forEach((source, index) => {
    for (const page of definition.pages.slice(index)) {
      if (page.showIf) {
        lines.push(`  ${source} -->|"if ${label(describeCondition(page.showIf))}"| ${node(page.id)}`);
      } else {
        lines.push(`  ${source} --> ${node(page.id)}`);
        return;
      }
    }
    lines.push(`  ${source} --> summary`);
  });
  for (const stop of definition.stops) {
    lines.push(`  ${node(stop.after)} -.->|"${label(describeCondition(stop.when))}"| stop_${node(stop.id)}`);
  }
  lines.push('  classDef stop fill:#fde8e7,stroke:#b3261e', `  class ${definition.stops.map((stop) => `stop_${node(stop.id)}`).join(',') || 'summary'} stop`);
  return `${lines.join('\n')}\n`;
}
